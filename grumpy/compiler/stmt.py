"""Statements: assignment, control flow, imports, names."""
import ast
import re

from . import scope
from .names import go_string


class Loop:
    def __init__(self, brk, cont, fin_depth, exc_depth):
        self.brk = brk
        self.cont = cont
        self.fin_depth = fin_depth
        self.exc_depth = exc_depth


class StmtMixin:
    # Simple statements ---------------------------------------------------
    def visit_Expr(self, node):
        self.set_line(node)
        if isinstance(node.value, ast.Constant):
            return
        self.expr(node.value)

    def visit_Pass(self, node):
        self.set_line(node)

    def visit_Assign(self, node):
        self.set_line(node)
        value = self.expr(node.value)
        for target in node.targets:
            self.assign(target, value)

    def visit_AugAssign(self, node):
        self.set_line(node)
        op = self.binop_name(node.op, node)
        t = node.target
        fast = {ast.Add: "rt.AugAdd", ast.Sub: "rt.AugSub"}.get(type(node.op))
        inplace = (fast + "(t, %s, %s)") if fast else ("rt.InPlace(t, " + op + ", %s, %s)")
        if isinstance(t, ast.Name):
            cur = self.load_name(t.id, t)
            val = self.expr(node.value)
            res = self.op(inplace % (cur, val), node)
            self.store_name(t.id, res, t)
        elif isinstance(t, ast.Attribute):
            obj = self.expr(t.value)
            name = self.name_const(self.mangle_private(t.attr))
            site = self.attr_site()
            cur = self.op("rt.GetAttrSite(t, %s, %s, %s)" % (obj, name, site), t)
            val = self.expr(node.value)
            res = self.op(inplace % (cur, val), node)
            self.op_exc("rt.SetAttrSite(t, %s, %s, %s, %s)" % (obj, name, res, site), node)
        elif isinstance(t, ast.Subscript):
            obj = self.expr(t.value)
            key = self.subscript_key(t.slice)
            cur = self.op("rt.GetItem(t, %s, %s)" % (obj, key), t)
            val = self.expr(node.value)
            res = self.op(inplace % (cur, val), node)
            self.op_exc("rt.SetItem(t, %s, %s, %s)" % (obj, key, res), node)
        else:
            self.unsupported("augmented assignment target", node)

    def visit_AnnAssign(self, node):
        self.set_line(node)
        if node.value is not None:
            value = self.expr(node.value)
            self.assign(node.target, value)
        if isinstance(node.target, ast.Name) and node.simple and self.ctx.kind in ("module", "class"):
            if self.future_annotations:
                ann = self.const(ast.unparse(node.annotation))
            else:
                ann = self.expr(node.annotation)
            anns = self.load_name("__annotations__", node)
            self.op_exc("rt.SetItem(t, %s, %s, %s)" % (anns, self.name_const(self.mangle_private(node.target.id)), ann), node)
        elif not self.future_annotations and self.ctx.kind != "function":
            if not isinstance(node.target, ast.Name):
                self.expr(node.annotation)

    def visit_Delete(self, node):
        self.set_line(node)
        for target in node.targets:
            self.delete(target)

    def delete(self, target):
        if isinstance(target, ast.Name):
            self.delete_name(target.id, target)
        elif isinstance(target, ast.Attribute):
            obj = self.expr(target.value)
            self.op_exc("rt.DelAttr(t, %s, %s)" % (obj, self.name_const(self.mangle_private(target.attr))), target)
        elif isinstance(target, ast.Subscript):
            obj = self.expr(target.value)
            key = self.subscript_key(target.slice)
            self.op_exc("rt.DelItem(t, %s, %s)" % (obj, key), target)
        elif isinstance(target, (ast.Tuple, ast.List)):
            for elt in target.elts:
                self.delete(elt)
        else:
            self.unsupported("del target", target)

    def visit_Global(self, node):
        pass

    def visit_Nonlocal(self, node):
        pass

    def visit_Assert(self, node):
        self.set_line(node)
        ok = self.w.new_label("Lassert")
        cond = self.truth(node.test)
        self.w.emit("if %s {" % cond)
        self.w.emit("\tgoto %s" % self.w.use_label(ok))
        self.w.emit("}")
        if node.msg is not None:
            msg = self.expr(node.msg)
            exc = self.op("rt.Call1(t, rt.AssertionErrorType, %s)" % msg)
        else:
            exc = self.op("rt.Call0(t, rt.AssertionErrorType)")
        self.w.emit("e = rt.Raise(t, %s, nil)" % exc)
        self.goto_raise(self.assert_raise_node(node))
        self.w.label(ok)

    # Assignment ------------------------------------------------------------
    def assign(self, target, value):
        if isinstance(target, ast.Name):
            self.store_name(target.id, value, target)
        elif isinstance(target, ast.Attribute):
            obj = self.expr(target.value)
            self.op_exc("rt.SetAttrSite(t, %s, %s, %s, %s)" % (obj, self.name_const(self.mangle_private(target.attr)), value, self.attr_site()), target)
        elif isinstance(target, ast.Subscript):
            obj = self.expr(target.value)
            key = self.subscript_key(target.slice)
            self.op_exc("rt.SetItem(t, %s, %s, %s)" % (obj, key, value), target)
        elif isinstance(target, (ast.Tuple, ast.List)):
            self.unpack(target.elts, value, target)
        elif isinstance(target, ast.Starred):
            self.unsupported("starred assignment target", target)
        else:
            self.unsupported("assignment target " + type(target).__name__, target)

    def unpack(self, elts, value, node):
        star = [i for i, e in enumerate(elts) if isinstance(e, ast.Starred)]
        items = self.w.temp("[]rt.Object", "u")
        self.set_line(node)
        if star:
            i = star[0]
            self.w.emit("%s, e = rt.UnpackEx(t, %s, %d, %d)" % (items, value, i, len(elts) - i - 1))
        else:
            self.w.emit("%s, e = rt.Unpack(t, %s, %d)" % (items, value, len(elts)))
        self.check(node)
        for i, elt in enumerate(elts):
            if isinstance(elt, ast.Starred):
                self.assign(elt.value, "%s[%d]" % (items, i))
            else:
                self.assign(elt, "%s[%d]" % (items, i))

    # Names -------------------------------------------------------------------
    def mangle_private(self, name):
        cls = self.current_class_name()
        if cls is None or not name.startswith("__") or name.endswith("__") or "." in name:
            return name
        stripped = cls.lstrip("_")
        if not stripped:
            return name
        return "_" + stripped + name

    def current_class_name(self):
        c = self.ctx
        while c is not None:
            if c.kind == "class":
                return c.class_name
            c = c.parent
        return None

    def name_kind(self, name):
        ctx = self.ctx
        for frame in reversed(ctx.comp_vars):
            if name in frame:
                return "comp", frame[name]
        if ctx.comp_vars and ctx.kind == "class":
            # Comprehension bodies in a class skip the class namespace.
            try:
                sym = ctx.comp_tables[-1].lookup(name)
                if sym.is_free():
                    return self.free_kind(name)
            except KeyError:
                pass
            return "global", None
        kind = ctx.info.kind_of(name)
        if kind in ("free", "classfree"):
            k, var = self.free_kind(name)
            if k == "comp":
                return k, var
        return kind, None

    def free_kind(self, name):
        """A free name may be an inlined comprehension's cell in an enclosing scope."""
        p = self.ctx.parent
        while p is not None:
            for frame in reversed(p.comp_vars):
                if name in frame:
                    return "comp", frame[name]
            if p.kind == "function" and p.info.kind_of(name) in ("cell", "free"):
                break
            p = p.parent
        return "free", None

    def store_name(self, name, value, node):
        name = self.mangle_private(name)
        kind, var = self.name_kind(name)
        w = self.w
        if kind == "comp":
            if var.startswith("c_") or var.startswith("cc"):
                w.emit("%s.Set(%s)" % (var, value))
            else:
                w.emit("%s = %s" % (var, value))
        elif kind == "fast":
            v = w.var(scope.local_var(name))
            if self.is_none_const(value):
                # `name = None` drops the old value: an abandoned generator is
                # closed here, as CPython does (runtime/generator_final.go).
                w.emit("rt.Dropped(t, &%s)" % v)
            w.emit("%s = %s" % (v, value))
        elif kind == "global" and self.is_none_const(value):
            w.emit("rt.StoreGlobalNone(t, g, %s)" % self.name_const(name))
        elif kind in ("cell", "free", "classfree"):
            # A class body stores a free name (declared nonlocal) in the
            # enclosing cell: STORE_DEREF.
            w.emit("%s.Set(%s)" % (scope.cell_var(name), value))
        elif kind == "global":
            w.emit("g.SetItemStr(%s, %s)" % (self.name_const(name), value))
        elif kind == "name":
            self.op_exc("rt.StoreName(t, ns, %s, %s)" % (self.name_const(name), value))
        else:
            self.unsupported("name kind " + kind, node)

    def is_none_const(self, value):
        """value (a Go expression) is the constant None."""
        return value == "rt.None" or value == self.consts.get((type(None), None))

    def delete_name(self, name, node):
        name = self.mangle_private(name)
        kind, var = self.name_kind(name)
        w = self.w
        if kind == "fast":
            v = w.var(scope.local_var(name))
            w.emit("if %s == nil {" % v)
            w.emit("\te = rt.UnboundLocal(%s)" % go_string(name))
            w.emit("\tf.Line = %d" % self.pos_value(node))
            w.emit("\tgoto %s" % w.use_label(self.ctx.handler.add))
            w.emit("}")
            # Clears the variable; a generator it held is closed if abandoned.
            w.emit("rt.Dropped(t, &%s)" % v)
        elif kind in ("cell", "free", "classfree"):
            self.op_exc("rt.DelCell(%s, %s)" % (scope.cell_var(name), go_string(name)), node)
        elif kind == "global":
            self.op_exc("rt.DelGlobalDrop(t, g, %s)" % self.name_const(name), node)
        elif kind == "name":
            self.op_exc("rt.DelName(t, ns, %s)" % self.name_const(name), node)
        else:
            self.unsupported("del of " + kind, node)

    # Control flow --------------------------------------------------------------
    def visit_If(self, node):
        self.set_line(node)
        w = self.w
        else_l = w.new_label("Lelse")
        end_l = w.new_label("Lendif")
        cond = self.truth(node.test)
        w.emit("if !%s {" % cond)
        w.emit("\tgoto %s" % w.use_label(else_l))
        w.emit("}")
        self.body(node.body)
        if node.orelse:
            w.goto(end_l)
        w.label(else_l)
        self.body(node.orelse)
        w.label(end_l)

    def visit_While(self, node):
        self.set_line(node)
        w = self.w
        top = w.new_label("Lwhile")
        else_l = w.new_label("Lwelse")
        brk = w.new_label("Lwbreak")
        w.label(top)
        self.ctx.line = None
        self.set_line(node)
        w.emit("if e = rt.CheckSignals(t); e != nil {")
        w.emit("\tgoto %s" % w.use_label(self.ctx.handler.add))
        w.emit("}")
        if not (isinstance(node.test, ast.Constant) and node.test.value is True):
            cond = self.truth(node.test)
            w.emit("if !%s {" % cond)
            w.emit("\tgoto %s" % w.use_label(else_l))
            w.emit("}")
        self.ctx.loops.append(Loop(brk, top, len(self.ctx.finallies), self.ctx.exc_depth))
        self.body(node.body)
        self.ctx.loops.pop()
        w.goto(top)
        w.label(else_l)
        self.body(node.orelse)
        w.label(brk)
        self.ctx.line = None

    def visit_For(self, node):
        self.set_line(node)
        w = self.w
        top = w.new_label("Lfor")
        else_l = w.new_label("Lfelse")
        brk = w.new_label("Lfbreak")
        if self.is_range_call(node.iter):
            return self.range_for(node, top, else_l, brk)
        seq = self.expr(node.iter)
        # A loop over a call's result holds the only reference to the
        # iterator, usually: leaving it by break drops it (a generator
        # abandoned there is closed, as CPython does).
        owns = isinstance(node.iter, ast.Call) and not getattr(node.iter, "is_iter", False)
        if getattr(node.iter, "is_iter", False):
            it = seq  # an inlined comprehension's iterator, made outside its frame
        else:
            it = self.op("rt.Iter(t, %s)" % seq, node)
            if owns and re.match(r"^t\d+$", seq):
                w.emit("%s = nil" % seq)
        item = w.temp()
        pair = (isinstance(node.target, (ast.Tuple, ast.List)) and len(node.target.elts) == 2
                and not any(isinstance(e, ast.Starred) for e in node.target.elts))
        second = w.temp() if pair else None
        w.label(top)
        self.ctx.line = None
        self.set_line(node)
        if pair:
            # `for a, b in ...`: unpacked by the runtime without a tuple when it can.
            w.emit("%s, %s, e = rt.Next2(t, %s)" % (item, second, it))
        else:
            w.emit("%s, e = rt.Next(t, %s)" % (item, it))
        self.check()
        w.emit("if %s == nil {" % item)
        w.emit("\tgoto %s" % w.use_label(else_l))
        w.emit("}")
        if pair:
            self.assign(node.target.elts[0], item)
            self.assign(node.target.elts[1], second)
        else:
            self.assign(node.target, item)
        self.ctx.loops.append(Loop(brk, top, len(self.ctx.finallies), self.ctx.exc_depth))
        self.body(node.body)
        self.ctx.loops.pop()
        w.goto(top)
        w.label(else_l)
        self.body(node.orelse)
        w.label(brk)
        if owns and w.used_labels and brk in w.used_labels:
            w.emit("rt.Dropped(t, &%s)" % it)
        self.ctx.line = None

    def is_range_call(self, node):
        return (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "range"
                and 1 <= len(node.args) <= 2 and not node.keywords
                and not any(isinstance(a, ast.Starred) for a in node.args)
                and self.name_kind("range")[0] == "global")

    def range_for(self, node, top, else_l, brk):
        """`for x in range(a, b)` over machine ints when `range` is the builtin;
        anything else (a shadowed range, big ints) takes the generic path."""
        w = self.w
        fn = self.load_name("range", node.iter.func)
        args = [self.expr(a) for a in node.iter.args]
        lo, hi = ("rt.MakeInt(0)", args[0]) if len(args) == 1 else (args[0], args[1])
        cur = w.temp("int64", "i")
        end = w.temp("int64", "i")
        fast = w.temp("bool", "b")
        it = w.temp()
        item = w.temp()
        self.set_line(node)
        w.emit("%s, %s, %s, %s, e = rt.RangeLoop(t, %s, %s, %s)" % (fast, cur, end, it, fn, lo, hi))
        self.check()
        w.label(top)
        self.ctx.line = None
        self.set_line(node)
        w.emit("if %s {" % fast)
        w.emit("\tif %s >= %s {" % (cur, end))
        w.emit("\t\tgoto %s" % w.use_label(else_l))
        w.emit("\t}")
        w.emit("\t%s = rt.MakeInt(%s)" % (item, cur))
        w.emit("\t%s++" % cur)
        w.emit("\tif e = rt.CheckSignals(t); e != nil {")
        w.emit("\t\tgoto %s" % w.use_label(self.ctx.handler.add))
        w.emit("\t}")
        w.emit("} else {")
        w.emit("\t%s, e = rt.Next(t, %s)" % (item, it))
        w.emit("\tif e != nil {")
        w.emit("\t\tgoto %s" % w.use_label(self.ctx.handler.add))
        w.emit("\t}")
        w.emit("\tif %s == nil {" % item)
        w.emit("\t\tgoto %s" % w.use_label(else_l))
        w.emit("\t}")
        w.emit("}")
        self.assign(node.target, item)
        self.ctx.loops.append(Loop(brk, top, len(self.ctx.finallies), self.ctx.exc_depth))
        self.body(node.body)
        self.ctx.loops.pop()
        w.goto(top)
        w.label(else_l)
        self.body(node.orelse)
        w.label(brk)
        self.ctx.line = None

    def visit_Break(self, node):
        loop = self.ctx.loops[-1]
        self.jump(loop.brk, loop.fin_depth, loop.exc_depth)

    def visit_Continue(self, node):
        loop = self.ctx.loops[-1]
        self.jump(loop.cont, loop.fin_depth, loop.exc_depth)

    def jump(self, label, fin_depth, exc_depth):
        """Jump to label, running the finally blocks and leaving the except
        handlers entered since the target's nesting level."""
        ctx = self.ctx
        w = self.w
        hop = len(ctx.finallies) if len(ctx.finallies) > fin_depth else fin_depth
        for why, depth in reversed(ctx.in_finalbody):
            if depth >= hop:
                w.emit("if %s == -1 {" % why)
                w.emit("\tt.ExitHandler()")
                w.emit("\t%s = 0" % why)
                w.emit("}")
        if len(ctx.finallies) > fin_depth:
            fin = ctx.finallies[-1]
            for _ in range(ctx.exc_depth - fin.exc_depth):
                w.emit("t.ExitHandler()")
            code = fin.code_for(label, fin_depth, exc_depth)
            w.emit("%s = %d" % (fin.why, code))
            w.goto(fin.entry)
        else:
            for _ in range(ctx.exc_depth - exc_depth):
                w.emit("t.ExitHandler()")
            w.goto(label)

    def visit_Return(self, node):
        self.set_line(node)
        if self.ctx.kind != "function":
            self.unsupported("return outside function", node)
        value = self.expr(node.value) if node.value is not None else "rt.None"
        self.w.emit("ret = %s" % value)
        self.jump(self.ctx.ret_label, 0, 0)

    # Imports -------------------------------------------------------------------
    def visit_Import(self, node):
        self.set_line(node)
        for alias in node.names:
            if alias.asname:
                m = self.op("rt.ImportName(t, g, %s, 0, true)" % go_string(alias.name), node)
                self.store_name(alias.asname, m, node)
            else:
                m = self.op("rt.ImportName(t, g, %s, 0, false)" % go_string(alias.name), node)
                self.store_name(alias.name.split(".")[0], m, node)

    def visit_ImportFrom(self, node):
        self.set_line(node)
        if node.module == "__future__":
            return
        modname = node.module or ""
        mod = self.op("rt.ImportName(t, g, %s, %d, true)" % (go_string(modname), node.level), node)
        for alias in node.names:
            if alias.name == "*":
                if self.ctx.kind != "module":
                    self.unsupported("import * inside a function", node)
                self.op_exc("rt.ImportStar(t, %s, g)" % mod, node)
                continue
            v = self.op("rt.ImportFrom(t, %s, %s)" % (mod, self.name_const(alias.name)), node)
            self.store_name(alias.asname or alias.name, v, node)
