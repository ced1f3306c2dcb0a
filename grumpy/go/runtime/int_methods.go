package runtime

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"strings"
	"sync/atomic"
	"unicode"
)

// int's constructor, conversions to and from text, and the methods and
// dunders registered on int and bool.

// intMaxStrDigits is sys.get_int_max_str_digits() (0: no limit).
var intMaxStrDigits atomic.Int64

const intStrDigitsThreshold = 640

func init() { intMaxStrDigits.Store(4300) }

var log2of10 = math.Log2(10)

// intDecimal is the decimal text of an int, with CPython's limit on the
// number of digits.
func intDecimal(v Object) (string, *BaseException) {
	switch x := v.(type) {
	case Int:
		return strconv.FormatInt(int64(x), 10), nil
	case Bool:
		if x {
			return "1", nil
		}
		return "0", nil
	}
	b := toBig(v)
	limit := intMaxStrDigits.Load()
	if limit > 0 {
		// A quick reject for values that surely have too many digits.
		if float64(b.BitLen()) > float64(limit+1)*log2of10+1 {
			return "", Errorf(ValueErrorType, "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", limit)
		}
	}
	s := b.String()
	n := len(s)
	if b.Sign() < 0 {
		n--
	}
	if limit > 0 && n > intStrDigitsThreshold && int64(n) > limit {
		return "", Errorf(ValueErrorType, "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", limit)
	}
	return s, nil
}

// intReprObj is repr(int) as a str object, raising for too many digits.
func intReprObj(v Object) (*Str, *BaseException) {
	s, exc := intDecimal(v)
	if exc != nil {
		return nil, exc
	}
	return NewStr(s), nil
}

// intFormatBase is |v| in base 2, 8 or 16 (lower case, no prefix).
func intFormatBase(v Object, base int) string {
	if x, ok := v.(Int); ok {
		if x >= 0 {
			return strconv.FormatUint(uint64(x), base)
		}
		return strconv.FormatUint(uint64(-x), base)
	}
	return new(big.Int).Abs(toBig(v)).Text(base)
}

// intToBase is bin/oct/hex: the signed text with its prefix.
func intToBase(v Object, base int) string {
	prefix := map[int]string{2: "0b", 8: "0o", 16: "0x"}[base]
	s := intFormatBase(v, base)
	if intSign(v) < 0 {
		return "-" + prefix + s
	}
	return prefix + s
}

// isPySpace is Py_ISSPACE (ASCII whitespace).
func isPySpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// transformDecimalAndSpace is _PyUnicode_TransformDecimalAndSpaceToASCII:
// non-ASCII whitespace becomes ' ', non-ASCII decimal digits their ASCII
// digit, and the first other non-ASCII character '?' (ending the text).
func transformDecimalAndSpace(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 127 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	b := make([]byte, 0, len(s))
	for _, r := range decodeWTF8(s) {
		switch {
		case r < 127:
			b = append(b, byte(r))
		case unicode.IsSpace(r):
			b = append(b, ' ')
		default:
			d := decimalValue(r)
			if d < 0 {
				return string(append(b, '?'))
			}
			b = append(b, byte('0'+d))
		}
	}
	return string(b)
}

func digitValue(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'Z':
		return int(c-'A') + 10
	}
	return 37
}

// parseIntText is PyLong_FromString on ASCII text: it returns (nil, nil)
// for an invalid literal.
func parseIntText(s string, base int) (Object, *BaseException) {
	i := 0
	for i < len(s) && isPySpace(s[i]) {
		i++
	}
	neg := false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	at := func(j int) byte {
		if j < len(s) {
			return s[j] | 0x20
		}
		return 0
	}
	errIfNonzero := false
	if base == 0 {
		switch {
		case i >= len(s) || s[i] != '0':
			base = 10
		case at(i+1) == 'x':
			base = 16
		case at(i+1) == 'o':
			base = 8
		case at(i+1) == 'b':
			base = 2
		default:
			errIfNonzero = true
			base = 10
		}
	}
	if i < len(s) && s[i] == '0' && ((base == 16 && at(i+1) == 'x') || (base == 8 && at(i+1) == 'o') || (base == 2 && at(i+1) == 'b')) {
		i += 2
		if i < len(s) && s[i] == '_' {
			i++
		}
	}
	if i < len(s) && s[i] == '_' {
		return nil, nil
	}
	buf := make([]byte, 0, len(s)-i)
	var prev byte
	for i < len(s) {
		c := s[i]
		if c == '_' {
			if prev == '_' {
				return nil, nil
			}
		} else {
			if digitValue(c) >= base {
				break
			}
			buf = append(buf, c)
		}
		prev = c
		i++
	}
	if prev == '_' {
		return nil, nil
	}
	if base&(base-1) != 0 && len(buf) > intStrDigitsThreshold {
		if limit := intMaxStrDigits.Load(); limit > 0 && int64(len(buf)) > limit {
			return nil, Errorf(ValueErrorType, "Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", limit, len(buf))
		}
	}
	if len(buf) == 0 {
		return nil, nil
	}
	for i < len(s) && isPySpace(s[i]) {
		i++
	}
	if i != len(s) {
		return nil, nil
	}
	var r Object
	if v, err := strconv.ParseInt(string(buf), base, 64); err == nil {
		if neg {
			v = -v
		}
		r = MakeInt(v)
	} else {
		b, _ := new(big.Int).SetString(string(buf), base)
		if neg {
			b.Neg(b)
		}
		r = NewBigInt(b)
	}
	if errIfNonzero && intSign(r) != 0 {
		return nil, nil
	}
	return r, nil
}

// truncRepr is %.200R: the repr cut to 200 characters.
func truncRepr(s string) string {
	q := quoteStr(s)
	rs := []rune(q)
	if len(rs) > 200 {
		return string(rs[:200])
	}
	return q
}

// intFromStr is int(s, base) for a str.
func intFromStr(s string, base int) (Object, *BaseException) {
	r, exc := parseIntText(transformDecimalAndSpace(s), base)
	if r == nil && exc == nil {
		return nil, Errorf(ValueErrorType, "invalid literal for int() with base %d: %s", base, truncRepr(s))
	}
	return r, exc
}

// intFromBytes is int(b, base) for bytes.
func intFromBytesText(b []byte, base int) (Object, *BaseException) {
	r, exc := parseIntText(string(b), base)
	if r == nil && exc == nil {
		return nil, Errorf(ValueErrorType, "invalid literal for int() with base %d: %s", base, bytesRepr("b", b))
	}
	return r, exc
}

// floatToInt is int(float) (PyLong_FromDouble).
func floatToInt(f float64) (Object, *BaseException) {
	if math.IsInf(f, 0) {
		return nil, NewError(OverflowErrorType, "cannot convert float infinity to integer")
	}
	if math.IsNaN(f) {
		return nil, NewError(ValueErrorType, "cannot convert float NaN to integer")
	}
	f = math.Trunc(f)
	if f >= -9.223372036854775808e18 && f < 9.223372036854775808e18 {
		return MakeInt(int64(f)), nil
	}
	b, _ := new(big.Float).SetFloat64(f).Int(nil)
	return NewBigInt(b), nil
}

var (
	strInt     = InternStr("__int__")
	strFloat   = InternStr("__float__")
	strTrunc   = InternStr("__trunc__")
	strComplex = InternStr("__complex__")
	strRound   = InternStr("__round__")
	strFormat  = InternStr("__format__")
)

// IntFromObject is int(o) (PyNumber_Long).
func IntFromObject(t *Thread, o Object) (Object, *BaseException) {
	switch v := o.(type) {
	case Int, *BigInt:
		return v, nil
	case Bool:
		return asIntObj(v), nil
	case Float:
		return floatToInt(float64(v))
	case *Str:
		return intFromStr(v.s, 10)
	case *Bytes:
		return intFromBytesText(v.b, 10)
	case *ByteArray:
		return intFromBytesText(v.Snapshot(), 10)
	}
	typ := TypeOf(o)
	if f := typ.lookup(strInt); f != nil {
		r, exc := callUnaryDunder(t, f, o)
		if exc != nil {
			return nil, exc
		}
		switch r.(type) {
		case Int, *BigInt:
			return r, nil
		}
		if i, ok := asInt(r); ok {
			// A strict subclass of int (bool included): used as an int,
			// with CPython's DeprecationWarning.
			if exc := warnStrictSubclass(t, "__int__", r, "int"); exc != nil {
				return nil, exc
			}
			return i, nil
		}
		return nil, Errorf(TypeErrorType, "__int__ returned non-int (type %s)", TypeOf(r).name)
	}
	if typ.lookup(strIndex) != nil {
		return Index(t, o)
	}
	if f := typ.lookup(strTrunc); f != nil {
		if exc := warnCategory(t, DeprecationWarningType, "The delegation of int() to __trunc__ is deprecated.", 1); exc != nil {
			return nil, exc
		}
		r, exc := callUnaryDunder(t, f, o)
		if exc != nil {
			return nil, exc
		}
		if i, ok := asInt(r); ok {
			return i, nil
		}
		if TypeOf(r).lookup(strIndex) == nil {
			return nil, Errorf(TypeErrorType, "__trunc__ returned non-Integral (type %s)", TypeOf(r).name)
		}
		return Index(t, r)
	}
	switch b := Unwrap(o).(type) {
	case *Str:
		return intFromStr(b.s, 10)
	case *Bytes:
		return intFromBytesText(b.b, 10)
	case *ByteArray:
		return intFromBytesText(b.Snapshot(), 10)
	case *MemoryView:
		return intFromBytesText(b.data(), 10)
	case bufferExporter: // array.array and other buffer exporters
		return intFromBytesText(b.bufferBytes(), 10)
	}
	return nil, Errorf(TypeErrorType, "int() argument must be a string, a bytes-like object or a real number, not '%s'", typ.name)
}

// checkNewType validates the class passed to a builtin __new__.
func checkNewType(name string, base *Type, args []Object) (*Type, *BaseException) {
	if len(args) == 0 {
		return nil, Errorf(TypeErrorType, "%s.__new__(): not enough arguments", name)
	}
	cls, ok := args[0].(*Type)
	if !ok {
		return nil, Errorf(TypeErrorType, "%s.__new__(X): X is not a type object (%s)", name, TypeOf(args[0]).name)
	}
	if !cls.IsSubtype(base) {
		return nil, Errorf(TypeErrorType, "%s.__new__(%s): %s is not a subtype of %s", name, cls.name, cls.name, name)
	}
	if base == IntType && cls.IsSubtype(BoolType) {
		return nil, Errorf(TypeErrorType, "int.__new__(%s) is not safe, use bool.__new__()", cls.name)
	}
	return cls, nil
}

// wrapNew returns v itself for the builtin class, or an instance of the user
// subclass cls wrapping v.
func wrapNew(cls, base *Type, v Object) Object {
	if cls == base {
		return v
	}
	inst := NewInstance(cls)
	inst.base = v
	return inst
}

func intNew(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
	cls, exc := checkNewType("int", IntType, args)
	if exc != nil {
		return nil, exc
	}
	npos := len(args) - 1 - len(kw)
	if len(args)-1 > 2 {
		return nil, Errorf(TypeErrorType, "int() takes at most 2 arguments (%d given)", len(args)-1)
	}
	var x, obase Object
	if npos >= 1 {
		x = args[1]
	}
	if npos >= 2 {
		obase = args[2]
	}
	for i, k := range kw {
		if k.s != "base" {
			return nil, Errorf(TypeErrorType, "'%s' is an invalid keyword argument for int()", k.s)
		}
		if obase != nil {
			return nil, NewError(TypeErrorType, "argument for int() given by name ('base') and position (2)")
		}
		obase = args[1+npos+i]
	}
	var v Object
	switch {
	case x == nil:
		if obase != nil {
			return nil, NewError(TypeErrorType, "int() missing string argument")
		}
		v = MakeInt(0)
	case obase == nil:
		v, exc = IntFromObject(t, x)
	default:
		bo, e := Index(t, obase)
		if e != nil {
			return nil, e
		}
		base, ok := bo.(Int)
		if !ok || (base != 0 && base < 2) || base > 36 {
			return nil, NewError(ValueErrorType, "int() base must be >= 2 and <= 36, or 0")
		}
		switch s := Unwrap(x).(type) {
		case *Str:
			v, exc = intFromStr(s.s, int(base))
		case *Bytes:
			v, exc = intFromBytesText(s.b, int(base))
		case *ByteArray:
			v, exc = intFromBytesText(s.Snapshot(), int(base))
		default:
			return nil, NewError(TypeErrorType, "int() can't convert non-string with explicit base")
		}
	}
	if exc != nil {
		return nil, exc
	}
	return wrapNew(cls, IntType, v), nil
}

// slotArgs checks the arguments of a slot wrapper (int.__add__ and the like)
// called directly: self plus exactly n positionals.
func slotArgs(typ *Type, name string, args []Object, kw []*Str, n int) *BaseException {
	if len(args) == 0 {
		return Errorf(TypeErrorType, "descriptor '%s' of '%s' object needs an argument", name, typ.name)
	}
	if len(kw) > 0 {
		return Errorf(TypeErrorType, "wrapper %s() takes no keyword arguments", name)
	}
	if len(args)-1 != n {
		return Errorf(TypeErrorType, "expected %d argument%s, got %d", n, plural(n), len(args)-1)
	}
	return nil
}

func descrTypeError(name string, typ *Type, self Object) *BaseException {
	return Errorf(TypeErrorType, "descriptor '%s' requires a '%s' object but received a '%s'", name, typ.name, TypeOf(self).name)
}

// intSelf extracts the int value of a method's receiver.
func intSelf(name string, self Object) (Object, *BaseException) {
	if v, ok := asInt(self); ok {
		return v, nil
	}
	return nil, descrTypeError(name, IntType, self)
}

// methodNoArgs checks a no-argument method's call (int.bit_length() etc).
func methodNoArgs(qual string, args []Object, kw []*Str) *BaseException {
	if len(kw) > 0 {
		return Errorf(TypeErrorType, "%s() takes no keyword arguments", qual)
	}
	if len(args) != 1 {
		return Errorf(TypeErrorType, "%s() takes no arguments (%d given)", qual, len(args)-1)
	}
	return nil
}

// intPowMod is pow(a, b, m) for ints.
func intPowMod(a, b, m Object) (Object, *BaseException) {
	if intSign(m) == 0 {
		return nil, NewError(ValueErrorType, "pow() 3rd argument cannot be 0")
	}
	bm := new(big.Int).Set(toBig(m))
	negMod := bm.Sign() < 0
	if negMod {
		bm.Neg(bm)
	}
	if bm.Cmp(big.NewInt(1)) == 0 {
		return MakeInt(0), nil
	}
	base := new(big.Int).Mod(toBig(a), bm)
	e := new(big.Int).Set(toBig(b))
	if e.Sign() < 0 {
		inv := new(big.Int).ModInverse(base, bm)
		if inv == nil {
			return nil, NewError(ValueErrorType, "base is not invertible for the given modulus")
		}
		base = inv
		e.Neg(e)
	}
	r := new(big.Int).Exp(base, e, bm)
	if negMod && r.Sign() != 0 {
		r.Sub(r, bm)
	}
	return NewBigInt(r), nil
}

// intRound is int.__round__(ndigits) for negative ndigits: round half to even.
func intRound(v Object, nd Object) (Object, *BaseException) {
	if intSign(nd) >= 0 {
		return v, nil
	}
	n := new(big.Int).Neg(toBig(nd))
	if n.BitLen() > 31 {
		return MakeInt(0), nil
	}
	p := new(big.Int).Exp(big.NewInt(10), n, nil)
	x := toBig(v)
	q, r := new(big.Int).DivMod(x, p, new(big.Int)) // r >= 0, q floor
	// Round half to even: compare 2r with p.
	c := new(big.Int).Lsh(r, 1).Cmp(p)
	if c > 0 || (c == 0 && q.Bit(0) == 1) {
		q.Add(q, big.NewInt(1))
	}
	return NewBigInt(q.Mul(q, p)), nil
}

func intBitLength(v Object) int {
	if x, ok := v.(Int); ok {
		if x < 0 {
			return bits.Len64(uint64(-x))
		}
		return bits.Len64(uint64(x))
	}
	return toBig(v).BitLen()
}

func intBitCount(v Object) int {
	if x, ok := v.(Int); ok {
		if x < 0 {
			return bits.OnesCount64(uint64(-x))
		}
		return bits.OnesCount64(uint64(x))
	}
	n := 0
	for _, w := range toBig(v).Bits() {
		n += bits.OnesCount(uint(w))
	}
	return n
}

// byteOrderArg validates to_bytes/from_bytes's byteorder.
func byteOrderArg(fname string, o Object) (bool, *BaseException) {
	s, ok := Unwrap(o).(*Str) // a str subclass instance too
	if !ok {
		return false, Errorf(TypeErrorType, "%s() argument 'byteorder' must be str, not %s", fname, TypeOf(o).name)
	}
	switch s.s {
	case "little":
		return true, nil
	case "big":
		return false, nil
	}
	return false, NewError(ValueErrorType, "byteorder must be either 'little' or 'big'")
}

func intToBytes(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
	v, exc := intSelf("to_bytes", args[0])
	if exc != nil {
		return nil, exc
	}
	npos := len(args) - 1 - len(kw)
	if npos > 2 {
		return nil, Errorf(TypeErrorType, "to_bytes() takes at most 2 positional arguments (%d given)", npos)
	}
	var length, order, signed Object = MakeInt(1), NewStr("big"), False
	if exc := ParseArgs("to_bytes", args[1:], kw, []string{"length?", "byteorder?", "$", "signed?"}, &length, &order, &signed); exc != nil {
		return nil, exc
	}
	li, exc := Index(t, length)
	if exc != nil {
		return nil, exc
	}
	n, ok := li.(Int)
	if !ok {
		return nil, NewError(OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	if n < 0 {
		return nil, NewError(ValueErrorType, "length argument must be non-negative")
	}
	little, exc := byteOrderArg("to_bytes", order)
	if exc != nil {
		return nil, exc
	}
	sg, exc := IsTrue(t, signed)
	if exc != nil {
		return nil, exc
	}
	x := toBig(v)
	if x.Sign() < 0 && !sg {
		return nil, NewError(OverflowErrorType, "can't convert negative int to unsigned")
	}
	// Two's complement in n bytes.
	u := new(big.Int).Set(x)
	if x.Sign() < 0 {
		u.Add(u, new(big.Int).Lsh(big.NewInt(1), uint(n)*8))
	}
	fits := u.Sign() >= 0 && u.BitLen() <= int(n)*8
	if sg && fits && n > 0 {
		// The sign bit must match the value's sign.
		top := u.Bit(int(n)*8-1) == 1
		fits = top == (x.Sign() < 0)
	}
	if sg && n == 0 {
		fits = x.Sign() == 0
	}
	if !fits {
		return nil, NewError(OverflowErrorType, "int too big to convert")
	}
	out := make([]byte, n)
	u.FillBytes(out)
	if little {
		for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
			out[i], out[j] = out[j], out[i]
		}
	}
	return NewBytes(out), nil
}

// fromBytesArg returns the bytes of a bytes object or of an iterable of ints.
func fromBytesArg(t *Thread, o Object) ([]byte, *BaseException) {
	// PyObject_Bytes: exact bytes as they are, then __bytes__.
	if b, ok := o.(*Bytes); ok {
		return b.b, nil
	}
	if r, found, exc := callDunder(t, o, InternStr("__bytes__")); found {
		if exc != nil {
			return nil, exc
		}
		if b, ok := Unwrap(r).(*Bytes); ok {
			return b.b, nil
		}
		return nil, Errorf(TypeErrorType, "__bytes__ returned non-bytes (type %s)", TypeOf(r).name)
	}
	switch b := Unwrap(o).(type) {
	case *Bytes:
		return b.b, nil
	case *ByteArray:
		return b.Snapshot(), nil
	case *MemoryView:
		return b.data(), nil
	case *Str:
		return nil, Errorf(TypeErrorType, "cannot convert '%s' object to bytes", TypeOf(o).name)
	}
	it, exc := Iter(t, o)
	if exc != nil {
		if exc.IsInstanceOf(TypeErrorType) {
			return nil, Errorf(TypeErrorType, "cannot convert '%s' object to bytes", TypeOf(o).name)
		}
		return nil, exc
	}
	var out []byte
	exc = ForEach(t, it, func(it Object) (bool, *BaseException) {
		i, exc := Index(t, it)
		if exc != nil {
			return false, exc
		}
		n, ok := i.(Int)
		if !ok || n < 0 || n > 255 {
			return false, NewError(ValueErrorType, "bytes must be in range(0, 256)")
		}
		out = append(out, byte(n))
		return true, nil
	})
	return out, exc
}

func intFromBytes(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
	cls := args[0].(*Type)
	var data, order, signed Object = nil, NewStr("big"), False
	if exc := ParseArgs("from_bytes", args[1:], kw, []string{"bytes", "byteorder?", "$", "signed?"}, &data, &order, &signed); exc != nil {
		return nil, exc
	}
	little, exc := byteOrderArg("from_bytes", order)
	if exc != nil {
		return nil, exc
	}
	sg, exc := IsTrue(t, signed)
	if exc != nil {
		return nil, exc
	}
	b, exc := fromBytesArg(t, data)
	if exc != nil {
		return nil, exc
	}
	buf := make([]byte, len(b))
	copy(buf, b)
	if little {
		for i, j := 0, len(buf)-1; i < j; i, j = i+1, j-1 {
			buf[i], buf[j] = buf[j], buf[i]
		}
	}
	x := new(big.Int).SetBytes(buf)
	if sg && len(buf) > 0 && buf[0]&0x80 != 0 {
		x.Sub(x, new(big.Int).Lsh(big.NewInt(1), uint(len(buf))*8))
	}
	r := NewBigInt(x)
	if cls != IntType {
		return Call1(t, cls, r)
	}
	return r, nil
}

// intCompareDunder is int.__lt__ etc.
func intCompareDunder(op CmpOp) BuiltinFn {
	name := cmpNames[op].s
	return func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := slotArgs(IntType, name, args, kw, 1); exc != nil {
			return nil, exc
		}
		a, exc := intSelf(name, args[0])
		if exc != nil {
			return nil, exc
		}
		b, ok := asInt(args[1])
		if !ok {
			return NotImplemented, nil
		}
		return Bool(cmpResult(op, intCmp(a, b))), nil
	}
}

// intUnary registers a unary int slot.
func intUnary(typ *Type, name string, f func(t *Thread, v Object, self Object) (Object, *BaseException)) {
	DefMethod(typ, name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := slotArgs(IntType, name, args, kw, 0); exc != nil {
			return nil, exc
		}
		v, exc := intSelf(name, args[0])
		if exc != nil {
			return nil, exc
		}
		return f(t, v, args[0])
	})
}

// intMethod0 registers a no-argument int method.
func intMethod0(name string, f func(v Object) (Object, *BaseException)) {
	DefMethod(IntType, name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) == 0 {
			return nil, Errorf(TypeErrorType, "unbound method int.%s() needs an argument", name)
		}
		if exc := methodNoArgs("int."+name, args, kw); exc != nil {
			return nil, exc
		}
		v, exc := intSelf(name, args[0])
		if exc != nil {
			return nil, exc
		}
		return f(v)
	})
}

// getter makes a read-only property computed by f.
func getter(name string, f func(self Object) (Object, *BaseException)) *Property {
	return &Property{fget: NewBuiltin(name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return f(args[0])
	}), name: NewStr(name)}
}

func init() {
	DefStatic(IntType, "__new__", intNew)
	for op := OpAdd; op < numBinOps; op++ {
		if op == OpMatMul {
			continue
		}
		op := op
		name, rname := binOps[op].name.s, binOps[op].rname.s
		nargs := 1
		if op == OpPow {
			nargs = 2
		}
		for _, reflected := range []bool{false, true} {
			reflected := reflected
			n := name
			if reflected {
				n = rname
			}
			DefMethod(IntType, n, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
				if len(args) == 3 && nargs == 2 {
					if exc := slotArgs(IntType, n, args, kw, 2); exc != nil {
						return nil, exc
					}
				} else if exc := slotArgs(IntType, n, args, kw, 1); exc != nil {
					if nargs == 2 && len(args) > 3 {
						return nil, Errorf(TypeErrorType, "expected at most 2 arguments, got %d", len(args)-1)
					}
					return nil, exc
				}
				a, exc := intSelf(n, args[0])
				if exc != nil {
					return nil, exc
				}
				b, ok := asInt(args[1])
				if !ok {
					return NotImplemented, nil
				}
				if reflected {
					a, b = b, a
				}
				if len(args) == 3 && args[2] != None {
					m, ok := asInt(args[2])
					if !ok {
						return NotImplemented, nil
					}
					return intPowMod(a, b, m)
				}
				return intBinary(op, a, b)
			})
		}
	}
	for op := CmpLT; op <= CmpGE; op++ {
		DefMethod(IntType, cmpNames[op].s, intCompareDunder(op))
	}
	intUnary(IntType, "__neg__", func(t *Thread, v, self Object) (Object, *BaseException) { return intNeg(v), nil })
	intUnary(IntType, "__pos__", func(t *Thread, v, self Object) (Object, *BaseException) { return v, nil })
	intUnary(IntType, "__abs__", func(t *Thread, v, self Object) (Object, *BaseException) {
		if intSign(v) < 0 {
			return intNeg(v), nil
		}
		return v, nil
	})
	intUnary(IntType, "__invert__", func(t *Thread, v, self Object) (Object, *BaseException) {
		return intSub(intNeg(v), MakeInt(1)), nil
	})
	intUnary(IntType, "__bool__", func(t *Thread, v, self Object) (Object, *BaseException) { return Bool(intSign(v) != 0), nil })
	for _, n := range []string{"__int__", "__index__", "__trunc__", "__floor__", "__ceil__"} {
		intUnary(IntType, n, func(t *Thread, v, self Object) (Object, *BaseException) { return v, nil })
	}
	intUnary(IntType, "__float__", func(t *Thread, v, self Object) (Object, *BaseException) {
		f, exc := intToFloat(v)
		if exc != nil {
			return nil, exc
		}
		return Float(f), nil
	})
	intUnary(IntType, "__hash__", func(t *Thread, v, self Object) (Object, *BaseException) { return MakeInt(intHash(v)), nil })
	intUnary(IntType, "__repr__", func(t *Thread, v, self Object) (Object, *BaseException) { return intReprObj(v) })
	intUnary(IntType, "__getnewargs__", func(t *Thread, v, self Object) (Object, *BaseException) { return NewTuple(v), nil })
	intUnary(IntType, "__sizeof__", func(t *Thread, v, self Object) (Object, *BaseException) {
		n := (intBitLength(v) + 29) / 30
		if n == 0 {
			n = 1
		}
		return MakeInt(int64(24 + 4*n)), nil
	})
	DefMethod(IntType, "__round__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) == 0 {
			return nil, NewError(TypeErrorType, "unbound method int.__round__() needs an argument")
		}
		if exc := NoKwargs("int.__round__", kw); exc != nil {
			return nil, exc
		}
		if len(args) > 2 {
			return nil, Errorf(TypeErrorType, "__round__ expected at most 1 argument, got %d", len(args)-1)
		}
		v, exc := intSelf("__round__", args[0])
		if exc != nil {
			return nil, exc
		}
		if len(args) == 1 {
			return v, nil
		}
		nd, exc := Index(t, args[1])
		if exc != nil {
			return nil, exc
		}
		return intRound(v, nd)
	})
	DefMethod(IntType, "__format__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) != 2 || len(kw) > 0 {
			return nil, Errorf(TypeErrorType, "int.__format__() takes exactly one argument (%d given)", len(args)-1)
		}
		v, exc := intSelf("__format__", args[0])
		if exc != nil {
			return nil, exc
		}
		spec, ok := args[1].(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "__format__() argument must be str, not %s", TypeOf(args[1]).name)
		}
		if spec.s == "" {
			return ToStr(t, args[0])
		}
		s, exc := formatInt(v, spec.s, TypeOf(args[0]).name)
		if exc != nil {
			return nil, exc
		}
		return NewStr(s), nil
	})
	intMethod0("bit_length", func(v Object) (Object, *BaseException) { return MakeInt(int64(intBitLength(v))), nil })
	intMethod0("bit_count", func(v Object) (Object, *BaseException) { return MakeInt(int64(intBitCount(v))), nil })
	intMethod0("conjugate", func(v Object) (Object, *BaseException) { return v, nil })
	intMethod0("as_integer_ratio", func(v Object) (Object, *BaseException) { return NewTuple(v, MakeInt(1)), nil })
	DefMethod(IntType, "to_bytes", intToBytes)
	DefClassMethod(IntType, "from_bytes", intFromBytes)
	intSelfProp := func(self Object) (Object, *BaseException) {
		v, exc := intSelf("real", self)
		return v, exc
	}
	defAttr(IntType, "real", intSelfProp)
	defAttr(IntType, "numerator", intSelfProp)
	defAttr(IntType, "imag", func(self Object) (Object, *BaseException) { return MakeInt(0), nil })
	defAttr(IntType, "denominator", func(self Object) (Object, *BaseException) { return MakeInt(1), nil })
	IntType.dict.SetStr("__doc__", NewStr("int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string to an integer, or return 0 if no arguments\nare given.  If x is a number, return x.__int__().  For floating point\nnumbers, this truncates towards zero.\n\nIf x is not a number or if base is given, then x must be a string,\nbytes, or bytearray instance representing an integer literal in the\ngiven base.  The literal can be preceded by '+' or '-' and be surrounded\nby whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\nBase 0 means to interpret the base from the string as an integer literal.\n>>> int('0b100', base=0)\n4"))

	// bool
	DefStatic(BoolType, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) == 0 {
			return nil, NewError(TypeErrorType, "bool.__new__(): not enough arguments")
		}
		if cls, ok := args[0].(*Type); !ok || cls != BoolType {
			if !ok {
				return nil, Errorf(TypeErrorType, "bool.__new__(X): X is not a type object (%s)", TypeOf(args[0]).name)
			}
			return nil, Errorf(TypeErrorType, "bool.__new__(%s): %s is not a subtype of bool", cls.name, cls.name)
		}
		if len(kw) > 0 {
			return nil, NewError(TypeErrorType, "bool() takes no keyword arguments")
		}
		if len(args) > 2 {
			return nil, Errorf(TypeErrorType, "bool expected at most 1 argument, got %d", len(args)-1)
		}
		if len(args) == 1 {
			return False, nil
		}
		b, exc := IsTrue(t, args[1])
		if exc != nil {
			return nil, exc
		}
		return Bool(b), nil
	})
	DefMethod(BoolType, "__repr__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := slotArgs(BoolType, "__repr__", args, kw, 0); exc != nil {
			return nil, exc
		}
		b, ok := args[0].(Bool)
		if !ok {
			return nil, descrTypeError("__repr__", BoolType, args[0])
		}
		if b {
			return InternStr("True"), nil
		}
		return InternStr("False"), nil
	})
	for _, op := range []BinOp{OpAnd, OpOr, OpXor} {
		op := op
		for _, reflected := range []bool{false, true} {
			n := binOps[op].name.s
			if reflected {
				n = binOps[op].rname.s
			}
			intF := IntType.dict.GetStr(n).(*Builtin).fn
			DefMethod(BoolType, n, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
				if exc := slotArgs(BoolType, n, args, kw, 1); exc != nil {
					return nil, exc
				}
				a, ok := args[0].(Bool)
				if !ok {
					return nil, descrTypeError(n, BoolType, args[0])
				}
				if b, ok := args[1].(Bool); ok {
					switch op {
					case OpAnd:
						return Bool(a && b), nil
					case OpOr:
						return Bool(a || b), nil
					}
					return Bool(a != b), nil
				}
				return intF(t, args, kw)
			})
		}
	}
	BoolType.dict.SetStr("__doc__", NewStr("bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.\nThe builtins True and False are the only two instances of the class bool.\nThe class bool is a subclass of the class int, and cannot be subclassed."))

	SysModule.dict.SetStr("get_int_max_str_digits", NewBuiltin("get_int_max_str_digits", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("get_int_max_str_digits", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		return MakeInt(intMaxStrDigits.Load()), nil
	}))
	SysModule.dict.SetStr("set_int_max_str_digits", NewBuiltin("set_int_max_str_digits", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		var n Object
		if exc := ParseArgs("set_int_max_str_digits", args, kw, []string{"maxdigits"}, &n); exc != nil {
			return nil, exc
		}
		i, exc := Index(t, n)
		if exc != nil {
			return nil, exc
		}
		v, ok := i.(Int)
		if !ok || (v != 0 && v < intStrDigitsThreshold) || v > math.MaxInt32 {
			return nil, Errorf(ValueErrorType, "maxdigits must be 0 or larger than %d", intStrDigitsThreshold)
		}
		intMaxStrDigits.Store(int64(v))
		return None, nil
	}))
	_ = strings.Repeat
}
