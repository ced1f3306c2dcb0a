# breakpoint() and sys.breakpointhook / $PYTHONBREAKPOINT (PEP 553)
import os
import sys
import warnings

print(sys.breakpointhook is sys.__breakpointhook__)
print(callable(sys.__breakpointhook__))

calls = []


def hook(*args, **kws):
    calls.append((args, sorted(kws.items())))
    return "hooked"


sys.breakpointhook = hook
print(breakpoint())
print(breakpoint(1, 2, three=3))
print(calls)


def nohook():
    pass


sys.breakpointhook = nohook
try:
    breakpoint(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print(type(e).__name__, e)
sys.breakpointhook = sys.__breakpointhook__

# The default hook and $PYTHONBREAKPOINT.
os.environ["PYTHONBREAKPOINT"] = "0"
print(breakpoint())
os.environ["PYTHONBREAKPOINT"] = "int"
print(breakpoint("7"), breakpoint("ff", 16))
os.environ["PYTHONBREAKPOINT"] = "os.path.join"
print(breakpoint("a", "b"))
os.environ["PYTHONBREAKPOINT"] = "builtins.max"
print(breakpoint(3, 9, 4))
for env in (".", "..", ".foo", "foo.", ".int", "int.", ".foo.bar", "..foo.bar",
            "/./", "nosuchbuiltin", "nosuchmodule.nosuchcallable", "os.nosuchattr"):
    os.environ["PYTHONBREAKPOINT"] = env
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        r = breakpoint()
    print(repr(env), r, [(x.category.__name__, str(x.message)) for x in w])

# A hook set in sys wins over the environment.
os.environ["PYTHONBREAKPOINT"] = "nosuchmodule.x"
sys.breakpointhook = int
print(breakpoint("12"))
sys.breakpointhook = sys.__breakpointhook__
os.environ["PYTHONBREAKPOINT"] = "0"
print(breakpoint(1, 2, 3))
del os.environ["PYTHONBREAKPOINT"]
