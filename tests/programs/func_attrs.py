# Function, code, method and builtin-function attributes.
def plain(a, b=2, *args, c, d=4, **kw):
    "Plain docstring."
    return a

print(plain.__name__, plain.__qualname__, plain.__module__, plain.__doc__)
print(plain.__defaults__, plain.__kwdefaults__, plain.__closure__)
co = plain.__code__
print(co.co_name, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount, co.co_flags & 0xf)
print(co.co_varnames[:6], co.co_filename.endswith("func_attrs.py"), co.co_firstlineno)

def annotated(x: int, y: "str" = "s") -> bool:
    pass

print(annotated.__annotations__)
print(plain.__annotations__, annotated.__doc__)

def posonly(a, b, /, c):
    pass

print(posonly.__code__.co_posonlyargcount, posonly.__code__.co_argcount)

def outer():
    x = 1
    def inner():
        return x
    return inner

inner = outer()
print(inner.__name__, inner.__qualname__, inner.__code__.co_flags & 16 != 0)
print(inner.__closure__ is None or type(inner.__closure__).__name__ == "tuple")

lam = lambda q: q
print(lam.__name__, lam.__qualname__)

# settable attributes
plain.__qualname__ = "renamed.plain"
plain.__name__ = "plain2"
plain.__doc__ = "new doc"
plain.__module__ = "elsewhere"
print(plain.__name__, plain.__qualname__, plain.__doc__, plain.__module__)
plain.__defaults__ = (10,)
print(plain.__defaults__, plain(1, c=3))
plain.__defaults__ = None
print(plain.__defaults__)
plain.__kwdefaults__ = {"c": 7}
print(plain(1))
for attr, val in [("__name__", 1), ("__qualname__", None), ("__defaults__", 1), ("__kwdefaults__", 1),
                  ("__annotations__", 1), ("__code__", 1), ("__dict__", 1)]:
    try:
        setattr(plain, attr, val)
    except TypeError as e:
        print(attr, type(e).__name__, e)
for attr in ["__closure__", "__globals__"]:
    try:
        setattr(plain, attr, None)
    except AttributeError as e:
        print(attr, type(e).__name__, e)

# arbitrary attributes and __dict__
def tagged():
    return 1

tagged.label = "x"
tagged.count = 3
print(tagged.label, tagged.count, tagged.__dict__)
del tagged.label
print(hasattr(tagged, "label"), tagged.__dict__)
try:
    del tagged.label
except AttributeError as e:
    print(type(e).__name__, e)
try:
    tagged.nothing
except AttributeError as e:
    print(type(e).__name__, e)

def wrapper(f):
    def w(*a, **k):
        return f(*a, **k)
    w.__wrapped__ = f
    w.__name__ = f.__name__
    w.__doc__ = f.__doc__
    return w

@wrapper
def decorated():
    "decorated doc"
    return 42

print(decorated(), decorated.__name__, decorated.__doc__, decorated.__wrapped__.__name__)

# __get__ and binding
class A:
    def meth(self, x):
        "meth doc"
        return (type(self).__name__, x)

    @classmethod
    def cm(cls):
        return cls.__name__

    @staticmethod
    def sm(v):
        return v * 2

a = A()
bm = a.meth
print(bm(1), bm.__name__, bm.__qualname__, bm.__doc__, bm.__module__)
print(bm.__self__ is a, bm.__func__ is A.meth, A.meth.__qualname__)
print(bm == a.meth, bm != a.meth, bm == A().meth, hash(bm) == hash(a.meth))
print(A.meth.__get__(a)(5), A.meth.__get__(None, A) is A.meth)
f2 = A.__dict__["meth"].__get__(a, A)
print(f2(9))
print(A.cm(), a.cm(), A.cm.__self__ is A, A.sm(4), a.sm(5))
print(type(bm).__name__, type(A.meth).__name__, type(len).__name__, type([].append).__name__, type(list.append).__name__)
try:
    bm.newattr = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    bm.__func__ = None
except AttributeError as e:
    print(type(e).__name__, e)
A.meth.marker = "m"
print(bm.marker)
try:
    A.meth.__get__(None, None)
except TypeError as e:
    print(type(e).__name__, e)

# calling via __call__
print(plain.__call__(1, c=2), bm.__call__(3), len.__call__([1, 2]))

# builtin functions
print(len.__name__, len.__qualname__, len.__module__, repr(len), repr(print))
print([].append.__name__, [].append.__qualname__, list.append.__name__, list.append.__qualname__)
print(repr(list.append), repr(dict.get), len.__self__.__name__)
print([].append.__self__ == [], type(list.__dict__["append"]).__name__)
print(callable(len), callable(plain), callable(bm), callable(A), callable(a), callable(1))

# repr shapes (without addresses)
print(repr(plain).split(" at ")[0], repr(outer).split(" at ")[0], repr(inner).split(" at ")[0])
print(repr(bm).split(" of ")[0], repr(A.cm).split(" of ")[0])
print(repr(co).split(" at ")[0])
print(repr([].append).split(" of ")[0])
