# __slots__, descriptors precedence, __getattr__/__getattribute__/__setattr__/__delattr__,
# __dict__, __class__ assignment, private mangling.
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

class S:
    __slots__ = ("a", "b")
s = S()
s.a = 1
print(s.a, hasattr(s, "__dict__"), S.a.__name__ if hasattr(S.a, "__name__") else "?")
err(lambda: s.b)
def setc(): s.c = 3
err(setc)
def delb(): del s.b
err(delb)
class S2(S):
    __slots__ = ["c"]
s2 = S2(); s2.c = 2; s2.a = 1
print(s2.c, s2.a)
class S3(S):
    pass
s3 = S3(); s3.zz = 1; print(s3.__dict__)
def conflict():
    class K:
        __slots__ = ("x",)
        x = 5
err(conflict)
def dslot():
    class K:
        __slots__ = ("__dict__", "__dict__")
err(dslot)
def badslot():
    class K:
        __slots__ = ("1x",)
err(badslot)
def intslot():
    class K(int):
        __slots__ = ("x",)
err(intslot)
class WS:
    __slots__ = ("__weakref__", "v")
import weakref
w = WS(); print(weakref.ref(w)() is w)
class NoWeak:
    __slots__ = ()
err(lambda: weakref.ref(NoWeak()))

class NonData:
    def __get__(self, i, o): return "nondata"
class Data:
    def __get__(self, i, o): return "data"
    def __set__(self, i, v): print("Data.set", v)
class DelOnly:
    def __delete__(self, i): print("DelOnly.delete")
class H:
    nd = NonData()
    d = Data()
    do = DelOnly()
h = H()
h.__dict__["nd"] = "inst-nd"
h.__dict__["d"] = "inst-d"
print(h.nd, h.d, H.nd, H.d)
h.d = 5
def setdo(): h.do = 1
err(setdo)
del h.do
print(type(H.__dict__["do"]).__name__)

class Prop:
    def __init__(self): self._x = 0
    @property
    def x(self):
        """the x"""
        return self._x
    @x.setter
    def x(self, v):
        if v < 0: raise ValueError("neg")
        self._x = v
    @property
    def ro(self): return 1
p = Prop(); p.x = 4; print(p.x, Prop.x.__doc__)
def neg(): p.x = -1
err(neg)
def setro(): p.ro = 2
err(setro)
def delro(): del p.ro
err(delro)
def delx(): del p.x
err(delx)

class GA:
    y = 1
    def __getattr__(self, n):
        if n.startswith("dyn"): return n.upper()
        raise AttributeError(f"no {n}")
g = GA(); print(g.y, g.dyn_a, getattr(g, "zz", "dflt"), hasattr(g, "zz"))
err(lambda: g.zz)
class GAB:
    def __getattribute__(self, n):
        if n == "secret": raise AttributeError(n)
        return "GAB:" + n
    def __getattr__(self, n): return "fallback:" + n
print(GAB().foo, GAB().secret)
class Rec:
    def __init__(self): self.log = []
    def __setattr__(self, n, v):
        object.__setattr__(self, n, v)
        if n != "log": self.log.append(("set", n))
    def __delattr__(self, n):
        self.log.append(("del", n))
        object.__delattr__(self, n)
r = Rec(); r.a = 1; del r.a; print(r.log)
def delmissing(): del r.nope
err(delmissing)
err(lambda: object().x)
def setobj(): object().x = 1
err(setobj)
def setint(): (1).real = 3
err(setint)
def setbuiltin(): int.foo = 3
err(setbuiltin)
def setstrattr(): "abc".upper = None
err(setstrattr)
err(lambda: setattr(h, 1, 2))
err(lambda: getattr(h, 1))
err(lambda: getattr(h, "missing"))
print(getattr(h, "missing", None))

class Dc: pass
o = Dc(); o.a = 1; o.__dict__["b"] = 2
print(o.__dict__, vars(o), o.b)
o.__dict__ = {"c": 3}; print(o.c, hasattr(o, "a"))
def baddict(): o.__dict__ = 5
err(baddict)
print(sorted(k for k in Dc.__dict__ if not k.startswith("__")), type(Dc.__dict__).__name__)
def setcd(): Dc.__dict__["x"] = 1
err(setcd)

class C1: 
    def who(self): return "C1"
class C2:
    def who(self): return "C2"
c = C1(); c.__class__ = C2; print(c.who(), type(c).__name__)
def badclass(): c.__class__ = int
err(badclass)
def badclass2(): (1).__class__ = bool
err(badclass2)
def badclass3(): c.__class__ = 5
err(badclass3)
class SA: __slots__ = ("a",)
class SB: __slots__ = ("b",)
def slotclass():
    x = SA(); x.__class__ = SB
err(slotclass)

class Mangle:
    __priv = 1
    def get(self): return self.__priv
    def set(self): self.__other = 2; return self.__dict__
print(Mangle().get(), Mangle().set(), hasattr(Mangle, "_Mangle__priv"))
err(lambda: Mangle().__priv)
class _Under:
    __x = 5
print(_Under._Under__x)

class Base:
    def __init__(self): self.tag = "base"
    def hello(self): return "base hello"
class Kid(Base):
    def __init__(self):
        super().__init__(); self.tag += "+kid"
    def hello(self): return "kid " + super().hello()
    @classmethod
    def cm(cls): return super().__name__ if False else cls.__name__
    @staticmethod
    def sm(): return "static"
print(Kid().tag, Kid().hello(), Kid.cm(), Kid.sm(), Kid().sm())
def nosuper():
    def f(): return super()
    return f()
err(nosuper)
err(lambda: super(int, "x"))
print(super(Kid, Kid()).hello())
