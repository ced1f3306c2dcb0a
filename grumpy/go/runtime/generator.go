package runtime

import "sync"

// GenFn is a generator body compiled to a resumable state machine: the
// compiler hoists every local into variables captured by the closure, and
// the body opens with a jump to the label after the yield it last stopped
// at (g.State). It returns the yielded value, or sets g.Done (with the
// return value in g.Return) when the body finishes. throw is non-nil when
// the generator is resumed by throw() or close().
type GenFn func(t *Thread, g *Generator, sent Object, throw *BaseException) (Object, *BaseException)

// Generator is a generator, coroutine or async generator object.
type Generator struct {
	mu      sync.Mutex
	fn      GenFn
	State   int
	Done    bool
	Return  Object
	running bool
	// frame is allocated apart from the generator so that a body running
	// on its own goroutine (package interp) can point at it without
	// keeping the generator object reachable.
	frame    *Frame
	name     *Str
	qualname *Str
	kind     genKind
	// frameObj is gi_frame's frame object, made on first use.
	frameObj *FrameObject
	// yieldFrom is the sub-iterator a `yield from` is delegating to.
	yieldFrom Object
	// handled saves the exception state of the generator's own except blocks
	// across suspensions.
	handled []*BaseException
	// closeOnDrop: the body has try/with blocks, so the generator is armed
	// for closing when dropped (finalID != 0) once it suspends
	// (generator_final.go).
	closeOnDrop bool
	finalID     uint64
	// origin is a coroutine's cr_origin (coroutine_unawaited.go): nil
	// (None) unless sys.set_coroutine_origin_tracking_depth was > 0 when
	// it was created.
	origin Object
	// An async generator's sys.set_asyncgen_hooks state (asyncgen_hooks.go):
	// hooksInited once its first __anext__/asend/athrow/aclose ran the
	// firstiter hook; agFinalizer is the finalizer hook then installed.
	hooksInited bool
	agFinalizer Object
}

type genKind int

const (
	genPlain genKind = iota
	genCoroutine
	genAsync
)

var (
	// GeneratorType is `generator`.
	GeneratorType = finalType(newBuiltinType("generator", ObjectType))
	// CoroutineType is `coroutine`.
	CoroutineType = finalType(newBuiltinType("coroutine", ObjectType))
)

// Type implements Object.
func (g *Generator) Type() *Type {
	switch g.kind {
	case genCoroutine:
		return CoroutineType
	case genAsync:
		return AsyncGeneratorType
	}
	return GeneratorType
}

// NewGenerator makes a generator object for a compiled generator body.
func NewGenerator(code *Code, globals *Dict, fn GenFn) *Generator {
	g := &Generator{fn: fn, name: InternStr(code.Name), qualname: NewStr(code.Qualname)}
	g.frame = &Frame{code: code, globals: globals, Line: code.FirstLine, gen: true}
	if code.Coroutine {
		g.kind = genCoroutine
	} else if code.AsyncGen {
		g.kind = genAsync
	}
	return g
}

// Frame is the generator's own frame (for line tracking in its body).
func (g *Generator) Frame() *Frame { return g.frame }

// SetYieldFrom records the iterator being delegated to by `yield from`.
func (g *Generator) SetYieldFrom(it Object) { g.yieldFrom = it }

func (g *Generator) next(t *Thread) (Object, *BaseException) {
	return g.resume(t, None, nil)
}

// resume runs the body until its next yield; (nil, nil) means it finished
// (the return value is in g.Return).
func (g *Generator) resume(t *Thread, sent Object, throw *BaseException) (Object, *BaseException) {
	g.mu.Lock()
	if g.running {
		g.mu.Unlock()
		return nil, Errorf(ValueErrorType, "%s already executing", g.kindName())
	}
	if g.Done {
		// The return value went out with the StopIteration that ended the
		// body; an exhausted generator raises a bare StopIteration.
		g.Return = nil
		g.mu.Unlock()
		if g.kind == genCoroutine {
			// An exhausted coroutine: CPython's gen_send_ex (close() does
			// not get here).
			return nil, NewError(RuntimeErrorType, "cannot reuse already awaited coroutine")
		}
		if throw != nil {
			return nil, throw
		}
		return nil, nil
	}
	if g.State == 0 && sent != None && sent != nil && throw == nil {
		g.mu.Unlock()
		return nil, Errorf(TypeErrorType, "can't send non-None value to a just-started %s", g.kindName())
	}
	g.running = true
	g.mu.Unlock()
	if exc := t.PushGen(g.frame); exc != nil {
		g.running = false
		return nil, exc
	}
	base := len(t.handled)
	t.handled = append(t.handled, g.handled...)
	v, exc := g.fn(t, g, sent, throw)
	g.handled = append(g.handled[:0], t.handled[base:]...)
	t.RestoreHandlers(base)
	t.PopGen(g.frame)
	g.mu.Lock()
	g.running = false
	if g.Done || exc != nil {
		// A finished body's locals are released (CPython clears the frame),
		// so what they referenced can be freed and finalized.
		g.fn = nil
		g.frame.locals = nil
	}
	if g.finalID != 0 && (g.Done || exc != nil) {
		g.disarmFinal()
	}
	if exc != nil {
		g.Done = true
		g.mu.Unlock()
		stopAsync := g.kind == genAsync && exc.IsInstanceOf(StopAsyncIterationType)
		if stopAsync || exc.IsInstanceOf(StopIterationType) {
			msg := "generator raised StopIteration"
			switch {
			case stopAsync:
				msg = "async generator raised StopAsyncIteration"
			case g.kind == genCoroutine:
				msg = "coroutine raised StopIteration"
			case g.kind == genAsync:
				msg = "async generator raised StopIteration"
			}
			r := NewError(RuntimeErrorType, msg)
			r.cause = exc
			r.context = exc
			r.suppressContext = true
			return nil, r
		}
		return nil, exc
	}
	var full []*Generator
	if g.closeOnDrop && g.finalID == 0 && !g.Done && g.kind != genAsync {
		full = suspendNurseryAdd(g) // armed later: generator_nursery.go
	}
	g.mu.Unlock()
	if full != nil {
		armSuspended(full)
	}
	return v, nil
}

// kindName is the word CPython's messages use for g: "generator",
// "coroutine" or "async generator".
func (g *Generator) kindName() string {
	switch g.kind {
	case genCoroutine:
		return "coroutine"
	case genAsync:
		return "async generator"
	}
	return "generator"
}

// Send is gen.send(v).
func (g *Generator) Send(t *Thread, v Object) (Object, *BaseException) {
	r, exc := g.resume(t, v, nil)
	if r == nil && exc == nil {
		return nil, stopIteration(g.Return)
	}
	return r, exc
}

func stopIteration(v Object) *BaseException {
	if v == nil || v == None {
		return NewException(StopIterationType)
	}
	e := NewException(StopIterationType, v)
	e.SetField("value", v)
	return e
}

// Throw is gen.throw(exc).
func (g *Generator) Throw(t *Thread, exc *BaseException) (Object, *BaseException) {
	r, e := g.resume(t, nil, exc)
	if r == nil && e == nil {
		return nil, stopIteration(g.Return)
	}
	return r, e
}

// Close is gen.close().
func (g *Generator) Close(t *Thread) *BaseException {
	g.mu.Lock()
	if g.Done || g.State == 0 {
		g.Done = true
		g.mu.Unlock()
		return nil
	}
	g.mu.Unlock()
	r, exc := g.resume(t, nil, NewException(GeneratorExitType))
	if exc != nil {
		if exc.IsInstanceOf(GeneratorExitType) || exc.IsInstanceOf(StopIterationType) {
			return nil
		}
		return exc
	}
	if r != nil {
		return Errorf(RuntimeErrorType, "%s ignored GeneratorExit", g.kindName())
	}
	return nil
}

// YieldFromStep advances a `yield from` delegation one step: it forwards sent
// or throw to the sub-iterator and reports either a value to yield
// (done=false) or the sub-iterator's return value (done=true).
func YieldFromStep(t *Thread, sub Object, sent Object, throw *BaseException) (Object, bool, *BaseException) {
	if w, ok := sub.(*coroWrapper); ok {
		// A coroutine's __await__() iterator delegates to the coroutine
		// (its return value included).
		sub = w.g
	} else if fi, ok := sub.(*futureIter); ok {
		return fi.step(t, throw) // `await fut` on an _asyncio.Future
	}
	if throw != nil {
		if throw.IsInstanceOf(GeneratorExitType) {
			if sg, ok := sub.(*Generator); ok {
				if exc := sg.Close(t); exc != nil {
					return nil, true, exc
				}
			} else if cl, _ := GetAttr(t, sub, InternStr("close")); cl != nil {
				if _, exc := Call0(t, cl); exc != nil {
					return nil, true, exc
				}
			}
			return nil, true, throw
		}
		if sg, ok := sub.(*Generator); ok {
			v, exc := sg.resume(t, nil, throw)
			if v == nil && exc == nil {
				return sg.Return, true, nil
			}
			return v, false, exc
		}
		th, _ := GetAttr(t, sub, InternStr("throw"))
		if th == nil {
			return nil, true, throw
		}
		v, exc := Call1(t, th, throw)
		return stepResult(v, exc)
	}
	if sg, ok := sub.(*Generator); ok {
		v, exc := sg.resume(t, sent, nil)
		if v == nil && exc == nil {
			r := sg.Return
			if r == nil {
				r = None
			}
			return r, true, nil
		}
		return v, false, exc
	}
	if sent == nil || sent == None {
		if it, ok := sub.(Iterator); ok {
			v, exc := it.next(t)
			if v == nil && exc == nil {
				return None, true, nil
			}
			if exc != nil {
				return stepResult(nil, exc)
			}
			return v, false, nil
		}
		f := TypeOf(sub).lookup(strNext)
		if f == nil {
			return nil, true, Errorf(TypeErrorType, "'%s' object is not an iterator", TypeOf(sub).name)
		}
		v, exc := callUnaryDunder(t, f, sub)
		return stepResult(v, exc)
	}
	v, exc := CallMethod(t, sub, InternStr("send"), []Object{sent}, nil)
	return stepResult(v, exc)
}

func stepResult(v Object, exc *BaseException) (Object, bool, *BaseException) {
	if exc != nil {
		if exc.IsInstanceOf(StopIterationType) {
			r := exc.Field("value")
			if r == nil && len(exc.args.items) > 0 {
				r = exc.args.items[0]
			}
			if r == nil {
				r = None
			}
			return r, true, nil
		}
		return nil, true, exc
	}
	return v, false, nil
}

// GenFinish records the generator's return value.
func (g *Generator) GenFinish(v Object) {
	g.Done = true
	g.Return = v
}

func init() {
	defIterMethods(GeneratorType)
	DefMethod(GeneratorType, "__next__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return args[0].(*Generator).Send(t, None)
	})
	for _, typ := range []*Type{GeneratorType, CoroutineType} {
		DefMethod(typ, "send", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if len(args) != 2 {
				return nil, Errorf(TypeErrorType, "send() takes exactly one argument (%d given)", len(args)-1)
			}
			return args[0].(*Generator).Send(t, args[1])
		})
		DefMethod(typ, "throw", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if len(args) < 2 {
				return nil, NewError(TypeErrorType, "throw expected at least 1 argument, got 0")
			}
			exc, err := throwArgs(t, args[1:])
			if err != nil {
				return nil, err
			}
			return args[0].(*Generator).Throw(t, exc)
		})
		DefMethod(typ, "close", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			return None, args[0].(*Generator).Close(t)
		})
	}
	DefMethod(CoroutineType, "__await__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return &coroWrapper{g: args[0].(*Generator)}, nil
	})
	initCoroWrapper() // coroutine_wrapper.go
}

type coroWrapper struct{ g *Generator }

var coroWrapperType = finalType(newBuiltinType("coroutine_wrapper", ObjectType))

func (*coroWrapper) Type() *Type { return coroWrapperType }

func (w *coroWrapper) next(t *Thread) (Object, *BaseException) { return w.g.next(t) }
