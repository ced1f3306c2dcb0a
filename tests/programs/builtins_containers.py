# Containers: dict views and set operations, mutation during iteration, set order,
# list.sort edge cases, range/slice, enumerate/zip/map/filter/reversed, iter(callable, sentinel).
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

d = {"a": 1, "b": 2, "c": 3}
e = {"b": 20, "d": 4}
print(d.keys() & e.keys() == {"b"}, sorted(d.keys() | e), sorted(d.keys() - e.keys()), sorted(d.keys() ^ e.keys()))
print(d.keys() & ["a", "zz"], d.items() & {("a", 1), ("b", 3)}, d.keys() <= {"a", "b", "c", "x"}, d.keys() == {"c", "b", "a"})
print(d.keys().isdisjoint(["x"]), ("a", 1) in d.items(), ("a", 2) in d.items(), 1 in d.values(), reversed(d.keys()).__class__.__name__)
print(list(reversed(d)), list(reversed(d.items())), list(reversed(d.values())), len(d.keys()), d.keys().mapping is not None)
print(d | e, e | d, dict.fromkeys("ab"), dict.fromkeys([1, 2], 0), d.setdefault("z", 9), d.setdefault("a", 0))
d |= {"q": 0}
d |= [("w", 1)]
print(d, d.popitem(), d.popitem(), d.pop("a"), d.pop("nope", "dflt"))
err(lambda: d.pop("nope"))
err(lambda: {}.popitem())
err(lambda: d | [("x", 1)])
err(lambda: d.values() & d.values())
err(lambda: {}.fromkeys())
def mutate_dict():
    dd = {1: 1, 2: 2}
    for k in dd:
        dd[k + 10] = 0
err(mutate_dict)
def mutate_dict_del():
    dd = {1: 1, 2: 2}
    for k in dd:
        del dd[k]
err(mutate_dict_del)
def mutate_keys_view():
    dd = {1: 1}
    for k in dd.keys():
        dd.pop(k); dd[5] = 5
err(mutate_keys_view)
def mutate_same_size():
    dd = {1: 1, 2: 2}
    for k in dd:
        dd[k] = 10
    return dd
err(mutate_same_size)
def mutate_set():
    s = {1, 2}
    for v in s:
        s.add(v + 10)
err(mutate_set)
def mutate_list_sort():
    l = [3, 1, 2]
    l.sort(key=lambda v: l.append(v) or v)
err(mutate_list_sort)
def mutate_list_sort_clear():
    l = [3, 1, 2]
    def k(v):
        l.clear()
        return v
    l.sort(key=k)
    return l
err(mutate_list_sort_clear)
def dict_iter_after_change():
    dd = {1: 1}
    it = iter(dd)
    dd[2] = 2
    return next(it)
err(dict_iter_after_change)

print({3, 1, 2}, {10, 5, 100, 33, 8}, {-1, -2, 0}, set(range(20, 0, -3)), {1.5, 2.5, 1}, frozenset({7, 3}))
# (None's hash is its address in CPython 3.11, so a set holding it has no fixed order.)
print({(1, 2), (0, 0)}, sorted({None, True}, key=repr), set("aaa"), {2**64, 1, 2**32}, {0.0, -0.0}, set() == frozenset())
s1, s2 = {1, 2, 3}, {3, 4}
print(s1 | s2, s1 & s2, s1 - s2, s1 ^ s2, s1 <= s2, s1 >= {1}, s1 < s1, s1.issuperset([1, 2]), s1.union([9], (8,)))
print(s1.intersection(s2, [3]), s1.difference([1], [2]), s1.symmetric_difference([1, 5]), frozenset([1]) | {2}, type({2} | frozenset([1])).__name__)
s3 = set(s1); s3 |= {7}; s3 &= {1, 7, 2}; s3 -= {2}; s3 ^= {9}; print(s3)
s3.update([4], [5]); s3.discard(100); s3.intersection_update([1, 4, 5, 9]); print(s3, s3.pop(), len(s3))
err(lambda: set().pop())
err(lambda: {1}.remove(2))
err(lambda: {1} | [2])
err(lambda: {1} < [1])
err(lambda: {[1]})
err(lambda: frozenset().add)
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), {frozenset({1}): "x"}[frozenset([1])])

l = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(l, key=lambda t: t[1]), sorted(l, key=lambda t: t[1], reverse=True), sorted("bca", reverse=True))
l2 = [5, 3, 5.0, 3.0, 1]
l2.sort(); print(l2, [type(v).__name__ for v in l2])
print(sorted([[2], [1, 5], [1]]), sorted([(1, "b"), (1, "a")]), sorted([True, 0, -1]), sorted([], key=len))
err(lambda: sorted([1, None]))
err(lambda: sorted([{1}, {2}, {1, 2}]))
err(lambda: [1, 2].sort(key=5))
err(lambda: [1, 2].index(5))
err(lambda: [1, 2].remove(5))
err(lambda: [].pop())
err(lambda: [1].pop(5))
err(lambda: (1, 2).index(3))
print([1, 2, 3, 2].index(2, 2), [1, 2, 3].count(2), [0] * 3, 3 * [1], [1, 2] * -1, [1, 2, 3][::-1], [1, 2, 3][5:], [1, 2, 3][-10:2])
ll = [0, 1, 2, 3, 4, 5]
ll[1:3] = "ab"; print(ll)
ll[::2] = [9, 9, 9]; print(ll)
def bad_ext_slice():
    ll[::2] = [1]
err(bad_ext_slice)
ll[2:2] = [7, 7]; del ll[::3]; print(ll)
def bad_slice_assign(): ll[0:1] = 5
err(bad_slice_assign)

r = range(10, -10, -3)
print(list(r), len(r), r[2], r[-1], r[1:4], r[::-1], 4 in r, -8 in r, r.index(-2), r.count(7), range(0, 10**20, 7)[10**18])
print(range(5) == range(0, 5, 1), range(0) == range(5, 5), hash(range(3)) == hash(range(0, 3)), repr(range(1, 2, 3)), bool(range(0)))
print(len(range(-(10**20), 10**20)) if False else range(10**20)[-1], 10**19 in range(10**20), range(10**20).index(5))
err(lambda: len(range(10**20)))
err(lambda: range(5)[10])
err(lambda: range(3).index(7))
err(lambda: range(1, 2, 0))
sl = slice(1, 10, 2)
print(sl.indices(5), slice(None, None, -1).indices(4), slice(-100, 100).indices(3), sl.start, sl.stop, sl.step, repr(slice(1)))
err(lambda: slice(0, 1, 0).indices(5))
err(lambda: slice(1).indices(-1))
err(lambda: hash(slice(1)) if False else {slice(1): 1})
print(list(enumerate("xy", start=-1)), list(zip("ab", [1, 2, 3])), list(zip()), list(map(pow, [2, 3], [3, 2])))
print(list(filter(lambda v: v % 2, range(7))), list(reversed((1, 2, 3))), list(reversed("abc")), list(reversed(range(3))))
vals = iter([1, 2, 3, None, 5])
print(list(iter(lambda: next(vals), None)))
class Rev:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 10
print(list(reversed(Rev())))
class NoRev:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
err(lambda: reversed(NoRev()))
counter = iter(range(10))
print(list(iter(counter.__next__, 4)))
err(lambda: iter(lambda: 1, 1, 1))
t = (1, [2])
err(lambda: t.__setitem__(0, 1))
def tuple_iadd():
    t[1] += [3]
err(tuple_iadd)
print(t)
print(tuple(x for x in "ab"), list({"k": 1}), list(b"ab"), list(bytearray(b"c")), list(memoryview(b"d")))
