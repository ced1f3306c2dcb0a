from collections import defaultdict
import copy


def tr(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


d = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    d[k].append(v)
print(d, d["a"], len(d), dict(d))
c = defaultdict(int)
for ch in "mississippi":
    c[ch] += 1
print(sorted(c.items()), c.default_factory)
n = defaultdict()
tr("missing", lambda: n["x"])
tr("get", lambda: c.get("zz"))
print("zz" in c)
print(c.__missing__("q"), c["q"])
n.default_factory = lambda: "dflt"
print(n["k"], dict(n))
n.default_factory = None
tr("missing2", lambda: n["other"])
d2 = defaultdict(set, {1: {2}}, x={3})
print(d2, isinstance(d2, dict))
print(defaultdict(None, [(1, 2)]), defaultdict(lambda: 0, a=1)["a"])
cp = d.copy()
cp["a"].append(99)
print(type(cp).__name__, cp.default_factory is list, d["a"])
print(copy.copy(d) == d, copy.deepcopy(d) == d)
print(d | {"z": [0]}, {"z": [0]} | d)
u = defaultdict(list, {"k": [1]})
u |= {"m": [2]}
print(u)
print(d == {"a": [1, 3, 99], "b": [2]})
tr("notcallable", lambda: defaultdict(1))
tr("or", lambda: defaultdict(list) | 1)
tr("attr", lambda: setattr(defaultdict(), "x", 1))


class Counter2(defaultdict):
    def __init__(self):
        super().__init__(int)


cc = Counter2()
cc["q"] += 2
print(cc, type(cc).__name__, cc.default_factory)
rec = defaultdict(list)
rec["me"].append(rec)
print(rec)
print(defaultdict.__name__, defaultdict.__module__, defaultdict(list).__reduce__()[:4])
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 1
nested["a"]["c"] += 2
print({k: dict(v) for k, v in nested.items()})
