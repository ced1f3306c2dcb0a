package runtime

import (
	"math"
	"math/big"
)

// crHypot is C's hypot(x, y), correctly rounded (complex abs and powers use
// it; Go's math.Hypot can be an ulp off): double-double when the rounding is
// certain, else x*x and y*y exact at 256 bits so that the sum and square
// root round far below float64's precision.
func crHypot(x, y float64) float64 {
	if math.IsInf(x, 0) || math.IsInf(y, 0) {
		return math.Inf(1)
	}
	if math.IsNaN(x) || math.IsNaN(y) {
		return math.NaN()
	}
	if x == 0 {
		return math.Abs(y)
	}
	if y == 0 {
		return math.Abs(x)
	}
	ax, ay := math.Abs(x), math.Abs(y)
	if ax > 0x1p-450 && ax < 0x1p450 && ay > 0x1p-450 && ay < 0x1p450 {
		// Fast path: the squares are exact in double-double.
		p1, e1 := twoProd(ax, ax)
		p2, e2 := twoProd(ay, ay)
		r := ddSqrt(ddAdd(dd{p1, e1}, dd{p2, e2}))
		if mlRoundOK(r.hi, r.lo, r.hi*0x1p-100) {
			return r.hi + r.lo
		}
	}
	const p = 256
	bx := new(big.Float).SetPrec(p).SetFloat64(x)
	by := new(big.Float).SetPrec(p).SetFloat64(y)
	bx.Mul(bx, bx)
	by.Mul(by, by)
	bx.Add(bx, by)
	bx.Sqrt(bx)
	f, _ := bx.Float64()
	return f
}
