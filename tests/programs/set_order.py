# Iteration order of sets must be CPython's for the same operations.

seed = 12345


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n


print({3, 1, 2})
print(set(range(20)) - {5})
print({-1, 10, 100, 1000})
print(set([1000, 10, 100, -1, -2, -1000, 7 * 2 ** 40, -(2 ** 61), 2 ** 61 - 1, 2 ** 64]))
print({0.5, 1.5, -2.25, 1e100, 3.0, 2})
print({(1, 2), (2, 1), (0,), (), (1, (2, 3))})
print({frozenset(), frozenset({1}), frozenset({1, 2})})
print({True, False, 2, None is None})
print(set([8, 16, 24, 32, 40, 48, 56, 64]))
print(set(range(0, 800, 8)))
print(set(range(100, 0, -7)))
print(frozenset(range(50, -50, -3)))

# Growth through resizes, with deletions creating dummies.
s = set()
for i in range(200):
    s.add((i * 7919) % 1000)
    if i % 3 == 0:
        s.discard((i * 31) % 1000)
print(s)
print(len(s))

# Pop order and finger.
s = set(range(0, 100, 9))
out = []
while s:
    out.append(s.pop())
    if len(out) % 4 == 0:
        s.add(len(out) * 1000)
print(out)

# Random operations.
for trial in range(30):
    a = set()
    b = set()
    for i in range(rnd(60)):
        a.add(rnd(200) - 50)
    for i in range(rnd(60)):
        b.add(rnd(200) - 50)
    for i in range(rnd(20)):
        a.discard(rnd(200) - 50)
    print(trial, a)
    print(" |", a | b)
    print(" &", a & b)
    print(" -", a - b)
    print(" ^", a ^ b)
    print(" u", a.union(b, [1, 2, 3], range(5)))
    print(" i", a.intersection(b, range(0, 100)))
    print(" d", a.difference(range(10), b))
    print(" s", a.symmetric_difference(list(b)))
    c = set(a)
    c |= b
    print(" |=", c)
    c = set(a)
    c &= b
    print(" &=", c)
    c = set(a)
    c -= b
    print(" -=", c)
    c = set(a)
    c ^= b
    print(" ^=", c)
    c = a.copy()
    c.update(range(100, 140))
    print(" up", c)
    c.difference_update(range(110, 200, 2))
    print(" du", c)
    c.intersection_update(a | set(range(100, 140)))
    print(" iu", c)
    c.symmetric_difference_update(dict.fromkeys(range(0, 20)))
    print(" su", c)
    print(" fz", frozenset(a) | frozenset(b), frozenset(a) & b)
    print(" dk", set(dict.fromkeys(b)), set(dict.fromkeys(a)) - b)
    print(" cmp", a <= b, a < a | b, a >= a & b, a > b, a == set(a), a != b, a.isdisjoint(b), a.issubset(a | b), a.issuperset(b))

# Big sets: the >> 2 and >> 3 heuristics of difference.
big = set(range(1000))
small = {3, 500, 999, 5000}
print(big - small == set(range(1000)) - {3, 500, 999}, len(big - small))
print(small - big)
d = set(range(10))
d.difference_update(set(range(0, 1000, 2)))
print(d)
print(set(range(30)).difference(dict.fromkeys(range(0, 30, 3))))
print(frozenset(range(30)) ^ dict.fromkeys(range(20, 40)).keys())
print(set(range(10)) & set(range(5, 300)))
