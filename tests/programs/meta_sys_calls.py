# sys.call_tracing, sys.copyright, and the no-argument checks of
# sys.getrecursionlimit / sys.getdefaultencoding.
import sys


class T(tuple):
    pass


print(sys.call_tracing(max, (1, 5, 2)), sys.call_tracing(sorted, T(([3, 1, 2],))))
print(sys.call_tracing(lambda *a: a, ()))
for f, args in [(sys.call_tracing, (type, 2)), (sys.call_tracing, (len, [1])), (sys.call_tracing, (len,)),
                (sys.call_tracing, (len, (1,))), (sys.getrecursionlimit, (42,)),
                (sys.getdefaultencoding, (42,))]:
    try:
        print(f(*args))
    except TypeError as e:
        print(type(e).__name__, e)
print(type(sys.copyright).__name__, sys.copyright.splitlines()[0][:14], sys.copyright.count("All Rights Reserved."))
print(sys.getrecursionlimit() > 1, sys.getdefaultencoding())
