"""Parameter annotations of methods are keyed by the mangled name
(_Spam__kw), and a class body with annotations keeps the __annotations__
its metaclass's __prepare__ supplied (SETUP_ANNOTATIONS), storing through
its __setitem__."""
class Spam:
    def f(self, *, __kw: 1, __p: 2 = 3, **__k: 4) -> 5:
        pass
    def g(self, __a: 1, *__v: 2, __dunder__: 3):
        pass
    def h(self):
        def inner(__x: int, y: str):
            pass
        return inner
class Ham(Spam):
    pass
print(Spam.f.__annotations__, Spam.g.__annotations__)
print(Ham.f.__annotations__, Spam().h().__annotations__)
print(Spam.f.__kwdefaults__)

class CNS:
    def __init__(self):
        self._dct = {}
    def __setitem__(self, item, value):
        self._dct[item.lower()] = value
    def __getitem__(self, item):
        return self._dct[item]
class CMeta(type):
    @classmethod
    def __prepare__(metacls, name, bases, **kwds):
        return {'__annotations__': CNS()}
class CC(metaclass=CMeta):
    XX: 'ANNOT'
    __YY: int = 3
print(type(CC.__annotations__).__name__, CC.__annotations__['xx'], CC.__annotations__['_cc__yy'], CC._CC__YY)

class Pre(type):
    @classmethod
    def __prepare__(metacls, name, bases):
        return {'__annotations__': {'given': 1}}
class P(metaclass=Pre):
    a: int
print(P.__annotations__)
class Q:
    a: int
    if True:
        b: str = "x"
print(Q.__annotations__)

# The same through the run-time compiler.
ns = {"CMeta": CMeta}
exec('''
class S:
    def f(self, __kw: 1) -> 2:
        pass
class CC(metaclass=CMeta):
    XX: 'ANNOT'
print(S.f.__annotations__, CC.__annotations__['xx'])
''', ns)

# Order (and evaluation order) of parameter annotations: CPython visits
# args before posonlyargs, then *args, keyword-only, **kwargs, return.
def note(x):
    print("eval", x)
    return x
def order(a: note(1), /, b: note(2), *c: note(3), d: note(4), **e: note(5)) -> note(6):
    pass
print(order.__annotations__)
exec('''
def order(a: note(1), /, b: note(2), *c: note(3), d: note(4), **e: note(5)) -> note(6):
    pass
print(order.__annotations__)
lam = lambda a, /, b: 0
print(lam.__annotations__)
''', {"note": note})
