import io
import sys
import traceback


def clean(text):
    return text.replace(__file__, "FILE")


def inner(x):
    return 10 / x


def middle(x):
    values = [1, 2, 3]
    return inner(x) + values[x]


def outer():
    return middle(0)


try:
    outer()
except ZeroDivisionError:
    print(clean(traceback.format_exc()))
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(clean(buf.getvalue()) == clean(traceback.format_exc()))
    et, ev, tb = sys.exc_info()
    print(len(traceback.extract_tb(tb)), [f.name for f in traceback.extract_tb(tb)])
    print(traceback.format_exception_only(et, ev))
    print(clean("".join(traceback.format_tb(tb, limit=2))))

# attribute/index markers
def attr_err(obj):
    return obj.missing_attribute.other


def index_err(d):
    return d["a"]["b"]["c"]


def call_err(f):
    return f(1, 2) + f(3)


for fn, arg in [(attr_err, 5), (index_err, {"a": {"b": {}}}), (call_err, lambda *a: len(a) if len(a) > 1 else None)]:
    try:
        fn(arg)
    except Exception as e:
        print(clean("".join(traceback.format_exception(e))))

# chained exceptions
def chained():
    try:
        int("x")
    except ValueError as e:
        raise RuntimeError("wrapped") from e


try:
    chained()
except RuntimeError as e:
    print(clean("".join(traceback.format_exception(type(e), e, e.__traceback__))))
    print(clean("".join(traceback.format_exception(e, chain=False))))

try:
    try:
        [][1]
    except IndexError:
        {}["k"]
except KeyError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te), te.__context__.exc_type.__name__)
    print(clean("".join(te.format())))
    print("".join(te.format_exception_only()))

# extract_stack / format_stack / walk_stack
def level3():
    st = traceback.extract_stack()
    return [(f.name, f.lineno, f.line) for f in st[-3:]]


def level2():
    return level3()


print(level2())
fs = traceback.extract_stack(limit=1)[0]
print(fs.name, fs.lineno, fs.line, len(fs))
print(clean("".join(traceback.format_stack(limit=1))))

# StackSummary / FrameSummary / format_list
summary = traceback.StackSummary.from_list([("a.py", 1, "f", "x = 1"), ("b.py", 22, "g", "return y")])
print("".join(traceback.format_list(summary)), end="")
print(summary.format())
fsum = traceback.FrameSummary("c.py", 5, "h", line="pass")
print(fsum, fsum == ("c.py", 5, "h", "pass"), list(fsum))

# exception with notes, SyntaxError formatting, exceptions with no message
e = ValueError("bad value")
e.add_note("note one")
e.add_note("note two")
print("".join(traceback.format_exception_only(e)), end="")
print("".join(traceback.format_exception_only(KeyError())), end="")
print("".join(traceback.format_exception_only(SyntaxError("invalid syntax", ("s.py", 3, 5, "x = = 1\n")))), end="")
print(traceback.format_exception_only(None))

# print_exception to a file, and print_stack
buf = io.StringIO()
try:
    raise TypeError("typed")
except TypeError as exc:
    traceback.print_exception(exc, file=buf, limit=0)
print(buf.getvalue(), end="")
buf = io.StringIO()
def stacky():
    traceback.print_stack(limit=1, file=buf)
stacky()
print(clean(buf.getvalue()), end="")

# walk_tb
try:
    outer()
except ZeroDivisionError as e:
    print([(f.f_code.co_name, ln) for f, ln in traceback.walk_tb(e.__traceback__)])
