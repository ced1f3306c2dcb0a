# type(name, bases, ns): name and __doc__ must encode to UTF-8, __base__ is
# the base with the most derived layout, an OrderedDict namespace keeps its
# own order, __slots__ rules, and the sequence/mapping bits of __flags__.
import collections
from collections.abc import Collection, Mapping, Sequence


def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", r)
    except Exception as e:
        print(label, type(e).__name__, e)


for name in ["A", "\xc4", "B.A", "", "A\udcdcB", "A\x00B", "\udcdc\udcdd"]:
    attempt(ascii(name), lambda: ascii(type(name, (), {}).__name__))
attempt("bytes name", lambda: type(b"A", (), {}))
C = type("C", (), {})
for name in ["D", "A\udcdcB", "A\x00B"]:
    def setname():
        C.__name__ = name
        return C.__name__
    attempt("set " + ascii(name), setname)
print(C.__name__)

for doc in ["x", "x\x00y", b"x", 42, None, "x\udcdcy"]:
    attempt("doc " + ascii(doc), lambda: ascii(type("A", (), {"__doc__": doc}).__doc__))
A = type("A", (), {})
A.__doc__ = "x\udcdcy"  # assigning later is allowed
print(ascii(A.__doc__))


class B:
    def ham(self):
        return "ham%d" % self


C = type("C", (B, int), {"spam": lambda self: "spam%s" % self})
print(C.__base__, C.__bases__, C(42).ham(), C(42).spam())


class D(B, list):
    pass


class E(B, Exception):
    pass


class F(B, dict):
    pass


class G(B):
    pass


print(D.__base__, E.__base__, F.__base__, G.__base__, object.__base__, bool.__base__)

od = collections.OrderedDict([("a", 1), ("b", 2)])
od.move_to_end("a")
N = type("N", (), od)
print([k for k in N.__dict__ if not k.startswith("__")])

slot_cases = [
    ("bytes slot", lambda: type("A", (), {"__slots__": b"x"})),
    ("int base", lambda: type("A", (int,), {"__slots__": "x"})),
    ("empty", lambda: type("A", (), {"__slots__": ""})),
    ("digits", lambda: type("A", (), {"__slots__": "42"})),
    ("nul", lambda: type("A", (), {"__slots__": "x\x00y"})),
    ("conflict", lambda: type("A", (), {"__slots__": "x", "x": 0})),
    ("dict twice", lambda: type("A", (), {"__slots__": ("__dict__", "__dict__")})),
    ("weakref twice", lambda: type("A", (), {"__slots__": ("__weakref__", "__weakref__")})),
    ("dict inherited", lambda: type("A", (B,), {"__slots__": "__dict__"})),
    ("weakref inherited", lambda: type("A", (B,), {"__slots__": "__weakref__"})),
    ("weakref on int", lambda: type("A", (int,), {"__slots__": "__weakref__"})),
    ("weakref ok", lambda: type("A", (), {"__slots__": "__weakref__"}).__name__),
]
for label, fn in slot_cases:
    attempt(label, fn)

SEQ, MAP = 1 << 5, 1 << 6
print(bool(list.__flags__ & SEQ), bool(dict.__flags__ & MAP), bool(int.__flags__ & (SEQ | MAP)))
print(bool(Sequence.__flags__ & SEQ), bool(Mapping.__flags__ & MAP))


class S(Sequence):
    pass


class M(Mapping):
    pass


print(bool(S.__flags__ & SEQ), bool(M.__flags__ & MAP), bool(S.__flags__ & MAP))


def both():
    class Both(Collection):
        __abc_tpflags__ = Sequence.__flags__ | Mapping.__flags__
    return Both


attempt("both flags", both)
