from .. import mod


def f():
    return mod.VALUE + 1
