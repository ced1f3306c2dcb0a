package runtime

// The _frozen_importlib module: CPython's importlib._bootstrap under the
// name its classes report as their __module__ (ModuleSpec, BuiltinImporter,
// FrozenImporter), so that those classes can be found by name again, as
// pickle and copyreg do (`pickle.dumps(type(__spec__))`, or any value of
// the builtins module, whose __loader__ is BuiltinImporter). Grumpy's import
// system is the runtime's: the module offers the classes only.

func init() {
	RegisterModule(&ModuleSpec{Name: "_frozen_importlib", Native: initFrozenImportlib})
}

func initFrozenImportlib(t *Thread, m *Module) *BaseException {
	m.dict.SetStr("__doc__", NewStr("Core implementation of import.\n\nThis module is NOT meant to be directly imported! It has been designed such\nthat it can be bootstrapped into Python as the implementation of import. As\nsuch it requires the injection of specific modules and attributes in order to\nwork. One should use importlib as the public-facing version of this module.\n"))
	for name, cls := range importClassesDict() {
		if mod, ok := cls.dict.GetStr("__module__").(*Str); ok && mod.s == "_frozen_importlib" {
			m.dict.SetStr(name, cls)
		}
	}
	return nil
}
