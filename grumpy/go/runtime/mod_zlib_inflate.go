package runtime

import (
	"encoding/binary"
	"hash/crc32"
)

// A resumable DEFLATE decoder (RFC 1951) with the zlib (RFC 1950) and gzip
// (RFC 1952) wrappers, for zlib.decompress and decompressobj. It works on
// the input received so far; every decoding step (a block header, one
// literal/length/distance symbol, a wrapper header or trailer) either
// completes or leaves the bit position where it was, so decoding resumes
// exactly when more input arrives and output can stop at max_length.

const (
	inflRaw = iota
	inflZlib
	inflGzip
	inflAuto
)

const (
	stHeader = iota
	stBlock
	stStored
	stHuff
	stTrailer
	stDone
)

const inflWindow = 32768

// huffTable is a single-level lookup table indexed by the next `bits`
// stream bits: entries are sym<<4 | code length (0: no code).
type huffTable struct {
	bits  uint
	table []uint16
}

var (
	inflLenBase   = [29]uint16{3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258}
	inflLenExtra  = [29]uint8{0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0}
	inflDistBase  = [30]uint16{1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577}
	inflDistExtra = [30]uint8{0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13}
	inflClOrder   = [19]uint8{16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15}

	inflFixedLit, inflFixedDist *huffTable
)

func init() {
	var l [288]uint8
	for i := range l {
		switch {
		case i < 144:
			l[i] = 8
		case i < 256:
			l[i] = 9
		case i < 280:
			l[i] = 7
		default:
			l[i] = 8
		}
	}
	inflFixedLit, _ = buildHuff(l[:], false)
	var d [32]uint8
	for i := range d {
		d[i] = 5
	}
	inflFixedDist, _ = buildHuff(d[:], false)
}

// buildHuff builds the decoding table of canonical code lengths; ok is
// false for an over-subscribed set, or an incomplete one (allowed only for
// a single code of length 1, as zlib does, unless codes is set).
func buildHuff(lengths []uint8, codes bool) (*huffTable, bool) {
	var count [16]int
	maxLen := 0
	for _, l := range lengths {
		count[l]++
		if int(l) > maxLen {
			maxLen = int(l)
		}
	}
	count[0] = 0
	left := 1
	for l := 1; l <= 15; l++ {
		left <<= 1
		left -= count[l]
		if left < 0 {
			return nil, false
		}
	}
	if maxLen == 0 {
		if codes {
			return nil, false
		}
		return &huffTable{bits: 1, table: make([]uint16, 2)}, true
	}
	if left > 0 && (codes || maxLen != 1) {
		return nil, false
	}
	var next [16]int
	code := 0
	for l := 1; l <= 15; l++ {
		code = (code + count[l-1]) << 1
		next[l] = code
	}
	h := &huffTable{bits: uint(maxLen), table: make([]uint16, 1<<maxLen)}
	for sym, l := range lengths {
		if l == 0 {
			continue
		}
		c := next[l]
		next[l]++
		r := 0
		for i := 0; i < int(l); i++ {
			r = r<<1 | (c>>i)&1
		}
		for k := r; k < 1<<maxLen; k += 1 << l {
			h.table[k] = uint16(sym)<<4 | uint16(l)
		}
	}
	return h, true
}

type inflater struct {
	format int
	wbits  int // zlib window limit (0: take it from the header)
	zdict  []byte
	in     []byte
	pos    uint // bit position in in
	state  int
	final  bool
	stored int
	lit    *huffTable
	dist   *huffTable
	// a match interrupted by max_length
	copyLen, copyDist int
	win               []byte // history (at most inflWindow bytes) then this call's output
	isGzip            bool
	check             uint32
	total             uint32
	outStart          int // where this call's output begins in win
}

// newInflater configures a decoder for the wbits of zlib.decompress;
// ok is false for an invalid wbits.
func newInflater(wbits int, zdict []byte) (*inflater, bool) {
	z := &inflater{zdict: zdict}
	switch {
	case wbits == 0 || (wbits >= 8 && wbits <= 15):
		z.format, z.wbits = inflZlib, wbits
	case wbits >= -15 && wbits <= -8:
		z.format = inflRaw
	case wbits == 16 || (wbits >= 24 && wbits <= 31): // 16: window from the header
		z.format, z.wbits = inflGzip, wbits-16
	case wbits == 32 || (wbits >= 40 && wbits <= 47):
		z.format, z.wbits = inflAuto, wbits-32
	default:
		return nil, false
	}
	if z.format == inflRaw {
		z.state = stBlock
		if zdict != nil {
			z.win = append(z.win, lastN(zdict, inflWindow)...)
		}
	}
	return z, true
}

func lastN(b []byte, n int) []byte {
	if len(b) > n {
		return b[len(b)-n:]
	}
	return b
}

func (z *inflater) clone() *inflater {
	c := *z
	c.in = append([]byte(nil), z.in...)
	c.win = append([]byte(nil), z.win...)
	return &c
}

func (z *inflater) avail() uint { return uint(len(z.in))*8 - z.pos }

// peek returns the next n (<= 32) bits, zero-padded past the input.
func (z *inflater) peek(n uint) uint32 {
	i := int(z.pos >> 3)
	var v uint64
	if i+8 <= len(z.in) {
		v = binary.LittleEndian.Uint64(z.in[i:])
	} else {
		for k := 0; k < 8 && i+k < len(z.in); k++ {
			v |= uint64(z.in[i+k]) << (8 * k)
		}
	}
	return uint32(v>>(z.pos&7)) & (1<<n - 1)
}

func (z *inflater) bits(n uint) (uint32, bool) {
	if z.avail() < n {
		return 0, false
	}
	v := z.peek(n)
	z.pos += n
	return v, true
}

// sym decodes one symbol: st is 0 ok, 1 need input, 2 invalid code.
func (z *inflater) sym(h *huffTable) (int, int) {
	avail := z.avail()
	n := h.bits
	if avail < n {
		n = avail
	}
	e := h.table[z.peek(n)]
	l := uint(e & 15)
	if l == 0 {
		if avail >= h.bits {
			return 0, 2
		}
		return 0, 1
	}
	if l > avail {
		return 0, 1
	}
	z.pos += l
	return int(e >> 4), 0
}

// byteAt reads whole bytes at a byte-aligned position.
func (z *inflater) bytesAligned(n int) ([]byte, bool) {
	i := int(z.pos >> 3)
	if i+n > len(z.in) {
		return nil, false
	}
	z.pos += uint(8 * n)
	return z.in[i : i+n], true
}

type inflErr struct {
	code  int
	msg   string
	while string // overrides "while decompressing data"
}

// run decodes as much as the input allows, producing at most maxOut bytes
// (0: unlimited). It returns this call's output.
func (z *inflater) run(maxOut int) ([]byte, *inflErr) {
	if len(z.win) > inflWindow {
		z.win = append([]byte(nil), z.win[len(z.win)-inflWindow:]...)
	}
	z.outStart = len(z.win)
	err := z.loop(maxOut)
	out := z.win[z.outStart:]
	if len(out) > 0 && z.format != inflRaw {
		if z.isGzip {
			z.check = crc32.Update(z.check, crc32.IEEETable, out)
		} else {
			z.check = adler32Update(z.check, out)
		}
		z.total += uint32(len(out))
	}
	res := append([]byte(nil), out...)
	// drop consumed input
	if b := int(z.pos >> 3); b > 0 {
		z.in = z.in[b:]
		z.pos &= 7
	}
	return res, err
}

func (z *inflater) loop(maxOut int) *inflErr {
	for {
		start := z.outStart
		switch z.state {
		case stHeader:
			save := z.pos
			ok, err := z.header()
			if err != nil {
				return err
			}
			if !ok {
				z.pos = save
				return nil
			}
		case stBlock:
			save := z.pos
			ok, err := z.blockHeader()
			if err != nil {
				return err
			}
			if !ok {
				z.pos = save
				return nil
			}
		case stStored:
			for z.stored > 0 {
				if maxOut > 0 && len(z.win)-start >= maxOut {
					return nil
				}
				i := int(z.pos >> 3)
				n := min(z.stored, len(z.in)-i)
				if maxOut > 0 {
					n = min(n, maxOut-(len(z.win)-start))
				}
				if n == 0 {
					return nil
				}
				z.win = append(z.win, z.in[i:i+n]...)
				z.pos += uint(8 * n)
				z.stored -= n
			}
			z.endBlock()
		case stHuff:
			done, err := z.huffBlock(start, maxOut)
			if err != nil || !done {
				return err
			}
			z.endBlock()
		case stTrailer:
			save := z.pos
			ok, err := z.trailer(start)
			if err != nil {
				return err
			}
			if !ok {
				z.pos = save
				return nil
			}
			z.state = stDone
		case stDone:
			return nil
		}
	}
}

func (z *inflater) endBlock() {
	if z.final {
		z.state = stTrailer
	} else {
		z.state = stBlock
	}
}

func dataErr(msg string) *inflErr { return &inflErr{code: -3, msg: msg} }

func (z *inflater) header() (bool, *inflErr) {
	if z.format == inflAuto {
		b, ok := z.bytesAligned(2)
		if !ok {
			return false, nil
		}
		z.pos -= 16
		if b[0] == 0x1f && b[1] == 0x8b {
			z.format = inflGzip
		} else {
			z.format = inflZlib
		}
	}
	if z.format == inflGzip {
		return z.gzipHeader()
	}
	b, ok := z.bytesAligned(2)
	if !ok {
		return false, nil
	}
	cmf, flg := int(b[0]), int(b[1])
	if (cmf<<8|flg)%31 != 0 {
		return false, dataErr("incorrect header check")
	}
	if cmf&15 != 8 {
		return false, dataErr("unknown compression method")
	}
	wb := cmf>>4 + 8
	if wb > 15 || (z.wbits != 0 && wb > z.wbits) {
		return false, dataErr("invalid window size")
	}
	if flg&0x20 != 0 {
		id, ok := z.bytesAligned(4)
		if !ok {
			return false, nil
		}
		if z.zdict == nil {
			return false, &inflErr{code: 2}
		}
		if binary.BigEndian.Uint32(id) != adler32Update(1, z.zdict) {
			return false, &inflErr{code: -3, msg: "invalid input data", while: "while setting zdict"}
		}
		z.win = append(z.win, lastN(z.zdict, inflWindow)...)
		z.outStart = len(z.win)
	}
	z.check = 1
	z.state = stBlock
	return true, nil
}

func (z *inflater) gzipHeader() (bool, *inflErr) {
	b, ok := z.bytesAligned(10)
	if !ok {
		return false, nil
	}
	if b[0] != 0x1f || b[1] != 0x8b {
		return false, dataErr("incorrect header check")
	}
	if b[2] != 8 {
		return false, dataErr("unknown compression method")
	}
	flg := b[3]
	if flg&0xe0 != 0 {
		return false, dataErr("unknown header flags set")
	}
	hstart := int(z.pos>>3) - 10
	if flg&4 != 0 {
		x, ok := z.bytesAligned(2)
		if !ok {
			return false, nil
		}
		if _, ok := z.bytesAligned(int(binary.LittleEndian.Uint16(x))); !ok {
			return false, nil
		}
	}
	for _, bit := range []byte{8, 16} {
		if flg&bit != 0 {
			for {
				c, ok := z.bytesAligned(1)
				if !ok {
					return false, nil
				}
				if c[0] == 0 {
					break
				}
			}
		}
	}
	if flg&2 != 0 {
		hend := int(z.pos >> 3)
		c, ok := z.bytesAligned(2)
		if !ok {
			return false, nil
		}
		if uint16(crc32.ChecksumIEEE(z.in[hstart:hend])) != binary.LittleEndian.Uint16(c) {
			return false, dataErr("header crc mismatch")
		}
	}
	z.isGzip = true
	z.check = 0
	z.state = stBlock
	return true, nil
}

// trailer checks the zlib/gzip trailer; the checksum of the data produced
// in this call is folded in first.
func (z *inflater) trailer(start int) (bool, *inflErr) {
	if z.format == inflRaw {
		return true, nil
	}
	z.pos = (z.pos + 7) &^ 7
	out := z.win[start:]
	if z.isGzip {
		b, ok := z.bytesAligned(8)
		if !ok {
			return false, nil
		}
		crc := crc32.Update(z.check, crc32.IEEETable, out)
		if binary.LittleEndian.Uint32(b) != crc {
			return false, dataErr("incorrect data check")
		}
		if binary.LittleEndian.Uint32(b[4:]) != z.total+uint32(len(out)) {
			return false, dataErr("incorrect length check")
		}
		return true, nil
	}
	b, ok := z.bytesAligned(4)
	if !ok {
		return false, nil
	}
	if binary.BigEndian.Uint32(b) != adler32Update(z.check, out) {
		return false, dataErr("incorrect data check")
	}
	return true, nil
}

func (z *inflater) blockHeader() (bool, *inflErr) {
	h, ok := z.bits(3)
	if !ok {
		return false, nil
	}
	z.final = h&1 != 0
	switch h >> 1 {
	case 0:
		z.pos = (z.pos + 7) &^ 7
		b, ok := z.bytesAligned(4)
		if !ok {
			return false, nil
		}
		n := binary.LittleEndian.Uint16(b)
		if n != ^binary.LittleEndian.Uint16(b[2:]) {
			return false, dataErr("invalid stored block lengths")
		}
		z.stored = int(n)
		z.state = stStored
	case 1:
		z.lit, z.dist = inflFixedLit, inflFixedDist
		z.state = stHuff
	case 2:
		return z.dynamicHeader()
	default:
		return false, dataErr("invalid block type")
	}
	return true, nil
}

func (z *inflater) dynamicHeader() (bool, *inflErr) {
	v, ok := z.bits(14)
	if !ok {
		return false, nil
	}
	nlen := int(v&31) + 257
	ndist := int(v>>5&31) + 1
	ncode := int(v>>10) + 4
	if nlen > 286 || ndist > 30 {
		return false, dataErr("too many length or distance symbols")
	}
	var cl [19]uint8
	for i := 0; i < ncode; i++ {
		x, ok := z.bits(3)
		if !ok {
			return false, nil
		}
		cl[inflClOrder[i]] = uint8(x)
	}
	clh, good := buildHuff(cl[:], true)
	if !good {
		return false, dataErr("invalid code lengths set")
	}
	lens := make([]uint8, nlen+ndist)
	for i := 0; i < len(lens); {
		s, st := z.sym(clh)
		if st == 1 {
			return false, nil
		}
		if st == 2 {
			return false, dataErr("invalid code lengths set")
		}
		if s < 16 {
			lens[i] = uint8(s)
			i++
			continue
		}
		var rep int
		var val uint8
		switch s {
		case 16:
			if i == 0 {
				return false, dataErr("invalid bit length repeat")
			}
			x, ok := z.bits(2)
			if !ok {
				return false, nil
			}
			rep, val = 3+int(x), lens[i-1]
		case 17:
			x, ok := z.bits(3)
			if !ok {
				return false, nil
			}
			rep = 3 + int(x)
		default:
			x, ok := z.bits(7)
			if !ok {
				return false, nil
			}
			rep = 11 + int(x)
		}
		if i+rep > len(lens) {
			return false, dataErr("invalid bit length repeat")
		}
		for ; rep > 0; rep-- {
			lens[i] = val
			i++
		}
	}
	if lens[256] == 0 {
		return false, dataErr("invalid code -- missing end-of-block")
	}
	lit, good := buildHuff(lens[:nlen], false)
	if !good {
		return false, dataErr("invalid literal/lengths set")
	}
	dist, good := buildHuff(lens[nlen:], false)
	if !good {
		return false, dataErr("invalid distances set")
	}
	z.lit, z.dist = lit, dist
	z.state = stHuff
	return true, nil
}

// huffBlock decodes symbols until the end of the block (done), the end of
// the input, or maxOut bytes of output.
func (z *inflater) huffBlock(start, maxOut int) (bool, *inflErr) {
	for {
		room := -1
		if maxOut > 0 {
			room = maxOut - (len(z.win) - start)
			if room <= 0 {
				return false, nil
			}
		}
		if z.copyLen > 0 {
			n := z.copyLen
			if room >= 0 && n > room {
				n = room
			}
			from := len(z.win) - z.copyDist
			if z.copyDist >= n {
				z.win = append(z.win, z.win[from:from+n]...)
			} else {
				for i := 0; i < n; i++ {
					z.win = append(z.win, z.win[from+i])
				}
			}
			z.copyLen -= n
			continue
		}
		save := z.pos
		s, st := z.sym(z.lit)
		if st == 1 {
			z.pos = save
			return false, nil
		}
		if st == 2 {
			return false, dataErr("invalid literal/length code")
		}
		if s < 256 {
			z.win = append(z.win, byte(s))
			continue
		}
		if s == 256 {
			return true, nil
		}
		s -= 257
		if s >= 29 {
			return false, dataErr("invalid literal/length code")
		}
		length := int(inflLenBase[s])
		if e := uint(inflLenExtra[s]); e > 0 {
			x, ok := z.bits(e)
			if !ok {
				z.pos = save
				return false, nil
			}
			length += int(x)
		}
		ds, st := z.sym(z.dist)
		if st == 1 {
			z.pos = save
			return false, nil
		}
		if st == 2 || ds >= 30 {
			return false, dataErr("invalid distance code")
		}
		dist := int(inflDistBase[ds])
		if e := uint(inflDistExtra[ds]); e > 0 {
			x, ok := z.bits(e)
			if !ok {
				z.pos = save
				return false, nil
			}
			dist += int(x)
		}
		if dist > len(z.win) {
			return false, dataErr("invalid distance too far back")
		}
		z.copyLen, z.copyDist = length, dist
	}
}

// adler32Update continues an Adler-32 checksum.
func adler32Update(adler uint32, p []byte) uint32 {
	const mod = 65521
	s1, s2 := adler&0xffff, adler>>16
	for len(p) > 0 {
		n := min(len(p), 5552)
		for _, c := range p[:n] {
			s1 += uint32(c)
			s2 += s1
		}
		s1 %= mod
		s2 %= mod
		p = p[n:]
	}
	return s2<<16 | s1
}
