import reprlib
from collections import deque
import array

r = reprlib.Repr()
print(r.maxlevel, r.maxtuple, r.maxlist, r.maxarray, r.maxdict, r.maxset, r.maxfrozenset,
      r.maxdeque, r.maxstring, r.maxlong, r.maxother)
print(reprlib.repr(list(range(100))))
print(reprlib.repr(tuple(range(10))))
print(reprlib.repr('x' * 100))
print(reprlib.repr(2 ** 200))
print(reprlib.repr({i: str(i) for i in range(10)}))
print(reprlib.repr(set(range(20))), reprlib.repr(frozenset(range(20))))
print(reprlib.repr(deque(range(20))))
print(reprlib.repr(array.array('i', range(20))))
print(reprlib.repr(array.array('d')))
print(reprlib.repr([[[[[[1]]]]]]))
print(reprlib.repr([]), reprlib.repr(()), reprlib.repr({}), reprlib.repr(set()), reprlib.repr(frozenset()))
print(reprlib.repr((1,)))
print(reprlib.repr(b'y' * 50), reprlib.repr(3.5), reprlib.repr(None))
class Big:
    def __repr__(self):
        return 'Big(' + 'z' * 50 + ')'
print(reprlib.repr(Big()))
class Broken:
    def __repr__(self):
        raise RuntimeError('nope')
s = reprlib.repr(Broken())
print(s.startswith('<Broken instance at '), s.endswith('>'))

r = reprlib.Repr()
r.maxlist = 3
r.maxstring = 10
r.maxlevel = 2
r.maxother = 8
print(r.repr(list(range(10))), r.repr('abcdefghijklmnopqrstuvwxyz'), r.repr([[[1]]]))
print(r.repr(Big()))
print(r.repr({'a': [1, 2, 3, 4, 5], 'b': 'long string value'}))

class MyRepr(reprlib.Repr):
    def repr_int(self, obj, level):
        return 'I%d' % obj
    def repr_Big(self, obj, level):
        return 'BIG'
print(MyRepr().repr([1, 2, Big()]))

class Node:
    def __init__(self, v):
        self.v = v
        self.children = []
    @reprlib.recursive_repr()
    def __repr__(self):
        return 'Node(%r, %r)' % (self.v, self.children)
n = Node(1)
n.children.append(Node(2))
n.children.append(n)
print(repr(n))
print(Node.__repr__.__name__, Node.__repr__.__qualname__)

class L(list):
    @reprlib.recursive_repr('<...cycle...>')
    def __repr__(self):
        return 'L(' + ', '.join(map(repr, self)) + ')'
x = L([1])
x.append(x)
x.append(L([2, x]))
print(repr(x))
