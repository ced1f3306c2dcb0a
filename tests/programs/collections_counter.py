import heapq
from collections import Counter, OrderedDict, ChainMap


c = Counter("abracadabra")
print(sorted(c.items()), c.most_common(2), c["z"])
c.update("aaz")
print(c["a"], c["z"], sum(c.values()), c.total())
c.subtract({"a": 10})
print(c["a"], sorted(c.elements())[:5])
d = Counter(a=3, b=1)
e = Counter(a=1, b=2)
print(d + e, d - e, d & e, d | e, +Counter(x=-1), -Counter(x=-1))
print(Counter("hello") == Counter("olleh"), Counter(a=1) < Counter(a=2))
print(repr(Counter()), Counter({"x": 2, "y": 5}))
od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
od.move_to_end("b")
print(od, list(od), od.popitem(), od.popitem(last=False), od)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.new_child({"z": 0})["z"])
