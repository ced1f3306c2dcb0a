package runtime

import "sync"

// Helpers shared by the container types (list, tuple, dict, set) and the
// iteration builtins.

// reprGuard tracks, per thread, the containers whose repr is in progress
// (CPython's Py_ReprEnter/Py_ReprLeave), so a self-containing list prints
// "[...]" instead of recursing forever.
var reprGuard struct {
	mu sync.Mutex
	m  map[*Thread][]Object
}

// reprEnter marks o as being repr'd by t; it returns false when o already
// is (a recursive repr), in which case reprLeave must not be called.
func reprEnter(t *Thread, o Object) bool {
	reprGuard.mu.Lock()
	defer reprGuard.mu.Unlock()
	if reprGuard.m == nil {
		reprGuard.m = map[*Thread][]Object{}
	}
	active := reprGuard.m[t]
	for _, a := range active {
		if a == o {
			return false
		}
	}
	reprGuard.m[t] = append(active, o)
	return true
}

// reprLeave undoes a successful reprEnter.
func reprLeave(t *Thread, o Object) {
	reprGuard.mu.Lock()
	defer reprGuard.mu.Unlock()
	active := reprGuard.m[t]
	for i := len(active) - 1; i >= 0; i-- {
		if active[i] == o {
			active = append(active[:i], active[i+1:]...)
			break
		}
	}
	if len(active) == 0 {
		delete(reprGuard.m, t)
	} else {
		reprGuard.m[t] = active
	}
}

// richEq is PyObject_RichCompareBool(a, b, Py_EQ): identity implies
// equality, then ==, then truth of the result.
func richEq(t *Thread, a, b Object) (bool, *BaseException) {
	if Is(a, b) {
		return true, nil
	}
	switch x := a.(type) {
	case Int:
		if y, ok := b.(Int); ok {
			return x == y, nil
		}
	case *Str:
		if y, ok := b.(*Str); ok {
			return x.s == y.s, nil
		}
	}
	r, exc := Compare(t, CmpEQ, a, b)
	if exc != nil {
		return false, exc
	}
	if bv, ok := r.(Bool); ok {
		return bool(bv), nil
	}
	return IsTrue(t, r)
}

// richLt is PyObject_RichCompareBool(a, b, Py_LT).
func richLt(t *Thread, a, b Object) (bool, *BaseException) {
	switch x := a.(type) {
	case Int:
		if y, ok := b.(Int); ok {
			return x < y, nil
		}
	case *Str:
		if y, ok := b.(*Str); ok {
			return x.s < y.s, nil
		}
	case Float:
		if y, ok := b.(Float); ok {
			return x < y, nil
		}
	}
	r, exc := Compare(t, CmpLT, a, b)
	if exc != nil {
		return false, exc
	}
	if bv, ok := r.(Bool); ok {
		return bool(bv), nil
	}
	return IsTrue(t, r)
}

// methArgs checks the positional-only arguments of a builtin method (self
// excluded), with CPython's messages: qual is the qualified name used by
// METH_O/METH_NOARGS errors ("list.append"), short the bare name used by
// the argument-count errors ("insert").
func methArgs(qual, short string, args []Object, kw []*Str, minN, maxN int) *BaseException {
	if len(kw) > 0 {
		return Errorf(TypeErrorType, "%s() takes no keyword arguments", qual)
	}
	n := len(args)
	if n >= minN && n <= maxN {
		return nil
	}
	switch {
	case minN == 0 && maxN == 0:
		return Errorf(TypeErrorType, "%s() takes no arguments (%d given)", qual, n)
	case minN == 1 && maxN == 1:
		return Errorf(TypeErrorType, "%s() takes exactly one argument (%d given)", qual, n)
	case minN == maxN:
		return Errorf(TypeErrorType, "%s expected %d arguments, got %d", short, minN, n)
	case n < minN:
		return Errorf(TypeErrorType, "%s expected at least %d argument%s, got %d", short, minN, plural(minN), n)
	}
	return Errorf(TypeErrorType, "%s expected at most %d argument%s, got %d", short, maxN, plural(maxN), n)
}

// descrSelfError is the TypeError for calling an unbound method on the wrong
// kind of object (list.append(1, 2)).
func descrSelfError(name string, typ *Type, args []Object) *BaseException {
	if len(args) == 0 {
		return Errorf(TypeErrorType, "unbound method %s.%s() needs an argument", typ.name, name)
	}
	return Errorf(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, typ.name, TypeOf(args[0]).name)
}

// kwOnlyArgs binds keyword-only arguments of a builtin that takes no
// positionals beyond npos (sorted's key/reverse, min's key/default ...).
// names lists the accepted keywords; out receives them in order (nil when
// absent). The error for an unknown keyword is CPython's "'x' is an invalid
// keyword argument for f()".
func kwOnlyArgs(fname string, args []Object, kw []*Str, names []string) ([]Object, []Object, *BaseException) {
	npos := len(args) - len(kw)
	out := make([]Object, len(names))
	for i, k := range kw {
		found := false
		for j, n := range names {
			if k.s == n {
				out[j] = args[npos+i]
				found = true
				break
			}
		}
		if !found {
			return nil, nil, Errorf(TypeErrorType, "'%s' is an invalid keyword argument for %s()", k.s, fname)
		}
	}
	return args[:npos], out, nil
}
