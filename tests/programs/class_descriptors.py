# Descriptors, property, staticmethod/classmethod edge cases.
class Data:
    def __init__(self, name):
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return "class access"
        return "data " + self.name

    def __set__(self, obj, value):
        obj.__dict__["_" + self.name] = value


class NonData:
    def __get__(self, obj, owner=None):
        return "nondata"


class Host:
    d = Data("d")
    n = NonData()


h = Host()
h.__dict__["d"] = "instance d"
h.__dict__["n"] = "instance n"
print(h.d, h.n, Host.d, Host.n)
h.d = 5
print(h.__dict__["_d"], h.d)


class Deleter:
    def __get__(self, obj, owner):
        return "got"

    def __delete__(self, obj):
        print("deleting")


class H2:
    x = Deleter()


h2 = H2()
del h2.x
print(h2.x)


class P:
    def __init__(self):
        self._v = 0

    @property
    def v(self):
        "the v property"
        return self._v

    @v.setter
    def v(self, value):
        if value < 0:
            raise ValueError("negative")
        self._v = value

    @v.deleter
    def v(self):
        print("del v")

    ro = property(lambda self: "read-only")


p = P()
p.v = 3
print(p.v, P.v.__doc__, type(P.v).__name__)
try:
    p.v = -1
except ValueError as e:
    print(type(e).__name__, e)
del p.v
for op in (lambda: setattr(p, "ro", 1), lambda: delattr(p, "ro")):
    try:
        op()
    except AttributeError as e:
        print(type(e).__name__, e)
print(P.v.fget.__name__, P.v.fset.__name__, P.ro.fset)

class NoGet:
    x = property(None)
try:
    NoGet().x
except AttributeError as e:
    print(type(e).__name__, e)

prop = property(lambda self: 1)
class Late:
    pass
Late.y = prop
try:
    Late().y = 2
except AttributeError as e:
    print(type(e).__name__, e)


class S:
    @staticmethod
    def st(a, b=1):
        return a + b

    @classmethod
    def cm(cls, x):
        return cls.__name__ + str(x)


class S2(S):
    pass


print(S.st(1), S().st(2, 3), S.cm(1), S2.cm(2), S2().cm(3))
sm = S.__dict__["st"]
cm = S.__dict__["cm"]
print(type(sm).__name__, type(cm).__name__, sm.__func__ is S.st, cm.__func__.__name__)
print(sm.__name__, cm.__qualname__, sm.__wrapped__ is sm.__func__, sm(5))
print(repr(staticmethod(len)), repr(classmethod(len)))
for bad in (lambda: staticmethod(), lambda: classmethod(1, 2)):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(classmethod(lambda c: c.__name__).__get__(None, S)())


class Counter:
    count = 0

    def __set_name__(self, owner, name):
        self.public = name

    def __get__(self, obj, owner):
        Counter.count += 1
        return Counter.count


class UsesCounter:
    c = Counter()


u = UsesCounter()
print(u.c, u.c, UsesCounter.c, UsesCounter.__dict__["c"].public)


# __getattr__ fallback only after descriptors and dict
class Fallback:
    real = 1

    def __getattr__(self, name):
        return "fallback " + name


f = Fallback()
f.inst = 2
print(f.real, f.inst, f.other)


# super edge cases
class Base:
    def hello(self):
        return "base hello"

    @classmethod
    def make(cls):
        return "made " + cls.__name__

    @property
    def prop(self):
        return "base prop"


class Derived(Base):
    def hello(self):
        return "derived+" + super().hello()

    @classmethod
    def make(cls):
        return "derived " + super().make()

    @property
    def prop(self):
        return "derived " + super().prop

    def info(self):
        s = super()
        return s.__thisclass__.__name__, s.__self_class__.__name__, type(s).__name__


d = Derived()
print(d.hello(), Derived.make(), d.prop, d.info())
print(super(Derived, d).hello(), super(Derived, Derived).make())
for bad in (lambda: super(1, d), lambda: super(Derived, 5), lambda: super(Derived, d).nothing):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


def no_args_super():
    return super()


try:
    no_args_super()
except RuntimeError as e:
    print(type(e).__name__, e)
