from typing import NamedTuple, TypedDict
class P(NamedTuple):
    x: int
    y: int = 2
p = P(1)
print(p, p._replace(y=5), P._fields, p._asdict())
class TD(TypedDict):
    a: int
    b: str
print(TD(a=1, b="x"), TD.__annotations__)
n = float('nan')
print(n is n, float('nan') is float('nan'), n in [n], [n].count(n), n == n)
x = 1.5
class D(dict):
    pass
print(D(a=1))
class M(type):
    pass
class E(dict, metaclass=M):
    pass
print(E(a=1))
EE = M("EE", (dict,), {"__annotations__": {}})
print(EE(a=1))

# A metaclass whose __call__ is not a function is called without binding.
class Meta(type):
    __call__ = dict
class Odd(metaclass=Meta):
    pass
print(Odd(a=1), type(Odd(b=2)).__name__)
class Meta2(type):
    __call__ = staticmethod(lambda *a, **k: ("static", a, k))
class Odd2(metaclass=Meta2):
    pass
print(Odd2(1, z=2))
