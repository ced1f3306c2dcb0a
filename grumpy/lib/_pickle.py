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
Without the request, `_pickle` is the runtime's native module holding only
PickleBuffer (mod_picklebuffer.go); this one takes PickleBuffer from it
under its second name, `_picklebuffer`.
"""
import sys as _sys
import _picklebuffer
from _picklebuffer import PickleBuffer


def _pure_copy():
    me = _sys.modules.get(__name__)
    outer = _sys.modules.pop("pickle", None)
    # The copy finds PickleBuffer in `_pickle` (as pickle.py does without
    # the stand-in) and nothing else, so it keeps its pure classes.
    _sys.modules[__name__] = _picklebuffer
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
# C functions do not bind as methods (test_pickle's CPickleTests takes
# them as class attributes): staticmethod objects behave alike.
dump = staticmethod(_copy._dump)
dumps = staticmethod(_copy._dumps)
load = staticmethod(_copy._load)
loads = staticmethod(_copy._loads)
del _copy, _pure_copy, _picklebuffer
