class A:
    k = 1
    s = "x"
class B(A):
    pass
def get(c):
    return c.k
def gets(c):
    return c.s
vals = []
for i in range(3):
    vals.append(get(A)); vals.append(get(B))
A.k = 2
vals.append(get(B))
B.k = 3
vals.append(get(B)); vals.append(get(A))
del B.k
vals.append(get(B))
print(vals, gets(A), gets(B))
class C:
    pass
B.__bases__ = (C,)
try:
    get(B)
except AttributeError as e:
    print("AttributeError", e)
class M(type):
    k = "meta"
class D(metaclass=M):
    pass
print(get(D))
D.k = "own"
print(get(D))
print(len, abs(-1))
glob = 5
def readg():
    return glob
print(readg())
glob = 6
print(readg())
del glob
try:
    readg()
except NameError as e:
    print("NameError", e)
import builtins
builtins.glob = "builtin"
print(readg())

# Class attributes rewritten on every construction (the type epoch moves
# all the time): attribute sites must keep reading the current values.
class P:
    count = 0
    def __init__(self, x):
        self.x = x
        self.y = x
        P.count += 1
    def s(self):
        return self.x + self.y
t = 0
for i in range(3000):
    p = P(i)
    t += p.s() + p.x
print(t, P.count)
# Instances of one class with attributes set in different orders and deleted.
class Q:
    pass
a, b = Q(), Q()
a.u, a.v = 1, 2
b.v, b.u = 3, 4
def uv(o):
    return o.u, o.v
print(uv(a), uv(b), uv(a), uv(b))
del a.u
try:
    uv(a)
except AttributeError as e:
    print("AttributeError", e)
a.u = 9
print(uv(a), sorted(vars(a).items()))
# An instance attribute shadowing a method, set after the site warmed up.
class R:
    def m(self):
        return "method"
r = R()
calls = [r.m() for _ in range(3)]
r.m = lambda: "instance"
calls.append(r.m())
print(calls)
