package runtime

import "strconv"

// _asyncio.Task: a Future that drives a coroutine. Each step (taskStep)
// sends None or throws an exception into the coroutine in Go; what the
// coroutine yields decides what comes next, as in CPython's task_step_impl:
// a blocking Future gets the task's wakeup callback (a bound builtin
// "task_wakeup", so remove_done_callback finds it by equality), None
// reschedules the task, anything else is an error thrown in on the next
// step. Steps are scheduled with loop.call_soon(TaskStepMethWrapper,
// context=task's context), so the pure-Python Handle runs each step inside
// the task's contextvars.Context.

type asyncTask struct {
	asyncFuture
	waiter            Object
	coro              Object
	name              Object
	context           Object
	mustCancel        bool
	logDestroyPending bool
	numCancels        int
}

// Type implements Object.
func (*asyncTask) Type() *Type { return TaskType }

var (
	// TaskType is _asyncio.Task.
	TaskType            = newNativeType("Task", "_asyncio", FutureType, "A coroutine wrapped in a Future.").solidType()
	taskStepWrapperType = finalType(newNativeType("TaskStepMethWrapper", "", nil, "").solidType())
	taskWakeupFn        *Builtin
)

// taskStepWrapper is the callable a step is scheduled as: it calls
// taskStep(task, exc).
type taskStepWrapper struct {
	task Object // the task as Python sees it
	tk   *asyncTask
	exc  *BaseException
}

// Type implements Object.
func (*taskStepWrapper) Type() *Type { return taskStepWrapperType }

func taskOf(o Object) *asyncTask {
	tk, _ := Unwrap(o).(*asyncTask)
	return tk
}

// callStepSoon schedules the next step (task_call_step_soon).
func (tk *asyncTask) callStepSoon(t *Thread, self Object, exc *BaseException) *BaseException {
	tk.mu.Lock()
	loop, ctx := tk.loop, tk.context
	tk.mu.Unlock()
	return callSoon(t, loop, &taskStepWrapper{task: self, tk: tk, exc: exc}, nil, ctx)
}

// setErrorSoon throws RuntimeError(msg) into the coroutine on the next step.
func (tk *asyncTask) setErrorSoon(t *Thread, self Object, msg string) *BaseException {
	return tk.callStepSoon(t, self, NewError(RuntimeErrorType, msg))
}

// step is task_step: one step between _enter_task and _leave_task.
func (tk *asyncTask) step(t *Thread, self Object, exc *BaseException) *BaseException {
	tk.mu.Lock()
	loop := tk.loop
	tk.mu.Unlock()
	if e := enterTask(t, loop, self); e != nil {
		return e
	}
	err := tk.stepImpl(t, self, exc)
	if e := leaveTask(t, loop, self); e != nil {
		if err != nil {
			e.context = err
		}
		return e
	}
	return err
}

// coroStep sends None or throws exc into the coroutine: (yielded, false),
// (returned, true) or an exception.
func coroStep(t *Thread, coro Object, exc *BaseException) (Object, bool, *BaseException) {
	if g, ok := coro.(*Generator); ok {
		var v Object
		var e *BaseException
		if exc == nil {
			v, e = g.resume(t, None, nil)
		} else {
			v, e = g.resume(t, nil, exc)
		}
		if v == nil && e == nil {
			return aioOrNone(g.Return), true, nil
		}
		return v, false, e
	}
	if exc != nil {
		return stepResult(CallMethod(t, coro, InternStr("throw"), []Object{exc}, nil))
	}
	if it, ok := coro.(Iterator); ok {
		v, e := it.next(t)
		if v == nil && e == nil {
			return None, true, nil
		}
		return stepResult(v, e)
	}
	if f := TypeOf(coro).lookup(strNext); f != nil {
		return stepResult(callUnaryDunder(t, f, coro))
	}
	return stepResult(CallMethod(t, coro, InternStr("send"), []Object{None}, nil))
}

func (tk *asyncTask) stepImpl(t *Thread, self Object, exc *BaseException) *BaseException {
	tk.mu.Lock()
	if tk.state != futPending {
		tk.mu.Unlock()
		var e Object = None
		if exc != nil {
			e = exc
		}
		sr, err := Repr(t, self)
		if err != nil {
			return err
		}
		er, err := Repr(t, e)
		if err != nil {
			return err
		}
		return aioInvalidState(t, "_step(): already done: "+sr.s+" "+er.s)
	}
	mustCancel := tk.mustCancel
	tk.mu.Unlock()
	if mustCancel {
		h, err := aio(t)
		if err != nil {
			return err
		}
		if exc == nil || !exc.IsInstanceOf(h.cancelled) {
			exc = tk.makeCancelledError(t)
		}
		tk.mu.Lock()
		tk.mustCancel = false
		tk.mu.Unlock()
	}
	tk.mu.Lock()
	tk.waiter = nil
	coro := tk.coro
	tk.mu.Unlock()
	if coro == nil {
		return NewError(RuntimeErrorType, "uninitialized Task object")
	}
	result, done, err := coroStep(t, coro, exc)
	if done || err != nil {
		if err == nil {
			tk.mu.Lock()
			mc, msg := tk.mustCancel, tk.cancelMsg
			tk.mustCancel = false
			tk.mu.Unlock()
			aioDisarm(self)
			if mc {
				// Cancelled right before the coroutine returned.
				_, e := tk.cancel(t, self, msg)
				return e
			}
			return tk.setResult(t, self, result)
		}
		h, e := aio(t)
		if e != nil {
			return e
		}
		if err.IsInstanceOf(h.cancelled) {
			tk.mu.Lock()
			tk.cancelledExc = err
			tk.mu.Unlock()
			aioDisarm(self)
			_, e := tk.cancel(t, self, nil)
			return e
		}
		if e := tk.setException(t, self, err); e != nil {
			return e
		}
		if err.IsInstanceOf(KeyboardInterruptType) || err.IsInstanceOf(SystemExitType) {
			return err
		}
		return nil
	}
	if result == self {
		r, e := Repr(t, self)
		if e != nil {
			return e
		}
		return tk.setErrorSoon(t, self, "Task cannot await on itself: "+r.s)
	}
	switch rf := result.(type) {
	case *asyncFuture, *asyncTask:
		f := rf.(futureLike).fut()
		f.mu.Lock()
		floop, blocking := f.loop, f.blocking
		tk.mu.Lock()
		sameLoop := floop == tk.loop
		tk.mu.Unlock()
		if sameLoop && blocking {
			f.blocking = false
		}
		f.mu.Unlock()
		if !sameLoop {
			return tk.differentLoop(t, self, result)
		}
		if !blocking {
			return tk.yieldInsteadOfYieldFrom(t, self, result)
		}
		tk.mu.Lock()
		ctx := tk.context
		tk.mu.Unlock()
		if e := f.addDoneCallback(t, result, &Method{Fn: taskWakeupFn, Self: self}, ctx); e != nil {
			return e
		}
		return tk.waitOn(t, result)
	}
	if result == None {
		return tk.callStepSoon(t, self, nil)
	}
	o, e := LookupAttr(t, result, InternStr("_asyncio_future_blocking"))
	if e != nil {
		return e
	}
	if o != nil && o != None {
		blocking, e := IsTrue(t, o)
		if e != nil {
			return e
		}
		oloop, e := aioFutureLoop(t, result)
		if e != nil {
			return e
		}
		tk.mu.Lock()
		sameLoop := oloop == tk.loop
		ctx := tk.context
		tk.mu.Unlock()
		if !sameLoop {
			return tk.differentLoop(t, self, result)
		}
		if !blocking {
			return tk.yieldInsteadOfYieldFrom(t, self, result)
		}
		if e := SetAttr(t, result, InternStr("_asyncio_future_blocking"), False); e != nil {
			return e
		}
		add, e := GetAttr(t, result, InternStr("add_done_callback"))
		if e != nil {
			return e
		}
		if _, e := Call(t, add, []Object{&Method{Fn: taskWakeupFn, Self: self}, ctx}, aioContextKw); e != nil {
			return e
		}
		return tk.waitOn(t, result)
	}
	rr, e := Repr(t, result)
	if e != nil {
		return e
	}
	if g, ok := result.(*Generator); ok && g.kind == genPlain {
		sr, e := Repr(t, self)
		if e != nil {
			return e
		}
		return tk.setErrorSoon(t, self, "yield was used instead of yield from for generator in task "+sr.s+" with "+rr.s)
	}
	return tk.setErrorSoon(t, self, "Task got bad yield: "+rr.s)
}

// waitOn records the future the task now waits for, cancelling it at once
// when a cancel() arrived during the step.
func (tk *asyncTask) waitOn(t *Thread, result Object) *BaseException {
	tk.mu.Lock()
	tk.waiter = result
	mc, msg := tk.mustCancel, tk.cancelMsg
	tk.mu.Unlock()
	if mc {
		r, e := CallMethod(t, result, InternStr("cancel"), []Object{aioOrNone(msg)}, nil)
		if e != nil {
			return e
		}
		ok, e := IsTrue(t, r)
		if e != nil {
			return e
		}
		if ok {
			tk.mu.Lock()
			tk.mustCancel = false
			tk.mu.Unlock()
		}
	}
	return nil
}

func (tk *asyncTask) differentLoop(t *Thread, self, result Object) *BaseException {
	sr, e := Repr(t, self)
	if e != nil {
		return e
	}
	rr, e := Repr(t, result)
	if e != nil {
		return e
	}
	return tk.setErrorSoon(t, self, "Task "+sr.s+" got Future "+rr.s+" attached to a different loop")
}

func (tk *asyncTask) yieldInsteadOfYieldFrom(t *Thread, self, result Object) *BaseException {
	sr, e := Repr(t, self)
	if e != nil {
		return e
	}
	rr, e := Repr(t, result)
	if e != nil {
		return e
	}
	return tk.setErrorSoon(t, self, "yield was used instead of yield from in task "+sr.s+" with "+rr.s)
}

// aioFutureLoop is futures._get_loop: get_loop() if defined, else _loop.
func aioFutureLoop(t *Thread, fut Object) (Object, *BaseException) {
	if f, ok := fut.(futureLike); ok {
		f := f.fut()
		f.mu.Lock()
		defer f.mu.Unlock()
		return aioOrNone(f.loop), nil
	}
	gl, e := LookupAttr(t, fut, InternStr("get_loop"))
	if e != nil {
		return nil, e
	}
	if gl != nil {
		return Call0(t, gl)
	}
	return GetAttr(t, fut, InternStr("_loop"))
}

// wakeup is task_wakeup: the awaited future is done; resume with its
// result (nothing) or its exception.
func (tk *asyncTask) wakeup(t *Thread, self, fut Object) *BaseException {
	var exc *BaseException
	switch f := fut.(type) {
	case *asyncFuture, *asyncTask:
		_, exc = f.(futureLike).fut().getResult(t)
	default:
		_, exc = CallMethod(t, fut, InternStr("result"), nil, nil)
	}
	return tk.step(t, self, exc)
}

// cancelTask is Task.cancel(msg).
func (tk *asyncTask) cancelTask(t *Thread, self, msg Object) (Object, *BaseException) {
	tk.mu.Lock()
	tk.logTB = false
	if tk.state != futPending {
		tk.mu.Unlock()
		return False, nil
	}
	tk.numCancels++
	waiter := tk.waiter
	tk.mu.Unlock()
	if waiter != nil {
		r, e := CallMethod(t, waiter, InternStr("cancel"), []Object{msg}, nil)
		if e != nil {
			return nil, e
		}
		ok, e := IsTrue(t, r)
		if e != nil {
			return nil, e
		}
		if ok {
			return True, nil
		}
	}
	tk.mu.Lock()
	tk.mustCancel = true
	tk.cancelMsg = msg
	tk.mu.Unlock()
	return True, nil
}

// finalizeTask is TaskObj_finalize's own part: a task dying while pending.
func (tk *asyncTask) finalizeTask(t *Thread, self Object) {
	tk.mu.Lock()
	if tk.state != futPending || !tk.logDestroyPending || tk.loop == nil {
		tk.mu.Unlock()
		return
	}
	tk.logDestroyPending = false
	loop, stb := tk.loop, tk.sourceTB
	tk.mu.Unlock()
	ctx := NewDict()
	ctx.SetStr("message", NewStr("Task was destroyed but it is pending!"))
	ctx.SetStr("task", self)
	if stb != nil {
		ctx.SetStr("source_traceback", stb)
	}
	aioCallExceptionHandler(t, loop, ctx)
}

// isCoroutine is is_coroutine: native coroutines at once, other objects
// by asyncio.coroutines.iscoroutine, cached per type.
func isCoroutine(t *Thread, o Object) (bool, *BaseException) {
	if g, ok := o.(*Generator); ok && g.kind == genCoroutine {
		return true, nil
	}
	typ := TypeOf(o)
	if v, ok := aioCoroTypes.Load(typ); ok {
		return v.(bool), nil
	}
	h, exc := aio(t)
	if exc != nil {
		return false, exc
	}
	r, exc := Call1(t, h.isCoroutine, o)
	if exc != nil {
		return false, exc
	}
	b, exc := IsTrue(t, r)
	if exc != nil {
		return false, exc
	}
	if _, ok := o.(*Generator); !ok {
		aioCoroTypes.Store(typ, b)
	}
	return b, nil
}

func taskSelf(args []Object, name string) (*asyncTask, *BaseException) {
	if len(args) > 0 {
		if tk := taskOf(args[0]); tk != nil {
			return tk, nil
		}
	}
	return nil, descrSelfError(name, TaskType, args)
}

func defTaskMethod(name string, fn func(t *Thread, tk *asyncTask, self Object, args []Object, kw []*Str) (Object, *BaseException)) {
	DefMethod(TaskType, name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		tk, exc := taskSelf(args, name)
		if exc != nil {
			return nil, exc
		}
		return fn(t, tk, args[0], args[1:], kw)
	})
}

func init() {
	T := TaskType
	taskWakeupFn = NewBuiltin("task_wakeup", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(kw) > 0 || len(args) != 2 {
			return nil, Errorf(TypeErrorType, "task_wakeup() takes exactly one argument (%d given)", len(args)-1)
		}
		tk := taskOf(args[0])
		if tk == nil {
			return nil, descrSelfError("task_wakeup", TaskType, args)
		}
		if exc := tk.wakeup(t, args[0], args[1]); exc != nil {
			return nil, exc
		}
		return None, nil
	})
	taskWakeupFn.method = true
	taskWakeupFn.owner = TaskType

	DefMethod(taskStepWrapperType, "__call__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		w, ok := args[0].(*taskStepWrapper)
		if !ok {
			return nil, descrSelfError("__call__", taskStepWrapperType, args)
		}
		if len(args) > 1 {
			return nil, NewError(TypeErrorType, "function takes no positional arguments")
		}
		if len(kw) > 0 {
			return nil, NewError(TypeErrorType, "function takes no keyword arguments")
		}
		if exc := w.tk.step(t, w.task, w.exc); exc != nil {
			return nil, exc
		}
		return None, nil
	})
	defGetSet(taskStepWrapperType, "__self__", func(t *Thread, o Object) (Object, *BaseException) {
		return o.(*taskStepWrapper).task, nil
	}, nil)

	defTaskMethod("__init__", func(t *Thread, tk *asyncTask, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		var coro, loop, name, ctx Object = nil, None, None, None
		npos := len(args) - len(kw)
		if npos > 1 {
			return nil, Errorf(TypeErrorType, "Task() takes at most 1 positional argument (%d given)", npos)
		}
		if npos == 1 {
			coro = args[0]
		}
		for i, k := range kw {
			v := args[npos+i]
			switch k.s {
			case "coro":
				if coro != nil {
					return nil, NewError(TypeErrorType, "argument for Task() given by name ('coro') and position (1)")
				}
				coro = v
			case "loop":
				loop = v
			case "name":
				name = v
			case "context":
				ctx = v
			default:
				return nil, Errorf(TypeErrorType, "'%s' is an invalid keyword argument for Task()", k.s)
			}
		}
		if coro == nil {
			return nil, NewError(TypeErrorType, "Task() missing required argument 'coro' (pos 1)")
		}
		if exc := futureInit(t, &tk.asyncFuture, loop); exc != nil {
			return nil, exc
		}
		ok, exc := isCoroutine(t, coro)
		if exc != nil {
			return nil, exc
		}
		if !ok {
			tk.mu.Lock()
			tk.logDestroyPending = false
			tk.mu.Unlock()
			r, exc := Repr(t, coro)
			if exc != nil {
				return nil, exc
			}
			return nil, Errorf(TypeErrorType, "a coroutine was expected, got %s", r.s)
		}
		if ctx == None {
			ctx = &contextObj{vars: currentContext(t).snapshot()}
		}
		if name == None {
			name = NewStr("Task-" + strconv.FormatUint(aioTaskCounter.Add(1), 10))
		} else if _, ok := name.(*Str); !ok {
			s, exc := ToStr(t, name)
			if exc != nil {
				return nil, exc
			}
			name = s
		}
		tk.mu.Lock()
		tk.context, tk.waiter, tk.mustCancel, tk.logDestroyPending, tk.numCancels = ctx, nil, false, true, 0
		tk.coro, tk.name = coro, name
		tk.mu.Unlock()
		if exc := tk.callStepSoon(t, self, nil); exc != nil {
			return nil, exc
		}
		aioArm(self) // "Task was destroyed but it is pending!"
		if _, exc := CallMethod(t, aioAllTasks, InternStr("add"), []Object{self}, nil); exc != nil {
			return nil, exc
		}
		return None, nil
	})
	DefStatic(T, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		cls, exc := nativeNewArgs(args, TaskType)
		if exc != nil {
			return nil, exc
		}
		return nativeWrap(cls, TaskType, &asyncTask{}), nil
	})
	defTaskMethod("set_result", func(t *Thread, tk *asyncTask, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("Task.set_result", "set_result", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		return nil, NewError(RuntimeErrorType, "Task does not support set_result operation")
	})
	defTaskMethod("set_exception", func(t *Thread, tk *asyncTask, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("Task.set_exception", "set_exception", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		return nil, NewError(RuntimeErrorType, "Task does not support set_exception operation")
	})
	defTaskMethod("cancel", func(t *Thread, tk *asyncTask, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		msg, exc := aioCancelArgs(args, kw)
		if exc != nil {
			return nil, exc
		}
		return tk.cancelTask(t, self, msg)
	})
	defTaskMethod("__repr__", func(t *Thread, tk *asyncTask, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		h, exc := aio(t)
		if exc != nil {
			return nil, exc
		}
		return Call1(t, h.taskRepr, self)
	})
	defTaskMethod("get_coro", func(t *Thread, tk *asyncTask, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := noArgs("get_coro", args, kw); exc != nil {
			return nil, exc
		}
		tk.mu.Lock()
		defer tk.mu.Unlock()
		return aioOrNone(tk.coro), nil
	})
	defTaskMethod("get_name", func(t *Thread, tk *asyncTask, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := noArgs("get_name", args, kw); exc != nil {
			return nil, exc
		}
		tk.mu.Lock()
		defer tk.mu.Unlock()
		return aioOrNone(tk.name), nil
	})
	defTaskMethod("set_name", func(t *Thread, tk *asyncTask, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("Task.set_name", "set_name", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		name := args[0]
		if _, ok := name.(*Str); !ok {
			s, exc := ToStr(t, name)
			if exc != nil {
				return nil, exc
			}
			name = s
		}
		tk.mu.Lock()
		tk.name = name
		tk.mu.Unlock()
		return None, nil
	})
	defTaskMethod("get_stack", func(t *Thread, tk *asyncTask, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		var limit Object = None
		if exc := clinicArgs("get_stack", args, kw, []string{"$", "limit?"}, &limit); exc != nil {
			return nil, exc
		}
		h, exc := aio(t)
		if exc != nil {
			return nil, exc
		}
		return Call2(t, h.taskGetStack, self, limit)
	})
	defTaskMethod("print_stack", func(t *Thread, tk *asyncTask, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		var limit, file Object = None, None
		if exc := clinicArgs("print_stack", args, kw, []string{"$", "limit?", "file?"}, &limit, &file); exc != nil {
			return nil, exc
		}
		h, exc := aio(t)
		if exc != nil {
			return nil, exc
		}
		return Call(t, h.taskPrintStack, []Object{self, limit, file}, nil)
	})
	defTaskMethod("cancelling", func(t *Thread, tk *asyncTask, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := noArgs("cancelling", args, kw); exc != nil {
			return nil, exc
		}
		tk.mu.Lock()
		defer tk.mu.Unlock()
		return MakeInt(int64(tk.numCancels)), nil
	})
	defTaskMethod("uncancel", func(t *Thread, tk *asyncTask, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := noArgs("uncancel", args, kw); exc != nil {
			return nil, exc
		}
		tk.mu.Lock()
		defer tk.mu.Unlock()
		if tk.numCancels > 0 {
			tk.numCancels--
		}
		return MakeInt(int64(tk.numCancels)), nil
	})
	defTaskMethod("__del__", func(t *Thread, tk *asyncTask, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		tk.finalizeTask(t, self)
		tk.finalize(t, self)
		return None, nil
	})
	noopDels[T.dict.GetStr("__del__")] = true

	getTask := func(name string, get func(tk *asyncTask) Object) {
		defGetSet(T, name, func(t *Thread, o Object) (Object, *BaseException) {
			tk := taskOf(o)
			tk.mu.Lock()
			defer tk.mu.Unlock()
			return get(tk), nil
		}, nil)
	}
	getTask("_must_cancel", func(tk *asyncTask) Object { return NewBool(tk.mustCancel) })
	getTask("_coro", func(tk *asyncTask) Object { return aioOrNone(tk.coro) })
	getTask("_fut_waiter", func(tk *asyncTask) Object { return aioOrNone(tk.waiter) })
	defGetSet(T, "_log_destroy_pending", func(t *Thread, o Object) (Object, *BaseException) {
		tk := taskOf(o)
		tk.mu.Lock()
		defer tk.mu.Unlock()
		return NewBool(tk.logDestroyPending), nil
	}, func(t *Thread, o, v Object) *BaseException {
		if v == nil {
			return NewError(AttributeErrorType, "cannot delete attribute")
		}
		b, exc := IsTrue(t, v)
		if exc != nil {
			return exc
		}
		tk := taskOf(o)
		tk.mu.Lock()
		tk.logDestroyPending = b
		tk.mu.Unlock()
		return nil
	})
}
