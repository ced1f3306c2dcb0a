package runtime

import "strings"

// types.GenericAlias (list[int]) and types.UnionType (int | None): reprs,
// __origin__/__args__/__parameters__, equality and hashing, calling the
// origin, substitution of type variables, attribute forwarding to the
// origin, and the isinstance()/issubclass() refusal, as CPython 3.11's
// genericaliasobject.c and unionobject.c.

// gaSelf returns the GenericAlias behind o (a subclass instance, such as
// collections.abc's _CallableGenericAlias, wraps one).
func gaSelf(o Object) (*GenericAlias, bool) {
	ga, ok := Unwrap(o).(*GenericAlias)
	return ga, ok
}

// lookupAttrOpt is _PyObject_LookupAttr: the attribute, or nil when it is
// missing (AttributeError); other errors propagate.
func lookupAttrOpt(t *Thread, o Object, name string) (Object, *BaseException) {
	r, exc := GetAttr(t, o, InternStr(name))
	if exc != nil {
		if exc.IsInstanceOf(AttributeErrorType) {
			return nil, nil
		}
		return nil, exc
	}
	return r, nil
}

// typingReprItem is ga_repr_item / union_repr_item: "..." for Ellipsis,
// repr() of alias-like objects, module.qualname for classes (without the
// module for builtins), repr() otherwise.
func typingReprItem(t *Thread, p Object) (string, *BaseException) {
	if p == Ellipsis {
		return "...", nil
	}
	if _, ok := p.(*Type); !ok {
		if o, exc := lookupAttrOpt(t, p, "__origin__"); exc != nil {
			return "", exc
		} else if o != nil {
			a, exc := lookupAttrOpt(t, p, "__args__")
			if exc != nil {
				return "", exc
			}
			if a != nil {
				return typingRepr(t, p)
			}
		}
	}
	q, exc := lookupAttrOpt(t, p, "__qualname__")
	if exc != nil {
		return "", exc
	}
	if q == nil {
		return typingRepr(t, p)
	}
	m, exc := lookupAttrOpt(t, p, "__module__")
	if exc != nil {
		return "", exc
	}
	if m == nil || m == None {
		return typingRepr(t, p)
	}
	qs, exc := ToStr(t, q)
	if exc != nil {
		return "", exc
	}
	if ms, ok := m.(*Str); ok && ms.s == "builtins" {
		return qs.s, nil
	}
	ms, exc := ToStr(t, m)
	if exc != nil {
		return "", exc
	}
	return ms.s + "." + qs.s, nil
}

func typingRepr(t *Thread, p Object) (string, *BaseException) {
	r, exc := Repr(t, p)
	if exc != nil {
		return "", exc
	}
	return r.s, nil
}

func gaRepr(t *Thread, ga *GenericAlias) (string, *BaseException) {
	var b strings.Builder
	if ga.starred {
		b.WriteByte('*')
	}
	s, exc := typingReprItem(t, ga.origin)
	if exc != nil {
		return "", exc
	}
	b.WriteString(s)
	b.WriteByte('[')
	if len(ga.args.items) == 0 {
		b.WriteString("()")
	}
	for i, a := range ga.args.items {
		if i > 0 {
			b.WriteString(", ")
		}
		s, exc := typingReprItem(t, a)
		if exc != nil {
			return "", exc
		}
		b.WriteString(s)
	}
	b.WriteByte(']')
	return b.String(), nil
}

// typingParameters is _Py_make_parameters: the type variables among args
// (objects with __typing_subst__) and those of nested aliases, in order,
// without duplicates.
func typingParameters(t *Thread, args []Object) (*Tuple, *BaseException) {
	var params []Object
	add := func(p Object) {
		for _, q := range params {
			if q == p {
				return
			}
		}
		params = append(params, p)
	}
	for _, a := range args {
		if _, ok := a.(*Type); ok {
			continue
		}
		subst, exc := lookupAttrOpt(t, a, "__typing_subst__")
		if exc != nil {
			return nil, exc
		}
		if subst != nil {
			add(a)
			continue
		}
		sub, exc := lookupAttrOpt(t, a, "__parameters__")
		if exc != nil {
			return nil, exc
		}
		if tup, ok := sub.(*Tuple); ok {
			for _, p := range tup.items {
				add(p)
			}
		}
	}
	return NewTuple(params...), nil
}

// gaSubscript is ga_getitem (_Py_subs_parameters without ParamSpec and
// TypeVarTuple support): list[T][int] -> list[int].
func gaSubscript(t *Thread, self Object, ga *GenericAlias, item Object) (Object, *BaseException) {
	params, exc := ga.parameters(t)
	if exc != nil {
		return nil, exc
	}
	argitems, exc := substItems(t, self, params, item)
	if exc != nil {
		return nil, exc
	}
	newargs, exc := typingSubstArgs(t, ga.args.items, params.items, argitems)
	if exc != nil {
		return nil, exc
	}
	return &GenericAlias{origin: ga.origin, args: NewTuple(newargs...), starred: ga.starred}, nil
}

// typingSubstArgs replaces the type variables params by argitems in args,
// recursing into aliases with parameters of their own (subs_tvars).
func typingSubstArgs(t *Thread, args, params, argitems []Object) ([]Object, *BaseException) {
	index := func(p Object) int {
		for i, q := range params {
			if q == p {
				return i
			}
		}
		return -1
	}
	out := make([]Object, 0, len(args))
	for _, a := range args {
		if _, ok := a.(*Type); ok {
			out = append(out, a)
			continue
		}
		subst, exc := lookupAttrOpt(t, a, "__typing_subst__")
		if exc != nil {
			return nil, exc
		}
		if subst != nil {
			if i := index(a); i >= 0 {
				v, exc := Call1(t, subst, argitems[i])
				if exc != nil {
					return nil, exc
				}
				out = append(out, v)
				continue
			}
		}
		sub, exc := lookupAttrOpt(t, a, "__parameters__")
		if exc != nil {
			return nil, exc
		}
		if tup, ok := sub.(*Tuple); ok && len(tup.items) > 0 {
			subargs := make([]Object, len(tup.items))
			for k, p := range tup.items {
				subargs[k] = p
				if i := index(p); i >= 0 {
					subargs[k] = argitems[i]
				}
			}
			v, exc := GetItem(t, a, NewTuple(subargs...))
			if exc != nil {
				return nil, exc
			}
			out = append(out, v)
			continue
		}
		out = append(out, a)
	}
	return out, nil
}

func (ga *GenericAlias) parameters(t *Thread) (*Tuple, *BaseException) {
	if p := ga.params.Load(); p != nil {
		return p, nil
	}
	p, exc := typingParameters(t, ga.args.items)
	if exc != nil {
		return nil, exc
	}
	ga.params.Store(p)
	return p, nil
}

// isUnionable is is_unionable: None, classes, generic aliases and unions.
func isUnionable(o Object) bool {
	if o == None {
		return true
	}
	switch Unwrap(o).(type) {
	case *Type, *GenericAlias, *UnionType:
		return true
	}
	return false
}

// gaAttrExceptions are the attributes a GenericAlias answers itself; all
// others are looked up on its origin (ga_getattro).
var gaAttrExceptions = map[string]bool{
	"__class__": true, "__origin__": true, "__args__": true, "__unpacked__": true,
	"__parameters__": true, "__typing_unpacked_tuple_args__": true, "__mro_entries__": true,
	"__reduce_ex__": true, "__reduce__": true, "__copy__": true, "__deepcopy__": true,
}

func unionSelf(args []Object, name string) (*UnionType, *BaseException) {
	u, ok := Unwrap(args[0]).(*UnionType)
	if !ok {
		return nil, Errorf(TypeErrorType, "descriptor '%s' requires a 'types.UnionType' object but received a '%s'", name, TypeOf(args[0]).name)
	}
	return u, nil
}

func init() {
	G := GenericAliasType
	// tp_name is dotted ('types.GenericAlias' in messages), __name__ is not.
	G.module, G.name = "types", "types.GenericAlias"
	UnionTypeType.module, UnionTypeType.name = "types", "types.UnionType"
	nativeShortNames.Store(G, "GenericAlias")
	nativeShortNames.Store(UnionTypeType, "UnionType")
	DefStatic(UnionTypeType, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return nil, NewError(TypeErrorType, "cannot create 'types.UnionType' instances")
	})
	DefStatic(G, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := NoKwargs("GenericAlias", kw); exc != nil {
			return nil, exc
		}
		if len(args) != 3 {
			return nil, Errorf(TypeErrorType, "GenericAlias expected 2 arguments, got %d", len(args)-1)
		}
		cls, ok := args[0].(*Type)
		if !ok || !cls.IsSubtype(G) {
			return nil, NewError(TypeErrorType, "GenericAlias.__new__(X): X is not a type object")
		}
		ga := NewGenericAlias(args[1], args[2])
		if cls == G {
			return ga, nil
		}
		in := NewInstance(cls)
		in.base = ga
		return in, nil
	})
	gaMethod := func(name string, fn func(t *Thread, self Object, ga *GenericAlias, args []Object) (Object, *BaseException)) {
		DefMethod(G, name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			ga, ok := gaSelf(args[0])
			if !ok {
				return nil, Errorf(TypeErrorType, "descriptor '%s' requires a 'types.GenericAlias' object but received a '%s'", name, TypeOf(args[0]).name)
			}
			return fn(t, args[0], ga, args[1:])
		})
	}
	gaGet := func(name string, fn func(t *Thread, ga *GenericAlias) (Object, *BaseException)) {
		defMember(G, name, func(t *Thread, o Object) (Object, *BaseException) {
			ga, _ := gaSelf(o)
			return fn(t, ga)
		})
	}
	gaGet("__origin__", func(t *Thread, ga *GenericAlias) (Object, *BaseException) { return ga.origin, nil })
	gaGet("__args__", func(t *Thread, ga *GenericAlias) (Object, *BaseException) { return ga.args, nil })
	gaGet("__unpacked__", func(t *Thread, ga *GenericAlias) (Object, *BaseException) { return Bool(ga.starred), nil })
	defGetSet(G, "__parameters__", func(t *Thread, o Object) (Object, *BaseException) {
		ga, _ := gaSelf(o)
		return ga.parameters(t)
	}, nil)
	defGetSet(G, "__typing_unpacked_tuple_args__", func(t *Thread, o Object) (Object, *BaseException) {
		ga, _ := gaSelf(o)
		if ga.starred && ga.origin == TupleType {
			return ga.args, nil
		}
		return None, nil
	}, nil)
	gaMethod("__repr__", func(t *Thread, self Object, ga *GenericAlias, args []Object) (Object, *BaseException) {
		s, exc := gaRepr(t, ga)
		if exc != nil {
			return nil, exc
		}
		return NewStr(s), nil
	})
	DefMethod(G, "__call__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		ga, ok := gaSelf(args[0])
		if !ok {
			return nil, Errorf(TypeErrorType, "descriptor '__call__' requires a 'types.GenericAlias' object but received a '%s'", TypeOf(args[0]).name)
		}
		obj, exc := Call(t, ga.origin, args[1:], kw)
		if exc != nil {
			return nil, exc
		}
		if exc := SetAttr(t, obj, InternStr("__orig_class__"), args[0]); exc != nil {
			if !exc.IsInstanceOf(AttributeErrorType) && !exc.IsInstanceOf(TypeErrorType) {
				return nil, exc
			}
		}
		return obj, nil
	})
	DefMethod(G, "__getattr__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		ga, ok := gaSelf(args[0])
		name, isStr := args[1].(*Str)
		if !isStr {
			return nil, Errorf(TypeErrorType, "attribute name must be string, not '%s'", TypeOf(args[1]).name)
		}
		if !ok || gaAttrExceptions[name.s] {
			return nil, attrError(args[0], name)
		}
		return GetAttr(t, ga.origin, name)
	})
	gaMethod("__mro_entries__", func(t *Thread, self Object, ga *GenericAlias, args []Object) (Object, *BaseException) {
		if len(args) != 1 {
			return nil, Errorf(TypeErrorType, "__mro_entries__() takes exactly one argument (%d given)", len(args))
		}
		return NewTuple(ga.origin), nil
	})
	gaMethod("__instancecheck__", func(t *Thread, self Object, ga *GenericAlias, args []Object) (Object, *BaseException) {
		return nil, NewError(TypeErrorType, "isinstance() argument 2 cannot be a parameterized generic")
	})
	gaMethod("__subclasscheck__", func(t *Thread, self Object, ga *GenericAlias, args []Object) (Object, *BaseException) {
		return nil, NewError(TypeErrorType, "issubclass() argument 2 cannot be a parameterized generic")
	})
	gaMethod("__reduce__", func(t *Thread, self Object, ga *GenericAlias, args []Object) (Object, *BaseException) {
		return NewTuple(TypeOf(self), NewTuple(ga.origin, ga.args)), nil
	})
	gaMethod("__getitem__", func(t *Thread, self Object, ga *GenericAlias, args []Object) (Object, *BaseException) {
		if len(args) != 1 {
			return nil, Errorf(TypeErrorType, "expected 1 argument, got %d", len(args))
		}
		return gaSubscript(t, self, ga, args[0])
	})
	gaEq := func(t *Thread, a *GenericAlias, o Object) (Object, *BaseException) {
		b, ok := gaSelf(o)
		if !ok {
			return NotImplemented, nil
		}
		if a.starred != b.starred {
			return False, nil
		}
		r, exc := Eq(t, a.origin, b.origin)
		if exc != nil {
			return nil, exc
		}
		if eq, exc := IsTrue(t, r); exc != nil || !eq {
			return False, exc
		}
		return Eq(t, a.args, b.args)
	}
	gaMethod("__eq__", func(t *Thread, self Object, ga *GenericAlias, args []Object) (Object, *BaseException) {
		return gaEq(t, ga, args[0])
	})
	gaMethod("__ne__", func(t *Thread, self Object, ga *GenericAlias, args []Object) (Object, *BaseException) {
		r, exc := gaEq(t, ga, args[0])
		if exc != nil || r == NotImplemented {
			return r, exc
		}
		eq, exc := IsTrue(t, r)
		return Bool(!eq), exc
	})
	gaMethod("__hash__", func(t *Thread, self Object, ga *GenericAlias, args []Object) (Object, *BaseException) {
		h0, exc := Hash(t, ga.origin)
		if exc != nil {
			return nil, exc
		}
		h1, exc := Hash(t, ga.args)
		if exc != nil {
			return nil, exc
		}
		h := h0 ^ h1
		if h == -1 {
			h = -2
		}
		return MakeInt(h), nil
	})
	gaMethod("__or__", func(t *Thread, self Object, ga *GenericAlias, args []Object) (Object, *BaseException) {
		return unionOfT(t, self, args[0])
	})
	gaMethod("__ror__", func(t *Thread, self Object, ga *GenericAlias, args []Object) (Object, *BaseException) {
		return unionOfT(t, args[0], self)
	})

	U := UnionTypeType
	DefMethod(U, "__repr__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		u, exc := unionSelf(args, "__repr__")
		if exc != nil {
			return nil, exc
		}
		var b strings.Builder
		for i, a := range u.args {
			if i > 0 {
				b.WriteString(" | ")
			}
			if a == NoneTypeType {
				b.WriteString("None")
				continue
			}
			if _, ok := gaSelf(a); ok {
				s, exc := typingRepr(t, a)
				if exc != nil {
					return nil, exc
				}
				b.WriteString(s)
				continue
			}
			s, exc := typingReprItem(t, a)
			if exc != nil {
				return nil, exc
			}
			b.WriteString(s)
		}
		return NewStr(b.String()), nil
	})
	defMember(U, "__args__", func(t *Thread, o Object) (Object, *BaseException) {
		u, _ := Unwrap(o).(*UnionType)
		return NewTuple(u.args...), nil
	})
	defGetSet(U, "__parameters__", func(t *Thread, o Object) (Object, *BaseException) {
		u, _ := Unwrap(o).(*UnionType)
		return typingParameters(t, u.args)
	}, nil)
	DefMethod(U, "__or__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return unionOfT(t, args[0], args[1])
	})
	DefMethod(U, "__ror__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return unionOfT(t, args[1], args[0])
	})
	// Unions compare as sets of their arguments.
	unionEq := func(t *Thread, args []Object) (Object, *BaseException) {
		a, exc := unionSelf(args, "__eq__")
		if exc != nil {
			return nil, exc
		}
		b, ok := Unwrap(args[1]).(*UnionType)
		if !ok {
			return NotImplemented, nil
		}
		sa, sb := NewFrozenSet(), NewFrozenSet()
		for _, x := range a.args {
			if exc := sa.Add(t, x); exc != nil {
				return nil, exc
			}
		}
		for _, x := range b.args {
			if exc := sb.Add(t, x); exc != nil {
				return nil, exc
			}
		}
		return Eq(t, sa, sb)
	}
	DefMethod(U, "__eq__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return unionEq(t, args)
	})
	DefMethod(U, "__ne__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		r, exc := unionEq(t, args)
		if exc != nil || r == NotImplemented {
			return r, exc
		}
		eq, exc := IsTrue(t, r)
		return Bool(!eq), exc
	})
	DefMethod(U, "__hash__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		u, exc := unionSelf(args, "__hash__")
		if exc != nil {
			return nil, exc
		}
		s := NewFrozenSet()
		for _, x := range u.args {
			if exc := s.Add(t, x); exc != nil {
				return nil, exc
			}
		}
		h, exc := Hash(t, s)
		if exc != nil {
			return nil, exc
		}
		return MakeInt(h), nil
	})
}

// substItems checks a subscript of a generic alias or union against its
// type parameters (_Py_subs_parameters' errors) and returns the arguments
// it substitutes for them.
func substItems(t *Thread, self Object, params *Tuple, item Object) ([]Object, *BaseException) {
	if len(params.items) == 0 {
		r, exc := Repr(t, self)
		if exc != nil {
			return nil, exc
		}
		return nil, Errorf(TypeErrorType, "%s is not a generic class", r.s)
	}
	argitems := []Object{item}
	if tup, ok := item.(*Tuple); ok {
		argitems = tup.items
	}
	if len(argitems) != len(params.items) {
		r, exc := Repr(t, self)
		if exc != nil {
			return nil, exc
		}
		many := "many"
		if len(argitems) < len(params.items) {
			many = "few"
		}
		return nil, Errorf(TypeErrorType, "Too %s arguments for %s; actual %d, expected %d", many, r.s, len(argitems), len(params.items))
	}
	return argitems, nil
}
