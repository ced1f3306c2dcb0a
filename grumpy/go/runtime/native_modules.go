package runtime

import "sort"

// builtinModuleNames is sys.builtin_module_names: builtins, sys and every
// module written in Go (os.py looks for 'posix' there).
func builtinModuleNames() *Tuple {
	names := []string{"builtins", "sys"}
	registryMu.Lock()
	for name, spec := range registry {
		if spec.Native != nil && name != "builtins" && name != "sys" {
			names = append(names, name)
		}
	}
	registryMu.Unlock()
	sort.Strings(names)
	items := make([]Object, len(names))
	for i, n := range names {
		items[i] = NewStr(n)
	}
	return NewTuple(items...)
}

// sys functions the os, shutil, subprocess and tempfile modules call; set
// only when sys.go does not define them (InitSys runs after init, so its
// definitions win).
func init() {
	def := func(name string, fn BuiltinFn) {
		if SysModule.dict.GetStr(name) == nil {
			SysModule.dict.SetStr(name, NewBuiltin(name, fn))
		}
	}
	def("getfilesystemencodeerrors", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return NewStr("surrogateescape"), nil
	})
	def("audit", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) == 0 {
			return nil, NewError(TypeErrorType, "audit() missing 1 required positional argument: 'event'")
		}
		if _, ok := strArgOf(args[0]); !ok {
			return nil, Errorf(TypeErrorType, "expected str for argument 'event', not %s", TypeOf(args[0]).name)
		}
		return None, nil
	})
	def("addaudithook", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return None, nil
	})
}
