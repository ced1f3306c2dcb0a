package runtime

import (
	"encoding/binary"
	"math/bits"
)

// BLAKE2b and BLAKE2s (RFC 7693) with the full parameter block of the
// BLAKE2 specification (salt, personalization, tree hashing parameters),
// written from the RFC; the _blake2 module's types.

type blake2Params struct {
	digestSize int
	key        []byte
	salt       []byte
	person     []byte
	fanout     int
	depth      int
	leafSize   uint32
	nodeOffset uint64
	nodeDepth  int
	innerSize  int
	lastNode   bool
}

var blake2Sigma = [10][16]byte{
	{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
	{14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
	{11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
	{7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
	{9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
	{2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
	{12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
	{13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
	{6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
	{10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
}

var blake2bIV = [8]uint64{
	0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
	0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
}

var blake2sIV = [8]uint32{
	0x6A09E667, 0xBB67AE85, 0x3C6EF372, 0xA54FF53A, 0x510E527F, 0x9B05688C, 0x1F83D9AB, 0x5BE0CD19,
}

// ---------------------------------------------------------------------------
// BLAKE2b

type blake2b struct {
	h        [8]uint64
	t0, t1   uint64
	buf      [128]byte
	n        int
	size     int
	lastNode bool
}

func newBlake2b(p blake2Params) (*blake2b, bool) {
	var pb [64]byte
	pb[0] = byte(p.digestSize)
	pb[1] = byte(len(p.key))
	pb[2] = byte(p.fanout)
	pb[3] = byte(p.depth)
	binary.LittleEndian.PutUint32(pb[4:], p.leafSize)
	binary.LittleEndian.PutUint64(pb[8:], p.nodeOffset)
	pb[16] = byte(p.nodeDepth)
	pb[17] = byte(p.innerSize)
	copy(pb[32:48], p.salt)
	copy(pb[48:64], p.person)
	d := &blake2b{size: p.digestSize, lastNode: p.lastNode}
	for i := range d.h {
		d.h[i] = blake2bIV[i] ^ binary.LittleEndian.Uint64(pb[8*i:])
	}
	if len(p.key) > 0 {
		var blk [128]byte
		copy(blk[:], p.key)
		d.Write(blk[:])
	}
	return d, true
}

func (d *blake2b) compress(block []byte, final bool) {
	var m [16]uint64
	for i := range m {
		m[i] = binary.LittleEndian.Uint64(block[8*i:])
	}
	var v [16]uint64
	copy(v[:8], d.h[:])
	copy(v[8:], blake2bIV[:])
	v[12] ^= d.t0
	v[13] ^= d.t1
	if final {
		v[14] = ^v[14]
		if d.lastNode {
			v[15] = ^v[15]
		}
	}
	g := func(a, b, c, dd int, x, y uint64) {
		v[a] += v[b] + x
		v[dd] = bits.RotateLeft64(v[dd]^v[a], -32)
		v[c] += v[dd]
		v[b] = bits.RotateLeft64(v[b]^v[c], -24)
		v[a] += v[b] + y
		v[dd] = bits.RotateLeft64(v[dd]^v[a], -16)
		v[c] += v[dd]
		v[b] = bits.RotateLeft64(v[b]^v[c], -63)
	}
	for r := 0; r < 12; r++ {
		s := &blake2Sigma[r%10]
		g(0, 4, 8, 12, m[s[0]], m[s[1]])
		g(1, 5, 9, 13, m[s[2]], m[s[3]])
		g(2, 6, 10, 14, m[s[4]], m[s[5]])
		g(3, 7, 11, 15, m[s[6]], m[s[7]])
		g(0, 5, 10, 15, m[s[8]], m[s[9]])
		g(1, 6, 11, 12, m[s[10]], m[s[11]])
		g(2, 7, 8, 13, m[s[12]], m[s[13]])
		g(3, 4, 9, 14, m[s[14]], m[s[15]])
	}
	for i := range d.h {
		d.h[i] ^= v[i] ^ v[i+8]
	}
}

func (d *blake2b) addCount(n int) {
	var c uint64
	d.t0, c = bits.Add64(d.t0, uint64(n), 0)
	d.t1 += c
}

func (d *blake2b) Write(p []byte) {
	for len(p) > 0 {
		if d.n == len(d.buf) {
			// Only compress a full buffer once more data follows: the last
			// block is compressed with the final flag.
			d.addCount(len(d.buf))
			d.compress(d.buf[:], false)
			d.n = 0
		}
		c := copy(d.buf[d.n:], p)
		d.n += c
		p = p[c:]
	}
}

func (d *blake2b) Sum() []byte {
	c := *d
	c.addCount(c.n)
	for i := c.n; i < len(c.buf); i++ {
		c.buf[i] = 0
	}
	c.compress(c.buf[:], true)
	out := make([]byte, 64)
	for i, w := range c.h {
		binary.LittleEndian.PutUint64(out[8*i:], w)
	}
	return out[:c.size]
}

func (d *blake2b) Clone() hasher  { c := *d; return &c }
func (d *blake2b) Size() int      { return d.size }
func (d *blake2b) BlockSize() int { return 128 }

// ---------------------------------------------------------------------------
// BLAKE2s

type blake2s struct {
	h        [8]uint32
	t0, t1   uint32
	buf      [64]byte
	n        int
	size     int
	lastNode bool
}

func newBlake2s(p blake2Params) (*blake2s, bool) {
	var pb [32]byte
	pb[0] = byte(p.digestSize)
	pb[1] = byte(len(p.key))
	pb[2] = byte(p.fanout)
	pb[3] = byte(p.depth)
	binary.LittleEndian.PutUint32(pb[4:], p.leafSize)
	var off [8]byte
	binary.LittleEndian.PutUint64(off[:], p.nodeOffset)
	copy(pb[8:14], off[:6])
	pb[14] = byte(p.nodeDepth)
	pb[15] = byte(p.innerSize)
	copy(pb[16:24], p.salt)
	copy(pb[24:32], p.person)
	d := &blake2s{size: p.digestSize, lastNode: p.lastNode}
	for i := range d.h {
		d.h[i] = blake2sIV[i] ^ binary.LittleEndian.Uint32(pb[4*i:])
	}
	if len(p.key) > 0 {
		var blk [64]byte
		copy(blk[:], p.key)
		d.Write(blk[:])
	}
	return d, true
}

func (d *blake2s) compress(block []byte, final bool) {
	var m [16]uint32
	for i := range m {
		m[i] = binary.LittleEndian.Uint32(block[4*i:])
	}
	var v [16]uint32
	copy(v[:8], d.h[:])
	copy(v[8:], blake2sIV[:])
	v[12] ^= d.t0
	v[13] ^= d.t1
	if final {
		v[14] = ^v[14]
		if d.lastNode {
			v[15] = ^v[15]
		}
	}
	g := func(a, b, c, dd int, x, y uint32) {
		v[a] += v[b] + x
		v[dd] = bits.RotateLeft32(v[dd]^v[a], -16)
		v[c] += v[dd]
		v[b] = bits.RotateLeft32(v[b]^v[c], -12)
		v[a] += v[b] + y
		v[dd] = bits.RotateLeft32(v[dd]^v[a], -8)
		v[c] += v[dd]
		v[b] = bits.RotateLeft32(v[b]^v[c], -7)
	}
	for r := 0; r < 10; r++ {
		s := &blake2Sigma[r]
		g(0, 4, 8, 12, m[s[0]], m[s[1]])
		g(1, 5, 9, 13, m[s[2]], m[s[3]])
		g(2, 6, 10, 14, m[s[4]], m[s[5]])
		g(3, 7, 11, 15, m[s[6]], m[s[7]])
		g(0, 5, 10, 15, m[s[8]], m[s[9]])
		g(1, 6, 11, 12, m[s[10]], m[s[11]])
		g(2, 7, 8, 13, m[s[12]], m[s[13]])
		g(3, 4, 9, 14, m[s[14]], m[s[15]])
	}
	for i := range d.h {
		d.h[i] ^= v[i] ^ v[i+8]
	}
}

func (d *blake2s) addCount(n int) {
	var c uint32
	d.t0, c = bits.Add32(d.t0, uint32(n), 0)
	d.t1 += c
}

func (d *blake2s) Write(p []byte) {
	for len(p) > 0 {
		if d.n == len(d.buf) {
			d.addCount(len(d.buf))
			d.compress(d.buf[:], false)
			d.n = 0
		}
		c := copy(d.buf[d.n:], p)
		d.n += c
		p = p[c:]
	}
}

func (d *blake2s) Sum() []byte {
	c := *d
	c.addCount(c.n)
	for i := c.n; i < len(c.buf); i++ {
		c.buf[i] = 0
	}
	c.compress(c.buf[:], true)
	out := make([]byte, 32)
	for i, w := range c.h {
		binary.LittleEndian.PutUint32(out[4*i:], w)
	}
	return out[:c.size]
}

func (d *blake2s) Clone() hasher  { c := *d; return &c }
func (d *blake2s) Size() int      { return d.size }
func (d *blake2s) BlockSize() int { return 64 }

// ---------------------------------------------------------------------------
// The _blake2 constructors.

func defBlake2New(typ *Type, isB bool) {
	name, maxDigest, maxSalt := "blake2s", 32, 8
	if isB {
		name, maxDigest, maxSalt = "blake2b", 64, 16
	}
	DefStatic(typ, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		cls, exc := nativeNewArgs(args, typ)
		if exc != nil {
			return nil, exc
		}
		args = args[1:]
		if n := len(args) - len(kw); n > 1 {
			return nil, Errorf(TypeErrorType, "%s() takes at most 1 positional argument (%d given)", name, n)
		}
		var data, digestSize, key, salt, person, fanout, depth, leafSize, nodeOffset, nodeDepth, innerSize, lastNode, usedfor Object
		if exc := clinicArgs(name, args, kw, []string{"data?", "/", "$", "digest_size?", "key?", "salt?", "person?", "fanout?", "depth?", "leaf_size?", "node_offset?", "node_depth?", "inner_size?", "last_node?", "usedforsecurity?"},
			&data, &digestSize, &key, &salt, &person, &fanout, &depth, &leafSize, &nodeOffset, &nodeDepth, &innerSize, &lastNode, &usedfor); exc != nil {
			return nil, exc
		}
		p := blake2Params{digestSize: maxDigest, fanout: 1, depth: 1}
		intOpt := func(o Object, def int) (int, *BaseException) {
			if o == nil {
				return def, nil
			}
			i, exc := Index(t, o)
			if exc != nil {
				return 0, exc
			}
			n, ok := i.(Int)
			if !ok || n > 1<<31-1 || n < -1<<31 {
				return 0, NewError(OverflowErrorType, "Python int too large to convert to C int")
			}
			return int(n), nil
		}
		uintOpt := func(o Object, limit uint64, what string) (uint64, *BaseException) {
			if o == nil {
				return 0, nil
			}
			i, exc := Index(t, o)
			if exc != nil {
				return 0, exc
			}
			if intSign(i) < 0 {
				return 0, NewError(ValueErrorType, "value must be positive")
			}
			b := toBig(i)
			if b.BitLen() > 64 {
				return 0, NewError(OverflowErrorType, "Python int too large to convert to C unsigned long")
			}
			if b.Uint64() > limit {
				return 0, Errorf(OverflowErrorType, "%s is too large", what)
			}
			return b.Uint64(), nil
		}
		bufOpt := func(o Object) ([]byte, *BaseException) {
			if o == nil {
				return nil, nil
			}
			return bytesArg(t, o)
		}
		if p.digestSize, exc = intOpt(digestSize, maxDigest); exc != nil {
			return nil, exc
		}
		if p.digestSize < 1 || p.digestSize > maxDigest {
			return nil, Errorf(ValueErrorType, "digest_size must be between 1 and %d bytes", maxDigest)
		}
		if p.key, exc = bufOpt(key); exc != nil {
			return nil, exc
		}
		if p.salt, exc = bufOpt(salt); exc != nil {
			return nil, exc
		}
		if len(p.salt) > maxSalt {
			return nil, Errorf(ValueErrorType, "maximum salt length is %d bytes", maxSalt)
		}
		if p.person, exc = bufOpt(person); exc != nil {
			return nil, exc
		}
		if len(p.person) > maxSalt {
			return nil, Errorf(ValueErrorType, "maximum person length is %d bytes", maxSalt)
		}
		if p.fanout, exc = intOpt(fanout, 1); exc != nil {
			return nil, exc
		}
		if p.fanout < 0 || p.fanout > 255 {
			return nil, NewError(ValueErrorType, "fanout must be between 0 and 255")
		}
		if p.depth, exc = intOpt(depth, 1); exc != nil {
			return nil, exc
		}
		if p.depth <= 0 || p.depth > 255 {
			return nil, NewError(ValueErrorType, "depth must be between 1 and 255")
		}
		ls, exc := uintOpt(leafSize, 0xFFFFFFFF, "leaf_size")
		if exc != nil {
			return nil, exc
		}
		p.leafSize = uint32(ls)
		offLimit := uint64(1<<64 - 1)
		if !isB {
			offLimit = 1<<48 - 1
		}
		if p.nodeOffset, exc = uintOpt(nodeOffset, offLimit, "node_offset"); exc != nil {
			return nil, exc
		}
		if p.nodeDepth, exc = intOpt(nodeDepth, 0); exc != nil {
			return nil, exc
		}
		if p.nodeDepth < 0 || p.nodeDepth > 255 {
			return nil, NewError(ValueErrorType, "node_depth must be between 0 and 255")
		}
		if p.innerSize, exc = intOpt(innerSize, 0); exc != nil {
			return nil, exc
		}
		if p.innerSize < 0 || p.innerSize > maxDigest {
			return nil, Errorf(ValueErrorType, "inner_size must be between 0 and is %d", maxDigest)
		}
		if len(p.key) > maxDigest {
			return nil, Errorf(ValueErrorType, "maximum key length is %d bytes", maxDigest)
		}
		if lastNode != nil {
			b, exc := IsTrue(t, lastNode)
			if exc != nil {
				return nil, exc
			}
			p.lastNode = b
		}
		var h hasher
		if isB {
			h, _ = newBlake2b(p)
		} else {
			h, _ = newBlake2s(p)
		}
		o, exc := newHashObj(t, typ, name, h, data)
		if exc != nil {
			return nil, exc
		}
		return nativeWrap(cls, typ, o), nil
	})
}
