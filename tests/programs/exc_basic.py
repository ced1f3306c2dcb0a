# Builtin exception construction, str/repr/args, user subclasses.
for cls in (ValueError, TypeError, KeyError, IndexError, RuntimeError, Exception, BaseException, ZeroDivisionError):
    for args in ((), ("msg",), ("a", 1), (None,), (3,)):
        e = cls(*args)
        print(cls.__name__, repr(e), str(e), e.args, len(e.args))

print(repr(KeyError("k")), str(KeyError("k")), str(KeyError(1, 2)), str(KeyError()))
print(str(KeyError("")), repr(str(KeyError(""))))

try:
    ValueError(x=1)
except TypeError as e:
    print(type(e).__name__, e)

e = ValueError(1, 2)
e.args = [3, 4]
print(e.args, type(e.args).__name__)
e.args = "ab"
print(e.args)

class MyError(Exception):
    def __init__(self, code, detail="none"):
        super().__init__(f"code {code}")
        self.code = code
        self.detail = detail

try:
    raise MyError(404, detail="missing")
except MyError as e:
    print(type(e).__name__, e, repr(e), e.args, e.code, e.detail)
    print(isinstance(e, Exception), isinstance(e, MyError), issubclass(MyError, BaseException))

class NoSuper(ValueError):
    def __init__(self, a, b):
        self.total = a + b

e = NoSuper(1, 2)
print(e.args, e.total, str(e), repr(e))

class WithStr(Exception):
    def __str__(self):
        return "custom str"

print(str(WithStr("x")), repr(WithStr("x")))

class WithRepr(Exception):
    def __repr__(self):
        return "WR!"

print(repr(WithRepr()), str(WithRepr("a")))

class Deep(MyError):
    pass

try:
    raise Deep(1)
except MyError as e:
    print("caught", type(e).__name__, e.code, e)

# raising classes instantiates them
try:
    raise KeyError
except KeyError as e:
    print(repr(e), e.args)

try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)

try:
    raise ValueError("x") from 5
except TypeError as e:
    print(type(e).__name__, e)

class NotExc:
    pass

try:
    try:
        pass
    finally:
        raise NotExc
except TypeError as e:
    print(type(e).__name__, e)

# StopIteration / SystemExit / KeyboardInterrupt
print(StopIteration(5).value, StopIteration().value, StopIteration(1, 2).value)
s = StopIteration(1)
s.value = 9
print(s.value, s.args)
print(SystemExit().code, SystemExit(3).code, SystemExit("bye").code, SystemExit(1, 2).code)
print(isinstance(KeyboardInterrupt(), Exception), issubclass(KeyboardInterrupt, BaseException))
print(issubclass(StopAsyncIteration, Exception), StopAsyncIteration("x").args)
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))

def gen():
    yield 1
    return "done"

g = gen()
g.send(None)
try:
    g.send(None)
except StopIteration as e:
    print("stop value", e.value, e.args)

try:
    raise SystemExit(7)
except SystemExit as e:
    print("exit code", e.code)

# with_traceback / __traceback__
try:
    raise ValueError("tb")
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_next, type(tb.tb_frame).__name__, tb.tb_frame.f_code.co_name)
    e2 = RuntimeError("other").with_traceback(tb)
    print(e2.__traceback__ is tb)
    print(e.with_traceback(None) is e, e.__traceback__)

try:
    ValueError().__traceback__ = 5
except TypeError as e:
    print(type(e).__name__, e)

# notes
e = ValueError("noted")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second")
print(e.__notes__)
try:
    e.add_note(3)
except TypeError as x:
    print(type(x).__name__, x)

# __dict__ and arbitrary attributes
e = ValueError("d")
e.extra = 1
print(e.__dict__, e.extra)
print(ValueError("x").__reduce__())
print(MyError(5).__reduce__()[1], sorted(MyError(5).__reduce__()[2]))

# the exception hierarchy
for c in (FileNotFoundError, ModuleNotFoundError, UnicodeDecodeError, RecursionError, NotImplementedError,
          IndentationError, TabError, BrokenPipeError, TimeoutError, EOFError, ExceptionGroup, UserWarning):
    print(c.__name__, [b.__name__ for b in c.__mro__])

print(ValueError.__doc__)
print(ValueError.__module__, ValueError.__name__, ValueError.__qualname__)
print(EnvironmentError is OSError, IOError is OSError)
