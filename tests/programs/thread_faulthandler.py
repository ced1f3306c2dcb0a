# faulthandler: enable/disable/is_enabled and argument errors (what
# test.support's thread helpers import).
import faulthandler
import sys

print(faulthandler.is_enabled())
faulthandler.enable()
print(faulthandler.is_enabled())
print(faulthandler.disable(), faulthandler.disable(), faulthandler.is_enabled())
faulthandler.enable(file=sys.stderr, all_threads=False)
print(faulthandler.is_enabled())
faulthandler.disable()


class NoFileno:
    pass


class BadFileno:
    def fileno(self):
        return -1


for f in (lambda: faulthandler.enable(file=NoFileno()),
          lambda: faulthandler.enable(file=-1),
          lambda: faulthandler.enable(file=BadFileno()),
          lambda: faulthandler.dump_traceback_later(0),
          lambda: faulthandler.dump_traceback_later(-1.5),
          lambda: faulthandler.register(0),
          lambda: faulthandler.unregister(100)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
faulthandler.cancel_dump_traceback_later()
print("done")
