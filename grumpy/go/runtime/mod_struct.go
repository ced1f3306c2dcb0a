package runtime

import (
	"bytes"
	"encoding/binary"
	"math"
	"math/big"
	"strings"
	"sync"
)

// The _struct module: pack/unpack of C structs with CPython's native
// (amd64/arm64 LP64) sizes and alignment and the standard sizes of the
// '<', '>', '!' and '=' byte orders.

// StructErrorType is struct.error.
var StructErrorType = func() *Type {
	t := newExcType("error", ExceptionType)
	t.module = "struct"
	return t
}()

type structItem struct {
	code   byte
	count  int // length for 's' and 'p'
	offset int
	size   int
}

type structCodec struct {
	format string
	order  byte // '@' native, '<' little, '>' big
	native bool
	items  []structItem
	size   int
	nargs  int
}

var (
	structCacheMu sync.Mutex
	structCache   = map[string]*structCodec{}
)

func structErr(msg string) *BaseException { return NewError(StructErrorType, msg) }

func structCodeSize(c byte, native bool) (int, bool) {
	switch c {
	case 'x', 'c', 'b', 'B', '?', 's', 'p':
		return 1, true
	case 'h', 'H', 'e':
		return 2, true
	case 'i', 'I', 'f':
		return 4, true
	case 'l', 'L':
		if native {
			return 8, true
		}
		return 4, true
	case 'q', 'Q', 'd':
		return 8, true
	case 'n', 'N', 'P':
		if native {
			return 8, true
		}
	}
	return 0, false
}

func parseStructFormat(format string) (*structCodec, *BaseException) {
	structCacheMu.Lock()
	if c, ok := structCache[format]; ok {
		structCacheMu.Unlock()
		return c, nil
	}
	structCacheMu.Unlock()
	c := &structCodec{format: format, order: '@', native: true}
	s := format
	if len(s) > 0 {
		switch s[0] {
		case '@':
			s = s[1:]
		case '=', '<':
			c.order, c.native = '<', false
			s = s[1:]
		case '>', '!':
			c.order, c.native = '>', false
			s = s[1:]
		}
	}
	off := 0
	for i := 0; i < len(s); {
		ch := s[i]
		if ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\v' || ch == '\f' {
			i++
			continue
		}
		count := 1
		if ch >= '0' && ch <= '9' {
			count = 0
			for i < len(s) && s[i] >= '0' && s[i] <= '9' {
				if count > (math.MaxInt32-9)/10 {
					return nil, structErr("total struct size too long")
				}
				count = count*10 + int(s[i]-'0')
				i++
			}
			if i >= len(s) {
				return nil, structErr("repeat count given without format specifier")
			}
			ch = s[i]
		}
		i++
		size, ok := structCodeSize(ch, c.native)
		if !ok {
			return nil, structErr("bad char in struct format")
		}
		if c.native && size > 1 {
			off = (off + size - 1) / size * size
		}
		switch ch {
		case 's', 'p':
			c.items = append(c.items, structItem{code: ch, count: count, offset: off, size: count})
			c.nargs++
			off += count
		case 'x':
			off += count
		default:
			for k := 0; k < count; k++ {
				c.items = append(c.items, structItem{code: ch, offset: off, size: size})
				off += size
			}
			c.nargs += count
		}
		if off > math.MaxInt32 {
			return nil, structErr("total struct size too long")
		}
	}
	c.size = off
	structCacheMu.Lock()
	if len(structCache) > 1000 {
		structCache = map[string]*structCodec{}
	}
	structCache[format] = c
	structCacheMu.Unlock()
	return c, nil
}

// structFormatArg accepts str or bytes formats.
func structFormatArg(o Object) (string, *BaseException) {
	switch v := Unwrap(o).(type) {
	case *Str:
		if strings.IndexByte(v.s, 0) >= 0 {
			return "", structErr("embedded null character")
		}
		return v.s, nil
	case *Bytes:
		if bytes.IndexByte(v.b, 0) >= 0 {
			return "", structErr("embedded null character")
		}
		return string(v.b), nil
	}
	return "", Errorf(TypeErrorType, "Struct() argument 1 must be a str or bytes object, not %s", TypeOf(o).name)
}

func (c *structCodec) putUint(b []byte, v uint64, size int) {
	for k := 0; k < size; k++ {
		shift := uint(8 * k)
		if c.order == '>' {
			shift = uint(8 * (size - 1 - k))
		}
		b[k] = byte(v >> shift)
	}
}

func (c *structCodec) getUint(b []byte, size int) uint64 {
	var v uint64
	for k := 0; k < size; k++ {
		shift := uint(8 * k)
		if c.order == '>' {
			shift = uint(8 * (size - 1 - k))
		}
		v |= uint64(b[k]) << shift
	}
	return v
}

// structInt converts a pack argument to a big integer via __index__.
func structInt(t *Thread, o Object) (*big.Int, *BaseException) {
	switch v := o.(type) {
	case Int:
		return big.NewInt(int64(v)), nil
	case Bool:
		if v {
			return big.NewInt(1), nil
		}
		return big.NewInt(0), nil
	case *BigInt:
		return v.Big(), nil
	case Float:
		return nil, structErr("required argument is not an integer")
	}
	i, exc := indexOrNil(t, o)
	if exc != nil {
		return nil, exc
	}
	if i == nil {
		return nil, structErr("required argument is not an integer")
	}
	return toBig(i), nil
}

var (
	bigMinInt64  = big.NewInt(math.MinInt64)
	bigMaxInt64  = big.NewInt(math.MaxInt64)
	bigMaxUint64 = new(big.Int).SetUint64(math.MaxUint64)
	bigZero      = big.NewInt(0)
)

func (c *structCodec) packInt(t *Thread, it structItem, o Object, out []byte) *BaseException {
	v, exc := structInt(t, o)
	if exc != nil {
		return exc
	}
	code := it.code
	switch code {
	case 'b', 'h', 'i', 'l', 'q', 'n':
		if v.Cmp(bigMinInt64) < 0 || v.Cmp(bigMaxInt64) > 0 {
			return structErr("argument out of range")
		}
		x := v.Int64()
		switch it.size {
		case 1:
			if x < -128 || x > 127 {
				return structErr("byte format requires -128 <= number <= 127")
			}
		case 2:
			if x < -32768 || x > 32767 {
				return structErr("short format requires -32768 <= number <= 32767")
			}
		case 4:
			if x < math.MinInt32 || x > math.MaxInt32 {
				return structErr(sprintf("'%c' format requires -2147483648 <= number <= 2147483647", code))
			}
		}
		c.putUint(out, uint64(x), it.size)
	case 'B', 'H':
		if v.Cmp(bigMinInt64) < 0 || v.Cmp(bigMaxInt64) > 0 {
			return structErr("argument out of range")
		}
		x := v.Int64()
		if code == 'B' && (x < 0 || x > 255) {
			return structErr("ubyte format requires 0 <= number <= 255")
		}
		if code == 'H' && (x < 0 || x > 65535) {
			return structErr("ushort format requires 0 <= number <= 65535")
		}
		c.putUint(out, uint64(x), it.size)
	case 'I', 'L', 'Q', 'N':
		if v.Sign() < 0 || v.Cmp(bigMaxUint64) > 0 {
			return structErr("argument out of range")
		}
		x := v.Uint64()
		if it.size == 4 && x > math.MaxUint32 {
			return structErr(sprintf("'%c' format requires 0 <= number <= 4294967295", code))
		}
		c.putUint(out, x, it.size)
	case 'P':
		if v.Cmp(bigMinInt64) < 0 || v.Cmp(bigMaxUint64) > 0 {
			return structErr("int too large to convert")
		}
		var x uint64
		if v.Sign() < 0 {
			x = uint64(v.Int64())
		} else {
			x = v.Uint64()
		}
		c.putUint(out, x, it.size)
	}
	return nil
}

func structFloat(t *Thread, o Object) (float64, *BaseException) {
	switch v := o.(type) {
	case Float:
		return float64(v), nil
	case Int:
		return float64(v), nil
	}
	if _, ok := Unwrap(o).(*Str); ok {
		return 0, structErr("required argument is not a float")
	}
	f, ok, exc := asFloat(o)
	if exc != nil {
		return 0, exc
	}
	if !ok {
		if fl := TypeOf(o).lookup(InternStr("__float__")); fl != nil {
			r, exc := callUnaryDunder(t, fl, o)
			if exc != nil {
				return 0, exc
			}
			if rf, ok := r.(Float); ok {
				return float64(rf), nil
			}
		}
		if idx := TypeOf(o).lookup(strIndex); idx != nil {
			i, exc := Index(t, o)
			if exc != nil {
				return 0, exc
			}
			return intToFloat(i)
		}
		return 0, structErr("required argument is not a float")
	}
	return f, nil
}

// floatToHalf is PyFloat_Pack2: IEEE 754 binary16, round half to even.
func floatToHalf(x float64) (uint16, bool) {
	var sign uint16
	if math.Signbit(x) {
		sign = 0x8000
	}
	switch {
	case math.IsNaN(x):
		return sign | 0x7e00, true
	case math.IsInf(x, 0):
		return sign | 0x7c00, true
	case x == 0:
		return sign, true
	}
	a := math.Abs(x)
	frac, e := math.Frexp(a) // a = frac * 2^e, 0.5 <= frac < 1
	f := frac * 2
	e--
	var bits uint16
	if e < -14 {
		// Subnormal: value = m * 2^-24.
		m := a * (1 << 24)
		r := math.RoundToEven(m)
		if r >= 1024 {
			return sign | 0x0400, true
		}
		bits = uint16(r)
	} else {
		m := (f - 1) * 1024
		r := math.RoundToEven(m)
		if r >= 1024 {
			r = 0
			e++
		}
		if e > 15 {
			return 0, false
		}
		bits = uint16(e+15)<<10 | uint16(r)
	}
	return sign | bits, true
}

func halfToFloat(h uint16) float64 {
	sign := 1.0
	if h&0x8000 != 0 {
		sign = -1
	}
	e := int(h>>10) & 0x1f
	m := float64(h & 0x3ff)
	switch e {
	case 0:
		return sign * m * math.Pow(2, -24)
	case 31:
		if m == 0 {
			return sign * math.Inf(1)
		}
		return math.NaN()
	}
	return sign * (1 + m/1024) * math.Pow(2, float64(e-15))
}

func (c *structCodec) pack(t *Thread, args []Object, out []byte) *BaseException {
	if len(args) != c.nargs {
		return structErr(sprintf("pack expected %d items for packing (got %d)", c.nargs, len(args)))
	}
	for i, it := range c.items {
		o := args[i]
		b := out[it.offset : it.offset+it.size]
		switch it.code {
		case 'c':
			bs, ok := Unwrap(o).(*Bytes)
			if !ok || len(bs.b) != 1 {
				if ba, ok2 := bytesLike(o); ok2 && TypeOf(o).name == "bytearray" && len(ba) == 1 {
					b[0] = ba[0]
					continue
				}
				return structErr("char format requires a bytes object of length 1")
			}
			b[0] = bs.b[0]
		case 's', 'p':
			var data []byte
			switch v := Unwrap(o).(type) {
			case *Bytes:
				data = v.b
			default:
				if TypeOf(o).name == "bytearray" {
					d, _, exc := bytesOf(t, o)
					if exc != nil {
						return exc
					}
					data = d
				} else {
					return structErr(sprintf("argument for '%c' must be a bytes object", it.code))
				}
			}
			if it.code == 's' {
				n := copy(b, data)
				clear(b[n:])
			} else if it.size > 0 {
				n := min(len(data), it.size-1)
				b[0] = byte(min(n, 255))
				copy(b[1:], data[:n])
				clear(b[1+n:])
			}
		case '?':
			v, exc := IsTrue(t, o)
			if exc != nil {
				return exc
			}
			b[0] = 0
			if v {
				b[0] = 1
			}
		case 'e', 'f', 'd':
			x, exc := structFloat(t, o)
			if exc != nil {
				return exc
			}
			switch it.code {
			case 'e':
				h, ok := floatToHalf(x)
				if !ok {
					return NewError(OverflowErrorType, "float too large to pack with e format")
				}
				c.putUint(b, uint64(h), 2)
			case 'f':
				y := float32(x)
				if math.IsInf(float64(y), 0) && !math.IsInf(x, 0) && !c.native {
					return NewError(OverflowErrorType, "float too large to pack with f format")
				}
				c.putUint(b, uint64(math.Float32bits(y)), 4)
			default:
				c.putUint(b, math.Float64bits(x), 8)
			}
		default:
			if exc := c.packInt(t, it, o, b); exc != nil {
				return exc
			}
		}
	}
	return nil
}

func (c *structCodec) unpack(data []byte) Object {
	out := make([]Object, len(c.items))
	for i, it := range c.items {
		b := data[it.offset : it.offset+it.size]
		switch it.code {
		case 'c':
			out[i] = NewBytes([]byte{b[0]})
		case 's':
			out[i] = NewBytes(append([]byte(nil), b...))
		case 'p':
			if it.size == 0 {
				out[i] = NewBytes(nil)
				break
			}
			n := min(int(b[0]), it.size-1)
			out[i] = NewBytes(append([]byte(nil), b[1:1+n]...))
		case '?':
			out[i] = Bool(b[0] != 0)
		case 'e':
			out[i] = Float(halfToFloat(uint16(c.getUint(b, 2))))
		case 'f':
			out[i] = Float(float64(math.Float32frombits(uint32(c.getUint(b, 4)))))
		case 'd':
			out[i] = Float(math.Float64frombits(c.getUint(b, 8)))
		case 'b', 'h', 'i', 'l', 'q', 'n':
			v := c.getUint(b, it.size)
			shift := uint(64 - 8*it.size)
			out[i] = MakeInt(int64(v<<shift) >> shift)
		default:
			v := c.getUint(b, it.size)
			if v > math.MaxInt64 {
				out[i] = NewBigInt(new(big.Int).SetUint64(v))
			} else {
				out[i] = MakeInt(int64(v))
			}
		}
	}
	return NewTuple(out...)
}

// ---- writable buffers ----

func bufferLen(t *Thread, buf Object) (int, *BaseException) {
	if m, ok := buf.(*MemoryView); ok {
		if m.released.Load() {
			return 0, mvReleased()
		}
		return len(m.data()), nil
	}
	if TypeOf(buf).solid.name == "memoryview" {
		if nb, exc := GetAttr(t, buf, InternStr("nbytes")); exc == nil {
			if n, ok := nb.(Int); ok {
				return int(n), nil
			}
		}
	}
	if b := nativeWritableBuffer(buf); b != nil { // mmap, ctypes
		n := len(b.lockBuf())
		b.unlockBuf()
		return n, nil
	}
	return Len(t, buf)
}

func writeBufferAt(t *Thread, buf Object, off int, data []byte) *BaseException {
	if handled, exc := bufferWriteAt(buf, off, data); handled {
		return exc
	}
	if _, ok := Unwrap(buf).(*Bytes); ok {
		return Errorf(TypeErrorType, "argument must be read-write bytes-like object, not %s", TypeOf(buf).name)
	}
	if len(data) == 0 {
		return nil
	}
	target := buf
	if TypeOf(buf).solid.name == "memoryview" {
		if f, exc := GetAttr(t, buf, InternStr("format")); exc == nil {
			if s, ok := f.(*Str); ok && s.s != "B" {
				c, exc := CallMethod(t, buf, InternStr("cast"), []Object{NewStr("B")}, nil)
				if exc != nil {
					return exc
				}
				target = c
			}
		}
	}
	return SetItem(t, target, NewSlice(MakeInt(int64(off)), MakeInt(int64(off+len(data))), None), NewBytes(append([]byte(nil), data...)))
}

// ---- module ----

type structObj struct {
	mu    sync.Mutex
	codec *structCodec
	fmtO  Object
}

// StructType is _struct.Struct.
var StructType = func() *Type {
	t := newBuiltinType("Struct", ObjectType)
	t.module = "_struct"
	t.hasDict = true
	return t
}()

// Type implements Object.
func (*structObj) Type() *Type { return StructType }

func structSelf(o Object) (*structObj, *BaseException) {
	if in, ok := o.(*Instance); ok {
		if s, ok := in.base.(*structObj); ok {
			if s.codec == nil {
				return nil, NewError(ValueErrorType, "Struct.__init__() was not called")
			}
			return s, nil
		}
	}
	return nil, Errorf(TypeErrorType, "descriptor requires a '_struct.Struct' object but received '%s'", TypeOf(o).name)
}

func structPackInto(t *Thread, c *structCodec, buf, offO Object, vals []Object) *BaseException {
	if len(vals) != c.nargs {
		return structErr(sprintf("pack_into expected %d items for packing (got %d)", c.nargs, len(vals)))
	}
	off, exc := ioIntArg(t, offO)
	if exc != nil {
		return exc
	}
	n, exc := bufferLen(t, buf)
	if exc != nil {
		return exc
	}
	if off < 0 {
		if off+int64(c.size) > 0 {
			return structErr(sprintf("no space to pack %d bytes at offset %d", c.size, off))
		}
		if off+int64(n) < 0 {
			return structErr(sprintf("offset %d out of range for %d-byte buffer", off, n))
		}
		off += int64(n)
	}
	if int64(n)-off < int64(c.size) {
		return structErr(sprintf("pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d (actual buffer size is %d)", uint64(c.size)+uint64(off), c.size, off, n))
	}
	out := make([]byte, c.size)
	if exc := c.pack(t, vals, out); exc != nil {
		return exc
	}
	return writeBufferAt(t, buf, int(off), out)
}

func structUnpackFrom(t *Thread, c *structCodec, bufO, offO Object) (Object, *BaseException) {
	data, exc := bytesArg(t, bufO)
	if exc != nil {
		return nil, exc
	}
	off, exc := ioIntArg(t, offO)
	if exc != nil {
		return nil, exc
	}
	n := int64(len(data))
	if off < 0 {
		if off+n < 0 {
			return nil, structErr(sprintf("offset %d out of range for %d-byte buffer", off, n))
		}
		if off+int64(c.size) > 0 {
			return nil, structErr(sprintf("not enough data to unpack %d bytes at offset %d", c.size, off))
		}
		off += n
	}
	if n-off < int64(c.size) {
		return nil, structErr(sprintf("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d (actual buffer size is %d)", uint64(c.size)+uint64(off), c.size, off, n))
	}
	return c.unpack(data[off : off+int64(c.size)]), nil
}

type structIter struct {
	mu    sync.Mutex
	codec *structCodec
	data  []byte
	pos   int
}

var structIterType = finalType(newBuiltinType("unpack_iterator", ObjectType))

// Type implements Object.
func (*structIter) Type() *Type { return structIterType }

func (it *structIter) next(t *Thread) (Object, *BaseException) {
	it.mu.Lock()
	defer it.mu.Unlock()
	if it.pos+it.codec.size > len(it.data) {
		return nil, nil
	}
	r := it.codec.unpack(it.data[it.pos : it.pos+it.codec.size])
	it.pos += it.codec.size
	return r, nil
}

func structIterUnpack(t *Thread, c *structCodec, bufO Object) (Object, *BaseException) {
	if c.size == 0 {
		return nil, structErr("cannot iteratively unpack with a struct of length 0")
	}
	data, exc := bytesArg(t, bufO)
	if exc != nil {
		return nil, exc
	}
	if len(data)%c.size != 0 {
		return nil, structErr(sprintf("iterative unpacking requires a buffer of a multiple of %d bytes", c.size))
	}
	return &structIter{codec: c, data: append([]byte(nil), data...)}, nil
}

func structUnpack(t *Thread, c *structCodec, bufO Object) (Object, *BaseException) {
	data, exc := bytesArg(t, bufO)
	if exc != nil {
		return nil, exc
	}
	if len(data) != c.size {
		return nil, structErr(sprintf("unpack requires a buffer of %d bytes", c.size))
	}
	return c.unpack(data), nil
}

func structCodecOf(t *Thread, o Object) (*structCodec, *BaseException) {
	if in, ok := o.(*Instance); ok {
		if s, ok := in.base.(*structObj); ok && s.codec != nil {
			return s.codec, nil
		}
	}
	f, exc := structFormatArg(o)
	if exc != nil {
		return nil, exc
	}
	return parseStructFormat(f)
}

func init() {
	RegisterModule(&ModuleSpec{Name: "_struct", Native: initStruct})
	S := StructType
	S.dict.SetStr("__doc__", NewStr("Struct(fmt) --> compiled struct object\n\n"))
	DefStatic(S, "__new__", ioNewFn(S, func() Object { return &structObj{} }))
	DefMethod(S, "__init__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		in, ok := args[0].(*Instance)
		if !ok {
			return nil, NewError(TypeErrorType, "Struct.__init__ requires a Struct")
		}
		s, _ := in.base.(*structObj)
		var f Object
		if exc := ParseArgs("Struct", args[1:], kw, []string{"format"}, &f); exc != nil {
			return nil, exc
		}
		fs, exc := structFormatArg(f)
		if exc != nil {
			return nil, exc
		}
		c, exc := parseStructFormat(fs)
		if exc != nil {
			return nil, exc
		}
		s.codec = c
		s.fmtO = NewStr(fs)
		return None, nil
	})
	defGetSet(S, "format", func(t *Thread, o Object) (Object, *BaseException) {
		s, exc := structSelf(o)
		if exc != nil {
			return nil, exc
		}
		return s.fmtO, nil
	}, nil)
	defGetSet(S, "size", func(t *Thread, o Object) (Object, *BaseException) {
		s, exc := structSelf(o)
		if exc != nil {
			return nil, exc
		}
		return MakeInt(int64(s.codec.size)), nil
	}, nil)
	DefMethod(S, "pack", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		s, exc := structSelf(args[0])
		if exc != nil {
			return nil, exc
		}
		if len(kw) > 0 {
			return nil, NewError(TypeErrorType, "pack() takes no keyword arguments")
		}
		out := make([]byte, s.codec.size)
		if exc := s.codec.pack(t, args[1:], out); exc != nil {
			return nil, exc
		}
		return NewBytes(out), nil
	})
	DefMethod(S, "pack_into", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		s, exc := structSelf(args[0])
		if exc != nil {
			return nil, exc
		}
		if len(args) < 3 {
			if len(args) == 1 {
				return nil, NewError(TypeErrorType, "pack_into expected buffer argument")
			}
			return nil, NewError(TypeErrorType, "pack_into expected offset argument")
		}
		return None, structPackInto(t, s.codec, args[1], args[2], args[3:])
	})
	DefMethod(S, "unpack", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		s, exc := structSelf(args[0])
		if exc != nil {
			return nil, exc
		}
		if exc := ioArgs("unpack", args[1:], kw, 1, 1); exc != nil {
			return nil, exc
		}
		return structUnpack(t, s.codec, args[1])
	})
	DefMethod(S, "unpack_from", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		s, exc := structSelf(args[0])
		if exc != nil {
			return nil, exc
		}
		var buf, off Object = nil, MakeInt(0)
		if exc := ParseArgs("unpack_from", args[1:], kw, []string{"buffer", "offset?"}, &buf, &off); exc != nil {
			return nil, exc
		}
		return structUnpackFrom(t, s.codec, buf, off)
	})
	DefMethod(S, "iter_unpack", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		s, exc := structSelf(args[0])
		if exc != nil {
			return nil, exc
		}
		if exc := ioArgs("iter_unpack", args[1:], kw, 1, 1); exc != nil {
			return nil, exc
		}
		return structIterUnpack(t, s.codec, args[1])
	})
	DefMethod(S, "__sizeof__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		s, exc := structSelf(args[0])
		if exc != nil {
			return nil, exc
		}
		return MakeInt(int64(48 + 24*len(s.codec.items))), nil
	})
	structIterType.module = "_struct"
	DefStatic(structIterType, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return nil, NewError(TypeErrorType, "Cannot create 'unpack_iterator objects")
	})
	defIterMethods(structIterType)
	DefMethod(structIterType, "__length_hint__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		it := args[0].(*structIter)
		it.mu.Lock()
		defer it.mu.Unlock()
		return MakeInt(int64((len(it.data) - it.pos) / it.codec.size)), nil
	})
	_ = binary.LittleEndian
}

func initStruct(t *Thread, m *Module) *BaseException {
	d := m.dict
	d.SetStr("error", StructErrorType)
	d.SetStr("Struct", StructType)
	def := func(name string, fn BuiltinFn) {
		b := NewBuiltin(name, fn)
		b.module = "_struct"
		d.SetStr(name, b)
	}
	def("_clearcache", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		structCacheMu.Lock()
		structCache = map[string]*structCodec{}
		structCacheMu.Unlock()
		return None, nil
	})
	def("calcsize", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ioArgs("calcsize", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		c, exc := structCodecOf(t, args[0])
		if exc != nil {
			return nil, exc
		}
		return MakeInt(int64(c.size)), nil
	})
	def("pack", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(kw) > 0 {
			return nil, NewError(TypeErrorType, "pack() takes no keyword arguments")
		}
		if len(args) == 0 {
			return nil, NewError(TypeErrorType, "pack expected at least 1 argument, got 0")
		}
		c, exc := structCodecOf(t, args[0])
		if exc != nil {
			return nil, exc
		}
		out := make([]byte, c.size)
		if exc := c.pack(t, args[1:], out); exc != nil {
			return nil, exc
		}
		return NewBytes(out), nil
	})
	def("pack_into", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(kw) > 0 {
			return nil, NewError(TypeErrorType, "pack_into() takes no keyword arguments")
		}
		if len(args) < 3 {
			return nil, Errorf(TypeErrorType, "pack_into expected at least 3 arguments, got %d", len(args))
		}
		c, exc := structCodecOf(t, args[0])
		if exc != nil {
			return nil, exc
		}
		return None, structPackInto(t, c, args[1], args[2], args[3:])
	})
	def("unpack", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ioArgs("unpack", args, kw, 2, 2); exc != nil {
			return nil, exc
		}
		c, exc := structCodecOf(t, args[0])
		if exc != nil {
			return nil, exc
		}
		return structUnpack(t, c, args[1])
	})
	def("unpack_from", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		var f, buf, off Object = nil, nil, MakeInt(0)
		if exc := ParseArgs("unpack_from", args, kw, []string{"format", "/", "buffer", "offset?"}, &f, &buf, &off); exc != nil {
			return nil, exc
		}
		c, exc := structCodecOf(t, f)
		if exc != nil {
			return nil, exc
		}
		return structUnpackFrom(t, c, buf, off)
	})
	def("iter_unpack", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ioArgs("iter_unpack", args, kw, 2, 2); exc != nil {
			return nil, exc
		}
		c, exc := structCodecOf(t, args[0])
		if exc != nil {
			return nil, exc
		}
		return structIterUnpack(t, c, args[1])
	})
	return nil
}
