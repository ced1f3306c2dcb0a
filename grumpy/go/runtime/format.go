package runtime

var strFormatDunder = InternStr("__format__")

// Format is format(v, spec): v.__format__(spec).
func Format(t *Thread, v Object, spec *Str) (Object, *BaseException) {
	switch x := v.(type) {
	case *Str:
		if spec.s == "" {
			return x, nil
		}
		return strFormatSpecTyped(x, spec.s, "str")
	case Int, *BigInt, Bool, Float:
		if spec.s == "" {
			return ToStr(t, v)
		}
		// Exact builtin numbers: their __format__ cannot be replaced, so
		// format without the dunder lookup and call.
		var s string
		var exc *BaseException
		switch x := v.(type) {
		case Int, *BigInt:
			s, exc = formatInt(x, spec.s, "int")
		case Float:
			s, exc = formatFloat(float64(x), spec.s, "float")
		case Bool:
			n := Int(0)
			if x {
				n = 1
			}
			s, exc = formatInt(n, spec.s, "bool")
		}
		if exc != nil {
			return nil, exc
		}
		return NewStr(s), nil
	}
	f := TypeOf(v).lookup(strFormatDunder)
	if f == nil {
		return nil, Errorf(TypeErrorType, "Type %s doesn't define __format__", TypeOf(v).name)
	}
	r, exc := callBinaryDunder(t, f, v, spec)
	if exc != nil {
		return nil, exc
	}
	if _, ok := r.(*Str); !ok {
		if s, ok := strArg(r); ok {
			return s, nil
		}
		return nil, Errorf(TypeErrorType, "__format__ must return a str, not %s", TypeOf(r).name)
	}
	return r, nil
}

// Ascii is ascii(v): repr with non-ASCII escaped.
func Ascii(t *Thread, v Object) (*Str, *BaseException) {
	r, exc := Repr(t, v)
	if exc != nil {
		return nil, exc
	}
	if r.isASCII() {
		return r, nil
	}
	out := make([]byte, 0, len(r.s))
	for _, c := range r.Runes() {
		switch {
		case c < 0x80:
			out = append(out, byte(c))
		case c <= 0xff:
			out = append(out, sprintf(`\x%02x`, c)...)
		case c <= 0xffff:
			out = append(out, sprintf(`\u%04x`, c)...)
		default:
			out = append(out, sprintf(`\U%08x`, c)...)
		}
	}
	return NewStr(string(out)), nil
}
