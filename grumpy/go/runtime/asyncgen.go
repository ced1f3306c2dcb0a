package runtime

// Async iteration, async context managers and async generators.
//
// An async generator's body is an ordinary generator state machine whose
// `yield v` produces an asyncGenValue wrapper; `await` inside it yields raw
// values to the event loop. The awaitables returned by __anext__/asend/
// athrow resume the body and tell the two apart: a wrapped value finishes
// the awaitable (StopIteration(v)), anything else passes through to the
// event loop, and the body's end raises StopAsyncIteration.

type asyncGenValue struct{ v Object }

var asyncGenValueType = finalType(newBuiltinType("async_generator_wrapped_value", ObjectType))

func (*asyncGenValue) Type() *Type { return asyncGenValueType }

// WrapAsyncGenValue marks a value yielded by an async generator's `yield`.
func WrapAsyncGenValue(v Object) Object { return &asyncGenValue{v} }

var (
	// AsyncGeneratorType is `async_generator`.
	AsyncGeneratorType = finalType(newBuiltinType("async_generator", ObjectType))
	asyncGenASendType  = finalType(newBuiltinType("async_generator_asend", ObjectType))
	asyncGenAThrowType = finalType(newBuiltinType("async_generator_athrow", ObjectType))
)

// asyncGenStep is the awaitable returned by __anext__, asend and athrow.
type asyncGenStep struct {
	g       *Generator
	sendVal Object
	throw   *BaseException
	started bool
	done    bool
	// closing marks aclose()'s awaitable: the generator exiting (by
	// GeneratorExit, StopAsyncIteration or returning) completes it.
	closing bool
	// isThrow: made by athrow() or aclose() (type async_generator_athrow).
	isThrow bool
}

func (s *asyncGenStep) Type() *Type {
	if s.isThrow {
		return asyncGenAThrowType
	}
	return asyncGenASendType
}

func (s *asyncGenStep) step(t *Thread, sent Object, throw *BaseException) (Object, *BaseException) {
	if s.done {
		if s.isThrow {
			return nil, NewError(RuntimeErrorType, "cannot reuse already awaited aclose()/athrow()")
		}
		return nil, NewError(RuntimeErrorType, "cannot reuse already awaited __anext__()/asend()")
	}
	if !s.started {
		s.started = true
		if s.throw != nil {
			throw = s.throw
		} else if sent == None || sent == nil {
			sent = s.sendVal
		}
	}
	v, exc := s.g.resume(t, sent, throw)
	if s.closing {
		if exc != nil && (exc.IsInstanceOf(GeneratorExitType) || exc.IsInstanceOf(StopAsyncIterationType)) || exc == nil && v == nil {
			s.done = true
			return nil, stopIteration(None)
		}
		if _, ok := v.(*asyncGenValue); ok {
			s.done = true
			return nil, NewError(RuntimeErrorType, "async generator ignored GeneratorExit")
		}
	}
	if exc != nil {
		s.done = true
		return nil, exc
	}
	if v == nil {
		s.done = true
		return nil, NewException(StopAsyncIterationType)
	}
	if w, ok := v.(*asyncGenValue); ok {
		s.done = true
		return nil, stopIteration(w.v)
	}
	return v, nil
}

func (s *asyncGenStep) next(t *Thread) (Object, *BaseException) {
	v, exc := s.step(t, None, nil)
	if exc != nil && exc.IsInstanceOf(StopIterationType) {
		// Iterator protocol: surface the StopIteration to `await`'s
		// delegation, which reads its value.
		return nil, exc
	}
	return v, exc
}

// AIter is aiter(o) / the start of `async for`.
func AIter(t *Thread, o Object) (Object, *BaseException) {
	if g, ok := o.(*Generator); ok && g.kind == genAsync {
		return g, nil
	}
	f := TypeOf(o).lookup(InternStr("__aiter__"))
	if f == nil {
		return nil, Errorf(TypeErrorType, "'async for' requires an object with __aiter__ method, got %s", TypeOf(o).name)
	}
	return callUnaryDunder(t, f, o)
}

// ANext is the awaitable for one `async for` step (anext(it)).
func ANext(t *Thread, it Object) (Object, *BaseException) {
	if g, ok := it.(*Generator); ok && g.kind == genAsync {
		if exc := g.initHooks(t); exc != nil {
			return nil, exc
		}
		return &asyncGenStep{g: g, sendVal: None}, nil
	}
	f := TypeOf(it).lookup(InternStr("__anext__"))
	if f == nil {
		return nil, Errorf(TypeErrorType, "'async for' received an object from __aiter__ that does not implement __anext__: %s", TypeOf(it).name)
	}
	return callUnaryDunder(t, f, it)
}

// AsyncWithEnter starts `async with`: the bound __aexit__ and the awaitable
// of __aenter__().
func AsyncWithEnter(t *Thread, mgr Object) (Object, Object, *BaseException) {
	typ := TypeOf(mgr)
	enter := typ.lookup(InternStr("__aenter__"))
	exit := typ.lookup(InternStr("__aexit__"))
	if enter == nil {
		return nil, nil, Errorf(TypeErrorType, "'%s' object does not support the asynchronous context manager protocol", typ.name)
	}
	if exit == nil {
		return nil, nil, Errorf(TypeErrorType, "'%s' object does not support the asynchronous context manager protocol (missed __aexit__ method)", typ.name)
	}
	boundExit, exc := descrGet(t, exit, mgr, typ)
	if exc != nil {
		return nil, nil, exc
	}
	aw, exc := callUnaryDunder(t, enter, mgr)
	if exc != nil {
		return nil, nil, exc
	}
	return boundExit, aw, nil
}

// TypeOfExc is type(e) for generated code.
func TypeOfExc(e *BaseException) Object { return e.typ }

// TracebackOf is e.__traceback__ for generated code.
func TracebackOf(e *BaseException) Object { return e.TracebackObject() }

func init() {
	DefMethod(AsyncGeneratorType, "__aiter__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return args[0], nil
	})
	DefMethod(AsyncGeneratorType, "__anext__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := args[0].(*Generator).initHooks(t); exc != nil {
			return nil, exc
		}
		return &asyncGenStep{g: args[0].(*Generator), sendVal: None}, nil
	})
	DefMethod(AsyncGeneratorType, "asend", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) != 2 {
			return nil, NewError(TypeErrorType, "asend() takes exactly one argument")
		}
		if exc := args[0].(*Generator).initHooks(t); exc != nil {
			return nil, exc
		}
		return &asyncGenStep{g: args[0].(*Generator), sendVal: args[1]}, nil
	})
	DefMethod(AsyncGeneratorType, "athrow", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) < 2 {
			return nil, NewError(TypeErrorType, "athrow expected at least 1 argument, got 0")
		}
		e, err := throwArgs(t, args[1:])
		if err != nil {
			return nil, err
		}
		if exc := args[0].(*Generator).initHooks(t); exc != nil {
			return nil, exc
		}
		return &asyncGenStep{g: args[0].(*Generator), throw: e, isThrow: true}, nil
	})
	DefMethod(AsyncGeneratorType, "aclose", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		g := args[0].(*Generator)
		if exc := g.initHooks(t); exc != nil {
			return nil, exc
		}
		if g.Done || g.State == 0 {
			g.Done = true
			return &asyncGenStep{g: g, done: false, started: true, closing: true, isThrow: true}, nil
		}
		return &asyncGenStep{g: g, throw: NewException(GeneratorExitType), closing: true, isThrow: true}, nil
	})
	for _, typ := range []*Type{asyncGenASendType, asyncGenAThrowType} {
		defIterMethods(typ)
		DefMethod(typ, "__await__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			return args[0], nil
		})
		DefMethod(typ, "send", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			return args[0].(*asyncGenStep).step(t, args[1], nil)
		})
		DefMethod(typ, "throw", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			e, err := throwArgs(t, args[1:])
			if err != nil {
				return nil, err
			}
			return args[0].(*asyncGenStep).step(t, nil, e)
		})
		DefMethod(typ, "close", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			args[0].(*asyncGenStep).done = true
			return None, nil
		})
	}
}
