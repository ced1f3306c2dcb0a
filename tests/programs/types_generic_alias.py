import types, collections.abc, typing
from typing import TypeVar
T = TypeVar('T')
K = TypeVar('K')

class C:
    def m(self, a=1):
        return ("m", a)
    def __repr__(self):
        return "C()"
c = C()
def f(self, x):
    return (type(self).__name__, x)
class Cls:
    pass

exprs = [
    # types.MethodType
    "types.MethodType(f, c)(5)", "types.MethodType(C.m, c)()", "types.MethodType(C.m, c)(a=7)",
    "types.MethodType(f, c).__func__ is f", "types.MethodType(f, c).__self__ is c",
    "repr(types.MethodType)", "types.MethodType(f, 3)(4)", "types.MethodType(1, c)", "types.MethodType(f)",
    "types.MethodType(f, c, 1)", "types.MethodType(f, None)", "types.MethodType(f, c) == types.MethodType(f, c)",
    "types.MethodType(f, c) == types.MethodType(f, C())", "repr(types.MethodType(f, c))[:22]",
    "types.MethodType(f, c).__name__", "type(types.MethodType(f, c)) is types.MethodType",
    "types.MethodType(Cls, 1)()", "types.MethodType(f, c, x=1)",
    # GenericAlias
    "repr(list[int])", "repr(dict[str, list[int]])", "repr(tuple[int, ...])", "repr(type[int])",
    "repr(collections.abc.Callable[[int], str])", "repr(collections.abc.Callable[..., int])",
    "repr(collections.abc.Callable[[], None])", "collections.abc.Callable[[int], str].__args__",
    "collections.abc.Callable[[int], str].__origin__", "type(collections.abc.Callable[[int], str]).__name__",
    "list[int].__origin__", "list[int].__args__", "list[int, str].__args__", "dict[str, list[int]].__args__",
    "repr(tuple[()])", "tuple[()].__args__", "repr(list['int'])", "repr(list[None])", "repr(list[1])", "repr(list[...])",
    "repr(list[[int, str]])", "repr(type[list[int]])", "repr(list[C])", "repr(list[Cls])",
    "list[int]([1, 2])", "list[int]()", "dict[str, int]({'a': 1})", "type(list[int])", "repr(type(list[int]))",
    "type(list[int]) is types.GenericAlias", "isinstance([], list[int])", "issubclass(list, list[int])",
    "list[int] == list[int]", "list[int] == list[str]", "list[int] == list", "list[int] != list[int]",
    "hash(list[int]) == hash(list[int])", "len({list[int], list[int], list[str]})",
    "list[int].__name__", "list[int].__qualname__", "list[int].__module__", "list[int].append", "list[int].foo",
    "list[int].__class__", "list[int].__mro_entries__((1,))", "list[int].__unpacked__", "list[int].__parameters__",
    "list[T].__parameters__", "dict[K, list[T]].__parameters__", "repr(list[T])", "repr(dict[str, T])",
    "list[T][int]", "dict[K, list[T]][str, int]", "list[int][int]", "list[T][int, str]", "dict[K, T][int]",
    "types.GenericAlias(list, (int,))", "types.GenericAlias(list, int)", "types.GenericAlias(list)",
    "list[int].__reduce__()", "list[int] | None", "None | list[int]", "list[int] | int | None",
    # UnionType
    "repr(int | None)", "(int | None).__args__", "isinstance(3, int | str)", "isinstance(None, int | None)",
    "isinstance('x', int | float)", "type(int | None)", "repr(int | str | None)", "repr(list[int] | None)",
    "issubclass(bool, int | str)", "int | None == None | int", "int | str == str | int", "int | str == int",
    "repr(int | int)", "hash(int | str) == hash(str | int)", "len({int | str, str | int})",
    "(int | str | int).__args__", "repr(int | None | None)", "repr((int | str) | (str | bytes))",
    "isinstance(1, (int | str, float))", "issubclass(int, int | None)", "isinstance(1, int | list[int])",
    "isinstance(1, list[int] | int)", "(int | T).__parameters__", "(int | str).__parameters__",
    "int | 1", "1 | int", "int | 'str'", "type(int | str) is types.UnionType", "repr(int | Cls)",
    "(int | str).__instancecheck__(1)", "(int | str).__subclasscheck__(bool)",
    "repr(typing.List[int])", "repr(typing.Optional[int])", "repr(typing.Union[int, str])",
    "typing.get_origin(list[int])", "typing.get_args(dict[str, int])", "typing.get_args(int | str)",
    "typing.get_origin(int | str)", "typing.Union[int, str] == (int | str)",
]
for expr in exprs:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)

class G(list[int]):
    pass
print(G.__bases__, G([1]), G.__orig_bases__ if hasattr(G, '__orig_bases__') else None)

import weakref
wm = weakref.WeakMethod(c.m)
print(wm()())
for expr in ["(int | str).foo", "types.UnionType.__name__", "types.GenericAlias.__name__", "types.GenericAlias.__qualname__",
             "types.UnionType.__module__", "repr(types.UnionType)", "types.GenericAlias.__repr__(1)", "list[int].__origin__.__name__",
             "types.UnionType()", "hash(list[int]) == hash(list[str])", "tuple[int, str] == tuple[int, str]"]:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
