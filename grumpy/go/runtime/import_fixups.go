package runtime

// Import fixups: Go code run on a standard-library module right after its
// body, the first time it is imported (from ImportModule). They adapt a
// host module whose choices assume CPython's C internals (fork()) to what
// a Grumpy binary offers, without a copy of the module in the overlay.
// Registered in init functions only; read without a lock afterwards.
var importFixups = map[string]func(t *Thread, m *Module) *BaseException{}

// runImportFixup applies name's fixup, if any, to the freshly run module.
func runImportFixup(t *Thread, name string, m *Module) *BaseException {
	if fix := importFixups[name]; fix != nil {
		return fix(t, m)
	}
	return nil
}

// execInModule runs Python source in a module's namespace with the
// run-time compiler (the interp package, linked into every binary).
func execInModule(t *Thread, m *Module, src, filename string) *BaseException {
	compile, exec := BuiltinsModule.dict.GetStr("compile"), BuiltinsModule.dict.GetStr("exec")
	if compile == nil || exec == nil {
		return NewError(SystemErrorType, "this binary cannot compile code at run time")
	}
	c, exc := Call(t, compile, []Object{NewStr(src), NewStr(filename), NewStr("exec")}, nil)
	if exc == nil {
		_, exc = Call(t, exec, []Object{c, m.dict}, nil)
	}
	return exc
}
