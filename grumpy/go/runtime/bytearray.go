package runtime

import (
	"sync"
)

// ByteArray is a mutable byte string; mu guards b, so every builtin
// operation is atomic. Values are computed (which may run Python code)
// before the lock is taken.
type ByteArray struct {
	hdr     header
	mu      sync.Mutex
	b       []byte
	exports viewExports // live memoryviews (buffer_exports.go)
}

// ByteArrayType is `bytearray`.
var ByteArrayType = newBuiltinType("bytearray", ObjectType).solidType()

// Type implements Object.
func (a *ByteArray) Type() *Type { return a.hdr.instType(ByteArrayType) }

// NewByteArray makes a bytearray owning b.
func NewByteArray(b []byte) *ByteArray { return &ByteArray{b: b} }

// Snapshot returns a copy of the contents.
func (a *ByteArray) Snapshot() []byte {
	a.mu.Lock()
	b := make([]byte, len(a.b))
	copy(b, a.b)
	a.mu.Unlock()
	return b
}

// Len is len(a).
func (a *ByteArray) Len() int {
	a.mu.Lock()
	n := len(a.b)
	a.mu.Unlock()
	return n
}

func byteArrayArg(name string, o Object) (*ByteArray, *BaseException) {
	a, ok := o.(*ByteArray)
	if !ok {
		return nil, Errorf(TypeErrorType, "descriptor '%s' for 'bytearray' objects doesn't apply to a '%s' object", name, TypeOf(o).name)
	}
	return a, nil
}

// defByteArrayMethod registers a mutating bytearray method.
func defByteArrayMethod(name string, fn func(t *Thread, a *ByteArray, args []Object, kw []*Str) (Object, *BaseException)) {
	DefMethod(ByteArrayType, name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) == 0 {
			return nil, Errorf(TypeErrorType, "unbound method bytearray.%s() needs an argument", name)
		}
		a, exc := byteArrayArg(name, args[0])
		if exc != nil {
			return nil, exc
		}
		return fn(t, a, args[1:], kw)
	})
}

// byteArrayAssignSrc is the right-hand side of a slice assignment.
func byteArrayAssignSrc(t *Thread, v Object) ([]byte, *BaseException) {
	if b, ok := bytesLike(v); ok {
		return b, nil
	}
	if _, isStr := strArg(v); isStr || seqHasIndex(v) {
		return nil, NewError(TypeErrorType, "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
	}
	items, exc := ToSlice(t, v)
	if exc != nil {
		if exc.IsInstanceOf(TypeErrorType) {
			return nil, NewError(TypeErrorType, "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
		}
		return nil, exc
	}
	out := make([]byte, len(items))
	for i, it := range items {
		c, exc := bytesItemValue(t, it, "byte must be in range(0, 256)")
		if exc != nil {
			return nil, exc
		}
		out[i] = c
	}
	return out, nil
}

// byteArrayExtendSrc reads extend()'s argument.
func byteArrayExtendSrc(t *Thread, v Object) ([]byte, *BaseException) {
	if b, ok := bytesLike(v); ok {
		return b, nil
	}
	it, exc := Iter(t, v)
	if exc != nil {
		if exc.IsInstanceOf(TypeErrorType) {
			return nil, Errorf(TypeErrorType, "can't extend bytearray with %s", TypeOf(v).name)
		}
		return nil, exc
	}
	var out []byte
	for {
		x, exc := Next(t, it)
		if exc != nil {
			return nil, exc
		}
		if x == nil {
			return out, nil
		}
		c, exc := bytesItemValue(t, x, "byte must be in range(0, 256)")
		if exc != nil {
			return nil, exc
		}
		out = append(out, c)
	}
}

func init() {
	ByteArrayType.dict.SetStr("__hash__", None)
	DefStatic(ByteArrayType, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) == 0 {
			return nil, NewError(TypeErrorType, "bytearray.__new__(): not enough arguments")
		}
		cls, ok := args[0].(*Type)
		if !ok || !cls.IsSubtype(ByteArrayType) {
			return nil, NewError(TypeErrorType, "bytearray.__new__(X): X is not a subtype of bytearray")
		}
		a := &ByteArray{}
		if cls != ByteArrayType {
			a.hdr = header{typ: cls}
			if cls.hasDict {
				a.hdr.dict = NewDict()
			}
		}
		return a, nil
	})
	defByteArrayMethod("__init__", func(t *Thread, a *ByteArray, args []Object, kw []*Str) (Object, *BaseException) {
		var v [3]Object
		if exc := seqArgsKw("bytearray", args, kw, []string{"source", "encoding", "errors"}, v[:]); exc != nil {
			return nil, exc
		}
		data, _, exc := bytesFromSource(t, "bytearray", v[:])
		if exc != nil {
			return nil, exc
		}
		a.mu.Lock()
		if len(a.b) != 0 {
			if exc := a.checkResize(0); exc != nil {
				a.mu.Unlock()
				return nil, exc
			}
		}
		if exc := a.checkResize(len(data)); exc != nil {
			a.mu.Unlock()
			return nil, exc
		}
		a.b = data
		a.mu.Unlock()
		return None, nil
	})
	defByteArrayMethod("__setitem__", func(t *Thread, a *ByteArray, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := seqDunderArgs(args, kw, 2); exc != nil {
			return nil, exc
		}
		return None, byteArraySetItem(t, a, args[0], args[1])
	})
	defByteArrayMethod("__delitem__", func(t *Thread, a *ByteArray, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := seqDunderArgs(args, kw, 1); exc != nil {
			return nil, exc
		}
		return None, byteArraySetItem(t, a, args[0], nil)
	})
	defByteArrayMethod("__iadd__", func(t *Thread, a *ByteArray, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := seqDunderArgs(args, kw, 1); exc != nil {
			return nil, exc
		}
		b, ok := bytesLike(args[0])
		if !ok {
			return nil, Errorf(TypeErrorType, "can't concat %s to %s", TypeOf(args[0]).name, TypeOf(a).name)
		}
		a.mu.Lock()
		if exc := a.checkResize(len(a.b) + len(b)); exc != nil {
			a.mu.Unlock()
			return nil, exc
		}
		a.b = append(a.b, b...)
		a.mu.Unlock()
		return a, nil
	})
	defByteArrayMethod("__imul__", func(t *Thread, a *ByteArray, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := seqDunderArgs(args, kw, 1); exc != nil {
			return nil, exc
		}
		if !seqHasIndex(args[0]) {
			_, exc := repeatNotInt(args[0])
			return nil, exc
		}
		n, exc := seqSsizeArg(t, args[0])
		if exc != nil {
			return nil, exc
		}
		a.mu.Lock()
		out, exc := bytesRepeat(a.b, n)
		if exc == nil {
			exc = a.checkResize(len(out))
		}
		if exc == nil {
			a.b = out
		}
		a.mu.Unlock()
		if exc != nil {
			return nil, exc
		}
		return a, nil
	})
	defByteArrayMethod("append", func(t *Thread, a *ByteArray, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := seqArgsOne("bytearray.append", args, kw); exc != nil {
			return nil, exc
		}
		c, exc := bytesItemValue(t, args[0], "byte must be in range(0, 256)")
		if exc != nil {
			return nil, exc
		}
		a.mu.Lock()
		if exc := a.checkResize(len(a.b) + 1); exc != nil {
			a.mu.Unlock()
			return nil, exc
		}
		a.b = append(a.b, c)
		a.mu.Unlock()
		return None, nil
	})
	defByteArrayMethod("extend", func(t *Thread, a *ByteArray, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := seqArgsOne("bytearray.extend", args, kw); exc != nil {
			return nil, exc
		}
		b, exc := byteArrayExtendSrc(t, args[0])
		if exc != nil {
			return nil, exc
		}
		a.mu.Lock()
		if exc := a.checkResize(len(a.b) + len(b)); exc != nil {
			a.mu.Unlock()
			return nil, exc
		}
		a.b = append(a.b, b...)
		a.mu.Unlock()
		return None, nil
	})
	defByteArrayMethod("insert", func(t *Thread, a *ByteArray, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := seqArgsPos("insert", "bytearray.insert", args, kw, 2, 2); exc != nil {
			return nil, exc
		}
		i, exc := seqSsizeArg(t, args[0])
		if exc != nil {
			return nil, exc
		}
		c, exc := bytesItemValue(t, args[1], "byte must be in range(0, 256)")
		if exc != nil {
			return nil, exc
		}
		a.mu.Lock()
		n := len(a.b)
		if i < 0 {
			i += n
			if i < 0 {
				i = 0
			}
		}
		if i > n {
			i = n
		}
		if exc := a.checkResize(n + 1); exc != nil {
			a.mu.Unlock()
			return nil, exc
		}
		a.b = append(a.b, 0)
		copy(a.b[i+1:], a.b[i:])
		a.b[i] = c
		a.mu.Unlock()
		return None, nil
	})
	defByteArrayMethod("pop", func(t *Thread, a *ByteArray, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := seqArgsPos("pop", "bytearray.pop", args, kw, 0, 1); exc != nil {
			return nil, exc
		}
		i := -1
		if len(args) > 0 {
			n, exc := seqSsizeArg(t, args[0])
			if exc != nil {
				return nil, exc
			}
			i = n
		}
		a.mu.Lock()
		defer a.mu.Unlock()
		n := len(a.b)
		if n == 0 {
			return nil, NewError(IndexErrorType, "pop from empty bytearray")
		}
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return nil, NewError(IndexErrorType, "pop index out of range")
		}
		if exc := a.checkResize(n - 1); exc != nil {
			return nil, exc
		}
		c := a.b[i]
		a.b = append(a.b[:i], a.b[i+1:]...)
		return MakeInt(int64(c)), nil
	})
	defByteArrayMethod("remove", func(t *Thread, a *ByteArray, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := seqArgsOne("bytearray.remove", args, kw); exc != nil {
			return nil, exc
		}
		c, exc := bytesItemValue(t, args[0], "byte must be in range(0, 256)")
		if exc != nil {
			return nil, exc
		}
		a.mu.Lock()
		defer a.mu.Unlock()
		for i, x := range a.b {
			if x == c {
				if exc := a.checkResize(len(a.b) - 1); exc != nil {
					return nil, exc
				}
				a.b = append(a.b[:i], a.b[i+1:]...)
				return None, nil
			}
		}
		return nil, NewError(ValueErrorType, "value not found in bytearray")
	})
	defByteArrayMethod("clear", func(t *Thread, a *ByteArray, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := seqArgsNone("bytearray.clear", args, kw); exc != nil {
			return nil, exc
		}
		a.mu.Lock()
		if exc := a.checkResize(0); exc != nil {
			a.mu.Unlock()
			return nil, exc
		}
		a.b = nil
		a.mu.Unlock()
		return None, nil
	})
	defByteArrayMethod("reverse", func(t *Thread, a *ByteArray, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := seqArgsNone("bytearray.reverse", args, kw); exc != nil {
			return nil, exc
		}
		a.mu.Lock()
		for i, j := 0, len(a.b)-1; i < j; i, j = i+1, j-1 {
			a.b[i], a.b[j] = a.b[j], a.b[i]
		}
		a.mu.Unlock()
		return None, nil
	})
	reduce := func(t *Thread, a *ByteArray, proto int) (Object, *BaseException) {
		var state Object = None
		if a.hdr.typ != nil { // a subclass: __getstate__ (its dict and slots), as _PyObject_GetState
			st, exc := objectGetStateCall(t, a, false)
			if exc != nil {
				return nil, exc
			}
			state = st
		}
		data := a.Snapshot()
		typ := TypeOf(a)
		switch {
		case len(data) == 0:
			return NewTuple(typ, emptyTuple, state), nil
		case proto < 3:
			latin1, exc := textDecode(t, data, "latin-1", "strict")
			if exc != nil {
				return nil, exc
			}
			return NewTuple(typ, NewTuple(latin1, NewStr("latin-1")), state), nil
		}
		return NewTuple(typ, NewTuple(NewBytes(data)), state), nil
	}
	defByteArrayMethod("__reduce__", func(t *Thread, a *ByteArray, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := seqArgsNone("bytearray.__reduce__", args, kw); exc != nil {
			return nil, exc
		}
		return reduce(t, a, 2)
	})
	defByteArrayMethod("__reduce_ex__", func(t *Thread, a *ByteArray, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := seqArgsPos("__reduce_ex__", "bytearray.__reduce_ex__", args, kw, 0, 1); exc != nil {
			return nil, exc
		}
		proto := 0
		if len(args) > 0 {
			n, exc := seqSsizeArg(t, args[0])
			if exc != nil {
				return nil, exc
			}
			proto = n
		}
		return reduce(t, a, proto)
	})
	defByteArrayMethod("copy", func(t *Thread, a *ByteArray, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := seqArgsNone("bytearray.copy", args, kw); exc != nil {
			return nil, exc
		}
		return NewByteArray(a.Snapshot()), nil
	})
}

// byteArraySetItem is a[key] = v, or del a[key] when v is nil.
func byteArraySetItem(t *Thread, a *ByteArray, key, v Object) *BaseException {
	if sl, ok := key.(*Slice); ok {
		var src []byte
		if v != nil {
			b, exc := byteArrayAssignSrc(t, v)
			if exc != nil {
				return exc
			}
			src = b
		}
		a.mu.Lock()
		defer a.mu.Unlock()
		start, stop, step, exc := sl.Indices(t, len(a.b))
		if exc != nil {
			return exc
		}
		if step == 1 {
			if stop < start {
				stop = start
			}
			if exc := a.checkResize(len(a.b) - (stop - start) + len(src)); exc != nil {
				return exc
			}
			rest := append([]byte(nil), a.b[stop:]...)
			a.b = append(append(a.b[:start], src...), rest...)
			return nil
		}
		n := sliceLen(start, stop, step)
		if v == nil || len(src) == 0 {
			if exc := a.checkResize(len(a.b) - n); exc != nil {
				return exc
			}
			keep := make([]byte, 0, len(a.b)-n)
			for i, c := range a.b {
				if seqSliceHas(i, start, step, n) {
					continue
				}
				keep = append(keep, c)
			}
			a.b = keep
			return nil
		}
		if len(src) != n {
			return Errorf(ValueErrorType, "attempt to assign bytes of size %d to extended slice of size %d", len(src), n)
		}
		for k := 0; k < n; k++ {
			a.b[start+k*step] = src[k]
		}
		return nil
	}
	if !seqHasIndex(key) {
		return Errorf(TypeErrorType, "bytearray indices must be integers or slices, not %s", TypeOf(key).name)
	}
	i, exc := IndexInt(t, key, "bytearray")
	if exc != nil {
		return exc
	}
	var c byte
	if v != nil {
		if c, exc = bytesItemValue(t, v, "byte must be in range(0, 256)"); exc != nil {
			return exc
		}
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	n := len(a.b)
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return NewError(IndexErrorType, "bytearray index out of range")
	}
	if v == nil {
		if exc := a.checkResize(n - 1); exc != nil {
			return exc
		}
		a.b = append(a.b[:i], a.b[i+1:]...)
	} else {
		a.b[i] = c
	}
	return nil
}

// seqSliceHas reports whether index i is one of the n indices start, start+step, ...
func seqSliceHas(i, start, step, n int) bool {
	d := i - start
	if d%step != 0 {
		return false
	}
	k := d / step
	return k >= 0 && k < n
}
