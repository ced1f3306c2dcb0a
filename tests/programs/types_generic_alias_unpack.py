from typing import TypeVar
T = TypeVar("T")
x = [*tuple[int, str]]
print(len(x), x[0].__origin__, x[0].__unpacked__, x[0])
print(x[0] == tuple[int, str], x[0].__args__)
print(tuple[*tuple[int, str]])
print(list[int, *tuple[str, ...]])
print([*tuple[T, ...]])
print(tuple[int, *tuple[T, ...]][str])
def f(*args: *tuple[int, str]): pass
print(f.__annotations__)
