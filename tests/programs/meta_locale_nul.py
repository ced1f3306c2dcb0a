# locale.strcoll/strxfrm: ValueError for an embedded null character, as
# the C functions cannot take one; TypeError for non-str.
import locale

for f, args in [(locale.strcoll, ("a\0", "a")), (locale.strcoll, ("a", "b\0c")),
                (locale.strxfrm, ("x\0",)), (locale.strcoll, ("a", 1)),
                (locale.strcoll, (1, "a")), (locale.strxfrm, (b"x",))]:
    try:
        print(f(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(locale.strcoll("a", "b"), locale.strcoll("b", "a"), locale.strcoll("ab", "ab"))
print(locale.strxfrm("abc"))
