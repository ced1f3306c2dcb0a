# A module-level __getattr__ (PEP 562) that imports what it serves, as unittest does for
# IsolatedAsyncioTestCase.
VALUE = 1


def __getattr__(name):
    if name == "Accel":
        global Accel
        from .accel import NAME as Accel
        return Accel
    if name in ("calls", "Calls"):
        return "served " + name
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
