package runtime

import (
	"strings"
	"sync"
)

// The _codecs module: the codec search-function registry (which the
// encodings package fills), the error-handler registry and the codec
// functions the encodings.* modules call.

var (
	codecsMu       sync.Mutex
	codecSearch    []Object
	codecCache     = map[string]Object{}
	codecsImported bool
	// builtinHandlerNames maps the builtin error-handler functions back to
	// their names, so a handler registered under another name still runs
	// natively.
	builtinHandlerNames = map[Object]string{}
)

func init() {
	RegisterModule(&ModuleSpec{Name: "_codecs", Native: initCodecs})
	for _, name := range builtinErrHandlers {
		name := name
		b := NewBuiltin(name+"_errors", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := ioArgs(name+"_errors", args, kw, 1, 1); exc != nil {
				return nil, exc
			}
			return builtinErrorCallback(t, name, args[0])
		})
		b.module = "_codecs"
		builtinHandlerNames[b] = name
		errHandlers[name] = b
	}
}

// normalizeCodecName is CPython's codec-registry normalisation: ASCII
// letters lowercased, alphanumerics and '.' kept, other runs collapsed to
// one '_' between kept characters.
func normalizeCodecName(name string) string {
	var b strings.Builder
	pending := false
	for i := 0; i < len(name); i++ {
		c := name[i]
		isAlnum := (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
		if isAlnum || c == '.' {
			if pending && b.Len() > 0 {
				b.WriteByte('_')
			}
			pending = false
			if c >= 'A' && c <= 'Z' {
				c += 32
			}
			b.WriteByte(c)
		} else {
			pending = true
		}
	}
	return b.String()
}

// CodecLookup is codecs.lookup: the CodecInfo the registered search
// functions return for an encoding (importing the encodings package on
// first use, as CPython does at start-up).
func CodecLookup(t *Thread, encoding string) (Object, *BaseException) {
	if exc := codecNameCheck(encoding); exc != nil {
		return nil, exc
	}
	key := normalizeCodecName(encoding)
	codecsMu.Lock()
	if r, ok := codecCache[key]; ok {
		codecsMu.Unlock()
		return r, nil
	}
	imported := codecsImported
	codecsImported = true
	codecsMu.Unlock()
	if !imported {
		if _, exc := ImportModule(t, "encodings"); exc != nil && !exc.IsInstanceOf(ImportErrorType) {
			return nil, exc
		}
	}
	codecsMu.Lock()
	funcs := append([]Object(nil), codecSearch...)
	codecsMu.Unlock()
	for _, f := range funcs {
		r, exc := Call1(t, f, NewStr(key))
		if exc != nil {
			return nil, exc
		}
		if r == None {
			continue
		}
		tup, ok := r.(*Tuple)
		if !ok {
			if in, isInst := r.(*Instance); isInst {
				tup, ok = in.base.(*Tuple)
			}
		}
		if !ok || len(tup.items) != 4 {
			return nil, NewError(TypeErrorType, "codec search functions must return 4-tuples")
		}
		codecsMu.Lock()
		codecCache[key] = r
		codecsMu.Unlock()
		return r, nil
	}
	if r, ok, exc := nativeCharmapCodecInfo(t, encoding); exc != nil || ok {
		if ok {
			codecsMu.Lock()
			codecCache[key] = r
			codecsMu.Unlock()
		}
		return r, exc
	}
	return nil, Errorf(LookupErrorType, "unknown encoding: %s", encoding)
}

func codecInfoItem(t *Thread, info Object, i int) (Object, *BaseException) {
	return GetItem(t, info, MakeInt(int64(i)))
}

// codecCall runs a codec's encode or decode function and checks its result.
func codecCall(t *Thread, obj Object, encoding, errors string, which int) (Object, *BaseException) {
	if r, ok, exc := textCodecNative(t, obj, encoding, errors, which); ok {
		return r, exc
	}
	info, exc := CodecLookup(t, encoding)
	if exc != nil {
		return nil, exc
	}
	fn, exc := codecInfoItem(t, info, which)
	if exc != nil {
		return nil, exc
	}
	r, exc := Call(t, fn, []Object{obj, NewStr(errors)}, nil)
	if exc != nil {
		op := "encoding"
		if which == 1 {
			op = "decoding"
		}
		return nil, codecWrapError(t, exc, op, encoding)
	}
	tup, ok := r.(*Tuple)
	if !ok || len(tup.items) != 2 {
		if which == 0 {
			return nil, NewError(TypeErrorType, "encoder must return a tuple (object, integer)")
		}
		return nil, NewError(TypeErrorType, "decoder must return a tuple (object,integer)")
	}
	return tup.items[0], nil
}

// CodecsEncode is codecs.encode(obj, encoding, errors) through the
// registry (for encodings the runtime does not handle natively).
func CodecsEncode(t *Thread, obj Object, encoding, errors string) (Object, *BaseException) {
	return codecCall(t, obj, encoding, errors, 0)
}

// CodecsDecode is codecs.decode(obj, encoding, errors).
func CodecsDecode(t *Thread, obj Object, encoding, errors string) (Object, *BaseException) {
	return codecCall(t, obj, encoding, errors, 1)
}

// builtinErrorCallback implements the Python-callable forms of the builtin
// error handlers (what codecs.lookup_error returns).
func builtinErrorCallback(t *Thread, name string, exc Object) (Object, *BaseException) {
	e, ok := exc.(*BaseException)
	if !ok || !e.IsInstanceOf(BaseExceptionType) {
		if name == "strict" {
			return nil, NewError(TypeErrorType, "codec must pass exception instance")
		}
		return nil, Errorf(TypeErrorType, "don't know how to handle %s in error callback", TypeOf(exc).name)
	}
	if name == "strict" {
		return nil, e
	}
	isEnc := e.IsInstanceOf(UnicodeEncodeErrorType)
	isDec := e.IsInstanceOf(UnicodeDecodeErrorType)
	isTr := e.IsInstanceOf(UnicodeTranslateErrorType)
	if !isEnc && !isDec && !isTr {
		return nil, Errorf(TypeErrorType, "don't know how to handle %s in error callback", e.typ.name)
	}
	get := func(attr string) (Object, *BaseException) { return GetAttr(t, e, NewStr(attr)) }
	so, x := get("start")
	if x != nil {
		return nil, x
	}
	eo, x := get("end")
	if x != nil {
		return nil, x
	}
	start, _ := IntValue(so)
	end, _ := IntValue(eo)
	obj, x := get("object")
	if x != nil {
		return nil, x
	}
	var rs []rune
	var data []byte
	if isDec {
		data, _, x = bytesOf(t, obj)
		if x != nil {
			return nil, x
		}
		if start < 0 {
			start = 0
		}
		if end > int64(len(data)) {
			end = int64(len(data))
		}
	} else {
		s, ok := strArgOf(obj)
		if !ok {
			return nil, NewError(TypeErrorType, "object attribute must be unicode")
		}
		rs = s.Runes()
		if start < 0 {
			start = 0
		}
		if end > int64(len(rs)) {
			end = int64(len(rs))
		}
	}
	if end < start {
		end = start
	}
	ret := func(s string) (Object, *BaseException) { return NewTuple(NewStr(s), MakeInt(end)), nil }
	switch name {
	case "ignore":
		return ret("")
	case "replace":
		if isDec {
			return ret("\uFFFD")
		}
		rep := "?"
		if isTr {
			rep = "\uFFFD"
		}
		return ret(strings.Repeat(rep, int(end-start)))
	case "backslashreplace":
		var b strings.Builder
		if isDec {
			for _, c := range data[start:end] {
				b.WriteString(backslashEsc(rune(c)))
			}
		} else {
			for _, r := range rs[start:end] {
				b.WriteString(backslashEsc(r))
			}
		}
		return ret(b.String())
	case "xmlcharrefreplace", "namereplace":
		if !isEnc {
			return nil, Errorf(TypeErrorType, "don't know how to handle %s in error callback", e.typ.name)
		}
		var b strings.Builder
		for _, r := range rs[start:end] {
			if name == "xmlcharrefreplace" {
				b.WriteString(sprintf("&#%d;", r))
			} else if n := unicodeCharName(r); n != "" {
				b.WriteString(`\N{` + n + `}`)
			} else {
				b.WriteString(backslashEsc(r))
			}
		}
		return ret(b.String())
	case "surrogateescape":
		if isDec {
			var out []byte
			k := start
			for ; k < end && k < start+4; k++ {
				if data[k] < 0x80 {
					break
				}
				out = appendRune(out, 0xDC00+rune(data[k]))
			}
			if k == start {
				return nil, e
			}
			return NewTuple(NewStr(string(out)), MakeInt(k)), nil
		}
		if isEnc {
			out := make([]byte, 0, end-start)
			for _, r := range rs[start:end] {
				if r < 0xDC80 || r > 0xDCFF {
					return nil, e
				}
				out = append(out, byte(r-0xDC00))
			}
			return NewTuple(NewBytes(out), MakeInt(end)), nil
		}
		return nil, e
	case "surrogatepass":
		enc := ""
		if eo, x := get("encoding"); x == nil {
			if s, ok := strArgOf(eo); ok {
				enc = normalizeCodecName(s.s)
			}
		}
		if isEnc {
			var out []byte
			for _, r := range rs[start:end] {
				if r < 0xD800 || r > 0xDFFF {
					return nil, e
				}
				switch enc {
				case "utf_8", "utf8":
					out = appendRune(out, r)
				case "utf_16_le", "utf_16":
					out = append(out, byte(r), byte(r>>8))
				case "utf_16_be":
					out = append(out, byte(r>>8), byte(r))
				case "utf_32_le", "utf_32":
					out = append(out, byte(r), byte(r>>8), 0, 0)
				case "utf_32_be":
					out = append(out, 0, 0, byte(r>>8), byte(r))
				default:
					return nil, e
				}
			}
			return NewTuple(NewBytes(out), MakeInt(end)), nil
		}
		if isDec {
			var r rune
			n := 0
			switch enc {
			case "utf_8", "utf8":
				if rr, nn, ok := utf8SurrogatePass(data, int(start)); ok {
					r, n = rr, nn
				}
			case "utf_16_le", "utf_16":
				if int(start)+1 < len(data) {
					r, n = rune(data[start])|rune(data[start+1])<<8, 2
				}
			case "utf_16_be":
				if int(start)+1 < len(data) {
					r, n = rune(data[start])<<8|rune(data[start+1]), 2
				}
			}
			if n == 0 || r < 0xD800 || r > 0xDFFF {
				return nil, e
			}
			return NewTuple(NewStr(string(appendRune(nil, r))), MakeInt(start+int64(n))), nil
		}
		return nil, e
	}
	return nil, e
}

// ---- argument helpers ----

func codecErrorsArg(o Object, fname string) (string, *BaseException) {
	if o == nil || o == None {
		return "strict", nil
	}
	s, ok := strArgOf(o)
	if !ok {
		return "", Errorf(TypeErrorType, "%s() argument 2 must be str or None, not %s", fname, TypeOf(o).name)
	}
	return s.s, nil
}

func codecStrArg(o Object, fname string) (*Str, *BaseException) {
	s, ok := strArgOf(o)
	if !ok {
		return nil, Errorf(TypeErrorType, "%s() argument 1 must be str, not %s", fname, TypeOf(o).name)
	}
	return s, nil
}

func codecBool(t *Thread, args []Object, i int, def bool) (bool, *BaseException) {
	if i >= len(args) {
		return def, nil
	}
	return IsTrue(t, args[i])
}

func initCodecs(t *Thread, m *Module) *BaseException {
	d := m.dict
	def := func(name string, minN, maxN int, fn func(t *Thread, args []Object) (Object, *BaseException)) {
		b := NewBuiltin(name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := ioArgs(name, args, kw, minN, maxN); exc != nil {
				return nil, exc
			}
			return fn(t, args)
		})
		b.module = "_codecs"
		d.SetStr(name, b)
	}
	def("register", 1, 1, func(t *Thread, args []Object) (Object, *BaseException) {
		if !Callable(args[0]) {
			return nil, NewError(TypeErrorType, "argument must be callable")
		}
		codecsMu.Lock()
		codecSearch = append(codecSearch, args[0])
		codecsMu.Unlock()
		return None, nil
	})
	def("unregister", 1, 1, func(t *Thread, args []Object) (Object, *BaseException) {
		codecsMu.Lock()
		for i, f := range codecSearch {
			if f == args[0] {
				codecSearch = append(codecSearch[:i:i], codecSearch[i+1:]...)
				codecCache = map[string]Object{}
				break
			}
		}
		codecsMu.Unlock()
		return None, nil
	})
	def("lookup", 1, 1, func(t *Thread, args []Object) (Object, *BaseException) {
		s, ok := strArgOf(args[0])
		if !ok {
			return nil, Errorf(TypeErrorType, "lookup() argument must be str, not %s", TypeOf(args[0]).name)
		}
		return CodecLookup(t, s.s)
	})
	def("_forget_codec", 1, 1, func(t *Thread, args []Object) (Object, *BaseException) {
		s, ok := strArgOf(args[0])
		if !ok {
			return nil, Errorf(TypeErrorType, "_forget_codec() argument must be str, not %s", TypeOf(args[0]).name)
		}
		codecsMu.Lock()
		delete(codecCache, normalizeCodecName(s.s))
		codecsMu.Unlock()
		return None, nil
	})
	for _, which := range []int{0, 1} {
		which := which
		name := []string{"encode", "decode"}[which]
		b := NewBuiltin(name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			var obj, encoding, errors Object = nil, NewStr("utf-8"), NewStr("strict")
			if exc := ParseArgs(name, args, kw, []string{"obj", "encoding?", "errors?"}, &obj, &encoding, &errors); exc != nil {
				return nil, exc
			}
			es, ok := strArgOf(encoding)
			if !ok {
				return nil, Errorf(TypeErrorType, "%s() argument 'encoding' must be str, not %s", name, TypeOf(encoding).name)
			}
			ers, ok := strArgOf(errors)
			if !ok {
				return nil, Errorf(TypeErrorType, "%s() argument 'errors' must be str, not %s", name, TypeOf(errors).name)
			}
			return codecCall(t, obj, es.s, ers.s, which)
		})
		b.module = "_codecs"
		d.SetStr(name, b)
	}
	def("register_error", 2, 2, func(t *Thread, args []Object) (Object, *BaseException) {
		s, ok := strArgOf(args[0])
		if !ok {
			return nil, Errorf(TypeErrorType, "register_error() argument 1 must be str, not %s", TypeOf(args[0]).name)
		}
		if !Callable(args[1]) {
			return nil, NewError(TypeErrorType, "handler must be callable")
		}
		errHandlersMu.Lock()
		errHandlers[s.s] = args[1]
		errHandlersMu.Unlock()
		return None, nil
	})
	def("lookup_error", 1, 1, func(t *Thread, args []Object) (Object, *BaseException) {
		s, ok := strArgOf(args[0])
		if !ok {
			return nil, Errorf(TypeErrorType, "lookup_error() argument must be str, not %s", TypeOf(args[0]).name)
		}
		errHandlersMu.Lock()
		h := errHandlers[s.s]
		errHandlersMu.Unlock()
		if h == nil {
			return nil, Errorf(LookupErrorType, "unknown error handler name '%s'", s.s)
		}
		return h, nil
	})

	// Decoders: (data, errors=None[, final]) -> (str, consumed).
	decoder := func(name string, final bool, fn func(t *Thread, data []byte, errors string, final bool) (string, int, *BaseException)) {
		maxN := 2
		if final {
			maxN = 3
		}
		def(name, 1, maxN, func(t *Thread, args []Object) (Object, *BaseException) {
			data, exc := bytesArg(t, args[0])
			if exc != nil {
				return nil, exc
			}
			errors, exc := codecErrorsArg(ioOptArg(args, 1, None), name)
			if exc != nil {
				return nil, exc
			}
			fin, exc := codecBool(t, args, 2, !final)
			if exc != nil {
				return nil, exc
			}
			s, n, exc := fn(t, data, errors, fin)
			if exc != nil {
				return nil, exc
			}
			return NewTuple(NewStr(s), MakeInt(int64(n))), nil
		})
	}
	decoder("utf_8_decode", true, decodeUTF8)
	decoder("latin_1_decode", false, func(t *Thread, data []byte, errors string, final bool) (string, int, *BaseException) {
		return decodeLatin1(data), len(data), nil
	})
	decoder("ascii_decode", false, func(t *Thread, data []byte, errors string, final bool) (string, int, *BaseException) {
		s, exc := decodeASCII(t, data, errors)
		return s, len(data), exc
	})
	for _, v := range []struct {
		name string
		bo   int
		u32  bool
	}{{"utf_16_decode", 0, false}, {"utf_16_le_decode", -1, false}, {"utf_16_be_decode", 1, false},
		{"utf_32_decode", 0, true}, {"utf_32_le_decode", -1, true}, {"utf_32_be_decode", 1, true}} {
		v := v
		decoder(v.name, true, func(t *Thread, data []byte, errors string, final bool) (string, int, *BaseException) {
			var s string
			var n int
			var exc *BaseException
			if v.u32 {
				s, n, _, exc = decodeUTF32(t, data, errors, v.bo, final)
			} else {
				s, n, _, exc = decodeUTF16(t, data, errors, v.bo, final)
			}
			return s, n, exc
		})
	}
	for _, u32 := range []bool{false, true} {
		u32 := u32
		name := "utf_16_ex_decode"
		if u32 {
			name = "utf_32_ex_decode"
		}
		def(name, 1, 4, func(t *Thread, args []Object) (Object, *BaseException) {
			data, exc := bytesArg(t, args[0])
			if exc != nil {
				return nil, exc
			}
			errors, exc := codecErrorsArg(ioOptArg(args, 1, None), name)
			if exc != nil {
				return nil, exc
			}
			bo := int64(0)
			if len(args) > 2 {
				if bo, exc = ioIntArg(t, args[2]); exc != nil {
					return nil, exc
				}
			}
			fin, exc := codecBool(t, args, 3, false)
			if exc != nil {
				return nil, exc
			}
			var s string
			var n, obo int
			if u32 {
				s, n, obo, exc = decodeUTF32(t, data, errors, int(bo), fin)
			} else {
				s, n, obo, exc = decodeUTF16(t, data, errors, int(bo), fin)
			}
			if exc != nil {
				return nil, exc
			}
			return NewTuple(NewStr(s), MakeInt(int64(n)), MakeInt(int64(obo))), nil
		})
	}
	// unicode_escape_decode and raw_unicode_escape_decode default final=True.
	for _, name := range []string{"unicode_escape_decode", "raw_unicode_escape_decode"} {
		name := name
		fn := map[string]func(*Thread, []byte, string, bool) (string, int, *BaseException){
			"unicode_escape_decode": decodeUnicodeEscape, "raw_unicode_escape_decode": decodeRawUnicodeEscape}[name]
		def(name, 1, 3, func(t *Thread, args []Object) (Object, *BaseException) {
			var data []byte
			if s, ok := strArgOf(args[0]); ok {
				data = []byte(s.s)
			} else {
				b, exc := bytesArg(t, args[0])
				if exc != nil {
					return nil, exc
				}
				data = b
			}
			errors, exc := codecErrorsArg(ioOptArg(args, 1, None), name)
			if exc != nil {
				return nil, exc
			}
			fin, exc := codecBool(t, args, 2, true)
			if exc != nil {
				return nil, exc
			}
			s, n, exc := fn(t, data, errors, fin)
			if exc != nil {
				return nil, exc
			}
			return NewTuple(NewStr(s), MakeInt(int64(n))), nil
		})
	}

	// Encoders: (str, errors=None) -> (bytes, len(str)).
	encoder := func(name string, fn func(t *Thread, s *Str, errors string) ([]byte, *BaseException)) {
		def(name, 1, 2, func(t *Thread, args []Object) (Object, *BaseException) {
			s, exc := codecStrArg(args[0], name)
			if exc != nil {
				return nil, exc
			}
			errors, exc := codecErrorsArg(ioOptArg(args, 1, None), name)
			if exc != nil {
				return nil, exc
			}
			b, exc := fn(t, s, errors)
			if exc != nil {
				return nil, exc
			}
			return NewTuple(NewBytes(b), MakeInt(int64(s.Len()))), nil
		})
	}
	encoder("utf_8_encode", encodeUTF8)
	encoder("utf_7_encode", func(t *Thread, s *Str, errors string) ([]byte, *BaseException) { return encodeUTF7(s), nil })
	decoder("utf_7_decode", true, decodeUTF7) // codecs_utf7.go
	encoder("latin_1_encode", encodeLatin1)
	encoder("ascii_encode", encodeASCII)
	encoder("utf_16_le_encode", func(t *Thread, s *Str, errors string) ([]byte, *BaseException) {
		return encodeUTF16(t, s, errors, -1)
	})
	encoder("utf_16_be_encode", func(t *Thread, s *Str, errors string) ([]byte, *BaseException) {
		return encodeUTF16(t, s, errors, 1)
	})
	encoder("utf_32_le_encode", func(t *Thread, s *Str, errors string) ([]byte, *BaseException) {
		return encodeUTF32(t, s, errors, -1)
	})
	encoder("utf_32_be_encode", func(t *Thread, s *Str, errors string) ([]byte, *BaseException) {
		return encodeUTF32(t, s, errors, 1)
	})
	encoder("unicode_escape_encode", func(t *Thread, s *Str, errors string) ([]byte, *BaseException) {
		return encodeUnicodeEscape(s), nil
	})
	encoder("raw_unicode_escape_encode", func(t *Thread, s *Str, errors string) ([]byte, *BaseException) {
		return encodeRawUnicodeEscape(s), nil
	})
	for _, u32 := range []bool{false, true} {
		u32 := u32
		name := "utf_16_encode"
		if u32 {
			name = "utf_32_encode"
		}
		def(name, 1, 3, func(t *Thread, args []Object) (Object, *BaseException) {
			s, exc := codecStrArg(args[0], name)
			if exc != nil {
				return nil, exc
			}
			errors, exc := codecErrorsArg(ioOptArg(args, 1, None), name)
			if exc != nil {
				return nil, exc
			}
			bo := int64(0)
			if len(args) > 2 {
				if bo, exc = ioIntArg(t, args[2]); exc != nil {
					return nil, exc
				}
			}
			var b []byte
			if u32 {
				b, exc = encodeUTF32(t, s, errors, int(bo))
			} else {
				b, exc = encodeUTF16(t, s, errors, int(bo))
			}
			if exc != nil {
				return nil, exc
			}
			return NewTuple(NewBytes(b), MakeInt(int64(s.Len()))), nil
		})
	}
	def("escape_encode", 1, 2, func(t *Thread, args []Object) (Object, *BaseException) {
		b, ok := Unwrap(args[0]).(*Bytes)
		if !ok {
			return nil, Errorf(TypeErrorType, "escape_encode() argument 1 must be bytes, not %s", TypeOf(args[0]).name)
		}
		return NewTuple(NewBytes(encodeEscapeBytes(b.b)), MakeInt(int64(len(b.b)))), nil
	})
	def("escape_decode", 1, 2, func(t *Thread, args []Object) (Object, *BaseException) {
		var data []byte
		if s, ok := strArgOf(args[0]); ok {
			data = []byte(s.s)
		} else {
			b, exc := bytesArg(t, args[0])
			if exc != nil {
				return nil, exc
			}
			data = b
		}
		errors, exc := codecErrorsArg(ioOptArg(args, 1, None), "escape_decode")
		if exc != nil {
			return nil, exc
		}
		out, firstInvalid, exc := decodeEscapeBytesFirst(data, errors)
		if exc != nil {
			return nil, exc
		}
		if exc := escapeWarn(t, data, firstInvalid); exc != nil {
			return nil, exc
		}
		return NewTuple(NewBytes(out), MakeInt(int64(len(data)))), nil
	})
	def("readbuffer_encode", 1, 2, func(t *Thread, args []Object) (Object, *BaseException) {
		var data []byte
		if s, ok := strArgOf(args[0]); ok {
			data = []byte(s.s)
		} else {
			b, exc := bytesArg(t, args[0])
			if exc != nil {
				return nil, exc
			}
			data = b
		}
		return NewTuple(NewBytes(append([]byte(nil), data...)), MakeInt(int64(len(data)))), nil
	})
	def("charmap_decode", 1, 3, func(t *Thread, args []Object) (Object, *BaseException) {
		data, exc := bytesArg(t, args[0])
		if exc != nil {
			return nil, exc
		}
		errors, exc := codecErrorsArg(ioOptArg(args, 1, None), "charmap_decode")
		if exc != nil {
			return nil, exc
		}
		s, exc := decodeCharmap(t, data, errors, ioOptArg(args, 2, None))
		if exc != nil {
			return nil, exc
		}
		return NewTuple(NewStr(s), MakeInt(int64(len(data)))), nil
	})
	def("charmap_encode", 1, 3, func(t *Thread, args []Object) (Object, *BaseException) {
		s, exc := codecStrArg(args[0], "charmap_encode")
		if exc != nil {
			return nil, exc
		}
		errors, exc := codecErrorsArg(ioOptArg(args, 1, None), "charmap_encode")
		if exc != nil {
			return nil, exc
		}
		b, exc := encodeCharmap(t, s, errors, ioOptArg(args, 2, None))
		if exc != nil {
			return nil, exc
		}
		return NewTuple(NewBytes(b), MakeInt(int64(s.Len()))), nil
	})
	def("charmap_build", 1, 1, func(t *Thread, args []Object) (Object, *BaseException) {
		s, ok := strArgOf(args[0])
		if !ok {
			return nil, Errorf(TypeErrorType, "charmap_build() argument must be str, not %s", TypeOf(args[0]).name)
		}
		out := NewDict()
		for i, r := range s.Runes() {
			if r == 0xFFFE {
				continue
			}
			if exc := out.SetItem(t, MakeInt(int64(r)), MakeInt(int64(i))); exc != nil {
				return nil, exc
			}
		}
		return out, nil
	})
	return nil
}

// ---- charmap codecs built in (codecs_tables.go) ----

var (
	charmapMu      sync.Mutex
	charmapStrs    = map[string]*Str{}
	charmapEncMaps = map[string]map[rune]byte{}
)

// nativeCharmapName resolves an encoding name to a built-in charmap codec.
func nativeCharmapName(encoding string) (string, bool) {
	n := normalizeCodecName(encoding)
	if _, ok := charmapTables[n]; ok {
		return n, true
	}
	if a, ok := charmapAliases[n]; ok {
		return a, true
	}
	return "", false
}

func charmapDecodeTable(name string) *Str {
	charmapMu.Lock()
	defer charmapMu.Unlock()
	s := charmapStrs[name]
	if s == nil {
		s = NewStr(charmapTables[name])
		charmapStrs[name] = s
	}
	return s
}

func charmapEncodeMap(name string) map[rune]byte {
	charmapMu.Lock()
	defer charmapMu.Unlock()
	m := charmapEncMaps[name]
	if m == nil {
		m = map[rune]byte{}
		for i, r := range []rune(charmapTables[name]) {
			if r != 0xFFFE {
				if _, dup := m[r]; !dup {
					m[r] = byte(i)
				}
			}
		}
		charmapEncMaps[name] = m
	}
	return m
}

func encodeWithTable(t *Thread, s *Str, errors string, m map[rune]byte) ([]byte, *BaseException) {
	e, exc := newEncodeState(t, "charmap", s, errors, "character maps to <undefined>")
	if exc != nil {
		return nil, exc
	}
	e.put = func(out []byte, r rune) ([]byte, bool) {
		b, ok := m[r]
		if !ok {
			return out, false
		}
		return append(out, b), true
	}
	return e.run()
}

// CodecFallbackDecode is bytes.decode for encodings the str/bytes fast
// paths do not handle: a built-in charmap codec, else the Python codec
// registry (the encodings package).
func CodecFallbackDecode(t *Thread, data []byte, encoding, errors string) (*Str, *BaseException) {
	if name, ok := nativeCharmapName(encoding); ok {
		s, exc := decodeCharmap(t, data, errors, charmapDecodeTable(name))
		if exc != nil {
			return nil, exc
		}
		return NewStr(s), nil
	}
	info, exc := CodecLookup(t, encoding)
	if exc != nil {
		return nil, exc
	}
	if v, e := GetAttr(t, info, InternStr("_is_text_encoding")); e == nil {
		if b, _ := IsTrue(t, v); !b {
			return nil, Errorf(LookupErrorType, "'%s' is not a text encoding; use codecs.decode() to handle arbitrary codecs", encoding)
		}
	}
	r, exc := codecCall(t, NewBytes(data), encoding, errors, 1)
	if exc != nil {
		return nil, exc
	}
	s, ok := strArgOf(r)
	if !ok {
		return nil, Errorf(TypeErrorType, "'%s' decoder returned '%s' instead of 'str'; use codecs.decode() to decode to arbitrary types", encoding, TypeOf(r).name)
	}
	return s, nil
}

// CodecFallbackEncode is str.encode for encodings the fast paths do not
// handle (see CodecFallbackDecode).
func CodecFallbackEncode(t *Thread, s *Str, encoding, errors string) ([]byte, *BaseException) {
	if name, ok := nativeCharmapName(encoding); ok {
		return encodeWithTable(t, s, errors, charmapEncodeMap(name))
	}
	info, exc := CodecLookup(t, encoding)
	if exc != nil {
		return nil, exc
	}
	if v, e := GetAttr(t, info, InternStr("_is_text_encoding")); e == nil {
		if b, _ := IsTrue(t, v); !b {
			return nil, Errorf(LookupErrorType, "'%s' is not a text encoding; use codecs.encode() to handle arbitrary codecs", encoding)
		}
	}
	r, exc := codecCall(t, s, encoding, errors, 0)
	if exc != nil {
		return nil, exc
	}
	b, ok := Unwrap(r).(*Bytes)
	if !ok {
		return nil, Errorf(TypeErrorType, "'%s' encoder returned '%s' instead of 'bytes'; use codecs.encode() to encode to arbitrary types", encoding, TypeOf(r).name)
	}
	return b.b, nil
}
