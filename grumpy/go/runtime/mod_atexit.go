package runtime

import (
	"sync"
	"sync/atomic"
)

// The atexit module. Its callbacks run, newest first, from one hook
// registered with the runtime's exit sequence (RegisterAtExit).

func init() {
	RegisterModule(&ModuleSpec{Name: "atexit", Native: initAtexit})
}

type atexitEntry struct {
	fn     Object
	args   []Object
	kwn    []*Str
	kwv    []Object
	active atomic.Bool
}

var atexitState struct {
	mu      sync.Mutex
	entries []*atexitEntry
	hooked  bool
}

// atexitRun runs and clears the registered callbacks, newest first,
// reporting each exception as CPython's unraisable hook does.
func atexitRun(t *Thread) {
	atexitState.mu.Lock()
	entries := atexitState.entries
	atexitState.entries = nil
	atexitState.mu.Unlock()
	for i := len(entries) - 1; i >= 0; i-- {
		e := entries[i]
		if !e.active.Load() {
			continue
		}
		args := append(append([]Object(nil), e.args...), e.kwv...)
		if _, exc := Call(t, e.fn, args, e.kwn); exc != nil {
			what := "<callback>"
			if r, rexc := Repr(t, e.fn); rexc == nil {
				what = r.s
			}
			FlushStdStreams()
			Stderr.WriteString("Exception ignored in atexit callback: " + what + "\n" + FormatException(t, exc))
		}
	}
}

func initAtexit(t *Thread, m *Module) *BaseException {
	m.dict.SetStr("__doc__", NewStr("allow programmer to define multiple exit functions to be executed\nupon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n"))
	atexitState.mu.Lock()
	if !atexitState.hooked {
		atexitState.hooked = true
		RegisterAtExit(NewBuiltin("_run_exitfuncs", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			atexitRun(t)
			return None, nil
		}))
	}
	atexitState.mu.Unlock()
	nativeFunc(m, "register", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		pos, kwv := splitKw(args, kw)
		if len(pos) < 1 {
			return nil, Errorf(TypeErrorType, "register() takes at least 1 argument (%d given)", len(pos))
		}
		if !Callable(pos[0]) {
			return nil, NewError(TypeErrorType, "the first argument must be callable")
		}
		e := &atexitEntry{fn: pos[0], args: append([]Object(nil), pos[1:]...), kwn: append([]*Str(nil), kw...),
			kwv: append([]Object(nil), kwv...)}
		e.active.Store(true)
		atexitState.mu.Lock()
		atexitState.entries = append(atexitState.entries, e)
		atexitState.mu.Unlock()
		return pos[0], nil
	})
	nativeFunc(m, "unregister", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("atexit.unregister", "unregister", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		atexitState.mu.Lock()
		entries := append([]*atexitEntry(nil), atexitState.entries...)
		atexitState.mu.Unlock()
		for _, e := range entries {
			if !e.active.Load() {
				continue
			}
			eq, exc := richEq(t, e.fn, args[0])
			if exc != nil {
				return nil, exc
			}
			if eq {
				e.active.Store(false)
			}
		}
		return None, nil
	})
	nativeFunc(m, "_run_exitfuncs", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("atexit._run_exitfuncs", "_run_exitfuncs", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		atexitRun(t)
		return None, nil
	})
	nativeFunc(m, "_clear", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("atexit._clear", "_clear", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		atexitState.mu.Lock()
		atexitState.entries = nil
		atexitState.mu.Unlock()
		return None, nil
	})
	nativeFunc(m, "_ncallbacks", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("atexit._ncallbacks", "_ncallbacks", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		atexitState.mu.Lock()
		n := 0
		for _, e := range atexitState.entries {
			if e.active.Load() {
				n++
			}
		}
		atexitState.mu.Unlock()
		return MakeInt(int64(n)), nil
	})
	return nil
}
