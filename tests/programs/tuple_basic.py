# Tuples: construction, methods, operators, hashing, repr, subclasses.


def attempt(label, f):
    try:
        r = f()
        print(label, "->", r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)


print((), (1,), (1, 2), ((1,),), (1, (2, (3,))), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)))
print(tuple({1: 2}), tuple(x * x for x in range(4)), tuple(frozenset([5])))
t = (1, 2, 3, 2, 1)
print(len(t), t[0], t[-1], t.index(2), t.index(2, 2), t.index(1, -1), t.count(2), t.count(9), 2 in t, 9 not in t)
print(t + (4,), t * 2, 2 * t, t * 0, () * 5, (1,) * -1)
print(t == (1, 2, 3, 2, 1), t != t, (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 5), (1,) <= (1,), () < (0,))
print((1, 2) == [1, 2], (1.0, 2) == (1, 2.0))
print(hash(()) == hash(()), hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)))
print(hash(()), hash((1,)), hash((1, 2)), hash((0, -1)), hash(((1, 2), 3)), hash((1.5, True, 2 ** 70)), hash((-2, -1)))
print({(1, 2): "a", (1, 2): "b"})
a, b, *c = (1, 2, 3, 4)
print(a, b, c)
for x, y in ((1, 2), (3, 4)):
    print(x + y)
print(max((3, 1, 2)), min((3, 1, 2)), sorted((3, 1, 2)), sum((1, 2, 3)), list(reversed((1, 2, 3))))
it = iter((1, 2))
print(type(it).__name__, next(it), next(it), next(it, "done"))
print(repr((1, "a", None)), str(("x",)))
l = [1]
tt = (l,)
l.append(tt)
print(tt, l)

attempt("index missing", lambda: (1, 2).index(3))
attempt("index()", lambda: ().index())
attempt("count()", lambda: ().count())
attempt("t[5]", lambda: t[5])
attempt("t['x']", lambda: t["x"])
attempt("t + list", lambda: (1,) + [2])
attempt("t * float", lambda: (1,) * 1.5)
attempt("hash unhashable", lambda: hash((1, [2])))
attempt("t < str", lambda: (1,) < ("a",))
attempt("tuple(1)", lambda: tuple(1))
attempt("tuple(1, 2)", lambda: tuple([1], [2]))
attempt("tuple kw", lambda: tuple(iterable=[]))
attempt("item assign", lambda: t.__setitem__(0, 1))
attempt("descriptor", lambda: tuple.index([1], 1))


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    def __repr__(self):
        return "Point(%r, %r)" % self


p = Point(3, 4)
print(p, p.x, p[1], len(p), p + (5,), type(p + (5,)).__name__, p[:1], type(p[:]).__name__, p == (3, 4), hash(p) == hash((3, 4)))
print(isinstance(p, tuple), tuple(p), list(p), 3 in p, p.count(3), p.index(4), sorted(p, reverse=True), p * 2)
print({p: 1}[(3, 4)], (3, 4) in {p}, str(p), max(p))


class T2(tuple):
    pass


t2 = T2([1, 2])
print(t2, repr(t2), type(t2).__name__, t2 == (1, 2), t2 < (1, 3), (0,) < t2)
print(tuple(t2), type(tuple(t2)).__name__, T2(), T2(x for x in "ab"))
print(tuple.__len__((1, 2)), tuple.__getitem__((1, 2), 0), tuple.__contains__((1,), 1))
