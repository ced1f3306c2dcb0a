import atexit
import errno
import gc


def goodbye(name, punct="!"):
    print("goodbye", name + punct)


def boom():
    raise ValueError("boom in atexit")


print(atexit.register(goodbye, "first") is goodbye)
atexit.register(boom)
atexit.register(goodbye, "second", punct="?")
atexit.register(print, "to be removed")
atexit.unregister(print)
try:
    atexit.register(1)
except TypeError as e:
    print("TypeError", e)
try:
    atexit.register()
except TypeError as e:
    print("TypeError", e)


@atexit.register
def decorated():
    print("decorated runs first")


print(errno.ENOENT, errno.EACCES, errno.EAGAIN == errno.EWOULDBLOCK, errno.errorcode[errno.ENOENT])
print(errno.errorcode[11], errno.errorcode[95], len(errno.errorcode) > 100, errno.EEXIST, errno.EINTR)
try:
    open("/nonexistent/dir/file")
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])

print(gc.isenabled(), gc.collect(), gc.get_threshold())
gc.disable()
print(gc.isenabled())
gc.enable()
gc.set_threshold(500, 5)
print(gc.get_threshold(), gc.get_debug(), gc.is_tracked(1), gc.is_tracked([]), gc.is_tracked("s"))
print(gc.is_tracked({}), gc.is_tracked({"a": []}), gc.get_referrers(1) == [] or True, gc.garbage, gc.callbacks)
phases = []
gc.callbacks.append(lambda phase, info: phases.append((phase, info["generation"])))
gc.collect(1)
gc.callbacks.clear()
print(phases, gc.DEBUG_LEAK, gc.freeze(), gc.unfreeze())
try:
    gc.collect(5)
except ValueError as e:
    print("ValueError", e)
print("end of main")
