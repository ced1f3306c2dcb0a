package runtime

import (
	"os"
	"os/signal"
	goruntime "runtime"
	"runtime/debug"
	"strings"
	"syscall"
	"time"
)

// RunMain runs module name as __main__ ("-m NAME": module NAME as
// `python -m NAME` runs it) and exits the process with CPython's status:
// 0, SystemExit's code, or 1 after printing the traceback.
func RunMain(name string, argv []string) {
	debug.SetMaxStack(1 << 30)
	setupGC()
	installFastMethods()
	// Run by a process of this binary as its sys.executable: a Python
	// interpreter's command line (sys_executable.go).
	child := childInvocation(argv)
	if child != nil {
		argv = child.argv
	}
	InitSys(argv, sysExecutable())
	installSigint()
	t := NewThread()
	stop := startProfile()
	var code int
	if child != nil {
		code = child.run(t, name)
	} else if mod, ok := strings.CutPrefix(name, "-m "); ok {
		// Built by `grumpy run -m mod`: the module is the program.
		code = runModuleAsMain(t, mod)
	} else {
		code = runMainModule(t, name)
	}
	ThreadingShutdown(t) // wait for non-daemon threads (mod_thread.go)
	runAtExit(t)
	CloseLiveGenerators(t) // generator_final.go
	stop()
	FlushStdStreams()
	if code == exitBySigint {
		// An uncaught KeyboardInterrupt ends the process by SIGINT, as CPython.
		signal.Reset(os.Interrupt)
		syscall.Kill(os.Getpid(), syscall.SIGINT)
		time.Sleep(100 * time.Millisecond)
		os.Exit(130)
	}
	os.Exit(code)
}

// exitBySigint is handleUncaught's result for an uncaught KeyboardInterrupt.
const exitBySigint = -2

func runMainModule(t *Thread, name string) (code int) {
	defer func() {
		if r := recover(); r != nil {
			code = handleUncaught(t, goPanicError(r))
		}
	}()
	spec := lookupSpec(name)
	if spec == nil {
		Stderr.WriteString("grumpy: no module " + name + "\n")
		return 2
	}
	m := NewModule("__main__")
	// CPython's script __main__: __annotations__, __builtins__, __file__,
	// __cached__, in that order after NewModule's names.
	m.dict.SetStr("__annotations__", NewDict())
	m.dict.SetStr("__builtins__", BuiltinsModule)
	if spec.File != "" {
		m.dict.SetStr("__file__", NewStr(spec.File))
		m.dict.SetStr("__cached__", None)
	}
	m.dict.SetStr("__loader__", mainLoader(spec.File))
	setBuiltinModuleSpecs()
	setSysPath0(spec.File)
	SysModules.SetStr("__main__", m)
	if exc := spec.Body(t, m); exc != nil {
		return handleUncaught(t, exc)
	}
	return 0
}

// goPanicError turns a Go panic inside the runtime into a SystemError so the
// user sees a Python traceback rather than a Go crash.
func goPanicError(r any) *BaseException {
	msg := sprintf("%v", r)
	if os.Getenv("GRUMPY_GOTRACE") != "" {
		msg += "\n" + string(debug.Stack())
	}
	if strings.Contains(msg, "stack overflow") {
		return NewError(RecursionErrorType, "maximum recursion depth exceeded")
	}
	return NewError(SystemErrorType, "Go runtime panic: "+msg)
}

// handleUncaught implements SystemExit handling and the default excepthook.
func handleUncaught(t *Thread, exc *BaseException) int {
	if exc.IsInstanceOf(SystemExitType) {
		return systemExitCode(t, exc)
	}
	flushStdout(t)
	failCode := 1
	if exc.IsInstanceOf(KeyboardInterruptType) {
		failCode = exitBySigint
	}
	if hook := SysModule.dict.GetStr("excepthook"); hook != nil && hook != sysExcepthook {
		if _, e := Call(t, hook, []Object{exc.typ, exc, exc.TracebackObject()}, nil); e == nil {
			return failCode
		} else {
			Stderr.WriteString("Error in sys.excepthook:\n" + FormatException(t, e) + "\nOriginal exception was:\n")
			Stderr.WriteString(FormatException(t, exc))
			return failCode
		}
	} else if hook == nil || hook == None {
		Stderr.WriteString("sys.excepthook is missing\n")
	}
	if e := writeStderr(t, FormatException(t, exc)); e != nil {
		Stderr.WriteString(FormatException(t, exc))
	}
	flushStderr(t)
	return failCode
}

// flushStdout flushes sys.stdout, whatever object it is.
func flushStdout(t *Thread) {
	Stdout.Flush()
	if out := SysStdout(); out != nil && out != None {
		if _, ok := out.(*StdStream); !ok {
			CallMethod(t, out, strFlush, nil, nil)
		}
	}
}

func flushStderr(t *Thread) {
	Stderr.Flush()
	if out := SysStderr(); out != nil && out != None {
		if _, ok := out.(*StdStream); !ok {
			CallMethod(t, out, strFlush, nil, nil)
		}
	}
}

var sysExcepthook Object

func systemExitCode(t *Thread, exc *BaseException) int {
	code, e := GetAttr(t, exc, InternStr("code"))
	if e != nil {
		code = systemExitDefaultCode(exc)
	}
	switch c := code.(type) {
	case *noneObj:
		return 0
	case Int:
		return int(c) & 0xff
	case Bool:
		if c {
			return 1
		}
		return 0
	}
	if i, ok := Unwrap(code).(Int); ok {
		return int(i) & 0xff
	}
	flushStdout(t)
	s, e := ToStr(t, code)
	if e == nil {
		writeStderr(t, s.s+"\n")
	}
	flushStderr(t)
	return 1
}

var atExitFuncs []Object

// RegisterAtExit adds a function for atexit.
func RegisterAtExit(f Object) { atExitFuncs = append(atExitFuncs, f) }

func runAtExit(t *Thread) {
	for i := len(atExitFuncs) - 1; i >= 0; i-- {
		if _, exc := Call(t, atExitFuncs[i], nil, nil); exc != nil && !exc.IsInstanceOf(SystemExitType) {
			Stderr.WriteString("Exception ignored in atexit callback\n" + FormatException(t, exc))
		}
	}
}

// pendingSigint is set by the SIGINT handler and polled at loop back-edges
// and calls, which raise KeyboardInterrupt in the main thread.
var pendingSigint int32

func installSigint() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, os.Interrupt)
	go func() {
		for range c {
			storeSigint(1)
		}
	}()
	_ = goruntime.NumCPU
}
