import itertools as it
import operator

print(list(it.islice(it.count(10, 3), 4)), list(it.islice(it.count(1.5, 0.5), 3)))
print(list(it.islice(it.cycle("ab"), 5)), list(it.repeat("x", 3)), repr(it.repeat(1, 2)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], operator.mul)))
print(list(it.accumulate([1, 2, 3], initial=100)), list(it.accumulate([], initial=5)))
print(list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.chain("ab", [1, 2])), list(it.chain.from_iterable(["xy", "z"])))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.filterfalse(None, [0, 1, "", "a"])), list(it.filterfalse(lambda x: x % 2, range(6))))
for k, g in it.groupby("aaabbcaa"):
    print(k, list(g), end="; ")
print()
for k, g in it.groupby(sorted(["apple", "avocado", "banana", "cherry", "cranberry"]), key=lambda s: s[0]):
    print(k, list(g))
gb = it.groupby("aabb")
k1, g1 = next(gb); k2, g2 = next(gb)
print(k1, list(g1), k2, list(g2))
print(list(it.islice("abcdefg", 2, None, 2)), list(it.islice("abcdefg", None)), list(it.islice(range(10), 1, 3)))
for args in [(-1,), (0, -1), (0, 5, 0), ("a",), (1, 2, 3, 4)]:
    try:
        it.islice(range(5), *args)
    except (ValueError, TypeError) as ex:
        print(type(ex).__name__, ex)
print(list(it.pairwise("abcd")), list(it.pairwise("a")))
print(list(it.starmap(pow, [(2, 3), (3, 2)])))
a, b = it.tee(iter([1, 2, 3]))
print(list(a), list(b))
t1, t2, t3 = it.tee("xy", 3); print(next(t1), list(t2), list(t3), list(t1))
try:
    it.tee([1], -1)
except ValueError as ex:
    print(type(ex).__name__, ex)
print(list(it.zip_longest("abc", "d", fillvalue="-")), list(it.zip_longest()))
print(list(it.product("ab", repeat=2)), list(it.product([1, 2], "xy")), list(it.product()))
print(list(it.permutations("abc", 2)), len(list(it.permutations(range(4)))), list(it.permutations("ab", 3)))
print(list(it.combinations("abcd", 2)), list(it.combinations("ab", 3)))
print(list(it.combinations_with_replacement("abc", 2)))
for f, a in [(it.combinations, ("ab", -1)), (it.permutations, ("ab", -1)), (it.product, ("a",)), (it.repeat, ()), (it.count, ("a",))]:
    try:
        f(*a)
    except (ValueError, TypeError) as ex:
        print(type(ex).__name__, ex)
try:
    it.product("a", repeat=-1)
except ValueError as ex:
    print(type(ex).__name__, ex)
print(list(it.product("ab", repeat=0)))
try:
    next(it.chain(1))
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    list(it.starmap(pow, [1]))
except TypeError as ex:
    print(type(ex).__name__, ex)
print(repr(it.count()), repr(it.count(5, 2)), repr(it.count(1.0)), repr(it.count(0, 1.5)))
print(list(it.batched("abcdefg", 3)) if hasattr(it, "batched") else "no batched")
c = it.count(); next(c); print(repr(c))
print(list(it.islice(it.accumulate(it.repeat(1)), 5)))
r = it.repeat(7, 3); next(r); print(r.__length_hint__(), operator.length_hint(r))
print(sum(1 for _ in it.combinations(range(10), 3)))
print([list(g) for _, g in it.groupby([1, 1, 2, 3, 3, 3])])
