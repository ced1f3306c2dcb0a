# with (several items, parenthesized, suppression), match (every pattern kind),
# class bodies, compile-time SyntaxErrors, exception hierarchy attributes.
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

class CM:
    def __init__(self, n, suppress=False): self.n, self.suppress = n, suppress
    def __enter__(self):
        print("enter", self.n)
        return self.n
    def __exit__(self, et, ev, tb):
        print("exit", self.n, et.__name__ if et else None, ev)
        return self.suppress
with (CM(1) as a, CM(2) as b):
    print("body", a, b)
with CM(3, True), CM(4):
    raise KeyError("x")
print("after suppress")
def with_return():
    with CM(5):
        return "ret"
print(with_return())
def exit_raises():
    class Bad(CM):
        def __exit__(self, *a): raise ValueError("from exit")
    with Bad(6):
        raise KeyError("orig")
try:
    exit_raises()
except ValueError as e:
    print(repr(e), repr(e.__context__))
class NoExit:
    def __enter__(self): return self
err(lambda: exec("with NoExit(): pass", globals()))
def no_enter():
    with 5:
        pass
err(no_enter)

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
RED = "red"
class Colors:
    BLUE = "blue"
def classify(v):
    match v:
        case 0 | 1 as small:
            return f"small {small}"
        case "red" | "green":
            return "literal color"
        case Colors.BLUE:
            return "value pattern"
        case None:
            return "none"
        case True:
            return "true"
        case [x, y, *rest] if len(rest) > 1:
            return f"long seq {x} {y} {rest}"
        case [x, (a, b)]:
            return f"nested {x} {a} {b}"
        case (x, y):
            return f"pair {x} {y}"
        case {"type": "pt", "x": px, **others}:
            return f"mapping {px} {others}"
        case {"k": _}:
            return "has k"
        case Point(0, y=yy):
            return f"point on y axis {yy}"
        case Point(x=xx) if xx > 10:
            return f"far point {xx}"
        case Point():
            return "some point"
        case int(n) | float(n) if n < 0:
            return f"negative {n}"
        case str() as s if s.startswith("x"):
            return "x-string"
        case bytes(b):
            return f"bytes {b!r}"
        case -5 | 1.5 | 2j | -1-1j:
            return "complex literal"
        case _:
            return "other"
for v in (0, 1, "red", "blue", None, True, [1, 2, 3, 4], [1, (2, 3)], (5, 6), {"type": "pt", "x": 1, "z": 2},
          {"k": 0, "j": 1}, Point(0, 4), Point(11, 0), Point(1, 1), -3, -2.5, "xyz", b"hi", 1.5, 2j, -1-1j, "abc", [1], "ab"):
    print(repr(v) if not isinstance(v, Point) else "Point", "->", classify(v))
def match_errors():
    class NoArgs:
        pass
    match NoArgs():
        case NoArgs(1):
            pass
err(match_errors)
def match_too_many():
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
err(match_too_many)
def match_not_class():
    match 1:
        case len():
            pass
err(match_not_class)
def match_str_not_seq():
    match "ab":
        case [a, b]: return "seq"
        case _: return "str is not a sequence"
print(match_str_not_seq())
def match_binds():
    match [1, 2]:
        case [a, 3] | [a, _]:
            pass
    return a
print(match_binds())

for src in ("nonlocal x", "return 1", "break", "continue", "def f(a, a): pass", "yield 1", "await x",
            "def f():\n    x = 1\n    global x", "f(x for x in y, 1)", "a + 1 = 2", "del f()", "x := 1",
            "def f(*): pass", "f(**a, *b)", "class A:\n    nonlocal q", "lambda: (yield)", "[*a] = 1 if 0 else 2",
            "f(a=1, a=2)", "def f(a=1, b): pass", "import a.b as", "from x import *\ndef g(): from y import *",
            "async def f():\n    yield from x", "'a' 'b' f'{'", "print 'x'", "a = 1 +", "(a, b) += 1", "x = *a"):
    try:
        compile(src, "<s>", "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset)

class Body:
    import math as _m
    vals = [1, 2, 3]
    squares = [v * v for v in vals]
    total = sum(v for v in vals)
    if total > 5:
        big = True
    for _i in range(2):
        pass
    try:
        pairs = [(v, w) for v in vals for w in vals if w > v]
    except NameError as e:
        pairs = str(e)
    sq = _m.sqrt(16)
print(Body.squares, Body.total, Body.big, Body._i, Body.pairs, Body.sq)

e = OSError(2, "No such file", "a.txt")
print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2, str(e), e.args)
print(type(OSError(13, "x")).__name__, type(OSError(17, "x")).__name__, type(OSError(4, "x")).__name__, type(OSError(1, 2, 3, 4, 5)).__name__)
print(str(OSError(2, "x", "a", None, "b")), str(OSError("just msg")), str(OSError(1, 2, 3, 4, 5, 6)), IOError is OSError, EnvironmentError is OSError)
u = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte")
print(u.encoding, u.object, u.start, u.end, u.reason, str(u))
u2 = UnicodeEncodeError("ascii", "h\xe9", 1, 2, "ordinal not in range(128)")
print(str(u2), UnicodeTranslateError("abc", 0, 1, "bad").reason)
err(lambda: UnicodeDecodeError("x"))
s = SyntaxError("msg", ("file.py", 3, 5, "bad line\n", 3, 8))
print(s.msg, s.filename, s.lineno, s.offset, repr(s.text), s.end_lineno, s.end_offset, str(s))
print(str(SyntaxError("m")), str(SyntaxError("m", ("f", 1, 2, "t"))), repr(KeyError("a")), str(KeyError(("a", "b"))), str(KeyError("a", 1)))
si = StopIteration(5, 6)
print(si.value, si.args, StopIteration().value, StopAsyncIteration.__mro__[1].__name__, SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
print(ImportError("m", name="n", path="p").name, ImportError("m").path, ModuleNotFoundError.__base__.__name__, AttributeError("a", name="n", obj=1).name)
print(NameError("x", name="y").name, sorted(c.__name__ for c in BaseException.__subclasses__()), ArithmeticError.__subclasses__())
print([c.__name__ for c in Warning.__subclasses__()])
print(issubclass(FileNotFoundError, OSError), issubclass(BrokenPipeError, ConnectionError), issubclass(KeyboardInterrupt, Exception), issubclass(TimeoutError, OSError))
