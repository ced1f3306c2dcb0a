import dataclasses
from dataclasses import dataclass, field, InitVar, asdict, astuple, replace, fields, KW_ONLY, FrozenInstanceError, is_dataclass, make_dataclass
from typing import ClassVar, List

@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: List[str] = field(default_factory=list)
    secret: int = field(default=0, repr=False, compare=False)
    count: ClassVar[int] = 0
print(Item("a"), Item("b", 2.5, ["x"], 7), Item("a") == Item("a", secret=9), Item.count)
print([f.name for f in fields(Item)], fields(Item)[2].default_factory is list, fields(Item)[3].repr)
print(asdict(Item("z", 1, ["q"])), astuple(Item("z", 1, ["q"])))
print(replace(Item("a", 1.0), price=3.0))
try:
    replace(Item("a"), nope=1)
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    Item()
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    Item("a", 1, [], 1, 2)
except TypeError as ex:
    print(type(ex).__name__, ex)
print(Item.__init__.__qualname__ if False else "", Item.__match_args__, repr(Item.__eq__.__name__))
try:
    @dataclass
    class BadDefault:
        x: list = []
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    @dataclass
    class Order:
        a: int = 1
        b: int
except TypeError as ex:
    print(type(ex).__name__, ex)

@dataclass(frozen=True, order=True)
class Pt:
    x: int
    y: int = 0
p = Pt(1, 2)
print(p < Pt(1, 3), p >= Pt(0, 9), sorted([Pt(2), Pt(1, 5), Pt(1, 1)]), hash(p) == hash(Pt(1, 2)))
try:
    p.x = 5
except FrozenInstanceError as ex:
    print(type(ex).__name__, ex)
try:
    del p.y
except dataclasses.FrozenInstanceError as ex:
    print(type(ex).__name__, ex)
try:
    Pt(1) < (1, 2)
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    @dataclass(order=True, eq=False)
    class BadO:
        a: int
except ValueError as ex:
    print(type(ex).__name__, ex)

@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.b = self.a * scale
w = WithPost(3); print(w, WithPost(3, 10), [f.name for f in fields(w)])

@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 2
print(KW(a=1))
try:
    KW(1)
except TypeError as ex:
    print(type(ex).__name__, ex)
@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int
    c: int = field(default=3, kw_only=False)
print(Mixed(1, 5, b=2), Mixed.__match_args__)

@dataclass(slots=True)
class S:
    a: int
    b: str = "x"
s = S(1); print(s, S.__slots__, hasattr(s, "__dict__"))
try:
    s.c = 1
except AttributeError as ex:
    print(type(ex).__name__, ex)

@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)
@dataclass
class Unh:
    a: int
print(Unh.__hash__)
@dataclass(unsafe_hash=True)
class H:
    a: int
    b: int = field(hash=False)
print(hash(H(1, 2)) == hash(H(1, 3)))
@dataclass(repr=False, match_args=False)
class NR:
    a: int
print("__match_args__" in NR.__dict__, repr(NR(1)).startswith("<"))

@dataclass
class Base:
    x: int = 1
@dataclass
class Child(Base):
    y: int = 2
    x: int = 10
print(Child(), Child(3, 4), is_dataclass(Child), is_dataclass(Child()), is_dataclass(int))
C = make_dataclass("C", ["a", ("b", int), ("c", int, field(default=5))], namespace={"tot": lambda self: self.a + self.b + self.c})
print(C(1, 2), C(1, 2).tot(), C.__name__)
try:
    asdict(5)
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    fields(5)
except TypeError as ex:
    print(type(ex).__name__, ex)
@dataclass
class Nest:
    items: list
    d: dict
    inner: Item
print(asdict(Nest([Pt(1)], {"k": Pt(2)}, Item("n"))))
print(astuple(Nest([Pt(1)], {"k": Pt(2)}, Item("n"))))
print(asdict(Item("a"), dict_factory=lambda kv: sorted(kv)))
f = field(default=1); print(repr(f.default), f.init, f.compare, f.hash, f.metadata, f.kw_only is dataclasses.MISSING)
print(type(dataclasses.MISSING).__name__)
try:
    field(default=1, default_factory=list)
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    @dataclass
    class FS:
        x: int
        def __setattr__(self, k, v): pass
    @dataclass(frozen=True)
    class FS2(FS):
        y: int
except TypeError as ex:
    print(type(ex).__name__, ex)
print(Pt.__dataclass_params__.frozen if hasattr(Pt, "__dataclass_params__") else "")
@dataclass
class Defaults:
    m: dict = field(default_factory=dict)
d1, d2 = Defaults(), Defaults(); d1.m["a"] = 1; print(d1, d2)
