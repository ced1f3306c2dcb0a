"""Expressions. Each expr_* emits the Go that computes the value into a
temporary (checking for an exception after every fallible operation) and
returns a Go expression naming the value."""
import ast

from . import scope
from .names import go_string

BINOPS = {
    ast.Add: "rt.OpAdd", ast.Sub: "rt.OpSub", ast.Mult: "rt.OpMul", ast.Div: "rt.OpTrueDiv",
    ast.FloorDiv: "rt.OpFloorDiv", ast.Mod: "rt.OpMod", ast.Pow: "rt.OpPow", ast.LShift: "rt.OpLShift",
    ast.RShift: "rt.OpRShift", ast.BitAnd: "rt.OpAnd", ast.BitOr: "rt.OpOr", ast.BitXor: "rt.OpXor",
    ast.MatMult: "rt.OpMatMul",
}

CMPOPS = {
    ast.Lt: "rt.CmpLT", ast.LtE: "rt.CmpLE", ast.Eq: "rt.CmpEQ", ast.NotEq: "rt.CmpNE",
    ast.Gt: "rt.CmpGT", ast.GtE: "rt.CmpGE",
}


def is_folded_constant(node):
    """Whether CPython's AST optimizer folds node to a constant (literals,
    and unary/binary arithmetic on them, as in `-1` or `2**61`)."""
    if isinstance(node, ast.Constant):
        return True
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd, ast.Invert)):
        return is_folded_constant(node.operand)
    if isinstance(node, ast.BinOp) and not isinstance(node.op, ast.MatMult):
        return is_folded_constant(node.left) and is_folded_constant(node.right)
    if isinstance(node, ast.Tuple):
        return all(is_folded_constant(e) for e in node.elts)
    return False


class ExprMixin:
    def binop_name(self, op, node):
        try:
            return BINOPS[type(op)]
        except KeyError:
            self.unsupported("operator " + type(op).__name__, node)

    # Atoms ------------------------------------------------------------------
    def expr_Constant(self, node):
        return self.const(node.value)

    def expr_Name(self, node):
        return self.load_name(node.id, node)

    def load_name(self, name, node):
        name = self.mangle_private(name)
        kind, var = self.name_kind(name)
        w = self.w
        if kind == "comp":
            if var.startswith("cc"):
                return self.op("rt.LoadCell(%s, %s)" % (var, go_string(name)), node)
            return var
        if kind == "fast":
            v = w.var(scope.local_var(name))
            if not self.is_param(name):
                w.emit("if %s == nil {" % v)
                self.set_line_inline(node)
                w.emit("\te = rt.UnboundLocal(%s)" % go_string(name))
                w.emit("\tgoto %s" % w.use_label(self.ctx.handler.add))
                w.emit("}")
            return v
        if kind == "cell":
            # The scope's own cell: UnboundLocalError when empty.
            return self.op("rt.LoadLocalCell(%s, %s)" % (scope.cell_var(name), go_string(name)), node)
        if kind == "free":
            return self.op("rt.LoadCell(%s, %s)" % (scope.cell_var(name), go_string(name)), node)
        if kind == "global":
            return self.op("rt.LoadGlobalSite(g, %s, %s)" % (self.name_const(name), self.global_site()), node)
        if kind == "name":
            return self.op("rt.LoadName(t, ns, g, %s)" % self.name_const(name), node)
        if kind == "classfree":
            return self.op("rt.LoadClassDeref(t, ns, %s, %s)" % (self.name_const(name), scope.cell_var(name)), node)
        self.unsupported("name kind " + kind, node)

    def set_line_inline(self, node):
        line = getattr(node, "lineno", None)
        if line is not None:
            self.w.emit("\tf.Line = %d" % self.pos_value(node))

    def is_param(self, name):
        return name in getattr(self.ctx, "params", ())

    # Operators ----------------------------------------------------------------
    def expr_BinOp(self, node):
        left = self.expr(node.left)
        right = self.expr(node.right)
        op = type(node.op)
        if op is ast.Add:
            return self.op("rt.Add(t, %s, %s)" % (left, right), node)
        if op is ast.Sub:
            return self.op("rt.Sub(t, %s, %s)" % (left, right), node)
        fast = {ast.Mult: "rt.Mult", ast.Mod: "rt.Modulo", ast.FloorDiv: "rt.FloorDivide"}.get(op)
        if fast:
            return self.op("%s(t, %s, %s)" % (fast, left, right), node)
        return self.op("rt.Binary(t, %s, %s, %s)" % (self.binop_name(node.op, node), left, right), node)

    def expr_UnaryOp(self, node):
        v = self.expr(node.operand)
        op = type(node.op)
        if op is ast.Not:
            return self.op("rt.Not(t, %s)" % v, node)
        if op is ast.USub:
            return self.op("rt.Neg(t, %s)" % v, node)
        if op is ast.UAdd:
            return self.op("rt.Pos(t, %s)" % v, node)
        return self.op("rt.Invert(t, %s)" % v, node)

    def expr_BoolOp(self, node):
        w = self.w
        res = w.temp()
        end = w.new_label("Lbool")
        for i, value in enumerate(node.values):
            v = self.expr(value)
            w.emit("%s = %s" % (res, v))
            if i == len(node.values) - 1:
                break
            b = self.op_bool("rt.IsTrue(t, %s)" % res, at=node)
            if isinstance(node.op, ast.And):
                w.emit("if !%s {" % b)
            else:
                w.emit("if %s {" % b)
            w.emit("\tgoto %s" % w.use_label(end))
            w.emit("}")
        w.label(end)
        return res

    def compare_op(self, op, left, right, node):
        if isinstance(op, ast.Is):
            return "rt.Bool(rt.Is(%s, %s))" % (left, right)
        if isinstance(op, ast.IsNot):
            return "rt.Bool(!rt.Is(%s, %s))" % (left, right)
        if isinstance(op, ast.In):
            return self.op("rt.In(t, %s, %s)" % (left, right), node)
        if isinstance(op, ast.NotIn):
            return self.op("rt.NotIn(t, %s, %s)" % (left, right), node)
        if isinstance(op, ast.Lt):
            return self.op("rt.Lt(t, %s, %s)" % (left, right), node)
        return self.op("rt.Compare(t, %s, %s, %s)" % (CMPOPS[type(op)], left, right), node)

    def display_eq(self, node):
        """`(a, b) == (c, d)` (or !=) between two tuple displays of the same
        length, as a Go bool, without building the tuples: the items are
        evaluated in order, then compared pairwise as tuple == compares them
        (rt.ItemEq), stopping at the first unequal pair. None when node is
        not such a comparison."""
        if not (isinstance(node, ast.Compare) and len(node.ops) == 1
                and isinstance(node.ops[0], (ast.Eq, ast.NotEq))):
            return None
        left, right = node.left, node.comparators[0]
        if not (isinstance(left, ast.Tuple) and isinstance(right, ast.Tuple)
                and left.elts and len(left.elts) == len(right.elts)):
            return None
        if any(isinstance(e, ast.Starred) for e in left.elts + right.elts):
            return None
        w = self.w
        ls = [self.expr(e) for e in left.elts]
        rs = [self.expr(e) for e in right.elts]
        b = w.temp("bool", "b")
        w.emit("%s = true" % b)
        self.set_line(node)
        for a, c in zip(ls, rs):
            w.emit("if %s {" % b)
            w.emit("\t%s, e = rt.ItemEq(t, %s, %s)" % (b, a, c))
            w.emit("}")
            self.check(node)
        if isinstance(node.ops[0], ast.NotEq):
            w.emit("%s = !%s" % (b, b))
        return b

    def expr_Compare(self, node):
        w = self.w
        b = self.display_eq(node)
        if b is not None:
            return "rt.Object(rt.Bool(%s))" % b
        left = self.expr(node.left)
        if len(node.ops) == 1:
            right = self.expr(node.comparators[0])
            return self.compare_op(node.ops[0], left, right, node)
        res = w.temp()
        end = w.new_label("Lcmp")
        for i, (op, comp) in enumerate(zip(node.ops, node.comparators)):
            right = self.expr(comp)
            r = self.compare_op(op, left, right, node)
            w.emit("%s = %s" % (res, r))
            if i < len(node.ops) - 1:
                b = self.op_bool("rt.IsTrue(t, %s)" % res)
                w.emit("if !%s {" % b)
                w.emit("\tgoto %s" % w.use_label(end))
                w.emit("}")
                tmp = w.temp()
                w.emit("%s = %s" % (tmp, right))
                left = tmp
        w.label(end)
        return res

    def truth(self, node, at=None):
        """A Go bool for `if`/`while` tests, skipping the bool box when it can."""
        b = self.display_eq(node)
        if b is not None:
            return b
        if isinstance(node, ast.Compare) and len(node.ops) == 1 and type(node.ops[0]) in CMPOPS:
            left = self.expr(node.left)
            right = self.expr(node.comparators[0])
            return self.op_bool("rt.CompareBool(t, %s, %s, %s)" % (CMPOPS[type(node.ops[0])], left, right), node)
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            b = self.truth(node.operand, at)
            nb = self.w.temp("bool", "b")
            self.w.emit("%s = !%s" % (nb, b))
            return nb
        v = self.expr(node)
        return self.op_bool("rt.IsTrue(t, %s)" % v, at=at)

    def expr_IfExp(self, node):
        w = self.w
        res = w.temp()
        else_l = w.new_label("Lifx")
        end = w.new_label("Lifxend")
        cond = self.truth(node.test, at=node)
        w.emit("if !%s {" % cond)
        w.emit("\tgoto %s" % w.use_label(else_l))
        w.emit("}")
        w.emit("%s = %s" % (res, self.expr(node.body)))
        w.goto(end)
        w.label(else_l)
        w.emit("%s = %s" % (res, self.expr(node.orelse)))
        w.label(end)
        return res

    def expr_NamedExpr(self, node):
        v = self.expr(node.value)
        tmp = self.w.temp()
        self.w.emit("%s = %s" % (tmp, v))
        self.store_walrus(node.target.id, tmp, node)
        return tmp

    # Attributes and subscripts -------------------------------------------------
    def expr_Attribute(self, node):
        obj = self.expr(node.value)
        if node.attr == "__class__":
            # o.__class__ without the descriptor call (isinstance-style
            # checks, dataclass-style __eq__); rt.GetClass falls back to
            # GetAttr for classes that override it.
            return self.op("rt.GetClass(t, %s)" % obj, node)
        return self.op("rt.GetAttrSite(t, %s, %s, %s)" % (obj, self.name_const(self.mangle_private(node.attr)), self.attr_site()), node)

    def subscript_key(self, node):
        if isinstance(node, ast.Slice):
            return self.expr_Slice(node)
        return self.expr(node)

    def expr_Subscript(self, node):
        obj = self.expr(node.value)
        key = self.subscript_key(node.slice)
        return self.op("rt.GetItem(t, %s, %s)" % (obj, key), node)

    def expr_Slice(self, node):
        parts = [self.expr(p) if p is not None else "nil" for p in (node.lower, node.upper, node.step)]
        tmp = self.w.temp()
        self.w.emit("%s = rt.NewSlice(%s, %s, %s)" % (tmp, parts[0], parts[1], parts[2]))
        return tmp

    # Displays ------------------------------------------------------------------
    def sequence_items(self, elts, at=None):
        """Evaluate display items; returns a Go []rt.Object expression."""
        w = self.w
        if not any(isinstance(e, ast.Starred) for e in elts):
            vals = [self.expr(e) for e in elts]
            return "[]rt.Object{%s}" % ", ".join(vals)
        acc = w.temp("[]rt.Object", "s")
        w.emit("%s = nil" % acc)
        for e in elts:
            if isinstance(e, ast.Starred):
                v = self.expr(e.value)
                self.set_line(e)
                w.emit("%s, e = rt.AppendIter(t, %s, %s)" % (acc, acc, v))
                self.check(at)
            else:
                v = self.expr(e)
                w.emit("%s = append(%s, %s)" % (acc, acc, v))
        return acc

    def expr_List(self, node):
        items = self.sequence_items(node.elts, node)
        tmp = self.w.temp()
        self.w.emit("%s = rt.NewList(%s...)" % (tmp, items))
        return tmp

    def expr_Tuple(self, node):
        if not node.elts:
            return "rt.Object(rt.NewTuple())"
        items = self.sequence_items(node.elts, node)
        tmp = self.w.temp()
        self.w.emit("%s = rt.NewTuple(%s...)" % (tmp, items))
        return tmp

    def expr_Set(self, node):
        items = self.sequence_items(node.elts, node)
        if len(node.elts) >= 3 and all(is_folded_constant(e) for e in node.elts):
            # CPython folds this display into a frozenset constant first,
            # which can change the order of colliding hashes.
            return self.op("rt.NewSetConst(t, %s)" % items, node)
        return self.op("rt.NewSetFrom(t, %s)" % items, node)

    def expr_Dict(self, node):
        w = self.w
        d = w.temp("*rt.Dict", "d")
        w.emit("%s = rt.NewDict()" % d)
        for k, v in zip(node.keys, node.values):
            if k is None:
                val = self.expr(v)
                self.op_exc("rt.DictUpdate(t, %s, %s)" % (d, val), node)
            else:
                key = self.expr(k)
                val = self.expr(v)
                self.op_exc("%s.SetItem(t, %s, %s)" % (d, key, val), node)
        tmp = w.temp()
        w.emit("%s = %s" % (tmp, d))
        return tmp

    # f-strings -------------------------------------------------------------------
    def expr_JoinedStr(self, node):
        parts = []
        for v in node.values:
            if isinstance(v, ast.Constant):
                parts.append(self.const(v.value))
            else:
                parts.append(self.expr(v))
        if len(parts) == 1:
            # A lone replacement field, or a constant format spec
            # (the "04d" of f"{i:04d}"): the part is the value.
            return parts[0]
        tmp = self.w.temp()
        self.w.emit("%s = rt.JoinStrs(%s)" % (tmp, ", ".join(parts)))
        return tmp

    def expr_FormattedValue(self, node):
        v = self.expr(node.value)
        conv = {-1: "0", 115: "'s'", 114: "'r'", 97: "'a'"}[node.conversion]
        spec = self.expr(node.format_spec) if node.format_spec is not None else "nil"
        return self.op("rt.FormatValue(t, %s, %s, %s)" % (v, conv, spec), node)

    # Calls ---------------------------------------------------------------------------
    def expr_Call(self, node):
        w = self.w
        if self.is_zero_arg_super(node):
            return self.zero_arg_super(node)
        simple = not any(isinstance(a, ast.Starred) for a in node.args) and all(k.arg is not None for k in node.keywords)
        if isinstance(node.func, ast.Attribute) and simple:
            obj = self.expr(node.func.value)
            args = [self.expr(a) for a in node.args]
            kwvals = [self.expr(k.value) for k in node.keywords]
            name = self.name_const(self.mangle_private(node.func.attr))
            if not node.keywords and len(args) <= 2:
                return self.op("rt.CallMethod%dSite(t, %s, %s, %s%s)" % (
                    len(args), obj, name, self.attr_site(), "".join(", " + a for a in args)), node)
            kwnames = self.kwnames(node.keywords)
            allargs = args + kwvals
            argv = "[]rt.Object{%s}" % ", ".join(allargs) if allargs else "nil"
            return self.op("rt.CallMethod(t, %s, %s, %s, %s)" % (obj, name, argv, kwnames), node)
        fn = self.expr(node.func)
        if simple:
            args = [self.expr(a) for a in node.args]
            if not node.keywords and len(args) <= 3:
                return self.op("rt.Call%d(t, %s%s)" % (len(args), fn, "".join(", " + a for a in args)), node)
            kwvals = [self.expr(k.value) for k in node.keywords]
            allargs = args + kwvals
            # A free leading slot lets the callee place self there (rt.CallOff).
            return self.op("rt.CallOff(t, %s, []rt.Object{nil, %s}, %s)" % (fn, ", ".join(allargs), self.kwnames(node.keywords)), node)
        # f(*v) with v the only positional: CPython checks v (naming f in
        # its error) at the call, after the keywords (rt.CallStar).
        single_star = len(node.args) == 1 and isinstance(node.args[0], ast.Starred)
        if single_star:
            items = self.expr(node.args[0].value)
        else:
            items = self.sequence_items(node.args, node)
        kw = "nil"
        if node.keywords:
            d = w.temp("*rt.Dict", "d")
            w.emit("%s = rt.NewDict()" % d)
            for k in node.keywords:
                v = self.expr(k.value)
                if k.arg is None:
                    self.op_exc("rt.MergeKwargs(t, %s, %s, %s)" % (d, v, fn), node)
                else:
                    self.op_exc("rt.MergeKwarg(t, %s, %s, %s, %s)" % (d, self.name_const(k.arg), v, fn), node)
            kw = d
        if single_star:
            return self.op("rt.CallStar(t, %s, %s, %s)" % (fn, items, kw), node)
        return self.op("rt.CallKw(t, %s, %s, %s)" % (fn, items, kw), node)

    def kwnames(self, keywords):
        if not keywords:
            return "nil"
        key = tuple(k.arg for k in keywords)  # CPython does not mangle keyword names
        cache = self.__dict__.setdefault("_kwname_cache", {})
        if key not in cache:
            name = "kw%d" % len(cache)
            cache[key] = name
            self.const_decls.append((name, "[]*rt.Str{%s}" % ", ".join("rt.InternStr(%s)" % go_string(k) for k in key)))
        return cache[key]

    def expr_Starred(self, node):
        self.unsupported("starred expression here", node)
