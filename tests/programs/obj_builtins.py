# object/type builtins: vars, dir, callable, id, hash, isinstance/issubclass hooks, type attributes.
class Plain:
    "Plain doc."
    attr = 1

    def method(self):
        return self


p = Plain()
p.x = 5
print(vars(p), vars(Plain)["attr"], type(vars(Plain)).__name__)
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
print(Plain.__name__, Plain.__qualname__, Plain.__module__, Plain.__doc__, Plain.__bases__, Plain.__base__)
print(Plain.__mro__, type(Plain.__dict__).__name__)
print(type(p).__name__, type(p) is Plain, p.__class__ is Plain, type(Plain) is type, type(type) is type)


class Outer:
    class Inner:
        def m(self):
            pass


print(Outer.Inner.__qualname__, Outer.Inner.__name__, Outer.Inner.m.__qualname__)


def factory():
    class Local:
        pass
    return Local


print(factory().__qualname__)

# callable
class WithCall:
    def __call__(self, v):
        return v + 1


print(callable(WithCall()), callable(Plain()), callable(Plain), callable(print), callable(None), WithCall()(1))

# id / hash / is
a, b = Plain(), Plain()
print(id(a) == id(a), id(a) != id(b), hash(a) == hash(a), type(hash(a)).__name__)


class EqOnly:
    def __eq__(self, other):
        return True


class EqHash:
    def __eq__(self, other):
        return True

    def __hash__(self):
        return 7


class HashNone:
    __hash__ = None


for obj in (EqOnly(), HashNone(), [], {}):
    try:
        hash(obj)
    except TypeError as e:
        print(type(e).__name__, e)
print(hash(EqHash()), EqOnly.__hash__, EqHash() == 1)


class Sub(EqHash):
    pass


print(hash(Sub()))


# isinstance / issubclass with hooks
class Meta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", type(inst).__name__)
        return inst == 42

    def __subclasscheck__(cls, sub):
        print("subclasscheck", sub.__name__)
        return sub is int


class Magic(metaclass=Meta):
    pass


print(isinstance(42, Magic), isinstance("x", Magic), isinstance(Magic(), Magic))
print(issubclass(int, Magic), issubclass(str, Magic))
print(isinstance(1, (str, int)), isinstance(1, (str, (bytes, int))), issubclass(bool, (str, int)))
print(isinstance(1, int | str), issubclass(bool, int | None))
for bad in (lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, 1),
            lambda: isinstance(1, (int, 1)), lambda: issubclass(int, (1, int))):
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)


class FakeClass:
    @property
    def __class__(self):
        return int


print(isinstance(FakeClass(), int), type(FakeClass()).__name__)

# abstract classes via __abstractmethods__ (as abc.ABCMeta sets it)
class Shape:
    def area(self):
        raise NotImplementedError


Shape.__abstractmethods__ = frozenset({"area", "perimeter"})
try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)
Shape.__abstractmethods__ = frozenset({"area"})
try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)
Shape.__abstractmethods__ = frozenset()
print(type(Shape()).__name__)


class Body:
    __abstractmethods__ = frozenset({"x"})


print(type(Body()).__name__)

# object() and object methods
o = object()
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Plain(1)
except TypeError as e:
    print(type(e).__name__, e)
print(object.__name__, object.__bases__, object.__mro__, object.__base__)
print(p.__eq__(p), p.__eq__(a), p.__ne__(a), p.__lt__(a), p.__str__() == p.__repr__())
print(p.__format__("") == str(p), format(p, "") == str(p))
try:
    format(p, "x")
except TypeError as e:
    print(type(e).__name__, e)
print(p.__reduce_ex__(2)[0].__name__, p.__reduce_ex__(2)[1][0] is Plain, p.__reduce_ex__(2)[2])
print(Plain.__subclasshook__(), Plain.__init_subclass__())


class WithInit:
    def __init__(self, a, b=2):
        self.a, self.b = a, b

    def __repr__(self):
        return f"WithInit({self.a}, {self.b})"


print(WithInit(1), WithInit(1, b=3), repr(WithInit(0)))
try:
    WithInit()
except TypeError as e:
    print(type(e).__name__, e)


class BadInit:
    def __init__(self):
        return 5


try:
    BadInit()
except TypeError as e:
    print(type(e).__name__, e)


class NewReturnsOther:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never")


print(NewReturnsOther())


class Singleton:
    _inst = None

    def __new__(cls, *args):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst

    def __init__(self, v):
        self.v = v


s1, s2 = Singleton(1), Singleton(2)
print(s1 is s2, s1.v)

# type() forms and class attribute writes
print(type(3), type(None), type(type), type(print).__name__)
Plain.added = "new"
print(p.added, Plain.added)
del Plain.added
print(hasattr(p, "added"))
Plain.__name__ = "Renamed"
print(Plain.__name__, Plain.__qualname__, repr(Plain))
for bad in (lambda: setattr(Plain, "__name__", 5), lambda: setattr(int, "foo", 1), lambda: delattr(Plain, "nothing"),
            lambda: setattr(Plain, "__bases__", 1)):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


class BaseA:
    def hi(self):
        return "A"


class BaseB:
    def hi(self):
        return "B"


class Kid(BaseA):
    pass


k = Kid()
print(k.hi(), [c.__name__ for c in Kid.__mro__])
Kid.__bases__ = (BaseB,)
print(k.hi(), [c.__name__ for c in Kid.__mro__], Kid.__base__.__name__)
for bad in ((), (1,), (Kid,)):
    try:
        Kid.__bases__ = bad
    except TypeError as e:
        print(type(e).__name__, e)
