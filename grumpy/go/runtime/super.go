package runtime

// Super is a `super` object: attribute lookup starting after typ in the MRO
// of obj's type.
type Super struct {
	typ     *Type
	obj     Object
	objType *Type
	// cls is the class of an instance of a subclass of super (nil: super).
	cls *Type
}

// SuperType is `super`.
var SuperType = newBuiltinType("super", ObjectType).solidType()

// Type implements Object.
func (s *Super) Type() *Type {
	if s.cls != nil {
		return s.cls
	}
	return SuperType
}

// NewSuper implements super(typ, obj) and the zero-argument form (the
// compiler passes the __class__ cell's value and the first argument).
func NewSuper(t *Thread, typ, obj Object) (Object, *BaseException) {
	ty, ok := typ.(*Type)
	if !ok {
		return nil, Errorf(TypeErrorType, "super() argument 1 must be a type, not %s", TypeOf(typ).name)
	}
	s := &Super{typ: ty, obj: obj}
	if obj == nil || obj == None {
		s.obj = nil
		return s, nil
	}
	if ot, ok := obj.(*Type); ok && ot.IsSubtype(ty) {
		s.objType = ot
	} else if TypeOf(obj).IsSubtype(ty) {
		s.objType = TypeOf(obj)
	} else {
		// The slow way (supercheck): a proxy's __class__ attribute.
		ca, exc := lookupAttrOpt(t, obj, "__class__")
		if exc != nil {
			return nil, exc
		}
		ct, ok := ca.(*Type)
		if !ok || ct == TypeOf(obj) || !ct.IsSubtype(ty) {
			return nil, NewError(TypeErrorType, "super(type, obj): obj must be an instance or subtype of type")
		}
		s.objType = ct
	}
	return s, nil
}

// ZeroArgSuper is super() inside a method: cls is the __class__ cell value.
func ZeroArgSuper(t *Thread, cls Object, first Object) (Object, *BaseException) {
	if first == nil {
		return nil, NewError(RuntimeErrorType, "super(): no arguments")
	}
	if cls == nil {
		return nil, NewError(RuntimeErrorType, "super(): __class__ cell not found")
	}
	return NewSuper(t, cls, first)
}

func (s *Super) getAttr(t *Thread, name *Str) (Object, *BaseException) {
	if s.objType != nil && name != strClass {
		mro := s.objType.mro
		i := 0
		for i < len(mro) && mro[i] != s.typ {
			i++
		}
		for i++; i < len(mro); i++ {
			if v := mro[i].dict.getStr(name); v != nil {
				var inst Object = s.obj
				if s.obj == Object(s.objType) {
					inst = nil
				}
				return descrGet(t, v, inst, s.objType)
			}
		}
	}
	r, exc := genericGetAttr(t, s, TypeOf(s), name)
	if r == nil && exc == nil {
		return nil, Errorf(AttributeErrorType, "'super' object has no attribute '%s'", name.s)
	}
	return r, exc
}

func init() {
	DefStatic(SuperType, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(kw) > 0 {
			return nil, NewError(TypeErrorType, "super() takes no keyword arguments")
		}
		if len(args) > 3 {
			return nil, Errorf(TypeErrorType, "super() expected at most 2 arguments, got %d", len(args)-1)
		}
		var r Object
		var exc *BaseException
		switch len(args) {
		case 2:
			r, exc = NewSuper(t, args[1], nil)
		case 3:
			r, exc = NewSuper(t, args[1], args[2])
		default:
			return nil, NewError(RuntimeErrorType, "super(): no arguments")
		}
		if exc != nil {
			return nil, exc
		}
		if cls, ok := args[0].(*Type); ok && cls != SuperType && cls.IsSubtype(SuperType) {
			r.(*Super).cls = cls
		}
		return r, nil
	})
	DefMethod(SuperType, "__init__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) { return None, nil })
	defMember(SuperType, "__thisclass__", func(t *Thread, o Object) (Object, *BaseException) {
		return o.(*Super).typ, nil
	})
	defMember(SuperType, "__self__", func(t *Thread, o Object) (Object, *BaseException) {
		if s := o.(*Super); s.obj != nil {
			return s.obj, nil
		}
		return None, nil
	})
	defMember(SuperType, "__self_class__", func(t *Thread, o Object) (Object, *BaseException) {
		if s := o.(*Super); s.objType != nil {
			return s.objType, nil
		}
		return None, nil
	})
	DefMethod(SuperType, "__get__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		s := args[0].(*Super)
		if len(args) < 2 {
			return s, nil
		}
		return s.bind(t, args[1])
	})
	DefMethod(SuperType, "__getattribute__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return args[0].(*Super).getAttr(t, args[1].(*Str))
	})
	DefMethod(SuperType, "__repr__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		s := args[0].(*Super)
		if s.objType != nil {
			return NewStr("<super: <class '" + s.typ.name + "'>, <" + s.objType.name + " object>>"), nil
		}
		_ = t
		return NewStr("<super: <class '" + s.typ.name + "'>, NULL>"), nil
	})
}

// bind is super.__get__(obj): an unbound super bound to obj; a subclass of
// super is called as type(self)(self.__thisclass__, obj), as CPython does.
func (s *Super) bind(t *Thread, obj Object) (Object, *BaseException) {
	if obj == nil || obj == None || s.obj != nil {
		return s, nil
	}
	if s.cls != nil {
		return Call(t, s.cls, []Object{s.typ, obj}, nil)
	}
	return NewSuper(t, s.typ, obj)
}
