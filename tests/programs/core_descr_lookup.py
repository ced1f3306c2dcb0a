# Descriptor corner cases: a descriptor with __set__ but no __get__ yields
# to the instance dict when read; a module subclass's data descriptors
# (a __dict__ property) come before the module dict; getset/member
# descriptors carry their docstrings; classmethod over a bound method;
# bound methods have no __get__.
import io
import types


class Descr:
    def __init__(self, name):
        self.name = name

    def __set__(self, obj, value):
        obj.__dict__[self.name] = value


descr = Descr("a")


class X:
    a = descr


x = X()
print(x.a is descr)
x.a = 42
print(x.a, X.a is descr)


class Meta(type):
    pass


class Y(metaclass=Meta):
    pass


Y.a = 42
Meta.a = Descr("a")
print(Y.a)


class M(types.ModuleType):
    pass


m = M("m")
m.b = 2
m.a = 1
print([n for n in dir(m) if not n.startswith("__")], m.__dict__["b"])


class M2(M):
    def getdict(self):
        return "Not a dict!"
    __dict__ = property(getdict)


m2 = M2("m2")
m2.b = 2
print(m2.__dict__, m2.b)
try:
    dir(m2)
except TypeError as e:
    print(type(e).__name__, e)


class M3(types.ModuleType):
    __dict__ = 8


try:
    dir(M3("m3"))
except TypeError as e:
    print(type(e).__name__, e)


class M4(types.ModuleType):
    @property
    def answer(self):
        return 42


m4 = M4("m4")
m4.__dict__["answer"] = 0
print(m4.answer, m4.__dict__["answer"])

print(io.FileIO.closed.__doc__)
print(complex.real.__doc__)
print(type(complex.real).__name__, type(io.FileIO.closed).__name__)


class Slotted:
    __slots__ = ("x",)
    """no doc for slots"""


print(Slotted.x.__doc__)


class A:
    def foo(self, cls):
        return "spam", cls.__name__


class B:
    bar = classmethod(A().foo)


print(B.bar(), B().bar())
print(hasattr(types.MethodType, "__get__"))


class C:
    m = A().foo


print(C().m(C), C.m(B))

try:
    raise IndexError
except IndexError as e:
    print(dir(e.__traceback__), sorted(e.__traceback__.__dir__()))
