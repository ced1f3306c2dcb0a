# dict construction, methods, operators, iteration checks, subclasses.


def attempt(label, f):
    try:
        r = f()
        print(label, "->", r)
    except Exception as e:
        print(label, "!", type(e).__name__, e)


print({}, {1: 2}, {"a": 1, "b": [2], "c": {"d": None}}, {(1, 2): 3.5, True: False, None: ()})
print(dict(), dict(a=1, b=2), dict([(1, 2), [3, 4]]), dict({1: 2}, x=3), dict(zip("abc", range(3))), dict([("a", 1)], a=2))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys({5: 6}), dict.fromkeys(range(3), []))
d = {"x": 1, "y": 2}
d["z"] = 3
d["x"] = 10
del d["y"]
d["y"] = 20
print(d, len(d), "x" in d, "q" in d, "q" not in d)
print(d.get("x"), d.get("q"), d.get("q", "dflt"), d.setdefault("x", 99), d.setdefault("n"), d.setdefault("m", 5), d)
print(d.pop("x"), d.pop("q", "none"), d, d.popitem(), d.popitem(), d)
d.update({"a": 1}, b=2)
d.update([("c", 3)])
d.update(d=4)
d.update()
print(d)
c = d.copy()
c["new"] = 1
d.clear()
print(d, c)
print({1: 2} | {3: 4}, {1: 2} | {1: 3})
u = {1: 2}
u |= {3: 4}
u |= [(5, 6)]
u |= {5: 7}.items()
print(u)
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2} != {2: 1}, {1: 2, 3: 4} == {3: 4, 1: 2}, {} == [], {1: [2]} == {1: [2]})
print(1 == 1.0, {1: "a"}[1.0], {True: "t"}[1], {0: "z"}[False], {-1: "m"}[-1], {2 ** 70: "big"}[2 ** 70])

# Insertion order, deletion and re-insertion.
o = {}
for i in range(20):
    o[i * 7 % 11] = i
for k in list(o):
    if k % 2:
        del o[k]
o[3] = "back"
o[1000] = "new"
print(o, list(o), list(o.keys()), list(o.values())[:3])
print(list(reversed(o)), list(reversed(o.items()))[:2], list(reversed(o.values()))[:2])

# popitem is LIFO.
p = dict.fromkeys(range(5))
print([p.popitem() for _ in range(5)])

# repr recursion.
r = {}
r["self"] = r
r["list"] = [r]
print(r)

# Mutation during iteration.
def mutate(op):
    m = {1: 1, 2: 2, 3: 3}
    try:
        for k in m:
            op(m, k)
        print("no error", m)
    except RuntimeError as e:
        print(type(e).__name__, e, m)


mutate(lambda m, k: m.__setitem__(k + 10, 0))
mutate(lambda m, k: m.__delitem__(k))
mutate(lambda m, k: m.__setitem__(k, k * 100))
mutate(lambda m, k: (m.pop(k), m.__setitem__(k + 100, 0)))
it = iter({1: 1})
m = {1: 1}
it = iter(m)
m[2] = 2
attempt("next after add", lambda: next(it))
attempt("next again", lambda: next(it))

# Keys with __eq__ / __hash__.
class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v % 3)

    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v

    def __repr__(self):
        return "Key(%d)" % self.v


kd = {Key(i): i for i in range(7)}
print(kd, kd[Key(4)], Key(9) in kd)
del kd[Key(3)]
print(kd)

# Errors.
attempt("missing", lambda: {}["x"])
attempt("missing tuple", lambda: {}[(1, 2)])
attempt("missing int", lambda: {1: 2}[3])
attempt("unhashable", lambda: {}[[]])
attempt("unhashable set", lambda: {[]: 1})
attempt("del missing", lambda: {}.__delitem__("k"))
attempt("pop missing", lambda: {1: 1}.pop(2))
attempt("pop empty unhashable", lambda: {}.pop([]))
attempt("popitem", lambda: {}.popitem())
attempt("get()", lambda: {}.get())
attempt("update(1)", lambda: {}.update(1))
attempt("update([1])", lambda: {}.update([1]))
attempt("update([(1,)])", lambda: {}.update([(1,)]))
attempt("update(['abc'])", lambda: {}.update(["abc"]))
attempt("dict(1, 2)", lambda: dict(1, 2))
attempt("dict(5)", lambda: dict(5))
attempt("lt", lambda: {} < {})
attempt("or list", lambda: {} | [])
attempt("hash", lambda: hash({}))
attempt("keys(1)", lambda: {}.keys(1))
attempt("fromkeys()", lambda: dict.fromkeys())
attempt("fromkeys(1)", lambda: dict.fromkeys(1))
attempt("setdefault unhashable", lambda: {}.setdefault([]))
print(dict(["ab", "cd"]), dict([range(2)]))


# Subclasses.
class Default(dict):
    def __missing__(self, key):
        self[key] = v = len(key)
        return v


dd = Default(a=1)
print(dd["a"], dd["hello"], dd, dd.get("zz"), "zz" in dd, type(dd).__name__, isinstance(dd, dict))
print(dd.copy(), type(dd.copy()).__name__, type(dd | {}).__name__, type({} | dd).__name__)
print(Default.fromkeys("xy"), type(Default.fromkeys("xy")).__name__)


class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)

    def __getitem__(self, k):
        return super().__getitem__(k.upper())


up = Upper()
up["a"] = 1
print(up, up["A"], up["a"], dict(up), list(up.items()))
up.update(b=2)
print(up)


class Ordered(dict):
    def keys(self):
        return ["b", "a"]

    def __iter__(self):
        return iter(["b", "a"])


od = Ordered(a=1, b=2)
print(dict(od), {**od}, dict.copy(od))


class Mapping:
    def keys(self):
        return ["p", "q"]

    def __getitem__(self, k):
        return k * 2


print(dict(Mapping()), {**Mapping()})
x = {}
x.update(Mapping())
print(x)
print(dict.__getitem__({1: 2}, 1), dict.__len__({1: 2}), dict.__contains__({1: 2}, 1), dict.get({}, 1, "g"))
print({1: 2}.__eq__([]) is NotImplemented, {1: 2}.__or__([]) is NotImplemented)
