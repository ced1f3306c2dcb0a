package runtime

// types.UnionType's operations that can fail or call back into Python:
// `|` deduplicating generic aliases by ==, subscription substituting the
// type variables, and __module__ (unionobject.c).

// unionOfT is `a | b` (union_or / _Py_union_type_or): the flattened
// arguments without duplicates, found by identity, or by == between two
// generic aliases (whose errors propagate); NotImplemented for operands
// that are not unionable.
func unionOfT(t *Thread, a, b Object) (Object, *BaseException) {
	if !isUnionable(a) || !isUnionable(b) {
		return NotImplemented, nil
	}
	var flat []Object
	for _, o := range []Object{a, b} {
		if u, ok := Unwrap(o).(*UnionType); ok {
			flat = append(flat, u.args...)
			continue
		}
		if o == None {
			o = NoneTypeType
		}
		flat = append(flat, o)
	}
	var args []Object
	for _, o := range flat {
		dup := false
		for _, x := range args {
			if x == o {
				dup = true
				break
			}
			if _, ok := gaSelf(x); !ok {
				continue
			}
			if _, ok := gaSelf(o); !ok {
				continue
			}
			r, exc := Eq(t, o, x)
			if exc != nil {
				return nil, exc
			}
			if dup, exc = IsTrue(t, r); exc != nil {
				return nil, exc
			}
			if dup {
				break
			}
		}
		if !dup {
			args = append(args, o)
		}
	}
	if len(args) == 1 {
		return args[0], nil
	}
	return &UnionType{args: args}, nil
}

// unionSubscript is union_getitem: (list[T] | int)[str] substitutes the
// type variables and or-s the results together again.
func unionSubscript(t *Thread, self Object, u *UnionType, item Object) (Object, *BaseException) {
	params, exc := typingParameters(t, u.args)
	if exc != nil {
		return nil, exc
	}
	argitems, exc := substItems(t, self, params, item)
	if exc != nil {
		return nil, exc
	}
	newargs, exc := typingSubstArgs(t, u.args, params.items, argitems)
	if exc != nil {
		return nil, exc
	}
	if len(newargs) == 0 {
		return &UnionType{}, nil
	}
	res := newargs[0]
	for _, a := range newargs[1:] {
		if res, exc = Binary(t, OpOr, res, a); exc != nil {
			return nil, exc
		}
	}
	return res, nil
}

func init() {
	U := UnionTypeType
	DefMethod(U, "__getitem__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		u, exc := unionSelf(args, "__getitem__")
		if exc != nil {
			return nil, exc
		}
		if exc := ArgCount("__getitem__", args[1:], kw, 1, 1); exc != nil {
			return nil, exc
		}
		return unionSubscript(t, args[0], u, args[1])
	})
	// union_getattro answers __module__ from the type: 'types'.
	defGetSet(U, "__module__", func(t *Thread, o Object) (Object, *BaseException) {
		return NewStr(UnionTypeType.module), nil
	}, nil)
}
