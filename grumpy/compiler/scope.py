"""Scope analysis: CPython's own symtable, mapped onto Go storage.

Each Python scope becomes one Go function literal (the module body, a
function body, a class body), nested as the Python scopes nest, so a free
variable is simply the enclosing Go function's cell variable. A name lives in
one of:

  fast       a Go local variable (function locals no inner scope captures)
  cell       a Go *rt.Cell variable (locals captured by inner scopes)
  free       the enclosing scope's *rt.Cell variable, reached lexically
  global     the module's globals dict (then builtins)
  name       the class namespace (LOAD_NAME semantics)
  classfree  class namespace first, then the enclosing cell (LOAD_CLASSDEREF)
"""
import symtable

from .names import mangle


class ScopeInfo:
    def __init__(self, table, kind):
        self.table = table
        self.kind = kind  # 'module', 'function', 'class'
        self.children = {}
        for child in table.get_children():
            self.children.setdefault((child.get_name(), child.get_lineno()), []).append(child)
        self.cells = set()
        self.needs_class_cell = False
        if kind == "function":
            self._find_cells()
        elif kind == "class":
            self.needs_class_cell = any("__class__" in _free_names_deep(c) for c in table.get_children())

    def _find_cells(self):
        local = {s.get_name() for s in self.table.get_symbols()
                 if s.is_local() and not s.is_global() and not s.is_free()}
        for child in self.table.get_children():
            for name in _free_names_deep(child):
                if name in local:
                    self.cells.add(name)

    def child(self, name, lineno):
        lst = self.children.get((name, lineno))
        if not lst:
            raise KeyError((name, lineno))
        return lst.pop(0)

    def kind_of(self, name):
        if self.kind == "module":
            return "global"
        try:
            sym = self.table.lookup(name)
        except KeyError:
            return "global" if self.kind == "function" else "name"
        if self.kind == "class":
            if sym.is_declared_global():
                return "global"
            if sym.is_free():
                return "classfree"
            return "name"
        if sym.is_declared_global() or (sym.is_global() and not sym.is_local()):
            return "global"
        if sym.is_free():
            return "free"
        if name in self.cells:
            return "cell"
        if sym.is_local():
            return "fast"
        return "global"


def _free_names(table):
    return {s.get_name() for s in table.get_symbols() if s.is_free()}


def _free_names_deep(table):
    """Names free in table or in any scope nested in it that pass through it."""
    names = set(_free_names(table))
    own = set()
    if table.get_type() == "function":
        own = {s.get_name() for s in table.get_symbols() if s.is_local() and not s.is_free()}
    for c in table.get_children():
        names |= _free_names_deep(c) - own
    return names


def local_var(name):
    return "l_" + mangle(name)


def cell_var(name):
    return "c_" + mangle(name)


def build(source, filename):
    return symtable.symtable(source, filename, "exec")
