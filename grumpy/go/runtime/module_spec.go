package runtime

import (
	"os"
	"strings"
	"sync"
)

// Module specs and loaders: the __spec__ and __loader__ of the modules
// built into the binary, as CPython's import system sets them. The
// classes are CPython's names (_frozen_importlib.ModuleSpec,
// _frozen_importlib_external.SourceFileLoader, BuiltinImporter,
// FrozenImporter, NamespaceLoader, _NamespacePath); the stdlib overlay's
// importlib.machinery re-exports them from _grumpy.

var (
	importClassesOnce sync.Once
	moduleSpecClass   *Type
	sourceLoaderClass *Type
	builtinImporter   *Type
	frozenImporter    *Type
	namespaceLoader   *Type
	namespacePath     *Type
)

// frozenModules are the modules CPython 3.11 runs frozen: their spec says
// origin='frozen' and their loader is FrozenImporter.
var frozenModules = map[string]bool{
	"abc": true, "codecs": true, "io": true, "_collections_abc": true, "_sitebuiltins": true,
	"genericpath": true, "ntpath": true, "posixpath": true, "os": true, "site": true, "stat": true,
	"importlib.util": true, "importlib.machinery": true, "runpy": true,
}

func importClass(name, module string, dict *Dict) *Type {
	dict.SetStr("__module__", NewStr(module))
	typ, exc := NewClass(nil, TypeType, name, nil, dict)
	if exc != nil {
		panic("module_spec: cannot make class " + name)
	}
	return typ
}

func importMethod(typ *Type, name string, fn BuiltinFn) {
	typ.dict.SetStr(name, &Builtin{name: name, fn: fn, method: true, owner: typ})
}

func importProperty(typ *Type, name string, get, set BuiltinFn) {
	p := &Property{fget: &Builtin{name: name, fn: get}}
	if set != nil {
		p.fset = &Builtin{name: name, fn: set}
	}
	typ.dict.SetStr(name, p)
}

func instAttr(o Object, name string) Object {
	if in, ok := o.(*Instance); ok && in.dict != nil {
		if v := in.dict.GetStr(name); v != nil {
			return v
		}
	}
	return None
}

func setInstAttr(o Object, name string, v Object) {
	if in, ok := o.(*Instance); ok && in.dict != nil {
		in.dict.SetStr(name, v)
	}
}

func initImportClasses() {
	importClassesOnce.Do(func() {
		makeModuleSpecClass()
		makeLoaderClasses()
	})
}

func makeModuleSpecClass() {
	S := importClass("ModuleSpec", "_frozen_importlib", NewDict())
	moduleSpecClass = S
	importMethod(S, "__init__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		var name, loader, origin, state, isPkg Object = nil, nil, None, None, None
		if exc := ParseArgs("ModuleSpec", args[1:], kw, []string{"name", "loader", "$", "origin?", "loader_state?", "is_package?"},
			&name, &loader, &origin, &state, &isPkg); exc != nil {
			return nil, exc
		}
		self := args[0]
		for _, kv := range []struct {
			k string
			v Object
		}{{"name", name}, {"loader", loader}, {"origin", origin}, {"loader_state", state}} {
			if exc := SetAttr(t, self, NewStr(kv.k), kv.v); exc != nil {
				return nil, exc
			}
		}
		var locs Object = None
		if b, exc := IsTrue(t, isPkg); exc != nil {
			return nil, exc
		} else if b {
			locs = NewList()
		}
		for _, kv := range []struct {
			k string
			v Object
		}{{"submodule_search_locations", locs}, {"_set_fileattr", False}, {"_cached", None}} {
			if exc := SetAttr(t, self, NewStr(kv.k), kv.v); exc != nil {
				return nil, exc
			}
		}
		return None, nil
	})
	importMethod(S, "__repr__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("__repr__", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		self := args[0]
		get := func(n string) (Object, *BaseException) { return GetAttr(t, self, NewStr(n)) }
		var b strings.Builder
		for i, n := range []string{"name", "loader", "origin", "submodule_search_locations"} {
			v, exc := get(n)
			if exc != nil {
				return nil, exc
			}
			if i >= 2 && v == None {
				continue
			}
			var s *Str
			if i == 3 {
				s, exc = ToStr(t, v)
			} else {
				s, exc = Repr(t, v)
			}
			if exc != nil {
				return nil, exc
			}
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(n + "=" + s.s)
		}
		return NewStr(TypeOf(self).name + "(" + b.String() + ")"), nil
	})
	importMethod(S, "__eq__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("__eq__", args, kw, 2, 2); exc != nil {
			return nil, exc
		}
		self, other := args[0], args[1]
		for _, n := range []string{"name", "loader", "origin", "submodule_search_locations", "cached", "has_location"} {
			a, exc := GetAttr(t, self, NewStr(n))
			if exc != nil {
				return nil, exc
			}
			b, exc := GetAttr(t, other, NewStr(n))
			if exc != nil {
				if exc.IsInstanceOf(AttributeErrorType) {
					return NotImplemented, nil
				}
				return nil, exc
			}
			r, exc := Eq(t, a, b)
			if exc != nil {
				return nil, exc
			}
			if ok, exc := IsTrue(t, r); exc != nil || !ok {
				return False, exc
			}
		}
		return True, nil
	})
	S.dict.SetStr("__hash__", None)
	importProperty(S, "parent", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		self := args[0]
		locs, exc := GetAttr(t, self, NewStr("submodule_search_locations"))
		if exc != nil {
			return nil, exc
		}
		name, exc := GetAttr(t, self, NewStr("name"))
		if exc != nil {
			return nil, exc
		}
		if locs != None {
			return name, nil
		}
		s, ok := name.(*Str)
		if !ok {
			return nil, Errorf(AttributeErrorType, "'%s' object has no attribute 'rpartition'", TypeOf(name).name)
		}
		if i := strings.LastIndexByte(s.s, '.'); i >= 0 {
			return NewStr(s.s[:i]), nil
		}
		return NewStr(""), nil
	}, nil)
	importProperty(S, "has_location", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return GetAttr(t, args[0], NewStr("_set_fileattr"))
	}, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		b, exc := IsTrue(t, args[1])
		if exc != nil {
			return nil, exc
		}
		return None, SetAttr(t, args[0], NewStr("_set_fileattr"), Bool(b))
	})
	// Grumpy programs have no bytecode caches: cached is None unless set.
	importProperty(S, "cached", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return GetAttr(t, args[0], NewStr("_cached"))
	}, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return None, SetAttr(t, args[0], NewStr("_cached"), args[1])
	})
}

func makeLoaderClasses() {
	// SourceFileLoader(fullname, path): the loader of every module compiled
	// from a .py file.
	L := importClass("SourceFileLoader", "_frozen_importlib_external", NewDict())
	sourceLoaderClass = L
	importMethod(L, "__init__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		var name, path Object
		if exc := ParseArgs("SourceFileLoader", args[1:], kw, []string{"fullname", "path"}, &name, &path); exc != nil {
			return nil, exc
		}
		if exc := SetAttr(t, args[0], NewStr("name"), name); exc != nil {
			return nil, exc
		}
		return None, SetAttr(t, args[0], NewStr("path"), path)
	})
	importMethod(L, "__eq__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("__eq__", args, kw, 2, 2); exc != nil {
			return nil, exc
		}
		a, b := args[0], args[1]
		if TypeOf(a) != TypeOf(b) {
			return False, nil
		}
		return Eq(t, instanceDict(a), instanceDict(b))
	})
	importMethod(L, "__hash__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		h1, exc := Hash(t, instAttr(args[0], "name"))
		if exc != nil {
			return nil, exc
		}
		h2, exc := Hash(t, instAttr(args[0], "path"))
		if exc != nil {
			return nil, exc
		}
		return MakeInt(h1 ^ h2), nil
	})
	importMethod(L, "get_filename", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("get_filename", args, kw, 1, 2); exc != nil {
			return nil, exc
		}
		return GetAttr(t, args[0], NewStr("path"))
	})
	importMethod(L, "get_data", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("get_data", args, kw, 2, 2); exc != nil {
			return nil, exc
		}
		p, ok := strArg(args[1])
		if !ok {
			return nil, Errorf(TypeErrorType, "expected str, bytes or os.PathLike object, not %s", TypeOf(args[1]).name)
		}
		data, err := os.ReadFile(p.s)
		if err != nil {
			return nil, foOSError(err, args[1])
		}
		return NewBytes(data), nil
	})
	importMethod(L, "get_source", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("get_source", args, kw, 2, 2); exc != nil {
			return nil, exc
		}
		p, ok := instAttr(args[0], "path").(*Str)
		if !ok {
			return None, nil
		}
		data, err := os.ReadFile(p.s)
		if err != nil {
			e := Errorf(ImportErrorType, "source not available through get_data()")
			e.SetField("name", args[1])
			return nil, e
		}
		s := strings.ReplaceAll(strings.ReplaceAll(string(data), "\r\n", "\n"), "\r", "\n")
		return NewStr(s), nil
	})
	importMethod(L, "is_package", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("is_package", args, kw, 2, 2); exc != nil {
			return nil, exc
		}
		p, _ := instAttr(args[0], "path").(*Str)
		if p == nil {
			return False, nil
		}
		base := p.s[strings.LastIndexByte(p.s, '/')+1:]
		if i := strings.IndexByte(base, '.'); i >= 0 {
			base = base[:i]
		}
		return Bool(base == "__init__"), nil
	})
	importMethod(L, "create_module", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return None, nil
	})
	importMethod(L, "exec_module", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("exec_module", args, kw, 2, 2); exc != nil {
			return nil, exc
		}
		return execRegisteredModule(t, args[1])
	})

	// BuiltinImporter and FrozenImporter are used as classes (CPython's
	// loaders of built-in and frozen modules): classmethods only.
	for i, name := range []string{"BuiltinImporter", "FrozenImporter"} {
		C := importClass(name, "_frozen_importlib", NewDict())
		if i == 0 {
			builtinImporter = C
		} else {
			frozenImporter = C
		}
		DefClassMethod(C, "find_spec", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			var name, path, target Object = nil, None, None
			if exc := ParseArgs("find_spec", args[1:], kw, []string{"fullname", "path?", "target?"}, &name, &path, &target); exc != nil {
				return nil, exc
			}
			s, ok := name.(*Str)
			if !ok || lookupSpec(s.s) == nil {
				return None, nil
			}
			return moduleSpecFor(s.s, lookupSpec(s.s)), nil
		})
		DefClassMethod(C, "create_module", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			return None, nil
		})
		DefClassMethod(C, "exec_module", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := ArgCount("exec_module", args, kw, 2, 2); exc != nil {
				return nil, exc
			}
			return execRegisteredModule(t, args[1])
		})
		DefClassMethod(C, "is_package", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := ArgCount("is_package", args, kw, 2, 2); exc != nil {
				return nil, exc
			}
			s, _ := args[1].(*Str)
			if s != nil {
				if spec := lookupSpec(s.s); spec != nil {
					return Bool(spec.IsPackage), nil
				}
			}
			return False, nil
		})
	}

	// _NamespacePath: a namespace package's __path__ (a list-like view).
	P := importClass("_NamespacePath", "_frozen_importlib_external", NewDict())
	namespacePath = P
	pathList := func(o Object) *List {
		l, _ := instAttr(o, "_path").(*List)
		if l == nil {
			l = NewList()
			setInstAttr(o, "_path", l)
		}
		return l
	}
	importMethod(P, "__init__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		var name, path, finder Object = None, None, None
		if exc := ParseArgs("_NamespacePath", args[1:], kw, []string{"name", "path", "path_finder?"}, &name, &path, &finder); exc != nil {
			return nil, exc
		}
		items, exc := ToSlice(t, path)
		if exc != nil {
			return nil, exc
		}
		setInstAttr(args[0], "_name", name)
		setInstAttr(args[0], "_path", NewList(items...))
		return None, nil
	})
	importMethod(P, "__iter__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return Iter(t, pathList(args[0]))
	})
	importMethod(P, "__len__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return MakeInt(int64(len(pathList(args[0]).items))), nil
	})
	importMethod(P, "__getitem__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("__getitem__", args, kw, 2, 2); exc != nil {
			return nil, exc
		}
		return GetItem(t, pathList(args[0]), args[1])
	})
	importMethod(P, "__setitem__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("__setitem__", args, kw, 3, 3); exc != nil {
			return nil, exc
		}
		return None, SetItem(t, pathList(args[0]), args[1], args[2])
	})
	importMethod(P, "__contains__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("__contains__", args, kw, 2, 2); exc != nil {
			return nil, exc
		}
		b, exc := Contains(t, pathList(args[0]), args[1])
		if exc != nil {
			return nil, exc
		}
		return Bool(b), nil
	})
	importMethod(P, "append", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("append", args, kw, 2, 2); exc != nil {
			return nil, exc
		}
		pathList(args[0]).Append(args[1])
		return None, nil
	})
	importMethod(P, "__repr__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		r, exc := Repr(t, pathList(args[0]))
		if exc != nil {
			return nil, exc
		}
		return NewStr("_NamespacePath(" + r.s + ")"), nil
	})

	N := importClass("NamespaceLoader", "_frozen_importlib_external", NewDict())
	namespaceLoader = N
	importMethod(N, "__init__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		var name, path, finder Object = None, None, None
		if exc := ParseArgs("NamespaceLoader", args[1:], kw, []string{"name", "path", "path_finder?"}, &name, &path, &finder); exc != nil {
			return nil, exc
		}
		setInstAttr(args[0], "_path", path)
		return None, nil
	})
	importMethod(N, "is_package", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return True, nil
	})
	importMethod(N, "get_source", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return NewStr(""), nil
	})
	importMethod(N, "create_module", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return None, nil
	})
	importMethod(N, "exec_module", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return None, nil
	})
}

func instanceDict(o Object) Object {
	if in, ok := o.(*Instance); ok && in.dict != nil {
		return in.dict
	}
	return None
}

// execRegisteredModule runs a registered module's body in an existing
// module object (the loaders' exec_module).
func execRegisteredModule(t *Thread, mod Object) (Object, *BaseException) {
	m, ok := mod.(*Module)
	if !ok {
		return nil, NewError(TypeErrorType, "exec_module() argument must be a module")
	}
	name, _ := m.dict.GetStr("__name__").(*Str)
	if name == nil {
		return nil, NewError(ImportErrorType, "module has no __name__")
	}
	spec := lookupSpec(name.s)
	if spec == nil {
		return nil, moduleNotFound(name.s, sprintf("No module named '%s'", name.s))
	}
	var exc *BaseException
	if spec.Native != nil {
		exc = spec.Native(t, m)
	} else if spec.Body != nil {
		exc = spec.Body(t, m)
	}
	if exc != nil {
		return nil, exc
	}
	return None, nil
}

// moduleSpecFor builds the ModuleSpec CPython would give the registered
// module name (and, through it, its loader).
func moduleSpecFor(name string, spec *ModuleSpec) *Instance {
	initImportClasses()
	s := NewInstance(moduleSpecClass)
	d := s.dict
	d.SetStr("name", NewStr(name))
	var loader, origin, state, locs Object = None, None, None, None
	hasLocation := false
	switch {
	case spec.Namespace:
		p := namespacePathOf(name, spec)
		ld := NewInstance(namespaceLoader)
		ld.dict.SetStr("_path", p)
		loader, locs = ld, p
	case spec.Native != nil || spec.File == "":
		loader, origin = builtinImporter, NewStr("built-in")
	case frozenModules[name]:
		loader, origin = frozenImporter, NewStr("frozen")
		st := NewDict()
		st.SetStr("filename", NewStr(spec.File))
		st.SetStr("origname", NewStr(name))
		state = NewNamespace(st)
	default:
		ld := NewInstance(sourceLoaderClass)
		ld.dict.SetStr("name", NewStr(name))
		ld.dict.SetStr("path", NewStr(spec.File))
		loader, origin, hasLocation = ld, NewStr(spec.File), true
	}
	if locs == None && spec.IsPackage {
		if frozenModules[name] {
			locs = NewList()
		} else {
			locs = NewList(NewStr(packageDir(spec.File)))
		}
	}
	d.SetStr("loader", loader)
	d.SetStr("origin", origin)
	d.SetStr("loader_state", state)
	d.SetStr("submodule_search_locations", locs)
	d.SetStr("_set_fileattr", Bool(hasLocation))
	d.SetStr("_cached", None)
	return s
}

func packageDir(file string) string {
	if i := strings.LastIndexByte(file, '/'); i >= 0 {
		return file[:i]
	}
	return file
}

// namespacePathOf is a namespace package's __path__: its directory (the
// spec's File) as a _NamespacePath.
func namespacePathOf(name string, spec *ModuleSpec) Object {
	initImportClasses()
	p := NewInstance(namespacePath)
	p.dict.SetStr("_name", NewStr(name))
	p.dict.SetStr("_path", NewList(NewStr(spec.File)))
	return p
}

// setModuleSpec gives a module being imported its __spec__, __loader__
// and the file attributes its kind of module has.
func setModuleSpec(m *Module, name string, spec *ModuleSpec) {
	s := moduleSpecFor(name, spec)
	m.dict.SetStr("__spec__", s)
	m.dict.SetStr("__loader__", s.dict.GetStr("loader"))
	if spec.Namespace {
		m.dict.SetStr("__file__", None)
		m.dict.SetStr("__path__", s.dict.GetStr("submodule_search_locations"))
	}
}

// mainLoader is __main__.__loader__: a SourceFileLoader for a script run
// from a file, BuiltinImporter for -c and standard input (as CPython).
func mainLoader(file string) Object {
	initImportClasses()
	if file == "" || strings.HasPrefix(file, "<") {
		return builtinImporter
	}
	ld := NewInstance(sourceLoaderClass)
	ld.dict.SetStr("name", NewStr("__main__"))
	ld.dict.SetStr("path", NewStr(file))
	return ld
}

// ImportClasses returns the import-system classes for the _grumpy module.
func importClassesDict() map[string]*Type {
	initImportClasses()
	return map[string]*Type{
		"ModuleSpec": moduleSpecClass, "SourceFileLoader": sourceLoaderClass, "BuiltinImporter": builtinImporter,
		"FrozenImporter": frozenImporter, "NamespaceLoader": namespaceLoader, "_NamespacePath": namespacePath,
	}
}

// setBuiltinModuleSpecs gives the modules that exist before any import
// (sys, builtins) their built-in __spec__ and __loader__.
func setBuiltinModuleSpecs() {
	for _, m := range []*Module{SysModule, BuiltinsModule} {
		if m == nil {
			continue
		}
		if v := m.dict.GetStr("__spec__"); v != nil && v != None {
			continue
		}
		setModuleSpec(m, m.name, &ModuleSpec{Name: m.name, Native: func(*Thread, *Module) *BaseException { return nil }})
		if v := m.dict.GetStr("__package__"); v == nil || v == None {
			m.dict.SetStr("__package__", NewStr(""))
		}
	}
}

// moduleReprFromSpec is repr(module) for a module whose __spec__ is a
// ModuleSpec (importlib._bootstrap._module_repr_from_spec); ok is false
// for a module without one.
func moduleReprFromSpec(t *Thread, m *Module) (Object, bool, *BaseException) {
	in, isInst := m.dict.GetStr("__spec__").(*Instance)
	if !isInst || moduleSpecClass == nil || !in.typ.IsSubtype(moduleSpecClass) {
		return nil, false, nil
	}
	get := func(n string) (Object, *BaseException) { return GetAttr(t, in, NewStr(n)) }
	nameObj, exc := get("name")
	if exc != nil {
		return nil, true, exc
	}
	name := "'?'"
	if nameObj != None {
		r, exc := Repr(t, nameObj)
		if exc != nil {
			return nil, true, exc
		}
		name = r.s
	}
	origin, exc := get("origin")
	if exc != nil {
		return nil, true, exc
	}
	if origin == None {
		loader, exc := get("loader")
		if exc != nil {
			return nil, true, exc
		}
		if loader == None {
			return NewStr("<module " + name + ">"), true, nil
		}
		r, exc := Repr(t, loader)
		if exc != nil {
			return nil, true, exc
		}
		return NewStr("<module " + name + " (" + r.s + ")>"), true, nil
	}
	hasLoc, exc := get("has_location")
	if exc != nil {
		return nil, true, exc
	}
	if b, exc := IsTrue(t, hasLoc); exc != nil {
		return nil, true, exc
	} else if b {
		r, exc := Repr(t, origin)
		if exc != nil {
			return nil, true, exc
		}
		return NewStr("<module " + name + " from " + r.s + ">"), true, nil
	}
	s, exc := ToStr(t, origin)
	if exc != nil {
		return nil, true, exc
	}
	return NewStr("<module " + name + " (" + s.s + ")>"), true, nil
}
