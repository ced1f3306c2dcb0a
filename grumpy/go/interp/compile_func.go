package interp

import (
	"iter"
	"sync/atomic"
	goruntime "runtime"

	"grumpy/pyast"
	rt "grumpy/runtime"
)

// child returns a compiler for a nested scope.
func (c *compiler) child(node any, qualname string) *compiler {
	cc := *c
	cc.cur = c.scopes[node]
	cc.qualname = qualname
	return &cc
}

func (c *compiler) qualnameFor(name string) string {
	switch c.cur.kind {
	case "module":
		return name
	case "class":
		return c.qualname + "." + name
	}
	return c.qualname + ".<locals>." + name
}

// defQualname is a def's or class's qualname: one whose name the enclosing
// scope declares global is qualified as a module-level one (CPython's
// compiler_set_qualname; lambdas and comprehensions keep qualnameFor).
func (c *compiler) defQualname(name string) string {
	if c.cur.kind != "module" && c.cur.globals[c.mangle(name)] {
		return name
	}
	return c.qualnameFor(name)
}

// captureCells returns, at run time, the cells a nested scope closes over,
// taken from the current frame in the nested scope's freeList order.
func (c *compiler) captureCells(sc *scope) func(fr *frame) []*rt.Cell {
	idx := make([]int, len(sc.freeList))
	for i, n := range sc.freeList {
		idx[i] = -1
		if j, ok := c.cur.cells[n]; ok {
			idx[i] = j
		} else if j, ok := c.cur.frees[n]; ok {
			idx[i] = j
		}
	}
	return func(fr *frame) []*rt.Cell {
		if len(idx) == 0 {
			return nil
		}
		out := make([]*rt.Cell, len(idx))
		for i, j := range idx {
			if j >= 0 && j < len(fr.cells) {
				out[i] = fr.cells[j]
			} else {
				out[i] = rt.NewCell(nil)
			}
		}
		return out
	}
}

// newFrame lays out a frame for scope sc with the given closure cells.
func newFrame(t *rt.Thread, sc *scope, globals *rt.Dict, closure []*rt.Cell) *frame {
	fr := &frame{t: t, globals: globals}
	if sc.nlocals > 0 {
		fr.fast = make([]rt.Object, sc.nlocals)
	}
	n := sc.ncells + len(sc.freeList)
	if n > 0 {
		fr.cells = make([]*rt.Cell, n)
		for i := 0; i < sc.ncells; i++ {
			fr.cells[i] = rt.NewCell(nil)
		}
		copy(fr.cells[sc.ncells:], closure)
	}
	return fr
}

func (sc *scope) bindParam(fr *frame, name string, v rt.Object) {
	if i, ok := sc.cells[name]; ok {
		fr.cells[i].Set(v)
		return
	}
	fr.fast[sc.locals[name]] = v
}

// function compiles def/lambda: evaluating the result makes the function.
func (c *compiler) function(node any, name string, args *pyast.Arguments, body []pyast.Stmt, exprBody pyast.Expr, isAsync bool) evalFn {
	sc := c.scopes[node]
	qual := c.qualnameFor(name)
	if exprBody == nil {
		qual = c.defQualname(name)
	}
	cc := c.child(node, qual)
	var run execFn
	line := node.(pyast.Node).Position().Line
	var doc rt.Object = rt.None
	if exprBody != nil {
		e := cc.expr(exprBody)
		run = func(fr *frame) (ctl, *rt.BaseException) {
			v, err := e(fr)
			fr.ret = v
			return ctlReturn, err
		}
	} else {
		if len(body) > 0 {
			if es, ok := body[0].(*pyast.ExprStmt); ok {
				if k, ok := es.Value.(*pyast.Constant); ok {
					if s, ok := k.Value.(string); ok {
						doc = rt.NewStr(s)
					}
				}
			}
		}
		run = cc.block(body)
	}
	code := &rt.Code{Name: name, Qualname: qual, Filename: c.filename, FirstLine: line,
		ArgNames: sc.params, PosOnly: len(args.PosOnlyArgs), ArgCount: len(args.PosOnlyArgs) + len(args.Args),
		KwOnlyCount: len(args.KwOnlyArgs), VarArgs: args.VarArg != nil, VarKw: args.KwArg != nil}
	code.Varnames, code.Cellvars, code.Freevars = codeNames(sc)
	isGen := sc.isGen || isAsync
	hasYield := sc.isGen && !isAsync
	if isAsync {
		if containsYield(body) {
			code.AsyncGen = true
		} else {
			code.Coroutine = true
		}
	} else if hasYield {
		code.Generator = true
	}
	defaults := c.exprs(args.Defaults)
	kwdefaults := make([]evalFn, len(args.KwOnlyArgs))
	kwnames := make([]*rt.Str, len(args.KwOnlyArgs))
	for i, d := range args.KwDefaults {
		kwdefaults[i] = c.expr(d)
		kwnames[i] = rt.InternStr(c.mangle(args.KwOnlyArgs[i].Arg))
	}
	annotations := c.annotations(args, node)
	capture := c.captureCells(sc)
	fi := &funcInfo{sc: sc, code: code, run: run, isGen: isGen, params: sc.params, nparams: len(sc.params), doc: doc}
	code.Program = fi // types.FunctionType(code, ...), exec(code) (function_code.go)
	// A frame whose locals() provider may be kept by a frame object
	// (installLocals) must not be recycled either.
	fi.pool = !isGen && sc.lay == nil
	// Parameters that are plain locals occupy fast slots 0..n-1 (resolve
	// numbers them first), so arguments can be bound straight into the frame.
	fi.direct = true
	for i, p := range fi.params {
		if j, ok := sc.locals[p]; !ok || j != i {
			fi.direct = false
		}
		if _, isCell := sc.cells[p]; isCell {
			fi.direct = false
		}
	}
	call := rt.Fn(fi.call)
	plain := args.VarArg == nil && args.KwArg == nil && len(args.KwOnlyArgs) == 0
	fi.plain = plain
	var fast0 rt.Fn0
	var fast1 rt.Fn1
	var fast2 rt.Fn2
	var fast3 rt.Fn3
	if plain {
		switch fi.nparams {
		case 0:
			fast0 = fi.fast0
		case 1:
			fast1 = fi.fast1
		case 2:
			fast2 = fi.fast2
		case 3:
			fast3 = fi.fast3
		}
	}
	return func(fr *frame) (rt.Object, *rt.BaseException) {
		var defs []rt.Object
		for _, d := range defaults {
			v, e := d(fr)
			if e != nil {
				return nil, e
			}
			defs = append(defs, v)
		}
		var kwd *rt.Dict
		for i, d := range kwdefaults {
			if d == nil {
				continue
			}
			v, e := d(fr)
			if e != nil {
				return nil, e
			}
			if kwd == nil {
				kwd = rt.NewDict()
			}
			kwd.SetItemStr(kwnames[i], v)
		}
		var ann *rt.Dict
		if annotations != nil {
			var e *rt.BaseException
			if ann, e = annotations(fr); e != nil {
				return nil, e
			}
		}
		fn := rt.NewFunction(code, call, fr.globals, defs, kwd, capture(fr))
		fn.SetDoc(doc)
		if ann != nil {
			fn.SetAnnotations(ann)
		}
		switch {
		case fast0 != nil:
			fn.SetFast0(fast0)
		case fast1 != nil:
			fn.SetFast1(fast1)
		case fast2 != nil:
			fn.SetFast2(fast2)
		case fast3 != nil:
			fn.SetFast3(fast3)
		}
		return fn, nil
	}
}

// funcInfo is what every call of one compiled def/lambda shares: its
// scope layout, code object and body, and a spare frame.
//
// Call path: the runtime enters through the function's fixed-arity entry
// (fast0..fast3, set when the parameters are N plain positionals) or the
// generic vectorcall entry (call). Both take a frame (the spare one when no
// other activation holds it, else a new one), bind the arguments straight
// into its fast slots when the parameters are plain locals numbered 0..n-1
// (direct), push a runtime frame for tracebacks, run the body and hand the
// frame back. A generator's frame lives on in its coroutine, so generators
// always get a fresh frame and never give it back.
type funcInfo struct {
	doc     rt.Object
	sc      *scope
	code    *rt.Code
	run     execFn
	isGen   bool
	pool    bool // frames are recycled through spare
	plain   bool // positional parameters only (no *args, **kw, keyword-only)
	direct  bool
	params  []string
	nparams int
	// spare is a frame no activation uses. A frame cannot outlive its call
	// (nested functions capture cells, not the frame; generators keep
	// theirs and a locals() provider keeps its slots, so those scopes do not
	// pool), so one is recycled once its call returns. The atomic
	// swap makes the hand-over safe between threads and under recursion:
	// whoever finds it empty allocates.
	spare atomic.Pointer[frame]
}

// acquire returns a frame laid out for the function, with its owned cells
// fresh, its free cells from fn's closure and every fast slot empty.
func (fi *funcInfo) acquire(t *rt.Thread, fn *rt.Function) *frame {
	if fi.pool {
		if fr := fi.spare.Swap(nil); fr != nil {
			// Fields release leaves set are rewritten only when they differ:
			// each pointer store costs a write barrier while the collector
			// runs. A recycled frame carries no fn (nothing reads it).
			if fr.t != t {
				fr.t = t
			}
			if fr.globals != fn.Globals {
				fr.globals = fn.Globals
			}
			if len(fr.cells) > 0 {
				sc := fi.sc
				for i := 0; i < sc.ncells; i++ {
					fr.cells[i] = rt.NewCell(nil)
				}
				copy(fr.cells[sc.ncells:], fn.Closure)
			}
			return fr
		}
	}
	fr := newFrame(t, fi.sc, fn.Globals, fn.Closure)
	if !fi.pool {
		fr.fn = fn
	}
	return fr
}

// release drops everything a finished call's frame refers to and keeps it
// as the spare.
func (fi *funcInfo) release(fr *frame) {
	if !fi.pool {
		return
	}
	// Values the program may drop are cleared (a spare frame must not keep
	// objects alive); the thread, globals and runtime frame are rewritten by
	// the next call.
	clear(fr.fast)
	clear(fr.cells)
	if fr.ret != nil {
		fr.ret = nil
	}
	if fr.lastTB != nil {
		fr.lastTB = nil
	}
	if fr.locals != nil {
		fr.locals = nil
	}
	fi.spare.Store(fr)
}

// execute runs the body in a frame whose arguments are bound.
func (fi *funcInfo) execute(t *rt.Thread, fr *frame) (rt.Object, *rt.BaseException) {
	if fi.isGen {
		g := startGenerator(fr, fi.code, fi.run, fi.code.AsyncGen)
		installLocals(fi.sc, fr)
		return g, nil
	}
	f, e := t.Push(fi.code, fr.globals)
	if e != nil {
		fi.release(fr)
		return nil, e
	}
	fr.f = f
	installLocals(fi.sc, fr)
	r, e := fi.run(fr)
	t.Pop(f)
	ret := fr.ret
	fi.release(fr)
	if e != nil {
		return nil, e
	}
	if r == ctlReturn && ret != nil {
		return ret, nil
	}
	return rt.None, nil
}

// bind stores bound arguments a (one per parameter) into the frame.
func (fi *funcInfo) bind(fr *frame, a []rt.Object) {
	if fi.direct {
		copy(fr.fast, a)
		return
	}
	for i, p := range fi.params {
		fi.sc.bindParam(fr, p, a[i])
	}
}

// call is the generic entry: positional arguments then keyword values.
func (fi *funcInfo) call(t *rt.Thread, fn *rt.Function, args []rt.Object, kw []*rt.Str) (rt.Object, *rt.BaseException) {
	if fi.direct && fi.plain && len(kw) == 0 && len(args) == fi.nparams {
		// Exactly one positional argument per parameter: nothing to bind.
		fr := fi.acquire(t, fn)
		copy(fr.fast, args)
		return fi.execute(t, fr)
	}
	if fi.direct && fi.nparams > 0 {
		fr := fi.acquire(t, fn)
		if e := rt.BindArgs(t, fn, args, kw, fr.fast[:fi.nparams]); e != nil {
			fi.release(fr)
			return nil, e
		}
		return fi.execute(t, fr)
	}
	var buf [8]rt.Object
	var a []rt.Object
	if fi.nparams <= len(buf) {
		a = buf[:max(fi.nparams, 1)]
	} else {
		a = make([]rt.Object, fi.nparams)
	}
	if e := rt.BindArgs(t, fn, args, kw, a); e != nil {
		return nil, e
	}
	fr := fi.acquire(t, fn)
	fi.bind(fr, a[:fi.nparams])
	return fi.execute(t, fr)
}

func (fi *funcInfo) fast0(t *rt.Thread, fn *rt.Function) (rt.Object, *rt.BaseException) {
	return fi.execute(t, fi.acquire(t, fn))
}

func (fi *funcInfo) fast1(t *rt.Thread, fn *rt.Function, a rt.Object) (rt.Object, *rt.BaseException) {
	fr := fi.acquire(t, fn)
	if fi.direct {
		fr.fast[0] = a
	} else {
		fi.sc.bindParam(fr, fi.params[0], a)
	}
	return fi.execute(t, fr)
}

func (fi *funcInfo) fast2(t *rt.Thread, fn *rt.Function, a, b rt.Object) (rt.Object, *rt.BaseException) {
	fr := fi.acquire(t, fn)
	if fi.direct {
		fr.fast[0], fr.fast[1] = a, b
	} else {
		fi.sc.bindParam(fr, fi.params[0], a)
		fi.sc.bindParam(fr, fi.params[1], b)
	}
	return fi.execute(t, fr)
}

func (fi *funcInfo) fast3(t *rt.Thread, fn *rt.Function, a, b, c rt.Object) (rt.Object, *rt.BaseException) {
	fr := fi.acquire(t, fn)
	if fi.direct {
		fr.fast[0], fr.fast[1], fr.fast[2] = a, b, c
	} else {
		fi.sc.bindParam(fr, fi.params[0], a)
		fi.sc.bindParam(fr, fi.params[1], b)
		fi.sc.bindParam(fr, fi.params[2], c)
	}
	return fi.execute(t, fr)
}

func containsYield(body []pyast.Stmt) bool {
	found := false
	var visit func(n any)
	visit = func(n any) {
		switch x := n.(type) {
		case *pyast.Yield, *pyast.YieldFrom:
			found = true
		case *pyast.FunctionDef, *pyast.ClassDef, *pyast.Lambda:
			return
		case *pyast.ExprStmt:
			visit(x.Value)
		case *pyast.Assign:
			visit(x.Value)
		case *pyast.AugAssign:
			visit(x.Value)
		case *pyast.Return:
			visit(x.Value)
		case *pyast.If:
			for _, s := range x.Body {
				visit(s)
			}
			for _, s := range x.OrElse {
				visit(s)
			}
		case *pyast.For:
			for _, s := range x.Body {
				visit(s)
			}
		case *pyast.While:
			for _, s := range x.Body {
				visit(s)
			}
		case *pyast.Try:
			for _, s := range x.Body {
				visit(s)
			}
			for _, h := range x.Handlers {
				for _, s := range h.Body {
					visit(s)
				}
			}
			for _, s := range x.FinalBody {
				visit(s)
			}
		case *pyast.With:
			for _, s := range x.Body {
				visit(s)
			}
		case *pyast.Await:
			visit(x.Value)
		case *pyast.Call:
			for _, a := range x.Args {
				visit(a)
			}
		}
	}
	for _, s := range body {
		visit(s)
	}
	return found
}

func (c *compiler) annotations(args *pyast.Arguments, node any) func(fr *frame) (*rt.Dict, *rt.BaseException) {
	type ann struct {
		name *rt.Str
		f    evalFn
	}
	var anns []ann
	add := func(a *pyast.Arg) {
		if a != nil && a.Annotation != nil {
			a = &pyast.Arg{Arg: c.mangle(a.Arg), Annotation: a.Annotation}
			if c.futureAnnotations {
				s := rt.NewStr(unparseHint(a.Annotation))
				anns = append(anns, ann{rt.InternStr(a.Arg), func(*frame) (rt.Object, *rt.BaseException) { return s, nil }})
			} else if st, ok := a.Annotation.(*pyast.Starred); ok {
				// `*args: *Ts` (PEP 646) unpacks exactly one item.
				v := c.expr(st.Value)
				anns = append(anns, ann{rt.InternStr(a.Arg), func(fr *frame) (rt.Object, *rt.BaseException) {
					o, exc := v(fr)
					if exc != nil {
						return nil, exc
					}
					items, exc := rt.Unpack(fr.t, o, 1)
					if exc != nil {
						return nil, exc
					}
					return items[0], nil
				}})
			} else {
				anns = append(anns, ann{rt.InternStr(a.Arg), c.expr(a.Annotation)})
			}
		}
	}
	// CPython's order: args, then posonlyargs, *args, kwonly, **kwargs.
	for _, a := range args.Args {
		add(a)
	}
	for _, a := range args.PosOnlyArgs {
		add(a)
	}
	add(args.VarArg)
	for _, a := range args.KwOnlyArgs {
		add(a)
	}
	add(args.KwArg)
	if fd, ok := node.(*pyast.FunctionDef); ok && fd.Returns != nil {
		add(&pyast.Arg{Arg: "return", Annotation: fd.Returns})
	}
	if len(anns) == 0 {
		return nil
	}
	return func(fr *frame) (*rt.Dict, *rt.BaseException) {
		d := rt.NewDict()
		for _, a := range anns {
			v, e := a.f(fr)
			if e != nil {
				return nil, e
			}
			d.SetItemStr(a.name, v)
		}
		return d, nil
	}
}

// genState connects a generator body, running as an iter.Pull coroutine,
// with the runtime's Generator protocol.
type genState struct {
	yieldFn  func(rt.Object) bool
	sent     rt.Object
	thr      *rt.BaseException
	t        *rt.Thread
	err      *rt.BaseException
	ret      rt.Object
	asyncGen bool
	// yieldFrom is what a `yield from`/`await` is delegating to (read
	// into the Generator after each step: gi_yieldfrom, cr_await).
	yieldFrom rt.Object
	exited    bool // the generator was dropped and got its GeneratorExit
}

func (gs *genState) yield(fr *frame, v rt.Object) (rt.Object, *rt.BaseException) {
	if gs == nil {
		return nil, rt.NewError(rt.SyntaxErrorType, "'yield' outside function")
	}
	if !gs.yieldFn(v) {
		return nil, gs.abandon(fr) // gen_abandon.go
	}
	fr.t = gs.t
	if gs.thr != nil {
		e := gs.thr
		gs.thr = nil
		return nil, e
	}
	return gs.sent, nil
}

func (gs *genState) delegate(fr *frame, it rt.Object) (rt.Object, *rt.BaseException) {
	if gs == nil {
		return nil, rt.NewError(rt.SyntaxErrorType, "'await' outside function")
	}
	var sent rt.Object = rt.None
	var thr *rt.BaseException
	gs.yieldFrom = it
	for {
		r, done, e := rt.YieldFromStep(fr.t, it, sent, thr)
		if e != nil || done {
			gs.yieldFrom = nil
		}
		if e != nil {
			return nil, e
		}
		if done {
			return r, nil
		}
		if !gs.yieldFn(r) {
			return nil, gs.abandon(fr)
		}
		fr.t = gs.t
		sent, thr = gs.sent, gs.thr
		gs.thr = nil
	}
}

// pullHandle owns an abandoned generator's coroutine: when the generator is
// collected, its finalizer stops the coroutine so the goroutine exits.
type pullHandle struct {
	stop func()
	gs   *genState
}

func startGenerator(fr *frame, code *rt.Code, body execFn, asyncGen bool) *rt.Generator {
	gs := &genState{asyncGen: asyncGen}
	fr.gen = gs
	g := rt.NewGenerator(code, fr.globals, nil)
	fr.f = g.Frame()
	seq := func(yield func(rt.Object) bool) {
		gs.yieldFn = yield
		fr.t = gs.t
		if gs.thr != nil {
			gs.err = rt.Propagate(fr.t, gs.thr, fr.f)
			return
		}
		r, e := body(fr)
		gs.err = e
		if r == ctlReturn && fr.ret != nil {
			gs.ret = fr.ret
		} else {
			gs.ret = rt.None
		}
	}
	next, stop := iter.Pull(seq)
	h := &pullHandle{stop: stop, gs: gs}
	goruntime.SetFinalizer(h, stopAbandoned)
	g.SetBody(func(t *rt.Thread, gen *rt.Generator, sent rt.Object, thr *rt.BaseException) (rt.Object, *rt.BaseException) {
		_ = h
		gs.t, gs.sent, gs.thr = t, sent, thr
		v, ok := next()
		gen.SetYieldFrom(gs.yieldFrom)
		if ok {
			gen.State = 1
			return v, nil
		}
		if gs.err != nil {
			return nil, gs.err
		}
		gen.GenFinish(gs.ret)
		return nil, nil
	})
	return g
}

// comprehension compiles a list/set/dict comprehension or generator
// expression as the nested function scope it is in CPython 3.11.
func (c *compiler) comprehension(node pyast.Expr) evalFn {
	if isAsyncComp(node) {
		return c.asyncComprehension(node) // async_comp.go
	}
	var gens []*pyast.Comprehension
	var name string
	switch x := node.(type) {
	case *pyast.ListComp:
		gens, name = x.Generators, "<listcomp>"
	case *pyast.SetComp:
		gens, name = x.Generators, "<setcomp>"
	case *pyast.DictComp:
		gens, name = x.Generators, "<dictcomp>"
	case *pyast.GeneratorExp:
		gens, name = x.Generators, "<genexpr>"
	}
	sc := c.scopes[node]
	cc := c.child(node, c.qualnameFor(name))
	first := c.expr(gens[0].Iter)
	capture := c.captureCells(sc)
	type clause struct {
		target storeFn
		iter   evalFn
		ifs    []func(*frame) (bool, *rt.BaseException)
	}
	clauses := make([]clause, len(gens))
	for i, g := range gens {
		cl := clause{target: cc.target(g.Target)}
		if i > 0 {
			cl.iter = cc.expr(g.Iter)
		}
		for _, f := range g.Ifs {
			cl.ifs = append(cl.ifs, cc.truth(f))
		}
		clauses[i] = cl
	}
	code := &rt.Code{Name: name, Qualname: cc.qualname, Filename: c.filename, FirstLine: node.Position().Line,
		ArgNames: []string{".0"}, ArgCount: 1}
	var emit func(fr *frame) (rt.Object, rt.Object, *rt.BaseException)
	var mk func() rt.Object
	var add func(t *rt.Thread, acc rt.Object, k, v rt.Object) *rt.BaseException
	switch x := node.(type) {
	case *pyast.ListComp:
		elt := cc.expr(x.Elt)
		emit = func(fr *frame) (rt.Object, rt.Object, *rt.BaseException) { v, e := elt(fr); return v, nil, e }
		mk = func() rt.Object { return rt.NewList() }
		add = func(t *rt.Thread, acc, k, v rt.Object) *rt.BaseException { acc.(*rt.List).Append(k); return nil }
	case *pyast.SetComp:
		elt := cc.expr(x.Elt)
		emit = func(fr *frame) (rt.Object, rt.Object, *rt.BaseException) { v, e := elt(fr); return v, nil, e }
		mk = func() rt.Object { return rt.NewSet() }
		add = func(t *rt.Thread, acc, k, v rt.Object) *rt.BaseException { return acc.(*rt.Set).Add(t, k) }
	case *pyast.DictComp:
		key, val := cc.expr(x.Key), cc.expr(x.Value)
		emit = func(fr *frame) (rt.Object, rt.Object, *rt.BaseException) {
			k, e := key(fr)
			if e != nil {
				return nil, nil, e
			}
			v, e := val(fr)
			return k, v, e
		}
		mk = func() rt.Object { return rt.NewDict() }
		add = func(t *rt.Thread, acc, k, v rt.Object) *rt.BaseException { return acc.(*rt.Dict).SetItem(t, k, v) }
	case *pyast.GeneratorExp:
		elt := cc.expr(x.Elt)
		emit = func(fr *frame) (rt.Object, rt.Object, *rt.BaseException) { v, e := elt(fr); return v, nil, e }
		code.Generator = true
	}
	var loop func(fr *frame, i int, it rt.Object, out func(fr *frame) *rt.BaseException) *rt.BaseException
	loop = func(fr *frame, i int, it rt.Object, out func(fr *frame) *rt.BaseException) *rt.BaseException {
		cl := clauses[i]
		if it == nil {
			o, e := cl.iter(fr)
			if e != nil {
				return e
			}
			if it, e = rt.Iter(fr.t, o); e != nil {
				return e
			}
		}
	next:
		for {
			v, e := rt.Next(fr.t, it)
			if e != nil {
				return e
			}
			if v == nil {
				return nil
			}
			if e := cl.target(fr, v); e != nil {
				return e
			}
			for _, f := range cl.ifs {
				ok, e := f(fr)
				if e != nil {
					return e
				}
				if !ok {
					continue next
				}
			}
			if i+1 < len(clauses) {
				if e := loop(fr, i+1, nil, out); e != nil {
					return e
				}
				continue
			}
			if e := out(fr); e != nil {
				return e
			}
		}
	}
	isGen := code.Generator
	return func(fr *frame) (rt.Object, *rt.BaseException) {
		o, e := first(fr)
		if e != nil {
			return nil, e
		}
		it, e := rt.Iter(fr.t, o)
		if e != nil {
			return nil, e
		}
		nf := newFrame(fr.t, sc, fr.globals, capture(fr))
		if sc.lay != nil {
			sc.bindParam(nf, ".0", it) // locals() shows the iterator
		}
		if isGen {
			body := func(nf *frame) (ctl, *rt.BaseException) {
				e := loop(nf, 0, it, func(nf *frame) *rt.BaseException {
					v, _, e := emit(nf)
					if e != nil {
						return e
					}
					_, e = nf.gen.yield(nf, v)
					return e
				})
				if e != nil && nf.lastTB != e {
					e = rt.Propagate(nf.t, e, nf.f)
					nf.lastTB = e
				}
				return ctlNormal, e
			}
			g := startGenerator(nf, code, body, false)
			installLocals(sc, nf)
			return g, nil
		}
		f, e := fr.t.Push(code, fr.globals)
		if e != nil {
			return nil, e
		}
		nf.f = f
		installLocals(sc, nf)
		acc := mk()
		e = loop(nf, 0, it, func(nf *frame) *rt.BaseException {
			k, v, e := emit(nf)
			if e != nil {
				return e
			}
			return add(nf.t, acc, k, v)
		})
		if e != nil {
			e = rt.Propagate(fr.t, e, f)
		}
		fr.t.Pop(f)
		if e != nil {
			return nil, e
		}
		return acc, nil
	}
}

// classDef compiles a class statement.
func (c *compiler) classDef(s *pyast.ClassDef) evalFn {
	sc := c.scopes[s]
	qual := c.defQualname(s.Name)
	cc := c.child(s, qual)
	cc.className = s.Name
	body := cc.block(s.Body)
	if hasAnnotations(s.Body) {
		// SETUP_ANNOTATIONS: a class body with annotations starts with an
		// __annotations__ dict in its namespace.
		inner := body
		body = func(fr *frame) (ctl, *rt.BaseException) {
			if e := setupAnnotations(fr); e != nil {
				return ctlNormal, e
			}
			return inner(fr)
		}
	}
	var docStmt bool
	if len(s.Body) > 0 {
		if es, ok := s.Body[0].(*pyast.ExprStmt); ok {
			if k, ok := es.Value.(*pyast.Constant); ok {
				_, docStmt = k.Value.(string)
			}
		}
	}
	var docVal rt.Object
	if docStmt {
		docVal = rt.NewStr(s.Body[0].(*pyast.ExprStmt).Value.(*pyast.Constant).Value.(string))
	}
	bases := c.seqItems(s.Bases)
	var kwnames []*rt.Str
	var kwvals []evalFn
	starStar := false
	for _, k := range s.Keywords {
		if k.Arg == "" {
			starStar = true
			kwnames = append(kwnames, nil)
		} else {
			kwnames = append(kwnames, rt.InternStr(k.Arg))
		}
		kwvals = append(kwvals, c.expr(k.Value))
	}
	capture := c.captureCells(sc)
	code := &rt.Code{Name: s.Name, Qualname: qual, Filename: c.filename, FirstLine: s.Position().Line}
	name := s.Name
	return func(fr *frame) (rt.Object, *rt.BaseException) {
		if e := checkBuildClass(fr); e != nil {
			return nil, e
		}
		bs, e := bases(fr)
		if e != nil {
			return nil, e
		}
		kv := make([]rt.Object, len(kwvals))
		var kwd *rt.Dict
		if starStar {
			// `class A(**kw)`: keywords merged in order, as CPython's
			// __build_class__ call does.
			kwd = rt.NewDict()
		}
		for i, k := range kwvals {
			if kv[i], e = k(fr); e != nil {
				return nil, e
			}
			if kwd != nil {
				if kwnames[i] == nil {
					e = rt.MergeKwargs(fr.t, kwd, kv[i], rt.BuildClassFn())
				} else {
					e = rt.MergeKwarg(fr.t, kwd, kwnames[i], kv[i], rt.BuildClassFn())
				}
				if e != nil {
					return nil, e
				}
			}
		}
		closure := capture(fr)
		classBody := func(t *rt.Thread, ns *rt.Dict) (*rt.Cell, *rt.BaseException) {
			nf := newFrame(t, sc, fr.globals, closure)
			nf.locals = ns
			f, e := t.Push(code, fr.globals)
			if e != nil {
				return nil, e
			}
			nf.f = f
			f.SetLocalsMapping(ns)
			if docVal != nil {
				ns.SetStr("__doc__", docVal)
			}
			_, e = body(nf)
			t.Pop(f)
			if e != nil {
				return nil, e
			}
			if sc.hasClassCell {
				return nf.cells[0], nil
			}
			return nil, nil
		}
		module := fr.globals.GetStr("__name__")
		if module == nil {
			module = rt.None
		}
		if kwd != nil {
			return rt.BuildClassKw(fr.t, classBody, name, qual, module, bs, kwd)
		}
		return rt.BuildClass(fr.t, classBody, name, qual, module, bs, kwnames, kv)
	}
}

// checkBuildClass is LOAD_BUILD_CLASS's lookup when exec gave the code
// builtins of its own: a class statement needs their __build_class__
// ("__build_class__ not found" otherwise). The class is then built the
// usual way; a replacement __build_class__ in custom builtins is not
// called.
func checkBuildClass(fr *frame) *rt.BaseException {
	b := rt.CustomBuiltins(fr.globals)
	if b == nil {
		return nil
	}
	if _, e := rt.LoadCustomBuiltin(fr.t, b, rt.InternStr("__build_class__")); e != nil {
		if e.IsInstanceOf(rt.NameErrorType) {
			return rt.NewError(rt.NameErrorType, "__build_class__ not found")
		}
		return e
	}
	return nil
}
