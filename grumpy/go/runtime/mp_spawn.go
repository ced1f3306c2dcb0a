package runtime

import (
	"os"
	"path/filepath"
	"strings"
)

// multiprocessing in a Grumpy binary.
//
// Go cannot fork a running process (its threads and runtime do not survive
// fork), so processes are started as CPython's 'spawn' start method starts
// them: a new process of sys.executable. sys.executable is the binary
// itself, which runs as a Python interpreter when a process of the same
// binary starts it (sys_executable.go): the spawned child gets
// `-c 'from multiprocessing.spawn import spawn_main; spawn_main(...)'`,
// compiled at run time, and spawn_main reads the parent's preparation data
// and the pickled Process object from a pipe, as under CPython. The
// modules the child imports are the binary's compiled ones.
//
// Two fixups (import_fixups.go) adapt the host modules:
//   - multiprocessing.context: 'spawn' is the default and only start
//     method, as on platforms without fork; get_context('fork') and
//     set_start_method('fork') raise ValueError("cannot find context for
//     'fork'").
//   - multiprocessing.spawn: the child re-runs the parent's main module as
//     __mp_main__ (so that the functions and classes it defines can be
//     unpickled) with runpy.run_path(path) or runpy.run_module(name). The
//     main module's body is compiled into the binary, so when the path (or
//     name) is one of the binary's own modules its compiled body runs,
//     without its source; any other path falls back to runpy.

func init() {
	importFixups["multiprocessing.context"] = mpContextFixup
	importFixups["multiprocessing.spawn"] = mpSpawnFixup
}

const mpContextFixupSrc = `_default_context = DefaultContext(_concrete_contexts['spawn'])
del _concrete_contexts['fork'], _concrete_contexts['forkserver']
DefaultContext.get_all_start_methods = lambda self: ['spawn']
`

func mpContextFixup(t *Thread, m *Module) *BaseException {
	return execInModule(t, m, mpContextFixupSrc, "<grumpy multiprocessing.context>")
}

func mpSpawnFixup(t *Thread, m *Module) *BaseException {
	wrap := func(name string, run func(t *Thread, arg *Str) (bool, *BaseException)) {
		orig := m.dict.GetStr(name)
		if orig == nil {
			return
		}
		b := NewBuiltin(name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if len(args) == 1 && len(kw) == 0 {
				if s, ok := args[0].(*Str); ok {
					done, exc := run(t, s)
					if exc != nil {
						return nil, exc
					}
					if done {
						return None, nil
					}
				}
			}
			return Call(t, orig, args, kw)
		})
		b.module = m.name
		m.dict.SetStr(name, b)
	}
	wrap("_fixup_main_from_path", func(t *Thread, path *Str) (bool, *BaseException) {
		if strings.TrimSuffix(filepath.Base(path.s), filepath.Ext(path.s)) == "ipython" {
			return false, nil // the original skips IPython's launcher
		}
		spec := compiledModuleAt(path.s)
		if spec == nil || mainHasFile(path.s) {
			return false, nil // runpy, or nothing to do (the original decides)
		}
		return true, runAsMpMain(t, m, spec, "", path)
	})
	wrap("_fixup_main_from_name", func(t *Thread, name *Str) (bool, *BaseException) {
		if name.s == "__main__" || strings.HasSuffix(name.s, ".__main__") {
			return false, nil
		}
		spec := lookupSpec(name.s)
		if spec == nil || spec.Body == nil || mainSpecNamed(t, name.s) {
			return false, nil
		}
		return true, runAsMpMain(t, m, spec, name.s, nil)
	})
	return nil
}

// compiledModuleAt is the spec of the module built into the binary from
// the source file path, or nil. The program's main module is preferred
// (under the test suite's multi-program binaries, $GRUMPY_MAIN names it).
func compiledModuleAt(path string) *ModuleSpec {
	for _, name := range []string{os.Getenv("GRUMPY_MAIN"), "__main__"} {
		if s := lookupSpec(name); name != "" && s != nil && s.Body != nil && s.File != "" && samePath(s.File, path) {
			return s
		}
	}
	base := filepath.Base(path)
	var cands []*ModuleSpec
	registryMu.Lock()
	for _, s := range registry {
		if s.Body != nil && !s.Namespace && s.File != "" && filepath.Base(s.File) == base {
			cands = append(cands, s)
		}
	}
	registryMu.Unlock()
	for _, s := range cands {
		if samePath(s.File, path) {
			return s
		}
	}
	return nil
}

// mainHasFile reports whether sys.modules['__main__'].__file__ == path
// (the process already runs that main module).
func mainHasFile(path string) bool {
	cur, ok := SysModules.getStr(NewStr("__main__")).(*Module)
	if !ok {
		return false
	}
	f, ok := cur.dict.GetStr("__file__").(*Str)
	return ok && f.s == path
}

func mainSpecNamed(t *Thread, name string) bool {
	cur := SysModules.getStr(NewStr("__main__"))
	if cur == nil {
		return false
	}
	spec, exc := GetAttr(t, cur, InternStr("__spec__"))
	if exc != nil || spec == None {
		return false
	}
	n, exc := GetAttr(t, spec, InternStr("name"))
	s, ok := n.(*Str)
	return exc == nil && ok && s.s == name
}

// runAsMpMain runs a compiled module's body as __mp_main__ and makes it
// sys.modules['__main__'] as spawn._fixup_main_from_path does: the old main
// module is kept in spawn.old_main_modules, and while the body runs
// sys.modules['__mp_main__'] is the new module (runpy's temporary module).
// modName is the module's name when run by name (its __spec__), path its
// file when run by path.
func runAsMpMain(t *Thread, spawn *Module, spec *ModuleSpec, modName string, path *Str) *BaseException {
	cur := SysModules.getStr(NewStr("__main__"))
	if old, ok := spawn.dict.GetStr("old_main_modules").(*List); ok && cur != nil {
		old.Append(cur)
	}
	m := NewModule("__mp_main__")
	m.dict.SetStr("__builtins__", BuiltinsModule)
	if path != nil {
		m.dict.SetStr("__file__", path)
		m.dict.SetStr("__cached__", None)
		m.dict.SetStr("__package__", NewStr(""))
	} else {
		if spec.File != "" {
			m.dict.SetStr("__file__", NewStr(spec.File))
			m.dict.SetStr("__cached__", None)
		}
		pkg := ""
		if i := strings.LastIndexByte(modName, '.'); i >= 0 {
			pkg = modName[:i]
		}
		m.dict.SetStr("__package__", NewStr(pkg))
		s := moduleSpecFor(modName, spec)
		m.dict.SetStr("__spec__", s)
		m.dict.SetStr("__loader__", s.dict.GetStr("loader"))
	}
	key := NewStr("__mp_main__")
	prev := SysModules.getStr(key)
	SysModules.SetItemStr(key, m)
	if exc := spec.Body(t, m); exc != nil {
		if prev != nil {
			SysModules.SetItemStr(key, prev)
		} else {
			SysModules.delStr(key)
		}
		return exc
	}
	SysModules.SetItemStr(NewStr("__main__"), m)
	return nil
}
