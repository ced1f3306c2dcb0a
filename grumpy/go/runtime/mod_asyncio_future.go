package runtime

import "sync"

// _asyncio.Future and its awaitable iterator _asyncio.FutureIter.
//
// The state lives in asyncFuture, guarded by mu; mu is never held while
// Python code runs (the loop's call_soon, callbacks' __eq__, reprs): the
// methods copy what they need, unlock, then call. A user subclass's
// instance is an *Instance whose base is the struct (natmod_util.go), so
// the Python-visible object ("self", what callbacks receive) is passed
// down from the method's receiver rather than stored (a back-pointer would
// make a cycle that keeps Go from running the finalizer).
//
// Finalization ("exception was never retrieved") costs nothing for futures
// that never hold an unretrieved exception: set_exception arms the object
// (finalize.go's armDel) and Future.__del__ logs through the loop's
// call_exception_handler as CPython's FutureObj_finalize. The builtin
// __del__ is registered as a no-op for the class-flag check, so user
// subclasses are not armed at creation either.

const (
	futPending uint8 = iota
	futCancelled
	futFinished
)

// futCallback is one done callback and its context.
type futCallback struct{ fn, ctx Object }

type asyncFuture struct {
	futureDict
	mu           sync.Mutex
	loop         Object // nil: not initialised
	cb0, ctx0    Object
	callbacks    []futCallback
	result       Object
	exception    *BaseException
	excTB        []TracebackEntry // the traceback at set_exception
	excTBSet     bool
	sourceTB     Object
	cancelMsg    Object
	cancelledExc *BaseException
	state        uint8
	logTB        bool
	blocking     bool
}

// futureLike is implemented by *asyncFuture and *asyncTask.
type futureLike interface {
	Object
	fut() *asyncFuture
}

func (f *asyncFuture) fut() *asyncFuture { return f }

// Type implements Object.
func (*asyncFuture) Type() *Type { return FutureType }

var (
	// FutureType is _asyncio.Future.
	FutureType     = newNativeType("Future", "_asyncio", nil, "This class is *almost* compatible with concurrent.futures.Future.\n\n    Differences:\n\n    - result() and exception() do not take a timeout argument and\n      raise an exception when the future isn't done yet.\n\n    - Callbacks registered with add_done_callback() are always called\n      via the event loop's call_soon_threadsafe().\n\n    - This class is not compatible with the wait() and as_completed()\n      methods in the concurrent.futures package.").solidType()
	futureIterType = finalType(newNativeType("FutureIter", "_asyncio", nil, "").solidType())
)

// futureOf returns the Future state of a Future/Task or subclass instance.
func futureOf(o Object) *asyncFuture {
	if f, ok := Unwrap(o).(futureLike); ok {
		return f.fut()
	}
	return nil
}

func futNotInit() *BaseException {
	return NewError(RuntimeErrorType, "Future object is not initialized.")
}

// futureInit is Future.__init__(loop=...): it (re)initialises the state.
func futureInit(t *Thread, f *asyncFuture, loop Object) *BaseException {
	if loop == nil || loop == None {
		l, exc := aioGetEventLoop(t)
		if exc != nil {
			return exc
		}
		loop = l
	}
	f.mu.Lock()
	f.loop = loop
	f.cb0, f.ctx0, f.callbacks = nil, nil, nil
	f.result, f.exception, f.excTB, f.excTBSet = nil, nil, nil, false
	f.sourceTB, f.cancelMsg, f.cancelledExc = nil, nil, nil
	f.state, f.logTB, f.blocking = futPending, false, false
	f.mu.Unlock()
	dbg, exc := CallMethod(t, loop, InternStr("get_debug"), nil, nil)
	if exc != nil {
		return exc
	}
	on, exc := IsTrue(t, dbg)
	if exc != nil {
		return exc
	}
	if on {
		h, exc := aio(t)
		if exc != nil {
			return exc
		}
		tb, exc := Call0(t, h.extractStack)
		if exc != nil {
			return exc
		}
		f.mu.Lock()
		f.sourceTB = tb
		f.mu.Unlock()
	}
	return nil
}

// callSoon is loop.call_soon(fn[, arg][, context=ctx]).
func callSoon(t *Thread, loop, fn, arg, ctx Object) *BaseException {
	args := make([]Object, 0, 3)
	args = append(args, fn)
	if arg != nil {
		args = append(args, arg)
	}
	var kw []*Str
	if ctx != nil {
		args = append(args, ctx)
		kw = aioContextKw
	}
	_, exc := CallMethod(t, loop, InternStr("call_soon"), args, kw)
	return exc
}

var aioContextKw = []*Str{InternStr("context")}

// scheduleCallbacks hands the done callbacks to the loop (the state has
// just left PENDING).
func (f *asyncFuture) scheduleCallbacks(t *Thread, self Object) *BaseException {
	f.mu.Lock()
	cb0, ctx0, cbs, loop := f.cb0, f.ctx0, f.callbacks, f.loop
	f.cb0, f.ctx0, f.callbacks = nil, nil, nil
	f.mu.Unlock()
	if cb0 != nil {
		if exc := callSoon(t, loop, cb0, self, ctx0); exc != nil {
			return exc
		}
	}
	for _, c := range cbs {
		if exc := callSoon(t, loop, c.fn, self, c.ctx); exc != nil {
			return exc
		}
	}
	return nil
}

func (f *asyncFuture) setResult(t *Thread, self, v Object) *BaseException {
	f.mu.Lock()
	if f.loop == nil {
		f.mu.Unlock()
		return futNotInit()
	}
	if f.state != futPending {
		f.mu.Unlock()
		return aioInvalidState(t, "invalid state")
	}
	f.result = v
	f.state = futFinished
	f.mu.Unlock()
	return f.scheduleCallbacks(t, self)
}

func (f *asyncFuture) setException(t *Thread, self, exc Object) *BaseException {
	f.mu.Lock()
	alive, state := f.loop != nil, f.state
	f.mu.Unlock()
	if !alive {
		return futNotInit()
	}
	if state != futPending {
		return aioInvalidState(t, "invalid state")
	}
	val := exc
	if typ, ok := exc.(*Type); ok && typ.IsSubtype(BaseExceptionType) {
		v, e := Call0(t, typ)
		if e != nil {
			return e
		}
		val = v
		f.mu.Lock()
		state = f.state
		f.mu.Unlock()
		if state != futPending {
			return aioInvalidState(t, "invalid state")
		}
	}
	e, ok := val.(*BaseException)
	if !ok {
		return NewError(TypeErrorType, "invalid exception object")
	}
	if e.typ == StopIterationType {
		return NewError(TypeErrorType, "StopIteration interacts badly with generators and cannot be raised into a Future")
	}
	f.mu.Lock()
	if f.state != futPending {
		f.mu.Unlock()
		return aioInvalidState(t, "invalid state")
	}
	f.exception = e
	f.excTB = e.tb[:len(e.tb):len(e.tb)]
	f.excTBSet = true
	f.state = futFinished
	f.mu.Unlock()
	if err := f.scheduleCallbacks(t, self); err != nil {
		return err
	}
	f.mu.Lock()
	f.logTB = true
	f.mu.Unlock()
	aioArm(self) // logs "exception was never retrieved" if it dies so
	return nil
}

// makeCancelledError is _make_cancelled_error(): the CancelledError a task
// saved when its coroutine raised one, else a new one with the message.
func (f *asyncFuture) makeCancelledError(t *Thread) *BaseException {
	f.mu.Lock()
	if e := f.cancelledExc; e != nil {
		f.cancelledExc = nil
		f.mu.Unlock()
		return e
	}
	msg := f.cancelMsg
	f.mu.Unlock()
	h, exc := aio(t)
	if exc != nil {
		return exc
	}
	var o Object
	if msg == nil || msg == None {
		o, exc = Call0(t, h.cancelled)
	} else {
		o, exc = Call1(t, h.cancelled, msg)
	}
	if exc != nil {
		return exc
	}
	if e, ok := o.(*BaseException); ok {
		return e
	}
	return NewError(TypeErrorType, "exceptions must derive from BaseException")
}

// getResult is future_get_result: the result, or the exception to raise.
func (f *asyncFuture) getResult(t *Thread) (Object, *BaseException) {
	f.mu.Lock()
	switch f.state {
	case futCancelled:
		f.mu.Unlock()
		return nil, f.makeCancelledError(t)
	case futPending:
		f.mu.Unlock()
		return nil, aioInvalidState(t, "Result is not set.")
	}
	f.logTB = false
	if e := f.exception; e != nil {
		if f.excTBSet {
			// The traceback it had when set, on every result() (each
			// await re-raises it: the tracebacks must not pile up).
			e.tb = f.excTB
			e.tbObj.Store(nil)
		}
		f.mu.Unlock()
		return nil, e
	}
	r := f.result
	f.mu.Unlock()
	return r, nil
}

// addDoneCallback is future_add_done_callback.
func (f *asyncFuture) addDoneCallback(t *Thread, self, fn, ctx Object) *BaseException {
	f.mu.Lock()
	if f.loop == nil {
		f.mu.Unlock()
		return NewError(RuntimeErrorType, "uninitialized Future object")
	}
	if f.state != futPending {
		loop := f.loop
		f.mu.Unlock()
		return callSoon(t, loop, fn, self, ctx)
	}
	if f.cb0 == nil && f.callbacks == nil {
		f.cb0, f.ctx0 = fn, ctx
	} else {
		f.callbacks = append(f.callbacks, futCallback{fn, ctx})
	}
	f.mu.Unlock()
	return nil
}

// cancel is future_cancel.
func (f *asyncFuture) cancel(t *Thread, self, msg Object) (bool, *BaseException) {
	f.mu.Lock()
	f.logTB = false
	if f.state != futPending {
		f.mu.Unlock()
		return false, nil
	}
	f.state = futCancelled
	f.cancelMsg = msg
	f.mu.Unlock()
	if exc := f.scheduleCallbacks(t, self); exc != nil {
		return false, exc
	}
	return true, nil
}

func (f *asyncFuture) removeDoneCallback(t *Thread, fn Object) (int, *BaseException) {
	cleared := 0
	f.mu.Lock()
	cb0 := f.cb0
	f.mu.Unlock()
	if cb0 != nil {
		eq, exc := aioEq(t, cb0, fn)
		if exc != nil {
			return 0, exc
		}
		if eq {
			f.mu.Lock()
			if f.cb0 == cb0 {
				f.cb0, f.ctx0 = nil, nil
				cleared = 1
			}
			f.mu.Unlock()
		}
	}
	f.mu.Lock()
	cbs := f.callbacks
	f.mu.Unlock()
	if cbs == nil {
		return cleared, nil
	}
	kept := make([]futCallback, 0, len(cbs))
	for _, c := range cbs {
		eq, exc := aioEq(t, c.fn, fn)
		if exc != nil {
			return 0, exc
		}
		if !eq {
			kept = append(kept, c)
		}
	}
	removed := len(cbs) - len(kept)
	f.mu.Lock()
	if len(kept) == 0 {
		f.callbacks = nil
	} else if removed > 0 {
		// Callbacks added meanwhile (by the comparisons' code) are kept.
		if len(f.callbacks) > len(cbs) {
			kept = append(kept, f.callbacks[len(cbs):]...)
		}
		f.callbacks = kept
	}
	f.mu.Unlock()
	return removed + cleared, nil
}

// aioEq is PyObject_RichCompareBool(a, b, Py_EQ) (identity first).
func aioEq(t *Thread, a, b Object) (bool, *BaseException) {
	if a == b {
		return true, nil
	}
	r, exc := Eq(t, a, b)
	if exc != nil {
		return false, exc
	}
	return IsTrue(t, r)
}

func (f *asyncFuture) alive() bool {
	f.mu.Lock()
	ok := f.loop != nil
	f.mu.Unlock()
	return ok
}

// finalize is FutureObj_finalize: a future dying with an exception nobody
// retrieved reports it to its loop's exception handler.
func (f *asyncFuture) finalize(t *Thread, self Object) {
	f.mu.Lock()
	if !f.logTB {
		f.mu.Unlock()
		return
	}
	f.logTB = false
	e, loop, stb := f.exception, f.loop, f.sourceTB
	f.mu.Unlock()
	ctx := NewDict()
	ctx.SetStr("message", NewStr(shortTypeName(TypeOf(self))+" exception was never retrieved"))
	ctx.SetStr("exception", e)
	ctx.SetStr("future", self)
	if stb != nil {
		ctx.SetStr("source_traceback", stb)
	}
	aioCallExceptionHandler(t, loop, ctx)
}

func aioCallExceptionHandler(t *Thread, loop Object, ctx *Dict) {
	fn, exc := GetAttr(t, loop, InternStr("call_exception_handler"))
	if exc == nil {
		if _, exc = Call1(t, fn, ctx); exc != nil {
			WriteUnraisable(t, exc, fn, "")
		}
		return
	}
	WriteUnraisable(t, exc, nil, "")
}

// futureSelf is the receiver check of Future methods.
func futureSelf(args []Object, name string) (*asyncFuture, *BaseException) {
	if len(args) > 0 {
		if f := futureOf(args[0]); f != nil {
			return f, nil
		}
	}
	return nil, descrSelfError(name, FutureType, args)
}

func defFutureMethod(name string, fn func(t *Thread, f *asyncFuture, self Object, args []Object, kw []*Str) (Object, *BaseException)) {
	DefMethod(FutureType, name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		f, exc := futureSelf(args, name)
		if exc != nil {
			return nil, exc
		}
		return fn(t, f, args[0], args[1:], kw)
	})
}

func defFutureGetSet(typ *Type, name string, get func(t *Thread, f *asyncFuture) (Object, *BaseException), set func(t *Thread, f *asyncFuture, v Object) *BaseException) {
	var setter func(t *Thread, o, v Object) *BaseException
	if set != nil {
		setter = func(t *Thread, o, v Object) *BaseException { return set(t, futureOf(o), v) }
	}
	defGetSet(typ, name, func(t *Thread, o Object) (Object, *BaseException) { return get(t, futureOf(o)) }, setter)
}

func aioOrNone(o Object) Object {
	if o == nil {
		return None
	}
	return o
}

// noArgs checks a METH_NOARGS method's arguments.
func noArgs(name string, args []Object, kw []*Str) *BaseException {
	if len(kw) > 0 {
		return Errorf(TypeErrorType, "%s() takes no keyword arguments", name)
	}
	if len(args) > 0 {
		return Errorf(TypeErrorType, "%s() takes no arguments (%d given)", name, len(args))
	}
	return nil
}

// aioCancelArgs parses cancel(msg=None).
func aioCancelArgs(args []Object, kw []*Str) (Object, *BaseException) {
	var msg Object = None
	if len(args) == 1 && len(kw) == 0 {
		return args[0], nil
	}
	if len(args) == 0 {
		return msg, nil
	}
	if len(args) > 1 {
		return nil, Errorf(TypeErrorType, "cancel() takes at most 1 argument (%d given)", len(args))
	}
	if exc := clinicArgs("cancel", args, kw, []string{"msg?"}, &msg); exc != nil {
		return nil, exc
	}
	return msg, nil
}

// aioCallbackArgs parses add_done_callback(fn, /, *, context=None).
func aioCallbackArgs(t *Thread, args []Object, kw []*Str) (Object, Object, *BaseException) {
	npos := len(args) - len(kw)
	if npos != 1 {
		return nil, nil, Errorf(TypeErrorType, "add_done_callback() takes exactly 1 positional argument (%d given)", npos)
	}
	var ctx Object = None
	for i, k := range kw {
		if k.s != "context" {
			return nil, nil, Errorf(TypeErrorType, "'%s' is an invalid keyword argument for add_done_callback()", k.s)
		}
		ctx = args[npos+i]
	}
	if ctx == None {
		ctx = &contextObj{vars: currentContext(t).snapshot()}
	}
	return args[0], ctx, nil
}

func init() {
	F := FutureType
	DefStatic(F, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		cls, exc := nativeNewArgs(args, FutureType)
		if exc != nil {
			return nil, exc
		}
		if cls.IsSubtype(TaskType) {
			return nativeWrap(cls, TaskType, &asyncTask{}), nil
		}
		return nativeWrap(cls, FutureType, &asyncFuture{}), nil
	})
	defFutureMethod("__init__", func(t *Thread, f *asyncFuture, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		npos := len(args) - len(kw)
		if npos > 0 {
			return nil, NewError(TypeErrorType, "Future() takes no positional arguments")
		}
		if len(kw) > 1 {
			return nil, Errorf(TypeErrorType, "Future() takes at most 1 keyword argument (%d given)", len(kw))
		}
		var loop Object = None
		if len(kw) == 1 {
			if kw[0].s != "loop" {
				return nil, Errorf(TypeErrorType, "'%s' is an invalid keyword argument for Future()", kw[0].s)
			}
			loop = args[0]
		}
		if exc := futureInit(t, f, loop); exc != nil {
			return nil, exc
		}
		return None, nil
	})
	defFutureMethod("result", func(t *Thread, f *asyncFuture, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := noArgs("result", args, kw); exc != nil {
			return nil, exc
		}
		if !f.alive() {
			return nil, aioInvalidState(t, "Future object is not initialized.")
		}
		return f.getResult(t)
	})
	defFutureMethod("exception", func(t *Thread, f *asyncFuture, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := noArgs("exception", args, kw); exc != nil {
			return nil, exc
		}
		f.mu.Lock()
		alive, state := f.loop != nil, f.state
		f.mu.Unlock()
		if !alive {
			return nil, aioInvalidState(t, "Future object is not initialized.")
		}
		if state == futCancelled {
			return nil, f.makeCancelledError(t)
		}
		if state != futFinished {
			return nil, aioInvalidState(t, "Exception is not set.")
		}
		f.mu.Lock()
		defer f.mu.Unlock()
		if f.exception != nil {
			f.logTB = false
			return f.exception, nil
		}
		return None, nil
	})
	defFutureMethod("set_result", func(t *Thread, f *asyncFuture, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("Future.set_result", "set_result", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		if exc := f.setResult(t, self, args[0]); exc != nil {
			return nil, exc
		}
		return None, nil
	})
	defFutureMethod("set_exception", func(t *Thread, f *asyncFuture, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("Future.set_exception", "set_exception", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		if exc := f.setException(t, self, args[0]); exc != nil {
			return nil, exc
		}
		return None, nil
	})
	defFutureMethod("add_done_callback", func(t *Thread, f *asyncFuture, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		fn, ctx, exc := aioCallbackArgs(t, args, kw)
		if exc != nil {
			return nil, exc
		}
		if exc := f.addDoneCallback(t, self, fn, ctx); exc != nil {
			return nil, exc
		}
		return None, nil
	})
	defFutureMethod("remove_done_callback", func(t *Thread, f *asyncFuture, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("Future.remove_done_callback", "remove_done_callback", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		if !f.alive() {
			return nil, futNotInit()
		}
		n, exc := f.removeDoneCallback(t, args[0])
		if exc != nil {
			return nil, exc
		}
		return MakeInt(int64(n)), nil
	})
	defFutureMethod("cancel", func(t *Thread, f *asyncFuture, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		msg, exc := aioCancelArgs(args, kw)
		if exc != nil {
			return nil, exc
		}
		if !f.alive() {
			return nil, futNotInit()
		}
		ok, exc := f.cancel(t, self, msg)
		if exc != nil {
			return nil, exc
		}
		return NewBool(ok), nil
	})
	defFutureMethod("cancelled", func(t *Thread, f *asyncFuture, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := noArgs("cancelled", args, kw); exc != nil {
			return nil, exc
		}
		f.mu.Lock()
		r := f.loop != nil && f.state == futCancelled
		f.mu.Unlock()
		return NewBool(r), nil
	})
	defFutureMethod("done", func(t *Thread, f *asyncFuture, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := noArgs("done", args, kw); exc != nil {
			return nil, exc
		}
		f.mu.Lock()
		r := f.loop != nil && f.state != futPending
		f.mu.Unlock()
		return NewBool(r), nil
	})
	defFutureMethod("get_loop", func(t *Thread, f *asyncFuture, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := noArgs("get_loop", args, kw); exc != nil {
			return nil, exc
		}
		f.mu.Lock()
		l := f.loop
		f.mu.Unlock()
		if l == nil {
			return nil, futNotInit()
		}
		return l, nil
	})
	defFutureMethod("_make_cancelled_error", func(t *Thread, f *asyncFuture, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := noArgs("_make_cancelled_error", args, kw); exc != nil {
			return nil, exc
		}
		e := f.makeCancelledError(t)
		if h := aioReady.Load(); h != nil && !e.IsInstanceOf(h.cancelled) {
			return nil, e // the class could not be made
		}
		return e, nil
	})
	defFutureMethod("__repr__", func(t *Thread, f *asyncFuture, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		h, exc := aio(t)
		if exc != nil {
			return nil, exc
		}
		return Call1(t, h.futureRepr, self)
	})
	delFn := func(t *Thread, f *asyncFuture, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		f.finalize(t, self)
		return None, nil
	}
	defFutureMethod("__del__", delFn)
	noopDels[F.dict.GetStr("__del__")] = true
	awaitFn := func(t *Thread, f *asyncFuture, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := noArgs("__await__", args, kw); exc != nil {
			return nil, exc
		}
		if !f.alive() {
			return nil, futNotInit()
		}
		return &futureIter{self: self, f: f}, nil
	}
	defFutureMethod("__await__", awaitFn)
	defFutureMethod("__iter__", awaitFn)
	DefClassMethod(F, "__class_getitem__", classGetItem)

	defFutureGetSet(F, "_state", func(t *Thread, f *asyncFuture) (Object, *BaseException) {
		f.mu.Lock()
		alive, st := f.loop != nil, f.state
		f.mu.Unlock()
		if !alive {
			return nil, futNotInit()
		}
		switch st {
		case futCancelled:
			return NewStr("CANCELLED"), nil
		case futFinished:
			return NewStr("FINISHED"), nil
		}
		return NewStr("PENDING"), nil
	}, nil)
	defFutureGetSet(F, "_loop", func(t *Thread, f *asyncFuture) (Object, *BaseException) {
		f.mu.Lock()
		defer f.mu.Unlock()
		return aioOrNone(f.loop), nil
	}, nil)
	defFutureGetSet(F, "_asyncio_future_blocking", func(t *Thread, f *asyncFuture) (Object, *BaseException) {
		f.mu.Lock()
		defer f.mu.Unlock()
		return NewBool(f.loop != nil && f.blocking), nil
	}, func(t *Thread, f *asyncFuture, v Object) *BaseException {
		if !f.alive() {
			return futNotInit()
		}
		if v == nil {
			return NewError(AttributeErrorType, "cannot delete attribute")
		}
		b, exc := IsTrue(t, v)
		if exc != nil {
			return exc
		}
		f.mu.Lock()
		f.blocking = b
		f.mu.Unlock()
		return nil
	})
	defFutureGetSet(F, "_log_traceback", func(t *Thread, f *asyncFuture) (Object, *BaseException) {
		f.mu.Lock()
		defer f.mu.Unlock()
		if f.loop == nil {
			return nil, futNotInit()
		}
		return NewBool(f.logTB), nil
	}, func(t *Thread, f *asyncFuture, v Object) *BaseException {
		if v == nil {
			return NewError(AttributeErrorType, "cannot delete attribute")
		}
		b, exc := IsTrue(t, v)
		if exc != nil {
			return exc
		}
		if b {
			return NewError(ValueErrorType, "_log_traceback can only be set to False")
		}
		f.mu.Lock()
		f.logTB = false
		f.mu.Unlock()
		return nil
	})
	defFutureGetSet(F, "_callbacks", func(t *Thread, f *asyncFuture) (Object, *BaseException) {
		f.mu.Lock()
		defer f.mu.Unlock()
		if f.loop == nil {
			return nil, futNotInit()
		}
		if f.cb0 == nil && f.callbacks == nil {
			return None, nil
		}
		items := make([]Object, 0, len(f.callbacks)+1)
		if f.cb0 != nil {
			items = append(items, NewTuple(f.cb0, f.ctx0))
		}
		for _, c := range f.callbacks {
			items = append(items, NewTuple(c.fn, c.ctx))
		}
		return NewList(items...), nil
	}, nil)
	defFutureGetSet(F, "_result", func(t *Thread, f *asyncFuture) (Object, *BaseException) {
		f.mu.Lock()
		defer f.mu.Unlock()
		if f.loop == nil {
			return nil, futNotInit()
		}
		return aioOrNone(f.result), nil
	}, nil)
	defFutureGetSet(F, "_exception", func(t *Thread, f *asyncFuture) (Object, *BaseException) {
		f.mu.Lock()
		defer f.mu.Unlock()
		if f.loop == nil {
			return nil, futNotInit()
		}
		if f.exception == nil {
			return None, nil
		}
		return f.exception, nil
	}, nil)
	defFutureGetSet(F, "_source_traceback", func(t *Thread, f *asyncFuture) (Object, *BaseException) {
		f.mu.Lock()
		defer f.mu.Unlock()
		return aioOrNone(f.sourceTB), nil
	}, nil)
	defFutureGetSet(F, "_cancel_message", func(t *Thread, f *asyncFuture) (Object, *BaseException) {
		f.mu.Lock()
		defer f.mu.Unlock()
		return aioOrNone(f.cancelMsg), nil
	}, func(t *Thread, f *asyncFuture, v Object) *BaseException {
		if v == nil {
			return NewError(AttributeErrorType, "cannot delete attribute")
		}
		f.mu.Lock()
		f.cancelMsg = v
		f.mu.Unlock()
		return nil
	})

	// FutureIter: what `await fut` delegates to.
	I := futureIterType
	DefMethod(I, "__iter__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return args[0], nil
	})
	defNativeMethod(I, "__next__", func(t *Thread, it *futureIter, args []Object, kw []*Str) (Object, *BaseException) {
		return it.pyStep(t, nil)
	})
	defNativeMethod(I, "send", func(t *Thread, it *futureIter, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("send", "send", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		return it.pyStep(t, nil)
	})
	defNativeMethod(I, "throw", func(t *Thread, it *futureIter, args []Object, kw []*Str) (Object, *BaseException) {
		if len(kw) > 0 {
			return nil, NewError(TypeErrorType, "throw() takes no keyword arguments")
		}
		e, exc := futureIterThrowArgs(t, args)
		if exc != nil {
			return nil, exc
		}
		return it.pyStep(t, e)
	})
	defNativeMethod(I, "close", func(t *Thread, it *futureIter, args []Object, kw []*Str) (Object, *BaseException) {
		it.mu.Lock()
		it.f, it.self = nil, nil
		it.mu.Unlock()
		return None, nil
	})
}

// futureIterThrowArgs is FutureIter.throw's normalisation.
func futureIterThrowArgs(t *Thread, args []Object) (*BaseException, *BaseException) {
	if len(args) == 0 {
		return nil, NewError(TypeErrorType, "throw expected at least 1 argument, got 0")
	}
	if len(args) > 3 {
		return nil, Errorf(TypeErrorType, "throw expected at most 3 arguments, got %d", len(args))
	}
	switch x := args[0].(type) {
	case *BaseException:
		return throwArgs(t, args)
	case *Type:
		if x.IsSubtype(BaseExceptionType) {
			return throwArgs(t, args)
		}
	}
	return nil, NewError(TypeErrorType, "exceptions must be classes deriving BaseException or instances of such a class")
}

// futureIter is _asyncio.FutureIter.
type futureIter struct {
	mu   sync.Mutex
	self Object // the future as Python sees it
	f    *asyncFuture
}

// Type implements Object.
func (*futureIter) Type() *Type { return futureIterType }

// step is one resumption: (value to yield, false) while the future is
// pending, (its result, true) once done; a thrown exception is re-raised.
func (it *futureIter) step(t *Thread, throw *BaseException) (Object, bool, *BaseException) {
	it.mu.Lock()
	self, f := it.self, it.f
	if throw != nil || f == nil {
		it.self, it.f = nil, nil
		it.mu.Unlock()
		if throw != nil {
			return nil, true, throw
		}
		return None, true, nil
	}
	it.mu.Unlock()
	f.mu.Lock()
	if f.state == futPending {
		if !f.blocking {
			f.blocking = true
			f.mu.Unlock()
			return self, false, nil
		}
		f.mu.Unlock()
		return nil, true, NewError(RuntimeErrorType, "await wasn't used with future")
	}
	f.mu.Unlock()
	it.mu.Lock()
	it.self, it.f = nil, nil
	it.mu.Unlock()
	r, exc := f.getResult(t)
	if exc != nil {
		return nil, true, exc
	}
	return r, true, nil
}

// pyStep is __next__/send/throw: the return value becomes StopIteration.
func (it *futureIter) pyStep(t *Thread, throw *BaseException) (Object, *BaseException) {
	v, done, exc := it.step(t, throw)
	if exc != nil {
		return nil, exc
	}
	if done {
		return nil, stopIteration(v)
	}
	return v, nil
}

// next implements Iterator (for loops over `fut.__await__()`).
func (it *futureIter) next(t *Thread) (Object, *BaseException) {
	v, done, exc := it.step(t, nil)
	if exc != nil {
		return nil, exc
	}
	if done {
		if v == None {
			return nil, nil
		}
		return nil, stopIteration(v)
	}
	return v, nil
}
