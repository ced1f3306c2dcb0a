from collections import Counter, OrderedDict, defaultdict, ChainMap

c = Counter("abracadabra")
print(c)
print(c.most_common(2), c.most_common())
print(sorted(c.elements()))
print(c.total())
d = Counter(a=3, b=1, c=-2)
e = Counter(a=1, b=2, d=4)
print(d + e, d - e, d | e, d & e)
print(+d, -d)
d.update(e)
print(d)
d.subtract(a=10)
print(d)
d.subtract(Counter(b=1))
print(d)
print(d["zzz"])
print(Counter({'a': 1}) == Counter({'a': 1, 'b': 0}))
print(Counter(a=1) <= Counter(a=2), Counter(a=3) < Counter(a=2), Counter(a=1) >= Counter())
print(repr(Counter()), repr(Counter({'x': 2.5})))
c2 = c.copy(); del c2['a']; print(c2, 'a' in c2)
print(Counter.fromkeys if False else 'skip')
try:
    Counter.fromkeys("abc")
except Exception as ex:
    print(type(ex).__name__, ex)
c3 = Counter(x=1)
c3 += Counter(x=2, y=-1)
print(c3)
c3 -= Counter(x=1)
print(c3)
c3 |= Counter(z=5)
c3 &= Counter(z=2, x=9)
print(c3)
try:
    Counter(1, 2)
except TypeError as ex:
    print(type(ex).__name__, ex)

od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
print(list(od))
od.move_to_end("e", last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False))
print(list(reversed(od)), list(reversed(od.items())), list(reversed(od.values())))
try:
    od.move_to_end("zz")
except KeyError as ex:
    print(type(ex).__name__, ex)
o1 = OrderedDict([(1, 1), (2, 2)]); o2 = OrderedDict([(2, 2), (1, 1)])
print(o1 == o2, dict(o1) == o2, o1 == dict(o2))
print(repr(o1), repr(OrderedDict()))
print(o1 | {3: 3}, type(o1 | {3: 3}).__name__)
try:
    OrderedDict().popitem()
except KeyError as ex:
    print(type(ex).__name__, ex)
o1.setdefault(5, 'five'); print(o1)
print(o1.pop(5), o1.pop(99, 'dflt'))
try:
    o1.pop(99)
except KeyError as ex:
    print(type(ex).__name__, ex)

dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dd.default_factory)
print(repr(defaultdict(None)), repr(defaultdict(int, {1: 2})))
d0 = defaultdict()
try:
    d0["x"]
except KeyError as ex:
    print(type(ex).__name__, ex)
try:
    defaultdict(5)
except TypeError as ex:
    print(type(ex).__name__, ex)
dc = dd.copy(); print(type(dc).__name__, dc == dd)
print(dd.get("zz"), "zz" in dd)
m = dd | {"q": [0]}; print(type(m).__name__, m)

cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), sorted(cm), cm)
cm2 = cm.new_child({'c': 4}); print(cm2, cm2.parents, cm2.maps)
cm['z'] = 26; print(cm.maps)
del cm['a']; print(cm)
try:
    del cm['b']
except KeyError as ex:
    print(type(ex).__name__, ex)
try:
    cm['nope']
except KeyError as ex:
    print(type(ex).__name__, ex)
print(cm.get('b'), 'b' in cm, dict(cm))
print(cm.pop('z'), cm)
try:
    ChainMap().popitem()
except KeyError as ex:
    print(type(ex).__name__, ex)
