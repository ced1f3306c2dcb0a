# Call forms and call errors, function attributes, __code__, closures, nonlocal.
import functools
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

def f(a, b, /, c, d=4, *args, e, f=6, **kw):
    return (a, b, c, d, args, e, f, kw)
print(f(1, 2, 3, e=5))
print(f(1, 2, 3, 4, 5, 6, e=7, g=8))
print(f(*[1, 2], *(3,), e=1, **{"x": 1}, **{"y": 2}))
print(f(1, *[2, 3], 4, *[5], e=0, f=1, z=3))
print(f(1, 2, c=3, e=4, **{"a": "kw-a"}))
err(lambda: f(1, 2, e=5))
err(lambda: f(1, e=5))
err(lambda: f(1, 2, 3))
err(lambda: f(a=1, b=2, c=3, e=4))
err(lambda: f(1, 2, 3, c=3, e=4))
err(lambda: f(1, 2, 3, e=1, **{"e": 2}))
err(lambda: f(1, 2, 3, **{"e": 1}, **{"e": 2}))
err(lambda: f(1, 2, 3, **{1: 2}))
err(lambda: f(1, 2, 3, **[1]))
err(lambda: f(*5))
err(lambda: f(1, 2, 3, e=1, **None))

def g(x, y=2, *, z): return x, y, z
err(lambda: g())
err(lambda: g(1))
err(lambda: g(1, 2, 3))
err(lambda: g(1, 2, 3, z=1))
err(lambda: g(1, q=2, z=3))
err(lambda: g(1, x=1, z=2))
def h(): pass
err(lambda: h(1))
err(lambda: h(x=1))
def h2(a, b, c): pass
err(lambda: h2(1))
err(lambda: h2())
def h3(*, a, b): pass
err(lambda: h3())
err(lambda: h3(1, a=1, b=2))
def h4(a, /): pass
err(lambda: h4(a=1))
def h5(a, b=1, /, **kw): return a, b, kw
print(h5(1, a=2, b=3))
class K:
    def m(self, x): return x
    @classmethod
    def c(cls, x): return x
    @staticmethod
    def s(x): return x
err(lambda: K().m())
err(lambda: K().m(1, 2))
err(lambda: K.m(1))
err(lambda: K.c())
err(lambda: K.s())
err(lambda: K().m(y=1))
err(lambda: len())
err(lambda: len(1, 2))
err(lambda: len(obj=[]))
err(lambda: "x".split(1, 2, 3))
err(lambda: [].append())
err(lambda: dict.fromkeys())
err(lambda: int("1", bas=2))

def deco(fn):
    @functools.wraps(fn)
    def w(*a, **k): return fn(*a, **k)
    return w
@deco
def ann(a: int, b: "str" = "x", *, c: float = 1.0) -> list:
    """docstring"""
    return [a, b, c]
print(ann.__name__, ann.__doc__, ann.__wrapped__.__name__, ann.__annotations__)
print(ann.__wrapped__.__defaults__, ann.__wrapped__.__kwdefaults__)
def plain(p, q=1, *r, s, t=2, **u):
    loc = 1
    return loc
co = plain.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount, co.co_varnames, co.co_firstlineno)
print(co.co_filename.endswith("lang_calls.py"), co.co_qualname if hasattr(co, "co_qualname") else None)
print(plain.__defaults__, plain.__kwdefaults__, plain.__qualname__, plain.__module__)
plain.__defaults__ = (9,)
print(plain(0, s=1))
plain.attr = "x"; print(plain.__dict__)
def setdef(): plain.__defaults__ = 5
err(setdef)
def setname(): plain.__name__ = 5
err(setname)
plain.__name__ = "renamed"; print(plain.__name__, plain.__qualname__)
print(h.__defaults__, h.__kwdefaults__, h.__annotations__, h.__doc__)

# late binding
fs = [lambda: i for i in range(3)]
print([fn() for fn in fs])
fs = [lambda i=i: i for i in range(3)]
print([fn() for fn in fs])
def make():
    out = []
    for j in range(3):
        def inner(): return j
        out.append(inner)
    j = 100
    return out
print([fn() for fn in make()])

def outer():
    x = 0
    def mid():
        def inner():
            nonlocal x
            x += 1
            return x
        return inner
    fn = mid()
    fn(); fn()
    return x, fn.__closure__[0].cell_contents, fn.__code__.co_freevars
print(outer())
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c1 = counter(); c1(); print(c1(), c1.__code__.co_freevars)
def unbound():
    def inner(): return v
    r = inner.__closure__[0]
    try:
        r.cell_contents
    except ValueError as e:
        print("ValueError", e)
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    v = 1
unbound()
def ul():
    try:
        print(zz)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    zz = 1
ul()
try:
    undefined_name
except NameError as e:
    print(type(e).__name__, e, e.name)
print(functools.partial(f, 1, 2)(3, e=0))
p = functools.partial(g, z=3)
print(p(1), p.func is g, p.args, p.keywords)
