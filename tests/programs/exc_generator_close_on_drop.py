# A suspended generator is closed when dropped: `del name`, `name = None`,
# break out of a for loop over a call, gc.collect(), and at exit.
import gc
import io
import re
import sys


def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print("finally", tag)


def f():
    g = gen("local-del")
    print(next(g))
    del g
    print("after local del")
    g = gen("local-none")
    next(g)
    g = None
    print("after local none")
    h = gen("still-referenced")
    next(h)
    keep = [h]
    del h
    print("after del with another reference")
    keep.clear()
    gc.collect()
    print("after collect")


f()

g = gen("global-del")
next(g)
del g
print("after global del")
g = gen("global-none")
next(g)
g = None
print("after global none")

for x in gen("for-break"):
    print("loop", x)
    break
print("after loop")

for x in gen("for-exhausted"):
    pass
print("after exhausted loop")


def withgen():
    class CM:
        def __enter__(self):
            print("enter")
            return self

        def __exit__(self, typ, val, tb):
            print("exit", typ.__name__ if typ else None)
            return False

    with CM():
        yield "w"


w = withgen()
print(next(w))
del w
print("after with")


def notstarted():
    try:
        yield 1
    finally:
        print("never printed")


n = notstarted()
del n
print("after not started")


# Exceptions escaping close() go to sys.unraisablehook.
def hook(args):
    print("hook:", args.exc_type.__name__, args.exc_value, type(args.object).__name__, args.object.__name__, args.err_msg)


def bad():
    try:
        yield 1
    finally:
        raise ValueError("in finally")


def ignoring():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("ignored exit")


sys.unraisablehook = hook
b = bad()
next(b)
del b
print("after bad")
i = ignoring()
next(i)
i = None
print("after ignoring")
sys.unraisablehook = sys.__unraisablehook__

# The default hook writes to sys.stderr.
err = io.StringIO()
sys.stderr = err
b = bad()
next(b)
b = None
sys.stderr = sys.__stderr__
print(re.sub(r'File "[^"]*/', 'File "', re.sub(r"0x[0-9a-f]+", "ADDR", err.getvalue())))

last = gen("at-exit")
next(last)
print("end")
