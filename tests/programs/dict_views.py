# dict.keys()/values()/items() views: liveness, len, iteration, reversed,
# membership, set operations and comparisons, repr.


def attempt(label, f):
    try:
        r = f()
        print(label, "->", r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)


d = {1: "a", 2: "b", 3: "c"}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(len(k), len(v), len(i), list(k), list(v), list(i))
d[4] = "d"
print(k, len(v), list(i)[-1])
del d[1]
print(k, v, i)
print(2 in k, 9 in k, "b" in v, "z" in v, (2, "b") in i, (2, "x") in i, (2,) in i, [2, "b"] in i, 2 in i)
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(type(k).__name__, type(v).__name__, type(i).__name__, type(iter(k)).__name__, type(iter(v)).__name__, type(iter(i)).__name__)
print(type(reversed(k)).__name__, type(reversed(v)).__name__, type(reversed(i)).__name__)
print(dict(k.mapping) == d, bool(k), bool({}.keys()), repr({}.items()))

# Set operations on keys views produce sets.
a = {1: 1, 2: 2, 3: 3}.keys()
b = {2: 0, 3: 0, 4: 0}.keys()
print(a & b, a | b, a - b, a ^ b)
print(a & {3, 9}, a | [7], a - (1,), a ^ {1, 10})
print({3, 9} & a, [7, 8] | a if False else {7} | a, {1, 9} - a, {1, 10} ^ a)
print(a == {1, 2, 3}, a != {1, 2}, a < {1, 2, 3, 4}, a <= {1, 2, 3}, a > {1}, a >= {1, 2, 3}, {1, 2, 3} == a, a == b)
print(a == [1, 2, 3], a.isdisjoint([9]), a.isdisjoint(b), a.isdisjoint({3}))
print(type(a & b).__name__, type(a | b).__name__)
ia = {1: 10, 2: 20}.items()
ib = {2: 20, 3: 30}.items()
print(ia & ib, ia | ib, ia - ib, ia ^ ib, ia == {(1, 10), (2, 20)})
print({1: 2}.items() ^ {1: 3}.items(), {1: 2, 5: 6}.items() ^ {1: 2, 7: 8}.items())
print(ia & {(1, 10)}, ia - [(2, 20)])

# Views see changes; iterators do not tolerate size changes.
e = {1: 1}
ks = e.keys()
it = iter(ks)
e[2] = 2
attempt("next", lambda: next(it))
e = {1: 1, 2: 2}
it = iter(e.items())
print(next(it))
e[1] = 100
print(next(it), list(e.values()))

# Values view has no set ops.
attempt("values |", lambda: {1: 2}.values() | {1})
attempt("values &", lambda: {1: 2}.values() & {1})
attempt("keys & int", lambda: {1: 2}.keys() & 1)
attempt("items | int", lambda: {1: 2}.items() | 1)
attempt("hash keys", lambda: hash({}.keys()))
vv = {1: 2}.values()
print(vv == vv, vv == {1: 2}.values())

# repr with recursion.
r = {}
r[1] = r.values()
print(r)
r2 = {}
r2["k"] = r2.items()
print(r2)
print(sorted({3: 1, 1: 2}.items()), max({3: 1, 1: 2}.keys()), sum({1: 5, 2: 6}.values()))
print(dict(zip(d.keys(), d.values())), dict(d.items()), set(d), frozenset(d.items()) == frozenset(i))
