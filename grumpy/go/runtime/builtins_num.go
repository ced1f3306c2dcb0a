package runtime

// The numeric builtins: round, divmod, pow, bin, oct, hex.

// Round is round(number[, ndigits]).
func Round(t *Thread, number, ndigits Object) (Object, *BaseException) {
	switch v := number.(type) {
	case Int, *BigInt, Bool:
		if ndigits == nil || ndigits == None {
			return asIntObj(v), nil
		}
		nd, exc := Index(t, ndigits)
		if exc != nil {
			return nil, exc
		}
		return intRound(asIntObj(v), nd)
	case Float:
		if ndigits == nil || ndigits == None {
			return floatRoundInt(float64(v))
		}
	}
	f := TypeOf(number).lookup(strRound)
	if f == nil {
		return nil, Errorf(TypeErrorType, "type %s doesn't define __round__ method", TypeOf(number).name)
	}
	if ndigits == nil || ndigits == None {
		return callUnaryDunder(t, f, number)
	}
	return callBinaryDunder(t, f, number, ndigits)
}

// DivMod is divmod(a, b).
func DivMod(t *Thread, a, b Object) (Object, *BaseException) {
	return Binary(t, OpDivMod, a, b)
}

// Pow3 is pow(a, b, m) (m not None).
func Pow3(t *Thread, a, b, m Object) (Object, *BaseException) {
	x, aok := asIntStrict(a)
	y, bok := asIntStrict(b)
	z, mok := asIntStrict(m)
	if aok && bok && mok {
		return intPowMod(x, y, z)
	}
	// ternary_op: a's __pow__, then b's (builtin types only: Python-level
	// __rpow__ never takes a modulus), then m's.
	ta, tb, tm := TypeOf(a), TypeOf(b), TypeOf(m)
	name := binOps[OpPow].name
	tried := map[Object]bool{}
	try := func(f Object) (Object, *BaseException) {
		if f == nil || tried[f] {
			return NotImplemented, nil
		}
		tried[f] = true
		m2, exc := descrGet(t, f, a, ta)
		if exc != nil {
			return nil, exc
		}
		return Call2(t, m2, b, m)
	}
	r, exc := try(ta.lookup(name))
	if exc != nil || r != NotImplemented {
		return r, exc
	}
	for _, typ := range []*Type{tb, tm} {
		if typ == ta || !typ.builtin {
			continue
		}
		f := typ.dict.GetStr("__pow__")
		if f == nil || tried[f] {
			continue
		}
		tried[f] = true
		// Builtin numeric __pow__ with a foreign receiver: the slot itself
		// returns NotImplemented unless all three are its numbers.
		r, exc := numericPow3(typ, a, b, m)
		if exc != nil || r != NotImplemented {
			return r, exc
		}
	}
	return nil, Errorf(TypeErrorType, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", ta.name, tb.name, tm.name)
}

// numericPow3 is the int/float/complex nb_power slot reached through the
// second or third operand of a three-argument pow.
func numericPow3(typ *Type, a, b, m Object) (Object, *BaseException) {
	switch typ.solid {
	case FloatType:
		_, aok, _ := floatOperand(a)
		_, bok, _ := floatOperand(b)
		if aok && bok {
			return nil, NewError(TypeErrorType, "pow() 3rd argument not allowed unless all arguments are integers")
		}
	case ComplexType:
		_, aok, _ := asComplex(a)
		_, bok, _ := asComplex(b)
		if aok && bok {
			return nil, NewError(ValueErrorType, "complex modulo")
		}
	}
	return NotImplemented, nil
}

// ToBase is bin/oct/hex (PyNumber_ToBase).
func ToBase(t *Thread, o Object, base int) (Object, *BaseException) {
	i, exc := Index(t, o)
	if exc != nil {
		return nil, exc
	}
	return NewStr(intToBase(i, base)), nil
}

func init() {
	DefBuiltin("round", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		var number, ndigits Object = nil, None
		if exc := ParseArgs("round", args, kw, []string{"number", "ndigits?"}, &number, &ndigits); exc != nil {
			return nil, exc
		}
		return Round(t, number, ndigits)
	})
	DefBuiltin("divmod", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("divmod", args, kw, 2, 2); exc != nil {
			return nil, exc
		}
		return DivMod(t, args[0], args[1])
	})
	DefBuiltin("pow", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		var base, exp, mod Object = nil, nil, None
		if exc := ParseArgs("pow", args, kw, []string{"base", "exp", "mod?"}, &base, &exp, &mod); exc != nil {
			return nil, exc
		}
		if mod == None {
			return Binary(t, OpPow, base, exp)
		}
		return Pow3(t, base, exp, mod)
	})
	DefBuiltin("format", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("format", args, kw, 1, 2); exc != nil {
			return nil, exc
		}
		spec := emptyStr
		if len(args) == 2 {
			s, ok := args[1].(*Str)
			if !ok {
				if in, isInst := args[1].(*Instance); isInst {
					s, ok = in.base.(*Str)
				}
			}
			if !ok {
				return nil, Errorf(TypeErrorType, "format() argument 2 must be str, not %s", TypeOf(args[1]).name)
			}
			spec = s
		}
		return Format(t, args[0], spec)
	})
	for _, b := range []struct {
		name string
		base int
	}{{"bin", 2}, {"oct", 8}, {"hex", 16}} {
		b := b
		DefBuiltin(b.name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := ArgCount(b.name, args, kw, 1, 1); exc != nil {
				return nil, exc
			}
			return ToBase(t, args[0], b.base)
		})
	}
}
