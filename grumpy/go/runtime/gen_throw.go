package runtime

// throwArgs builds the exception that gen.throw(typ[, val[, tb]]) (and
// coroutine/async-generator throw, athrow) raises inside the frame, with
// CPython's rules (_gen_throw): an instance is thrown as is (and may not
// come with a separate value); a class is instantiated from val — val
// itself when it is already an instance of the class (what
// contextlib.contextmanager passes), no arguments for None, the items of a
// tuple, or val as the single argument — and tb, when given, becomes the
// exception's __traceback__.
func throwArgs(t *Thread, args []Object) (*BaseException, *BaseException) {
	if len(args) == 0 {
		return nil, NewError(TypeErrorType, "throw expected at least 1 argument, got 0")
	}
	if len(args) > 3 {
		return nil, Errorf(TypeErrorType, "throw expected at most 3 arguments, got %d", len(args))
	}
	typ := args[0]
	var val, tb Object = None, None
	if len(args) > 1 {
		val = args[1]
	}
	if len(args) > 2 {
		tb = args[2]
	}
	if tb != None {
		if _, ok := tb.(*Traceback); !ok {
			return nil, NewError(TypeErrorType, "throw() third argument must be a traceback object")
		}
	}
	var e *BaseException
	switch x := typ.(type) {
	case *BaseException:
		if val != None {
			return nil, NewError(TypeErrorType, "instance exception may not have a separate value")
		}
		e = x
	case *Type:
		if !x.IsSubtype(BaseExceptionType) {
			return nil, Errorf(TypeErrorType, "exceptions must be classes or instances deriving from BaseException, not type")
		}
		if v, ok := val.(*BaseException); ok && TypeOf(v).IsSubtype(x) {
			e = v
			break
		}
		var cargs []Object
		switch v := val.(type) {
		case *noneObj:
		case *Tuple:
			cargs = v.items
		default:
			cargs = []Object{val}
		}
		// CPython normalizes inside _gen_throw: an error making the
		// instance is what gets thrown into the generator.
		r, exc := Call(t, x, cargs, nil)
		if exc != nil {
			e = exc
		} else if be, ok := r.(*BaseException); ok {
			e = be
		} else {
			cr, exc := Repr(t, x)
			if exc != nil {
				return nil, exc
			}
			e = Errorf(TypeErrorType, "calling %s should have returned an instance of BaseException, not %s", cr.s, TypeOf(r).name)
		}
	default:
		return nil, Errorf(TypeErrorType, "exceptions must be classes or instances deriving from BaseException, not %s", TypeOf(typ).name)
	}
	if tb != None {
		if exc := e.setTracebackObject(tb); exc != nil {
			return nil, exc
		}
	}
	return e, nil
}
