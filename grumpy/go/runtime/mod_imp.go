package runtime

// A minimal _imp module. Grumpy has no import machinery to expose (modules
// are compiled into the binary), but test.support.import_helper imports _imp
// at module level: these are its query functions with answers that fit a
// binary without frozen modules or extension modules.

func init() {
	RegisterModule(&ModuleSpec{Name: "_imp", Native: initImp})
}

func initImp(t *Thread, m *Module) *BaseException {
	m.dict.SetStr("__doc__", NewStr("(Extremely) low-level import machinery bits as used by importlib."))
	m.dict.SetStr("check_hash_based_pycs", NewStr("default"))
	none := func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) { return None, nil }
	for _, name := range []string{"acquire_lock", "release_lock", "_override_frozen_modules_for_tests", "_override_multi_interp_extensions_check"} {
		nativeFunc(m, name, none)
	}
	nativeFunc(m, "lock_held", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) { return False, nil })
	nativeFunc(m, "extension_suffixes", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) { return NewList(), nil })
	nativeFunc(m, "is_frozen", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) { return False, nil })
	nativeFunc(m, "is_frozen_package", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) { return False, nil })
	nativeFunc(m, "is_builtin", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("is_builtin", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		s, ok := args[0].(*Str)
		if !ok {
			return nil, NewError(TypeErrorType, "is_builtin() argument must be str, not "+args[0].Type().Name())
		}
		if s.s == "sys" || s.s == "builtins" {
			return MakeInt(-1), nil // built in, cannot be initialized again
		}
		if isBuiltinModuleName(s.s) {
			return MakeInt(1), nil
		}
		return MakeInt(0), nil
	})
	return nil
}
