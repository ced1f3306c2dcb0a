package runtime

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// float's constructor, text conversions, and the methods and dunders
// registered on float.

// scanFloat is PyOS_string_to_double with an end pointer: the longest prefix
// of s that is a float literal (no leading whitespace, no underscores). It
// returns the value and the prefix length (0: no number).
func scanFloat(s string) (float64, int) {
	i := 0
	neg := false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	lower := strings.ToLower(s[i:min(len(s), i+8)])
	switch {
	case strings.HasPrefix(lower, "infinity"):
		return math.Copysign(math.Inf(1), map[bool]float64{true: -1, false: 1}[neg]), i + 8
	case strings.HasPrefix(lower, "inf"):
		return math.Copysign(math.Inf(1), map[bool]float64{true: -1, false: 1}[neg]), i + 3
	case strings.HasPrefix(lower, "nan"):
		n := math.NaN()
		if neg {
			n = math.Copysign(n, -1)
		}
		return n, i + 3
	}
	start := i
	nd := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
		nd++
	}
	if i < len(s) && s[i] == '.' {
		i++
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
			nd++
		}
	}
	if nd == 0 {
		return 0, 0
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		j := i + 1
		if j < len(s) && (s[j] == '+' || s[j] == '-') {
			j++
		}
		if j < len(s) && s[j] >= '0' && s[j] <= '9' {
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			i = j
		}
	}
	f, _ := strconv.ParseFloat(s[start:i], 64)
	if neg {
		f = -f
	}
	return f, i
}

// removeUnderscores is _Py_string_to_number_with_underscores's check: an
// underscore must sit between two digits. ok is false for a misplaced one.
func removeUnderscores(s string) (string, bool) {
	if !strings.Contains(s, "_") {
		return s, true
	}
	b := make([]byte, 0, len(s))
	var prev byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '_' {
			if !(prev >= '0' && prev <= '9') {
				return "", false
			}
		} else {
			b = append(b, c)
			if prev == '_' && !(c >= '0' && c <= '9') {
				return "", false
			}
		}
		prev = c
	}
	if prev == '_' {
		return "", false
	}
	return string(b), true
}

// parseFloatText is float(str) on the ASCII-transformed text; ok is false
// for a malformed string.
func parseFloatText(s string) (float64, bool) {
	s, ok := removeUnderscores(s)
	if !ok {
		return 0, false
	}
	i, j := 0, len(s)
	for i < j && isPySpace(s[i]) {
		i++
	}
	for j > i && isPySpace(s[j-1]) {
		j--
	}
	s = s[i:j]
	f, n := scanFloat(s)
	if n == 0 || n != len(s) {
		return 0, false
	}
	return f, true
}

func floatFromStr(s string, orig Object) (Object, *BaseException) {
	f, ok := parseFloatText(transformDecimalAndSpace(s))
	if !ok || strings.IndexByte(s, 0) >= 0 {
		return nil, Errorf(ValueErrorType, "could not convert string to float: %s", quoteStr(s))
	}
	return Float(f), nil
}

func floatFromBytes(b []byte) (Object, *BaseException) {
	return floatFromBytesRepr(b, bytesRepr("b", b))
}

func floatFromByteArray(b []byte) (Object, *BaseException) {
	return floatFromBytesRepr(b, "bytearray("+bytesRepr("b", b)+")")
}

func floatFromBytesRepr(b []byte, repr string) (Object, *BaseException) {
	f, ok := parseFloatText(string(b))
	if !ok || strings.IndexByte(string(b), 0) >= 0 {
		return nil, Errorf(ValueErrorType, "could not convert string to float: %s", repr)
	}
	return Float(f), nil
}

// FloatFromObject is float(o) (PyNumber_Float).
func FloatFromObject(t *Thread, o Object) (Object, *BaseException) {
	switch v := o.(type) {
	case Float:
		return v, nil
	case Int, *BigInt, Bool:
		f, exc := intToFloat(asIntObj(v))
		if exc != nil {
			return nil, exc
		}
		return Float(f), nil
	case *Str:
		return floatFromStr(v.s, v)
	case *Bytes:
		return floatFromBytes(v.b)
	case *ByteArray:
		return floatFromByteArray(v.Snapshot())
	}
	typ := TypeOf(o)
	if f := typ.lookup(strFloat); f != nil {
		r, exc := callUnaryDunder(t, f, o)
		if exc != nil {
			return nil, exc
		}
		switch x := r.(type) {
		case Float:
			return x, nil
		case *Instance:
			if b, ok := x.base.(Float); ok {
				if exc := warnStrictSubclass(t, typ.name+".__float__", r, "float"); exc != nil {
					return nil, exc
				}
				return b, nil
			}
		}
		return nil, Errorf(TypeErrorType, "%s.__float__ returned non-float (type %s)", typ.name, TypeOf(r).name)
	}
	if typ.lookup(strIndex) != nil {
		i, exc := Index(t, o)
		if exc != nil {
			return nil, exc
		}
		f, exc := intToFloat(i)
		if exc != nil {
			return nil, exc
		}
		return Float(f), nil
	}
	switch b := Unwrap(o).(type) {
	case Float:
		return b, nil
	case *Str:
		return floatFromStr(b.s, o)
	case *Bytes:
		return floatFromBytes(b.b)
	case *ByteArray:
		return floatFromByteArray(b.Snapshot())
	case *MemoryView:
		return floatFromBufferRepr(t, b.data(), o)
	case bufferExporter: // array.array and other buffer exporters
		return floatFromBufferRepr(t, b.bufferBytes(), o)
	}
	return nil, Errorf(TypeErrorType, "float() argument must be a string or a real number, not '%s'", typ.name)
}

// floatFromBufferRepr is float() of a buffer's bytes; the error names the
// object by its repr, as CPython.
func floatFromBufferRepr(t *Thread, b []byte, o Object) (Object, *BaseException) {
	if f, ok := parseFloatText(string(b)); ok && strings.IndexByte(string(b), 0) < 0 {
		return Float(f), nil
	}
	r, exc := Repr(t, o)
	if exc != nil {
		return nil, exc
	}
	return floatFromBytesRepr(b, r.Value())
}

func floatNew(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
	cls, exc := checkNewType("float", FloatType, args)
	if exc != nil {
		return nil, exc
	}
	if len(kw) > 0 {
		// A subclass with its own __init__ may take keyword arguments;
		// float.__new__ ignores them there, as CPython.
		if cls == FloatType || cls.lookup(strInit) == objectInit {
			return nil, NewError(TypeErrorType, "float() takes no keyword arguments")
		}
		args = args[:len(args)-len(kw)]
	}
	if len(args) > 2 {
		return nil, Errorf(TypeErrorType, "float expected at most 1 argument, got %d", len(args)-1)
	}
	var v Object = Float(0)
	if len(args) == 2 {
		v, exc = FloatFromObject(t, args[1])
		if exc != nil {
			return nil, exc
		}
	}
	return wrapNew(cls, FloatType, v), nil
}

// floatSelf extracts the value of a float method's receiver.
func floatSelf(name string, self Object) (float64, *BaseException) {
	switch v := self.(type) {
	case Float:
		return float64(v), nil
	case *Instance:
		if f, ok := v.base.(Float); ok {
			return float64(f), nil
		}
	}
	return 0, descrTypeError(name, FloatType, self)
}

// floatOperand converts the other operand of a float dunder: floats and
// ints (ok false: NotImplemented).
func floatOperand(o Object) (float64, bool, *BaseException) {
	switch v := Unwrap(o).(type) {
	case Float:
		return float64(v), true, nil
	case Int, *BigInt, Bool:
		f, exc := intToFloat(asIntObj(v))
		return f, true, exc
	}
	return 0, false, nil
}

// floatRound is float.__round__ with ndigits (double_round).
func floatRound(x float64, nd int64) (Object, *BaseException) {
	if math.IsInf(x, 0) || math.IsNaN(x) {
		return Float(x), nil
	}
	const ndigitsMax = 323
	const ndigitsMin = -308
	if nd > ndigitsMax {
		return Float(x), nil
	}
	if nd < ndigitsMin {
		return Float(0 * x), nil
	}
	if x == 0 {
		return Float(x), nil
	}
	r := new(big.Rat).SetFloat64(x)
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(abs64(nd)), nil)
	if nd >= 0 {
		r.Mul(r, new(big.Rat).SetInt(p))
	} else {
		r.Quo(r, new(big.Rat).SetInt(p))
	}
	// Round half to even to an integer.
	num, den := r.Num(), r.Denom()
	q, m := new(big.Int).DivMod(num, den, new(big.Int)) // floor, m >= 0
	c := new(big.Int).Lsh(m, 1).Cmp(den)
	if c > 0 || (c == 0 && q.Bit(0) == 1) {
		q.Add(q, big.NewInt(1))
	}
	res := new(big.Rat).SetInt(q)
	if nd >= 0 {
		res.Quo(res, new(big.Rat).SetInt(p))
	} else {
		res.Mul(res, new(big.Rat).SetInt(p))
	}
	f, _ := res.Float64()
	if math.IsInf(f, 0) {
		return nil, NewError(OverflowErrorType, "rounded value too large to represent")
	}
	if f == 0 {
		f = math.Copysign(0, x)
	}
	return Float(f), nil
}

// floatRoundInt is round(float) to an int, half to even.
func floatRoundInt(x float64) (Object, *BaseException) {
	r := math.RoundToEven(x)
	return floatToInt(r)
}

// floatHex is float.hex().
func floatHex(x float64) string {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return floatRepr(x)
	}
	if x == 0 {
		if math.Signbit(x) {
			return "-0x0.0p+0"
		}
		return "0x0.0p+0"
	}
	m, e := math.Frexp(math.Abs(x))
	shift := 1 - max(-1021-e, 0)
	m = math.Ldexp(m, shift)
	e -= shift
	var b strings.Builder
	const hexd = "0123456789abcdef"
	b.WriteByte(hexd[int(m)])
	m -= float64(int(m))
	b.WriteByte('.')
	for i := 0; i < 13; i++ {
		m *= 16
		b.WriteByte(hexd[int(m)])
		m -= float64(int(m))
	}
	sign := ""
	if x < 0 {
		sign = "-"
	}
	if e < 0 {
		return sign + "0x" + b.String() + "p-" + strconv.Itoa(-e)
	}
	return sign + "0x" + b.String() + "p+" + strconv.Itoa(e)
}

// floatFromHex is float.fromhex(s).
func floatFromHex(s string) (float64, *BaseException) {
	invalid := NewError(ValueErrorType, "invalid hexadecimal floating-point string")
	i, j := 0, len(s)
	for i < j && isPySpace(s[i]) {
		i++
	}
	for j > i && isPySpace(s[j-1]) {
		j--
	}
	s = s[i:j]
	if f, n := scanFloat(s); n == len(s) && n > 0 && (math.IsInf(f, 0) || math.IsNaN(f)) {
		return f, nil
	}
	neg := false
	if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if len(s) >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') {
		s = s[2:]
	}
	isHex := func(c byte) bool { return digitValue(c) < 16 }
	k := 0
	var mant strings.Builder
	nd := 0
	for k < len(s) && isHex(s[k]) {
		mant.WriteByte(s[k])
		k++
		nd++
	}
	if k < len(s) && s[k] == '.' {
		mant.WriteByte('.')
		k++
		for k < len(s) && isHex(s[k]) {
			mant.WriteByte(s[k])
			k++
			nd++
		}
	}
	if nd == 0 {
		return 0, invalid
	}
	exp := "0"
	if k < len(s) && (s[k] == 'p' || s[k] == 'P') {
		k++
		st := k
		if k < len(s) && (s[k] == '+' || s[k] == '-') {
			k++
		}
		ds := k
		for k < len(s) && s[k] >= '0' && s[k] <= '9' {
			k++
		}
		if k == ds {
			return 0, invalid
		}
		exp = s[st:k]
	}
	if k != len(s) {
		return 0, invalid
	}
	m := mant.String()
	if strings.HasPrefix(m, ".") {
		m = "0" + m
	}
	f, err := strconv.ParseFloat("0x"+m+"p"+exp, 64)
	if math.IsInf(f, 0) {
		return 0, NewError(OverflowErrorType, "hexadecimal value too large to represent as a float")
	}
	if err != nil && !strings.Contains(err.Error(), "range") {
		return 0, invalid
	}
	if neg {
		f = -f
	}
	return f, nil
}

// floatCompareDunder is float.__lt__ etc.
func floatCompareDunder(op CmpOp) BuiltinFn {
	name := cmpNames[op].s
	return func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := slotArgs(FloatType, name, args, kw, 1); exc != nil {
			return nil, exc
		}
		x, exc := floatSelf(name, args[0])
		if exc != nil {
			return nil, exc
		}
		switch o := Unwrap(args[1]).(type) {
		case Float:
			return Bool(floatCmp(op, x, float64(o))), nil
		case Int, *BigInt, Bool:
			c := floatIntCmp(x, asIntObj(o))
			if c == 2 {
				return Bool(op == CmpNE), nil
			}
			return Bool(cmpResult(op, c)), nil
		}
		return NotImplemented, nil
	}
}

func floatUnary(name string, f func(x float64) (Object, *BaseException)) {
	DefMethod(FloatType, name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := slotArgs(FloatType, name, args, kw, 0); exc != nil {
			return nil, exc
		}
		x, exc := floatSelf(name, args[0])
		if exc != nil {
			return nil, exc
		}
		return f(x)
	})
}

func floatMethod0(name string, f func(x float64) (Object, *BaseException)) {
	DefMethod(FloatType, name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) == 0 {
			return nil, Errorf(TypeErrorType, "unbound method float.%s() needs an argument", name)
		}
		if exc := methodNoArgs("float."+name, args, kw); exc != nil {
			return nil, exc
		}
		x, exc := floatSelf(name, args[0])
		if exc != nil {
			return nil, exc
		}
		return f(x)
	})
}

func init() {
	DefStatic(FloatType, "__new__", floatNew)
	for _, op := range []BinOp{OpAdd, OpSub, OpMul, OpTrueDiv, OpFloorDiv, OpMod, OpDivMod, OpPow} {
		op := op
		for _, reflected := range []bool{false, true} {
			reflected := reflected
			n := binOps[op].name.s
			if reflected {
				n = binOps[op].rname.s
			}
			DefMethod(FloatType, n, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
				if op == OpPow && len(args) == 3 {
					if exc := slotArgs(FloatType, n, args, kw, 2); exc != nil {
						return nil, exc
					}
				} else if exc := slotArgs(FloatType, n, args, kw, 1); exc != nil {
					if op == OpPow && len(args) > 3 {
						return nil, Errorf(TypeErrorType, "expected at most 2 arguments, got %d", len(args)-1)
					}
					return nil, exc
				}
				x, exc := floatSelf(n, args[0])
				if exc != nil {
					return nil, exc
				}
				y, ok, exc := floatOperand(args[1])
				if exc != nil {
					return nil, exc
				}
				if !ok {
					return NotImplemented, nil
				}
				if len(args) == 3 && args[2] != None {
					return nil, NewError(TypeErrorType, "pow() 3rd argument not allowed unless all arguments are integers")
				}
				if reflected {
					x, y = y, x
				}
				return floatBinary(op, x, y)
			})
		}
	}
	for op := CmpLT; op <= CmpGE; op++ {
		DefMethod(FloatType, cmpNames[op].s, floatCompareDunder(op))
	}
	floatUnary("__neg__", func(x float64) (Object, *BaseException) { return Float(-x), nil })
	floatUnary("__pos__", func(x float64) (Object, *BaseException) { return Float(x), nil })
	floatUnary("__abs__", func(x float64) (Object, *BaseException) { return Float(math.Abs(x)), nil })
	floatUnary("__bool__", func(x float64) (Object, *BaseException) { return Bool(x != 0), nil })
	floatUnary("__float__", func(x float64) (Object, *BaseException) { return Float(x), nil })
	floatUnary("__int__", func(x float64) (Object, *BaseException) { return floatToInt(x) })
	DefMethod(FloatType, "__hash__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := slotArgs(FloatType, "__hash__", args, kw, 0); exc != nil {
			return nil, exc
		}
		x, exc := floatSelf("__hash__", args[0])
		if exc != nil {
			return nil, exc
		}
		if math.IsNaN(x) {
			// A NaN hashes by identity (CPython 3.10+): object.__hash__.
			return MakeInt(int64(addrOf(args[0]) >> 4)), nil
		}
		return MakeInt(floatHash(x)), nil
	})
	floatUnary("__repr__", func(x float64) (Object, *BaseException) { return NewStr(floatRepr(x)), nil })
	floatMethod0("__trunc__", func(x float64) (Object, *BaseException) { return floatToInt(x) })
	floatMethod0("__floor__", func(x float64) (Object, *BaseException) { return floatToInt(math.Floor(x)) })
	floatMethod0("__ceil__", func(x float64) (Object, *BaseException) { return floatToInt(math.Ceil(x)) })
	floatMethod0("__getnewargs__", func(x float64) (Object, *BaseException) { return NewTuple(Float(x)), nil })
	floatMethod0("conjugate", func(x float64) (Object, *BaseException) { return Float(x), nil })
	floatMethod0("is_integer", func(x float64) (Object, *BaseException) {
		return Bool(!math.IsInf(x, 0) && x == math.Trunc(x)), nil
	})
	floatMethod0("hex", func(x float64) (Object, *BaseException) { return NewStr(floatHex(x)), nil })
	floatMethod0("as_integer_ratio", func(x float64) (Object, *BaseException) {
		if math.IsInf(x, 0) {
			return nil, NewError(OverflowErrorType, "cannot convert Infinity to integer ratio")
		}
		if math.IsNaN(x) {
			return nil, NewError(ValueErrorType, "cannot convert NaN to integer ratio")
		}
		r := new(big.Rat).SetFloat64(x)
		return NewTuple(NewBigInt(r.Num()), NewBigInt(r.Denom())), nil
	})
	DefMethod(FloatType, "__round__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) == 0 {
			return nil, NewError(TypeErrorType, "unbound method float.__round__() needs an argument")
		}
		if exc := NoKwargs("float.__round__", kw); exc != nil {
			return nil, exc
		}
		if len(args) > 2 {
			return nil, Errorf(TypeErrorType, "__round__ expected at most 1 argument, got %d", len(args)-1)
		}
		x, exc := floatSelf("__round__", args[0])
		if exc != nil {
			return nil, exc
		}
		if len(args) == 1 || args[1] == None {
			return floatRoundInt(x)
		}
		nd, exc := Index(t, args[1])
		if exc != nil {
			return nil, exc
		}
		n, ok := nd.(Int)
		if !ok {
			// Clipped as PyNumber_AsSsize_t(o, NULL).
			if intSign(nd) > 0 {
				n = math.MaxInt64
			} else {
				n = math.MinInt64
			}
		}
		return floatRound(x, int64(n))
	})
	DefMethod(FloatType, "__format__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) != 2 || len(kw) > 0 {
			return nil, Errorf(TypeErrorType, "float.__format__() takes exactly one argument (%d given)", len(args)-1)
		}
		x, exc := floatSelf("__format__", args[0])
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
		s, exc := formatFloat(x, spec.s, TypeOf(args[0]).name)
		if exc != nil {
			return nil, exc
		}
		return NewStr(s), nil
	})
	DefClassMethod(FloatType, "fromhex", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := NoKwargs("fromhex", kw); exc != nil {
			return nil, exc
		}
		if len(args) != 2 {
			return nil, Errorf(TypeErrorType, "float.fromhex() takes exactly one argument (%d given)", len(args)-1)
		}
		s, ok := Unwrap(args[1]).(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "float.fromhex() argument must be str, not %s", TypeOf(args[1]).name)
		}
		f, exc := floatFromHex(s.s)
		if exc != nil {
			return nil, exc
		}
		if cls := args[0].(*Type); cls != FloatType {
			return Call1(t, cls, Float(f))
		}
		return Float(f), nil
	})
	DefClassMethod(FloatType, "__getformat__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) != 2 {
			return nil, Errorf(TypeErrorType, "float.__getformat__() takes exactly one argument (%d given)", len(args)-1)
		}
		s, ok := args[1].(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "__getformat__() argument must be str, not %s", TypeOf(args[1]).name)
		}
		if s.s != "double" && s.s != "float" {
			return nil, NewError(ValueErrorType, "__getformat__() argument 1 must be 'double' or 'float'")
		}
		return NewStr("IEEE, little-endian"), nil
	})
	defAttr(FloatType, "real", func(self Object) (Object, *BaseException) {
		x, exc := floatSelf("real", self)
		return Float(x), exc
	})
	defAttr(FloatType, "imag", func(self Object) (Object, *BaseException) { return Float(0), nil })
	FloatType.dict.SetStr("__doc__", NewStr("Convert a string or number to a floating point number, if possible."))
}
