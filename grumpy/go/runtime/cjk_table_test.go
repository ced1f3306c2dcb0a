package runtime

import "testing"

// A tiny table codec: ASCII, 0x81 0x40.. two-byte characters, 0xFF
// illegal, and a pair (U+304B U+309A) encoded as one code.
func cjkTestCodec() *cjkTableCodec {
	c := &cjkTableCodec{name: "test", nodes: make([][256]uint32, 2)}
	for b := 0; b < 256; b++ {
		switch {
		case b < 0x80:
			c.nodes[0][b] = cjkEChar<<24 | uint32(b)
		case b == 0x81:
			c.nodes[0][b] = cjkEChild<<24 | 1
		default:
			c.nodes[0][b] = cjkEIll<<24 | 1
		}
		c.nodes[1][b] = cjkEIll<<24 | 1
	}
	c.nodes[1][0x40] = cjkEChar<<24 | 0x304B
	c.nodes[1][0x41] = cjkEChar<<24 | 0x309A
	c.nodes[1][0x42] = cjkEStr<<24 | 0
	c.strs = []string{"\u304b\u309a"}
	c.exc = map[rune]string{0x41: ""}
	c.pairs = map[[2]rune]string{{0x304B, 0x309A}: "\x81\x42"}
	c.pairFirst = map[rune]bool{0x304B: true}
	return c
}

func TestCJKTableDecode(t *testing.T) {
	c := cjkTestCodec()
	cases := []struct {
		in     string
		out    string
		pos, r int
	}{
		{"ab", "ab", 2, 0},
		{"a\x81\x40b", "a\u304bb", 4, 0},
		{"a\x81", "a", 1, cjkTooFew},
		{"a\x81\x50", "a", 1, 1},
		{"\xff", "", 0, 1},
		{"\x81\x42", "\u304b\u309a", 2, 0},
	}
	for _, tc := range cases {
		pos, out, r := c.decodeStep([]byte(tc.in), 0, nil)
		if string(out) != tc.out || pos != tc.pos || r != tc.r {
			t.Errorf("decode(%q) = %q, %d, %d; want %q, %d, %d", tc.in, out, pos, r, tc.out, tc.pos, tc.r)
		}
	}
}

func TestCJKTableEncode(t *testing.T) {
	c := cjkTestCodec()
	cases := []struct {
		in     string
		flush  bool
		out    string
		pos, r int
	}{
		{"ab", true, "ab", 2, 0},
		{"\u304b\u309a", true, "\x81\x42", 2, 0},
		{"\u304bx", true, "\x81\x40x", 2, 0},
		{"x\u304b", false, "x", 1, cjkTooFew},
		{"x\u304b", true, "x\x81\x40", 2, 0},
		{"A", true, "", 0, 1}, // an exception: unencodable
		{"\u4e00", true, "", 0, 1},
	}
	for _, tc := range cases {
		pos, out, r := c.encodeStep([]rune(tc.in), 0, nil, tc.flush)
		if string(out) != tc.out || pos != tc.pos || r != tc.r {
			t.Errorf("encode(%q) = %q, %d, %d; want %q, %d, %d", tc.in, out, pos, r, tc.out, tc.pos, tc.r)
		}
	}
}

func TestCJKGB4AndMakeup(t *testing.T) {
	c := &cjkTableCodec{gb4: []rune{0x80, 0x81}, cho: make([]int, 30), jong: make([]int, 30)}
	c.cho[0] = 1 // A1: the first initial
	for _, tc := range []struct {
		in   string
		r    rune
		n    int
		mkup bool
	}{
		{"\x81\x30\x81\x30", 0x80, 4, false},
		{"\x81\x30\x81\x31", 0x81, 4, false},
		{"\x81\x30\x81\x32", 0, 0, false},
		{"\x90\x30\x81\x30", 0x10000, 4, false},
		{"\x81\x30\x81", 0, -1, false},
		{"\x81\x30\x30\x30", 0, 0, false},
		{"\xa4\xd4\xa4\xa1\xa4\xbf\xa4\xd4", 0xAC00, 8, true},
		{"\xa4\xd4\xa4\xa2\xa4\xbf\xa4\xd4", 0, 0, true},
		{"\xa4\xd4\xa4\xa1", 0, -1, true},
	} {
		var r rune
		var n int
		if tc.mkup {
			r, n = c.makeupDecode([]byte(tc.in))
		} else {
			r, n = c.gb4Decode([]byte(tc.in))
		}
		if r != tc.r || n != tc.n {
			t.Errorf("%q: got %U, %d; want %U, %d", tc.in, r, n, tc.r, tc.n)
		}
	}
}

func TestCJKIsoEscapes(t *testing.T) {
	c := &cjkIsoCodec{name: "iso2022_jp", ext: true, marks: map[byte]*cjkCharset{'B' | isoDBCS: {two: true}, 'J': {}}}
	for _, tc := range []struct {
		in     string
		n, r   int
		g0, g1 byte
	}{
		{"\x1b$B", 3, 0, 'B' | isoDBCS, 'B'},
		{"\x1b(J", 3, 0, 'J', 'B'},
		{"\x1b(B", 3, 0, 'B', 'B'},
		{"\x1b$A", 0, 3, 'B', 'B'},
		{"\x1b$(D", 0, 4, 'B', 'B'},
		{"\x1b&@\x1b$B", 6, 0, 'B' | isoDBCS, 'B'},
		{"\x1b$", 0, cjkTooFew, 'B', 'B'},
		{"\x1b)J", 3, 0, 'B', 'J'},
	} {
		st := cjkState{'B', 'B', 'B'}
		n, r := c.processEsc(&st, []byte(tc.in))
		if n != tc.n || r != tc.r || st[0] != tc.g0 || st[1] != tc.g1 {
			t.Errorf("%q: got %d, %d, G0 %x G1 %x", tc.in, n, r, st[0], st[1])
		}
	}
}
