# Metaclass __prepare__/__new__/__init__/__call__, class kwargs, __init_subclass__,
# __set_name__, __class_getitem__, __instancecheck__/__subclasscheck__, class decorators.
from collections import OrderedDict
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

log = []
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        log.append(("prepare", name, tuple(b.__name__ for b in bases), sorted(kw)))
        ns = OrderedDict()
        ns["injected"] = 1
        return ns
    def __new__(mcls, name, bases, ns, **kw):
        log.append(("new", name, type(ns).__name__, [k for k in ns if not k.startswith("__")], kw))
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.kw = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        log.append(("init", name))
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        log.append(("call", cls.__name__, a, k))
        inst = super().__call__(*a, **k)
        inst.made_by_meta = True
        return inst

class Base(metaclass=Meta, flag=3):
    def __init__(self, x=0):
        self.x = x
    def m(self): pass
b = Base(5)
print(b.x, b.made_by_meta, Base.injected, Base.kw, type(Base).__name__)
class Child(Base, other="y"):
    z = 1
print(Child.kw, type(Child) is Meta)
for e in log: print(e)

class Plugin:
    registry = []
    def __init_subclass__(cls, /, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.pname = name or cls.__name__.lower()
        Plugin.registry.append(cls.pname)
class P1(Plugin): pass
class P2(Plugin, name="second"): pass
class P3(P2): pass
print(Plugin.registry, P3.pname)
err(lambda: type("Bad", (Plugin,), {}, bogus=1))
def bad_kw():
    class X(bogus=1): pass
err(bad_kw)

class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
    def __get__(self, inst, owner):
        if inst is None: return self
        return inst.__dict__.get("_" + self.name, "unset")
    def __set__(self, inst, v):
        inst.__dict__["_" + self.name] = v
class Model:
    a = Field()
    b = Field()
m = Model()
m.a = 3
print(Model.a.name, Model.a.owner, Model.b.name, m.a, m.b)
class BadSN:
    def __set_name__(self, owner, name): raise ValueError("boom " + name)
def mk():
    class Q:
        attr = BadSN()
err(mk)

class Gen:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Gen[int], Gen[1, 2], list[int], dict[str, list[int]], tuple[int, ...])
err(lambda: Model[int])
err(lambda: int[1])

class MetaCheck(type):
    def __instancecheck__(cls, inst):
        return inst == "magic"
    def __subclasscheck__(cls, sub):
        return sub is int
class Checker(metaclass=MetaCheck): pass
print(isinstance("magic", Checker), isinstance(3, Checker), issubclass(int, Checker), issubclass(str, Checker))
print(isinstance(3, (str, Checker)), isinstance(Checker(), Checker))
err(lambda: isinstance(1, 1))
err(lambda: issubclass(1, int))
err(lambda: issubclass(int, (int, 1)))
err(lambda: isinstance(1, (int, (str, 3))))

def deco(cls):
    cls.decorated = True
    return cls
def deco2(tag):
    def d(cls):
        cls.tag = tag
        return cls
    return d
@deco
@deco2("t")
class D: pass
print(D.decorated, D.tag)

# Metaclass conflict
class M1(type): pass
class M2(type): pass
class C1(metaclass=M1): pass
class C2(metaclass=M2): pass
def conflict():
    class C3(C1, C2): pass
err(conflict)
# Inconsistent MRO
class X: pass
class Y(X): pass
def badmro():
    class Z(X, Y): pass
err(badmro)
def dupbase():
    class Z(X, X): pass
err(dupbase)
def badbase():
    class Z(1): pass
err(badbase)
err(lambda: type("T", (bool,), {}))
print([c.__name__ for c in Child.__mro__], [c.__name__ for c in Y.mro()])
print(type("Dyn", (X,), {"f": lambda self: 7})().f(), type(3).__name__)
err(lambda: type("a", "b"))
err(lambda: type())
err(lambda: type(1, 2, 3))
# __prepare__ returning non-mapping
class BadPrep(type):
    @classmethod
    def __prepare__(m, n, b): return 5
def bp():
    class K(metaclass=BadPrep): pass
err(bp)
# __qualname__/__module__/__doc__
class Outer:
    """outer doc"""
    class Inner:
        def meth(self): pass
print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.meth.__qualname__, Outer.__doc__, Outer.Inner.__doc__, Outer.__module__)
Outer.__qualname__ = "Renamed"
print(Outer.__qualname__, Outer.__name__)
def setq():
    Outer.__qualname__ = 5
err(setq)
def setn():
    Outer.__name__ = 5
err(setn)
def setn2():
    int.__name__ = "x"
err(setn2)
print(Outer.__subclasses__(), len(Plugin.__subclasses__()), [c.__name__ for c in P2.__subclasses__()])
