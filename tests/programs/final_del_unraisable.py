# An exception in __del__ is reported through sys.unraisablehook with the
# __del__ function as the object; the program goes on.
import gc
import sys


def hook(u):
    print("unraisable:", u.exc_type.__name__, u.exc_value, "in", u.object.__qualname__, u.err_msg)


sys.unraisablehook = hook


class E:
    def __del__(self):
        raise ValueError("boom")


e = E()
del e
print("after del")
e = E()
e = None
gc.collect()


class F:
    def __del__(self):
        1 / 0


def g():
    f = F()
    del f
    print("in g")


g()
sys.unraisablehook = sys.__unraisablehook__
print("end")
