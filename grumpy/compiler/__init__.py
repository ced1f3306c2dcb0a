"""The Grumpy compiler: Python 3 source to Go.

Pipeline: parse (ast) -> scope analysis (scope.py, CPython's symtable) ->
lowering (lower.py and its mixins) -> Go emission (gowriter.py). The build
driver (grumpy.driver) resolves imports, caches and runs `go build`.
"""
import ast

from .errors import CompileError, PySyntaxError

VERSION = "0.1.0"


def check_syntax(source, filename):
    """Raise PySyntaxError for anything CPython rejects at compile time."""
    try:
        compile(source, filename, "exec", dont_inherit=True)
    except SyntaxError as e:
        raise PySyntaxError(e) from None
    except ValueError as e:  # source with NUL bytes
        raise PySyntaxError(SyntaxError(str(e))) from None


def transpile(source, filename, modname, is_package=False, regname=None, publish_locals=False,
              trace_hooks=False):
    """Go source of the package for one Python module.

    regname is the name the module registers under (default: modname); a
    test binary holding many programs registers each `__main__` apart.
    publish_locals: every function registers a locals provider, so that
    other code can read its frame's f_locals (driver.modules.mark_frame_locals);
    trace_hooks: functions deliver sys.settrace/setprofile events."""
    from .lower import lower
    check_syntax(source, filename)
    return lower(source, filename, modname, is_package, regname or modname, publish_locals, trace_hooks)
