package runtime

import (
	"math"
	"strconv"
	"strings"
)

// Float is a Python float, a Go value type like Int.
type Float float64

// FloatType is `float`.
var FloatType = newBuiltinType("float", ObjectType).solidType()

// Type implements Object.
func (Float) Type() *Type { return FloatType }

func floatBits(f Float) uint64 { return math.Float64bits(float64(f)) }

// floatRepr is CPython's repr: the shortest digits that round-trip, in fixed
// notation when the decimal exponent is in (-4, 16], else scientific.
func floatRepr(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	s := strconv.FormatFloat(f, 'e', -1, 64)
	neg := ""
	if s[0] == '-' {
		neg, s = "-", s[1:]
	}
	mant, expS, _ := strings.Cut(s, "e")
	exp, _ := strconv.Atoi(expS)
	digits := strings.Replace(mant, ".", "", 1)
	decpt := exp + 1
	if decpt > -4 && decpt <= 16 {
		switch {
		case decpt <= 0:
			return neg + "0." + strings.Repeat("0", -decpt) + digits
		case decpt >= len(digits):
			return neg + digits + strings.Repeat("0", decpt-len(digits)) + ".0"
		default:
			return neg + digits[:decpt] + "." + digits[decpt:]
		}
	}
	m := digits[:1]
	if len(digits) > 1 {
		m += "." + digits[1:]
	}
	e := exp
	sign := "+"
	if e < 0 {
		sign, e = "-", -e
	}
	es := strconv.Itoa(e)
	if len(es) < 2 {
		es = "0" + es
	}
	return neg + m + "e" + sign + es
}

// floatHash is CPython's hash for floats (exact for integral values, so
// hash(1.0) == hash(1)).
func floatHash(f float64) int64 {
	if math.IsInf(f, 0) {
		if f > 0 {
			return 314159
		}
		return -314159
	}
	if math.IsNaN(f) {
		return 0
	}
	const bitsN = 61
	const modulus = (1 << bitsN) - 1
	m, e := math.Frexp(f)
	sign := int64(1)
	if m < 0 {
		sign, m = -1, -m
	}
	var x uint64
	for m != 0 {
		x = ((x << 28) & modulus) | x>>(bitsN-28)
		m *= 268435456.0
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= modulus {
			x -= modulus
		}
	}
	if e >= 0 {
		e = e % bitsN
	} else {
		e = bitsN - 1 - ((-1 - e) % bitsN)
	}
	x = ((x << uint(e)) & modulus) | x>>(bitsN-uint(e))
	h := int64(x) * sign
	if h == -1 {
		h = -2
	}
	return h
}

// floatFloorDivMod implements // and % for floats as CPython's float_divmod.
func floatFloorDivMod(vx, wx float64) (float64, float64, *BaseException) {
	if wx == 0 {
		return 0, 0, NewError(ZeroDivisionErrorType, "float floor division by zero")
	}
	mod := math.Mod(vx, wx)
	div := (vx - mod) / wx
	if mod != 0 {
		if (wx < 0) != (mod < 0) {
			mod += wx
			div -= 1
		}
	} else {
		mod = math.Copysign(0, wx)
	}
	var floordiv float64
	if div != 0 {
		floordiv = math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv += 1
		}
	} else {
		floordiv = math.Copysign(0, vx/wx)
	}
	return floordiv, mod, nil
}

// asFloat converts an int or float operand for mixed arithmetic.
func asFloat(o Object) (float64, bool, *BaseException) {
	switch v := o.(type) {
	case Float:
		return float64(v), true, nil
	case Int:
		return float64(v), true, nil
	case Bool:
		if v {
			return 1, true, nil
		}
		return 0, true, nil
	case *BigInt:
		f, e := intToFloat(v)
		return f, true, e
	case *Instance:
		if v.base != nil {
			return asFloat(v.base)
		}
	}
	return 0, false, nil
}
