package runtime

import (
	"sync"
	"sync/atomic"
	"unicode/utf8"
)

// Str is an immutable Python str. The text is held as UTF-8 (lone surrogates
// as their generalized 3-byte form, "WTF-8"), with the hash cached as
// CPython caches it, and the code-point decoding cached on first index of a
// non-ASCII string so indexing stays O(1).
type Str struct {
	s     string
	hash  atomic.Int64 // 0: not computed yet
	ascii int8         // 1 ascii, 2 not ascii; set at construction
	// concat is set on results of concatenation: 1 for a plain result, 2
	// when s is a prefix of buf, growable storage that a later
	// concatenation may extend in place (see strConcat).
	concat int8
	runes  atomic.Pointer[strDecoded]
	buf    *strBuf
}

// strDecoded caches a non-ASCII str's code points, with the byte offset of
// every strOffsetStride-th code point so code-point positions convert to
// byte offsets in O(stride).
type strDecoded struct {
	runes []rune
	offs  []int32
}

const strOffsetStride = 32

// StrType is `str`.
var StrType = newBuiltinType("str", ObjectType).solidType()

// Type implements Object.
func (s *Str) Type() *Type { return StrType }

// Value returns the Go string.
func (s *Str) Value() string { return s.s }

var (
	internMu sync.Mutex
	interned = map[string]*Str{}
	emptyStr = &Str{s: "", ascii: 1}
	charStrs [128]*Str
)

func init() {
	for i := range charStrs {
		charStrs[i] = &Str{s: string(rune(i)), ascii: 1}
	}
}

// NewStr makes a str from a Go string (UTF-8 / WTF-8).
func NewStr(s string) *Str {
	switch len(s) {
	case 0:
		return emptyStr
	case 1:
		if s[0] < 128 {
			return charStrs[s[0]]
		}
	}
	return &Str{s: s, ascii: asciiFlag(s)}
}

// newStrA makes a str whose ASCII flag (strASCII or strNonASCII) is known.
func newStrA(s string, ascii int8) *Str {
	return &Str{s: s, ascii: ascii}
}

const (
	strASCII    = 1
	strNonASCII = 2
)

// asciiBit is the ASCII flag for a result known to be ASCII or not.
func asciiBit(ascii bool) int8 {
	if ascii {
		return strASCII
	}
	return strNonASCII
}

// asciiBits is the ASCII flag, for a result that is ASCII exactly when s is.
func (s *Str) asciiBits() int8 {
	return s.ascii
}

func asciiFlag(s string) int8 {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return 2
		}
	}
	return 1
}

// InternStr returns the canonical *Str for s; generated code uses it for
// names and constants so identical literals are identical objects.
func InternStr(s string) *Str {
	if len(s) <= 1 {
		return NewStr(s)
	}
	internMu.Lock()
	v, ok := interned[s]
	if !ok {
		v = &Str{s: s, ascii: asciiFlag(s)}
		interned[s] = v
	}
	internMu.Unlock()
	return v
}

// Hash returns the cached str hash (0 for the empty string, as CPython).
func (s *Str) Hash() int64 {
	if h := s.hash.Load(); h != 0 {
		return h
	}
	if len(s.s) == 0 {
		return 0
	}
	// CPython's str hash (siphash13 of the canonical 1/2/4-byte form,
	// keyed by PYTHONHASHSEED; hash_siphash.go): equal to the hash of the
	// bytes of an ASCII str, and to CPython's own under a fixed seed.
	h := hashStrCPython(s.s, s.isASCII())
	if h == 0 {
		return 0 // not cached: 0 marks "not computed"
	}
	s.hash.Store(h)
	return h
}

func (s *Str) isASCII() bool {
	return s.ascii == 1
}

// Runes returns the code points.
func (s *Str) Runes() []rune {
	return s.decoded().runes
}

func (s *Str) decoded() *strDecoded {
	if p := s.runes.Load(); p != nil {
		return p
	}
	d := &strDecoded{runes: decodeWTF8(s.s)}
	if len(s.s) > 2*strOffsetStride && len(s.s) <= 1<<31-1 {
		d.offs = make([]int32, 0, len(d.runes)/strOffsetStride+1)
		n := 0
		for b := 0; b < len(s.s); b++ {
			if s.s[b]&0xC0 != 0x80 {
				if n%strOffsetStride == 0 {
					d.offs = append(d.offs, int32(b))
				}
				n++
			}
		}
	}
	s.runes.Store(d)
	return d
}

// Len is the length in code points.
func (s *Str) Len() int {
	if s.isASCII() {
		return len(s.s)
	}
	return len(s.Runes())
}

// decodeWTF8 decodes UTF-8 that may hold encoded surrogates (ED A0..BF xx).
func decodeWTF8(s string) []rune {
	out := make([]rune, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			out = append(out, rune(c))
			i++
			continue
		}
		if c == 0xED && i+2 < len(s) && s[i+1] >= 0xA0 && s[i+1] <= 0xBF {
			out = append(out, rune(0xD000|rune(s[i+1]&0x3F)<<6|rune(s[i+2]&0x3F)))
			i += 3
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		out = append(out, r)
		i += n
	}
	return out
}

// encodeWTF8 encodes code points, surrogates included.
func encodeWTF8(rs []rune) string {
	b := make([]byte, 0, len(rs))
	for _, r := range rs {
		b = appendRune(b, r)
	}
	return string(b)
}

func appendRune(b []byte, r rune) []byte {
	if r >= 0xD800 && r <= 0xDFFF {
		return append(b, 0xED, byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
	if r < 0x80 {
		return append(b, byte(r))
	}
	return utf8.AppendRune(b, r)
}

// NewStrFromRunes builds a str from code points.
func NewStrFromRunes(rs []rune) *Str { return NewStr(encodeWTF8(rs)) }

// StrIndex returns s[i] for a normalized index.
func (s *Str) charAt(i int) *Str {
	if s.isASCII() {
		return charStrs[s.s[i]]
	}
	return strOfRune(s.Runes()[i])
}

// substr returns the code points [i:j).
func (s *Str) substr(i, j int) *Str {
	if s.isASCII() {
		return strSub(s, s.s[i:j])
	}
	return strSub(s, s.s[s.byteOffset(i):s.byteOffset(j)])
}
