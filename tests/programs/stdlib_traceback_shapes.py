import sys
import traceback


def show(fn, *args):
    try:
        fn(*args)
    except BaseException as e:
        text = "".join(traceback.format_exception(e))
        print(text.replace(__file__, "FILE"))


def binop(a, b):
    return a + b * 2


def multiline(d):
    return (
        d["first"]
        + d["second"]
    )


def in_comprehension(xs):
    return [1 / x for x in xs]


def in_generator():
    def gen():
        yield 1
        raise StopIteration("inner stop")
    return list(gen())


def in_lambda():
    f = lambda x: x.upper()
    return f(3)


def nested_calls():
    return int(str(float("nan")))


def method_chain():
    return "abc".upper().nosuch().lower()


def recursive(n):
    return recursive(n + 1)


def slice_sub(s):
    return s[1:2][5]


def call_kw():
    return dict(a=1)["b"]


class Weird:
    def __getattr__(self, name):
        raise AttributeError(f"no {name} here")

    @property
    def prop(self):
        return self.missing


def via_property():
    return Weird().prop


def assert_fail(x):
    assert x > 10, f"x too small: {x}"


def raise_in_finally():
    try:
        return 1
    finally:
        raise OSError(2, "No such file or directory", "f.txt")


def unbound():
    if False:
        v = 1
    return v


def context_and_suppressed():
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second") from None


def group():
    raise ExceptionGroup("many", [ValueError("v1"), TypeError("t1"),
                                  ExceptionGroup("inner", [KeyError("k")])])


show(binop, 1, "x")
show(multiline, {"first": 1})
show(in_comprehension, [1, 0])
show(in_generator)
show(in_lambda)
show(nested_calls)
show(method_chain)
show(slice_sub, "ab")
show(call_kw)
show(via_property)
show(assert_fail, 3)
show(raise_in_finally)
show(unbound)
show(context_and_suppressed)
show(group)
old = sys.getrecursionlimit()
sys.setrecursionlimit(60)
try:
    recursive(0)
except RecursionError as e:
    lines = traceback.format_exception(e)
    print(len(lines) < 20, lines[-1], end="")
    print(any("Previous line repeated" in l for l in lines))
sys.setrecursionlimit(old)

# sys.excepthook default formatting goes to stderr
import io
err = io.StringIO()
sys.stderr = err
try:
    binop(None, 1)
except TypeError:
    sys.excepthook(*sys.exc_info())
sys.stderr = sys.__stderr__
print(err.getvalue().replace(__file__, "FILE"))

try:
    exec("def f():\n    return 1 +* 2\n")
except SyntaxError as e:
    print("".join(traceback.format_exception_only(e)), end="")
try:
    compile("x = (1,\n", "<src>", "exec")
except SyntaxError as e:
    print("".join(traceback.format_exception_only(e)), end="")
try:
    eval("1/0")
except ZeroDivisionError as e:
    print("".join(traceback.format_exception(e)).replace(__file__, "FILE"), end="")
