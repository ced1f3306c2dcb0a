import functools
from functools import reduce, partial, partialmethod, lru_cache, cache, cached_property, total_ordering, singledispatch, singledispatchmethod, wraps, update_wrapper, cmp_to_key

print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 10))
try:
    reduce(lambda a, b: a, [])
except TypeError as ex:
    print(type(ex).__name__, ex)
def f(a, b, c=3, *, d=4):
    return (a, b, c, d)
p = partial(f, 1, d=9)
print(p(2), p(2, 5, d=0), p.func is f, p.args, p.keywords)
print(repr(partial(f, 1, x=2)).replace(repr(f), "F"))
pp = partial(p, 7); print(pp(), pp.args, pp.keywords, pp.func is f)
try:
    partial()
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    partial(5)
except TypeError as ex:
    print(type(ex).__name__, ex)
class Cell:
    def __init__(self): self.v = None
    def set(self, v): self.v = v
    on = partialmethod(set, True)
    off = partialmethod(set, False)
c = Cell(); c.on(); print(c.v); c.off(); print(c.v)
print(type(Cell.__dict__["on"]).__name__)

calls = []
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
for x in [1, 2, 1, 3, 1, 2]:
    sq(x)
print(calls, sq.cache_info())
sq.cache_clear(); print(sq.cache_info(), sq.cache_parameters())
@lru_cache(typed=True)
def ty(x):
    return type(x).__name__
print(ty(1), ty(1.0), ty(True), ty.cache_info())
@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@lru_cache
def noargs():
    return "x"
print(noargs(), noargs.__wrapped__(), noargs.__name__)
try:
    lru_cache(maxsize="a")
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    sq([1])
except TypeError as ex:
    print(type(ex).__name__, ex)

class Data:
    def __init__(self): self.n = 0
    @cached_property
    def val(self):
        self.n += 1
        return self.n * 10
dt = Data(); print(dt.val, dt.val, dt.n, "val" in dt.__dict__)
del dt.val; print(dt.val)
print(type(Data.val).__name__, Data.val.attrname)
class Slotted:
    __slots__ = ("a",)
    @cached_property
    def v(self): return 1
try:
    Slotted().v
except TypeError as ex:
    print(type(ex).__name__, ex)

@total_ordering
class V:
    def __init__(self, n): self.n = n
    def __eq__(self, o): return self.n == o.n
    def __lt__(self, o): return self.n < o.n
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2), V(1) > V(1))
try:
    @total_ordering
    class Bad:
        pass
except ValueError as ex:
    print(type(ex).__name__, ex)

@singledispatch
def show(x):
    return "obj " + repr(x)
@show.register
def _(x: int):
    return "int %d" % x
@show.register(list)
def _(x):
    return "list len %d" % len(x)
show.register(float, lambda x: "float %.1f" % x)
print(show(1), show(True), show([1, 2]), show(2.5), show("s"))
print(show.dispatch(bool).__name__ if hasattr(show.dispatch(bool), "__name__") else "?", sorted(k.__name__ for k in show.registry))
try:
    @show.register
    def _(x):
        pass
except TypeError as ex:
    print(type(ex).__name__, str(ex).split(":")[0])
class Disp:
    @singledispatchmethod
    def go(self, x):
        return "base"
    @go.register
    def _(self, x: str):
        return "str " + x
print(Disp().go(1), Disp().go("q"))
try:
    show()
except TypeError as ex:
    print(type(ex).__name__, ex)

def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    return inner
@deco
def documented(x: int) -> int:
    "Doc here."
    return x
print(documented.__name__, documented.__doc__, documented.__qualname__, documented.__annotations__, documented.__wrapped__.__name__, documented.__module__)
def w2(): pass
def orig(): pass
orig.custom = 5
update_wrapper(w2, orig)
print(w2.__name__, w2.custom, w2.__wrapped__ is orig)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
k = cmp_to_key(lambda a, b: a - b)
print(k(1) < k(2), k(2) == k(2))
try:
    hash(k(1))
except TypeError as ex:
    print(type(ex).__name__, ex)
