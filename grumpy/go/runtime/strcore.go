package runtime

import (
	"strings"
	"unicode"
)

// strRepr is repr() of a str: CPython's quote choice and escapes.
func quoteStr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(quote)
	for _, r := range decodeWTF8(s) {
		switch {
		case r == rune(quote) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			b.WriteString(sprintf(`\x%02x`, r))
		case r < 0x7f:
			b.WriteByte(byte(r))
		case isPrintable(r):
			b.WriteRune(r)
		case r <= 0xff:
			b.WriteString(sprintf(`\x%02x`, r))
		case r <= 0xffff:
			b.WriteString(sprintf(`\u%04x`, r))
		default:
			b.WriteString(sprintf(`\U%08x`, r))
		}
	}
	b.WriteByte(quote)
	return b.String()
}

// isPrintable follows str.isprintable: not in categories Cc, Cf, Cs, Co, Cn,
// Zl, Zp, Zs (except space).
func isPrintable(r rune) bool {
	if r == ' ' {
		return true
	}
	if r >= 0xD800 && r <= 0xDFFF {
		return false
	}
	if unicode.In(r, unicode.Cc, unicode.Cf, unicode.Co, unicode.Zl, unicode.Zp, unicode.Zs) {
		return false
	}
	return unicode.In(r, unicode.L, unicode.M, unicode.N, unicode.P, unicode.S)
}

func strConcat(x, y *Str) *Str {
	if len(x.s) == 0 {
		return y
	}
	if len(y.s) == 0 {
		return x
	}
	r := &Str{s: x.s + y.s, ascii: 1}
	if x.ascii != 1 || y.ascii != 1 {
		r.ascii = 2
	}
	return r
}

func containsStr(s, sub string) bool { return strings.Contains(s, sub) }

func strGetItem(t *Thread, s *Str, key Object) (Object, *BaseException) {
	if sl, ok := key.(*Slice); ok {
		n := s.Len()
		start, stop, step, exc := sl.Indices(t, n)
		if exc != nil {
			return nil, exc
		}
		if step == 1 {
			if stop < start {
				stop = start
			}
			return s.substr(start, stop), nil
		}
		var rs []rune
		src := s.Runes()
		for i := start; (step > 0 && i < stop) || (step < 0 && i > stop); i += step {
			rs = append(rs, src[i])
		}
		return NewStrFromRunes(rs), nil
	}
	i, exc := IndexInt(t, key, "string")
	if exc != nil {
		return nil, exc
	}
	n := s.Len()
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return nil, NewError(IndexErrorType, "string index out of range")
	}
	return s.charAt(i), nil
}
