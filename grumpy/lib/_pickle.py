"""Grumpy's stand-in for CPython's C accelerator of pickle.

CPython's pickle.py defines the pure-Python Pickler and Unpickler (_Pickler,
_Unpickler) and then, at its end, takes the exceptions, Pickler, Unpickler
and the dump/load functions from the C module `_pickle` when it imports.
Grumpy has no C module; this one offers the same names from a second,
independent copy of the pure-Python implementation: pickle.py's code run
again with `_pickle` blocked, so that the copy keeps its pure classes and
its own globals (as _datetime does for datetime).

The build driver compiles it in only on request (`grumpy build -I _pickle`,
see ON_REQUEST in grumpy/driver/modules.py): test_pickle runs its tests
against the pure classes and against those of `_pickle` side by side.
Other programs keep the pure classes of pickle.py, at no cost.
PickleBuffer is not offered (it needs the buffer protocol of a C type).
"""
import sys as _sys


def _pure_copy():
    me = _sys.modules.get(__name__)
    outer = _sys.modules.pop("pickle", None)
    _sys.modules[__name__] = None
    try:
        import pickle as copy
    finally:
        _sys.modules[__name__] = me
        if outer is not None:
            _sys.modules["pickle"] = outer
        else:
            _sys.modules.pop("pickle", None)
    return copy


_copy = _pure_copy()
PickleError = _copy.PickleError
PicklingError = _copy.PicklingError
UnpicklingError = _copy.UnpicklingError
Pickler = _copy._Pickler
Unpickler = _copy._Unpickler
dump = _copy._dump
dumps = _copy._dumps
load = _copy._load
loads = _copy._loads
del _copy, _pure_copy
