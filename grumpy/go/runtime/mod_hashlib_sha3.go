package runtime

import (
	"encoding/binary"
	"math/bits"
)

// Keccak-f[1600] and the sponge construction behind SHA-3 and SHAKE
// (FIPS 202), written from the specification.

var keccakRC = [24]uint64{
	0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000,
	0x000000000000808B, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
	0x000000000000008A, 0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
	0x000000008000808B, 0x800000000000008B, 0x8000000000008089, 0x8000000000008003,
	0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
	0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
}

// keccakRot[x+5y] is the rho rotation of lane (x, y).
var keccakRot = [25]int{
	0, 1, 62, 28, 27,
	36, 44, 6, 55, 20,
	3, 10, 43, 25, 39,
	41, 45, 15, 21, 8,
	18, 2, 61, 56, 14,
}

func keccakF1600(a *[25]uint64) {
	var c [5]uint64
	var b [25]uint64
	for round := 0; round < 24; round++ {
		for x := 0; x < 5; x++ {
			c[x] = a[x] ^ a[x+5] ^ a[x+10] ^ a[x+15] ^ a[x+20]
		}
		for x := 0; x < 5; x++ {
			d := c[(x+4)%5] ^ bits.RotateLeft64(c[(x+1)%5], 1)
			for y := 0; y < 25; y += 5 {
				a[y+x] ^= d
			}
		}
		for x := 0; x < 5; x++ {
			for y := 0; y < 5; y++ {
				b[y+5*((2*x+3*y)%5)] = bits.RotateLeft64(a[x+5*y], keccakRot[x+5*y])
			}
		}
		for y := 0; y < 25; y += 5 {
			for x := 0; x < 5; x++ {
				a[y+x] = b[y+x] ^ (^b[y+(x+1)%5] & b[y+(x+2)%5])
			}
		}
		a[0] ^= keccakRC[round]
	}
}

// keccak is a sponge with the given rate (bytes), output size (0 for the
// SHAKE XOFs) and domain separation byte.
type keccak struct {
	a    [25]uint64
	buf  [200]byte
	n    int
	rate int
	size int
	ds   byte
}

func newKeccak(rate, size int, ds byte) *keccak { return &keccak{rate: rate, size: size, ds: ds} }

func (k *keccak) absorbBlock() {
	for i := 0; i < k.rate/8; i++ {
		k.a[i] ^= binary.LittleEndian.Uint64(k.buf[8*i:])
	}
	keccakF1600(&k.a)
	k.n = 0
}

func (k *keccak) Write(p []byte) {
	for len(p) > 0 {
		c := copy(k.buf[k.n:k.rate], p)
		k.n += c
		p = p[c:]
		if k.n == k.rate {
			k.absorbBlock()
		}
	}
}

func (k *keccak) Clone() hasher  { c := *k; return &c }
func (k *keccak) Size() int      { return k.size }
func (k *keccak) BlockSize() int { return k.rate }

func (k *keccak) Sum() []byte { return k.SumN(k.size) }

// SumN pads a copy of the state and squeezes n bytes from it.
func (k *keccak) SumN(n int) []byte {
	c := *k
	for i := c.n; i < c.rate; i++ {
		c.buf[i] = 0
	}
	c.buf[c.n] ^= c.ds
	c.buf[c.rate-1] ^= 0x80
	c.absorbBlock()
	out := make([]byte, 0, n)
	var blk [200]byte
	for {
		for i := 0; i < c.rate/8; i++ {
			binary.LittleEndian.PutUint64(blk[8*i:], c.a[i])
		}
		take := min(c.rate, n-len(out))
		out = append(out, blk[:take]...)
		if len(out) >= n {
			return out
		}
		keccakF1600(&c.a)
	}
}
