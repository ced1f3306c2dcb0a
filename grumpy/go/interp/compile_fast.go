package interp

// Specialised closures for the node shapes that dominate code generated at
// run time (dataclasses' __init__/__eq__/__repr__, namedtuple's methods):
// attribute access on a local with a per-node inline cache, `self.x = v`,
// `a is b` tests and == / != between two tuple displays.

import (
	"grumpy/pyast"
	rt "grumpy/runtime"
)

// fastLocal reports whether e is a name read from a fast slot of the current
// scope, and which.
func (c *compiler) fastLocal(e pyast.Expr) (int, string, bool) {
	n, ok := e.(*pyast.Name)
	if !ok {
		return 0, "", false
	}
	id := c.mangle(n.Id)
	if c.cur.kindOf(id) != kFast {
		return 0, "", false
	}
	return c.cur.locals[id], id, true
}

// attrLoad compiles `value.attr`.
func (c *compiler) attrLoad(x *pyast.Attribute) evalFn {
	name := rt.InternStr(c.mangle(x.Attr))
	site := new(rt.AttrSite)
	if x.Attr == "__class__" {
		v := c.expr(x.Value)
		return func(fr *frame) (rt.Object, *rt.BaseException) {
			o, e := v(fr)
			if e != nil {
				return nil, e
			}
			return rt.GetClass(fr.t, o)
		}
	}
	if i, id, ok := c.fastLocal(x.Value); ok {
		return func(fr *frame) (rt.Object, *rt.BaseException) {
			o := fr.fast[i]
			if o == nil {
				return nil, rt.UnboundLocal(id)
			}
			return rt.GetAttrSite(fr.t, o, name, site)
		}
	}
	v := c.expr(x.Value)
	return func(fr *frame) (rt.Object, *rt.BaseException) {
		o, e := v(fr)
		if e != nil {
			return nil, e
		}
		return rt.GetAttrSite(fr.t, o, name, site)
	}
}

// attrStore compiles `value.attr = v` as an assignment target.
func (c *compiler) attrStore(x *pyast.Attribute) storeFn {
	name := rt.InternStr(c.mangle(x.Attr))
	site := new(rt.AttrSite)
	if i, id, ok := c.fastLocal(x.Value); ok {
		return func(fr *frame, v rt.Object) *rt.BaseException {
			o := fr.fast[i]
			if o == nil {
				return rt.UnboundLocal(id)
			}
			return rt.SetAttrSite(fr.t, o, name, v, site)
		}
	}
	obj := c.expr(x.Value)
	return func(fr *frame, v rt.Object) *rt.BaseException {
		o, e := obj(fr)
		if e != nil {
			return e
		}
		return rt.SetAttrSite(fr.t, o, name, v, site)
	}
}

// assignOne compiles `target = value` with a single target.
func (c *compiler) assignOne(target, value pyast.Expr) execFn {
	v := c.expr(value)
	if a, ok := target.(*pyast.Attribute); ok {
		if i, id, ok := c.fastLocal(a.Value); ok {
			// self.x = value: the value first, then the object, as CPython.
			name := rt.InternStr(c.mangle(a.Attr))
			site := new(rt.AttrSite)
			if j, vid, ok := c.fastLocal(value); ok {
				return func(fr *frame) (ctl, *rt.BaseException) {
					r := fr.fast[j]
					if r == nil {
						return ctlNormal, rt.UnboundLocal(vid)
					}
					o := fr.fast[i]
					if o == nil {
						return ctlNormal, rt.UnboundLocal(id)
					}
					return ctlNormal, rt.SetAttrSite(fr.t, o, name, r, site)
				}
			}
			return func(fr *frame) (ctl, *rt.BaseException) {
				r, e := v(fr)
				if e != nil {
					return ctlNormal, e
				}
				o := fr.fast[i]
				if o == nil {
					return ctlNormal, rt.UnboundLocal(id)
				}
				return ctlNormal, rt.SetAttrSite(fr.t, o, name, r, site)
			}
		}
	}
	store := c.target(target)
	return func(fr *frame) (ctl, *rt.BaseException) {
		r, e := v(fr)
		if e != nil {
			return ctlNormal, e
		}
		return ctlNormal, store(fr, r)
	}
}

// isTest compiles `a is b` / `a is not b` to a bool.
func (c *compiler) isTest(l, r pyast.Expr, negate bool) func(fr *frame) (bool, *rt.BaseException) {
	lf, rf := c.expr(l), c.expr(r)
	return func(fr *frame) (bool, *rt.BaseException) {
		a, e := lf(fr)
		if e != nil {
			return false, e
		}
		b, e := rf(fr)
		if e != nil {
			return false, e
		}
		return rt.Is(a, b) != negate, nil
	}
}

// maxTupleCmp bounds the tuple displays compared without building tuples
// (their items are gathered in fixed arrays on the Go stack).
const maxTupleCmp = 16

// plainTuple returns the items of a tuple display without starred items.
func plainTuple(e pyast.Expr) ([]pyast.Expr, bool) {
	t, ok := e.(*pyast.Tuple)
	if !ok || len(t.Elts) == 0 || len(t.Elts) > maxTupleCmp {
		return nil, false
	}
	for _, el := range t.Elts {
		if _, star := el.(*pyast.Starred); star {
			return nil, false
		}
	}
	return t.Elts, true
}

// tupleEq compiles `(a0, a1, ...) == (b0, b1, ...)` (or !=) between two
// displays of the same length. Both tuples are exact builtin tuples whose
// only observer is the comparison, so it runs as tuple's rich comparison
// does (CPython's tuplerichcompare): every item of both sides is evaluated
// first, left to right, then items are compared pairwise, identical items
// counting as equal, until a pair compares unequal.
func (c *compiler) tupleEq(l, r []pyast.Expr, negate bool) func(fr *frame) (bool, *rt.BaseException) {
	lf, rf := c.exprs(l), c.exprs(r)
	return func(fr *frame) (bool, *rt.BaseException) {
		var a, b [maxTupleCmp]rt.Object
		for i, f := range lf {
			v, e := f(fr)
			if e != nil {
				return false, e
			}
			a[i] = v
		}
		for i, f := range rf {
			v, e := f(fr)
			if e != nil {
				return false, e
			}
			b[i] = v
		}
		for i := range lf {
			if rt.Is(a[i], b[i]) {
				continue
			}
			eq, e := rt.CompareBool(fr.t, rt.CmpEQ, a[i], b[i])
			if e != nil {
				return false, e
			}
			if !eq {
				return negate, nil
			}
		}
		return !negate, nil
	}
}

// compareTest compiles a single comparison `l op r` to a bool when a
// specialised form applies (nil otherwise).
func (c *compiler) compareTest(x *pyast.Compare) func(fr *frame) (bool, *rt.BaseException) {
	if len(x.Ops) != 1 {
		return nil
	}
	l, r := x.Left, x.Comparators[0]
	switch op := x.Ops[0]; op {
	case "is", "is not":
		return c.isTest(l, r, op == "is not")
	case "==", "!=":
		if le, ok := plainTuple(l); ok {
			if re, ok := plainTuple(r); ok && len(le) == len(re) {
				return c.tupleEq(le, re, op == "!=")
			}
		}
	}
	return nil
}

// fixedCall compiles `f(a0, ...)` and `o.m(a0, ...)` with at most three
// positional arguments and no keywords through the runtime's fixed-arity
// entries (no argument slice; an inline cache for the method); nil when
// the call has another shape. Evaluation order is the generic path's:
// callee (or receiver), then arguments left to right, then the call.
func (c *compiler) fixedCall(x *pyast.Call, args []evalFn) evalFn {
	if len(x.Keywords) > 0 || len(args) > 3 {
		return nil
	}
	if attr, ok := x.Func.(*pyast.Attribute); ok {
		if len(args) > 2 {
			return nil
		}
		obj := c.expr(attr.Value)
		name := rt.InternStr(c.mangle(attr.Attr))
		site := new(rt.AttrSite)
		switch len(args) {
		case 0:
			return func(fr *frame) (rt.Object, *rt.BaseException) {
				o, e := obj(fr)
				if e != nil {
					return nil, e
				}
				return rt.CallMethod0Site(fr.t, o, name, site)
			}
		case 1:
			a0 := args[0]
			return func(fr *frame) (rt.Object, *rt.BaseException) {
				o, e := obj(fr)
				if e != nil {
					return nil, e
				}
				v0, e := a0(fr)
				if e != nil {
					return nil, e
				}
				return rt.CallMethod1Site(fr.t, o, name, site, v0)
			}
		}
		a0, a1 := args[0], args[1]
		return func(fr *frame) (rt.Object, *rt.BaseException) {
			o, e := obj(fr)
			if e != nil {
				return nil, e
			}
			v0, e := a0(fr)
			if e != nil {
				return nil, e
			}
			v1, e := a1(fr)
			if e != nil {
				return nil, e
			}
			return rt.CallMethod2Site(fr.t, o, name, site, v0, v1)
		}
	}
	fn := c.expr(x.Func)
	switch len(args) {
	case 0:
		return func(fr *frame) (rt.Object, *rt.BaseException) {
			f, e := fn(fr)
			if e != nil {
				return nil, e
			}
			return rt.Call0(fr.t, f)
		}
	case 1:
		a0 := args[0]
		return func(fr *frame) (rt.Object, *rt.BaseException) {
			f, e := fn(fr)
			if e != nil {
				return nil, e
			}
			v0, e := a0(fr)
			if e != nil {
				return nil, e
			}
			return rt.Call1(fr.t, f, v0)
		}
	case 2:
		a0, a1 := args[0], args[1]
		return func(fr *frame) (rt.Object, *rt.BaseException) {
			f, e := fn(fr)
			if e != nil {
				return nil, e
			}
			v0, e := a0(fr)
			if e != nil {
				return nil, e
			}
			v1, e := a1(fr)
			if e != nil {
				return nil, e
			}
			return rt.Call2(fr.t, f, v0, v1)
		}
	}
	a0, a1, a2 := args[0], args[1], args[2]
	return func(fr *frame) (rt.Object, *rt.BaseException) {
		f, e := fn(fr)
		if e != nil {
			return nil, e
		}
		v0, e := a0(fr)
		if e != nil {
			return nil, e
		}
		v1, e := a1(fr)
		if e != nil {
			return nil, e
		}
		v2, e := a2(fr)
		if e != nil {
			return nil, e
		}
		return rt.Call3(fr.t, f, v0, v1, v2)
	}
}
