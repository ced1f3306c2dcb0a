# Special-method hooks that are descriptors (not functions), module
# subclasses' attribute hooks, __weakref__ values, unsubclassable bases.
import types, weakref

class Descriptor(object):
    counter = 0
    def __get__(self, obj, objtype=None):
        def getter(name):
            self.counter += 1
            raise AttributeError(name)
        return getter
descr = Descriptor()
class A(object):
    __getattribute__ = descr
class B(object):
    __getattr__ = descr
class C(object):
    __getattribute__ = descr
    __getattr__ = descr
for k in (A, B, C):
    try:
        getattr(k(), "attr")
    except AttributeError as e:
        print(k.__name__, "AttributeError", e, descr.counter)

log = []
MT = type(types)
class MM(MT):
    def __getattribute__(self, name):
        log.append(("getattr", name))
        return MT.__getattribute__(self, name)
    def __setattr__(self, name, value):
        log.append(("setattr", name, value))
        MT.__setattr__(self, name, value)
    def __delattr__(self, name):
        log.append(("delattr", name))
        MT.__delattr__(self, name)
m = MM("m")
m.foo = 12
x = m.foo
del m.foo
print(log, x)

class W: pass
w = W()
print(w.__weakref__)
r = weakref.ref(w)
print(w.__weakref__ is r)
class WS:
    __slots__ = ('__weakref__', 'x')
ws = WS()
r2 = weakref.ref(ws)
print(ws.__weakref__ is r2)

class Strict:
    def __getattribute__(self, name):
        return super().__getattribute__(name)
print(Strict().__class__.__name__, super(Strict, Strict()).__getattribute__("__class__").__name__)

class O(object): pass
class X(object): pass
for bases in ((type(None),), (object, type(None)), (O, type(None))):
    try:
        X.__bases__ = bases
    except TypeError as e:
        print("TypeError", e)
    try:
        type("Y", bases, {})
    except TypeError as e:
        print("TypeError", e)
