# list methods, operators, repr and errors.


def attempt(label, f):
    try:
        r = f()
        print(label, "->", r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)


l = [1, 2, 3]
l.append(4)
l.extend([5, 6])
l.extend((7,))
l.extend(range(8, 10))
l.extend(x * 10 for x in range(2))
l.extend("ab")
l.extend({"k": 1})
print(l, len(l))
l.insert(0, "first")
l.insert(-1, "beforelast")
l.insert(100, "end")
l.insert(-100, "start")
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l.pop(3))
print(l)
l.remove("a")
print(l, l.index(5), l.index(5, 2), l.index(5, -12, -1), l.count(5), l.count("zz"))
l.reverse()
print(l)
c = l.copy()
c.clear()
print(c, len(l))
x = [1, 2]
x.extend(x)
print(x)
x += x
print(x)
x *= 2
print(x, len(x))
x *= 0
print(x)
y = [0] * 3
y[1] = [9]
print(y, [1, 2] * 2, 2 * [None], [1] * -3, [] * 5)
print([1, 2] + [3], [] + [], [[]] * 2)
z = [1, 2, 3]
z += range(2)
print(z)

# Comparisons.
print([1, 2] == [1, 2], [1, 2] != [1, 2, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [1] <= [1], [3] >= [4])
print([] == [], [[1]] == [[1]], [1, [2]] < [1, [3]], [1, 2] == (1, 2), [1.0] == [1])
n = float("nan")
print([n] == [n], n in [n], [n].count(n), [n].index(n))

# Contains, with __eq__.
class E:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("eq", self.v, other)
        return self.v == other

    __hash__ = None


e = [E(1), E(2), E(3)]
print(2 in e)
print(e.count(3), e.index(3))
print(5 in e)
e.remove(1)
print(len(e))

# repr and recursion.
r = [1, "two", 3.0, None, True, (4,), [5]]
print(r, repr(r), str(r))
r.append(r)
print(r)
d = {"list": r}
r.append(d)
print(r)
print([[], [[]], [[], []]])

# Iteration and reversed.
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
rv = reversed([1, 2, 3])
print(type(rv).__name__, next(rv), list(rv))
grow = [1, 2, 3]
out = []
for v in grow:
    out.append(v)
    if v < 5:
        grow.append(v + 3)
print(out)
shrink = [1, 2, 3, 4, 5, 6]
for v in shrink:
    shrink.remove(v)
print(shrink)
rl = [1, 2, 3]
ri = reversed(rl)
next(ri)
rl.clear()
print(list(ri))
print(type(iter([])).__name__, type(reversed([])).__name__)

# Errors.
attempt("append()", lambda: [].append())
attempt("append(1, 2)", lambda: [].append(1, 2))
attempt("pop empty", lambda: [].pop())
attempt("pop range", lambda: [1].pop(2))
attempt("pop str", lambda: [1].pop("x"))
attempt("pop float", lambda: [1].pop(1.0))
attempt("insert str", lambda: [1].insert("a", 2))
attempt("remove", lambda: [1, 2].remove(3))
attempt("index", lambda: [1, 2].index(3))
attempt("index str", lambda: ["a"].index("b"))
attempt("index start", lambda: [1, 2, 3].index(1, 1))
attempt("index bad start", lambda: [1].index(1, None))
attempt("count()", lambda: [].count())
attempt("extend int", lambda: [].extend(5))
attempt("mul str", lambda: [1] * "a")
attempt("mul float", lambda: [1] * 2.0)
attempt("add tuple", lambda: [1] + (2,))
attempt("lt", lambda: [1] < [""])
attempt("lt tuple", lambda: [1] < (1,))
attempt("hash", lambda: hash([]))
attempt("clear(1)", lambda: [].clear(1))
attempt("descriptor", lambda: list.append((), 1))
attempt("kwargs", lambda: [].pop(index=1))
attempt("list(1)", lambda: list(1))
attempt("list(1, 2)", lambda: list([1], [2]))
attempt("list(kw)", lambda: list(iterable=[1]))
attempt("bigmul", lambda: [1] * (2 ** 70))
attempt("big index", lambda: [1][2 ** 70])
attempt("big index 2", lambda: [1][10 ** 10])

# Constructors and subclasses.
print(list(), list("abc"), list((1, 2)), list({1: 2, 3: 4}), list(range(3)), list(x for x in "hi"))


class MyList(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.extra = "x"

    def append(self, v):
        super().append(v * 2)


m = MyList([1, 2])
m.append(5)
print(m, len(m), m.extra, type(m).__name__, isinstance(m, list))
print(m + [1], type(m + [1]).__name__, m[1:], type(m[1:]).__name__, m * 2)
print(m == [1, 2, 10], list(m), list(reversed(m)), 10 in m)
m2 = MyList()
print(m2, bool(m2), bool(m))


class Counted(list):
    def __len__(self):
        return 42


cl = Counted([1])
print(len(cl), cl)
print(list.__len__(cl))
print(list.__getitem__([5, 6], 1), list.__contains__([1], 1), [1, 2].__iter__().__next__())
