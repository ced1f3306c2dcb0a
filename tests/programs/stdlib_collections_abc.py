from collections import abc
import collections

builtins = [1, 1.5, "s", b"b", bytearray(), [], (), {}, set(), frozenset(), range(1), memoryview(b""), iter([]), (x for x in []), {}.keys(), {}.values(), {}.items(), len, None]
checks = ["Hashable", "Iterable", "Iterator", "Reversible", "Generator", "Sized", "Container", "Collection", "Callable",
          "Set", "MutableSet", "Mapping", "MutableMapping", "Sequence", "MutableSequence", "ByteString", "MappingView", "KeysView", "ItemsView", "ValuesView"]
for o in builtins:
    print(type(o).__name__, "".join("1" if isinstance(o, getattr(abc, c)) else "0" for c in checks))
print(issubclass(collections.deque, abc.MutableSequence), issubclass(collections.OrderedDict, abc.MutableMapping), issubclass(collections.Counter, abc.Mapping))

class Seq(abc.Sequence):
    def __init__(self, *items): self._items = list(items)
    def __getitem__(self, i): return self._items[i]
    def __len__(self): return len(self._items)
s = Seq(3, 1, 3, 2)
print(list(s), 3 in s, s.index(3), s.count(3), list(reversed(s)), len(s))
try:
    s.index(9)
except ValueError as ex:
    print(type(ex).__name__, ex)
print(s.index(3, 1), isinstance(s, abc.Reversible), isinstance(s, abc.Collection))

class MSeq(abc.MutableSequence):
    def __init__(self): self._d = []
    def __getitem__(self, i): return self._d[i]
    def __setitem__(self, i, v): self._d[i] = v
    def __delitem__(self, i): del self._d[i]
    def __len__(self): return len(self._d)
    def insert(self, i, v): self._d.insert(i, v)
    def __repr__(self): return "MSeq(%r)" % self._d
m = MSeq(); m.append(1); m.extend([2, 3]); m.insert(0, 0); m += [4]
print(m, m.pop(), m.pop(0), m); m.remove(2); m.reverse(); print(m)
m.clear(); print(m, len(m))
try:
    m.pop()
except IndexError as ex:
    print(type(ex).__name__, ex)
try:
    m.remove(5)
except ValueError as ex:
    print(type(ex).__name__, ex)

class Map(abc.Mapping):
    def __init__(self, **kw): self._d = dict(kw)
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
mp = Map(a=1, b=2)
print(list(mp.keys()), list(mp.items()), list(mp.values()), mp.get("z", 0), "a" in mp, mp == {"a": 1, "b": 2}, mp != {"a": 1})
print(type(mp.keys()).__name__, mp.keys() & {"a"}, mp.items() | {("c", 3)} == {("a", 1), ("b", 2), ("c", 3)}, repr(mp.keys()).startswith("KeysView("))
try:
    hash(mp)
except TypeError as ex:
    print(type(ex).__name__, ex)

class MMap(abc.MutableMapping):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k]
    def __setitem__(self, k, v): self._d[k] = v
    def __delitem__(self, k): del self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
mm = MMap(); mm.update({"x": 1}, y=2); mm.update([("z", 3)]); print(dict(mm), mm.setdefault("w", 4), mm.pop("x"), mm.popitem(), dict(mm))
try:
    mm.pop("nope")
except KeyError as ex:
    print(type(ex).__name__, ex)
print(mm.pop("nope", None)); mm.clear(); print(len(mm))
try:
    mm.popitem()
except KeyError as ex:
    print(type(ex).__name__, ex)

class ISet(abc.Set):
    def __init__(self, it=()): self._s = sorted(set(it))
    def __contains__(self, x): return x in self._s
    def __iter__(self): return iter(self._s)
    def __len__(self): return len(self._s)
    def __repr__(self): return "ISet(%r)" % list(self._s)
a, b = ISet([1, 2, 3]), ISet([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, a <= b, ISet([2]) < a, a == ISet([3, 2, 1]), a.isdisjoint([9]), a._hash() == ISet([1, 2, 3])._hash())
print(a & [2], type(a | b).__name__)

class MSet(abc.MutableSet):
    def __init__(self): self._s = set()
    def __contains__(self, x): return x in self._s
    def __iter__(self): return iter(sorted(self._s))
    def __len__(self): return len(self._s)
    def add(self, x): self._s.add(x)
    def discard(self, x): self._s.discard(x)
ms = MSet(); ms |= {1, 2, 3}; ms -= {1}; ms ^= {3, 4}; print(list(ms)); ms.remove(2); print(list(ms))
try:
    ms.remove(99)
except KeyError as ex:
    print(type(ex).__name__, ex)
print(ms.pop() in (4,), list(ms))

class Incomplete(abc.Sequence):
    def __len__(self): return 0
try:
    Incomplete()
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    abc.Mapping()
except TypeError as ex:
    print(type(ex).__name__, ex)

class Duck:
    def __iter__(self): return iter([])
    def __len__(self): return 0
    def __contains__(self, x): return False
print(isinstance(Duck(), abc.Iterable), isinstance(Duck(), abc.Sized), isinstance(Duck(), abc.Collection), isinstance(Duck(), abc.Sequence))
class NoHash:
    __hash__ = None
print(isinstance(NoHash(), abc.Hashable), isinstance(Duck(), abc.Hashable))
class Reg: pass
abc.Sequence.register(Reg)
print(issubclass(Reg, abc.Sequence), issubclass(Reg, abc.Iterable), issubclass(Reg, abc.Sized))
class Gen(abc.Generator):
    def send(self, v): raise StopIteration
    def throw(self, *a): raise StopIteration
g = Gen(); print(iter(g) is g, list(g))
print(abc.Callable[[int], str], abc.Mapping[str, int], abc.Iterable[int].__origin__ is abc.Iterable)
def agen():
    yield 1
async def co(): pass
c = co(); print(isinstance(c, abc.Coroutine), isinstance(c, abc.Awaitable)); c.close()
print(sorted(n for n in abc.__all__)[:5])
