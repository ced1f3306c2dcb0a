"""Functions, lambdas, generators and classes.

A Python function becomes a Go function literal nested where the `def`
runs, so free variables are simply the enclosing literal's *rt.Cell
variables. Its body has a fixed-arity Go signature (one Go parameter per
Python parameter); a generic entry binds *args/**kwargs/defaults into those
parameters. A generator's body is a second literal, a state machine whose
variables are declared in the outer literal so they survive suspension.
"""
import ast

from . import scope
from .gowriter import GoFunc
from .lower_ctx import Ctx, Handler
from .names import go_string

FN_SIG = "func(t *rt.Thread, fn *rt.Function%s) (rt.Object, *rt.BaseException)"
GEN_SIG = "func(t *rt.Thread, gg *rt.Generator, sent rt.Object, thr *rt.BaseException) (rt.Object, *rt.BaseException)"


def contains_yield(body, awaits=True):
    class V(ast.NodeVisitor):
        found = False

        def visit_AsyncFor(self, n):
            if awaits:
                self.found = True
            self.generic_visit(n)

        def visit_AsyncWith(self, n):
            if awaits:
                self.found = True
            self.generic_visit(n)

        def visit_Yield(self, n):
            self.found = True

        def visit_YieldFrom(self, n):
            self.found = True

        def visit_Await(self, n):
            if awaits:
                self.found = True

        def visit_FunctionDef(self, n):
            pass

        visit_AsyncFunctionDef = visit_FunctionDef
        visit_ClassDef = visit_FunctionDef

        def visit_Lambda(self, n):
            pass

    v = V()
    for s in body:
        v.visit(s)
    return v.found


class FuncMixin:
    # def / lambda ---------------------------------------------------------------
    def visit_FunctionDef(self, node, is_async=False):
        self.set_line(node)
        decorators = [self.expr(d) for d in node.decorator_list]
        if node.decorator_list:
            self.set_line(node)
        fn = self.make_function(node, node.name, node.args, node.body, is_async=is_async)
        for d, dnode in reversed(list(zip(decorators, node.decorator_list))):
            fn = self.op("rt.Call1(t, %s, %s)" % (d, fn), dnode)
        self.store_name(node.name, fn, node)

    def visit_AsyncFunctionDef(self, node):
        self.visit_FunctionDef(node, is_async=True)

    def expr_Lambda(self, node):
        return self.make_function(node, "<lambda>", node.args, node.body, is_lambda=True)

    def qualname_for(self, name, def_or_class=False):
        c = self.ctx
        if c.kind == "module":
            return name
        # A def or class whose name the enclosing scope declares `global` is
        # qualified as a module-level one (CPython's compiler_set_qualname);
        # lambdas and comprehensions are not.
        if def_or_class and self.declared_global(name):
            return name
        if c.kind == "class":
            return c.qualname + "." + name
        return c.qualname + ".<locals>." + name

    def declared_global(self, name):
        try:
            sym = self.ctx.info.table.lookup(self.mangle_private(name))
        except (KeyError, AttributeError):
            return False
        return sym.is_declared_global()

    def make_function(self, node, name, args, body, is_lambda=False, is_async=False, table_name=None):
        w = self.w
        # Defaults and annotations are evaluated where the def runs.
        defaults = [self.expr(d) for d in args.defaults]
        kwdefaults = None
        if any(d is not None for d in args.kw_defaults):
            kwdefaults = w.temp("*rt.Dict", "d")
            w.emit("%s = rt.NewDict()" % kwdefaults)
            for a, d in zip(args.kwonlyargs, args.kw_defaults):
                if d is not None:
                    v = self.expr(d)
                    w.emit("%s.SetItemStr(%s, %s)" % (kwdefaults, self.name_const(self.mangle_private(a.arg)), v))
        annotations = None if is_lambda else self.function_annotations(node, args)
        table = self.child_table(table_name or ("lambda" if is_lambda else name), node.lineno)
        info = scope.ScopeInfo(table, "function")
        # Parameter names are mangled inside a class body, as symtable has them.
        params = [self.mangle_private(a.arg) for a in args.posonlyargs + args.args + args.kwonlyargs]
        if args.vararg:
            params.append(self.mangle_private(args.vararg.arg))
        if args.kwarg:
            params.append(self.mangle_private(args.kwarg.arg))
        qualname = self.qualname_for(name, def_or_class=not is_lambda)
        is_gen = not is_lambda and contains_yield(body)
        has_yield = not is_lambda and contains_yield(body, awaits=False)
        if is_lambda and contains_yield([ast.Expr(body)]):
            is_gen = True
        flags = []
        if is_gen and not is_async:
            flags.append("Generator: true")
        if is_async and has_yield:
            flags.append("AsyncGen: true")
        elif is_async:
            flags.append("Coroutine: true")
        if is_async:
            is_gen = True
        for field, names in zip(("Varnames", "Cellvars", "Freevars"), scope.code_names(table, info, params, body)):
            if names:
                flags.append("%s: []string{%s}" % (field, ", ".join(go_string(n) for n in names)))
        code = self.code_object(name, qualname, first_line(node), (
            params, len(args.posonlyargs), len(args.posonlyargs) + len(args.args), len(args.kwonlyargs),
            args.vararg is not None, args.kwarg is not None), flags)
        gofn = self.function_body(node, info, name, qualname, params, body, code, is_lambda, is_gen, is_async)
        n = len(params)
        fb = w.temp(FN_SIG % "".join(", p%d rt.Object" % i for i in range(n)), "fb")
        w.emit("%s = %s" % (fb, gofn))
        call = ("func(t *rt.Thread, fn *rt.Function, args []rt.Object, kw []*rt.Str) (rt.Object, *rt.BaseException) {\n"
                "\tvar a [%d]rt.Object\n"
                "\tif e := rt.BindArgs(t, fn, args, kw, a[:]); e != nil {\n\t\treturn nil, e\n\t}\n"
                "\treturn %s(t, fn%s)\n}") % (max(n, 1), fb, "".join(", a[%d]" % i for i in range(n)))
        defs = "[]rt.Object{%s}" % ", ".join(defaults) if defaults else "nil"
        fnv = w.temp()
        w.emit("%s = rt.NewFunction(%s, %s, g, %s, %s, %s)" % (
            fnv, code, self.indent_block(call), defs, kwdefaults or "nil", self.closure_cells(table)))
        plain = (not args.vararg and not args.kwarg and not args.kwonlyargs and n <= 3)
        if plain:
            w.emit("%s.(*rt.Function).SetFast%d(%s)" % (fnv, n, fb))
        if not is_lambda:
            doc = ast.get_docstring(node, clean=False) if isinstance(body, list) else None
            if doc is not None:
                w.emit("%s.(*rt.Function).SetDoc(%s)" % (fnv, self.const(doc)))
        if annotations:
            w.emit("%s.(*rt.Function).SetAnnotations(%s)" % (fnv, annotations))
        return fnv

    def closure_cells(self, table):
        """The cells a new function closes over, in co_freevars order (for
        __closure__; the body itself reaches them lexically)."""
        frees = sorted(s.get_name() for s in table.get_symbols() if s.is_free())
        if not frees:
            return "nil"
        cells = []
        for name in frees:
            kind, var = self.name_kind(name)
            if kind == "comp" and var.startswith("cc"):
                cells.append(var)
            elif kind in ("cell", "free", "classfree") or name == "__class__" or self.ctx.kind == "class":
                cells.append(scope.cell_var(name))
            else:
                cells.append("rt.NewCell(nil)")
        return "[]*rt.Cell{%s}" % ", ".join(cells)

    def indent_block(self, text):
        return text.replace("\n", "\n" + "\t" * self.w.indent)

    def function_annotations(self, node, args):
        items = []
        # CPython's order: args, then posonlyargs, *args, kwonly, **kwargs.
        for a in args.args + args.posonlyargs + [args.vararg] + args.kwonlyargs + [args.kwarg]:
            if a is not None and a.annotation is not None:
                items.append((a.arg, a.annotation))
        if getattr(node, "returns", None) is not None:
            items.append(("return", node.returns))
        if not items:
            return None
        d = self.w.temp("*rt.Dict", "d")
        self.w.emit("%s = rt.NewDict()" % d)
        for k, ann in items:
            if self.future_annotations:
                v = self.const(ast.unparse(ann))
            elif isinstance(ann, ast.Starred):
                v = self.starred_annotation(ann)
            else:
                v = self.expr(ann)
            self.w.emit("%s.SetItemStr(%s, %s)" % (d, self.name_const(self.mangle_private(k)), v))
        return d

    def starred_annotation(self, ann):
        """`*args: *Ts` (PEP 646): CPython 3.11 unpacks exactly one item
        from the starred value (UNPACK_SEQUENCE 1)."""
        v = self.expr(ann.value)
        items = self.w.temp("[]rt.Object", "u")
        self.set_line(ann)
        self.w.emit("%s, e = rt.Unpack(t, %s, 1)" % (items, v))
        self.check(ann)
        return "%s[0]" % items

    def function_body(self, node, info, name, qualname, params, body, code, is_lambda, is_gen, is_async):
        sig = FN_SIG % "".join(", p%d rt.Object" % i for i in range(len(params)))
        outer = self.ctx
        w = GoFunc(GEN_SIG if is_gen else sig)
        ctx = Ctx("function", info, w, parent=outer, name=name)
        ctx.qualname = qualname
        ctx.params = set(p for p in params if info.kind_of(p) == "fast")
        ctx.is_gen = is_gen
        ctx.is_async_gen = is_async and contains_yield(body if isinstance(body, list) else [], awaits=False)
        ctx.handler = Handler(w.new_label("Lexc"), w.new_label("Lraise"))
        ctx.ret_label = w.new_label("Lret")
        ctx.first_param = params[0] if params else None
        w.var("ret")
        self.ctx = ctx
        try:
            entry = []
            for i, p in enumerate(params):
                kind = info.kind_of(p)
                if kind == "cell":
                    w.var(scope.cell_var(p), "*rt.Cell")
                    entry.append("%s = rt.NewCell(p%d)" % (scope.cell_var(p), i))
                else:
                    w.var(scope.local_var(p))
                    entry.append("%s = p%d" % (scope.local_var(p), i))
            for c in sorted(info.cells - set(params)):
                w.var(scope.cell_var(c), "*rt.Cell")
                entry.append("%s = rt.NewCell(nil)" % scope.cell_var(c))
            provider = None
            if is_gen or getattr(self, "publish_locals", False) or scope.needs_locals(info.table, body):
                # Generators always get one: gi_frame.f_locals and
                # inspect.getgeneratorlocals read it while suspended.
                provider = self.locals_provider(info, params, body)
            if is_gen:
                w.emit("f := gg.Frame()")
                w.emit("_ = f")
                if getattr(self, "trace_hooks", False):
                    # Each resumption is a "call" event, each yield a "return".
                    self.trace_event("rt.TraceCall(t, f)")
                resume = w.new_label("Lstart")
                ctx.resume_points = []
                switch_at = len(w.lines)
                w.emit("if thr != nil {")
                w.emit("\te = thr")
                w.emit("\tgoto %s" % w.use_label(ctx.handler.add))
                w.emit("}")
            if is_lambda:
                self.set_line(node)
                v = self.expr(body)
                w.emit("ret = %s" % v)
            else:
                doc_skip = 1 if ast.get_docstring(node, clean=False) is not None else 0
                self.body(body[doc_skip:])
                w.emit("ret = rt.None")
            w.label(ctx.ret_label)
            traced = getattr(self, "trace_hooks", False) and not is_gen
            if traced:
                w.emit("if rt.Tracing() {")
                w.emit("\tif e = rt.TraceReturn(t, f, ret); e != nil {")
                w.emit("\t\tgoto %s" % w.use_label(ctx.handler.add))
                w.emit("\t}")
                w.emit("}")
            restore = ["t.RestoreHandlers(hd)"] if ctx.has_handlers else []
            if is_gen:
                if getattr(self, "trace_hooks", False):
                    self.trace_event("rt.TraceReturn(t, f, ret)")
                for r in restore:
                    w.emit(r)
                w.emit("gg.GenFinish(ret)")
                w.emit("return nil, nil")
                w.label(ctx.handler.add)
                w.emit("e = rt.Propagate(t, e, f)")
                w.label(ctx.handler.noadd)
                if getattr(self, "trace_hooks", False):
                    w.emit("if rt.Tracing() {")
                    w.emit("\te = rt.TraceExit(t, f, e)")
                    w.emit("}")
                for r in restore:
                    w.emit(r)
                w.emit("return nil, e")
                if ctx.resume_points:
                    sw = [(1, "switch gg.State {")]
                    for k, lbl in ctx.resume_points:
                        sw.append((1, "case %d:" % k))
                        sw.append((2, "goto %s" % lbl))
                        w.used_labels.add(lbl)
                    sw.append((1, "}"))
                    w.lines[switch_at:switch_at] = sw
                return self.render_generator(w, entry, code, len(params), ctx.has_handlers, provider)
            w.emit("t.Pop(f)")
            for r in restore:
                w.emit(r)
            w.emit("return ret, nil")
            w.label(ctx.handler.add)
            w.emit("e = rt.Propagate(t, e, f)")
            w.label(ctx.handler.noadd)
            if traced:
                w.emit("if rt.Tracing() {")
                w.emit("\te = rt.TraceExit(t, f, e)")
                w.emit("}")
            w.emit("t.Pop(f)")
            for r in restore:
                w.emit(r)
            w.emit("return nil, e")
            header = ["\tf, e := t.Push(%s, g)" % code, "\tif e != nil {", "\t\treturn nil, e", "\t}"]
            if ctx.has_handlers:
                header.append("\thd := t.HandlerDepth()")
            header.extend("\t" + x for x in entry)
            if provider:
                header.extend("\t" + x for x in provider("f"))
            if traced:
                header.extend(["\tif rt.Tracing() {", "\t\tif e = rt.TraceCall(t, f); e != nil {",
                               "\t\t\tgoto %s" % w.use_label(ctx.handler.add), "\t\t}", "\t}"])
            return self.indent_block(w.render(header))
        finally:
            self.ctx = outer

    def trace_event(self, call):
        """A traced build delivers one event (runtime/sys_trace_events.go);
        a failing trace function's exception is raised here."""
        w = self.w
        w.emit("if rt.Tracing() {")
        w.emit("\tif e = %s; e != nil {" % call)
        w.emit("\t\tgoto %s" % w.use_label(self.ctx.handler.add))
        w.emit("\t}")
        w.emit("}")

    def locals_provider(self, info, params, body):
        """Go lines registering the frame's locals() provider: a closure
        over the scope's variables that refreshes one snapshot dict (see
        runtime/frame_locals.go). Returns a function of the frame variable."""
        puts = []
        for name in scope.locals_order(info.table, info, params, body):
            kind, var = self.name_kind(name)
            k = self.name_const(name)
            if kind == "fast":
                puts.append("rt.LocalsPut(d, %s, %s)" % (k, self.w.var(scope.local_var(name))))
            elif kind == "comp" and var.startswith("cc"):
                puts.append("rt.LocalsPutCell(d, %s, %s)" % (k, var))
            elif kind in ("cell", "free"):
                puts.append("rt.LocalsPutCell(d, %s, %s)" % (k, scope.cell_var(name)))

        def lines(frame):
            out = ["var lsnap rt.FastLocals", "%s.SetLocals(func() rt.Object {" % frame, "\td := lsnap.Begin()"]
            out.extend("\t" + p for p in puts)
            out.extend(["\treturn d", "})"])
            return out
        return lines

    def render_generator(self, w, entry, code, nparams, has_handlers, provider=None):
        """The outer literal declares the state; the inner one is the resumable body."""
        inner = GoFunc(w.signature)
        inner.lines = w.lines
        inner.used_labels = w.used_labels
        head = ["\thd := t.HandlerDepth()", "\t_ = hd"] if has_handlers else []
        body = inner.render(head)
        out = [FN_SIG % "".join(", p%d rt.Object" % i for i in range(nparams)) + " {"]
        out.append("\tvar e *rt.BaseException")
        out.append("\t_ = e")
        for name, gotype in w.decls:
            out.append("\tvar %s %s" % (name, gotype))
            out.append("\t_ = %s" % name)
        out.extend("\t" + x for x in entry)
        out.append("\tgen := rt.NewGenerator(%s, g, nil).Created(t, fn)" % code)
        if provider:
            out.extend("\t" + x for x in provider("gen.Frame()"))
        out.append("\tgen.SetBody(" + body.replace("\n", "\n\t") + ")")
        if has_handlers:
            # try/with blocks: closed when dropped (runtime/generator_final.go).
            out.append("\tgen.SetCloseOnDrop()")
        out.append("\treturn gen, nil")
        out.append("}")
        return self.indent_block("\n".join(out))

    # Generators -----------------------------------------------------------------
    def resume_point(self):
        ctx = self.ctx
        k = len(ctx.resume_points) + 1
        lbl = self.w.new_label("Ly")
        ctx.resume_points.append((k, lbl))
        return k, lbl

    def expr_Yield(self, node):
        if self.ctx.kind != "function" or not self.ctx.is_gen:
            self.unsupported("yield outside a function", node)
        self.set_line(node)
        w = self.w
        v = self.expr(node.value) if node.value is not None else "rt.None"
        if self.ctx.is_async_gen:
            v = "rt.WrapAsyncGenValue(%s)" % v
        if getattr(self, "trace_hooks", False):
            self.trace_event("rt.TraceReturn(t, f, %s)" % v)
        k, lbl = self.resume_point()
        w.emit("gg.State = %d" % k)
        w.emit("return %s, nil" % v)
        w.label(lbl)
        w.emit("if thr != nil {")
        w.emit("\te = thr")
        w.emit("\tgoto %s" % w.use_label(self.ctx.handler.add))
        w.emit("}")
        res = w.temp()
        w.emit("%s = sent" % res)
        return res

    def expr_YieldFrom(self, node):
        v = self.expr(node.value)
        it = self.op("rt.YieldFromIter(t, gg, %s)" % v, node)
        return self.delegate(it, node)

    def expr_Await(self, node):
        v = self.expr(node.value)
        it = self.op("rt.AwaitIter(t, %s)" % v, node)
        return self.delegate(it, node)

    def delegate(self, it, node):
        w = self.w
        sentv = w.temp()
        thrv = w.temp("*rt.BaseException", "x")
        res = w.temp()
        done = w.temp("bool", "b")
        step = w.new_label("Lyf")
        end = w.new_label("Lyfend")
        w.emit("%s, %s = rt.None, nil" % (sentv, thrv))
        w.emit("gg.SetYieldFrom(%s)" % it)
        w.label(step)
        w.emit("%s, %s, e = rt.YieldFromStep(t, %s, %s, %s)" % (res, done, it, sentv, thrv))
        w.emit("if e != nil {")
        w.emit("\tgg.SetYieldFrom(nil)")
        w.emit("\tgoto %s" % w.use_label(self.ctx.handler.add))
        w.emit("}")
        w.emit("if %s {" % done)
        w.emit("\tgg.SetYieldFrom(nil)")
        if getattr(self, "trace_hooks", False):
            # Traced, CPython sees the sub-iterator's StopIteration.
            w.emit("\tif rt.Tracing() {")
            w.emit("\t\tif e = rt.TraceStopIteration(t, f, %s); e != nil {" % res)
            w.emit("\t\t\tgoto %s" % w.use_label(self.ctx.handler.add))
            w.emit("\t\t}")
            w.emit("\t}")
        w.emit("\tgoto %s" % w.use_label(end))
        w.emit("}")
        if getattr(self, "trace_hooks", False):
            self.trace_event("rt.TraceReturn(t, f, %s)" % res)
        k, lbl = self.resume_point()
        w.emit("gg.State = %d" % k)
        w.emit("return %s, nil" % res)
        w.label(lbl)
        w.emit("%s, %s = sent, thr" % (sentv, thrv))
        w.goto(step)
        w.label(end)
        return res

    # super() ------------------------------------------------------------------------
    def is_zero_arg_super(self, node):
        return (isinstance(node.func, ast.Name) and node.func.id == "super" and not node.args
                and not node.keywords and self.ctx.kind == "function"
                and self.name_kind("super")[0] == "global")

    def zero_arg_super(self, node):
        fn = self.load_name("super", node.func)
        cls = "nil"
        if self.ctx.info.kind_of("__class__") == "free":
            cls = "%s.Get()" % scope.cell_var("__class__")
        first = "nil"
        if self.ctx.first_param:
            p = self.ctx.first_param
            if self.ctx.info.kind_of(p) == "cell":
                first = "%s.Get()" % scope.cell_var(p)
            else:
                first = scope.local_var(p)
        return self.op("rt.CallSuper(t, %s, %s, %s)" % (fn, cls, first), node)

    # Walrus -------------------------------------------------------------------------
    def store_walrus(self, name, value, node):
        saved = self.ctx.comp_vars
        self.ctx.comp_vars = []
        try:
            self.store_name(name, value, node)
        finally:
            self.ctx.comp_vars = saved

    # class ----------------------------------------------------------------------------
    def visit_ClassDef(self, node):
        self.set_line(node)
        w = self.w
        decorators = [self.expr(d) for d in node.decorator_list]
        bases = self.sequence_items(node.bases)
        kwdict = None
        if any(k.arg is None for k in node.keywords):
            # `class A(**kw)`: merge the keywords in order into one dict,
            # with CPython's errors naming __build_class__().
            kwdict = w.temp("*rt.Dict", "d")
            w.emit("%s = rt.NewDict()" % kwdict)
            for k in node.keywords:
                v = self.expr(k.value)
                if k.arg is None:
                    self.op_exc("rt.MergeKwargs(t, %s, %s, rt.BuildClassFn())" % (kwdict, v), node)
                else:
                    self.op_exc("rt.MergeKwarg(t, %s, %s, %s, rt.BuildClassFn())" % (
                        kwdict, self.name_const(k.arg), v), node)
        else:
            kwnames = self.kwnames(node.keywords)
            kwvals = "[]rt.Object{%s}" % ", ".join(self.expr(k.value) for k in node.keywords)
        table = self.child_table(node.name, node.lineno)
        info = scope.ScopeInfo(table, "class")
        qualname = self.qualname_for(node.name, def_or_class=True)
        code = self.code_object(node.name, qualname, first_line(node))
        body = self.class_body(node, info, qualname, code)
        self.set_line(node)
        modname = self.load_name("__name__", node) if self.ctx.kind == "module" else "rt.LoadGlobalOr(g, \"__name__\")"
        if kwdict is not None:
            cls = self.op("rt.BuildClassKw(t, %s, %s, %s, %s, %s, %s)" % (
                body, go_string(node.name), go_string(qualname), modname, bases, kwdict), node)
        else:
            cls = self.op("rt.BuildClass(t, %s, %s, %s, %s, %s, %s, %s)" % (
                body, go_string(node.name), go_string(qualname), modname, bases, kwnames, kwvals), node)
        for d, dnode in reversed(list(zip(decorators, node.decorator_list))):
            cls = self.op("rt.Call1(t, %s, %s)" % (d, cls), dnode)
        self.store_name(node.name, cls, node)

    def class_body(self, node, info, qualname, code):
        outer = self.ctx
        w = GoFunc("func(t *rt.Thread, ns *rt.Dict) (*rt.Cell, *rt.BaseException)")
        ctx = Ctx("class", info, w, parent=outer, name=node.name)
        ctx.qualname = qualname
        ctx.class_name = node.name
        ctx.handler = Handler(w.new_label("Lexc"), w.new_label("Lraise"))
        self.ctx = ctx
        try:
            cellv = "nil"
            header = ["\tf, e := t.Push(%s, g)" % code, "\tif e != nil {", "\t\treturn nil, e", "\t}"]
            # locals() and frame.f_locals in a class body are its namespace.
            header.append("\tf.SetLocalsMapping(ns)")
            if info.needs_class_cell:
                cellv = scope.cell_var("__class__")
                w.var(cellv, "*rt.Cell")
                header.append("\t%s = rt.NewCell(nil)" % cellv)
            doc = ast.get_docstring(node, clean=False)
            if doc is not None:
                w.emit("ns.SetItemStr(rt.InternStr(\"__doc__\"), %s)" % self.const(doc))
            if self.has_annotations(node.body):
                # SETUP_ANNOTATIONS: __prepare__ may have supplied one.
                w.emit("if ns.GetStr(\"__annotations__\") == nil {")
                w.emit("\tns.SetItemStr(rt.InternStr(\"__annotations__\"), rt.NewDict())")
                w.emit("}")
            self.body(node.body[1:] if doc is not None else node.body)
            w.emit("t.Pop(f)")
            w.emit("return %s, nil" % cellv)
            w.label(ctx.handler.add)
            w.emit("e = rt.Propagate(t, e, f)")
            w.label(ctx.handler.noadd)
            w.emit("t.Pop(f)")
            w.emit("return nil, e")
            return self.indent_block(w.render(header))
        finally:
            self.ctx = outer


def first_line(node):
    """co_firstlineno: a decorated def or class starts at its first
    decorator (CPython 3.8+), which inspect.getsource relies on."""
    return min([d.lineno for d in getattr(node, "decorator_list", ())] + [node.lineno])
