package runtime

import (
	"bytes"
	"sync"
	"sync/atomic"
)

// Bytes is an immutable byte string.
type Bytes struct {
	b    []byte
	hash atomic.Int64 // 0: not computed
}

// BytesType is `bytes`.
var BytesType = newBuiltinType("bytes", ObjectType).solidType()

var (
	bytesIterType     = finalType(newBuiltinType("bytes_iterator", ObjectType))
	byteArrayIterType = finalType(newBuiltinType("bytearray_iterator", ObjectType))
)

// Type implements Object.
func (*Bytes) Type() *Type { return BytesType }

// NewBytes makes a bytes object owning b.
func NewBytes(b []byte) *Bytes { return &Bytes{b: b} }

// Value returns the bytes; callers must not modify them.
func (b *Bytes) Value() []byte { return b.b }

// Hash returns the cached hash: CPython's (siphash13 keyed by
// PYTHONHASHSEED), so that with a fixed seed it matches CPython's.
func (b *Bytes) Hash() int64 {
	if h := b.hash.Load(); h != 0 {
		return h
	}
	if len(b.b) == 0 {
		return 0
	}
	h := hashBytesCPython(b.b) // CPython's siphash13 (hash_siphash.go)
	if h != 0 {
		b.hash.Store(h)
	}
	return h
}

// bytesLike returns the contents of a bytes-like object (bytes, bytearray,
// memoryview, or an instance of a bytes subclass). A bytearray's contents
// are copied so the caller may hold them without the lock.
func bytesLike(o Object) ([]byte, bool) {
	switch v := o.(type) {
	case *Bytes:
		return v.b, true
	case *ByteArray:
		return v.Snapshot(), true
	case *MemoryView:
		return v.data(), true
	case *Instance:
		if b, ok := v.base.(*Bytes); ok {
			return b.b, true
		}
		if b, ok := v.base.(bufferExporter); ok {
			return b.bufferBytes(), true
		}
	case bufferExporter:
		return v.bufferBytes(), true
	}
	return nil, false
}

func init() {
	for _, typ := range []*Type{bytesIterType, byteArrayIterType} {
		defIterMethods(typ)
		DefMethod(typ, "__reduce__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			it, ok := args[0].(*bytesIter)
			if !ok {
				return nil, NewError(TypeErrorType, "descriptor '__reduce__' requires a bytes iterator")
			}
			iter := Builtins.GetStr("iter")
			it.mu.Lock()
			defer it.mu.Unlock()
			if it.done {
				return NewTuple(iter, NewTuple(emptyTuple)), nil
			}
			return NewTuple(iter, NewTuple(it.src), MakeInt(int64(it.i))), nil
		})
		DefMethod(typ, "__setstate__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			it, ok := args[0].(*bytesIter)
			if !ok || len(args) != 2 {
				return nil, NewError(TypeErrorType, "__setstate__ expects one argument")
			}
			n, exc := seqSsizeArg(t, args[1])
			if exc != nil {
				return nil, exc
			}
			it.mu.Lock()
			if !it.done {
				it.i = max(n, 0)
			}
			it.mu.Unlock()
			return None, nil
		})
		DefMethod(typ, "__length_hint__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			it, ok := args[0].(*bytesIter)
			if !ok {
				return nil, NewError(TypeErrorType, "descriptor '__length_hint__' requires a bytes iterator")
			}
			it.mu.Lock()
			defer it.mu.Unlock()
			if it.done {
				return MakeInt(0), nil
			}
			n := 0
			switch s := it.src.(type) {
			case *Bytes:
				n = len(s.b)
			case *ByteArray:
				n = s.Len()
			}
			return MakeInt(int64(max(n-it.i, 0))), nil
		})
	}
}

// byteArrayRepr is the b'...' part of a bytearray's repr: CPython escapes
// single quotes in it even when the delimiter is a double quote.
func byteArrayRepr(b []byte) string {
	r := bytesRepr("b", b)
	if r[1] != '"' {
		return r
	}
	out := make([]byte, 0, len(r)+4)
	for i := 0; i < len(r); i++ {
		if r[i] == '\'' {
			out = append(out, '\\')
		}
		out = append(out, r[i])
	}
	return string(out)
}

// bytesRepr is CPython's repr of bytes.
func bytesRepr(prefix string, b []byte) string {
	quote := byte('\'')
	hasSingle, hasDouble := false, false
	for _, c := range b {
		if c == '\'' {
			hasSingle = true
		} else if c == '"' {
			hasDouble = true
		}
	}
	if hasSingle && !hasDouble {
		quote = '"'
	}
	out := make([]byte, 0, len(prefix)+len(b)+3)
	out = append(out, prefix...)
	out = append(out, quote)
	const hexDigits = "0123456789abcdef"
	for _, c := range b {
		switch {
		case c == quote || c == '\\':
			out = append(out, '\\', c)
		case c == '\n':
			out = append(out, '\\', 'n')
		case c == '\r':
			out = append(out, '\\', 'r')
		case c == '\t':
			out = append(out, '\\', 't')
		case c < 0x20 || c >= 0x7f:
			out = append(out, '\\', 'x', hexDigits[c>>4], hexDigits[c&15])
		default:
			out = append(out, c)
		}
	}
	return string(append(out, quote))
}

// bytesItemValue checks an item stored into bytes ("byte must be in range(0, 256)").
func bytesItemValue(t *Thread, o Object, msg string) (byte, *BaseException) {
	i, exc := Index(t, o)
	if exc != nil {
		return 0, exc
	}
	n, ok := i.(Int)
	if !ok || n < 0 || n > 255 {
		return 0, NewError(ValueErrorType, msg)
	}
	return byte(n), nil
}

// bytesFromSource is the shared constructor logic of bytes() and
// bytearray(): source with optional encoding and errors, in CPython's order
// of checks. For bytes, a __bytes__ result is returned as the object itself
// (it may be a bytes subclass instance).
func bytesFromSource(t *Thread, name string, a []Object) ([]byte, Object, *BaseException) {
	source, encArg, errArg := a[0], a[1], a[2]
	if encArg != nil {
		if _, ok := strArg(encArg); !ok {
			return nil, nil, Errorf(TypeErrorType, "%s() argument 'encoding' must be str, not %s", name, TypeOf(encArg).name)
		}
	}
	if errArg != nil {
		if _, ok := strArg(errArg); !ok {
			return nil, nil, Errorf(TypeErrorType, "%s() argument 'errors' must be str, not %s", name, TypeOf(errArg).name)
		}
	}
	if source == nil {
		if encArg != nil {
			return nil, nil, NewError(TypeErrorType, "encoding without a string argument")
		}
		if errArg != nil {
			return nil, nil, NewError(TypeErrorType, "errors without a string argument")
		}
		return nil, nil, nil
	}
	s, isStr := strArg(source)
	if encArg != nil {
		if !isStr {
			return nil, nil, NewError(TypeErrorType, "encoding without a string argument")
		}
		encoding, errors, exc := textCodecArgs(name, encArg, errArg)
		if exc != nil {
			return nil, nil, exc
		}
		b, exc := textEncode(t, s, encoding, errors)
		return b, nil, exc
	}
	if errArg != nil {
		if isStr {
			return nil, nil, NewError(TypeErrorType, "string argument without an encoding")
		}
		return nil, nil, NewError(TypeErrorType, "errors without a string argument")
	}
	if name == "bytes" {
		if r, found, exc := callDunder(t, source, InternStr("__bytes__")); found {
			if exc != nil {
				return nil, nil, exc
			}
			b, ok := r.(*Bytes)
			if !ok {
				if in, isInst := r.(*Instance); isInst {
					if bb, ok := in.base.(*Bytes); ok {
						return bb.b, r, nil
					}
				}
				return nil, nil, Errorf(TypeErrorType, "__bytes__ returned non-bytes (type %s)", TypeOf(r).name)
			}
			return b.b, b, nil
		}
	}
	if isStr {
		return nil, nil, NewError(TypeErrorType, "string argument without an encoding")
	}
	if i, exc := indexOrNil(t, source); exc != nil && !exc.IsInstanceOf(TypeErrorType) {
		return nil, nil, exc
	} else if exc == nil && i != nil {
		// (An __index__ raising TypeError falls through to the buffer and
		// iterable forms, as in CPython.)
		n, ok := i.(Int)
		if !ok {
			return nil, nil, NewError(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
		}
		if n < 0 {
			return nil, nil, NewError(ValueErrorType, "negative count")
		}
		if n > maxSeqBytes {
			return nil, nil, seqMemoryError()
		}
		return make([]byte, n), nil, nil
	}
	if mv, ok := source.(*MemoryView); ok && mv.released.Load() {
		return nil, nil, mvReleased()
	}
	if b, ok := bytesLike(source); ok {
		if _, isBA := source.(*ByteArray); isBA {
			return b, nil, nil // already a copy
		}
		return append([]byte(nil), b...), nil, nil
	}
	it, exc := Iter(t, source)
	if exc != nil {
		if exc.IsInstanceOf(TypeErrorType) {
			return nil, nil, Errorf(TypeErrorType, "cannot convert '%s' object to %s", TypeOf(source).name, name)
		}
		return nil, nil, exc
	}
	var out []byte
	for {
		v, exc := Next(t, it)
		if exc != nil {
			return nil, nil, exc
		}
		if v == nil {
			return out, nil, nil
		}
		c, exc := bytesItemValue(t, v, "bytes must be in range(0, 256)")
		if exc != nil {
			return nil, nil, exc
		}
		out = append(out, c)
	}
}

func bytesNew(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
	if len(args) == 0 {
		return nil, NewError(TypeErrorType, "bytes.__new__(): not enough arguments")
	}
	cls, ok := args[0].(*Type)
	if !ok {
		return nil, Errorf(TypeErrorType, "bytes.__new__(X): X is not a type object (%s)", TypeOf(args[0]).name)
	}
	if !cls.IsSubtype(BytesType) {
		return nil, Errorf(TypeErrorType, "bytes.__new__(%s): %s is not a subtype of bytes", cls.name, cls.name)
	}
	var a [3]Object
	if exc := seqArgsKw("bytes", args[1:], kw, []string{"source", "encoding", "errors"}, a[:]); exc != nil {
		return nil, exc
	}
	var v *Bytes
	if b, ok := a[0].(*Bytes); ok && a[1] == nil && a[2] == nil {
		v = b
	} else {
		data, obj, exc := bytesFromSource(t, "bytes", a[:])
		if exc != nil {
			return nil, exc
		}
		if obj != nil && cls == BytesType {
			return obj, nil
		}
		v = NewBytes(data)
	}
	if cls == BytesType {
		return v, nil
	}
	in := NewInstance(cls)
	in.base = v
	return in, nil
}

// bytesIter iterates the ints of a bytes or bytearray (seeing a bytearray's
// mutations, as CPython's iterator does).
type bytesIter struct {
	mu   sync.Mutex
	src  Object
	i    int
	done bool
}

func (it *bytesIter) Type() *Type {
	if _, ok := it.src.(*ByteArray); ok {
		return byteArrayIterType
	}
	return bytesIterType
}

func (it *bytesIter) next(t *Thread) (Object, *BaseException) {
	it.mu.Lock()
	defer it.mu.Unlock()
	if it.done {
		return nil, nil
	}
	switch s := it.src.(type) {
	case *Bytes:
		if it.i < len(s.b) {
			c := s.b[it.i]
			it.i++
			return MakeInt(int64(c)), nil
		}
	case *ByteArray:
		s.mu.Lock()
		if it.i < len(s.b) {
			c := s.b[it.i]
			s.mu.Unlock()
			it.i++
			return MakeInt(int64(c)), nil
		}
		s.mu.Unlock()
		it.src = exhaustedByteArray // released, as CPython's iterator does
	}
	it.done = true
	return nil, nil
}

// exhaustedByteArray replaces the bytearray of an exhausted iterator.
var exhaustedByteArray = &ByteArray{}

// bytesGetItem is indexing and slicing of bytes-like data; mk builds a
// slice result.
func bytesGetItem(t *Thread, data []byte, key Object, name string, mk func([]byte) Object) (Object, *BaseException) {
	if sl, ok := key.(*Slice); ok {
		start, stop, step, exc := sl.Indices(t, len(data))
		if exc != nil {
			return nil, exc
		}
		if step == 1 {
			if stop < start {
				stop = start
			}
			return mk(append([]byte(nil), data[start:stop]...)), nil
		}
		out := make([]byte, 0, sliceLen(start, stop, step))
		for k, cnt := 0, sliceLen(start, stop, step); k < cnt; k++ {
			i := start + k*step
			out = append(out, data[i])
		}
		return mk(out), nil
	}
	if !seqHasIndex(key) {
		what := "byte"
		if name == "bytearray" {
			what = "bytearray"
		}
		return nil, Errorf(TypeErrorType, "%s indices must be integers or slices, not %s", what, TypeOf(key).name)
	}
	i, exc := IndexInt(t, key, name)
	if exc != nil {
		return nil, exc
	}
	if i < 0 {
		i += len(data)
	}
	if i < 0 || i >= len(data) {
		if name == "bytearray" {
			return nil, NewError(IndexErrorType, "bytearray index out of range")
		}
		return nil, NewError(IndexErrorType, "index out of range")
	}
	return MakeInt(int64(data[i])), nil
}

// bytesContains is `x in b` for bytes-like b.
func bytesContains(t *Thread, data []byte, x Object) (bool, *BaseException) {
	if sub, ok := bytesLike(x); ok {
		return bytes.Contains(data, sub), nil
	}
	if !seqHasIndex(x) {
		return false, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", TypeOf(x).name)
	}
	c, exc := bytesItemValue(t, x, "byte must be in range(0, 256)")
	if exc != nil {
		return false, exc
	}
	return bytes.IndexByte(data, c) >= 0, nil
}

func bytesRepeat(data []byte, n int) ([]byte, *BaseException) {
	if n <= 0 || len(data) == 0 {
		return nil, nil
	}
	if len(data) > maxSeqBytes/n {
		return nil, seqMemoryError()
	}
	return bytes.Repeat(data, n), nil
}
