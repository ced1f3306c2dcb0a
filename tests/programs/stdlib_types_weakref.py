import types, weakref, gc

ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns == types.SimpleNamespace(a=1, b="x", c=[1]), vars(ns))
del ns.a; print(ns, hasattr(ns, "a"))
try:
    ns.zz
except AttributeError as ex:
    print(type(ex).__name__, ex)
try:
    types.SimpleNamespace(1)
except TypeError as ex:
    print(type(ex).__name__, ex)
print(repr(types.SimpleNamespace()), types.SimpleNamespace(**{"k": 2}).k)
rn = types.SimpleNamespace(); rn.me = rn; print(rn)

d = {"a": 1}
mp = types.MappingProxyType(d)
print(mp["a"], len(mp), list(mp), mp.get("b", 0), "a" in mp, repr(mp))
d["b"] = 2; print(mp, mp.copy(), type(mp.copy()).__name__, mp | {"c": 3})
for stmt in ("mp['x'] = 1", "del mp['a']", "mp.pop('a')"):
    try:
        exec(stmt)
    except (TypeError, AttributeError) as ex:
        print(type(ex).__name__, ex)
try:
    types.MappingProxyType([1])
except TypeError as ex:
    print(type(ex).__name__, ex)

def body(ns):
    ns["greet"] = lambda self: "hi " + self.name
C = types.new_class("C", (object,), {}, body)
c = C(); c.name = "c"; print(C.__name__, c.greet(), C.__module__ == __name__ or C.__module__)
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        ns["kw"] = kw
        return super().__new__(m, name, bases, ns)
D = types.new_class("D", (), {"metaclass": Meta, "flag": 1})
print(type(D).__name__, D.kw)
print(types.resolve_bases((int, object)), types.prepare_class("X", (), {})[0])

class A:
    def __init__(self): self.v = 3
def getv(self, k=1): return self.v * k
a = A()
m = types.MethodType(getv, a)
print(m(), m(5), m.__self__ is a, m.__func__ is getv, type(m) is types.MethodType)
def sample(x, y=2, *args, z, **kw):
    "sample doc"
    q = x + y
    return q
print(sample.__name__, sample.__qualname__, sample.__defaults__, sample.__kwdefaults__, sample.__doc__, sample.__module__)
co = sample.__code__
print(co.co_argcount, co.co_kwonlyargcount, co.co_varnames[:4], co.co_name, isinstance(sample, types.FunctionType))
sample.__defaults__ = (10,); print(sample(1, z=0))
sample.__kwdefaults__ = {"z": 1}; print(sample(1, 2))
sample.attr = 5; print(sample.__dict__)
def outer():
    x = 5
    def inner(): return x
    return inner
fn = outer(); print(fn.__closure__[0].cell_contents, fn.__code__.co_freevars)
print(type(len) is types.BuiltinFunctionType, type([].append) is types.BuiltinMethodType, type(A.__init__) is types.FunctionType)
print(types.GenericAlias(list, (int,)), list[int] == types.GenericAlias(list, int), list[int].__origin__, list[int].__args__, dict[str, list[int]])
print(type(list[int]) is types.GenericAlias, list[int]([1, 2]), tuple[int, ...])
print(types.NoneType, types.EllipsisType, types.NotImplementedType, isinstance(types, types.ModuleType))
mod = types.ModuleType("mymod", "docs"); mod.x = 1; print(mod.__name__, mod.__doc__, mod.x, repr(mod))
def gen(): yield 1
print(isinstance(gen(), types.GeneratorType), types.coroutine.__name__)
print(types.DynamicClassAttribute.__name__)

class Obj:
    def __init__(self, n): self.n = n
    def __repr__(self): return "Obj(%d)" % self.n
log = []
o = Obj(1)
r = weakref.ref(o, lambda ref: log.append("collected"))
print(r() is o, r().n, weakref.getweakrefcount(o), len(weakref.getweakrefs(o)))
del o; gc.collect(); print(r(), log)
try:
    weakref.ref(5)
except TypeError as ex:
    print(type(ex).__name__, ex)

class Val:
    pass
wvd = weakref.WeakValueDictionary()
keep = Obj(2)
wvd["a"] = keep
wvd["b"] = Obj(3)
gc.collect()
print(sorted(wvd.keys()), wvd.get("b"), len(wvd), "a" in wvd)
try:
    wvd["b"]
except KeyError as ex:
    print(type(ex).__name__, ex)

wkd = weakref.WeakKeyDictionary()
k1, k2 = Obj(4), Obj(5)
wkd[k1] = "four"; wkd[k2] = "five"
del k2; gc.collect()
print(len(wkd), list(wkd.values()), wkd[k1], k1 in wkd)

ws = weakref.WeakSet()
a1, a2 = Obj(6), Obj(7)
ws.add(a1); ws.add(a2)
print(len(ws), a1 in ws)
del a2; gc.collect(); print(len(ws), list(ws))
ws.discard(a1); print(len(ws))

fo = Obj(8)
fin = weakref.finalize(fo, print, "finalized", 8)
print(fin.alive, fin.peek()[1:] if fin.peek() else None)
del fo; gc.collect(); print(fin.alive)
fo2 = Obj(9)
fin2 = weakref.finalize(fo2, lambda: "ret")
print(fin2(), fin2.alive, fin2())
fin2.detach()

po = Obj(10)
px = weakref.proxy(po)
print(px.n, repr(px).startswith("<weakproxy"), type(px).__name__)
px.n = 11; print(po.n)
del po; gc.collect()
try:
    px.n
except ReferenceError as ex:
    print(type(ex).__name__, ex)
class Meth:
    def go(self): return "went"
mo = Meth()
wm = weakref.WeakMethod(mo.go)
print(wm()())
del mo; gc.collect(); print(wm())
r1 = weakref.ref(keep); r2 = weakref.ref(keep); print(r1 == r2, r1 is r2, hash(r1) == hash(keep) if False else "")
