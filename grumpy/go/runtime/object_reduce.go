package runtime

// object.__reduce_ex__, object.__reduce__ and object.__getstate__: the
// copyreg protocol as CPython 3.11's typeobject.c implements it
// (reduce_newobj, _PyObject_GetNewArguments, object_getstate_default).

var objectGetstate Object

func initObjectReduce() {
	DefMethod(ObjectType, "__reduce_ex__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(kw) > 0 {
			return nil, NewError(TypeErrorType, "object.__reduce_ex__() takes no keyword arguments")
		}
		if len(args) != 2 {
			return nil, Errorf(TypeErrorType, "object.__reduce_ex__() takes exactly one argument (%d given)", len(args)-1)
		}
		proto, exc := IndexInt(t, args[1], "protocol")
		if exc != nil {
			if exc.IsInstanceOf(TypeErrorType) {
				return nil, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeOf(args[1]).name)
			}
			return nil, exc
		}
		return objectReduceEx(t, args[0], proto)
	})
	DefMethod(ObjectType, "__reduce__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) > 1 || len(kw) > 0 {
			return nil, Errorf(TypeErrorType, "object.__reduce__() takes no arguments (%d given)", len(args)+len(kw)-1)
		}
		return objectCommonReduce(t, args[0], 0)
	})
	objectReduce = ObjectType.dict.GetStr("__reduce__")
	DefMethod(ObjectType, "__getstate__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) > 1 || len(kw) > 0 {
			return nil, Errorf(TypeErrorType, "object.__getstate__() takes no arguments (%d given)", len(args)+len(kw)-1)
		}
		return objectGetStateDefault(t, args[0], false)
	})
	objectGetstate = ObjectType.dict.GetStr("__getstate__")
}

var (
	strReduce        = InternStr("__reduce__")
	strGetstate      = InternStr("__getstate__")
	strGetnewargs    = InternStr("__getnewargs__")
	strGetnewargsEx  = InternStr("__getnewargs_ex__")
	strSlotnames     = InternStr("__slotnames__")
	strReduceItems   = InternStr("items")
	strCopyregModule = "copyreg"
)

// objectReduceEx is object.__reduce_ex__(proto): a __reduce__ overridden
// by the class wins, else the copyreg protocol.
func objectReduceEx(t *Thread, o Object, proto int) (Object, *BaseException) {
	if r := TypeOf(o).lookup(strReduce); r != nil && r != objectReduce {
		reduce, exc := GetAttr(t, o, strReduce)
		if exc != nil {
			return nil, exc
		}
		return Call(t, reduce, nil, nil)
	}
	return objectCommonReduce(t, o, proto)
}

// objectCommonReduce is _common_reduce: reduce_newobj for protocol 2 and
// up, copyreg._reduce_ex below.
func objectCommonReduce(t *Thread, o Object, proto int) (Object, *BaseException) {
	if proto >= 2 {
		return reduceNewobj(t, o)
	}
	if m, exc := ImportModule(t, strCopyregModule); exc == nil {
		if f, exc := GetAttr(t, m, NewStr("_reduce_ex")); exc == nil {
			return Call(t, f, []Object{o, MakeInt(int64(proto))}, nil)
		}
	}
	return reduceExNative(t, o)
}

// lookupSpecial is _PyObject_LookupSpecial: name on the type (not the
// instance, no __getattr__), bound to o; nil when absent.
func lookupSpecial(t *Thread, o Object, name *Str) (Object, *BaseException) {
	typ := TypeOf(o)
	d := typ.lookup(name)
	if d == nil {
		return nil, nil
	}
	return descrGet(t, d, o, typ)
}

// getNewArguments is _PyObject_GetNewArguments: __getnewargs_ex__, else
// __getnewargs__; args nil when the object has neither.
func getNewArguments(t *Thread, o Object) (args *Tuple, kwargs *Dict, exc *BaseException) {
	f, exc := lookupSpecial(t, o, strGetnewargsEx)
	if exc != nil {
		return nil, nil, exc
	}
	if f != nil {
		r, exc := Call(t, f, nil, nil)
		if exc != nil {
			return nil, nil, exc
		}
		tup, ok := r.(*Tuple)
		if !ok {
			return nil, nil, Errorf(TypeErrorType, "__getnewargs_ex__ should return a tuple, not '%s'", TypeOf(r).name)
		}
		if len(tup.items) != 2 {
			return nil, nil, Errorf(ValueErrorType, "__getnewargs_ex__ should return a tuple of length 2, not %d", len(tup.items))
		}
		a, ok := tup.items[0].(*Tuple)
		if !ok {
			return nil, nil, Errorf(TypeErrorType, "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'", TypeOf(tup.items[0]).name)
		}
		k, ok := tup.items[1].(*Dict)
		if !ok {
			return nil, nil, Errorf(TypeErrorType, "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'", TypeOf(tup.items[1]).name)
		}
		return a, k, nil
	}
	f, exc = lookupSpecial(t, o, strGetnewargs)
	if exc != nil {
		return nil, nil, exc
	}
	if f != nil {
		r, exc := Call(t, f, nil, nil)
		if exc != nil {
			return nil, nil, exc
		}
		tup, ok := r.(*Tuple)
		if !ok {
			return nil, nil, Errorf(TypeErrorType, "__getnewargs__ should return a tuple, not '%s'", TypeOf(r).name)
		}
		return tup, nil, nil
	}
	return nil, nil, nil
}

// reduceNewobj is reduce_newobj: (copyreg.__newobj__, (cls, *args), state,
// listitems, dictitems), or copyreg.__newobj_ex__ with keyword arguments.
func reduceNewobj(t *Thread, o Object) (Object, *BaseException) {
	typ := TypeOf(o)
	args, kwargs, exc := getNewArguments(t, o)
	if exc != nil {
		return nil, exc
	}
	var newobj, newargs Object
	if kwargs == nil || kwargs.Len() == 0 {
		newobj = copyregFunc(t, "__newobj__")
		items := []Object{typ}
		if args != nil {
			items = append(items, args.items...)
		}
		newargs = NewTuple(items...)
	} else {
		newobj = copyregFunc(t, "__newobj_ex__")
		newargs = NewTuple(typ, args, kwargs)
	}
	_, isList := o.(*List)
	_, isDict := o.(*Dict)
	state, exc := objectGetStateCall(t, o, !(args != nil || isList || isDict))
	if exc != nil {
		return nil, exc
	}
	var listitems, dictitems Object = None, None
	if isList {
		if listitems, exc = Iter(t, o); exc != nil {
			return nil, exc
		}
	}
	if isDict {
		items, exc := CallMethod(t, o, strReduceItems, nil, nil)
		if exc != nil {
			return nil, exc
		}
		if dictitems, exc = Iter(t, items); exc != nil {
			return nil, exc
		}
	}
	return NewTuple(newobj, newargs, state, listitems, dictitems), nil
}

// objectGetStateCall is object_getstate: o.__getstate__(), the default one
// told whether the state is required.
func objectGetStateCall(t *Thread, o Object, required bool) (Object, *BaseException) {
	gs, exc := GetAttr(t, o, strGetstate)
	if exc != nil {
		return nil, exc
	}
	if m, ok := gs.(*Method); ok && m.Fn == objectGetstate && m.Self == o {
		return objectGetStateDefault(t, o, required)
	}
	return Call(t, gs, nil, nil)
}

// objectGetStateDefault is object_getstate_default: the instance dict (None
// when empty), paired with a dict of the set __slots__ values.
func objectGetStateDefault(t *Thread, o Object, required bool) (Object, *BaseException) {
	// CPython refuses an object whose C struct holds more than a dict,
	// weak references and slots (tp_basicsize): here any object of a type
	// written in Go (not an *Instance) whose state nothing else recreates.
	if _, inst := o.(*Instance); required && !inst {
		if _, isType := o.(*Type); !isType {
			return nil, Errorf(TypeErrorType, "cannot pickle '%s' object", TypeOf(o).name)
		}
	}
	var state Object = None
	if _, isType := o.(*Type); !isType {
		if d := dictOf(o); d != nil && d.Len() > 0 {
			state = d
		}
	}
	names, exc := typeSlotNames(t, TypeOf(o))
	if exc != nil {
		return nil, exc
	}
	if names == nil || names.Len() == 0 {
		return state, nil
	}
	slots := NewDict()
	n := names.Len()
	for i := 0; i < names.Len(); i++ {
		name := names.items[i]
		ns, ok := name.(*Str)
		if !ok {
			if in, ok2 := name.(*Instance); ok2 {
				ns, ok = in.base.(*Str)
			}
		}
		if ok {
			v, exc := GetAttr(t, o, ns)
			if exc != nil {
				if !exc.IsInstanceOf(AttributeErrorType) {
					return nil, exc
				}
			} else if exc := slots.SetItem(t, name, v); exc != nil {
				return nil, exc
			}
		}
		if names.Len() != n {
			return nil, NewError(RuntimeErrorType, "__slotsname__ changed size during iteration")
		}
	}
	if slots.Len() > 0 {
		return NewTuple(state, slots), nil
	}
	return state, nil
}

// typeSlotNames is _PyType_GetSlotNames: cls.__slotnames__ from the class's
// own dict, else copyreg._slotnames(cls) (which caches it there).
func typeSlotNames(t *Thread, typ *Type) (*List, *BaseException) {
	if v := typ.dict.getStr(strSlotnames); v != nil {
		if v == None {
			return nil, nil
		}
		l, ok := v.(*List)
		if !ok {
			return nil, Errorf(TypeErrorType, "%s.__slotnames__ should be a list or None, not %s", typ.name, TypeOf(v).name)
		}
		return l, nil
	}
	if typ.builtin {
		return nil, nil
	}
	m, exc := ImportModule(t, strCopyregModule)
	if exc != nil {
		return nativeSlotNames(typ), nil
	}
	f, exc := GetAttr(t, m, NewStr("_slotnames"))
	if exc != nil {
		return nativeSlotNames(typ), nil
	}
	r, exc := Call(t, f, []Object{typ}, nil)
	if exc != nil {
		return nil, exc
	}
	if r == None {
		return nil, nil
	}
	l, ok := r.(*List)
	if !ok {
		return nil, NewError(TypeErrorType, "copyreg._slotnames didn't return a list or None")
	}
	return l, nil
}

// nativeSlotNames lists the __slots__ members along the MRO (for programs
// without copyreg).
func nativeSlotNames(typ *Type) *List {
	var names []Object
	for _, m := range typ.mro {
		if m.builtin {
			continue
		}
		_, vals := m.dict.Items()
		for _, v := range vals {
			if md, ok := v.(*memberDescr); ok && md.owner == m {
				names = append(names, NewStr(md.name))
			}
		}
	}
	return NewList(names...)
}

// reduceExNative is copyreg._reduce_ex for programs without copyreg.
func reduceExNative(t *Thread, o Object) (Object, *BaseException) {
	typ := TypeOf(o)
	base := typ
	for base != nil && !base.builtin {
		if len(base.bases) == 0 {
			break
		}
		base = base.bases[0]
	}
	if base == typ && base != ObjectType {
		return nil, Errorf(TypeErrorType, "cannot pickle '%s' object", typ.name)
	}
	var bstate Object = None
	if base != ObjectType {
		bstate = Unwrap(o)
	}
	state, exc := objectGetStateCall(t, o, false)
	if exc != nil {
		return nil, exc
	}
	args := NewTuple(typ, base, bstate)
	if b, _ := IsTrue(t, state); !b {
		return NewTuple(copyregFunc(t, "_reconstructor"), args), nil
	}
	return NewTuple(copyregFunc(t, "_reconstructor"), args, state), nil
}
