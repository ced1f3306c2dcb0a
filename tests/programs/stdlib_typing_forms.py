import typing
from typing import (TypedDict, NamedTuple, Protocol, runtime_checkable, Generic, TypeVar, get_type_hints,
                    get_origin, get_args, Literal, Union, Optional, overload, cast, Annotated, Any, Callable,
                    List, Dict, Tuple, Set, FrozenSet, Type, Iterable, Sequence, NewType, Final, ClassVar, NoReturn)

class Movie(TypedDict):
    title: str
    year: int
class Movie2(Movie, total=False):
    rating: float
m: Movie = {"title": "x", "year": 1}
print(m, sorted(Movie.__required_keys__), Movie2.__optional_keys__ , Movie2.__total__, type(m).__name__)
print(get_type_hints(Movie2))
M3 = TypedDict("M3", {"a": int, "b": str})
print(M3(a=1, b="q"), sorted(M3.__annotations__))
try:
    isinstance({}, Movie)
except TypeError as ex:
    print(type(ex).__name__, ex)

class Emp(NamedTuple):
    name: str
    id: int = 3
    def show(self):
        return f"{self.name}#{self.id}"
e = Emp("bob"); print(e, e.show(), Emp._fields, Emp._field_defaults, Emp.__annotations__, e._replace(id=9))
E2 = NamedTuple("E2", [("a", int), ("b", str)]); print(E2(1, "x"))
try:
    class BadNT(NamedTuple):
        a: int = 1
        b: int
except TypeError as ex:
    print(type(ex).__name__, ex)

@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class HasClose:
    def close(self): pass
print(isinstance(HasClose(), Closer), isinstance(1, Closer), issubclass(HasClose, Closer))
class NotRC(Protocol):
    def f(self): ...
try:
    isinstance(1, NotRC)
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    Closer()
except TypeError as ex:
    print(type(ex).__name__, ex)
@runtime_checkable
class HasX(Protocol):
    x: int
class WX:
    x = 1
print(isinstance(WX(), HasX))
try:
    issubclass(WX, HasX)
except TypeError as ex:
    print(type(ex).__name__, ex)

T = TypeVar("T")
K = TypeVar("K", bound=str)
V = TypeVar("V", int, str)
print(T, repr(K), V.__constraints__, K.__bound__, T.__name__, TypeVar("C", covariant=True))
class Box(Generic[T]):
    def __init__(self, v: T) -> None:
        self.v = v
    def get(self) -> T:
        return self.v
print(Box[int], Box[int](5).get(), Box.__parameters__, get_origin(Box[int]), get_args(Box[int]))
try:
    Box[int, str]
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    Generic[int]
except TypeError as ex:
    print(type(ex).__name__, ex)
class Pair(Generic[K, V]): pass
print(Pair[str, int], Pair.__orig_bases__ if False else "", Box.__mro__[1:])

print(repr(Optional[int]), repr(Union[int, str]), repr(Union[int]), repr(Union[int, None, str]), Literal["a", 1], Literal["a"] == Literal["a"])
print(get_origin(Union[int, str]) is Union, get_args(Optional[int]), get_origin(List[int]), get_args(Dict[str, int]), get_origin(int))
print(get_args(Callable[[int, str], bool]), get_origin(Callable[..., int]), get_args(Literal[1, 2]), get_origin(Annotated[int, "m"]), get_args(Annotated[int, "m", 2]))
print(repr(List[int]), repr(Dict[str, List[int]]), repr(Tuple[int, ...]), repr(Callable[[int], str]), repr(Type[int]), repr(Any), repr(Iterable[T]))
print(repr(list[int]), repr(int | str), repr(Annotated[int, "meta"]), repr(Final[int]), repr(ClassVar[int]))
print(Union[int, str] == Union[str, int], Union[int, int], Optional[Union[int, str]])
try:
    Union[()]
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    isinstance(1, List[int])
except TypeError as ex:
    print(type(ex).__name__, ex)
print(isinstance(1, int | str), isinstance([], typing.List), issubclass(list, Sequence))
print(cast(int, "x"), cast("List[int]", 5))

@overload
def dbl(x: int) -> int: ...
@overload
def dbl(x: str) -> str: ...
def dbl(x):
    return x * 2
print(dbl(2), dbl("a"))
try:
    @overload
    def ov(x: int) -> int: ...
    ov(1)
except NotImplementedError as ex:
    print(type(ex).__name__, ex)

UserId = NewType("UserId", int)
print(UserId(5), UserId.__name__, repr(UserId))
def hinted(a: int, b: "str" = "x", c: Optional[List["int"]] = None) -> Dict[str, int]:
    return {}
print(get_type_hints(hinted))
print(get_type_hints(hinted, include_extras=True) == get_type_hints(hinted))
def ann(a: Annotated[int, "positive"]) -> None: pass
print(get_type_hints(ann), get_type_hints(ann, include_extras=True))
class Node:
    nxt: "Optional[Node]"
    val: int
print(get_type_hints(Node))
print(typing.TYPE_CHECKING, typing.get_overloads(dbl) and len(typing.get_overloads(dbl)))
print(typing.assert_never.__name__, typing.reveal_type(3))
try:
    typing.assert_never(1)
except AssertionError as ex:
    print(type(ex).__name__, ex)
AnyStr = typing.AnyStr; print(AnyStr.__constraints__)
S = typing.ParamSpec("S"); print(S, S.args, S.kwargs)
print(typing.Self, typing.LiteralString, typing.Never, typing.Required[int], typing.NotRequired[str])
