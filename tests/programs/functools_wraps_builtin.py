# functools.update_wrapper / wraps over builtins: __doc__, __name__, __annotations__, __wrapped__.
import functools


def wrapper():
    pass


for b in (max, min):
    def wrapper():
        pass
    functools.update_wrapper(wrapper, b)
    print(wrapper.__name__, wrapper.__qualname__, wrapper.__doc__.splitlines()[0], wrapper.__annotations__,
          wrapper.__wrapped__ is b)
    print(repr(b.__doc__))

    @functools.wraps(b)
    def w2():
        pass
    print(w2.__name__, w2.__doc__.startswith(b.__name__ + '('), w2.__wrapped__ is b)
