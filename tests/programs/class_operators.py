# Operator dunders: reflected, in-place, subclass-reflected-first, NotImplemented TypeErrors.
class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"V({self.x})"
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        if isinstance(o, int):
            return V(self.x + o)
        return NotImplemented
    def __radd__(self, o):
        if isinstance(o, int):
            return V(o + self.x + 1000)
        return NotImplemented
    def __sub__(self, o):
        return V(self.x - o.x) if isinstance(o, V) else NotImplemented
    def __mul__(self, o):
        return V(self.x * o) if isinstance(o, int) else NotImplemented
    __rmul__ = __mul__
    def __matmul__(self, o):
        return ("matmul", self.x, o.x)
    def __truediv__(self, o):
        return ("truediv", self.x, o)
    def __rtruediv__(self, o):
        return ("rtruediv", o, self.x)
    def __floordiv__(self, o):
        return ("floordiv", self.x, o)
    def __mod__(self, o):
        return ("mod", self.x, o)
    def __rmod__(self, o):
        return ("rmod", o, self.x)
    def __divmod__(self, o):
        return ("divmod", self.x, o)
    def __rdivmod__(self, o):
        return ("rdivmod", o, self.x)
    def __pow__(self, o, m=None):
        return ("pow", self.x, o, m)
    def __rpow__(self, o, m=None):
        return ("rpow", o, self.x, m)
    def __lshift__(self, o): return ("lshift", self.x, o)
    def __rshift__(self, o): return ("rshift", self.x, o)
    def __rlshift__(self, o): return ("rlshift", o, self.x)
    def __and__(self, o): return ("and", self.x, o)
    def __ror__(self, o): return ("ror", o, self.x)
    def __xor__(self, o): return ("xor", self.x, o)
    def __neg__(self): return V(-self.x)
    def __pos__(self): return ("pos", self.x)
    def __invert__(self): return ("invert", self.x)
    def __abs__(self): return ("abs", self.x)
    def __iadd__(self, o):
        self.x += 100 * (o.x if isinstance(o, V) else o)
        return self

a, b = V(1), V(2)
print(a + b, a + 5, 5 + a, a - b, a * 3, 3 * a)
print(a @ b, a / 2, 2 / a, a // 3, a % 4, 4 % a, divmod(a, 5), divmod(5, a))
print(a ** 2, 2 ** a, pow(a, 2, 7), a << 1, a >> 1, 1 << a, a & 1, 1 | a, a ^ 1)
print(-a, +a, ~a, abs(a))
c = V(1)
c += 2
print(c)
c += V(1)
print(c)
d = V(7)
d -= V(2)   # falls back to __sub__
print(d)
d *= 2
print(d)

class W(V):
    def __radd__(self, o):
        return ("W.radd", o)
    def __rsub__(self, o):
        return ("W.rsub", o)

print(V(1) + W(2))       # subclass overriding reflected is tried first
print(V(1) - W(2))
class W2(V):
    pass
print(V(1) + W2(2))      # not overridden -> left first

class N:
    def __repr__(self): return "N()"

def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

err(lambda: V(1) + "x")
err(lambda: "x" + V(1))
err(lambda: N() + N())
err(lambda: N() - 1)
err(lambda: 1 * N())
err(lambda: N() @ N())
err(lambda: N() / 1)
err(lambda: N() // 1)
err(lambda: N() % 1)
err(lambda: divmod(N(), 1))
err(lambda: N() ** 1)
err(lambda: pow(N(), 1, 2))
err(lambda: N() << 1)
err(lambda: N() >> 1)
err(lambda: N() & 1)
err(lambda: N() | 1)
err(lambda: N() ^ 1)
err(lambda: -N())
err(lambda: +N())
err(lambda: ~N())
err(lambda: abs(N()))
def aug():
    x = N()
    x += 1
def aug2():
    x = N()
    x @= 1
def aug3():
    x = N()
    x **= 2
def aug4():
    x = [1]
    x -= 1
def aug5():
    x = N()
    x //= 1
err(aug); err(aug2); err(aug3); err(aug4); err(aug5)
err(lambda: [1] + (1,))
err(lambda: (1,) + [1])
err(lambda: "a" * "b")
err(lambda: [1] * 1.5)
err(lambda: 1 + None)
err(lambda: None < 1)

# __iadd__ returning NotImplemented falls back to __add__
class IA:
    def __init__(self, v): self.v = v
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return IA(self.v + o)
x = IA(1)
x += 2
print(x.v)
# In-place on list aliases
l1 = [1]; l2 = l1; l1 += [2]; print(l1 is l2, l2)
t1 = (1,); t2 = t1; t1 += (2,); print(t1 is t2, t2)

# __rpow__ with three-arg pow is not called
class RP:
    def __rpow__(self, o): return "rpow"
print(2 ** RP())
err(lambda: pow(2, RP(), 5))
# Bool/int mix with dunders on int subclass
class MyInt(int):
    def __add__(self, o): return "MyInt.add"
    def __radd__(self, o): return "MyInt.radd"
print(1 + MyInt(2), MyInt(2) + 1, True + MyInt(0))
err(lambda: sum([MyInt(1), 2]))
