import heapq
import bisect


def tr(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


h = []
for v in [5, 1, 8, 3, 2, 9, 0]:
    heapq.heappush(h, v)
print(h, [heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 10), heapq.heappushpop(data, -1), heapq.heappushpop(data, 11), data)
print(heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, [5, 1, 8, 3, 9], key=lambda x: -x))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge([3, 1], [2], key=lambda x: -x, reverse=False)))
seed = 7
nums = []
for _ in range(300):
    seed = (seed * 1103515245 + 12345) % 2147483648
    nums.append(seed % 1000)
hh = []
for n in nums:
    heapq.heappush(hh, n)
print([heapq.heappop(hh) for _ in range(len(hh))] == sorted(nums))
pq = []
for pri, name in [(2, "b"), (1, "a"), (3, "c"), (1, "aa")]:
    heapq.heappush(pq, (pri, name))
print([heapq.heappop(pq) for _ in range(4)])
mx = [1, 5, 3, 9, 2]
heapq._heapify_max(mx)
print(mx, heapq._heappop_max(mx), heapq._heapreplace_max(mx, 0), mx)
tr("pop empty", lambda: heapq.heappop([]))
tr("replace empty", lambda: heapq.heapreplace([], 1))
tr("push type", lambda: heapq.heappush(1, 2))
tr("pop type", lambda: heapq.heappop(()))
tr("push args", lambda: heapq.heappush([]))
tr("compare", lambda: heapq.heappush([1], "a"))
print(heapq.heappushpop([], 3))

a = [1, 2, 2, 2, 3, 5]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 4), bisect.bisect_left(a, 0))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 5, hi=None))
bisect.insort(a, 4)
bisect.insort_left(a, 2)
bisect.insort_right(a, 0)
print(a)
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ("x", 4), key=lambda r: r[1])
print(recs)
print(bisect.bisect("aceg", "d"), bisect.bisect_left((1, 3, 5), 3))


class Sub(list):
    def insert(self, i, x):
        print("insert", i, x)
        super().insert(i, x)


s = Sub([1, 3])
bisect.insort(s, 2)
print(s)
tr("lo", lambda: bisect.bisect_left([1], 1, -1))
tr("type", lambda: bisect.bisect_left(1, 2))
tr("lo type", lambda: bisect.bisect_left([1], 1, "a"))
tr("hi range", lambda: bisect.bisect_left([1, 2, 3], 2, 0, 10))
tr("kw", lambda: bisect.bisect_right([1], 1, x=1))
tr("insort tuple", lambda: bisect.insort((1,), 2))
tr("missing", lambda: bisect.bisect_right())
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], score)] for score in [33, 99, 77, 70, 89, 90, 100]])
