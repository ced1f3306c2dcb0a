package runtime

import (
	"math"
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
	numBinOps
)

type binOpInfo struct {
	symbol            string
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
func Binary(t *Thread, op BinOp, a, b Object) (Object, *BaseException) {
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
	return nil, binaryTypeError(op, a, b)
}

func binaryTypeError(op BinOp, a, b Object) *BaseException {
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
		switch a.(type) {
		case *Str, *List, *Tuple, *Bytes:
			return Errorf(TypeErrorType, "can't multiply sequence by non-int of type '%s'", TypeOf(b).name)
		}
	}
	return Errorf(TypeErrorType, "unsupported operand type(s) for %s: '%s' and '%s'", binOps[op].symbol, TypeOf(a).name, TypeOf(b).name)
}

func binaryDunder(t *Thread, op BinOp, a, b Object) (Object, *BaseException) {
	ta, tb := TypeOf(a), TypeOf(b)
	info := &binOps[op]
	fa := ta.lookup(info.name)
	var fb Object
	if tb != ta {
		fb = tb.lookup(info.rname)
		if fb != nil && fb == ta.lookup(info.rname) {
			fb = nil
		}
	}
	if fb != nil && tb.IsSubtype(ta) {
		r, exc := callBinaryDunder(t, fb, b, a)
		if exc != nil || r != NotImplemented {
			return r, exc
		}
		fb = nil
	}
	if fa != nil {
		r, exc := callBinaryDunder(t, fa, a, b)
		if exc != nil || r != NotImplemented {
			return r, exc
		}
	}
	if fb != nil {
		return callBinaryDunder(t, fb, b, a)
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
		if op == OpAdd {
			return Add(t, a, b)
		}
		return Binary(t, op, a, b)
	case *List:
		if x.hdr.typ == nil && op == OpAdd {
			return listIAdd(t, x, b)
		}
	}
	if f := TypeOf(a).lookup(binOps[op].iname); f != nil {
		r, exc := callBinaryDunder(t, f, a, b)
		if exc != nil || r != NotImplemented {
			return r, exc
		}
	}
	return Binary(t, op, a, b)
}

// numericBinary handles int/float/bool operands; it returns (nil, nil) when
// the operands are not both builtin numbers.
func numericBinary(op BinOp, a, b Object) (Object, *BaseException) {
	_, aInt := a.(Int)
	_, bInt := b.(Int)
	if !aInt {
		switch a.(type) {
		case *BigInt, Bool:
			aInt = true
		case Float:
		default:
			return nil, nil
		}
	}
	if !bInt {
		switch b.(type) {
		case *BigInt, Bool:
			bInt = true
		case Float:
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
	case OpPow:
		return floatPow(x, y)
	}
	return nil, nil
}

func floatPow(x, y float64) (Object, *BaseException) {
	if x == 0 && y < 0 {
		return nil, NewError(ZeroDivisionErrorType, "0.0 cannot be raised to a negative power")
	}
	if x < 0 && y != math.Trunc(y) && !math.IsInf(y, 0) {
		return complexPow(complex(x, 0), complex(y, 0))
	}
	r := math.Pow(x, y)
	if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsInf(y, 0) {
		return nil, NewError(OverflowErrorType, "(34, 'Numerical result out of range')")
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
		_, r, exc := intFloorDivMod(x, y)
		return r, exc
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
