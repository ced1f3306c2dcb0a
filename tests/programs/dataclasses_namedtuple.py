from dataclasses import dataclass, field, asdict, astuple, replace, InitVar
from collections import namedtuple
import typing

@dataclass(order=True, frozen=True)
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list, compare=False)

@dataclass
class C:
    a: int
    b: InitVar[int] = 1
    def __post_init__(self, b):
        self.c = self.a + b

p = P(1, 2)
print(p, p < P(2), asdict(p), astuple(p), replace(p, y=5))
try:
    p.x = 3
except Exception as e:
    print(type(e).__name__, e)
print(C(3, 4).c, C(3))
Pt = namedtuple("Pt", "x y", defaults=[0])
q = Pt(1)
print(q, q._replace(y=2), q._asdict(), Pt._make([3, 4]), q.x)
@dataclass(slots=True, kw_only=True)
class K:
    a: int
    b: str = "z"
print(K(a=1), K.__slots__)
