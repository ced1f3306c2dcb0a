package runtime

import (
	"strings"
	"sync"
)

// The faulthandler module. Go itself reports fatal errors (with every
// goroutine's stack), so enable/disable only record the setting and the
// file; dump_traceback writes the calling thread's Python stack in
// faulthandler's format. test.support's helpers import the module and call
// dump_traceback when threads fail to end.

func init() {
	RegisterModule(&ModuleSpec{Name: "faulthandler", Native: initFaulthandler})
}

var faultState struct {
	mu      sync.Mutex
	enabled bool
	file    Object
	later   Object // the file dump_traceback_later writes to
	users   map[int64]Object
}

// faultFile resolves the file argument as faulthandler_get_fileno: None or
// absent means sys.stderr; an int is a file descriptor; an object needs a
// fileno() returning a non-negative int, and is flushed.
func faultFile(t *Thread, file Object) (Object, *BaseException) {
	if file == nil || file == None {
		file = SysStderr()
		if file == nil || file == None {
			return nil, NewError(RuntimeErrorType, "sys.stderr is None")
		}
	}
	if i, ok := Unwrap(file).(Int); ok {
		if i < 0 {
			return nil, NewError(ValueErrorType, "file is not a valid file descripter")
		}
		return file, nil
	}
	fdo, exc := CallMethod(t, file, InternStr("fileno"), nil, nil)
	if exc != nil {
		return nil, exc
	}
	if fd, ok := Unwrap(fdo).(Int); !ok || fd < 0 {
		return nil, NewError(RuntimeErrorType, "file.fileno() is not a valid file descriptor")
	}
	if _, exc := CallMethod(t, file, InternStr("flush"), nil, nil); exc != nil {
		return nil, exc
	}
	return file, nil
}

// faultStack formats the calling thread's frames, innermost first.
func faultStack(t *Thread) string {
	var b strings.Builder
	b.WriteString("Stack (most recent call first):\n")
	for f := t.frame; f != nil; f = f.back {
		if f.code == nil {
			continue
		}
		b.WriteString(sprintf("  File \"%s\", line %d in %s\n", f.code.Filename, f.Lineno(), f.code.Name))
	}
	return b.String()
}

// faultWrite writes s to file: a file descriptor or a file object.
func faultWrite(t *Thread, file Object, s string) *BaseException {
	if fd, ok := Unwrap(file).(Int); ok {
		switch fd {
		case 1:
			file = SysStdout()
		case 2:
			file = SysStderr()
		default:
			return nil
		}
	}
	if _, exc := CallMethod(t, file, InternStr("write"), []Object{NewStr(s)}, nil); exc != nil {
		return exc
	}
	_, exc := CallMethod(t, file, InternStr("flush"), nil, nil)
	return exc
}

func initFaulthandler(t *Thread, m *Module) *BaseException {
	m.dict.SetStr("__doc__", NewStr("faulthandler module."))
	fileAllThreads := func(fname string, args []Object, kw []*Str) (Object, *BaseException) {
		var file, allThreads Object = None, True
		if exc := ParseArgs(fname, args, kw, []string{"file?", "all_threads?"}, &file, &allThreads); exc != nil {
			return nil, exc
		}
		return file, nil
	}
	nativeFunc(m, "enable", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		file, exc := fileAllThreads("enable", args, kw)
		if exc != nil {
			return nil, exc
		}
		if file, exc = faultFile(t, file); exc != nil {
			return nil, exc
		}
		faultState.mu.Lock()
		faultState.enabled, faultState.file = true, file
		faultState.mu.Unlock()
		return None, nil
	})
	nativeFunc(m, "disable", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("disable", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		faultState.mu.Lock()
		was := faultState.enabled
		faultState.enabled, faultState.file = false, nil
		faultState.mu.Unlock()
		return Bool(was), nil
	})
	nativeFunc(m, "is_enabled", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("is_enabled", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		faultState.mu.Lock()
		defer faultState.mu.Unlock()
		return Bool(faultState.enabled), nil
	})
	nativeFunc(m, "dump_traceback", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		file, exc := fileAllThreads("dump_traceback", args, kw)
		if exc != nil {
			return nil, exc
		}
		if file, exc = faultFile(t, file); exc != nil {
			return nil, exc
		}
		return None, faultWrite(t, file, faultStack(t))
	})
	nativeFunc(m, "dump_traceback_later", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		var timeout, repeat, file, exit Object = nil, False, None, False
		if exc := ParseArgs("dump_traceback_later", args, kw, []string{"timeout", "repeat?", "file?", "exit?"}, &timeout, &repeat, &file, &exit); exc != nil {
			return nil, exc
		}
		secs, exc := mathFloat(t, timeout)
		if exc != nil {
			return nil, exc
		}
		if secs <= 0 {
			return nil, NewError(ValueErrorType, "timeout must be greater than 0")
		}
		if file, exc = faultFile(t, file); exc != nil {
			return nil, exc
		}
		// The watchdog is not armed: a Go program's hang is reported by
		// the test harness's own timeout.
		faultState.mu.Lock()
		faultState.later = file
		faultState.mu.Unlock()
		return None, nil
	})
	nativeFunc(m, "cancel_dump_traceback_later", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("cancel_dump_traceback_later", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		faultState.mu.Lock()
		faultState.later = nil
		faultState.mu.Unlock()
		return None, nil
	})
	nativeFunc(m, "register", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		var signum, file, allThreads, chain Object = nil, None, True, False
		if exc := ParseArgs("register", args, kw, []string{"signum", "file?", "all_threads?", "chain?"}, &signum, &file, &allThreads, &chain); exc != nil {
			return nil, exc
		}
		n, exc := indexArg(t, signum)
		if exc != nil {
			return nil, exc
		}
		if n < 1 || n >= 65 {
			return nil, NewError(ValueErrorType, "signal number out of range")
		}
		if file, exc = faultFile(t, file); exc != nil {
			return nil, exc
		}
		faultState.mu.Lock()
		if faultState.users == nil {
			faultState.users = map[int64]Object{}
		}
		faultState.users[int64(n)] = file
		faultState.mu.Unlock()
		return None, nil
	})
	nativeFunc(m, "unregister", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := unpackArgs("unregister", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		n, exc := indexArg(t, args[0])
		if exc != nil {
			return nil, exc
		}
		if n < 1 || n >= 65 {
			return nil, NewError(ValueErrorType, "signal number out of range")
		}
		faultState.mu.Lock()
		_, had := faultState.users[int64(n)]
		delete(faultState.users, int64(n))
		faultState.mu.Unlock()
		return Bool(had), nil
	})
	return nil
}
