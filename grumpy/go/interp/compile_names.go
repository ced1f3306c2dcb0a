package interp

import (
	"grumpy/pyast"
	rt "grumpy/runtime"
)

type storeFn func(fr *frame, v rt.Object) *rt.BaseException

// loadName compiles a name read by its scope classification.
func (c *compiler) loadName(id string) evalFn {
	id = c.mangle(id)
	name := rt.InternStr(id)
	switch c.cur.kindOf(id) {
	case kFast:
		i := c.cur.locals[id]
		return func(fr *frame) (rt.Object, *rt.BaseException) {
			if v := fr.fast[i]; v != nil {
				return v, nil
			}
			return nil, rt.UnboundLocal(id)
		}
	case kCell:
		i := c.cur.cells[id]
		return func(fr *frame) (rt.Object, *rt.BaseException) { return rt.LoadLocalCell(fr.cells[i], id) }
	case kFree:
		i := c.cur.frees[id]
		return func(fr *frame) (rt.Object, *rt.BaseException) { return rt.LoadCell(fr.cells[i], id) }
	case kClassFree:
		i := c.cur.frees[id]
		return func(fr *frame) (rt.Object, *rt.BaseException) {
			if v, e := lookupLocals(fr, name); v != nil || e != nil {
				return v, e
			}
			return rt.LoadCell(fr.cells[i], id)
		}
	case kName:
		site := new(rt.GlobalSite)
		return func(fr *frame) (rt.Object, *rt.BaseException) {
			if v, e := lookupLocals(fr, name); v != nil || e != nil {
				return v, e
			}
			return rt.LoadGlobalSiteExec(fr.t, fr.globals, name, site)
		}
	}
	// One cache per node: a function made once per exec keeps reading the
	// same globals dict, and the cache revalidates on any change to it or
	// to builtins.
	site := new(rt.GlobalSite)
	return func(fr *frame) (rt.Object, *rt.BaseException) {
		return rt.LoadGlobalSiteExec(fr.t, fr.globals, name, site)
	}
}

// lookupLocals reads the frame's locals mapping (nil, nil when absent).
// As LOAD_NAME, a dict subclass (the globals doubling as locals included)
// is read through its __getitem__; an exact dict directly.
func lookupLocals(fr *frame, name *rt.Str) (rt.Object, *rt.BaseException) {
	locals := fr.locals
	switch m := locals.(type) {
	case nil:
		if fr.globals.Type() == rt.DictType {
			return nil, nil
		}
		locals = fr.globals
	case *rt.Dict:
		if m.Type() == rt.DictType {
			if m == fr.globals {
				return nil, nil
			}
			return m.GetItem(fr.t, name)
		}
	}
	v, e := rt.GetItem(fr.t, locals, name)
	if e != nil && e.IsInstanceOf(rt.KeyErrorType) {
		return nil, nil
	}
	return v, e
}

func (c *compiler) storeName(id string) storeFn {
	id = c.mangle(id)
	name := rt.InternStr(id)
	switch c.cur.kindOf(id) {
	case kFast:
		i := c.cur.locals[id]
		return func(fr *frame, v rt.Object) *rt.BaseException { fr.fast[i] = v; return nil }
	case kCell:
		i := c.cur.cells[id]
		return func(fr *frame, v rt.Object) *rt.BaseException { fr.cells[i].Set(v); return nil }
	case kFree:
		i := c.cur.frees[id]
		return func(fr *frame, v rt.Object) *rt.BaseException { fr.cells[i].Set(v); return nil }
	case kName, kClassFree:
		return func(fr *frame, v rt.Object) *rt.BaseException {
			if fr.locals == nil {
				// STORE_NAME into the globals as namespace: a dict
				// subclass's __setitem__ runs, as in CPython.
				if fr.globals.Type() != rt.DictType {
					return rt.SetItem(fr.t, fr.globals, name, v)
				}
				fr.globals.SetItemStr(name, v)
				return nil
			}
			return rt.SetItem(fr.t, fr.locals, name, v)
		}
	}
	return func(fr *frame, v rt.Object) *rt.BaseException { fr.globals.SetItemStr(name, v); return nil }
}

func (c *compiler) deleteName(id string) func(fr *frame) *rt.BaseException {
	id = c.mangle(id)
	name := rt.InternStr(id)
	switch c.cur.kindOf(id) {
	case kFast:
		i := c.cur.locals[id]
		return func(fr *frame) *rt.BaseException {
			if fr.fast[i] == nil {
				return rt.UnboundLocal(id)
			}
			fr.fast[i] = nil
			return nil
		}
	case kCell:
		i := c.cur.cells[id]
		return func(fr *frame) *rt.BaseException { return rt.DelCell(fr.cells[i], id) }
	case kFree:
		i := c.cur.frees[id]
		return func(fr *frame) *rt.BaseException { return rt.DelCell(fr.cells[i], id) }
	case kName, kClassFree:
		return func(fr *frame) *rt.BaseException {
			if fr.locals == nil {
				return rt.DelGlobal(fr.globals, name)
			}
			e := rt.DelItem(fr.t, fr.locals, name)
			if e != nil && e.IsInstanceOf(rt.KeyErrorType) {
				return rt.Errorf(rt.NameErrorType, "name '%s' is not defined", id)
			}
			return e
		}
	}
	return func(fr *frame) *rt.BaseException { return rt.DelGlobal(fr.globals, name) }
}

// target compiles an assignment target.
func (c *compiler) target(e pyast.Expr) storeFn {
	switch x := e.(type) {
	case *pyast.Name:
		return c.storeName(x.Id)
	case *pyast.Attribute:
		return c.attrStore(x)
	case *pyast.Subscript:
		obj, key := c.expr(x.Value), c.expr(x.Slice)
		return func(fr *frame, v rt.Object) *rt.BaseException {
			o, e := obj(fr)
			if e != nil {
				return e
			}
			k, e := key(fr)
			if e != nil {
				return e
			}
			return rt.SetItem(fr.t, o, k, v)
		}
	case *pyast.Tuple:
		return c.unpackTarget(x.Elts)
	case *pyast.List:
		return c.unpackTarget(x.Elts)
	}
	return func(fr *frame, v rt.Object) *rt.BaseException {
		return rt.NewError(rt.SyntaxErrorType, "cannot assign to expression")
	}
}

func (c *compiler) unpackTarget(elts []pyast.Expr) storeFn {
	star := -1
	subs := make([]storeFn, len(elts))
	for i, e := range elts {
		if s, ok := e.(*pyast.Starred); ok {
			star = i
			subs[i] = c.target(s.Value)
		} else {
			subs[i] = c.target(e)
		}
	}
	n := len(elts)
	return func(fr *frame, v rt.Object) *rt.BaseException {
		var items []rt.Object
		var e *rt.BaseException
		if star >= 0 {
			items, e = rt.UnpackEx(fr.t, v, star, n-star-1)
		} else {
			items, e = rt.Unpack(fr.t, v, n)
		}
		if e != nil {
			return e
		}
		for i, s := range subs {
			if e := s(fr, items[i]); e != nil {
				return e
			}
		}
		return nil
	}
}

func (c *compiler) deleteTarget(e pyast.Expr) func(fr *frame) *rt.BaseException {
	switch x := e.(type) {
	case *pyast.Name:
		return c.deleteName(x.Id)
	case *pyast.Attribute:
		obj := c.expr(x.Value)
		name := rt.InternStr(c.mangle(x.Attr))
		return func(fr *frame) *rt.BaseException {
			o, e := obj(fr)
			if e != nil {
				return e
			}
			return rt.DelAttr(fr.t, o, name)
		}
	case *pyast.Subscript:
		obj, key := c.expr(x.Value), c.expr(x.Slice)
		return func(fr *frame) *rt.BaseException {
			o, e := obj(fr)
			if e != nil {
				return e
			}
			k, e := key(fr)
			if e != nil {
				return e
			}
			return rt.DelItem(fr.t, o, k)
		}
	case *pyast.Tuple, *pyast.List:
		var elts []pyast.Expr
		if t, ok := x.(*pyast.Tuple); ok {
			elts = t.Elts
		} else {
			elts = x.(*pyast.List).Elts
		}
		subs := make([]func(fr *frame) *rt.BaseException, len(elts))
		for i, el := range elts {
			subs[i] = c.deleteTarget(el)
		}
		return func(fr *frame) *rt.BaseException {
			for _, s := range subs {
				if e := s(fr); e != nil {
					return e
				}
			}
			return nil
		}
	}
	return func(fr *frame) *rt.BaseException { return rt.NewError(rt.SyntaxErrorType, "cannot delete expression") }
}
