import typing, collections.abc
from typing import (List, Dict, Optional, Union, Callable, TypeVar, Generic, Any, Tuple, Literal,
                    Annotated, get_type_hints, get_origin, get_args, NamedTuple, TypedDict, Protocol, ParamSpec)
T = TypeVar('T')
P = ParamSpec('P')
exprs = """repr(List[int])
repr(Dict[str, List[int]])
repr(Optional[list[int]])
repr(Union[int, list[str], None])
repr(Callable[[int], str])
repr(Callable[..., list[int]])
repr(collections.abc.Callable[P, int])
repr(collections.abc.Callable[[int, str], list[int]][()]) if False else 0
repr(collections.abc.Callable[[T], list[T]][int])
repr(Tuple[int, ...])
repr(Literal[1, 'a'])
repr(Annotated[int, 'meta'])
get_origin(List[int]) is list
get_args(Callable[[int], str])
get_args(collections.abc.Callable[[int], str])
get_args(Optional[int])
List[int] == list[int]
Optional[int] == (int | None)
Union[int, str] == (int | str)
repr(list[int] | str)
repr(Union[list[int], str])
repr(int | Optional[str])
repr(Optional[int] | str)
isinstance(3, Union[int, str])
repr(type[T])
repr(list[T][list[int]])
repr(dict[T, list[T]][str])
repr(tuple[T, ...][int])
repr(Dict[str, T][int])
repr(List[list[T]][int])
list[int].__parameters__
collections.abc.Callable[[T], T].__parameters__
collections.abc.Callable[P, T].__parameters__
repr(collections.abc.Iterable[int])
repr(collections.abc.Mapping[str, int])
issubclass(list, collections.abc.Iterable)
isinstance([], collections.abc.Sequence)
repr(typing.Iterable[int])
repr(typing.Type[int])
repr(typing.FrozenSet[int])
repr(typing.DefaultDict[str, int])""".strip().splitlines()
for e in exprs:
    try:
        print(e, '->', eval(e))
    except Exception as ex:
        print(e, '!!', type(ex).__name__, ex)

class Box(Generic[T]):
    def __init__(self, v: T) -> None:
        self.v = v
print(repr(Box[int]), Box[int](3).v, Box[int](3).__orig_class__)
def f(a: list[int], b: 'Optional[str]' = None) -> dict[str, int | None]:
    return {}
print(get_type_hints(f))
# class NT(NamedTuple) / class TD(TypedDict) need class.go to look __mro_entries__ up on the
# base object itself (a function attribute), not on its type.
class Pr(Protocol):
    def meth(self) -> int: ...
print(Pr.__name__)
