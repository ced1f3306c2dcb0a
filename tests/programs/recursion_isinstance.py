# isinstance/issubclass: nested tuples, __instancecheck__/__subclasscheck__
# and __bases__ recursion raise RecursionError; class-like objects with a
# __bases__ tuple work.
import sys


def show(name, f):
    try:
        r = f()
    except Exception as e:
        print(name, type(e).__name__, e)
    else:
        print(name, "->", r)


def kind(name, f):
    try:
        f()
    except RecursionError as e:
        print(name, type(e).__name__, str(e).startswith("maximum recursion depth exceeded"))


def nested(x, n):
    t = (x,)
    for i in range(n):
        t = (t,)
    return t


limit = sys.getrecursionlimit()
show("isinstance nested ok", lambda: isinstance("", nested(str, limit // 4)))
show("issubclass nested ok", lambda: issubclass(str, nested(str, limit // 4)))
show("isinstance too deep", lambda: isinstance("", nested(str, limit + 10)))
show("issubclass too deep", lambda: issubclass(str, nested(str, limit + 10)))
show("isinstance union", lambda: isinstance(1, int | str))


def blowstack(fxn, arg, compare_to):
    tuple_arg = (compare_to,)
    for cnt in range(sys.getrecursionlimit() + 5):
        tuple_arg = (tuple_arg,)
        fxn(arg, tuple_arg)


show("blowstack isinstance", lambda: blowstack(isinstance, "", str))
show("blowstack issubclass", lambda: blowstack(issubclass, str, str))


class X:
    @property
    def __bases__(self):
        return self.__bases__


kind("bases property 1", lambda: issubclass(X(), int))
kind("bases property 2", lambda: issubclass(int, X()))
kind("bases property 3", lambda: isinstance(1, X()))


class Failure(object):
    def __getattr__(self, attr):
        return (self, None)


kind("bases via __getattr__", lambda: issubclass(Failure(), int))


class Y:
    @property
    def __bases__(self):
        return (self, self, self)


kind("bases cycle", lambda: issubclass(Y(), int))


class M(type):
    def __instancecheck__(cls, inst):
        return isinstance(inst, cls)

    def __subclasscheck__(cls, sub):
        return issubclass(sub, cls)


class Z(metaclass=M):
    pass


kind("__instancecheck__", lambda: isinstance(1, Z))
kind("__subclasscheck__", lambda: issubclass(int, Z))


# Class-like objects: a __bases__ tuple is enough.
class A:
    @property
    def __bases__(self):
        return (int,)


class B:
    @property
    def __bases__(self):
        return (A(),)


show("abstract issubclass", lambda: issubclass(B(), int))
show("abstract issubclass false", lambda: issubclass(B(), str))
a = A()


class Inst:
    __class__ = a


show("abstract isinstance", lambda: isinstance(Inst(), a))
show("abstract isinstance false", lambda: isinstance(1, a))


class NoBases:
    pass


show("not a class 1", lambda: issubclass(NoBases(), int))
show("not a class 2", lambda: issubclass(int, NoBases()))
show("not a class 3", lambda: isinstance(1, NoBases()))


class BadBases:
    @property
    def __bases__(self):
        raise KeyError("boom")


show("bases raises 1", lambda: issubclass(BadBases(), int))
show("bases raises 2", lambda: isinstance(1, BadBases()))


class NotTuple:
    __bases__ = [int]


show("bases not tuple", lambda: issubclass(NotTuple(), int))
show("plain", lambda: (issubclass(bool, int), isinstance(True, (str, (int,))), issubclass(int, (str, float))))
