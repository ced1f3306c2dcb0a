# Attributes of the specialised exception classes.
e = ImportError("cannot", name="mod", path="/p")
print(e.msg, e.name, e.path, e.args, str(e), repr(e))
e = ImportError()
print(e.msg, e.name, e.path, str(e))
e = ImportError("a", "b")
print(e.msg, str(e))
try:
    ImportError(bogus=1)
except TypeError as x:
    print(type(x).__name__, x)
e = ModuleNotFoundError("No module named 'zz'", name="zz")
print(e.name, e.msg, isinstance(e, ImportError))

try:
    import does_not_exist_xyz
except ModuleNotFoundError as x:
    print(type(x).__name__, x, x.name)

e = AttributeError("no attr", name="foo", obj=5)
print(e.name, e.obj, str(e))
try:
    AttributeError(what=1)
except TypeError as x:
    print(type(x).__name__, x)

class Obj:
    pass

try:
    Obj().missing
except AttributeError as x:
    print(x, x.name, type(x.obj).__name__)

e = NameError("nm", name="q")
print(e.name, str(e))
try:
    undefined_name_xyz
except NameError as x:
    print(x, x.name)

def f():
    print(v)
    v = 1

try:
    f()
except UnboundLocalError as x:
    print(type(x).__name__, x, isinstance(x, NameError))

# Unicode errors
u = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte")
print(str(u), repr(u))
print(u.encoding, u.object, u.start, u.end, u.reason)
u.reason = "other"
print(str(u))
print(str(UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 2, "bad")))
u = UnicodeEncodeError("ascii", "\xe9t\u1234", 0, 1, "ordinal not in range(128)")
print(str(u), u.object, u.start)
print(str(UnicodeEncodeError("ascii", "\u1234", 0, 1, "x")))
print(str(UnicodeEncodeError("ascii", "\U00012345", 0, 1, "x")))
print(str(UnicodeEncodeError("ascii", "ab", 0, 2, "x")))
print(str(UnicodeTranslateError("\xe9", 0, 1, "no")))
for bad in [(1, b"", 0, 1, "r"), ("utf-8",)]:
    try:
        UnicodeDecodeError(*bad)
    except TypeError as x:
        print(type(x).__name__, x)
print(issubclass(UnicodeDecodeError, ValueError), str(UnicodeError("plain")))

# SyntaxError
s = SyntaxError("bad thing", ("file.py", 3, 4, "x = (\n", 3, 5))
print(str(s), s.msg, s.filename, s.lineno, s.offset, repr(s.text), s.end_lineno, s.end_offset)
print(str(SyntaxError("m", ("/a/b/f.py", None, None, None))))
print(str(SyntaxError("m", (None, 3, None, None))))
print(str(SyntaxError("m")), SyntaxError("m").lineno, str(SyntaxError()))
s = SyntaxError("x")
s.lineno = 7
s.filename = "q.py"
print(str(s))
print(issubclass(IndentationError, SyntaxError), IndentationError("i").msg)
try:
    SyntaxError("m", (1, 2))
except TypeError as x:
    print(type(x).__name__, x)

# OSError family attributes
e = BlockingIOError(11, "busy", 5)
print(e.errno, e.characters_written, str(e))
