package runtime

import (
	"math"
	"math/cmplx"
)

// Complex is a Python complex.
type Complex complex128

// ComplexType is `complex`.
var ComplexType = newBuiltinType("complex", ObjectType).solidType()

// Type implements Object.
func (Complex) Type() *Type { return ComplexType }

func complexPow(x, y complex128) (Object, *BaseException) {
	if x == 0 {
		if real(y) < 0 || imag(y) != 0 {
			return nil, NewError(ZeroDivisionErrorType, "0.0 to a negative or complex power")
		}
		if y == 0 {
			return Complex(1), nil
		}
		return Complex(0), nil
	}
	return Complex(cmplx.Pow(x, y)), nil
}

func complexRepr(c complex128) string {
	re, im := real(c), imag(c)
	imS := floatReprShort(im)
	if re == 0 && !math.Signbit(re) {
		return imS + "j"
	}
	sign := "+"
	if im < 0 || (im == 0 && math.Signbit(im)) || math.IsNaN(im) && math.Signbit(im) {
		sign = ""
	}
	if math.IsNaN(im) {
		sign = "+"
	}
	return "(" + floatReprShort(re) + sign + imS + "j)"
}

// floatReprShort is repr(float) without a trailing ".0" (complex parts).
func floatReprShort(f float64) string {
	s := floatRepr(f)
	if len(s) > 2 && s[len(s)-2:] == ".0" {
		return s[:len(s)-2]
	}
	return s
}
