package runtime

import "sync/atomic"

func storeSigint(v int32) { atomic.StoreInt32(&pendingSigint, v) }

// signalDispatch, once the _signal module is imported, runs the Python
// handlers of the pending signals (mod_signal.go); pendingSigint is then the
// "some signal is pending" flag.
var signalDispatch func(t *Thread) *BaseException

// CheckSignals raises KeyboardInterrupt once after SIGINT arrives (or runs
// the pending Python signal handlers); generated code calls it at loop
// back-edges.
// The test is small enough for Go to inline into every loop.
func CheckSignals(t *Thread) *BaseException {
	if atomic.LoadInt32(&pendingSigint) != 0 {
		return signalsPending(t)
	}
	return nil
}

// signalsPending handles a pending signal on the main thread.
func signalsPending(t *Thread) *BaseException {
	if t.ident == 0 {
		atomic.StoreInt32(&pendingSigint, 0)
		if signalDispatch != nil {
			return signalDispatch(t)
		}
		return NewException(KeyboardInterruptType)
	}
	return nil
}
