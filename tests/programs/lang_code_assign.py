# Assigning a function's __code__: the function keeps its name, globals,
# defaults and closure and runs the new body (compiled or exec'd code);
# a free-variable count that differs is CPython's ValueError.
def f(a, b=2):
    return ("f", a, b)

def g(x, y=10):
    return ("g", x, y)

print(f(1))
f.__code__ = g.__code__
print(f(1), f(1, 5), f.__name__, f.__code__.co_name)
print([f(i) for i in range(2)])

def make(n):
    def inner():
        return n * 2
    return inner

h1, h2 = make(3), make(4)
h1.__code__ = h1.__code__
print(h1(), h2())
h1.__code__ = h2.__code__
print("same code object:", h1())
try:
    f.__code__ = h1.__code__
except ValueError as e:
    print("ValueError", e)
try:
    h1.__code__ = g.__code__
except ValueError as e:
    print("ValueError", e)
ns = {}
exec("def e(a, b=7):\n    return ('exec', a, b)\n", ns)
f.__code__ = ns["e"].__code__
print(f(0))
class K:
    def m(self):
        return "m"
    def n(self):
        return "n"
K.m.__code__ = K.n.__code__
print(K().m())
try:
    f.__code__ = 5
except TypeError as e:
    print("TypeError", e)

# A replace() copy shares its original's body (types.coroutine assigns one).
import types, asyncio
@types.coroutine
def sleep0():
    yield
async def main():
    await sleep0()
    return "done"
print(asyncio.run(main()))
def f(a): return a + 1
c2 = f.__code__.replace(co_name="renamed")
f.__code__ = c2
print(f(1), f.__code__.co_name, f.__name__)
def g(a): return a * 10
g.__code__ = c2
print(g(2))
g2 = types.FunctionType(c2, globals())
