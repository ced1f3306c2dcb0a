# list.sort / sorted: results, stability, reverse, key, and the exact
# sequence of comparisons (CPython's timsort with the powersort policy).

seed = 2024


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n


class K:
    calls = 0

    def __init__(self, v, tag=0):
        self.v = v
        self.tag = tag

    def __lt__(self, other):
        K.calls += 1
        return self.v < other.v

    def __repr__(self):
        return "K(%d,%d)" % (self.v, self.tag)


def check(name, data):
    K.calls = 0
    items = [K(v, i) for i, v in enumerate(data)]
    items.sort()
    print(name, len(data), K.calls, [k.tag for k in items][:40])
    K.calls = 0
    items = [K(v, i) for i, v in enumerate(data)]
    items.sort(reverse=True)
    print(" rev", K.calls, [k.tag for k in items][:40])


check("empty", [])
check("one", [5])
check("two", [2, 1])
check("sorted", list(range(100)))
check("reversed", list(range(100, 0, -1)))
check("equal", [7] * 80)
check("saw", [i % 10 for i in range(300)])
for n in (10, 31, 32, 33, 63, 64, 65, 100, 257, 1000, 3000):
    check("random%d" % n, [rnd(n) for _ in range(n)])
    check("fewdistinct%d" % n, [rnd(4) for _ in range(n)])
runs = []
for r in range(20):
    runs.extend(sorted(rnd(1000) for _ in range(rnd(200) + 1)))
check("runs", runs)
desc = []
for r in range(15):
    desc.extend(sorted((rnd(1000) for _ in range(rnd(150) + 1)), reverse=True))
check("descruns", desc)
galloping = list(range(0, 2000, 2)) + list(range(1, 2000, 2))
check("gallop", galloping)
check("gallop2", list(range(500)) + list(range(250)) + list(range(1000, 1500)))

# Plain values.
a = [rnd(50) - 25 for _ in range(60)]
print(sorted(a))
print(sorted(a, reverse=True))
print(sorted(a, key=abs))
print(sorted(a, key=lambda x: -x, reverse=True))
print(sorted(["pear", "Apple", "fig", "banana", "kiwi"], key=str.lower))
print(sorted(["pear", "Apple", "fig", "banana", "kiwi"], key=len))
print(sorted([(1, "b"), (0, "z"), (1, "a"), (0, "a")]))
print(sorted([3.5, 1, 2.25, -0.5, 2]))
print(sorted("hello world"))
print(sorted({3: 1, 1: 2, 2: 3}))
print(sorted(range(10), key=lambda x: x % 3))
print(sorted((5, 3, 9), reverse=1))
l = [3, 1, 2]
print(l.sort(), l)
l.sort(key=None, reverse=False)
print(l)

# NaN makes the order inconsistent: the result must still be CPython's.
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0, nan, 0.5, 5.0, -1.0, nan, 4.0] * 3))

# Errors.
for bad in ([1, "a", 2], [(1, 2), (1, "x")], [None, None]):
    try:
        sorted(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    [1, 2].sort(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 2].sort(cmp=None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], key=lambda x: 1 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)

# A comparison that raises leaves the list a permutation, as CPython's.
class Bomb:
    n = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Bomb.n += 1
        if Bomb.n == 40:
            raise ValueError("boom")
        return self.v < other.v

    def __repr__(self):
        return str(self.v)


data = [Bomb(rnd(100)) for _ in range(30)]
try:
    data.sort()
except ValueError as e:
    print("ValueError", e, data)

# Mutation during sort.
l = [5, 3, 1, 4]
def key(x):
    l.append(x)
    return x
try:
    l.sort(key=key)
except ValueError as e:
    print(type(e).__name__, e, l)
seen = []
l = [3, 2, 1]
def key2(x):
    seen.append(len(l))
    return x
l.sort(key=key2)
print(seen, l)
l = [3, 1, 2]
def key3(x):
    l.clear()
    return x
l.sort(key=key3)
print(l)

# Key function errors leave the list unchanged.
l = [3, 1, 2]
def key4(x):
    if x == 2:
        raise KeyError(x)
    return x
try:
    l.sort(key=key4)
except KeyError as e:
    print("KeyError", e, l)

# Stability with equal keys.
recs = [("a", 2), ("b", 1), ("c", 2), ("d", 1), ("e", 0)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))

# Subclass.
class MyList(list):
    pass
m = MyList([3, 1, 2])
m.sort()
print(m, type(m).__name__)
print(sorted(m), type(sorted(m)).__name__)
