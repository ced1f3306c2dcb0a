package runtime

// UTF-7 (RFC 2152) as CPython's codec: _codecs.utf_7_encode/utf_7_decode,
// which encodings.utf_7 wraps.

// utf7Category: 0 set D (always direct), 1 set O (optional direct, encoded
// directly), 2 whitespace (direct), 3 special (base64-encoded, or '+').
func utf7Category(c rune) int {
	switch {
	case c >= 'A' && c <= 'Z', c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		return 0
	}
	switch c {
	case '\'', '(', ')', ',', '-', '.', '/', ':', '?':
		return 0
	case '!', '"', '#', '$', '%', '&', '*', ';', '<', '=', '>', '@', '[', ']', '^', '_', '`', '{', '|', '}':
		return 1
	case '\t', '\n', '\r', ' ':
		return 2
	}
	return 3
}

func utf7EncodeDirect(c rune) bool {
	return c > 0 && c < 128 && utf7Category(c) != 3
}

func utf7IsBase64(c rune) bool {
	return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/'
}

const utf7Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

func utf7FromBase64(c byte) uint32 {
	switch {
	case c >= 'A' && c <= 'Z':
		return uint32(c - 'A')
	case c >= 'a' && c <= 'z':
		return uint32(c-'a') + 26
	case c >= '0' && c <= '9':
		return uint32(c-'0') + 52
	case c == '+':
		return 62
	}
	return 63
}

func encodeUTF7(s *Str) []byte {
	var out []byte
	inShift := false
	var buf uint64
	bits := 0
	put := func(ch rune) {
		bits += 16
		buf = buf<<16 | uint64(ch)
		for bits >= 6 {
			out = append(out, utf7Alphabet[(buf>>(bits-6))&0x3f])
			bits -= 6
		}
	}
	for _, ch := range s.Runes() {
		if inShift {
			if utf7EncodeDirect(ch) {
				if bits > 0 {
					out = append(out, utf7Alphabet[(buf<<(6-bits))&0x3f])
					buf, bits = 0, 0
				}
				inShift = false
				if utf7IsBase64(ch) || ch == '-' {
					out = append(out, '-')
				}
				out = append(out, byte(ch))
				continue
			}
		} else {
			if ch == '+' {
				out = append(out, '+', '-')
				continue
			}
			if utf7EncodeDirect(ch) {
				out = append(out, byte(ch))
				continue
			}
			out = append(out, '+')
			inShift = true
		}
		if ch >= 0x10000 {
			c := ch - 0x10000
			put(0xD800 + (c >> 10))
			ch = 0xDC00 + (c & 0x3FF)
		}
		put(ch)
	}
	if bits > 0 {
		out = append(out, utf7Alphabet[(buf<<(6-bits))&0x3f])
	}
	if inShift {
		out = append(out, '-')
	}
	return out
}

// decodeUTF7 decodes UTF-7; unless final, an unterminated shift sequence
// is left unconsumed (the incremental decoder's state).
func decodeUTF7(t *Thread, data []byte, errors string, final bool) (string, int, *BaseException) {
	d, exc := newDecodeState(t, "utf7", data, errors)
	if exc != nil {
		return "", 0, exc
	}
	inShift := false
	var buf uint32
	bits := 0
	var surrogate rune
	startIn := 0       // input position of the current '+'
	shiftOutStart := 0 // output length when the shift sequence began
	s := 0
	e := len(data)
	for s < e {
		ch := data[s]
		errmsg := ""
		if inShift {
			if utf7IsBase64(rune(ch)) {
				buf = buf<<6 | utf7FromBase64(ch)
				bits += 6
				s++
				if bits >= 16 {
					out := rune(uint16(buf >> (bits - 16)))
					bits -= 16
					buf &= (1 << bits) - 1
					if surrogate != 0 {
						if out >= 0xDC00 && out <= 0xDFFF {
							d.out = appendRune(d.out, 0x10000+(surrogate-0xD800)<<10+(out-0xDC00))
							surrogate = 0
							continue
						}
						d.out = appendRune(d.out, surrogate)
						surrogate = 0
					}
					if out >= 0xD800 && out <= 0xDBFF {
						surrogate = out
					} else {
						d.out = appendRune(d.out, out)
					}
				}
				continue
			}
			inShift = false
			if bits >= 6 { // at least one whole base-64 character left over
				s++
				errmsg = "partial character in shift sequence"
			} else if buf != 0 {
				s++
				errmsg = "non-zero padding bits in shift sequence"
			} else {
				if surrogate != 0 && ch <= 127 && ch != '+' {
					d.out = appendRune(d.out, surrogate)
				}
				surrogate = 0
				if ch == '-' {
					s++
				}
				continue
			}
		} else if ch == '+' {
			startIn = s
			s++
			if s < e && data[s] == '-' {
				s++
				d.out = append(d.out, '+')
				continue
			} else if s < e && !utf7IsBase64(rune(data[s])) {
				s++
				errmsg = "ill-formed sequence"
			} else {
				inShift = true
				surrogate = 0
				shiftOutStart = len(d.out)
				bits, buf = 0, 0
				continue
			}
		} else if ch <= 127 {
			s++
			d.out = append(d.out, ch)
			continue
		} else {
			startIn = s
			s++
			errmsg = "unexpected special character"
		}
		if s, exc = d.fail(startIn, s, errmsg); exc != nil {
			return "", 0, exc
		}
	}
	if inShift && final {
		inShift = false
		if surrogate != 0 || bits >= 6 || (bits > 0 && buf != 0) {
			next, exc := d.fail(startIn, e, "unterminated shift sequence")
			if exc != nil {
				return "", 0, exc
			}
			if next < e {
				rest, n, exc := decodeUTF7(t, data[next:], errors, final)
				if exc != nil {
					return "", 0, exc
				}
				return string(d.out) + rest, next + n, nil
			}
		}
	}
	if inShift {
		d.out = d.out[:shiftOutStart]
		return string(d.out), startIn, nil
	}
	return string(d.out), s, nil
}
