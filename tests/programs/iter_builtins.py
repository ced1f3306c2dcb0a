# Iteration builtins: sorted, reversed, enumerate, zip, map, filter, min,
# max, sum, any, all, iter/next over the builtin containers.


def attempt(label, f):
    try:
        r = f()
        print(label, "->", r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)


print(list(enumerate("abc")), list(enumerate([1, 2], 5)), list(enumerate([1], start=-3)), list(enumerate((), 1)))
print(list(enumerate(iterable="xy", start=2)), list(enumerate(range(2), 2 ** 63 - 1)), list(enumerate([0], True)))
e = enumerate("ab")
print(type(e).__name__, iter(e) is e, next(e), next(e), next(e, "end"))
print(list(zip()), list(zip([1, 2, 3])), list(zip("ab", range(5))), list(zip([1], [2], [3])), list(zip([1, 2], [3, 4], strict=True)))
z = zip([1, 2], "ab")
print(type(z).__name__, next(z), list(z))
print(list(map(abs, [-1, 2, -3])), list(map(lambda x, y: x * y, [1, 2, 3], [4, 5])), list(map(str, range(3))))
print(list(filter(None, [0, 1, "", "a", [], [0], None])), list(filter(lambda x: x % 2, range(10))), list(filter(bool, [0, 2])))
print(type(map(abs, [])).__name__, type(filter(None, [])).__name__)
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(5))), list(reversed(range(10, 0, -3))))
print(list(reversed({1: 2, 3: 4})), list(reversed({1: 2}.items())), type(reversed((1,))).__name__, type(reversed("x")).__name__)


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10


class Rev:
    def __reversed__(self):
        return iter(["custom"])


class NoRev:
    __reversed__ = None

    def __len__(self):
        return 1

    def __getitem__(self, i):
        return i


print(list(reversed(Seq())), list(reversed(Rev())), list(Seq()), 20 in Seq())
attempt("reversed None", lambda: reversed(NoRev()))
attempt("reversed set", lambda: reversed({1}))
attempt("reversed int", lambda: reversed(5))
attempt("reversed gen", lambda: reversed(x for x in []))

print(sorted([3, 1, 2]), sorted("bca"), sorted((2, 1), reverse=True), sorted([-3, 2, -1], key=abs), sorted(range(5), key=lambda x: -x))
print(sorted({3, 1, 2}), sorted({"b": 1, "a": 2}.items()), sorted([[2], [1, 5], [1]]), sorted([], reverse=True))

print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min((1, "a"), (1, "b")), max([1, 2, 3], key=lambda x: -x))
print(min([], default="empty"), max((), default=None), min([5], default=0), max(1, 2, key=None), min("ab", "abc", key=len))
print(max([1, 3, 3.0, 2]), min([2, 1, 1.0]), max([0, -0.0]), max(x * x for x in range(-3, 3)))
print(max([(1, "x"), (1, "y")], key=lambda p: p[0]), min([(1, "x"), (1, "y")], key=lambda p: p[0]))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.5, 0.25]), sum([1, 0.5, True]), sum([[1], [2]], []), sum(((1,), (2,)), ()), sum(range(101)))
print(sum([2 ** 62, 2 ** 62, 2 ** 62]), sum([-(2 ** 63), -1]), sum([1.5, 2 ** 70]), sum([1, 2], start=3), sum(iter([1j, 2])))
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]), sum([True, True]), sum([], 5.5))
print(any([]), all([]), any([0, 0, 1]), all([1, 1, 0]), any(x > 2 for x in range(5)), all("abc"), any([[], ""]), all([[1], "x"]))


class Loud:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("bool", self.v)
        return self.v


print(any([Loud(False), Loud(True), Loud(True)]), all([Loud(True), Loud(False), Loud(True)]))

attempt("zip strict short", lambda: list(zip([1], [1, 2], strict=True)))
attempt("zip strict long", lambda: list(zip([1, 2], [1], strict=True)))
attempt("zip strict 3 short", lambda: list(zip([1, 2], [1, 2], [3], strict=True)))
attempt("zip strict 3 long", lambda: list(zip([1], [2], [3, 4], strict=True)))
attempt("zip strict third", lambda: list(zip([1], [1, 2], [3], strict=True)))
attempt("zip kw", lambda: zip([1], foo=1))
attempt("zip int", lambda: zip([1], 5))
attempt("map one", lambda: map(abs))
attempt("map kw", lambda: map(abs, [], x=1))
attempt("map call", lambda: list(map(5, [1])))
attempt("filter one", lambda: filter(None))
attempt("enumerate none", lambda: enumerate())
attempt("enumerate bad start", lambda: enumerate([], "1"))
attempt("enumerate too many", lambda: enumerate([], 1, 2))
attempt("sorted 2", lambda: sorted([], []))
attempt("sorted none", lambda: sorted())
attempt("sorted kw", lambda: sorted([], cmp=1))
attempt("sorted mixed", lambda: sorted([1, "a"]))
attempt("min empty", lambda: min([]))
attempt("max empty", lambda: max(()))
attempt("max none", lambda: max())
attempt("max default multi", lambda: max(1, 2, default=0))
attempt("max kw", lambda: max([1], bad=1))
attempt("min mixed", lambda: min([1, "a"]))
attempt("max int", lambda: max(5))
attempt("sum strings", lambda: sum(["a", "b"], ""))
attempt("sum bytes", lambda: sum([b"a"], b""))
attempt("sum none", lambda: sum())
attempt("sum mixed", lambda: sum([1, "a"]))
attempt("sum kw", lambda: sum([1], begin=2))
attempt("any none", lambda: any())
attempt("all int", lambda: all(3))
attempt("next list", lambda: next([1]))
attempt("iter int", lambda: iter(5))

# iter() over containers, and independence of iterators.
for obj in ([1, 2], (3, 4), {5: 6}, {7}, range(2), "ab", {8: 9}.values()):
    it = iter(obj)
    print(type(it).__name__, list(it), list(it))
lst = [1, 2, 3]
i1, i2 = iter(lst), iter(lst)
print(next(i1), next(i1), next(i2))


def gen():
    yield 1
    yield 2


print(list(enumerate(gen())), list(zip(gen(), gen())), sorted(gen(), reverse=True), max(gen()), sum(gen()))
print(dict(enumerate("ab")), set(map(abs, [-1, 1])), tuple(filter(None, (0, 1))), list(zip(*[(1, 2), (3, 4)])))
