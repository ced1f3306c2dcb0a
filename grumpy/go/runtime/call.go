package runtime

// Call calls f(*args) with the trailing len(kwnames) args passed by keyword.
// This is the generic entry; Call0..Call3 are the allocation-free ones the
// compiler emits for calls with few positional arguments.
func Call(t *Thread, f Object, args []Object, kwnames []*Str) (Object, *BaseException) {
	switch fn := f.(type) {
	case *Function:
		return fn.call(t, fn, args, kwnames)
	case *Builtin:
		return fn.fn(t, args, kwnames)
	case *Method:
		nargs := make([]Object, len(args)+1)
		nargs[0] = fn.Self
		copy(nargs[1:], args)
		return Call(t, fn.Fn, nargs, kwnames)
	case *Type:
		return typeCall(t, fn, args, kwnames)
	}
	call := TypeOf(f).lookup(strCall)
	if call == nil {
		return nil, Errorf(TypeErrorType, "'%s' object is not callable", TypeOf(f).name)
	}
	if _, ok := call.(*Function); ok {
		return callSpecialMethod(t, call, f, TypeOf(f), args, kwnames)
	}
	// __call__ is a builtin or another callable object (possibly an
	// instance of this very class): count the level.
	if exc := t.Enter(recCall); exc != nil {
		return nil, exc
	}
	r, exc := callSpecialMethod(t, call, f, TypeOf(f), args, kwnames)
	t.Leave()
	return r, exc
}

// CallOff is Call(t, f, args[1:], kwnames) for generated call sites that
// pass their arguments with one free leading element: a bound method's self
// or a new instance (for __init__) goes there instead of into a new slice.
// The callee may overwrite args[0]; the caller never reads it.
func CallOff(t *Thread, f Object, args []Object, kwnames []*Str) (Object, *BaseException) {
	switch fn := f.(type) {
	case *Method:
		if g, ok := fn.Fn.(*Function); ok {
			args[0] = fn.Self
			return g.call(t, g, args, kwnames)
		}
	case *Type:
		if TypeOf(fn) == TypeType {
			return typeCallSlot(t, fn, args[1:], args, kwnames)
		}
	}
	return Call(t, f, args[1:], kwnames)
}

// callSpecialMethod calls a special method found on self's type as
// CPython's slot functions do: a plain function gets self prepended (no
// bound method is made); anything else is bound by the descriptor
// protocol, so an attribute without __get__ — `__call__ = dict`, as
// typing's _TypedDictMeta has — is called without self.
func callSpecialMethod(t *Thread, m, self Object, typ *Type, args []Object, kwnames []*Str) (Object, *BaseException) {
	switch fn := m.(type) {
	case *Function:
		nargs := make([]Object, len(args)+1)
		nargs[0] = self
		copy(nargs[1:], args)
		return fn.call(t, fn, nargs, kwnames)
	case *Builtin:
		if fn.method {
			nargs := make([]Object, len(args)+1)
			nargs[0] = self
			copy(nargs[1:], args)
			return fn.fn(t, nargs, kwnames)
		}
	}
	bound, exc := descrGet(t, m, self, typ)
	if exc != nil {
		return nil, exc
	}
	return Call(t, bound, args, kwnames)
}

// Call0 calls f().
func Call0(t *Thread, f Object) (Object, *BaseException) {
	if fn, ok := f.(*Function); ok && fn.fast0 != nil {
		return fn.fast0(t, fn)
	}
	return Call(t, f, nil, nil)
}

// Call1 calls f(a).
func Call1(t *Thread, f Object, a Object) (Object, *BaseException) {
	switch fn := f.(type) {
	case *Function:
		if fn.fast1 != nil {
			return fn.fast1(t, fn, a)
		}
	case *Method:
		if g, ok := fn.Fn.(*Function); ok && g.fast2 != nil {
			return g.fast2(t, g, fn.Self, a)
		}
	case *Builtin:
		if fn.fastSelf != nil && !fn.method {
			return fn.fastSelf(t, a)
		}
	case *Type:
		// str(x) of exact builtin scalars: the result is fixed by x's own
		// (unreplaceable) __str__, so skip the type call machinery.
		if fn == StrType {
			switch a.(type) {
			case Int, *Str, Float, Bool:
				return ToStr(t, a)
			}
		}
	}
	return Call(t, f, []Object{a}, nil)
}

// Call2 calls f(a, b).
func Call2(t *Thread, f Object, a, b Object) (Object, *BaseException) {
	switch fn := f.(type) {
	case *Function:
		if fn.fast2 != nil {
			return fn.fast2(t, fn, a, b)
		}
	case *Method:
		if g, ok := fn.Fn.(*Function); ok && g.fast3 != nil {
			return g.fast3(t, g, fn.Self, a, b)
		}
	case *Builtin:
		if fn.fastSelf1 != nil && !fn.method {
			return fn.fastSelf1(t, a, b)
		}
	}
	return Call(t, f, []Object{a, b}, nil)
}

// Call3 calls f(a, b, c).
func Call3(t *Thread, f Object, a, b, c Object) (Object, *BaseException) {
	if fn, ok := f.(*Function); ok && fn.fast3 != nil {
		return fn.fast3(t, fn, a, b, c)
	}
	return Call(t, f, []Object{a, b, c}, nil)
}

// CallMethod calls o.name(*args) without materialising a bound method when
// the attribute is a plain function found on the type (CPython's LOAD_METHOD).
func CallMethod(t *Thread, o Object, name *Str, args []Object, kwnames []*Str) (Object, *BaseException) {
	typ := TypeOf(o)
	if m := typ.lookup(name); m != nil && !typ.customGetattribute() && !isType(o) && !shadowedByInstance(o, name) {
		switch fn := m.(type) {
		case *Function:
			{
				{
					switch len(args) {
					case 0:
						if fn.fast1 != nil && kwnames == nil {
							return fn.fast1(t, fn, o)
						}
					case 1:
						if fn.fast2 != nil && kwnames == nil {
							return fn.fast2(t, fn, o, args[0])
						}
					case 2:
						if fn.fast3 != nil && kwnames == nil {
							return fn.fast3(t, fn, o, args[0], args[1])
						}
					}
					nargs := make([]Object, len(args)+1)
					nargs[0] = o
					copy(nargs[1:], args)
					return fn.call(t, fn, nargs, kwnames)
				}
			}
		case *Builtin:
			if fn.method {
				if _, isT := o.(*Type); !isT {
					nargs := make([]Object, len(args)+1)
					nargs[0] = o
					copy(nargs[1:], args)
					return fn.fn(t, nargs, kwnames)
				}
			}
		}
	}
	f, exc := GetAttr(t, o, name)
	if exc != nil {
		return nil, exc
	}
	return Call(t, f, args, kwnames)
}

func isType(o Object) bool { _, ok := o.(*Type); return ok }

// shadowedByInstance reports whether o's own attribute dict (an instance's
// or a module's) holds name, which then wins over a method on the type.
func shadowedByInstance(o Object, name *Str) bool {
	d := dictOf(o)
	return d != nil && d.getStr(name) != nil
}

// CallKw is the form generated for calls with * or ** unpacking: positional
// arguments as one slice and keywords as a dict.
func CallKw(t *Thread, f Object, args []Object, kw *Dict) (Object, *BaseException) {
	if kw == nil || kw.Len() == 0 {
		return Call(t, f, args, nil)
	}
	keys, vals := kw.Items()
	all := make([]Object, 0, len(args)+len(keys))
	all = append(all, args...)
	names := make([]*Str, len(keys))
	for i, k := range keys {
		s, ok := Unwrap(k).(*Str) // str subclasses name keywords too
		if !ok {
			return nil, NewError(TypeErrorType, "keywords must be strings")
		}
		names[i] = s
	}
	all = append(all, vals...)
	return Call(t, f, all, names)
}

// funcName is how CPython names a function in argument errors.
func funcName(fn *Function) string { return fn.qualname.s }

// BindArgs binds a generic call to a function's parameters, filling out
// (len(code.ArgNames)) in parameter order, with defaults, *args as a tuple and
// **kwargs as a dict. Error messages match CPython's.
func BindArgs(t *Thread, fn *Function, args []Object, kwnames []*Str, out []Object) *BaseException {
	c := fn.Code
	npos := len(args) - len(kwnames)
	nparams := c.ArgCount
	// Too many positionals is reported after the keywords are bound, as
	// CPython does: f(1, x=2) on `def f()` is about the keyword x.
	tooMany := npos > nparams && !c.VarArgs
	n := min(npos, nparams)
	copy(out, args[:n])
	idx := nparams + c.KwOnlyCount
	var kwdict *Dict
	if c.VarArgs {
		extra := []Object(nil)
		if npos > nparams {
			extra = append(extra, args[nparams:npos]...)
		}
		out[idx] = NewTuple(extra...)
		idx++
	}
	if c.VarKw {
		kwdict = NewDict()
		out[idx] = kwdict
	}
	for i, name := range kwnames {
		v := args[npos+i]
		pos := -1
		for j := c.PosOnly; j < nparams+c.KwOnlyCount; j++ {
			if c.ArgNames[j] == name.s {
				pos = j
				break
			}
		}
		if pos < 0 {
			if kwdict != nil {
				kwdict.SetItemStr(name, v)
				continue
			}
			if names := posOnlyPassedAsKeyword(c, kwnames); names != "" {
				return Errorf(TypeErrorType, "%s() got some positional-only arguments passed as keyword arguments: '%s'", funcName(fn), names)
			}
			return Errorf(TypeErrorType, "%s() got an unexpected keyword argument '%s'", funcName(fn), name.s)
		}
		if out[pos] != nil {
			return Errorf(TypeErrorType, "%s() got multiple values for argument '%s'", funcName(fn), name.s)
		}
		out[pos] = v
	}
	if tooMany {
		return tooManyPositional(fn, npos, len(kwnames) > 0, args, kwnames)
	}
	// Defaults for missing positionals.
	ndef := len(fn.Defaults)
	var missing []string
	for j := n; j < nparams; j++ {
		if out[j] == nil {
			if d := j - (nparams - ndef); d >= 0 {
				out[j] = fn.Defaults[d]
			} else {
				missing = append(missing, c.ArgNames[j])
			}
		}
	}
	if missing != nil {
		return missingArgs(fn, missing, "positional")
	}
	for j := nparams; j < nparams+c.KwOnlyCount; j++ {
		if out[j] == nil {
			if fn.KwDefaults != nil {
				if v := fn.KwDefaults.getStr(NewStr(c.ArgNames[j])); v != nil {
					out[j] = v
					continue
				}
			}
			missing = append(missing, c.ArgNames[j])
		}
	}
	if missing != nil {
		return missingArgs(fn, missing, "keyword-only")
	}
	return nil
}

func missingArgs(fn *Function, names []string, kind string) *BaseException {
	s := ""
	for i, n := range names {
		switch {
		case i == 0:
		case i == len(names)-1 && len(names) == 2:
			s += " and "
		case i == len(names)-1:
			s += ", and "
		default:
			s += ", "
		}
		s += "'" + n + "'"
	}
	plural := "argument"
	if len(names) > 1 {
		plural = "arguments"
	}
	return Errorf(TypeErrorType, "%s() missing %d required %s %s: %s", funcName(fn), len(names), kind, plural, s)
}

func tooManyPositional(fn *Function, given int, hasKw bool, args []Object, kwnames []*Str) *BaseException {
	c := fn.Code
	ndef := len(fn.Defaults)
	var takes string
	if ndef > 0 {
		takes = sprintf("from %d to %d positional arguments", c.ArgCount-ndef, c.ArgCount)
	} else if c.ArgCount == 1 {
		takes = "1 positional argument"
	} else {
		takes = sprintf("%d positional arguments", c.ArgCount)
	}
	kwonlyGiven := 0
	for _, k := range kwnames {
		for j := c.ArgCount; j < c.ArgCount+c.KwOnlyCount; j++ {
			if c.ArgNames[j] == k.s {
				kwonlyGiven++
			}
		}
	}
	was := "were"
	if given == 1 {
		was = "was"
	}
	if kwonlyGiven > 0 {
		plural := "argument"
		if kwonlyGiven > 1 {
			plural = "arguments"
		}
		return Errorf(TypeErrorType, "%s() takes %s but %d positional %s (and %d keyword-only %s) were given",
			funcName(fn), takes, given, map[bool]string{true: "argument", false: "arguments"}[given == 1], kwonlyGiven, plural)
	}
	return Errorf(TypeErrorType, "%s() takes %s but %d %s given", funcName(fn), takes, given, was)
}
