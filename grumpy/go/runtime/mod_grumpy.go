package runtime

// The `_grumpy` module: the runtime's module registry, for the stdlib
// overlay's importlib (grumpy/lib/importlib). Also `_opcode`, whose only
// function the stdlib's opcode/dis import is stack_effect.

func init() {
	RegisterModule(&ModuleSpec{Name: "_grumpy", Native: initGrumpyModule})
	RegisterModule(&ModuleSpec{Name: "_opcode", Native: initOpcode})
}

func initGrumpyModule(t *Thread, m *Module) *BaseException {
	d := m.Dict()
	d.SetStr("import_module", NewBuiltin("import_module", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("import_module", args, kw, 3, 3); exc != nil {
			return nil, exc
		}
		name, _ := args[0].(*Str)
		level, _ := args[2].(Int)
		if name == nil {
			return nil, NewError(TypeErrorType, "module name must be str")
		}
		if level == 0 {
			if name.s == "" {
				return nil, NewError(ValueErrorType, "Empty module name")
			}
			return ImportModule(t, name.s)
		}
		g := NewDict()
		g.SetStr("__package__", args[1])
		full, exc := ResolveName(t, g, name.s, int(level))
		if exc != nil {
			return nil, exc
		}
		return ImportModule(t, full)
	}))
	d.SetStr("find", NewBuiltin("find", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("find", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		name, ok := args[0].(*Str)
		if !ok {
			return None, nil
		}
		spec := findSpec(t, name.s)
		if spec == nil {
			return None, nil
		}
		var origin Object = None
		if spec.File != "" && !spec.Namespace {
			origin = NewStr(spec.File)
		}
		return NewTuple(origin, Bool(spec.IsPackage)), nil
	}))
	execModule := func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("exec_module", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		mod, ok := args[0].(*Module)
		if !ok {
			return nil, NewError(TypeErrorType, "exec_module() argument must be a module")
		}
		name, _ := mod.dict.GetStr("__name__").(*Str)
		if name == nil {
			return nil, NewError(ImportErrorType, "module has no __name__")
		}
		spec := findSpec(t, name.s)
		if spec == nil {
			return nil, moduleNotFound(name.s, sprintf("No module named '%s'", name.s))
		}
		var exc *BaseException
		if spec.Native != nil {
			exc = spec.Native(t, mod)
		} else {
			exc = spec.Body(t, mod)
		}
		if exc != nil {
			return nil, exc
		}
		return mod, nil
	}
	d.SetStr("exec_module", NewBuiltin("exec_module", execModule))
	// The import system's classes (module_spec.go), for importlib.machinery.
	for name, cls := range importClassesDict() {
		d.SetStr(name, cls)
	}
	d.SetStr("reload", NewBuiltin("reload", execModule))
	defGrumpySetTypeName(d)
	return nil
}

func initOpcode(t *Thread, m *Module) *BaseException {
	m.Dict().SetStr("stack_effect", NewBuiltin("stack_effect", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return nil, NewError(ValueErrorType, "stack_effect: Grumpy programs have no bytecode")
	}))
	return nil
}
