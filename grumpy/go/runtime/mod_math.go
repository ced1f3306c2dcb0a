package runtime

import (
	"math"
	"math/big"
)

// The math module: CPython 3.11's functions and constants, with its error
// behaviour (ValueError "math domain error" for arguments outside a
// function's domain, OverflowError "math range error" for results too large
// for a float). The transcendental functions come from mathlib.go, which
// computes them in double-double precision so that results are correctly
// rounded like glibc's (CPython delegates to the platform libm).

func init() {
	RegisterModule(&ModuleSpec{Name: "math", Native: initMathModule})
}

var (
	errMathDomain = "math domain error"
	errMathRange  = "math range error"
)

func mathDomainError() *BaseException { return NewError(ValueErrorType, errMathDomain) }
func mathRangeError() *BaseException  { return NewError(OverflowErrorType, errMathRange) }

// mathFloat converts an argument as PyFloat_AsDouble: floats and ints
// directly, other objects through __float__, then __index__; "must be real
// number, not X" otherwise.
func mathFloat(t *Thread, o Object) (float64, *BaseException) {
	switch v := o.(type) {
	case Float:
		return float64(v), nil
	case Int:
		return float64(v), nil
	case Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case *BigInt:
		return intToFloat(v)
	}
	typ := TypeOf(o)
	if in, ok := o.(*Instance); ok && in.base != nil {
		// A subclass of float or int that does not override __float__.
		if _, user := typ.lookup(strMathFloat).(*Function); !user {
			switch in.base.(type) {
			case Float, Int, *BigInt, Bool:
				return mathFloat(t, in.base)
			}
		}
	}
	if f := typ.lookup(strMathFloat); f != nil && f != None {
		r, exc := callUnaryDunder(t, f, o)
		if exc != nil {
			return 0, exc
		}
		switch x := r.(type) {
		case Float:
			return float64(x), nil
		case *Instance:
			if b, ok := x.base.(Float); ok {
				return float64(b), nil
			}
		}
		return 0, Errorf(TypeErrorType, "%s.__float__ returned non-float (type %s)", typ.name, TypeOf(r).name)
	}
	if typ.lookup(strIndex) != nil {
		i, exc := Index(t, o)
		if exc != nil {
			return 0, exc
		}
		return intToFloat(i)
	}
	return 0, Errorf(TypeErrorType, "must be real number, not %s", typ.name)
}

var strMathFloat = InternStr("__float__")

// mathInt converts an argument through __index__ to Int or *BigInt.
func mathInt(t *Thread, o Object) (Object, *BaseException) {
	return Index(t, o)
}

// mathCheck applies CPython's math_1 error rules to r = f(x): a NaN from a
// non-NaN argument is a domain error; an infinity from a finite argument is
// a range error when the function can overflow, a domain error otherwise
// (a pole such as log(0) or atanh(1)).
func mathCheck(x, r float64, canOverflow bool) (Object, *BaseException) {
	if math.IsNaN(r) && !math.IsNaN(x) {
		return nil, mathDomainError()
	}
	if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
		if canOverflow {
			return nil, mathRangeError()
		}
		return nil, mathDomainError()
	}
	return Float(r), nil
}

func mathFloatToInt(f float64) (Object, *BaseException) {
	if math.IsInf(f, 0) {
		return nil, NewError(OverflowErrorType, "cannot convert float infinity to integer")
	}
	if math.IsNaN(f) {
		return nil, NewError(ValueErrorType, "cannot convert float NaN to integer")
	}
	if f >= -9.2e18 && f <= 9.2e18 {
		return MakeInt(int64(f)), nil
	}
	b, _ := new(big.Float).SetFloat64(f).Int(nil)
	return NewBigInt(b), nil
}

type mathFunc1 struct {
	name        string
	f           func(float64) float64
	canOverflow bool
}

var mathFuncs1 = []mathFunc1{
	{"acos", mlAcos, false},
	{"acosh", mlAcosh, false},
	{"asin", mlAsin, false},
	{"asinh", mlAsinh, false},
	{"atan", mlAtan, false},
	{"atanh", mlAtanh, false},
	{"cbrt", mlCbrt, false},
	{"cos", mlCos, false},
	{"cosh", mlCosh, true},
	{"erf", math.Erf, false},
	{"erfc", math.Erfc, false},
	{"exp", mlExp, true},
	{"exp2", mlExp2, true},
	{"expm1", math.Expm1, true},
	{"fabs", math.Abs, false},
	{"log1p", math.Log1p, false},
	{"sin", mlSin, false},
	{"sinh", mlSinh, true},
	{"sqrt", math.Sqrt, false},
	{"tan", mlTan, false},
	{"tanh", mlTanh, false},
}

func initMathModule(t *Thread, m *Module) *BaseException {
	d := m.dict
	pi := math.Pi
	d.SetStr("pi", Float(pi))
	d.SetStr("e", Float(math.E))
	d.SetStr("tau", Float(2*pi))
	d.SetStr("inf", Float(math.Inf(1)))
	d.SetStr("nan", Float(math.NaN()))
	for _, mf := range mathFuncs1 {
		mf := mf
		qual := "math." + mf.name
		nativeFunc(m, mf.name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := ArgCount(qual, args, kw, 1, 1); exc != nil {
				return nil, exc
			}
			x, exc := mathFloat(t, args[0])
			if exc != nil {
				return nil, exc
			}
			return mathCheck(x, mf.f(x), mf.canOverflow)
		})
	}
	one := func(name string, fn func(t *Thread, x Object) (Object, *BaseException)) {
		qual := "math." + name
		nativeFunc(m, name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := ArgCount(qual, args, kw, 1, 1); exc != nil {
				return nil, exc
			}
			return fn(t, args[0])
		})
	}
	two := func(name string, fn func(t *Thread, x, y Object) (Object, *BaseException)) {
		nativeFunc(m, name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := NoKwargs("math."+name, kw); exc != nil {
				return nil, exc
			}
			if exc := unpackArgs(name, args, kw, 2, 2); exc != nil {
				return nil, exc
			}
			return fn(t, args[0], args[1])
		})
	}
	floats2 := func(name string, fn func(x, y float64) (Object, *BaseException)) {
		two(name, func(t *Thread, a, b Object) (Object, *BaseException) {
			x, exc := mathFloat(t, a)
			if exc != nil {
				return nil, exc
			}
			y, exc := mathFloat(t, b)
			if exc != nil {
				return nil, exc
			}
			return fn(x, y)
		})
	}

	one("ceil", func(t *Thread, x Object) (Object, *BaseException) {
		return mathRound(t, x, "__ceil__", math.Ceil)
	})
	one("floor", func(t *Thread, x Object) (Object, *BaseException) {
		return mathRound(t, x, "__floor__", math.Floor)
	})
	one("trunc", mathTrunc)
	one("isfinite", func(t *Thread, o Object) (Object, *BaseException) {
		x, exc := mathFloat(t, o)
		return Bool(!math.IsInf(x, 0) && !math.IsNaN(x)), exc
	})
	one("isinf", func(t *Thread, o Object) (Object, *BaseException) {
		x, exc := mathFloat(t, o)
		return Bool(math.IsInf(x, 0)), exc
	})
	one("isnan", func(t *Thread, o Object) (Object, *BaseException) {
		x, exc := mathFloat(t, o)
		return Bool(math.IsNaN(x)), exc
	})
	one("degrees", func(t *Thread, o Object) (Object, *BaseException) {
		x, exc := mathFloat(t, o)
		if exc != nil {
			return nil, exc
		}
		return Float(x * (180.0 / pi)), nil
	})
	one("radians", func(t *Thread, o Object) (Object, *BaseException) {
		x, exc := mathFloat(t, o)
		if exc != nil {
			return nil, exc
		}
		return Float(x * (pi / 180.0)), nil
	})
	one("frexp", func(t *Thread, o Object) (Object, *BaseException) {
		x, exc := mathFloat(t, o)
		if exc != nil {
			return nil, exc
		}
		if math.IsNaN(x) || math.IsInf(x, 0) || x == 0 {
			return NewTuple(Float(x), MakeInt(0)), nil
		}
		fr, e := math.Frexp(x)
		return NewTuple(Float(fr), MakeInt(int64(e))), nil
	})
	one("modf", func(t *Thread, o Object) (Object, *BaseException) {
		x, exc := mathFloat(t, o)
		if exc != nil {
			return nil, exc
		}
		if math.IsInf(x, 0) {
			return NewTuple(Float(math.Copysign(0, x)), Float(x)), nil
		}
		if math.IsNaN(x) {
			return NewTuple(Float(x), Float(x)), nil
		}
		ip, fp := math.Modf(x)
		return NewTuple(Float(fp), Float(ip)), nil
	})
	one("gamma", func(t *Thread, o Object) (Object, *BaseException) {
		x, exc := mathFloat(t, o)
		if exc != nil {
			return nil, exc
		}
		return mathGamma(x)
	})
	one("lgamma", func(t *Thread, o Object) (Object, *BaseException) {
		x, exc := mathFloat(t, o)
		if exc != nil {
			return nil, exc
		}
		return mathLgamma(x)
	})
	one("ulp", func(t *Thread, o Object) (Object, *BaseException) {
		x, exc := mathFloat(t, o)
		if exc != nil {
			return nil, exc
		}
		if math.IsNaN(x) {
			return Float(x), nil
		}
		x = math.Abs(x)
		if math.IsInf(x, 0) {
			return Float(x), nil
		}
		x2 := math.Nextafter(x, math.Inf(1))
		if math.IsInf(x2, 0) {
			x2 = math.Nextafter(x, math.Inf(-1))
			return Float(x - x2), nil
		}
		return Float(x2 - x), nil
	})
	one("factorial", mathFactorial)
	one("isqrt", func(t *Thread, o Object) (Object, *BaseException) {
		n, exc := mathInt(t, o)
		if exc != nil {
			return nil, exc
		}
		if intSign(n) < 0 {
			return nil, NewError(ValueErrorType, "isqrt() argument must be nonnegative")
		}
		if v, ok := n.(Int); ok {
			r := int64(math.Sqrt(float64(v)))
			for r*r > int64(v) {
				r--
			}
			for (r+1)*(r+1) <= int64(v) && (r+1)*(r+1) > 0 {
				r++
			}
			return MakeInt(r), nil
		}
		return NewBigInt(new(big.Int).Sqrt(toBig(n))), nil
	})

	floats2("atan2", func(y, x float64) (Object, *BaseException) {
		return Float(mlAtan2(y, x)), nil
	})
	floats2("copysign", func(x, y float64) (Object, *BaseException) {
		return Float(math.Copysign(x, y)), nil
	})
	floats2("fmod", func(x, y float64) (Object, *BaseException) {
		if math.IsInf(y, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
			return Float(x), nil
		}
		r := math.Mod(x, y)
		if math.IsNaN(r) && !math.IsNaN(x) && !math.IsNaN(y) {
			return nil, mathDomainError()
		}
		return Float(r), nil
	})
	floats2("pow", mathPow)
	floats2("remainder", func(x, y float64) (Object, *BaseException) {
		// IEEE 754 remainder: x - n*y with n the integer nearest x/y
		// (ties to even); exact. Infinite x or zero y is a domain error.
		if math.IsNaN(x) || math.IsNaN(y) {
			return Float(math.NaN()), nil
		}
		if math.IsInf(x, 0) || y == 0 {
			return nil, mathDomainError()
		}
		if math.IsInf(y, 0) {
			return Float(x), nil
		}
		r := math.Remainder(x, y)
		if r == 0 {
			r = math.Copysign(0, x)
		}
		return Float(r), nil
	})
	floats2("nextafter", func(x, y float64) (Object, *BaseException) {
		if x == y {
			return Float(y), nil
		}
		return Float(math.Nextafter(x, y)), nil
	})
	two("ldexp", func(t *Thread, a, b Object) (Object, *BaseException) {
		x, exc := mathFloat(t, a)
		if exc != nil {
			return nil, exc
		}
		i, ok := asInt(b)
		if !ok {
			return nil, NewError(TypeErrorType, "Expected an int as second argument to ldexp.")
		}
		var e int64
		if v, ok := i.(Int); ok {
			e = int64(v)
		} else if intSign(i) > 0 {
			e = math.MaxInt64
		} else {
			e = math.MinInt64
		}
		if x == 0 || math.IsInf(x, 0) || math.IsNaN(x) {
			return Float(x), nil
		}
		if e > 1<<20 {
			e = 1 << 20
		} else if e < -(1 << 20) {
			e = -(1 << 20)
		}
		r := math.Ldexp(x, int(e))
		if math.IsInf(r, 0) {
			return nil, mathRangeError()
		}
		return Float(r), nil
	})
	two("comb", mathComb)
	nativeFunc(m, "perm", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := NoKwargs("math.perm", kw); exc != nil {
			return nil, exc
		}
		if exc := unpackArgs("perm", args, kw, 1, 2); exc != nil {
			return nil, exc
		}
		if len(args) == 1 || args[1] == None {
			return mathFactorial(t, args[0])
		}
		return mathPerm(t, args[0], args[1])
	})

	nativeFunc(m, "log", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(kw) > 0 {
			return nil, NewError(TypeErrorType, "log() takes no keyword arguments")
		}
		if len(args) < 1 || len(args) > 2 {
			return nil, NewError(TypeErrorType, "math.log requires 1 to 2 arguments")
		}
		num, exc := mathLogHelper(t, args[0], mlLog)
		if exc != nil {
			return nil, exc
		}
		if len(args) == 1 {
			return Float(num), nil
		}
		den, exc := mathLogHelper(t, args[1], mlLog)
		if exc != nil {
			return nil, exc
		}
		if den == 0 {
			return nil, NewError(ZeroDivisionErrorType, "float division by zero")
		}
		return Float(num / den), nil
	})
	for _, lf := range []struct {
		name string
		f    func(float64) float64
	}{{"log2", mlLog2}, {"log10", mlLog10}} {
		lf := lf
		one(lf.name, func(t *Thread, o Object) (Object, *BaseException) {
			r, exc := mathLogHelper(t, o, lf.f)
			if exc != nil {
				return nil, exc
			}
			return Float(r), nil
		})
	}

	nativeFunc(m, "isclose", mathIsClose)
	nativeFunc(m, "hypot", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := NoKwargs("math.hypot", kw); exc != nil {
			return nil, exc
		}
		xs := make([]float64, len(args))
		for i, a := range args {
			x, exc := mathFloat(t, a)
			if exc != nil {
				return nil, exc
			}
			xs[i] = x
		}
		return Float(mathVectorNorm(xs)), nil
	})
	two("dist", func(t *Thread, p, q Object) (Object, *BaseException) {
		ps, exc := mathSeq(t, p)
		if exc != nil {
			return nil, exc
		}
		qs, exc := mathSeq(t, q)
		if exc != nil {
			return nil, exc
		}
		if len(ps) != len(qs) {
			return nil, NewError(ValueErrorType, "both points must have the same number of dimensions")
		}
		xs := make([]float64, len(ps))
		for i := range ps {
			a, exc := mathFloat(t, ps[i])
			if exc != nil {
				return nil, exc
			}
			b, exc := mathFloat(t, qs[i])
			if exc != nil {
				return nil, exc
			}
			xs[i] = a - b
		}
		return Float(mathVectorNorm(xs)), nil
	})
	nativeFunc(m, "gcd", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := NoKwargs("math.gcd", kw); exc != nil {
			return nil, exc
		}
		var acc Object = MakeInt(0)
		for _, a := range args {
			n, exc := mathInt(t, a)
			if exc != nil {
				return nil, exc
			}
			acc = mathGcd(acc, n)
		}
		return acc, nil
	})
	nativeFunc(m, "lcm", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := NoKwargs("math.lcm", kw); exc != nil {
			return nil, exc
		}
		var acc Object = MakeInt(1)
		for _, a := range args {
			n, exc := mathInt(t, a)
			if exc != nil {
				return nil, exc
			}
			if intSign(acc) == 0 {
				continue
			}
			if intSign(n) == 0 {
				acc = MakeInt(0)
				continue
			}
			g := mathGcd(acc, n)
			q, _, _ := intFloorDivMod(acc, g)
			acc = intMul(q, n)
			if intSign(acc) < 0 {
				acc = intNeg(acc)
			}
		}
		return acc, nil
	})
	nativeFunc(m, "fsum", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("math.fsum", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		var xs []float64
		it, exc := Iter(t, args[0])
		if exc != nil {
			return nil, exc
		}
		for {
			v, exc := Next(t, it)
			if exc != nil {
				return nil, exc
			}
			if v == nil {
				break
			}
			x, exc := mathFloat(t, v)
			if exc != nil {
				return nil, exc
			}
			xs = append(xs, x)
		}
		r, exc := mathFsum(xs)
		if exc != nil {
			return nil, exc
		}
		return Float(r), nil
	})
	nativeFunc(m, "prod", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		npos := len(args) - len(kw)
		if npos != 1 {
			return nil, Errorf(TypeErrorType, "prod() takes exactly 1 positional argument (%d given)", npos)
		}
		var iterable, start Object = nil, MakeInt(1)
		if exc := clinicArgs("prod", args, kw, []string{"iterable", "/", "$", "start?"}, &iterable, &start); exc != nil {
			return nil, exc
		}
		it, exc := Iter(t, iterable)
		if exc != nil {
			return nil, exc
		}
		acc := start
		for {
			v, exc := Next(t, it)
			if exc != nil {
				return nil, exc
			}
			if v == nil {
				return acc, nil
			}
			if a, ok := acc.(Float); ok {
				if b, ok := v.(Float); ok {
					acc = a * b
					continue
				}
			}
			acc, exc = Mul(t, acc, v)
			if exc != nil {
				return nil, exc
			}
		}
	})
	return nil
}

func mathSeq(t *Thread, o Object) ([]Object, *BaseException) {
	switch v := o.(type) {
	case *Tuple:
		return v.items, nil
	case *List:
		return v.Snapshot(), nil
	}
	return ToSlice(t, o)
}

// mathRound implements ceil and floor: ints are returned as they are,
// floats rounded, other objects through their __ceil__/__floor__ or, lacking
// one, as floats.
func mathRound(t *Thread, o Object, dunder string, f func(float64) float64) (Object, *BaseException) {
	switch v := o.(type) {
	case Float:
		return mathFloatToInt(f(float64(v)))
	case Int, *BigInt:
		return v, nil
	case Bool:
		return asIntObj(v), nil
	}
	typ := TypeOf(o)
	if m := typ.lookup(InternStr(dunder)); m != nil {
		if in, ok := o.(*Instance); ok && in.base != nil {
			if _, user := m.(*Function); !user {
				return mathRound(t, in.base, dunder, f)
			}
		}
		return callUnaryDunder(t, m, o)
	}
	x, exc := mathFloat(t, o)
	if exc != nil {
		return nil, exc
	}
	return mathFloatToInt(f(x))
}

func mathTrunc(t *Thread, o Object) (Object, *BaseException) {
	switch v := o.(type) {
	case Float:
		return mathFloatToInt(math.Trunc(float64(v)))
	case Int, *BigInt:
		return v, nil
	case Bool:
		return asIntObj(v), nil
	}
	typ := TypeOf(o)
	m := typ.lookup(InternStr("__trunc__"))
	if m == nil {
		return nil, Errorf(TypeErrorType, "type %s doesn't define __trunc__ method", typ.name)
	}
	if in, ok := o.(*Instance); ok && in.base != nil {
		if _, user := m.(*Function); !user {
			return mathTrunc(t, in.base)
		}
	}
	return callUnaryDunder(t, m, o)
}

// mathPow is math.pow with C99 special values and CPython's errors.
func mathPow(x, y float64) (Object, *BaseException) {
	var r float64
	if math.IsInf(x, 0) || math.IsInf(y, 0) || math.IsNaN(x) || math.IsNaN(y) {
		switch {
		case math.IsNaN(x):
			if y == 0 {
				r = 1
			} else {
				r = x
			}
		case math.IsNaN(y):
			if x == 1 {
				r = 1
			} else {
				r = y
			}
		case math.IsInf(x, 0):
			oddY := !math.IsInf(y, 0) && math.Mod(math.Abs(y), 2) == 1
			if y == 0 {
				r = 1
			} else if x > 0 {
				if y > 0 {
					r = x
				} else {
					r = 0
				}
			} else if y > 0 {
				if oddY {
					r = x
				} else {
					r = -x
				}
			} else if oddY {
				r = math.Copysign(0, x)
			} else {
				r = 0
			}
		default: // y infinite
			ax := math.Abs(x)
			switch {
			case ax == 1:
				r = 1
			case y > 0 && ax > 1:
				r = y
			case y < 0 && ax < 1:
				r = -y
			default:
				r = 0
			}
		}
		return Float(r), nil
	}
	if x != 0 && (x > 0 || y == math.Trunc(y)) {
		// Results far outside the float range (mlPow's double-double
		// product overflows for such y).
		if l := math.Log(math.Abs(x)) * y; l > 1e4 {
			return nil, mathRangeError()
		} else if l < -1e4 {
			if x < 0 && mlIsOddInt(y) {
				return Float(math.Copysign(0, -1)), nil
			}
			return Float(0), nil
		}
	}
	r = mlPow(x, y)
	if math.IsNaN(r) {
		return nil, mathDomainError()
	}
	if math.IsInf(r, 0) {
		if x == 0 {
			return nil, mathDomainError()
		}
		return nil, mathRangeError()
	}
	return Float(r), nil
}

// mathLogHelper applies a logarithm to an int of any size (as CPython's
// loghelper: ints too large for a float are split into mantissa and
// exponent) or to a float.
func mathLogHelper(t *Thread, o Object, f func(float64) float64) (float64, *BaseException) {
	if i, ok := asInt(o); ok {
		if _, isInst := o.(*Instance); !isInst || TypeOf(o).IsSubtype(IntType) {
			if intSign(i) <= 0 {
				return 0, mathDomainError()
			}
			if b, ok := i.(*BigInt); ok {
				x, exc := intToFloat(b)
				if exc != nil {
					m, e := mathBigFrexp(&b.v)
					return f(m) + f(2.0)*float64(e), nil
				}
				return f(x), nil
			}
		}
	}
	x, exc := mathFloat(t, o)
	if exc != nil {
		return 0, exc
	}
	r, exc := mathCheck(x, f(x), false)
	if exc != nil {
		return 0, exc
	}
	return float64(r.(Float)), nil
}

// mathBigFrexp returns m in [0.5, 1) and e with b == m * 2**e, m rounded
// to 53 bits (half to even).
func mathBigFrexp(b *big.Int) (float64, int) {
	f := new(big.Float).SetPrec(53).SetMode(big.ToNearestEven).SetInt(b)
	mant := new(big.Float)
	e := f.MantExp(mant)
	m, _ := mant.Float64()
	return m, e
}

// mathGcd is gcd(|a|, |b|).
func mathGcd(a, b Object) Object {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok && x != math.MinInt64 && y != math.MinInt64 {
			u, v := abs64(int64(x)), abs64(int64(y))
			for v != 0 {
				u, v = v, u%v
			}
			return MakeInt(u)
		}
	}
	x := new(big.Int).Abs(toBig(a))
	y := new(big.Int).Abs(toBig(b))
	return NewBigInt(new(big.Int).GCD(nil, nil, x, y))
}

func mathFactorial(t *Thread, o Object) (Object, *BaseException) {
	n, exc := mathInt(t, o)
	if exc != nil {
		return nil, exc
	}
	v, ok := n.(Int)
	if !ok {
		if intSign(n) < 0 {
			return nil, NewError(ValueErrorType, "factorial() not defined for negative values")
		}
		return nil, Errorf(OverflowErrorType, "factorial() argument should not exceed %d", int64(math.MaxInt64))
	}
	if v < 0 {
		return nil, NewError(ValueErrorType, "factorial() not defined for negative values")
	}
	if v <= 20 {
		r := int64(1)
		for i := int64(2); i <= int64(v); i++ {
			r *= i
		}
		return MakeInt(r), nil
	}
	return NewBigInt(new(big.Int).MulRange(1, int64(v))), nil
}

func mathComb(t *Thread, a, b Object) (Object, *BaseException) {
	n, exc := mathInt(t, a)
	if exc != nil {
		return nil, exc
	}
	k, exc := mathInt(t, b)
	if exc != nil {
		return nil, exc
	}
	if intSign(n) < 0 {
		return nil, NewError(ValueErrorType, "n must be a non-negative integer")
	}
	if intSign(k) < 0 {
		return nil, NewError(ValueErrorType, "k must be a non-negative integer")
	}
	if intCmp(k, n) > 0 {
		return MakeInt(0), nil
	}
	nk := intSub(n, k)
	if intCmp(nk, k) < 0 {
		k = nk
	}
	kv, ok := k.(Int)
	if !ok {
		return nil, Errorf(OverflowErrorType, "min(n - k, k) must not exceed %d", int64(math.MaxInt64))
	}
	if nv, ok := n.(Int); ok {
		return NewBigInt(new(big.Int).Binomial(int64(nv), int64(kv))), nil
	}
	// n is huge, k fits: multiply and divide term by term (exact at each step).
	r := big.NewInt(1)
	nb := toBig(n)
	term := new(big.Int)
	for i := int64(0); i < int64(kv); i++ {
		term.Sub(nb, big.NewInt(i))
		r.Mul(r, term)
		r.Quo(r, big.NewInt(i+1))
	}
	return NewBigInt(r), nil
}

func mathPerm(t *Thread, a, b Object) (Object, *BaseException) {
	n, exc := mathInt(t, a)
	if exc != nil {
		return nil, exc
	}
	k, exc := mathInt(t, b)
	if exc != nil {
		return nil, exc
	}
	if intSign(n) < 0 {
		return nil, NewError(ValueErrorType, "n must be a non-negative integer")
	}
	if intSign(k) < 0 {
		return nil, NewError(ValueErrorType, "k must be a non-negative integer")
	}
	if intCmp(k, n) > 0 {
		return MakeInt(0), nil
	}
	kv, ok := k.(Int)
	if !ok {
		return nil, Errorf(OverflowErrorType, "k must not exceed %d", int64(math.MaxInt64))
	}
	if kv == 0 {
		return MakeInt(1), nil
	}
	if nv, ok := n.(Int); ok {
		return NewBigInt(new(big.Int).MulRange(int64(nv)-int64(kv)+1, int64(nv))), nil
	}
	r := big.NewInt(1)
	nb := toBig(n)
	term := new(big.Int)
	for i := int64(0); i < int64(kv); i++ {
		term.Sub(nb, big.NewInt(i))
		r.Mul(r, term)
	}
	return NewBigInt(r), nil
}

func mathIsClose(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
	npos := len(args) - len(kw)
	if npos > 2 {
		return nil, Errorf(TypeErrorType, "isclose() takes exactly 2 positional arguments (%d given)", npos)
	}
	var a, b Object
	var relO, absO Object = Float(1e-09), Float(0)
	if exc := clinicArgs("isclose", args, kw, []string{"a", "b", "$", "rel_tol?", "abs_tol?"}, &a, &b, &relO, &absO); exc != nil {
		return nil, exc
	}
	x, exc := mathFloat(t, a)
	if exc != nil {
		return nil, exc
	}
	y, exc := mathFloat(t, b)
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
	if math.IsInf(x, 0) || math.IsInf(y, 0) {
		return False, nil
	}
	diff := math.Abs(y - x)
	return Bool(diff <= math.Abs(float64(rel*y)) || diff <= math.Abs(float64(rel*x)) || diff <= abst), nil
}

// mathFsum is the exactly rounded sum of xs (Shewchuk's algorithm: keep
// the running sum as a list of non-overlapping partials, each added with an
// error-free two-sum; round the partials to one float at the end, fixing
// the half-way case by looking at the next partial).
func mathFsum(xs []float64) (float64, *BaseException) {
	partials := make([]float64, 0, 8)
	special, infSum := 0.0, 0.0
	for _, x := range xs {
		orig := x
		n := 0
		for _, y := range partials {
			if math.Abs(x) < math.Abs(y) {
				x, y = y, x
			}
			hi := x + y
			lo := y - (hi - x)
			if lo != 0 {
				partials[n] = lo
				n++
			}
			x = hi
		}
		partials = partials[:n]
		if x == 0 {
			continue
		}
		if math.IsInf(x, 0) || math.IsNaN(x) {
			// Either the inputs were not finite or the sum overflowed.
			if !math.IsInf(orig, 0) && !math.IsNaN(orig) {
				return 0, NewError(OverflowErrorType, "intermediate overflow in fsum")
			}
			if math.IsInf(orig, 0) {
				infSum += orig
			}
			special += orig
			partials = partials[:0]
			continue
		}
		partials = append(partials, x)
	}
	if special != 0 {
		if math.IsNaN(infSum) {
			return 0, NewError(ValueErrorType, "-inf + inf in fsum")
		}
		return special, nil
	}
	n := len(partials)
	if n == 0 {
		return 0, nil
	}
	n--
	hi := partials[n]
	lo := 0.0
	for n > 0 {
		x := hi
		n--
		y := partials[n]
		hi = x + y
		yr := hi - x
		lo = y - yr
		if lo != 0 {
			break
		}
	}
	// hi + lo is exact; when lo is exactly half an ulp of hi, the partials
	// below decide the direction of rounding.
	if n > 0 && ((lo < 0 && partials[n-1] < 0) || (lo > 0 && partials[n-1] > 0)) {
		y := lo * 2
		x := hi + y
		yr := x - hi
		if y == yr {
			hi = x
		}
	}
	return hi, nil
}

// mathVectorNorm is sqrt(sum(x*x)) correctly rounded: the sum of squares
// is formed exactly as an integer scaled by a power of two and its square
// root rounded once.
func mathVectorNorm(xs []float64) float64 {
	maxV := 0.0
	nan := false
	for _, x := range xs {
		x = math.Abs(x)
		if math.IsInf(x, 0) {
			return math.Inf(1)
		}
		if math.IsNaN(x) {
			nan = true
		}
		if x > maxV {
			maxV = x
		}
	}
	if nan {
		return math.NaN()
	}
	if maxV == 0 {
		return 0
	}
	nonzero := 0
	for _, x := range xs {
		if x != 0 {
			nonzero++
		}
	}
	if nonzero == 1 {
		return maxV
	}
	if r, ok := mathVectorNormFast(xs, maxV); ok {
		return r
	}
	// x = m * 2**e with m a 53-bit integer.
	type me struct {
		m uint64
		e int
	}
	parts := make([]me, 0, len(xs))
	emin := math.MaxInt32
	for _, x := range xs {
		if x == 0 {
			continue
		}
		fr, e := math.Frexp(math.Abs(x))
		m := uint64(math.Ldexp(fr, 53))
		e -= 53
		for m&1 == 0 {
			m >>= 1
			e++
		}
		parts = append(parts, me{m, e})
		if e < emin {
			emin = e
		}
	}
	// sum = N * 4**emin
	N := new(big.Int)
	sq := new(big.Int)
	for _, p := range parts {
		sq.SetUint64(p.m)
		sq.Mul(sq, sq)
		sq.Lsh(sq, uint(2*(p.e-emin)))
		N.Add(N, sq)
	}
	// sqrt(sum) = sqrt(N * 4**k) * 2**(emin-k); pick k for >= 60 result bits.
	k := 0
	if L := N.BitLen(); L < 124 {
		k = (124 - L + 1) / 2
	}
	Nk := new(big.Int).Lsh(N, uint(2*k))
	q := new(big.Int).Sqrt(Nk)
	inexact := new(big.Int).Mul(q, q).Cmp(Nk) != 0
	// Append a sticky bit so the final rounding sees an inexact value as
	// such (never a tie).
	q.Lsh(q, 1)
	if inexact {
		q.SetBit(q, 0, 1)
	}
	f := new(big.Float).SetPrec(uint(q.BitLen() + 1)).SetInt(q)
	f.SetMantExp(f, emin-k-1)
	r, _ := f.Float64()
	return r
}

// mathVectorNormFast sums the squares, scaled by a power of two, in
// double-double arithmetic and takes a double-double square root; the
// result is used when its rounding is certain.
func mathVectorNormFast(xs []float64, maxV float64) (float64, bool) {
	_, e := math.Frexp(maxV)
	var sum dd
	for _, x := range xs {
		y := math.Ldexp(x, -e)
		h, l := twoProd(y, y)
		sum = ddAdd(sum, dd{h, l})
	}
	r := ddSqrt(sum)
	if !mlRoundOK(r.hi, r.lo, r.hi*0x1p-100*float64(len(xs)+8)) {
		return 0, false
	}
	v := math.Ldexp(r.hi, e)
	if v < 0x1p-1022 {
		return 0, false
	}
	return v, true
}

// mathGamma is Γ(x) with CPython's errors: poles at zero and the negative
// integers and -inf are domain errors, overflow a range error.
func mathGamma(x float64) (Object, *BaseException) {
	if math.IsNaN(x) || math.IsInf(x, 1) {
		return Float(x), nil
	}
	if math.IsInf(x, -1) || (x <= 0 && x == math.Floor(x)) {
		return nil, mathDomainError()
	}
	if x == math.Floor(x) && x <= 23 {
		r := 1.0
		for i := 2.0; i < x; i++ {
			r *= i
		}
		return Float(r), nil
	}
	if x >= 40 {
		return mathGammaStirling(x)
	}
	r := math.Gamma(x)
	if math.IsInf(r, 0) {
		return nil, mathRangeError()
	}
	return Float(r), nil
}

// mathGammaStirling is Gamma(x) for x >= 40 from Stirling's series for
// log Gamma evaluated in double-double, then exponentiated once (Go's
// math.Gamma is off by tens of ulps near the overflow threshold).
func mathGammaStirling(x float64) (Object, *BaseException) {
	if x > 172 { // Gamma overflows from 171.6243769563027...
		return nil, mathRangeError()
	}
	z := 1 / x
	z2 := z * z
	// B2k / (2k(2k-1) x^(2k-1)), k = 1..8
	s := z * (1.0/12 + z2*(-1.0/360+z2*(1.0/1260+z2*(-1.0/1680+z2*(1.0/1188+z2*(-691.0/360360+z2*(1.0/156+z2*(-3617.0/122400))))))))
	l := ddMulF(mlLogDD(x), x-0.5)
	l = ddAddF(l, -x)
	l = ddAdd(l, dd{0.9189385332046728, -3.8782941580672414e-17}) // log(2*pi)/2
	l = ddAddF(l, s)
	if l.hi > 709.8 {
		return nil, mathRangeError()
	}
	m, k := mlExpDD(l)
	r := mlScale(m, k)
	if math.IsInf(r, 0) {
		return nil, mathRangeError()
	}
	return Float(r), nil
}

func mathLgamma(x float64) (Object, *BaseException) {
	if math.IsNaN(x) {
		return Float(x), nil
	}
	if math.IsInf(x, 0) {
		return Float(math.Inf(1)), nil
	}
	if x == math.Floor(x) && x <= 2 {
		if x <= 0 {
			return nil, mathDomainError()
		}
		return Float(0), nil
	}
	if math.Abs(x) < 1e-17 {
		// Gamma(x) ~ 1/x - euler: log|Gamma(x)| ~ -log|x| - euler*x, exact
		// to well under an ulp here (Go's Lgamma is not, for subnormals).
		return Float(-mlLog(math.Abs(x)) - 0.5772156649015329*x), nil
	}
	r, _ := math.Lgamma(x)
	if math.IsInf(r, 0) {
		return nil, mathRangeError()
	}
	return Float(r), nil
}
