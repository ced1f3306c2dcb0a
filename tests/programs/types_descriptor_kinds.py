# The kinds of builtin descriptors: wrapper_descriptor / method-wrapper /
# method_descriptor / member_descriptor / getset_descriptor, their reprs and
# introspection attributes; type attribute assignment/deletion rules.
import types

def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", r)
    except Exception as e:
        print(label, type(e).__name__, e)

for d in (object.__init__, object.__str__, object.__lt__, int.__lt__, int.__add__, list.__add__,
          tuple.__getitem__, str.__contains__, list.__len__, object.__setattr__):
    print(type(d).__name__, repr(d), d.__qualname__, d.__objclass__.__name__,
          isinstance(d, types.WrapperDescriptorType))
for d in (str.upper, list.append, list.__getitem__, dict.__getitem__, dict.__contains__,
          set.__contains__, object.__reduce_ex__, object.__format__, int.__round__):
    print(type(d).__name__, repr(d), d.__qualname__, isinstance(d, types.MethodDescriptorType))
o = object()
for m in (o.__init__, o.__str__, o.__lt__, (42).__lt__, [].__add__):
    print(type(m).__name__, m.__name__, m.__qualname__, type(m.__self__).__name__,
          m.__objclass__.__name__, isinstance(m, types.MethodWrapperType),
          repr(m).split(' at ')[0])
print(type([].append).__name__, type(o.__reduce_ex__).__name__, type(o.__format__).__name__)
l = []
print(l.__add__ == l.__add__, l.__add__ != l.__add__, l.__add__ == [].__add__,
      l.__add__ == l.__mul__, l.__add__.__self__ is l, l.__add__.__doc__ == list.__add__.__doc__)
hash(l.__add__)
attempt("order", lambda: l.__add__ < l.__add__)
print(object.__init__.__get__(o, object).__name__, type(object.__init__.__get__(o)).__name__)
attempt("get-wrong", lambda: int.__add__.__get__("x"))
print(object.__str__(5), int.__add__(3, 4), (5).__add__(6))

print(type(complex.real).__name__, repr(complex.real), complex.real.__qualname__)
print(type(float.real).__name__, float.real.__qualname__)
class S:
    __slots__ = ('a',)
print(type(S.a).__name__, repr(S.a), S.a.__qualname__, S.a.__name__, S.a.__objclass__.__name__)
print(isinstance(S.__dict__['a'], types.MemberDescriptorType))
print(type(types.FunctionType.__globals__).__name__)

class X:
    pass
for n in ['__name__', '__qualname__', '__bases__', '__module__', '__doc__', '__dict__', '__mro__']:
    attempt("del " + n, lambda: delattr(X, n))
attempt("name-int", lambda: setattr(X, '__name__', 5))
attempt("name-nul", lambda: setattr(X, '__name__', 'a\0b'))
attempt("qualname-int", lambda: setattr(X, '__qualname__', 5))
attempt("type-nul", lambda: type('a\0b', (), {}))
attempt("type-qualname", lambda: type('Foo', (), {'__qualname__': 1}))
ns = {'__qualname__': 'some.name'}
tp = type('Foo', (), ns)
print(tp.__qualname__, '__qualname__' in tp.__dict__, ns)
class Nasty(str):
    pass
X.__name__ = Nasty("abc")
print(X.__name__)
X.__name__ = "D.E"
print(X.__name__, X.__qualname__)
attempt("builtin-set", lambda: setattr(str, '__qualname__', 'Oink'))
attempt("builtin-set2", lambda: type.__dict__['__qualname__'].__set__(str, 'Oink'))
