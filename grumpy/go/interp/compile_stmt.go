package interp

import (
	"grumpy/pyast"
	rt "grumpy/runtime"
)

// ctl is how a statement finished.
type ctl int

const (
	ctlNormal ctl = iota
	ctlBreak
	ctlContinue
	ctlReturn
)

type execFn func(fr *frame) (ctl, *rt.BaseException)

// block compiles a statement list.
func (c *compiler) block(ss []pyast.Stmt) execFn {
	fns := make([]execFn, 0, len(ss))
	for i := 0; i < len(ss); {
		if run := c.attrRunAt(ss, i); len(run) >= 2 {
			fns = append(fns, attrRun(run))
			i += len(run)
			continue
		}
		fns = append(fns, c.stmt(ss[i]))
		i++
	}
	if len(fns) == 1 {
		return fns[0]
	}
	return func(fr *frame) (ctl, *rt.BaseException) {
		for _, f := range fns {
			if r, e := f(fr); r != ctlNormal || e != nil {
				return r, e
			}
		}
		return ctlNormal, nil
	}
}

// stmt compiles one statement, wrapped to track its line and to record
// this frame in the traceback of an exception it raises.
func (c *compiler) stmt(s pyast.Stmt) execFn {
	inner := c.stmtBody(s)
	line := s.Position().Line
	return func(fr *frame) (ctl, *rt.BaseException) {
		fr.f.Line = line
		r, e := inner(fr)
		if e != nil && fr.lastTB != e {
			e = rt.Propagate(fr.t, e, fr.f)
			fr.lastTB = e
		}
		return r, e
	}
}

func exprStmt(f evalFn) execFn {
	return func(fr *frame) (ctl, *rt.BaseException) {
		_, e := f(fr)
		return ctlNormal, e
	}
}

func (c *compiler) stmtBody(st pyast.Stmt) execFn {
	switch s := st.(type) {
	case *pyast.ExprStmt:
		return exprStmt(c.expr(s.Value))
	case *pyast.Pass:
		return func(*frame) (ctl, *rt.BaseException) { return ctlNormal, nil }
	case *pyast.Break:
		return func(*frame) (ctl, *rt.BaseException) { return ctlBreak, nil }
	case *pyast.Continue:
		return func(*frame) (ctl, *rt.BaseException) { return ctlContinue, nil }
	case *pyast.Return:
		v := c.expr(s.Value)
		return func(fr *frame) (ctl, *rt.BaseException) {
			fr.ret = rt.None
			if v != nil {
				r, e := v(fr)
				if e != nil {
					return ctlNormal, e
				}
				fr.ret = r
			}
			return ctlReturn, nil
		}
	case *pyast.Assign:
		if len(s.Targets) == 1 {
			return c.assignOne(s.Targets[0], s.Value)
		}
		v := c.expr(s.Value)
		targets := make([]storeFn, len(s.Targets))
		for i, t := range s.Targets {
			targets[i] = c.target(t)
		}
		return func(fr *frame) (ctl, *rt.BaseException) {
			r, e := v(fr)
			if e != nil {
				return ctlNormal, e
			}
			for _, t := range targets {
				if e := t(fr, r); e != nil {
					return ctlNormal, e
				}
			}
			return ctlNormal, nil
		}
	case *pyast.AugAssign:
		return c.augAssign(s)
	case *pyast.AnnAssign:
		return c.annAssign(s)
	case *pyast.Delete:
		dels := make([]func(*frame) *rt.BaseException, len(s.Targets))
		for i, t := range s.Targets {
			dels[i] = c.deleteTarget(t)
		}
		return func(fr *frame) (ctl, *rt.BaseException) {
			for _, d := range dels {
				if e := d(fr); e != nil {
					return ctlNormal, e
				}
			}
			return ctlNormal, nil
		}
	case *pyast.If:
		test, body, orelse := c.truth(s.Test), c.block(s.Body), c.block(s.OrElse)
		return func(fr *frame) (ctl, *rt.BaseException) {
			b, e := test(fr)
			if e != nil {
				return ctlNormal, e
			}
			if b {
				return body(fr)
			}
			return orelse(fr)
		}
	case *pyast.While:
		test, body, orelse := c.truth(s.Test), c.block(s.Body), c.block(s.OrElse)
		return func(fr *frame) (ctl, *rt.BaseException) {
			for {
				if e := rt.CheckSignals(fr.t); e != nil {
					return ctlNormal, e
				}
				b, e := test(fr)
				if e != nil {
					return ctlNormal, e
				}
				if !b {
					return orelse(fr)
				}
				r, e := body(fr)
				if e != nil || r == ctlReturn {
					return r, e
				}
				if r == ctlBreak {
					return ctlNormal, nil
				}
			}
		}
	case *pyast.For:
		return c.forStmt(s)
	case *pyast.Raise:
		exc, cause := c.expr(s.Exc), c.expr(s.Cause)
		return func(fr *frame) (ctl, *rt.BaseException) {
			if exc == nil {
				return ctlNormal, rt.Reraise(fr.t)
			}
			v, e := exc(fr)
			if e != nil {
				return ctlNormal, e
			}
			var cv rt.Object
			if cause != nil {
				if cv, e = cause(fr); e != nil {
					return ctlNormal, e
				}
			}
			return ctlNormal, rt.Raise(fr.t, v, cv)
		}
	case *pyast.Try:
		if s.Star {
			return c.tryStarStmt(s)
		}
		return c.tryStmt(s)
	case *pyast.With:
		return c.withStmt(s.Items, s.Body, s.IsAsync)
	case *pyast.Assert:
		test, msg := c.truth(s.Test), c.expr(s.Msg)
		return func(fr *frame) (ctl, *rt.BaseException) {
			b, e := test(fr)
			if e != nil || b {
				return ctlNormal, e
			}
			var exc rt.Object
			if msg != nil {
				m, e := msg(fr)
				if e != nil {
					return ctlNormal, e
				}
				exc, e = rt.Call1(fr.t, rt.AssertionErrorType, m)
				if e != nil {
					return ctlNormal, e
				}
			} else {
				exc = rt.AssertionErrorType
			}
			return ctlNormal, rt.Raise(fr.t, exc, nil)
		}
	case *pyast.Global, *pyast.Nonlocal:
		return func(*frame) (ctl, *rt.BaseException) { return ctlNormal, nil }
	case *pyast.Import:
		return c.importStmt(s)
	case *pyast.ImportFrom:
		return c.importFrom(s)
	case *pyast.FunctionDef:
		fn := c.function(s, s.Name, s.Args, s.Body, nil, s.IsAsync)
		decos := c.exprs(s.DecoratorList)
		store := c.storeName(s.Name)
		return c.decorated(decos, fn, store)
	case *pyast.ClassDef:
		cls := c.classDef(s)
		decos := c.exprs(s.DecoratorList)
		store := c.storeName(s.Name)
		return c.decorated(decos, cls, store)
	case *pyast.Match:
		return c.matchStmt(s)
	}
	return func(fr *frame) (ctl, *rt.BaseException) {
		return ctlNormal, rt.NewError(rt.SystemErrorType, "unsupported statement in exec'd code")
	}
}

func (c *compiler) decorated(decos []evalFn, build evalFn, store storeFn) execFn {
	return func(fr *frame) (ctl, *rt.BaseException) {
		ds := make([]rt.Object, len(decos))
		for i, d := range decos {
			v, e := d(fr)
			if e != nil {
				return ctlNormal, e
			}
			ds[i] = v
		}
		v, e := build(fr)
		if e != nil {
			return ctlNormal, e
		}
		for i := len(ds) - 1; i >= 0; i-- {
			if v, e = rt.Call1(fr.t, ds[i], v); e != nil {
				return ctlNormal, e
			}
		}
		return ctlNormal, store(fr, v)
	}
}

func (c *compiler) augAssign(s *pyast.AugAssign) execFn {
	op := binOps[s.Op]
	val := c.expr(s.Value)
	apply := func(fr *frame, cur rt.Object) (rt.Object, *rt.BaseException) {
		v, e := val(fr)
		if e != nil {
			return nil, e
		}
		return rt.InPlace(fr.t, op, cur, v)
	}
	switch t := s.Target.(type) {
	case *pyast.Name:
		load, store := c.loadName(t.Id), c.storeName(t.Id)
		return func(fr *frame) (ctl, *rt.BaseException) {
			cur, e := load(fr)
			if e != nil {
				return ctlNormal, e
			}
			r, e := apply(fr, cur)
			if e != nil {
				return ctlNormal, e
			}
			return ctlNormal, store(fr, r)
		}
	case *pyast.Attribute:
		obj := c.expr(t.Value)
		name := rt.InternStr(c.mangle(t.Attr))
		return func(fr *frame) (ctl, *rt.BaseException) {
			o, e := obj(fr)
			if e != nil {
				return ctlNormal, e
			}
			cur, e := rt.GetAttr(fr.t, o, name)
			if e != nil {
				return ctlNormal, e
			}
			r, e := apply(fr, cur)
			if e != nil {
				return ctlNormal, e
			}
			return ctlNormal, rt.SetAttr(fr.t, o, name, r)
		}
	case *pyast.Subscript:
		obj, key := c.expr(t.Value), c.expr(t.Slice)
		return func(fr *frame) (ctl, *rt.BaseException) {
			o, e := obj(fr)
			if e != nil {
				return ctlNormal, e
			}
			k, e := key(fr)
			if e != nil {
				return ctlNormal, e
			}
			cur, e := rt.GetItem(fr.t, o, k)
			if e != nil {
				return ctlNormal, e
			}
			r, e := apply(fr, cur)
			if e != nil {
				return ctlNormal, e
			}
			return ctlNormal, rt.SetItem(fr.t, o, k, r)
		}
	}
	return func(fr *frame) (ctl, *rt.BaseException) {
		return ctlNormal, rt.NewError(rt.SyntaxErrorType, "illegal expression for augmented assignment")
	}
}

func (c *compiler) annAssign(s *pyast.AnnAssign) execFn {
	var store storeFn
	var val evalFn
	if s.Value != nil {
		val = c.expr(s.Value)
		store = c.target(s.Target)
	}
	var ann evalFn
	var annName *rt.Str
	if n, ok := s.Target.(*pyast.Name); ok && s.Simple && c.cur.kind != "function" {
		annName = rt.InternStr(c.mangle(n.Id))
		if c.futureAnnotations {
			src := unparseHint(s.Annotation)
			ann = func(*frame) (rt.Object, *rt.BaseException) { return rt.NewStr(src), nil }
		} else {
			ann = c.expr(s.Annotation)
		}
	}
	annotations := c.loadName("__annotations__")
	return func(fr *frame) (ctl, *rt.BaseException) {
		if val != nil {
			v, e := val(fr)
			if e != nil {
				return ctlNormal, e
			}
			if e := store(fr, v); e != nil {
				return ctlNormal, e
			}
		}
		if ann != nil {
			a, e := ann(fr)
			if e != nil {
				return ctlNormal, e
			}
			d, e := annotations(fr)
			if e != nil {
				return ctlNormal, e
			}
			return ctlNormal, rt.SetItem(fr.t, d, annName, a)
		}
		return ctlNormal, nil
	}
}

// unparseHint renders a simple annotation back to source for
// `from __future__ import annotations` (names, attributes, subscripts).
func unparseHint(e pyast.Expr) string {
	switch x := e.(type) {
	case *pyast.Name:
		return x.Id
	case *pyast.Attribute:
		return unparseHint(x.Value) + "." + x.Attr
	case *pyast.Subscript:
		return unparseHint(x.Value) + "[" + unparseHint(x.Slice) + "]"
	case *pyast.Tuple:
		s := ""
		for i, el := range x.Elts {
			if i > 0 {
				s += ", "
			}
			s += unparseHint(el)
		}
		return s
	case *pyast.Constant:
		if str, ok := x.Value.(string); ok {
			return "'" + str + "'"
		}
		if x.Value == nil {
			return "None"
		}
	case *pyast.BinOp:
		return unparseHint(x.Left) + " " + x.Op + " " + unparseHint(x.Right)
	case *pyast.Starred:
		return "*" + unparseHint(x.Value)
	}
	return "..."
}

func (c *compiler) forStmt(s *pyast.For) execFn {
	iterE, target, body, orelse := c.expr(s.Iter), c.target(s.Target), c.block(s.Body), c.block(s.OrElse)
	if s.IsAsync {
		return func(fr *frame) (ctl, *rt.BaseException) {
			o, e := iterE(fr)
			if e != nil {
				return ctlNormal, e
			}
			it, e := rt.AIter(fr.t, o)
			if e != nil {
				return ctlNormal, e
			}
			for {
				// __anext__ and its awaiting are both guarded: a
				// StopAsyncIteration from either ends the loop.
				ai, e := rt.ANextIter(fr.t, it)
				var v rt.Object
				if e == nil {
					v, e = fr.gen.delegate(fr, ai)
				}
				if e != nil {
					if e.IsInstanceOf(rt.StopAsyncIterationType) {
						return orelse(fr)
					}
					return ctlNormal, e
				}
				if e := target(fr, v); e != nil {
					return ctlNormal, e
				}
				r, e := body(fr)
				if e != nil || r == ctlReturn {
					return r, e
				}
				if r == ctlBreak {
					return ctlNormal, nil
				}
			}
		}
	}
	return func(fr *frame) (ctl, *rt.BaseException) {
		o, e := iterE(fr)
		if e != nil {
			return ctlNormal, e
		}
		it, e := rt.Iter(fr.t, o)
		if e != nil {
			return ctlNormal, e
		}
		for {
			v, e := rt.Next(fr.t, it)
			if e != nil {
				return ctlNormal, e
			}
			if v == nil {
				return orelse(fr)
			}
			if e := target(fr, v); e != nil {
				return ctlNormal, e
			}
			r, e := body(fr)
			if e != nil || r == ctlReturn {
				return r, e
			}
			if r == ctlBreak {
				return ctlNormal, nil
			}
		}
	}
}

// handler is one compiled except (or except*) clause: its type expression,
// and for `as name` the store and the deletion that ends the clause.
type handler struct {
	typ   evalFn
	store storeFn
	clear func(*frame)
	body  execFn
}

func (c *compiler) handlers(clauses []*pyast.ExceptHandler) []handler {
	hs := make([]handler, len(clauses))
	for i, h := range clauses {
		hs[i] = handler{typ: c.expr(h.Type), body: c.block(h.Body)}
		if h.Name != "" {
			hs[i].store = c.storeName(h.Name)
			del := c.deleteName(h.Name)
			hs[i].clear = func(fr *frame) { del(fr) }
		}
	}
	return hs
}

func (c *compiler) tryStmt(s *pyast.Try) execFn {
	body, orelse, final := c.block(s.Body), c.block(s.OrElse), c.block(s.FinalBody)
	hs := c.handlers(s.Handlers)
	hasFinal := len(s.FinalBody) > 0
	tryExcept := func(fr *frame) (ctl, *rt.BaseException) {
		r, e := body(fr)
		if e == nil {
			if r != ctlNormal {
				return r, nil
			}
			return orelse(fr)
		}
		if len(hs) == 0 {
			return r, e
		}
		fr.t.EnterHandler(e)
		for _, h := range hs {
			if h.typ != nil {
				spec, err := h.typ(fr)
				if err != nil {
					fr.t.ExitHandler()
					return ctlNormal, err
				}
				ok, err := rt.ExcMatch(fr.t, e, spec)
				if err != nil {
					fr.t.ExitHandler()
					return ctlNormal, err
				}
				if !ok {
					continue
				}
			}
			if h.store != nil {
				if err := h.store(fr, e); err != nil {
					fr.t.ExitHandler()
					return ctlNormal, err
				}
			}
			r2, err := h.body(fr)
			if h.clear != nil {
				h.clear(fr)
			}
			fr.t.ExitHandler()
			return r2, err
		}
		fr.t.ExitHandler()
		return ctlNormal, e
	}
	if !hasFinal {
		return tryExcept
	}
	return withFinally(tryExcept, final)
}

// withFinally runs body, then final: with body's exception as the one being
// handled while final runs; final's own exception or control transfer
// (return/break/continue) replaces body's outcome, else body's stands.
func withFinally(body, final execFn) execFn {
	return func(fr *frame) (ctl, *rt.BaseException) {
		r, e := body(fr)
		ret := fr.ret
		if e != nil {
			fr.t.EnterHandler(e)
		}
		r2, e2 := final(fr)
		if e != nil {
			fr.t.ExitHandler()
		}
		if e2 != nil || r2 != ctlNormal {
			return r2, e2
		}
		fr.ret = ret
		return r, e
	}
}

func (c *compiler) withStmt(items []*pyast.WithItem, bodyStmts []pyast.Stmt, async bool) execFn {
	if len(items) == 0 {
		return c.block(bodyStmts)
	}
	mgrE := c.expr(items[0].ContextExpr)
	var target storeFn
	if items[0].OptionalVars != nil {
		target = c.target(items[0].OptionalVars)
	}
	body := c.withStmt(items[1:], bodyStmts, async)
	return func(fr *frame) (ctl, *rt.BaseException) {
		mgr, e := mgrE(fr)
		if e != nil {
			return ctlNormal, e
		}
		var exit, val rt.Object
		if async {
			var aw rt.Object
			exit, aw, e = rt.AsyncWithEnter(fr.t, mgr)
			if e == nil {
				val, e = awaitValue(fr, aw)
			}
		} else {
			exit, val, e = rt.WithEnter(fr.t, mgr)
		}
		if e != nil {
			return ctlNormal, e
		}
		if target != nil {
			if e := target(fr, val); e != nil {
				return ctlNormal, e
			}
		}
		r, e := body(fr)
		if e != nil {
			fr.t.EnterHandler(e)
			res, err := rt.Call3(fr.t, exit, rt.TypeOfExc(e), e, rt.TracebackOf(e))
			if err == nil && async {
				res, err = awaitValue(fr, res)
			}
			var sup bool
			if err == nil {
				sup, err = rt.IsTrue(fr.t, res)
			}
			fr.t.ExitHandler()
			if err != nil {
				return ctlNormal, err
			}
			if sup {
				return ctlNormal, nil
			}
			return ctlNormal, e
		}
		ret := fr.ret
		res, err := rt.Call3(fr.t, exit, rt.None, rt.None, rt.None)
		if err == nil && async {
			_, err = awaitValue(fr, res)
		}
		if err != nil {
			return ctlNormal, err
		}
		fr.ret = ret
		return r, nil
	}
}

func awaitValue(fr *frame, aw rt.Object) (rt.Object, *rt.BaseException) {
	it, e := rt.AwaitIter(fr.t, aw)
	if e != nil {
		return nil, e
	}
	return fr.gen.delegate(fr, it)
}

func (c *compiler) importStmt(s *pyast.Import) execFn {
	type imp struct {
		name  string
		store storeFn
		as    bool
	}
	imps := make([]imp, len(s.Names))
	for i, a := range s.Names {
		if a.AsName != "" {
			imps[i] = imp{a.Name, c.storeName(a.AsName), true}
		} else {
			imps[i] = imp{a.Name, c.storeName(firstPart(a.Name)), false}
		}
	}
	return func(fr *frame) (ctl, *rt.BaseException) {
		for _, im := range imps {
			m, e := rt.ImportName(fr.t, fr.globals, im.name, 0, im.as)
			if e != nil {
				return ctlNormal, e
			}
			if e := im.store(fr, m); e != nil {
				return ctlNormal, e
			}
		}
		return ctlNormal, nil
	}
}

func (c *compiler) importFrom(s *pyast.ImportFrom) execFn {
	type name struct {
		name  *rt.Str
		store storeFn
	}
	star := false
	var names []name
	for _, a := range s.Names {
		if a.Name == "*" {
			star = true
			continue
		}
		as := a.AsName
		if as == "" {
			as = a.Name
		}
		names = append(names, name{rt.InternStr(a.Name), c.storeName(as)})
	}
	mod, level := s.Module, s.Level
	return func(fr *frame) (ctl, *rt.BaseException) {
		m, e := rt.ImportName(fr.t, fr.globals, mod, level, true)
		if e != nil {
			return ctlNormal, e
		}
		if star {
			target := fr.globals
			if d, ok := fr.locals.(*rt.Dict); ok {
				target = d
			}
			return ctlNormal, rt.ImportStar(fr.t, m, target)
		}
		for _, n := range names {
			v, e := rt.ImportFrom(fr.t, m, n.name)
			if e != nil {
				return ctlNormal, e
			}
			if e := n.store(fr, v); e != nil {
				return ctlNormal, e
			}
		}
		return ctlNormal, nil
	}
}
