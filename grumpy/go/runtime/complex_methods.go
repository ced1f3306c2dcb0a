package runtime

import (
	"math"
	"strings"
)

// complex's constructor and the methods and dunders registered on complex.

// parseComplexText is complex(str) on ASCII-transformed text (after
// underscore removal); ok is false for a malformed string.
func parseComplexText(s string) (complex128, bool) {
	i := 0
	for i < len(s) && isPySpace(s[i]) {
		i++
	}
	bracket := false
	if i < len(s) && s[i] == '(' {
		bracket = true
		i++
		for i < len(s) && isPySpace(s[i]) {
			i++
		}
	}
	var x, y float64
	isJ := func(j int) bool { return j < len(s) && (s[j] == 'j' || s[j] == 'J') }
	z, n := scanFloat(s[i:])
	if n > 0 {
		i += n
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			x = z
			w, m := scanFloat(s[i:])
			if m > 0 {
				y = w
				i += m
			} else {
				y = 1
				if s[i] == '-' {
					y = -1
				}
				i++
			}
			if !isJ(i) {
				return 0, false
			}
			i++
		} else if isJ(i) {
			i++
			y = z
		} else {
			x = z
		}
	} else {
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			y = 1
			if s[i] == '-' {
				y = -1
			}
			i++
		} else {
			y = 1
		}
		if !isJ(i) {
			return 0, false
		}
		i++
	}
	for i < len(s) && isPySpace(s[i]) {
		i++
	}
	if bracket {
		if i >= len(s) || s[i] != ')' {
			return 0, false
		}
		i++
		for i < len(s) && isPySpace(s[i]) {
			i++
		}
	}
	if i != len(s) {
		return 0, false
	}
	return complex(x, y), true
}

func complexFromStr(s string) (Object, *BaseException) {
	ascii := transformDecimalAndSpace(s)
	clean, ok := removeUnderscores(ascii)
	if !ok {
		return nil, Errorf(ValueErrorType, "could not convert string to complex: %s", quoteStr(s))
	}
	if strings.IndexByte(clean, 0) >= 0 {
		return nil, NewError(ValueErrorType, "complex() arg is a malformed string")
	}
	c, ok := parseComplexText(clean)
	if !ok {
		return nil, NewError(ValueErrorType, "complex() arg is a malformed string")
	}
	return Complex(c), nil
}

// hasNumberSlots reports whether o can be converted by float() or index()
// (nb_float or nb_index), as complex() requires of its arguments.
func hasNumberSlots(o Object) bool {
	switch Unwrap(o).(type) {
	case Int, *BigInt, Bool, Float, Complex:
		return true
	}
	typ := TypeOf(o)
	return typ.lookup(strFloat) != nil || typ.lookup(strIndex) != nil
}

func complexNew(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
	cls, exc := checkNewType("complex", ComplexType, args)
	if exc != nil {
		return nil, exc
	}
	npos := len(args) - 1 - len(kw)
	if len(args)-1 > 2 {
		return nil, Errorf(TypeErrorType, "complex() takes at most 2 arguments (%d given)", len(args)-1)
	}
	var r, i Object
	if npos >= 1 {
		r = args[1]
	}
	if npos >= 2 {
		i = args[2]
	}
	for k, name := range kw {
		v := args[1+npos+k]
		switch name.s {
		case "real":
			if r != nil {
				return nil, NewError(TypeErrorType, "argument for complex() given by name ('real') and position (1)")
			}
			r = v
		case "imag":
			if i != nil {
				return nil, NewError(TypeErrorType, "argument for complex() given by name ('imag') and position (2)")
			}
			i = v
		default:
			return nil, Errorf(TypeErrorType, "'%s' is an invalid keyword argument for complex()", name.s)
		}
	}
	v, exc := complexFromArgs(t, r, i)
	if exc != nil {
		return nil, exc
	}
	if cls != ComplexType {
		return wrapNew(cls, ComplexType, v), nil
	}
	return v, nil
}

func complexFromArgs(t *Thread, r, i Object) (Object, *BaseException) {
	if r == nil {
		r = MakeInt(0)
	}
	if c, ok := r.(Complex); ok && i == nil {
		return c, nil
	}
	if s, ok := Unwrap(r).(*Str); ok {
		if i != nil {
			return nil, NewError(TypeErrorType, "complex() can't take second arg if first is a string")
		}
		return complexFromStr(s.s)
	}
	if i != nil {
		if _, ok := Unwrap(i).(*Str); ok {
			return nil, NewError(TypeErrorType, "complex() second arg can't be a string")
		}
	}
	if f := TypeOf(r).lookup(strComplex); f != nil {
		res, exc := callUnaryDunder(t, f, r)
		if exc != nil {
			return nil, exc
		}
		if _, ok := Unwrap(res).(Complex); !ok {
			return nil, Errorf(TypeErrorType, "__complex__ returned non-complex (type %s)", TypeOf(res).name)
		}
		if _, exact := res.(Complex); !exact {
			if exc := warnStrictSubclass(t, "__complex__", res, "complex"); exc != nil {
				return nil, exc
			}
		}
		r = res
	}
	if !hasNumberSlots(r) {
		return nil, Errorf(TypeErrorType, "complex() first argument must be a string or a number, not '%s'", TypeOf(r).name)
	}
	if i != nil && !hasNumberSlots(i) {
		return nil, Errorf(TypeErrorType, "complex() second argument must be a number, not '%s'", TypeOf(i).name)
	}
	var cr, ci complex128
	crIsComplex, ciIsComplex := false, false
	if c, ok := Unwrap(r).(Complex); ok {
		cr = complex128(c)
		crIsComplex = true
	} else {
		f, exc := FloatFromObject(t, r)
		if exc != nil {
			return nil, exc
		}
		cr = complex(float64(Unwrap(f).(Float)), 0)
	}
	var ciReal float64
	if i == nil {
		ciReal = imag(cr)
	} else if c, ok := Unwrap(i).(Complex); ok {
		ci = complex128(c)
		ciReal = real(ci)
		ciIsComplex = true
	} else {
		f, exc := FloatFromObject(t, i)
		if exc != nil {
			return nil, exc
		}
		ciReal = float64(Unwrap(f).(Float))
	}
	crReal := real(cr)
	if ciIsComplex {
		crReal -= imag(ci)
	}
	if crIsComplex && i != nil {
		ciReal += imag(cr)
	}
	return Complex(complex(crReal, ciReal)), nil
}

// complexSelf extracts the value of a complex method's receiver.
func complexSelf(name string, self Object) (complex128, *BaseException) {
	if c, ok := Unwrap(self).(Complex); ok {
		return complex128(c), nil
	}
	return 0, descrTypeError(name, ComplexType, self)
}

func complexUnary(name string, f func(c complex128) (Object, *BaseException)) {
	DefMethod(ComplexType, name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := slotArgs(ComplexType, name, args, kw, 0); exc != nil {
			return nil, exc
		}
		c, exc := complexSelf(name, args[0])
		if exc != nil {
			return nil, exc
		}
		return f(c)
	})
}

func complexMethod0(name string, f func(c complex128) (Object, *BaseException)) {
	DefMethod(ComplexType, name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) == 0 {
			return nil, Errorf(TypeErrorType, "unbound method complex.%s() needs an argument", name)
		}
		if exc := methodNoArgs("complex."+name, args, kw); exc != nil {
			return nil, exc
		}
		c, exc := complexSelf(name, args[0])
		if exc != nil {
			return nil, exc
		}
		return f(c)
	})
}

// complexEq is complex == other for numbers; ok false: NotImplemented.
func complexEq(c complex128, o Object) (bool, bool) {
	switch v := Unwrap(o).(type) {
	case Complex:
		return c == complex128(v), true
	case Float:
		return imag(c) == 0 && real(c) == float64(v), true
	case Int, *BigInt, Bool:
		if imag(c) != 0 {
			return false, true
		}
		return floatIntCmp(real(c), asIntObj(v)) == 0, true
	}
	return false, false
}

func init() {
	DefStatic(ComplexType, "__new__", complexNew)
	for _, op := range []BinOp{OpAdd, OpSub, OpMul, OpTrueDiv, OpPow} {
		op := op
		for _, reflected := range []bool{false, true} {
			reflected := reflected
			n := binOps[op].name.s
			if reflected {
				n = binOps[op].rname.s
			}
			DefMethod(ComplexType, n, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
				if op == OpPow && len(args) == 3 {
					if exc := slotArgs(ComplexType, n, args, kw, 2); exc != nil {
						return nil, exc
					}
				} else if exc := slotArgs(ComplexType, n, args, kw, 1); exc != nil {
					if op == OpPow && len(args) > 3 {
						return nil, Errorf(TypeErrorType, "expected at most 2 arguments, got %d", len(args)-1)
					}
					return nil, exc
				}
				x, exc := complexSelf(n, args[0])
				if exc != nil {
					return nil, exc
				}
				y, ok, exc := asComplex(args[1])
				if exc != nil {
					return nil, exc
				}
				if !ok {
					return NotImplemented, nil
				}
				if len(args) == 3 && args[2] != None {
					return nil, NewError(ValueErrorType, "complex modulo")
				}
				if reflected {
					x, y = y, x
				}
				return complexBinary(op, x, y)
			})
		}
	}
	for _, op := range []CmpOp{CmpEQ, CmpNE} {
		op := op
		name := cmpNames[op].s
		DefMethod(ComplexType, name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := slotArgs(ComplexType, name, args, kw, 1); exc != nil {
				return nil, exc
			}
			c, exc := complexSelf(name, args[0])
			if exc != nil {
				return nil, exc
			}
			eq, ok := complexEq(c, args[1])
			if !ok {
				return NotImplemented, nil
			}
			return Bool(eq == (op == CmpEQ)), nil
		})
	}
	for _, op := range []CmpOp{CmpLT, CmpLE, CmpGT, CmpGE} {
		name := cmpNames[op].s
		DefMethod(ComplexType, name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := slotArgs(ComplexType, name, args, kw, 1); exc != nil {
				return nil, exc
			}
			if _, exc := complexSelf(name, args[0]); exc != nil {
				return nil, exc
			}
			return NotImplemented, nil
		})
	}
	complexUnary("__neg__", func(c complex128) (Object, *BaseException) { return Complex(complex(-real(c), -imag(c))), nil })
	complexUnary("__pos__", func(c complex128) (Object, *BaseException) { return Complex(c), nil })
	complexUnary("__abs__", func(c complex128) (Object, *BaseException) {
		r, exc := complexAbs(c)
		if exc != nil {
			return nil, exc
		}
		return Float(r), nil
	})
	complexUnary("__bool__", func(c complex128) (Object, *BaseException) { return Bool(c != 0), nil })
	complexUnary("__hash__", func(c complex128) (Object, *BaseException) { return MakeInt(complexHash(c)), nil })
	complexUnary("__repr__", func(c complex128) (Object, *BaseException) { return NewStr(complexRepr(c)), nil })
	complexMethod0("__complex__", func(c complex128) (Object, *BaseException) { return Complex(c), nil })
	complexMethod0("__getnewargs__", func(c complex128) (Object, *BaseException) {
		return NewTuple(Float(real(c)), Float(imag(c))), nil
	})
	complexMethod0("conjugate", func(c complex128) (Object, *BaseException) {
		return Complex(complex(real(c), -imag(c))), nil
	})
	DefMethod(ComplexType, "__format__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) != 2 || len(kw) > 0 {
			return nil, Errorf(TypeErrorType, "complex.__format__() takes exactly one argument (%d given)", len(args)-1)
		}
		c, exc := complexSelf("__format__", args[0])
		if exc != nil {
			return nil, exc
		}
		spec, ok := args[1].(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "__format__() argument must be str, not %s", TypeOf(args[1]).name)
		}
		if spec.s == "" {
			return ToStr(t, args[0])
		}
		s, exc := formatComplex(c, spec.s, TypeOf(args[0]).name)
		if exc != nil {
			return nil, exc
		}
		return NewStr(s), nil
	})
	defReadonly(ComplexType, "real", func(self Object) (Object, *BaseException) {
		c, exc := complexSelf("real", self)
		if exc != nil {
			return nil, exc
		}
		return Float(real(c)), nil
	})
	defReadonly(ComplexType, "imag", func(self Object) (Object, *BaseException) {
		c, exc := complexSelf("imag", self)
		if exc != nil {
			return nil, exc
		}
		return Float(imag(c)), nil
	})
	ComplexType.dict.SetStr("__doc__", NewStr("Create a complex number from a real part and an optional imaginary part.\n\nThis is equivalent to (real + imag*1j) where imag defaults to 0."))
	_ = math.Abs
}
