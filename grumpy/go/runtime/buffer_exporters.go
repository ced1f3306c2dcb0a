package runtime

// Interfaces of native buffer objects beyond bytes/bytearray/array
// (mmap.mmap, ctypes instances): memoryview(o) asks the object for its
// view, views register with it (so it refuses to close or resize while
// one is alive), and writers check that it is writable.

// viewExporter is a native object memoryview(o) can view.
type viewExporter interface {
	exportView(t *Thread) (*MemoryView, *BaseException)
}

// exportTracker is a buffer that counts its live views.
type exportTracker interface {
	addExport(m *MemoryView)
}

// readOnlyBuffer is a buffer that may refuse writes.
type readOnlyBuffer interface {
	readOnlyBuf() bool
}

// nativeWritableBuffer is the storage of a writable native buffer object
// (or of an instance of its subclass), nil for other objects.
func nativeWritableBuffer(o Object) mvBuffer {
	if in, ok := o.(*Instance); ok && in.base != nil {
		o = in.base
	}
	switch o.(type) {
	case *ByteArray, *Array, *MemoryView:
		return nil
	}
	b, ok := o.(mvBuffer)
	if !ok {
		return nil
	}
	if ro, ok := o.(readOnlyBuffer); ok && ro.readOnlyBuf() {
		return nil
	}
	return b
}
