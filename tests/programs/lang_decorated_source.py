# co_firstlineno of a decorated def/class is its first decorator's line, so
# inspect.getsource includes the decorators (CPython 3.8+).
import inspect, functools
def deco(f):
    return f
@deco
@functools.lru_cache(maxsize=None)
def g(x):
    return x
@deco
class C:
    @staticmethod
    def m():
        pass
print(g.__wrapped__.__code__.co_firstlineno, C.m.__code__.co_firstlineno)
print(inspect.getsource(g))
print(inspect.getsource(C))
print(inspect.getsource(C.m))
