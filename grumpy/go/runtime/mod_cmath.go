package runtime

import "math"

// The cmath module: CPython 3.11's complex functions with its special-value
// behaviour (C99 Annex G results for infinite and NaN parts, ValueError
// "math domain error" and OverflowError "math range error" where CPython
// raises them). Finite arguments use the numerically careful formulations of
// Kahan's "Branch cuts for complex elementary functions" (square roots of
// 1±z for the inverse functions, rescaling near overflow and underflow); the
// real-valued building blocks are mathlib.go's correctly rounded functions.
// The special values are tables indexed by the class of the real and the
// imaginary part (mod_cmath_tables.go).

func init() {
	RegisterModule(&ModuleSpec{Name: "cmath", Native: initCmathModule})
}

// cmErr is the error a cmath computation reports (errno in CPython).
type cmErr int

const (
	cmOK cmErr = iota
	cmEDom
	cmERange
)

// cmEntry is one special-value table entry: a fixed result, an error, or
// c (the result depends on the finite part and is computed by the caller).
type cmEntry struct {
	re, im float64
	e      cmErr
	c      bool
}

const (
	cmP   = math.Pi
	cmP2  = math.Pi / 2
	cmP4  = math.Pi / 4
	cmP34 = 3 * math.Pi / 4
)

var (
	cmInf = math.Inf(1)
	cmU   = math.NaN()
	cmNZ  = math.Copysign(0, -1)
)

const (
	cmLargeDouble  = math.MaxFloat64 / 4
	cmDblMin       = 2.2250738585072014e-308
	cmScaleUp      = 53
	cmScaleDown    = -27
	cmLn2          = math.Ln2
	cmLn10         = math.Ln10
	cmMathE        = math.E
	cmPio2         = math.Pi / 2
	cmMaxLogDouble = 709.782712893384 // log(DBL_MAX), rounded down
)

var (
	cmSqrtLargeDouble = math.Sqrt(cmLargeDouble)
	cmLogLargeDouble  = math.Log(cmLargeDouble)
	cmSqrtDblMin      = math.Sqrt(cmDblMin)
)

// cmClass is the special-value table index of a float: -inf, negative
// finite, -0, +0, positive finite, +inf, nan.
func cmClass(x float64) int {
	switch {
	case math.IsNaN(x):
		return 6
	case math.IsInf(x, -1):
		return 0
	case math.IsInf(x, 1):
		return 5
	case x == 0:
		if math.Signbit(x) {
			return 2
		}
		return 3
	case x < 0:
		return 1
	}
	return 4
}

func cmFinite(z complex128) bool {
	return !math.IsInf(real(z), 0) && !math.IsNaN(real(z)) && !math.IsInf(imag(z), 0) && !math.IsNaN(imag(z))
}

func cmIsFinite(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }

// cmSpecial looks z up in tab; ok false when the entry must be computed.
func cmSpecial(tab *[7][7]cmEntry, z complex128) (complex128, cmErr, bool) {
	e := tab[cmClass(real(z))][cmClass(imag(z))]
	if e.c {
		return 0, cmOK, false
	}
	if e.e != cmOK {
		return complex(cmU, cmU), e.e, true
	}
	return complex(e.re, e.im), cmOK, true
}

// cmRange is ERANGE when a finite argument gave an infinite result.
func cmRange(r complex128) cmErr {
	if math.IsInf(real(r), 0) || math.IsInf(imag(r), 0) {
		return cmERange
	}
	return cmOK
}

func cmNeg(z complex128) complex128 { return complex(-real(z), -imag(z)) }

// cmTimesI and cmTimesMinusI rotate without rounding or sign loss.
func cmTimesI(z complex128) complex128      { return complex(-imag(z), real(z)) }
func cmTimesMinusI(z complex128) complex128 { return complex(imag(z), -real(z)) }

func cmSqrt(z complex128) (complex128, cmErr) {
	if !cmFinite(z) {
		r, e, _ := cmSpecial(&cmTab_sqrt, z)
		return r, e
	}
	x, y := real(z), imag(z)
	if x == 0 && y == 0 {
		return complex(0, y), cmOK
	}
	ax, ay := math.Abs(x), math.Abs(y)
	var s float64
	if ax < cmDblMin && ay < cmDblMin {
		// Scale subnormal arguments up so the hypot keeps its precision.
		ax = math.Ldexp(ax, cmScaleUp)
		s = math.Ldexp(math.Sqrt(ax+math.Hypot(ax, math.Ldexp(ay, cmScaleUp))), cmScaleDown)
	} else {
		ax /= 8
		s = 2 * math.Sqrt(ax+math.Hypot(ax, ay/8))
	}
	d := ay / (2 * s)
	if x >= 0 {
		return complex(s, math.Copysign(d, y)), cmOK
	}
	return complex(d, math.Copysign(s, y)), cmOK
}

func cmSqrtV(z complex128) complex128 { r, _ := cmSqrt(z); return r }

func cmAcos(z complex128) (complex128, cmErr) {
	if !cmFinite(z) {
		r, e, _ := cmSpecial(&cmTab_acos, z)
		return r, e
	}
	x, y := real(z), imag(z)
	var re, im float64
	if math.Abs(x) > cmLargeDouble || math.Abs(y) > cmLargeDouble {
		re = mlAtan2(math.Abs(y), x)
		l := mlLog(math.Hypot(x/2, y/2)) + 2*cmLn2
		if x < 0 {
			im = -math.Copysign(l, y)
		} else {
			im = math.Copysign(l, -y)
		}
	} else {
		s1 := cmSqrtV(complex(1-x, -y))
		s2 := cmSqrtV(complex(1+x, y))
		re = 2 * mlAtan2(real(s1), real(s2))
		im = mlAsinh(real(s2)*imag(s1) - imag(s2)*real(s1))
	}
	return complex(re, im), cmOK
}

func cmAcosh(z complex128) (complex128, cmErr) {
	if !cmFinite(z) {
		r, e, _ := cmSpecial(&cmTab_acosh, z)
		return r, e
	}
	x, y := real(z), imag(z)
	var re, im float64
	if math.Abs(x) > cmLargeDouble || math.Abs(y) > cmLargeDouble {
		re = mlLog(math.Hypot(x/2, y/2)) + 2*cmLn2
		im = mlAtan2(y, x)
	} else {
		s1 := cmSqrtV(complex(x-1, y))
		s2 := cmSqrtV(complex(x+1, y))
		re = mlAsinh(real(s1)*real(s2) + imag(s1)*imag(s2))
		im = 2 * mlAtan2(imag(s1), real(s2))
	}
	return complex(re, im), cmOK
}

func cmAsinh(z complex128) (complex128, cmErr) {
	if !cmFinite(z) {
		r, e, _ := cmSpecial(&cmTab_asinh, z)
		return r, e
	}
	x, y := real(z), imag(z)
	var re, im float64
	if math.Abs(x) > cmLargeDouble || math.Abs(y) > cmLargeDouble {
		l := mlLog(math.Hypot(x/2, y/2)) + 2*cmLn2
		if y >= 0 {
			re = math.Copysign(l, x)
		} else {
			re = -math.Copysign(l, -x)
		}
		im = mlAtan2(y, math.Abs(x))
	} else {
		s1 := cmSqrtV(complex(1+y, -x))
		s2 := cmSqrtV(complex(1-y, x))
		re = mlAsinh(real(s1)*imag(s2) - real(s2)*imag(s1))
		im = mlAtan2(y, real(s1)*real(s2)-imag(s1)*imag(s2))
	}
	return complex(re, im), cmOK
}

func cmAsin(z complex128) (complex128, cmErr) {
	r, e := cmAsinh(cmTimesI(z))
	return cmTimesMinusI(r), e
}

func cmAtanh(z complex128) (complex128, cmErr) {
	if !cmFinite(z) {
		r, e, _ := cmSpecial(&cmTab_atanh, z)
		return r, e
	}
	x, y := real(z), imag(z)
	if x < 0 {
		r, e := cmAtanh(cmNeg(z))
		return cmNeg(r), e
	}
	ay := math.Abs(y)
	var re, im float64
	switch {
	case x > cmSqrtLargeDouble || ay > cmSqrtLargeDouble:
		// 1/z is accurate enough here: atanh(z) ~ 1/z -+ i pi/2.
		h := math.Hypot(x/2, y/2)
		re = x / 4 / h / h
		im = -math.Copysign(cmPio2, -y)
	case x == 1 && ay < cmSqrtDblMin:
		if ay == 0 {
			return complex(cmInf, y), cmEDom
		}
		re = -mlLog(math.Sqrt(ay) / math.Sqrt(math.Hypot(ay, 2)))
		im = math.Copysign(mlAtan2(2, -ay)/2, y)
	default:
		re = math.Log1p(4*x/((1-x)*(1-x)+ay*ay)) / 4
		im = -mlAtan2(-2*y, (1-x)*(1+x)-ay*ay) / 2
	}
	return complex(re, im), cmOK
}

func cmAtan(z complex128) (complex128, cmErr) {
	r, e := cmAtanh(cmTimesI(z))
	return cmTimesMinusI(r), e
}

// cmInfCis is ±inf in the directions of cos(y) and sin(y) (s multiplies
// the real part's sign, u the imaginary part's).
func cmInfCis(y, s, u float64) complex128 {
	return complex(math.Copysign(cmInf, mlCos(y))*s, math.Copysign(cmInf, mlSin(y))*u)
}

func cmCosh(z complex128) (complex128, cmErr) {
	x, y := real(z), imag(z)
	if !cmFinite(z) {
		if math.IsInf(x, 0) && cmIsFinite(y) && y != 0 {
			return cmInfCis(y, 1, math.Copysign(1, x)), cmOK
		}
		r, e, _ := cmSpecial(&cmTab_cosh, z)
		return r, e
	}
	var r complex128
	if math.Abs(x) > cmLogLargeDouble {
		x1 := x - math.Copysign(1, x)
		r = complex(mlCos(y)*mlCosh(x1)*cmMathE, mlSin(y)*mlSinh(x1)*cmMathE)
	} else {
		r = complex(mlCos(y)*mlCosh(x), mlSin(y)*mlSinh(x))
	}
	return r, cmRange(r)
}

func cmCos(z complex128) (complex128, cmErr) { return cmCosh(cmTimesI(z)) }

func cmSinh(z complex128) (complex128, cmErr) {
	x, y := real(z), imag(z)
	if !cmFinite(z) {
		if math.IsInf(x, 0) && cmIsFinite(y) && y != 0 {
			return cmInfCis(y, math.Copysign(1, x), 1), cmOK
		}
		r, e, _ := cmSpecial(&cmTab_sinh, z)
		return r, e
	}
	var r complex128
	if math.Abs(x) > cmLogLargeDouble {
		x1 := x - math.Copysign(1, x)
		r = complex(mlCos(y)*mlSinh(x1)*cmMathE, mlSin(y)*mlCosh(x1)*cmMathE)
	} else {
		r = complex(mlCos(y)*mlSinh(x), mlSin(y)*mlCosh(x))
	}
	return r, cmRange(r)
}

func cmSin(z complex128) (complex128, cmErr) {
	r, e := cmSinh(cmTimesI(z))
	return cmTimesMinusI(r), e
}

func cmTanh(z complex128) (complex128, cmErr) {
	x, y := real(z), imag(z)
	if !cmFinite(z) {
		if math.IsInf(x, 0) && cmIsFinite(y) && y != 0 {
			return complex(math.Copysign(1, x), math.Copysign(0, 2*mlSin(y)*mlCos(y))), cmOK
		}
		r, e, _ := cmSpecial(&cmTab_tanh, z)
		return r, e
	}
	if math.Abs(x) > cmLogLargeDouble {
		return complex(math.Copysign(1, x), 4*mlSin(y)*mlCos(y)*mlExp(-2*math.Abs(x))), cmOK
	}
	tx := mlTanh(x)
	ty := mlTan(y)
	cx := 1 / mlCosh(x)
	txty := tx * ty
	denom := 1 + txty*txty
	return complex(tx*(1+ty*ty)/denom, ((ty/denom)*cx)*cx), cmOK
}

func cmTan(z complex128) (complex128, cmErr) {
	r, e := cmTanh(cmTimesI(z))
	return cmTimesMinusI(r), e
}

func cmExp(z complex128) (complex128, cmErr) {
	x, y := real(z), imag(z)
	if !cmFinite(z) {
		if math.IsInf(x, 0) && cmIsFinite(y) && y != 0 {
			if x > 0 {
				return cmInfCis(y, 1, 1), cmOK
			}
			return complex(math.Copysign(0, mlCos(y)), math.Copysign(0, mlSin(y))), cmOK
		}
		r, e, _ := cmSpecial(&cmTab_exp, z)
		return r, e
	}
	var r complex128
	if x > cmLogLargeDouble {
		l := mlExp(x - 1)
		r = complex(l*mlCos(y)*cmMathE, l*mlSin(y)*cmMathE)
	} else {
		l := mlExp(x)
		r = complex(l*mlCos(y), l*mlSin(y))
	}
	return r, cmRange(r)
}

func cmLog(z complex128) (complex128, cmErr) {
	if !cmFinite(z) {
		r, e, _ := cmSpecial(&cmTab_log, z)
		return r, e
	}
	x, y := real(z), imag(z)
	ax, ay := math.Abs(x), math.Abs(y)
	var re float64
	switch {
	case ax > cmLargeDouble || ay > cmLargeDouble:
		re = mlLog(math.Hypot(ax/2, ay/2)) + cmLn2
	case ax < cmDblMin && ay < cmDblMin:
		if ax == 0 && ay == 0 {
			return complex(-cmInf, mlAtan2(y, x)), cmEDom
		}
		re = mlLog(math.Hypot(math.Ldexp(ax, cmScaleUp), math.Ldexp(ay, cmScaleUp))) - cmScaleUp*cmLn2
	default:
		h := math.Hypot(ax, ay)
		if 0.71 <= h && h <= 1.73 {
			am, an := math.Max(ax, ay), math.Min(ax, ay)
			re = math.Log1p((am-1)*(am+1)+an*an) / 2
		} else {
			re = mlLog(h)
		}
	}
	return complex(re, mlAtan2(y, x)), cmOK
}

func cmLog10(z complex128) (complex128, cmErr) {
	r, e := cmLog(z)
	return complex(real(r)/cmLn10, imag(r)/cmLn10), e
}

// cmQuot is complex division as CPython's _Py_c_quot (Smith's method);
// division by zero is a domain error.
func cmQuot(a, b complex128) (complex128, cmErr) {
	br, bi := real(b), imag(b)
	abr, abi := math.Abs(br), math.Abs(bi)
	switch {
	case abr >= abi:
		if abr == 0 {
			return 0, cmEDom
		}
		ratio := bi / br
		denom := br + bi*ratio
		return complex((real(a)+imag(a)*ratio)/denom, (imag(a)-real(a)*ratio)/denom), cmOK
	case abi >= abr:
		ratio := br / bi
		denom := br*ratio + bi
		return complex((real(a)*ratio+imag(a))/denom, (imag(a)*ratio-real(a))/denom), cmOK
	}
	return complex(cmU, cmU), cmOK
}

// cmAbs is _Py_c_abs: hypot, with inf winning over nan; an overflow from
// finite parts is a range error.
func cmAbs(z complex128) (float64, cmErr) {
	x, y := real(z), imag(z)
	if !cmFinite(z) {
		if math.IsInf(x, 0) || math.IsInf(y, 0) {
			return cmInf, cmOK
		}
		return cmU, cmOK
	}
	r := math.Hypot(x, y)
	if math.IsInf(r, 0) {
		return r, cmERange
	}
	return r, cmOK
}

func cmRect(r, phi float64) (complex128, cmErr) {
	if !cmIsFinite(r) || !cmIsFinite(phi) {
		if math.IsInf(r, 0) && cmIsFinite(phi) && phi != 0 {
			if r > 0 {
				return cmInfCis(phi, 1, 1), cmOK
			}
			return cmInfCis(phi, -1, -1), cmOK
		}
		res, e, _ := cmSpecial(&cmTab_rect, complex(r, phi))
		return res, e
	}
	if phi == 0 {
		// Keep the sign of a zero imaginary part: r*phi.
		return complex(r, r*phi), cmOK
	}
	return complex(r*mlCos(phi), r*mlSin(phi)), cmOK
}

// cmArg converts an argument as PyArg's "D": a complex (a subclass's
// __complex__ first), an object with __complex__, else a real number.
func cmArg(t *Thread, o Object) (complex128, *BaseException) {
	if c, ok := o.(Complex); ok {
		return complex128(c), nil
	}
	typ := TypeOf(o)
	if f := typ.lookup(strComplex); f != nil && f != None {
		res, exc := callUnaryDunder(t, f, o)
		if exc != nil {
			return 0, exc
		}
		c, ok := Unwrap(res).(Complex)
		if !ok {
			return 0, Errorf(TypeErrorType, "__complex__ returned non-complex (type %s)", TypeOf(res).name)
		}
		return complex128(c), nil
	}
	if in, ok := o.(*Instance); ok {
		if c, ok := in.base.(Complex); ok {
			return complex128(c), nil
		}
	}
	x, exc := mathFloat(t, o)
	if exc != nil {
		return 0, exc
	}
	return complex(x, 0), nil
}

func cmError(e cmErr) *BaseException {
	switch e {
	case cmEDom:
		return mathDomainError()
	case cmERange:
		return mathRangeError()
	}
	return nil
}

func cmResult(r complex128, e cmErr) (Object, *BaseException) {
	if e != cmOK {
		return nil, cmError(e)
	}
	return Complex(r), nil
}

func initCmathModule(t *Thread, m *Module) *BaseException {
	d := m.dict
	d.SetStr("pi", Float(math.Pi))
	d.SetStr("e", Float(math.E))
	d.SetStr("tau", Float(2*math.Pi))
	d.SetStr("inf", Float(cmInf))
	d.SetStr("infj", Complex(complex(0, cmInf)))
	d.SetStr("nan", Float(cmU))
	d.SetStr("nanj", Complex(complex(0, cmU)))
	// one registers a METH_O function: "cmath.f() takes exactly one argument".
	one := func(name string, fn func(t *Thread, o Object) (Object, *BaseException)) {
		qual := "cmath." + name
		nativeFunc(m, name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := ArgCount(qual, args, kw, 1, 1); exc != nil {
				return nil, exc
			}
			return fn(t, args[0])
		})
	}
	for _, f := range []struct {
		name string
		fn   func(complex128) (complex128, cmErr)
	}{
		{"acos", cmAcos}, {"acosh", cmAcosh}, {"asin", cmAsin}, {"asinh", cmAsinh},
		{"atan", cmAtan}, {"atanh", cmAtanh}, {"cos", cmCos}, {"cosh", cmCosh},
		{"exp", cmExp}, {"log10", cmLog10}, {"sin", cmSin}, {"sinh", cmSinh},
		{"sqrt", cmSqrt}, {"tan", cmTan}, {"tanh", cmTanh},
	} {
		fn := f.fn
		one(f.name, func(t *Thread, o Object) (Object, *BaseException) {
			z, exc := cmArg(t, o)
			if exc != nil {
				return nil, exc
			}
			return cmResult(fn(z))
		})
	}
	nativeFunc(m, "log", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := unpackArgs("log", args, kw, 1, 2); exc != nil {
			return nil, exc
		}
		z, exc := cmArg(t, args[0])
		if exc != nil {
			return nil, exc
		}
		r, e := cmLog(z)
		if len(args) == 2 {
			b, exc := cmArg(t, args[1])
			if exc != nil {
				return nil, exc
			}
			lb, e2 := cmLog(b)
			if e == cmOK {
				e = e2
			}
			if e == cmOK {
				r, e = cmQuot(r, lb)
			}
		}
		return cmResult(r, e)
	})
	one("phase", func(t *Thread, o Object) (Object, *BaseException) {
		z, exc := cmArg(t, o)
		if exc != nil {
			return nil, exc
		}
		return Float(mlAtan2(imag(z), real(z))), nil
	})
	one("polar", func(t *Thread, o Object) (Object, *BaseException) {
		z, exc := cmArg(t, o)
		if exc != nil {
			return nil, exc
		}
		r, e := cmAbs(z)
		if e != cmOK {
			return nil, cmError(e)
		}
		return NewTuple(Float(r), Float(mlAtan2(imag(z), real(z)))), nil
	})
	nativeFunc(m, "rect", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := unpackArgs("rect", args, kw, 2, 2); exc != nil {
			return nil, exc
		}
		r, exc := mathFloat(t, args[0])
		if exc != nil {
			return nil, exc
		}
		phi, exc := mathFloat(t, args[1])
		if exc != nil {
			return nil, exc
		}
		return cmResult(cmRect(r, phi))
	})
	one("isfinite", func(t *Thread, o Object) (Object, *BaseException) {
		z, exc := cmArg(t, o)
		if exc != nil {
			return nil, exc
		}
		return Bool(cmFinite(z)), nil
	})
	one("isnan", func(t *Thread, o Object) (Object, *BaseException) {
		z, exc := cmArg(t, o)
		if exc != nil {
			return nil, exc
		}
		return Bool(math.IsNaN(real(z)) || math.IsNaN(imag(z))), nil
	})
	one("isinf", func(t *Thread, o Object) (Object, *BaseException) {
		z, exc := cmArg(t, o)
		if exc != nil {
			return nil, exc
		}
		return Bool(math.IsInf(real(z), 0) || math.IsInf(imag(z), 0)), nil
	})
	nativeFunc(m, "isclose", cmIsClose)
	return nil
}

// cmIsClose is cmath.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0).
func cmIsClose(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
	npos := len(args) - len(kw)
	if npos > 2 {
		return nil, Errorf(TypeErrorType, "isclose() takes exactly 2 positional arguments (%d given)", npos)
	}
	var a, b Object
	var relO, absO Object = Float(1e-09), Float(0)
	if exc := clinicArgs("isclose", args, kw, []string{"a", "b", "$", "rel_tol?", "abs_tol?"}, &a, &b, &relO, &absO); exc != nil {
		return nil, exc
	}
	x, exc := cmArg(t, a)
	if exc != nil {
		return nil, exc
	}
	y, exc := cmArg(t, b)
	if exc != nil {
		return nil, exc
	}
	rel, exc := mathFloat(t, relO)
	if exc != nil {
		return nil, exc
	}
	abst, exc := mathFloat(t, absO)
	if exc != nil {
		return nil, exc
	}
	if rel < 0 || abst < 0 {
		return nil, NewError(ValueErrorType, "tolerances must be non-negative")
	}
	if x == y {
		return True, nil
	}
	if math.IsInf(real(x), 0) || math.IsInf(imag(x), 0) || math.IsInf(real(y), 0) || math.IsInf(imag(y), 0) {
		return False, nil
	}
	diff, _ := cmAbs(y - x)
	ay, _ := cmAbs(y)
	ax, _ := cmAbs(x)
	return Bool(diff <= rel*ay || diff <= rel*ax || diff <= abst), nil
}
