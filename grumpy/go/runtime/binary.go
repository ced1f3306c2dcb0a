package runtime

import (
	"math"
	"strings"
)

// BinOp identifies a binary operator; its dunder names and symbol come from
// binOps.
type BinOp int

// The binary operators.
const (
	OpAdd BinOp = iota
	OpSub
	OpMul
	OpTrueDiv
	OpFloorDiv
	OpMod
	OpPow
	OpLShift
	OpRShift
	OpAnd
	OpOr
	OpXor
	OpMatMul
	// OpDivMod is divmod(); it has no operator syntax or in-place form.
	OpDivMod
	numBinOps
)

type binOpInfo struct {
	symbol             string
	name, rname, iname *Str
}

var binOps = [numBinOps]binOpInfo{
	{"+", InternStr("__add__"), InternStr("__radd__"), InternStr("__iadd__")},
	{"-", InternStr("__sub__"), InternStr("__rsub__"), InternStr("__isub__")},
	{"*", InternStr("__mul__"), InternStr("__rmul__"), InternStr("__imul__")},
	{"/", InternStr("__truediv__"), InternStr("__rtruediv__"), InternStr("__itruediv__")},
	{"//", InternStr("__floordiv__"), InternStr("__rfloordiv__"), InternStr("__ifloordiv__")},
	{"%", InternStr("__mod__"), InternStr("__rmod__"), InternStr("__imod__")},
	{"** or pow()", InternStr("__pow__"), InternStr("__rpow__"), InternStr("__ipow__")},
	{"<<", InternStr("__lshift__"), InternStr("__rlshift__"), InternStr("__ilshift__")},
	{">>", InternStr("__rshift__"), InternStr("__rrshift__"), InternStr("__irshift__")},
	{"&", InternStr("__and__"), InternStr("__rand__"), InternStr("__iand__")},
	{"|", InternStr("__or__"), InternStr("__ror__"), InternStr("__ior__")},
	{"^", InternStr("__xor__"), InternStr("__rxor__"), InternStr("__ixor__")},
	{"@", InternStr("__matmul__"), InternStr("__rmatmul__"), InternStr("__imatmul__")},
	{"divmod()", InternStr("__divmod__"), InternStr("__rdivmod__"), InternStr("__idivmod__")},
}

// Add is a + b. Small enough to inline: the int fast path costs no call.
func Add(t *Thread, a, b Object) (Object, *BaseException) {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			if s := x + y; (s > x) == (y > 0) {
				return MakeInt(int64(s)), nil
			}
		}
	}
	return Binary(t, OpAdd, a, b)
}

// Sub is a - b.
func Sub(t *Thread, a, b Object) (Object, *BaseException) {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			if d := x - y; (d < x) == (y > 0) {
				return MakeInt(int64(d)), nil
			}
		}
	}
	return Binary(t, OpSub, a, b)
}

// Mul is a * b.
func Mul(t *Thread, a, b Object) (Object, *BaseException) { return Binary(t, OpMul, a, b) }

// Binary applies op with CPython's protocol: the builtin numeric fast path,
// then __op__ / __rop__ with a subclass's reflected method tried first.
// (Kept out of line so that Add and Sub stay cheap for the inliner.)
//
//go:noinline
func Binary(t *Thread, op BinOp, a, b Object) (Object, *BaseException) {
	return binaryOp(t, op, a, b, false)
}

// binaryOp is Binary; inplace selects the augmented operator's error text.
func binaryOp(t *Thread, op BinOp, a, b Object, inplace bool) (Object, *BaseException) {
	if r, exc := numericBinary(op, a, b); r != nil || exc != nil {
		return r, exc
	}
	if op == OpAdd {
		if x, ok := a.(*Str); ok {
			if y, ok := b.(*Str); ok {
				return strConcat(x, y), nil
			}
		}
	}
	r, exc := binaryDunder(t, op, a, b)
	if r != NotImplemented || exc != nil {
		return r, exc
	}
	if op == OpAdd || op == OpMul {
		r, exc := sequenceFallback(t, op, a, b)
		if r != NotImplemented || exc != nil {
			return r, exc
		}
	}
	return nil, binaryOpError(op, a, b, inplace)
}

// seqOwner returns the builtin sequence type whose + and * (sq_concat,
// sq_repeat) o's type inherits, or nil. These are not number slots: CPython
// tries them only after both operands' number slots declined.
func seqOwner(typ *Type) *Type {
	for _, m := range typ.mro {
		switch m {
		case StrType, ListType, TupleType, BytesType, ByteArrayType:
			return m
		}
	}
	return nil
}

// hasIndex reports whether o can be used as a repeat count.
func hasIndex(o Object) bool {
	if _, ok := asIntStrict(o); ok {
		return true
	}
	return TypeOf(o).lookup(strIndex) != nil
}

// sequenceFallback is the sq_concat / sq_repeat step of PyNumber_Add and
// PyNumber_Multiply.
func sequenceFallback(t *Thread, op BinOp, a, b Object) (Object, *BaseException) {
	call := func(owner *Type, name *Str, self, arg Object) (Object, *BaseException) {
		f := owner.dict.getStr(name)
		if f == nil {
			return NotImplemented, nil
		}
		return callBinaryDunder(t, f, self, arg)
	}
	if op == OpAdd {
		if owner := seqOwner(TypeOf(a)); owner != nil {
			return call(owner, binOps[OpAdd].name, a, b)
		}
		return NotImplemented, nil
	}
	seq, n := a, b
	owner := seqOwner(TypeOf(a))
	if owner == nil {
		seq, n = b, a
		owner = seqOwner(TypeOf(b))
	}
	if owner == nil {
		return NotImplemented, nil
	}
	if !hasIndex(n) {
		return nil, Errorf(TypeErrorType, "can't multiply sequence by non-int of type '%s'", TypeOf(n).name)
	}
	return call(owner, binOps[OpMul].name, seq, n)
}

func binaryTypeError(op BinOp, a, b Object) *BaseException { return binaryOpError(op, a, b, false) }

// binaryOpError is the TypeError for unsupported operands; inplace names the
// augmented operator (+=).
func binaryOpError(op BinOp, a, b Object, inplace bool) *BaseException {
	if op == OpAdd {
		if _, ok := a.(*Str); ok {
			return Errorf(TypeErrorType, "can only concatenate str (not \"%s\") to str", TypeOf(b).name)
		}
		if _, ok := a.(*List); ok {
			if _, ok := b.(*List); !ok {
				return Errorf(TypeErrorType, "can only concatenate list (not \"%s\") to list", TypeOf(b).name)
			}
		}
		if _, ok := a.(*Tuple); ok {
			return Errorf(TypeErrorType, "can only concatenate tuple (not \"%s\") to tuple", TypeOf(b).name)
		}
	}
	if op == OpMul {
		isSeq := func(o Object) bool {
			switch Unwrap(o).(type) {
			case *Str, *List, *Tuple, *Bytes, *ByteArray:
				return true
			}
			return false
		}
		switch {
		case isSeq(a):
			return Errorf(TypeErrorType, "can't multiply sequence by non-int of type '%s'", TypeOf(b).name)
		case isSeq(b):
			return Errorf(TypeErrorType, "can't multiply sequence by non-int of type '%s'", TypeOf(a).name)
		}
	}
	sym := binOps[op].symbol
	if inplace {
		sym = strings.TrimSuffix(sym, " or pow()") + "="
	} else if fn, ok := a.(*Builtin); ok && sym == ">>" && fn.name == "print" && Builtins.GetStr("print") == a {
		// CPython's hint for Python 2's `print >> f, ...`.
		return Errorf(TypeErrorType, "unsupported operand type(s) for >>: '%s' and '%s'. Did you mean \"print(<message>, file=<output_stream>)\"?", TypeOf(a).name, TypeOf(b).name)
	}
	return Errorf(TypeErrorType, "unsupported operand type(s) for %s: '%s' and '%s'", sym, TypeOf(a).name, TypeOf(b).name)
}

// binSlot identifies a type's number slot for one operator, as CPython's
// nb_* slot pointer: a builtin type's own methods (owner), the generic slot
// of a class defining the operator in Python (py), or none.
type binSlot struct {
	owner *Type
	py    bool
}

func builtinOwner(f Object) *Type {
	if b, ok := f.(*Builtin); ok && b.method && b.owner != nil && b.owner.builtin {
		return b.owner
	}
	return nil
}

func slotOf(typ *Type, info *binOpInfo) binSlot {
	fa, fr := typ.lookup(info.name), typ.lookup(info.rname)
	if fa == nil && fr == nil {
		return binSlot{}
	}
	var oa, or *Type
	if fa != nil {
		if oa = builtinOwner(fa); oa == nil {
			return binSlot{py: true}
		}
	}
	if fr != nil {
		if or = builtinOwner(fr); or == nil {
			return binSlot{py: true}
		}
	}
	if oa == nil {
		oa = or
	}
	if (info == &binOps[OpAdd] || info == &binOps[OpMul]) && seqOwner(oa) == oa {
		return binSlot{} // sq_concat / sq_repeat, not a number slot
	}
	return binSlot{owner: oa}
}

func (s binSlot) none() bool { return s.owner == nil && !s.py }

// binaryDunder is CPython's binary_op1 over the dunder methods: the left
// operand's slot, then the right's (first when the right operand's type is a
// subclass), with a slot shared by both types tried once.
func binaryDunder(t *Thread, op BinOp, a, b Object) (Object, *BaseException) {
	ta, tb := TypeOf(a), TypeOf(b)
	info := &binOps[op]
	if ta == tb {
		// One type: its slot is called once, as a.__op__(b).
		f := ta.lookup(info.name)
		if f == nil || (op == OpMul && slotOf(ta, info).none()) {
			return NotImplemented, nil // (sq_repeat is tried by sequenceFallback)
		}
		return callBinaryDunder(t, f, a, b)
	}
	sa, sb := slotOf(ta, info), slotOf(tb, info)
	sv, sw := sa, sb
	if sw == sv {
		sw = binSlot{}
	}
	if !sv.none() {
		if !sw.none() && tb.IsSubtype(ta) {
			r, exc := callBinSlot(t, sw, info, a, b, sa, sb)
			if exc != nil || r != NotImplemented {
				return r, exc
			}
			sw = binSlot{}
		}
		r, exc := callBinSlot(t, sv, info, a, b, sa, sb)
		if exc != nil || r != NotImplemented {
			return r, exc
		}
	}
	if !sw.none() {
		return callBinSlot(t, sw, info, a, b, sa, sb)
	}
	return NotImplemented, nil
}

// callDunderMaybe calls o's type's method name with arg, or returns
// NotImplemented when there is none.
func callDunderMaybe(t *Thread, o Object, name *Str, arg Object) (Object, *BaseException) {
	f := TypeOf(o).lookup(name)
	if f == nil {
		return NotImplemented, nil
	}
	return callBinaryDunder(t, f, o, arg)
}

// callBinSlot calls a slot as slot(v, w): a builtin type's method with
// whichever operand is its instance as self, or CPython's generic slot for
// classes (SLOT1BINFULL): v.__op__(w), and w.__rop__(v) when w's class also
// defines the operator in Python.
func callBinSlot(t *Thread, s binSlot, info *binOpInfo, v, w Object, sv, sw binSlot) (Object, *BaseException) {
	tv, tw := TypeOf(v), TypeOf(w)
	if !s.py {
		if tv.IsSubtype(s.owner) {
			if f := s.owner.dict.getStr(info.name); f != nil {
				return callBinaryDunder(t, f, v, w)
			}
		}
		if tw.IsSubtype(s.owner) {
			if f := s.owner.dict.getStr(info.rname); f != nil {
				return callBinaryDunder(t, f, w, v)
			}
		}
		return NotImplemented, nil
	}
	doOther := tv != tw && sw.py
	if sv.py {
		if doOther && tw.IsSubtype(tv) {
			if rw := tw.lookup(info.rname); rw != nil && rw != tv.lookup(info.rname) {
				r, exc := callBinaryDunder(t, rw, w, v)
				if exc != nil || r != NotImplemented {
					return r, exc
				}
				doOther = false
			}
		}
		r, exc := callDunderMaybe(t, v, info.name, w)
		if exc != nil || r != NotImplemented || tv == tw {
			return r, exc
		}
	}
	if doOther {
		return callDunderMaybe(t, w, info.rname, v)
	}
	return NotImplemented, nil
}

func callBinaryDunder(t *Thread, f, self, other Object) (Object, *BaseException) {
	switch fn := f.(type) {
	case *Function:
		if fn.fast2 != nil {
			return fn.fast2(t, fn, self, other)
		}
	case *Builtin:
		return fn.fn(t, []Object{self, other}, nil)
	}
	m, exc := descrGet(t, f, self, TypeOf(self))
	if exc != nil {
		return nil, exc
	}
	return Call1(t, m, other)
}

// InPlace applies an augmented assignment operator (a op= b).
func InPlace(t *Thread, op BinOp, a, b Object) (Object, *BaseException) {
	switch x := a.(type) {
	case Int, Float, *Str, *Tuple, Bool, *BigInt:
		return binaryOp(t, op, a, b, true)
	case *List:
		if x.hdr.typ == nil && op == OpAdd {
			return listIAdd(t, x, b)
		}
	}
	if f := TypeOf(a).lookup(binOps[op].iname); f != nil {
		if o := builtinOwner(f); op == OpMul && o != nil && seqOwner(o) == o && !hasIndex(b) {
			// sq_inplace_repeat: a non-int count is the operator's error.
			return binaryOp(t, op, a, b, true)
		}
		r, exc := callBinaryDunder(t, f, a, b)
		if exc != nil || r != NotImplemented {
			return r, exc
		}
	}
	return binaryOp(t, op, a, b, true)
}

// numericBinary handles int/float/bool/complex operands; it returns (nil,
// nil) when the operands are not both builtin numbers (or the operator does
// not apply to them, as // on complex).
func numericBinary(op BinOp, a, b Object) (Object, *BaseException) {
	_, aInt := a.(Int)
	_, bInt := b.(Int)
	aCplx, bCplx := false, false
	if !aInt {
		switch a.(type) {
		case *BigInt, Bool:
			aInt = true
		case Float:
		case Complex:
			aCplx = true
		default:
			return nil, nil
		}
	}
	if !bInt {
		switch b.(type) {
		case *BigInt, Bool:
			bInt = true
		case Float:
		case Complex:
			bCplx = true
		default:
			return nil, nil
		}
	}
	if aInt && bInt {
		x, _ := asInt(a)
		y, _ := asInt(b)
		if ab, ok := a.(Bool); ok {
			if bb, ok := b.(Bool); ok {
				switch op {
				case OpAnd:
					return NewBool(bool(ab && bb)), nil
				case OpOr:
					return NewBool(bool(ab || bb)), nil
				case OpXor:
					return NewBool(ab != bb), nil
				}
			}
		}
		return intBinary(op, x, y)
	}
	if op >= OpLShift && op <= OpXor || op == OpMatMul {
		return nil, nil
	}
	if aCplx || bCplx {
		x, _, exc := asComplex(a)
		if exc != nil {
			return nil, exc
		}
		y, _, exc := asComplex(b)
		if exc != nil {
			return nil, exc
		}
		return complexBinary(op, x, y)
	}
	x, _, exc := asFloat(a)
	if exc != nil {
		return nil, exc
	}
	y, _, exc := asFloat(b)
	if exc != nil {
		return nil, exc
	}
	return floatBinary(op, x, y)
}

func floatBinary(op BinOp, x, y float64) (Object, *BaseException) {
	switch op {
	case OpAdd:
		return Float(x + y), nil
	case OpSub:
		return Float(x - y), nil
	case OpMul:
		return Float(x * y), nil
	case OpTrueDiv:
		if y == 0 {
			return nil, NewError(ZeroDivisionErrorType, "float division by zero")
		}
		return Float(x / y), nil
	case OpFloorDiv:
		if y == 0 {
			return nil, NewError(ZeroDivisionErrorType, "float floor division by zero")
		}
		q, _, exc := floatFloorDivMod(x, y)
		return Float(q), exc
	case OpMod:
		if y == 0 {
			return nil, NewError(ZeroDivisionErrorType, "float modulo")
		}
		_, m, exc := floatFloorDivMod(x, y)
		return Float(m), exc
	case OpDivMod:
		if y == 0 {
			return nil, NewError(ZeroDivisionErrorType, "float divmod()")
		}
		q, m, exc := floatFloorDivMod(x, y)
		if exc != nil {
			return nil, exc
		}
		return NewTuple(Float(q), Float(m)), nil
	case OpPow:
		return floatPow(x, y)
	}
	return nil, nil
}

// isOddInteger reports whether f is an odd integer.
func isOddInteger(f float64) bool { return math.Mod(math.Abs(f), 2) == 1 }

// floatPow is CPython's float_pow: special cases first, negative bases with
// fractional exponents go complex, then a correctly rounded pow.
func floatPow(x, y float64) (Object, *BaseException) {
	switch {
	case y == 0:
		return Float(1), nil
	case math.IsNaN(x):
		return Float(x), nil
	case math.IsNaN(y):
		if x == 1 {
			return Float(1), nil
		}
		return Float(y), nil
	case math.IsInf(y, 0):
		ax := math.Abs(x)
		if ax == 1 {
			return Float(1), nil
		}
		if (y > 0) == (ax > 1) {
			return Float(math.Inf(1)), nil
		}
		return Float(0), nil
	case math.IsInf(x, 0):
		odd := isOddInteger(y)
		if y > 0 {
			if odd {
				return Float(x), nil
			}
			return Float(math.Abs(x)), nil
		}
		if odd {
			return Float(math.Copysign(0, x)), nil
		}
		return Float(0), nil
	case x == 0:
		if y < 0 {
			return nil, NewError(ZeroDivisionErrorType, "0.0 cannot be raised to a negative power")
		}
		if isOddInteger(y) {
			return Float(x), nil
		}
		return Float(0), nil
	}
	neg := false
	if x < 0 {
		if y != math.Floor(y) {
			return complexPow(complex(x, 0), complex(y, 0))
		}
		x = -x
		neg = isOddInteger(y)
	}
	var r float64
	if x == 1 {
		r = 1
	} else {
		r = libmPow(x, y)
		if math.IsInf(r, 0) {
			return nil, NewError(OverflowErrorType, "(34, 'Numerical result out of range')")
		}
	}
	if neg {
		r = -r
	}
	return Float(r), nil
}

func intBinary(op BinOp, x, y Object) (Object, *BaseException) {
	switch op {
	case OpAdd:
		return intAdd(x, y), nil
	case OpSub:
		return intSub(x, y), nil
	case OpMul:
		return intMul(x, y), nil
	case OpFloorDiv:
		q, _, exc := intFloorDivMod(x, y)
		return q, exc
	case OpMod:
		if intSign(y) == 0 {
			return nil, NewError(ZeroDivisionErrorType, "integer modulo by zero")
		}
		_, r, exc := intFloorDivMod(x, y)
		return r, exc
	case OpDivMod:
		q, r, exc := intFloorDivMod(x, y)
		if exc != nil {
			return nil, exc
		}
		return NewTuple(q, r), nil
	case OpTrueDiv:
		return intTrueDiv(x, y)
	case OpPow:
		if intSign(y) < 0 {
			fx, exc := intToFloat(x)
			if exc != nil {
				return nil, exc
			}
			fy, exc := intToFloat(y)
			if exc != nil {
				return nil, exc
			}
			return floatPow(fx, fy)
		}
		return intPow(x, y), nil
	case OpLShift, OpRShift:
		return intShift(op, x, y)
	case OpAnd, OpOr, OpXor:
		return intBitwise(op, x, y), nil
	}
	return nil, nil
}
