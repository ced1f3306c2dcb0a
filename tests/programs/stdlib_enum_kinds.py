import enum
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.RED), Color.CRIMSON is Color.RED, Color(2), Color["BLUE"])
print(list(Color), len(Color), list(Color.__members__), Color.RED.name, Color.RED.value)
print(format(Color.RED), f"{Color.GREEN}", "%s" % Color.BLUE, str(Color.RED))
print(Color.RED in Color, Color.RED == 1, hash(Color.RED) == hash(Color.RED), Color.RED < Color.BLUE if False else "noorder")
try:
    Color(7)
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    Color["PINK"]
except KeyError as ex:
    print(type(ex).__name__, ex)
try:
    Color.RED = 5
except AttributeError as ex:
    print(type(ex).__name__, ex)
try:
    Color.RED < Color.GREEN
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    class Bad(Enum):
        A = 1
        A = 2
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    class Ext(Color):
        PINK = 9
except TypeError as ex:
    print(type(ex).__name__, ex)

class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.TWO), Num.ONE + 1, Num.TWO == 2, format(Num.ONE, "03d"), f"{Num.TWO}", int(Num.TWO), sorted([Num.TWO, Num.ONE]))
print(str(Num.ONE), "%d" % Num.TWO, Num(2).name)

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W
print(Perm.R, repr(Perm.R | Perm.X), Perm.R | Perm.W, Perm.RW.value, Perm(0), repr(Perm(0)))
print(list(Perm), list(Perm.R | Perm.X), Perm.R in Perm.RW, bool(Perm(0)), ~Perm.R, Perm(7))
print(Perm.RW & Perm.W, Perm.RW ^ Perm.R, len(Perm.RW), Perm.RW.name, (Perm.R | Perm.X).name)
try:
    Perm(16)
except ValueError as ex:
    print(type(ex).__name__, ex)

class IP(IntFlag):
    A = 1
    B = 2
    C = 4
print(IP.A | IP.B, repr(IP.A | IP.C), IP.A | 8, repr(IP(9)), IP.B + 1, format(IP.C), str(IP.A | IP.B), ~IP.A)

class Shade(StrEnum):
    LIGHT = auto()
    DARK = "Dk"
print(Shade.LIGHT, repr(Shade.DARK), Shade.LIGHT == "light", Shade.DARK.upper(), f"{Shade.DARK}", format(Shade.LIGHT, ">7"))
try:
    class BadS(StrEnum):
        X = 1
except TypeError as ex:
    print(type(ex).__name__, ex)

class Auto(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() * 2
    A = auto()
    B = auto()
print(list(Auto), Auto.A.value)
class Seq(Enum):
    X = auto()
    Y = auto()
    Z = 10
    W = auto()
print([(m.name, m.value) for m in Seq])

class Miss(Enum):
    A = "a"
    B = "b"
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None
print(Miss("A"), Miss("b"))
try:
    Miss(3)
except ValueError as ex:
    print(type(ex).__name__, ex)

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal.__name__)
A2 = Enum("A2", [("X", 10), ("Y", 20)])
print(A2.Y, A2(10), repr(A2.X))
A3 = IntEnum("A3", {"P": 5, "Q": 6}); print(A3.Q + 0, repr(A3.P))

class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass; self.radius = radius
    @property
    def ratio(self):
        return self.mass / self.radius
print(Planet.EARTH.mass, Planet.MARS.value, round(Planet.MARS.ratio))

@verify(UNIQUE)
class VU(Enum):
    A = 1
    B = 2
try:
    @verify(UNIQUE)
    class VU2(Enum):
        A = 1
        B = 1
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    @verify(CONTINUOUS)
    class VC(IntEnum):
        A = 1
        C = 3
except ValueError as ex:
    print(type(ex).__name__, ex)
class Meth(Enum):
    A = 1
    def describe(self):
        return "%s is %d" % (self.name, self.value)
    def __str__(self):
        return "custom " + self.name
print(Meth.A.describe(), Meth.A, repr(Meth.A))
print(Color.RED.__class__.__name__, type(Color).__name__, isinstance(Color.RED, Color), issubclass(IntEnum, int))
print(enum.Enum.__members__ if False else "", Color._member_map_.keys() if False else sorted(Color._value2member_map_))
print(dir(Color.RED) == sorted(dir(Color.RED)), Color.RED._name_, Color.GREEN._value_)
class E2(Enum):
    _ignore_ = ["tmp"]
    tmp = 5
    K = 1
print(list(E2))
import pickle
print(pickle.loads(pickle.dumps(Color.GREEN)) is Color.GREEN, pickle.loads(pickle.dumps(Perm.RW)))
