# getattr(o, name, default) and hasattr(o, name): a missing attribute gives
# the default / False without the AttributeError; other errors propagate;
# __getattr__, __getattribute__, properties and modules keep their rules.
import sys
import types


class Plain:
    x = 1


class WithGetattr:
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(f"no {name}")


class WithGetattribute:
    def __getattribute__(self, name):
        if name == "boom":
            raise ValueError("boom from __getattribute__")
        if name == "gone":
            raise AttributeError("gone")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "fallback:" + name


class Props:
    @property
    def missing(self):
        raise AttributeError("inner missing")

    @property
    def broken(self):
        raise KeyError("broken")

    @property
    def fine(self):
        return 42


class Slots:
    __slots__ = ("a", "b")


class StrSub(str):
    pass


objs = [None, 1, 2.5, "s", b"b", [], (), {}, Plain(), Plain, WithGetattr(),
        WithGetattribute(), Props(), Slots(), sys, print, len, [].append]
names = ["x", "missing_attr", "__class__", "__dict__", "dyn_abc", "gone",
         "fallback", "missing", "fine", "a", "append", "__name__"]
for o in objs:
    row = []
    for n in names:
        v = getattr(o, n, "<default>")
        if n in ("__dict__", "__class__", "append", "__name__") and v != "<default>":
            v = type(v).__name__
        row.append(str(v))
        row.append(str(hasattr(o, n)))
    print(type(o).__name__, " ".join(row))

# Errors other than AttributeError propagate.
for o, n in [(WithGetattribute(), "boom"), (Props(), "broken")]:
    for f in (lambda: getattr(o, n, None), lambda: hasattr(o, n)):
        try:
            f()
        except Exception as e:
            print(type(e).__name__, e)

# Two arguments: the AttributeError with CPython's message, name and obj.
for o, n in [(None, "nope"), (Plain(), "nope"), (sys, "nope"), (Plain, "nope")]:
    try:
        getattr(o, n)
    except AttributeError as e:
        print(type(e).__name__, e, e.name, type(e.obj).__name__)
for o, n in [(Slots(), "a"), (WithGetattr(), "zzz"), (Props(), "missing")]:
    try:
        getattr(o, n)
    except AttributeError as e:
        print(type(e).__name__, e)

# A str subclass names its text; a non-str name is a TypeError.
print(getattr(Plain(), StrSub("x"), 0), hasattr(Plain(), StrSub("y")))
for bad in (1, None, b"x"):
    for f in (lambda: getattr(Plain(), bad, 0), lambda: hasattr(Plain(), bad)):
        try:
            f()
        except TypeError as e:
            print(type(e).__name__, e)
try:
    getattr(Plain(), "x", 1, 2)
except TypeError as e:
    print(type(e).__name__, e)

# Module __getattr__ (PEP 562).
m = types.ModuleType("lazy")
m.__getattr__ = lambda name: name.upper() if name.startswith("l") else (_ for _ in ()).throw(AttributeError(name))
print(getattr(m, "lazy", None), getattr(m, "other", "dflt"), hasattr(m, "lx"), hasattr(m, "q"))

# The default is returned as is (identity), also when falsy.
sentinel = object()
print(getattr(None, "x", sentinel) is sentinel, getattr(1, "real", sentinel))
for d in (0, "", None, [], False):
    print(repr(getattr(object(), "nothing", d)))

# A slot that is not set is missing; set, it is found.
s = Slots()
print(hasattr(s, "a"), getattr(s, "a", "unset"))
s.a = 5
print(hasattr(s, "a"), getattr(s, "a", "unset"))
del s.a
print(hasattr(s, "a"), getattr(s, "a", "unset"))

# Instance dict entries and class attributes.
p = Plain()
p.y = 3
print(getattr(p, "y", 0), getattr(p, "x", 0), hasattr(p, "z"))
