package runtime

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// The text codecs str.encode / bytes.decode support natively: utf-8
// (utf-8-sig), ascii, latin-1, cp1252, utf-16 and utf-32 (with -le/-be
// variants), with the error handlers strict, ignore, replace,
// surrogateescape, surrogatepass, backslashreplace, xmlcharrefreplace and
// namereplace (names from the unicodedata tables, unicode_char_name.go).

type textCodecID int

const (
	textCodecUTF8 textCodecID = iota
	textCodecUTF8Sig
	textCodecASCII
	textCodecLatin1
	textCodecCP1252
	textCodecUTF16
	textCodecUTF16LE
	textCodecUTF16BE
	textCodecUTF32
	textCodecUTF32LE
	textCodecUTF32BE
	textCodecUnicodeEscape
	textCodecRawUnicodeEscape
)

var textCodecAliases = map[string]textCodecID{
	"utf_8": textCodecUTF8, "utf8": textCodecUTF8, "u8": textCodecUTF8, "utf": textCodecUTF8, "utf8_ucs2": textCodecUTF8,
	"utf8_ucs4": textCodecUTF8, "cp65001": textCodecUTF8,
	"utf_8_sig": textCodecUTF8Sig,
	"ascii":     textCodecASCII, "646": textCodecASCII, "us_ascii": textCodecASCII, "us": textCodecASCII, "cp367": textCodecASCII,
	"csascii": textCodecASCII, "ibm367": textCodecASCII, "iso646_us": textCodecASCII, "iso_646.irv_1991": textCodecASCII,
	"iso_ir_6": textCodecASCII, "ansi_x3.4_1968": textCodecASCII, "ansi_x3_4_1968": textCodecASCII, "ansi_x3.4_1986": textCodecASCII,
	"latin_1": textCodecLatin1, "latin1": textCodecLatin1, "latin": textCodecLatin1, "l1": textCodecLatin1,
	"iso_8859_1": textCodecLatin1, "iso8859_1": textCodecLatin1, "8859": textCodecLatin1, "cp819": textCodecLatin1,
	"iso_ir_100": textCodecLatin1, "iso_8859_1_1987": textCodecLatin1, "ibm819": textCodecLatin1, "csisolatin1": textCodecLatin1,
	"cp1252": textCodecCP1252, "windows_1252": textCodecCP1252,
	"utf_16": textCodecUTF16, "utf16": textCodecUTF16, "u16": textCodecUTF16,
	"utf_16_le": textCodecUTF16LE, "utf_16le": textCodecUTF16LE, "unicodelittleunmarked": textCodecUTF16LE,
	"utf_16_be": textCodecUTF16BE, "utf_16be": textCodecUTF16BE, "unicodebigunmarked": textCodecUTF16BE,
	"utf_32": textCodecUTF32, "utf32": textCodecUTF32, "u32": textCodecUTF32,
	"utf_32_le": textCodecUTF32LE, "utf_32le": textCodecUTF32LE,
	"utf_32_be": textCodecUTF32BE, "utf_32be": textCodecUTF32BE,
	"unicode_escape": textCodecUnicodeEscape, "raw_unicode_escape": textCodecRawUnicodeEscape,
}

var textCodecNames = map[textCodecID]string{
	textCodecUTF8: "utf-8", textCodecUTF8Sig: "utf-8", textCodecASCII: "ascii", textCodecLatin1: "latin-1", textCodecCP1252: "charmap",
	textCodecUTF16: "utf-16", textCodecUTF16LE: "utf-16-le", textCodecUTF16BE: "utf-16-be",
	textCodecUTF32: "utf-32", textCodecUTF32LE: "utf-32-le", textCodecUTF32BE: "utf-32-be",
}

// textNormalizeEncoding is encodings.normalize_encoding plus lowercasing: runs
// of characters other than alphanumerics and '.' become one '_'.
func textNormalizeEncoding(name string) string {
	var b strings.Builder
	pendingSep := false
	for i := 0; i < len(name); i++ {
		c := name[i]
		if c >= 'A' && c <= 'Z' {
			c += 32
		}
		if (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c >= 0x80 {
			if pendingSep && b.Len() > 0 {
				b.WriteByte('_')
			}
			pendingSep = false
			b.WriteByte(c)
		} else {
			pendingSep = true
		}
	}
	return b.String()
}

func textLookupCodec(name string) (textCodecID, *BaseException) {
	switch name {
	case "utf-8", "utf8":
		return textCodecUTF8, nil
	}
	if strings.IndexByte(name, 0) >= 0 {
		// Not a native codec: the registry's lookup raises CPython's
		// ValueError (codecNameCheck).
		return 0, Errorf(LookupErrorType, "unknown encoding: %s", name)
	}
	if id, ok := textCodecAliases[textNormalizeEncoding(name)]; ok {
		return id, nil
	}
	return 0, Errorf(LookupErrorType, "unknown encoding: %s", name)
}

func textUnknownErrorHandler(name string) *BaseException {
	return Errorf(LookupErrorType, "unknown error handler name '%s'", name)
}

func textKnownErrorHandler(name string) bool {
	switch name {
	case "strict", "ignore", "replace", "surrogateescape", "surrogatepass", "backslashreplace",
		"xmlcharrefreplace", "namereplace":
		return true
	}
	return false
}

var textCP1252High = [32]rune{
	0x20ac, 0, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0, 0x17d, 0,
	0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0, 0x17e, 0x178,
}

// ---- encoding ----

// textEncoder appends one code point in a codec's byte form; ok is false when
// the codec cannot represent it.
type textEncoder struct {
	id     textCodecID
	bigEnd bool
}

func (e *textEncoder) put(out []byte, r rune) ([]byte, bool) {
	switch e.id {
	case textCodecUTF8, textCodecUTF8Sig:
		if r >= 0xD800 && r <= 0xDFFF {
			return out, false
		}
		return utf8.AppendRune(out, r), true
	case textCodecASCII:
		if r >= 0x80 {
			return out, false
		}
		return append(out, byte(r)), true
	case textCodecLatin1:
		if r >= 0x100 {
			return out, false
		}
		return append(out, byte(r)), true
	case textCodecCP1252:
		if r < 0x80 || (r >= 0xA0 && r < 0x100) {
			return append(out, byte(r)), true
		}
		for i, c := range textCP1252High {
			if c == r && c != 0 {
				return append(out, byte(0x80+i)), true
			}
		}
		return out, false
	case textCodecUTF16, textCodecUTF16LE, textCodecUTF16BE:
		if r >= 0xD800 && r <= 0xDFFF {
			return out, false
		}
		return e.put16(out, r), true
	default:
		if r >= 0xD800 && r <= 0xDFFF {
			return out, false
		}
		return e.put32(out, r), true
	}
}

func (e *textEncoder) put16(out []byte, r rune) []byte {
	unit := func(out []byte, u uint16) []byte {
		if e.bigEnd {
			return append(out, byte(u>>8), byte(u))
		}
		return append(out, byte(u), byte(u>>8))
	}
	if r >= 0x10000 {
		r -= 0x10000
		out = unit(out, uint16(0xD800+(r>>10)))
		return unit(out, uint16(0xDC00+(r&0x3FF)))
	}
	return unit(out, uint16(r))
}

func (e *textEncoder) put32(out []byte, r rune) []byte {
	u := uint32(r)
	if e.bigEnd {
		return append(out, byte(u>>24), byte(u>>16), byte(u>>8), byte(u))
	}
	return append(out, byte(u), byte(u>>8), byte(u>>16), byte(u>>24))
}

// putRaw writes a code point the codec normally refuses (surrogatepass).
func (e *textEncoder) putRaw(out []byte, r rune) ([]byte, bool) {
	switch e.id {
	case textCodecUTF8, textCodecUTF8Sig:
		return appendRune(out, r), true
	case textCodecUTF16, textCodecUTF16LE, textCodecUTF16BE:
		return e.put16(out, r), true
	case textCodecUTF32, textCodecUTF32LE, textCodecUTF32BE:
		return e.put32(out, r), true
	}
	return out, false
}

func (e *textEncoder) reason() string {
	switch e.id {
	case textCodecASCII:
		return "ordinal not in range(128)"
	case textCodecLatin1:
		return "ordinal not in range(256)"
	case textCodecCP1252:
		return "character maps to <undefined>"
	}
	return "surrogates not allowed"
}

// textEncode is str.encode.
func textEncode(t *Thread, s *Str, encoding, errors string) ([]byte, *BaseException) {
	if exc := devCheckEncodingErrors(t, encoding, errors); exc != nil {
		return nil, exc
	}
	id, exc := textLookupCodec(encoding)
	if exc != nil {
		return textEncodeRegistry(t, s, encoding, errors, exc)
	}
	switch id {
	case textCodecUnicodeEscape:
		return encodeUnicodeEscape(s), nil
	case textCodecRawUnicodeEscape:
		return encodeRawUnicodeEscape(s), nil
	}
	if s.isASCII() {
		switch id {
		case textCodecUTF8, textCodecASCII, textCodecLatin1, textCodecCP1252:
			return []byte(s.s), nil
		}
	}
	enc := &textEncoder{id: id, bigEnd: id == textCodecUTF16BE || id == textCodecUTF32BE}
	name := textCodecNames[id]
	out := make([]byte, 0, len(s.s)+4)
	switch id {
	case textCodecUTF8Sig:
		out = append(out, 0xEF, 0xBB, 0xBF)
	case textCodecUTF16:
		out = append(out, 0xFF, 0xFE)
	case textCodecUTF32:
		out = append(out, 0xFF, 0xFE, 0, 0)
	}
	if id == textCodecUTF8 && !wtf8HasSurrogates(s.s) {
		return append(out, s.s...), nil
	}
	rs := s.Runes()
	for i := 0; i < len(rs); {
		var ok bool
		if out, ok = enc.put(out, rs[i]); ok {
			i++
			continue
		}
		j := i + 1
		for j < len(rs) {
			if _, ok := enc.put(nil, rs[j]); ok {
				break
			}
			j++
		}
		switch errors {
		case "strict":
			return nil, NewUnicodeEncodeError(name, s, i, j, enc.reason())
		case "ignore":
		case "replace":
			for k := i; k < j; k++ {
				out, _ = enc.put(out, '?')
			}
		case "backslashreplace", "namereplace":
			for k := i; k < j; k++ {
				text := textBackslashEscape(rs[k])
				if errors == "namereplace" {
					if n := unicodeCharName(rs[k]); n != "" {
						text = `\N{` + n + `}`
					}
				}
				for _, c := range []byte(text) {
					out, _ = enc.put(out, rune(c))
				}
			}
		case "xmlcharrefreplace":
			for k := i; k < j; k++ {
				for _, c := range []byte("&#" + strconv.Itoa(int(rs[k])) + ";") {
					out, _ = enc.put(out, rune(c))
				}
			}
		case "surrogateescape":
			for k := i; k < j; k++ {
				if rs[k] < 0xDC80 || rs[k] > 0xDCFF {
					return nil, NewUnicodeEncodeError(name, s, k, j, enc.reason())
				}
				out = append(out, byte(rs[k]-0xDC00))
			}
		case "surrogatepass":
			for k := i; k < j; k++ {
				var ok bool
				if rs[k] >= 0xD800 && rs[k] <= 0xDFFF {
					out, ok = enc.putRaw(out, rs[k])
				}
				if !ok {
					return nil, NewUnicodeEncodeError(name, s, k, j, enc.reason())
				}
			}
		default:
			return textEncodeCustom(t, s, id, errors)
		}
		i = j
	}
	return out, nil
}

// textCodecNative runs codecs.encode/decode natively for the text codecs
// the runtime implements (which=0 encode, 1 decode); ok is false when it
// does not apply.
func textCodecNative(t *Thread, obj Object, encoding, errors string, which int) (Object, bool, *BaseException) {
	if _, exc := textLookupCodec(encoding); exc != nil {
		return nil, false, nil
	}
	if which == 0 {
		s, ok := strArg(obj)
		if !ok {
			return nil, false, nil
		}
		b, exc := textEncode(t, s, encoding, errors)
		if exc != nil {
			return nil, true, exc
		}
		return NewBytes(b), true, nil
	}
	b, ok := bytesLike(obj)
	if !ok {
		return nil, false, nil
	}
	s, exc := textDecode(t, b, encoding, errors)
	if exc != nil {
		return nil, true, exc
	}
	return s, true, nil
}

// textEncodeRegistry encodes through the codec registry (encodings the
// runtime has no native codec for); notFound is the error when none knows it.
func textEncodeRegistry(t *Thread, s *Str, encoding, errors string, notFound *BaseException) ([]byte, *BaseException) {
	if exc := textCodecCheck(t, encoding, "encode", notFound); exc != nil {
		return nil, exc
	}
	r, exc := CodecsEncode(t, s, encoding, errors)
	if exc != nil {
		return nil, exc // (the codec was found above: a LookupError is its own)
	}
	b, ok := r.(*Bytes)
	if !ok {
		return nil, Errorf(TypeErrorType, "'%s' encoder returned '%s' instead of 'bytes'; use codecs.encode() to encode to arbitrary types", encoding, TypeOf(r).name)
	}
	return b.b, nil
}

// textEncodeCustom encodes with an error handler that is not builtin (one
// registered with codecs.register_error), through the codec machinery that
// calls Python handlers.
func textEncodeCustom(t *Thread, s *Str, id textCodecID, errors string) ([]byte, *BaseException) {
	switch id {
	case textCodecUTF8:
		return encodeUTF8(t, s, errors)
	case textCodecUTF8Sig:
		b, exc := encodeUTF8(t, s, errors)
		if exc != nil {
			return nil, exc
		}
		return append([]byte{0xEF, 0xBB, 0xBF}, b...), nil
	case textCodecASCII:
		return encodeASCII(t, s, errors)
	case textCodecLatin1:
		return encodeLatin1(t, s, errors)
	case textCodecUTF16:
		return encodeUTF16(t, s, errors, 0)
	case textCodecUTF16LE:
		return encodeUTF16(t, s, errors, -1)
	case textCodecUTF16BE:
		return encodeUTF16(t, s, errors, 1)
	case textCodecUTF32:
		return encodeUTF32(t, s, errors, 0)
	case textCodecUTF32LE:
		return encodeUTF32(t, s, errors, -1)
	case textCodecUTF32BE:
		return encodeUTF32(t, s, errors, 1)
	}
	if _, exc := lookupErrHandler(errors); exc != nil {
		return nil, exc
	}
	return textEncodeRegistry(t, s, "cp1252", errors, textUnknownErrorHandler(errors))
}

// wtf8HasSurrogates reports whether WTF-8 text holds encoded surrogates.
func wtf8HasSurrogates(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == 0xED && s[i+1] >= 0xA0 {
			return true
		}
	}
	return false
}

// textBackslashEscape is \xNN, \uNNNN or \UNNNNNNNN for r.
func textBackslashEscape(r rune) string {
	switch {
	case r <= 0xff:
		return sprintf(`\x%02x`, r)
	case r <= 0xffff:
		return sprintf(`\u%04x`, r)
	}
	return sprintf(`\U%08x`, r)
}

// ---- decoding ----

type textDecoder struct {
	t      *Thread
	name   string
	data   []byte
	errors string
	out    []byte // WTF-8
}

// fail applies the error handler to data[start:end]; it returns the
// exception for strict (or an unknown handler).
func (d *textDecoder) fail(start, end int, reason string) *BaseException {
	switch d.errors {
	case "strict":
		return NewUnicodeDecodeError(d.name, d.data, start, end, reason)
	case "ignore":
	case "replace":
		d.out = append(d.out, "\uFFFD"...)
	case "backslashreplace":
		for _, c := range d.data[start:end] {
			d.out = append(d.out, sprintf(`\x%02x`, c)...)
		}
	case "surrogateescape":
		for k, c := range d.data[start:end] {
			if c < 0x80 {
				return NewUnicodeDecodeError(d.name, d.data, start+k, end, reason)
			}
		}
		for _, c := range d.data[start:end] {
			d.out = appendRune(d.out, 0xDC00+rune(c))
		}
	case "surrogatepass", "xmlcharrefreplace", "namereplace":
		return NewUnicodeDecodeError(d.name, d.data, start, end, reason)
	default:
		return errCustomHandler
	}
	return nil
}

// errCustomHandler signals that decoding needs an error handler that is not
// builtin: the caller reruns the decode through textDecodeCustom.
var errCustomHandler = NewError(LookupErrorType, "custom error handler")

// textCodecCheck looks encoding up in the registry and refuses codecs that
// are not text encodings (rot13, base64, ...), as str.encode/bytes.decode do.
func textCodecCheck(t *Thread, encoding, which string, notFound *BaseException) *BaseException {
	info, exc := CodecLookup(t, encoding)
	if exc != nil {
		if exc.IsInstanceOf(LookupErrorType) {
			return notFound
		}
		return exc
	}
	if flag, exc := GetAttr(t, info, InternStr("_is_text_encoding")); exc == nil {
		if ok, _ := IsTrue(t, flag); !ok {
			return Errorf(LookupErrorType, "'%s' is not a text encoding; use codecs.%s() to handle arbitrary codecs", encoding, which)
		}
	}
	return nil
}

// textDecodeRegistry decodes through the codec registry.
func textDecodeRegistry(t *Thread, data []byte, encoding, errors string, notFound *BaseException) (*Str, *BaseException) {
	if exc := textCodecCheck(t, encoding, "decode", notFound); exc != nil {
		return nil, exc
	}
	r, exc := CodecsDecode(t, NewBytes(data), encoding, errors)
	if exc != nil {
		return nil, exc // (the codec was found above: a LookupError is its own)
	}
	s, ok := r.(*Str)
	if !ok {
		return nil, Errorf(TypeErrorType, "'%s' decoder returned '%s' instead of 'str'; use codecs.decode() to decode to arbitrary types", encoding, TypeOf(r).name)
	}
	return s, nil
}

// textDecodeCustom decodes with a registered (non-builtin) error handler.
func textDecodeCustom(t *Thread, data []byte, id textCodecID, errors string) (*Str, *BaseException) {
	if _, exc := lookupErrHandler(errors); exc != nil {
		return nil, exc
	}
	var text string
	var exc *BaseException
	switch id {
	case textCodecUTF8, textCodecUTF8Sig:
		if id == textCodecUTF8Sig && len(data) >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF {
			data = data[3:]
		}
		text, _, exc = decodeUTF8(t, data, errors, true)
	case textCodecASCII:
		text, exc = decodeASCII(t, data, errors)
	case textCodecUTF16:
		text, _, _, exc = decodeUTF16(t, data, errors, 0, true)
	case textCodecUTF16LE:
		text, _, _, exc = decodeUTF16(t, data, errors, -1, true)
	case textCodecUTF16BE:
		text, _, _, exc = decodeUTF16(t, data, errors, 1, true)
	case textCodecUTF32:
		text, _, _, exc = decodeUTF32(t, data, errors, 0, true)
	case textCodecUTF32LE:
		text, _, _, exc = decodeUTF32(t, data, errors, -1, true)
	case textCodecUTF32BE:
		text, _, _, exc = decodeUTF32(t, data, errors, 1, true)
	default:
		return textDecodeRegistry(t, data, "cp1252", errors, textUnknownErrorHandler(errors))
	}
	if exc != nil {
		return nil, exc
	}
	return NewStr(text), nil
}

// textDecode is bytes.decode.
func textDecode(t *Thread, data []byte, encoding, errors string) (*Str, *BaseException) {
	if exc := devCheckEncodingErrors(t, encoding, errors); exc != nil {
		return nil, exc
	}
	id, exc := textLookupCodec(encoding)
	if exc != nil {
		return textDecodeRegistry(t, data, encoding, errors, exc)
	}
	switch id {
	case textCodecUnicodeEscape, textCodecRawUnicodeEscape:
		decode := decodeUnicodeEscape
		if id == textCodecRawUnicodeEscape {
			decode = decodeRawUnicodeEscape
		}
		text, _, exc := decode(t, data, errors, true)
		if exc != nil {
			// As through the codec registry: a warning made an error is
			// wrapped (a UnicodeDecodeError is not).
			return nil, codecWrapError(t, exc, "decoding", encoding)
		}
		return NewStr(text), nil
	}
	ascii := true
	for _, c := range data {
		if c >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		switch id {
		case textCodecUTF8, textCodecUTF8Sig, textCodecASCII, textCodecLatin1, textCodecCP1252:
			return NewStr(string(data)), nil
		}
	}
	d := &textDecoder{t: t, name: textCodecNames[id], data: data, errors: errors}
	switch id {
	case textCodecUTF8, textCodecUTF8Sig:
		d.name = "utf-8"
		start := 0
		if id == textCodecUTF8Sig && len(data) >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF {
			start = 3
		}
		if utf8.Valid(data[start:]) {
			return NewStr(string(data[start:])), nil
		}
		exc = d.utf8(start)
	case textCodecASCII:
		d.out = make([]byte, 0, len(data))
		for i, c := range data {
			if c < 0x80 {
				d.out = append(d.out, c)
			} else if exc = d.fail(i, i+1, "ordinal not in range(128)"); exc != nil {
				break
			}
		}
	case textCodecLatin1:
		d.out = make([]byte, 0, len(data)*2)
		for _, c := range data {
			d.out = utf8.AppendRune(d.out, rune(c))
		}
	case textCodecCP1252:
		d.out = make([]byte, 0, len(data)*2)
		for i, c := range data {
			r := rune(c)
			if c >= 0x80 && c < 0xA0 {
				r = textCP1252High[c-0x80]
				if r == 0 {
					if exc = d.fail(i, i+1, "character maps to <undefined>"); exc != nil {
						break
					}
					continue
				}
			}
			d.out = utf8.AppendRune(d.out, r)
		}
	case textCodecUTF16, textCodecUTF16LE, textCodecUTF16BE:
		big, start := id == textCodecUTF16BE, 0
		if id == textCodecUTF16 {
			d.name = "utf-16-le"
			if len(data) >= 2 && data[0] == 0xFF && data[1] == 0xFE {
				start = 2
			} else if len(data) >= 2 && data[0] == 0xFE && data[1] == 0xFF {
				start, big, d.name = 2, true, "utf-16-be"
			}
		}
		exc = d.utf16(start, big)
	default:
		big, start := id == textCodecUTF32BE, 0
		if id == textCodecUTF32 {
			d.name = "utf-32-le"
			if len(data) >= 4 && data[0] == 0xFF && data[1] == 0xFE && data[2] == 0 && data[3] == 0 {
				start = 4
			} else if len(data) >= 4 && data[0] == 0 && data[1] == 0 && data[2] == 0xFE && data[3] == 0xFF {
				start, big, d.name = 4, true, "utf-32-be"
			}
		}
		exc = d.utf32(start, big)
	}
	if exc == errCustomHandler {
		return textDecodeCustom(t, data, id, errors)
	}
	if exc != nil {
		return nil, exc
	}
	return NewStr(string(d.out)), nil
}

func (d *textDecoder) utf8(i int) *BaseException {
	data := d.data
	n := len(data)
	d.out = make([]byte, 0, n)
	for i < n {
		c := data[i]
		if c < 0x80 {
			d.out = append(d.out, c)
			i++
			continue
		}
		if c < 0xC2 || c > 0xF4 {
			if exc := d.fail(i, i+1, "invalid start byte"); exc != nil {
				return exc
			}
			i++
			continue
		}
		need := 1
		lo, hi := byte(0x80), byte(0xBF)
		switch {
		case c >= 0xF0:
			need = 3
			if c == 0xF0 {
				lo = 0x90
			} else if c == 0xF4 {
				hi = 0x8F
			}
		case c >= 0xE0:
			need = 2
			if c == 0xE0 {
				lo = 0xA0
			} else if c == 0xED {
				hi = 0x9F
			}
		}
		bad, badEnd, reason := false, 0, ""
		for k := 1; k <= need; k++ {
			if i+k >= n {
				bad, badEnd, reason = true, n, "unexpected end of data"
				break
			}
			cc := data[i+k]
			l, h := byte(0x80), byte(0xBF)
			if k == 1 {
				l, h = lo, hi
			}
			if cc < l || cc > h {
				bad, badEnd, reason = true, i+k, "invalid continuation byte"
				break
			}
		}
		if !bad {
			d.out = append(d.out, data[i:i+need+1]...)
			i += need + 1
			continue
		}
		if d.errors == "surrogatepass" && c == 0xED && i+2 < n && data[i+1] >= 0xA0 && data[i+1] <= 0xBF &&
			data[i+2] >= 0x80 && data[i+2] <= 0xBF {
			d.out = append(d.out, data[i:i+3]...)
			i += 3
			continue
		}
		if exc := d.fail(i, badEnd, reason); exc != nil {
			return exc
		}
		i = badEnd
	}
	return nil
}

func (d *textDecoder) utf16(i int, big bool) *BaseException {
	data := d.data
	n := len(data)
	d.out = make([]byte, 0, n)
	unit := func(i int) rune {
		if big {
			return rune(data[i])<<8 | rune(data[i+1])
		}
		return rune(data[i+1])<<8 | rune(data[i])
	}
	for i+1 < n {
		u := unit(i)
		switch {
		case u < 0xD800 || u > 0xDFFF:
			d.out = utf8.AppendRune(d.out, u)
			i += 2
			continue
		case u >= 0xDC00:
			if d.errors == "surrogatepass" {
				d.out = appendRune(d.out, u)
				i += 2
				continue
			}
			if exc := d.fail(i, i+2, "illegal encoding"); exc != nil {
				return exc
			}
			i += 2
			continue
		}
		if i+3 >= n {
			if d.errors == "surrogatepass" {
				d.out = appendRune(d.out, u)
				i += 2
				continue
			}
			if exc := d.fail(i, n, "unexpected end of data"); exc != nil {
				return exc
			}
			return nil
		}
		u2 := unit(i + 2)
		if u2 >= 0xDC00 && u2 <= 0xDFFF {
			d.out = utf8.AppendRune(d.out, 0x10000+(u-0xD800)<<10+(u2-0xDC00))
			i += 4
			continue
		}
		if d.errors == "surrogatepass" {
			d.out = appendRune(d.out, u)
			i += 2
			continue
		}
		if exc := d.fail(i, i+2, "illegal UTF-16 surrogate"); exc != nil {
			return exc
		}
		i += 2
	}
	if i < n {
		return d.fail(i, n, "truncated data")
	}
	return nil
}

func (d *textDecoder) utf32(i int, big bool) *BaseException {
	data := d.data
	n := len(data)
	d.out = make([]byte, 0, n)
	for i+3 < n {
		var u uint32
		if big {
			u = uint32(data[i])<<24 | uint32(data[i+1])<<16 | uint32(data[i+2])<<8 | uint32(data[i+3])
		} else {
			u = uint32(data[i+3])<<24 | uint32(data[i+2])<<16 | uint32(data[i+1])<<8 | uint32(data[i])
		}
		switch {
		case u > 0x10FFFF:
			if exc := d.fail(i, i+4, "code point not in range(0x110000)"); exc != nil {
				return exc
			}
		case u >= 0xD800 && u <= 0xDFFF:
			if d.errors == "surrogatepass" {
				d.out = appendRune(d.out, rune(u))
			} else if exc := d.fail(i, i+4, "code point in surrogate code point range(0xd800, 0xe000)"); exc != nil {
				return exc
			}
		default:
			d.out = utf8.AppendRune(d.out, rune(u))
		}
		i += 4
	}
	if i < n {
		return d.fail(i, n, "truncated data")
	}
	return nil
}
