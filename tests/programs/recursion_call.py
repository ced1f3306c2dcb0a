# An object whose __call__ (or another special method) is an instance of its
# own class recurses inside the runtime: RecursionError, not a crash.
import sys


def show(name, f):
    try:
        r = f()
    except Exception as e:
        print(name, type(e).__name__, e)
    else:
        print(name, "->", r)


def kind(name, f):
    # Recursion that alternates Python frames and runtime levels: which
    # check trips first depends on depth arithmetic, so only the type and
    # the common prefix are compared.
    try:
        f()
    except RecursionError as e:
        print(name, type(e).__name__, str(e).startswith("maximum recursion depth exceeded"))


class A(object):
    pass


A.__call__ = A()
show("__call__ instance", lambda: A()())
show("__call__ instance kw", lambda: A()(1, x=2))


class B:
    pass


B.__getitem__ = B()
B.__call__ = B()
show("__getitem__ instance", lambda: B()[0])


class C:
    def __call__(self, n):
        return self(n + 1)


kind("__call__ method", lambda: C()(0))


class G:
    def __getattr__(self, name):
        return getattr(self, name)


kind("__getattr__", lambda: G().missing)


class P:
    @property
    def x(self):
        return self.x


kind("property", lambda: P().x)


class E:
    def __eq__(self, other):
        return self == other


kind("__eq__", lambda: E() == E())


class R:
    def __repr__(self):
        return repr(self)


kind("__repr__", lambda: repr(R()))


class S:
    def __str__(self):
        return str(self)


kind("__str__", lambda: str(S()))
kind("f-string", lambda: f"{S()}")


class H:
    def __hash__(self):
        return hash(self)


kind("__hash__", lambda: hash(H()))


class I:
    def __init__(self, n):
        I(n + 1)


kind("__init__", lambda: I(0))


def gen(n):
    yield from gen(n + 1)


kind("yield from", lambda: list(gen(0)))


def f(n):
    return f(n + 1)


kind("plain", lambda: f(0))
# The limit can be raised and recursion still ends in RecursionError.
old = sys.getrecursionlimit()
sys.setrecursionlimit(20000)
kind("plain at 20000", lambda: f(0))
sys.setrecursionlimit(old)


def depth(n):
    return n if n == 0 else 1 + depth(n - 1)


show("after", lambda: depth(old // 2))
show("limit", lambda: sys.getrecursionlimit())
