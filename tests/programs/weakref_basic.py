import gc
import weakref


def tr(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class C:
    def __init__(self, name):
        self.name = name

    def method(self):
        return "method of " + self.name


events = []


def cb(wr):
    events.append(("cb", wr() is None))


c = C("c")
r = weakref.ref(c)
r2 = weakref.ref(c, cb)
print(r() is c, r2() is c, weakref.ref(c) is r, r == r2, hash(r) == hash(c), r.__callback__, r2.__callback__ is cb)
print(weakref.getweakrefcount(c), len(weakref.getweakrefs(c)), type(r).__name__, isinstance(r, weakref.ref))
p = weakref.proxy(c)
print(p.name, p.method(), type(p).__name__)
p.extra = 5
print(c.extra)
del c
gc.collect()
print(r(), r2(), events)
tr("proxy dead", lambda: p.name)
tr("hash dead", lambda: hash(weakref.ref(C("tmp"))) if gc.collect() is None else None)
for obj in (1, "s", (1,), [1], {1: 2}, None, object()):
    tr("ref " + type(obj).__name__, lambda: weakref.ref(obj))
tr("ref args", lambda: weakref.ref())


def f():
    pass


print(weakref.ref(f)() is f, weakref.ref(C)() is C, weakref.ref(len)() is len, weakref.ref({1}.__class__)() is set)


class Slotted:
    __slots__ = ("a",)


class SlottedWeak:
    __slots__ = ("a", "__weakref__")


tr("slotted", lambda: weakref.ref(Slotted()))
print(weakref.ref(SlottedWeak()) is not None)

# WeakValueDictionary / WeakKeyDictionary / WeakSet
d = weakref.WeakValueDictionary()
objs = [C(str(i)) for i in range(4)]
for o in objs:
    d[o.name] = o
print(sorted(d.keys()), len(d), d["2"].name, d.get("9"))
del objs[1:3]
o = None
gc.collect()
print(sorted(d.keys()), len(d), "1" in d)
tr("missing key", lambda: d["1"])
wk = weakref.WeakKeyDictionary()
k1, k2 = C("k1"), C("k2")
wk[k1] = 1
wk[k2] = 2
print(len(wk), wk[k1], sorted(v for v in wk.values()))
del k1
gc.collect()
print(len(wk), [k.name for k in wk.keys()])
ws = weakref.WeakSet()
items = [C("w%d" % i) for i in range(3)]
for it in items:
    ws.add(it)
print(len(ws), items[0] in ws)
items.pop()
it = None
gc.collect()
print(len(ws), sorted(x.name for x in ws))

# finalize
log = []
obj = C("fin")
fin = weakref.finalize(obj, log.append, "finalized")
print(fin.alive, fin.peek()[2:])
del obj
gc.collect()
print(fin.alive, log)
obj2 = C("fin2")
fin2 = weakref.finalize(obj2, log.append, "called")
print(fin2(), fin2.alive, fin2(), log)

# KeyedRef
kr = weakref.KeyedRef(C("k"), None, "thekey")
print(kr.key)

