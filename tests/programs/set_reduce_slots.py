# set/frozenset __reduce__ carries object.__getstate__'s state: the dict
# and the __slots__ values of a subclass, or a custom __getstate__.
import copy
import pickle


class SetSubclassWithSlots(set):
    __slots__ = ('x', 'y', '__dict__')


class FS(frozenset):
    __slots__ = ('x', 'y', '__dict__')


class Custom(set):
    def __getstate__(self):
        return {'tag': 'custom'}


for cls in (SetSubclassWithSlots, FS):
    s = cls([1, 2, 3])
    s.x = 10
    s.y = 20
    s.z = 30
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        dup = pickle.loads(pickle.dumps(s, proto))
        print(type(dup).__name__, sorted(dup), dup.x, dup.y, dup.z)
    c = copy.copy(s)
    print(sorted(c), c.x, copy.deepcopy(s).y)

print(set([1]).__reduce__(), frozenset().__reduce__())
r = Custom([5]).__reduce__()
print(r[0].__name__, r[1], r[2])
d = pickle.loads(pickle.dumps(Custom([4])))
print(type(d).__name__, sorted(d), d.tag)
half = SetSubclassWithSlots([1])
half.x = 1
print(half.__reduce__()[2])
