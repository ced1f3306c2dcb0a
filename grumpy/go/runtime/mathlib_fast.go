package runtime

import (
	"math"
	"sync"
)

// Fast paths for mathlib.go (Ziv's strategy): evaluate with table-driven
// argument reduction, the leading terms in exact double-double arithmetic
// and the small tail in plain float64, giving a result h + l with a known
// error bound. When every value within the bound rounds to the same
// float64, that is the correctly rounded result; otherwise (rarely) the
// slower full double-double evaluation decides.

// mlRoundOK reports whether h + l, known to within err, rounds to h.
func mlRoundOK(h, l, err float64) bool {
	return h+(l+err) == h+(l-err)
}

var (
	mlFastOnce sync.Once
	// mlExpTab[j] = 2**(j/64)
	mlExpTab [64]dd
	// mlLogInv[j] ~ 1/(1 + j/128) rounded; mlLogTab[j] = -log(mlLogInv[j])
	mlLogInv [93]float64
	mlLogTab [93]dd
	// mlSinTab[j], mlCosTab[j] = sin(j/64), cos(j/64)
	mlSinTab [54]dd
	mlCosTab [54]dd
)

func mlInitFast() {
	for j := range mlExpTab {
		a := ddScale2(ddMulF(mlLn2, float64(j)), -6)
		a = ddAddF(a, float64(j)*mlLn2Lo/64)
		m, k := mlExpDD(a)
		mlExpTab[j] = ddScale2(m, k)
	}
	for i := range mlLogInv {
		c := 1 + float64(i+mlLogTableMin)/128
		inv := 1 / c
		mlLogInv[i] = inv
		mlLogTab[i] = ddNeg(mlLogDD(inv))
	}
	for j := range mlSinTab {
		s, c := mlSinCosDD(dd{float64(j) / 64, 0})
		mlSinTab[j], mlCosTab[j] = s, c
	}
}

// mlExpFast computes exp(a) for a double-double a with |a.hi| < 709.8,
// where a itself is known to within relErr of exp(a)'s relative size; ok is
// false when the rounding is in doubt or the result would be subnormal.
func mlExpFast(a dd, relErr float64) (float64, bool) {
	mlFastOnce.Do(mlInitFast)
	kf := math.Floor(a.hi*(64/mlLn2Hi) + 0.5)
	k := int(kf)
	// r = a - k*ln2/64, ln2 as a triple-double.
	p1, e1 := twoProd(kf, mlLn2Hi)
	p2, e2 := twoProd(kf, mlLn2Mid)
	r := ddSub(a, ddScale2(ddAdd(dd{p1, e1}, dd{p2, e2 + kf*mlLn2Lo}), -6))
	// exp(r) - 1 = r + r*r/2 + r**3 * poly, |r| <= ln2/128.
	x := r.hi
	s, se := twoProd(x, x)
	s, se = s/2, se/2
	poly := x * x * x * (1.0/6 + x*(1.0/24+x*(1.0/120+x*(1.0/720+x*(1.0/5040+x*(1.0/40320))))))
	// e = x + s + (r.lo + se + r.lo*x + poly)
	eh, el := twoSum(x, s)
	el += r.lo + se + r.lo*x + poly
	eh, el = quickTwoSum(eh, el)
	j := k & 63
	m := (k - j) >> 6
	tab := mlExpTab[j]
	// tab * (1 + e)
	ph, pl := twoProd(tab.hi, eh)
	sh, sl := twoSum(tab.hi, ph)
	sl += pl + tab.hi*el + tab.lo + tab.lo*eh
	h, l := quickTwoSum(sh, sl)
	if !mlRoundOK(h, l, h*(0x1p-63+relErr)) {
		return 0, false
	}
	r2 := math.Ldexp(h, m)
	if r2 < 0x1p-1022 && !math.IsInf(r2, 0) {
		return 0, false
	}
	return r2, true
}

// mlLogFast is log(x) for finite x > 0 as h + l with its error bound.
func mlLogFast(x float64) (dd, float64) {
	mlFastOnce.Do(mlInitFast)
	f, e := math.Frexp(x)
	if f < math.Sqrt2/2 {
		f *= 2
		e--
	}
	j := int(math.Floor((f-1)*128 + 0.5))
	inv := mlLogInv[j-mlLogTableMin]
	// r = f*inv - 1 exactly, as a double-double.
	P, p := twoProd(f, inv)
	r := dd{P - 1, 0}
	r.hi, r.lo = twoSum(r.hi, p)
	// log(1+r) = r - r*r/2 + r**3 * poly
	xh := r.hi
	s, se := twoProd(xh, xh)
	s, se = -s/2, -se/2
	poly := xh * xh * xh * (1.0/3 + xh*(-1.0/4+xh*(1.0/5+xh*(-1.0/6+xh*(1.0/7+xh*(-1.0/8+xh*(1.0/9+xh*(-1.0/10))))))))
	lh, ll := twoSum(xh, s)
	ll += r.lo + se - r.lo*xh + poly
	res := dd{lh, ll}
	res.hi, res.lo = quickTwoSum(lh, ll)
	errAbs := 0.0
	if j != 0 {
		res = ddAdd(res, mlLogTab[j-mlLogTableMin])
		errAbs = 0x1p-72
	}
	if e != 0 {
		res = ddAdd(res, mlMulLn2(float64(e)))
		errAbs = 0x1p-72
	}
	return res, errAbs + math.Abs(res.hi)*0x1p-62
}

// mlSinCosFast is sin(r), cos(r) for |r| <= pi/4 + a little, with an
// absolute error below |value| * 2**-62 each.
func mlSinCosFast(r dd) (dd, dd) {
	mlFastOnce.Do(mlInitFast)
	j := int(math.Floor(r.hi*64 + 0.5))
	neg := j < 0
	if neg {
		j = -j
	}
	a := float64(j) / 64
	if neg {
		a = -a
	}
	t := dd{r.hi - a, r.lo}
	x := t.hi
	x2 := x * x
	// sin t = x + (t.lo + x**3 * sp)
	sp := -1.0/6 + x2*(1.0/120+x2*(-1.0/5040+x2*(1.0/362880)))
	st := dd{x, t.lo + x*x2*sp}
	// cos t - 1 = -x*x/2 + (-t.lo*x + x**4 * cp)
	u, ue := twoProd(x, x)
	cp := 1.0/24 + x2*(-1.0/720+x2*(1.0/40320))
	cm := dd{-u / 2, -ue/2 - t.lo*x + x2*x2*cp}
	S, C := mlSinTab[j], mlCosTab[j]
	if neg {
		S = ddNeg(S)
	}
	// sin(a+t) = S + S*(cos t - 1) + C*sin t
	// cos(a+t) = C + C*(cos t - 1) - S*sin t
	mul := func(p, q dd) dd {
		h, l := twoProd(p.hi, q.hi)
		return dd{h, l + p.hi*q.lo + p.lo*q.hi}
	}
	if j == 0 {
		sh, sl := quickTwoSum(st.hi, st.lo)
		ch, cl := twoSum(1, cm.hi)
		cl += cm.lo
		ch, cl = quickTwoSum(ch, cl)
		return dd{sh, sl}, dd{ch, cl}
	}
	sinv := ddAdd(ddAdd(S, mul(C, st)), mul(S, cm))
	cosv := ddSub(ddAdd(C, mul(C, cm)), mul(S, st))
	return sinv, cosv
}

// mlTrigFast reduces x (|x| < 2**20) and returns sin, cos of the reduced
// argument and the quadrant.
func mlTrigFast(x float64) (dd, dd, int, bool) {
	if math.Abs(x) >= 1<<20 {
		return dd{}, dd{}, 0, false
	}
	r, q := mlTrigReduce(x)
	s, c := mlSinCosFast(r)
	return s, c, q, true
}

func mlSinFastPath(x float64) (float64, bool) {
	s, c, q, ok := mlTrigFast(x)
	if !ok {
		return 0, false
	}
	v := s
	if q&1 == 1 {
		v = c
	}
	if !mlRoundOK(v.hi, v.lo, math.Abs(v.hi)*0x1p-61) {
		return 0, false
	}
	if q >= 2 {
		return -v.hi, true
	}
	return v.hi, true
}

func mlCosFastPath(x float64) (float64, bool) {
	s, c, q, ok := mlTrigFast(x)
	if !ok {
		return 0, false
	}
	v := c
	if q&1 == 1 {
		v = s
	}
	if !mlRoundOK(v.hi, v.lo, math.Abs(v.hi)*0x1p-61) {
		return 0, false
	}
	if q == 1 || q == 2 {
		return -v.hi, true
	}
	return v.hi, true
}

func mlTanFastPath(x float64) (float64, bool) {
	s, c, q, ok := mlTrigFast(x)
	if !ok {
		return 0, false
	}
	var v dd
	if q&1 == 1 {
		v = ddNeg(ddDiv(c, s))
	} else {
		v = ddDiv(s, c)
	}
	if !mlRoundOK(v.hi, v.lo, math.Abs(v.hi)*0x1p-60) {
		return 0, false
	}
	return v.hi, true
}

// mlAtanFastDD is atan(v) by one Newton step with the fast sin/cos; the
// relative error is below 2**-60.
func mlAtanFastDD(v dd) dd {
	neg := v.hi < 0
	if neg {
		v = ddNeg(v)
	}
	inv := v.hi > 1
	if inv {
		v = ddDiv(dd{1, 0}, v)
	}
	y0 := math.Atan(v.hi)
	s, c := mlSinCosFast(dd{y0, 0})
	num := ddSub(ddMul(v, c), s)
	den := ddAdd(c, ddMul(v, s))
	y := ddAddF(dd{num.hi / den.hi, 0}, y0)
	if inv {
		y = ddSub(mlPio2, y)
	}
	if neg {
		y = ddNeg(y)
	}
	return y
}
