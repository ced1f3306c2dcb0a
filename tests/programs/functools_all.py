import functools
from functools import partial, reduce, lru_cache, wraps, total_ordering, cmp_to_key, cache, cached_property


def tr(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


# partial
p = partial(int, "10", base=2)
print(p(), p.func is int, p.args, p.keywords, p)
p2 = partial(partial(max, 1, key=abs), -5)
print(p2, p2.args, p2.keywords, p2(2))
print(partial(print, sep="-"))
p3 = partial(lambda *a, **k: (a, k), 1, x=1)
print(p3(2, x=5, y=6))
p3.attr = "ok"
print(p3.attr, p3.__dict__)


class C:
    meth = partial(lambda *a: a, "bound?")


print(C().meth(1))


class P(partial):
    pass


print(P(int, "7")(), P(P(int, "8"))(), repr(P(max, 1)), type(partial(P(max, 1), 2)).__name__)
tr("partial none", lambda: partial())
tr("partial call", lambda: partial(1))
tr("partial ro", lambda: setattr(p, "func", len))
print(p.__reduce__()[0] is partial, p.__reduce__()[1], p.__reduce__()[2][1:3])

# reduce
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 7), reduce(max, "hello"))
tr("reduce empty", lambda: reduce(lambda a, b: a, []))
tr("reduce iter", lambda: reduce(lambda a, b: a, 1))
tr("reduce args", lambda: reduce())
tr("reduce kw", lambda: reduce(lambda a, b: a, [1], initial=3))

# cmp_to_key
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words, key=cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
K = cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(2) <= K(2), K(3) == K(3), K(1) > K(0), K(5).obj)
tr("K other", lambda: K(1) < 2)
tr("K hash", lambda: hash(K(1)))
tr("K noarg", lambda: K())

# lru_cache
calls = []


@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x


print([sq(1), sq(1), sq(2), sq(3), sq(1)], calls, sq.cache_info())
print(sq.cache_parameters(), sq.__name__, sq.__wrapped__.__name__)
sq.cache_clear()
print(sq.cache_info())


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())


@lru_cache
def ident(x):
    return x


print(ident(1), ident(1.0), ident(True), ident.cache_info())


@lru_cache(typed=True)
def typed_ident(x):
    return x


print(typed_ident(1), typed_ident(1.0), typed_ident.cache_info())
zero = lru_cache(maxsize=0)(lambda x: x * 2)
print(zero(3), zero(3), zero.cache_info())
kw = lru_cache()(lambda a, b=0: a + b)
print(kw(1, b=2), kw(1, b=2), kw(a=1, b=2), kw.cache_info())
tr("unhashable", lambda: ident([1]))
tr("bad maxsize", lambda: lru_cache(maxsize="x"))


class Obj:
    def __init__(self):
        self.n = 0

    @lru_cache
    def method(self, x):
        self.n += 1
        return x + 1

    @cache
    def cached(self):
        return "cached"

    @cached_property
    def prop(self):
        print("computing prop")
        return 42


o = Obj()
print(o.method(1), o.method(1), o.n, o.cached(), Obj.method.cache_info().hits)
print(o.prop, o.prop)


# wraps / update_wrapper
def deco(f):
    @wraps(f)
    def inner(*a, **k):
        return f(*a, **k)
    return inner


@deco
def documented(x):
    "Docstring here."
    return x


print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented(3))


@total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __lt__(self, other):
        return self.n < other.n


print(Version(1) < Version(2), Version(2) >= Version(1), Version(3) <= Version(3), Version(4) > Version(5))


pm = functools.partialmethod


class Cell:
    def set_state(self, state):
        self.state = state
    set_alive = pm(set_state, True)


cl = Cell()
cl.set_alive()
print(cl.state)
