package runtime

import (
	"strings"
	"sync/atomic"
	"unicode"
	"unsafe"
)

// quoteStr is repr() of a str: CPython's quote choice and escapes.
func quoteStr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	const hexDigits = "0123456789abcdef"
	b := make([]byte, 0, len(s)+2)
	b = append(b, quote)
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			switch {
			case c == quote || c == '\\':
				b = append(b, '\\', c)
			case c == '\n':
				b = append(b, '\\', 'n')
			case c == '\r':
				b = append(b, '\\', 'r')
			case c == '\t':
				b = append(b, '\\', 't')
			case c < 0x20 || c == 0x7f:
				b = append(b, '\\', 'x', hexDigits[c>>4], hexDigits[c&15])
			default:
				b = append(b, c)
			}
			i++
			continue
		}
		r, n := wtf8At(s, i)
		switch {
		case uIsPrintable(r):
			b = append(b, s[i:i+n]...)
		case r <= 0xff:
			b = append(b, '\\', 'x', hexDigits[r>>4], hexDigits[r&15])
		case r <= 0xffff:
			b = append(b, '\\', 'u', hexDigits[r>>12], hexDigits[r>>8&15], hexDigits[r>>4&15], hexDigits[r&15])
		default:
			b = append(b, sprintf(`\U%08x`, r)...)
		}
		i += n
	}
	b = append(b, quote)
	return string(b)
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

// strBuf is append-only storage shared by a chain of concatenation
// results: each result's text is a prefix of data, and bytes below used are
// never written again, so the strings stay immutable. A concatenation whose
// left operand ends exactly at used claims the tail with a CAS and appends
// in place, making `s += t` in a loop amortised linear as in CPython.
type strBuf struct {
	used atomic.Int64
	data []byte
}

// strConcatInPlaceMin is the size from which chained concatenations use a
// growable buffer; below it a plain copy is as cheap.
const strConcatInPlaceMin = 32

func strConcat(x, y *Str) *Str {
	if len(x.s) == 0 {
		return y
	}
	if len(y.s) == 0 {
		return x
	}
	ascii := int8(1)
	if x.ascii != 1 || y.ascii != 1 {
		ascii = 2
	}
	nx := len(x.s)
	n := nx + len(y.s)
	if b := x.buf; b != nil && n <= cap(b.data) && b.used.Load() == int64(nx) &&
		b.used.CompareAndSwap(int64(nx), int64(n)) {
		d := b.data[:n]
		copy(d[nx:], y.s)
		return &Str{s: unsafe.String(&d[0], n), ascii: ascii, concat: 2, buf: b}
	}
	if x.concat == 0 || n < strConcatInPlaceMin {
		return &Str{s: x.s + y.s, ascii: ascii, concat: 1}
	}
	// x is itself a concatenation result: this is likely a loop building a
	// string, so give the result room to grow.
	b := &strBuf{data: make([]byte, n, 2*n)}
	copy(b.data, x.s)
	copy(b.data[nx:], y.s)
	b.used.Store(int64(n))
	return &Str{s: unsafe.String(&b.data[0], n), ascii: ascii, concat: 2, buf: b}
}

func containsStr(s, sub string) bool { return strings.Contains(s, sub) }

func strGetItem(t *Thread, s *Str, key Object) (Object, *BaseException) {
	if i, ok := key.(Int); ok && s.ascii == 1 {
		idx := int(i)
		if idx < 0 {
			idx += len(s.s)
		}
		if uint(idx) < uint(len(s.s)) {
			return charStrs[s.s[idx]], nil
		}
		return nil, NewError(IndexErrorType, "string index out of range")
	}
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
			if s.ascii == 1 {
				return strSub(s, s.s[start:stop]), nil
			}
			return s.substr(start, stop), nil
		}
		if s.ascii == 1 {
			b := make([]byte, 0, sliceLen(start, stop, step))
			for k, cnt := 0, sliceLen(start, stop, step); k < cnt; k++ {
				i := start + k*step
				b = append(b, s.s[i])
			}
			if len(b) <= 1 {
				return NewStr(string(b)), nil
			}
			return &Str{s: string(b), ascii: 1}, nil
		}
		var rs []rune
		src := s.Runes()
		for k, cnt := 0, sliceLen(start, stop, step); k < cnt; k++ {
			i := start + k*step
			rs = append(rs, src[i])
		}
		return NewStrFromRunes(rs), nil
	}
	if _, ok := key.(Int); !ok && !seqHasIndex(key) {
		return nil, Errorf(TypeErrorType, "string indices must be integers, not '%s'", TypeOf(key).name)
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
