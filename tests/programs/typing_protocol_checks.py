from typing import Protocol, runtime_checkable, NamedTuple, Iterable

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

class Coordinate(Protocol):
    x: int
    y: int

@runtime_checkable
class Point(Coordinate, Protocol):
    label: str

class MyPoint:
    x: int
    y: int
    label: str

class APoint:
    def __init__(self, x, y, label):
        self.x = x
        self.y = y
        self.label = label

@runtime_checkable
class Proto(Protocol):
    attr: int
    def meth(self, arg: str) -> int:
        ...

class Concrete(Proto):
    pass

class Other:
    attr: int = 1
    def meth(self, arg: str) -> int:
        return 0

class NT(NamedTuple):
    x: int
    y: int

@runtime_checkable
class Position(Protocol):
    x: int
    y: int

class Bad:
    pass

show("apoint", lambda: isinstance(APoint(1, 2, 'A'), Point))
show("mypoint", lambda: isinstance(MyPoint(), Point))
show("other", lambda: isinstance(Other(), Proto))
show("concrete", lambda: isinstance(Concrete(), Proto))
show("bad", lambda: (isinstance(Bad(), Proto), isinstance(Bad(), Point), isinstance(Bad(), Concrete)))
show("nt", lambda: isinstance(NT(1, 2), Position))
show("issubclass data", lambda: issubclass(Other, Proto))
show("not runtime", lambda: isinstance(1, Coordinate))

@runtime_checkable
class Meth(Protocol):
    def meth(self): ...
class HasMeth:
    def meth(self): pass
show("meth sub", lambda: (issubclass(HasMeth, Meth), issubclass(int, Meth)))
show("iterable", lambda: (isinstance([], Iterable), isinstance(1, Iterable)))
Meth.register(int)
show("registered", lambda: issubclass(int, Meth))
