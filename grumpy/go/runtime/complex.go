package runtime

import (
	"math"
)

// Complex is a Python complex.
type Complex complex128

// ComplexType is `complex`.
var ComplexType = newBuiltinType("complex", ObjectType).solidType()

// Type implements Object.
func (Complex) Type() *Type { return ComplexType }

// asComplex converts an int, float or complex operand (subclass instances
// unwrapped); ok is false for anything else.
func asComplex(o Object) (complex128, bool, *BaseException) {
	switch v := Unwrap(o).(type) {
	case Complex:
		return complex128(v), true, nil
	case Float:
		return complex(float64(v), 0), true, nil
	case Int, *BigInt, Bool:
		f, exc := intToFloat(asIntObj(v))
		return complex(f, 0), true, exc
	}
	return 0, false, nil
}

// The arithmetic below follows CPython's _Py_c_* functions operation by
// operation (Go's own complex division and cmplx.Pow round differently).
// Explicit float64 conversions keep the compiler from fusing multiply-adds.

func cProd(a, b complex128) complex128 {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	return complex(float64(ar*br)-float64(ai*bi), float64(ar*bi)+float64(ai*br))
}

// cQuot divides; ok is false for division by zero.
func cQuot(a, b complex128) (complex128, bool) {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	absBr, absBi := math.Abs(br), math.Abs(bi)
	switch {
	case absBr >= absBi:
		if absBr == 0 {
			return 0, false
		}
		ratio := bi / br
		denom := br + float64(bi*ratio)
		return complex((ar+float64(ai*ratio))/denom, (ai-float64(ar*ratio))/denom), true
	case absBi >= absBr:
		ratio := br / bi
		denom := float64(br*ratio) + bi
		return complex((float64(ar*ratio)+ai)/denom, (float64(ai*ratio)-ar)/denom), true
	}
	return complex(math.NaN(), math.NaN()), true
}

// cPow is _Py_c_pow; ok is false for 0 to a negative or complex power.
func cPow(a, b complex128) (complex128, bool) {
	if b == 0 {
		return 1, true
	}
	if a == 0 {
		if imag(b) != 0 || real(b) < 0 {
			return 0, false
		}
		return 0, true
	}
	vabs := crHypot(real(a), imag(a))
	length := libmPow(vabs, real(b))
	at := mlAtan2(imag(a), real(a))
	phase := at * real(b)
	if imag(b) != 0 {
		length /= mlExp(at * imag(b))
		phase += imag(b) * mlLog(vabs)
	}
	if math.IsInf(phase, 0) {
		return 0, false // cos(inf) sets EDOM, reported as this error
	}
	return complex(length*mlCos(phase), length*mlSin(phase)), true
}

// libmPow is C's pow(): the math module's correctly rounded one, so that
// x ** y and math.pow(x, y) agree as they do in CPython.
func libmPow(x, y float64) float64 { return mlPow(x, y) }

func cPowU(x complex128, n int64) complex128 {
	r := complex128(1)
	p := x
	for mask := int64(1); mask > 0 && n >= mask; mask <<= 1 {
		if n&mask != 0 {
			r = cProd(r, p)
		}
		p = cProd(p, p)
	}
	return r
}

// complexPow is complex ** complex with CPython's errors.
func complexPow(a, b complex128) (Object, *BaseException) {
	var p complex128
	ok := true
	if imag(b) == 0 && real(b) == math.Floor(real(b)) && math.Abs(real(b)) <= 100 {
		n := int64(real(b))
		if n > 0 {
			p = cPowU(a, n)
		} else {
			p, ok = cQuot(1, cPowU(a, -n))
		}
	} else {
		p, ok = cPow(a, b)
	}
	if !ok {
		return nil, NewError(ZeroDivisionErrorType, "0.0 to a negative or complex power")
	}
	if math.IsInf(real(p), 0) || math.IsInf(imag(p), 0) {
		return nil, NewError(OverflowErrorType, "complex exponentiation")
	}
	return Complex(p), nil
}

// complexBinary applies op to two complex values; (nil, nil) for operators
// complex does not support.
func complexBinary(op BinOp, x, y complex128) (Object, *BaseException) {
	switch op {
	case OpAdd:
		return Complex(complex(real(x)+real(y), imag(x)+imag(y))), nil
	case OpSub:
		return Complex(complex(real(x)-real(y), imag(x)-imag(y))), nil
	case OpMul:
		return Complex(cProd(x, y)), nil
	case OpTrueDiv:
		q, ok := cQuot(x, y)
		if !ok {
			return nil, NewError(ZeroDivisionErrorType, "complex division by zero")
		}
		return Complex(q), nil
	case OpPow:
		return complexPow(x, y)
	}
	return nil, nil
}

// complexAbs is abs(complex).
func complexAbs(c complex128) (float64, *BaseException) {
	re, im := real(c), imag(c)
	switch {
	case math.IsInf(re, 0) || math.IsInf(im, 0):
		return math.Inf(1), nil
	case math.IsNaN(re) || math.IsNaN(im):
		return math.NaN(), nil
	}
	r := crHypot(re, im)
	if math.IsInf(r, 0) {
		return 0, NewError(OverflowErrorType, "absolute value too large")
	}
	return r, nil
}

// complexHash is CPython's: hash(real) + 1000003*hash(imag).
func complexHash(c complex128) int64 {
	h := uint64(floatHash(real(c))) + 1000003*uint64(floatHash(imag(c)))
	if int64(h) == -1 {
		return -2
	}
	return int64(h)
}

// complexRepr is repr(complex).
func complexRepr(c complex128) string {
	re, im := real(c), imag(c)
	if re == 0 && !math.Signbit(re) {
		return doubleToString(im, 'r', 0, false, false, false, false) + "j"
	}
	return "(" + doubleToString(re, 'r', 0, false, false, false, false) + doubleToString(im, 'r', 0, true, false, false, false) + "j)"
}
