# sys.settrace/setprofile events as CPython delivers them: call, line,
# return, exception (functions, loops, try/except, generators, yield from)
# and the error cases (a non-callable or failing trace function).
import sys

events = []


def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    rel = frame.f_lineno - frame.f_code.co_firstlineno
    a = arg if event == "return" else (arg[0].__name__ if event == "exception" else None)
    events.append((frame.f_code.co_name, event, rel, a))
    return tracer


def add(a, b):
    c = a + b
    return c


def loop(n):
    total = 0
    for i in range(n):
        total += add(i, 1)
    return total


def fails(x):
    try:
        y = 1 // x
    except ZeroDivisionError:
        y = -1
    return y


def raiser():
    raise ValueError("v")


def catcher():
    try:
        raiser()
    except ValueError as e:
        return str(e)


sys.settrace(tracer)
loop(2)
fails(0)
catcher()
sys.settrace(None)
for ev in events:
    print(ev)


def gtr(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    log.append((frame.f_code.co_name, event, frame.f_lineno - frame.f_code.co_firstlineno, arg))
    return gtr


def gen(n):
    for i in range(n):
        yield i * 10
    return "done"


def deleg():
    r = yield from gen(1)
    yield r


log = []
sys.settrace(gtr)
print(list(gen(2)))
print(list(deleg()))
sys.settrace(None)
for row in log:
    print(row)


def f():
    return 1
sys.settrace(5)
try:
    f()
except TypeError as e:
    print(type(e).__name__, e, sys.gettrace())
def seven(frame, event, arg):
    return 7
sys.settrace(seven)
try:
    f()
except TypeError as e:
    print(type(e).__name__, e, sys.gettrace())
sys.settrace(None)
def p(frame, event, arg):
    if event == "call" and frame.f_code.co_name == "f":
        raise ValueError("prof")
sys.setprofile(p)
try:
    f()
except ValueError as e:
    print(type(e).__name__, e, sys.getprofile())
sys.setprofile(None)
print(f())
