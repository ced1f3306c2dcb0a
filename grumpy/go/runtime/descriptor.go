package runtime

// Property is `property`.
type Property struct {
	hdr                 header
	fget, fset, fdel    Object
	doc                 Object
	name                Object
}

// StaticMethod is `staticmethod`.
type StaticMethod struct {
	fn   Object
	dict *Dict
}

// ClassMethod is `classmethod`.
type ClassMethod struct {
	fn   Object
	dict *Dict
}

// memberDescr is a __slots__ entry: a data descriptor over an instance's slot array.
type memberDescr struct {
	name  string
	owner *Type
	index int
}

var (
	// PropertyType is `property`.
	PropertyType = newBuiltinType("property", ObjectType).solidType()
	// StaticMethodType is `staticmethod`.
	StaticMethodType = newBuiltinType("staticmethod", ObjectType).solidType()
	// ClassMethodType is `classmethod`.
	ClassMethodType = newBuiltinType("classmethod", ObjectType).solidType()
	memberDescrType = finalType(newBuiltinType("member_descriptor", ObjectType))
)

// Type implements Object.
func (p *Property) Type() *Type { return p.hdr.instType(PropertyType) }

// Type implements Object.
func (*StaticMethod) Type() *Type { return StaticMethodType }

// Type implements Object.
func (*ClassMethod) Type() *Type { return ClassMethodType }

// Type implements Object.
func (*memberDescr) Type() *Type { return memberDescrType }

func (p *Property) get(t *Thread, obj Object) (Object, *BaseException) {
	if p.fget == nil || p.fget == None {
		return nil, Errorf(AttributeErrorType, "property %s of '%s' object has no getter", propName(p), TypeOf(obj).name)
	}
	return Call1(t, p.fget, obj)
}

func propName(p *Property) string {
	if s, ok := p.name.(*Str); ok {
		return "'" + s.s + "'"
	}
	return "<unknown>"
}

func (p *Property) set(t *Thread, obj, v Object) *BaseException {
	if v == nil {
		if p.fdel == nil || p.fdel == None {
			return Errorf(AttributeErrorType, "property %s of '%s' object has no deleter", propName(p), TypeOf(obj).name)
		}
		_, exc := Call1(t, p.fdel, obj)
		return exc
	}
	if p.fset == nil || p.fset == None {
		return Errorf(AttributeErrorType, "property %s of '%s' object has no setter", propName(p), TypeOf(obj).name)
	}
	_, exc := Call2(t, p.fset, obj, v)
	return exc
}

func (m *memberDescr) get(t *Thread, obj Object) (Object, *BaseException) {
	inst, ok := obj.(*Instance)
	if !ok || m.index >= len(inst.slots) {
		return nil, Errorf(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", m.name, m.owner.name, TypeOf(obj).name)
	}
	inst.mu.Lock()
	v := inst.slots[m.index]
	inst.mu.Unlock()
	if v == nil {
		return nil, Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", TypeOf(obj).name, m.name)
	}
	return v, nil
}

func (m *memberDescr) set(t *Thread, obj, v Object) *BaseException {
	inst, ok := obj.(*Instance)
	if !ok || m.index >= len(inst.slots) {
		return Errorf(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", m.name, m.owner.name, TypeOf(obj).name)
	}
	inst.mu.Lock()
	old := inst.slots[m.index]
	inst.slots[m.index] = v
	inst.mu.Unlock()
	if v == nil && old == nil {
		return Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", TypeOf(obj).name, m.name)
	}
	return nil
}

func init() {
	DefStatic(PropertyType, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		p := &Property{}
		if typ := args[0].(*Type); typ != PropertyType {
			p.hdr.typ = typ
		}
		return p, nil
	})
	DefMethod(PropertyType, "__init__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		var fget, fset, fdel, doc Object = None, None, None, None
		if exc := ParseArgs("property", args[1:], kw, []string{"fget?", "fset?", "fdel?", "doc?"}, &fget, &fset, &fdel, &doc); exc != nil {
			return nil, exc
		}
		p := args[0].(*Property)
		p.fget, p.fset, p.fdel, p.doc = fget, fset, fdel, doc
		if doc == None && fget != None {
			if d, exc := GetAttr(t, fget, strDoc); exc == nil {
				p.doc = d
			}
		}
		if fget != None {
			if n, exc := GetAttr(t, fget, strName); exc == nil {
				p.name = n
			}
		}
		return None, nil
	})
	clone := func(which int) BuiltinFn {
		return func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if len(args) != 2 {
				return nil, NewError(TypeErrorType, "expected 1 argument")
			}
			p := args[0].(*Property)
			q := &Property{hdr: p.hdr, fget: p.fget, fset: p.fset, fdel: p.fdel, doc: p.doc, name: p.name}
			switch which {
			case 0:
				q.fget = args[1]
			case 1:
				q.fset = args[1]
			case 2:
				q.fdel = args[1]
			}
			return q, nil
		}
	}
	DefMethod(PropertyType, "getter", clone(0))
	DefMethod(PropertyType, "setter", clone(1))
	DefMethod(PropertyType, "deleter", clone(2))
	DefMethod(PropertyType, "__get__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) < 2 || args[1] == None {
			return args[0], nil
		}
		return args[0].(*Property).get(t, args[1])
	})
	DefMethod(PropertyType, "__set__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return None, args[0].(*Property).set(t, args[1], args[2])
	})
	DefMethod(PropertyType, "__delete__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return None, args[0].(*Property).set(t, args[1], nil)
	})
	for _, f := range []string{"fget", "fset", "fdel"} {
		f := f
		PropertyType.dict.SetStr(f, &Property{fget: &Builtin{name: f, fn: func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			p := args[0].(*Property)
			v := map[string]Object{"fget": p.fget, "fset": p.fset, "fdel": p.fdel}[f]
			if v == nil {
				v = None
			}
			return v, nil
		}}})
	}
	PropertyType.dict.SetStr("__doc__", &Property{fget: &Builtin{name: "__doc__", fn: func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if p, ok := args[0].(*Property); ok && p.doc != nil {
			return p.doc, nil
		}
		return None, nil
	}}})

	DefStatic(StaticMethodType, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) != 2 {
			return nil, Errorf(TypeErrorType, "staticmethod expected 1 argument, got %d", len(args)-1)
		}
		return &StaticMethod{fn: args[1]}, nil
	})
	DefStatic(ClassMethodType, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) != 2 {
			return nil, Errorf(TypeErrorType, "classmethod expected 1 argument, got %d", len(args)-1)
		}
		return &ClassMethod{fn: args[1]}, nil
	})
	DefMethod(StaticMethodType, "__get__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return args[0].(*StaticMethod).fn, nil
	})
	DefMethod(ClassMethodType, "__get__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		owner := args[len(args)-1]
		if len(args) == 2 || owner == None {
			owner = TypeOf(args[1])
		}
		return NewMethod(args[0].(*ClassMethod).fn, owner), nil
	})
	for _, typ := range []*Type{StaticMethodType, ClassMethodType} {
		DefMethod(typ, "__func__", nil)
		typ.dict.SetStr("__func__", &Property{fget: &Builtin{name: "__func__", fn: func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			switch v := args[0].(type) {
			case *StaticMethod:
				return v.fn, nil
			case *ClassMethod:
				return v.fn, nil
			}
			return None, nil
		}}})
	}
	DefMethod(StaticMethodType, "__call__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return Call(t, args[0].(*StaticMethod).fn, args[1:], kw)
	})
}
