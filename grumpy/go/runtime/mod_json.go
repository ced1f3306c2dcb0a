package runtime

import "strings"

// The _json accelerator: scanstring, encode_basestring and
// encode_basestring_ascii with the C module's behaviour and error messages
// (which differ from json.decoder's pure-Python py_scanstring). The
// scanner and encoder factories (make_scanner, make_encoder) are in
// mod_json_accel.go.

func init() {
	RegisterModule(&ModuleSpec{Name: "_json", Native: initJSON})
}

func initJSON(t *Thread, m *Module) *BaseException {
	m.dict.SetStr("__doc__", NewStr("json speedups\n"))
	nativeFunc(m, "scanstring", jsonScanstring)
	jsonEncodeASCIIFn = nativeFunc(m, "encode_basestring_ascii", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		s, exc := jsonStrArg("encode_basestring_ascii", args, kw)
		if exc != nil {
			return nil, exc
		}
		return NewStr(jsonEncode(s.Runes(), true)), nil
	})
	jsonEncodeFn = nativeFunc(m, "encode_basestring", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		s, exc := jsonStrArg("encode_basestring", args, kw)
		if exc != nil {
			return nil, exc
		}
		return NewStr(jsonEncode(s.Runes(), false)), nil
	})
	m.dict.SetStr("make_scanner", jsonScannerType)
	m.dict.SetStr("make_encoder", jsonEncoderType)
	return nil
}

func jsonStrArg(fname string, args []Object, kw []*Str) (*Str, *BaseException) {
	if exc := ArgCount(fname, args, kw, 1, 1); exc != nil {
		return nil, exc
	}
	s, ok := strArgOf(args[0])
	if !ok {
		return nil, Errorf(TypeErrorType, "first argument must be a string, not %s", TypeOf(args[0]).name)
	}
	return s, nil
}

const jsonHex = "0123456789abcdef"

func jsonEncode(rs []rune, ascii bool) string {
	var b strings.Builder
	b.Grow(len(rs) + 2)
	b.WriteByte('"')
	u4 := func(c rune) {
		b.WriteString(`\u`)
		b.WriteByte(jsonHex[c>>12&15])
		b.WriteByte(jsonHex[c>>8&15])
		b.WriteByte(jsonHex[c>>4&15])
		b.WriteByte(jsonHex[c&15])
	}
	for _, c := range rs {
		switch c {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		default:
			switch {
			case c < 0x20:
				u4(c)
			case c < 0x7f || !ascii:
				if c >= 0xd800 && c <= 0xdfff {
					b.WriteString(NewStrFromRunes([]rune{c}).s)
				} else {
					b.WriteRune(c)
				}
			case c >= 0x10000:
				c -= 0x10000
				u4(0xd800 | (c>>10)&0x3ff)
				u4(0xdc00 | c&0x3ff)
			default:
				u4(c)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

// jsonError raises json.decoder.JSONDecodeError(msg, doc, pos).
func jsonError(t *Thread, msg string, doc *Str, pos int) *BaseException {
	mod, exc := ImportModule(t, "json.decoder")
	if exc != nil {
		return exc
	}
	cls, exc := GetAttr(t, mod, InternStr("JSONDecodeError"))
	if exc != nil {
		return exc
	}
	e, exc := Call(t, cls, []Object{NewStr(msg), doc, MakeInt(int64(pos))}, nil)
	if exc != nil {
		return exc
	}
	if be, ok := e.(*BaseException); ok {
		return be
	}
	return NewError(TypeErrorType, "exceptions must derive from BaseException")
}

func jsonHexDigit(c rune) (rune, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

func jsonScanstring(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
	if len(kw) > 0 {
		return nil, NewError(TypeErrorType, "scanstring() takes no keyword arguments")
	}
	if len(args) < 2 || len(args) > 3 {
		if len(args) < 2 {
			return nil, Errorf(TypeErrorType, "scanstring() takes at least 2 arguments (%d given)", len(args))
		}
		return nil, Errorf(TypeErrorType, "scanstring() takes at most 3 arguments (%d given)", len(args))
	}
	// The end index and the flag are converted before the string is
	// checked (CPython's "On|i"; the flag by truth here, as the pure-Python
	// scanner that calls this one passes JSONDecoder's strict as given).
	end, exc := indexArg(t, args[1])
	if exc != nil {
		return nil, exc
	}
	strict := true
	if len(args) == 3 {
		if strict, exc = IsTrue(t, args[2]); exc != nil {
			return nil, exc
		}
	}
	doc, ok := strArgOf(args[0])
	if !ok {
		return nil, Errorf(TypeErrorType, "first argument must be a string, not %s", TypeOf(args[0]).name)
	}
	buf := doc.Runes()
	if end < 0 || len(buf) < end {
		return nil, NewError(ValueErrorType, "end is out of bounds")
	}
	str, end, exc := jsonScanRunes(t, doc, buf, end, strict)
	if exc != nil {
		return nil, exc
	}
	return NewTuple(str, MakeInt(int64(end))), nil
}

// jsonScanRunes is scanstring_unicode: the string literal whose opening
// quote is at buf[end-1], and the index just past its closing quote.
func jsonScanRunes(t *Thread, doc *Str, buf []rune, end int, strict bool) (*Str, int, *BaseException) {
	n := len(buf)
	begin := end - 1
	var out []rune
	for {
		next := end
		var c rune
		for ; next < n; next++ {
			c = buf[next]
			if c == '"' || c == '\\' {
				break
			}
			if c <= 0x1f && strict {
				return nil, 0, jsonError(t, "Invalid control character at", doc, next)
			}
		}
		if next >= n || (c != '"' && c != '\\') {
			return nil, 0, jsonError(t, "Unterminated string starting at", doc, begin)
		}
		out = append(out, buf[end:next]...)
		next++
		if c == '"' {
			end = next
			break
		}
		if next == n {
			return nil, 0, jsonError(t, "Unterminated string starting at", doc, begin)
		}
		c = buf[next]
		if c != 'u' {
			end = next + 1
			switch c {
			case '"', '\\', '/':
			case 'b':
				c = '\b'
			case 'f':
				c = '\f'
			case 'n':
				c = '\n'
			case 'r':
				c = '\r'
			case 't':
				c = '\t'
			default:
				return nil, 0, jsonError(t, "Invalid \\escape", doc, end-2)
			}
		} else {
			c = 0
			next++
			end = next + 4
			if end >= n {
				return nil, 0, jsonError(t, "Invalid \\uXXXX escape", doc, next-1)
			}
			for ; next < end; next++ {
				d, ok := jsonHexDigit(buf[next])
				if !ok {
					return nil, 0, jsonError(t, "Invalid \\uXXXX escape", doc, end-5)
				}
				c = c<<4 | d
			}
			if c >= 0xd800 && c <= 0xdbff && end+6 < n && buf[next] == '\\' && buf[next+1] == 'u' {
				next += 2
				var c2 rune
				end += 6
				for ; next < end; next++ {
					d, ok := jsonHexDigit(buf[next])
					if !ok {
						return nil, 0, jsonError(t, "Invalid \\uXXXX escape", doc, end-5)
					}
					c2 = c2<<4 | d
				}
				if c2 >= 0xdc00 && c2 <= 0xdfff {
					c = 0x10000 + (c-0xd800)<<10 + (c2 - 0xdc00)
				} else {
					end -= 6
				}
			}
		}
		out = append(out, c)
	}
	return NewStrFromRunes(out), end, nil
}
