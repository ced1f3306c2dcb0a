package runtime

// Runtime support for except* (PEP 654), on the ExceptionGroup methods
// (split, derive) so user subclasses of ExceptionGroup behave as in CPython.

// ExceptStarGroup is what an except* statement matches against: the
// exception itself. A naked (non-group) exception is wrapped in a group
// only by the clause that matches it (ExceptStarSplit), as CPython's
// exception_group_match does.
func ExceptStarGroup(t *Thread, e *BaseException) (*BaseException, *BaseException) {
	return e, nil
}

// wrapNaked is the group ("", (e,)) a matching except* clause gets for a
// naked exception, with e's traceback and chaining.
func wrapNaked(t *Thread, e *BaseException) (*BaseException, *BaseException) {
	typ := ExceptionGroupType
	if !e.IsInstanceOf(ExceptionType) {
		typ = BaseExceptionGroupType
	}
	g, exc := Call2(t, typ, emptyStr, NewTuple(e))
	if exc != nil {
		return nil, exc
	}
	ge := g.(*BaseException)
	ge.tb = append([]TracebackEntry(nil), e.tb...)
	ge.cause, ge.context, ge.suppressContext = e.cause, e.context, e.suppressContext
	return ge, nil
}

// ExceptStarSplit is one except* clause: (the part matching spec, the rest).
func ExceptStarSplit(t *Thread, g *BaseException, spec Object) (*BaseException, *BaseException, *BaseException) {
	if err := checkExceptStarSpec(spec); err != nil {
		return nil, nil, err
	}
	if !g.IsInstanceOf(BaseExceptionGroupType) {
		ok, exc := IsInstance(t, g, spec)
		if exc != nil {
			return nil, nil, exc
		}
		if !ok {
			return nil, g, nil
		}
		m, exc := wrapNaked(t, g)
		return m, nil, exc
	}
	r, exc := CallMethod(t, g, InternStr("split"), []Object{spec}, nil)
	if exc != nil {
		return nil, nil, exc
	}
	pair, ok := r.(*Tuple)
	if !ok || len(pair.items) != 2 {
		return nil, nil, NewError(TypeErrorType, "split must return a 2-tuple")
	}
	m, _ := pair.items[0].(*BaseException)
	rest, _ := pair.items[1].(*BaseException)
	return m, rest, nil
}

func checkExceptStarSpec(spec Object) *BaseException {
	check := func(o Object) *BaseException {
		typ, ok := o.(*Type)
		if !ok || !typ.IsSubtype(BaseExceptionType) {
			return NewError(TypeErrorType, "catching classes that do not inherit from BaseException is not allowed")
		}
		if typ.IsSubtype(BaseExceptionGroupType) {
			return NewError(TypeErrorType, "catching ExceptionGroup with except* is not allowed. Use except instead.")
		}
		return nil
	}
	if tup, ok := spec.(*Tuple); ok {
		for _, it := range tup.items {
			if err := check(it); err != nil {
				return err
			}
		}
		return nil
	}
	return check(spec)
}

// ExceptStarReraise decides what an except* statement raises at its end:
// nothing when every part was handled; the unhandled rest (the original
// exception itself when nothing matched); or a new group of what the
// handlers raised plus the rest.
func ExceptStarReraise(t *Thread, orig, rest *BaseException, raised []*BaseException) *BaseException {
	if len(raised) == 0 {
		if rest == nil {
			return nil
		}
		if rest == orig || (!orig.IsInstanceOf(BaseExceptionGroupType) && rest != nil && groupLeafIs(rest, orig)) {
			return orig
		}
		return rest
	}
	items := make([]Object, 0, len(raised)+1)
	for _, r := range raised {
		items = append(items, r)
	}
	if rest != nil {
		items = append(items, rest)
	}
	if len(items) == 1 {
		return items[0].(*BaseException)
	}
	typ := ExceptionGroupType
	for _, it := range items {
		if !it.(*BaseException).IsInstanceOf(ExceptionType) {
			typ = BaseExceptionGroupType
		}
	}
	g, exc := Call2(t, typ, emptyStr, NewList(items...))
	if exc != nil {
		return exc
	}
	return g.(*BaseException)
}

// groupLeafIs reports whether group g wraps exactly e.
func groupLeafIs(g, e *BaseException) bool {
	if len(g.args.items) < 2 {
		return false
	}
	items, ok := g.args.items[1].(*Tuple)
	if ok {
		return len(items.items) == 1 && items.items[0] == Object(e)
	}
	if l, ok := g.args.items[1].(*List); ok {
		s := l.Snapshot()
		return len(s) == 1 && s[0] == Object(e)
	}
	return false
}
