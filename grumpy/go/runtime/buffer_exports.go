package runtime

import (
	goruntime "runtime"
	"weak"
)

// viewExports tracks the live memoryviews of a resizable buffer (bytearray,
// array.array): while one is alive the buffer cannot change size
// (BufferError), as in CPython. CPython releases a view when its last
// reference goes; here each view is held by a weak pointer, so a view
// nobody can reach any more stops counting once the collector has run: a
// resize that finds views still registered collects first and re-checks.
// The owner's mutex guards it.
type viewExports []weak.Pointer[MemoryView]

// add registers m.
func (e *viewExports) add(m *MemoryView) {
	e.prune()
	*e = append(*e, weak.Make(m))
}

// prune drops released and collected views.
func (e *viewExports) prune() {
	old := *e
	live := old[:0]
	for _, w := range old {
		if m := w.Value(); m != nil && !m.released.Load() {
			live = append(live, w)
		}
	}
	for i := len(live); i < len(old); i++ {
		old[i] = weak.Pointer[MemoryView]{}
	}
	if len(live) == 0 {
		live = nil
	}
	*e = live
}

// alive reports whether a view is still alive, running a collection before
// it answers yes.
func (e *viewExports) alive() bool {
	if len(*e) == 0 {
		return false
	}
	e.prune()
	if len(*e) == 0 {
		return false
	}
	goruntime.GC()
	e.prune()
	return len(*e) > 0
}
