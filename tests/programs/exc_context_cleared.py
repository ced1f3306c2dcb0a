# An exception whose __context__ was cleared keeps it None while it propagates through an except block (generator throw included).
class MyException(Exception):
    pass
def f():
    try:
        raise IndexError()
    except BaseException:
        exc = MyException()
        try:
            raise exc
        finally:
            exc.__context__ = None
try:
    f()
except MyException as e:
    print("1", e.__context__)
def g():
    try:
        yield
    except BaseException:
        exc = MyException()
        try:
            raise exc
        finally:
            exc.__context__ = None
gen = g()
next(gen)
try:
    gen.throw(IndexError())
except MyException as e:
    print("2", e.__context__)
gen = g()
next(gen)
try:
    try:
        raise IndexError()
    except IndexError as ie:
        gen.throw(ie)
except MyException as e:
    print("3", e.__context__)
