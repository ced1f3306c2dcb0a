"""Comprehensions.

List, set and dict comprehensions are inlined into the enclosing Go
function (as CPython 3.12 does, PEP 709): their own names map to fresh Go
variables, so they cost no call or frame. A generator expression is a real
generator: a synthesized generator function over the first iterator.
"""
import ast

from . import scope
from .lower_ctx import Handler

KINDS = {ast.ListComp: "listcomp", ast.SetComp: "setcomp", ast.DictComp: "dictcomp", ast.GeneratorExp: "genexpr"}


class _Temp(ast.expr):
    """An already-evaluated value (a Go expression) inside synthesized AST."""
    _fields = ()

    def __init__(self, var, node):
        super().__init__()
        self.var = var
        ast.copy_location(self, node)


class _CompAppend(ast.stmt):
    _fields = ()

    def __init__(self, comp, acc, node):
        super().__init__()
        self.comp = comp
        self.acc = acc
        ast.copy_location(self, node)


def fold_iter(node):
    """CPython's AST optimizer iterates a list display in a comprehension
    as a tuple, and a set of constants as a frozenset (it shows in the
    type names of `async for` errors)."""
    if isinstance(node, ast.List) and not any(isinstance(e, ast.Starred) for e in node.elts):
        return ast.copy_location(ast.Tuple(elts=node.elts, ctx=ast.Load()), node)
    if isinstance(node, ast.Set) and all(isinstance(e, ast.Constant) for e in node.elts):
        try:
            return ast.copy_location(ast.Constant(value=frozenset(e.value for e in node.elts)), node)
        except TypeError:
            pass
    return node


def is_async_comp(node):
    """Whether a comprehension is asynchronous (PEP 530): it has an `async
    for` clause or awaits in its own scope, including inside a nested
    list/set/dict comprehension (which it then awaits)."""
    if any(g.is_async for g in node.generators):
        return True
    parts = [g.iter for g in node.generators[1:]] + [c for g in node.generators for c in g.ifs]
    if isinstance(node, ast.DictComp):
        parts += [node.key, node.value]
    else:
        parts.append(node.elt)
    return any(_awaits(p) for p in parts)


def _awaits(node):
    if isinstance(node, ast.Await):
        return True
    if isinstance(node, ast.Lambda):
        return False
    if isinstance(node, ast.GeneratorExp):
        return _awaits(node.generators[0].iter)
    if isinstance(node, (ast.ListComp, ast.SetComp, ast.DictComp)):
        return is_async_comp(node) or _awaits(node.generators[0].iter)
    return any(_awaits(c) for c in ast.iter_child_nodes(node))


class _CompBody(ast.stmt):
    """The body of a comprehension compiled as its own function."""
    _fields = ()

    def __init__(self, comp):
        super().__init__()
        self.comp = comp
        ast.copy_location(self, comp)


NEW_ACC = {ast.ListComp: ("*rt.List", "rt.NewList()"), ast.SetComp: ("*rt.Set", "rt.NewSet()"),
           ast.DictComp: ("*rt.Dict", "rt.NewDict()")}


class CompMixin:
    def expr__Temp(self, node):
        return node.var

    def visit__CompAppend(self, node):
        comp, acc = node.comp, node.acc
        if isinstance(comp, ast.ListComp):
            v = self.expr(comp.elt)
            self.w.emit("%s.Append(%s)" % (acc, v))
        elif isinstance(comp, ast.SetComp):
            v = self.expr(comp.elt)
            self.op_exc("%s.Add(t, %s)" % (acc, v), comp)
        else:
            k = self.expr(comp.key)
            v = self.expr(comp.value)
            self.op_exc("%s.SetItem(t, %s, %s)" % (acc, k, v), comp)

    def comp_loops(self, generators, inner, first_iter, node, first_aiter_done=False):
        """Nested For/If statements equivalent to the comprehension clauses
        (AsyncFor for `async for` clauses: PEP 530; CPython only accepts
        those where the code runs in a coroutine, which it then does here)."""
        stmt = inner
        for i in range(len(generators) - 1, -1, -1):
            gen = generators[i]
            for cond in reversed(gen.ifs):
                stmt = ast.copy_location(ast.If(test=cond, body=[stmt], orelse=[]), cond)
            it = first_iter if i == 0 else fold_iter(gen.iter)
            loop = ast.AsyncFor if gen.is_async else ast.For
            stmt = ast.copy_location(loop(target=gen.target, iter=it, body=[stmt], orelse=[]), node)
            if gen.is_async and i == 0 and first_aiter_done:
                stmt.aiter_done = True
        return stmt

    def comp_first_iter(self, node):
        """The first iterable, evaluated in the enclosing scope."""
        return self.expr(fold_iter(node.generators[0].iter))

    def comp_frame(self, table):
        frame = {}
        init = []
        w = self.w
        info = scope.ScopeInfo(table, "function")
        for sym in table.get_symbols():
            name = sym.get_name()
            if name == ".0" or not sym.is_local() or sym.is_free():
                continue
            if name in info.cells:
                var = w.temp("*rt.Cell", "cc")
                init.append("%s = rt.NewCell(nil)" % var)
            else:
                var = w.temp()
                init.append("%s = nil" % var)
            frame[name] = var
        return frame, init

    def peek_child_table(self, name, lineno):
        infos = getattr(self.ctx, "comp_infos", None)
        info = infos[-1] if infos else self.ctx.info
        lst = info.children.get((name, lineno))
        return lst[0] if lst else None

    def inline_comp(self, node):
        table = self.peek_child_table(KINDS[type(node)], node.lineno)
        if table is not None and scope.needs_locals(table, scope.comp_parts(node)) and not is_async_comp(node):
            # locals()/eval()/... inside see the comprehension's own
            # scope (CPython 3.11): give it a real frame.
            return self.comp_function(node)
        w = self.w
        table = self.child_table(KINDS[type(node)], node.lineno)
        first = self.comp_first_iter(node)
        frame, init = self.comp_frame(table)
        for line in init:
            w.emit(line)
        acc = w.temp({ast.ListComp: "*rt.List", ast.SetComp: "*rt.Set", ast.DictComp: "*rt.Dict"}[type(node)], "acc")
        w.emit("%s = %s" % (acc, {ast.ListComp: "rt.NewList()", ast.SetComp: "rt.NewSet()",
                                  ast.DictComp: "rt.NewDict()"}[type(node)]))
        framed = not is_async_comp(node)
        if framed:
            # CPython takes iter() of the first iterable in the enclosing
            # frame (GET_ITER before calling the comprehension).
            first = self.op("rt.Iter(t, %s)" % first, node)
            outer_handler, done = self.enter_comp_frame(node)
        self.ctx.comp_vars.append(frame)
        self.ctx.comp_tables = getattr(self.ctx, "comp_tables", []) + [table]
        self.ctx.comp_infos = getattr(self.ctx, "comp_infos", []) + [scope.ScopeInfo(table, "function")]
        try:
            first_node = _Temp(first, node)
            first_node.is_iter = framed
            loops = self.comp_loops(node.generators, _CompAppend(node, acc, node), first_node, node)
            self.visit(loops)
        finally:
            self.ctx.comp_vars.pop()
            self.ctx.comp_tables.pop()
            self.ctx.comp_infos.pop()
        if framed:
            self.exit_comp_frame(outer_handler, done)
        res = w.temp()
        w.emit("%s = %s" % (res, acc))
        return res

    def enter_comp_frame(self, node):
        """An inlined comprehension still runs in a frame of its own, as
        CPython 3.11's `<listcomp>` function does (tracebacks show it):
        the comprehension's code is a Go block where `f` is that frame;
        its exceptions leave through a handler that records and pops it.
        Pushing a frame costs no allocation (rt.Thread.Push)."""
        w = self.w
        name = "<%s>" % KINDS[type(node)]
        code = self.code_object(name, self.qualname_for(name), node.lineno)
        self.w.emit("f.Line = %d" % self.pos_value(node))
        fc = w.temp("*rt.Frame", "fc")
        w.emit("%s, e = t.Push(%s, g)" % (fc, code))
        self.check()
        outer = self.ctx.handler
        self.ctx.handler = Handler(w.new_label("Lcexc"), w.new_label("Lcraise"))
        done = w.new_label("Lcdone")
        w.emit("{")
        w.indent += 1
        w.emit("f := %s" % fc)
        w.emit("_ = f")
        self.ctx.line = None
        return (outer, fc), done

    def exit_comp_frame(self, saved, done):
        w = self.w
        outer, fc = saved
        inner = self.ctx.handler
        self.ctx.handler = outer
        w.emit("t.Pop(f)")
        w.indent -= 1
        w.emit("}")
        if inner.add in w.used_labels or inner.noadd in w.used_labels:
            w.goto(done)
            w.label(inner.add)
            w.emit("e = rt.Propagate(t, e, %s)" % fc)
            w.label(inner.noadd)
            w.emit("t.Pop(%s)" % fc)
            w.goto(outer.add)
            w.label(done)
        self.ctx.line = None

    def comp_function(self, node):
        """A list/set/dict comprehension as a function over its first
        iterator, as CPython 3.11 compiles it."""
        first = self.comp_first_iter(node)
        it = self.op("rt.Iter(t, %s)" % first, node)
        arg = ast.copy_location(ast.arg(arg=".0"), node)
        args = ast.arguments(posonlyargs=[], args=[arg], vararg=None, kwonlyargs=[], kw_defaults=[],
                             kwarg=None, defaults=[])
        name = "<%s>" % KINDS[type(node)]
        body = [_CompBody(node)]
        fdef = ast.copy_location(ast.FunctionDef(name=name, args=args, body=body, decorator_list=[],
                                                 returns=None, type_comment=None), node)
        fn = self.make_function(fdef, name, args, body, table_name=KINDS[type(node)])
        return self.op("rt.Call1(t, %s, %s)" % (fn, it), node)

    def visit__CompBody(self, node):
        comp = node.comp
        gotype, new = NEW_ACC[type(comp)]
        acc = self.w.temp(gotype, "acc")
        self.w.emit("%s = %s" % (acc, new))
        first = ast.copy_location(ast.Name(id=".0", ctx=ast.Load()), comp)
        self.visit(self.comp_loops(comp.generators, _CompAppend(comp, acc, comp), first, comp))
        self.visit(ast.copy_location(ast.Return(value=_Temp(acc, comp)), comp))

    expr_ListComp = inline_comp
    expr_SetComp = inline_comp
    expr_DictComp = inline_comp

    def expr_GeneratorExp(self, node):
        is_async = is_async_comp(node)
        first = self.comp_first_iter(node)
        if node.generators[0].is_async:
            it = self.op("rt.AIter(t, %s)" % first, node.generators[0].iter)
        else:
            it = self.op("rt.Iter(t, %s)" % first, node)
        arg = ast.arg(arg=".0")
        ast.copy_location(arg, node)
        args = ast.arguments(posonlyargs=[], args=[arg], vararg=None, kwonlyargs=[], kw_defaults=[],
                             kwarg=None, defaults=[])
        yld = ast.copy_location(ast.Expr(value=ast.copy_location(ast.Yield(value=node.elt), node.elt)), node.elt)
        loops = self.comp_loops(node.generators, yld, ast.copy_location(ast.Name(id=".0", ctx=ast.Load()), node), node,
                                first_aiter_done=True)
        fdef = ast.copy_location(ast.FunctionDef(name="<genexpr>", args=args, body=[loops], decorator_list=[],
                                                 returns=None, type_comment=None), node)
        fn = self.make_function(fdef, "<genexpr>", args, [loops], table_name="genexpr", is_async=is_async)
        return self.op("rt.Call1(t, %s, %s)" % (fn, it), node)
