"""Grumpy's stand-in for CPython's C accelerator of datetime.

CPython's datetime.py defines the classes in Python and then, at its end,
replaces them with those of the C module `_datetime` when it imports.
Grumpy has no C module; this one gives a second, independent copy of the
pure-Python classes: datetime.py's code run again (under its own name, so
the classes' __module__ is 'datetime' as with the C types) with `_datetime`
blocked, so that the copy keeps its pure classes and its own globals.

It exists for code that imports the accelerator by name, such as
test_datetime, which tests the pure classes (`_datetime` blocked) and the
"fast" ones (`_datetime` fresh) side by side and cannot run without both.
The build driver compiles it in only on request (`grumpy build -I
_datetime`); otherwise `import _datetime` raises ModuleNotFoundError and
datetime keeps its pure classes, at no cost.
"""
import sys as _sys


def _pure_copy():
    me = _sys.modules.get(__name__)
    outer = _sys.modules.pop("datetime", None)
    _sys.modules[__name__] = None
    try:
        import datetime as copy
    finally:
        _sys.modules[__name__] = me
        if outer is not None:
            _sys.modules["datetime"] = outer
        else:
            _sys.modules.pop("datetime", None)
    return copy


_copy = _pure_copy()
__all__ = tuple(_copy.__all__)
for _name in __all__:
    globals()[_name] = getattr(_copy, _name)
__doc__ = _copy.__doc__
del _name, _copy, _pure_copy
