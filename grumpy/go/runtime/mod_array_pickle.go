package runtime

import (
	"encoding/binary"
	"math"
	"unicode/utf16"
)

// Pickling of arrays and their iterators, as CPython 3.11 does it: protocol
// 3 and later pickle an array as array._array_reconstructor(type, typecode,
// machine-format code, bytes), which decodes the bytes in whatever machine
// format they were written; earlier protocols use (type, (typecode, list)).
// An iterator pickles as iter(array) plus its position (__setstate__).

// Machine format codes (arraymodule.c's enum machine_format_code).
const (
	amfUnknown = -1
	amfUint8   = 0
	amfInt8    = 1
	amfUint16L = 2
	amfUint16B = 3
	amfInt16L  = 4
	amfInt16B  = 5
	amfUint32L = 6
	amfUint32B = 7
	amfInt32L  = 8
	amfInt32B  = 9
	amfUint64L = 10
	amfUint64B = 11
	amfInt64L  = 12
	amfInt64B  = 13
	amfF32L    = 14
	amfF32B    = 15
	amfF64L    = 16
	amfF64B    = 17
	amfUTF16L  = 18
	amfUTF16B  = 19
	amfUTF32L  = 20
	amfUTF32B  = 21
	amfMax     = 21
)

// arrayNativeMformat is the machine format of a typecode's items here
// (little-endian, 64-bit longs, 4-byte wchar_t).
func arrayNativeMformat(tc byte) int {
	switch tc {
	case 'B':
		return amfUint8
	case 'b':
		return amfInt8
	case 'H':
		return amfUint16L
	case 'h':
		return amfInt16L
	case 'I':
		return amfUint32L
	case 'i':
		return amfInt32L
	case 'L', 'Q':
		return amfUint64L
	case 'l', 'q':
		return amfInt64L
	case 'f':
		return amfF32L
	case 'd':
		return amfF64L
	case 'u', 'w':
		return amfUTF32L
	}
	return amfUnknown
}

// arrayReconstructor is the module's _array_reconstructor (what
// __reduce_ex__ names), set when the array module is initialised.
var arrayReconstructor Object

// arrayReconstruct is array._array_reconstructor(arraytype, typecode,
// mformat_code, items).
func arrayReconstruct(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
	if exc := unpackArgs("_array_reconstructor", args, kw, 4, 4); exc != nil {
		return nil, exc
	}
	cls, ok := args[0].(*Type)
	if !ok {
		return nil, Errorf(TypeErrorType, "first argument must be a type object, not %s", TypeOf(args[0]).name)
	}
	s, ok := strArg(args[1])
	if !ok {
		return nil, Errorf(TypeErrorType, "_array_reconstructor() argument 2 must be a unicode character, not %s", TypeOf(args[1]).name)
	}
	if rs := s.Runes(); len(rs) != 1 {
		return nil, Errorf(TypeErrorType, "_array_reconstructor() argument 2 must be a unicode character, not a string of length %d", len(rs))
	}
	mfO, ok := asIntStrict(args[2])
	if !ok {
		if in, isInst := args[2].(*Instance); isInst {
			mfO, ok = asInt(in)
		}
		if !ok {
			return nil, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeOf(args[2]).name)
		}
	}
	items, ok := Unwrap(args[3]).(*Bytes)
	if !ok {
		return nil, Errorf(TypeErrorType, "fourth argument should be bytes, not %s", TypeOf(args[3]).name)
	}
	if !cls.IsSubtype(ArrayType) {
		return nil, Errorf(TypeErrorType, "%s is not a subtype of array.array", cls.name)
	}
	tc := s.s
	if len(tc) != 1 || !isArrayTypecode(tc[0]) {
		return nil, NewError(ValueErrorType, "second argument must be a valid type code")
	}
	mfI, small := mfO.(Int)
	if !small || mfI < 0 || mfI > amfMax {
		return nil, NewError(ValueErrorType, "third argument must be a valid machine format code.")
	}
	mf := int(mfI)
	tcO := NewStr(tc)
	if mf == arrayNativeMformat(tc[0]) {
		return Call(t, cls, []Object{tcO, items}, nil)
	}
	b := items.b
	var init Object
	switch {
	case mf >= amfF32L && mf <= amfF64B:
		size := 4
		if mf >= amfF64L {
			size = 8
		}
		if len(b)%size != 0 {
			return nil, NewError(ValueErrorType, "string length not a multiple of item size")
		}
		var bo binary.ByteOrder = binary.LittleEndian
		if mf == amfF32B || mf == amfF64B {
			bo = binary.BigEndian
		}
		out := make([]Object, len(b)/size)
		for i := range out {
			if size == 4 {
				out[i] = Float(math.Float32frombits(bo.Uint32(b[i*4:])))
			} else {
				out[i] = Float(math.Float64frombits(bo.Uint64(b[i*8:])))
			}
		}
		init = NewList(out...)
	case mf >= amfUTF16L:
		// (CPython checks the length against twice the code unit.)
		if unit := 4 * (1 + (mf-amfUTF16L)/2); len(b)%unit != 0 {
			return nil, NewError(ValueErrorType, "string length not a multiple of item size")
		}
		var rs []rune
		if mf <= amfUTF16B {
			u := make([]uint16, len(b)/2)
			for i := range u {
				if mf == amfUTF16L {
					u[i] = binary.LittleEndian.Uint16(b[2*i:])
				} else {
					u[i] = binary.BigEndian.Uint16(b[2*i:])
				}
			}
			rs = utf16.Decode(u)
		} else {
			rs = make([]rune, len(b)/4)
			for i := range rs {
				if mf == amfUTF32L {
					rs[i] = rune(binary.LittleEndian.Uint32(b[4*i:]))
				} else {
					rs[i] = rune(binary.BigEndian.Uint32(b[4*i:]))
				}
			}
		}
		init = NewStrFromRunes(rs)
	default:
		// Integers: size, signedness and byte order from the code.
		size := 1
		switch {
		case mf >= amfUint64L:
			size = 8
		case mf >= amfUint32L:
			size = 4
		case mf >= amfUint16L:
			size = 2
		}
		signed := mf == amfInt8 || (mf >= amfInt16L && (mf-amfUint16L)%4 >= 2)
		big := size > 1 && (mf-amfUint16L)%2 == 1
		if len(b)%size != 0 {
			return nil, NewError(ValueErrorType, "string length not a multiple of item size")
		}
		out := make([]Object, len(b)/size)
		for i := range out {
			var u uint64
			for k := 0; k < size; k++ {
				var c byte
				if big {
					c = b[i*size+k]
				} else {
					c = b[i*size+size-1-k]
				}
				u = u<<8 | uint64(c)
			}
			if signed {
				shift := 64 - 8*uint(size)
				out[i] = MakeInt(int64(u<<shift) >> shift)
			} else {
				out[i] = intFromUint64(u)
			}
		}
		init = NewList(out...)
		// The array gets the (last) integer typecode of that size and
		// signedness, whatever typecode was asked for.
		for i := 0; i < len(arrayTypecodes); i++ {
			c := arrayTypecodes[i]
			if c == 'u' || c == 'w' || c == 'f' || c == 'd' {
				continue
			}
			if arrayItemSize(c) == size && (c >= 'a') == signed {
				tcO = NewStr(string(rune(c)))
			}
		}
	}
	return Call(t, cls, []Object{tcO, init}, nil)
}

func isArrayTypecode(c byte) bool {
	for i := 0; i < len(arrayTypecodes); i++ {
		if arrayTypecodes[i] == c {
			return true
		}
	}
	return false
}

// arrayReduceEx is array.__reduce_ex__(protocol).
func arrayReduceEx(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
	a, exc := nativeSelf[*Array](args, ArrayType, "__reduce_ex__")
	if exc != nil {
		return nil, exc
	}
	if exc := unpackArgs("__reduce_ex__", args[1:], kw, 1, 1); exc != nil {
		return nil, exc
	}
	proto, exc := IndexInt(t, args[1], "__reduce_ex__")
	if exc != nil {
		return nil, exc
	}
	var dict Object = None
	if d := dictOf(args[0]); d != nil && d.Len() > 0 {
		dict = d
	}
	tc := NewStr(string(rune(a.tc)))
	mf := arrayNativeMformat(a.tc)
	if proto < 3 || mf == amfUnknown || arrayReconstructor == nil {
		return NewTuple(TypeOf(args[0]), NewTuple(tc, NewList(a.items()...)), dict), nil
	}
	return NewTuple(arrayReconstructor, NewTuple(TypeOf(args[0]), tc, MakeInt(int64(mf)), NewBytes(a.snapshot())), dict), nil
}

func init() {
	DefMethod(arrayIterType, "__reduce__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		it, exc := nativeSelf[*arrayIter](args, arrayIterType, "__reduce__")
		if exc != nil {
			return nil, exc
		}
		iter := Builtins.GetStr("iter")
		it.mu.Lock()
		a, i, src := it.a, it.i, it.src
		it.mu.Unlock()
		if a == nil {
			return NewTuple(iter, NewTuple(emptyTuple)), nil
		}
		return NewTuple(iter, NewTuple(src), MakeInt(int64(i))), nil
	})
	DefMethod(arrayIterType, "__setstate__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		it, exc := nativeSelf[*arrayIter](args, arrayIterType, "__setstate__")
		if exc != nil {
			return nil, exc
		}
		if exc := unpackArgs("__setstate__", args[1:], kw, 1, 1); exc != nil {
			return nil, exc
		}
		i, exc := IndexInt(t, args[1], "__setstate__")
		if exc != nil {
			return nil, exc
		}
		it.mu.Lock()
		defer it.mu.Unlock()
		if it.a != nil {
			n := it.a.n()
			if i < 0 {
				i = 0
			} else if i > n {
				i = n
			}
			it.i = i
		}
		return None, nil
	})
}
