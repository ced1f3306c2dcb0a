import functools
import inspect


def plain(a, b=2, *args, c, d=4, **kw):
    """Plain function.

    Has a multi-line docstring
        with indentation.
    """
    return a


def posonly(x, y, /, z=0):
    pass


def annotated(n: int, s: "str" = "x") -> list:
    return [n, s]


async def coro():
    return 1


def gen():
    yield 1


async def agen():
    yield 1


# Comment block
# describing Base.
class Base:
    """Base doc."""
    cls_attr = 1

    def method(self, v):
        return v

    @classmethod
    def cm(cls):
        pass

    @staticmethod
    def sm(q):
        pass

    @property
    def prop(self):
        return 5


class Point:
    def __init__(self, x, y=0, *, z=None):
        self.x = x


class Child(Base):
    def method(self, v, w=None):
        """Child method."""
        return super().method(v)


# signature and parameters
for f in (plain, posonly, annotated, Base.method, Base().method, Base.cm, Base.sm, len, sorted,
          str.split, "a".split, dict.get, [].sort, divmod, lambda *, k: k, iter, Child, Point, Point(1).__init__):
    try:
        sig = inspect.signature(f)
        print(getattr(f, "__name__", "?"), sig, [(p.name, p.kind.name) for p in sig.parameters.values()])
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

sig = inspect.signature(plain)
print(sig.parameters["b"].default, sig.parameters["c"].default is inspect.Parameter.empty)
print(sig.return_annotation is inspect.Signature.empty, inspect.signature(annotated).return_annotation)
print(inspect.signature(annotated).parameters["n"].annotation)
print(str(inspect.signature(annotated).parameters["s"]))

# bind / bind_partial
ba = sig.bind(1, 2, 3, 4, c=5, e=6)
print(ba.arguments, ba.args, ba.kwargs)
ba = sig.bind(1, c=3)
ba.apply_defaults()
print(ba.arguments)
print(sig.bind_partial(c=1).arguments)
for args, kwargs in [((), {}), ((1,), {}), ((1,), {"c": 1, "a": 2})]:
    try:
        sig.bind(*args, **kwargs)
    except TypeError as e:
        print("TypeError", e)
try:
    inspect.signature(posonly).bind(1, y=2)
except TypeError as e:
    print("TypeError", e)

# build signatures by hand
P = inspect.Parameter
s2 = inspect.Signature([P("x", P.POSITIONAL_ONLY), P("y", P.POSITIONAL_OR_KEYWORD, default=1),
                        P("z", P.KEYWORD_ONLY, annotation=int)])
print(s2, s2.replace(return_annotation=str))
try:
    inspect.Signature([P("y", P.POSITIONAL_OR_KEYWORD, default=1), P("x", P.POSITIONAL_OR_KEYWORD)])
except ValueError as e:
    print("ValueError", e)
try:
    P("1bad", P.POSITIONAL_ONLY)
except ValueError as e:
    print("ValueError", e)
print(P("a", P.VAR_POSITIONAL), P("k", P.VAR_KEYWORD), P.KEYWORD_ONLY.description)

# predicates
objs = {"plain": plain, "Base": Base, "method": Base().method, "gen": gen, "genobj": gen(),
        "coro": coro, "agen": agen, "len": len, "module": inspect, "lambda": lambda: 0,
        "prop": Base.__dict__["prop"], "int": 5}
preds = ["isfunction", "isclass", "ismethod", "isgeneratorfunction", "isgenerator",
         "iscoroutinefunction", "isasyncgenfunction", "isbuiltin", "ismodule", "isroutine",
         "isdatadescriptor", "isabstract"]
for name, obj in objs.items():
    print(name, [p for p in preds if getattr(inspect, p)(obj)])
objs["genobj"].close()

# getmembers
print([n for n, v in inspect.getmembers(Child) if not n.startswith("__")])
print([n for n, v in inspect.getmembers(Child, inspect.isfunction)])
print(inspect.getmro(Child) == (Child, Base, object))
print(inspect.getattr_static(Child(), "prop").__class__.__name__)

# docs and source
print(repr(inspect.getdoc(plain)))
print(inspect.getdoc(Child.method), inspect.getdoc(Child))
print(repr(inspect.cleandoc("  first\n      second\n    third\n")))
print(inspect.getsource(posonly), end="")
lines, start = inspect.getsourcelines(Base.method)
print(start, lines)
print(inspect.getsource(Base).splitlines()[0])
print(inspect.getmodule(plain).__name__, inspect.getmodule(len).__name__)
print(inspect.getfile(plain) == __file__, inspect.getsourcefile(Child) == __file__)
print(inspect.getcomments(Base))

# getfullargspec
print(inspect.getfullargspec(plain))
print(inspect.getfullargspec(annotated))

# unwrap
def deco(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        return f(*a, **k)
    return wrapper


@deco
@deco
def wrapped(p, q=1):
    pass


print(inspect.unwrap(wrapped) is wrapped.__wrapped__.__wrapped__, inspect.signature(wrapped))
print(inspect.signature(wrapped, follow_wrapped=False))

# frames
def who():
    frame = inspect.currentframe()
    caller = frame.f_back
    return frame.f_code.co_name, caller.f_code.co_name, caller.f_lineno


def call_who():
    return who()


print(call_who())
print([fi.function for fi in inspect.stack()[:1]], inspect.stack()[0].lineno)

# getgeneratorstate / getcallargs / getclosurevars
g = gen()
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
g.close()
print(inspect.getgeneratorstate(g))
print(inspect.getcallargs(plain, 1, c=2))
def closure_maker():
    z = 3
    def inner():
        return z
    return inner
cv = inspect.getclosurevars(closure_maker())
print(cv.nonlocals, cv.unbound)
c = coro()
print(inspect.isawaitable(c), inspect.iscoroutine(c), inspect.iscoroutine(1))
c.close()
