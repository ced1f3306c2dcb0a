package runtime

// The stateful CJK codecs: hz and the ISO 2022 ones (iso2022_kr,
// iso2022_jp, _1, _2, _2004, _3, _ext). Their state is CPython's: G0..G3
// designations in state[0..3] (a charset's final byte, | 0x80 for a
// two-byte set; 'B' is ASCII) and flags in state[4]; hz keeps its mode in
// state[0]. What the encoder emits for each character (which designation,
// which code) comes from the host codec; the charsets' decoding tables too.

const (
	isoESC = 0x1B
	isoSO  = 0x0E
	isoSI  = 0x0F

	isoShifted       = 0x01
	isoEscThroughout = 0x02

	isoASCII = 'B'
	isoDBCS  = 0x80
)

type cjkCharset struct {
	two bool
	dec map[int]string // code (one or two bytes) -> text
}

func readCJKCharsets(r *cjkReader) map[string]*cjkCharset {
	n := r.uv()
	out := make(map[string]*cjkCharset, n)
	for i := 0; i < n; i++ {
		name := r.str()
		cs := &cjkCharset{two: r.uv() == 1}
		k := r.uv()
		cs.dec = make(map[int]string, k)
		code, prev := 0, 0
		for j := 0; j < k; j++ {
			code += r.uv()
			m := r.uv()
			var s []byte
			for x := 0; x < m; x++ {
				prev += r.zz()
				s = appendRune(s, rune(prev))
			}
			cs.dec[code] = string(s)
		}
		out[name] = cs
	}
	return out
}

type isoEsc struct {
	seq   string
	plane int
	mark  byte
}

type isoCode struct {
	esc  uint8
	code string
}

type cjkIsoCodec struct {
	name      string
	escs      []isoEsc
	enc       map[rune]isoCode
	pairs     map[[2]rune]isoCode
	pairFirst map[rune]bool
	// decoding
	marks   map[byte]*cjkCharset
	noShift bool
	useG2   bool
	ext     bool // ESC & @ ESC $ B (JIS X 0208-1990)
	g2latin *cjkCharset
}

func readCJKIsoCodec(name string, r *cjkReader) *cjkIsoCodec {
	c := &cjkIsoCodec{name: name}
	n := r.uv()
	for i := 0; i < n; i++ {
		seq := r.str()
		e := isoEsc{seq: seq, plane: r.uv()}
		e.mark = seq[len(seq)-1]
		for j := 0; j < len(seq); j++ {
			if seq[j] == '$' {
				e.mark |= isoDBCS
			}
		}
		c.escs = append(c.escs, e)
	}
	n = r.uv()
	c.enc = make(map[rune]isoCode, n)
	cp := 0
	for i := 0; i < n; i++ {
		cp += r.uv()
		e := uint8(r.uv())
		c.enc[rune(cp)] = isoCode{esc: e, code: string(r.bytes(r.uv()))}
	}
	if n = r.uv(); n > 0 {
		c.pairs = map[[2]rune]isoCode{}
		c.pairFirst = map[rune]bool{}
		for i := 0; i < n; i++ {
			a, b := rune(r.uv()), rune(r.uv())
			e := uint8(r.uv())
			c.pairs[[2]rune{a, b}] = isoCode{esc: e, code: string(r.bytes(r.uv()))}
			c.pairFirst[a] = true
		}
	}
	return c
}

// The designations each codec's decoder accepts (charset mark -> table).
var isoMarks = map[string][]struct {
	mark    byte
	charset string
}{
	"iso2022_kr":      {{'C' | isoDBCS, "ksx1001"}},
	"iso2022_jp":      {{'B' | isoDBCS, "jisx0208"}, {'J', "jisx0201_r"}, {'@' | isoDBCS, "jisx0208_1978"}},
	"iso2022_jp_1":    {{'B' | isoDBCS, "jisx0208"}, {'D' | isoDBCS, "jisx0212"}, {'J', "jisx0201_r"}, {'@' | isoDBCS, "jisx0208_1978"}},
	"iso2022_jp_2":    {{'B' | isoDBCS, "jisx0208"}, {'D' | isoDBCS, "jisx0212"}, {'C' | isoDBCS, "ksx1001_jp2"}, {'A' | isoDBCS, "gb2312"}, {'J', "jisx0201_r"}, {'@' | isoDBCS, "jisx0208_1978"}, {'A', ""}, {'F', ""}},
	"iso2022_jp_2004": {{'Q' | isoDBCS, "jisx0213_1_2004"}, {'B' | isoDBCS, "jisx0208"}, {'P' | isoDBCS, "jisx0213_2"}},
	"iso2022_jp_3":    {{'O' | isoDBCS, "jisx0213_1_2000"}, {'B' | isoDBCS, "jisx0208"}, {'P' | isoDBCS, "jisx0213_2"}},
	"iso2022_jp_ext":  {{'B' | isoDBCS, "jisx0208"}, {'D' | isoDBCS, "jisx0212"}, {'J', "jisx0201_r"}, {'I', "jisx0201_k"}, {'@' | isoDBCS, "jisx0208_1978"}},
}

func (c *cjkIsoCodec) codec(charsets map[string]*cjkCharset) *cjkCodec {
	if c.name == "hz" {
		gb := charsets["hz_gb"]
		return &cjkCodec{
			name: c.name,
			encode: func(st *cjkState, rs []rune, pos int, out []byte, flush bool) (int, []byte, int) {
				return c.hzEncode(st, rs, pos, out)
			},
			encReset: func(st *cjkState, out []byte) []byte {
				if st[0] != 0 {
					out = append(out, '~', '}')
					st[0] = 0
				}
				return out
			},
			decode: func(st *cjkState, data []byte, pos int, out []byte) (int, []byte, int) {
				return hzDecode(gb, st, data, pos, out)
			},
		}
	}
	c.marks = map[byte]*cjkCharset{}
	for _, m := range isoMarks[c.name] {
		c.marks[m.mark] = charsets[m.charset]
	}
	c.noShift = c.name != "iso2022_kr"
	c.useG2 = c.name == "iso2022_jp_2"
	c.ext = c.name != "iso2022_kr"
	c.g2latin = charsets["g2_iso8859_7"]
	return &cjkCodec{
		name: c.name,
		encInit: func(st *cjkState) {
			*st = cjkState{}
			st[0], st[1] = isoASCII, isoASCII
		},
		encode: c.encodeStep,
		encReset: func(st *cjkState, out []byte) []byte {
			if st[4]&isoShifted != 0 {
				out = append(out, isoSI)
				st[4] &^= isoShifted
			}
			if st[0] != isoASCII {
				out = append(out, isoESC, '(', 'B')
				st[0] = isoASCII
			}
			return out
		},
		decInit: func(st *cjkState) {
			*st = cjkState{}
			st[0], st[1], st[2] = isoASCII, isoASCII, isoASCII
		},
		decode: c.decodeStep,
	}
}

func (c *cjkIsoCodec) hzEncode(st *cjkState, rs []rune, pos int, out []byte) (int, []byte, int) {
	for pos < len(rs) {
		r := rs[pos]
		if r < 0x80 {
			if st[0] != 0 {
				out = append(out, '~', '}')
				st[0] = 0
			}
			out = append(out, byte(r))
			if r == '~' {
				out = append(out, '~')
			}
			pos++
			continue
		}
		code, ok := c.enc[r]
		if !ok {
			return pos, out, 1
		}
		if st[0] == 0 {
			out = append(out, '~', '{')
			st[0] = 1
		}
		out = append(out, code.code...)
		pos++
	}
	return pos, out, 0
}

func hzDecode(gb *cjkCharset, st *cjkState, data []byte, pos int, out []byte) (int, []byte, int) {
	for pos < len(data) {
		b := data[pos]
		if b == '~' {
			if pos+1 >= len(data) {
				return pos, out, cjkTooFew
			}
			switch b2 := data[pos+1]; {
			case b2 == '~' && st[0] == 0:
				out = append(out, '~')
			case b2 == '{' && st[0] == 0:
				st[0] = 1
			case b2 == '\n' && st[0] == 0:
			case b2 == '}' && st[0] == 1:
				st[0] = 0
			default:
				return pos, out, 1
			}
			pos += 2
			continue
		}
		if b&0x80 != 0 {
			return pos, out, 1
		}
		if st[0] == 0 {
			out = append(out, b)
			pos++
			continue
		}
		if pos+1 >= len(data) {
			return pos, out, cjkTooFew
		}
		s, ok := gb.dec[int(b)<<8|int(data[pos+1])]
		if !ok {
			return pos, out, 1
		}
		out = append(out, s...)
		pos += 2
	}
	return pos, out, 0
}

func (c *cjkIsoCodec) encodeStep(st *cjkState, rs []rune, pos int, out []byte, flush bool) (int, []byte, int) {
	for pos < len(rs) {
		r := rs[pos]
		if r < 0x80 {
			if st[0] != isoASCII {
				out = append(out, isoESC, '(', 'B')
				st[0] = isoASCII
			}
			if st[4]&isoShifted != 0 {
				out = append(out, isoSI)
				st[4] &^= isoShifted
			}
			out = append(out, byte(r))
			pos++
			continue
		}
		n := 1
		var code isoCode
		ok := false
		if c.pairFirst != nil && c.pairFirst[r] {
			if pos+1 >= len(rs) {
				if !flush {
					return pos, out, cjkTooFew
				}
			} else if code, ok = c.pairs[[2]rune{r, rs[pos+1]}]; ok {
				n = 2
			}
		}
		if !ok {
			if code, ok = c.enc[r]; !ok {
				return pos, out, 1
			}
		}
		e := c.escs[code.esc]
		if e.plane == 0 {
			if st[4]&isoShifted != 0 {
				out = append(out, isoSI)
				st[4] &^= isoShifted
			}
			if st[0] != e.mark {
				out = append(out, e.seq...)
				st[0] = e.mark
			}
		} else {
			if st[1] != e.mark {
				out = append(out, e.seq...)
				st[1] = e.mark
			}
			if st[4]&isoShifted == 0 {
				out = append(out, isoSO)
				st[4] |= isoShifted
			}
		}
		out = append(out, code.code...)
		pos += n
	}
	return pos, out, 0
}

func isoEscEnd(b byte) bool { return b >= 'A' && b <= 'Z' || b == '@' }

// processEsc handles an escape sequence at data[pos:] (CPython's
// iso2022processesc): the bytes consumed, or an error status.
func (c *cjkIsoCodec) processEsc(st *cjkState, d []byte) (int, int) {
	esclen := 0
	for i := 1; i < 16; i++ {
		if i >= len(d) {
			return 0, cjkTooFew
		}
		if isoEscEnd(d[i]) {
			esclen = i + 1
			break
		} else if c.ext && i+1 < len(d) && d[i] == '&' && d[i+1] == '@' {
			i += 2
		}
	}
	var charset byte
	var designation int
	switch esclen {
	case 0:
		return 0, 1
	case 3:
		if d[1] == '$' {
			charset = d[2] | isoDBCS
		} else {
			charset = d[2]
			switch {
			case d[1] == '(':
			case d[1] == ')':
				designation = 1
			case c.useG2 && d[1] == '.':
				designation = 2
			default:
				return 0, 3
			}
		}
	case 4:
		if d[1] != '$' {
			return 0, 4
		}
		charset = d[3] | isoDBCS
		switch d[2] {
		case '(':
		case ')':
			designation = 1
		default:
			return 0, 4
		}
	case 6:
		if c.ext && d[3] == isoESC && d[4] == '$' && d[5] == 'B' {
			charset = 'B' | isoDBCS
		} else {
			return 0, 6
		}
	default:
		return 0, esclen
	}
	if charset != isoASCII {
		if _, ok := c.marks[charset]; !ok {
			return 0, esclen
		}
	}
	st[designation] = charset
	return esclen, 0
}

func (c *cjkIsoCodec) decodeStep(st *cjkState, data []byte, pos int, out []byte) (int, []byte, int) {
	for pos < len(data) {
		b := data[pos]
		if st[4]&isoEscThroughout != 0 {
			if isoEscEnd(b) {
				st[4] &^= isoEscThroughout
			}
			out = appendRune(out, rune(b))
			pos++
			continue
		}
		switch {
		case b == isoESC:
			if pos+1 >= len(data) {
				return pos, out, cjkTooFew
			}
			b2 := data[pos+1]
			if b2 == '(' || b2 == ')' || b2 == '$' || b2 == '.' || b2 == '&' {
				n, e := c.processEsc(st, data[pos:])
				if e != 0 {
					return pos, out, e
				}
				pos += n
			} else if c.useG2 && b2 == 'N' {
				if pos+2 >= len(data) {
					return pos, out, cjkTooFew
				}
				b3 := data[pos+2]
				switch st[2] {
				case 'A':
					if b3 >= 0x80 {
						return pos, out, 3
					}
					out = appendRune(out, rune(b3)+0x80)
				case 'F':
					s, ok := c.g2latin.dec[int(b3)]
					if !ok {
						return pos, out, 3
					}
					out = append(out, s...)
				case isoASCII:
					if b3&0x80 != 0 {
						return pos, out, 3
					}
					out = append(out, b3)
				default:
					return pos, out, 3
				}
				pos += 3
			} else {
				out = append(out, isoESC)
				st[4] |= isoEscThroughout
				pos++
			}
		case b == isoSI && !c.noShift:
			st[4] &^= isoShifted
			pos++
		case b == isoSO && !c.noShift:
			st[4] |= isoShifted
			pos++
		case b == '\n':
			st[4] &^= isoShifted
			out = append(out, '\n')
			pos++
		case b < 0x20:
			out = append(out, b)
			pos++
		case b >= 0x80:
			return pos, out, 1
		default:
			charset := st[0]
			if st[4]&isoShifted != 0 {
				charset = st[1]
			}
			if charset == isoASCII {
				out = append(out, b)
				pos++
				continue
			}
			cs := c.marks[charset]
			if cs == nil {
				return pos, out, 1
			}
			w := 1
			if cs.two {
				w = 2
			}
			if pos+w > len(data) {
				return pos, out, cjkTooFew
			}
			code := int(b)
			if w == 2 {
				code = code<<8 | int(data[pos+1])
			}
			s, ok := cs.dec[code]
			if !ok {
				return pos, out, w
			}
			out = append(out, s...)
			pos += w
		}
	}
	return pos, out, 0
}
