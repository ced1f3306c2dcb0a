# set and frozenset: methods, operators, comparisons, hashing, repr,
# subclasses and errors. (Only int/tuple elements: str hashes vary.)


def attempt(label, f):
    try:
        r = f()
        print(label, "->", r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)


s = {1, 2, 3}
s.add(4)
s.add(2)
s.discard(10)
s.discard(1)
s.remove(3)
print(s, len(s), 2 in s, 3 in s, 3 not in s)
print(set(), frozenset(), set([1, 1, 2]), frozenset(range(3)), set((5, 6)), set({7: 8}), set(x % 3 for x in range(10)))
print(repr(set()), repr(frozenset()), repr({1}), repr(frozenset({1, 2})), str({(1, 2)}))
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.union(), a.union([9], (10,)), a.intersection(b), a.intersection(), a.intersection(b, {4}))
print(a.difference(b), a.difference(), a.difference([1], {2}), a.symmetric_difference(b), a.symmetric_difference([1, 9]))
print(a.issubset(b), {3}.issubset(b), {3}.issubset([3, 4]), a.issuperset({1}), a.issuperset([1, 9]), a.isdisjoint({9}), a.isdisjoint([4]))
print(a <= b, {3, 4} <= b, {3, 4} < b, b < b, b <= b, a >= {1}, a > a, a == {4, 3, 2, 1}, a != b, a == frozenset(a))
print(frozenset(a) == a, {1} == {1.0}, set() == frozenset(), {1} == [1], {1}.__eq__([1]) is NotImplemented)
c = set(a)
c.update([10, 11], {12})
print(c)
c.intersection_update(range(5), [1, 2, 3, 10])
print(c)
c.difference_update({1}, [2])
print(c)
c.symmetric_difference_update([3, 100])
print(c)
c |= {7}
c &= {7, 100, 5}
c -= {5}
c ^= {8}
print(c)
p = {5, 6, 7}
print(p.pop(), p.pop(), p, p.pop(), p)
p.add(1)
p.clear()
print(p)
cp = a.copy()
cp.add(99)
print(a, cp)

# frozenset specifics.
f = frozenset([3, 1, 2])
print(f, f | {9}, type(f | {9}).__name__, type({9} | f).__name__, type(f & {1}).__name__, f.copy() is f, frozenset(f) is f)
print(hash(frozenset()), hash(frozenset({1})), hash(frozenset({1, 2, 3})), hash(frozenset(range(100))), hash(frozenset({(1, 2), 3.5})))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), {frozenset({1}): "x"}[frozenset([1])])
print({frozenset({1, 2}), frozenset({2, 1})}, frozenset({frozenset()}))
print({1, 2} in {frozenset({1, 2})}, frozenset({1, 2}) in [{1, 2}])
s2 = {frozenset({1})}
s2.remove({1})
print(s2)
s2.add(frozenset({2}))
s2.discard({2})
print(s2)

# Iteration checks.
it = iter({1, 2})
x = {1, 2}
it = iter(x)
x.add(3)
attempt("next after add", lambda: next(it))
x = {1, 2}
it = iter(x)
next(it)
x.discard(1)
x.add(5)
attempt("next same size", lambda: next(it))

# Elements with __eq__ and __hash__.
class H:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v % 4

    def __eq__(self, other):
        return isinstance(other, H) and self.v == other.v

    def __repr__(self):
        return "H(%d)" % self.v


hs = {H(i) for i in range(10)}
print(hs, H(5) in hs, H(50) in hs)
hs.discard(H(5))
print(len(hs), sorted(h.v for h in hs))

# Errors.
attempt("add unhashable", lambda: set().add([]))
attempt("remove missing", lambda: {1}.remove(2))
attempt("remove tuple missing", lambda: {1}.remove((1, 2)))
attempt("pop empty", lambda: set().pop())
attempt("in unhashable", lambda: [] in {1})
attempt("set(1)", lambda: set(1))
attempt("set(1, 2)", lambda: set([1], [2]))
attempt("set kw", lambda: set(iterable=[1]))
attempt("frozenset kw", lambda: frozenset(iterable=[1]))
attempt("| list", lambda: {1} | [2])
attempt("& list", lambda: {1} & [2])
attempt("- list", lambda: {1} - [2])
attempt("^ list", lambda: {1} ^ [2])
attempt("< list", lambda: {1} < [2])
attempt("|= list", lambda: set().__ior__([1]) is NotImplemented)
attempt("frozenset add", lambda: frozenset().add(1))
attempt("hash set", lambda: hash({1}))
attempt("union(1)", lambda: set().union(1))
attempt("update(1)", lambda: set().update(1))
attempt("issubset(1)", lambda: set().issubset(1))
attempt("add()", lambda: set().add())
attempt("descriptor", lambda: set.add(frozenset(), 1))
attempt("unhashable element", lambda: {[1]})


# Subclasses.
class MySet(set):
    def describe(self):
        return "MySet of %d" % len(self)


m = MySet([1, 2, 3])
m.add(4)
print(m, repr(m), m.describe(), type(m).__name__, isinstance(m, set), MySet(), len(m))
print(m | {5}, type(m | {5}).__name__, type(m.copy()).__name__, type(m - {1}).__name__, m == {1, 2, 3, 4})


class MyFrozen(frozenset):
    pass


mf = MyFrozen([2, 1])
print(mf, repr(mf), type(mf).__name__, MyFrozen(), hash(mf) == hash(frozenset({1, 2})), mf | {3}, type(mf | {3}).__name__)
print(mf == {1, 2}, {mf: 1}[frozenset({1, 2})], sorted(mf), 1 in mf, type(mf.copy()).__name__)
print(set.__len__({1, 2}), set.__contains__({1}, 1), frozenset.union(frozenset([1]), [2]), set.add.__name__)
rec = MySet()
print(rec)
