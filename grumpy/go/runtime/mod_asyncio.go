package runtime

import (
	"sync"
	"sync/atomic"
)

// The _asyncio module: CPython's C accelerator of asyncio, in Go. futures.py
// and tasks.py replace their pure-Python Future and Task with
// _asyncio.Future and _asyncio.Task when the module imports, and events.py
// takes get_running_loop/_get_running_loop/_set_running_loop/
// get_event_loop from it. The Future/Task state machines live in Go
// structs (mod_asyncio_future.go, mod_asyncio_task.go); the event loop,
// Handle and call_soon stay the pure-Python ones, as in CPython.
//
// Like CPython's module_init, the Python-level helpers the module calls
// (asyncio.exceptions' InvalidStateError and CancelledError, the reprs of
// base_futures/base_tasks, coroutines.iscoroutine, traceback.extract_stack,
// events.get_event_loop_policy) are imported on first use, not when
// _asyncio itself is imported: events.py imports _asyncio while asyncio is
// still initialising.

func init() {
	RegisterModule(&ModuleSpec{Name: "_asyncio", Native: initAsyncioModule})
}

// aioState holds the module's lazily imported helpers.
type aioHelpers struct {
	invalidState   *Type
	cancelled      *Type
	futureRepr     Object
	taskRepr       Object
	taskGetStack   Object
	taskPrintStack Object
	isCoroutine    Object
	getPolicy      Object
	extractStack   Object
}

var (
	aioMu    sync.Mutex
	aioReady atomic.Pointer[aioHelpers]
	// aioAllTasks is _asyncio._all_tasks (a weakref.WeakSet), aioCurrent
	// _asyncio._current_tasks (loop -> task running on it).
	aioAllTasks Object
	aioCurrent  = NewDict()
	// aioRunning maps each thread to its running loop.
	aioRunning sideTable[Thread]
	// aioCoroTypes caches coroutines.iscoroutine per type for objects that
	// are not native coroutines (is_coroutine's cache in CPython).
	aioCoroTypes sync.Map
	// aioTaskCounter numbers the default task names ("Task-1").
	aioTaskCounter atomic.Uint64
)

// aio returns the helpers, importing them on first use.
func aio(t *Thread) (*aioHelpers, *BaseException) {
	if h := aioReady.Load(); h != nil {
		return h, nil
	}
	aioMu.Lock()
	defer aioMu.Unlock()
	if h := aioReady.Load(); h != nil {
		return h, nil
	}
	h := &aioHelpers{}
	get := func(mod, name string) (Object, *BaseException) {
		m, exc := ImportModule(t, mod)
		if exc != nil {
			return nil, exc
		}
		return GetAttr(t, m, NewStr(name))
	}
	var exc *BaseException
	var o Object
	if o, exc = get("asyncio.exceptions", "InvalidStateError"); exc != nil {
		return nil, exc
	}
	h.invalidState, _ = o.(*Type)
	if o, exc = get("asyncio.exceptions", "CancelledError"); exc != nil {
		return nil, exc
	}
	h.cancelled, _ = o.(*Type)
	if h.invalidState == nil || h.cancelled == nil {
		return nil, NewError(TypeErrorType, "asyncio.exceptions: exception classes expected")
	}
	for _, x := range []struct {
		dst       *Object
		mod, name string
	}{
		{&h.futureRepr, "asyncio.base_futures", "_future_repr"},
		{&h.taskRepr, "asyncio.base_tasks", "_task_repr"},
		{&h.taskGetStack, "asyncio.base_tasks", "_task_get_stack"},
		{&h.taskPrintStack, "asyncio.base_tasks", "_task_print_stack"},
		{&h.isCoroutine, "asyncio.coroutines", "iscoroutine"},
		{&h.getPolicy, "asyncio.events", "get_event_loop_policy"},
		{&h.extractStack, "traceback", "extract_stack"},
	} {
		if *x.dst, exc = get(x.mod, x.name); exc != nil {
			return nil, exc
		}
	}
	aioReady.Store(h)
	return h, nil
}

// aioError makes an exception of a Python-level class with one message.
func aioError(t *Thread, typ *Type, msg string) *BaseException {
	o, exc := Call1(t, typ, NewStr(msg))
	if exc != nil {
		return exc
	}
	if e, ok := o.(*BaseException); ok {
		return e
	}
	return NewError(TypeErrorType, "exceptions must derive from BaseException")
}

func aioInvalidState(t *Thread, msg string) *BaseException {
	h, exc := aio(t)
	if exc != nil {
		return exc
	}
	return aioError(t, h.invalidState, msg)
}

// runningLoop is the calling thread's running loop, or nil.
func runningLoop(t *Thread) Object {
	if l := aioRunning.get(t); l != nil && l != None {
		return l
	}
	return nil
}

// aioGetEventLoop is get_event_loop(): the running loop, else the policy's.
func aioGetEventLoop(t *Thread) (Object, *BaseException) {
	if l := runningLoop(t); l != nil {
		return l, nil
	}
	h, exc := aio(t)
	if exc != nil {
		return nil, exc
	}
	policy, exc := Call0(t, h.getPolicy)
	if exc != nil {
		return nil, exc
	}
	return CallMethod(t, policy, InternStr("get_event_loop"), nil, nil)
}

// enterTask and leaveTask maintain _current_tasks around a task's step.
func enterTask(t *Thread, loop, task Object) *BaseException {
	cur, exc := aioCurrent.GetItem(t, loop)
	if exc != nil {
		return exc
	}
	if cur != nil {
		tr, exc := Repr(t, task)
		if exc != nil {
			return exc
		}
		cr, exc := Repr(t, cur)
		if exc != nil {
			return exc
		}
		return Errorf(RuntimeErrorType, "Cannot enter into task %s while another task %s is being executed.", tr.s, cr.s)
	}
	return aioCurrent.SetItem(t, loop, task)
}

func leaveTask(t *Thread, loop, task Object) *BaseException {
	cur, exc := aioCurrent.GetItem(t, loop)
	if exc != nil {
		return exc
	}
	if cur != task {
		if cur == nil {
			cur = None
		}
		tr, exc := Repr(t, task)
		if exc != nil {
			return exc
		}
		cr, exc := Repr(t, cur)
		if exc != nil {
			return exc
		}
		return Errorf(RuntimeErrorType, "Leaving task %s does not match the current task %s.", tr.s, cr.s)
	}
	_, exc = aioCurrent.DelItem(t, loop)
	return exc
}

func initAsyncioModule(t *Thread, m *Module) *BaseException {
	m.dict.SetStr("__doc__", NewStr("Accelerator module for asyncio"))
	wr, exc := ImportModule(t, "weakref")
	if exc != nil {
		return exc
	}
	ws, exc := GetAttr(t, wr, NewStr("WeakSet"))
	if exc != nil {
		return exc
	}
	all, exc := Call0(t, ws)
	if exc != nil {
		return exc
	}
	aioAllTasks = all
	m.dict.SetStr("Future", FutureType)
	m.dict.SetStr("Task", TaskType)
	m.dict.SetStr("_all_tasks", all)
	m.dict.SetStr("_current_tasks", aioCurrent)
	nativeFunc(m, "get_running_loop", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) > 0 || len(kw) > 0 {
			return nil, Errorf(TypeErrorType, "_asyncio.get_running_loop() takes no arguments (%d given)", len(args))
		}
		if l := runningLoop(t); l != nil {
			return l, nil
		}
		return nil, NewError(RuntimeErrorType, "no running event loop")
	})
	nativeFunc(m, "_get_running_loop", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) > 0 || len(kw) > 0 {
			return nil, Errorf(TypeErrorType, "_asyncio._get_running_loop() takes no arguments (%d given)", len(args))
		}
		if l := runningLoop(t); l != nil {
			return l, nil
		}
		return None, nil
	})
	nativeFunc(m, "_set_running_loop", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(kw) > 0 {
			return nil, NewError(TypeErrorType, "_asyncio._set_running_loop() takes no keyword arguments")
		}
		if len(args) != 1 {
			return nil, Errorf(TypeErrorType, "_asyncio._set_running_loop() takes exactly one argument (%d given)", len(args))
		}
		aioRunning.set(t, args[0])
		return None, nil
	})
	nativeFunc(m, "get_event_loop", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) > 0 || len(kw) > 0 {
			return nil, Errorf(TypeErrorType, "_asyncio.get_event_loop() takes no arguments (%d given)", len(args))
		}
		return aioGetEventLoop(t)
	})
	nativeFunc(m, "_get_event_loop", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		var level Object = MakeInt(3)
		if exc := clinicArgs("_get_event_loop", args, kw, []string{"stacklevel?"}, &level); exc != nil {
			return nil, exc
		}
		if _, exc := indexArg(t, level); exc != nil {
			return nil, exc
		}
		return aioGetEventLoop(t)
	})
	nativeFunc(m, "_register_task", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		var task Object
		if exc := clinicArgs("_register_task", args, kw, []string{"task"}, &task); exc != nil {
			return nil, exc
		}
		return CallMethod(t, aioAllTasks, InternStr("add"), []Object{task}, nil)
	})
	nativeFunc(m, "_unregister_task", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		var task Object
		if exc := clinicArgs("_unregister_task", args, kw, []string{"task"}, &task); exc != nil {
			return nil, exc
		}
		return CallMethod(t, aioAllTasks, InternStr("discard"), []Object{task}, nil)
	})
	nativeFunc(m, "_enter_task", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		var loop, task Object
		if exc := clinicArgs("_enter_task", args, kw, []string{"loop", "task"}, &loop, &task); exc != nil {
			return nil, exc
		}
		if exc := enterTask(t, loop, task); exc != nil {
			return nil, exc
		}
		return None, nil
	})
	nativeFunc(m, "_leave_task", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		var loop, task Object
		if exc := clinicArgs("_leave_task", args, kw, []string{"loop", "task"}, &loop, &task); exc != nil {
			return nil, exc
		}
		if exc := leaveTask(t, loop, task); exc != nil {
			return nil, exc
		}
		return None, nil
	})
	return nil
}
