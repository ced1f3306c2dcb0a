import inspect
import weakref
import types

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

# property members are read-only
p = property(len)
for attr in ['fget', 'fset', 'fdel']:
    show("set " + attr, lambda: setattr(p, attr, 1))
    show("del " + attr, lambda: delattr(p, attr))
show("fget", lambda: (p.fget is len, p.fset, p.fdel))
show("member type", lambda: type(property.__dict__['fget']).__name__)
show("member repr", lambda: repr(property.__dict__['fget']))
def setdoc():
    p.__doc__ = "d"
    return p.__doc__
show("set doc", setdoc)

# super() through a proxy's __class__
class Proxy(object):
    def __init__(self, obj):
        self.__obj = obj
    def __getattribute__(self, name):
        if name.startswith("_Proxy__"):
            return object.__getattribute__(self, name)
        return getattr(self.__obj, name)
class B(object):
    def f(self):
        return "B.f"
class C(B):
    def f(self):
        return super(C, self).f() + "->C.f"
show("proxy super", lambda: C.__dict__["f"](Proxy(C())))
show("bad super", lambda: super(C, 1))
class FakeClass:
    __class__ = int
show("fake class", lambda: super(C, FakeClass()))

# object.__setattr__ may not skip type.__setattr__
class A(type):
    def __setattr__(cls, key, value):
        object.__setattr__(cls, key, value)
class BB:
    pass
class CC(BB, A):
    pass
obj = CC('D', (object,), {})
def hack():
    obj.test = True
show("hack setattr", hack)
show("hack int", lambda: object.__setattr__(int, 'x', 1))
show("hack delattr", lambda: object.__delattr__(A, 'x'))
class Plain:
    pass
pl = Plain()
object.__setattr__(pl, 'x', 5)
show("plain", lambda: pl.x)

# slot wrapper signatures
show("sig get", lambda: list(inspect.signature(object.__init__.__get__).parameters))
show("sig get default", lambda: inspect.signature(object.__init__.__get__).parameters["owner"].default)
show("sig add", lambda: str(inspect.signature(int.__add__)))
show("sig pow", lambda: str(inspect.signature(int.__pow__)))
show("sig init", lambda: str(inspect.signature(object.__init__)))
show("sig setattr", lambda: str(inspect.signature(object.__setattr__)))
show("sig bound", lambda: str(inspect.signature((1).__add__)))

# weak references to generic aliases
import typing, collections.abc
ga = list[int]
show("weak ga", lambda: weakref.ref(ga)() is ga)
cga = collections.abc.Callable[[int], str]
show("weak callable ga", lambda: weakref.ref(cga)() is cga)
show("weak union", lambda: weakref.ref(int | str))
show("weak proxy", lambda: weakref.ref(types.MappingProxyType({})))
