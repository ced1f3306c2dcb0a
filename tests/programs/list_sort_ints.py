# list.sort and sorted on lists of exact ints (the machine-int fast path),
# next to the mixed and keyed cases that keep timsort.
import random

rng = random.Random(7)
xs = [rng.randrange(-10**6, 10**6) for _ in range(500)]
a = xs[:]
a.sort()
print(a[:5], a[-5:], a == sorted(xs))
b = xs[:]
b.sort(reverse=True)
print(b[:5], b == a[::-1])
big = [2**63 - 1, -2**63, 0, 2**62, -(2**62), 7, 7, -7]
print(sorted(big))
print(sorted(big, reverse=True))
print(sorted([3, 1, 2], key=None))
print(sorted([]), sorted([5]))
# Mixed with bool or float: not the fast path, same result as CPython.
print(sorted([3, True, 0, False, 2.5, -1]))
# Keyed sort of ints stays stable.
print(sorted([5, 3, 8, 1, 9, 2], key=lambda v: v % 3))
# Ints beyond 64 bits in the list: the generic path.
print(sorted([2**70, 3, -2**70, 0]))
# A list with duplicates sorted many times.
d = [i % 17 for i in range(200)]
d.sort()
print(d[::20])
# Three-element list, unsorted.
e = [300, 100, 200]
e.sort()
print(e)
try:
    [1, 2, "x"].sort()
except TypeError as exc:
    print(type(exc).__name__, exc)
