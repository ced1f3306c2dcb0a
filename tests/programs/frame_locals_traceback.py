# tb_frame.f_locals in except handlers and sys.excepthook, traceback's
# capture_locals, inspect.trace() and inspect.getargvalues.
import inspect
import sys
import traceback


def boom(n, *rest, flag=False):
    q = n * 2
    label = "boom"
    raise ValueError(q)


def mid(m):
    s = "mid"
    items = [m, m + 1]
    boom(m + 1, "r", flag=True)


def frames_of(tb):
    out = []
    while tb is not None:
        f = tb.tb_frame
        if f.f_code.co_name != "<module>":
            out.append((f.f_code.co_name, tb.tb_lineno, sorted(f.f_locals.items())))
        tb = tb.tb_next
    return out


try:
    mid(4)
except ValueError as e:
    for row in frames_of(e.__traceback__):
        print(row)
    te = traceback.TracebackException.from_exception(e, capture_locals=True)
    for fs in te.stack:
        if fs.name != "<module>":
            print(fs.name, fs.lineno, sorted(fs.locals.items()))
    text = "".join(te.format())
    print([line.strip() for line in text.splitlines() if " = " in line and "__" not in line and "<" not in line])
    for fi in inspect.trace():
        if fi.function != "<module>":
            ai = inspect.getargvalues(fi.frame)
            print(fi.function, ai.args, ai.varargs, ai.keywords, sorted(ai.locals))
            print(inspect.formatargvalues(*ai))
    summary = traceback.StackSummary.extract(traceback.walk_tb(e.__traceback__), capture_locals=True)
    print([(fs.name, sorted(fs.locals or {})) for fs in summary if fs.name != "<module>"])


# The frame of a function that has returned keeps its final values.
def finished():
    a = 1
    fr = sys._getframe()
    a = 2
    b = "late"
    return fr


fr = finished()
print(sorted(k for k in fr.f_locals), fr.f_locals["a"], fr.f_locals["b"])
print(fr.f_back is not None and fr.f_back.f_code.co_name)
fr.clear()
print("after clear", fr.f_locals)


def catch_local():
    secret = 42
    try:
        1 / 0
    except ZeroDivisionError as exc:
        return exc


exc = catch_local()
print(exc.__traceback__.tb_frame.f_code.co_name, sorted(exc.__traceback__.tb_frame.f_locals))


# Generators and nested functions in a traceback.
def gen():
    step = 0
    yield step
    step = 1
    raise KeyError("g")


try:
    for _ in gen():
        pass
except KeyError as e:
    print([(n, l) for n, ln, l in frames_of(e.__traceback__)])


def with_closure():
    shared = "s"

    def inner():
        own = shared + "!"
        raise RuntimeError(own)
    inner()


try:
    with_closure()
except RuntimeError as e:
    print([(n, ln, [k for k, v in l]) for n, ln, l in frames_of(e.__traceback__)])


# frame.clear() of a running frame is an error.
def clear_self():
    try:
        sys._getframe().clear()
    except RuntimeError as e:
        print(type(e).__name__, e)


clear_self()


def hook(tp, value, tb):
    print("hook", tp.__name__, value)
    while tb.tb_next:
        tb = tb.tb_next
    print("hook locals", sorted(tb.tb_frame.f_locals.items()))


sys.excepthook = hook


def fail(code):
    detail = "x" * code
    raise SystemError(detail)


fail(3)
