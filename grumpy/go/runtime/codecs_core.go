package runtime

import (
	"strconv"
	"sync"
	"unicode/utf8"
)

// The codec machinery behind _codecs and TextIOWrapper: incremental
// decoders (with the `final` flag and a consumed count), encoders, and the
// error-handler protocol (builtin handlers natively, registered ones called
// as Python functions with UnicodeDecodeError/UnicodeEncodeError objects).
//
// Text is WTF-8 (see str.go): lone surrogates are 3-byte sequences ED A0..BF.

// ---- error handler registry ----

var (
	errHandlersMu sync.Mutex
	errHandlers   = map[string]Object{}
)

var builtinErrHandlers = []string{"strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace",
	"namereplace", "surrogateescape", "surrogatepass"}

func isBuiltinErrHandler(name string) bool {
	for _, n := range builtinErrHandlers {
		if n == name {
			return true
		}
	}
	return false
}

// errHandler is a resolved `errors` argument.
type errHandler struct {
	name   string
	custom Object // registered Python handler; nil for the builtin ones
}

// lookupErrHandler resolves an error handler name ("" means strict).
func lookupErrHandler(name string) (*errHandler, *BaseException) {
	if name == "" {
		name = "strict"
	}
	errHandlersMu.Lock()
	h := errHandlers[name]
	errHandlersMu.Unlock()
	if h != nil {
		if bn, ok := builtinHandlerNames[h]; ok {
			return &errHandler{name: bn}, nil
		}
		return &errHandler{name: name, custom: h}, nil
	}
	if isBuiltinErrHandler(name) {
		return &errHandler{name: name}, nil
	}
	return nil, Errorf(LookupErrorType, "unknown error handler name '%s'", name)
}

// ---- decoding ----

// decodeState accumulates decoded WTF-8 text and applies error handlers.
type decodeState struct {
	t     *Thread
	codec string // name in error messages
	data  []byte
	h     *errHandler
	out   []byte
	// surrogatepass decodes one surrogate at data[pos:]; it returns the
	// rune and byte length, or ok=false.
	surrogatepass func(data []byte, pos int) (rune, int, bool)
}

func newDecodeState(t *Thread, codec string, data []byte, errors string) (*decodeState, *BaseException) {
	h, exc := lookupErrHandler(errors)
	if exc != nil {
		return nil, exc
	}
	return &decodeState{t: t, codec: codec, data: data, h: h, out: make([]byte, 0, len(data))}, nil
}

// fail handles undecodable data[start:end]; it returns where decoding
// resumes.
func (d *decodeState) fail(start, end int, reason string) (int, *BaseException) {
	switch d.h.name {
	case "strict":
		if d.h.custom == nil {
			return 0, NewUnicodeDecodeError(d.codec, d.data, start, end, reason)
		}
	case "ignore":
		if d.h.custom == nil {
			return end, nil
		}
	case "replace":
		if d.h.custom == nil {
			d.out = append(d.out, "\uFFFD"...)
			return end, nil
		}
	case "backslashreplace":
		if d.h.custom == nil {
			for _, c := range d.data[start:end] {
				d.out = append(d.out, '\\', 'x', hexDigitsLower[c>>4], hexDigitsLower[c&15])
			}
			return end, nil
		}
	case "surrogateescape":
		if d.h.custom == nil {
			for k := start; k < end; k++ {
				if d.data[k] < 0x80 {
					return 0, NewUnicodeDecodeError(d.codec, d.data, start, end, reason)
				}
			}
			for _, c := range d.data[start:end] {
				d.out = appendRune(d.out, 0xDC00+rune(c))
			}
			return end, nil
		}
	case "surrogatepass":
		if d.h.custom == nil {
			if d.surrogatepass != nil {
				if r, n, ok := d.surrogatepass(d.data, start); ok {
					d.out = appendRune(d.out, r)
					return start + n, nil
				}
			}
			return 0, NewUnicodeDecodeError(d.codec, d.data, start, end, reason)
		}
	case "xmlcharrefreplace", "namereplace":
		if d.h.custom == nil {
			return 0, NewError(TypeErrorType, "don't know how to handle UnicodeDecodeError in error callback")
		}
	}
	exc := NewUnicodeDecodeError(d.codec, d.data, start, end, reason)
	r, e := Call1(d.t, d.h.custom, exc)
	if e != nil {
		return 0, e
	}
	tup, ok := r.(*Tuple)
	if !ok || len(tup.items) != 2 {
		return 0, NewError(TypeErrorType, "decoding error handler must return (str, int) tuple")
	}
	rep, ok := strArgOf(tup.items[0])
	if !ok {
		return 0, NewError(TypeErrorType, "decoding error handler must return (str, int) tuple")
	}
	np, ok := IntValue(tup.items[1])
	if !ok {
		return 0, NewError(TypeErrorType, "decoding error handler must return (str, int) tuple")
	}
	if np < 0 {
		np += int64(len(d.data))
	}
	if np < 0 || np > int64(len(d.data)) {
		return 0, Errorf(IndexErrorType, "position %d from error handler out of bounds", np)
	}
	d.out = append(d.out, rep.s...)
	return int(np), nil
}

const hexDigitsLower = "0123456789abcdef"

// utf8SurrogatePass decodes an encoded surrogate (ED A0..BF 80..BF).
func utf8SurrogatePass(data []byte, pos int) (rune, int, bool) {
	if pos+2 < len(data) && data[pos] == 0xED && data[pos+1] >= 0xA0 && data[pos+1] <= 0xBF && data[pos+2] >= 0x80 && data[pos+2] <= 0xBF {
		return 0xD000 | rune(data[pos+1]&0x3F)<<6 | rune(data[pos+2]&0x3F), 3, true
	}
	return 0, 0, false
}

// decodeUTF8 decodes UTF-8; with final false an incomplete sequence at the
// end is left unconsumed. It returns the text and the bytes consumed.
func decodeUTF8(t *Thread, data []byte, errors string, final bool) (string, int, *BaseException) {
	if utf8.Valid(data) {
		return string(data), len(data), nil
	}
	d, exc := newDecodeState(t, "utf-8", data, errors)
	if exc != nil {
		return "", 0, exc
	}
	d.surrogatepass = utf8SurrogatePass
	n := len(data)
	i := 0
	for i < n {
		c := data[i]
		if c < 0x80 {
			j := i + 1
			for j < n && data[j] < 0x80 {
				j++
			}
			d.out = append(d.out, data[i:j]...)
			i = j
			continue
		}
		if c < 0xC2 || c > 0xF4 {
			if i, exc = d.fail(i, i+1, "invalid start byte"); exc != nil {
				return "", 0, exc
			}
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
		bad, badEnd, reason, incomplete := false, 0, "", false
		for k := 1; k <= need; k++ {
			if i+k >= n {
				bad, badEnd, reason, incomplete = true, n, "unexpected end of data", true
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
		if incomplete && !final {
			return string(d.out), i, nil
		}
		if !final && c == 0xED && n-i == 2 && data[i+1] >= 0xA0 && data[i+1] <= 0xBF {
			// A truncated encoded surrogate (D800-DFFF) waits for more
			// data, as CPython's incremental decoder does.
			return string(d.out), i, nil
		}
		if i, exc = d.fail(i, badEnd, reason); exc != nil {
			return "", 0, exc
		}
	}
	return string(d.out), n, nil
}

// decodeLatin1 maps bytes to the first 256 code points.
func decodeLatin1(data []byte) string {
	for _, c := range data {
		if c >= 0x80 {
			out := make([]byte, 0, len(data)+len(data)/2)
			for _, c := range data {
				out = utf8.AppendRune(out, rune(c))
			}
			return string(out)
		}
	}
	return string(data)
}

func decodeASCII(t *Thread, data []byte, errors string) (string, *BaseException) {
	bad := -1
	for i, c := range data {
		if c >= 0x80 {
			bad = i
			break
		}
	}
	if bad < 0 {
		return string(data), nil
	}
	d, exc := newDecodeState(t, "ascii", data, errors)
	if exc != nil {
		return "", exc
	}
	d.out = append(d.out, data[:bad]...)
	for i := bad; i < len(data); {
		if data[i] < 0x80 {
			d.out = append(d.out, data[i])
			i++
			continue
		}
		if i, exc = d.fail(i, i+1, "ordinal not in range(128)"); exc != nil {
			return "", exc
		}
	}
	return string(d.out), nil
}

// decodeUTF16 decodes UTF-16. byteorder: 0 detect a BOM (default little
// endian), -1 little, 1 big. It returns the byte order in effect after the
// call (still 0 when no BOM was seen yet).
func decodeUTF16(t *Thread, data []byte, errors string, byteorder int, final bool) (string, int, int, *BaseException) {
	i := 0
	if byteorder == 0 {
		if len(data) >= 2 {
			if data[0] == 0xFF && data[1] == 0xFE {
				i, byteorder = 2, -1
			} else if data[0] == 0xFE && data[1] == 0xFF {
				i, byteorder = 2, 1
			}
		} else if !final {
			return "", 0, 0, nil
		}
	}
	big := byteorder == 1
	name := "utf-16-le"
	if big {
		name = "utf-16-be"
	}
	d, exc := newDecodeState(t, name, data, errors)
	if exc != nil {
		return "", 0, byteorder, exc
	}
	unit := func(i int) rune {
		if big {
			return rune(data[i])<<8 | rune(data[i+1])
		}
		return rune(data[i+1])<<8 | rune(data[i])
	}
	d.surrogatepass = func(data []byte, pos int) (rune, int, bool) {
		if pos+1 < len(data) {
			if u := unit(pos); u >= 0xD800 && u <= 0xDFFF {
				return u, 2, true
			}
		}
		return 0, 0, false
	}
	n := len(data)
	for i < n {
		if i+1 >= n {
			if !final {
				break
			}
			if i, exc = d.fail(i, n, "truncated data"); exc != nil {
				return "", 0, byteorder, exc
			}
			continue
		}
		u := unit(i)
		if u < 0xD800 || u > 0xDFFF {
			d.out = utf8.AppendRune(d.out, u)
			i += 2
			continue
		}
		if u >= 0xDC00 {
			if i, exc = d.fail(i, i+2, "illegal encoding"); exc != nil {
				return "", 0, byteorder, exc
			}
			continue
		}
		if i+3 >= n {
			if !final {
				break
			}
			if i, exc = d.fail(i, n, "unexpected end of data"); exc != nil {
				return "", 0, byteorder, exc
			}
			continue
		}
		u2 := unit(i + 2)
		if u2 >= 0xDC00 && u2 <= 0xDFFF {
			d.out = utf8.AppendRune(d.out, 0x10000+(u-0xD800)<<10+(u2-0xDC00))
			i += 4
			continue
		}
		if i, exc = d.fail(i, i+2, "illegal UTF-16 surrogate"); exc != nil {
			return "", 0, byteorder, exc
		}
	}
	return string(d.out), i, byteorder, nil
}

// decodeUTF32 decodes UTF-32 (byteorder as decodeUTF16).
func decodeUTF32(t *Thread, data []byte, errors string, byteorder int, final bool) (string, int, int, *BaseException) {
	i := 0
	if byteorder == 0 {
		if len(data) >= 4 {
			if data[0] == 0xFF && data[1] == 0xFE && data[2] == 0 && data[3] == 0 {
				i, byteorder = 4, -1
			} else if data[0] == 0 && data[1] == 0 && data[2] == 0xFE && data[3] == 0xFF {
				i, byteorder = 4, 1
			}
		} else if !final {
			return "", 0, 0, nil
		}
	}
	big := byteorder == 1
	name := "utf-32-le"
	if big {
		name = "utf-32-be"
	}
	d, exc := newDecodeState(t, name, data, errors)
	if exc != nil {
		return "", 0, byteorder, exc
	}
	word := func(i int) uint32 {
		if big {
			return uint32(data[i])<<24 | uint32(data[i+1])<<16 | uint32(data[i+2])<<8 | uint32(data[i+3])
		}
		return uint32(data[i+3])<<24 | uint32(data[i+2])<<16 | uint32(data[i+1])<<8 | uint32(data[i])
	}
	d.surrogatepass = func(data []byte, pos int) (rune, int, bool) {
		if pos+3 < len(data) {
			if u := word(pos); u >= 0xD800 && u <= 0xDFFF {
				return rune(u), 4, true
			}
		}
		return 0, 0, false
	}
	n := len(data)
	for i < n {
		if i+3 >= n {
			if !final {
				break
			}
			if i, exc = d.fail(i, n, "truncated data"); exc != nil {
				return "", 0, byteorder, exc
			}
			continue
		}
		u := word(i)
		switch {
		case u > 0x10FFFF:
			if i, exc = d.fail(i, i+4, "code point not in range(0x110000)"); exc != nil {
				return "", 0, byteorder, exc
			}
		case u >= 0xD800 && u <= 0xDFFF:
			if i, exc = d.fail(i, i+4, "code point in surrogate code point range(0xd800, 0xe000)"); exc != nil {
				return "", 0, byteorder, exc
			}
		default:
			d.out = utf8.AppendRune(d.out, rune(u))
			i += 4
		}
	}
	return string(d.out), i, byteorder, nil
}

// ---- encoding ----

// encodeState drives an encoder over code points, resolving runs of
// unencodable characters through the error handler.
type encodeState struct {
	t      *Thread
	codec  string
	s      *Str
	rs     []rune
	h      *errHandler
	out    []byte
	put    func(out []byte, r rune) ([]byte, bool)
	putRaw func(out []byte, r rune) ([]byte, bool) // surrogatepass
	reason string
}

func (e *encodeState) err(start, end int) *BaseException {
	return NewUnicodeEncodeError(e.codec, e.s, start, end, e.reason)
}

func (e *encodeState) putASCII(text string, start, end int) *BaseException {
	for i := 0; i < len(text); i++ {
		var ok bool
		if e.out, ok = e.put(e.out, rune(text[i])); !ok {
			return e.err(start, end)
		}
	}
	return nil
}

func (e *encodeState) run() ([]byte, *BaseException) {
	rs := e.rs
	for i := 0; i < len(rs); {
		var ok bool
		if e.out, ok = e.put(e.out, rs[i]); ok {
			i++
			continue
		}
		j := i + 1
		for j < len(rs) {
			if _, ok := e.put(nil, rs[j]); ok {
				break
			}
			j++
		}
		next, exc := e.fail(i, j)
		if exc != nil {
			return nil, exc
		}
		i = next
	}
	return e.out, nil
}

func (e *encodeState) fail(start, end int) (int, *BaseException) {
	rs := e.rs
	if e.h.custom == nil {
		switch e.h.name {
		case "strict":
			return 0, e.err(start, end)
		case "ignore":
			return end, nil
		case "replace":
			for k := start; k < end; k++ {
				if exc := e.putASCII("?", start, end); exc != nil {
					return 0, exc
				}
			}
			return end, nil
		case "backslashreplace":
			for k := start; k < end; k++ {
				if exc := e.putASCII(backslashEsc(rs[k]), start, end); exc != nil {
					return 0, exc
				}
			}
			return end, nil
		case "namereplace":
			for k := start; k < end; k++ {
				text := backslashEsc(rs[k])
				if name := unicodeCharName(rs[k]); name != "" {
					text = `\N{` + name + `}`
				}
				if exc := e.putASCII(text, start, end); exc != nil {
					return 0, exc
				}
			}
			return end, nil
		case "xmlcharrefreplace":
			for k := start; k < end; k++ {
				if exc := e.putASCII("&#"+strconv.Itoa(int(rs[k]))+";", start, end); exc != nil {
					return 0, exc
				}
			}
			return end, nil
		case "surrogateescape":
			for k := start; k < end; k++ {
				if rs[k] < 0xDC80 || rs[k] > 0xDCFF {
					return 0, e.err(k, end)
				}
				e.out = append(e.out, byte(rs[k]-0xDC00))
			}
			return end, nil
		case "surrogatepass":
			for k := start; k < end; k++ {
				var ok bool
				if e.putRaw != nil && rs[k] >= 0xD800 && rs[k] <= 0xDFFF {
					e.out, ok = e.putRaw(e.out, rs[k])
				}
				if !ok {
					return 0, e.err(start, end)
				}
			}
			return end, nil
		}
	}
	exc := e.err(start, end)
	r, x := Call1(e.t, e.h.custom, exc)
	if x != nil {
		return 0, x
	}
	tup, ok := r.(*Tuple)
	if !ok || len(tup.items) != 2 {
		return 0, NewError(TypeErrorType, "encoding error handler must return (str/bytes, int) tuple")
	}
	np, ok := IntValue(tup.items[1])
	if !ok {
		return 0, NewError(TypeErrorType, "encoding error handler must return (str/bytes, int) tuple")
	}
	switch rep := Unwrap(tup.items[0]).(type) {
	case *Str:
		for _, c := range rep.Runes() {
			var ok bool
			if e.out, ok = e.put(e.out, c); !ok {
				return 0, e.err(start, end)
			}
		}
	case *Bytes:
		e.out = append(e.out, rep.b...)
	default:
		return 0, NewError(TypeErrorType, "encoding error handler must return (str/bytes, int) tuple")
	}
	if np < 0 {
		np += int64(len(rs))
	}
	if np < 0 || np > int64(len(rs)) {
		return 0, Errorf(IndexErrorType, "position %d from error handler out of bounds", np)
	}
	return int(np), nil
}

func backslashEsc(r rune) string {
	switch {
	case r <= 0xff:
		return `\x` + string(hexDigitsLower[r>>4]) + string(hexDigitsLower[r&15])
	case r <= 0xffff:
		return sprintf(`\u%04x`, r)
	}
	return sprintf(`\U%08x`, r)
}

// unicodeCharName returns the Unicode name of r when the runtime has a
// names table (namereplace falls back to backslash escapes otherwise).
var unicodeCharName = func(r rune) string { return "" }

func newEncodeState(t *Thread, codec string, s *Str, errors, reason string) (*encodeState, *BaseException) {
	h, exc := lookupErrHandler(errors)
	if exc != nil {
		return nil, exc
	}
	return &encodeState{t: t, codec: codec, s: s, rs: s.Runes(), h: h, reason: reason, out: make([]byte, 0, len(s.s))}, nil
}

func putUTF8(out []byte, r rune) ([]byte, bool) {
	if r >= 0xD800 && r <= 0xDFFF {
		return out, false
	}
	return utf8.AppendRune(out, r), true
}

// encodeUTF8 encodes WTF-8 text as UTF-8.
func encodeUTF8(t *Thread, s *Str, errors string) ([]byte, *BaseException) {
	if !hasSurrogatesWTF8(s.s) {
		return []byte(s.s), nil
	}
	e, exc := newEncodeState(t, "utf-8", s, errors, "surrogates not allowed")
	if exc != nil {
		return nil, exc
	}
	e.put = putUTF8
	e.putRaw = func(out []byte, r rune) ([]byte, bool) { return appendRune(out, r), true }
	return e.run()
}

func encodeLatin1(t *Thread, s *Str, errors string) ([]byte, *BaseException) {
	if s.isASCII() {
		return []byte(s.s), nil
	}
	e, exc := newEncodeState(t, "latin-1", s, errors, "ordinal not in range(256)")
	if exc != nil {
		return nil, exc
	}
	e.put = func(out []byte, r rune) ([]byte, bool) {
		if r >= 0x100 {
			return out, false
		}
		return append(out, byte(r)), true
	}
	return e.run()
}

func encodeASCII(t *Thread, s *Str, errors string) ([]byte, *BaseException) {
	if s.isASCII() {
		return []byte(s.s), nil
	}
	e, exc := newEncodeState(t, "ascii", s, errors, "ordinal not in range(128)")
	if exc != nil {
		return nil, exc
	}
	e.put = func(out []byte, r rune) ([]byte, bool) {
		if r >= 0x80 {
			return out, false
		}
		return append(out, byte(r)), true
	}
	return e.run()
}

// encodeUTF16 encodes with byteorder 0 (BOM + little endian), -1 or 1.
func encodeUTF16(t *Thread, s *Str, errors string, byteorder int) ([]byte, *BaseException) {
	name := "utf-16"
	if byteorder < 0 {
		name = "utf-16-le"
	} else if byteorder > 0 {
		name = "utf-16-be"
	}
	e, exc := newEncodeState(t, name, s, errors, "surrogates not allowed")
	if exc != nil {
		return nil, exc
	}
	big := byteorder == 1
	unit := func(out []byte, u uint16) []byte {
		if big {
			return append(out, byte(u>>8), byte(u))
		}
		return append(out, byte(u), byte(u>>8))
	}
	e.putRaw = func(out []byte, r rune) ([]byte, bool) { return unit(out, uint16(r)), true }
	e.put = func(out []byte, r rune) ([]byte, bool) {
		if r >= 0xD800 && r <= 0xDFFF {
			return out, false
		}
		if r >= 0x10000 {
			r -= 0x10000
			out = unit(out, uint16(0xD800+(r>>10)))
			return unit(out, uint16(0xDC00+(r&0x3FF))), true
		}
		return unit(out, uint16(r)), true
	}
	if byteorder == 0 {
		e.out = append(e.out, 0xFF, 0xFE)
	}
	return e.run()
}

func encodeUTF32(t *Thread, s *Str, errors string, byteorder int) ([]byte, *BaseException) {
	name := "utf-32"
	if byteorder < 0 {
		name = "utf-32-le"
	} else if byteorder > 0 {
		name = "utf-32-be"
	}
	e, exc := newEncodeState(t, name, s, errors, "surrogates not allowed")
	if exc != nil {
		return nil, exc
	}
	big := byteorder == 1
	word := func(out []byte, r rune) []byte {
		u := uint32(r)
		if big {
			return append(out, byte(u>>24), byte(u>>16), byte(u>>8), byte(u))
		}
		return append(out, byte(u), byte(u>>8), byte(u>>16), byte(u>>24))
	}
	e.putRaw = func(out []byte, r rune) ([]byte, bool) { return word(out, r), true }
	e.put = func(out []byte, r rune) ([]byte, bool) {
		if r >= 0xD800 && r <= 0xDFFF {
			return out, false
		}
		return word(out, r), true
	}
	if byteorder == 0 {
		e.out = append(e.out, 0xFF, 0xFE, 0, 0)
	}
	return e.run()
}

// ---- escape codecs ----

func isOctal(c byte) bool { return c >= '0' && c <= '7' }

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// lookupUnicodeName resolves \N{...}; it is replaced when a names table is
// available.
var lookupUnicodeName = func(name string) (rune, bool) { return 0, false }

// decodeUnicodeEscape is the unicode_escape codec's decoder; it warns
// (DeprecationWarning) about the first invalid escape, as CPython does.
func decodeUnicodeEscape(t *Thread, data []byte, errors string, final bool) (string, int, *BaseException) {
	firstInvalid := -1
	s, n, exc := decodeUnicodeEscapeInner(t, data, errors, final, &firstInvalid)
	if exc != nil {
		return "", 0, exc
	}
	if exc := escapeWarn(t, data, firstInvalid); exc != nil {
		return "", 0, exc
	}
	return s, n, nil
}

// escapeWarn issues the DeprecationWarning for the invalid escape whose
// character after the backslash is data[pos] (none when pos < 0).
func escapeWarn(t *Thread, data []byte, pos int) *BaseException {
	if pos < 0 || pos >= len(data) {
		return nil
	}
	var msg string
	if c := data[pos]; isOctal(c) {
		end := pos + 3
		if end > len(data) {
			end = len(data)
		}
		msg = "invalid octal escape sequence '\\" + string(data[pos:end]) + "'"
	} else {
		msg = "invalid escape sequence '\\" + string(rune(c)) + "'"
	}
	return pathWarnLevel(t, msg, 1)
}

// pathWarnLevel issues a DeprecationWarning through the warnings module
// (an error when the filters make it one).
func pathWarnLevel(t *Thread, msg string, level int) *BaseException {
	w, exc := ImportModule(t, "warnings")
	if exc != nil {
		return nil
	}
	f, exc := GetAttr(t, w, InternStr("warn"))
	if exc != nil {
		return exc
	}
	_, exc = Call(t, f, []Object{NewStr(msg), DeprecationWarningType, MakeInt(int64(level))}, nil)
	return exc
}

func decodeUnicodeEscapeInner(t *Thread, data []byte, errors string, final bool, firstInvalid *int) (string, int, *BaseException) {
	d, exc := newDecodeState(t, "unicodeescape", data, errors)
	if exc != nil {
		return "", 0, exc
	}
	n := len(data)
	i := 0
	for i < n {
		c := data[i]
		if c != '\\' {
			d.out = utf8.AppendRune(d.out, rune(c))
			i++
			continue
		}
		start := i
		if i+1 >= n {
			if !final {
				return string(d.out), start, nil
			}
			if i, exc = d.fail(start, n, "\\ at end of string"); exc != nil {
				return "", 0, exc
			}
			continue
		}
		c = data[i+1]
		i += 2
		switch c {
		case '\n':
		case '\\', '\'', '"':
			d.out = append(d.out, c)
		case 'a':
			d.out = append(d.out, 7)
		case 'b':
			d.out = append(d.out, 8)
		case 'f':
			d.out = append(d.out, 12)
		case 't':
			d.out = append(d.out, 9)
		case 'n':
			d.out = append(d.out, 10)
		case 'r':
			d.out = append(d.out, 13)
		case 'v':
			d.out = append(d.out, 11)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := rune(c - '0')
			for k := 0; k < 2 && i < n && isOctal(data[i]); k++ {
				v = v*8 + rune(data[i]-'0')
				i++
			}
			if v > 0o377 && *firstInvalid < 0 {
				*firstInvalid = start + 1
			}
			d.out = appendRune(d.out, v)
		case 'x', 'u', 'U':
			digits := map[byte]int{'x': 2, 'u': 4, 'U': 8}[c]
			v := 0
			k := 0
			for k < digits && i+k < n && hexVal(data[i+k]) >= 0 {
				v = v*16 + hexVal(data[i+k])
				k++
			}
			if k < digits {
				if i+k >= n && !final {
					return string(d.out), start, nil
				}
				reason := map[byte]string{'x': "truncated \\xXX escape", 'u': "truncated \\uXXXX escape", 'U': "truncated \\UXXXXXXXX escape"}[c]
				if i, exc = d.fail(start, i+k, reason); exc != nil {
					return "", 0, exc
				}
				continue
			}
			i += k
			if v > 0x10FFFF {
				if i, exc = d.fail(start, i, "illegal Unicode character"); exc != nil {
					return "", 0, exc
				}
				continue
			}
			d.out = appendRune(d.out, rune(v))
		case 'N':
			if i < n && data[i] == '{' {
				j := i + 1
				for j < n && data[j] != '}' {
					j++
				}
				if j < n && j > i+1 {
					if r, ok := lookupUnicodeName(string(data[i+1 : j])); ok {
						d.out = appendRune(d.out, r)
						i = j + 1
						continue
					}
					if i, exc = d.fail(start, j+1, "unknown Unicode character name"); exc != nil {
						return "", 0, exc
					}
					continue
				}
				if j >= n && !final {
					return string(d.out), start, nil
				}
			} else if i >= n && !final {
				return string(d.out), start, nil
			}
			if i, exc = d.fail(start, i, "malformed \\N character escape"); exc != nil {
				return "", 0, exc
			}
		default:
			if *firstInvalid < 0 {
				*firstInvalid = start + 1
			}
			d.out = append(d.out, '\\')
			d.out = utf8.AppendRune(d.out, rune(c))
		}
	}
	return string(d.out), n, nil
}

// encodeUnicodeEscape is the unicode_escape codec's encoder.
func encodeUnicodeEscape(s *Str) []byte {
	out := make([]byte, 0, len(s.s))
	for _, r := range s.Runes() {
		switch {
		case r == '\\':
			out = append(out, '\\', '\\')
		case r == '\t':
			out = append(out, '\\', 't')
		case r == '\n':
			out = append(out, '\\', 'n')
		case r == '\r':
			out = append(out, '\\', 'r')
		case r >= 0x20 && r < 0x7f:
			out = append(out, byte(r))
		default:
			out = append(out, backslashEsc(r)...)
		}
	}
	return out
}

func decodeRawUnicodeEscape(t *Thread, data []byte, errors string, final bool) (string, int, *BaseException) {
	d, exc := newDecodeState(t, "rawunicodeescape", data, errors)
	if exc != nil {
		return "", 0, exc
	}
	n := len(data)
	i := 0
	for i < n {
		c := data[i]
		if c != '\\' {
			d.out = utf8.AppendRune(d.out, rune(c))
			i++
			continue
		}
		// Count the run of backslashes: only an odd one escapes.
		j := i
		for j < n && data[j] == '\\' {
			j++
		}
		run := j - i
		if run%2 == 0 || j >= n || (data[j] != 'u' && data[j] != 'U') {
			if j >= n && run%2 == 1 && !final {
				for k := 0; k < run-1; k++ {
					d.out = append(d.out, '\\')
				}
				return string(d.out), j - 1, nil
			}
			for k := 0; k < run; k++ {
				d.out = append(d.out, '\\')
			}
			i = j
			continue
		}
		for k := 0; k < run-1; k++ {
			d.out = append(d.out, '\\')
		}
		start := j - 1
		digits := 4
		if data[j] == 'U' {
			digits = 8
		}
		p := j + 1
		v, k := 0, 0
		for k < digits && p+k < n && hexVal(data[p+k]) >= 0 {
			v = v*16 + hexVal(data[p+k])
			k++
		}
		if k < digits {
			if p+k >= n && !final {
				return string(d.out), start, nil
			}
			reason := "truncated \\uXXXX escape"
			if digits == 8 {
				reason = "truncated \\UXXXXXXXX escape"
			}
			if i, exc = d.fail(start, p+k, reason); exc != nil {
				return "", 0, exc
			}
			continue
		}
		if v > 0x10FFFF {
			if i, exc = d.fail(start, p+k, "\\Uxxxxxxxx out of range"); exc != nil {
				return "", 0, exc
			}
			continue
		}
		d.out = appendRune(d.out, rune(v))
		i = p + k
	}
	return string(d.out), n, nil
}

func encodeRawUnicodeEscape(s *Str) []byte {
	out := make([]byte, 0, len(s.s))
	for _, r := range s.Runes() {
		switch {
		case r < 0x100:
			out = append(out, byte(r))
		case r <= 0xffff:
			out = append(out, sprintf(`\u%04x`, r)...)
		default:
			out = append(out, sprintf(`\U%08x`, r)...)
		}
	}
	return out
}

// decodeEscapeBytes is codecs.escape_decode (bytes literal escapes).
func decodeEscapeBytes(data []byte, errors string) ([]byte, *BaseException) {
	out, _, exc := decodeEscapeBytesFirst(data, errors)
	return out, exc
}

// decodeEscapeBytesFirst is decodeEscapeBytes that also returns the index
// of the character after the backslash of the first invalid escape (-1:
// none), for escapeWarn.
func decodeEscapeBytesFirst(data []byte, errors string) ([]byte, int, *BaseException) {
	firstInvalid := -1
	out := make([]byte, 0, len(data))
	n := len(data)
	for i := 0; i < n; {
		c := data[i]
		if c != '\\' {
			out = append(out, c)
			i++
			continue
		}
		if i+1 >= n {
			return nil, -1, NewError(ValueErrorType, "Trailing \\ in string")
		}
		start := i
		c = data[i+1]
		i += 2
		switch c {
		case '\n':
		case '\\', '\'', '"':
			out = append(out, c)
		case 'a':
			out = append(out, 7)
		case 'b':
			out = append(out, 8)
		case 'f':
			out = append(out, 12)
		case 't':
			out = append(out, 9)
		case 'n':
			out = append(out, 10)
		case 'r':
			out = append(out, 13)
		case 'v':
			out = append(out, 11)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(c - '0')
			for k := 0; k < 2 && i < n && isOctal(data[i]); k++ {
				v = v*8 + int(data[i]-'0')
				i++
			}
			if v > 0o377 && firstInvalid < 0 {
				firstInvalid = start + 1
			}
			out = append(out, byte(v))
		case 'x':
			if i+1 < n && hexVal(data[i]) >= 0 && hexVal(data[i+1]) >= 0 {
				out = append(out, byte(hexVal(data[i])*16+hexVal(data[i+1])))
				i += 2
				continue
			}
			switch errors {
			case "", "strict":
				return nil, -1, Errorf(ValueErrorType, "invalid \\x escape at position %d", i-2)
			case "replace":
				out = append(out, '?')
			case "ignore":
			default:
				return nil, -1, Errorf(ValueErrorType, "decoding error; unknown error handling code: %s", errors)
			}
			for k := 0; k < 2 && i < n && hexVal(data[i]) >= 0; k++ {
				i++
			}
		default:
			if firstInvalid < 0 {
				firstInvalid = start + 1
			}
			out = append(out, '\\', c)
		}
	}
	return out, firstInvalid, nil
}

// encodeEscapeBytes is codecs.escape_encode.
func encodeEscapeBytes(data []byte) []byte {
	out := make([]byte, 0, len(data))
	for _, c := range data {
		switch {
		case c == '\\' || c == '\'':
			out = append(out, '\\', c)
		case c == '\t':
			out = append(out, '\\', 't')
		case c == '\n':
			out = append(out, '\\', 'n')
		case c == '\r':
			out = append(out, '\\', 'r')
		case c < 0x20 || c >= 0x7f:
			out = append(out, '\\', 'x', hexDigitsLower[c>>4], hexDigitsLower[c&15])
		default:
			out = append(out, c)
		}
	}
	return out
}

// ---- charmap ----

// decodeCharmap decodes through a mapping: None (latin-1), a str decoding
// table, or a mapping from byte values to str / int / None.
func decodeCharmap(t *Thread, data []byte, errors string, mapping Object) (string, *BaseException) {
	if mapping == nil || mapping == None {
		return decodeLatin1(data), nil
	}
	d, exc := newDecodeState(t, "charmap", data, errors)
	if exc != nil {
		return "", exc
	}
	var table []rune
	if s, ok := strArgOf(mapping); ok {
		table = s.Runes()
	}
	for i := 0; i < len(data); {
		c := data[i]
		if table != nil {
			if int(c) < len(table) && table[c] != 0xFFFE {
				d.out = appendRune(d.out, table[c])
				i++
				continue
			}
		} else {
			v, exc := GetItem(t, mapping, MakeInt(int64(c)))
			if exc != nil && !exc.IsInstanceOf(LookupErrorType) {
				return "", exc
			}
			if exc == nil && v != None {
				switch x := Unwrap(v).(type) {
				case Int:
					if x < 0 || x > 0x10FFFF {
						return "", NewError(TypeErrorType, "character mapping must be in range(0x110000)")
					}
					if x != 0xFFFE {
						d.out = appendRune(d.out, rune(x))
						i++
						continue
					}
				case *Str:
					if x.s != "\ufffe" {
						d.out = append(d.out, x.s...)
						i++
						continue
					}
				default:
					return "", NewError(TypeErrorType, "character mapping must return integer, None or str")
				}
			}
		}
		if i, exc = d.fail(i, i+1, "character maps to <undefined>"); exc != nil {
			return "", exc
		}
	}
	return string(d.out), nil
}

// encodeCharmap encodes through a mapping from code points to int / bytes
// / None (charmap_build's result is such a dict).
func encodeCharmap(t *Thread, s *Str, errors string, mapping Object) ([]byte, *BaseException) {
	if mapping == nil || mapping == None {
		return encodeLatin1(t, s, errors)
	}
	e, exc := newEncodeState(t, "charmap", s, errors, "character maps to <undefined>")
	if exc != nil {
		return nil, exc
	}
	var lookupErr *BaseException
	e.put = func(out []byte, r rune) ([]byte, bool) {
		if lookupErr != nil {
			return out, false
		}
		v, exc := GetItem(t, mapping, MakeInt(int64(r)))
		if exc != nil {
			if !exc.IsInstanceOf(LookupErrorType) {
				lookupErr = exc
			}
			return out, false
		}
		switch x := Unwrap(v).(type) {
		case Int:
			if x < 0 || x > 255 {
				lookupErr = NewError(TypeErrorType, "character mapping must be in range(256)")
				return out, false
			}
			return append(out, byte(x)), true
		case *Bytes:
			return append(out, x.b...), true
		case *noneObj:
			return out, false
		}
		lookupErr = NewError(TypeErrorType, "character mapping must return integer, bytes or None, not "+TypeOf(v).name)
		return out, false
	}
	out, exc := e.run()
	if lookupErr != nil {
		return nil, lookupErr
	}
	return out, exc
}
