"""Comprehensions.

List, set and dict comprehensions are inlined into the enclosing Go
function (as CPython 3.12 does, PEP 709): their own names map to fresh Go
variables, so they cost no call or frame. A generator expression is a real
generator: a synthesized generator function over the first iterator.
"""
import ast

from . import scope

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

    def comp_loops(self, generators, inner, first_iter, node):
        """Nested For/If statements equivalent to the comprehension clauses."""
        stmt = inner
        for i in range(len(generators) - 1, -1, -1):
            gen = generators[i]
            if gen.is_async:
                self.unsupported("async comprehension", node)
            for cond in reversed(gen.ifs):
                stmt = ast.copy_location(ast.If(test=cond, body=[stmt], orelse=[]), cond)
            it = first_iter if i == 0 else gen.iter
            stmt = ast.copy_location(ast.For(target=gen.target, iter=it, body=[stmt], orelse=[]), gen.iter)
        return stmt

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

    def inline_comp(self, node):
        w = self.w
        table = self.child_table(KINDS[type(node)], node.lineno)
        first = self.expr(node.generators[0].iter)
        frame, init = self.comp_frame(table)
        for line in init:
            w.emit(line)
        acc = w.temp({ast.ListComp: "*rt.List", ast.SetComp: "*rt.Set", ast.DictComp: "*rt.Dict"}[type(node)], "acc")
        w.emit("%s = %s" % (acc, {ast.ListComp: "rt.NewList()", ast.SetComp: "rt.NewSet()",
                                  ast.DictComp: "rt.NewDict()"}[type(node)]))
        self.ctx.comp_vars.append(frame)
        self.ctx.comp_tables = getattr(self.ctx, "comp_tables", []) + [table]
        self.ctx.comp_infos = getattr(self.ctx, "comp_infos", []) + [scope.ScopeInfo(table, "function")]
        try:
            loops = self.comp_loops(node.generators, _CompAppend(node, acc, node), _Temp(first, node), node)
            self.visit(loops)
        finally:
            self.ctx.comp_vars.pop()
            self.ctx.comp_tables.pop()
            self.ctx.comp_infos.pop()
        res = w.temp()
        w.emit("%s = %s" % (res, acc))
        return res

    expr_ListComp = inline_comp
    expr_SetComp = inline_comp
    expr_DictComp = inline_comp

    def expr_GeneratorExp(self, node):
        first = self.expr(node.generators[0].iter)
        it = self.op("rt.Iter(t, %s)" % first, node.generators[0].iter)
        arg = ast.arg(arg=".0")
        ast.copy_location(arg, node)
        args = ast.arguments(posonlyargs=[], args=[arg], vararg=None, kwonlyargs=[], kw_defaults=[],
                             kwarg=None, defaults=[])
        yld = ast.copy_location(ast.Expr(value=ast.copy_location(ast.Yield(value=node.elt), node.elt)), node.elt)
        loops = self.comp_loops(node.generators, yld, ast.copy_location(ast.Name(id=".0", ctx=ast.Load()), node), node)
        fdef = ast.copy_location(ast.FunctionDef(name="<genexpr>", args=args, body=[loops], decorator_list=[],
                                                 returns=None, type_comment=None), node)
        fn = self.make_function(fdef, "<genexpr>", args, [loops], table_name="genexpr")
        return self.op("rt.Call1(t, %s, %s)" % (fn, it), node)
