# deque.__reduce__: state from __getstate__ (dict and __slots__), items from iter(self).
import copy
import pickle
from collections import deque


class Deque(deque):
    pass


class DequeWithSlots(deque):
    __slots__ = ('x', 'y', '__dict__')


class DequeWithBadIter(deque):
    def __iter__(self):
        raise TypeError("no iter")


for cls in Deque, DequeWithSlots:
    for d in cls('abc'), cls('abcde', maxlen=4):
        d.x = ['x']
        d.z = ['z']
        r = d.__reduce__()
        print(cls.__name__, r[0].__name__, r[1], r[2], type(r[3]).__name__)
        for proto in range(pickle.HIGHEST_PROTOCOL + 1):
            e = pickle.loads(pickle.dumps(d, proto))
            ok = (type(e) is type(d), list(e) == list(d), e.x == d.x, e.z == d.z,
                  hasattr(e, 'y'), e.maxlen == d.maxlen)
            if proto in (0, 5):
                print(" ", proto, ok)
        c = copy.copy(d)
        print("  copy", type(c).__name__, list(c), hasattr(c, "x"), c.maxlen)
        c = copy.deepcopy(d)
        print("  deepcopy", list(c), c.x == d.x, c.x is d.x)

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for d in DequeWithBadIter('abc'), DequeWithBadIter('abc', 2):
        try:
            pickle.dumps(d, proto)
            print("pickled?")
        except TypeError as e:
            if proto == 0:
                print(type(e).__name__, e)

d = Deque('abc')
d.append(d)
e = pickle.loads(pickle.dumps(d))
print(type(e).__name__, e.pop() is e, list(e))
print(deque([1, 2]).__reduce__()[:3])
print(deque([1, 2], 5).__reduce__()[:3])
