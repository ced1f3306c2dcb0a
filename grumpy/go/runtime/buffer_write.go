package runtime

// bufferWriteAt writes data into a writable buffer object at byte offset
// off, in place (struct.pack_into and friends): bytearray, array.array and
// writable memoryviews. handled is false for other objects (the caller falls
// back to slice assignment).
func bufferWriteAt(buf Object, off int, data []byte) (bool, *BaseException) {
	if len(data) == 0 {
		return false, nil
	}
	var target mvBuffer
	start := 0
	switch v := Unwrap(buf).(type) {
	case *ByteArray:
		target = v
	case *Array:
		target = v
	case *MemoryView:
		if v.released.Load() {
			return true, mvReleased()
		}
		if v.ba == nil || v.ro {
			return true, NewError(TypeErrorType, "argument must be read-write bytes-like object, not memoryview")
		}
		if v.noncontig {
			return true, NewError(BufferErrorType, "memoryview: underlying buffer is not C-contiguous")
		}
		target, start = v.ba, v.start
	default:
		if target = nativeWritableBuffer(buf); target == nil { // mmap, ctypes
			if ro, ok := Unwrap(buf).(readOnlyBuffer); ok && ro.readOnlyBuf() {
				return true, Errorf(TypeErrorType, "argument must be read-write bytes-like object, not %s", TypeOf(buf).name)
			}
			return false, nil
		}
	}
	b := target.lockBuf()
	defer target.unlockBuf()
	if p := start + off; off >= 0 && p+len(data) <= len(b) {
		copy(b[p:], data)
	}
	return true, nil
}
