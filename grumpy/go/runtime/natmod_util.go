package runtime

import "sync"

// Helpers shared by the native standard-library modules (mod_*.go): types
// defined by a module, subclassable Go-struct types, receiver checks and
// argument conversions with CPython's messages.
//
// A native type whose instances are a Go struct (deque, partial, ref, the
// itertools iterators ...) is its own solid base. A user subclass's instance
// is an *Instance whose base holds that struct (as for subclasses of the
// immutable builtins), so it gets an attribute dict and __slots__ for free;
// methods reach the struct through Unwrap.

// newNativeType makes a builtin type that a native module defines. As in
// CPython, its name (used in messages: "'collections.deque' object has no
// attribute 'x'") is the dotted tp_name, while __name__ and __qualname__
// are the bare name ("deque").
func newNativeType(name, module string, base *Type, doc string) *Type {
	if base == nil {
		base = ObjectType
	}
	typ := newBuiltinType(name, base)
	typ.module = module
	if module != "" && module != "builtins" {
		typ.name = module + "." + name
		nativeShortNames.Store(typ, name)
	}
	if doc != "" {
		typ.dict.SetStr("__doc__", NewStr(doc))
	} else {
		typ.dict.SetStr("__doc__", None)
	}
	return typ
}

// nativeTypeName is the C-level tp_name CPython uses in messages for a type
// ("collections.deque"); types made by newNativeType carry it as their name.
func nativeTypeName(typ *Type) string { return typ.name }

// nativeShortNames maps the types made by newNativeType to their bare names.
var nativeShortNames sync.Map

// shortTypeName is _PyType_Name for a type: its __name__, "deque" for
// collections.deque (a class's own name may contain dots and is kept).
func shortTypeName(typ *Type) string {
	if v, ok := nativeShortNames.Load(typ); ok {
		return v.(string)
	}
	return typ.name
}

// nativeWrap returns v for the exact type, or a subclass instance carrying v.
func nativeWrap(cls, exact *Type, v Object) Object {
	if cls == exact {
		return v
	}
	inst := NewInstance(cls)
	inst.base = v
	return inst
}

// nativeNewArgs checks args[0] of a __new__ and returns the class.
func nativeNewArgs(args []Object, exact *Type) (*Type, *BaseException) {
	name := exact.name
	if len(args) == 0 {
		return nil, Errorf(TypeErrorType, "%s.__new__(): not enough arguments", name)
	}
	cls, ok := args[0].(*Type)
	if !ok {
		return nil, Errorf(TypeErrorType, "%s.__new__(X): X is not a type object (%s)", name, TypeOf(args[0]).name)
	}
	if !cls.IsSubtype(exact) {
		return nil, Errorf(TypeErrorType, "%s.__new__(%s): %s is not a subtype of %s", name, cls.name, cls.name, name)
	}
	return cls, nil
}

// nativeSelf extracts the receiver's Go struct for a method of typ.
func nativeSelf[T Object](args []Object, typ *Type, name string) (T, *BaseException) {
	var zero T
	if len(args) > 0 {
		if v, ok := Unwrap(args[0]).(T); ok {
			return v, nil
		}
	}
	if len(args) == 0 {
		return zero, Errorf(TypeErrorType, "unbound method %s.%s() needs an argument", nativeTypeName(typ), name)
	}
	return zero, Errorf(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, nativeTypeName(typ), TypeOf(args[0]).name)
}

// defNativeMethod registers a method whose receiver is the Go struct T.
func defNativeMethod[T Object](typ *Type, name string, fn func(t *Thread, self T, args []Object, kw []*Str) (Object, *BaseException)) {
	DefMethod(typ, name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		self, exc := nativeSelf[T](args, typ, name)
		if exc != nil {
			return nil, exc
		}
		return fn(t, self, args[1:], kw)
	})
}

// defNativeIter gives an iterator type implemented in Go (Iterator) its
// __iter__ and __next__, accepting subclass instances.
func defNativeIter(typ *Type) {
	DefMethod(typ, "__iter__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) != 1 {
			return nil, Errorf(TypeErrorType, "expected 0 arguments, got %d", len(args)-1)
		}
		return args[0], nil
	})
	DefMethod(typ, "__next__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) != 1 {
			return nil, Errorf(TypeErrorType, "expected 0 arguments, got %d", len(args)-1)
		}
		it, ok := Unwrap(args[0]).(Iterator)
		if !ok {
			return nil, Errorf(TypeErrorType, "descriptor '__next__' for '%s' objects doesn't apply to a '%s' object", nativeTypeName(typ), TypeOf(args[0]).name)
		}
		v, exc := it.next(t)
		if v == nil && exc == nil {
			return nil, NewException(StopIterationType)
		}
		return v, exc
	})
}

// nativeFunc adds a function to a native module.
func nativeFunc(m *Module, name string, fn BuiltinFn) *Builtin {
	b := NewBuiltin(name, fn)
	b.module = m.name
	m.dict.SetStr(name, b)
	return b
}

// ssizeArg converts an int (no __index__) to a Go int as PyLong_AsSsize_t:
// "an integer is required" for other types.
func ssizeArg(o Object) (int, *BaseException) {
	i, ok := asIntStrict(o)
	if !ok {
		if in, isInst := o.(*Instance); isInst {
			i, ok = asIntStrict(in.base)
		}
	}
	if !ok {
		return 0, NewError(TypeErrorType, "an integer is required")
	}
	n, ok := i.(Int)
	if !ok {
		return 0, NewError(OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	return int(n), nil
}

// indexArg converts with __index__ (PyNumber_AsSsize_t with OverflowError):
// "'x' object cannot be interpreted as an integer" for other types.
func indexArg(t *Thread, o Object) (int, *BaseException) {
	i, exc := Index(t, o)
	if exc != nil {
		return 0, exc
	}
	n, ok := i.(Int)
	if !ok {
		return 0, Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	return int(n), nil
}

// clampedIndexArg is __index__ clamped to the Go int range (sequence
// indices given as huge ints, _PyEval_SliceIndex).
func clampedIndexArg(t *Thread, o Object) (int, *BaseException) {
	i, exc := indexOrNil(t, o)
	if exc != nil {
		return 0, exc
	}
	if i == nil {
		return 0, NewError(TypeErrorType, "slice indices must be integers or have an __index__ method")
	}
	if n, ok := i.(Int); ok {
		return int(n), nil
	}
	if intSign(i) < 0 {
		return -int(^uint(0) >> 1), nil
	}
	return int(^uint(0) >> 1), nil
}

// kwName returns the keyword names of a builtin call as a Go slice of strings.
func splitKw(args []Object, kw []*Str) (pos []Object, kwv []Object) {
	n := len(args) - len(kw)
	return args[:n], args[n:]
}

// clinicArgs is ParseArgs with the messages of Argument Clinic parsers:
// an unknown keyword is "'x' is an invalid keyword argument for f()".
func clinicArgs(fname string, args []Object, kw []*Str, params []string, out ...*Object) *BaseException {
	for _, k := range kw {
		found := false
		for _, p := range params {
			if p == "$" || p == "/" {
				continue
			}
			if len(p) > 0 && p[len(p)-1] == '?' {
				p = p[:len(p)-1]
			}
			if p == k.s {
				found = true
				break
			}
		}
		if !found {
			return Errorf(TypeErrorType, "'%s' is an invalid keyword argument for %s()", k.s, fname)
		}
	}
	return ParseArgs(fname, args, kw, params, out...)
}

// unpackArgs checks a positional-only argument count with the messages of
// PyArg_UnpackTuple ("f expected at least 2 arguments, got 1").
func unpackArgs(fname string, args []Object, kw []*Str, minN, maxN int) *BaseException {
	if len(kw) > 0 {
		return Errorf(TypeErrorType, "%s() takes no keyword arguments", fname)
	}
	n := len(args)
	if n < minN {
		q := ""
		if minN != maxN {
			q = "at least "
		}
		return Errorf(TypeErrorType, "%s expected %s%d argument%s, got %d", fname, q, minN, plural(minN), n)
	}
	if n > maxN {
		q := ""
		if minN != maxN {
			q = "at most "
		}
		return Errorf(TypeErrorType, "%s expected %s%d argument%s, got %d", fname, q, maxN, plural(maxN), n)
	}
	return nil
}
