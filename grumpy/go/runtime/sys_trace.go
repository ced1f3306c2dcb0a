package runtime

import "sync"

// sys.settrace/gettrace and sys.setprofile/getprofile.
//
// The functions installed here are stored per thread, as in CPython, and
// returned by gettrace/getprofile; which events reach them, and from which
// code, is described in sys_trace_events.go.
//
// threading.settrace/setprofile come from CPython's threading.py, which
// stores the hook and calls sys.settrace/setprofile in each new thread.

type traceHooks struct {
	trace, profile Object
	// frames holds the tracing state of this thread's traced activations;
	// busy is set while a trace or profile function runs (no events).
	frames map[*Frame]*traceFrame
	busy   bool
}

// traceHooksByThread maps *Thread -> *traceHooks for the threads that set one.
var traceHooksByThread sync.Map

func threadHooks(t *Thread, create bool) *traceHooks {
	if h, ok := traceHooksByThread.Load(t); ok {
		return h.(*traceHooks)
	}
	if !create {
		return nil
	}
	h, _ := traceHooksByThread.LoadOrStore(t, &traceHooks{trace: None, profile: None})
	return h.(*traceHooks)
}

func initSysTrace(d *Dict) {
	def := func(name, doc string, fn BuiltinFn) {
		b := NewBuiltin(name, fn)
		b.module = "sys"
		b.doc = doc
		d.SetStr(name, b)
	}
	def("settrace", "settrace(function)\n\nSet the global debug tracing function.  It will be called on each\n"+
		"function call.  See the debugger chapter in the library manual.",
		func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := ArgCount("sys.settrace", args, kw, 1, 1); exc != nil {
				return nil, exc
			}
			// CPython accepts any object here (a non-callable one fails only
			// when an event would call it); no events are delivered.
			if args[0] == None {
				if h := threadHooks(t, false); h != nil {
					h.setHook(false, None)
				}
				return None, nil
			}
			threadHooks(t, true).setHook(false, args[0])
			return None, nil
		})
	def("gettrace", "Return the global debug tracing function set with sys.settrace.\n\n"+
		"See the debugger chapter in the library manual.",
		func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := ArgCount("sys.gettrace", args, kw, 0, 0); exc != nil {
				return nil, exc
			}
			if h := threadHooks(t, false); h != nil {
				return h.trace, nil
			}
			return None, nil
		})
	def("setprofile", "setprofile(function)\n\nSet the profiling function.  It will be called on each function call\n"+
		"and return.  See the profiler chapter in the library manual.",
		func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := ArgCount("sys.setprofile", args, kw, 1, 1); exc != nil {
				return nil, exc
			}
			if args[0] == None {
				if h := threadHooks(t, false); h != nil {
					h.setHook(true, None)
				}
				return None, nil
			}
			if !Callable(args[0]) {
				// CPython calls the new profile function at once (the
				// "c_return" of setprofile itself); calling a non-callable
				// fails and unsets it.
				if h := threadHooks(t, false); h != nil {
					h.setHook(true, None)
				}
				return nil, Errorf(TypeErrorType, "'%s' object is not callable", TypeOf(args[0]).Name())
			}
			threadHooks(t, true).setHook(true, args[0])
			return None, nil
		})
	def("getprofile", "Return the profiling function set with sys.setprofile.\n\n"+
		"See the profiler chapter in the library manual.",
		func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := ArgCount("sys.getprofile", args, kw, 0, 0); exc != nil {
				return nil, exc
			}
			if h := threadHooks(t, false); h != nil {
				return h.profile, nil
			}
			return None, nil
		})
}
