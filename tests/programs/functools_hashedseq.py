# functools._HashedSeq / _make_key (pure-Python lru_cache helpers): __slots__ on list subclasses.
import functools
from functools import _HashedSeq, _make_key


def tr(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


h = _HashedSeq((1, 'a', 2.5))
print(h, hash(h) == hash((1, 'a', 2.5)), h.hashvalue == hash((1, 'a', 2.5)))
k1 = _make_key((1, 2), {'x': 3}, False)
k2 = _make_key((1, 2), {'x': 3}, False)
print(type(k1).__name__, k1 == k2, hash(k1) == hash(k2), {k1: 'v'}[k2])
print(_make_key((5,), {}, False), _make_key((5,), {}, True) == _make_key((5.0,), {}, True))


class L(list):
    __slots__ = ('a', 'b')


class D(dict):
    __slots__ = 'x'


class S(set):
    __slots__ = ['y']


class L2(L):
    __slots__ = ('c',)


l = L([1, 2])
tr("unset", lambda: l.a)
l.a = 10
l.b = 'bee'
print(l, l.a, l.b)
del l.a
tr("deleted", lambda: l.a)
tr("del again", lambda: delattr(l, 'a'))
d = D(k=1)
d.x = [1]
print(d, d.x)
s = S([3])
s.y = 'why'
print(sorted(s), s.y)
l2 = L2([0])
l2.a, l2.c = 1, 3
print(l2, l2.a, l2.c)
tr("L.a on list", lambda: L.a.__get__([1], list))
tr("L.a set on list", lambda: L.a.__set__([1], 5))
# many objects: each keeps its own slots
objs = [L([i]) for i in range(50)]
for i, o in enumerate(objs):
    o.a = i * i
print(sum(o.a for o in objs))
