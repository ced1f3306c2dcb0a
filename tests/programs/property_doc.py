def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


p = property(doc='basic')
print(p.__doc__)
p.__doc__ = 'extended'
print(p.__doc__)
del p.__doc__
print(p.__doc__)


class Base:
    @property
    def spam(self):
        """BaseClass.getter"""
        return 1

    @spam.setter
    def spam(self, v):
        pass


print(Base.spam.__doc__)
Base.spam.__doc__ = 'Spam'
print(Base.spam.__doc__)


class PropertySub(property):
    """This is a subclass of property"""


class PropertySubSlots(property):
    """This is a subclass of property that defines __slots__"""
    __slots__ = ()


class Foo:
    @PropertySub
    def spam(self):
        """spam wrapped in property subclass"""
        return 1

    @spam.setter
    def spam(self, value):
        """this docstring is ignored"""


print(Foo.spam.__doc__, type(Foo.spam).__name__)


class Foo2:
    @PropertySub
    def spam(self):
        """spam wrapped in property subclass"""
        return 1

    @spam.getter
    def spam(self):
        """a new docstring"""
        return 8


print(Foo2.spam.__doc__, Foo2().spam)

try:
    class Foo3:
        @PropertySubSlots
        def spam(self):
            """Trying to copy this docstring will raise an exception"""
            return 1
    print("no error")
except AttributeError as e:
    print("AttributeError", e)

print(PropertySub(lambda s: 1).__doc__, PropertySub(doc="given").__doc__, PropertySub().__doc__)


class Sub(Base):
    @Base.spam.getter
    def spam(self):
        """SubClass.getter"""
        return 2


print(Sub.spam.__doc__, Sub().spam)


class Sub2(Base):
    @Base.spam.getter
    def spam(self):
        return 3


print(Sub2.spam.__doc__, Sub2().spam)


class A:
    @classmethod
    @property
    def __doc__(cls):
        return "A doc for %r" % cls.__name__


print(A.__doc__)


class B:
    @classmethod
    @property
    def name(cls):
        return cls.__name__ + "!"


print(B.name, B().name)

p = property()
for i in (0, 1, 3):
    show("set_name %d" % i, lambda: p.__set_name__(*([0] * i)))
show("getter none", lambda: property().getter())
show("no getter", lambda: property().__get__(1, int))
