package runtime

import (
	"os"
	"path/filepath"
	"strings"
)

// Importing a module that is not built into the binary. The compiler builds
// in every module it sees imported; a module found only at run time (a
// plugin named by a computed string, a file the program itself writes, a
// submodule of a built-in package that nothing named) is looked for as
// source the way CPython's PathFinder does — on sys.path for a top-level
// module, on the parent package's __path__ for a submodule — and run by the
// run-time compiler (the interp package behind compile/exec), so it behaves
// like a built-in one, only slower.

// findSourceSpec returns a spec whose body compiles and runs name's source
// file, or nil when there is none (or the binary cannot compile at run time).
func findSourceSpec(t *Thread, name, parent string) *ModuleSpec {
	if BuiltinsModule.dict.GetStr("compile") == nil || BuiltinsModule.dict.GetStr("exec") == nil {
		return nil
	}
	last := name[strings.LastIndexByte(name, '.')+1:]
	namespace := ""
	for _, dir := range searchDirs(t, parent) {
		if dir == "" {
			dir = "."
		}
		pkgInit := filepath.Join(dir, last, "__init__.py")
		if isFile(pkgInit) {
			return sourceSpec(name, pkgInit, true)
		}
		if file := filepath.Join(dir, last+".py"); isFile(file) {
			return sourceSpec(name, file, false)
		}
		// A directory without __init__.py is a namespace package unless a
		// later entry has a regular module or package of that name.
		if st, err := os.Stat(filepath.Join(dir, last)); namespace == "" && err == nil && st.IsDir() {
			namespace = filepath.Join(dir, last)
		}
	}
	if namespace != "" {
		if abs, err := filepath.Abs(namespace); err == nil {
			namespace = abs
		}
		return &ModuleSpec{Name: name, File: namespace, IsPackage: true, Namespace: true,
			Body: func(t *Thread, m *Module) *BaseException { return nil }}
	}
	return nil
}

// searchDirs is sys.path, or the parent package's __path__.
func searchDirs(t *Thread, parent string) []string {
	var path Object
	if parent == "" {
		path = SysModule.dict.GetStr("path")
	} else {
		pm := SysModules.getStr(NewStr(parent))
		if pm == nil || pm == None {
			return nil
		}
		p, exc := GetAttr(t, pm, InternStr("__path__"))
		if exc != nil {
			return nil
		}
		path = p
	}
	var dirs []string
	ForEach(t, path, func(o Object) (bool, *BaseException) {
		if s, ok := o.(*Str); ok {
			dirs = append(dirs, s.s)
		}
		return true, nil
	})
	return dirs
}

func isFile(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.Mode().IsRegular()
}

// sourceSpec is the spec of a module run from its source file.
func sourceSpec(name, file string, isPkg bool) *ModuleSpec {
	if abs, err := filepath.Abs(file); err == nil {
		file = abs
	}
	return &ModuleSpec{Name: name, File: file, IsPackage: isPkg, Body: SourceBody(file)}
}

// SourceBody is a module body that compiles and runs file's source at run
// time. The driver also uses it for a standard-library module whose source
// does not parse, so that importing it raises CPython's SyntaxError.
func SourceBody(file string) func(t *Thread, m *Module) *BaseException {
	return func(t *Thread, m *Module) *BaseException {
		if BuiltinsModule.dict.GetStr("compile") == nil {
			return NewError(ImportErrorType, "grumpy: this binary cannot compile "+file+" at run time")
		}
		data, err := os.ReadFile(file)
		if err != nil {
			return osErrorFromErr(err, NewStr(file))
		}
		c, exc := Call(t, BuiltinsModule.dict.GetStr("compile"), []Object{NewBytes(data), NewStr(file), NewStr("exec")}, nil)
		if exc != nil {
			return exc
		}
		_, exc = Call(t, BuiltinsModule.dict.GetStr("exec"), []Object{c, m.dict}, nil)
		return exc
	}
}

// setSysPath0 starts sys.path as CPython does: the script's directory, or
// '' (the current directory) for -c and standard input. It is where a
// module that is not built in is looked for (findSourceSpec).
func setSysPath0(file string) {
	dir := ""
	if file != "" && !strings.HasPrefix(file, "<") {
		if abs, err := filepath.Abs(file); err == nil {
			dir = filepath.Dir(abs)
		}
	}
	setSysPathDir(dir)
}

// StdlibDir is the build host's standard-library directory (set by the
// generated main): it ends sys.path, so a standard-library module the build
// did not bring in (a lazy import the driver did not follow) is run from
// source where the host's Lib/ exists, and is ModuleNotFoundError elsewhere.
var StdlibDir string

// setSysPathDir makes dir sys.path[0], followed by StdlibDir, unless
// sys.path is already set.
func setSysPathDir(dir string) {
	if l, ok := SysModule.dict.GetStr("path").(*List); ok && l.Len() == 0 {
		l.Append(NewStr(dir))
		if StdlibDir != "" {
			l.Append(NewStr(StdlibDir))
		}
	}
}

// findSpec is the spec an import of name would use: the built-in module,
// else its source on the search path (importlib.util.find_spec and reload
// go through it).
func findSpec(t *Thread, name string) *ModuleSpec {
	if s := lookupSpec(name); s != nil {
		return s
	}
	parent := ""
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		parent = name[:i]
	}
	return findSourceSpec(t, name, parent)
}
