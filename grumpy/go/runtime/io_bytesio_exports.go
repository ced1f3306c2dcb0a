package runtime

// BytesIO.getbuffer(): a memoryview sharing the BytesIO's bytes. While such a
// view is alive the BytesIO cannot be written, truncated or closed
// (BufferError), as in CPython.

func (b *bytesIO) lockBuf() []byte { b.mu.Lock(); return b.buf }
func (b *bytesIO) unlockBuf()      { b.mu.Unlock() }

// exportView returns a new view of the whole buffer; b.mu is held.
func (b *bytesIO) exportView() *MemoryView {
	m := &MemoryView{obj: b, ba: b, stop: len(b.buf), format: 'B', itemsize: 1}
	b.exports.add(m)
	return m
}

// checkExports is called with b.mu held before a change of the buffer.
func (b *bytesIO) checkExports() *BaseException {
	if !b.exports.alive() {
		return nil
	}
	return NewError(BufferErrorType, "Existing exports of data: object cannot be re-sized")
}
