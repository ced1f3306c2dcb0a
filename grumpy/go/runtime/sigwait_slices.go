package runtime

import (
	"syscall"
	"time"
)

// Waits in select, poll, epoll and blocking sockets that Python signal
// handlers interrupt.
//
// In CPython a signal interrupts the main thread's blocking system call
// (EINTR): the handlers run, and the call either propagates what a handler
// raised or resumes with the time left (PEP 475). Go delivers signals to
// any thread and restarts system calls, so a main thread waiting in
// ppoll/epoll_wait would sleep through `signal.alarm(1)` whose handler
// should end the wait. As for blocking reads (io_sigwait.go), such a wait
// on the main thread, once the _signal module is in use, sleeps in slices
// of ioSigPollSlice and runs the pending handlers between them.

// sigWaitSlice caps a wait of rem (< 0: no limit) to one slice when t must
// watch for signal handlers; sliced reports that it did, so that an expired
// slice is not taken for the caller's timeout.
func sigWaitSlice(t *Thread, rem time.Duration) (time.Duration, bool) {
	if !ioSigAware(t) || (rem >= 0 && rem <= ioSigPollSlice) {
		return rem, false
	}
	return ioSigPollSlice, true
}

// sockSigStreamSend reports whether a send on s must not block in the
// kernel: a blocking stream socket used on the main thread while Python
// signal handlers are in use. A large send would otherwise sleep in
// send(2) until the peer reads, deaf to the handlers.
func sockSigStreamSend(t *Thread, s *sockObj) bool {
	fd, timeout := s.state()
	return timeout < 0 && fd >= 0 && s.typ&0xf == syscall.SOCK_STREAM && ioSigAware(t) && !ioFDNonBlocking(fd)
}

// sockSendSigAware is a blocking send(2) of data made of non-blocking
// ones: it returns once all of data is sent, waiting signal-aware for room
// between the pieces, or with what a signal handler raised.
func sockSendSigAware(t *Thread, s *sockObj, data []byte, flags int) (int, *BaseException) {
	done := 0
	for {
		var n int
		exc := s.io(t, true, func(fd int) error {
			var err error
			n, err = sockSendTo(fd, data[done:], nil, flags|syscall.MSG_NOSIGNAL|syscall.MSG_DONTWAIT)
			return err
		})
		if exc != nil {
			return done, exc
		}
		done += n
		if done >= len(data) {
			return done, nil
		}
	}
}

// select.poll objects come only from select.poll() (CPython's type has no
// tp_new).
func init() {
	DefStatic(pollType, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return nil, NewError(TypeErrorType, "cannot create 'select.poll' instances")
	})
}
