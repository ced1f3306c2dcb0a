import sys
import traceback

def f(xs):
    return [1 // x for x in xs]

def g(xs):
    return {x: 1 // x for x in xs}

def h(xs):
    return {1 // x for x in xs if x is not None}

def nested(xss):
    return [[1 // x for x in xs] for xs in xss]

def frames():
    return [sys._getframe().f_code.co_name for _ in range(1)]

class C:
    vals = [n * 2 for n in range(3)]

for fn, arg in [(f, [1, 0]), (g, [2, 0]), (h, [0]), (nested, [[1], [0]])]:
    try:
        fn(arg)
    except ZeroDivisionError as e:
        tb = traceback.extract_tb(e.__traceback__)
        print(fn.__name__, [(fr.name, fr.lineno, fr.line) for fr in tb])

print(frames())
print(C.vals)
print([y for y in range(3)], {k: v for k, v in zip("ab", range(2))})
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print([fr.name for fr in traceback.extract_tb(e.__traceback__)], e)
print([(x := i) for i in range(3)], x)
try:
    [1 // 0 for _ in range(1)]
except ZeroDivisionError:
    print(traceback.format_exc().replace(__file__, "FILE"))
