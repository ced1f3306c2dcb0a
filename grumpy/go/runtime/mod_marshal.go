package runtime

import (
	"encoding/binary"
	"math"
	"math/big"
	"strconv"
)

// The marshal module for the value types (None, bools, ints, floats,
// complex, str, bytes, tuple, list, dict, set, frozenset, Ellipsis,
// StopIteration) in CPython's formats, versions 0-4. loads() reads every
// encoding CPython writes for these types, references included.
//
// CPython marks an object with FLAG_REF when its reference count is above
// one, which Grumpy cannot know. dumps() approximates it as a CPython
// program that marshals a variable holding literals would see: the
// top-level object and all scalars are flagged (equal scalars share one
// reference, as equal constants do), and nested containers are flagged only
// when the same container occurs more than once. Strings made only of
// identifier characters are written as interned, as CPython interns such
// constants. Code objects are not supported.

func init() {
	RegisterModule(&ModuleSpec{Name: "marshal", Native: initMarshal})
}

const marshalVersion = 4

const (
	mFlagRef = 0x80
)

type marshalWriter struct {
	t       *Thread
	buf     []byte
	version int
	refs    map[any]int
	counts  map[any]int
	depth   int
	inTuple bool // writing the items of a tuple
}

func marshalKey(o Object) (any, bool) {
	switch v := o.(type) {
	case Int:
		return [2]int64{1, int64(v)}, true
	case *BigInt:
		return "L" + v.v.String(), true
	case Float:
		return [2]uint64{2, math.Float64bits(float64(v))}, true
	case Complex:
		return [3]uint64{3, math.Float64bits(real(v)), math.Float64bits(imag(v))}, true
	case *Str:
		return "S" + v.s, true
	case *Bytes:
		return "B" + string(v.b), true
	case *Tuple, *List, *Dict, *Set:
		return o, false
	}
	return o, false
}

// countContainers counts how often each container occurs (by identity).
func (w *marshalWriter) countContainers(o Object, depth int) {
	if depth > 2000 {
		return
	}
	switch v := o.(type) {
	case *Tuple:
		w.counts[v]++
		if w.counts[v] > 1 {
			return
		}
		for _, it := range v.items {
			w.countContainers(it, depth+1)
		}
	case *List:
		w.counts[v]++
		if w.counts[v] > 1 {
			return
		}
		for _, it := range v.Snapshot() {
			w.countContainers(it, depth+1)
		}
	case *Dict:
		w.counts[v]++
		if w.counts[v] > 1 {
			return
		}
		keys, vals := v.Items()
		for i := range keys {
			w.countContainers(keys[i], depth+1)
			w.countContainers(vals[i], depth+1)
		}
	case *Set:
		w.counts[v]++
		if w.counts[v] > 1 {
			return
		}
		for _, it := range v.Items() {
			w.countContainers(it, depth+1)
		}
	}
}

func (w *marshalWriter) byte1(b byte) { w.buf = append(w.buf, b) }
func (w *marshalWriter) long32(n int32) {
	w.buf = binary.LittleEndian.AppendUint32(w.buf, uint32(n))
}

func (w *marshalWriter) size(code byte, n int) *BaseException {
	if n > math.MaxInt32 {
		return NewError(ValueErrorType, "unmarshallable object")
	}
	w.byte1(code)
	w.long32(int32(n))
	return nil
}

// ref writes a back-reference when o was already written; otherwise it
// records o and returns the flag to OR into its type code.
func (w *marshalWriter) ref(o Object, top bool) (done bool, flag byte) {
	if w.version < 3 {
		return false, 0
	}
	key, scalar := marshalKey(o)
	if _, isTuple := o.(*Tuple); isTuple && !w.inTuple {
		// a tuple in a list or dict display is a code constant
		scalar = true
	}
	if !scalar && !top && w.counts[key] < 2 {
		return false, 0
	}
	if idx, ok := w.refs[key]; ok {
		w.byte1('r')
		w.long32(int32(idx))
		return true, 0
	}
	w.refs[key] = len(w.refs)
	return false, mFlagRef
}

func isNameChars(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}

func (w *marshalWriter) floatText(f float64) {
	var s string
	switch {
	case math.IsInf(f, 1):
		s = "inf"
	case math.IsInf(f, -1):
		s = "-inf"
	case math.IsNaN(f):
		s = "nan"
	default:
		s = strconv.FormatFloat(f, 'g', 17, 64)
	}
	w.byte1(byte(len(s)))
	w.buf = append(w.buf, s...)
}

func (w *marshalWriter) write(o Object, top bool) *BaseException {
	w.depth++
	defer func() { w.depth-- }()
	if w.depth > 2000 {
		return NewError(ValueErrorType, "object too deeply nested to marshal")
	}
	switch o {
	case None:
		w.byte1('N')
		return nil
	case True:
		w.byte1('T')
		return nil
	case False:
		w.byte1('F')
		return nil
	case Ellipsis:
		w.byte1('.')
		return nil
	case Object(StopIterationType):
		w.byte1('S')
		return nil
	}
	switch v := o.(type) {
	case Int, *BigInt:
		done, flag := w.ref(o, top)
		if done {
			return nil
		}
		if n, ok := v.(Int); ok && n >= math.MinInt32 && n <= math.MaxInt32 {
			w.byte1('i' | flag)
			w.long32(int32(n))
			return nil
		}
		b := new(big.Int).Set(toBig(v))
		neg := b.Sign() < 0
		b.Abs(b)
		var digits []uint16
		mask := big.NewInt(0x7fff)
		for b.Sign() > 0 {
			digits = append(digits, uint16(new(big.Int).And(b, mask).Uint64()))
			b.Rsh(b, 15)
		}
		n := int32(len(digits))
		if neg {
			n = -n
		}
		w.byte1('l' | flag)
		w.long32(n)
		for _, d := range digits {
			w.buf = binary.LittleEndian.AppendUint16(w.buf, d)
		}
		return nil
	case Float:
		done, flag := w.ref(o, top)
		if done {
			return nil
		}
		if w.version > 1 {
			w.byte1('g' | flag)
			w.buf = binary.LittleEndian.AppendUint64(w.buf, math.Float64bits(float64(v)))
		} else {
			w.byte1('f' | flag)
			w.floatText(float64(v))
		}
		return nil
	case Complex:
		done, flag := w.ref(o, top)
		if done {
			return nil
		}
		if w.version > 1 {
			w.byte1('y' | flag)
			w.buf = binary.LittleEndian.AppendUint64(w.buf, math.Float64bits(real(v)))
			w.buf = binary.LittleEndian.AppendUint64(w.buf, math.Float64bits(imag(v)))
		} else {
			w.byte1('x' | flag)
			w.floatText(real(v))
			w.floatText(imag(v))
		}
		return nil
	case *Str:
		done, flag := w.ref(o, top)
		if done {
			return nil
		}
		interned := isNameChars(v.s)
		if w.version >= 4 && v.isASCII() {
			if len(v.s) < 256 {
				c := byte('z')
				if interned {
					c = 'Z'
				}
				w.byte1(c | flag)
				w.byte1(byte(len(v.s)))
			} else {
				c := byte('a')
				if interned {
					c = 'A'
				}
				if exc := w.size(c|flag, len(v.s)); exc != nil {
					return exc
				}
			}
		} else {
			c := byte('u')
			if w.version >= 3 && interned {
				c = 't'
			}
			if exc := w.size(c|flag, len(v.s)); exc != nil {
				return exc
			}
		}
		w.buf = append(w.buf, v.s...)
		return nil
	case *Bytes:
		done, flag := w.ref(o, top)
		if done {
			return nil
		}
		if exc := w.size('s'|flag, len(v.b)); exc != nil {
			return exc
		}
		w.buf = append(w.buf, v.b...)
		return nil
	case *ByteArray, *MemoryView:
		b, _ := bytesLike(v)
		if exc := w.size('s', len(b)); exc != nil {
			return exc
		}
		w.buf = append(w.buf, b...)
		return nil
	case *Tuple:
		done, flag := w.ref(o, top)
		if done {
			return nil
		}
		if w.version >= 4 && len(v.items) < 256 {
			w.byte1(')' | flag)
			w.byte1(byte(len(v.items)))
		} else if exc := w.size('('|flag, len(v.items)); exc != nil {
			return exc
		}
		saved := w.inTuple
		w.inTuple = true
		defer func() { w.inTuple = saved }()
		for _, it := range v.items {
			if exc := w.write(it, false); exc != nil {
				return exc
			}
		}
		return nil
	case *List:
		if v.hdr.typ != nil {
			break
		}
		done, flag := w.ref(o, top)
		if done {
			return nil
		}
		saved := w.inTuple
		w.inTuple = false
		defer func() { w.inTuple = saved }()
		items := v.Snapshot()
		if exc := w.size('['|flag, len(items)); exc != nil {
			return exc
		}
		for _, it := range items {
			if exc := w.write(it, false); exc != nil {
				return exc
			}
		}
		return nil
	case *Dict:
		if v.hdr.typ != nil {
			break
		}
		done, flag := w.ref(o, top)
		if done {
			return nil
		}
		saved := w.inTuple
		w.inTuple = false
		defer func() { w.inTuple = saved }()
		w.byte1('{' | flag)
		keys, vals := v.Items()
		for i := range keys {
			if exc := w.write(keys[i], false); exc != nil {
				return exc
			}
			if exc := w.write(vals[i], false); exc != nil {
				return exc
			}
		}
		w.byte1('0')
		return nil
	case *Set:
		if v.hdr.typ != nil {
			break
		}
		done, flag := w.ref(o, top)
		if done {
			return nil
		}
		code := byte('<')
		if v.Type() == FrozenSetType {
			code = '>'
		}
		saved := w.inTuple
		w.inTuple = false
		defer func() { w.inTuple = saved }()
		items := v.Items()
		if exc := w.size(code|flag, len(items)); exc != nil {
			return exc
		}
		for _, it := range items {
			if exc := w.write(it, false); exc != nil {
				return exc
			}
		}
		return nil
	}
	return NewError(ValueErrorType, "unmarshallable object")
}

func marshalDumps(t *Thread, v Object, version int) ([]byte, *BaseException) {
	w := &marshalWriter{t: t, version: version, refs: map[any]int{}, counts: map[any]int{}}
	if version >= 3 {
		w.countContainers(v, 0)
	}
	top := true
	switch v.(type) {
	case *ByteArray, *MemoryView:
		top = false
	}
	if exc := w.write(v, top); exc != nil {
		return nil, exc
	}
	return w.buf, nil
}

// ---------------------------------------------------------------------------
// loads

type marshalReader struct {
	t     *Thread
	data  []byte
	pos   int
	refs  []Object
	depth int
	// file mode: read more through fill
	fill func(n int) ([]byte, *BaseException)
}

func (r *marshalReader) need(n int) ([]byte, *BaseException) {
	if r.fill != nil && r.pos+n > len(r.data) {
		more, exc := r.fill(r.pos + n - len(r.data))
		if exc != nil {
			return nil, exc
		}
		r.data = append(r.data, more...)
	}
	if n < 0 || r.pos+n > len(r.data) {
		return nil, NewError(EOFErrorType, "marshal data too short")
	}
	b := r.data[r.pos : r.pos+n]
	r.pos += n
	return b, nil
}

func (r *marshalReader) long32() (int32, *BaseException) {
	b, exc := r.need(4)
	if exc != nil {
		return 0, exc
	}
	return int32(binary.LittleEndian.Uint32(b)), nil
}

func badMarshal(what string) *BaseException {
	return NewError(ValueErrorType, "bad marshal data ("+what+")")
}

func (r *marshalReader) floatText() (float64, *BaseException) {
	nb, exc := r.need(1)
	if exc != nil {
		return 0, exc
	}
	b, exc := r.need(int(nb[0]))
	if exc != nil {
		return 0, exc
	}
	f, exc := Call(r.t, FloatType, []Object{NewStr(string(b))}, nil)
	if exc != nil {
		return 0, exc
	}
	return float64(f.(Float)), nil
}

func (r *marshalReader) read() (Object, *BaseException) {
	r.depth++
	defer func() { r.depth-- }()
	if r.depth > 2000 {
		return nil, badMarshal("recursion limit exceeded")
	}
	cb, exc := r.need(1)
	if exc != nil {
		return nil, NewError(EOFErrorType, "EOF read where object expected")
	}
	code := cb[0] &^ mFlagRef
	flag := cb[0]&mFlagRef != 0
	idx := -1
	if flag {
		idx = len(r.refs)
		r.refs = append(r.refs, nil)
	}
	set := func(o Object) Object {
		if idx >= 0 {
			r.refs[idx] = o
		}
		return o
	}
	switch code {
	case '0':
		return nil, nil
	case 'N':
		return None, nil
	case 'T':
		return True, nil
	case 'F':
		return False, nil
	case '.':
		return Ellipsis, nil
	case 'S':
		return StopIterationType, nil
	case 'i':
		n, exc := r.long32()
		if exc != nil {
			return nil, exc
		}
		return set(MakeInt(int64(n))), nil
	case 'I':
		b, exc := r.need(8)
		if exc != nil {
			return nil, exc
		}
		return set(MakeInt(int64(binary.LittleEndian.Uint64(b)))), nil
	case 'l':
		n, exc := r.long32()
		if exc != nil {
			return nil, exc
		}
		size := int(n)
		if size < 0 {
			size = -size
		}
		v := new(big.Int)
		digits := make([]uint16, 0, min(size, 1024))
		for i := 0; i < size; i++ {
			b, exc := r.need(2)
			if exc != nil {
				return nil, exc
			}
			d := binary.LittleEndian.Uint16(b)
			if d > 0x7fff {
				return nil, badMarshal("digit out of range in long")
			}
			digits = append(digits, d)
		}
		if size > 0 && digits[size-1] == 0 {
			return nil, badMarshal("unnormalized long data")
		}
		for i := size - 1; i >= 0; i-- {
			v.Lsh(v, 15)
			v.Or(v, big.NewInt(int64(digits[i])))
		}
		if n < 0 {
			v.Neg(v)
		}
		return set(NewBigInt(v)), nil
	case 'g':
		b, exc := r.need(8)
		if exc != nil {
			return nil, exc
		}
		return set(Float(math.Float64frombits(binary.LittleEndian.Uint64(b)))), nil
	case 'f':
		f, exc := r.floatText()
		if exc != nil {
			return nil, exc
		}
		return set(Float(f)), nil
	case 'y':
		b, exc := r.need(16)
		if exc != nil {
			return nil, exc
		}
		re := math.Float64frombits(binary.LittleEndian.Uint64(b))
		im := math.Float64frombits(binary.LittleEndian.Uint64(b[8:]))
		return set(Complex(complex(re, im))), nil
	case 'x':
		re, exc := r.floatText()
		if exc != nil {
			return nil, exc
		}
		im, exc := r.floatText()
		if exc != nil {
			return nil, exc
		}
		return set(Complex(complex(re, im))), nil
	case 's':
		n, exc := r.long32()
		if exc != nil {
			return nil, exc
		}
		if n < 0 {
			return nil, badMarshal("bytes object size out of range")
		}
		b, exc := r.need(int(n))
		if exc != nil {
			return nil, exc
		}
		return set(NewBytes(append([]byte(nil), b...))), nil
	case 'u', 't', 'a', 'A', 'z', 'Z':
		var n int
		if code == 'z' || code == 'Z' {
			b, exc := r.need(1)
			if exc != nil {
				return nil, exc
			}
			n = int(b[0])
		} else {
			m, exc := r.long32()
			if exc != nil {
				return nil, exc
			}
			if m < 0 {
				return nil, badMarshal("string size out of range")
			}
			n = int(m)
		}
		b, exc := r.need(n)
		if exc != nil {
			return nil, exc
		}
		var s *Str
		if code == 'u' || code == 't' {
			v, exc := Call(r.t, BytesType.LookupStr("decode"), []Object{NewBytes(append([]byte(nil), b...)), NewStr("utf-8"), NewStr("surrogatepass")}, nil)
			if exc != nil {
				return nil, exc
			}
			s = v.(*Str)
		} else {
			s = NewStr(string(b))
		}
		if code == 't' || code == 'A' || code == 'Z' {
			s = InternStr(s.s)
		}
		return set(s), nil
	case '(', ')':
		var n int
		if code == ')' {
			b, exc := r.need(1)
			if exc != nil {
				return nil, exc
			}
			n = int(b[0])
		} else {
			m, exc := r.long32()
			if exc != nil {
				return nil, exc
			}
			if m < 0 {
				return nil, badMarshal("tuple size out of range")
			}
			n = int(m)
		}
		items := make([]Object, 0, min(int(n), 1024))
		for i := 0; i < int(n); i++ {
			v, exc := r.read()
			if exc != nil {
				return nil, exc
			}
			if v == nil {
				return nil, NewError(TypeErrorType, "NULL object in marshal data for tuple")
			}
			items = append(items, v)
		}
		return set(NewTuple(items...)), nil
	case '[':
		n, exc := r.long32()
		if exc != nil {
			return nil, exc
		}
		if n < 0 {
			return nil, badMarshal("list size out of range")
		}
		l := NewList()
		set(l)
		items := make([]Object, 0, min(int(n), 1024))
		for i := 0; i < int(n); i++ {
			v, exc := r.read()
			if exc != nil {
				return nil, exc
			}
			if v == nil {
				return nil, NewError(TypeErrorType, "NULL object in marshal data for list")
			}
			items = append(items, v)
		}
		l.items = items
		return l, nil
	case '{':
		d := NewDict()
		set(d)
		for {
			k, exc := r.read()
			if exc != nil {
				return nil, exc
			}
			if k == nil {
				break
			}
			v, exc := r.read()
			if exc != nil {
				return nil, exc
			}
			if v == nil {
				break
			}
			if exc := d.SetItem(r.t, k, v); exc != nil {
				return nil, exc
			}
		}
		return d, nil
	case '<', '>':
		n, exc := r.long32()
		if exc != nil {
			return nil, exc
		}
		if n < 0 {
			return nil, badMarshal("set size out of range")
		}
		items := make([]Object, 0, min(int(n), 1024))
		for i := 0; i < int(n); i++ {
			v, exc := r.read()
			if exc != nil {
				return nil, exc
			}
			if v == nil {
				return nil, NewError(TypeErrorType, "NULL object in marshal data for set")
			}
			items = append(items, v)
		}
		typ := SetType
		if code == '>' {
			typ = FrozenSetType
		}
		s, exc := Call(r.t, typ, []Object{NewTuple(items...)}, nil)
		if exc != nil {
			return nil, exc
		}
		return set(s), nil
	case 'r':
		n, exc := r.long32()
		if exc != nil {
			return nil, exc
		}
		if n < 0 || int(n) >= len(r.refs) || r.refs[n] == nil {
			return nil, badMarshal("invalid reference")
		}
		return r.refs[n], nil
	}
	return nil, badMarshal("unknown type code")
}

func (r *marshalReader) readTop() (Object, *BaseException) {
	v, exc := r.read()
	if exc != nil {
		return nil, exc
	}
	if v == nil {
		return nil, NewError(TypeErrorType, "NULL object in marshal data for object")
	}
	return v, nil
}

func initMarshal(t *Thread, m *Module) *BaseException {
	m.dict.SetStr("version", MakeInt(marshalVersion))
	versionArg := func(o Object) (int, *BaseException) {
		if o == nil {
			return marshalVersion, nil
		}
		return intArgDef(t, o, marshalVersion)
	}
	nativeFunc(m, "dumps", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		var value, version Object
		if exc := clinicArgs("dumps", args, kw, []string{"value", "version?", "/"}, &value, &version); exc != nil {
			return nil, exc
		}
		v, exc := versionArg(version)
		if exc != nil {
			return nil, exc
		}
		b, exc := marshalDumps(t, value, v)
		if exc != nil {
			return nil, exc
		}
		return NewBytes(b), nil
	})
	nativeFunc(m, "dump", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		var value, file, version Object
		if exc := clinicArgs("dump", args, kw, []string{"value", "file", "version?", "/"}, &value, &file, &version); exc != nil {
			return nil, exc
		}
		v, exc := versionArg(version)
		if exc != nil {
			return nil, exc
		}
		b, exc := marshalDumps(t, value, v)
		if exc != nil {
			return nil, exc
		}
		if _, exc := CallMethod(t, file, InternStr("write"), []Object{NewBytes(b)}, nil); exc != nil {
			return nil, exc
		}
		return None, nil
	})
	nativeFunc(m, "loads", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		var data Object
		if exc := clinicArgs("loads", args, kw, []string{"bytes", "/"}, &data); exc != nil {
			return nil, exc
		}
		b, exc := bytesArg(t, data)
		if exc != nil {
			return nil, exc
		}
		r := &marshalReader{t: t, data: b}
		return r.readTop()
	})
	nativeFunc(m, "load", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		var file Object
		if exc := clinicArgs("load", args, kw, []string{"file", "/"}, &file); exc != nil {
			return nil, exc
		}
		r := &marshalReader{t: t}
		r.fill = func(n int) ([]byte, *BaseException) {
			v, exc := CallMethod(t, file, InternStr("read"), []Object{MakeInt(int64(n))}, nil)
			if exc != nil {
				return nil, exc
			}
			b, ok := bytesLike(v)
			if !ok {
				return nil, Errorf(TypeErrorType, "file.read() returned not bytes but %s", TypeOf(v).name)
			}
			return b, nil
		}
		return r.readTop()
	})
	return nil
}
