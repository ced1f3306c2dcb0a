# DeprecationWarnings of number conversions: dunders returning strict
# subclasses, int() delegating to __trunc__, NotImplemented as a bool.
import warnings


def show(label, f):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            r = f()
            out = "%r %s" % (r, type(r).__name__)
        except Exception as e:
            out = "%s %s" % (type(e).__name__, e)
    print(label, out)
    for x in w:
        print("   ", x.category.__name__, x.message)


class MyInt(int):
    pass


class MyFloat(float):
    pass


class MyComplex(complex):
    pass


class IntRetBool:
    def __int__(self):
        return True


class IntRetSub:
    def __int__(self):
        return MyInt(7)


class IntRetFloat:
    def __int__(self):
        return 4.5


class IndexRetBool:
    def __index__(self):
        return True


class IndexRetSub:
    def __index__(self):
        return MyInt(5)


class IndexRetStr:
    def __index__(self):
        return "5"


class Trunc:
    def __trunc__(self):
        return 42


class TruncSub:
    def __trunc__(self):
        return MyInt(43)


class TruncIndex:
    def __trunc__(self):
        return IndexRetBool()


class TruncBad:
    def __trunc__(self):
        return 1.5


class TruncRaises:
    def __trunc__(self):
        1 / 0


class IntAndTrunc:
    def __int__(self):
        return 1

    def __trunc__(self):
        return 2


class FloatRetSub:
    def __float__(self):
        return MyFloat(2.5)


class FloatSelf(float):
    def __float__(self):
        return self


class FloatRetInt:
    def __float__(self):
        return 3


class ComplexRetSub:
    def __complex__(self):
        return MyComplex(1 + 2j)


class ComplexRetFloat:
    def __complex__(self):
        return 1.0


show("int bool", lambda: int(IntRetBool()))
show("int sub", lambda: int(IntRetSub()))
show("MyInt sub", lambda: MyInt(IntRetSub()))
show("int float", lambda: int(IntRetFloat()))
show("int myint", lambda: int(MyInt(9)))
show("index bool", lambda: int(IndexRetBool()))
show("index sub", lambda: [10, 20, 30, 40, 50, 60][IndexRetSub()])
show("index op", lambda: __import__("operator").index(IndexRetSub()))
show("index str", lambda: int(IndexRetStr()))
show("hex index", lambda: hex(IndexRetBool()))
show("trunc", lambda: int(Trunc()))
show("trunc sub", lambda: int(TruncSub()))
show("trunc index", lambda: int(TruncIndex()))
show("trunc bad", lambda: int(TruncBad()))
show("trunc raises", lambda: int(TruncRaises()))
show("int+trunc", lambda: int(IntAndTrunc()))
show("float sub", lambda: float(FloatRetSub()))
show("MyFloat sub", lambda: MyFloat(FloatRetSub()))
show("float self", lambda: float(FloatSelf(1.25)))
show("float int", lambda: float(FloatRetInt()))
show("complex sub", lambda: complex(ComplexRetSub()))
show("complex float", lambda: complex(ComplexRetFloat()))
show("bool NotImplemented", lambda: bool(NotImplemented))
show("not NotImplemented", lambda: not NotImplemented)
show("if NotImplemented", lambda: 1 if NotImplemented else 0)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    for label, f in [("int sub", lambda: int(IntRetSub())), ("trunc", lambda: int(Trunc())),
                     ("bool NI", lambda: bool(NotImplemented))]:
        try:
            f()
        except DeprecationWarning as e:
            print("error", label, type(e).__name__, e)
