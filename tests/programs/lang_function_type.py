"""types.FunctionType(code, globals, name, argdefs, closure) and exec/eval
of a def's code object: code compiled at run time runs with any globals
and closure; a compiled function's code with its own module's globals."""
import types

X = 10

def f(a, b=2):
    "doc of f"
    return a + b + X

g = types.FunctionType(f.__code__, globals())
try:
    g(1)
except TypeError as e:
    print(type(e).__name__, e)
g2 = types.FunctionType(f.__code__, globals(), "g2", (5,))
print(g2.__name__, g2.__qualname__, g2.__defaults__, g2.__kwdefaults__, g2(1), g2(1, 1), g2 is not f)
print(types.FunctionType(code=f.__code__, globals=globals(), argdefs=(1, 2))())

def outer():
    z = 1
    def inner():
        return z + X
    return inner
inn = outer()
print(types.FunctionType(inn.__code__, globals(), None, None, inn.__closure__)())

def body():
    print("in body", X)
    return "ret"
print(exec(body.__code__))
print(exec(body.__code__, globals(), {"X": 0}))
print(eval(body.__code__))

# Code compiled at run time: any globals, any closure.
ns = {}
exec(compile('''
def k(x, y=3):
    "k doc"
    return x * Y + y
def mk(c):
    def cl():
        return c * 2
    return cl
def noargs():
    print("noargs", Y)
    return Y
''', "<k>", "exec"), ns)
k = ns["k"]
k2 = types.FunctionType(k.__code__, {"Y": 3}, "k2")
print(k2(4, 0), k2.__name__, k2.__qualname__, k2.__doc__, k2.__defaults__)
try:
    k2(4)
except TypeError as e:
    print(type(e).__name__, e)
k3 = types.FunctionType(k.__code__, {"Y": 100}, None, (1,))
print(k3(2), k3.__name__, k3.__module__)
cl = ns["mk"](21)
c2 = types.FunctionType(cl.__code__, {}, "c2", None, ns["mk"](5).__closure__)
print(c2(), cl())
print(exec(ns["noargs"].__code__, {"Y": 7}), eval(ns["noargs"].__code__, {"Y": 8}))
print(exec(cl.__code__, {}, closure=cl.__closure__))
print(eval(ns["noargs"].__code__, {"Y": 9}, {"Y": 0}))

# Error cases (CPython's messages).
for args in [(1, {}), (f.__code__, 1), (f.__code__, {}, 1), (f.__code__, {}, None, 1),
             (f.__code__, {}, None, None, 1), (f.__code__, {}, None, None, (1,)),
             (f.__code__, {}, None, [1]), (inn.__code__, {}), (inn.__code__, {}, None, None, ()),
             (inn.__code__, {}, None, None, (1,)), (inn.__code__, {}, None, None, inn.__closure__ * 2),
             (inn.__code__, {}, None, None, [1])]:
    try:
        types.FunctionType(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for kw in [{"kwdefaults": {}}, {}]:
    try:
        types.FunctionType(**kw)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    eval(inn.__code__)
except TypeError as e:
    print(type(e).__name__, e)
for closure in [None, (), (1,), [1]]:
    try:
        exec(inn.__code__, {}, closure=closure)
    except TypeError as e:
        print(type(e).__name__, e)
for src in [body.__code__, compile("1", "s", "exec")]:
    try:
        exec(src, {}, closure=inn.__closure__)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    eval(f.__code__)
except TypeError as e:
    print(type(e).__name__, e)

# function.__new__ called bare (typing.NamedTuple.__new__() reaches it).
from typing import NamedTuple
for args in [(), (1,), (int,)]:
    try:
        types.FunctionType.__new__(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    NamedTuple.__new__()
except TypeError as e:
    print("TypeError", e)
