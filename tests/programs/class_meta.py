# Metaclasses, __init_subclass__, __set_name__, __class_getitem__, type() creation.
log = []

class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        log.append(f"prepare {name} {kw}")
        return {"injected": 42}

    def __new__(mcs, name, bases, ns, **kw):
        log.append(f"new {name} {sorted(k for k in ns if not k.startswith('__'))}")
        cls = super().__new__(mcs, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls

    def __init__(cls, name, bases, ns, **kw):
        log.append(f"init {name}")
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        log.append(f"call {cls.__name__} {args}")
        return super().__call__(*args, **kwargs)


class Base(metaclass=Meta, tag="base"):
    def __init__(self, x=0):
        self.x = x


class Child(Base, tag="child"):
    pass


for line in log:
    print(line)
c = Child(5)
print(log[-1], c.x, Child.tag, Base.tag, Child.injected)
print(type(Child).__name__, type(Base) is Meta, isinstance(Child, Meta))
print(Meta.__name__, Meta.__mro__ == (Meta, type, object))


# type(name, bases, dict)
def meth(self):
    return "meth of " + type(self).__name__

T = type("T", (object,), {"a": 1, "meth": meth})
print(T.__name__, T.__qualname__, T.a, T().meth(), T.__bases__ == (object,))
U = type("U", (T,), {})
print(U.__mro__ == (U, T, object), U().meth(), U.__module__)
print(type(5) is int, type("x").__name__)
try:
    type("X", 5, {})
except TypeError as e:
    print("TypeError", e)
try:
    type("X", (), 5)
except TypeError as e:
    print("TypeError", e)
try:
    type(1, 2)
except TypeError as e:
    print("TypeError", e)


# __init_subclass__ with keywords
class Plugin:
    registry = []

    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__
        Plugin.registry.append(cls.plugin_name)


class A(Plugin, name="alpha"):
    pass


class B(Plugin):
    pass


print(Plugin.registry, A.plugin_name, B.plugin_name)
try:
    class Bad(object, foo=1):
        pass
except TypeError as e:
    print("TypeError", e)


# __set_name__
class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, f"<unset {self.name}>")

    def __set__(self, obj, value):
        obj.__dict__[self.name] = value * 2


class Rec:
    size = Field()
    color = Field()


r = Rec()
print(Rec.size.name, Rec.size.owner, Rec.color.name, r.size)
r.size = 21
print(r.size, r.__dict__)


# __class_getitem__
class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item.__name__}]"


print(Box[int], Box[str])
try:
    int[1][2]
except TypeError as e:
    print("TypeError", e)


# Metaclass conflict
class M1(type):
    pass


class M2(type):
    pass


class P1(metaclass=M1):
    pass


class P2(metaclass=M2):
    pass


try:
    class P3(P1, P2):
        pass
except TypeError as e:
    print("TypeError", e)


# Metaclass with __getattr__ on classes and class-level properties
class MetaAttr(type):
    def __getattr__(cls, name):
        return f"meta-{name}"

    @property
    def shout(cls):
        return cls.__name__.upper()


class Q(metaclass=MetaAttr):
    real = 1


print(Q.real, Q.missing, Q.shout)

# __subclasses__ and __mro__
class R0: pass
class R1(R0): pass
class R2(R0): pass
print([c.__name__ for c in R0.__subclasses__()], [c.__name__ for c in R1.__mro__])
print(R1.__base__.__name__, R0.__base__.__name__, object.__base__)
try:
    class Z(R1, R0, R1): pass
except TypeError as e:
    print("TypeError", e)
try:
    class Z2(R0, R1): pass
except TypeError as e:
    print("TypeError", e)


class BadName:
    def __set_name__(self, owner, name):
        raise ValueError("boom")


try:
    class UsesBad:
        attr = BadName()
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))
print(type("E", (Plugin,), {}, name="dyn").plugin_name, Plugin.registry)
