import io
import sys
import warnings


def deprecated_api():
    warnings.warn("deprecated_api is old", DeprecationWarning, stacklevel=2)
    return 1


def helper():
    warnings.warn("from helper", UserWarning)


def show(ws):
    for w in ws:
        print(" ", w.category.__name__, "|", w.message, "|", type(w.message).__name__,
              "| line", w.lineno, "| same file", w.filename == __file__)


with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter("always")
    deprecated_api()          # reported at this line
    helper()
    warnings.warn(RuntimeWarning("instance message"))
    warnings.warn("bytes", BytesWarning)
    warnings.warn("custom category", category=FutureWarning)
show(ws)

class MyWarning(UserWarning):
    pass

# filter ordering: later filters take precedence (inserted at the front)
with warnings.catch_warnings(record=True) as ws:
    warnings.resetwarnings()
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", category=MyWarning)
    warnings.filterwarnings("error", message="boom")
    warnings.warn("mine", MyWarning)
    warnings.warn("a plain one")
    try:
        warnings.warn("boom goes the warning")
    except UserWarning as e:
        print("error:", type(e).__name__, e)
    warnings.filterwarnings("always", category=MyWarning, append=True)
    warnings.warn("still ignored", MyWarning)
show(ws)

# "default"/"once"/"module" actions de-duplicate
def repeat(n, msg):
    for i in range(n):
        warnings.warn(msg)

for action in ("default", "once", "module", "always", "ignore"):
    with warnings.catch_warnings(record=True) as ws:
        warnings.simplefilter(action)
        repeat(3, "repeated")
        repeat(2, "other")
    print(action, len(ws), [str(w.message) for w in ws])

# lineno filter and module regex
with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", module="__main__", lineno=0)
    warnings.warn("module-filtered")
print("module filter", len(ws))

# showwarning / formatwarning output
buf = io.StringIO()
with warnings.catch_warnings():
    warnings.simplefilter("always")
    def to_buf(message, category, filename, lineno, file=None, line=None):
        buf.write("%s:%s: %s\n" % (category.__name__, lineno, message))
    warnings.showwarning = to_buf
    helper()
    warnings.warn_explicit("explicit", SyntaxWarning, "prog.py", 99)
print(buf.getvalue(), end="")
print(warnings.formatwarning("text", DeprecationWarning, "x.py", 7, "  code()  ").rstrip())
print(repr(warnings.formatwarning("text", UserWarning, "x.py", 7, "")))

# stderr output through the default showwarning
err = io.StringIO()
old = sys.stderr
sys.stderr = err
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.warn("to the stream")
    deprecated_api()
sys.stderr = old
for line in err.getvalue().splitlines():
    print(line.replace(__file__, "FILE"))

# errors
for args in [("msg", int), ("msg", "notaclass")]:
    try:
        warnings.warn(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    warnings.filterwarnings("bogus")
except AssertionError as e:
    print("AssertionError", e)
try:
    warnings.simplefilter("error", category=str)
except AssertionError as e:
    print("AssertionError", e)

# warnings as errors, and escaping the catch_warnings context restores filters
before = len(warnings.filters)
with warnings.catch_warnings():
    warnings.simplefilter("error", DeprecationWarning)
    try:
        deprecated_api()
    except DeprecationWarning as e:
        print("raised", e, e.args)
print(len(warnings.filters) == before)
print(warnings.WarningMessage("m", UserWarning, "f.py", 3).__str__())
