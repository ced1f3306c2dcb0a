package runtime

import (
	"sync/atomic"
	"syscall"
	"time"
	"unsafe"
)

// Blocking reads and writes on the main thread that wait for a pipe, a
// socket or a terminal, interruptible by Python signal handlers.
//
// CPython's read(2)/write(2) fail with EINTR when a signal arrives; it then
// runs the Python handlers and retries (or propagates what a handler
// raised). Go installs its signal handlers with SA_RESTART and may deliver
// a signal to any thread, so a blocked system call is never interrupted:
// a program that waits on a pipe for data its SIGALRM handler writes would
// hang. So, on the main thread once the _signal module is in use, a call
// that would block first waits with ppoll in short slices, checking for
// pending signals between them.

// ioSigPollSlice bounds how long a signal waits for its handler while the
// main thread waits on a descriptor.
const ioSigPollSlice = 20 * time.Millisecond

// ioSigAware reports whether t's blocking descriptor I/O must watch for
// Python signal handlers.
func ioSigAware(t *Thread) bool {
	return t != nil && t.ident == 0 && signalDispatch != nil
}

// ioPollOnce polls fd for events with the given timeout (< 0: block); it
// reports whether fd is ready (or in error: the I/O call reports that).
func ioPollOnce(fd int, events int16, timeout time.Duration) bool {
	fds := [1]pollFd{{fd: int32(fd), events: events}}
	var tsp *syscall.Timespec
	if timeout >= 0 {
		ts := syscall.NsecToTimespec(int64(timeout))
		tsp = &ts
	}
	n, _, e := syscall.Syscall6(syscall.SYS_PPOLL, uintptr(unsafe.Pointer(&fds[0])), 1, uintptr(unsafe.Pointer(tsp)), 0, 0, 0)
	if e == syscall.EINTR {
		return false
	}
	return e != 0 || n > 0
}

// ioWaitFD waits until fd is ready for reading (or writing), running the
// Python signal handlers that arrive meanwhile; it returns what a handler
// raised. It returns at once off the main thread, or when fd is ready.
func ioWaitFD(t *Thread, fd int, write bool) *BaseException {
	if !ioSigAware(t) {
		return nil
	}
	events := int16(pollIn)
	if write {
		events = pollOut
	}
	if ioPollOnce(fd, events, 0) || ioFDNonBlocking(fd) {
		return nil
	}
	for {
		if atomic.LoadInt32(&pendingSigint) != 0 {
			if exc := CheckSignals(t); exc != nil {
				return exc
			}
		}
		if ioPollOnce(fd, events, ioSigPollSlice) {
			return nil
		}
	}
}

// ioFDNonBlocking reports whether fd is in non-blocking mode (its I/O
// fails with EAGAIN instead of waiting).
func ioFDNonBlocking(fd int) bool {
	fl, _, e := syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), syscall.F_GETFL, 0)
	return e == 0 && fl&syscall.O_NONBLOCK != 0
}

// ioFDIsFIFO reports whether fd is a pipe or FIFO.
func ioFDIsFIFO(fd int) bool {
	var st syscall.Stat_t
	return syscall.Fstat(fd, &st) == nil && st.Mode&syscall.S_IFMT == syscall.S_IFIFO
}

// ioPipeChunk is what one write to a pipe that polls writable takes without
// blocking (PIPE_BUF).
const ioPipeChunk = 4096

// ioWriteFD is write(2) of b to fd, retried on EINTR after the signal
// handlers ran. On the main thread, a write to a pipe goes in pieces that
// fit, waiting (signal-aware) for room between them: it blocks until all of
// b is written, as a blocking write(2) does, unless a handler raises.
func ioWriteFD(t *Thread, fd int, b []byte) (int, error, *BaseException) {
	if ioSigAware(t) && len(b) > ioPipeChunk && ioFDIsFIFO(fd) && !ioFDNonBlocking(fd) {
		done := 0
		for done < len(b) {
			if exc := ioWaitFD(t, fd, true); exc != nil {
				return done, nil, exc
			}
			n, err, exc := ioWriteFD1(t, fd, b[done:min(len(b), done+ioPipeChunk)])
			if exc != nil {
				return done, nil, exc
			}
			if err != nil {
				if done > 0 && err == syscall.EAGAIN {
					return done, nil, nil
				}
				return done, err, nil
			}
			done += n
		}
		return done, nil, nil
	}
	if exc := ioWaitFD(t, fd, true); exc != nil {
		return 0, nil, exc
	}
	return ioWriteFD1(t, fd, b)
}

func ioWriteFD1(t *Thread, fd int, b []byte) (int, error, *BaseException) {
	for {
		n, err := syscall.Write(fd, b)
		if err == syscall.EINTR {
			if exc := CheckSignals(t); exc != nil {
				return 0, nil, exc
			}
			continue
		}
		if n < 0 {
			n = 0
		}
		return n, err, nil
	}
}
