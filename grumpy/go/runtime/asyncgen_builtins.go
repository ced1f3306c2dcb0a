package runtime

// The builtins aiter() and anext(), and anext(it, default)'s awaitable.

// anextAwaitable is anext(it, default): awaiting it awaits it.__anext__()
// and turns StopAsyncIteration into the default value.
type anextAwaitable struct {
	wrapped Object // the awaitable __anext__ returned
	dflt    Object
	it      Object // its __await__ iterator, once started
}

var anextAwaitableType = finalType(newBuiltinType("anext_awaitable", ObjectType))

// Type implements Object.
func (*anextAwaitable) Type() *Type { return anextAwaitableType }

func (a *anextAwaitable) iter(t *Thread) (Object, *BaseException) {
	if a.it == nil {
		it, exc := AwaitIter(t, a.wrapped)
		if exc != nil {
			return nil, exc
		}
		a.it = it
	}
	return a.it, nil
}

// step sends v (or throws exc) into the wrapped awaitable.
func (a *anextAwaitable) step(t *Thread, v Object, throw *BaseException) (Object, *BaseException) {
	it, exc := a.iter(t)
	if exc != nil {
		return nil, exc
	}
	r, done, exc := YieldFromStep(t, it, v, throw)
	if exc != nil {
		if exc.IsInstanceOf(StopAsyncIterationType) {
			return nil, stopIteration(a.dflt)
		}
		return nil, exc
	}
	if done {
		return nil, stopIteration(r)
	}
	return r, nil
}

func (a *anextAwaitable) next(t *Thread) (Object, *BaseException) {
	r, exc := a.step(t, None, nil)
	if exc != nil && exc.typ == StopIterationType && exc.Field("value") == nil && len(exc.args.items) == 0 {
		return nil, nil
	}
	return r, exc
}

func init() {
	A := anextAwaitableType
	self := func(args []Object) (*anextAwaitable, *BaseException) {
		if len(args) > 0 {
			if a, ok := args[0].(*anextAwaitable); ok {
				return a, nil
			}
		}
		return nil, descrSelfError("send", A, args)
	}
	DefMethod(A, "__await__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return args[0], nil
	})
	DefMethod(A, "__iter__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return args[0], nil
	})
	DefMethod(A, "__next__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		a, exc := self(args)
		if exc != nil {
			return nil, exc
		}
		return a.step(t, None, nil)
	})
	DefMethod(A, "send", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		a, exc := self(args)
		if exc != nil {
			return nil, exc
		}
		if exc := ArgCount("send", args[1:], kw, 1, 1); exc != nil {
			return nil, exc
		}
		return a.step(t, args[1], nil)
	})
	DefMethod(A, "throw", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		a, exc := self(args)
		if exc != nil {
			return nil, exc
		}
		e, exc := throwArgs(t, args[1:])
		if exc != nil {
			return nil, exc
		}
		return a.step(t, nil, e)
	})
	DefMethod(A, "close", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		a, exc := self(args)
		if exc != nil {
			return nil, exc
		}
		if a.it != nil {
			if cl, _ := GetAttr(t, a.it, InternStr("close")); cl != nil {
				if _, exc := Call0(t, cl); exc != nil {
					return nil, exc
				}
			}
		}
		return None, nil
	})

	DefBuiltin("aiter", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(kw) > 0 {
			return nil, NewError(TypeErrorType, "aiter() takes no keyword arguments")
		}
		if len(args) != 1 {
			return nil, Errorf(TypeErrorType, "aiter() takes exactly one argument (%d given)", len(args))
		}
		o := args[0]
		f := TypeOf(o).lookup(InternStr("__aiter__"))
		if f == nil {
			return nil, Errorf(TypeErrorType, "'%s' object is not an async iterable", TypeOf(o).name)
		}
		it, exc := callUnaryDunder(t, f, o)
		if exc != nil {
			return nil, exc
		}
		if TypeOf(it).lookup(InternStr("__anext__")) == nil {
			return nil, Errorf(TypeErrorType, "aiter() returned not an async iterator of type '%s'", TypeOf(it).name)
		}
		return it, nil
	})
	DefBuiltin("anext", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(kw) > 0 {
			return nil, NewError(TypeErrorType, "anext() takes no keyword arguments")
		}
		if len(args) < 1 {
			return nil, Errorf(TypeErrorType, "anext expected at least 1 argument, got %d", len(args))
		}
		if len(args) > 2 {
			return nil, Errorf(TypeErrorType, "anext expected at most 2 arguments, got %d", len(args))
		}
		it := args[0]
		f := TypeOf(it).lookup(InternStr("__anext__"))
		if f == nil {
			return nil, Errorf(TypeErrorType, "'%s' object is not an async iterator", TypeOf(it).name)
		}
		aw, exc := callUnaryDunder(t, f, it)
		if exc != nil || len(args) == 1 {
			return aw, exc
		}
		return &anextAwaitable{wrapped: aw, dflt: args[1]}, nil
	})
}
