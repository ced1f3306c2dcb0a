"""Grumpy's stand-in for CPython's C accelerator of statistics.

CPython's statistics.py defines _normal_dist_inv_cdf in Python and replaces
it with the C function of `_statistics` when that imports. Grumpy has no C
module; this one offers the function of a second, independent copy of
statistics.py (its code run again with `_statistics` blocked, as _datetime
does for datetime), under this module's name.

The build driver compiles it in only on request (`grumpy build -I
_statistics`, see ON_REQUEST in grumpy/driver/modules.py): test_statistics
tests the pure and the accelerated module side by side.
"""
import sys as _sys


def _pure_copy():
    me = _sys.modules.get(__name__)
    outer = _sys.modules.pop("statistics", None)
    _sys.modules[__name__] = None
    try:
        import statistics as copy
    finally:
        _sys.modules[__name__] = me
        if outer is not None:
            _sys.modules["statistics"] = outer
        else:
            _sys.modules.pop("statistics", None)
    return copy._normal_dist_inv_cdf


_pure_inv_cdf = _pure_copy()
del _pure_copy


def _normal_dist_inv_cdf(p, mu, sigma, /):
    return _pure_inv_cdf(p, mu, sigma)
