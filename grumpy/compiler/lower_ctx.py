"""Per-scope lowering state shared by the lowering mixins."""


class Handler:
    """Where an exception goes: `add` records this frame in the traceback
    first; `noadd` re-raises an exception that already has it."""

    def __init__(self, add, noadd):
        self.add = add
        self.noadd = noadd


class Finally:
    """A pending finally block: jumps out of its body (return, break,
    continue) set `why` to a code and run the finally body first."""

    def __init__(self, why, entry, exc_depth):
        self.why = why
        self.entry = entry
        self.exc_depth = exc_depth
        self.codes = []

    def code_for(self, label, fin_depth, exc_depth):
        key = (label, fin_depth, exc_depth)
        if key not in self.codes:
            self.codes.append(key)
        return self.codes.index(key) + 1


class Ctx:
    """State for one Go function being generated (one Python scope)."""

    def __init__(self, kind, info, w, parent=None, name="<module>"):
        self.kind = kind
        self.info = info
        self.w = w
        self.parent = parent
        self.name = name
        self.qualname = name
        self.handler = None
        self.loops = []
        self.finallies = []
        self.in_finalbody = []
        self.exc_depth = 0
        self.is_gen = False
        self.is_async_gen = False
        self.comp_vars = []
        self.line = None
        self.has_handlers = False
        self.params = set()
        self.first_param = None
        self.class_name = None
