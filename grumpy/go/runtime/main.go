package runtime

import (
	"os"
	"os/signal"
	goruntime "runtime"
	"runtime/debug"
	"strings"
)

// RunMain runs module name as __main__ and exits the process with
// CPython's status: 0, SystemExit's code, or 1 after printing the traceback.
func RunMain(name string, argv []string) {
	debug.SetMaxStack(1 << 30)
	InitSys(argv, os.Args[0])
	installSigint()
	t := NewThread()
	stop := startProfile()
	code := runMainModule(t, name)
	runAtExit(t)
	stop()
	FlushStdStreams()
	os.Exit(code)
}

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
	if spec.File != "" {
		m.dict.SetStr("__file__", NewStr(spec.File))
	}
	m.dict.SetStr("__builtins__", BuiltinsModule)
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
	Stdout.Flush()
	if hook := SysModule.dict.GetStr("excepthook"); hook != nil && hook != sysExcepthook {
		if _, e := Call(t, hook, []Object{exc.typ, exc, exc.TracebackObject()}, nil); e == nil {
			return 1
		}
	}
	Stderr.WriteString(FormatException(t, exc))
	return 1
}

var sysExcepthook Object

func systemExitCode(t *Thread, exc *BaseException) int {
	var code Object = None
	if v := exc.dict.GetStr("code"); v != nil {
		code = v
	} else if len(exc.args.items) == 1 {
		code = exc.args.items[0]
	} else if len(exc.args.items) > 1 {
		code = exc.args
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
	Stdout.Flush()
	s, e := ToStr(t, code)
	if e == nil {
		Stderr.WriteString(s.s + "\n")
	}
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
