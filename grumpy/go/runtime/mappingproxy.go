package runtime

// types.MappingProxyType: a read-only, live view of any mapping. Every
// method forwards to the wrapped mapping, as CPython's descrobject.c does.

// mapping is the object the proxy views.
func (p *MappingProxy) mapping() Object {
	if p.d != nil {
		return p.d
	}
	return p.m
}

// newMappingProxyOf is mappingproxy(m): any object with __getitem__ but a
// list or tuple (CPython's PyMapping_Check plus its exclusions).
func newMappingProxyOf(m Object) (Object, *BaseException) {
	if d, ok := m.(*Dict); ok && d.hdr.typ == nil {
		return &MappingProxy{d: d}, nil
	}
	switch m.(type) {
	case *List, *Tuple:
	default:
		if !TypeOf(m).IsSubtype(ListType) && !TypeOf(m).IsSubtype(TupleType) && TypeOf(m).lookup(strGetitem) != nil {
			return &MappingProxy{m: m}, nil
		}
	}
	return nil, Errorf(TypeErrorType, "mappingproxy() argument must be a mapping, not %s", TypeOf(m).name)
}

func proxySelf(o Object) *MappingProxy { return o.(*MappingProxy) }

func init() {
	T := MappingProxyType
	T.dict.SetStr("__hash__", None)
	DefMethod(T, "__getitem__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("__getitem__", args[1:], kw, 1, 1); exc != nil {
			return nil, exc
		}
		return GetItem(t, proxySelf(args[0]).mapping(), args[1])
	})
	DefMethod(T, "__iter__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return Iter(t, proxySelf(args[0]).mapping())
	})
	DefMethod(T, "__reversed__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return Reversed(t, proxySelf(args[0]).mapping())
	})
	DefMethod(T, "__len__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		n, exc := Len(t, proxySelf(args[0]).mapping())
		if exc != nil {
			return nil, exc
		}
		return MakeInt(int64(n)), nil
	})
	DefMethod(T, "__contains__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("__contains__", args[1:], kw, 1, 1); exc != nil {
			return nil, exc
		}
		b, exc := Contains(t, proxySelf(args[0]).mapping(), args[1])
		return Bool(b), exc
	})
	DefMethod(T, "get", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		var key, dflt Object = nil, None
		if exc := ParseArgs("get", args[1:], kw, []string{"key", "default?", "/"}, &key, &dflt); exc != nil {
			return nil, exc
		}
		return CallMethod(t, proxySelf(args[0]).mapping(), InternStr("get"), []Object{key, dflt}, nil)
	})
	for _, name := range []string{"keys", "values", "items", "copy"} {
		name := InternStr(name)
		DefMethod(T, name.s, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := ArgCount(name.s, args[1:], kw, 0, 0); exc != nil {
				return nil, exc
			}
			return CallMethod(t, proxySelf(args[0]).mapping(), name, nil, nil)
		})
	}
	unproxy := func(o Object) Object {
		if p, ok := o.(*MappingProxy); ok {
			return p.mapping()
		}
		return o
	}
	DefMethod(T, "__or__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("__or__", args[1:], kw, 1, 1); exc != nil {
			return nil, exc
		}
		return Binary(t, OpOr, unproxy(args[0]), unproxy(args[1]))
	})
	DefMethod(T, "__ror__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("__ror__", args[1:], kw, 1, 1); exc != nil {
			return nil, exc
		}
		return Binary(t, OpOr, unproxy(args[1]), unproxy(args[0]))
	})
	DefMethod(T, "__ior__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return nil, NewError(TypeErrorType, "'|=' is not supported by mappingproxy; use '|' instead")
	})
	for op := CmpLT; op <= CmpGE; op++ {
		op := op
		DefMethod(T, cmpNames[op].s, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := ArgCount(cmpNames[op].s, args[1:], kw, 1, 1); exc != nil {
				return nil, exc
			}
			return Compare(t, op, proxySelf(args[0]).mapping(), args[1])
		})
	}
	DefMethod(T, "__repr__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		r, exc := Repr(t, proxySelf(args[0]).mapping())
		if exc != nil {
			return nil, exc
		}
		return NewStr("mappingproxy(" + r.s + ")"), nil
	})
	DefMethod(T, "__str__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return ToStr(t, proxySelf(args[0]).mapping())
	})
	DefClassMethod(T, "__class_getitem__", classGetItem)
}
