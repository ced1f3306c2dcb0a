# f_locals read by helpers in another module (the program's own modules
# publish their locals when any of them reads f_locals), and by code
# compiled at run time.
import sys

from _frame_locals_helper import caller_args, caller_name_and_keys, fmt


def report(user, count=1, *extra, **opts):
    total = count * 2
    print(fmt("{user} has {count} ({total}) {extra} {opts}"))
    print(caller_args())
    print(caller_name_and_keys())


report("ann", 3, "x", verbose=True)
report("bob")

src = """
def made(a, b=4):
    c = a * b
    return peek()
"""


def peek():
    return sorted(sys._getframe(1).f_locals.items())


ns = {"peek": peek}
exec(src, ns)
print(ns["made"](2))
print(caller_name_and_keys()[0])
