package runtime

import (
	"encoding/binary"
	"math"
	"math/big"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"
)

// The array module: typed arrays of machine values stored as their native
// (little-endian, LP64) bytes, with CPython's conversions and messages.

func init() {
	RegisterModule(&ModuleSpec{Name: "array", Native: initArray})
}

const arrayTypecodes = "bBuhHiIlLqQfd"

// arrayItemSize is the C size of each typecode on LP64 Linux.
func arrayItemSize(tc byte) int {
	switch tc {
	case 'b', 'B':
		return 1
	case 'h', 'H':
		return 2
	case 'u', 'i', 'I', 'f':
		return 4
	}
	return 8
}

// Array is array.array.
type Array struct {
	mu      sync.Mutex
	tc      byte
	size    int
	b       []byte
	exports viewExports // live memoryviews (buffer_exports.go)
}

// ArrayType is array.array.
var ArrayType = newNativeType("array", "array", nil, "array(typecode [, initializer]) -> array\n\nReturn a new array whose items are restricted by typecode, and\ninitialized from the optional initializer value, which must be a list,\na bytes-like object, or iterable over elements of the appropriate type.").solidType()

var arrayIterType = newNativeType("arrayiterator", "array", nil, "").solidType()

// Type implements Object.
func (*Array) Type() *Type { return ArrayType }

// bufferExporter is implemented by native objects that expose a contiguous
// byte buffer (array.array), so bytes-like consumers accept them.
type bufferExporter interface{ bufferBytes() []byte }

// bufferBytes is the array's buffer (a copy), for bytes-like consumers.
func (a *Array) bufferBytes() []byte {
	a.mu.Lock()
	defer a.mu.Unlock()
	return append([]byte(nil), a.b...)
}

func newArray(tc byte) *Array { return &Array{tc: tc, size: arrayItemSize(tc)} }

func (a *Array) n() int { return len(a.b) / a.size }

// get decodes item i (caller holds the lock or owns the array).
func (a *Array) get(i int) Object {
	p := a.b[i*a.size:]
	switch a.tc {
	case 'b':
		return MakeInt(int64(int8(p[0])))
	case 'B':
		return MakeInt(int64(p[0]))
	case 'h':
		return MakeInt(int64(int16(binary.LittleEndian.Uint16(p))))
	case 'H':
		return MakeInt(int64(binary.LittleEndian.Uint16(p)))
	case 'i':
		return MakeInt(int64(int32(binary.LittleEndian.Uint32(p))))
	case 'I':
		return MakeInt(int64(binary.LittleEndian.Uint32(p)))
	case 'l', 'q':
		return MakeInt(int64(binary.LittleEndian.Uint64(p)))
	case 'L', 'Q':
		v := binary.LittleEndian.Uint64(p)
		if v <= math.MaxInt64 {
			return MakeInt(int64(v))
		}
		return intFromUint64(v)
	case 'f':
		return Float(float64(math.Float32frombits(binary.LittleEndian.Uint32(p))))
	case 'd':
		return Float(math.Float64frombits(binary.LittleEndian.Uint64(p)))
	case 'u':
		return NewStrFromRunes([]rune{rune(binary.LittleEndian.Uint32(p))})
	}
	return None
}

func intFromUint64(v uint64) Object {
	return NewBigInt(new(big.Int).SetUint64(v))
}

// arrayIntArg converts with __index__ and returns the value as a big-safe
// pair: ok=false when it does not fit an int64 (sign tells which way).
func arrayIndexValue(t *Thread, v Object) (Object, *BaseException) {
	if _, ok := v.(Float); ok {
		return nil, NewError(TypeErrorType, "'float' object cannot be interpreted as an integer")
	}
	return Index(t, v)
}

// encode converts a Python value to the item's bytes with CPython's
// per-typecode checks and messages.
func (a *Array) encode(t *Thread, v Object, dst []byte) *BaseException {
	tc := a.tc
	switch tc {
	case 'f', 'd':
		f, exc := mathFloat(t, v)
		if exc != nil {
			return exc
		}
		if tc == 'f' {
			binary.LittleEndian.PutUint32(dst, math.Float32bits(float32(f)))
		} else {
			binary.LittleEndian.PutUint64(dst, math.Float64bits(f))
		}
		return nil
	case 'u':
		s, ok := strArgOf(v)
		if !ok || s.Len() != 1 {
			return NewError(TypeErrorType, "array item must be unicode character")
		}
		binary.LittleEndian.PutUint32(dst, uint32(s.Runes()[0]))
		return nil
	}
	iv, exc := arrayIndexValue(t, v)
	if exc != nil {
		return exc
	}
	bigv := toBig(iv)
	small, isSmall := iv.(Int)
	over := func(msg string) *BaseException { return NewError(OverflowErrorType, msg) }
	longTooLarge := func() *BaseException { return over("Python int too large to convert to C long") }
	rangeCheck := func(x int64, lo, hi int64, what string) *BaseException {
		if x < lo {
			return over(what + " is less than minimum")
		}
		if x > hi {
			return over(what + " is greater than maximum")
		}
		return nil
	}
	switch tc {
	case 'b', 'B', 'h', 'H', 'i', 'l':
		if !isSmall {
			return longTooLarge()
		}
		x := int64(small)
		switch tc {
		case 'b':
			if exc := rangeCheck(x, math.MinInt16, math.MaxInt16, "signed short integer"); exc != nil {
				return exc
			}
			if exc := rangeCheck(x, -128, 127, "signed char"); exc != nil {
				return exc
			}
			dst[0] = byte(x)
		case 'B':
			if exc := rangeCheck(x, 0, 255, "unsigned byte integer"); exc != nil {
				return exc
			}
			dst[0] = byte(x)
		case 'h':
			if exc := rangeCheck(x, math.MinInt16, math.MaxInt16, "signed short integer"); exc != nil {
				return exc
			}
			binary.LittleEndian.PutUint16(dst, uint16(x))
		case 'H':
			if exc := rangeCheck(x, math.MinInt32, math.MaxInt32, "signed integer"); exc != nil {
				return exc
			}
			if exc := rangeCheck(x, 0, math.MaxUint16, "unsigned short"); exc != nil {
				return exc
			}
			binary.LittleEndian.PutUint16(dst, uint16(x))
		case 'i':
			if exc := rangeCheck(x, math.MinInt32, math.MaxInt32, "signed integer"); exc != nil {
				return exc
			}
			binary.LittleEndian.PutUint32(dst, uint32(x))
		case 'l':
			binary.LittleEndian.PutUint64(dst, uint64(x))
		}
	case 'I', 'L':
		if bigv.Sign() < 0 {
			return over("can't convert negative value to unsigned int")
		}
		if bigv.BitLen() > 64 {
			return over("Python int too large to convert to C unsigned long")
		}
		u := bigv.Uint64()
		if tc == 'I' {
			if u > math.MaxUint32 {
				return over("unsigned int is greater than maximum")
			}
			binary.LittleEndian.PutUint32(dst, uint32(u))
		} else {
			binary.LittleEndian.PutUint64(dst, u)
		}
	case 'q':
		if !isSmall {
			return over("int too big to convert")
		}
		binary.LittleEndian.PutUint64(dst, uint64(small))
	case 'Q':
		if bigv.Sign() < 0 {
			return over("can't convert negative int to unsigned")
		}
		if bigv.BitLen() > 64 {
			return over("int too big to convert")
		}
		binary.LittleEndian.PutUint64(dst, bigv.Uint64())
	}
	return nil
}

// encodeItems converts values to item bytes (all or nothing).
func (a *Array) encodeItems(t *Thread, vals []Object) ([]byte, *BaseException) {
	out := make([]byte, len(vals)*a.size)
	for i, v := range vals {
		if exc := a.encode(t, v, out[i*a.size:]); exc != nil {
			return nil, exc
		}
	}
	return out, nil
}

func (a *Array) snapshot() []byte {
	a.mu.Lock()
	defer a.mu.Unlock()
	return append([]byte(nil), a.b...)
}

func (a *Array) items() []Object {
	a.mu.Lock()
	defer a.mu.Unlock()
	out := make([]Object, a.n())
	for i := range out {
		out[i] = a.get(i)
	}
	return out
}

func arrayOf(o Object) (*Array, bool) {
	a, ok := Unwrap(o).(*Array)
	return a, ok
}

// appendBytes appends encoded items.
func (a *Array) appendBytes(b []byte) *BaseException {
	a.mu.Lock()
	defer a.mu.Unlock()
	if exc := a.checkResize(); exc != nil {
		return exc
	}
	a.b = append(a.b, b...)
	return nil
}

// extendIter appends the items of an iterable one by one (items before a
// failing one stay appended, as in CPython).
func (a *Array) extendIter(t *Thread, it Object) *BaseException {
	buf := make([]byte, a.size)
	return ForEach(t, it, func(v Object) (bool, *BaseException) {
		if exc := a.encode(t, v, buf); exc != nil {
			return false, exc
		}
		return true, a.appendBytes(buf)
	})
}

// extend is array.extend: another array of the same kind, or an iterable.
func (a *Array) extend(t *Thread, o Object) *BaseException {
	if other, ok := arrayOf(o); ok {
		if other.tc != a.tc {
			return NewError(TypeErrorType, "can only extend with array of same kind")
		}
		return a.appendBytes(other.snapshot())
	}
	return a.extendIter(t, o)
}

func (a *Array) fromUnicode(s *Str) *BaseException {
	rs := s.Runes()
	b := make([]byte, 4*len(rs))
	for i, r := range rs {
		binary.LittleEndian.PutUint32(b[4*i:], uint32(r))
	}
	return a.appendBytes(b)
}

func (a *Array) fromBytes(b []byte) *BaseException {
	if len(b)%a.size != 0 {
		return NewError(ValueErrorType, "bytes length not a multiple of item size")
	}
	return a.appendBytes(b)
}

func arrayNew(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
	cls, exc := nativeNewArgs(args, ArrayType)
	if exc != nil {
		return nil, exc
	}
	args = args[1:]
	if len(kw) > 0 && cls == ArrayType {
		return nil, NewError(TypeErrorType, "array.array() takes no keyword arguments")
	}
	if len(kw) > 0 {
		args = args[:len(args)-len(kw)]
	}
	if len(args) < 1 {
		return nil, Errorf(TypeErrorType, "array() takes at least 1 argument (%d given)", len(args))
	}
	if len(args) > 2 {
		return nil, Errorf(TypeErrorType, "array() takes at most 2 arguments (%d given)", len(args))
	}
	s, ok := strArgOf(args[0])
	if !ok || s.Len() != 1 {
		what := TypeOf(args[0]).name
		if ok {
			what = "a string of length " + sprintf("%d", s.Len())
			return nil, Errorf(TypeErrorType, "array() argument 1 must be a unicode character, not str")
		}
		return nil, Errorf(TypeErrorType, "array() argument 1 must be a unicode character, not %s", what)
	}
	if len(s.s) != 1 || !strings.Contains(arrayTypecodes, s.s) {
		return nil, NewError(ValueErrorType, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
	}
	a := newArray(s.s[0])
	if len(args) == 2 {
		init := args[1]
		if is, ok := strArgOf(init); ok {
			if a.tc != 'u' {
				return nil, Errorf(TypeErrorType, "cannot use a str to initialize an array with typecode '%c'", a.tc)
			}
			if exc := a.fromUnicode(is); exc != nil {
				return nil, exc
			}
		} else if other, ok := arrayOf(init); ok {
			if other.tc == 'u' && a.tc != 'u' {
				return nil, Errorf(TypeErrorType, "cannot use a unicode array to initialize an array with typecode '%c'", a.tc)
			}
			if other.tc == a.tc {
				a.b = other.snapshot()
			} else if exc := a.extendIter(t, other); exc != nil {
				return nil, exc
			}
		} else if b, ok := bytesLike(init); ok {
			if exc := a.fromBytes(append([]byte(nil), b...)); exc != nil {
				return nil, exc
			}
		} else if l, ok := init.(*List); ok {
			b, exc := a.encodeItems(t, l.Snapshot())
			if exc != nil {
				return nil, exc
			}
			a.b = b
		} else if tup, ok := init.(*Tuple); ok {
			b, exc := a.encodeItems(t, tup.items)
			if exc != nil {
				return nil, exc
			}
			a.b = b
		} else if exc := a.extendIter(t, init); exc != nil {
			return nil, exc
		}
	}
	return nativeWrap(cls, ArrayType, a), nil
}

func initArray(t *Thread, m *Module) *BaseException {
	m.dict.SetStr("__doc__", NewStr("This module defines an object type which can efficiently represent\nan array of basic values: characters, integers, floating point\nnumbers.  Arrays are sequence types and behave very much like lists,\nexcept that the type of objects stored in them is constrained.\n"))
	m.dict.SetStr("array", ArrayType)
	m.dict.SetStr("ArrayType", ArrayType)
	m.dict.SetStr("typecodes", NewStr(arrayTypecodes))
	arrayReconstructor = nativeFunc(m, "_array_reconstructor", arrayReconstruct)
	// As arraymodule.c: collections.abc.MutableSequence.register(array)
	// (skipped when the program does not include collections.abc).
	if abc, exc := ImportModule(t, "collections.abc"); exc == nil {
		if ms, exc := GetAttr(t, abc, NewStr("MutableSequence")); exc == nil {
			CallMethod(t, ms, NewStr("register"), []Object{ArrayType}, nil)
		}
	}
	return nil
}

// arrayRepr is array('i', [1, 2]) / array('u', 'ab') / array('d').
func arrayRepr(t *Thread, o Object, a *Array) (Object, *BaseException) {
	name := shortTypeName(TypeOf(o))
	items := a.items()
	if len(items) == 0 {
		return NewStr(sprintf("%s('%c')", name, a.tc)), nil
	}
	var inner string
	if a.tc == 'u' {
		// As CPython: the repr of tounicode(), which refuses invalid code
		// points.
		u, exc := arrayToUnicode(a)
		if exc != nil {
			return nil, exc
		}
		r, exc := Repr(t, u)
		if exc != nil {
			return nil, exc
		}
		inner = r.s
	} else {
		r, exc := Repr(t, NewList(items...))
		if exc != nil {
			return nil, exc
		}
		inner = r.s
	}
	return NewStr(sprintf("%s('%c', %s)", name, a.tc, inner)), nil
}

func arrayMethod(name string, fn func(t *Thread, a *Array, args []Object, kw []*Str) (Object, *BaseException)) {
	defNativeMethod(ArrayType, name, fn)
}

// arrayFind returns the first index in [start, stop) whose item equals v.
// Items are unpacked afresh, so they are never identical to v: == is used
// without Eq's identity shortcut (a NaN is not found, as in CPython).
func (a *Array) find(t *Thread, v Object, start, stop int) (int, *BaseException) {
	items := a.items()
	if stop > len(items) {
		stop = len(items)
	}
	for i := start; i < stop; i++ {
		r, exc := Compare(t, CmpEQ, items[i], v)
		if exc != nil {
			return -1, exc
		}
		if b, exc := IsTrue(t, r); exc != nil {
			return -1, exc
		} else if b {
			return i, nil
		}
	}
	return -1, nil
}

func arrayIdx(t *Thread, o Object) (int, *BaseException) {
	i, exc := indexOrNil(t, o)
	if exc != nil {
		return 0, exc
	}
	if i == nil {
		return 0, NewError(TypeErrorType, "array indices must be integers")
	}
	n, ok := i.(Int)
	if !ok {
		return 0, NewError(IndexErrorType, "cannot fit 'int' into an index-sized integer")
	}
	return int(n), nil
}

func init() {
	typ := ArrayType
	DefStatic(typ, "__new__", arrayNew)
	DefMethod(typ, "__repr__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		a, exc := nativeSelf[*Array](args, typ, "__repr__")
		if exc != nil {
			return nil, exc
		}
		return arrayRepr(t, args[0], a)
	})
	defMember(typ, "typecode", func(t *Thread, o Object) (Object, *BaseException) {
		a, _ := arrayOf(o)
		return NewStr(string(rune(a.tc))), nil
	})
	defMember(typ, "itemsize", func(t *Thread, o Object) (Object, *BaseException) {
		a, _ := arrayOf(o)
		return MakeInt(int64(a.size)), nil
	})
	typ.dict.SetStr("__hash__", None)
	arrayMethod("__len__", func(t *Thread, a *Array, args []Object, kw []*Str) (Object, *BaseException) {
		a.mu.Lock()
		defer a.mu.Unlock()
		return MakeInt(int64(a.n())), nil
	})
	arrayMethod("append", func(t *Thread, a *Array, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("append", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		buf := make([]byte, a.size)
		if exc := a.encode(t, args[0], buf); exc != nil {
			return nil, exc
		}
		return None, a.appendBytes(buf)
	})
	arrayMethod("extend", func(t *Thread, a *Array, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("extend", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		return None, a.extend(t, args[0])
	})
	// __iadd__ and __imul__ return self: wrap to get the receiver object.
	for _, name := range []string{"__iadd__", "__imul__"} {
		name := name
		DefMethod(typ, name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			a, exc := nativeSelf[*Array](args, typ, name)
			if exc != nil {
				return nil, exc
			}
			if len(args) != 2 {
				return nil, Errorf(TypeErrorType, "expected 1 argument, got %d", len(args)-1)
			}
			if name == "__iadd__" {
				other, ok := arrayOf(args[1])
				if !ok {
					return nil, Errorf(TypeErrorType, "can only extend array with array (not \"%s\")", TypeOf(args[1]).name)
				}
				if other.tc != a.tc {
					return nil, NewError(TypeErrorType, "can only extend with array of same kind")
				}
				if exc := a.appendBytes(other.snapshot()); exc != nil {
					return nil, exc
				}
				return args[0], nil
			}
			n, exc := indexOrNil(t, args[1])
			if exc != nil {
				return nil, exc
			}
			if n == nil {
				return nil, Errorf(TypeErrorType, "can't multiply sequence by non-int of type '%s'", TypeOf(args[1]).name)
			}
			k := 0
			if v, ok := n.(Int); ok {
				k = int(v)
			} else if intSign(n) > 0 {
				return nil, NewError(MemoryErrorType, "")
			}
			a.mu.Lock()
			defer a.mu.Unlock()
			if k <= 0 {
				if len(a.b) > 0 {
					if exc := a.checkResize(); exc != nil {
						return nil, exc
					}
				}
				a.b = a.b[:0]
				return args[0], nil
			}
			if len(a.b) > 0 && k > 1 {
				if exc := a.checkResize(); exc != nil {
					return nil, exc
				}
				if len(a.b)*k/k != len(a.b) || len(a.b)*k > 1<<40 {
					return nil, NewError(MemoryErrorType, "")
				}
				a.b = []byte(strings.Repeat(string(a.b), k))
			}
			return args[0], nil
		})
	}
	arrayMethod("__add__", func(t *Thread, a *Array, args []Object, kw []*Str) (Object, *BaseException) {
		other, ok := arrayOf(args[0])
		if !ok {
			return nil, Errorf(TypeErrorType, "can only append array (not \"%s\") to array", TypeOf(args[0]).name)
		}
		if other.tc != a.tc {
			return nil, NewError(TypeErrorType, "bad argument type for built-in operation")
		}
		r := newArray(a.tc)
		r.b = append(a.snapshot(), other.snapshot()...)
		return r, nil
	})
	mul := func(t *Thread, a *Array, args []Object, kw []*Str) (Object, *BaseException) {
		n, exc := indexOrNil(t, args[0])
		if exc != nil {
			return nil, exc
		}
		if n == nil {
			return nil, Errorf(TypeErrorType, "can't multiply sequence by non-int of type '%s'", TypeOf(args[0]).name)
		}
		r := newArray(a.tc)
		b := a.snapshot()
		k := 0
		if v, ok := n.(Int); ok {
			k = int(v)
		} else if intSign(n) > 0 && len(b) > 0 {
			return nil, NewError(MemoryErrorType, "")
		}
		if k > 0 && len(b) > 0 {
			if len(b)*k/k != len(b) || len(b)*k > 1<<40 {
				return nil, NewError(MemoryErrorType, "")
			}
			r.b = []byte(strings.Repeat(string(b), k))
		}
		return r, nil
	}
	arrayMethod("__mul__", mul)
	arrayMethod("__rmul__", mul)
	arrayMethod("__getitem__", func(t *Thread, a *Array, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) != 1 {
			return nil, Errorf(TypeErrorType, "expected 1 argument, got %d", len(args))
		}
		if s, ok := args[0].(*Slice); ok {
			start, stop, step, exc := s.unpack(t)
			if exc != nil {
				return nil, exc
			}
			a.mu.Lock()
			defer a.mu.Unlock()
			cnt := sliceAdjust(a.n(), &start, &stop, step)
			r := newArray(a.tc)
			r.b = make([]byte, 0, cnt*a.size)
			for i, j := 0, start; i < cnt; i, j = i+1, j+step {
				r.b = append(r.b, a.b[j*a.size:(j+1)*a.size]...)
			}
			return r, nil
		}
		i, exc := arrayIdx(t, args[0])
		if exc != nil {
			return nil, exc
		}
		a.mu.Lock()
		defer a.mu.Unlock()
		n := a.n()
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return nil, NewError(IndexErrorType, "array index out of range")
		}
		return a.get(i), nil
	})
	arrayMethod("__setitem__", func(t *Thread, a *Array, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) != 2 {
			// (sic: CPython's message for a 2-argument slot wrapper starts with a space)
			return nil, Errorf(TypeErrorType, " expected 2 arguments, got %d", len(args))
		}
		if s, ok := args[0].(*Slice); ok {
			return None, a.setSlice(t, s, args[1])
		}
		i, exc := arrayIdx(t, args[0])
		if exc != nil {
			return nil, exc
		}
		buf := make([]byte, a.size)
		if exc := a.encode(t, args[1], buf); exc != nil {
			return nil, exc
		}
		a.mu.Lock()
		defer a.mu.Unlock()
		n := a.n()
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return nil, NewError(IndexErrorType, "array assignment index out of range")
		}
		copy(a.b[i*a.size:], buf)
		return None, nil
	})
	arrayMethod("__delitem__", func(t *Thread, a *Array, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) != 1 {
			return nil, Errorf(TypeErrorType, "expected 1 argument, got %d", len(args))
		}
		if s, ok := args[0].(*Slice); ok {
			return None, a.setSlice(t, s, nil)
		}
		i, exc := arrayIdx(t, args[0])
		if exc != nil {
			return nil, exc
		}
		a.mu.Lock()
		defer a.mu.Unlock()
		n := a.n()
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return nil, NewError(IndexErrorType, "array assignment index out of range")
		}
		if exc := a.checkResize(); exc != nil {
			return nil, exc
		}
		a.b = append(a.b[:i*a.size], a.b[(i+1)*a.size:]...)
		return None, nil
	})
	arrayMethod("__contains__", func(t *Thread, a *Array, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) != 1 {
			return nil, Errorf(TypeErrorType, "expected 1 argument, got %d", len(args))
		}
		i, exc := a.find(t, args[0], 0, math.MaxInt)
		return Bool(i >= 0), exc
	})
	DefMethod(typ, "__iter__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		a, exc := nativeSelf[*Array](args, typ, "__iter__")
		if exc != nil {
			return nil, exc
		}
		return &arrayIter{a: a, src: args[0]}, nil
	})
	arrayMethod("count", func(t *Thread, a *Array, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("count", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		cnt := 0
		for _, it := range a.items() {
			r, exc := Compare(t, CmpEQ, it, args[0])
			if exc != nil {
				return nil, exc
			}
			if b, exc := IsTrue(t, r); exc != nil {
				return nil, exc
			} else if b {
				cnt++
			}
		}
		return MakeInt(int64(cnt)), nil
	})
	arrayMethod("index", func(t *Thread, a *Array, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := unpackArgs("index", args, kw, 1, 3); exc != nil {
			return nil, exc
		}
		a.mu.Lock()
		n := a.n()
		a.mu.Unlock()
		start, stop := 0, math.MaxInt
		var exc *BaseException
		if len(args) > 1 {
			if start, exc = clampedIndexArg(t, args[1]); exc != nil {
				return nil, exc
			}
		}
		if len(args) > 2 {
			if stop, exc = clampedIndexArg(t, args[2]); exc != nil {
				return nil, exc
			}
		}
		if start < 0 {
			start = max(start+n, 0)
		}
		if stop < 0 {
			stop = max(stop+n, 0)
		}
		i, exc := a.find(t, args[0], start, stop)
		if exc != nil {
			return nil, exc
		}
		if i < 0 {
			return nil, NewError(ValueErrorType, "array.index(x): x not in array")
		}
		return MakeInt(int64(i)), nil
	})
	arrayMethod("remove", func(t *Thread, a *Array, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("remove", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		i, exc := a.find(t, args[0], 0, math.MaxInt)
		if exc != nil {
			return nil, exc
		}
		if i < 0 {
			return nil, NewError(ValueErrorType, "array.remove(x): x not in array")
		}
		a.mu.Lock()
		defer a.mu.Unlock()
		if exc := a.checkResize(); exc != nil {
			return nil, exc
		}
		if (i+1)*a.size <= len(a.b) {
			a.b = append(a.b[:i*a.size], a.b[(i+1)*a.size:]...)
		}
		return None, nil
	})
	arrayMethod("pop", func(t *Thread, a *Array, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := unpackArgs("pop", args, kw, 0, 1); exc != nil {
			return nil, exc
		}
		i := -1
		if len(args) == 1 {
			var exc *BaseException
			if i, exc = indexArg(t, args[0]); exc != nil {
				return nil, exc
			}
		}
		a.mu.Lock()
		defer a.mu.Unlock()
		n := a.n()
		if n == 0 {
			return nil, NewError(IndexErrorType, "pop from empty array")
		}
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return nil, NewError(IndexErrorType, "pop index out of range")
		}
		if exc := a.checkResize(); exc != nil {
			return nil, exc
		}
		v := a.get(i)
		a.b = append(a.b[:i*a.size], a.b[(i+1)*a.size:]...)
		return v, nil
	})
	arrayMethod("insert", func(t *Thread, a *Array, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := unpackArgs("insert", args, kw, 2, 2); exc != nil {
			return nil, exc
		}
		i, exc := indexArg(t, args[0])
		if exc != nil {
			return nil, exc
		}
		buf := make([]byte, a.size)
		if exc := a.encode(t, args[1], buf); exc != nil {
			return nil, exc
		}
		a.mu.Lock()
		defer a.mu.Unlock()
		if exc := a.checkResize(); exc != nil {
			return nil, exc
		}
		n := a.n()
		if i < 0 {
			i = max(i+n, 0)
		}
		if i > n {
			i = n
		}
		nb := make([]byte, 0, len(a.b)+a.size)
		nb = append(nb, a.b[:i*a.size]...)
		nb = append(nb, buf...)
		a.b = append(nb, a.b[i*a.size:]...)
		return None, nil
	})
	arrayMethod("reverse", func(t *Thread, a *Array, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("reverse", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		a.mu.Lock()
		defer a.mu.Unlock()
		n, s := a.n(), a.size
		tmp := make([]byte, s)
		for i, j := 0, n-1; i < j; i, j = i+1, j-1 {
			copy(tmp, a.b[i*s:(i+1)*s])
			copy(a.b[i*s:(i+1)*s], a.b[j*s:(j+1)*s])
			copy(a.b[j*s:(j+1)*s], tmp)
		}
		return None, nil
	})
	arrayMethod("byteswap", func(t *Thread, a *Array, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("byteswap", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		a.mu.Lock()
		defer a.mu.Unlock()
		s := a.size
		for i := 0; i+s <= len(a.b); i += s {
			for x, y := i, i+s-1; x < y; x, y = x+1, y-1 {
				a.b[x], a.b[y] = a.b[y], a.b[x]
			}
		}
		return None, nil
	})
	arrayMethod("buffer_info", func(t *Thread, a *Array, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("buffer_info", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		a.mu.Lock()
		defer a.mu.Unlock()
		var addr uintptr
		if cap(a.b) > 0 {
			addr = uintptr(unsafe.Pointer(&a.b[:1][0]))
		}
		return NewTuple(MakeInt(int64(addr)), MakeInt(int64(a.n()))), nil
	})
	arrayMethod("tobytes", func(t *Thread, a *Array, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("tobytes", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		return NewBytes(a.snapshot()), nil
	})
	arrayMethod("__bytes__", func(t *Thread, a *Array, args []Object, kw []*Str) (Object, *BaseException) {
		return NewBytes(a.snapshot()), nil
	})
	arrayMethod("frombytes", func(t *Thread, a *Array, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("frombytes", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		b, exc := bytesArg(t, args[0])
		if exc != nil {
			return nil, exc
		}
		return None, a.fromBytes(append([]byte(nil), b...))
	})
	arrayMethod("tolist", func(t *Thread, a *Array, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("tolist", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		return NewList(a.items()...), nil
	})
	arrayMethod("fromlist", func(t *Thread, a *Array, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("fromlist", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		l, ok := Unwrap(args[0]).(*List)
		if !ok {
			if _, isList := args[0].(*List); !isList {
				return nil, NewError(TypeErrorType, "arg must be list")
			}
			l = args[0].(*List)
		}
		b, exc := a.encodeItems(t, l.Snapshot())
		if exc != nil {
			return nil, exc
		}
		return None, a.appendBytes(b)
	})
	arrayMethod("tounicode", func(t *Thread, a *Array, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("tounicode", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		if a.tc != 'u' {
			return nil, NewError(ValueErrorType, "tounicode() may only be called on unicode type arrays")
		}
		return arrayToUnicode(a)
	})
	arrayMethod("fromunicode", func(t *Thread, a *Array, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("fromunicode", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		s, ok := strArgOf(args[0])
		if !ok {
			return nil, Errorf(TypeErrorType, "fromunicode() argument must be str, not %s", TypeOf(args[0]).name)
		}
		if a.tc != 'u' {
			return nil, NewError(ValueErrorType, "fromunicode() may only be called on unicode type arrays")
		}
		return None, a.fromUnicode(s)
	})
	arrayMethod("tofile", func(t *Thread, a *Array, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("tofile", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		b := a.snapshot()
		const block = 64 * 1024
		for i := 0; i < len(b) || i == 0; i += block {
			end := min(i+block, len(b))
			if _, exc := CallMethod(t, args[0], InternStr("write"), []Object{NewBytes(b[i:end])}, nil); exc != nil {
				return nil, exc
			}
			if end == len(b) {
				break
			}
		}
		return None, nil
	})
	arrayMethod("fromfile", func(t *Thread, a *Array, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := unpackArgs("fromfile", args, kw, 2, 2); exc != nil {
			return nil, exc
		}
		n, exc := indexArg(t, args[1])
		if exc != nil {
			return nil, exc
		}
		if n < 0 {
			return nil, NewError(ValueErrorType, "negative count")
		}
		want := n * a.size
		r, exc := CallMethod(t, args[0], InternStr("read"), []Object{MakeInt(int64(want))}, nil)
		if exc != nil {
			return nil, exc
		}
		b, ok := r.(*Bytes)
		if !ok {
			return nil, NewError(TypeErrorType, "read() didn't return bytes")
		}
		got := len(b.b) / a.size * a.size
		if exc := a.appendBytes(append([]byte(nil), b.b[:got]...)); exc != nil {
			return nil, exc
		}
		if len(b.b) != want {
			return nil, NewError(EOFErrorType, "read() didn't return enough bytes")
		}
		return None, nil
	})
	copyFn := func(t *Thread, a *Array, args []Object, kw []*Str) (Object, *BaseException) {
		r := newArray(a.tc)
		r.b = a.snapshot()
		return r, nil
	}
	arrayMethod("__copy__", copyFn)
	arrayMethod("__deepcopy__", copyFn)
	arrayMethod("__sizeof__", func(t *Thread, a *Array, args []Object, kw []*Str) (Object, *BaseException) {
		a.mu.Lock()
		defer a.mu.Unlock()
		return MakeInt(int64(64 + cap(a.b))), nil
	})
	DefMethod(typ, "__reduce_ex__", arrayReduceEx)
	DefClassMethod(typ, "__class_getitem__", classGetItem)
	for op := CmpLT; op <= CmpGE; op++ {
		op := op
		DefMethod(typ, cmpNames[op].s, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			a, exc := nativeSelf[*Array](args, typ, cmpNames[op].s)
			if exc != nil {
				return nil, exc
			}
			if len(args) != 2 {
				return nil, Errorf(TypeErrorType, "expected 1 argument, got %d", len(args)-1)
			}
			b, ok := arrayOf(args[1])
			if !ok {
				return NotImplemented, nil
			}
			return arrayCompare(t, op, a, b)
		})
	}
	defNativeIter(arrayIterType)
}

// arrayCompare compares item by item as Python objects (lists do the same).
func arrayCompare(t *Thread, op CmpOp, a, b *Array) (Object, *BaseException) {
	x, y := a.items(), b.items()
	if (op == CmpEQ || op == CmpNE) && len(x) != len(y) {
		return Bool(op == CmpNE), nil
	}
	n := min(len(x), len(y))
	for i := 0; i < n; i++ {
		r, exc := Compare(t, CmpEQ, x[i], y[i])
		if exc != nil {
			return nil, exc
		}
		eq, exc := IsTrue(t, r)
		if exc != nil {
			return nil, exc
		}
		if !eq {
			if op == CmpEQ {
				return False, nil
			}
			if op == CmpNE {
				return True, nil
			}
			return Compare(t, op, x[i], y[i])
		}
	}
	return Bool(cmpResult(op, len(x)-len(y))), nil
}

// setSlice assigns an array (or deletes, v == nil) to a slice.
func (a *Array) setSlice(t *Thread, s *Slice, v Object) *BaseException {
	var src []byte
	if v != nil {
		other, ok := arrayOf(v)
		if !ok {
			return Errorf(TypeErrorType, "can only assign array (not \"%s\") to array slice", TypeOf(v).name)
		}
		if other.tc != a.tc {
			return NewError(TypeErrorType, "bad argument type for built-in operation")
		}
		src = other.snapshot()
	}
	start, stop, step, exc := s.unpack(t)
	if exc != nil {
		return exc
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	sz := a.size
	n := a.n()
	cnt := sliceAdjust(n, &start, &stop, step)
	nsrc := len(src) / sz
	if step == 1 {
		if stop < start {
			stop = start
		}
		if nsrc != cnt {
			if exc := a.checkResize(); exc != nil {
				return exc
			}
		}
		nb := make([]byte, 0, len(a.b)-cnt*sz+len(src))
		nb = append(nb, a.b[:start*sz]...)
		nb = append(nb, src...)
		a.b = append(nb, a.b[stop*sz:]...)
		return nil
	}
	if v == nil {
		if cnt == 0 {
			return nil
		}
		if exc := a.checkResize(); exc != nil {
			return exc
		}
		del := make(map[int]bool, cnt)
		for i, j := 0, start; i < cnt; i, j = i+1, j+step {
			del[j] = true
		}
		nb := make([]byte, 0, len(a.b)-cnt*sz)
		for i := 0; i < n; i++ {
			if !del[i] {
				nb = append(nb, a.b[i*sz:(i+1)*sz]...)
			}
		}
		a.b = nb
		return nil
	}
	if nsrc != cnt {
		return Errorf(ValueErrorType, "attempt to assign array of size %d to extended slice of size %d", nsrc, cnt)
	}
	for i, j := 0, start; i < cnt; i, j = i+1, j+step {
		copy(a.b[j*sz:(j+1)*sz], src[i*sz:(i+1)*sz])
	}
	return nil
}

type arrayIter struct {
	mu  sync.Mutex
	a   *Array
	i   int
	src Object // the iterated object (a subclass instance keeps its type)
}

func (*arrayIter) Type() *Type { return arrayIterType }

func (it *arrayIter) next(t *Thread) (Object, *BaseException) {
	it.mu.Lock()
	defer it.mu.Unlock()
	if it.a == nil {
		return nil, nil
	}
	a := it.a
	a.mu.Lock()
	defer a.mu.Unlock()
	if it.i >= a.n() {
		it.a, it.src = nil, nil
		return nil, nil
	}
	v := a.get(it.i)
	it.i++
	return v, nil
}

// arrayToUnicode is a 'u' array's text; a code point outside Unicode is a
// ValueError (as CPython's PyUnicode_FromWideChar with a 32-bit wchar_t).
func arrayToUnicode(a *Array) (Object, *BaseException) {
	b := a.snapshot()
	rs := make([]rune, len(b)/4)
	for i := range rs {
		r := rune(binary.LittleEndian.Uint32(b[4*i:]))
		if r > utf8.MaxRune || r < 0 {
			return nil, Errorf(ValueErrorType, "character U+%x is not in range [U+0000; U+10ffff]", uint32(r))
		}
		rs[i] = r
	}
	return NewStrFromRunes(rs), nil
}
