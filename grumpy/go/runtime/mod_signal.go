package runtime

import (
	"os"
	"os/signal"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
	"unsafe"
)

// The _signal module. Signals with a Python handler are received through
// os/signal on a goroutine that marks them pending and trips the flag
// CheckSignals polls; the handlers then run on the main thread at the next
// check, as in CPython.

const nsig = 65

var (
	sigMu       sync.Mutex
	sigHandlers [nsig]Object
	sigPending  [nsig]atomic.Bool
	sigNotified [nsig]bool
	sigCh       = make(chan os.Signal, 64)
	sigOnce     sync.Once
	sigWakeupFD atomic.Int64
	sigDefault  Object // default_int_handler
	sigItimerError *Type
)

var sigNames = map[string]int{
	"SIGHUP": 1, "SIGINT": 2, "SIGQUIT": 3, "SIGILL": 4, "SIGTRAP": 5, "SIGABRT": 6, "SIGIOT": 6, "SIGBUS": 7,
	"SIGFPE": 8, "SIGKILL": 9, "SIGUSR1": 10, "SIGSEGV": 11, "SIGUSR2": 12, "SIGPIPE": 13, "SIGALRM": 14,
	"SIGTERM": 15, "SIGSTKFLT": 16, "SIGCHLD": 17, "SIGCLD": 17, "SIGCONT": 18, "SIGSTOP": 19, "SIGTSTP": 20,
	"SIGTTIN": 21, "SIGTTOU": 22, "SIGURG": 23, "SIGXCPU": 24, "SIGXFSZ": 25, "SIGVTALRM": 26, "SIGPROF": 27,
	"SIGWINCH": 28, "SIGIO": 29, "SIGPOLL": 29, "SIGPWR": 30, "SIGSYS": 31, "SIGRTMIN": 34, "SIGRTMAX": 64,
}

var sigDescriptions = [32]string{"", "Hangup", "Interrupt", "Quit", "Illegal instruction", "Trace/breakpoint trap",
	"Aborted", "Bus error", "Floating point exception", "Killed", "User defined signal 1", "Segmentation fault",
	"User defined signal 2", "Broken pipe", "Alarm clock", "Terminated", "Stack fault", "Child exited", "Continued",
	"Stopped (signal)", "Stopped", "Stopped (tty input)", "Stopped (tty output)", "Urgent I/O condition",
	"CPU time limit exceeded", "File size limit exceeded", "Virtual timer expired", "Profiling timer expired",
	"Window changed", "I/O possible", "Power failure", "Bad system call"}

func init() {
	RegisterModule(&ModuleSpec{Name: "_signal", Native: initSignal})
	sigWakeupFD.Store(-1)
	signalsAfterSelfKill = waitSelfSignal
}

// sigLoop marks delivered signals pending and wakes the main thread.
func sigLoop() {
	for s := range sigCh {
		n, ok := s.(syscall.Signal)
		if !ok || int(n) <= 0 || int(n) >= nsig {
			continue
		}
		sigPending[n].Store(true)
		if fd := sigWakeupFD.Load(); fd >= 0 {
			syscall.Write(int(fd), []byte{byte(n)})
		}
		storeSigint(1)
	}
}

// dispatchSignals runs the handlers of pending signals (main thread only).
func dispatchSignals(t *Thread) *BaseException {
	ran := false
	for n := 1; n < nsig; n++ {
		if !sigPending[n].Swap(false) {
			continue
		}
		ran = true
		if exc := runSignalHandler(t, n); exc != nil {
			for k := n + 1; k < nsig; k++ {
				if sigPending[k].Load() {
					storeSigint(1)
					break
				}
			}
			return exc
		}
	}
	// Nothing pending: the flag was raised again by a signal whose handler
	// already ran (sigLoop marks the signal, then raises the flag; a check
	// in between runs the handler). Every SIGINT, real or simulated by
	// _thread.interrupt_main(), is marked in sigPending once this module is
	// in use, so this is no KeyboardInterrupt (it used to be one, spuriously,
	// in test_signal's stress tests).
	_ = ran
	return nil
}

func runSignalHandler(t *Thread, n int) *BaseException {
	sigMu.Lock()
	h := sigHandlers[n]
	sigMu.Unlock()
	switch v := h.(type) {
	case nil:
		if n == int(syscall.SIGINT) {
			return NewException(KeyboardInterruptType)
		}
		return nil
	case Int:
		return nil
	default:
		if h == sigDefault {
			return NewException(KeyboardInterruptType)
		}
		_, exc := Call2(t, v, MakeInt(int64(n)), None)
		return exc
	}
}

// waitSelfSignal lets a signal this process sent itself be handled before
// kill()/raise_signal() returns.
func waitSelfSignal(t *Thread, sig int) *BaseException {
	if sig <= 0 || sig >= nsig {
		return nil
	}
	sigMu.Lock()
	watched := sigNotified[sig]
	sigMu.Unlock()
	if !watched {
		return nil
	}
	// Delivery goes through the runtime's signal goroutine; wait for it
	// (bounded, in case the signal is blocked or coalesced).
	deadline := time.Now().Add(2 * time.Second)
	for !sigPending[sig].Load() && time.Now().Before(deadline) {
		time.Sleep(20 * time.Microsecond)
	}
	return CheckSignals(t)
}

func sigNumArg(t *Thread, o Object) (int, *BaseException) {
	n, exc := ioIntArg(t, o)
	if exc != nil {
		return 0, exc
	}
	if n < 1 || n >= nsig {
		return 0, NewError(ValueErrorType, "signal number out of range")
	}
	return int(n), nil
}

func setSignalHandler(t *Thread, n int, h Object) (Object, *BaseException) {
	if n == int(syscall.SIGKILL) || n == int(syscall.SIGSTOP) || n == 32 || n == 33 {
		return nil, NewOSError(int(syscall.EINVAL), nil)
	}
	isIgn, isDfl := false, false
	if v, ok := h.(Int); ok {
		isIgn, isDfl = v == 1, v == 0
	} else if b, ok := h.(Bool); ok {
		isIgn, isDfl = bool(b), !bool(b)
	}
	if !isIgn && !isDfl && !Callable(h) {
		return nil, NewError(TypeErrorType, "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
	}
	sigOnce.Do(func() { go sigLoop() })
	sig := syscall.Signal(n)
	sigMu.Lock()
	old := sigHandlers[n]
	switch {
	case isIgn:
		signal.Ignore(sig)
		sigNotified[n] = false
		sigHandlers[n] = MakeInt(1)
	case isDfl:
		signal.Reset(sig)
		sigNotified[n] = false
		sigHandlers[n] = MakeInt(0)
	default:
		signal.Notify(sigCh, sig)
		sigNotified[n] = true
		sigHandlers[n] = h
	}
	sigMu.Unlock()
	if old == nil {
		old = None
	}
	return old, nil
}

func sigTimeval(f float64) syscall.Timeval {
	sec := int64(f)
	usec := int64((f - float64(sec)) * 1e6)
	if sec == 0 && usec == 0 && f > 0 {
		usec = 1
	}
	return syscall.Timeval{Sec: sec, Usec: usec}
}

type itimerval struct {
	Interval syscall.Timeval
	Value    syscall.Timeval
}

func tvFloat(tv syscall.Timeval) float64 { return float64(tv.Sec) + float64(tv.Usec)/1e6 }

func setitimer(which int, v *itimerval) (itimerval, error) {
	var old itimerval
	_, _, e := syscall.Syscall(syscall.SYS_SETITIMER, uintptr(which), uintptr(unsafe.Pointer(v)), uintptr(unsafe.Pointer(&old)))
	if e != 0 {
		return old, e
	}
	return old, nil
}

func initSignal(t *Thread, m *Module) *BaseException {
	d := m.dict
	for k, v := range sigNames {
		d.SetStr(k, MakeInt(int64(v)))
	}
	for k, v := range map[string]int64{"SIG_DFL": 0, "SIG_IGN": 1, "NSIG": nsig, "SIG_BLOCK": 0, "SIG_UNBLOCK": 1,
		"SIG_SETMASK": 2, "ITIMER_REAL": 0, "ITIMER_VIRTUAL": 1, "ITIMER_PROF": 2} {
		d.SetStr(k, MakeInt(v))
	}
	if sigItimerError == nil {
		sigItimerError = newExcType("itimer_error", OSErrorType)
		sigItimerError.module = "signal"
	}
	d.SetStr("ItimerError", sigItimerError)
	def := func(name string, params []string, fn func(t *Thread, a []Object) (Object, *BaseException)) {
		posixFunc(d, name, params, fn)
		d.GetStr(name).(*Builtin).module = "_signal"
	}
	def("default_int_handler", []string{"signalnum", "frame", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
		return nil, NewException(KeyboardInterruptType)
	})
	sigDefault = d.GetStr("default_int_handler")
	sigMu.Lock()
	for n := 1; n < nsig; n++ {
		if sigHandlers[n] != nil {
			continue
		}
		switch {
		case n == int(syscall.SIGINT):
			sigHandlers[n] = sigDefault
		case n == int(syscall.SIGPIPE) || n == int(syscall.SIGXFSZ) || signal.Ignored(syscall.Signal(n)):
			sigHandlers[n] = MakeInt(1)
		default:
			sigHandlers[n] = MakeInt(0)
		}
	}
	sigMu.Unlock()
	if !signal.Ignored(syscall.SIGINT) {
		sigOnce.Do(func() { go sigLoop() })
		sigMu.Lock()
		// Take SIGINT over from the runtime's start-up handler (main.go).
		signal.Reset(syscall.SIGINT)
		signal.Notify(sigCh, syscall.SIGINT)
		sigNotified[syscall.SIGINT] = true
		sigMu.Unlock()
	}
	signalDispatch = dispatchSignals
	def("signal", []string{"signalnum", "handler", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
		n, exc := sigNumArg(t, a[0])
		if exc != nil {
			return nil, exc
		}
		if t.ident != 0 {
			return nil, NewError(ValueErrorType, "signal only works in main thread of the main interpreter")
		}
		return setSignalHandler(t, n, a[1])
	})
	def("getsignal", []string{"signalnum", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
		n, exc := sigNumArg(t, a[0])
		if exc != nil {
			return nil, exc
		}
		sigMu.Lock()
		h := sigHandlers[n]
		sigMu.Unlock()
		if h == nil {
			return None, nil
		}
		return h, nil
	})
	def("strsignal", []string{"signalnum", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
		n, exc := sigNumArg(t, a[0])
		if exc != nil {
			return nil, exc
		}
		switch {
		case n < 32:
			return NewStr(sigDescriptions[n]), nil
		case n >= 34:
			return NewStr(sprintf("Real-time signal %d", n-34)), nil
		}
		return None, nil
	})
	def("valid_signals", nil, func(t *Thread, a []Object) (Object, *BaseException) {
		s := NewSet()
		for n := 1; n < nsig; n++ {
			if n != 32 && n != 33 {
				s.Add(t, MakeInt(int64(n)))
			}
		}
		return s, nil
	})
	def("raise_signal", []string{"signalnum", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
		n, exc := sigNumArg(t, a[0])
		if exc != nil {
			return nil, exc
		}
		if n == 32 || n == 33 {
			return nil, NewOSError(int(syscall.EINVAL), nil)
		}
		FlushStdStreams()
		if err := syscall.Kill(syscall.Getpid(), syscall.Signal(n)); err != nil {
			return nil, osErrorFromErr(err, nil)
		}
		return None, waitSelfSignal(t, n)
	})
	def("alarm", []string{"seconds", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
		s, exc := ioIntArg(t, a[0])
		if exc != nil {
			return nil, exc
		}
		old, err := setitimer(0, &itimerval{Value: syscall.Timeval{Sec: s}})
		if err != nil {
			return nil, osErrorFromErr(err, nil)
		}
		r := old.Value.Sec
		if old.Value.Usec >= 500000 || (r == 0 && old.Value.Usec > 0) {
			r++
		}
		return MakeInt(r), nil
	})
	def("setitimer", []string{"which", "seconds", "interval?", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
		which, exc := ioIntArg(t, a[0])
		if exc != nil {
			return nil, exc
		}
		secs, exc := structFloat(t, a[1])
		if exc != nil {
			return nil, exc
		}
		interval := 0.0
		if a[2] != nil {
			if interval, exc = structFloat(t, a[2]); exc != nil {
				return nil, exc
			}
		}
		old, err := setitimer(int(which), &itimerval{Value: sigTimeval(secs), Interval: sigTimeval(interval)})
		if err != nil {
			e := NewException(sigItimerError, MakeInt(int64(err.(syscall.Errno))), NewStr(Strerror(int(err.(syscall.Errno)))))
			osErrorSetup(e, e.args.items)
			return nil, e
		}
		return NewTuple(Float(tvFloat(old.Value)), Float(tvFloat(old.Interval))), nil
	})
	def("getitimer", []string{"which", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
		which, exc := ioIntArg(t, a[0])
		if exc != nil {
			return nil, exc
		}
		var cur itimerval
		_, _, e := syscall.Syscall(syscall.SYS_GETITIMER, uintptr(which), uintptr(unsafe.Pointer(&cur)), 0)
		if e != 0 {
			ex := NewException(sigItimerError, MakeInt(int64(e)), NewStr(Strerror(int(e))))
			osErrorSetup(ex, ex.args.items)
			return nil, ex
		}
		return NewTuple(Float(tvFloat(cur.Value)), Float(tvFloat(cur.Interval))), nil
	})
	def("pause", nil, func(t *Thread, a []Object) (Object, *BaseException) {
		for atomic.LoadInt32(&pendingSigint) == 0 {
			time.Sleep(time.Millisecond)
		}
		return None, CheckSignals(t)
	})
	def("set_wakeup_fd", []string{"fd", "/", "$", "warn_on_full_buffer?"}, func(t *Thread, a []Object) (Object, *BaseException) {
		fd, exc := ioIntArg(t, a[0])
		if exc != nil {
			return nil, exc
		}
		if t.ident != 0 {
			return nil, NewError(ValueErrorType, "set_wakeup_fd only works in main thread of the main interpreter")
		}
		if fd >= 0 {
			if _, err := sysFcntl(int(fd), syscall.F_GETFL, 0); err != nil {
				return nil, osErrorFromErr(err, nil)
			}
		}
		return MakeInt(sigWakeupFD.Swap(fd)), nil
	})
	def("siginterrupt", []string{"signalnum", "flag", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
		if _, exc := sigNumArg(t, a[0]); exc != nil {
			return nil, exc
		}
		return None, nil
	})
	def("pthread_kill", []string{"thread_id", "signalnum", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
		n, exc := ioIntArg(t, a[1])
		if exc != nil {
			return nil, exc
		}
		if n == 0 {
			return None, nil
		}
		if err := syscall.Kill(syscall.Getpid(), syscall.Signal(n)); err != nil {
			return nil, osErrorFromErr(err, nil)
		}
		return None, waitSelfSignal(t, int(n))
	})
	def("pthread_sigmask", []string{"how", "mask", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
		if _, exc := ToSlice(t, a[1]); exc != nil {
			return nil, exc
		}
		// pthread_sigmask(2) fails with EINVAL for an unknown how.
		if how, exc := ioIntArg(t, a[0]); exc != nil {
			return nil, exc
		} else if how < 0 || how > 2 {
			return nil, NewOSError(int(syscall.EINVAL), nil)
		}
		return NewSet(), nil
	})
	def("sigpending", nil, func(t *Thread, a []Object) (Object, *BaseException) {
		return NewSet(), nil
	})
	return nil
}
