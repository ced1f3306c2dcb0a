# Runs of `self.a = a` statements in exec'd code (dataclass-style __init__)
# are stored under one dict lock; every case where that must not apply, or
# must fail the way the statements would, compared with CPython.
import sys
import traceback
from dataclasses import dataclass, field

src = '''
def init(self, a, b, c):
    self.a = a
    self.b = b
    self.c = c

def init_other(self, other, a, b):
    self.a = a
    other.b = b
    self.c = a

def init_twice(self, a, b):
    self.a = a
    self.a = b
    self.b = a

def init_unbound(self, a, b):
    self.a = a
    self.b = b
    self.c = late
    late = 1
'''
ns = {}
exec(compile(src, "<gen>", "exec"), ns)


class Plain:
    pass


class Logged:
    def __setattr__(self, name, value):
        print("  setattr", name, value)
        object.__setattr__(self, name, value)


class Prop:
    @property
    def b(self):
        return self._b * 10

    @b.setter
    def b(self, v):
        print("  prop b", v)
        self._b = v


class Slotted:
    __slots__ = ("a", "b", "c")


class ReadOnly:
    __slots__ = ("a",)


def show(o):
    d = getattr(o, "__dict__", None)
    if d is not None:
        print(" ", sorted(d.items()))
    else:
        print(" ", [getattr(o, n, "-") for n in ("a", "b", "c")])


for cls in (Plain, Logged, Prop, Slotted, ReadOnly):
    print(cls.__name__)
    for k in range(3):
        o = cls()
        try:
            ns["init"](o, k, k + 1, k + 2)
        except Exception as e:
            print(" ", type(e).__name__, e)
        show(o)

p, q = Plain(), Plain()
ns["init_other"](p, q, 1, 2)
show(p)
show(q)
ns["init_other"](p, p, 3, 4)
show(p)
for k in range(2):
    o = Plain()
    ns["init_twice"](o, k, 9)
    show(o)

for k in range(2):
    o = Plain()
    try:
        ns["init_unbound"](o, 1, 2)
    except Exception as e:
        print(type(e).__name__, e)
        tb = traceback.extract_tb(e.__traceback__)[-1]
        print(tb.name, tb.lineno, tb.line)
    show(o)

# Switching classes at one site (the site's cache refills).
for cls in (Plain, Logged, Plain, Prop, Plain):
    o = cls()
    ns["init"](o, "x", "y", "z")
    show(o)

# A lot of attributes: the instance dict grows past its inline table.
big = "def big(self, " + ", ".join("v%d" % i for i in range(12)) + "):\n" + \
    "".join("    self.f%d = v%d\n" % (i, i) for i in range(12))
exec(big, ns)
o = Plain()
ns["big"](o, *range(12))
print(sorted(o.__dict__.items()))


@dataclass
class Point:
    x: int
    y: int
    z: int = 0
    tags: list = field(default_factory=list)


for i in range(3):
    pt = Point(i, i * 2)
    print(pt, pt == Point(i, i * 2), pt == Point(i, 0), pt.__dict__)


@dataclass(frozen=True)
class Frozen:
    a: int
    b: str


f = Frozen(1, "b")
print(f, hash(f) == hash(Frozen(1, "b")))
try:
    f.a = 2
except Exception as e:
    print(type(e).__name__, e)
