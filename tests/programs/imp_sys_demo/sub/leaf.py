from ..stars import *
from . import __name__ as _pkgname


def leaf_value():
    return (public, _listed_private, __name__, __package__, _pkgname)
