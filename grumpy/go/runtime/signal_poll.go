package runtime

import "sync/atomic"

func storeSigint(v int32) { atomic.StoreInt32(&pendingSigint, v) }

// CheckSignals raises KeyboardInterrupt once after SIGINT arrives; generated
// code calls it at loop back-edges.
func CheckSignals(t *Thread) *BaseException {
	if atomic.LoadInt32(&pendingSigint) != 0 && t.ident == 0 {
		atomic.StoreInt32(&pendingSigint, 0)
		return NewException(KeyboardInterruptType)
	}
	return nil
}
