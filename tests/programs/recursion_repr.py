# Recursive and deeply nested containers: repr/str use "..." for cycles and
# raise RecursionError (CPython's message) for nesting deeper than the limit.
import sys
import collections
from types import SimpleNamespace


def show(name, f):
    try:
        r = f()
    except Exception as e:
        print(name, type(e).__name__, e)
    else:
        print(name, "->", r)


l = []
l.append(l)
show("list", lambda: repr(l))
show("list str", lambda: str(l))
d = {}
d[1] = d
show("dict", lambda: repr(d))
show("dict keys/values/items", lambda: (repr(d.values()), repr(d.items())))
m = [1, {"a": None}]
m[1]["a"] = m
show("mixed", lambda: repr(m))
show("tuple holding cycle", lambda: repr((l, d)))
dq = collections.deque()
dq.append(dq)
show("deque", lambda: repr(dq))
od = collections.OrderedDict()
od["x"] = od
show("OrderedDict", lambda: repr(od))

ns1 = SimpleNamespace(c="cookie")
ns2 = SimpleNamespace()
ns3 = SimpleNamespace(x=1)
ns1.spam = ns1
ns2.spam = ns3
ns3.spam = ns2
show("namespace 1", lambda: repr(ns1))
show("namespace 2", lambda: repr(ns2))


class NS(SimpleNamespace):
    pass


ns4 = NS(a=1)
ns4.me = ns4
show("namespace subclass", lambda: repr(ns4))

limit = sys.getrecursionlimit()
deep = []
for i in range(limit + 100):
    deep = [deep]
show("deep list repr", lambda: repr(deep))
show("deep list str", lambda: str(deep))
deepd = {}
for i in range(limit + 100):
    deepd = {"k": deepd}
show("deep dict repr", lambda: repr(deepd))
show("deep dict values", lambda: repr(deepd.values()))
deept = ()
for i in range(limit + 100):
    deept = (deept,)
show("deep tuple repr", lambda: repr(deept))
deeps = frozenset()
for i in range(limit + 100):
    deeps = frozenset([deeps])
show("deep frozenset repr", lambda: repr(deeps))

# Exceptions whose args hold themselves: only Go code recurses.
e = ValueError()
e.args = (e,)
show("exception str", lambda: str(e))
show("exception repr", lambda: repr(e))
k = KeyError()
k.args = (k,)
show("KeyError str", lambda: str(k))

# Still fine after an overflow: the depth was unwound.
show("after", lambda: repr([[1, 2], {3: (4,)}]))
shallow = []
for i in range(limit // 4):
    shallow = [shallow]
show("shallow nesting", lambda: len(repr(shallow)))
