# A user sys.excepthook receives the uncaught exception (exit status 1).
import sys


def hook(typ, value, tb):
    print("hook:", typ.__name__, value, type(tb).__name__, tb.tb_frame.f_code.co_name)
    print("chained:", repr(value.__context__))


sys.excepthook = hook
print(sys.excepthook is hook, sys.__excepthook__ is not hook)


def explode():
    try:
        {}["key"]
    except KeyError:
        raise RuntimeError("exploded")


explode()
