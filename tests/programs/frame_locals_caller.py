# frame.f_locals of other frames: sys._getframe(n), inspect.currentframe().f_back,
# inspect.stack(), string-formatting helpers reading the caller's variables.
import inspect
import sys


def fmt(s):
    return s.format(**sys._getframe(1).f_locals)


def caller_items(depth=1):
    return sorted((k, v) for k, v in sys._getframe(depth).f_locals.items() if not k.startswith("__"))


def plain(a, b=2, *args, c, **kw):
    x = a + b
    y = [x]
    print(caller_items())
    print(fmt("{a} {b} {x} {y} {args} {c} {kw}"))
    return x


plain(1, 3, 4, c=5, d=6)
plain(10, c=0)


def unbound_and_deleted():
    a = 1
    b = 2
    del b
    print("del", caller_items())
    if a > 5:
        late = 3
    print("unbound", caller_items())
    late = 4
    print("bound", caller_items())


unbound_and_deleted()


def closures():
    cell = "cell"
    other = 1

    def inner(p):
        q = p * 2
        print("inner", caller_items(1), cell)
        print("outer", [k for k, v in caller_items(2)])
        return q
    inner(3)
    return inner


closures()


class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self, punct="!"):
        word = "hello"
        d = inspect.currentframe().f_back
        return describe() + " " + fmt("{word} {punct}")

    def sup(self):
        return super().__repr__ is not None and caller_items(1)


def describe():
    f = inspect.currentframe().f_back
    names = sorted(f.f_locals)
    return f.f_code.co_name + ":" + ",".join(names)


g = Greeter("bob")
print(g.greet())
print([k for k, v in g.sup()])


def stack_walk():
    def deep(level):
        if level:
            return deep(level - 1)
        out = []
        for fi in inspect.stack()[:4]:
            out.append((fi.function, sorted(k for k in fi.frame.f_locals if not k.startswith("__"))[:6]))
        return out
    marker = "m"
    return deep(2)


for row in stack_walk():
    print(row)


def outer_frames():
    token = 7
    fr = inspect.currentframe()
    return [(fi.function, fi.frame.f_locals.get("token")) for fi in inspect.getouterframes(fr)[:1]]


print(outer_frames())


# Writing to the f_locals dict does not change the variable; reading it again
# refreshes the values but keeps extra keys (CPython 3.11).
def writes():
    v = 1
    d = sys._getframe().f_locals
    d["v"] = 100
    d["extra"] = "e"
    print("v", v)
    v = 2
    d2 = sys._getframe().f_locals
    print(d is d2, d2["v"], d2["extra"])


writes()


# The module frame's f_locals is its globals.
print(sys._getframe().f_locals is globals())


# A lambda and a comprehension's enclosing function.
def lam():
    f = lambda k, j=3: sys._getframe(0).f_locals
    return f(7)


print(sorted(lam().items()))


def gen_frame():
    def gen(n):
        i = 0
        while i < n:
            yield i
            i += 1
    g = gen(3)
    next(g)
    next(g)
    return sorted(g.gi_frame.f_locals.items())


print(gen_frame())


def kwonly(*, key, **rest):
    return caller_items(1)


print(kwonly(key=1, other=2))
