# Coroutines never awaited: the RuntimeWarning (through
# warnings._warn_unawaited_coroutine), cr_origin, frame.clear().
import gc
import sys
import warnings


async def foo():
    pass


def collect():
    for _ in range(3):
        gc.collect()


def caught(fn):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        fn()
        collect()
    return [(x.category.__name__, str(x.message)) for x in w]


def drop():
    foo()


print("dropped:", caught(drop))


def drop_iter():
    try:
        for _ in foo():
            pass
    except TypeError as e:
        print(type(e).__name__, e)


print("iterated:", caught(drop_iter))


def awaited():
    c = foo()
    try:
        c.send(None)
    except StopIteration:
        print("finished")


print("awaited:", caught(awaited))


def closed():
    c = foo()
    c.close()


print("closed:", caught(closed))


def cleared():
    c = foo()
    c.cr_frame.clear()
    c.close()
    try:
        c.send(None)
    except RuntimeError as e:
        print(type(e).__name__, e)


print("cleared:", caught(cleared))


# Warnings as errors: the error goes to sys.unraisablehook.
seen = []
old_hook = sys.unraisablehook
sys.unraisablehook = lambda u: seen.append((u.exc_type.__name__, str(u.exc_value), u.object.__qualname__))
with warnings.catch_warnings():
    warnings.filterwarnings("error")
    drop()
    collect()
print("as error:", seen)

# A broken warnings._warn_unawaited_coroutine: its error is unraisable, and
# the warning is issued directly.
seen.clear()
orig = warnings._warn_unawaited_coroutine
warnings._warn_unawaited_coroutine = lambda coro: 1 / 0
print("broken:", caught(drop), seen)
del warnings._warn_unawaited_coroutine
seen.clear()
print("missing:", caught(drop), seen)
warnings._warn_unawaited_coroutine = orig
sys.unraisablehook = old_hook

# cr_origin
print(sys.get_coroutine_origin_tracking_depth())
c = foo()
print(c.cr_origin)
c.close()


def make():
    return foo()


def outer():
    return make()


sys.set_coroutine_origin_tracking_depth(2)
c = outer()
print([(name, line) for _, line, name in c.cr_origin])
c.close()
sys.set_coroutine_origin_tracking_depth(1)
c = make()
print([(name, line) for _, line, name in c.cr_origin])
c.close()
try:
    sys.set_coroutine_origin_tracking_depth(-1)
except ValueError as e:
    print(type(e).__name__, e)
print(sys.get_coroutine_origin_tracking_depth())


def warn_origin():
    outer()


msgs = caught(warn_origin)
print([m[1].replace(__file__, "FILE") for m in msgs])
sys.set_coroutine_origin_tracking_depth(0)

try:
    sys._getframe().clear()
except RuntimeError as e:
    print(type(e).__name__, e)
