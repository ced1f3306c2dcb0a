# dir(obj) lists the names of the __dict__ and __class__ the object
# reports, as CPython's object.__dir__: either may fail or be replaced.


class NoClass(object):
    __slots__ = ["__class__", "__dict__"]

    def __init__(self):
        self.bar = "wow"


f = NoClass()
print("__repr__" in dir(f), "bar" in dir(f))


class Pretend:
    @property
    def __class__(self):
        return int


p = Pretend()
print("bit_length" in dir(p), "__init__" in dir(p))


class FakeDict:
    @property
    def __dict__(self):
        return {"zz_only": 1}


print([n for n in dir(FakeDict()) if n.startswith("zz")])


class NotADict:
    __dict__ = 5


print("__repr__" in dir(NotADict()))


class Foo(object):
    def __dir__(self):
        return 7


try:
    dir(Foo())
except TypeError as e:
    print(type(e).__name__, e)


class Tup:
    def __dir__(self):
        return ("b", "c", "a")


print(dir(Tup()))
try:
    dir(42, 42)
except TypeError as e:
    print(type(e).__name__, e)
