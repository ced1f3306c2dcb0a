package runtime

import "sync"

// sys.get_asyncgen_hooks / sys.set_asyncgen_hooks (what asyncio's event
// loop saves, installs and restores around run_forever). The hooks are
// stored process-wide; asynchronous generators call them (asyncgen_hooks.go).

var (
	asyncgenHooksMu        sync.Mutex
	asyncgenFirstiter      Object = None
	asyncgenFinalizer      Object = None
	asyncgenHooksType             = NewStructSeqType("sys", "asyncgen_hooks", []string{"firstiter", "finalizer"})
)

func initSysAsyncgenHooks(d *Dict) {
	get := NewBuiltin("get_asyncgen_hooks", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ioArgs("get_asyncgen_hooks", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		asyncgenHooksMu.Lock()
		defer asyncgenHooksMu.Unlock()
		return NewStructSeq(asyncgenHooksType, asyncgenFirstiter, asyncgenFinalizer), nil
	})
	get.module = "sys"
	d.SetStr("get_asyncgen_hooks", get)
	set := NewBuiltin("set_asyncgen_hooks", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		var first, fin Object
		if exc := ParseArgs("set_asyncgen_hooks", args, kw, []string{"firstiter?", "finalizer?"}, &first, &fin); exc != nil {
			return nil, exc
		}
		if fin != nil && fin != None && !Callable(fin) {
			return nil, Errorf(TypeErrorType, "callable finalizer expected, got %s", TypeOf(fin).name)
		}
		if first != nil && first != None && !Callable(first) {
			return nil, Errorf(TypeErrorType, "callable firstiter expected, got %s", TypeOf(first).name)
		}
		asyncgenHooksMu.Lock()
		defer asyncgenHooksMu.Unlock()
		if fin != nil {
			asyncgenFinalizer = fin
		}
		if first != nil {
			asyncgenFirstiter = first
		}
		return None, nil
	})
	set.module = "sys"
	d.SetStr("set_asyncgen_hooks", set)
}
