package runtime

// Multi-dimensional memoryviews: memoryview.cast(format, shape) views the
// (C-contiguous) bytes as an N-dimensional array in C order. As in CPython,
// such a view supports element access with a tuple of indices, slicing of
// the first dimension, tolist(), comparison and casting back to one
// dimension; sub-views (m[i] of an N-d view) are not implemented.

// ndim is the number of dimensions.
func (m *MemoryView) ndim() int {
	if m.dims == nil {
		return 1
	}
	return len(m.dims)
}

// shapeOf is the view's shape for nbytes viewed bytes.
func (m *MemoryView) shapeOf(nbytes int) []int {
	if m.dims == nil {
		return []int{nbytes / m.itemsize}
	}
	return m.dims
}

// stridesOf is the C-order strides of the view's shape.
func (m *MemoryView) stridesOf(nbytes int) []int {
	if m.noncontig && m.dims == nil {
		return []int{m.itemsize} // the copy's layout (CPython: the step's)
	}
	shape := m.shapeOf(nbytes)
	st := make([]int, len(shape))
	s := m.itemsize
	for i := len(shape) - 1; i >= 0; i-- {
		st[i] = s
		s *= shape[i]
	}
	return st
}

func intsTuple(xs []int) Object {
	out := make([]Object, len(xs))
	for i, x := range xs {
		out[i] = MakeInt(int64(x))
	}
	return NewTuple(out...)
}

// nestedList is tolist() of data in shape (C order).
func (m *MemoryView) nestedList(data []byte, shape []int) Object {
	if len(shape) == 0 {
		return m.unpack(data)
	}
	if len(shape) == 1 {
		items := make([]Object, shape[0])
		for i := range items {
			items[i] = m.unpack(data[i*m.itemsize:])
		}
		return NewList(items...)
	}
	sub := m.itemsize
	for _, d := range shape[1:] {
		sub *= d
	}
	items := make([]Object, shape[0])
	for i := range items {
		items[i] = m.nestedList(data[i*sub:(i+1)*sub], shape[1:])
	}
	return NewList(items...)
}

// mvIsMultiIndex reports a tuple of integers (is_multiindex).
func mvIsMultiIndex(key Object) ([]Object, bool) {
	tup, ok := key.(*Tuple)
	if !ok {
		return nil, false
	}
	for _, e := range tup.items {
		if !seqHasIndex(e) {
			return nil, false
		}
	}
	return tup.items, true
}

// mvIsMultiSlice reports a tuple of slices (is_multislice).
func mvIsMultiSlice(key Object) bool {
	tup, ok := key.(*Tuple)
	if !ok || len(tup.items) == 0 {
		return false
	}
	for _, e := range tup.items {
		if _, ok := e.(*Slice); !ok {
			return false
		}
	}
	return true
}

// mvIndexIn converts one index for a dimension of size n (dim counts from
// 1 in messages), as ptr_from_index.
func mvIndexIn(t *Thread, key Object, n, dim int) (int, *BaseException) {
	i, exc := IndexInt(t, key, "memoryview")
	if exc != nil {
		if exc.Type() == OverflowErrorType || exc.Type() == IndexErrorType {
			return 0, Errorf(IndexErrorType, "cannot fit '%s' into an index-sized integer", TypeOf(key).name)
		}
		return 0, exc
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return 0, Errorf(IndexErrorType, "index out of bounds on dimension %d", dim)
	}
	return i, nil
}

// tupleOffset is the byte offset of the element m[idx...] (ptr_from_tuple).
func (m *MemoryView) tupleOffset(t *Thread, idx []Object, shape []int) (int, *BaseException) {
	if len(idx) > len(shape) {
		return 0, Errorf(TypeErrorType, "cannot index %d-dimension view with %d-element tuple", len(shape), len(idx))
	}
	off := 0
	st := m.itemsize
	strides := make([]int, len(shape))
	for i := len(shape) - 1; i >= 0; i-- {
		strides[i] = st
		st *= shape[i]
	}
	for d, k := range idx {
		i, exc := mvIndexIn(t, k, shape[d], d+1)
		if exc != nil {
			return 0, exc
		}
		off += i * strides[d]
	}
	return off, nil
}

// getItemND is __getitem__ of a zero- or multi-dimensional view.
func (m *MemoryView) getItemND(t *Thread, key Object, data []byte) (Object, *BaseException) {
	shape := m.dims
	if len(shape) == 0 {
		if key == Ellipsis {
			return m.view(0, len(data)), nil
		}
		if tup, ok := key.(*Tuple); ok && len(tup.items) == 0 {
			if exc := m.mvUnsupported(); exc != nil {
				return nil, exc
			}
			return m.unpack(data), nil
		}
		return nil, NewError(TypeErrorType, "invalid indexing of 0-dim memory")
	}
	if _, ok := key.(*Slice); !ok && seqHasIndex(key) {
		if _, exc := IndexInt(t, key, "memoryview"); exc != nil {
			return nil, exc
		}
		return nil, NewError(NotImplementedErrorType, "multi-dimensional sub-views are not implemented")
	}
	if sl, ok := key.(*Slice); ok {
		row := len(data) / shape[0]
		start, stop, step, exc := sl.Indices(t, shape[0])
		if exc != nil {
			return nil, exc
		}
		cnt := sliceLen(start, stop, step)
		dims := append([]int{cnt}, shape[1:]...)
		if step == 1 {
			v := m.view(start*row, (start+cnt)*row)
			v.dims = dims
			return v, nil
		}
		out := make([]byte, 0, cnt*row)
		for k := 0; k < cnt; k++ {
			i := start + k*step
			out = append(out, data[i*row:(i+1)*row]...)
		}
		return &MemoryView{obj: m.obj, b: out, stop: -1, ro: true, format: m.format, itemsize: m.itemsize, dims: dims, noncontig: cnt > 1}, nil
	}
	if idx, ok := mvIsMultiIndex(key); ok {
		if len(idx) < len(shape) {
			return nil, NewError(NotImplementedErrorType, "sub-views are not implemented")
		}
		off, exc := m.tupleOffset(t, idx, shape)
		if exc != nil {
			return nil, exc
		}
		if m.released.Load() {
			return nil, mvReleased()
		}
		if exc := m.mvUnsupported(); exc != nil {
			return nil, exc
		}
		return m.unpack(data[off:]), nil
	}
	if mvIsMultiSlice(key) {
		return nil, NewError(NotImplementedErrorType, "multi-dimensional slicing is not implemented")
	}
	return nil, NewError(TypeErrorType, "memoryview: invalid slice key")
}

// setItemTuple assigns one element addressed by a tuple of indices (any
// number of dimensions); handled false when key is no such tuple.
func (m *MemoryView) setItemTuple(t *Thread, key, val Object, shape []int) (bool, *BaseException) {
	idx, ok := mvIsMultiIndex(key)
	if !ok {
		return false, nil
	}
	if len(idx) < len(shape) {
		return true, NewError(NotImplementedErrorType, "sub-views are not implemented")
	}
	off, exc := m.tupleOffset(t, idx, shape)
	if exc != nil {
		return true, exc
	}
	if exc := m.mvUnsupported(); exc != nil {
		return true, exc
	}
	item := make([]byte, m.itemsize)
	if exc := m.pack(t, item, val); exc != nil {
		return true, exc
	}
	if m.released.Load() {
		return true, mvReleased()
	}
	m.writeAt(off, item)
	return true, nil
}

// setItemND is __setitem__ of a zero- or multi-dimensional view.
func (m *MemoryView) setItemND(t *Thread, key, val Object, data []byte) *BaseException {
	shape := m.dims
	if len(shape) == 0 {
		if tup, ok := key.(*Tuple); key == Ellipsis || (ok && len(tup.items) == 0) {
			if exc := m.mvUnsupported(); exc != nil {
				return exc
			}
			item := make([]byte, m.itemsize)
			if exc := m.pack(t, item, val); exc != nil {
				return exc
			}
			m.writeAt(0, item)
			return nil
		}
		return NewError(TypeErrorType, "invalid indexing of 0-dim memory")
	}
	if _, ok := key.(*Slice); !ok && seqHasIndex(key) {
		return NewError(NotImplementedErrorType, "sub-views are not implemented")
	}
	if handled, exc := m.setItemTuple(t, key, val, shape); handled {
		return exc
	}
	if _, ok := key.(*Slice); ok || mvIsMultiSlice(key) {
		return NewError(NotImplementedErrorType, "memoryview slice assignments are currently restricted to ndim = 1")
	}
	return NewError(TypeErrorType, "memoryview: invalid slice key")
}

// castShape parses cast()'s shape argument (a list or tuple of positive
// ints), after the checks memory_cast makes before it.
func mvCastShape(t *Thread, o Object) ([]int, *BaseException) {
	var elems []Object
	switch v := o.(type) {
	case *Tuple:
		elems = v.items
	case *List:
		elems = v.Snapshot()
	default:
		return nil, NewError(TypeErrorType, "shape must be a list or a tuple")
	}
	return mvShapeInts(elems)
}

func mvShapeInts(elems []Object) ([]int, *BaseException) {
	if len(elems) > 64 {
		return nil, NewError(ValueErrorType, "memoryview: number of dimensions must not exceed 64")
	}
	dims := make([]int, len(elems))
	for i, e := range elems {
		o, ok := asInt(e)
		if !ok {
			return nil, NewError(TypeErrorType, "memoryview.cast(): elements of shape must be integers")
		}
		n, small := o.(Int)
		if !small || n <= 0 {
			return nil, NewError(ValueErrorType, "memoryview.cast(): elements of shape must be integers > 0")
		}
		dims[i] = int(n)
	}
	return dims, nil
}

// mvShapeEqual compares two shapes (equal ndim and dimensions).
func mvShapeEqual(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// fContiguous is the view's f_contiguous flag: a C-contiguous array is
// also Fortran-contiguous when at most one dimension exceeds 1.
func (m *MemoryView) fContiguous(nbytes int) bool {
	if m.noncontig {
		return false
	}
	big := 0
	for _, d := range m.shapeOf(nbytes) {
		if d > 1 {
			big++
		}
	}
	return big <= 1
}

// mvCheckContiguous is the BufferError a consumer asking for a simple
// (C-contiguous) buffer gets from a strided view.
func mvCheckContiguous(o Object) *BaseException {
	if m, ok := o.(*MemoryView); ok && m.noncontig && !m.released.Load() {
		return NewError(BufferErrorType, "memoryview: underlying buffer is not C-contiguous")
	}
	return nil
}
