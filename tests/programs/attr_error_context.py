# An AttributeError leaving an attribute lookup carries the name looked up and
# the object (e.name, e.obj), whoever raised it: an empty slot, a property,
# __getattr__/__getattribute__, a metaclass, super(). One whose raiser set
# name or obj keeps its own; getattr with a default swallows it.
class S:
    __slots__ = ('a',)
class G:
    def __getattr__(self, n): raise AttributeError('x')
class P:
    @property
    def p(self): raise AttributeError('inner')
class GA:
    def __getattribute__(self, n): raise AttributeError(n + '!')
class Pre:
    def __getattr__(self, n):
        e = AttributeError('pre'); e.name = 'set'; raise e
for o, n in [(S(), 'a'), (G(), 'q'), (P(), 'p'), (GA(), 'z'), (Pre(), 'w'), (1, 'zz'), (S, 'b')]:
    try:
        getattr(o, n)
    except AttributeError as e:
        print(type(o).__name__, n, e, e.name, type(e.obj).__name__, e.obj is o)
    try:
        getattr(o, n, None); print("default ok")
    except AttributeError as e:
        print("default", e)
import math
class M(type):
    def __getattr__(cls, n): raise AttributeError('meta ' + n)
class WithMeta(metaclass=M): pass
class Sl:
    __slots__ = ('x',)
    def __init__(self): pass
for o, n in [(math, 'nope'), (WithMeta, 'k'), (super(Sl, Sl()), 'zz')]:
    try:
        getattr(o, n)
    except AttributeError as e:
        print(type(o).__name__, n, e, e.name, type(e.obj).__name__, e.obj is o)
s = Sl()
for i in range(3):
    try:
        s.x
    except AttributeError as e:
        print(i, e, e.name, e.obj is s)
try:
    WithMeta.k2
except AttributeError as e:
    print("site", e, e.name, e.obj is WithMeta)
e = AttributeError("plain")
print(e.name, e.obj)
e.__init__("again", name="n", obj=1)
print(e.name, e.obj)
e.__init__("reset")
print(e.name, e.obj)
class Near:
    colour = 1
    def __getattr__(self, n):
        raise AttributeError(f"no {n}")
Near().color
