package runtime

// _warnings: CPython's C accelerator of the warnings module. warnings.py
// imports filters, _defaultaction, _onceregistry, warn, warn_explicit and
// _filters_mutated from it and falls back to its own pure-Python code when
// any is missing; Grumpy keeps that pure-Python implementation (so this
// module defines none of the shared state) and provides only warn and
// warn_explicit, delegating to it, for modules that import _warnings
// directly (importlib._bootstrap_external, which py_compile needs).

func init() {
	RegisterModule(&ModuleSpec{Name: "_warnings", Native: initWarnings})
}

func initWarnings(t *Thread, m *Module) *BaseException {
	m.dict.SetStr("__doc__", NewStr("_warnings provides basic warning filtering support.\nIt is a helper module to speed up interpreter start-up."))
	delegate := func(name string) {
		nativeFunc(m, name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			w, exc := ImportModule(t, "warnings")
			if exc != nil {
				return nil, exc
			}
			fn, exc := GetAttr(t, w, InternStr(name))
			if exc != nil {
				return nil, exc
			}
			return Call(t, fn, args, kw)
		})
	}
	delegate("warn")
	delegate("warn_explicit")
	return nil
}
