package runtime

import (
	goruntime "runtime"
	"weak"
)

// Buffer exports of an array.array: while a memoryview of it is alive the
// array cannot change size (BufferError), as in CPython. Views are tracked
// by weak pointers (as bytearray's, bytearray_exports.go): one nobody can
// reach any more stops counting once the collector has run.

// addExport registers m as a view of a.
func (a *Array) addExport(m *MemoryView) {
	a.mu.Lock()
	a.pruneExports()
	a.exports = append(a.exports, weak.Make(m))
	a.mu.Unlock()
}

// pruneExports drops released and collected views; a.mu is held.
func (a *Array) pruneExports() {
	live := a.exports[:0]
	for _, w := range a.exports {
		if m := w.Value(); m != nil && !m.released.Load() {
			live = append(live, w)
		}
	}
	for i := len(live); i < len(a.exports); i++ {
		a.exports[i] = weak.Pointer[MemoryView]{}
	}
	a.exports = live
	if len(live) == 0 {
		a.exports = nil
	}
}

// checkResize is called with a.mu held before a change of a's size: it
// returns CPython's BufferError while a view is alive.
func (a *Array) checkResize() *BaseException {
	if len(a.exports) == 0 {
		return nil
	}
	a.pruneExports()
	if len(a.exports) == 0 {
		return nil
	}
	goruntime.GC()
	a.pruneExports()
	if len(a.exports) == 0 {
		return nil
	}
	return NewError(BufferErrorType, "cannot resize an array that is exporting buffers")
}
