package runtime

// staticmethod and classmethod (CPython's funcobject.c): __new__ makes an
// uninitialized object (of the class asked for: subclasses such as
// abc.abstractclassmethod are real subclasses), __init__ stores the
// callable and copies its __module__, __name__, __qualname__, __doc__ and
// __annotations__ into the object's __dict__ (functools_wraps);
// __func__ and __wrapped__ are read-only members.

const staticMethodDoc = "staticmethod(function) -> method\n\nConvert a function to be a static method.\n\nA static method does not receive an implicit first argument.\nTo declare a static method, use this idiom:\n\n     class C:\n         @staticmethod\n         def f(arg1, arg2, argN):\n             ...\n\nIt can be called either on the class (e.g. C.f()) or on an instance\n(e.g. C().f()). Both the class and the instance are ignored, and\nneither is passed implicitly as the first argument to the method.\n\nStatic methods in Python are similar to those found in Java or C++.\nFor a more advanced concept, see the classmethod builtin."

const classMethodDoc = "classmethod(function) -> method\n\nConvert a function to be a class method.\n\nA class method receives the class as implicit first argument,\njust like an instance method receives the instance.\nTo declare a class method, use this idiom:\n\n  class C:\n      @classmethod\n      def f(cls, arg1, arg2, argN):\n          ...\n\nIt can be called either on the class (e.g. C.f()) or on an instance\n(e.g. C().f()).  The instance is ignored except for its class.\nIf a class method is called for a derived class, the derived class\nobject is passed as the implied first argument.\n\nClass methods are different than C++ or Java static methods.\nIf you want those, see the staticmethod builtin."

// descrDict is the (lazily made) attribute dict of a staticmethod/classmethod.
func descrDict(o Object) *Dict {
	excMu.Lock()
	defer excMu.Unlock()
	switch v := o.(type) {
	case *StaticMethod:
		if v.dict == nil {
			v.dict = NewDict()
		}
		return v.dict
	case *ClassMethod:
		if v.dict == nil {
			v.dict = NewDict()
		}
		return v.dict
	}
	return nil
}

// wrappedCallable is the callable a staticmethod/classmethod holds (nil
// before __init__).
func wrappedCallable(o Object) Object {
	switch v := o.(type) {
	case *StaticMethod:
		return v.fn
	case *ClassMethod:
		return v.fn
	}
	return nil
}

// functoolsWraps copies fn's wrapper attributes onto w (functools_wraps):
// missing ones are skipped.
func functoolsWraps(t *Thread, w, fn Object) *BaseException {
	for _, name := range []string{"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"} {
		v, exc := lookupAttrOpt(t, fn, name)
		if exc != nil {
			return exc
		}
		if v == nil {
			continue
		}
		if exc := SetAttr(t, w, InternStr(name), v); exc != nil {
			return exc
		}
	}
	return nil
}

// classMethodGet is cm_descr_get: the callable bound to the class; a
// wrapped descriptor other than a function is asked for itself (3.11
// chains __get__, so @classmethod @property reads the property).
func classMethodGet(t *Thread, c *ClassMethod, owner Object) (Object, *BaseException) {
	switch fn := c.fn.(type) {
	case nil:
		return nil, NewError(RuntimeErrorType, "uninitialized classmethod object")
	case *Function, *Builtin:
		return NewMethod(fn, owner), nil
	case *Property:
		return fn.get(t, owner)
	}
	if g := TypeOf(c.fn).lookup(strGet); g != nil {
		return Call(t, g, []Object{c.fn, owner, owner}, nil)
	}
	return NewMethod(c.fn, owner), nil
}

// staticMethodGet is sm_descr_get.
func staticMethodGet(s *StaticMethod) (Object, *BaseException) {
	if s.fn == nil {
		return nil, NewError(RuntimeErrorType, "uninitialized staticmethod object")
	}
	return s.fn, nil
}

func initDescrMethods() {
	S, C := StaticMethodType, ClassMethodType
	S.hasDict, C.hasDict = true, true
	S.dict.SetStr("__doc__", NewStr(staticMethodDoc))
	C.dict.SetStr("__doc__", NewStr(classMethodDoc))
	DefStatic(S, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		sm := &StaticMethod{}
		if typ := args[0].(*Type); typ != S {
			sm.typ = typ
		}
		return sm, nil
	})
	DefStatic(C, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		cm := &ClassMethod{}
		if typ := args[0].(*Type); typ != C {
			cm.typ = typ
		}
		return cm, nil
	})
	initFn := func(name string) BuiltinFn {
		return func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if len(kw) > 0 {
				return nil, Errorf(TypeErrorType, "%s() takes no keyword arguments", name)
			}
			if len(args) != 2 {
				return nil, Errorf(TypeErrorType, "%s expected 1 argument, got %d", name, len(args)-1)
			}
			switch v := args[0].(type) {
			case *StaticMethod:
				v.fn = args[1]
			case *ClassMethod:
				v.fn = args[1]
			default:
				return nil, Errorf(TypeErrorType, "descriptor '__init__' requires a '%s' object but received a '%s'", name, TypeOf(args[0]).name)
			}
			return None, functoolsWraps(t, args[0], args[1])
		}
	}
	DefMethod(S, "__init__", initFn("staticmethod"))
	DefMethod(C, "__init__", initFn("classmethod"))
	reprFn := func(name string) BuiltinFn {
		return func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			fn := wrappedCallable(args[0])
			if fn == nil {
				return NewStr("<" + name + "(<NULL>)>"), nil
			}
			r, exc := Repr(t, fn)
			if exc != nil {
				return nil, exc
			}
			return NewStr("<" + name + "(" + r.s + ")>"), nil
		}
	}
	DefMethod(S, "__repr__", reprFn("staticmethod"))
	DefMethod(C, "__repr__", reprFn("classmethod"))
	for _, typ := range []*Type{S, C} {
		for _, name := range []string{"__func__", "__wrapped__"} {
			defMember(typ, name, func(t *Thread, o Object) (Object, *BaseException) {
				if fn := wrappedCallable(o); fn != nil {
					return fn, nil
				}
				return None, nil
			})
		}
		defGetSet(typ, "__isabstractmethod__", func(t *Thread, o Object) (Object, *BaseException) {
			fn := wrappedCallable(o)
			if fn == nil {
				return False, nil
			}
			b, exc := isAbstractMethod(t, fn)
			return Bool(b), exc
		}, nil)
		defGetSet(typ, "__dict__", func(t *Thread, o Object) (Object, *BaseException) {
			return descrDict(o), nil
		}, func(t *Thread, o, v Object) *BaseException {
			if v == nil {
				return NewError(TypeErrorType, "cannot delete __dict__")
			}
			d, ok := v.(*Dict)
			if !ok {
				return Errorf(TypeErrorType, "__dict__ must be set to a dictionary, not a '%s'", TypeOf(v).name)
			}
			excMu.Lock()
			switch x := o.(type) {
			case *StaticMethod:
				x.dict = d
			case *ClassMethod:
				x.dict = d
			}
			excMu.Unlock()
			return nil
		})
	}
	DefMethod(S, "__get__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("__get__", args[1:], kw, 1, 2); exc != nil {
			return nil, exc
		}
		sm, ok := args[0].(*StaticMethod)
		if !ok {
			return nil, descrSelfError("__get__", S, args)
		}
		return staticMethodGet(sm)
	})
	DefMethod(C, "__get__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("__get__", args[1:], kw, 1, 2); exc != nil {
			return nil, exc
		}
		cm, ok := args[0].(*ClassMethod)
		if !ok {
			return nil, descrSelfError("__get__", C, args)
		}
		owner := args[len(args)-1]
		if len(args) == 2 || owner == None {
			owner = TypeOf(args[1])
		}
		return classMethodGet(t, cm, owner)
	})
	DefMethod(S, "__call__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		sm, ok := args[0].(*StaticMethod)
		if !ok {
			return nil, descrSelfError("__call__", S, args)
		}
		fn, exc := staticMethodGet(sm)
		if exc != nil {
			return nil, exc
		}
		return Call(t, fn, args[1:], kw)
	})
}
