package runtime

import "sync"

// The stateless CJK codecs (gb2312, gbk, gb18030, big5, cp950, big5hkscs,
// cp932, shift_jis, euc_jp, the JIS X 0213 ones, euc_kr, cp949, johab):
// decoding walks a byte trie taken from the host codec; encoding is the
// trie's inverse plus the host's exceptions to it, with gb18030's
// four-byte forms and the combining pairs (big5hkscs, JIS X 0213) as code.

const (
	cjkEIll    = 0 // illegal sequence; value: its length
	cjkEChild  = 1 // more bytes: value is the child node
	cjkEStr    = 3 // several characters: value indexes strs
	cjkEGB4    = 4 // gb18030 four-byte sequence
	cjkEMakeup = 5 // KS X 1001:1998 Annex 3 make-up sequence
	cjkEChar   = 6 // one character: value is the code point
)

type cjkTableCodec struct {
	name      string
	nodes     [][256]uint32 // kind<<24 | value
	strs      []string
	gb4       []rune
	cho, jong []int // +1; 0 for none
	exc       map[rune]string
	pairs     map[[2]rune]string
	pairFirst map[rune]bool
	encOnce   sync.Once
	enc       map[rune]string
	// encBMP is enc for the BMP as length<<24 | up to three bytes (0:
	// unencodable, length 0xFF: look in enc).
	encBMP []uint32
}

func newCJKTableCodec(name string, r *cjkReader) *cjkCodec {
	c := &cjkTableCodec{name: name}
	n := r.uv()
	c.nodes = make([][256]uint32, n)
	prev := 0
	for i := 0; i < n; i++ {
		row := &c.nodes[i]
		for b := 0; b < 256; b++ {
			tag := r.uv()
			switch {
			case tag == 0:
				row[b] = cjkEIll<<24 | 1
			case tag == 1:
				row[b] = cjkEChild<<24 | uint32(r.uv())
			case tag == 2:
				row[b] = cjkEIll<<24 | uint32(r.uv())
			case tag == 3:
				k := r.uv()
				var s []byte
				for j := 0; j < k; j++ {
					s = appendRune(s, rune(r.uv()))
				}
				row[b] = cjkEStr<<24 | uint32(len(c.strs))
				c.strs = append(c.strs, string(s))
			case tag == 4:
				row[b] = cjkEGB4 << 24
			case tag == 5:
				row[b] = cjkEMakeup << 24
			default:
				d := tag - 8
				if d&1 != 0 {
					d = -(d >> 1) - 1
				} else {
					d >>= 1
				}
				prev += d
				row[b] = cjkEChar<<24 | uint32(prev)
			}
		}
	}
	if k := r.uv(); k > 0 {
		c.gb4 = make([]rune, k)
		p := 0
		for i := range c.gb4 {
			p += r.zz()
			c.gb4[i] = rune(p)
		}
	}
	for _, t := range []*[]int{&c.cho, &c.jong} {
		k := r.uv()
		*t = make([]int, k)
		for i := range *t {
			(*t)[i] = r.uv()
		}
	}
	k := r.uv()
	c.exc = make(map[rune]string, k)
	for i := 0; i < k; i++ {
		cp := rune(r.uv())
		c.exc[cp] = string(r.bytes(r.uv()))
	}
	if k := r.uv(); k > 0 {
		c.pairs = map[[2]rune]string{}
		c.pairFirst = map[rune]bool{}
		for i := 0; i < k; i++ {
			a, b := rune(r.uv()), rune(r.uv())
			c.pairs[[2]rune{a, b}] = string(r.bytes(r.uv()))
			c.pairFirst[a] = true
		}
	}
	return &cjkCodec{
		name: name,
		encode: func(st *cjkState, rs []rune, pos int, out []byte, flush bool) (int, []byte, int) {
			return c.encodeStep(rs, pos, out, flush)
		},
		decode: func(st *cjkState, data []byte, pos int, out []byte) (int, []byte, int) {
			return c.decodeStep(data, pos, out)
		},
	}
}

func (c *cjkTableCodec) decodeStep(data []byte, pos int, out []byte) (int, []byte, int) {
	nodes := c.nodes
	for pos < len(data) {
		node, k := 0, pos
	walk:
		for {
			e := nodes[node][data[k]]
			v := int(e & 0xFFFFFF)
			switch e >> 24 {
			case cjkEChar:
				out = appendRune(out, rune(v))
				pos = k + 1
				break walk
			case cjkEStr:
				out = append(out, c.strs[v]...)
				pos = k + 1
				break walk
			case cjkEIll:
				return pos, out, v
			case cjkEChild:
				if k+1 >= len(data) {
					return pos, out, cjkTooFew
				}
				node = v
				k++
			case cjkEGB4:
				r, n := c.gb4Decode(data[pos:])
				if n <= 0 {
					if n == 0 {
						return pos, out, 1
					}
					return pos, out, cjkTooFew
				}
				out = appendRune(out, r)
				pos += n
				break walk
			case cjkEMakeup:
				r, n := c.makeupDecode(data[pos:])
				if n <= 0 {
					if n == 0 {
						return pos, out, 1
					}
					return pos, out, cjkTooFew
				}
				out = appendRune(out, r)
				pos += n
				break walk
			}
		}
	}
	return pos, out, 0
}

// gb4Decode decodes a gb18030 four-byte sequence: (rune, 4), (0, 0) when
// illegal, (0, -1) when incomplete.
func (c *cjkTableCodec) gb4Decode(d []byte) (rune, int) {
	if len(d) < 4 {
		return 0, -1
	}
	b1, b2, b3, b4 := int(d[0]), int(d[1]), int(d[2]), int(d[3])
	if b1 < 0x81 || b1 > 0xFE || b3 < 0x81 || b3 > 0xFE || b4 < 0x30 || b4 > 0x39 {
		return 0, 0
	}
	b1 -= 0x81
	b2 -= 0x30
	b3 -= 0x81
	b4 -= 0x30
	if b1 < 4 {
		lin := (b1*10+b2)*1260 + b3*10 + b4
		if lin < len(c.gb4) && c.gb4[lin] != 0 {
			return c.gb4[lin], 4
		}
	} else if b1 >= 15 {
		cp := 0x10000 + ((b1-15)*10+b2)*1260 + b3*10 + b4
		if cp <= 0x10FFFF {
			return rune(cp), 4
		}
	}
	return 0, 0
}

// makeupDecode decodes EUC-KR's eight-byte make-up sequence of a Hangul
// syllable (A4 D4, then three jamo each after A4).
func (c *cjkTableCodec) makeupDecode(d []byte) (rune, int) {
	if len(d) < 8 {
		return 0, -1
	}
	if d[2] != 0xA4 || d[4] != 0xA4 || d[6] != 0xA4 {
		return 0, 0
	}
	cho, jung, jong := -1, -1, -1
	if b := d[3]; b >= 0xA1 && b <= 0xBE && c.cho[b-0xA1] > 0 {
		cho = c.cho[b-0xA1] - 1
	}
	if b := d[5]; b >= 0xBF && b <= 0xD3 {
		jung = int(b) - 0xBF
	}
	if b := d[7]; b == 0xD4 {
		jong = 0
	} else if b >= 0xA1 && b <= 0xBE && c.jong[b-0xA1] > 0 {
		jong = c.jong[b-0xA1] - 1
	}
	if cho < 0 || jung < 0 || jong < 0 {
		return 0, 0
	}
	return rune(0xAC00 + cho*588 + jung*28 + jong), 8
}

// encMap is the trie's inverse (the first sequence in byte order decoding
// to a character), gb18030's four-byte BMP forms, then the exceptions.
func (c *cjkTableCodec) encMap() map[rune]string {
	c.encOnce.Do(func() {
		m := make(map[rune]string, 8192)
		var walk func(node int, prefix []byte)
		walk = func(node int, prefix []byte) {
			for b := 0; b < 256; b++ {
				e := c.nodes[node][b]
				switch e >> 24 {
				case cjkEChar:
					r := rune(e & 0xFFFFFF)
					if _, ok := m[r]; !ok {
						m[r] = string(append(prefix, byte(b)))
					}
				case cjkEChild:
					walk(int(e&0xFFFFFF), append(prefix[:len(prefix):len(prefix)], byte(b)))
				}
			}
		}
		walk(0, nil)
		for lin, r := range c.gb4 {
			if r == 0 {
				continue
			}
			if _, ok := m[r]; !ok {
				m[r] = string([]byte{byte(0x81 + lin/12600), byte(0x30 + lin/1260%10), byte(0x81 + lin/10%126), byte(0x30 + lin%10)})
			}
		}
		for r, s := range c.exc {
			if s == "" {
				delete(m, r)
			} else {
				m[r] = s
			}
		}
		c.enc = m
		c.encBMP = make([]uint32, 0x10000)
		for r, b := range m {
			if r >= 0x10000 {
				continue
			}
			if len(b) > 3 {
				c.encBMP[r] = 0xFF << 24
				continue
			}
			v := uint32(len(b)) << 24
			for i := 0; i < len(b); i++ {
				v |= uint32(b[i]) << (8 * uint(len(b)-1-i))
			}
			c.encBMP[r] = v
		}
	})
	return c.enc
}

func (c *cjkTableCodec) encodeStep(rs []rune, pos int, out []byte, flush bool) (int, []byte, int) {
	m := c.encMap()
	for pos < len(rs) {
		r := rs[pos]
		if c.pairFirst != nil && c.pairFirst[r] {
			if pos+1 >= len(rs) {
				if !flush {
					return pos, out, cjkTooFew
				}
			} else if b, ok := c.pairs[[2]rune{r, rs[pos+1]}]; ok {
				out = append(out, b...)
				pos += 2
				continue
			}
		}
		if r < 0x10000 {
			switch v := c.encBMP[r]; v >> 24 {
			case 1:
				out = append(out, byte(v))
				pos++
				continue
			case 2:
				out = append(out, byte(v>>8), byte(v))
				pos++
				continue
			case 3:
				out = append(out, byte(v>>16), byte(v>>8), byte(v))
				pos++
				continue
			case 0:
				return pos, out, 1
			}
		}
		b, ok := m[r]
		if !ok {
			if c.gb4 != nil && r >= 0x10000 && r <= 0x10FFFF {
				lin := int(r - 0x10000)
				out = append(out, byte(0x90+lin/12600), byte(0x30+lin/1260%10), byte(0x81+lin/10%126), byte(0x30+lin%10))
				pos++
				continue
			}
			return pos, out, 1
		}
		out = append(out, b...)
		pos++
	}
	return pos, out, 0
}
