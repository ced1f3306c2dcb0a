"""Errors the compiler reports to users."""
import traceback


class CompileError(Exception):
    """A construct the compiler cannot translate (reported, exit 2)."""

    def __init__(self, what, filename, lineno):
        super().__init__("unsupported %s at %s:%s" % (what, filename, lineno))
        self.what = what
        self.filename = filename
        self.lineno = lineno


class PySyntaxError(Exception):
    """A SyntaxError CPython raises at compile time (reported, exit 1).

    It keeps CPython's own exception so the report is formatted by CPython's
    traceback module, byte for byte what `python3 prog.py` prints.
    """

    def __init__(self, exc):
        super().__init__(str(exc))
        self.exc = exc

    def format(self):
        return "".join(traceback.format_exception_only(type(self.exc), self.exc))
