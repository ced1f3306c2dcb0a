"""async for, async with, async generators' yields.

`await` is `yield from` over the awaitable's iterator (func.py: delegate).
An async generator's `yield v` hands the event loop a wrapped value
(rt.WrapAsyncGenValue) that its asend/anext awaitable turns into the result,
as CPython's _PyAsyncGenWrappedValue does.
"""
from .lower_ctx import Handler
from .stmt import Loop


class AsyncMixin:
    def await_value(self, awaitable, node, source=0):
        """source: 1/2 for what __aenter__/__aexit__ returned (its error message)."""
        if source:
            it = self.op("rt.AwaitIterFrom(t, %s, %d)" % (awaitable, source), node)
        else:
            it = self.op("rt.AwaitIter(t, %s)" % awaitable, node)
        return self.delegate(it, node)

    def visit_AsyncFor(self, node):
        self.set_line(node)
        w = self.w
        ctx = self.ctx
        it = self.expr(node.iter)
        if not getattr(node, "aiter_done", False):
            # (An async generator expression's .0 is already aiter()'d.)
            it = self.op("rt.AIter(t, %s)" % it, node.iter)
        top = w.new_label("Lafor")
        else_l = w.new_label("Laforelse")
        brk = w.new_label("Laforbreak")
        got = w.new_label("Laforgot")
        w.label(top)
        ctx.line = None
        self.set_line(node)
        saved = ctx.handler
        h = Handler(w.new_label("Lafexc"), w.new_label("Lafexcr"))
        ctx.handler = h
        # __anext__ and its awaiting are both guarded: StopAsyncIteration
        # from either ends the loop.
        aw = self.op("rt.ANextIter(t, %s)" % it, node)
        v = self.delegate(aw, node)
        ctx.handler = saved
        w.goto(got)
        w.label(h.add)
        w.label(h.noadd)
        w.emit("if e.IsInstanceOf(rt.StopAsyncIterationType) {")
        w.emit("\tgoto %s" % w.use_label(else_l))
        w.emit("}")
        w.goto(saved.add)
        w.label(got)
        self.assign(node.target, v)
        ctx.loops.append(Loop(brk, top, len(ctx.finallies), ctx.exc_depth))
        self.body(node.body)
        ctx.loops.pop()
        w.goto(top)
        w.label(else_l)
        self.body(node.orelse)
        w.label(brk)
        ctx.line = None

    def visit_AsyncWith(self, node):
        self.set_line(node)
        self.ctx.has_handlers = True
        self.async_with_items(node.items, node.body, node)

    def async_with_items(self, items, body, node):
        if not items:
            self.body(body)
            return
        item = items[0]
        w = self.w
        mgr = self.expr(item.context_expr)
        exitf = w.temp()
        enter_aw = w.temp()
        self.set_line(node)
        w.emit("%s, %s, e = rt.AsyncWithEnter(t, %s)" % (exitf, enter_aw, mgr))
        self.check()
        val = self.await_value(enter_aw, node, 1)
        if item.optional_vars is not None:
            self.assign(item.optional_vars, val)
        after = w.new_label("Lawithend")
        outer = self.ctx.handler

        def on_exception(saved):
            w.emit("t.EnterHandler(%s)" % saved)
            self.ctx.line = None  # f.Line may hold the failed operation's position
            self.set_line(node)
            aw = w.temp()
            w.emit("%s, e = rt.Call3(t, %s, rt.TypeOfExc(%s), %s, rt.TracebackOf(%s))" % (aw, exitf, saved, saved, saved))
            # (Propagated while the body's exception is being handled: it
            # becomes the new error's __context__.)
            w.emit("if e != nil {")
            w.emit("\te = rt.Propagate(t, e, f)")
            w.emit("\tt.ExitHandler()")
            w.emit("\tgoto %s" % w.use_label(outer.noadd))
            w.emit("}")
            inner = Handler(w.new_label("Lawexc"), w.new_label("Lawexcr"))
            self.ctx.handler = inner
            r = self.await_value(aw, node, 2)
            self.ctx.handler = outer
            sup = self.w.temp("bool", "b")
            w.emit("t.ExitHandler()")
            w.emit("%s, e = rt.IsTrue(t, %s)" % (sup, r))
            w.emit("if e != nil {")
            w.emit("\tgoto %s" % w.use_label(outer.add))
            w.emit("}")
            w.emit("if !%s {" % sup)
            w.emit("\te = %s" % saved)
            w.emit("\trt.ReraiseLine(f, e)")
            w.emit("\tgoto %s" % w.use_label(outer.noadd))
            w.emit("}")
            w.goto(after)
            w.label(inner.add)
            w.emit("e = rt.Propagate(t, e, f)")
            w.label(inner.noadd)
            w.emit("t.ExitHandler()")
            w.goto(outer.noadd)

        def final():
            self.ctx.line = None
            self.set_line(node)
            aw = self.op("rt.Call3(t, %s, rt.None, rt.None, rt.None)" % exitf)
            self.await_value(aw, node, 2)

        self.with_finally(lambda: self.async_with_items(items[1:], body, node), final, on_exception)
        w.label(after)
