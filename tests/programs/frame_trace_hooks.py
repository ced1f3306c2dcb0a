# Trace hooks: a None local tracer, f_locals/f_back/frame identity in a tracer,
# a failing tracer, setprofile, switching local tracers, threading.settrace,
# and a debugger setting f_trace on a running frame.
import sys
import threading

log = []


def here(frame):
    return frame.f_code.co_filename == __file__


def rel(frame):
    return frame.f_lineno - frame.f_code.co_firstlineno


def work(n):
    s = 0
    for k in range(n):
        s += k
    return s


def outer():
    v = work(2)
    return v * 10


# Only 'call' for outer; a None result turns off its local events.
def selective(frame, event, arg):
    if not here(frame):
        return None
    log.append((frame.f_code.co_name, event, rel(frame)))
    return selective if frame.f_code.co_name == "work" else None


sys.settrace(selective)
outer()
sys.settrace(None)
print(log)

# A tracer sees f_locals, f_back and the same frame object in every event.
log = []
seen = {}


def locals_tracer(frame, event, arg):
    if not here(frame):
        return None
    if event == "call":
        seen[frame.f_code.co_name] = frame
        log.append(("call", frame.f_code.co_name, frame.f_back.f_code.co_name))
    elif event == "return":
        log.append(("return", frame.f_code.co_name, seen[frame.f_code.co_name] is frame,
                    sorted(frame.f_locals.items())))
    return locals_tracer


sys.settrace(locals_tracer)
outer()
sys.settrace(None)
for row in log:
    print(row)

# A trace function that raises is removed; the error propagates.
def bad(frame, event, arg):
    if here(frame) and event == "line":
        raise RuntimeError("tracer failed")
    return bad


sys.settrace(bad)
try:
    work(3)
except RuntimeError as e:
    print(type(e).__name__, e, sys.gettrace())
sys.settrace(None)

# setprofile: call and return of Python functions.
plog = []


def prof(frame, event, arg):
    if event in ("call", "return") and here(frame):
        plog.append((event, frame.f_code.co_name, arg))


sys.setprofile(prof)
outer()
sys.setprofile(None)
print(plog)

# A tracer switching to another local tracer.
log = []


def second(frame, event, arg):
    log.append(("second", event, rel(frame)))
    return second


def first(frame, event, arg):
    if not here(frame):
        return None
    log.append(("first", event, rel(frame)))
    return second if event == "line" else first


sys.settrace(first)
work(1)
sys.settrace(None)
print(log)

# threading.settrace installs the tracer in new threads.
tlog = []


def ttrace(frame, event, arg):
    if here(frame) and event == "call":
        tlog.append(frame.f_code.co_name)
    return None


threading.settrace(ttrace)
th = threading.Thread(target=outer)
th.start()
th.join()
threading.settrace(None)
print(tlog)

# Debugger style: f_trace on a running frame plus settrace.
dlog = []


def dbg(frame, event, arg):
    if here(frame):
        dlog.append((frame.f_code.co_name, event, rel(frame)))
    return dbg


def running():
    a = 1
    frame = sys._getframe()
    frame.f_trace = dbg
    sys.settrace(dbg)
    a = 2
    b = a + 1
    sys.settrace(None)
    return frame.f_trace is dbg


print(running(), dlog)


# An exception unwinding several traced frames.
elog = []


def etr(frame, event, arg):
    if not here(frame):
        return None
    elog.append((frame.f_code.co_name, event, rel(frame), arg[0].__name__ if event == "exception" else arg))
    return etr


def inner():
    raise KeyError("k")


def middle():
    inner()


sys.settrace(etr)
try:
    middle()
except KeyError:
    pass
sys.settrace(None)
for row in elog:
    print(row)
