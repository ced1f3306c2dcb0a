# __getattr__, __getattribute__, __setattr__, __delattr__ overrides; __class__ assignment.
class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])

    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"{name} is hidden")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return f"<default {name}>"

    def __setattr__(self, name, value):
        self.log.append(("set", name))
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)


o = Logged()
o.a = 1
print(o.a, o.missing, o.secret_key)
del o.a
print(o.a, o.log)
try:
    del o.nothing
except AttributeError as e:
    print(type(e).__name__, e)


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)

    def __getattr__(self, name):
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        setattr(self._target, name, value)


class Target:
    pass


t = Target()
px = Proxy(t)
px.color = "red"
print(t.color, px.color)
try:
    px.unknown
except AttributeError as e:
    print(type(e).__name__, e)


class Strict:
    def __getattribute__(self, name):
        if name == "boom":
            raise KeyError(name)
        return super().__getattribute__(name)

    def __getattr__(self, name):
        return "never for KeyError"


s = Strict()
try:
    s.boom
except KeyError as e:
    print(type(e).__name__, e)
print(s.__class__.__name__)

# getattr/setattr/delattr/hasattr builtins
class Plain:
    pass


pl = Plain()
setattr(pl, "x", 1)
print(getattr(pl, "x"), getattr(pl, "y", "dflt"), hasattr(pl, "x"), hasattr(pl, "y"))
delattr(pl, "x")
print(hasattr(pl, "x"))
for call in (lambda: getattr(pl, 1), lambda: setattr(pl, 2, 0), lambda: delattr(pl, None), lambda: hasattr(pl, 3.0),
             lambda: getattr(pl, "nope"), lambda: delattr(pl, "nope"), lambda: getattr(1, "nope"),
             lambda: setattr(object(), "x", 1), lambda: getattr(Plain, "nope"),
             lambda: setattr(int, "x", 1), lambda: delattr(Plain, "nope")):
    try:
        call()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

# __class__ assignment
class A:
    def who(self):
        return "A"


class B:
    def who(self):
        return "B"


class C(int):
    pass


class SlotsA:
    __slots__ = ("x",)


a = A()
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, B))
for bad in (int, C, 1, SlotsA):
    try:
        a.__class__ = bad
    except TypeError as e:
        print(type(e).__name__, e)
try:
    (1).__class__ = C
except TypeError as e:
    print(type(e).__name__, e)


# __dir__ and dir()
class WithDir:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]


print(dir(WithDir()))


class Attrs:
    cls_attr = 1

    def method(self):
        pass


at = Attrs()
at.inst_attr = 2
print([n for n in dir(at) if not n.startswith("__")])
print([n for n in dir(Attrs) if not n.startswith("__")])
print("__init__" in dir(at), "__class__" in dir(at), "__dict__" in dir(Attrs))
print(list(Attrs.__dict__.keys()))
for base in (object, int, str, tuple, Exception, list):
    print(base.__name__, list(type("K", (base,), {}).__dict__.keys()))
