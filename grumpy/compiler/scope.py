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
import ast
import symtable

from .names import mangle

# Builtins that read the calling frame's locals: a scope whose body names
# one of them registers a locals provider on its frame (func.py).
LOCALS_BUILTINS = ("locals", "vars", "dir", "eval", "exec")


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


def uses_locals(table):
    """Whether the scope's own body names a builtin that reads its locals."""
    for name in LOCALS_BUILTINS:
        try:
            sym = table.lookup(name)
        except KeyError:
            continue
        if sym.is_global() and not sym.is_local():
            return True
    return False


def needs_locals(table, body):
    """Whether a scope must register a locals provider: its body names a
    locals builtin (uses_locals) other than in calls that cannot read the
    caller's locals: vars(x), dir(x), eval/exec(src, globals[, locals])."""
    if not uses_locals(table):
        return reads_own_frame(body)
    calls = set()
    names = []
    for node in _own_nodes(body):
        if isinstance(node, ast.Name) and node.id in LOCALS_BUILTINS:
            names.append(node)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and _call_ignores_locals(node):
            calls.add(id(node.func))
    return any(id(n) not in calls for n in names)


# Attribute names through which a scope reaches its own frame object
# (sys._getframe(), inspect.currentframe()) and may read f_locals.
FRAME_GETTERS = ("_getframe", "currentframe")


def reads_own_frame(body):
    """Whether the scope's own body calls sys._getframe/inspect.currentframe
    (it may read its frame's f_locals)."""
    for node in _own_nodes(body):
        if isinstance(node, ast.Attribute) and node.attr in FRAME_GETTERS:
            return True
        if isinstance(node, ast.Name) and node.id in FRAME_GETTERS:
            return True
    return False


def _call_ignores_locals(call):
    name = call.func.id
    args = call.args
    if any(isinstance(a, ast.Starred) for a in args) or any(k.arg is None for k in call.keywords):
        return False
    if name in ("vars", "dir"):
        return len(args) >= 1
    if name in ("eval", "exec"):
        return len(args) >= 2 and not (isinstance(args[1], ast.Constant) and args[1].value is None)
    return False


def _own_nodes(body):
    """The AST nodes evaluated in a scope itself (nested functions, lambdas
    and classes contribute their defaults, decorators and bases; nested
    comprehensions their first iterable)."""
    stack = list(body) if isinstance(body, list) else [body]
    while stack:
        n = stack.pop()
        if n is None:
            continue
        yield n
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            stack.extend(n.args.defaults)
            stack.extend(n.args.kw_defaults)
            if not isinstance(n, ast.Lambda):
                stack.extend(n.decorator_list)
            continue
        if isinstance(n, ast.ClassDef):
            stack.extend(n.decorator_list)
            stack.extend(n.bases)
            stack.extend(k.value for k in n.keywords)
            continue
        if isinstance(n, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
            stack.append(n.generators[0].iter)
            continue
        comp = getattr(n, "comp", None)
        if comp is not None:
            # A comprehension compiled as its own function (comp.py): its
            # body is everything but the first iterable.
            stack.extend(comp_parts(comp))
            continue
        stack.extend(ast.iter_child_nodes(n))


def comp_parts(comp):
    """What a comprehension's own scope evaluates."""
    out = []
    for i, g in enumerate(comp.generators):
        if i:
            out.append(g.iter)
        out.append(g.target)
        out.extend(g.ifs)
    if isinstance(comp, ast.DictComp):
        out.extend([comp.key, comp.value])
    else:
        out.append(comp.elt)
    return out


def locals_order(table, info, params, body):
    """The names locals() reports, in CPython 3.11's order: co_varnames
    (parameters, then other fast locals as the compiler first meets them),
    then cell variables and free variables, each sorted."""
    order = list(params)
    seen = set(order)
    for name in _NameOrder().names(body):
        if name not in seen:
            seen.add(name)
            if info.kind_of(name) == "fast":
                order.append(name)
    syms = {s.get_name(): s for s in table.get_symbols()}
    order.extend(sorted(n for n in info.cells if n not in params))
    order.extend(sorted(n for n, sym in syms.items() if sym.is_free()))
    return order


def code_names(table, info, params, body):
    """co_varnames (parameters, then the other fast locals in the order
    CPython's compiler meets them), co_cellvars and co_freevars (sorted)."""
    varnames = list(params)
    seen = set(varnames)
    for name in _NameOrder().names(body):
        if name not in seen:
            seen.add(name)
            if info.kind_of(name) == "fast":
                varnames.append(name)
    cellvars = sorted(info.cells)
    freevars = sorted(s.get_name() for s in table.get_symbols() if s.is_free())
    return varnames, cellvars, freevars


class _NameOrder(ast.NodeVisitor):
    """Names a scope's body mentions (loads, stores, deletes, imports,
    except/def/class bindings), in the order CPython's compiler emits them;
    nested scopes contribute only what runs in this one."""

    def names(self, body):
        self.out = []
        for node in (body if isinstance(body, list) else [body]):
            self.visit(node)
        return self.out

    def seq(self, nodes):
        for n in nodes:
            if n is not None:
                self.visit(n)

    def visit_Name(self, n):
        self.out.append(n.id)

    def visit_Assign(self, n):
        self.visit(n.value)
        self.seq(n.targets)

    def visit_AnnAssign(self, n):
        if n.value is not None:
            self.visit(n.value)
            self.visit(n.target)

    def visit_For(self, n):
        self.visit(n.iter)
        self.visit(n.target)
        self.seq(n.body)
        self.seq(n.orelse)

    visit_AsyncFor = visit_For

    def visit_NamedExpr(self, n):
        self.visit(n.value)
        self.visit(n.target)

    def visit_Try(self, n):
        self.seq(n.body)
        self.seq(n.orelse)
        self.seq(n.handlers)
        self.seq(n.finalbody)

    visit_TryStar = visit_Try

    def visit_ExceptHandler(self, n):
        if n.type is not None:
            self.visit(n.type)
        if n.name:
            self.out.append(n.name)
        self.seq(n.body)

    def visit_Import(self, n):
        for a in n.names:
            self.out.append(a.asname or a.name.split(".")[0])

    def visit_ImportFrom(self, n):
        for a in n.names:
            if a.name != "*":
                self.out.append(a.asname or a.name)

    def _args_defaults(self, args):
        self.seq(args.defaults)
        self.seq(args.kw_defaults)

    def visit_FunctionDef(self, n):
        self.seq(n.decorator_list)
        self._args_defaults(n.args)
        self.out.append(n.name)

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_Lambda(self, n):
        self._args_defaults(n.args)

    def visit_ClassDef(self, n):
        self.seq(n.decorator_list)
        self.seq(n.bases)
        self.seq(n.keywords)
        self.out.append(n.name)

    def visit_Dict(self, n):
        for k, v in zip(n.keys, n.values):
            if k is not None:
                self.visit(k)
            self.visit(v)

    def _comp(self, n):
        # The comprehension is its own scope: only its first iterable is
        # evaluated here (walrus targets inside bind here as cells).
        self.visit(n.generators[0].iter)

    visit_ListComp = visit_SetComp = visit_DictComp = visit_GeneratorExp = _comp

    def visit_MatchAs(self, n):
        if n.pattern is not None:
            self.visit(n.pattern)
        if n.name:
            self.out.append(n.name)

    def visit_MatchStar(self, n):
        if n.name:
            self.out.append(n.name)

    def visit_MatchMapping(self, n):
        self.seq(n.keys)
        self.seq(n.patterns)
        if n.rest:
            self.out.append(n.rest)

    def generic_visit(self, n):
        comp = getattr(n, "comp", None)
        if comp is not None and isinstance(comp, (ast.ListComp, ast.SetComp, ast.DictComp)):
            # A comprehension compiled as its own function (comp.py).
            for i, g in enumerate(comp.generators):
                if i:
                    self.visit(g.iter)
                self.visit(g.target)
                self.seq(g.ifs)
            if isinstance(comp, ast.DictComp):
                self.visit(comp.key)
                self.visit(comp.value)
            else:
                self.visit(comp.elt)
            return
        super().generic_visit(n)


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
