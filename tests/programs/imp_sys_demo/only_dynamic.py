"""Imported only by a computed name: not built in, found on the package's __path__."""
from . import VERSION
from .sub import SUB


class Plugin:
    def run(self, x):
        return [SUB, VERSION, x * 2]
