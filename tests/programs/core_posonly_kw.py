# Positional-only parameters passed by keyword: CPython names all of them,
# in parameter order, in one TypeError.


def f(a, b, /, c):
    return a, b, c


def g(a, b, /, c, **kw):
    return a, b, c, kw


class K:
    def m(self, a, b, /, c=3):
        return a, b, c


calls = [
    ("f(a=1, b=2, c=3)", lambda: f(a=1, b=2, c=3)),
    ("f(1, b=2, c=3)", lambda: f(1, b=2, c=3)),
    ("f(c=3, b=2, a=1)", lambda: f(c=3, b=2, a=1)),
    ("K().m(b=2, a=1)", lambda: K().m(b=2, a=1)),
    ("K().m(1, b=2)", lambda: K().m(1, b=2)),
    ("g(1, 2, 3, a=4, b=5)", lambda: g(1, 2, 3, a=4, b=5)),
    ("f(1, 2, d=4)", lambda: f(1, 2, d=4)),
    ("f(1, 2, 3)", lambda: f(1, 2, 3)),
]
for text, call in calls:
    try:
        print(text, "->", call())
    except TypeError as e:
        print(text, "->", type(e).__name__, e)
