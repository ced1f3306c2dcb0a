import heapq, bisect, copy

h = []
for x in [5, 1, 8, 3, 2, 9]:
    heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(3)], h)
l = [9, 4, 7, 1, 0, 3]; heapq.heapify(l); print(l)
print(heapq.heappushpop(l, -1), heapq.heapreplace(l, 10), l)
print(heapq.nlargest(3, [1, 8, 3, 9, 2]), heapq.nsmallest(2, [1, 8, 3, 9, 2]))
words = ["pear", "fig", "banana", "kiwi", "apple"]
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(2, words, key=len), heapq.nsmallest(0, words), heapq.nlargest(10, [2, 1]))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])))
print(list(heapq.merge(["a", "ccc"], ["bb", "dddd"], key=len)))
print(list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)))
for fn in (heapq.heappop, heapq.heapreplace):
    try:
        fn([]) if fn is heapq.heappop else fn([], 1)
    except IndexError as ex:
        print(type(ex).__name__, ex)
try:
    heapq.heappush((), 1)
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    heapq.heapify([1, "a"])
except TypeError as ex:
    print(type(ex).__name__, ex)
tasks = []
heapq.heappush(tasks, (2, "write")); heapq.heappush(tasks, (1, "plan")); heapq.heappush(tasks, (3, "test"))
while tasks:
    print(heapq.heappop(tasks), end=" ")
print()
h2 = [3, 1, 2]; heapq._heapify_max(h2); print(h2)

a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 0), bisect.bisect(a, 99))
print(bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 2))
bisect.insort(a, 5); bisect.insort_left(a, 4); print(a)
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ("z", 4), key=lambda r: r[1]); print(recs)
try:
    bisect.bisect(a, 1, -1)
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    bisect.bisect(None, 1)
except TypeError as ex:
    print(type(ex).__name__, ex)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])

class P:
    def __init__(self, v, tags):
        self.v = v; self.tags = tags
    def __repr__(self):
        return "P(%r, %r)" % (self.v, self.tags)
p = P(1, [1, 2])
c1 = copy.copy(p); c2 = copy.deepcopy(p)
p.tags.append(3)
print(c1, c2, c1.tags is p.tags, c2.tags is p.tags)
rec = [1, 2]; rec.append(rec)
dr = copy.deepcopy(rec); print(dr[2] is dr, dr is rec, len(dr))
dd = {"a": rec}; dd["self"] = dd
d2 = copy.deepcopy(dd); print(d2["self"] is d2, d2["a"][2] is d2["a"])
shared = [0]; pair = [shared, shared]
dp = copy.deepcopy(pair); print(dp[0] is dp[1], dp[0] is shared)
memo = {}
x = [1, [2]]
y = copy.deepcopy(x, memo); print(y, id(x) in memo, memo[id(x)] is y)
class Custom:
    def __init__(self, n): self.n = n
    def __copy__(self):
        print("copy called"); return Custom(self.n + 100)
    def __deepcopy__(self, memo):
        print("deepcopy called", type(memo).__name__); return Custom(self.n + 1000)
print(copy.copy(Custom(1)).n, copy.deepcopy([Custom(2)])[0].n)
class Red:
    def __init__(self, a, b=0): self.a = a; self.b = b
    def __reduce_ex__(self, proto):
        print("reduce_ex", proto)
        return (Red, (self.a, self.b + 1))
r = copy.copy(Red(5)); print(r.a, r.b)
r = copy.deepcopy(Red(6)); print(r.a, r.b)
class St:
    def __init__(self): self.x = 1
    def __getstate__(self): return {"x": self.x, "extra": 9}
    def __setstate__(self, s): self.__dict__.update(s); self.restored = True
s = copy.deepcopy(St()); print(sorted(vars(s).items()))
class Sl:
    __slots__ = ("a", "b")
sl = Sl(); sl.a = [1]
s2 = copy.deepcopy(sl); print(s2.a, s2.a is sl.a, hasattr(s2, "b"))
t = (1, [2]); print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) is not None)
print(copy.copy(frozenset([1])), copy.deepcopy({1: {2: [3]}}), copy.copy(bytearray(b"ab")))
class NoCopy:
    def __reduce_ex__(self, p):
        raise TypeError("cannot copy NoCopy")
try:
    copy.copy(NoCopy())
except TypeError as ex:
    print(type(ex).__name__, ex)
print(copy.Error is copy.error, issubclass(copy.Error, Exception))
import types
print(copy.copy(len) is len, copy.deepcopy(types) is types, copy.deepcopy(P) is P)
fn = lambda: 1
print(copy.deepcopy(fn) is fn)
