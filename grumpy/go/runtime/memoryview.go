package runtime

import (
	"bytes"
	"sync"
)

// MemoryView is a basic one-dimensional, format 'B' memoryview over bytes
// or a bytearray (a contiguous window [start, stop) of it).
type MemoryView struct {
	mu       sync.Mutex
	obj      Object
	ba       *ByteArray // non-nil when viewing a bytearray
	b        []byte     // the viewed bytes otherwise
	start    int
	stop     int // -1: to the end (bytearray views track its length)
	released bool
}

// MemoryViewType is `memoryview`.
var MemoryViewType = finalType(newBuiltinType("memoryview", ObjectType))

// Type implements Object.
func (*MemoryView) Type() *Type { return MemoryViewType }

// data returns a copy-safe slice of the viewed bytes.
func (m *MemoryView) data() []byte {
	if m.ba != nil {
		m.ba.mu.Lock()
		defer m.ba.mu.Unlock()
		stop := m.stop
		if stop < 0 || stop > len(m.ba.b) {
			stop = len(m.ba.b)
		}
		start := min(m.start, stop)
		return append([]byte(nil), m.ba.b[start:stop]...)
	}
	return m.b
}

func newMemoryView(t *Thread, o Object) (*MemoryView, *BaseException) {
	switch v := o.(type) {
	case *MemoryView:
		if v.released {
			return nil, mvReleased()
		}
		return &MemoryView{obj: v.obj, ba: v.ba, b: v.b, start: v.start, stop: v.stop}, nil
	case *ByteArray:
		return &MemoryView{obj: v, ba: v, stop: -1}, nil
	case *Bytes:
		return &MemoryView{obj: v, b: v.b, stop: -1}, nil
	case *Instance:
		if b, ok := v.base.(*Bytes); ok {
			return &MemoryView{obj: o, b: b.b, stop: -1}, nil
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
		if m.released && name != "release" && name != "__exit__" && name != "__repr__" {
			return nil, mvReleased()
		}
		return fn(t, m, args[1:], kw)
	})
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
		return MakeInt(int64(len(m.data()))), nil
	})
	defMemoryViewMethod("__getitem__", func(t *Thread, m *MemoryView, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := seqDunderArgs(args, kw, 1); exc != nil {
			return nil, exc
		}
		data := m.data()
		if sl, ok := args[0].(*Slice); ok {
			start, stop, step, exc := sl.Indices(t, len(data))
			if exc != nil {
				return nil, exc
			}
			if step == 1 {
				if stop < start {
					stop = start
				}
				if m.ba != nil {
					return &MemoryView{obj: m.obj, ba: m.ba, start: m.start + start, stop: m.start + stop}, nil
				}
				return &MemoryView{obj: m.obj, b: m.b[start:stop], stop: -1}, nil
			}
			r, exc := bytesGetItem(t, data, sl, "memoryview", func(b []byte) Object { return NewBytes(b) })
			if exc != nil {
				return nil, exc
			}
			return &MemoryView{obj: m.obj, b: r.(*Bytes).b, stop: -1}, nil
		}
		if !seqHasIndex(args[0]) {
			return nil, NewError(TypeErrorType, "memoryview: invalid slice key")
		}
		i, exc := IndexInt(t, args[0], "memoryview")
		if exc != nil {
			return nil, exc
		}
		if i < 0 {
			i += len(data)
		}
		if i < 0 || i >= len(data) {
			return nil, NewError(IndexErrorType, "index out of bounds on dimension 1")
		}
		return MakeInt(int64(data[i])), nil
	})
	defMemoryViewMethod("__setitem__", func(t *Thread, m *MemoryView, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := seqDunderArgs(args, kw, 2); exc != nil {
			return nil, exc
		}
		if m.ba == nil {
			return nil, NewError(TypeErrorType, "cannot modify read-only memory")
		}
		n := len(m.data())
		if sl, ok := args[0].(*Slice); ok {
			start, stop, step, exc := sl.Indices(t, n)
			if exc != nil {
				return nil, exc
			}
			src, ok := bytesLike(args[1])
			if !ok {
				return nil, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", TypeOf(args[1]).name)
			}
			cnt := sliceLen(start, stop, step)
			if len(src) != cnt {
				return nil, NewError(ValueErrorType, "memoryview assignment: lvalue and rvalue have different structures")
			}
			m.ba.mu.Lock()
			for k := 0; k < cnt; k++ {
				if p := m.start + start + k*step; p < len(m.ba.b) {
					m.ba.b[p] = src[k]
				}
			}
			m.ba.mu.Unlock()
			return None, nil
		}
		i, exc := IndexInt(t, args[0], "memoryview")
		if exc != nil {
			return nil, exc
		}
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return nil, NewError(IndexErrorType, "index out of bounds on dimension 1")
		}
		c, exc := bytesItemValue(t, args[1], "memoryview: invalid value for format 'B'")
		if exc != nil {
			return nil, exc
		}
		m.ba.mu.Lock()
		if p := m.start + i; p < len(m.ba.b) {
			m.ba.b[p] = c
		}
		m.ba.mu.Unlock()
		return None, nil
	})
	defMemoryViewMethod("__iter__", func(t *Thread, m *MemoryView, args []Object, kw []*Str) (Object, *BaseException) {
		return &bytesIter{src: NewBytes(m.data())}, nil
	})
	defMemoryViewMethod("__eq__", func(t *Thread, m *MemoryView, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := seqDunderArgs(args, kw, 1); exc != nil {
			return nil, exc
		}
		if o, ok := args[0].(*MemoryView); ok && o.released {
			return Bool(o == m), nil
		}
		other, ok := bytesLike(args[0])
		if !ok {
			return NotImplemented, nil
		}
		return Bool(bytes.Equal(m.data(), other)), nil
	})
	defMemoryViewMethod("__ne__", func(t *Thread, m *MemoryView, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := seqDunderArgs(args, kw, 1); exc != nil {
			return nil, exc
		}
		other, ok := bytesLike(args[0])
		if !ok {
			return NotImplemented, nil
		}
		return Bool(!bytes.Equal(m.data(), other)), nil
	})
	MemoryViewType.dict.SetStr("__hash__", None)
	defMemoryViewMethod("__repr__", func(t *Thread, m *MemoryView, args []Object, kw []*Str) (Object, *BaseException) {
		if m.released {
			return NewStr(sprintf("<released memory at %#x>", addrOf(m))), nil
		}
		return NewStr(sprintf("<memory at %#x>", addrOf(m))), nil
	})
	defMemoryViewMethod("tobytes", func(t *Thread, m *MemoryView, args []Object, kw []*Str) (Object, *BaseException) {
		return NewBytes(append([]byte(nil), m.data()...)), nil
	})
	defMemoryViewMethod("tolist", func(t *Thread, m *MemoryView, args []Object, kw []*Str) (Object, *BaseException) {
		data := m.data()
		items := make([]Object, len(data))
		for i, c := range data {
			items[i] = MakeInt(int64(c))
		}
		return NewList(items...), nil
	})
	defMemoryViewMethod("hex", func(t *Thread, m *MemoryView, args []Object, kw []*Str) (Object, *BaseException) {
		var a [2]Object
		if exc := seqArgsKw("hex", args, kw, []string{"sep", "bytes_per_sep"}, a[:]); exc != nil {
			return nil, exc
		}
		return bytesHex(t, m.data(), a[0], a[1])
	})
	defMemoryViewMethod("release", func(t *Thread, m *MemoryView, args []Object, kw []*Str) (Object, *BaseException) {
		m.released = true
		return None, nil
	})
	defMemoryViewMethod("__enter__", func(t *Thread, m *MemoryView, args []Object, kw []*Str) (Object, *BaseException) {
		return m, nil
	})
	defMemoryViewMethod("__exit__", func(t *Thread, m *MemoryView, args []Object, kw []*Str) (Object, *BaseException) {
		m.released = true
		return None, nil
	})
	prop := func(name string, f func(m *MemoryView) Object) {
		MemoryViewType.dict.SetStr(name, &Property{fget: NewBuiltin(name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			m := args[0].(*MemoryView)
			if m.released {
				return nil, mvReleased()
			}
			return f(m), nil
		})})
	}
	prop("obj", func(m *MemoryView) Object { return m.obj })
	prop("nbytes", func(m *MemoryView) Object { return MakeInt(int64(len(m.data()))) })
	prop("readonly", func(m *MemoryView) Object { return Bool(m.ba == nil) })
	prop("itemsize", func(m *MemoryView) Object { return MakeInt(1) })
	prop("format", func(m *MemoryView) Object { return NewStr("B") })
	prop("ndim", func(m *MemoryView) Object { return MakeInt(1) })
	prop("shape", func(m *MemoryView) Object { return NewTuple(MakeInt(int64(len(m.data())))) })
	prop("strides", func(m *MemoryView) Object { return NewTuple(MakeInt(1)) })
	prop("contiguous", func(m *MemoryView) Object { return True })
	prop("c_contiguous", func(m *MemoryView) Object { return True })
	prop("f_contiguous", func(m *MemoryView) Object { return True })
}
