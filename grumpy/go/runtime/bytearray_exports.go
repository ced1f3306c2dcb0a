package runtime

import (
	goruntime "runtime"
	"weak"
)

// Buffer exports of a bytearray: a live memoryview over it forbids
// resizing (BufferError), as in CPython. CPython releases a view when its
// last reference goes; here a view is tracked by a weak pointer, so a view
// nobody can reach any more stops counting once the collector has run: a
// resize that finds views still registered collects first and re-checks.

// addExport registers m as a view of a.
func (a *ByteArray) addExport(m *MemoryView) {
	a.mu.Lock()
	a.pruneExports()
	a.exports = append(a.exports, weak.Make(m))
	a.mu.Unlock()
}

// pruneExports drops released and collected views; a.mu is held.
func (a *ByteArray) pruneExports() {
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

// checkResize is called with a.mu held before a change of a's length to
// newLen: it returns CPython's BufferError while a view is alive.
func (a *ByteArray) checkResize(newLen int) *BaseException {
	if len(a.exports) == 0 || newLen == len(a.b) {
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
	return NewError(BufferErrorType, "Existing exports of data: object cannot be re-sized")
}

// mvTrack registers a new view of a bytearray with it.
func mvTrack(v *MemoryView) *MemoryView {
	switch a := v.ba.(type) {
	case *ByteArray:
		a.addExport(v)
	case *Array:
		a.addExport(v)
	}
	return v
}
