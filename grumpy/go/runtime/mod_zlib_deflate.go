package runtime

import (
	"encoding/binary"
	"hash/crc32"
	"math/bits"
	"sync"
)

// A DEFLATE compressor that follows the zlib library's algorithm step by
// step, so that its output is byte-identical to what CPython's zlib
// module (linked with zlib 1.2.13) produces: the same hash chains
// (memLevel-sized hash, rolling hash, 2*window buffer that slides by one
// window), the per-level configuration (good/lazy/nice/chain lengths),
// the stored/fast/slow(lazy)/RLE/Huffman-only block producers, the same
// symbol buffer size and block boundaries, and the same choice between
// stored, fixed and dynamic blocks with the same Huffman tree
// construction (heap order, depth tie-break, length limiting). Output is
// produced through a bounded output window (avail_out) exactly as zlib
// does, because zlib's output depends on it (stored blocks; the extra
// empty block of a flush that exactly fills the output): zdPyCall drives
// the engine the way CPython's module grows its output buffer.

const (
	zdMinMatch     = 3
	zdMaxMatch     = 258
	zdMinLookahead = zdMaxMatch + zdMinMatch + 1
	zdTooFar       = 4096
	zdLiterals     = 256
	zdLengthCodes  = 29
	zdLCodes       = zdLiterals + 1 + zdLengthCodes
	zdDCodes       = 30
	zdBLCodes      = 19
	zdHeapSize     = 2*zdLCodes + 1
	zdMaxBits      = 15
	zdMaxBLBits    = 7
	zdEndBlock     = 256
	zdRep3_6       = 16
	zdRepz3_10     = 17
	zdRepz11_138   = 18
	zdMaxStored    = 65535
	zdWinInit      = zdMaxMatch

	zOK          = 0
	zStreamEnd   = 1
	zStreamError = -2
	zBufError    = -5

	zStratFiltered = 1
	zStratHuffman  = 2
	zStratRLE      = 3
	zStratFixed    = 4
)

// block producer results
const (
	zdNeedMore = iota
	zdBlockDone
	zdFinishStarted
	zdFinishDone
)

// stream status
const (
	zdInitState = iota
	zdGzipState
	zdBusyState
	zdFinishState
)

// zdCt is one Huffman tree node: fc is the frequency (or, once codes are
// assigned, the code); dl the parent node (or, once lengths are assigned,
// the bit length). They share storage as in zlib, which matters for the
// order in which trees are walked.
type zdCt struct{ fc, dl uint16 }

type zdStaticDesc struct {
	tree      []zdCt
	extra     []int
	extraBase int
	elems     int
	maxLength int
}

type zdTreeDesc struct {
	dyn     []zdCt
	maxCode int
	stat    *zdStaticDesc
}

var (
	zdExtraLbits  = []int{0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0}
	zdExtraDbits  = []int{0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13}
	zdExtraBLbits = []int{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 7}
	zdBLOrder     = [zdBLCodes]int{16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15}

	zdLengthCode [256]uint8
	zdDistCode   [512]uint8
	zdBaseLength [zdLengthCodes]int
	zdBaseDist   [zdDCodes]int
	zdStaticL    [zdLCodes + 2]zdCt
	zdStaticD    [zdDCodes]zdCt

	zdStaticLDesc, zdStaticDDesc, zdStaticBLDesc *zdStaticDesc
)

type zdConfig struct{ good, lazy, nice, chain, fn int }

const (
	zdFnStored = iota
	zdFnFast
	zdFnSlow
)

var zdConfigTable = [10]zdConfig{
	{0, 0, 0, 0, zdFnStored},
	{4, 4, 8, 4, zdFnFast},
	{4, 5, 16, 8, zdFnFast},
	{4, 6, 32, 32, zdFnFast},
	{4, 4, 16, 16, zdFnSlow},
	{8, 16, 32, 32, zdFnSlow},
	{8, 16, 128, 128, zdFnSlow},
	{8, 32, 128, 256, zdFnSlow},
	{32, 128, 258, 1024, zdFnSlow},
	{32, 258, 258, 4096, zdFnSlow},
}

func zdBiReverse(code, n int) int {
	return int(bits.Reverse16(uint16(code)) >> (16 - n))
}

// zdGenCodes assigns canonical codes from the bit lengths.
func zdGenCodes(tree []zdCt, maxCode int, blCount *[zdMaxBits + 1]uint16) {
	var next [zdMaxBits + 1]int
	code := 0
	for b := 1; b <= zdMaxBits; b++ {
		code = (code + int(blCount[b-1])) << 1
		next[b] = code
	}
	for n := 0; n <= maxCode; n++ {
		l := int(tree[n].dl)
		if l == 0 {
			continue
		}
		tree[n].fc = uint16(zdBiReverse(next[l], l))
		next[l]++
	}
}

func init() {
	length := 0
	code := 0
	for code = 0; code < zdLengthCodes-1; code++ {
		zdBaseLength[code] = length
		for n := 0; n < 1<<zdExtraLbits[code]; n++ {
			zdLengthCode[length] = uint8(code)
			length++
		}
	}
	zdLengthCode[length-1] = uint8(code)
	dist := 0
	for code = 0; code < 16; code++ {
		zdBaseDist[code] = dist
		for n := 0; n < 1<<zdExtraDbits[code]; n++ {
			zdDistCode[dist] = uint8(code)
			dist++
		}
	}
	dist >>= 7
	for ; code < zdDCodes; code++ {
		zdBaseDist[code] = dist << 7
		for n := 0; n < 1<<(zdExtraDbits[code]-7); n++ {
			zdDistCode[256+dist] = uint8(code)
			dist++
		}
	}
	var blCount [zdMaxBits + 1]uint16
	for n := 0; n < len(zdStaticL); n++ {
		l := 8
		switch {
		case n < 144:
			l = 8
		case n < 256:
			l = 9
		case n < 280:
			l = 7
		}
		zdStaticL[n].dl = uint16(l)
		blCount[l]++
	}
	zdGenCodes(zdStaticL[:], zdLCodes+1, &blCount)
	for n := 0; n < zdDCodes; n++ {
		zdStaticD[n] = zdCt{fc: uint16(zdBiReverse(n, 5)), dl: 5}
	}
	zdStaticLDesc = &zdStaticDesc{zdStaticL[:], zdExtraLbits, zdLiterals + 1, zdLCodes, zdMaxBits}
	zdStaticDDesc = &zdStaticDesc{zdStaticD[:], zdExtraDbits, 0, zdDCodes, zdMaxBits}
	zdStaticBLDesc = &zdStaticDesc{nil, zdExtraBLbits, 0, zdBLCodes, zdMaxBLBits}
}

func zdDCode(dist int) int {
	if dist < 256 {
		return int(zdDistCode[dist])
	}
	return int(zdDistCode[256+(dist>>7)])
}

// zdef is one deflate stream: the z_stream fields CPython's module uses
// and zlib's deflate_state.
type zdef struct {
	// stream
	in       []byte // next_in[:avail_in]
	inBase   []byte // the input in was cut from (next_in - consumed)
	out      []byte // everything produced so far (next_out appends)
	availOut int
	totalIn  uint32
	adler    uint32

	status    int
	wrap      int
	lastFlush int
	pend      []byte // pending output; pendOut bytes of it already went out
	pendOut   int
	pendSize  int // pending_buf_size

	wSize, wBits, wMask int
	window              []byte
	windowSize          int
	prev, head          []uint16
	insH                uint
	hashSize, hashMask  uint
	hashShift           uint

	blockStart     int
	matchLength    int
	prevMatch      int
	matchAvailable bool
	strstart       int
	matchStart     int
	lookahead      int
	prevLength     int
	maxChainLength int
	maxLazyMatch   int
	level          int
	strategy       int
	goodMatch      int
	niceMatch      int

	dynLtree [zdHeapSize]zdCt
	dynDtree [2*zdDCodes + 1]zdCt
	blTree   [2*zdBLCodes + 1]zdCt
	lDesc    zdTreeDesc
	dDesc    zdTreeDesc
	blDesc   zdTreeDesc
	blCount  [zdMaxBits + 1]uint16
	heap     [zdHeapSize]int
	heapLen  int
	heapMax  int
	depth    [zdHeapSize]uint8

	symBuf  []byte
	symNext int
	symEnd  int

	optLen, staticLen int64
	insert            int
	biBuf             uint32
	biValid           int
	highWater         int
}

// newZdef is deflateInit2; ok is false where zlib returns Z_STREAM_ERROR.
func newZdef(level, windowBits, memLevel, strategy int) (*zdef, bool) {
	wrap := 1
	if level == -1 {
		level = 6
	}
	if windowBits < 0 {
		wrap = 0
		if windowBits < -15 {
			return nil, false
		}
		windowBits = -windowBits
	} else if windowBits > 15 {
		wrap = 2
		windowBits -= 16
	}
	if memLevel < 1 || memLevel > 9 || windowBits < 8 || windowBits > 15 || level < 0 || level > 9 ||
		strategy < 0 || strategy > zStratFixed || (windowBits == 8 && wrap != 1) {
		return nil, false
	}
	if windowBits == 8 {
		windowBits = 9
	}
	s := &zdef{wrap: wrap, wBits: windowBits, level: level, strategy: strategy}
	s.wSize = 1 << windowBits
	s.wMask = s.wSize - 1
	hashBits := uint(memLevel + 7)
	s.hashSize = 1 << hashBits
	s.hashMask = s.hashSize - 1
	s.hashShift = (hashBits + zdMinMatch - 1) / zdMinMatch
	litBufsize := 1 << (memLevel + 6)
	s.pendSize = litBufsize * 4
	if b, ok := zdBufPool.Get().(*zdBufs); ok && windowBits == 15 && memLevel == 8 {
		// buffers of a finished compress() call: zeroed as new ones are
		clear(b.window)
		clear(b.prev)
		s.window, s.prev, s.head, s.pend, s.symBuf = b.window, b.prev, b.head, b.pend[:0], b.symBuf
	} else {
		if ok {
			zdBufPool.Put(b)
		}
		s.window = make([]byte, 2*s.wSize+zdMaxMatch)
		s.prev = make([]uint16, s.wSize)
		s.head = make([]uint16, s.hashSize)
		s.pend = make([]byte, 0, s.pendSize)
		s.symBuf = make([]byte, litBufsize*3)
	}
	s.symEnd = (litBufsize - 1) * 3
	s.reset()
	return s, true
}

// zdBufs are the buffers of a default-sized stream (wbits 15, memLevel 8),
// kept for the next one: zlib.compress() allocates a stream per call.
type zdBufs struct {
	window, pend, symBuf []byte
	prev, head           []uint16
}

var zdBufPool sync.Pool

// release hands the buffers of a stream that will not be used again to
// the next one.
func (s *zdef) release() {
	if s.wSize == 1<<15 && s.hashSize == 1<<15 && cap(s.pend) == s.pendSize {
		zdBufPool.Put(&zdBufs{window: s.window, pend: s.pend, symBuf: s.symBuf, prev: s.prev, head: s.head})
	}
	s.window, s.pend, s.symBuf, s.prev, s.head = nil, nil, nil, nil, nil
}

// reset is deflateReset: deflateResetKeep + lm_init.
func (s *zdef) reset() {
	s.totalIn = 0
	s.pend = s.pend[:0]
	s.pendOut = 0
	if s.wrap < 0 {
		s.wrap = -s.wrap
	}
	if s.wrap == 2 {
		s.status = zdGzipState
		s.adler = 0
	} else {
		s.status = zdInitState
		s.adler = 1
	}
	s.lastFlush = -2
	s.trInit()
	// lm_init
	s.windowSize = 2 * s.wSize
	clear(s.head)
	c := zdConfigTable[s.level]
	s.maxLazyMatch, s.goodMatch, s.niceMatch, s.maxChainLength = c.lazy, c.good, c.nice, c.chain
	s.strstart, s.blockStart, s.lookahead, s.insert = 0, 0, 0, 0
	s.matchLength, s.prevLength = zdMinMatch-1, zdMinMatch-1
	s.matchAvailable = false
	s.insH = 0
}

// clone is deflateCopy.
func (s *zdef) clone() *zdef {
	n := *s
	n.in, n.inBase = nil, nil
	n.out = nil
	n.window = append([]byte(nil), s.window...)
	n.prev = append([]uint16(nil), s.prev...)
	n.head = append([]uint16(nil), s.head...)
	n.pend = append(make([]byte, 0, s.pendSize), s.pend...)
	n.symBuf = append([]byte(nil), s.symBuf...)
	n.lDesc.dyn = n.dynLtree[:]
	n.dDesc.dyn = n.dynDtree[:]
	n.blDesc.dyn = n.blTree[:]
	return &n
}

// ---------------------------------------------------------------------------
// Output

func (s *zdef) pending() int { return len(s.pend) - s.pendOut }

func (s *zdef) putByte(c byte) { s.pend = append(s.pend, c) }

func (s *zdef) putShort(w uint16) { s.pend = append(s.pend, byte(w), byte(w>>8)) }

func (s *zdef) putShortMSB(b uint32) { s.pend = append(s.pend, byte(b>>8), byte(b)) }

func (s *zdef) sendBits(value, length int) {
	s.biBuf |= uint32(value) << s.biValid
	s.biValid += length
	if s.biValid > 16 {
		s.putShort(uint16(s.biBuf))
		s.biBuf >>= 16
		s.biValid -= 16
	}
}

func (s *zdef) sendCode(c int, tree []zdCt) { s.sendBits(int(tree[c].fc), int(tree[c].dl)) }

func (s *zdef) biFlush() {
	if s.biValid == 16 {
		s.putShort(uint16(s.biBuf))
		s.biBuf, s.biValid = 0, 0
	} else if s.biValid >= 8 {
		s.putByte(byte(s.biBuf))
		s.biBuf >>= 8
		s.biValid -= 8
	}
}

func (s *zdef) biWindup() {
	if s.biValid > 8 {
		s.putShort(uint16(s.biBuf))
	} else if s.biValid > 0 {
		s.putByte(byte(s.biBuf))
	}
	s.biBuf, s.biValid = 0, 0
}

// emit copies bytes to next_out (the caller checked avail_out).
func (s *zdef) emit(p []byte) {
	s.out = append(s.out, p...)
	s.availOut -= len(p)
}

func (s *zdef) flushPending() {
	s.biFlush()
	n := s.pending()
	if n > s.availOut {
		n = s.availOut
	}
	if n == 0 {
		return
	}
	s.emit(s.pend[s.pendOut : s.pendOut+n])
	s.pendOut += n
	if s.pendOut == len(s.pend) {
		s.pend = s.pend[:0]
		s.pendOut = 0
	}
}

// readBuf moves up to size input bytes to buf, updating the check value.
func (s *zdef) readBuf(buf []byte) int {
	n := len(s.in)
	if n > len(buf) {
		n = len(buf)
	}
	if n == 0 {
		return 0
	}
	copy(buf, s.in[:n])
	if s.wrap == 1 {
		s.adler = adler32Update(s.adler, buf[:n])
	} else if s.wrap == 2 {
		s.adler = crc32.Update(s.adler, crc32.IEEETable, buf[:n])
	}
	s.in = s.in[n:]
	s.totalIn += uint32(n)
	return n
}

// ---------------------------------------------------------------------------
// Trees (trees.c's algorithm)

func (s *zdef) trInit() {
	s.lDesc = zdTreeDesc{dyn: s.dynLtree[:], stat: zdStaticLDesc}
	s.dDesc = zdTreeDesc{dyn: s.dynDtree[:], stat: zdStaticDDesc}
	s.blDesc = zdTreeDesc{dyn: s.blTree[:], stat: zdStaticBLDesc}
	s.biBuf, s.biValid = 0, 0
	s.initBlock()
}

func (s *zdef) initBlock() {
	for n := 0; n < zdLCodes; n++ {
		s.dynLtree[n].fc = 0
	}
	for n := 0; n < zdDCodes; n++ {
		s.dynDtree[n].fc = 0
	}
	for n := 0; n < zdBLCodes; n++ {
		s.blTree[n].fc = 0
	}
	s.dynLtree[zdEndBlock].fc = 1
	s.optLen, s.staticLen = 0, 0
	s.symNext = 0
}

func zdSmaller(tree []zdCt, n, m int, depth *[zdHeapSize]uint8) bool {
	return tree[n].fc < tree[m].fc || (tree[n].fc == tree[m].fc && depth[n] <= depth[m])
}

func (s *zdef) pqdownheap(tree []zdCt, k int) {
	v := s.heap[k]
	j := k << 1
	for j <= s.heapLen {
		if j < s.heapLen && zdSmaller(tree, s.heap[j+1], s.heap[j], &s.depth) {
			j++
		}
		if zdSmaller(tree, v, s.heap[j], &s.depth) {
			break
		}
		s.heap[k] = s.heap[j]
		k = j
		j <<= 1
	}
	s.heap[k] = v
}

func (s *zdef) genBitlen(desc *zdTreeDesc) {
	tree := desc.dyn
	maxCode := desc.maxCode
	stree := desc.stat.tree
	extra := desc.stat.extra
	base := desc.stat.extraBase
	maxLength := desc.stat.maxLength
	overflow := 0
	for b := range s.blCount {
		s.blCount[b] = 0
	}
	tree[s.heap[s.heapMax]].dl = 0
	h := s.heapMax + 1
	for ; h < zdHeapSize; h++ {
		n := s.heap[h]
		b := int(tree[tree[n].dl].dl) + 1
		if b > maxLength {
			b = maxLength
			overflow++
		}
		tree[n].dl = uint16(b)
		if n > maxCode {
			continue
		}
		s.blCount[b]++
		xbits := 0
		if n >= base {
			xbits = extra[n-base]
		}
		f := int64(tree[n].fc)
		s.optLen += f * int64(b+xbits)
		if stree != nil {
			s.staticLen += f * int64(int(stree[n].dl)+xbits)
		}
	}
	if overflow == 0 {
		return
	}
	for overflow > 0 {
		b := maxLength - 1
		for s.blCount[b] == 0 {
			b--
		}
		s.blCount[b]--
		s.blCount[b+1] += 2
		s.blCount[maxLength]--
		overflow -= 2
	}
	for b := maxLength; b != 0; b-- {
		n := int(s.blCount[b])
		for n != 0 {
			h--
			m := s.heap[h]
			if m > maxCode {
				continue
			}
			if int(tree[m].dl) != b {
				s.optLen += (int64(b) - int64(tree[m].dl)) * int64(tree[m].fc)
				tree[m].dl = uint16(b)
			}
			n--
		}
	}
}

func (s *zdef) buildTree(desc *zdTreeDesc) {
	tree := desc.dyn
	stree := desc.stat.tree
	elems := desc.stat.elems
	maxCode := -1
	s.heapLen = 0
	s.heapMax = zdHeapSize
	for n := 0; n < elems; n++ {
		if tree[n].fc != 0 {
			s.heapLen++
			s.heap[s.heapLen] = n
			maxCode = n
			s.depth[n] = 0
		} else {
			tree[n].dl = 0
		}
	}
	for s.heapLen < 2 {
		node := 0
		if maxCode < 2 {
			maxCode++
			node = maxCode
		}
		s.heapLen++
		s.heap[s.heapLen] = node
		tree[node].fc = 1
		s.depth[node] = 0
		s.optLen--
		if stree != nil {
			s.staticLen -= int64(stree[node].dl)
		}
	}
	desc.maxCode = maxCode
	for n := s.heapLen / 2; n >= 1; n-- {
		s.pqdownheap(tree, n)
	}
	node := elems
	for {
		n := s.heap[1]
		s.heap[1] = s.heap[s.heapLen]
		s.heapLen--
		s.pqdownheap(tree, 1)
		m := s.heap[1]
		s.heapMax--
		s.heap[s.heapMax] = n
		s.heapMax--
		s.heap[s.heapMax] = m
		tree[node].fc = tree[n].fc + tree[m].fc
		d := s.depth[n]
		if s.depth[m] > d {
			d = s.depth[m]
		}
		s.depth[node] = d + 1
		tree[n].dl = uint16(node)
		tree[m].dl = uint16(node)
		s.heap[1] = node
		node++
		s.pqdownheap(tree, 1)
		if s.heapLen < 2 {
			break
		}
	}
	s.heapMax--
	s.heap[s.heapMax] = s.heap[1]
	s.genBitlen(desc)
	zdGenCodes(tree, maxCode, &s.blCount)
}

func (s *zdef) scanTree(tree []zdCt, maxCode int) {
	prevlen := -1
	nextlen := int(tree[0].dl)
	count := 0
	maxCount, minCount := 7, 4
	if nextlen == 0 {
		maxCount, minCount = 138, 3
	}
	tree[maxCode+1].dl = 0xffff
	for n := 0; n <= maxCode; n++ {
		curlen := nextlen
		nextlen = int(tree[n+1].dl)
		count++
		if count < maxCount && curlen == nextlen {
			continue
		} else if count < minCount {
			s.blTree[curlen].fc += uint16(count)
		} else if curlen != 0 {
			if curlen != prevlen {
				s.blTree[curlen].fc++
			}
			s.blTree[zdRep3_6].fc++
		} else if count <= 10 {
			s.blTree[zdRepz3_10].fc++
		} else {
			s.blTree[zdRepz11_138].fc++
		}
		count = 0
		prevlen = curlen
		if nextlen == 0 {
			maxCount, minCount = 138, 3
		} else if curlen == nextlen {
			maxCount, minCount = 6, 3
		} else {
			maxCount, minCount = 7, 4
		}
	}
}

func (s *zdef) sendTree(tree []zdCt, maxCode int) {
	prevlen := -1
	nextlen := int(tree[0].dl)
	count := 0
	maxCount, minCount := 7, 4
	if nextlen == 0 {
		maxCount, minCount = 138, 3
	}
	bl := s.blTree[:]
	for n := 0; n <= maxCode; n++ {
		curlen := nextlen
		nextlen = int(tree[n+1].dl)
		count++
		if count < maxCount && curlen == nextlen {
			continue
		} else if count < minCount {
			for ; count != 0; count-- {
				s.sendCode(curlen, bl)
			}
		} else if curlen != 0 {
			if curlen != prevlen {
				s.sendCode(curlen, bl)
				count--
			}
			s.sendCode(zdRep3_6, bl)
			s.sendBits(count-3, 2)
		} else if count <= 10 {
			s.sendCode(zdRepz3_10, bl)
			s.sendBits(count-3, 3)
		} else {
			s.sendCode(zdRepz11_138, bl)
			s.sendBits(count-11, 7)
		}
		count = 0
		prevlen = curlen
		if nextlen == 0 {
			maxCount, minCount = 138, 3
		} else if curlen == nextlen {
			maxCount, minCount = 6, 3
		} else {
			maxCount, minCount = 7, 4
		}
	}
}

func (s *zdef) buildBLTree() int {
	s.scanTree(s.dynLtree[:], s.lDesc.maxCode)
	s.scanTree(s.dynDtree[:], s.dDesc.maxCode)
	s.buildTree(&s.blDesc)
	maxBlindex := zdBLCodes - 1
	for ; maxBlindex >= 3; maxBlindex-- {
		if s.blTree[zdBLOrder[maxBlindex]].dl != 0 {
			break
		}
	}
	s.optLen += 3*(int64(maxBlindex)+1) + 5 + 5 + 4
	return maxBlindex
}

func (s *zdef) sendAllTrees(lcodes, dcodes, blcodes int) {
	s.sendBits(lcodes-257, 5)
	s.sendBits(dcodes-1, 5)
	s.sendBits(blcodes-4, 4)
	for rank := 0; rank < blcodes; rank++ {
		s.sendBits(int(s.blTree[zdBLOrder[rank]].dl), 3)
	}
	s.sendTree(s.dynLtree[:], lcodes-1)
	s.sendTree(s.dynDtree[:], dcodes-1)
}

func (s *zdef) compressBlock(ltree, dtree []zdCt) {
	for sx := 0; sx < s.symNext; sx += 3 {
		dist := int(s.symBuf[sx]) | int(s.symBuf[sx+1])<<8
		lc := int(s.symBuf[sx+2])
		if dist == 0 {
			s.sendCode(lc, ltree)
			continue
		}
		code := int(zdLengthCode[lc])
		s.sendCode(code+zdLiterals+1, ltree)
		if extra := zdExtraLbits[code]; extra != 0 {
			s.sendBits(lc-zdBaseLength[code], extra)
		}
		dist--
		code = zdDCode(dist)
		s.sendCode(code, dtree)
		if extra := zdExtraDbits[code]; extra != 0 {
			s.sendBits(dist-zdBaseDist[code], extra)
		}
	}
	s.sendCode(zdEndBlock, ltree)
}

// storedBlock is _tr_stored_block: buf may be nil (header only).
func (s *zdef) storedBlock(buf []byte, last int) {
	s.sendBits(last, 3) // STORED_BLOCK<<1 + last
	s.biWindup()
	n := len(buf)
	s.putShort(uint16(n))
	s.putShort(^uint16(n))
	s.pend = append(s.pend, buf...)
}

// align is _tr_align: an empty static block for Z_PARTIAL_FLUSH.
func (s *zdef) align() {
	s.sendBits(1<<1, 3)
	s.sendCode(zdEndBlock, zdStaticL[:])
	s.biFlush()
}

// flushBlock is _tr_flush_block; buf is nil when the block's bytes left
// the window.
func (s *zdef) flushBlock(buf []byte, storedLen int, last int) {
	var optLenb, staticLenb int64
	maxBlindex := 0
	if s.level > 0 {
		s.buildTree(&s.lDesc)
		s.buildTree(&s.dDesc)
		maxBlindex = s.buildBLTree()
		optLenb = (s.optLen + 3 + 7) >> 3
		staticLenb = (s.staticLen + 3 + 7) >> 3
		if staticLenb <= optLenb || s.strategy == zStratFixed {
			optLenb = staticLenb
		}
	} else {
		optLenb = int64(storedLen) + 5
		staticLenb = optLenb
	}
	if int64(storedLen)+4 <= optLenb && buf != nil {
		s.storedBlock(buf[:storedLen], last)
	} else if staticLenb == optLenb {
		s.sendBits(2+last, 3)
		s.compressBlock(zdStaticL[:], zdStaticD[:])
	} else {
		s.sendBits(4+last, 3)
		s.sendAllTrees(s.lDesc.maxCode+1, s.dDesc.maxCode+1, maxBlindex+1)
		s.compressBlock(s.dynLtree[:], s.dynDtree[:])
	}
	s.initBlock()
	if last != 0 {
		s.biWindup()
	}
}

func (s *zdef) tallyLit(c byte) bool {
	s.symBuf[s.symNext] = 0
	s.symBuf[s.symNext+1] = 0
	s.symBuf[s.symNext+2] = c
	s.symNext += 3
	s.dynLtree[c].fc++
	return s.symNext == s.symEnd
}

func (s *zdef) tallyDist(dist, length int) bool {
	s.symBuf[s.symNext] = byte(dist)
	s.symBuf[s.symNext+1] = byte(dist >> 8)
	s.symBuf[s.symNext+2] = byte(length)
	s.symNext += 3
	dist--
	s.dynLtree[int(zdLengthCode[length])+zdLiterals+1].fc++
	s.dynDtree[zdDCode(dist)].fc++
	return s.symNext == s.symEnd
}

// ---------------------------------------------------------------------------
// Matching (deflate.c's algorithm)

func (s *zdef) maxDist() int { return s.wSize - zdMinLookahead }

func (s *zdef) updateHash(c byte) {
	s.insH = ((s.insH << s.hashShift) ^ uint(c)) & s.hashMask
}

// insertString adds the string at str to the hash chains and returns the
// previous head of its chain.
func (s *zdef) insertString(str int) int {
	s.updateHash(s.window[str+zdMinMatch-1])
	h := s.head[s.insH]
	s.prev[str&s.wMask] = h
	s.head[s.insH] = uint16(str)
	return int(h)
}

func (s *zdef) clearHash() { clear(s.head) }

func (s *zdef) slideHash() {
	w := s.wSize
	for i, m := range s.head {
		if int(m) >= w {
			s.head[i] = uint16(int(m) - w)
		} else {
			s.head[i] = 0
		}
	}
	for i, m := range s.prev {
		if int(m) >= w {
			s.prev[i] = uint16(int(m) - w)
		} else {
			s.prev[i] = 0
		}
	}
}

func (s *zdef) fillWindow() {
	wsize := s.wSize
	for {
		more := s.windowSize - s.lookahead - s.strstart
		if s.strstart >= wsize+s.maxDist() {
			copy(s.window[:wsize-more], s.window[wsize:2*wsize-more])
			s.matchStart -= wsize
			s.strstart -= wsize
			s.blockStart -= wsize
			if s.insert > s.strstart {
				s.insert = s.strstart
			}
			s.slideHash()
			more += wsize
		}
		if len(s.in) == 0 {
			break
		}
		start := s.strstart + s.lookahead
		n := s.readBuf(s.window[start : start+more])
		s.lookahead += n
		if s.lookahead+s.insert >= zdMinMatch {
			str := s.strstart - s.insert
			s.insH = uint(s.window[str])
			s.updateHash(s.window[str+1])
			for s.insert != 0 {
				s.updateHash(s.window[str+zdMinMatch-1])
				s.prev[str&s.wMask] = s.head[s.insH]
				s.head[s.insH] = uint16(str)
				str++
				s.insert--
				if s.lookahead+s.insert < zdMinMatch {
					break
				}
			}
		}
		if !(s.lookahead < zdMinLookahead && len(s.in) != 0) {
			break
		}
	}
	if end := s.strstart + s.lookahead; s.highWater < end {
		s.highWater = end
	}
}

func zdLoad64(b []byte, i int) uint64 { return binary.LittleEndian.Uint64(b[i : i+8]) }

func (s *zdef) longestMatch(curMatch int) int {
	chainLength := s.maxChainLength
	win := s.window
	scan := s.strstart
	bestLen := s.prevLength
	niceMatch := s.niceMatch
	limit := 0
	if s.strstart > s.maxDist() {
		limit = s.strstart - s.maxDist()
	}
	strend := scan + zdMaxMatch
	scanEnd1 := win[scan+bestLen-1]
	scanEnd := win[scan+bestLen]
	if s.prevLength >= s.goodMatch {
		chainLength >>= 2
	}
	if niceMatch > s.lookahead {
		niceMatch = s.lookahead
	}
	s0, s1 := win[scan], win[scan+1]
	for {
		m := curMatch
		if win[m+bestLen] == scanEnd && win[m+bestLen-1] == scanEnd1 && win[m] == s0 && win[m+1] == s1 {
			// Byte 2 is not compared: equal hashes and equal bytes 0 and
			// 1 imply it (zlib relies on the same).
			p, q := scan+3, m+3
			for p+8 <= strend {
				if x := zdLoad64(win, p) ^ zdLoad64(win, q); x != 0 {
					p += bits.TrailingZeros64(x) >> 3
					goto done
				}
				p += 8
				q += 8
			}
			for p < strend && win[p] == win[q] {
				p++
				q++
			}
		done:
			if n := p - scan; n > bestLen {
				s.matchStart = curMatch
				bestLen = n
				if n >= niceMatch {
					break
				}
				scanEnd1 = win[scan+bestLen-1]
				scanEnd = win[scan+bestLen]
			}
		}
		curMatch = int(s.prev[curMatch&s.wMask])
		if curMatch <= limit {
			break
		}
		chainLength--
		if chainLength == 0 {
			break
		}
	}
	if bestLen <= s.lookahead {
		return bestLen
	}
	return s.lookahead
}

// flushBlockOnly is FLUSH_BLOCK_ONLY.
func (s *zdef) flushBlockOnly(last int) {
	var buf []byte
	if s.blockStart >= 0 {
		buf = s.window[s.blockStart:]
	}
	s.flushBlock(buf, s.strstart-s.blockStart, last)
	s.blockStart = s.strstart
	s.flushPending()
}

func (s *zdef) finishBlocks(flush int) int {
	if flush == zFinish {
		s.flushBlockOnly(1)
		if s.availOut == 0 {
			return zdFinishStarted
		}
		return zdFinishDone
	}
	if s.symNext != 0 {
		s.flushBlockOnly(0)
		if s.availOut == 0 {
			return zdNeedMore
		}
	}
	return zdBlockDone
}

func (s *zdef) deflateFast(flush int) int {
	for {
		if s.lookahead < zdMinLookahead {
			s.fillWindow()
			if s.lookahead < zdMinLookahead && flush == zNoFlush {
				return zdNeedMore
			}
			if s.lookahead == 0 {
				break
			}
		}
		hashHead := 0
		if s.lookahead >= zdMinMatch {
			hashHead = s.insertString(s.strstart)
		}
		if hashHead != 0 && s.strstart-hashHead <= s.maxDist() {
			s.matchLength = s.longestMatch(hashHead)
		}
		var bflush bool
		if s.matchLength >= zdMinMatch {
			bflush = s.tallyDist(s.strstart-s.matchStart, s.matchLength-zdMinMatch)
			s.lookahead -= s.matchLength
			if s.matchLength <= s.maxLazyMatch && s.lookahead >= zdMinMatch {
				s.matchLength--
				for {
					s.strstart++
					s.insertString(s.strstart)
					s.matchLength--
					if s.matchLength == 0 {
						break
					}
				}
				s.strstart++
			} else {
				s.strstart += s.matchLength
				s.matchLength = 0
				s.insH = uint(s.window[s.strstart])
				s.updateHash(s.window[s.strstart+1])
			}
		} else {
			bflush = s.tallyLit(s.window[s.strstart])
			s.lookahead--
			s.strstart++
		}
		if bflush {
			s.flushBlockOnly(0)
			if s.availOut == 0 {
				return zdNeedMore
			}
		}
	}
	s.insert = min(s.strstart, zdMinMatch-1)
	return s.finishBlocks(flush)
}

func (s *zdef) deflateSlow(flush int) int {
	for {
		if s.lookahead < zdMinLookahead {
			s.fillWindow()
			if s.lookahead < zdMinLookahead && flush == zNoFlush {
				return zdNeedMore
			}
			if s.lookahead == 0 {
				break
			}
		}
		hashHead := 0
		if s.lookahead >= zdMinMatch {
			hashHead = s.insertString(s.strstart)
		}
		s.prevLength, s.prevMatch = s.matchLength, s.matchStart
		s.matchLength = zdMinMatch - 1
		if hashHead != 0 && s.prevLength < s.maxLazyMatch && s.strstart-hashHead <= s.maxDist() {
			s.matchLength = s.longestMatch(hashHead)
			if s.matchLength <= 5 && (s.strategy == zStratFiltered ||
				(s.matchLength == zdMinMatch && s.strstart-s.matchStart > zdTooFar)) {
				s.matchLength = zdMinMatch - 1
			}
		}
		if s.prevLength >= zdMinMatch && s.matchLength <= s.prevLength {
			maxInsert := s.strstart + s.lookahead - zdMinMatch
			bflush := s.tallyDist(s.strstart-1-s.prevMatch, s.prevLength-zdMinMatch)
			s.lookahead -= s.prevLength - 1
			s.prevLength -= 2
			for {
				s.strstart++
				if s.strstart <= maxInsert {
					s.insertString(s.strstart)
				}
				s.prevLength--
				if s.prevLength == 0 {
					break
				}
			}
			s.matchAvailable = false
			s.matchLength = zdMinMatch - 1
			s.strstart++
			if bflush {
				s.flushBlockOnly(0)
				if s.availOut == 0 {
					return zdNeedMore
				}
			}
		} else if s.matchAvailable {
			if s.tallyLit(s.window[s.strstart-1]) {
				s.flushBlockOnly(0)
			}
			s.strstart++
			s.lookahead--
			if s.availOut == 0 {
				return zdNeedMore
			}
		} else {
			s.matchAvailable = true
			s.strstart++
			s.lookahead--
		}
	}
	if s.matchAvailable {
		s.tallyLit(s.window[s.strstart-1])
		s.matchAvailable = false
	}
	s.insert = min(s.strstart, zdMinMatch-1)
	return s.finishBlocks(flush)
}

func (s *zdef) deflateRLE(flush int) int {
	for {
		if s.lookahead <= zdMaxMatch {
			s.fillWindow()
			if s.lookahead <= zdMaxMatch && flush == zNoFlush {
				return zdNeedMore
			}
			if s.lookahead == 0 {
				break
			}
		}
		s.matchLength = 0
		if s.lookahead >= zdMinMatch && s.strstart > 0 {
			win := s.window
			scan := s.strstart - 1
			prev := win[scan]
			if prev == win[scan+1] && prev == win[scan+2] && prev == win[scan+3] {
				strend := s.strstart + zdMaxMatch
				p := scan + 4
				for p < strend && win[p] == prev {
					p++
				}
				s.matchLength = p - s.strstart
				if s.matchLength > s.lookahead {
					s.matchLength = s.lookahead
				}
			}
		}
		var bflush bool
		if s.matchLength >= zdMinMatch {
			bflush = s.tallyDist(1, s.matchLength-zdMinMatch)
			s.lookahead -= s.matchLength
			s.strstart += s.matchLength
			s.matchLength = 0
		} else {
			bflush = s.tallyLit(s.window[s.strstart])
			s.lookahead--
			s.strstart++
		}
		if bflush {
			s.flushBlockOnly(0)
			if s.availOut == 0 {
				return zdNeedMore
			}
		}
	}
	s.insert = 0
	return s.finishBlocks(flush)
}

func (s *zdef) deflateHuff(flush int) int {
	for {
		if s.lookahead == 0 {
			s.fillWindow()
			if s.lookahead == 0 {
				if flush == zNoFlush {
					return zdNeedMore
				}
				break
			}
		}
		s.matchLength = 0
		bflush := s.tallyLit(s.window[s.strstart])
		s.lookahead--
		s.strstart++
		if bflush {
			s.flushBlockOnly(0)
			if s.availOut == 0 {
				return zdNeedMore
			}
		}
	}
	s.insert = 0
	return s.finishBlocks(flush)
}

// deflateStored copies input to stored blocks, straight to the output when
// it has room, through the window otherwise.
func (s *zdef) deflateStored(flush int) int {
	minBlock := min(s.pendSize-5, s.wSize)
	last := 0
	used := len(s.in)
	var length, left, have int
	for {
		length = zdMaxStored
		have = (s.biValid + 42) >> 3
		if s.availOut < have {
			break
		}
		have = s.availOut - have
		left = s.strstart - s.blockStart
		if length > left+len(s.in) {
			length = left + len(s.in)
		}
		if length > have {
			length = have
		}
		if length < minBlock && ((length == 0 && flush != zFinish) || flush == zNoFlush || length != left+len(s.in)) {
			break
		}
		last = 0
		if flush == zFinish && length == left+len(s.in) {
			last = 1
		}
		s.storedBlock(nil, last)
		p := len(s.pend)
		s.pend[p-4] = byte(length)
		s.pend[p-3] = byte(length >> 8)
		s.pend[p-2] = ^byte(length)
		s.pend[p-1] = ^byte(length >> 8)
		s.flushPending()
		if left != 0 {
			if left > length {
				left = length
			}
			s.emit(s.window[s.blockStart : s.blockStart+left])
			s.blockStart += left
			length -= left
		}
		if length != 0 {
			start := len(s.out)
			s.out = append(s.out, make([]byte, length)...)
			s.readBuf(s.out[start:])
			s.availOut -= length
		}
		if last != 0 {
			break
		}
	}
	used -= len(s.in)
	if used != 0 {
		consumed := s.inConsumed(used)
		if used >= s.wSize {
			copy(s.window[:s.wSize], consumed[used-s.wSize:])
			s.strstart = s.wSize
			s.insert = s.strstart
		} else {
			if s.windowSize-s.strstart <= used {
				s.strstart -= s.wSize
				copy(s.window[:s.strstart], s.window[s.wSize:s.wSize+s.strstart])
				if s.insert > s.strstart {
					s.insert = s.strstart
				}
			}
			copy(s.window[s.strstart:], consumed)
			s.strstart += used
			s.insert += min(used, s.wSize-s.insert)
		}
		s.blockStart = s.strstart
	}
	if s.highWater < s.strstart {
		s.highWater = s.strstart
	}
	if last != 0 {
		return zdFinishDone
	}
	if flush != zNoFlush && flush != zFinish && len(s.in) == 0 && s.strstart == s.blockStart {
		return zdBlockDone
	}
	have = s.windowSize - s.strstart
	if len(s.in) > have && s.blockStart >= s.wSize {
		s.blockStart -= s.wSize
		s.strstart -= s.wSize
		copy(s.window[:s.strstart], s.window[s.wSize:s.wSize+s.strstart])
		have += s.wSize
		if s.insert > s.strstart {
			s.insert = s.strstart
		}
	}
	if have > len(s.in) {
		have = len(s.in)
	}
	if have != 0 {
		s.readBuf(s.window[s.strstart : s.strstart+have])
		s.strstart += have
		s.insert += min(have, s.wSize-s.insert)
	}
	if s.highWater < s.strstart {
		s.highWater = s.strstart
	}
	have = (s.biValid + 42) >> 3
	have = min(s.pendSize-have, zdMaxStored)
	minBlock = min(have, s.wSize)
	left = s.strstart - s.blockStart
	if left >= minBlock || ((left != 0 || flush == zFinish) && flush != zNoFlush && len(s.in) == 0 && left <= have) {
		length = min(left, have)
		last = 0
		if flush == zFinish && len(s.in) == 0 && length == left {
			last = 1
		}
		s.storedBlock(s.window[s.blockStart:s.blockStart+length], last)
		s.blockStart += length
		s.flushPending()
	}
	if last != 0 {
		return zdFinishStarted
	}
	return zdNeedMore
}

// inConsumed returns the last n input bytes consumed (next_in - n): the
// slice s.in was cut from keeps them in front of it.
func (s *zdef) inConsumed(n int) []byte {
	return s.inBase[len(s.inBase)-len(s.in)-n : len(s.inBase)-len(s.in)]
}

// ---------------------------------------------------------------------------
// deflate() and deflateSetDictionary()

func zdRank(f int) int {
	r := f * 2
	if f > 4 {
		r -= 9
	}
	return r
}

func (s *zdef) setInput(p []byte) {
	s.inBase = p
	s.in = p
}

// deflate is zlib's deflate(): it returns Z_OK, Z_STREAM_END,
// Z_STREAM_ERROR or Z_BUF_ERROR.
func (s *zdef) deflate(flush int) int {
	if flush > zBlock || flush < 0 {
		return zStreamError
	}
	if s.status == zdFinishState && flush != zFinish {
		return zStreamError
	}
	if s.availOut == 0 {
		return zBufError
	}
	oldFlush := s.lastFlush
	s.lastFlush = flush
	if s.pending() != 0 {
		s.flushPending()
		if s.availOut == 0 {
			s.lastFlush = -1
			return zOK
		}
	} else if len(s.in) == 0 && zdRank(flush) <= zdRank(oldFlush) && flush != zFinish {
		return zBufError
	}
	if s.status == zdFinishState && len(s.in) != 0 {
		return zBufError
	}
	if s.status == zdInitState && s.wrap == 0 {
		s.status = zdBusyState
	}
	if s.status == zdInitState {
		header := uint32(8+((s.wBits-8)<<4)) << 8
		var levelFlags uint32
		switch {
		case s.strategy >= zStratHuffman || s.level < 2:
			levelFlags = 0
		case s.level < 6:
			levelFlags = 1
		case s.level == 6:
			levelFlags = 2
		default:
			levelFlags = 3
		}
		header |= levelFlags << 6
		if s.strstart != 0 {
			header |= 0x20
		}
		header += 31 - header%31
		s.putShortMSB(header)
		if s.strstart != 0 {
			s.putShortMSB(s.adler >> 16)
			s.putShortMSB(s.adler & 0xffff)
		}
		s.adler = 1
		s.status = zdBusyState
		s.flushPending()
		if s.pending() != 0 {
			s.lastFlush = -1
			return zOK
		}
	}
	if s.status == zdGzipState {
		s.adler = 0
		xfl := byte(0)
		if s.level == 9 {
			xfl = 2
		} else if s.strategy >= zStratHuffman || s.level < 2 {
			xfl = 4
		}
		s.pend = append(s.pend, 31, 139, 8, 0, 0, 0, 0, 0, xfl, 3)
		s.status = zdBusyState
		s.flushPending()
		if s.pending() != 0 {
			s.lastFlush = -1
			return zOK
		}
	}
	if len(s.in) != 0 || s.lookahead != 0 || (flush != zNoFlush && s.status != zdFinishState) {
		var bstate int
		switch {
		case s.level == 0:
			bstate = s.deflateStored(flush)
		case s.strategy == zStratHuffman:
			bstate = s.deflateHuff(flush)
		case s.strategy == zStratRLE:
			bstate = s.deflateRLE(flush)
		case zdConfigTable[s.level].fn == zdFnFast:
			bstate = s.deflateFast(flush)
		default:
			bstate = s.deflateSlow(flush)
		}
		if bstate == zdFinishStarted || bstate == zdFinishDone {
			s.status = zdFinishState
		}
		if bstate == zdNeedMore || bstate == zdFinishStarted {
			if s.availOut == 0 {
				s.lastFlush = -1
			}
			return zOK
		}
		if bstate == zdBlockDone {
			if flush == zPartialFlush {
				s.align()
			} else if flush != zBlock {
				s.storedBlock(nil, 0)
				if flush == zFullFlush {
					s.clearHash()
					if s.lookahead == 0 {
						s.strstart, s.blockStart, s.insert = 0, 0, 0
					}
				}
			}
			s.flushPending()
			if s.availOut == 0 {
				s.lastFlush = -1
				return zOK
			}
		}
	}
	if flush != zFinish {
		return zOK
	}
	if s.wrap <= 0 {
		return zStreamEnd
	}
	if s.wrap == 2 {
		var b [8]byte
		binary.LittleEndian.PutUint32(b[:], s.adler)
		binary.LittleEndian.PutUint32(b[4:], s.totalIn)
		s.pend = append(s.pend, b[:]...)
	} else {
		s.putShortMSB(s.adler >> 16)
		s.putShortMSB(s.adler & 0xffff)
	}
	s.flushPending()
	if s.wrap > 0 {
		s.wrap = -s.wrap
	}
	if s.pending() != 0 {
		return zOK
	}
	return zStreamEnd
}

// setDictionary is deflateSetDictionary; it returns Z_OK or
// Z_STREAM_ERROR.
func (s *zdef) setDictionary(dict []byte) int {
	wrap := s.wrap
	if wrap == 2 || (wrap == 1 && s.status != zdInitState) || s.lookahead != 0 {
		return zStreamError
	}
	if wrap == 1 {
		s.adler = adler32Update(s.adler, dict)
	}
	s.wrap = 0
	if len(dict) >= s.wSize {
		if wrap == 0 {
			s.clearHash()
			s.strstart, s.blockStart, s.insert = 0, 0, 0
		}
		dict = dict[len(dict)-s.wSize:]
	}
	saveBase, saveIn, saveTotal := s.inBase, s.in, s.totalIn
	s.setInput(dict)
	s.fillWindow()
	for s.lookahead >= zdMinMatch {
		str := s.strstart
		for n := s.lookahead - (zdMinMatch - 1); n > 0; n-- {
			s.updateHash(s.window[str+zdMinMatch-1])
			s.prev[str&s.wMask] = s.head[s.insH]
			s.head[s.insH] = uint16(str)
			str++
		}
		s.strstart = str
		s.lookahead = zdMinMatch - 1
		s.fillWindow()
	}
	s.strstart += s.lookahead
	s.blockStart = s.strstart
	s.insert = s.lookahead
	s.lookahead = 0
	s.matchLength, s.prevLength = zdMinMatch-1, zdMinMatch-1
	s.matchAvailable = false
	s.inBase, s.in = saveBase, saveIn
	// read_buf counted the dictionary in total_in; only gzip streams
	// (which take no dictionary) write total_in out.
	s.totalIn = saveTotal
	s.wrap = wrap
	return zOK
}

// zdBlockSizes is CPython's output buffer growth (the sizes of the blocks
// of its _BlocksOutputBuffer): each deflate() call sees the room left in
// the current block as avail_out.
var zdBlockSizes = [...]int{32 << 10, 64 << 10, 256 << 10, 1 << 20, 4 << 20, 8 << 20, 16 << 20, 16 << 20,
	32 << 20, 32 << 20, 32 << 20, 32 << 20, 64 << 20, 64 << 20, 128 << 20, 128 << 20, 256 << 20}

// pyCall runs deflate(flush) over input as one call of CPython's module
// does (compress(), Compress.compress() or Compress.flush()): the output
// buffer starts with one block and grows by the next block size while
// deflate() fills it. It returns the bytes produced and deflate()'s last
// result.
func (s *zdef) pyCall(input []byte, flush int) ([]byte, int) {
	s.setInput(input)
	s.out = make([]byte, 0, min(zdBlockSizes[0], len(input)+64))
	s.availOut = zdBlockSizes[0]
	blocks := 1
	var err int
	for {
		if s.availOut == 0 {
			s.availOut = zdBlockSizes[min(blocks, len(zdBlockSizes)-1)]
			blocks++
		}
		err = s.deflate(flush)
		if err == zStreamError || s.availOut != 0 {
			break
		}
	}
	out := s.out
	s.out = nil
	s.in, s.inBase = nil, nil
	return out, err
}
