package runtime

// makeRaisable turns the operand of `raise` (a class or an instance) into an
// exception instance, as CPython's do_raise.
func makeRaisable(t *Thread, o Object, extra ...Object) (*BaseException, *BaseException) {
	switch v := o.(type) {
	case *BaseException:
		return v, nil
	case *Type:
		if !v.IsSubtype(BaseExceptionType) {
			break
		}
		r, exc := Call(t, v, extra, nil)
		if exc != nil {
			return nil, exc
		}
		e, ok := r.(*BaseException)
		if !ok {
			// CPython's do_raise: both %R.
			cr, exc := Repr(t, v)
			if exc != nil {
				return nil, exc
			}
			tr, exc := Repr(t, TypeOf(r))
			if exc != nil {
				return nil, exc
			}
			return nil, Errorf(TypeErrorType, "calling %s should have returned an instance of BaseException, not %s", cr.s, tr.s)
		}
		return e, nil
	}
	return nil, NewError(TypeErrorType, "exceptions must derive from BaseException")
}

// Raise implements `raise exc [from cause]`: it returns the exception to
// propagate, with __context__ set from the exception being handled.
func Raise(t *Thread, o Object, cause Object) *BaseException {
	e, exc := makeRaisable(t, o)
	if exc != nil {
		return withContext(t, exc)
	}
	if cause != nil {
		if cause == None {
			e.cause = nil
		} else {
			c, exc := makeRaisable(t, cause)
			if exc != nil {
				if exc.IsInstanceOf(TypeErrorType) {
					return withContext(t, NewError(TypeErrorType, "exception causes must derive from BaseException"))
				}
				return exc
			}
			e.cause = c
		}
		e.suppressContext = true
	}
	return withContext(t, e)
}

// withContext chains the exception being handled as e.__context__, breaking
// cycles as CPython does.
func withContext(t *Thread, e *BaseException) *BaseException {
	h := t.Handled()
	if h == nil || h == e {
		return e
	}
	// Avoid creating a cycle in the context chain, without hanging on a
	// cycle already there (a slow pointer at half speed, as CPython).
	slow, toggle := h, false
	for o := h; o.context != nil; {
		if o.context == e {
			o.context = nil
			break
		}
		o = o.context
		if o == slow {
			break
		}
		if toggle {
			slow = slow.context
		}
		toggle = !toggle
	}
	e.context = h
	return e
}

// Reraise is a bare `raise`: the exception being handled, its traceback kept.
func Reraise(t *Thread) *BaseException {
	h := t.Handled()
	if h == nil {
		return NewError(RuntimeErrorType, "No active exception to reraise")
	}
	return h
}

// ExcMatch reports whether e matches an except clause's class or tuple of
// classes, with CPython's TypeError for a non-class.
func ExcMatch(t *Thread, e *BaseException, spec Object) (bool, *BaseException) {
	switch v := spec.(type) {
	case *Type:
		if !v.IsSubtype(BaseExceptionType) {
			break
		}
		return e.typ.IsSubtype(v), nil
	case *Tuple:
		// Every entry must be an exception class, matched or not.
		for _, it := range v.items {
			if ty, ok := it.(*Type); !ok || !ty.IsSubtype(BaseExceptionType) {
				return false, NewError(TypeErrorType, "catching classes that do not inherit from BaseException is not allowed")
			}
		}
		for _, it := range v.items {
			ok, exc := ExcMatch(t, e, it)
			if exc != nil || ok {
				return ok, exc
			}
		}
		return false, nil
	}
	return false, NewError(TypeErrorType, "catching classes that do not inherit from BaseException is not allowed")
}

// ContextFor sets e's __context__ from the handled exception when e is
// raised implicitly inside an except block (a runtime error, not `raise`).
func ContextFor(t *Thread, e *BaseException) *BaseException {
	if e.context == nil && !e.suppressContext {
		return withContext(t, e)
	}
	return e
}
