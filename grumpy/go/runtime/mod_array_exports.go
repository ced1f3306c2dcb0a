package runtime

// Buffer exports of an array.array (see viewExports, buffer_exports.go).

// addExport registers m as a view of a.
func (a *Array) addExport(m *MemoryView) {
	a.mu.Lock()
	a.exports.add(m)
	a.mu.Unlock()
}

// checkResize is called with a.mu held before a change of a's size: it
// returns CPython's BufferError while a view is alive.
func (a *Array) checkResize() *BaseException {
	if !a.exports.alive() {
		return nil
	}
	return NewError(BufferErrorType, "cannot resize an array that is exporting buffers")
}
