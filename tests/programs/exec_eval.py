# exec, eval and compile at run time, and code crossing between compiled and exec'd code.
ns = {}
exec("def f(a, b=2, *rest, k=3, **kw):\n    return (a, b, rest, k, sorted(kw))\n", ns)
print(ns["f"](1), ns["f"](1, 5, 6, 7, k=0, z=1))
print(eval("1 + 2 * 3"), eval("[i * i for i in range(5) if i % 2]"), eval("x + y", {"x": 40}, {"y": 2}))
print(eval("{k: v for k, v in zip('ab', (1, 2))}"), eval("(lambda q: q * 2)(21)"))
code = compile("y = 10\nz = y * 2\n", "<mine>", "exec")
g = {}
exec(code, g)
print(g["y"], g["z"], type(code).__name__)
e = compile("y * 3", "<expr>", "eval")
print(eval(e, g))
exec("""
class P:
    count = 0
    def __init__(self, x):
        self.x = x
        P.count += 1
    def __repr__(self):
        return f'P({self.x!r})'
    def __eq__(self, other):
        return isinstance(other, P) and other.x == self.x
class Q(P):
    def __repr__(self):
        return 'Q:' + super().__repr__()
def gen(n):
    total = 0
    for i in range(n):
        sent = yield i * 10
        if sent:
            total += sent
    return total
result = [P(v) for v in gen(3)]
""", g)
print(g["result"], g["P"].count, g["Q"](5), g["P"](1) == g["P"](1))
gi = g["gen"](3)
print(next(gi), gi.send(5), gi.send(6))
try:
    gi.send(7)
except StopIteration as stop:
    print("returned", stop.value)
try:
    exec("raise ValueError('from exec')")
except ValueError as err:
    print("caught", err)
for bad in ["1 +", "def f(:\n  pass", "x = (1,"]:
    try:
        exec(bad)
    except SyntaxError as err:
        print("SyntaxError", err.msg, err.lineno)
def compiled(x):
    return x + 1
print(eval("compiled(5)"))
exec("def h(n):\n    return compiled(n) * 2\n")
print(h(1))
exec("""
def closures():
    fs = []
    for i in range(3):
        def f(i=i):
            return i
        fs.append(f)
    def counter():
        c = 0
        def inc():
            nonlocal c
            c += 1
            return c
        return inc
    k = counter(); k(); k()
    return [f() for f in fs], k()
""")
print(closures())
exec("""
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise KeyError('k') from z
except KeyError as k:
    caught = (type(k.__cause__).__name__, str(k))
finally:
    fin = True
with open(__file__) if False else __import__('contextlib').nullcontext(5) as v:
    wv = v
""") if False else None
src = '''
import math
def area(r):
    match r:
        case int() | float() if r >= 0:
            return round(math.pi * r * r, 2)
        case [a, b]:
            return a * b
        case {"w": w, "h": h}:
            return w * h
        case _:
            return None
'''
exec(src)
print(area(1), area([2, 3]), area({"w": 4, "h": 5}), area("x"))
lines = []
exec("for i in range(3):\n    lines.append(i)\nelse:\n    lines.append('done')\n")
print(lines)
exec("x1 = 5", None, loc := {})
print(loc)
try:
    eval("undefined_name_here")
except NameError as err:
    print(err)
try:
    exec("def f():\n    return undefined_in_f\nf()")
except NameError as err:
    print(err)
print(eval("__name__"), eval("len('abc')"))
