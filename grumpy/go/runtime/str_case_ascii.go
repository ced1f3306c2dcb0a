package runtime

import (
	"encoding/binary"
	"unsafe"
)

// strASCIIFlipCase is upper() or lower() of an ASCII str: the letters in
// lo..hi (a-z or A-Z) get their 0x20 bit flipped. Eight bytes at a time:
// for a byte c < 0x80, c + (0x80-lo) has its top bit set exactly when
// c >= lo, and c + (0x7f-hi) exactly when c > hi, with no carry into the
// next byte, so the top bits of the first and-not the second mark the
// letters; shifted right by two they are the 0x20 bits to flip. Returns s
// itself when there is nothing to change.
func strASCIIFlipCase(s *Str, lo, hi byte) *Str {
	const ones = 0x0101010101010101
	const tops = 0x8080808080808080
	addLo := uint64(0x80-lo) * ones
	addHi := uint64(0x7f-hi) * ones
	src := unsafe.Slice(unsafe.StringData(s.s), len(s.s))
	n := len(src)
	i := 0
	// Find the first letter to change.
	for ; i+8 <= n; i += 8 {
		w := binary.LittleEndian.Uint64(src[i:])
		if (w+addLo)&^(w+addHi)&tops != 0 {
			break
		}
	}
	for ; i < n && (src[i] < lo || src[i] > hi); i++ {
	}
	if i >= n {
		return s
	}
	b := make([]byte, n)
	copy(b, src[:i])
	for ; i+8 <= n; i += 8 {
		w := binary.LittleEndian.Uint64(src[i:])
		m := (w + addLo) &^ (w + addHi) & tops
		binary.LittleEndian.PutUint64(b[i:], w^(m>>2))
	}
	for ; i < n; i++ {
		c := src[i]
		if c >= lo && c <= hi {
			c ^= 0x20
		}
		b[i] = c
	}
	return newStrA(unsafe.String(unsafe.SliceData(b), n), strASCII)
}
