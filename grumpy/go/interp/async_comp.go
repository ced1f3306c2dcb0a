package interp

import (
	"reflect"

	"grumpy/pyast"
	rt "grumpy/runtime"
)

// Asynchronous comprehensions (PEP 530) in exec'd code.
//
// A list/set/dict comprehension with an `async for` clause or an `await`
// runs inside the enclosing coroutine: it shares its generator state (its
// awaits suspend that coroutine) and pushes no frame of its own, which a
// suspension would leave on the thread's frame stack. An asynchronous
// generator expression is an async generator over the first async
// iterator, as in CPython.

// isAsyncComp reports whether a comprehension is asynchronous: an `async
// for` clause, or an await in its own scope (including a nested list, set or
// dict comprehension's, which it then awaits).
func isAsyncComp(node pyast.Expr) bool {
	gens, parts := compParts(node)
	for _, g := range gens {
		if g.IsAsync {
			return true
		}
	}
	for i, g := range gens {
		if i > 0 && awaits(g.Iter) {
			return true
		}
		for _, c := range g.Ifs {
			if awaits(c) {
				return true
			}
		}
	}
	for _, p := range parts {
		if awaits(p) {
			return true
		}
	}
	return false
}

// compParts is a comprehension's clauses and element expressions.
func compParts(node pyast.Expr) ([]*pyast.Comprehension, []pyast.Expr) {
	switch x := node.(type) {
	case *pyast.ListComp:
		return x.Generators, []pyast.Expr{x.Elt}
	case *pyast.SetComp:
		return x.Generators, []pyast.Expr{x.Elt}
	case *pyast.DictComp:
		return x.Generators, []pyast.Expr{x.Key, x.Value}
	case *pyast.GeneratorExp:
		return x.Generators, []pyast.Expr{x.Elt}
	}
	return nil, nil
}

// awaits reports an await evaluated in the current scope of e.
func awaits(e pyast.Expr) bool {
	switch x := e.(type) {
	case nil:
		return false
	case *pyast.Await:
		return true
	case *pyast.Lambda:
		return false
	case *pyast.GeneratorExp:
		return awaits(x.Generators[0].Iter)
	case *pyast.ListComp, *pyast.SetComp, *pyast.DictComp:
		gens, _ := compParts(x)
		return isAsyncComp(x) || awaits(gens[0].Iter)
	}
	return awaitsIn(reflect.ValueOf(e))
}

var exprType = reflect.TypeOf((*pyast.Expr)(nil)).Elem()

// awaitsIn walks the fields of any AST value looking for awaits.
func awaitsIn(v reflect.Value) bool {
	if !v.CanInterface() {
		return false
	}
	switch v.Kind() {
	case reflect.Interface:
		if v.IsNil() {
			return false
		}
		if e, ok := v.Interface().(pyast.Expr); ok {
			return awaits(e)
		}
		return awaitsIn(v.Elem())
	case reflect.Pointer:
		if v.IsNil() {
			return false
		}
		if v.Type().Implements(exprType) {
			if e, ok := v.Interface().(pyast.Expr); ok && !isPlainStruct(v) {
				return awaits(e)
			}
		}
		return awaitsIn(v.Elem())
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if awaitsIn(v.Field(i)) {
				return true
			}
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			if awaitsIn(v.Index(i)) {
				return true
			}
		}
	}
	return false
}

// isPlainStruct stops awaits/awaitsIn from recursing into each other
// forever: awaits hands a node it does not special-case to awaitsIn, which
// must then walk its fields rather than hand it back.
func isPlainStruct(v reflect.Value) bool {
	switch v.Interface().(type) {
	case *pyast.Await, *pyast.Lambda, *pyast.GeneratorExp, *pyast.ListComp, *pyast.SetComp, *pyast.DictComp:
		return false
	}
	return true
}

// foldIter mirrors CPython's AST optimizer, which iterates a list display
// in a comprehension as a tuple (visible in `async for` error messages).
func foldIter(e pyast.Expr, v rt.Object) rt.Object {
	if l, ok := e.(*pyast.List); ok {
		for _, x := range l.Elts {
			if _, star := x.(*pyast.Starred); star {
				return v
			}
		}
		if lst, ok := v.(*rt.List); ok {
			return rt.NewTuple(lst.Snapshot()...)
		}
	}
	return v
}

// asyncComprehension compiles an asynchronous comprehension.
func (c *compiler) asyncComprehension(node pyast.Expr) evalFn {
	gens, _ := compParts(node)
	name := "<listcomp>"
	switch node.(type) {
	case *pyast.SetComp:
		name = "<setcomp>"
	case *pyast.DictComp:
		name = "<dictcomp>"
	case *pyast.GeneratorExp:
		name = "<genexpr>"
	}
	sc := c.scopes[node]
	cc := c.child(node, c.qualnameFor(name))
	first := c.expr(gens[0].Iter)
	firstNode := gens[0].Iter
	capture := c.captureCells(sc)
	type clause struct {
		target  storeFn
		iter    evalFn
		iterE   pyast.Expr
		ifs     []func(*frame) (bool, *rt.BaseException)
		isAsync bool
	}
	clauses := make([]clause, len(gens))
	for i, g := range gens {
		cl := clause{target: cc.target(g.Target), isAsync: g.IsAsync, iterE: g.Iter}
		if i > 0 {
			cl.iter = cc.expr(g.Iter)
		}
		for _, f := range g.Ifs {
			cl.ifs = append(cl.ifs, cc.truth(f))
		}
		clauses[i] = cl
	}
	var emit func(fr *frame) (rt.Object, rt.Object, *rt.BaseException)
	switch x := node.(type) {
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
	default:
		_, parts := compParts(node)
		elt := cc.expr(parts[0])
		emit = func(fr *frame) (rt.Object, rt.Object, *rt.BaseException) { v, e := elt(fr); return v, nil, e }
	}
	// next fetches a clause's next value: (nil, nil) at its end.
	next := func(fr *frame, cl clause, it rt.Object) (rt.Object, *rt.BaseException) {
		if !cl.isAsync {
			return rt.Next(fr.t, it)
		}
		ai, e := rt.ANextIter(fr.t, it)
		var v rt.Object
		if e == nil {
			v, e = fr.gen.delegate(fr, ai)
		}
		if e != nil {
			if e.IsInstanceOf(rt.StopAsyncIterationType) {
				return nil, nil
			}
			return nil, e
		}
		return v, nil
	}
	start := func(fr *frame, cl clause, o rt.Object) (rt.Object, *rt.BaseException) {
		if cl.isAsync {
			return rt.AIter(fr.t, o)
		}
		return rt.Iter(fr.t, o)
	}
	var loop func(fr *frame, i int, it rt.Object, out func(fr *frame) *rt.BaseException) *rt.BaseException
	loop = func(fr *frame, i int, it rt.Object, out func(fr *frame) *rt.BaseException) *rt.BaseException {
		cl := clauses[i]
		if it == nil {
			o, e := cl.iter(fr)
			if e != nil {
				return e
			}
			if it, e = start(fr, cl, foldIter(cl.iterE, o)); e != nil {
				return e
			}
		}
	again:
		for {
			v, e := next(fr, cl, it)
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
					continue again
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
	if _, isGen := node.(*pyast.GeneratorExp); isGen {
		code := &rt.Code{Name: name, Qualname: cc.qualname, Filename: c.filename, FirstLine: node.Position().Line,
			ArgNames: []string{".0"}, ArgCount: 1, AsyncGen: true}
		return func(fr *frame) (rt.Object, *rt.BaseException) {
			o, e := first(fr)
			if e != nil {
				return nil, e
			}
			it, e := start(fr, clauses[0], foldIter(firstNode, o))
			if e != nil {
				return nil, e
			}
			nf := newFrame(fr.t, sc, fr.globals, capture(fr))
			body := func(nf *frame) (ctl, *rt.BaseException) {
				e := loop(nf, 0, it, func(nf *frame) *rt.BaseException {
					v, _, e := emit(nf)
					if e != nil {
						return e
					}
					_, e = nf.gen.yield(nf, rt.WrapAsyncGenValue(v))
					return e
				})
				if e != nil && nf.lastTB != e {
					e = rt.Propagate(nf.t, e, nf.f)
					nf.lastTB = e
				}
				return ctlNormal, e
			}
			return startGenerator(nf, code, body, true), nil
		}
	}
	var mk func() rt.Object
	var add func(t *rt.Thread, acc rt.Object, k, v rt.Object) *rt.BaseException
	switch node.(type) {
	case *pyast.ListComp:
		mk = func() rt.Object { return rt.NewList() }
		add = func(t *rt.Thread, acc, k, v rt.Object) *rt.BaseException { acc.(*rt.List).Append(k); return nil }
	case *pyast.SetComp:
		mk = func() rt.Object { return rt.NewSet() }
		add = func(t *rt.Thread, acc, k, v rt.Object) *rt.BaseException { return acc.(*rt.Set).Add(t, k) }
	case *pyast.DictComp:
		mk = func() rt.Object { return rt.NewDict() }
		add = func(t *rt.Thread, acc, k, v rt.Object) *rt.BaseException { return acc.(*rt.Dict).SetItem(t, k, v) }
	}
	return func(fr *frame) (rt.Object, *rt.BaseException) {
		o, e := first(fr)
		if e != nil {
			return nil, e
		}
		it, e := start(fr, clauses[0], foldIter(firstNode, o))
		if e != nil {
			return nil, e
		}
		nf := newFrame(fr.t, sc, fr.globals, capture(fr))
		nf.gen, nf.f, nf.fn = fr.gen, fr.f, fr.fn
		acc := mk()
		e = loop(nf, 0, it, func(nf *frame) *rt.BaseException {
			k, v, e := emit(nf)
			if e != nil {
				return e
			}
			return add(nf.t, acc, k, v)
		})
		// The coroutine may have been resumed on another thread.
		fr.t = nf.t
		if e != nil {
			return nil, e
		}
		return acc, nil
	}
}
