package runtime

import (
	"sync"
)

// The gc module. Go's collector does the work; gc.collect() runs a full
// collection and then the weak-reference callbacks whose referents it
// freed (see mod_weakref.go). disable() only records the flag, as
// CPython's disable() leaves reference counting on: Go's collector keeps
// running.

func init() {
	RegisterModule(&ModuleSpec{Name: "gc", Native: initGC})
}

var gcState struct {
	mu         sync.Mutex
	enabled    bool
	threshold  [3]int64
	debug      int64
	frozen     int64
	collecting bool
}

func init() {
	gcState.enabled = true
	gcState.threshold = [3]int64{700, 10, 10}
}

// gcAtomic reports whether o is an object CPython's collector never tracks.
func gcAtomic(o Object) bool {
	switch o.(type) {
	case Int, *BigInt, Float, Bool, Complex, *Str, *Bytes, *noneObj:
		return true
	}
	return false
}

func initGC(t *Thread, m *Module) *BaseException {
	m.dict.SetStr("__doc__", NewStr("This module provides access to the garbage collector for reference cycles.\n\nenable() -- Enable automatic garbage collection.\ndisable() -- Disable automatic garbage collection.\nisenabled() -- Returns true if automatic collection is enabled.\ncollect() -- Do a full collection right now.\nget_count() -- Return the current collection counts.\nget_stats() -- Return list of dictionaries containing per-generation stats.\nset_debug() -- Set debugging flags.\nget_debug() -- Get debugging flags.\nset_threshold() -- Set the collection thresholds.\nget_threshold() -- Return the current collection thresholds.\nget_objects() -- Return a list of all objects tracked by the collector.\nis_tracked() -- Returns true if a given object is tracked.\nis_finalized() -- Returns true if a given object has been already finalized.\nget_referrers() -- Return the list of objects that refer to an object.\nget_referents() -- Return the list of objects that an object refers to.\nfreeze() -- Freeze all tracked objects and ignore them for future collections.\nunfreeze() -- Unfreeze all objects in the permanent generation.\nget_freeze_count() -- Return the number of objects in the permanent generation.\n"))
	for name, v := range map[string]int64{"DEBUG_STATS": 1, "DEBUG_COLLECTABLE": 2, "DEBUG_UNCOLLECTABLE": 4, "DEBUG_SAVEALL": 32, "DEBUG_LEAK": 38} {
		m.dict.SetStr(name, MakeInt(v))
	}
	callbacks := NewList()
	m.dict.SetStr("callbacks", callbacks)
	m.dict.SetStr("garbage", NewList())
	noArgs := func(name string, fn func() Object) {
		nativeFunc(m, name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := methArgs(name, name, args, kw, 0, 0); exc != nil {
				return nil, exc
			}
			return fn(), nil
		})
	}
	nativeFunc(m, "collect", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		var gen Object = MakeInt(2)
		if exc := clinicArgs("collect", args, kw, []string{"generation?"}, &gen); exc != nil {
			return nil, exc
		}
		g, exc := indexArg(t, gen)
		if exc != nil {
			return nil, exc
		}
		if g < 0 || g > 2 {
			return nil, NewError(ValueErrorType, "invalid generation")
		}
		gcState.mu.Lock()
		if gcState.collecting {
			gcState.mu.Unlock()
			return MakeInt(0), nil
		}
		gcState.collecting = true
		gcState.mu.Unlock()
		defer func() {
			gcState.mu.Lock()
			gcState.collecting = false
			gcState.mu.Unlock()
		}()
		cbs := callbacks.Snapshot()
		info := func() *Dict {
			d := NewDict()
			d.SetStr("generation", MakeInt(int64(g)))
			d.SetStr("collected", MakeInt(0))
			d.SetStr("uncollectable", MakeInt(0))
			return d
		}
		for _, cb := range cbs {
			if _, exc := Call2(t, cb, NewStr("start"), info()); exc != nil {
				return nil, exc
			}
		}
		CollectFinal(t) // collections, then __del__ and abandoned generators run (finalize.go)
		WeakrefCollect(t)
		waitWeakCallbacks(t)
		for _, cb := range cbs {
			if _, exc := Call2(t, cb, NewStr("stop"), info()); exc != nil {
				return nil, exc
			}
		}
		return MakeInt(0), nil
	})
	noArgs("enable", func() Object { gcState.mu.Lock(); gcState.enabled = true; gcState.mu.Unlock(); return None })
	noArgs("disable", func() Object { gcState.mu.Lock(); gcState.enabled = false; gcState.mu.Unlock(); return None })
	noArgs("isenabled", func() Object { gcState.mu.Lock(); defer gcState.mu.Unlock(); return Bool(gcState.enabled) })
	noArgs("get_count", func() Object { return NewTuple(MakeInt(0), MakeInt(0), MakeInt(0)) })
	noArgs("get_threshold", func() Object {
		gcState.mu.Lock()
		defer gcState.mu.Unlock()
		th := gcState.threshold
		return NewTuple(MakeInt(th[0]), MakeInt(th[1]), MakeInt(th[2]))
	})
	noArgs("get_debug", func() Object { gcState.mu.Lock(); defer gcState.mu.Unlock(); return MakeInt(gcState.debug) })
	noArgs("freeze", func() Object { return None })
	noArgs("unfreeze", func() Object { return None })
	noArgs("get_freeze_count", func() Object { return MakeInt(0) })
	noArgs("get_stats", func() Object {
		out := make([]Object, 3)
		for i := range out {
			d := NewDict()
			d.SetStr("collections", MakeInt(0))
			d.SetStr("collected", MakeInt(0))
			d.SetStr("uncollectable", MakeInt(0))
			out[i] = d
		}
		return NewList(out...)
	})
	nativeFunc(m, "set_threshold", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(kw) > 0 {
			return nil, NewError(TypeErrorType, "set_threshold() takes no keyword arguments")
		}
		if len(args) < 1 {
			return nil, Errorf(TypeErrorType, "set_threshold() takes at least 1 argument (%d given)", len(args))
		}
		if len(args) > 3 {
			return nil, Errorf(TypeErrorType, "set_threshold() takes at most 3 arguments (%d given)", len(args))
		}
		vals := make([]int64, len(args))
		for i, a := range args {
			n, exc := ssizeArg(a)
			if exc != nil {
				return nil, exc
			}
			vals[i] = int64(n)
		}
		gcState.mu.Lock()
		copy(gcState.threshold[:], vals)
		gcState.mu.Unlock()
		return None, nil
	})
	nativeFunc(m, "set_debug", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		var flags Object
		if exc := clinicArgs("set_debug", args, kw, []string{"flags", "/"}, &flags); exc != nil {
			return nil, exc
		}
		n, exc := ssizeArg(flags)
		if exc != nil {
			return nil, exc
		}
		gcState.mu.Lock()
		gcState.debug = int64(n)
		gcState.mu.Unlock()
		return None, nil
	})
	nativeFunc(m, "is_tracked", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("is_tracked", "is_tracked", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		o := args[0]
		if gcAtomic(o) {
			return False, nil
		}
		if d, ok := o.(*Dict); ok && d.hdr.typ == nil {
			keys, vals := d.Items()
			for i := range keys {
				if !gcAtomic(keys[i]) || !gcAtomic(vals[i]) {
					return True, nil
				}
			}
			return False, nil
		}
		return True, nil
	})
	nativeFunc(m, "is_finalized", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("is_finalized", "is_finalized", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		return Bool(IsFinalized(args[0])), nil
	})
	for _, name := range []string{"get_referrers", "get_referents"} {
		name := name
		nativeFunc(m, name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if len(kw) > 0 {
				return nil, Errorf(TypeErrorType, "%s() takes no keyword arguments", name)
			}
			return NewList(), nil
		})
	}
	nativeFunc(m, "get_objects", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		var gen Object = None
		if exc := clinicArgs("get_objects", args, kw, []string{"generation?"}, &gen); exc != nil {
			return nil, exc
		}
		if gen != None {
			g, exc := indexArg(t, gen)
			if exc != nil {
				return nil, exc
			}
			if g >= 3 {
				return nil, Errorf(ValueErrorType, "generation parameter must be less than the number of available generations (%d)", 3)
			}
			if g < 0 {
				return nil, NewError(ValueErrorType, "generation parameter cannot be negative")
			}
		}
		return NewList(), nil
	})
	return nil
}
