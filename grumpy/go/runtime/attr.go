package runtime

// Interned dunder names used by the protocol functions.
var (
	strCall         = InternStr("__call__")
	strGet          = InternStr("__get__")
	strSet          = InternStr("__set__")
	strDelete       = InternStr("__delete__")
	strGetattr      = InternStr("__getattr__")
	strGetattribute = InternStr("__getattribute__")
	strSetattr      = InternStr("__setattr__")
	strDelattr      = InternStr("__delattr__")
	strDict         = InternStr("__dict__")
	strClass        = InternStr("__class__")
	strName         = InternStr("__name__")
	strInit         = InternStr("__init__")
	strNew          = InternStr("__new__")
	strRepr         = InternStr("__repr__")
	strStr          = InternStr("__str__")
	strHash         = InternStr("__hash__")
	strEq           = InternStr("__eq__")
	strBool         = InternStr("__bool__")
	strLen          = InternStr("__len__")
	strIter         = InternStr("__iter__")
	strNext         = InternStr("__next__")
	strGetitem      = InternStr("__getitem__")
	strSetitem      = InternStr("__setitem__")
	strDelitem      = InternStr("__delitem__")
	strContains     = InternStr("__contains__")
	strEnter        = InternStr("__enter__")
	strExit         = InternStr("__exit__")
	strIndex        = InternStr("__index__")
	strMissing      = InternStr("__missing__")
	strDoc          = InternStr("__doc__")
	strModule       = InternStr("__module__")
	strQualname     = InternStr("__qualname__")
)

// TypeOf returns type(o).
func TypeOf(o Object) *Type { return o.Type() }

// customGetattribute reports whether the class overrides __getattribute__.
// super objects count as overriding it (their lookup skips part of the MRO),
// so CallMethod's fast path does not find super's own methods.
func (t *Type) customGetattribute() bool {
	if t == SuperType {
		return true
	}
	return t.typeFlags()&flagCustomGetattribute != 0
}

var objectGetattribute, typeGetattribute Object

func isDataDescriptor(d Object) bool {
	switch d.(type) {
	case *Function, *Builtin, *StaticMethod, *ClassMethod, *Int, *Str:
		return false
	case *Property, *memberDescr, *getSetDescr:
		return true
	}
	dt := TypeOf(d)
	if dt.builtin {
		return false
	}
	return dt.lookup(strSet) != nil || dt.lookup(strDelete) != nil
}

// descrGet applies the descriptor protocol to an attribute found on a type.
func descrGet(t *Thread, d, obj Object, owner *Type) (Object, *BaseException) {
	switch v := d.(type) {
	case *Function:
		if obj == nil {
			return v, nil
		}
		return NewMethod(v, obj), nil
	case *Builtin:
		if v.method && obj != nil {
			return NewMethod(v, obj), nil
		}
		return v, nil
	case *StaticMethod:
		if v.typ == nil { // a subclass may override __get__
			return staticMethodGet(v)
		}
	case *ClassMethod:
		if v.typ == nil {
			return classMethodGet(t, v, owner)
		}
	case *Property:
		if obj == nil {
			return v, nil
		}
		return v.get(t, obj)
	case *memberDescr:
		if obj == nil {
			return v, nil
		}
		return v.get(t, obj)
	case *getSetDescr:
		if obj == nil {
			return v, nil
		}
		return v.getValue(t, obj)
	case Int, Float, *Str, Bool, *Tuple, *List, *Dict:
		return d, nil
	case *Super:
		return v.bind(t, obj) // super.__get__
	}
	dt := TypeOf(d)
	if dt.builtin {
		return d, nil
	}
	if g := dt.lookup(strGet); g != nil {
		var o Object = None
		if obj != nil {
			o = obj
		}
		return Call(t, g, []Object{d, o, owner}, nil)
	}
	return d, nil
}

// GetAttr is getattr(o, name).
func GetAttr(t *Thread, o Object, name *Str) (Object, *BaseException) {
	switch v := o.(type) {
	case *Module:
		if v.hdr.typ == nil || !v.hdr.typ.customGetattribute() {
			if v.hdr.typ != nil { // a subclass's data descriptors come first
				if d := v.hdr.typ.lookup(name); d != nil && isDataDescriptor(d) && hasDescrGet(d) {
					return descrGet(t, d, v, v.hdr.typ)
				}
			}
			if r := v.dict.getStr(name); r != nil {
				return r, nil
			}
			return moduleGetattrFallback(t, v, name)
		}
	case *Type:
		if v.typ == nil || !v.typ.customGetattribute() {
			r, exc := typeGetAttr(t, v, name)
			if exc != nil {
				exc = withAttrContext(exc, o, name)
			}
			return r, exc
		}
	case *Super:
		r, exc := v.getAttr(t, name)
		if exc != nil {
			exc = withAttrContext(exc, o, name)
		}
		return r, exc
	case *Method:
		if _, ok := v.Fn.(*Builtin); !ok {
			return methodGetAttr(t, v, name)
		}
	}
	r, exc := getAttrSlow(t, o, name)
	if exc != nil {
		exc = withAttrContext(exc, o, name)
	}
	return r, exc
}

// getAttrSlow is GetAttr past the fast cases: __getattribute__,
// object.__getattribute__ and the __getattr__ fallback.
func getAttrSlow(t *Thread, o Object, name *Str) (Object, *BaseException) {
	typ := TypeOf(o)
	if typ.customGetattribute() {
		r, exc := callSpecialMethod(t, typ.lookup(strGetattribute), o, typ, []Object{name}, nil)
		if exc != nil && exc.IsInstanceOf(AttributeErrorType) {
			if ga := typ.lookup(strGetattr); ga != nil {
				return callSpecialMethod(t, ga, o, typ, []Object{name}, nil)
			}
		}
		return r, exc
	}
	r, exc := genericGetAttr(t, o, typ, name)
	if r == nil && exc == nil {
		if ga := typ.lookup(strGetattr); ga != nil {
			return callSpecialMethod(t, ga, o, typ, []Object{name}, nil)
		}
		return nil, attrError(o, name)
	}
	if exc != nil && exc.IsInstanceOf(AttributeErrorType) {
		if ga := typ.lookup(strGetattr); ga != nil {
			return callSpecialMethod(t, ga, o, typ, []Object{name}, nil)
		}
	}
	return r, exc
}

func attrError(o Object, name *Str) *BaseException {
	e := Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", TypeOf(o).name, name.s)
	e.SetField("name", name)
	e.SetField("obj", o)
	return e
}

// genericGetAttr is object.__getattribute__; it returns (nil, nil) when the
// attribute is simply missing so callers can try __getattr__ cheaply.
func genericGetAttr(t *Thread, o Object, typ *Type, name *Str) (Object, *BaseException) {
	d := typ.lookup(name)
	if d != nil && isDataDescriptor(d) && hasDescrGet(d) {
		return descrGet(t, d, o, typ)
	}
	if dict := dictOf(o); dict != nil {
		if v := dict.getStr(name); v != nil {
			return v, nil
		}
	}
	if d != nil {
		return descrGet(t, d, o, typ)
	}
	if name == strClass {
		return typ, nil
	}
	if name == strDict {
		if dict := dictOf(o); dict != nil && dictExposed(o) {
			return dict, nil
		}
	}
	return nil, nil
}

func typeGetAttr(t *Thread, typ *Type, name *Str) (Object, *BaseException) {
	// The data descriptors of `type` itself win over the class's own dict.
	switch name.s {
	case "__dict__", "__name__", "__qualname__", "__bases__", "__mro__", "__base__":
		if r, ok := typeSpecialAttr(typ, name); ok {
			return r, nil
		}
	case "__doc__":
		if r, ok := builtinTypeDocGetset(typ); ok { // builtin_docs_types.go
			return r, nil
		}
	}
	meta := TypeOf(typ)
	md := meta.lookup(name)
	if md != nil && isDataDescriptor(md) && hasDescrGet(md) {
		return descrGet(t, md, typ, meta)
	}
	for _, m := range typ.mro {
		if v := m.dict.getStr(name); v != nil {
			return descrGet(t, v, nil, typ)
		}
	}
	if md != nil {
		return descrGet(t, md, typ, meta)
	}
	if r, ok := typeSpecialAttr(typ, name); ok {
		return r, nil
	}
	if meta != TypeType {
		if ga := meta.lookup(strGetattr); ga != nil {
			return Call(t, ga, []Object{typ, name}, nil)
		}
	}
	e := Errorf(AttributeErrorType, "type object '%s' has no attribute '%s'", typ.name, name.s)
	e.SetField("name", name)
	e.SetField("obj", typ)
	return nil, e
}

// SetAttr is setattr(o, name, v).
func SetAttr(t *Thread, o Object, name *Str, v Object) *BaseException {
	typ := TypeOf(o)
	if !typ.builtin {
		if typ.typeFlags()&flagCustomSetattr != 0 {
			sa := typ.lookup(strSetattr)
			_, exc := Call(t, sa, []Object{o, name, v}, nil)
			return exc
		}
	}
	return genericSetAttr(t, o, typ, name, v)
}

var objectSetattr, objectDelattr Object

func genericSetAttr(t *Thread, o Object, typ *Type, name *Str, v Object) *BaseException {
	if ty, ok := o.(*Type); ok {
		if ty.builtin {
			return Errorf(TypeErrorType, "cannot set '%s' attribute of immutable type '%s'", name.s, ty.name)
		}
		if md := TypeOf(ty).lookup(name); md != nil && isDataDescriptor(md) {
			return descrSet(t, md, o, v)
		}
		if exc := typeSetSpecial(ty, name, v); exc != nil || isTypeSpecial(name) {
			return exc
		}
		ty.setAttr(name, v)
		return nil
	}
	d := typ.lookup(name)
	if d != nil && isDataDescriptor(d) {
		return descrSet(t, d, o, v)
	}
	if m, ok := o.(*Module); ok {
		m.dict.SetItemStr(name, v)
		return nil
	}
	dict := dictOf(o)
	if dict == nil {
		if d != nil {
			return Errorf(AttributeErrorType, "'%s' object attribute '%s' is read-only", typ.name, name.s)
		}
		return Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", typ.name, name.s)
	}
	if name == strClass {
		return setClass(o, v)
	}
	dict.SetItemStr(name, v)
	return nil
}

func descrSet(t *Thread, d, o, v Object) *BaseException {
	switch p := d.(type) {
	case *Property:
		return p.set(t, o, v)
	case *memberDescr:
		return p.set(t, o, v)
	case *getSetDescr:
		return p.setValue(t, o, v)
	}
	name := strSet
	args := []Object{d, o, v}
	if v == nil {
		name = strDelete
		args = args[:2]
	}
	f := TypeOf(d).lookup(name)
	if f == nil {
		if v == nil {
			return NewError(AttributeErrorType, "__delete__")
		}
		return NewError(AttributeErrorType, "__set__")
	}
	_, exc := Call(t, f, args, nil)
	return exc
}

// DelAttr is delattr(o, name).
func DelAttr(t *Thread, o Object, name *Str) *BaseException {
	typ := TypeOf(o)
	if !typ.builtin {
		if typ.typeFlags()&flagCustomDelattr != 0 {
			da := typ.lookup(strDelattr)
			_, exc := Call(t, da, []Object{o, name}, nil)
			return exc
		}
	}
	return genericDelAttr(t, o, typ, name)
}

func genericDelAttr(t *Thread, o Object, typ *Type, name *Str) *BaseException {
	if ty, ok := o.(*Type); ok {
		if ty.builtin {
			return Errorf(TypeErrorType, "cannot set '%s' attribute of immutable type '%s'", name.s, ty.name)
		}
		if md := TypeOf(ty).lookup(name); md != nil && isDataDescriptor(md) {
			return descrSet(t, md, o, nil) // the metaclass's data descriptors (type.__dict__, __qualname__)
		}
		if ty.dict.getStr(name) == nil {
			return Errorf(AttributeErrorType, "type object '%s' has no attribute '%s'", ty.name, name.s)
		}
		ty.setAttr(name, nil)
		return nil
	}
	d := typ.lookup(name)
	if d != nil && isDataDescriptor(d) {
		return descrSet(t, d, o, nil)
	}
	dict := dictOf(o)
	if dict == nil && d != nil {
		return Errorf(AttributeErrorType, "'%s' object attribute '%s' is read-only", typ.name, name.s)
	}
	if dict == nil || !dict.delStr(name) {
		return attrError(o, name)
	}
	return nil
}

func setClass(o Object, v Object) *BaseException {
	return assignClass(o, v) // type_layout.go
}

// HasAttr is hasattr(o, name).
func HasAttr(t *Thread, o Object, name *Str) (bool, *BaseException) {
	v, exc := LookupAttr(t, o, name) // attr_lookup.go
	return v != nil, exc
}
