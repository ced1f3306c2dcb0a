package runtime

import "strings"

// The methods of `object` and `type` themselves.

func init() {
	DefStatic(ObjectType, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) == 0 {
			return nil, NewError(TypeErrorType, "object.__new__(): not enough arguments")
		}
		typ, ok := args[0].(*Type)
		if !ok {
			return nil, Errorf(TypeErrorType, "object.__new__(X): X is not a type object (%s)", TypeOf(args[0]).name)
		}
		if len(args) > 1 || len(kw) > 0 {
			// CPython's object_new: excess arguments are an error when the
			// class overrides __new__, or when it overrides neither.
			if !tpNewIsObjectNew(typ) {
				return nil, NewError(TypeErrorType, "object.__new__() takes exactly one argument (the type to instantiate)")
			}
			if typ.lookup(strInit) == objectInit {
				return nil, Errorf(TypeErrorType, "%s() takes no arguments", typ.name)
			}
		}
		o, exc := objectNewFor(typ)
		if exc == nil && typ.typeFlags()&flagHasDel != 0 {
			armDel(o) // its class defines __del__ (finalize.go)
		}
		return o, exc
	})
	objectNew = ObjectType.dict.GetStr("__new__")
	DefMethod(ObjectType, "__init__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) > 1 || len(kw) > 0 {
			typ := TypeOf(args[0])
			if typ.lookup(strInit) != objectInit {
				return nil, NewError(TypeErrorType, "object.__init__() takes exactly one argument (the instance to initialize)")
			}
			if tpNewIsObjectNew(typ) {
				// CPython's object_init names the type then.
				return nil, Errorf(TypeErrorType, "%s.__init__() takes exactly one argument (the instance to initialize)", typ.name)
			}
		}
		return None, nil
	})
	objectInit = ObjectType.dict.GetStr("__init__")
	DefMethod(ObjectType, "__repr__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return NewStr(defaultRepr(args[0])), nil
	})
	DefMethod(ObjectType, "__str__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		r, exc := Repr(t, args[0])
		return r, exc
	})
	objectStr = ObjectType.dict.GetStr("__str__")
	DefMethod(ObjectType, "__hash__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return MakeInt(int64(addrOf(args[0]) >> 4)), nil
	})
	objectHash = ObjectType.dict.GetStr("__hash__")
	DefMethod(ObjectType, "__eq__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if Is(args[0], args[1]) {
			return True, nil
		}
		return NotImplemented, nil
	})
	DefMethod(ObjectType, "__ne__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		eq := TypeOf(args[0]).lookup(strEq)
		r, exc := callBinaryDunder(t, eq, args[0], args[1])
		if exc != nil || r == NotImplemented {
			return r, exc
		}
		b, exc := IsTrue(t, r)
		return Bool(!b), exc
	})
	for _, name := range []string{"__lt__", "__le__", "__gt__", "__ge__"} {
		DefMethod(ObjectType, name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			return NotImplemented, nil
		})
	}
	DefMethod(ObjectType, "__getattribute__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) != 2 {
			return nil, NewError(TypeErrorType, "expected 1 argument")
		}
		name, ok := args[1].(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "attribute name must be string, not '%s'", TypeOf(args[1]).name)
		}
		if ty, ok := args[0].(*Type); ok {
			return typeGetAttr(t, ty, name)
		}
		r, exc := genericGetAttr(t, args[0], TypeOf(args[0]), name)
		if r == nil && exc == nil {
			return nil, attrError(args[0], name)
		}
		return r, exc
	})
	objectGetattribute = ObjectType.dict.GetStr("__getattribute__")
	DefMethod(ObjectType, "__setattr__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		name, ok := args[1].(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "attribute name must be string, not '%s'", TypeOf(args[1]).name)
		}
		if _, isType := args[0].(*Type); isType {
			// hackcheck: type's own __setattr__ must not be skipped.
			return nil, Errorf(TypeErrorType, "can't apply this __setattr__ to %s object", TypeOf(args[0]).name)
		}
		return None, genericSetAttr(t, args[0], TypeOf(args[0]), name, args[2])
	})
	objectSetattr = ObjectType.dict.GetStr("__setattr__")
	DefMethod(ObjectType, "__delattr__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		name, ok := args[1].(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "attribute name must be string, not '%s'", TypeOf(args[1]).name)
		}
		if _, isType := args[0].(*Type); isType {
			// hackcheck: type's own __delattr__ must not be skipped.
			return nil, Errorf(TypeErrorType, "can't apply this __delattr__ to %s object", TypeOf(args[0]).name)
		}
		return None, genericDelAttr(t, args[0], TypeOf(args[0]), name)
	})
	objectDelattr = ObjectType.dict.GetStr("__delattr__")
	DefClassMethod(ObjectType, "__init_subclass__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(kw) > 0 || len(args) > 1 {
			return nil, Errorf(TypeErrorType, "%s.__init_subclass__() takes no keyword arguments", args[0].(*Type).qualname)
		}
		return None, nil
	})
	DefMethod(ObjectType, "__format__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) != 2 {
			return nil, NewError(TypeErrorType, "__format__ expects 1 argument")
		}
		spec, ok := args[1].(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "format() argument 2 must be str, not %s", TypeOf(args[1]).name)
		}
		if spec.s != "" {
			return nil, Errorf(TypeErrorType, "unsupported format string passed to %s.__format__", TypeOf(args[0]).name)
		}
		return ToStr(t, args[0])
	})
	DefMethod(ObjectType, "__dir__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return objectDir(t, args[0])
	})
	DefMethod(ObjectType, "__sizeof__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return MakeInt(approxSizeof(args[0]) - 16*btoi(isGCObject(args[0]))), nil
	})
	objectSizeof = ObjectType.dict.GetStr("__sizeof__")
	initObjectReduce()
	DefClassMethod(ObjectType, "__subclasshook__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return NotImplemented, nil
	})
	ObjectType.dict.SetStr("__class__", &Property{fget: NewBuiltin("__class__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return TypeOf(args[0]), nil
	}), fset: NewBuiltin("__class__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return None, setClass(args[0], args[1])
	}), fdel: NewBuiltin("__class__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return nil, NewError(TypeErrorType, "can't delete __class__ attribute")
	})})
	ObjectType.dict.SetStr("__doc__", NewStr("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n"))

	initTypeMethods()
}

func initTypeMethods() {
	DefStatic(TypeType, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args)-len(kw) != 4 {
			return nil, Errorf(TypeErrorType, "type.__new__() takes exactly 3 arguments (%d given)", len(args)-len(kw)-1)
		}
		meta, ok := args[0].(*Type)
		if !ok {
			return nil, NewError(TypeErrorType, "type.__new__(X): X is not a type object")
		}
		name, ok := Unwrap(args[1]).(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "type.__new__() argument 1 must be str, not %s", TypeOf(args[1]).name)
		}
		if exc := codecNameEncodable(name.s); exc != nil {
			return nil, exc
		}
		if strings.IndexByte(name.s, 0) >= 0 {
			return nil, NewError(ValueErrorType, "type name must not contain null characters")
		}
		bases, ok := args[2].(*Tuple)
		if !ok {
			return nil, Errorf(TypeErrorType, "type.__new__() argument 2 must be tuple, not %s", TypeOf(args[2]).name)
		}
		ns, ok := args[3].(*Dict)
		if !ok {
			return nil, Errorf(TypeErrorType, "type.__new__() argument 3 must be dict, not %s", TypeOf(args[3]).name)
		}
		if _, plain := usesDictIter(ns); !plain { // an OrderedDict: its order (PyDict_Copy)
			nd := NewDict()
			if exc := dictMerge(t, nd, ns); exc != nil {
				return nil, exc
			}
			ns = nd
		}
		if len(bases.items) > 0 {
			w, exc := calculateMeta(meta, bases.items)
			if exc != nil {
				return nil, exc
			}
			// type(name, bases, ns, **kw) whose bases have a more derived
			// metaclass with its own __new__ defers to it, as CPython's type_new.
			if w != meta {
				if wn := w.lookup(strNew); wn != nil && wn != TypeType.dict.getStr(strNew) {
					nargs := append([]Object{w}, args[1:]...)
					if sm, ok := wn.(*StaticMethod); ok {
						return Call(t, sm.fn, nargs, kw)
					}
					return Call(t, wn, nargs, kw)
				}
			}
			meta = w
		}
		if ns.GetStr("__module__") == nil {
			if f := t.CurrentFrame(); f != nil && f.globals != nil {
				if n := f.globals.GetStr("__name__"); n != nil {
					ns = ns.Copy()
					ns.SetStr("__module__", n)
				}
			}
		}
		if doc, ok := ns.GetStr("__doc__").(*Str); ok {
			if exc := codecNameEncodable(doc.s); exc != nil {
				return nil, exc
			}
		}
		cls, exc := typeNew(t, meta, name.s, bases.items, ns)
		if exc != nil {
			return nil, exc
		}
		// __init_subclass__ on the parent, with the class keywords.
		ct := cls.(*Type)
		if !mroContains(ct, ct) { // super(cls, cls) with a custom mro() leaving cls out
			return nil, NewError(TypeErrorType, "super(type, obj): obj must be an instance or subtype of type")
		}
		sup := &Super{typ: ct, obj: ct, objType: ct}
		isc, exc := sup.getAttr(t, InternStr("__init_subclass__"))
		if exc != nil {
			return nil, exc
		}
		if _, exc := Call(t, isc, args[4:], kw); exc != nil {
			return nil, exc
		}
		return cls, nil
	})
	DefMethod(TypeType, "__init__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return None, nil
	})
	DefMethod(TypeType, "__call__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		typ, ok := args[0].(*Type)
		if !ok {
			return nil, NewError(TypeErrorType, "descriptor '__call__' requires a 'type' object")
		}
		return typeCallDefault(t, typ, args[1:], kw)
	})
	typeCallBuiltin = TypeType.dict.GetStr("__call__")
	DefMethod(TypeType, "__repr__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		typ := args[0].(*Type)
		if typ.module == "builtins" || typ.module == "" {
			return NewStr("<class '" + typ.qualname + "'>"), nil
		}
		return NewStr("<class '" + typ.module + "." + typ.qualname + "'>"), nil
	})
	DefMethod(TypeType, "mro", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		typ, ok := args[0].(*Type)
		if !ok {
			return nil, Errorf(TypeErrorType, "descriptor 'mro' for 'type' objects doesn't apply to a '%s' object", TypeOf(args[0]).name)
		}
		if len(args) > 1 || len(kw) > 0 {
			if len(kw) > 0 {
				return nil, Errorf(TypeErrorType, "%s.mro() takes no keyword arguments", typ.qualname)
			}
			return nil, Errorf(TypeErrorType, "%s.mro() takes no arguments (%d given)", typ.qualname, len(args)-1)
		}
		mro := typ.mro
		if !typ.builtin {
			m, exc := computeMRO(typ, typ.bases)
			if exc != nil {
				return nil, exc
			}
			mro = m
		}
		items := make([]Object, len(mro))
		for i, m := range mro {
			items[i] = m
		}
		return NewList(items...), nil
	})
	typeMroBuiltin = TypeType.dict.GetStr("mro")
	DefMethod(TypeType, "__subclasses__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		typ := args[0].(*Type)
		subs := typ.subclasses.list()
		items := make([]Object, len(subs))
		for i, m := range subs {
			items[i] = m
		}
		return NewList(items...), nil
	})
	DefMethod(TypeType, "__instancecheck__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("__instancecheck__", args[1:], kw, 1, 1); exc != nil {
			return nil, exc
		}
		typ := args[0].(*Type)
		b, exc := recursiveIsInstance(t, args[1], TypeOf(args[1]), typ)
		return Bool(b), exc
	})
	typeInstancecheck = TypeType.dict.GetStr("__instancecheck__")
	DefMethod(TypeType, "__subclasscheck__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		typ := args[0].(*Type)
		c, ok := args[1].(*Type)
		if !ok {
			r, exc := recursiveIsSubclass(t, args[1], typ)
			return Bool(r), exc
		}
		return Bool(c.IsSubtype(typ)), nil
	})
	DefClassMethod(TypeType, "__prepare__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return NewDict(), nil
	})
	DefMethod(TypeType, "__or__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return unionOfT(t, args[0], args[1])
	})
	DefMethod(TypeType, "__ror__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return unionOfT(t, args[1], args[0])
	})
	DefMethod(TypeType, "__dir__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return objectDir(t, args[0])
	})
	DefMethod(TypeType, "__getattribute__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		name, ok := args[1].(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "attribute name must be string, not '%s'", TypeOf(args[1]).name)
		}
		return typeGetAttr(t, args[0].(*Type), name)
	})
	typeGetattribute = TypeType.dict.GetStr("__getattribute__")
	initTypeGetSets()
	DefMethod(TypeType, "__setattr__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		name, ok := args[1].(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "attribute name must be string, not '%s'", TypeOf(args[1]).name)
		}
		return None, genericSetAttr(t, args[0], TypeOf(args[0]), name, args[2])
	})
	DefMethod(TypeType, "__delattr__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		name, ok := args[1].(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "attribute name must be string, not '%s'", TypeOf(args[1]).name)
		}
		return None, genericDelAttr(t, args[0], TypeOf(args[0]), name)
	})
}

func isTypeSpecial(name *Str) bool {
	switch name.s {
	case "__name__", "__qualname__", "__bases__", "__mro__", "__dict__", "__abstractmethods__":
		return true
	}
	return false
}

// typeSpecialAttr answers the attributes every class has without storing them.
func typeSpecialAttr(typ *Type, name *Str) (Object, bool) {
	switch name.s {
	case "__name__":
		return NewStr(shortTypeName(typ)), true
	case "__qualname__":
		return NewStr(typ.qualname), true
	case "__module__":
		if typ.builtin {
			return NewStr(typ.module), true
		}
		return NewStr(typ.module), true
	case "__bases__":
		items := make([]Object, len(typ.bases))
		for i, b := range typ.bases {
			items[i] = b
		}
		return NewTuple(items...), true
	case "__base__":
		if len(typ.bases) == 0 {
			return None, true
		}
		return bestBase(typ), true
	case "__mro__":
		if typ.mro == nil {
			return None, true // a class whose mro() is running
		}
		items := make([]Object, len(typ.mro))
		for i, b := range typ.mro {
			items[i] = b
		}
		return NewTuple(items...), true
	case "__dict__":
		return NewMappingProxy(typ.dict), true
	case "__doc__":
		return None, true
	case "__class__":
		return TypeOf(typ), true
	case "__abstractmethods__":
		return nil, false
	case "__annotations__":
		if typ.builtin {
			return nil, false
		}
		d := NewDict()
		typ.setAttr(name, d)
		return d, true
	case "__text_signature__":
		return typeTextSignature(typ), true
	}
	return nil, false
}

func typeSetSpecial(typ *Type, name *Str, v Object) *BaseException {
	return typeSetSpecialT(nil, typ, name, v)
}

// typeSetSpecialT is typeSetSpecial on thread t (nil: a fresh one when needed).
func typeSetSpecialT(t *Thread, typ *Type, name *Str, v Object) *BaseException {
	switch name.s {
	case "__name__":
		s, ok := Unwrap(v).(*Str)
		if !ok {
			return Errorf(TypeErrorType, "can only assign string to %s.__name__, not '%s'", typ.name, TypeOf(v).name)
		}
		if exc := codecNameEncodable(s.s); exc != nil {
			return exc
		}
		if strings.IndexByte(s.s, 0) >= 0 {
			return NewError(ValueErrorType, "type name must not contain null characters")
		}
		typ.name = s.s
	case "__qualname__":
		s, ok := Unwrap(v).(*Str)
		if !ok {
			return Errorf(TypeErrorType, "can only assign string to %s.__qualname__, not '%s'", typ.name, TypeOf(v).name)
		}
		typ.qualname = s.s
	case "__module__":
		if s, ok := v.(*Str); ok {
			typ.module = s.s
		}
		typ.setAttr(name, v)
	case "__bases__":
		return setBases(t, typ, v)
	case "__mro__", "__dict__":
		return Errorf(AttributeErrorType, "attribute '%s' of 'type' objects is not writable", name.s)
	case "__abstractmethods__":
		return setAbstractMethods(NewThread(), typ, v)
	}
	return nil
}

func btoi(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

// isGCObject reports whether CPython would track o in its cycle collector
// (sys.getsizeof adds the GC header size for those).
func isGCObject(o Object) bool {
	switch v := o.(type) {
	case *List, *Dict, *Set, *Tuple, *Function, *Type:
		return true
	case *Instance:
		return v.typ != ObjectType && v.base == nil
	}
	return false
}

var objectReduce Object

// copyregFunc returns copyreg.<name> when copyreg is importable, else a
// native equivalent.
func copyregFunc(t *Thread, name string) Object {
	if m, exc := ImportModule(t, "copyreg"); exc == nil {
		if f, exc := GetAttr(t, m, NewStr(name)); exc == nil {
			return f
		}
	}
	if name == "__newobj__" {
		return copyregNewobj
	}
	return copyregReconstructor
}

var copyregNewobj = &Builtin{name: "__newobj__", module: "copyreg", fn: func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
	if len(args) == 0 {
		return nil, NewError(TypeErrorType, "__newobj__() missing 1 required positional argument: 'cls'")
	}
	return CallMethod(t, args[0], strNew, args, kw)
}}

var copyregReconstructor = &Builtin{name: "_reconstructor", module: "copyreg", fn: func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
	if exc := ArgCount("_reconstructor", args, kw, 3, 3); exc != nil {
		return nil, exc
	}
	var obj Object
	var exc *BaseException
	if args[1] == Object(ObjectType) {
		obj, exc = Call(t, ObjectType.dict.GetStr("__new__"), []Object{args[0]}, nil)
	} else {
		obj, exc = CallMethod(t, args[1], strNew, []Object{args[0], args[2]}, nil)
		if exc == nil {
			_, exc = CallMethod(t, args[1], strInit, []Object{obj, args[2]}, nil)
		}
	}
	return obj, exc
}}

// initTypeGetSets gives `type` the data descriptors CPython's type has, so
// they show in dir(type) and type.__dict__ and win over class attributes.
func initTypeGetSets() {
	special := func(name string) func(t *Thread, o Object) (Object, *BaseException) {
		n := InternStr(name)
		return func(t *Thread, o Object) (Object, *BaseException) {
			typ := o.(*Type)
			if r, ok := typeSpecialAttr(typ, n); ok {
				return r, nil
			}
			return nil, Errorf(AttributeErrorType, "type object '%s' has no attribute '%s'", typ.name, name)
		}
	}
	setter := func(name string) func(t *Thread, o, v Object) *BaseException {
		n := InternStr(name)
		return func(t *Thread, o, v Object) *BaseException {
			typ := o.(*Type)
			if typ.builtin {
				return Errorf(TypeErrorType, "cannot set '%s' attribute of immutable type '%s'", name, typ.name)
			}
			if v == nil {
				switch name {
				case "__name__", "__qualname__", "__bases__", "__module__":
					return Errorf(TypeErrorType, "cannot delete '%s' attribute of immutable type '%s'", name, typ.name)
				}
				if typ.dict.getStr(n) == nil {
					return NewError(AttributeErrorType, name)
				}
				typ.setAttr(n, nil)
				if name == "__abstractmethods__" {
					typ.abstract.Store(false)
				}
				return nil
			}
			return typeSetSpecialT(t, typ, n, v)
		}
	}
	for _, name := range []string{"__name__", "__qualname__", "__bases__"} {
		defGetSet(TypeType, name, special(name), setter(name))
	}
	for _, name := range []string{"__dict__", "__text_signature__"} {
		defGetSet(TypeType, name, special(name), nil)
	}
	for _, name := range []string{"__mro__", "__base__"} {
		defMember(TypeType, name, special(name))
	}
	defGetSet(TypeType, "__module__", func(t *Thread, o Object) (Object, *BaseException) {
		typ := o.(*Type)
		if !typ.builtin {
			if m := typ.dict.GetStr("__module__"); m != nil {
				return m, nil
			}
		}
		return NewStr(typ.module), nil
	}, setter("__module__"))
	defGetSet(TypeType, "__doc__", func(t *Thread, o Object) (Object, *BaseException) {
		typ := o.(*Type)
		d := typ.dict.GetStr("__doc__")
		if d == nil {
			return None, nil
		}
		if typ.builtin {
			return d, nil
		}
		return descrGet(t, d, nil, typ)
	}, func(t *Thread, o, v Object) *BaseException {
		typ := o.(*Type)
		if typ.builtin {
			return Errorf(TypeErrorType, "cannot set '__doc__' attribute of immutable type '%s'", typ.name)
		}
		if v == nil {
			return Errorf(TypeErrorType, "cannot delete '__doc__' attribute of immutable type '%s'", typ.name)
		}
		typ.setAttr(strDoc, v)
		return nil
	})
	defGetSet(TypeType, "__abstractmethods__", func(t *Thread, o Object) (Object, *BaseException) {
		typ := o.(*Type)
		if typ != TypeType {
			if v := typ.dict.GetStr("__abstractmethods__"); v != nil {
				return v, nil
			}
		}
		return nil, NewError(AttributeErrorType, "__abstractmethods__")
	}, setter("__abstractmethods__"))
	defGetSet(TypeType, "__annotations__", func(t *Thread, o Object) (Object, *BaseException) {
		typ := o.(*Type)
		if v := typ.dict.GetStr("__annotations__"); v != nil {
			if typ.builtin {
				return v, nil
			}
			return descrGet(t, v, nil, typ)
		}
		if typ.builtin {
			return nil, Errorf(AttributeErrorType, "type object '%s' has no attribute '__annotations__'", typ.name)
		}
		d := NewDict()
		typ.setAttr(InternStr("__annotations__"), d)
		return d, nil
	}, func(t *Thread, o, v Object) *BaseException {
		typ := o.(*Type)
		if typ.builtin {
			return Errorf(TypeErrorType, "cannot set '__annotations__' attribute of immutable type '%s'", typ.name)
		}
		if v == nil {
			if typ.dict.GetStr("__annotations__") == nil {
				return NewError(AttributeErrorType, "__annotations__")
			}
		}
		typ.setAttr(InternStr("__annotations__"), v)
		return nil
	})
	for _, name := range []string{"__basicsize__", "__itemsize__", "__flags__", "__weakrefoffset__", "__dictoffset__"} {
		name := name
		defMember(TypeType, name, func(t *Thread, o Object) (Object, *BaseException) {
			typ := o.(*Type)
			switch name {
			case "__basicsize__":
				return MakeInt(approxSizeof(&Instance{typ: typ}) - 16*btoi(isGCObject(&Instance{typ: typ}))), nil
			case "__flags__":
				return MakeInt(typeFlagsValue(typ)), nil
			case "__itemsize__":
				return MakeInt(typeItemsize(typ)), nil
			}
			return MakeInt(0), nil
		})
	}
}

// typeItemsize is type.__itemsize__: CPython's per-item size of the
// variable-length builtins, inherited by their subclasses.
func typeItemsize(typ *Type) int64 {
	switch {
	case typ.IsSubtype(TypeType):
		return 40
	case typ.IsSubtype(TupleType), typ == MemoryViewType:
		return 8
	case typ.IsSubtype(IntType):
		return 4
	case typ.IsSubtype(BytesType):
		return 1
	}
	return 0
}
