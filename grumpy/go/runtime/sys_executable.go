package runtime

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

// A Grumpy binary run as its own program's Python interpreter.
//
// sys.executable is the binary itself, and programs run it the way they
// would run CPython: test.support.script_helper runs
// `sys.executable -X faulthandler -I -c CODE`, test_json runs
// `sys.executable -m json.tool`. Before, such a child ran the whole program
// again (with the arguments as its sys.argv), which spawned the same child
// again, and so on until a timeout: a chain of processes.
//
// A binary run by a process of the same binary (marked by childExeEnv in
// the environment, which fork_exec adds when a Grumpy program starts its
// own binary, and which the child removes) reads
// its command line as CPython's: options (-c CODE, -m MODULE, -W, -X, and
// the flags that need no argument), then a script path or `-` (standard
// input). Code given by -c, standard input or a script file that is not
// built in is compiled at run time (exec); -m runs a module built into the
// binary as __main__; a path that is the program's own main file runs it.
// A binary started any other way (by a shell, by another program) is the
// program, whatever its arguments.

const childExeEnv = "GRUMPY_PARENT_EXECUTABLE"

// childRun is how a child interpreter was asked to run.
type childRun struct {
	mode string // "c", "m", "path", "stdin", "exit"
	arg  string
	argv []string // sys.argv
	warn []string
	xopt []string
	noEnv bool // -E or -I: PYTHON* variables ignored (only PYTHONWARNINGS so far)
	code int // for "exit"
	msg  string
}

func selfExecutable() string {
	p, err := os.Executable()
	if err != nil {
		return ""
	}
	if r, err := filepath.EvalSymlinks(p); err == nil {
		return r
	}
	return p
}

// sysExecutable is sys.executable: the binary's absolute path (os.Args[0]
// is the script's path under `grumpy run`, and may be relative).
func sysExecutable() string {
	if p, err := os.Executable(); err == nil {
		return p
	}
	return os.Args[0]
}

// childInvocation is non-nil when this process is a Grumpy program's
// sys.executable child (see above). The mark is removed from the
// environment, so that os.environ is what the parent passed.
func childInvocation(argv []string) *childRun {
	parent, ok := os.LookupEnv(childExeEnv)
	if !ok {
		if startedBySelfThroughShell() { // sys_executable_shell.go
			return parseInterpreterArgs(argv)
		}
		return nil
	}
	os.Unsetenv(childExeEnv)
	self := selfExecutable()
	if parent == "" || self == "" || parent != self {
		return nil
	}
	return parseInterpreterArgs(argv)
}

// childEnv is the environment for a child process that will run one of
// execs (fork_exec's executable candidates): with the mark added when that
// is this binary, so that the child runs as an interpreter.
func childEnv(env []string, execs []string) []string {
	self := selfExecutable()
	if self == "" {
		return env
	}
	for _, e := range execs {
		p := e
		if r, err := filepath.EvalSymlinks(e); err == nil {
			p = r
		}
		if a, err := filepath.Abs(p); err == nil {
			p = a
		}
		if p == self {
			out := make([]string, 0, len(env)+1)
			for _, kv := range env {
				if !strings.HasPrefix(kv, childExeEnv+"=") {
					out = append(out, kv)
				}
			}
			return append(out, childExeEnv+"="+self)
		}
	}
	return env
}

// Options of CPython 3.11 that take no argument.
const noArgFlags = "bBdEhiIOPqsSuvVx"

// parseInterpreterArgs reads a CPython command line (argv[0] is the
// executable).
func parseInterpreterArgs(argv []string) *childRun {
	r := &childRun{}
	i := 1
	for i < len(argv) {
		a := argv[i]
		if a == "-" {
			r.mode, r.argv = "stdin", append([]string{"-"}, argv[i+1:]...)
			return r
		}
		if a == "--" {
			i++
			break
		}
		if a == "--version" {
			return &childRun{mode: "exit", msg: "Python 3.11.7\n"}
		}
		if !strings.HasPrefix(a, "-") || len(a) < 2 {
			break
		}
		if strings.HasPrefix(a, "--") {
			if a == "--help" {
				return &childRun{mode: "exit", msg: "usage: " + argv[0] + " [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"}
			}
			return &childRun{mode: "exit", code: 2, msg: "unknown option " + a + "\nusage: " + argv[0] +
				" [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `python -h' for more information.\n"}
		}
		for j := 1; j < len(a); j++ {
			c := a[j]
			switch {
			case c == 'c' || c == 'm' || c == 'W' || c == 'X':
				val := a[j+1:]
				if val == "" {
					if i+1 >= len(argv) {
						return &childRun{mode: "exit", code: 2, msg: "Argument expected for the -" + string(c) +
							" option\nusage: " + argv[0] + " [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `python -h' for more information.\n"}
					}
					i++
					val = argv[i]
				}
				switch c {
				case 'c':
					r.mode, r.arg, r.argv = "c", val, append([]string{"-c"}, argv[i+1:]...)
					return r
				case 'm':
					r.mode, r.arg, r.argv = "m", val, append([]string{val}, argv[i+1:]...)
					return r
				case 'W':
					r.warn = append(r.warn, val)
				case 'X':
					r.xopt = append(r.xopt, val)
				}
				j = len(a)
			case c == 'V':
				return &childRun{mode: "exit", msg: "Python 3.11.7\n"}
			case strings.IndexByte(noArgFlags, c) >= 0:
				if c == 'E' || c == 'I' {
					r.noEnv = true
				}
			default:
				return &childRun{mode: "exit", code: 2, msg: "Unknown option: -" + string(c) + "\nusage: " + argv[0] +
					" [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `python -h' for more information.\n"}
			}
		}
		i++
	}
	if i >= len(argv) {
		r.mode, r.argv = "stdin", []string{""}
		return r
	}
	r.mode, r.arg, r.argv = "path", argv[i], argv[i:]
	return r
}

// setOptions records -W and -X options in sys (warnings reads
// sys.warnoptions when it is imported).
func (r *childRun) setOptions() {
	applyRuntimeFlags(r.xopt) // sys_xflags.go
	var env []string
	if !r.noEnv {
		env = envWarnOptions()
	}
	SysModule.dict.SetStr("warnoptions", warnOptionsList(env, r.warn)) // sys_warnoptions.go
	if len(r.xopt) > 0 {
		d := NewDict()
		for _, x := range r.xopt {
			k, v, ok := strings.Cut(x, "=")
			if ok {
				d.SetStr(k, NewStr(v))
			} else {
				d.SetStr(k, True)
			}
		}
		SysModule.dict.SetStr("_xoptions", d)
	}
}

// run runs the invocation; name is the program's main module.
func (r *childRun) run(t *Thread, name string) int {
	if r.mode == "exit" {
		if r.code == 0 {
			Stdout.WriteString(r.msg)
		} else {
			Stderr.WriteString(r.msg)
		}
		return r.code
	}
	r.setOptions()
	switch r.mode {
	case "m":
		return runModuleAsMain(t, r.arg)
	case "path":
		if spec := lookupSpec(name); spec != nil && spec.File != "" && samePath(spec.File, r.arg) {
			return runMainModule(t, name)
		}
		data, err := os.ReadFile(r.arg)
		if err != nil {
			msg := err.Error()
			var errno syscall.Errno
			if errors.As(err, &errno) {
				text := errno.Error()
				msg = sprintf("[Errno %d] %s", int(errno), strings.ToUpper(text[:1])+text[1:])
			}
			abs, _ := filepath.Abs(r.arg)
			Stderr.WriteString(sprintf("%s: can't open file %s: %s\n", os.Args[0], reprString(abs), msg))
			return 2
		}
		return execAsMain(t, string(data), r.arg, r.arg)
	case "stdin":
		data, _ := io.ReadAll(os.Stdin)
		return execAsMain(t, string(data), "<stdin>", "")
	}
	return execAsMain(t, r.arg, "<string>", "")
}

func samePath(a, b string) bool {
	if a == b {
		return true
	}
	aa, err1 := filepath.Abs(a)
	bb, err2 := filepath.Abs(b)
	return err1 == nil && err2 == nil && aa == bb
}

// execAsMain compiles src at run time and runs it as __main__.
func execAsMain(t *Thread, src, filename, file string) (code int) {
	defer func() {
		if p := recover(); p != nil {
			code = handleUncaught(t, goPanicError(p))
		}
	}()
	m := NewModule("__main__")
	m.dict.SetStr("__annotations__", NewDict())
	m.dict.SetStr("__builtins__", BuiltinsModule)
	if file != "" {
		m.dict.SetStr("__file__", NewStr(file))
		m.dict.SetStr("__cached__", None)
		m.dict.SetStr("__loader__", mainLoader(file))
	} else {
		m.dict.SetStr("__loader__", mainLoader(""))
	}
	setBuiltinModuleSpecs()
	setSysPath0(file)
	SysModules.SetStr("__main__", m)
	compile, exec := BuiltinsModule.dict.GetStr("compile"), BuiltinsModule.dict.GetStr("exec")
	if compile == nil || exec == nil {
		Stderr.WriteString("grumpy: this binary cannot compile code at run time\n")
		return 1
	}
	c, exc := Call(t, compile, []Object{NewStr(src), NewStr(filename), NewStr("exec")}, nil)
	if exc == nil {
		_, exc = Call(t, exec, []Object{c, m.dict}, nil)
	}
	if exc != nil {
		return handleUncaught(t, exc)
	}
	return 0
}

// runModuleAsMain is `-m name`: the built-in module's code run as
// __main__ (a package runs its __main__ submodule), after importing its
// parent packages, as runpy does.
func runModuleAsMain(t *Thread, name string) (code int) {
	defer func() {
		if p := recover(); p != nil {
			code = handleUncaught(t, goPanicError(p))
		}
	}()
	// python -m puts the current directory first on sys.path.
	if cwd, err := os.Getwd(); err == nil {
		setSysPathDir(cwd)
	}
	noModule := func(msg string) int {
		flushStdout(t)
		Stderr.WriteString(os.Args[0] + ": " + msg + "\n")
		return 1
	}
	for depth := 0; ; depth++ {
		if i := strings.LastIndexByte(name, '.'); i >= 0 {
			if _, exc := ImportModule(t, name[:i]); exc != nil {
				if exc.IsInstanceOf(ImportErrorType) {
					s, _ := ToStr(t, exc)
					msg := ""
					if s != nil {
						msg = s.s
					}
					return noModule("Error while finding module specification for " + reprString(name) +
						" (" + exc.typ.name + ": " + msg + ")")
				}
				return handleUncaught(t, exc)
			}
		}
		spec := lookupSpec(name)
		if spec == nil {
			return noModule("No module named " + name)
		}
		if spec.IsPackage {
			if depth > 0 {
				return noModule("Cannot use package as __main__ module")
			}
			if _, exc := ImportModule(t, name); exc != nil {
				return handleUncaught(t, exc)
			}
			name += ".__main__"
			if lookupSpec(name) == nil {
				return noModule("No module named " + name + "; '" + name[:len(name)-9] +
					"' is a package and cannot be directly executed")
			}
			continue
		}
		if spec.Body == nil {
			return noModule("No code object available for " + name)
		}
		m := NewModule("__main__")
		m.dict.SetStr("__annotations__", NewDict())
		if spec.File != "" {
			m.dict.SetStr("__file__", NewStr(spec.File))
			l, _ := SysModule.dict.GetStr("argv").(*List)
			if l != nil && len(l.items) > 0 {
				l.items[0] = NewStr(spec.File)
			}
		}
		pkg := ""
		if i := strings.LastIndexByte(name, '.'); i >= 0 {
			pkg = name[:i]
		}
		m.dict.SetStr("__package__", NewStr(pkg))
		m.dict.SetStr("__builtins__", BuiltinsModule)
		s := moduleSpecFor(name, spec)
		m.dict.SetStr("__spec__", s)
		m.dict.SetStr("__loader__", s.dict.GetStr("loader"))
		setBuiltinModuleSpecs()
		SysModules.SetStr("__main__", m)
		if exc := spec.Body(t, m); exc != nil {
			return handleUncaught(t, exc)
		}
		return 0
	}
}

// reprString is repr() of a Go string.
func reprString(s string) string {
	return quoteStr(s)
}
