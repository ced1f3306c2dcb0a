class E:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("eq", self.v, getattr(o, "v", o))
        return self.v == getattr(o, "v", o)
    __hash__ = None
class Boom:
    def __eq__(self, o): raise ValueError("boom")
class Truthy:
    def __eq__(self, o): return Truthy2()
class Truthy2:
    def __bool__(self):
        print("bool called"); return False
def f(x): print("eval", type(x).__name__); return x
nan = float("nan")
print((1, 2) == (1, 2), (1, 2) != (1, 2), (1, 2) == (1, 3), (1, 2) != (1, 3))
print((f(1), f(E(2)), f(3)) == (f(1), f(E(5)), f(3)))
print((nan, 1) == (nan, 1))
x = nan
print((x, 1) == (x, 1))
print((Truthy(), 1) == (0, 1))
try:
    print((1, Boom()) == (1, 2))
except ValueError as e:
    print("ValueError", e)
try:
    if (1, Boom()) != (1, 2):
        print("no")
except ValueError as e:
    print("ValueError", e)
if (1, 2) == (1, 2): print("yes")
if not ((1, 2) != (1, 2)): print("yes2")
print(((1, 2) == (1, 2)) is True)
class K:
    @property
    def __class__(self): return int
print(K().__class__, type(K()).__name__)
class M:
    pass
m = M()
print(m.__class__ is M, (1).__class__, "s".__class__)
m.__class__ = K
print(type(m).__name__)
try:
    (1, 2) == (1, undefined_name)
except NameError as e:
    print("NameError", e)
