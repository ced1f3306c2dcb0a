"""A package exercising the import system (used by import_system.py)."""
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import this_module_does_not_exist  # never executed

try:
    from . import _fast as impl
except ImportError:
    from . import _slow as impl

LOADS = []
LOADS.append(__name__)
VERSION = (1, 2)
