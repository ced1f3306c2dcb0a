# __slots__: name mangling, sorted layout, __class__ assignment layout rules.
class C4:
    __slots__ = ['__a', 'b']
    def __init__(self): self.__a = 5
    def get(self): return self.__a
print(C4().get(), '_C4__a' in C4.__dict__, [k for k in C4.__dict__ if not k.startswith('__')])
class _Under:
    __slots__ = ('__x',)
print('_Under__x' in _Under.__dict__)
class ___:
    __slots__ = ('__y',)
print('__y' in ___.__dict__)

def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", r)
    except Exception as e:
        print(label, type(e).__name__, e)

def mk(slots, name='S', ns=None):
    d = {'__slots__': slots}
    d.update(ns or {})
    return type(name, (), d)
attempt("ident", lambda: mk(('a b',)))
attempt("nonstr", lambda: mk((1,)))
attempt("dict2", lambda: mk(('__dict__', '__dict__')))
attempt("weak2", lambda: mk(('__weakref__', '__weakref__')))
attempt("conflict", lambda: mk(('x',), ns={'x': 1}))
attempt("qualname", lambda: sorted(k for k in mk(('__qualname__',)).__dict__ if k == '__qualname__'))

class G(object): __slots__ = ["a", "b"]
class H(object): __slots__ = ["b", "a"]
class I(object): __slots__ = ["a", "b"]
class J(object): __slots__ = ["c", "b"]
class K(object): __slots__ = ["a", "b", "d"]
class L(H): __slots__ = ["e"]
class M(I): __slots__ = ["e"]
class N(J): __slots__ = ["__weakref__"]
class P(J): __slots__ = ["__dict__"]
class Q(J): pass
class R(J): __slots__ = ["__dict__", "__weakref__"]
for cls, cls2 in ((G, H), (G, I), (I, H), (Q, R), (R, Q)):
    x = cls()
    x.b = 1
    x.__class__ = cls2
    print(type(x).__name__, x.b, end=' ')
    x.__class__ = cls
    print(type(x).__name__, x.b)
for cls in G, J, K, L, M, N, P, R:
    for cls2 in G, J, K, L, M, N, P, R:
        if cls is not cls2:
            try:
                cls().__class__ = cls2
                print("allowed", cls.__name__, cls2.__name__)
            except TypeError as e:
                pass
attempt("layout", lambda: setattr(G(), '__class__', J))
attempt("builtin", lambda: setattr(G(), '__class__', list))
attempt("object", lambda: setattr(object(), '__class__', G))
attempt("int", lambda: setattr(1, '__class__', bool))
attempt("nonclass", lambda: setattr(G(), '__class__', 1))
attempt("del", lambda: delattr(G(), '__class__'))
class A1: pass
class B1: pass
class D1(A1, B1): pass
a = A1(); a.x = 3
a.__class__ = D1
print(type(a).__name__, a.x)

import types
class SubMod(types.ModuleType):
    a = 1
m = types.ModuleType("m")
m.__class__ = SubMod
print(type(m).__name__, hasattr(m, 'a'))
m.__class__ = types.ModuleType
print(type(m).__name__, hasattr(m, 'a'))
attempt("mod", lambda: setattr(m, '__class__', G))

class Dd: pass
o = Dd(); o.q = 1
del o.__dict__
print(o.__dict__, hasattr(o, 'q'))
attempt("dict-int", lambda: setattr(o, '__dict__', 1))
