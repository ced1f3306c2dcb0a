package runtime

// Property is `property`.
type Property struct {
	hdr              header
	fget, fset, fdel Object
	doc              Object
	name             Object
	getterDoc        bool // doc came from fget.__doc__ (property_copy reuses it)
}

// StaticMethod is `staticmethod` (see descr_methods.go). fn is nil until
// __init__ runs; typ is set for instances of subclasses; dict holds the
// attributes __init__ copies from fn (functools.wraps-style).
type StaticMethod struct {
	fn   Object
	dict *Dict
	typ  *Type
}

// ClassMethod is `classmethod` (see descr_methods.go); fields as StaticMethod.
type ClassMethod struct {
	fn   Object
	dict *Dict
	typ  *Type
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
func (s *StaticMethod) Type() *Type {
	if s.typ != nil {
		return s.typ
	}
	return StaticMethodType
}

// Type implements Object.
func (c *ClassMethod) Type() *Type {
	if c.typ != nil {
		return c.typ
	}
	return ClassMethodType
}

// Type implements Object.
func (*memberDescr) Type() *Type { return memberDescrType }

// isAbstractMethod is getattr(f, "__isabstractmethod__", False) as a bool.
func isAbstractMethod(t *Thread, f Object) (bool, *BaseException) {
	if f == nil || f == None {
		return false, nil
	}
	v, exc := GetAttr(t, f, InternStr("__isabstractmethod__"))
	if exc != nil {
		if exc.IsInstanceOf(AttributeErrorType) {
			return false, nil
		}
		return false, exc
	}
	return IsTrue(t, v)
}

func (p *Property) get(t *Thread, obj Object) (Object, *BaseException) {
	if p.fget == nil || p.fget == None {
		return nil, p.missing(t, obj, "getter")
	}
	return Call1(t, p.fget, obj)
}

// missing is the AttributeError for an absent getter/setter/deleter.
func (p *Property) missing(t *Thread, obj Object, what string) *BaseException {
	if p.name != nil && p.name != None {
		r, exc := Repr(t, p.name)
		if exc != nil {
			return exc
		}
		return Errorf(AttributeErrorType, "property %s of '%s' object has no %s", r.s, TypeOf(obj).qualname, what)
	}
	return Errorf(AttributeErrorType, "property of '%s' object has no %s", TypeOf(obj).qualname, what)
}

func (p *Property) set(t *Thread, obj, v Object) *BaseException {
	if v == nil {
		if p.fdel == nil || p.fdel == None {
			return p.missing(t, obj, "deleter")
		}
		_, exc := Call1(t, p.fdel, obj)
		return exc
	}
	if p.fset == nil || p.fset == None {
		return p.missing(t, obj, "setter")
	}
	_, exc := Call2(t, p.fset, obj, v)
	return exc
}

func (m *memberDescr) get(t *Thread, obj Object) (Object, *BaseException) {
	inst, ok := obj.(*Instance)
	var v Object
	if !ok || m.index >= len(inst.slots) {
		var handled bool
		if v, handled = headerSlotGet(m, obj); !handled {
			return nil, Errorf(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", m.name, m.owner.name, TypeOf(obj).name)
		}
	} else {
		inst.mu.Lock()
		v = inst.slots[m.index]
		inst.mu.Unlock()
	}
	if v == nil {
		return nil, Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", TypeOf(obj).name, m.name)
	}
	return v, nil
}

func (m *memberDescr) set(t *Thread, obj, v Object) *BaseException {
	inst, ok := obj.(*Instance)
	var old Object
	if !ok || m.index >= len(inst.slots) {
		var handled bool
		if old, handled = headerSlotSet(m, obj, v); !handled {
			return Errorf(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", m.name, m.owner.name, TypeOf(obj).name)
		}
	} else {
		inst.mu.Lock()
		old = inst.slots[m.index]
		inst.slots[m.index] = v
		inst.mu.Unlock()
	}
	if v == nil && old == nil {
		return NewError(AttributeErrorType, m.name)
	}
	return nil
}

func init() {
	DefStatic(PropertyType, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		p := &Property{}
		if typ := args[0].(*Type); typ != PropertyType {
			p.hdr.typ = typ
			if typ.hasDict {
				p.hdr.dict = NewDict()
			}
		}
		return p, nil
	})
	DefMethod(PropertyType, "__init__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		var fget, fset, fdel, doc Object = None, None, None, None
		if exc := ParseArgs("property", args[1:], kw, []string{"fget?", "fset?", "fdel?", "doc?"}, &fget, &fset, &fdel, &doc); exc != nil {
			return nil, exc
		}
		p := args[0].(*Property)
		// CPython 3.11's property_init: a doc given is kept; else the
		// getter's __doc__ is used, stored on a subclass instance as its
		// __doc__ attribute (the subclass's own __doc__ would shadow it).
		p.fget, p.fset, p.fdel, p.doc = fget, fset, fdel, doc
		if doc == None {
			p.doc = nil
		}
		p.getterDoc = false
		if doc == None && fget != None {
			d, exc := GetAttr(t, fget, strDoc)
			if exc != nil {
				if !exc.IsInstanceOf(AttributeErrorType) {
					return nil, exc
				}
				return None, nil
			}
			if TypeOf(p) == PropertyType {
				p.doc = d
			} else if exc := SetAttr(t, p, strDoc, d); exc != nil {
				return nil, exc
			}
			p.getterDoc = true
		}
		return None, nil
	})
	DefMethod(PropertyType, "__set_name__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := NoKwargs("__set_name__", kw); exc != nil {
			return nil, exc
		}
		if len(args) != 3 {
			return nil, Errorf(TypeErrorType, "__set_name__() takes 2 positional arguments but %d were given", len(args)-1)
		}
		args[0].(*Property).name = args[2]
		return None, nil
	})
	defGetSet(PropertyType, "__isabstractmethod__", func(t *Thread, o Object) (Object, *BaseException) {
		p := o.(*Property)
		for _, f := range []Object{p.fget, p.fset, p.fdel} {
			if b, exc := isAbstractMethod(t, f); exc != nil || b {
				return Bool(b), exc
			}
		}
		return False, nil
	}, nil)
	// clone is property_copy: type(self)(fget, fset, fdel, doc), where
	// doc is None when it came from the getter and the getter is replaced
	// (so __init__ takes the new getter's).
	clone := func(which int, name string) BuiltinFn {
		return func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := ArgCount("property."+name, args[1:], kw, 1, 1); exc != nil {
				return nil, exc
			}
			p, ok := args[0].(*Property)
			if !ok {
				return nil, descrSelfError(name, PropertyType, args)
			}
			fs := []Object{p.fget, p.fset, p.fdel}
			for i, f := range fs {
				if f == nil {
					fs[i] = None
				}
			}
			fs[which] = args[1]
			var doc Object = None
			if !(p.getterDoc && fs[0] != None) && p.doc != nil {
				doc = p.doc
			}
			q, exc := Call(t, TypeOf(p), []Object{fs[0], fs[1], fs[2], doc}, nil)
			if exc != nil {
				return nil, exc
			}
			if qp, ok := q.(*Property); ok {
				qp.name = p.name
			}
			return q, nil
		}
	}
	DefMethod(PropertyType, "getter", clone(0, "getter"))
	DefMethod(PropertyType, "setter", clone(1, "setter"))
	DefMethod(PropertyType, "deleter", clone(2, "deleter"))
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
	// fget, fset and fdel are read-only members ("readonly attribute").
	for i, f := range []string{"fget", "fset", "fdel"} {
		i := i
		defMember(PropertyType, f, func(t *Thread, o Object) (Object, *BaseException) {
			p := o.(*Property)
			v := [3]Object{p.fget, p.fset, p.fdel}[i]
			if v == nil {
				v = None
			}
			return v, nil
		})
	}
	// __doc__ is a writable member (prop_doc), as in CPython 3.11.
	defGetSet(PropertyType, "__doc__", func(t *Thread, o Object) (Object, *BaseException) {
		if p, ok := o.(*Property); ok && p.doc != nil {
			return p.doc, nil
		}
		return None, nil
	}, func(t *Thread, o, v Object) *BaseException {
		if p, ok := o.(*Property); ok {
			p.doc = v
		}
		return nil
	})

	initDescrMethods()
	// member_descriptor covers slots (*memberDescr) and read-only members of
	// builtin types (*getSetDescr with member set).
	memberInfo := func(o Object) (string, *Type) {
		if g, ok := o.(*getSetDescr); ok {
			return g.name, g.owner
		}
		m := o.(*memberDescr)
		return m.name, m.owner
	}
	DefMethod(memberDescrType, "__repr__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		name, owner := memberInfo(args[0])
		return NewStr("<member '" + name + "' of '" + owner.name + "' objects>"), nil
	})
	DefMethod(memberDescrType, "__get__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) < 2 || args[1] == None {
			return args[0], nil
		}
		if g, ok := args[0].(*getSetDescr); ok {
			return g.getValue(t, args[1])
		}
		return args[0].(*memberDescr).get(t, args[1])
	})
	DefMethod(memberDescrType, "__set__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("__set__", args[1:], kw, 2, 2); exc != nil {
			return nil, exc
		}
		if g, ok := args[0].(*getSetDescr); ok {
			return None, g.setValue(t, args[1], args[2])
		}
		return None, args[0].(*memberDescr).set(t, args[1], args[2])
	})
	DefMethod(memberDescrType, "__delete__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("__delete__", args[1:], kw, 1, 1); exc != nil {
			return nil, exc
		}
		if g, ok := args[0].(*getSetDescr); ok {
			return None, g.setValue(t, args[1], nil)
		}
		return None, args[0].(*memberDescr).set(t, args[1], nil)
	})
	defGetSet(memberDescrType, "__name__", func(t *Thread, o Object) (Object, *BaseException) {
		name, _ := memberInfo(o)
		return NewStr(name), nil
	}, nil)
	defGetSet(memberDescrType, "__qualname__", func(t *Thread, o Object) (Object, *BaseException) {
		name, owner := memberInfo(o)
		return NewStr(owner.qualname + "." + name), nil
	}, nil)
	defGetSet(memberDescrType, "__objclass__", func(t *Thread, o Object) (Object, *BaseException) {
		_, owner := memberInfo(o)
		return owner, nil
	}, nil)
}

// getSetDescr is an attribute of a builtin type computed in Go (CPython's
// getset_descriptor and member_descriptor for C structs): a data descriptor.
// set is nil for read-only attributes; it receives v == nil for `del`.
type getSetDescr struct {
	name  string
	owner *Type
	get   func(t *Thread, o Object) (Object, *BaseException)
	set   func(t *Thread, o, v Object) *BaseException
	// member marks a read-only struct member (its error is "readonly attribute").
	member bool
}

// GetSetDescrType is `getset_descriptor`.
var GetSetDescrType = finalType(newBuiltinType("getset_descriptor", ObjectType))

// Type implements Object.
func (d *getSetDescr) Type() *Type {
	if d.member {
		return memberDescrType // a read-only struct member (complex.real, function.__globals__)
	}
	return GetSetDescrType
}

// defGetSet installs a Go-computed attribute on a builtin type.
func defGetSet(typ *Type, name string, get func(t *Thread, o Object) (Object, *BaseException), set func(t *Thread, o, v Object) *BaseException) {
	typ.dict.SetStr(name, &getSetDescr{name: name, owner: typ, get: get, set: set})
}

// defMember installs a read-only attribute whose write error is CPython's
// "readonly attribute" (a READONLY struct member).
func defMember(typ *Type, name string, get func(t *Thread, o Object) (Object, *BaseException)) {
	typ.dict.SetStr(name, &getSetDescr{name: name, owner: typ, get: get, member: true})
}

func (d *getSetDescr) check(o Object) *BaseException {
	if !TypeOf(o).IsSubtype(d.owner) {
		return Errorf(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d.name, d.owner.name, TypeOf(o).name)
	}
	return nil
}

func (d *getSetDescr) getValue(t *Thread, o Object) (Object, *BaseException) {
	if exc := d.check(o); exc != nil {
		return nil, exc
	}
	return d.get(t, o)
}

func (d *getSetDescr) setValue(t *Thread, o, v Object) *BaseException {
	if exc := d.check(o); exc != nil {
		return exc
	}
	if d.set == nil {
		if d.member {
			return NewError(AttributeErrorType, "readonly attribute")
		}
		return Errorf(AttributeErrorType, "attribute '%s' of '%s' objects is not writable", d.name, d.owner.name)
	}
	return d.set(t, o, v)
}

func init() {
	DefMethod(GetSetDescrType, "__get__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) < 2 || len(args) > 3 {
			return nil, Errorf(TypeErrorType, "expected 1 or 2 arguments, got %d", len(args)-1)
		}
		d := args[0].(*getSetDescr)
		if args[1] == None {
			return d, nil
		}
		return d.getValue(t, args[1])
	})
	DefMethod(GetSetDescrType, "__set__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("__set__", args[1:], kw, 2, 2); exc != nil {
			return nil, exc
		}
		return None, args[0].(*getSetDescr).setValue(t, args[1], args[2])
	})
	DefMethod(GetSetDescrType, "__delete__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("__delete__", args[1:], kw, 1, 1); exc != nil {
			return nil, exc
		}
		return None, args[0].(*getSetDescr).setValue(t, args[1], nil)
	})
	DefMethod(GetSetDescrType, "__repr__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		d := args[0].(*getSetDescr)
		return NewStr("<attribute '" + d.name + "' of '" + d.owner.name + "' objects>"), nil
	})
	defGetSet(GetSetDescrType, "__name__", func(t *Thread, o Object) (Object, *BaseException) {
		return NewStr(o.(*getSetDescr).name), nil
	}, nil)
	defGetSet(GetSetDescrType, "__qualname__", func(t *Thread, o Object) (Object, *BaseException) {
		d := o.(*getSetDescr)
		return NewStr(d.owner.qualname + "." + d.name), nil
	}, nil)
	defGetSet(GetSetDescrType, "__objclass__", func(t *Thread, o Object) (Object, *BaseException) {
		return o.(*getSetDescr).owner, nil
	}, nil)
}
