package runtime

import (
	"crypto/rand"
	"encoding/binary"
	"math/bits"
	"os"
	"strconv"
	"unicode/utf8"
	"unsafe"
)

// CPython's string/bytes hash: SipHash-1-3 keyed by a 128-bit secret
// (sys.hash_info.algorithm == "siphash13", cutoff 0). The secret comes from
// PYTHONHASHSEED as in CPython: unset or "random": random bytes; "0": all
// zero (no randomization); N: the 16 bytes CPython's lcg_urandom(N) makes.
// With a fixed seed, hash(str/bytes/memoryview) match CPython bit for bit.

var hashK0, hashK1 = initHashSecret()

func initHashSecret() (uint64, uint64) {
	var key [16]byte
	seed := os.Getenv("PYTHONHASHSEED")
	if n, err := strconv.ParseUint(seed, 10, 32); seed != "" && seed != "random" && err == nil {
		if n != 0 {
			x := uint32(n)
			for i := range key {
				x = x*214013 + 2531011
				key[i] = byte(x >> 16)
			}
		}
	} else if _, err := rand.Read(key[:]); err != nil {
		panic(err)
	}
	return binary.LittleEndian.Uint64(key[0:8]), binary.LittleEndian.Uint64(key[8:16])
}

// sipHash13 is SipHash-1-3 of b under the key (k0, k1).
func sipHash13(k0, k1 uint64, b []byte) uint64 {
	v0 := k0 ^ 0x736f6d6570736575
	v1 := k1 ^ 0x646f72616e646f6d
	v2 := k0 ^ 0x6c7967656e657261
	v3 := k1 ^ 0x7465646279746573
	last := uint64(len(b)) << 56
	for len(b) >= 8 {
		m := binary.LittleEndian.Uint64(b)
		v3 ^= m
		v0, v1, v2, v3 = sipRound(v0, v1, v2, v3)
		v0 ^= m
		b = b[8:]
	}
	for i := len(b) - 1; i >= 0; i-- {
		last |= uint64(b[i]) << (8 * uint(i))
	}
	v3 ^= last
	v0, v1, v2, v3 = sipRound(v0, v1, v2, v3)
	v0 ^= last
	v2 ^= 0xff
	v0, v1, v2, v3 = sipRound(v0, v1, v2, v3)
	v0, v1, v2, v3 = sipRound(v0, v1, v2, v3)
	v0, v1, v2, v3 = sipRound(v0, v1, v2, v3)
	return v0 ^ v1 ^ v2 ^ v3
}

func sipRound(v0, v1, v2, v3 uint64) (uint64, uint64, uint64, uint64) {
	v0 += v1
	v2 += v3
	v1 = bits.RotateLeft64(v1, 13) ^ v0
	v3 = bits.RotateLeft64(v3, 16) ^ v2
	v0 = bits.RotateLeft64(v0, 32)
	v2 += v1
	v0 += v3
	v1 = bits.RotateLeft64(v1, 17) ^ v2
	v3 = bits.RotateLeft64(v3, 21) ^ v0
	v2 = bits.RotateLeft64(v2, 32)
	return v0, v1, v2, v3
}

// hashBytesCPython is CPython's _Py_HashBytes: 0 for no bytes, never -1.
func hashBytesCPython(b []byte) int64 {
	if len(b) == 0 {
		return 0
	}
	h := int64(sipHash13(hashK0, hashK1, b))
	if h == -1 {
		h = -2
	}
	return h
}

// hashStrCPython hashes the text as CPython hashes a str: the bytes of its
// canonical representation (1, 2 or 4 bytes per code point, little-endian
// on the platforms Go runs on here, by the widest code point).
func hashStrCPython(s string, ascii bool) int64 {
	if ascii {
		return hashBytesCPython(unsafeStrBytes(s))
	}
	var maxc rune
	n := 0
	for i := 0; i < len(s); {
		r, size := decodeWTF8Rune(s[i:])
		if r > maxc {
			maxc = r
		}
		i += size
		n++
	}
	kind := 1
	if maxc > 0xffff {
		kind = 4
	} else if maxc > 0xff {
		kind = 2
	}
	var stack [256]byte
	var buf []byte
	if n*kind <= len(stack) {
		buf = stack[:n*kind]
	} else {
		buf = make([]byte, n*kind)
	}
	j := 0
	for i := 0; i < len(s); {
		r, size := decodeWTF8Rune(s[i:])
		i += size
		switch kind {
		case 1:
			buf[j] = byte(r)
		case 2:
			binary.LittleEndian.PutUint16(buf[j:], uint16(r))
		default:
			binary.LittleEndian.PutUint32(buf[j:], uint32(r))
		}
		j += kind
	}
	return hashBytesCPython(buf)
}

// decodeWTF8Rune decodes the code point at the start of s (surrogates
// included, as decodeWTF8).
func decodeWTF8Rune(s string) (rune, int) {
	c := s[0]
	if c < 0x80 {
		return rune(c), 1
	}
	if c == 0xED && len(s) >= 3 && s[1] >= 0xA0 && s[1] <= 0xBF {
		return 0xD000 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s)
}

func unsafeStrBytes(s string) []byte {
	return unsafe.Slice(unsafe.StringData(s), len(s))
}
