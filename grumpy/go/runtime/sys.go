package runtime

import (
	"os"
	"sync/atomic"
)

// SysModule is `sys`, created at start-up so the runtime can reach
// sys.stdout and sys.modules without an import.
var SysModule = NewModule("sys")

var recursionLimitV atomic.Int64

func init() { recursionLimitV.Store(1000) }

func recursionLimit() int { return int(recursionLimitV.Load()) }

// SysStdout returns the current sys.stdout.
func SysStdout() Object { return SysModule.dict.GetStr("stdout") }

// SysStderr returns the current sys.stderr.
func SysStderr() Object { return SysModule.dict.GetStr("stderr") }

// InitSys fills sys for a program run with argv.
func InitSys(argv []string, executable string) {
	d := SysModule.dict
	args := make([]Object, len(argv))
	for i, a := range argv {
		args[i] = NewStr(a)
	}
	d.SetStr("argv", NewList(args...))
	d.SetStr("orig_argv", NewList(args...))
	d.SetStr("executable", NewStr(executable))
	d.SetStr("modules", SysModules)
	SysModules.SetStr("sys", SysModule)
	SysModules.SetStr("builtins", BuiltinsModule)
	d.SetStr("stdout", Stdout)
	d.SetStr("stderr", Stderr)
	d.SetStr("stdin", Stdin)
	d.SetStr("__stdout__", Stdout)
	d.SetStr("__stderr__", Stderr)
	d.SetStr("__stdin__", Stdin)
	d.SetStr("maxsize", MakeInt(1<<63-1))
	d.SetStr("byteorder", NewStr("little"))
	d.SetStr("platform", NewStr("linux"))
	d.SetStr("version", NewStr("3.11.7 (grumpy)"))
	d.SetStr("hexversion", MakeInt(0x030b07f0))
	d.SetStr("api_version", MakeInt(1013))
	d.SetStr("version_info", NewTuple(MakeInt(3), MakeInt(11), MakeInt(7), NewStr("final"), MakeInt(0)))
	d.SetStr("path", NewList())
	d.SetStr("meta_path", NewList())
	d.SetStr("path_hooks", NewList())
	d.SetStr("path_importer_cache", NewDict())
	d.SetStr("warnoptions", NewList())
	d.SetStr("dont_write_bytecode", True)
	d.SetStr("prefix", NewStr("/usr"))
	d.SetStr("exec_prefix", NewStr("/usr"))
	d.SetStr("base_prefix", NewStr("/usr"))
	d.SetStr("float_repr_style", NewStr("short"))
	d.SetStr("builtin_module_names", NewTuple(NewStr("builtins"), NewStr("sys")))
	d.SetStr("pycache_prefix", None)
	d.SetStr("exc_info", NewBuiltin("exc_info", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		h := t.Handled()
		if h == nil {
			return NewTuple(None, None, None), nil
		}
		return NewTuple(h.typ, h, h.TracebackObject()), nil
	}))
	d.SetStr("exception", NewBuiltin("exception", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if h := t.Handled(); h != nil {
			return h, nil
		}
		return None, nil
	}))
	d.SetStr("exit", NewBuiltin("exit", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("exit", args, kw, 0, 1); exc != nil {
			return nil, exc
		}
		e := NewException(SystemExitType, args...)
		return nil, e
	}))
	d.SetStr("getrecursionlimit", NewBuiltin("getrecursionlimit", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return MakeInt(int64(recursionLimit())), nil
	}))
	d.SetStr("setrecursionlimit", NewBuiltin("setrecursionlimit", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("setrecursionlimit", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		n, ok := args[0].(Int)
		if !ok {
			return nil, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeOf(args[0]).name)
		}
		if n < 1 {
			return nil, NewError(ValueErrorType, "recursion limit must be greater or equal than 1")
		}
		recursionLimitV.Store(int64(n))
		t.limit = int(n)
		return None, nil
	}))
	d.SetStr("intern", NewBuiltin("intern", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("intern", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		s, ok := args[0].(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "intern() argument must be str, not %s", TypeOf(args[0]).name)
		}
		return InternStr(s.s), nil
	}))
	d.SetStr("getdefaultencoding", NewBuiltin("getdefaultencoding", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return NewStr("utf-8"), nil
	}))
	d.SetStr("getfilesystemencoding", NewBuiltin("getfilesystemencoding", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return NewStr("utf-8"), nil
	}))
	d.SetStr("_getframe", NewBuiltin("_getframe", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return nil, NewError(ValueErrorType, "call stack is not deep enough")
	}))
	_ = os.Args
}
