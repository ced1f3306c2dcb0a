package runtime

// Mutable bytes-like subjects of regular expressions (bytearray, array,
// memoryview), as CPython's _sre treats them through the buffer protocol:
//
//   - a match object reads its subject's buffer again each time it cuts a
//     group (match_getslice_by_index), so a bytearray changed after the
//     match gives its new contents, positions clamped to its new length;
//   - a scanner (finditer, Pattern.scanner) holds the buffer while it lives,
//     so resizing the bytearray meanwhile raises BufferError.

// reread returns subject[i:j] from the subject's current contents when it is
// a mutable buffer; ok is false for str and bytes subjects.
func (sub *sreSubject) reread(i, j int) (Object, bool) {
	if !sub.isBytes || sub.bobj != nil {
		return nil, false
	}
	var cur []byte
	switch v := Unwrap(sub.obj).(type) {
	case *Bytes:
		return nil, false
	case *ByteArray:
		v.mu.Lock()
		n := len(v.b)
		i, j = min(i, n), min(j, n)
		out := append([]byte(nil), v.b[i:j]...)
		v.mu.Unlock()
		return NewBytes(out), true
	default:
		b, ok := bytesLike(v)
		if !ok {
			return nil, false
		}
		cur = b
	}
	n := len(cur)
	i, j = min(i, n), min(j, n)
	return NewBytes(append([]byte(nil), cur[i:j]...)), true
}

// sreHoldBuffer returns a memoryview over a resizable subject (bytearray,
// array), registered as an export of it, or nil.
func sreHoldBuffer(t *Thread, sub *sreSubject) Object {
	if !sub.isBytes || sub.bobj != nil {
		return nil
	}
	switch Unwrap(sub.obj).(type) {
	case *ByteArray, *Array:
		v, exc := Call(t, MemoryViewType, []Object{sub.obj}, nil)
		if exc != nil {
			return nil
		}
		return v
	}
	return nil
}
