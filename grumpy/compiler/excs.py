"""try/except/else/finally, with, raise.

Exceptions travel as `e` and jump to the innermost handler label. A handler
has two entries: `add` appends this frame to the traceback (a fresh error
here), `noadd` re-raises one that already has it. The thread's stack of
handled exceptions (sys.exc_info, implicit __context__, bare raise) is
pushed on entering an except block and popped on every way out of it.
"""
import ast

from .lower_ctx import Finally, Handler


class ExcMixin:
    def visit_Raise(self, node):
        self.set_line(node)
        w = self.w
        if node.exc is None:
            w.emit("e = rt.Reraise(t)")
            w.goto(self.ctx.handler.noadd if self.ctx.exc_depth > 0 else self.ctx.handler.add)
            return
        exc = self.expr(node.exc)
        cause = self.expr(node.cause) if node.cause is not None else "nil"
        self.set_line(node)
        w.emit("e = rt.Raise(t, %s, %s)" % (exc, cause))
        self.goto_raise(node)

    def visit_Try(self, node):
        self.set_line(node)
        self.ctx.has_handlers = True
        if node.finalbody:
            def inner():
                if node.handlers:
                    self.try_except(node)
                else:
                    self.body(node.body)
            self.with_finally(inner, lambda: self.body(node.finalbody))
        else:
            self.try_except(node)

    def visit_TryStar(self, node):
        self.set_line(node)
        self.ctx.has_handlers = True
        if node.finalbody:
            self.with_finally(lambda: self.try_star(node), lambda: self.body(node.finalbody))
        else:
            self.try_star(node)

    def try_star(self, node):
        """except*: split the exception group clause by clause; what the
        handlers raise and what no clause matched are re-raised together
        (rt.ExceptStarReraise)."""
        w = self.w
        ctx = self.ctx
        outer = ctx.handler
        h = Handler(w.new_label("Ltrys"), w.new_label("Ltrysr"))
        else_l = w.new_label("Ltryselse")
        end = w.new_label("Ltrysend")
        ctx.handler = h
        self.body(node.body)
        ctx.handler = outer
        w.goto(else_l)
        orig = w.temp("*rt.BaseException", "x")
        rest = w.temp("*rt.BaseException", "x")
        match = w.temp("*rt.BaseException", "x")
        raised = w.temp("[]*rt.BaseException", "rs")
        w.label(h.add)
        w.emit("e = rt.Propagate(t, e, f)")
        w.label(h.noadd)
        w.emit("%s = e" % orig)
        w.emit("%s = nil" % raised)
        w.emit("%s, e = rt.ExceptStarGroup(t, %s)" % (rest, orig))
        w.emit("if e != nil {")
        w.emit("\tgoto %s" % w.use_label(outer.add))
        w.emit("}")
        for clause in node.handlers:
            nxt = w.new_label("Lxsnext")
            after = w.new_label("Lxsafter")
            ctx.line = None
            self.set_line(clause)
            w.emit("if %s == nil {" % rest)
            w.emit("\tgoto %s" % w.use_label(nxt))
            w.emit("}")
            spec = self.expr(clause.type)
            self.set_line(clause)
            w.emit("%s, %s, e = rt.ExceptStarSplit(t, %s, %s)" % (match, rest, rest, spec))
            self.check()
            w.emit("if %s == nil {" % match)
            w.emit("\tgoto %s" % w.use_label(nxt))
            w.emit("}")
            w.emit("t.EnterHandler(%s)" % match)
            inner = Handler(w.new_label("Lxsh"), w.new_label("Lxshr"))
            ctx.exc_depth += 1
            ctx.handler = inner
            if clause.name:
                self.store_name(clause.name, match, clause)
            self.body(clause.body)
            ctx.handler = outer
            ctx.exc_depth -= 1
            w.emit("t.ExitHandler()")
            w.goto(after)
            w.label(inner.add)
            w.emit("e = rt.Propagate(t, e, f)")
            w.label(inner.noadd)
            w.emit("t.ExitHandler()")
            w.emit("%s = append(%s, e)" % (raised, raised))
            w.label(after)
            if clause.name:
                self.clear_name(clause.name)
            w.label(nxt)
        w.emit("e = rt.ExceptStarReraise(t, %s, %s, %s)" % (orig, rest, raised))
        w.emit("if e != nil {")
        w.emit("\tgoto %s" % w.use_label(outer.noadd))
        w.emit("}")
        w.goto(end)
        w.label(else_l)
        ctx.line = None
        self.body(node.orelse)
        w.label(end)
        ctx.line = None

    def try_except(self, node):
        w = self.w
        ctx = self.ctx
        outer = ctx.handler
        h = Handler(w.new_label("Ltry"), w.new_label("Ltryr"))
        else_l = w.new_label("Ltryelse")
        end = w.new_label("Ltryend")
        ctx.handler = h
        self.body(node.body)
        ctx.handler = outer
        w.goto(else_l)
        cur = w.temp("*rt.BaseException", "x")
        w.label(h.add)
        w.emit("e = rt.Propagate(t, e, f)")
        w.label(h.noadd)
        w.emit("%s = e" % cur)
        w.emit("t.EnterHandler(%s)" % cur)
        inner = Handler(w.new_label("Lexh"), w.new_label("Lexhr"))
        ctx.exc_depth += 1
        ctx.handler = inner
        for clause in node.handlers:
            nxt = w.new_label("Lexnext")
            ctx.line = None
            self.set_line(clause)
            if clause.type is not None:
                spec = self.expr(clause.type)
                ok = self.op_bool("rt.ExcMatch(t, %s, %s)" % (cur, spec), clause)
                w.emit("if !%s {" % ok)
                w.emit("\tgoto %s" % w.use_label(nxt))
                w.emit("}")
            if clause.name:
                self.store_name(clause.name, cur, clause)
                # CPython unbinds the name on every way out of the handler
                # (return, break, continue, an exception): a finally.
                self.with_finally(lambda: self.body(clause.body), lambda: self.clear_name(clause.name))
            else:
                self.body(clause.body)
            w.emit("t.ExitHandler()")
            w.goto(end)
            w.label(nxt)
        ctx.exc_depth -= 1
        ctx.handler = outer
        w.emit("t.ExitHandler()")
        w.emit("e = %s" % cur)
        w.goto(outer.noadd)
        w.label(inner.add)
        w.emit("e = rt.Propagate(t, e, f)")
        w.label(inner.noadd)
        w.emit("t.ExitHandler()")
        w.goto(outer.noadd)
        w.label(else_l)
        ctx.line = None
        self.body(node.orelse)
        w.label(end)
        ctx.line = None

    def clear_name(self, name):
        """`except E as name` unbinds name when the handler ends."""
        kind, var = self.name_kind(self.mangle_private(name))
        if kind == "fast":
            from . import scope
            self.w.emit("%s = nil" % scope.local_var(self.mangle_private(name)))
        elif kind == "global":
            self.w.emit("rt.DelGlobal(g, %s)" % self.name_const(self.mangle_private(name)))
        elif kind in ("name", "classfree"):
            self.w.emit("rt.DelName(t, ns, %s)" % self.name_const(self.mangle_private(name)))
        elif kind in ("cell", "free"):
            from . import scope
            self.w.emit("%s.Set(nil)" % scope.cell_var(self.mangle_private(name)))

    def with_finally(self, body_fn, final_fn, on_exception=None):
        """Run body_fn's code with final_fn's code on every way out.

        on_exception, if given, replaces the exception path: it is called
        with the variable holding the pending exception and must route
        control itself."""
        w = self.w
        ctx = self.ctx
        outer = ctx.handler
        why = w.temp("int", "why")
        saved = w.temp("*rt.BaseException", "x")
        entry = w.new_label("Lfin")
        fin = Finally(why, entry, ctx.exc_depth)
        h = Handler(w.new_label("Lfexc"), w.new_label("Lfexcr"))
        ctx.handler = h
        ctx.finallies.append(fin)
        body_fn()
        ctx.finallies.pop()
        ctx.handler = outer
        w.emit("%s = 0" % why)
        w.goto(entry)
        w.label(h.add)
        w.emit("e = rt.Propagate(t, e, f)")
        w.label(h.noadd)
        w.emit("%s = e" % saved)
        if on_exception is not None:
            on_exception(saved)
        else:
            w.emit("%s = -1" % why)
        w.label(entry)
        ctx.line = None
        fb = Handler(w.new_label("Lfb"), w.new_label("Lfbr"))
        if on_exception is None:
            w.emit("if %s == -1 {" % why)
            w.emit("\tt.EnterHandler(%s)" % saved)
            w.emit("}")
        ctx.handler = fb
        ctx.in_finalbody.append((why, len(ctx.finallies)))
        final_fn()
        ctx.in_finalbody.pop()
        ctx.handler = outer
        done = w.new_label("Lfdone")
        if on_exception is None:
            w.emit("if %s == -1 {" % why)
            w.emit("\tt.ExitHandler()")
            w.emit("\te = %s" % saved)
            w.emit("\tgoto %s" % w.use_label(outer.noadd))
            w.emit("}")
        for i, (label, fin_depth, exc_depth) in enumerate(fin.codes):
            skip = w.new_label("Lfskip")
            w.emit("if %s != %d {" % (why, i + 1))
            w.emit("\tgoto %s" % w.use_label(skip))
            w.emit("}")
            self.jump(label, fin_depth, exc_depth)
            w.label(skip)
        w.goto(done)
        w.label(fb.add)
        w.emit("e = rt.Propagate(t, e, f)")
        w.label(fb.noadd)
        if on_exception is None:
            w.emit("if %s == -1 {" % why)
            w.emit("\tt.ExitHandler()")
            w.emit("}")
        w.goto(outer.noadd)
        w.label(done)
        ctx.line = None

    def visit_With(self, node):
        self.set_line(node)
        self.ctx.has_handlers = True
        self.with_items(node.items, node.body, node)

    def with_items(self, items, body, node):
        if not items:
            self.body(body)
            return
        item = items[0]
        w = self.w
        mgr = self.expr(item.context_expr)
        exitf = w.temp()
        val = w.temp()
        self.set_line(node)
        w.emit("%s, %s, e = rt.WithEnter(t, %s)" % (exitf, val, mgr))
        self.check()
        if item.optional_vars is not None:
            self.assign(item.optional_vars, val)
        after = w.new_label("Lwithend")
        outer = self.ctx.handler

        def on_exception(saved):
            sup = w.temp("bool", "b")
            w.emit("t.EnterHandler(%s)" % saved)
            self.ctx.line = None  # f.Line may hold the failed operation's position
            self.set_line(node)
            w.emit("%s, e = rt.WithExitExc(t, %s, %s)" % (sup, exitf, saved))
            w.emit("t.ExitHandler()")
            w.emit("if e != nil {")
            w.emit("\tgoto %s" % w.use_label(outer.add))
            w.emit("}")
            w.emit("if !%s {" % sup)
            w.emit("\te = %s" % saved)
            w.emit("\trt.ReraiseLine(f, e)")
            w.emit("\tgoto %s" % w.use_label(outer.noadd))
            w.emit("}")
            w.goto(after)

        def final():
            self.ctx.line = None
            self.set_line(node)
            w.emit("_, e = rt.Call3(t, %s, rt.None, rt.None, rt.None)" % exitf)
            self.check()

        self.with_finally(lambda: self.with_items(items[1:], body, node), final, on_exception)
        w.label(after)
