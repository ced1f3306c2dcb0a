package runtime

// Builtins for text and bytes: chr, ord, ascii, format, and the bytearray
// and memoryview types.

func init() {
	Builtins.SetStr("bytearray", ByteArrayType)
	Builtins.SetStr("memoryview", MemoryViewType)
	DefBuiltin("chr", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := builtinArgsOne("chr", args, kw); exc != nil {
			return nil, exc
		}
		i, exc := Index(t, args[0])
		if exc != nil {
			return nil, exc
		}
		n, ok := i.(Int)
		if !ok {
			return nil, NewError(OverflowErrorType, "Python int too large to convert to C int")
		}
		if n > 1<<31-1 || n < -1<<31 {
			return nil, NewError(OverflowErrorType, "Python int too large to convert to C int")
		}
		if n < 0 || n > 0x10ffff {
			return nil, NewError(ValueErrorType, "chr() arg not in range(0x110000)")
		}
		return strOfRune(rune(n)), nil
	})
	DefBuiltin("ord", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := builtinArgsOne("ord", args, kw); exc != nil {
			return nil, exc
		}
		if s, ok := strArg(args[0]); ok {
			if s.isASCII() {
				if len(s.s) == 1 {
					return MakeInt(int64(s.s[0])), nil
				}
				return nil, Errorf(TypeErrorType, "ord() expected a character, but string of length %d found", len(s.s))
			}
			rs := s.Runes()
			if len(rs) != 1 {
				return nil, Errorf(TypeErrorType, "ord() expected a character, but string of length %d found", len(rs))
			}
			return MakeInt(int64(rs[0])), nil
		}
		if b, ok := bytesLike(args[0]); ok {
			if _, isMV := args[0].(*MemoryView); !isMV {
				if len(b) != 1 {
					return nil, Errorf(TypeErrorType, "ord() expected a character, but string of length %d found", len(b))
				}
				return MakeInt(int64(b[0])), nil
			}
		}
		return nil, Errorf(TypeErrorType, "ord() expected string of length 1, but %s found", TypeOf(args[0]).name)
	})
	DefBuiltin("ascii", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := builtinArgsOne("ascii", args, kw); exc != nil {
			return nil, exc
		}
		return Ascii(t, args[0])
	})
	DefBuiltin("format", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		var a [2]Object
		if len(kw) > 0 {
			return nil, NewError(TypeErrorType, "format() takes no keyword arguments")
		}
		if len(args) < 1 || len(args) > 2 {
			if len(args) < 1 {
				return nil, Errorf(TypeErrorType, "format expected at least 1 argument, got %d", len(args))
			}
			return nil, Errorf(TypeErrorType, "format expected at most 2 arguments, got %d", len(args))
		}
		copy(a[:], args)
		spec := emptyStr
		if a[1] != nil {
			s, ok := strArg(a[1])
			if !ok {
				return nil, Errorf(TypeErrorType, "format() argument 2 must be str, not %s", TypeOf(a[1]).name)
			}
			spec = s
		}
		return Format(t, a[0], spec)
	})
}

// builtinArgsOne checks a one-argument builtin function's call.
func builtinArgsOne(name string, args []Object, kw []*Str) *BaseException {
	if len(kw) > 0 {
		return Errorf(TypeErrorType, "%s() takes no keyword arguments", name)
	}
	if len(args) != 1 {
		return Errorf(TypeErrorType, "%s() takes exactly one argument (%d given)", name, len(args))
	}
	return nil
}
