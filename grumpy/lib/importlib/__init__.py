"""importlib for Grumpy.

Every module a Grumpy program can import is built into its binary; this
package offers CPython's importlib API over the runtime's module registry
(native module `_grumpy`) instead of CPython's file-system import machinery.
"""
import sys

import _grumpy

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']

__import__ = __import__


def import_module(name, package=None):
    """Import a module; relative names need `package`."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a "
                            f"relative import for {name!r}")
        for character in name:
            if character != '.':
                break
            level += 1
    return _grumpy.import_module(name[level:], package, level)


def invalidate_caches():
    """Nothing to invalidate: the set of modules is fixed when the binary is built."""


def reload(module):
    """Re-run a module's code in its existing namespace."""
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError("reload() argument must be a module")
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    return _grumpy.reload(module)
