# uid/gid arguments of os.setuid & co. as CPython converts them: TypeError for non-integers,
# OverflowError outside uid_t (only values that fail or change nothing are used).
import os

for fn in (os.setuid, os.setgid, os.seteuid, os.setegid):
    for v in (1 << 32, -2, 2 ** 63, -(2 ** 63) - 1, 2 ** 70, "x", 1.5, None):
        try:
            fn(v)
            print(fn.__name__, v, "ok")
        except (TypeError, OverflowError) as e:
            print(fn.__name__, repr(v), type(e).__name__, e)
for fn in (os.setreuid, os.setregid):
    for a, b in ((1 << 32, -1), (-1, -5), ("a", 0), (-1, -1)):
        try:
            fn(a, b)
            print(fn.__name__, a, b, "ok")
        except (TypeError, OverflowError) as e:
            print(fn.__name__, repr(a), repr(b), type(e).__name__, e)
try:
    os.setresuid(-1, -1, 1 << 40)
except OverflowError as e:
    print(type(e).__name__, e)
print(os.getuid() == os.geteuid())
