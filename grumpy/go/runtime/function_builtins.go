package runtime

// funcBuiltins is function.__builtins__: its globals' '__builtins__' (a
// module's dict for a module), as CPython's _PyEval_BuiltinsFromGlobals
// (exec(src, {'__builtins__': {}}) gives its functions that dict), else the
// builtins module's dict.
func funcBuiltins(fn *Function) Object {
	if fn.Globals != nil {
		switch b := fn.Globals.GetStr("__builtins__").(type) {
		case nil:
		case *Module:
			return b.dict
		default:
			return b
		}
	}
	return Builtins
}
