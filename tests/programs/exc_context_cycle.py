# Implicit exception chaining breaks new cycles and does not hang on an
# existing cycle in the __context__ chain.


def cycle():
    try:
        raise ValueError(1)
    except ValueError as ex:
        ex.__context__ = ex
        raise TypeError(2)


try:
    cycle()
except Exception as e:
    exc = e
print(type(exc).__name__, exc, type(exc.__context__).__name__, exc.__context__.__context__ is exc.__context__)


class A(Exception):
    pass


class B(Exception):
    pass


class C(Exception):
    pass


class D(Exception):
    pass


class E(Exception):
    pass


try:
    try:
        raise A()
    except A as _a:
        a = _a
        try:
            raise B()
        except B as _b:
            b = _b
            try:
                raise C()
            except C as _c:
                c = _c
                a.__context__ = c
                try:
                    raise D()
                except D as _d:
                    d = _d
                    e = E()
                    raise e
except E as got:
    print(got is e, e.__context__ is d, d.__context__ is c, c.__context__ is b, b.__context__ is a, a.__context__ is c)

# Re-raising an exception that is already in the chain cuts the chain.
try:
    try:
        raise A("outer")
    except A as x:
        outer = x
        try:
            raise B("inner")
        except B:
            raise outer
except A as got:
    print(got is outer, type(got.__context__).__name__, got.__context__.__context__)

# An exception whose context chain loops back to it.
x = ValueError("x")
y = KeyError("y")
y.__context__ = x
try:
    try:
        raise y
    except KeyError:
        raise x
except ValueError as got:
    print(got is x, type(got.__context__).__name__, y.__context__)
