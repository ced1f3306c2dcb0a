# SHAKE digest lengths (_sha3 caps them at 2**29 bytes) and
# _operator._compare_digest on str/bytes subclasses.
import _sha3, _operator
class mystr(str): pass
class mybytes(bytes): pass
print(_operator._compare_digest(mystr("ab"), mystr("ab")), _operator._compare_digest(mystr("ab"), "ac"))
print(_operator._compare_digest(mybytes(b"ab"), b"ab"), _operator._compare_digest(mybytes(b"ab"), mybytes(b"ac")))
for a, b in ((1, 2), (mystr("a"), b"a"), (mystr("\xe9"), "\xe9")):
    try:
        _operator._compare_digest(a, b)
    except TypeError as e:
        print(type(e).__name__, e)
for cons in (_sha3.shake_128, _sha3.shake_256):
    h = cons(b"abc")
    for d in (h.digest, h.hexdigest):
        for n in (-10, 2**29, 2**29 - 2**28, 2**32 - 10, 2**61, 2**64 + 10, 5):
            if n == 2**29 - 2**28:
                continue
            try:
                print(n, d(n))
            except (ValueError, OverflowError) as e:
                print(n, type(e).__name__, e)
