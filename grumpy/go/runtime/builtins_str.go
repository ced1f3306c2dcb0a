package runtime

// Builtins for text and bytes: chr, ord, ascii, format, and the bytearray
// and memoryview types.

func init() {
	StrType.dict.SetStr("__doc__", NewStr("str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\n"+
		"Create a new string object from the given object. If encoding or\nerrors is specified, then the object must expose a data buffer\n"+
		"that will be decoded using the given encoding and error handler.\nOtherwise, returns the result of object.__str__() (if defined)\n"+
		"or repr(object).\nencoding defaults to sys.getdefaultencoding().\nerrors defaults to 'strict'."))
	BytesType.dict.SetStr("__doc__", NewStr("bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\n"+
		"bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\nbytes(int) -> bytes object of size given by the parameter initialized with null bytes\n"+
		"bytes() -> empty bytes object\n\nConstruct an immutable array of bytes from:\n  - an iterable yielding integers in range(256)\n"+
		"  - a text string encoded using the specified encoding\n  - any object implementing the buffer API.\n  - an integer"))
	ByteArrayType.dict.SetStr("__doc__", NewStr("bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\n"+
		"bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) -> bytes array of size given by the parameter initialized with null bytes\n"+
		"bytearray() -> empty bytes array\n\nConstruct a mutable bytearray object from:\n  - an iterable yielding integers in range(256)\n"+
		"  - a text string encoded using the specified encoding\n  - a bytes or a buffer object\n  - any object implementing the buffer API.\n  - an integer"))
	MemoryViewType.dict.SetStr("__doc__", NewStr("Create a new memoryview object which references the given object."))
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
		r, exc := reprKeep(t, args[0])
		if exc != nil {
			return nil, exc
		}
		if s, _ := strArg(r); s.isASCII() {
			return r, nil
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

// reprKeep is repr(o) keeping a str subclass instance that __repr__ returns
// (as CPython's PyObject_Repr does); Repr narrows to the underlying str.
func reprKeep(t *Thread, o Object) (Object, *BaseException) {
	typ := TypeOf(o)
	if typ.builtin {
		return Repr(t, o)
	}
	f := typ.lookup(strRepr)
	if f == nil {
		return Repr(t, o)
	}
	r, exc := callUnaryDunder(t, f, o)
	if exc != nil {
		return nil, exc
	}
	if _, ok := strArg(r); !ok {
		return nil, Errorf(TypeErrorType, "__repr__ returned non-string (type %s)", TypeOf(r).name)
	}
	return r, nil
}

// strKeep is str(o) (PyObject_Str): like ToStr, but a str subclass instance
// returned by __str__ is kept.
func strKeep(t *Thread, o Object) (Object, *BaseException) {
	typ := TypeOf(o)
	if typ.builtin {
		return ToStr(t, o)
	}
	if in, ok := o.(*Instance); ok && typ.IsSubtype(StrType) {
		if f := typ.lookup(strStr); f == StrType.dict.GetStr("__str__") {
			if s, ok := in.base.(*Str); ok {
				return s, nil
			}
		}
	}
	f := typ.lookup(strStr)
	if f == nil || f == objectStr {
		return reprKeep(t, o)
	}
	r, exc := callUnaryDunder(t, f, o)
	if exc != nil {
		return nil, exc
	}
	if _, ok := strArg(r); !ok {
		return nil, Errorf(TypeErrorType, "__str__ returned non-string (type %s)", TypeOf(r).name)
	}
	return r, nil
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
