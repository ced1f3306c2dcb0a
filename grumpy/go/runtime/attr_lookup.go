package runtime

// LookupAttr is CPython's _PyObject_LookupAttr: o's attribute name, or
// (nil, nil) when it is missing (an AttributeError); other errors
// propagate.
//
// getattr(o, name, default) and hasattr(o, name) throw the AttributeError of
// a missing attribute away, so building it (the formatted message, the
// name/obj fields) is wasted work; asyncio's Task.__step does
// `getattr(result, '_asyncio_future_blocking', None)` on every step, where
// the result of a bare `yield` is None. For an object that goes through
// object.__getattribute__ (no __getattribute__ override) and whose class has
// no __getattr__, a missing attribute is reported without making the
// exception, as CPython's generic lookup does; everything else takes
// GetAttr's path and drops the AttributeError afterwards.
func LookupAttr(t *Thread, o Object, name *Str) (Object, *BaseException) {
	switch v := o.(type) {
	case *Module, *Type, *Super:
		return lookupAttrSlow(t, o, name)
	case *Method:
		if _, ok := v.Fn.(*Builtin); !ok {
			return lookupAttrSlow(t, o, name)
		}
	}
	typ := TypeOf(o)
	if typ.customGetattribute() {
		return lookupAttrSlow(t, o, name)
	}
	r, exc := genericGetAttr(t, o, typ, name)
	if r == nil && exc == nil {
		ga := typ.lookup(strGetattr)
		if ga == nil {
			return nil, nil
		}
		r, exc = callSpecialMethod(t, ga, o, typ, []Object{name}, nil)
	} else if exc != nil && exc.IsInstanceOf(AttributeErrorType) {
		if ga := typ.lookup(strGetattr); ga != nil {
			r, exc = callSpecialMethod(t, ga, o, typ, []Object{name}, nil)
		}
	}
	if exc != nil {
		if exc.IsInstanceOf(AttributeErrorType) {
			return nil, nil
		}
		return nil, exc
	}
	return r, nil
}

// lookupAttrSlow is LookupAttr through GetAttr.
func lookupAttrSlow(t *Thread, o Object, name *Str) (Object, *BaseException) {
	r, exc := GetAttr(t, o, name)
	if exc != nil {
		if exc.IsInstanceOf(AttributeErrorType) {
			return nil, nil
		}
		return nil, exc
	}
	return r, nil
}
