package runtime

import (
	"bytes"
	"encoding/binary"
	"math"
	"math/big"
	"sync/atomic"
)

// MemoryView is a one-dimensional memoryview over bytes, a bytearray or an
// array.array (a contiguous byte window of it), with a native
// single-character item format ('B' for bytes-like objects, the array's
// typecode for arrays, unless cast).
type MemoryView struct {
	obj      Object
	ba       mvBuffer // non-nil when viewing a mutable buffer (bytearray, array)
	b        []byte   // the viewed bytes otherwise
	start    int      // byte window into ba
	stop     int      // -1: to the end (bytearray views track its length)
	released atomic.Bool
	ro       bool // a read-only view of a bytearray (toreadonly)
	format   byte // item format character
	itemsize int
	// dims is the shape of a view cast to N dimensions (C order, always
	// C-contiguous); nil for the usual one-dimensional view, empty for a
	// zero-dimensional one.
	dims []int
	// noncontig marks the copy a stepped slice makes (CPython's view is
	// strided: not C-contiguous).
	noncontig bool
	// hash is the cached hash (0: not computed), kept after release.
	hash atomic.Int64
	// fmtName, when set, is the format string reported for a byte view
	// of a native object whose format has no single character (ctypes).
	fmtName string
}

// MemoryViewType is `memoryview`.
var MemoryViewType = finalType(newBuiltinType("memoryview", ObjectType))

// Type implements Object.
func (*MemoryView) Type() *Type { return MemoryViewType }

// mvBuffer is a mutable object whose bytes a memoryview shares: lockBuf
// locks it and returns its current storage (written in place by the view),
// unlockBuf releases it. The view's window is clipped to the current length,
// since the object may be resized while viewed (CPython forbids that while
// buffers are exported; without reference counting a view's end of life is
// unknown, so Grumpy allows it).
type mvBuffer interface {
	lockBuf() []byte
	unlockBuf()
}

func (b *ByteArray) lockBuf() []byte { b.mu.Lock(); return b.b }
func (b *ByteArray) unlockBuf()      { b.mu.Unlock() }
func (a *Array) lockBuf() []byte     { a.mu.Lock(); return a.b }
func (a *Array) unlockBuf()          { a.mu.Unlock() }

// data returns the viewed bytes (a copy for a mutable buffer).
func (m *MemoryView) data() []byte {
	if m.ba != nil {
		buf := m.ba.lockBuf()
		defer m.ba.unlockBuf()
		stop := m.stop
		if stop < 0 || stop > len(buf) {
			stop = len(buf)
		}
		start := min(m.start, stop)
		return append([]byte(nil), buf[start:stop]...)
	}
	return m.b
}

// writeAt copies item bytes into the viewed buffer at byte offset off of
// the view (ignored past the buffer's current end).
func (m *MemoryView) writeAt(off int, p []byte) {
	buf := m.ba.lockBuf()
	if q := m.start + off; q >= 0 && q+len(p) <= len(buf) {
		copy(buf[q:], p)
	}
	m.ba.unlockBuf()
}

// mvArrayFormat is the buffer format an array typecode exports ('u' is
// wchar_t, exported as 'w').
func mvArrayFormat(tc byte) byte {
	if tc == 'u' {
		return 'w'
	}
	return tc
}

// mvSource is a buffer's bytes, format and item size (ok false: not a
// buffer), for slice assignment and comparison.
func mvSource(o Object) (data []byte, format byte, itemsize int, ok bool) {
	switch v := o.(type) {
	case *MemoryView:
		if v.released.Load() {
			return nil, 0, 0, false
		}
		return v.data(), v.format, v.itemsize, true
	case *Array:
		return v.bufferBytes(), mvArrayFormat(v.tc), v.size, true
	case *Instance:
		if a, ok := v.base.(*Array); ok {
			return a.bufferBytes(), mvArrayFormat(a.tc), a.size, true
		}
	}
	if b, ok := bytesLike(o); ok {
		return b, 'B', 1, true
	}
	return nil, 0, 0, false
}

// view makes a view sharing m's target with the byte window [start, stop)
// relative to m.
func (m *MemoryView) view(start, stop int) *MemoryView {
	v := &MemoryView{obj: m.obj, ba: m.ba, ro: m.ro, format: m.format, itemsize: m.itemsize, stop: -1, dims: m.dims, noncontig: m.noncontig}
	if m.ba != nil {
		v.start, v.stop = m.start+start, m.start+stop
	} else {
		v.b = m.b[start:stop]
	}
	return mvTrack(v)
}

// mvItemSize is the size of a native struct format character (0: unsupported).
func mvItemSize(c byte) int {
	switch c {
	case 'B', 'b', 'c', '?':
		return 1
	case 'H', 'h', 'e':
		return 2
	case 'I', 'i', 'f':
		return 4
	case 'L', 'l', 'Q', 'q', 'N', 'n', 'd', 'P':
		return 8
	}
	return 0
}

// mvUnsupported is the error for item access in a format the struct module
// does not know (an array('u') view's 'w').
func (m *MemoryView) mvUnsupported() *BaseException {
	if m.format == 'w' {
		return Errorf(NotImplementedErrorType, "memoryview: format %c not supported", m.format)
	}
	return nil
}

// unpack decodes one item (native little-endian layout).
func (m *MemoryView) unpack(p []byte) Object {
	le := binary.LittleEndian
	switch m.format {
	case 'B':
		return MakeInt(int64(p[0]))
	case 'b':
		return MakeInt(int64(int8(p[0])))
	case 'c':
		return NewBytes([]byte{p[0]})
	case '?':
		return Bool(p[0] != 0)
	case 'H':
		return MakeInt(int64(le.Uint16(p)))
	case 'h':
		return MakeInt(int64(int16(le.Uint16(p))))
	case 'I':
		return MakeInt(int64(le.Uint32(p)))
	case 'i':
		return MakeInt(int64(int32(le.Uint32(p))))
	case 'f':
		return Float(math.Float32frombits(le.Uint32(p)))
	case 'd':
		return Float(math.Float64frombits(le.Uint64(p)))
	case 'l', 'q', 'n':
		return MakeInt(int64(le.Uint64(p)))
	}
	u := le.Uint64(p)
	if u > math.MaxInt64 {
		return NewBigInt(new(big.Int).SetUint64(u))
	}
	return MakeInt(int64(u))
}

// pack encodes one item into p.
func (m *MemoryView) pack(t *Thread, p []byte, v Object) *BaseException {
	le := binary.LittleEndian
	invalid := func() *BaseException {
		return Errorf(ValueErrorType, "memoryview: invalid value for format '%c'", m.format)
	}
	switch m.format {
	case 'c':
		b, ok := v.(*Bytes)
		if !ok || len(b.b) != 1 {
			return invalid()
		}
		p[0] = b.b[0]
		return nil
	case '?':
		ok, exc := IsTrue(t, v)
		if exc != nil {
			return exc
		}
		p[0] = 0
		if ok {
			p[0] = 1
		}
		return nil
	case 'f', 'd':
		f, exc := pctFloatArg(t, v)
		if exc != nil {
			return Errorf(TypeErrorType, "memoryview: invalid type for format '%c'", m.format)
		}
		if m.format == 'f' {
			le.PutUint32(p, math.Float32bits(float32(f)))
		} else {
			le.PutUint64(p, math.Float64bits(f))
		}
		return nil
	}
	if _, ok := asInt(v); !ok && TypeOf(v).lookup(strIndex) == nil {
		return Errorf(TypeErrorType, "memoryview: invalid type for format '%c'", m.format)
	}
	i, exc := Index(t, v)
	if exc != nil {
		return exc
	}
	n, ok := i.(Int)
	var lo, hi int64
	switch m.format {
	case 'B':
		lo, hi = 0, math.MaxUint8
	case 'b':
		lo, hi = math.MinInt8, math.MaxInt8
	case 'H':
		lo, hi = 0, math.MaxUint16
	case 'h':
		lo, hi = math.MinInt16, math.MaxInt16
	case 'I':
		lo, hi = 0, math.MaxUint32
	case 'i':
		lo, hi = math.MinInt32, math.MaxInt32
	case 'l', 'q', 'n':
		lo, hi = math.MinInt64, math.MaxInt64
	default:
		lo, hi = 0, math.MaxInt64
	}
	if !ok || int64(n) < lo || int64(n) > hi {
		return invalid()
	}
	switch m.itemsize {
	case 1:
		p[0] = byte(n)
	case 2:
		le.PutUint16(p, uint16(n))
	case 4:
		le.PutUint32(p, uint32(n))
	default:
		le.PutUint64(p, uint64(n))
	}
	return nil
}

func newMemoryView(t *Thread, o Object) (*MemoryView, *BaseException) {
	switch v := o.(type) {
	case *MemoryView:
		if v.released.Load() {
			return nil, mvReleased()
		}
		return v.view(0, len(v.data())), nil
	case *ByteArray:
		return mvTrack(&MemoryView{obj: v, ba: v, stop: -1, format: 'B', itemsize: 1}), nil
	case *Bytes:
		return &MemoryView{obj: v, b: v.b, stop: -1, format: 'B', itemsize: 1}, nil
	case *Array:
		return mvTrack(&MemoryView{obj: v, ba: v, stop: -1, format: mvArrayFormat(v.tc), itemsize: v.size}), nil
	case *Instance:
		if b, ok := v.base.(*Bytes); ok {
			return &MemoryView{obj: o, b: b.b, stop: -1, format: 'B', itemsize: 1}, nil
		}
		if a, ok := v.base.(*Array); ok {
			return mvTrack(&MemoryView{obj: o, ba: a, stop: -1, format: mvArrayFormat(a.tc), itemsize: a.size}), nil
		}
	case *PickleBuffer:
		return v.exportView(t)
	case viewExporter: // mmap, ctypes (buffer_exporters.go)
		return v.exportView(t)
	}
	if in, ok := o.(*Instance); ok {
		if e, ok := in.base.(viewExporter); ok {
			return e.exportView(t)
		}
	}
	return nil, Errorf(TypeErrorType, "memoryview: a bytes-like object is required, not '%s'", TypeOf(o).name)
}

func mvReleased() *BaseException {
	return NewError(ValueErrorType, "operation forbidden on released memoryview object")
}

func defMemoryViewMethod(name string, fn func(t *Thread, m *MemoryView, args []Object, kw []*Str) (Object, *BaseException)) {
	DefMethod(MemoryViewType, name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) == 0 {
			return nil, Errorf(TypeErrorType, "unbound method memoryview.%s() needs an argument", name)
		}
		m, ok := args[0].(*MemoryView)
		if !ok {
			return nil, Errorf(TypeErrorType, "descriptor '%s' for 'memoryview' objects doesn't apply to a '%s' object", name, TypeOf(args[0]).name)
		}
		if m.released.Load() && name != "release" && name != "__exit__" && name != "__repr__" && name != "__eq__" && name != "__ne__" && name != "__hash__" {
			return nil, mvReleased()
		}
		return fn(t, m, args[1:], kw)
	})
}

// mvIndex normalises an item index.
func (m *MemoryView) index(t *Thread, key Object, n int) (int, *BaseException) {
	i, exc := IndexInt(t, key, "memoryview")
	if exc != nil {
		return 0, exc
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return 0, NewError(IndexErrorType, "index out of bounds on dimension 1")
	}
	return i, nil
}

func (m *MemoryView) items() []Object {
	data := m.data()
	n := len(data) / m.itemsize
	items := make([]Object, n)
	for i := range items {
		items[i] = m.unpack(data[i*m.itemsize:])
	}
	return items
}

func init() {
	DefStatic(MemoryViewType, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		var a [1]Object
		if exc := seqArgsKw("memoryview", args[1:], kw, []string{"object!"}, a[:]); exc != nil {
			return nil, exc
		}
		return newMemoryView(t, a[0])
	})
	defMemoryViewMethod("__len__", func(t *Thread, m *MemoryView, args []Object, kw []*Str) (Object, *BaseException) {
		if m.dims != nil {
			if len(m.dims) == 0 {
				return MakeInt(1), nil
			}
			return MakeInt(int64(m.dims[0])), nil
		}
		return MakeInt(int64(len(m.data()) / m.itemsize)), nil
	})
	defMemoryViewMethod("__getitem__", func(t *Thread, m *MemoryView, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := seqDunderArgs(args, kw, 1); exc != nil {
			return nil, exc
		}
		data := m.data()
		if m.dims != nil {
			return m.getItemND(t, args[0], data)
		}
		n := len(data) / m.itemsize
		if sl, ok := args[0].(*Slice); ok {
			start, stop, step, exc := sl.Indices(t, n)
			if exc != nil {
				return nil, exc
			}
			if step == 1 {
				if stop < start {
					stop = start
				}
				return m.view(start*m.itemsize, stop*m.itemsize), nil
			}
			out := make([]byte, 0, sliceLen(start, stop, step)*m.itemsize)
			for k, cnt := 0, sliceLen(start, stop, step); k < cnt; k++ {
				i := start + k*step
				out = append(out, data[i*m.itemsize:(i+1)*m.itemsize]...)
			}
			return &MemoryView{obj: m.obj, b: out, stop: -1, ro: true, format: m.format, itemsize: m.itemsize, noncontig: sliceLen(start, stop, step) > 1}, nil
		}
		if idx, ok := mvIsMultiIndex(args[0]); ok {
			off, exc := m.tupleOffset(t, idx, []int{n})
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
		if mvIsMultiSlice(args[0]) {
			return nil, NewError(NotImplementedErrorType, "multi-dimensional slicing is not implemented")
		}
		if !seqHasIndex(args[0]) {
			return nil, NewError(TypeErrorType, "memoryview: invalid slice key")
		}
		if exc := m.mvUnsupported(); exc != nil {
			return nil, exc
		}
		i, exc := m.index(t, args[0], n)
		if exc != nil {
			return nil, exc
		}
		if m.released.Load() { // released by __index__
			return nil, mvReleased()
		}
		return m.unpack(data[i*m.itemsize:]), nil
	})
	defMemoryViewMethod("__setitem__", func(t *Thread, m *MemoryView, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := seqDunderArgs(args, kw, 2); exc != nil {
			return nil, exc
		}
		if m.ba == nil || m.ro {
			return nil, NewError(TypeErrorType, "cannot modify read-only memory")
		}
		isz := m.itemsize
		if m.dims != nil {
			if exc := m.setItemND(t, args[0], args[1], m.data()); exc != nil {
				return nil, exc
			}
			return None, nil
		}
		n := len(m.data()) / isz
		if handled, exc := m.setItemTuple(t, args[0], args[1], []int{n}); handled {
			if exc != nil {
				return nil, exc
			}
			return None, nil
		}
		if mvIsMultiSlice(args[0]) {
			return nil, NewError(NotImplementedErrorType, "memoryview slice assignments are currently restricted to ndim = 1")
		}
		if _, ok := args[0].(*Slice); !ok && !seqHasIndex(args[0]) {
			return nil, NewError(TypeErrorType, "memoryview: invalid slice key")
		}
		if sl, ok := args[0].(*Slice); ok {
			start, stop, step, exc := sl.Indices(t, n)
			if exc != nil {
				return nil, exc
			}
			src, sfmt, sisz, ok := mvSource(args[1])
			if !ok {
				return nil, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", TypeOf(args[1]).name)
			}
			cnt := sliceLen(start, stop, step)
			if m.released.Load() {
				return nil, mvReleased()
			}
			if sfmt != m.format || sisz != isz || len(src) != cnt*isz {
				return nil, NewError(ValueErrorType, "memoryview assignment: lvalue and rvalue have different structures")
			}
			buf := m.ba.lockBuf()
			for k := 0; k < cnt; k++ {
				if p := m.start + (start+k*step)*isz; p+isz <= len(buf) {
					copy(buf[p:p+isz], src[k*isz:])
				}
			}
			m.ba.unlockBuf()
			return None, nil
		}
		if exc := m.mvUnsupported(); exc != nil {
			return nil, exc
		}
		i, exc := m.index(t, args[0], n)
		if exc != nil {
			return nil, exc
		}
		item := make([]byte, isz)
		if exc := m.pack(t, item, args[1]); exc != nil {
			return nil, exc
		}
		if m.released.Load() { // released by __index__, __float__ or __bool__
			return nil, mvReleased()
		}
		m.writeAt(i*isz, item)
		return None, nil
	})
	defMemoryViewMethod("__delitem__", func(t *Thread, m *MemoryView, args []Object, kw []*Str) (Object, *BaseException) {
		if m.ba == nil || m.ro {
			return nil, NewError(TypeErrorType, "cannot modify read-only memory")
		}
		return nil, NewError(TypeErrorType, "cannot delete memory")
	})
	defMemoryViewMethod("__iter__", func(t *Thread, m *MemoryView, args []Object, kw []*Str) (Object, *BaseException) {
		if m.dims != nil {
			if len(m.dims) == 0 {
				return nil, NewError(TypeErrorType, "invalid indexing of 0-dim memory")
			}
			return nil, NewError(NotImplementedErrorType, "multi-dimensional sub-views are not implemented")
		}
		if exc := m.mvUnsupported(); exc != nil {
			return nil, exc
		}
		if m.format == 'B' {
			return &bytesIter{src: NewBytes(m.data())}, nil
		}
		return &seqIter{seq: NewTuple(m.items()...)}, nil
	})
	eq := func(t *Thread, m *MemoryView, o Object) (bool, bool) {
		if m.released.Load() {
			if o == Object(m) {
				return true, true
			}
			if _, _, _, ok := mvSource(o); ok {
				return false, true
			}
			return false, false
		}
		if ov, ok := o.(*MemoryView); ok {
			if ov.released.Load() || m.released.Load() {
				return ov == m, true
			}
		}
		other, ofmt, oisz, ok := mvSource(o)
		if !ok {
			return false, false
		}
		mdata := m.data()
		oshape := []int{len(other) / max(oisz, 1)}
		if ov, ok := o.(*MemoryView); ok {
			oshape = ov.shapeOf(len(other))
		}
		if !mvShapeEqual(m.shapeOf(len(mdata)), oshape) {
			return false, true
		}
		if ofmt == m.format && m.format != 'f' && m.format != 'd' {
			return bytes.Equal(m.data(), other), true
		}
		// Different formats (or floats, where NaN != NaN): compare the
		// unpacked values, as memory_richcompare's unpack_cmp.
		ov := &MemoryView{b: other, stop: -1, format: ofmt, itemsize: oisz}
		if m.format == 'w' || ofmt == 'w' {
			return false, true
		}
		a, b := m.items(), ov.items()
		if len(a) != len(b) {
			return false, true
		}
		for i := range a {
			r, exc := Compare(t, CmpEQ, a[i], b[i])
			if exc != nil {
				return false, true
			}
			if eq, _ := IsTrue(t, r); !eq {
				return false, true
			}
		}
		return true, true
	}
	defMemoryViewMethod("__eq__", func(t *Thread, m *MemoryView, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := seqDunderArgs(args, kw, 1); exc != nil {
			return nil, exc
		}
		r, ok := eq(t, m, args[0])
		if !ok {
			return NotImplemented, nil
		}
		return Bool(r), nil
	})
	defMemoryViewMethod("__ne__", func(t *Thread, m *MemoryView, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := seqDunderArgs(args, kw, 1); exc != nil {
			return nil, exc
		}
		r, ok := eq(t, m, args[0])
		if !ok {
			return NotImplemented, nil
		}
		return Bool(!r), nil
	})
	// memory_hash: read-only views of byte formats hash as the bytes they
	// show (so they find bytes keys); the viewed object must be hashable.
	defMemoryViewMethod("__hash__", func(t *Thread, m *MemoryView, args []Object, kw []*Str) (Object, *BaseException) {
		if h := m.hash.Load(); h != 0 {
			return MakeInt(h), nil
		}
		if m.released.Load() {
			return nil, mvReleased()
		}
		if m.ba != nil && !m.ro {
			return nil, NewError(ValueErrorType, "cannot hash writable memoryview object")
		}
		if m.format != 'B' && m.format != 'b' && m.format != 'c' {
			return nil, NewError(ValueErrorType, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'")
		}
		if m.obj != nil {
			if _, exc := Hash(t, m.obj); exc != nil {
				return nil, exc
			}
		}
		h := NewBytes(m.data()).Hash()
		m.hash.Store(h)
		return MakeInt(h), nil
	})
	defMemoryViewMethod("__repr__", func(t *Thread, m *MemoryView, args []Object, kw []*Str) (Object, *BaseException) {
		if m.released.Load() {
			return NewStr(sprintf("<released memory at %#x>", addrOf(m))), nil
		}
		return NewStr(sprintf("<memory at %#x>", addrOf(m))), nil
	})
	defMemoryViewMethod("tobytes", func(t *Thread, m *MemoryView, args []Object, kw []*Str) (Object, *BaseException) {
		return NewBytes(append([]byte(nil), m.data()...)), nil
	})
	defMemoryViewMethod("tolist", func(t *Thread, m *MemoryView, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := m.mvUnsupported(); exc != nil {
			return nil, exc
		}
		if m.dims != nil {
			return m.nestedList(m.data(), m.dims), nil
		}
		return NewList(m.items()...), nil
	})
	defMemoryViewMethod("hex", func(t *Thread, m *MemoryView, args []Object, kw []*Str) (Object, *BaseException) {
		var a [2]Object
		if exc := seqArgsKw("hex", args, kw, []string{"sep", "bytes_per_sep"}, a[:]); exc != nil {
			return nil, exc
		}
		return bytesHex(t, m.data(), a[0], a[1])
	})
	// memoryviews cannot be pickled (copyreg's message for the old
	// protocols, memory_reduce's otherwise).
	DefMethod(MemoryViewType, "__reduce_ex__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) > 1 {
			if p, ok := args[1].(Int); ok && p < 2 {
				return nil, NewError(TypeErrorType, "cannot pickle 'memoryview' object")
			}
		}
		return nil, NewError(TypeErrorType, "cannot pickle memoryview objects")
	})
	defMemoryViewMethod("release", func(t *Thread, m *MemoryView, args []Object, kw []*Str) (Object, *BaseException) {
		m.released.Store(true)
		return None, nil
	})
	defMemoryViewMethod("__enter__", func(t *Thread, m *MemoryView, args []Object, kw []*Str) (Object, *BaseException) {
		return m, nil
	})
	defMemoryViewMethod("__exit__", func(t *Thread, m *MemoryView, args []Object, kw []*Str) (Object, *BaseException) {
		m.released.Store(true)
		return None, nil
	})
	defMemoryViewMethod("toreadonly", func(t *Thread, m *MemoryView, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := seqArgsNone("memoryview.toreadonly", args, kw); exc != nil {
			return nil, exc
		}
		v := m.view(0, len(m.data()))
		v.ro = true
		return v, nil
	})
	defMemoryViewMethod("cast", func(t *Thread, m *MemoryView, args []Object, kw []*Str) (Object, *BaseException) {
		var a [2]Object
		if exc := seqArgsKw("cast", args, kw, []string{"format!", "shape"}, a[:]); exc != nil {
			return nil, exc
		}
		f, ok := strArg(a[0])
		if !ok {
			return nil, Errorf(TypeErrorType, "cast() argument 'format' must be str, not %s", TypeOf(a[0]).name)
		}
		var dims []int
		if a[1] != nil {
			var elems []Object
			switch v := a[1].(type) {
			case *Tuple:
				elems = v.items
			case *List:
				elems = v.Snapshot()
			default:
				return nil, NewError(TypeErrorType, "shape must be a list or a tuple")
			}
			dims = []int{}
			if m.noncontig {
				return nil, NewError(TypeErrorType, "memoryview: casts are restricted to C-contiguous views")
			}
			if m.ndim() != 1 && len(elems) != 1 {
				return nil, NewError(TypeErrorType, "memoryview: cast must be 1D -> ND or ND -> 1D")
			}
			var exc *BaseException
			if dims, exc = mvShapeInts(elems); exc != nil {
				return nil, exc
			}
		} else if m.noncontig {
			return nil, NewError(TypeErrorType, "memoryview: casts are restricted to C-contiguous views")
		}
		spec := f.s
		if len(spec) == 2 && spec[0] == '@' {
			spec = spec[1:]
		}
		if len(spec) != 1 || mvItemSize(spec[0]) == 0 || spec[0] == 'e' || spec[0] == 'P' {
			return nil, NewError(ValueErrorType, "memoryview: destination format must be a native single character format prefixed with an optional '@'")
		}
		isByte := func(c byte) bool { return c == 'B' || c == 'b' || c == 'c' }
		if !isByte(m.format) && !isByte(spec[0]) {
			return nil, NewError(TypeErrorType, "memoryview: cannot cast between two non-byte formats")
		}
		size := mvItemSize(spec[0])
		n := len(m.data())
		if n%size != 0 {
			return nil, NewError(TypeErrorType, "memoryview: length is not a multiple of itemsize")
		}
		v := m.view(0, n)
		v.format, v.itemsize, v.dims = spec[0], size, nil
		if dims != nil {
			prod := size
			for _, d := range dims {
				prod *= d
			}
			if prod != n {
				return nil, NewError(TypeErrorType, "memoryview: product(shape) * itemsize != buffer size")
			}
			if len(dims) != 1 {
				v.dims = dims
			}
		}
		return v, nil
	})
	prop := func(name string, f func(m *MemoryView) Object) {
		MemoryViewType.dict.SetStr(name, &Property{fget: NewBuiltin(name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			m := args[0].(*MemoryView)
			if m.released.Load() {
				return nil, mvReleased()
			}
			return f(m), nil
		})})
	}
	prop("obj", func(m *MemoryView) Object { return m.obj })
	prop("nbytes", func(m *MemoryView) Object { return MakeInt(int64(len(m.data()))) })
	prop("readonly", func(m *MemoryView) Object { return Bool(m.ba == nil || m.ro) })
	prop("itemsize", func(m *MemoryView) Object { return MakeInt(int64(m.itemsize)) })
	prop("format", func(m *MemoryView) Object {
		if m.fmtName != "" {
			return NewStr(m.fmtName)
		}
		return NewStr(string(m.format))
	})
	prop("ndim", func(m *MemoryView) Object { return MakeInt(int64(m.ndim())) })
	prop("shape", func(m *MemoryView) Object { return intsTuple(m.shapeOf(len(m.data()))) })
	prop("strides", func(m *MemoryView) Object { return intsTuple(m.stridesOf(len(m.data()))) })
	prop("suboffsets", func(m *MemoryView) Object { return emptyTuple })
	prop("contiguous", func(m *MemoryView) Object { return Bool(!m.noncontig) })
	prop("c_contiguous", func(m *MemoryView) Object { return Bool(!m.noncontig) })
	prop("f_contiguous", func(m *MemoryView) Object { return Bool(m.fContiguous(len(m.data()))) })
}
