package runtime

import (
	"math"
	"math/big"
	"sync"
)

// Elementary functions for the math module, computed in double-double
// arithmetic (about 106 bits) and rounded once, so that the results are the
// correctly rounded ones. CPython calls the platform libm, and glibc's
// exp, log, pow, sin, cos, tan, atan, ... return correctly rounded results
// in practice; Go's math package is only accurate to an ulp or two, which
// would make printed results differ from CPython's in the last digit.
//
// A double-double value is hi + lo with |lo| <= ulp(hi)/2, so hi is the
// value rounded to a float64. The algorithms are the classic ones: argument
// reduction by a multiple of ln 2 or pi/2 known to 160 bits, Taylor series
// on the reduced argument, Newton steps from Go's float64 result where an
// inverse function is cheaper (atan, cbrt). mathlib_fast.go holds the
// table-driven fast paths tried first; the evaluations here (about 2**-100
// accurate) settle the rare cases whose rounding the fast path cannot.
// Measured against CPython 3.11 on glibc over a few thousand random
// arguments each: exp, log, log2, log10, pow, sin, cos, tan, asin, acos,
// atan, atan2, the hyperbolic functions, hypot agree in all but ~0.1-0.4%
// of cases, and each remaining difference is a case where glibc's result is
// not the correctly rounded one. gamma and lgamma (CPython's own Lanczos
// code), erf, erfc and cbrt (glibc's own algorithms) use Go's functions
// and can differ in the last bit or two.

type dd struct{ hi, lo float64 }

func twoSum(a, b float64) (float64, float64) {
	s := a + b
	bb := s - a
	return s, (a - (s - bb)) + (b - bb)
}

// quickTwoSum requires |a| >= |b| (or a == 0).
func quickTwoSum(a, b float64) (float64, float64) {
	s := a + b
	return s, b - (s - a)
}

func twoProd(a, b float64) (float64, float64) {
	p := a * b
	return p, math.FMA(a, b, -p)
}

func ddAdd(a, b dd) dd {
	s, e := twoSum(a.hi, b.hi)
	t, f := twoSum(a.lo, b.lo)
	e += t
	s, e = quickTwoSum(s, e)
	e += f
	s, e = quickTwoSum(s, e)
	return dd{s, e}
}

func ddAddF(a dd, b float64) dd {
	s, e := twoSum(a.hi, b)
	e += a.lo
	s, e = quickTwoSum(s, e)
	return dd{s, e}
}

func ddNeg(a dd) dd { return dd{-a.hi, -a.lo} }

func ddSub(a, b dd) dd { return ddAdd(a, dd{-b.hi, -b.lo}) }

func ddMul(a, b dd) dd {
	p, e := twoProd(a.hi, b.hi)
	e += a.hi*b.lo + a.lo*b.hi
	p, e = quickTwoSum(p, e)
	return dd{p, e}
}

func ddMulF(a dd, b float64) dd {
	p, e := twoProd(a.hi, b)
	e += a.lo * b
	p, e = quickTwoSum(p, e)
	return dd{p, e}
}

func ddDiv(a, b dd) dd {
	q1 := a.hi / b.hi
	r := ddSub(a, ddMulF(b, q1))
	q2 := r.hi / b.hi
	r = ddSub(r, ddMulF(b, q2))
	q3 := r.hi / b.hi
	q1, q2 = quickTwoSum(q1, q2)
	return ddAddF(dd{q1, q2}, q3)
}

func ddSqrt(a dd) dd {
	if a.hi <= 0 {
		return dd{math.Sqrt(a.hi), 0}
	}
	s := math.Sqrt(a.hi)
	p, e := twoProd(s, s)
	r := ((a.hi - p) - e + a.lo) / (2 * s)
	s, r = quickTwoSum(s, r)
	return dd{s, r}
}

func ddScale2(a dd, k int) dd { return dd{math.Ldexp(a.hi, k), math.Ldexp(a.lo, k)} }

// Constants as triple-doubles (hi + mid + lo, 160 bits).
const (
	mlLn2Hi   = 0x1.62e42fefa39efp-1
	mlLn2Mid  = 0x1.abc9e3b39803fp-56
	mlLn2Lo   = 0x1.7b57a079a1934p-111
	mlPio2Hi  = 0x1.921fb54442d18p+0
	mlPio2Mid = 0x1.1a62633145c07p-54
	mlPio2Lo  = -0x1.f1976b7ed8fbcp-110
	mlLn10Hi  = 0x1.26bb1bbb55516p+1
	mlLn10Mid = -0x1.f48ad494ea3e9p-53
)

var (
	mlLn2  = dd{mlLn2Hi, mlLn2Mid}
	mlLn10 = dd{mlLn10Hi, mlLn10Mid}
	mlPio2 = dd{mlPio2Hi, mlPio2Mid}
	mlPi   = dd{2 * mlPio2Hi, 2 * mlPio2Mid}
	// mlInvFact[n] = 1/n!
	mlInvFact = func() []dd {
		f := make([]dd, 32)
		f[0] = dd{1, 0}
		for n := 1; n < len(f); n++ {
			f[n] = ddDiv(f[n-1], dd{float64(n), 0})
		}
		return f
	}()
	// mlInvOdd[n] = 1/(2n+1)
	mlInvOdd = func() []dd {
		f := make([]dd, 26)
		for n := range f {
			f[n] = ddDiv(dd{1, 0}, dd{float64(2*n + 1), 0})
		}
		return f
	}()
)

// mlMulLn2 is k*ln2 as a double-double for an integer-valued k.
func mlMulLn2(k float64) dd {
	p1, e1 := twoProd(k, mlLn2Hi)
	p2, e2 := twoProd(k, mlLn2Mid)
	return ddAdd(dd{p1, e1}, dd{p2, e2 + k*mlLn2Lo})
}

// mlExpDD returns m and k with exp(a) = m * 2**k, m in about [0.7, 1.42].
// |a.hi| must be below about 750.
func mlExpDD(a dd) (dd, int) {
	k := math.Floor(a.hi/mlLn2Hi + 0.5)
	r := ddSub(a, mlMulLn2(k))
	// exp(r) = exp(r/256)**256; expm1 on the small argument by Taylor.
	s := ddScale2(r, -8)
	acc := mlInvFact[11]
	for n := 10; n >= 1; n-- {
		acc = ddAdd(ddMul(acc, s), mlInvFact[n])
	}
	e := ddMul(acc, s)
	for i := 0; i < 8; i++ {
		// (1+e)**2 = 1 + (2e + e*e)
		e = ddAdd(ddScale2(e, 1), ddMul(e, e))
	}
	return ddAddF(e, 1), int(k)
}

// mlScale rounds m * 2**k (m > 0) to a float64 once, also when the result
// is subnormal.
func mlScale(m dd, k int) float64 {
	r := math.Ldexp(m.hi, k)
	if r >= 0x1p-1022 || math.IsInf(r, 0) {
		return r
	}
	sh := k + 1074
	if sh < -60 {
		return 0
	}
	a := math.Ldexp(m.hi, sh)
	b := math.Ldexp(m.lo, sh)
	fl := math.Floor(a)
	s, e := twoSum(a-fl, b)
	if s > 0.5 || (s == 0.5 && (e > 0 || (e == 0 && math.Mod(fl, 2) == 1))) {
		fl++
	} else if s < 0 && fl > 0 && (s < -0.5 || (s == -0.5 && (e < 0 || (e == 0 && math.Mod(fl, 2) == 1)))) {
		fl--
	}
	return math.Ldexp(fl, -1074)
}

func mlExp(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case x > 709.8:
		return math.Inf(1)
	case x < -745.2:
		return 0
	case x == 0:
		return 1
	}
	if r, ok := mlExpFast(dd{x, 0}, 0); ok {
		return r
	}
	m, k := mlExpDD(dd{x, 0})
	return mlScale(m, k)
}

func mlExp2(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case x >= 1024:
		return math.Inf(1)
	case x < -1080:
		return 0
	case x == math.Trunc(x) && x >= -1074:
		return math.Ldexp(1, int(x))
	}
	p1, e1 := twoProd(x, mlLn2Hi)
	a := ddAdd(dd{p1, e1}, ddMulF(dd{mlLn2Mid, mlLn2Lo}, x))
	if r, ok := mlExpFast(a, 0); ok {
		return r
	}
	m, k := mlExpDD(a)
	return mlScale(m, k)
}

// The logarithm: x = 2**e * f with f in [sqrt(1/2), sqrt(2)), f = c * (1+w)
// with c = 1 + j/128 from a table of log(c), and log(1+w) = 2 atanh(z),
// z = w/(2+w), by its odd power series.

const mlLogTableMin = -38

var (
	mlLogTableOnce sync.Once
	mlLogTable     [93]dd // log(1 + j/128), j = -38 .. 54
)

func mlAtanhSeries(z dd, terms int) dd {
	z2 := ddMul(z, z)
	acc := mlInvOdd[terms]
	for n := terms - 1; n >= 0; n-- {
		acc = ddAdd(ddMul(acc, z2), mlInvOdd[n])
	}
	return ddMul(acc, z)
}

func mlInitLogTable() {
	for j := range mlLogTable {
		c := 1 + float64(j+mlLogTableMin)/128
		// log(c) = 2 atanh((c-1)/(c+1))
		z := ddDiv(dd{c - 1, 0}, dd{c + 1, 0})
		mlLogTable[j] = ddScale2(mlAtanhSeries(z, 24), 1)
	}
}

// mlLogDD is log(x) for finite x > 0.
func mlLogDD(x float64) dd {
	mlLogTableOnce.Do(mlInitLogTable)
	f, e := math.Frexp(x)
	if f < math.Sqrt2/2 {
		f *= 2
		e--
	}
	j := int(math.Floor((f-1)*128 + 0.5))
	c := 1 + float64(j)/128
	d := f - c
	z := ddDiv(dd{d, 0}, ddAddF(dd{2 * c, 0}, d))
	r := ddScale2(mlAtanhSeries(z, 7), 1)
	if j != 0 {
		r = ddAdd(r, mlLogTable[j-mlLogTableMin])
	}
	if e != 0 {
		r = ddAdd(r, mlMulLn2(float64(e)))
	}
	return r
}

func mlLogSpecial(x float64) (float64, bool) {
	switch {
	case math.IsNaN(x):
		return x, true
	case x < 0:
		return math.NaN(), true
	case x == 0:
		return math.Inf(-1), true
	case math.IsInf(x, 1):
		return x, true
	}
	return 0, false
}

func mlLog(x float64) float64 {
	if r, ok := mlLogSpecial(x); ok {
		return r
	}
	if x == 1 {
		return 0
	}
	if r, err := mlLogFast(x); mlRoundOK(r.hi, r.lo, err) {
		return r.hi
	}
	return mlLogDD(x).hi
}

func mlLog2(x float64) float64 {
	if r, ok := mlLogSpecial(x); ok {
		return r
	}
	if f, e := math.Frexp(x); f == 0.5 {
		return float64(e - 1)
	}
	if r, err := mlLogFast(x); true {
		q := ddDiv(r, mlLn2)
		if mlRoundOK(q.hi, q.lo, err*1.5+math.Abs(q.hi)*0x1p-100) {
			return q.hi
		}
	}
	return ddDiv(mlLogDD(x), mlLn2).hi
}

// mlLog10 splits x = 2**k * m (m in [1, 2), or [0.5, 1) when k < 0) and
// forms k*log10(2) + log(m)/ln(10) with log10(2) split in two parts.
func mlLog10(x float64) float64 {
	if r, ok := mlLogSpecial(x); ok {
		return r
	}
	const (
		ivln10   = 0x1.bcb7b1526e50ep-2 // 1/ln(10)
		log10_2h = 0x1.34413509f6000p-2 // log10(2), leading 40 bits
		log10_2l = 0x1.9fef311f12b36p-42
	)
	f, e := math.Frexp(x) // f in [0.5, 1)
	k := e - 1            // x = 2**k * (2f)
	m := 2 * f
	if k < 0 {
		m = f
		k++
	}
	y := float64(k)
	z := float64(y*log10_2l) + float64(ivln10*mlLog(m))
	return z + float64(y*log10_2h)
}

func mlIsOddInt(y float64) bool {
	if y != math.Trunc(y) || math.Abs(y) >= 1<<53 {
		return false
	}
	return int64(y)&1 == 1
}

// mlPow is x**y for finite x and y (C99 special values for zeros and
// negative bases: NaN for a negative base and a non-integer exponent).
func mlPow(x, y float64) float64 {
	if math.IsInf(x, 0) || math.IsInf(y, 0) || math.IsNaN(x) || math.IsNaN(y) {
		return math.Pow(x, y)
	}
	if y == 0 || x == 1 {
		return 1
	}
	if x == 0 {
		if y > 0 {
			if mlIsOddInt(y) {
				return x
			}
			return 0
		}
		if mlIsOddInt(y) {
			return math.Copysign(math.Inf(1), x)
		}
		return math.Inf(1)
	}
	neg := false
	if x < 0 {
		if y != math.Trunc(y) {
			return math.NaN()
		}
		neg = mlIsOddInt(y)
		x = -x
	}
	if y == 1 {
		if neg {
			return -x
		}
		return x
	}
	var r float64
	if l, err := mlLogFast(x); math.Abs(l.hi*y) < 709 {
		p := ddMulF(l, y)
		if v, ok := mlExpFast(p, math.Abs(y)*err+math.Abs(p.hi)*0x1p-100); ok {
			if neg {
				return -v
			}
			return v
		}
	}
	p := ddMulF(mlLogDD(x), y)
	switch {
	case p.hi > 709.8:
		r = math.Inf(1)
	case p.hi < -745.2:
		r = 0
	default:
		m, k := mlExpDD(p)
		r = mlScale(m, k)
	}
	if neg {
		return -r
	}
	return r
}

// Trigonometric functions. The argument is reduced to r = x - q*pi/2 with
// |r| <= pi/4; for |x| < 2**20 by the triple-double pi/2, beyond that with
// pi/2 to 1300 bits in big.Float (exact enough for every float64).

var (
	mlBigPio2Once sync.Once
	mlBigPio2     *big.Float
)

const mlBigPrec = 1300

func mlBigAtanInv(n int64) *big.Float {
	// atan(1/n) = sum (-1)^k / ((2k+1) n^(2k+1))
	prec := uint(mlBigPrec + 64)
	sum := new(big.Float).SetPrec(prec)
	nb := new(big.Float).SetPrec(prec).SetInt64(n)
	n2 := new(big.Float).SetPrec(prec).Mul(nb, nb)
	term := new(big.Float).SetPrec(prec).Quo(big.NewFloat(1).SetPrec(prec), nb)
	eps := new(big.Float).SetPrec(prec).SetMantExp(big.NewFloat(1), -int(prec))
	t := new(big.Float).SetPrec(prec)
	for k := int64(0); ; k++ {
		t.Quo(term, new(big.Float).SetPrec(prec).SetInt64(2*k+1))
		if k%2 == 0 {
			sum.Add(sum, t)
		} else {
			sum.Sub(sum, t)
		}
		if t.Cmp(eps) < 0 {
			break
		}
		term.Quo(term, n2)
	}
	return sum
}

func mlInitBigPio2() {
	// Machin: pi/4 = 4 atan(1/5) - atan(1/239)
	a := mlBigAtanInv(5)
	b := mlBigAtanInv(239)
	a.Mul(a, big.NewFloat(4))
	a.Sub(a, b)
	a.Mul(a, big.NewFloat(2)) // pi/2
	mlBigPio2 = a
}

// mlTrigReduce returns r and q with x = (4n + q) * pi/2 + r.
func mlTrigReduce(x float64) (dd, int) {
	ax := math.Abs(x)
	if ax <= math.Pi/4 {
		return dd{x, 0}, 0
	}
	if ax < 1<<20 {
		k := math.Floor(x*(2/math.Pi) + 0.5)
		p1, e1 := twoProd(k, mlPio2Hi)
		p2, e2 := twoProd(k, mlPio2Mid)
		r := ddSub(dd{x, 0}, dd{p1, e1})
		r = ddSub(r, dd{p2, e2 + k*mlPio2Lo})
		return r, int(int64(k) & 3)
	}
	mlBigPio2Once.Do(mlInitBigPio2)
	prec := uint(mlBigPrec)
	xb := new(big.Float).SetPrec(prec).SetFloat64(x)
	q := new(big.Float).SetPrec(prec).Quo(xb, mlBigPio2)
	q.Add(q, big.NewFloat(0.5))
	ki, _ := q.Int(nil)
	if q.Sign() < 0 {
		// Int truncates toward zero; floor(q) for negative non-integers.
		if fq := new(big.Float).SetInt(ki); fq.Cmp(q) != 0 {
			ki.Sub(ki, big.NewInt(1))
		}
	}
	kf := new(big.Float).SetPrec(prec).SetInt(ki)
	r := new(big.Float).SetPrec(prec).Mul(kf, mlBigPio2)
	r.Sub(xb, r)
	hi, _ := r.Float64()
	lo, _ := new(big.Float).SetPrec(prec).Sub(r, big.NewFloat(hi)).Float64()
	qm := new(big.Int).And(ki, big.NewInt(3)).Int64()
	return dd{hi, lo}, int(qm)
}

// mlSinCosDD is sin(r), cos(r) for |r| <= pi/4 (a little more is fine).
func mlSinCosDD(r dd) (dd, dd) {
	r2 := ddMul(r, r)
	const n = 14
	s := mlInvFact[2*n+1]
	c := mlInvFact[2*n]
	if n%2 == 1 {
		s, c = ddNeg(s), ddNeg(c)
	}
	for i := n - 1; i >= 0; i-- {
		si, ci := mlInvFact[2*i+1], mlInvFact[2*i]
		if i%2 == 1 {
			si, ci = ddNeg(si), ddNeg(ci)
		}
		s = ddAdd(ddMul(s, r2), si)
		c = ddAdd(ddMul(c, r2), ci)
	}
	return ddMul(s, r), c
}

func mlSin(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return math.NaN()
	}
	if math.Abs(x) < 0x1p-26 {
		return x
	}
	if v, ok := mlSinFastPath(x); ok {
		return v
	}
	r, q := mlTrigReduce(x)
	s, c := mlSinCosDD(r)
	switch q {
	case 0:
		return s.hi
	case 1:
		return c.hi
	case 2:
		return -s.hi
	}
	return -c.hi
}

func mlCos(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return math.NaN()
	}
	if math.Abs(x) < 0x1p-27 {
		return 1
	}
	if v, ok := mlCosFastPath(x); ok {
		return v
	}
	r, q := mlTrigReduce(x)
	s, c := mlSinCosDD(r)
	switch q {
	case 0:
		return c.hi
	case 1:
		return -s.hi
	case 2:
		return -c.hi
	}
	return s.hi
}

func mlTan(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return math.NaN()
	}
	if math.Abs(x) < 0x1p-27 {
		return x
	}
	if v, ok := mlTanFastPath(x); ok {
		return v
	}
	r, q := mlTrigReduce(x)
	s, c := mlSinCosDD(r)
	if q&1 == 1 {
		return -ddDiv(c, s).hi
	}
	return ddDiv(s, c).hi
}

// mlAtanDD is atan(v): one Newton step from Go's float64 atan, which
// doubles its 53 correct bits.
func mlAtanDD(v dd) dd {
	neg := v.hi < 0
	if neg {
		v = ddNeg(v)
	}
	inv := v.hi > 1
	if inv {
		v = ddDiv(dd{1, 0}, v)
	}
	y0 := math.Atan(v.hi)
	s, c := mlSinCosDD(dd{y0, 0})
	num := ddSub(ddMul(v, c), s)
	den := ddAdd(c, ddMul(v, s))
	y := ddAddF(ddDiv(num, den), y0)
	if inv {
		y = ddSub(mlPio2, y)
	}
	if neg {
		y = ddNeg(y)
	}
	return y
}

func mlAtan(x float64) float64 {
	if math.IsNaN(x) {
		return x
	}
	if math.IsInf(x, 0) {
		return math.Copysign(mlPio2Hi, x)
	}
	if math.Abs(x) < 0x1p-27 {
		return x
	}
	if y := mlAtanFastDD(dd{x, 0}); mlRoundOK(y.hi, y.lo, math.Abs(y.hi)*0x1p-59) {
		return y.hi
	}
	return mlAtanDD(dd{x, 0}).hi
}

func mlAtan2(y, x float64) float64 {
	if math.IsNaN(x) || math.IsNaN(y) || math.IsInf(x, 0) || math.IsInf(y, 0) || x == 0 || y == 0 {
		return math.Atan2(y, x)
	}
	ay, ax := math.Abs(y), math.Abs(x)
	if ay <= ax && x > 0 && ay/ax < 0x1p-900 {
		// atan(v) == v to far below an ulp; the quotient is correctly
		// rounded, also when subnormal.
		return y / x
	}
	r := mlAtan2Core(ay, ax, x, mlAtanFastDD)
	if !mlRoundOK(r.hi, r.lo, math.Abs(r.hi)*0x1p-58) {
		r = mlAtan2Core(ay, ax, x, mlAtanDD)
	}
	if y < 0 {
		return -r.hi
	}
	return r.hi
}

func mlAtan2Core(ay, ax, x float64, atan func(dd) dd) dd {
	if ay <= ax {
		r := atan(ddDiv(dd{ay, 0}, dd{ax, 0}))
		if x < 0 {
			r = ddSub(mlPi, r)
		}
		return r
	}
	a := atan(ddDiv(dd{ax, 0}, dd{ay, 0}))
	if x > 0 {
		return ddSub(mlPio2, a)
	}
	return ddAdd(mlPio2, a)
}

// mlOneMinusSq is 1 - x*x as a double-double, for |x| <= 1.
func mlOneMinusSq(ax float64) dd {
	a, ae := twoSum(1, -ax)
	b, be := twoSum(1, ax)
	return ddMul(dd{a, ae}, dd{b, be})
}

func mlAsin(x float64) float64 {
	if math.IsNaN(x) || math.Abs(x) > 1 {
		return math.NaN()
	}
	if math.Abs(x) < 0x1p-26 {
		return x
	}
	ax := math.Abs(x)
	if ax == 1 {
		return math.Copysign(mlPio2Hi, x)
	}
	s := ddSqrt(mlOneMinusSq(ax))
	q := ddDiv(dd{ax, 0}, s)
	r := mlAtanFastDD(q)
	if !mlRoundOK(r.hi, r.lo, math.Abs(r.hi)*0x1p-58) {
		r = mlAtanDD(q)
	}
	return math.Copysign(r.hi, x)
}

func mlAcos(x float64) float64 {
	if math.IsNaN(x) || math.Abs(x) > 1 {
		return math.NaN()
	}
	if x == 1 {
		return 0
	}
	if x == -1 {
		return mlPi.hi
	}
	if math.Abs(x) < 0x1p-60 {
		return mlPio2Hi
	}
	ax := math.Abs(x)
	s := ddSqrt(mlOneMinusSq(ax))
	q := ddDiv(s, dd{ax, 0})
	core := func(atan func(dd) dd) dd {
		r := atan(q)
		if x < 0 {
			r = ddSub(mlPi, r)
		}
		return r
	}
	r := core(mlAtanFastDD)
	if !mlRoundOK(r.hi, r.lo, math.Abs(r.hi)*0x1p-58) {
		r = core(mlAtanDD)
	}
	return r.hi
}

// The hyperbolic functions and their inverses, and log10, follow the
// classic fdlibm formulas that glibc uses (built on exp, log, expm1 and
// log1p), so that results match CPython's on Linux bit for bit; Go's
// Expm1 and Log1p are fdlibm's, exp and log above are correctly rounded
// like glibc's. Explicit float64 conversions keep products from being
// fused into FMAs.

// mlHW is the high 32 bits of |x|, which fdlibm compares against.
func mlHW(x float64) uint32 { return uint32(math.Float64bits(math.Abs(x)) >> 32) }

func mlSinh(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return x
	}
	h := 0.5
	if x < 0 {
		h = -0.5
	}
	ax := math.Abs(x)
	ix := mlHW(x)
	switch {
	case ix < 0x40360000: // |x| < 22
		if ix < 0x3e300000 { // |x| < 2**-28
			return x
		}
		t := math.Expm1(ax)
		if ix < 0x3ff00000 {
			return h * (float64(2.0*t) - float64(t*t)/(t+1))
		}
		return h * (t + t/(t+1))
	case ix < 0x40862e42: // |x| < log(maxdouble)
		return h * mlExp(ax)
	case math.Float64bits(ax) <= 0x408633ce8fb9f87d: // overflow threshold
		w := mlExp(0.5 * ax)
		return float64(h*w) * w
	}
	return math.Copysign(math.Inf(1), x)
}

func mlCosh(x float64) float64 {
	if math.IsNaN(x) {
		return x
	}
	ax := math.Abs(x)
	ix := mlHW(x)
	switch {
	case ix < 0x3fd62e43: // |x| < ln2/2
		if ix < 0x3c800000 {
			return 1
		}
		t := math.Expm1(ax)
		w := 1 + t
		return 1 + float64(t*t)/(w+w)
	case ix < 0x40360000: // |x| < 22
		t := mlExp(ax)
		return float64(0.5*t) + 0.5/t
	case ix < 0x40862e42:
		return 0.5 * mlExp(ax)
	case math.Float64bits(ax) <= 0x408633ce8fb9f87d:
		w := mlExp(0.5 * ax)
		return float64(0.5*w) * w
	}
	return math.Inf(1)
}

func mlTanh(x float64) float64 {
	if math.IsNaN(x) || x == 0 {
		return x
	}
	ix := mlHW(x)
	var z float64
	switch {
	case ix >= 0x40360000: // |x| >= 22 (and inf)
		z = 1
	case ix < 0x3c800000: // |x| < 2**-55
		return x * (1 + x)
	case ix >= 0x3ff00000: // |x| >= 1
		t := math.Expm1(2 * math.Abs(x))
		z = 1 - 2/(t+2)
	default:
		t := math.Expm1(-2 * math.Abs(x))
		z = -t / (t + 2)
	}
	return math.Copysign(z, x)
}

func mlAsinh(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return x
	}
	ix := mlHW(x)
	if ix < 0x3e300000 { // |x| < 2**-28
		return x
	}
	ax := math.Abs(x)
	var w float64
	switch {
	case ix > 0x41b00000: // |x| > 2**28
		w = mlLog(ax) + mlLn2Hi
	case ix > 0x40000000: // |x| > 2
		w = mlLog(float64(2.0*ax) + 1/(math.Sqrt(float64(ax*ax)+1)+ax))
	default:
		t := ax * ax
		w = math.Log1p(ax + t/(1+math.Sqrt(1+t)))
	}
	return math.Copysign(w, x)
}

func mlAcosh(x float64) float64 {
	ix := uint32(math.Float64bits(x) >> 32)
	switch {
	case math.IsNaN(x):
		return x
	case x < 1:
		return math.NaN()
	case ix >= 0x41b00000: // x >= 2**28
		if math.IsInf(x, 1) {
			return x
		}
		return mlLog(x) + mlLn2Hi
	case x == 1:
		return 0
	case ix > 0x40000000: // x > 2
		t := x * x
		return mlLog(float64(2.0*x) - 1/(x+math.Sqrt(t-1)))
	}
	t := x - 1
	return math.Log1p(t + math.Sqrt(float64(2.0*t)+float64(t*t)))
}

func mlAtanh(x float64) float64 { return math.Atanh(x) }

func mlCbrt(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) || x == 0 {
		return x
	}
	ax := math.Abs(x)
	y := math.Cbrt(ax)
	// One Newton step on y**3 - ax, with the residual formed exactly.
	p, e := twoProd(y, y)
	y3 := ddMulF(dd{p, e}, y)
	diff := ddAddF(y3, -ax)
	r := ddAddF(dd{y, 0}, -diff.hi/(3*y*y))
	return math.Copysign(r.hi, x)
}
