package runtime

import (
	"strings"
	"sync"
)

// Module is a module object: a name and a globals dict.
type Module struct {
	hdr  header
	name string
	dict *Dict
}

// ModuleType is `module`.
var ModuleType = newBuiltinType("module", ObjectType).solidType()

// Type implements Object.
func (m *Module) Type() *Type { return m.hdr.instType(ModuleType) }

// Dict returns the module's globals.
func (m *Module) Dict() *Dict { return m.dict }

// Name returns __name__ as the module was created.
func (m *Module) Name() string { return m.name }

// NewModule makes an empty module with __name__ set.
func NewModule(name string) *Module {
	m := &Module{name: name, dict: NewDict()}
	m.dict.SetStr("__name__", NewStr(name))
	m.dict.SetStr("__doc__", None)
	m.dict.SetStr("__package__", None)
	m.dict.SetStr("__loader__", None)
	m.dict.SetStr("__spec__", None)
	return m
}

// ModuleSpec is how a module built into the binary registers itself: its
// body runs once, on first import.
type ModuleSpec struct {
	Name      string
	File      string
	IsPackage bool
	// Namespace marks a namespace package (a directory without
	// __init__.py): File is its directory; it has no code.
	Namespace bool
	// Body runs the module's code with m's dict as globals.
	Body func(t *Thread, m *Module) *BaseException
	// Native is set for modules written in Go: it fills m directly.
	Native func(t *Thread, m *Module) *BaseException
}

var (
	registryMu sync.Mutex
	registry   = map[string]*ModuleSpec{}
)

// RegisterModule makes a module importable.
func RegisterModule(spec *ModuleSpec) {
	registryMu.Lock()
	registry[spec.Name] = spec
	registryMu.Unlock()
}

func lookupSpec(name string) *ModuleSpec {
	registryMu.Lock()
	s := registry[name]
	registryMu.Unlock()
	return s
}

// SysModules is sys.modules.
var SysModules = NewDict()

// ImportModule imports a dotted module name (absolute), importing its
// parents first, and returns the named module itself.
func ImportModule(t *Thread, name string) (Object, *BaseException) {
	if m := SysModules.getStr(NewStr(name)); m != nil {
		if m == None {
			return nil, importHalted(name)
		}
		if in := initByOther(t, name); in != nil && waitInit(t, name, in) {
			return ImportModule(t, name)
		}
		return m, nil
	}
	parent := ""
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		parent = name[:i]
		if p := SysModules.getStr(NewStr(parent)); p == None {
			// A parent blocked with None is not imported: it has no
			// __path__ (importlib._bootstrap._find_and_load_unlocked).
			return nil, moduleNotFound(name, sprintf("No module named '%s'; '%s' is not a package", name, parent))
		}
		pm, exc := ImportModule(t, parent)
		if exc != nil {
			return nil, exc
		}
		// Importing the parent may have imported this module (or another
		// thread may be importing it).
		if m := SysModules.getStr(NewStr(name)); m != nil {
			return ImportModule(t, name)
		}
		if _, isMod := pm.(*Module); isMod {
			if spec := lookupSpec(name); spec == nil {
				if p := lookupSpec(parent); p != nil && !p.IsPackage {
					return nil, moduleNotFound(name, sprintf("No module named '%s'; '%s' is not a package", name, parent))
				}
			}
		}
	}
	spec := lookupSpec(name)
	if spec == nil {
		spec = findSourceSpec(t, name, parent)
	}
	if spec == nil {
		return nil, moduleNotFound(name, sprintf("No module named '%s'", name))
	}
	if in := claimInit(t, name); in != nil {
		if waitInit(t, name, in) {
			return ImportModule(t, name)
		}
		if m := SysModules.getStr(NewStr(name)); m != nil && m != None {
			return m, nil
		}
	}
	defer endInit(name)
	m := NewModule(name)
	if spec.File != "" {
		m.dict.SetStr("__file__", NewStr(spec.File))
	}
	pkg := parent
	if spec.IsPackage {
		pkg = name
		m.dict.SetStr("__path__", NewList(NewStr(packageDir(spec.File))))
	}
	m.dict.SetStr("__package__", NewStr(pkg))
	setModuleSpec(m, name, spec)
	m.dict.SetStr("__builtins__", BuiltinsModule)
	SysModules.SetItemStr(NewStr(name), m)
	var exc *BaseException
	setInitializing(m, True)
	if spec.Native != nil {
		exc = spec.Native(t, m)
	} else {
		exc = spec.Body(t, m)
	}
	if exc == nil {
		exc = runImportFixup(t, name, m) // import_fixups.go
	}
	setInitializing(m, False)
	if exc != nil {
		SysModules.delStr(NewStr(name))
		return nil, exc
	}
	if parent != "" {
		if pm := SysModules.getStr(NewStr(parent)); pm != nil {
			SetAttr(t, pm, NewStr(name[len(parent)+1:]), m)
		}
	}
	// A module may replace itself in sys.modules.
	if r := SysModules.getStr(NewStr(name)); r != nil {
		return r, nil
	}
	return m, nil
}

// importHalted is the error of importing a name that sys.modules maps to
// None (how import_helper.import_fresh_module blocks a module).
func importHalted(name string) *BaseException {
	return moduleNotFound(name, sprintf("import of %s halted; None in sys.modules", name))
}

func moduleNotFound(name, msg string) *BaseException {
	e := NewError(ModuleNotFoundErrorType, msg)
	e.SetField("name", NewStr(name))
	return e
}

// ResolveName turns a relative import into an absolute name, as
// importlib._bootstrap._resolve_name.
func ResolveName(t *Thread, globals *Dict, name string, level int) (string, *BaseException) {
	if level == 0 {
		return name, nil
	}
	var pkg string
	if p, ok := globals.getStr(InternStr("__package__")).(*Str); ok {
		pkg = p.s
	} else if n, ok := globals.getStr(strName).(*Str); ok {
		pkg = n.s
		if globals.getStr(InternStr("__path__")) == nil {
			if i := strings.LastIndexByte(pkg, '.'); i >= 0 {
				pkg = pkg[:i]
			} else {
				pkg = ""
			}
		}
	}
	if pkg == "" {
		return "", NewError(ImportErrorType, "attempted relative import with no known parent package")
	}
	bits := strings.Split(pkg, ".")
	if len(bits) < level-1+1 && level > 1 && len(bits) < level {
		return "", NewError(ImportErrorType, "attempted relative import beyond top-level package")
	}
	if level-1 > len(bits)-1 {
		return "", NewError(ImportErrorType, "attempted relative import beyond top-level package")
	}
	base := strings.Join(bits[:len(bits)-(level-1)], ".")
	if name == "" {
		return base, nil
	}
	return base + "." + name, nil
}

// ImportName implements `import a.b.c` (returns the top package a) and
// `import a.b.c as x` (asName: returns a.b.c).
func ImportName(t *Thread, globals *Dict, name string, level int, asName bool) (Object, *BaseException) {
	full, exc := ResolveName(t, globals, name, level)
	if exc != nil {
		return nil, exc
	}
	m, exc := ImportModule(t, full)
	if exc != nil || asName || level > 0 {
		return m, exc
	}
	top := full
	if i := strings.IndexByte(full, '.'); i >= 0 {
		top = full[:i]
	}
	return SysModules.getStr(NewStr(top)), nil
}

// ImportFrom is `from mod import name`: the attribute, or the submodule.
func ImportFrom(t *Thread, mod Object, name *Str) (Object, *BaseException) {
	v, exc := GetAttr(t, mod, name)
	if exc == nil {
		return v, nil
	}
	if !exc.IsInstanceOf(AttributeErrorType) {
		return nil, exc
	}
	modName := ""
	if m, ok := mod.(*Module); ok {
		if n, ok := m.dict.getStr(strName).(*Str); ok {
			modName = n.s
		}
	} else if n, exc := GetAttr(t, mod, strName); exc == nil {
		// sys.modules may hold any object (import_from's getattr of __name__).
		if s, ok := n.(*Str); ok {
			modName = s.s
		}
	}
	if modName != "" {
		sub := modName + "." + name.s
		if r := SysModules.getStr(NewStr(sub)); r != nil {
			return r, nil
		}
		if lookupSpec(sub) != nil || findSourceSpec(t, sub, modName) != nil {
			return ImportModule(t, sub)
		}
	}
	file := ""
	if m, ok := mod.(*Module); ok {
		if f, ok := m.dict.getStr(InternStr("__file__")).(*Str); ok {
			file = f.s
		}
	}
	var e *BaseException
	var nameField Object = NewStr(modName)
	if modName == "" {
		modName, nameField = "<unknown module name>", None
	}
	if m, ok := mod.(*Module); ok && isInitializing(t, m) {
		e = Errorf(ImportErrorType, "cannot import name '%s' from partially initialized module '%s' (most likely due to a circular import) (%s)", name.s, modName, file)
	} else if file != "" {
		e = Errorf(ImportErrorType, "cannot import name '%s' from '%s' (%s)", name.s, modName, file)
	} else {
		e = Errorf(ImportErrorType, "cannot import name '%s' from '%s' (unknown location)", name.s, modName)
	}
	e.SetField("name", nameField)
	if file != "" {
		e.SetField("path", NewStr(file))
	}
	return nil, e
}

// isInitializing: the module's body is still running (its
// __spec__._initializing, as CPython's import machinery marks it).
func isInitializing(t *Thread, m *Module) bool {
	spec := m.dict.getStr(InternStr("__spec__"))
	if spec == nil || spec == None {
		return false
	}
	v, exc := GetAttr(t, spec, InternStr("_initializing"))
	if exc != nil {
		return false
	}
	b, exc := IsTrue(t, v)
	return exc == nil && b
}

// setInitializing sets __spec__._initializing around a module's body.
func setInitializing(m *Module, v Object) {
	if s, ok := m.dict.getStr(InternStr("__spec__")).(*Instance); ok {
		s.dict.SetStr("_initializing", v)
	}
}

// ImportStar copies a module's public names (or __all__) into globals.
func ImportStar(t *Thread, mod Object, globals *Dict) *BaseException {
	m, ok := mod.(*Module)
	if !ok {
		return nil
	}
	if all := m.dict.getStr(InternStr("__all__")); all != nil {
		names, exc := ToSlice(t, all)
		if exc != nil {
			return exc
		}
		for _, n := range names {
			s, ok := n.(*Str)
			if !ok {
				return Errorf(TypeErrorType, "Item in %s.__all__ must be str, not %s", m.name, TypeOf(n).name)
			}
			v, exc := GetAttr(t, m, s)
			if exc != nil {
				return exc
			}
			globals.SetItemStr(s, v)
		}
		return nil
	}
	keys, vals := m.dict.Items()
	for i, k := range keys {
		if s, ok := k.(*Str); ok && !strings.HasPrefix(s.s, "_") {
			globals.SetItemStr(s, vals[i])
		}
	}
	return nil
}

func moduleGetattrFallback(t *Thread, m *Module, name *Str) (Object, *BaseException) {
	// The type's attributes (__dict__, __class__, methods) come before a
	// module-level __getattr__ (PEP 562), as module_getattro.
	if m.hdr.typ == nil { // a subclass may shadow them
		if name == strDict {
			return m.dict, nil
		}
		if name == strClass {
			return m.Type(), nil
		}
	}
	if v, _ := genericGetAttr(t, m, m.Type(), name); v != nil {
		return v, nil
	}
	if ga := m.dict.getStr(strGetattr); ga != nil {
		return Call1(t, ga, name)
	}
	modName := m.name
	if n, ok := m.dict.getStr(strName).(*Str); ok {
		modName = n.s
	}
	e := Errorf(AttributeErrorType, "module '%s' has no attribute '%s'", modName, name.s)
	e.SetField("name", name)
	e.SetField("obj", m)
	return nil, e
}
