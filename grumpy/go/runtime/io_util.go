package runtime

import (
	"strings"
	"syscall"
	"unicode/utf8"
)

// Helpers shared by the _io types (mod_io.go, io_*.go).
//
// Every _io object is an *Instance whose base field holds the Go state of
// the concrete class (*fileIO, *bufferedIO, *textIO, *stringIO, *bytesIO,
// *nlDecoder). User subclasses get the same layout through the class's
// __new__, and the attribute dict comes for free (FileIO.name and
// TextIOWrapper.mode live there, as in CPython).

// newIOType makes a builtin class of the _io module.
func newIOType(name string, bases ...*Type) *Type {
	t := newBuiltinType(name, bases[0])
	t.module = "_io"
	t.hasDict = true
	if len(bases) > 1 {
		t.bases = bases
		mro, _ := computeMRO(t, bases)
		t.mro = mro
		for _, b := range bases[1:] {
			b.subclasses.add(t)
		}
	}
	return t
}

// ioState extracts the Go state of type T from an _io instance.
func ioState[T Object](o Object, typ *Type, meth string) (T, *BaseException) {
	if in, ok := o.(*Instance); ok {
		if s, ok := in.base.(T); ok {
			return s, nil
		}
	}
	var zero T
	return zero, Errorf(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", meth, typQualName(typ), TypeOf(o).name)
}

func typQualName(typ *Type) string {
	if typ.module == "builtins" || typ.module == "" {
		return typ.name
	}
	return typ.module + "." + typ.name
}

// defIO registers a method of an _io class whose receiver carries state T.
func defIO[T Object](typ *Type, name string, fn func(t *Thread, s T, self Object, args []Object, kw []*Str) (Object, *BaseException)) {
	DefMethod(typ, name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) == 0 {
			return nil, Errorf(TypeErrorType, "descriptor '%s' of '%s' object needs an argument", name, typQualName(typ))
		}
		s, exc := ioState[T](args[0], typ, name)
		if exc != nil {
			return nil, exc
		}
		return fn(t, s, args[0], args[1:], kw)
	})
}

// defIOGet registers a read-only (or writable, with set) attribute.
func defIOGet[T Object](typ *Type, name string, get func(t *Thread, s T, self Object) (Object, *BaseException), set func(t *Thread, s T, self Object, v Object) *BaseException) {
	var setter func(t *Thread, o, v Object) *BaseException
	if set != nil {
		setter = func(t *Thread, o, v Object) *BaseException {
			s, exc := ioState[T](o, typ, name)
			if exc != nil {
				return exc
			}
			return set(t, s, o, v)
		}
	}
	defGetSet(typ, name, func(t *Thread, o Object) (Object, *BaseException) {
		s, exc := ioState[T](o, typ, name)
		if exc != nil {
			return nil, exc
		}
		return get(t, s, o)
	}, setter)
}

// ioNewInstance allocates an instance of cls (a subclass of def) holding st.
func ioNewInstance(cls *Type, st Object) *Instance {
	in := &Instance{typ: cls, base: st}
	in.dict = NewDict()
	if cls.nslots > 0 {
		in.slots = make([]Object, cls.nslots)
	}
	return in
}

// ioNewFn makes a __new__ for a concrete _io class.
func ioNewFn(def *Type, mk func() Object) BuiltinFn {
	return func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) == 0 {
			return nil, Errorf(TypeErrorType, "%s.__new__(): not enough arguments", def.name)
		}
		cls, ok := args[0].(*Type)
		if !ok {
			return nil, Errorf(TypeErrorType, "%s.__new__(X): X is not a type object (%s)", def.name, TypeOf(args[0]).name)
		}
		if !cls.IsSubtype(def) {
			return nil, Errorf(TypeErrorType, "%s.__new__(%s): %s is not a subtype of %s", def.name, cls.name, cls.name, def.name)
		}
		st := mk()
		in := ioNewInstance(cls, st)
		if ss, ok := st.(interface{ setSelf(*Instance) }); ok {
			ss.setSelf(in)
		}
		return in, nil
	}
}

var (
	ioStrRead       = InternStr("read")
	ioStrRead1      = InternStr("read1")
	ioStrReadinto   = InternStr("readinto")
	ioStrReadall    = InternStr("readall")
	ioStrReadline   = InternStr("readline")
	ioStrWrite      = InternStr("write")
	ioStrFlush      = InternStr("flush")
	ioStrClose      = InternStr("close")
	ioStrClosed     = InternStr("closed")
	ioStrSeek       = InternStr("seek")
	ioStrTell       = InternStr("tell")
	ioStrTruncate   = InternStr("truncate")
	ioStrSeekable   = InternStr("seekable")
	ioStrReadable   = InternStr("readable")
	ioStrWritable   = InternStr("writable")
	ioStrFileno     = InternStr("fileno")
	ioStrIsatty     = InternStr("isatty")
	ioStrPeek       = InternStr("peek")
	ioStrName       = InternStr("name")
	ioStrMode       = InternStr("mode")
	ioStrDecode     = InternStr("decode")
	ioStrEncode     = InternStr("encode")
	ioStrGetstate   = InternStr("getstate")
	ioStrSetstate   = InternStr("setstate")
	ioStrReset      = InternStr("reset")
	ioStrNewlines   = InternStr("newlines")
	ioStrIOBaseClsd = InternStr("__IOBase_closed")
)

func ioCall(t *Thread, o Object, name *Str, args ...Object) (Object, *BaseException) {
	return CallMethod(t, o, name, args, nil)
}

func ioCallBool(t *Thread, o Object, name *Str) (bool, *BaseException) {
	r, exc := CallMethod(t, o, name, nil, nil)
	if exc != nil {
		return false, exc
	}
	return IsTrue(t, r)
}

func ioGetBool(t *Thread, o Object, name *Str) (bool, *BaseException) {
	r, exc := GetAttr(t, o, name)
	if exc != nil {
		return false, exc
	}
	return IsTrue(t, r)
}

// ioSizeArg converts a size argument: None is -1; other values go through
// __index__ with CPython's message.
func ioSizeArg(t *Thread, o Object) (int, *BaseException) {
	if o == nil || o == None {
		return -1, nil
	}
	if i, ok := o.(Int); ok {
		return int(i), nil
	}
	i, exc := indexOrNil(t, o)
	if exc != nil {
		return 0, exc
	}
	if i == nil {
		return 0, Errorf(TypeErrorType, "argument should be integer or None, not '%s'", TypeOf(o).name)
	}
	n, ok := i.(Int)
	if !ok {
		return 0, NewError(OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	return int(n), nil
}

// ioIntArg converts an integer argument through __index__.
func ioIntArg(t *Thread, o Object) (int64, *BaseException) {
	if i, ok := o.(Int); ok {
		return int64(i), nil
	}
	if _, ok := o.(Float); ok {
		return 0, NewError(TypeErrorType, "'float' object cannot be interpreted as an integer")
	}
	i, exc := Index(t, o)
	if exc != nil {
		return 0, exc
	}
	n, ok := i.(Int)
	if !ok {
		return 0, NewError(OverflowErrorType, "Python int too large to convert to C long")
	}
	return int64(n), nil
}

// ioArgs checks a positional-only argument list (Argument Clinic messages).
func ioArgs(fname string, args []Object, kw []*Str, minN, maxN int) *BaseException {
	if len(kw) > 0 {
		return Errorf(TypeErrorType, "%s() takes no keyword arguments", fname)
	}
	n := len(args)
	if n >= minN && n <= maxN {
		return nil
	}
	if minN == maxN {
		if minN == 0 {
			return Errorf(TypeErrorType, "%s() takes no arguments (%d given)", fname, n)
		}
		if minN == 1 {
			return Errorf(TypeErrorType, "%s() takes exactly one argument (%d given)", fname, n)
		}
	}
	if n < minN {
		return Errorf(TypeErrorType, "%s expected at least %d argument%s, got %d", fname, minN, ioPlural(minN), n)
	}
	return Errorf(TypeErrorType, "%s expected at most %d argument%s, got %d", fname, maxN, ioPlural(maxN), n)
}

func ioPlural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// ioOptArg returns args[i] or def.
func ioOptArg(args []Object, i int, def Object) Object {
	if i < len(args) {
		return args[i]
	}
	return def
}

// bytesOf returns the contents of a bytes-like object (a copy for mutable
// ones), or ok=false when o does not support the buffer protocol.
func bytesOf(t *Thread, o Object) ([]byte, bool, *BaseException) {
	switch v := o.(type) {
	case *Bytes:
		return v.b, true, nil
	case *Instance:
		if b, ok := v.base.(*Bytes); ok {
			return b.b, true, nil
		}
		if b, ok := v.base.(*bytesIO); ok {
			_ = b
			return nil, false, nil
		}
	}
	if b, ok := bytesLike(o); ok {
		return b, true, nil
	}
	switch TypeOf(o).solid.name {
	case "bytearray", "memoryview", "array", "mmap":
		r, exc := Call(t, BytesType, []Object{o}, nil)
		if exc != nil {
			return nil, false, exc
		}
		if b, ok := r.(*Bytes); ok {
			return b.b, true, nil
		}
	}
	return nil, false, nil
}

// bytesArg is bytesOf with CPython's TypeError for other objects.
func bytesArg(t *Thread, o Object) ([]byte, *BaseException) {
	b, ok, exc := bytesOf(t, o)
	if exc != nil {
		return nil, exc
	}
	if !ok {
		return nil, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", TypeOf(o).name)
	}
	return b, nil
}

// writableLen is the size in bytes of a writable buffer passed to readinto.
func writableLen(t *Thread, buf Object) (int, *BaseException) {
	if mb := ioMutableBuffer(buf); mb != nil {
		n := len(mb.lockBuf())
		mb.unlockBuf()
		return n, nil
	}
	if m, ok := buf.(*MemoryView); ok {
		if m.released.Load() {
			return 0, mvReleased()
		}
		if m.ba == nil || m.ro {
			return 0, NewError(TypeErrorType, "readinto() argument must be read-write bytes-like object, not memoryview")
		}
		return len(m.data()), nil
	}
	if _, ok := buf.(*Bytes); ok {
		return 0, NewError(TypeErrorType, "readinto() argument must be read-write bytes-like object, not bytes")
	}
	switch TypeOf(buf).solid.name {
	case "mmap":
	default:
		if _, ok := bytesLike(buf); !ok {
			return 0, Errorf(TypeErrorType, "readinto() argument must be read-write bytes-like object, not %s", TypeOf(buf).name)
		}
	}
	return Len(t, buf)
}

// ioMutableBuffer is the storage of a bytearray or array.array (or of an
// instance of a subclass), which readinto fills in place (an array by its
// bytes, as through a memoryview cast to 'B'); nil for other objects.
func ioMutableBuffer(buf Object) mvBuffer {
	if in, ok := buf.(*Instance); ok {
		buf = in.base
	}
	switch v := buf.(type) {
	case *ByteArray:
		return v
	case *Array:
		return v
	}
	return nativeWritableBuffer(buf) // mmap, ctypes
}

// fillBuffer copies data into the start of a writable buffer.
func fillBuffer(t *Thread, buf Object, data []byte) *BaseException {
	if len(data) == 0 {
		return nil
	}
	if mb := ioMutableBuffer(buf); mb != nil {
		copy(mb.lockBuf(), data)
		mb.unlockBuf()
		return nil
	}
	if m, ok := buf.(*MemoryView); ok && m.ba != nil && !m.ro && m.dims == nil && !m.released.Load() {
		m.writeAt(0, data[:min(len(data), len(m.data()))])
		return nil
	}
	target := buf
	if TypeOf(buf).solid.name == "memoryview" {
		if f, exc := GetAttr(t, buf, InternStr("format")); exc == nil {
			if s, ok := f.(*Str); ok && s.s != "B" {
				c, exc := CallMethod(t, buf, InternStr("cast"), []Object{NewStr("B")}, nil)
				if exc != nil {
					return exc
				}
				target = c
			}
		}
	}
	return SetItem(t, target, NewSlice(MakeInt(0), MakeInt(int64(len(data))), None), NewBytes(append([]byte(nil), data...)))
}

// newByteArrayObj makes a bytearray of n zero bytes through the builtin.
func newByteArrayObj(t *Thread, n int) (Object, *BaseException) {
	ba := BuiltinsModule.dict.GetStr("bytearray")
	if ba == nil {
		return nil, NewError(SystemErrorType, "bytearray is not available")
	}
	return Call(t, ba, []Object{MakeInt(int64(n))}, nil)
}

// osErrorFromErr turns a Go syscall error into the matching OSError.
func osErrorFromErr(err error, filename Object) *BaseException {
	if en, ok := err.(syscall.Errno); ok {
		return NewOSError(int(en), filename)
	}
	if pe, ok := err.(interface{ Unwrap() error }); ok {
		if en, ok := pe.Unwrap().(syscall.Errno); ok {
			return NewOSError(int(en), filename)
		}
	}
	return NewError(OSErrorType, err.Error())
}

func osErrorFromErr2(err error, f1, f2 Object) *BaseException {
	e := osErrorFromErr(err, f1)
	if f2 != nil && f2 != None {
		e.SetField("filename2", f2)
	}
	return e
}

// runeCountWTF8 counts code points of WTF-8 text.
func runeCountWTF8(s string) int {
	n := 0
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c < 0x80:
			i++
		case c == 0xED && i+2 < len(s) && s[i+1] >= 0xA0:
			i += 3
		default:
			_, sz := utf8.DecodeRuneInString(s[i:])
			i += sz
		}
		n++
	}
	return n
}

// wtf8Offset returns the byte offset of the n-th code point of s (len(s)
// when s is shorter).
func wtf8Offset(s string, n int) int {
	i := 0
	for ; n > 0 && i < len(s); n-- {
		c := s[i]
		switch {
		case c < 0x80:
			i++
		case c == 0xED && i+2 < len(s) && s[i+1] >= 0xA0:
			i += 3
		default:
			_, sz := utf8.DecodeRuneInString(s[i:])
			i += sz
		}
	}
	return i
}

func isASCIIString(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// strArgOf accepts str and str subclasses.
func strArgOf(o Object) (*Str, bool) {
	switch v := o.(type) {
	case *Str:
		return v, true
	case *Instance:
		if s, ok := v.base.(*Str); ok {
			return s, true
		}
	}
	return nil, false
}

func reprStr(s string) string { return quoteStrRepr(s) }

// quoteStrRepr is repr() of a str value.
func quoteStrRepr(s string) string {
	r, _ := Repr(nil, NewStr(s))
	if r == nil {
		return "'" + strings.ReplaceAll(s, "'", "\\'") + "'"
	}
	return r.s
}

// hasSurrogatesWTF8 reports whether WTF-8 text holds encoded surrogates.
func hasSurrogatesWTF8(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == 0xED && s[i+1] >= 0xA0 {
			return true
		}
	}
	return false
}

func isValidUTF8(b []byte) bool { return utf8.Valid(b) }

// decodeRuneStrict decodes one UTF-8 sequence, returning r < 0 when the
// bytes are not valid UTF-8 (surrogates included).
func decodeRuneStrict(b []byte) (rune, int) {
	r, n := utf8.DecodeRune(b)
	if r == utf8.RuneError && n <= 1 {
		return -1, 1
	}
	return r, n
}

// codecNameCheck is what CPython's argument parsing does to an encoding
// name passed as a C string (argument clinic's str): a NUL in it is a
// ValueError, and lone surrogates fail its UTF-8 encoding.
func codecNameCheck(name string) *BaseException {
	if strings.IndexByte(name, 0) >= 0 && !hasSurrogatesWTF8(name) {
		return NewError(ValueErrorType, "embedded null character")
	}
	return codecNameEncodable(name)
}

// codecNameEncodable is the UTF-8 encoding alone, for the callers that take
// the name as a str object and cut it at a NUL later (TextIOWrapper's
// reconfigure): a name with lone surrogates fails (UnicodeEncodeError, over
// the first run of them).
func codecNameEncodable(name string) *BaseException {
	if !hasSurrogatesWTF8(name) {
		return nil
	}
	s := NewStr(name)
	rs := s.Runes()
	for i, r := range rs {
		if r >= 0xD800 && r <= 0xDFFF {
			j := i + 1
			for j < len(rs) && rs[j] >= 0xD800 && rs[j] <= 0xDFFF {
				j++
			}
			return NewUnicodeEncodeError("utf-8", s, i, j, "surrogates not allowed")
		}
	}
	return nil
}

// cLongFlag is how reconfigure() reads line_buffering and write_through:
// through __index__ to a C long (an int too large is an OverflowError),
// then true when non-zero.
func cLongFlag(t *Thread, v Object) (bool, *BaseException) {
	i, exc := Index(t, v)
	if exc != nil {
		return false, exc
	}
	n, ok := i.(Int)
	if !ok {
		return false, NewError(OverflowErrorType, "Python int too large to convert to C long")
	}
	return n != 0, nil
}
