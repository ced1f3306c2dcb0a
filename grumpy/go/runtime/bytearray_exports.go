package runtime

// Buffer exports of a bytearray (see viewExports, buffer_exports.go).

// addExport registers m as a view of a.
func (a *ByteArray) addExport(m *MemoryView) {
	a.mu.Lock()
	a.exports.add(m)
	a.mu.Unlock()
}

// checkResize is called with a.mu held before a change of a's length to
// newLen: it returns CPython's BufferError while a view is alive.
func (a *ByteArray) checkResize(newLen int) *BaseException {
	if newLen == len(a.b) || !a.exports.alive() {
		return nil
	}
	return NewError(BufferErrorType, "Existing exports of data: object cannot be re-sized")
}

// mvTrack registers a new view of a bytearray or an array with it.
func mvTrack(v *MemoryView) *MemoryView {
	switch a := v.ba.(type) {
	case *ByteArray:
		a.addExport(v)
	case *Array:
		a.addExport(v)
	case exportTracker: // mmap, ctypes (buffer_exporters.go)
		a.addExport(v)
	}
	return v
}
