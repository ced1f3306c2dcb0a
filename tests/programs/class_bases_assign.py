from typing import NamedTuple, Generic, TypeVar

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

T = TypeVar('T')
class X(NamedTuple, Generic[T]):
    x: T
show("nt bases", lambda: X.__bases__)
show("nt mro", lambda: X.__mro__)
show("nt orig", lambda: X.__orig_bases__[1])
show("nt value", lambda: (X(1), X[int](2), X(3).x))

class Mixin:
    __slots__ = ()
class T1(tuple):
    pass
def assign(cls, bases):
    cls.__bases__ = bases
    return cls.__bases__
show("tuple+mixin", lambda: assign(T1, (tuple, Mixin)))
show("mro after", lambda: T1.__mro__)
class L(list):
    pass
class C(object):
    pass
show("list->object", lambda: assign(L, (C,)))
show("list->list+C", lambda: assign(L, (list, C)))
show("list->dict", lambda: assign(L, (dict,)))
