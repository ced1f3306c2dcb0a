package runtime

import (
	"math"
	"math/big"
	"sync"
)

// Correctly rounded pow and hypot. CPython calls the C library's pow, which
// on glibc is accurate to well under one ulp; Go's math.Pow accumulates
// several roundings (1.1**10 differs in the last bit). Computing with a few
// hundred bits and rounding once reproduces the C library for everything
// but values within ~2**-190 of a halfway point.

const powPrec = 256

var (
	ln2Once sync.Once
	ln2Big  *big.Float
)

// bigLn2 is ln 2 to powPrec+64 bits: 2*atanh(1/3).
func bigLn2() *big.Float {
	ln2Once.Do(func() {
		p := uint(powPrec + 64)
		z := new(big.Float).SetPrec(p).Quo(big.NewFloat(1).SetPrec(p), big.NewFloat(3).SetPrec(p))
		ln2Big = bigAtanh2(z, p)
	})
	return ln2Big
}

// bigAtanh2 is 2*atanh(z) for small |z|: 2*(z + z^3/3 + z^5/5 + ...).
func bigAtanh2(z *big.Float, prec uint) *big.Float {
	z2 := new(big.Float).SetPrec(prec).Mul(z, z)
	term := new(big.Float).SetPrec(prec).Set(z)
	sum := new(big.Float).SetPrec(prec).Set(z)
	tmp := new(big.Float).SetPrec(prec)
	for k := int64(3); ; k += 2 {
		term.Mul(term, z2)
		tmp.Quo(term, new(big.Float).SetPrec(prec).SetInt64(k))
		if tmp.Sign() == 0 || tmp.MantExp(nil)-sum.MantExp(nil) < -int(prec)-2 {
			break
		}
		sum.Add(sum, tmp)
	}
	return sum.Mul(sum, big.NewFloat(2))
}

// bigLog is ln x for x > 0.
func bigLog(x *big.Float, prec uint) *big.Float {
	m := new(big.Float).SetPrec(prec)
	e := x.MantExp(m) // x = m * 2**e, m in [0.5, 1)
	if m.Cmp(big.NewFloat(math.Sqrt2/2)) < 0 {
		m.SetMantExp(m, 1)
		e--
	}
	num := new(big.Float).SetPrec(prec).Sub(m, big.NewFloat(1))
	den := new(big.Float).SetPrec(prec).Add(m, big.NewFloat(1))
	z := num.Quo(num, den)
	r := bigAtanh2(z, prec)
	if e != 0 {
		l := new(big.Float).SetPrec(prec).Mul(bigLn2(), new(big.Float).SetPrec(prec).SetInt64(int64(e)))
		r.Add(r, l)
	}
	return r
}

// bigExp is e**r for |r| < ~1000.
func bigExp(r *big.Float, prec uint) *big.Float {
	p := prec + 24
	ln2 := bigLn2()
	q := new(big.Float).SetPrec(p).Quo(r, ln2)
	kf, _ := q.Float64()
	k := int64(math.Round(kf))
	s := new(big.Float).SetPrec(p).Mul(ln2, new(big.Float).SetPrec(p).SetInt64(k))
	s.Sub(r, s)
	const halvings = 12
	s.SetMantExp(s, -halvings)
	sum := new(big.Float).SetPrec(p).SetInt64(1)
	term := new(big.Float).SetPrec(p).SetInt64(1)
	for n := int64(1); ; n++ {
		term.Mul(term, s)
		term.Quo(term, new(big.Float).SetPrec(p).SetInt64(n))
		if term.Sign() == 0 || term.MantExp(nil) < -int(p)-2 {
			break
		}
		sum.Add(sum, term)
	}
	for i := 0; i < halvings; i++ {
		sum.Mul(sum, sum)
	}
	return sum.SetMantExp(sum, int(k))
}

// crPow is x**y for finite x > 0, x != 1, and finite y != 0, correctly
// rounded; overflow gives +Inf.
func crPow(x, y float64) float64 {
	switch y {
	case 1:
		return x
	case 2:
		return x * x
	case -1:
		return 1 / x
	case 0.5:
		return math.Sqrt(x)
	}
	l := y * math.Log2(x)
	if l > 1025 {
		return math.Inf(1)
	}
	if l < -1080 {
		return 0
	}
	var r *big.Float
	bx := new(big.Float).SetPrec(powPrec).SetFloat64(x)
	if y == math.Trunc(y) && math.Abs(y) < 1<<62 {
		n := int64(math.Abs(y))
		r = new(big.Float).SetPrec(powPrec).SetInt64(1)
		p := bx
		for n > 0 {
			if n&1 == 1 {
				r.Mul(r, p)
			}
			n >>= 1
			if n > 0 {
				p = new(big.Float).SetPrec(powPrec).Mul(p, p)
			}
		}
		if y < 0 {
			r.Quo(new(big.Float).SetPrec(powPrec).SetInt64(1), r)
		}
	} else {
		t := bigLog(bx, powPrec)
		t.Mul(t, new(big.Float).SetPrec(powPrec).SetFloat64(y))
		r = bigExp(t, powPrec)
	}
	f, _ := r.Float64()
	return f
}

// crHypot is sqrt(x*x + y*y) correctly rounded, with C's special values.
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
	const p = 2300
	bx := new(big.Float).SetPrec(p).SetFloat64(x)
	by := new(big.Float).SetPrec(p).SetFloat64(y)
	bx.Mul(bx, bx)
	by.Mul(by, by)
	bx.Add(bx, by)
	bx.SetPrec(powPrec).Sqrt(bx)
	f, _ := bx.Float64()
	return f
}

// Correctly rounded exp, log, sin, cos and atan2 for finite arguments, used
// where CPython's results come from the C library (complex powers).

const trigPrec = 1600 // enough to reduce arguments up to 2**1024 by pi/2

var (
	piOnce sync.Once
	piBig  *big.Float
)

// bigAtanSeries is atan(x) for small |x|: x - x^3/3 + x^5/5 - ...
func bigAtanSeries(x *big.Float, prec uint) *big.Float {
	x2 := new(big.Float).SetPrec(prec).Mul(x, x)
	term := new(big.Float).SetPrec(prec).Set(x)
	sum := new(big.Float).SetPrec(prec).Set(x)
	tmp := new(big.Float).SetPrec(prec)
	for k := int64(3); ; k += 2 {
		term.Mul(term, x2)
		term.Neg(term)
		tmp.Quo(term, new(big.Float).SetPrec(prec).SetInt64(k))
		if tmp.Sign() == 0 || tmp.MantExp(nil)-sum.MantExp(nil) < -int(prec)-2 {
			break
		}
		sum.Add(sum, tmp)
	}
	return sum
}

// bigPi is pi to trigPrec bits (Machin: 16 atan(1/5) - 4 atan(1/239)).
func bigPi() *big.Float {
	piOnce.Do(func() {
		p := uint(trigPrec + 64)
		one := new(big.Float).SetPrec(p).SetInt64(1)
		a := bigAtanSeries(new(big.Float).SetPrec(p).Quo(one, new(big.Float).SetPrec(p).SetInt64(5)), p)
		b := bigAtanSeries(new(big.Float).SetPrec(p).Quo(one, new(big.Float).SetPrec(p).SetInt64(239)), p)
		a.Mul(a, new(big.Float).SetInt64(16))
		b.Mul(b, new(big.Float).SetInt64(4))
		piBig = a.Sub(a, b)
	})
	return piBig
}

// bigAtan is atan(x) for any finite x.
func bigAtan(x *big.Float, prec uint) *big.Float {
	p := prec + 16
	neg := x.Sign() < 0
	ax := new(big.Float).SetPrec(p).Abs(x)
	one := new(big.Float).SetPrec(p).SetInt64(1)
	invert := ax.Cmp(one) > 0
	if invert {
		ax.Quo(one, ax)
	}
	// atan(x) = 2 atan(x / (1 + sqrt(1 + x^2))), applied until x is small.
	doublings := 0
	for ax.Cmp(big.NewFloat(0.01)) > 0 {
		s := new(big.Float).SetPrec(p).Mul(ax, ax)
		s.Add(s, one)
		s.Sqrt(s)
		s.Add(s, one)
		ax.Quo(ax, s)
		doublings++
	}
	r := bigAtanSeries(ax, p)
	r.SetMantExp(r, doublings)
	if invert {
		half := new(big.Float).SetPrec(p).Set(bigPi())
		half.SetMantExp(half, -1)
		r.Sub(half, r)
	}
	if neg {
		r.Neg(r)
	}
	return r
}

// bigSinCos returns sin(x) and cos(x) for a float64 x.
func bigSinCos(x float64, prec uint) (*big.Float, *big.Float) {
	p := prec + 16
	bx := new(big.Float).SetPrec(trigPrec).SetFloat64(x)
	halfPi := new(big.Float).SetPrec(trigPrec).Set(bigPi())
	halfPi.SetMantExp(halfPi, -1)
	q := new(big.Float).SetPrec(trigPrec).Quo(bx, halfPi)
	// k = round(q)
	kInt, _ := new(big.Float).SetPrec(trigPrec).Add(q, big.NewFloat(0.5*float64(q.Sign()))).Int(nil)
	kf := new(big.Float).SetPrec(trigPrec).SetInt(kInt)
	r := new(big.Float).SetPrec(trigPrec).Mul(kf, halfPi)
	r.Sub(bx, r)
	r.SetPrec(p)
	// Taylor series for sin and cos of the reduced argument |r| <= pi/4.
	r2 := new(big.Float).SetPrec(p).Mul(r, r)
	sin := new(big.Float).SetPrec(p).Set(r)
	cos := new(big.Float).SetPrec(p).SetInt64(1)
	st := new(big.Float).SetPrec(p).Set(r)
	ct := new(big.Float).SetPrec(p).SetInt64(1)
	for n := int64(1); n < 400; n++ {
		st.Mul(st, r2)
		st.Quo(st, new(big.Float).SetPrec(p).SetInt64(-(2*n)*(2*n+1)))
		ct.Mul(ct, r2)
		ct.Quo(ct, new(big.Float).SetPrec(p).SetInt64(-(2*n-1)*(2*n)))
		sin.Add(sin, st)
		cos.Add(cos, ct)
		if ct.Sign() == 0 || ct.MantExp(nil) < -int(p)-8 {
			break
		}
	}
	k := new(big.Int).Mod(kInt, big.NewInt(4)).Int64()
	switch k {
	case 1:
		sin, cos = cos, sin.Neg(sin)
	case 2:
		sin.Neg(sin)
		cos.Neg(cos)
	case 3:
		sin, cos = cos.Neg(cos), sin
	}
	return sin, cos
}

func roundBig(b *big.Float) float64 { f, _ := b.Float64(); return f }

// crSin is sin(x) correctly rounded.
func crSin(x float64) float64 {
	if x == 0 || math.IsInf(x, 0) || math.IsNaN(x) || math.Abs(x) < 1e-8 {
		return math.Sin(x) // sin(x) rounds to x for tiny x; specials as C
	}
	s, _ := bigSinCos(x, powPrec)
	return roundBig(s)
}

// crCos is cos(x) correctly rounded.
func crCos(x float64) float64 {
	if math.IsInf(x, 0) || math.IsNaN(x) || math.Abs(x) < 1e-8 {
		return math.Cos(x)
	}
	_, c := bigSinCos(x, powPrec)
	return roundBig(c)
}

// crExp is exp(x) correctly rounded.
func crExp(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 0) || x == 0:
		return math.Exp(x)
	case x > 710:
		return math.Inf(1)
	case x < -746:
		return 0
	}
	return roundBig(bigExp(new(big.Float).SetPrec(powPrec).SetFloat64(x), powPrec))
}

// crLog is log(x) correctly rounded.
func crLog(x float64) float64 {
	if !(x > 0) || math.IsInf(x, 0) || x == 1 {
		return math.Log(x)
	}
	return roundBig(bigLog(new(big.Float).SetPrec(powPrec).SetFloat64(x), powPrec))
}

// crAtan2 is atan2(y, x) correctly rounded.
func crAtan2(y, x float64) float64 {
	if y == 0 || x == 0 || math.IsInf(x, 0) || math.IsInf(y, 0) || math.IsNaN(x) || math.IsNaN(y) {
		return math.Atan2(y, x)
	}
	p := uint(powPrec + 16)
	q := new(big.Float).SetPrec(p).Quo(new(big.Float).SetFloat64(math.Abs(y)), new(big.Float).SetFloat64(math.Abs(x)))
	a := bigAtan(q, powPrec)
	if x < 0 {
		a.Sub(new(big.Float).SetPrec(p).Set(bigPi()), a)
	}
	if y < 0 {
		a.Neg(a)
	}
	return roundBig(a)
}
