package runtime

import (
	"math/big"
	"strings"
)

// CPython's TextIOWrapper.tell() cookies in universal-newline mode. When the
// position follows a '\r' whose meaning depends on the next byte, CPython's
// incremental newline decoder holds that '\r' back, and tell() encodes the
// decoder state in the cookie:
//
//	start_pos | dec_flags<<64 | bytes_to_feed<<96 | chars_to_skip<<128 | need_eof<<160
//
// This file replays CPython's search over the last chunk's bytes (the
// "snapshot") with an emulation of its decoder, so tell() returns the same
// numbers and seek() accepts them.

// cpDecoder emulates IncrementalNewlineDecoder over the native codecs.
type cpDecoder struct {
	x         *textIO
	pendingCR bool
	buf       []byte // incomplete UTF-8 sequence (tcPython: the decoder's buffered bytes)
	seennl    int
	pyFlags   int // tcPython: the decoder's state flags
}

// newCPDecoder starts a replay from the snapshot's state: CPython's
// decoder.setstate((b'', dec_flags)) on the newline decoder.
func (x *textIO) newCPDecoder(t *Thread, flags int) (*cpDecoder, *BaseException) {
	d := &cpDecoder{x: x}
	inner := flags
	if x.readuniversal {
		d.pendingCR = flags&1 != 0
		inner = flags >> 1
	}
	if x.codec == tcPython {
		d.pyFlags = inner
		if _, exc := CallMethod(t, x.decoderObj, ioStrSetstate, []Object{NewTuple(NewBytes(nil), MakeInt(int64(inner)))}, nil); exc != nil {
			return nil, exc
		}
	}
	return d, nil
}

// decode feeds data and returns the number of characters produced.
func (d *cpDecoder) decode(t *Thread, data []byte, final bool) (int, *BaseException) {
	var s string
	switch d.x.codec {
	case tcPython:
		r, exc := CallMethod(t, d.x.decoderObj, ioStrDecode, []Object{NewBytes(data), Bool(final)}, nil)
		if exc != nil {
			return 0, exc
		}
		str, ok := strArgOf(r)
		if !ok {
			return 0, Errorf(TypeErrorType, "decoder should return a string result, not '%s'", TypeOf(r).name)
		}
		s = str.s
		b, fl, exc := d.x.checkDecoderState(t)
		if exc != nil {
			return 0, exc
		}
		d.buf, d.pyFlags = b, fl
	case tcUTF8:
		in := data
		if len(d.buf) > 0 {
			in = append(append([]byte(nil), d.buf...), data...)
		}
		out, n, exc := decodeUTF8(t, in, d.x.errors, final)
		if exc != nil {
			return 0, exc
		}
		d.buf = append(d.buf[:0], in[n:]...)
		s = out
	case tcLatin1:
		s = decodeLatin1(data)
	case tcASCII:
		out, exc := decodeASCII(t, data, d.x.errors)
		if exc != nil {
			return 0, exc
		}
		s = out
	case tcCharmap:
		out, exc := decodeCharmap(t, data, d.x.errors, charmapDecodeTable(d.x.charmap))
		if exc != nil {
			return 0, exc
		}
		s = out
	}
	if d.pendingCR && (s != "" || final) {
		s = "\r" + s
		d.pendingCR = false
	}
	if d.x.readuniversal && !final && strings.HasSuffix(s, "\r") {
		s = s[:len(s)-1]
		d.pendingCR = true
	}
	d.seennl |= scanNewlines(s)
	n := runeCountWTF8(s)
	if d.x.readtranslate {
		n -= strings.Count(s, "\r\n")
	}
	return n, nil
}

func (d *cpDecoder) flags() int {
	f := d.pyFlags
	if !d.x.readuniversal {
		return f
	}
	f <<= 1
	if d.pendingCR {
		f |= 1
	}
	return f
}

// cpCookieCapable reports whether tell()/seek() use the emulation: in
// universal-newline mode, and always for Python decoder objects (whose
// state CPython's cookie carries).
func (x *textIO) cpCookieCapable() bool {
	if x.codec == tcPython {
		return x.decoderObj != nil
	}
	return x.readuniversal
}

// snapPendingCR reports whether the snapshot's decoder held back a '\r'.
func (x *textIO) snapPendingCR() bool {
	return x.readuniversal && x.snapFlags&1 != 0
}

// cpAvail is the number of characters CPython's decoded_chars would hold
// out of s: a trailing '\r' stays in the decoder until the next byte.
func (x *textIO) cpAvail(s string) int {
	if x.readuniversal && !x.atEOF && strings.HasSuffix(s, "\r") {
		s = s[:len(s)-1]
	}
	return x.countChars(s)
}

// noteSnapshot records the state CPython's read_chunk saves.
func (x *textIO) noteSnapshot(prevPendingCR bool, pendingBefore, data []byte, text string, final bool, pyFlags int) {
	if !x.telling {
		return
	}
	x.snapValid = true
	x.snapFlags = pyFlags
	if x.readuniversal {
		x.snapFlags <<= 1
		if prevPendingCR {
			x.snapFlags |= 1
		}
	}
	x.snapInput = append(append(x.snapInput[:0:0], pendingBefore...), data...)
}

// noteRatio records CPython's b2cratio: the bytes per character its
// newline decoder produced for the chunk just read.
func (x *textIO) noteRatio(prevPendingCR bool, data []byte, text string, final bool) {
	cp := text
	if prevPendingCR && x.readuniversal {
		cp = "\r" + cp
	}
	if !final && x.readuniversal && strings.HasSuffix(cp, "\r") {
		cp = cp[:len(cp)-1]
	}
	n := runeCountWTF8(cp)
	if x.readtranslate {
		n -= strings.Count(cp, "\r\n")
	}
	if n > 0 {
		x.b2cratio = float64(len(data)) / float64(n)
	} else {
		x.b2cratio = 0
	}
}

func buildCookie(startPos int64, decFlags, bytesToFeed, charsToSkip, needEOF int) Object {
	if decFlags == 0 && bytesToFeed == 0 && charsToSkip == 0 && needEOF == 0 {
		return MakeInt(startPos)
	}
	c := new(big.Int).SetUint64(uint64(needEOF))
	c.Lsh(c, 32).Or(c, new(big.Int).SetUint64(uint64(uint32(charsToSkip))))
	c.Lsh(c, 32).Or(c, new(big.Int).SetUint64(uint64(uint32(bytesToFeed))))
	c.Lsh(c, 32).Or(c, new(big.Int).SetUint64(uint64(uint32(decFlags))))
	c.Lsh(c, 64).Or(c, new(big.Int).SetUint64(uint64(startPos)))
	return NewBigInt(c)
}

// cpTell computes CPython's cookie for the current position; bufPos is the
// buffer's position (after flushing).
func (x *textIO) cpTell(t *Thread, bufPos int64) (Object, *BaseException) {
	if !x.snapValid {
		return MakeInt(bufPos), nil
	}
	input := x.snapInput
	startPos := bufPos - int64(len(input))
	decFlags := x.snapFlags
	used := 0
	if x.decPos > x.cpStart {
		used = x.countChars(x.dec[x.cpStart:x.decPos])
	}
	if used == 0 {
		return buildCookie(startPos, decFlags, 0, 0, 0), nil
	}
	// The replay starts from a reset decoder (which clears the newline
	// record) when the snapshot is at the stream's start.
	resets := startPos == 0 && decFlags == 0
	if x.codec == tcPython {
		// The replay runs the decoder itself: restore its state after.
		saved, exc := CallMethod(t, x.decoderObj, ioStrGetstate, nil, nil)
		if exc != nil {
			return nil, exc
		}
		defer CallMethod(t, x.decoderObj, ioStrSetstate, []Object{saved}, nil)
	}
	snapFlags := x.snapFlags
	fresh := func() (*cpDecoder, *BaseException) { return x.newCPDecoder(t, snapFlags) }
	charsToSkip := used
	skipBytes := int(x.b2cratio * float64(charsToSkip))
	skipBack := 1
	var d *cpDecoder
	var exc *BaseException
	for skipBytes > 0 {
		if d, exc = fresh(); exc != nil {
			return nil, exc
		}
		n, exc := d.decode(t, input[:min(skipBytes, len(input))], false)
		if exc != nil {
			return nil, exc
		}
		if n <= charsToSkip {
			if len(d.buf) == 0 {
				decFlags = d.flags()
				charsToSkip -= n
				break
			}
			skipBytes -= len(d.buf)
			skipBack = 1
		} else {
			skipBytes -= skipBack
			skipBack *= 2
		}
	}
	if skipBytes <= 0 {
		skipBytes = 0
		if d, exc = fresh(); exc != nil {
			return nil, exc
		}
	}
	startPos += int64(skipBytes)
	bytesToFeed, needEOF := 0, 0
	if charsToSkip != 0 {
		charsDecoded := 0
		i := skipBytes
		for i < len(input) {
			n, exc := d.decode(t, input[i:i+1], false)
			if exc != nil {
				return nil, exc
			}
			charsDecoded += n
			bytesToFeed++
			if len(d.buf) == 0 && charsDecoded <= charsToSkip {
				startPos += int64(bytesToFeed)
				charsToSkip -= charsDecoded
				decFlags = d.flags()
				bytesToFeed = 0
				charsDecoded = 0
			}
			if charsDecoded >= charsToSkip {
				break
			}
			i++
		}
		if i >= len(input) {
			n, exc := d.decode(t, nil, true)
			if exc != nil {
				return nil, exc
			}
			charsDecoded += n
			needEOF = 1
			if charsDecoded < charsToSkip {
				return nil, NewError(OSErrorType, "can't reconstruct logical file position")
			}
		}
	}
	if resets {
		x.seennl = d.seennl
	}
	return buildCookie(startPos, decFlags, bytesToFeed, charsToSkip, needEOF), nil
}

type textCookie struct {
	startPos    int64
	decFlags    int
	bytesToFeed int
	charsToSkip int
	needEOF     bool
}

func parseCookie(o Object) textCookie {
	b := toBig(o)
	mask := func(bits uint) *big.Int {
		return new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), bits), big.NewInt(1))
	}
	get := func(shift, bits uint) uint64 {
		v := new(big.Int).Rsh(b, shift)
		return v.And(v, mask(bits)).Uint64()
	}
	return textCookie{
		startPos:    int64(get(0, 64)),
		decFlags:    int(int32(get(64, 32))),
		bytesToFeed: int(int32(get(96, 32))),
		charsToSkip: int(int32(get(128, 32))),
		needEOF:     get(160, 8) != 0,
	}
}

// cpSeekState restores the decoder after the buffer was positioned at
// c.startPos: a held-back '\r', then the bytes to feed and characters to
// skip.
func (x *textIO) cpSeekState(t *Thread, c textCookie) *BaseException {
	if x.codec == tcPython && (c.startPos != 0 || c.decFlags != 0 || c.bytesToFeed != 0 || c.charsToSkip != 0 || c.needEOF) {
		if _, exc := x.newCPDecoder(t, c.decFlags); exc != nil {
			return exc
		}
	}
	if c.decFlags&1 != 0 && x.readuniversal {
		x.dec = "\r"
		x.lastCR = true
	}
	x.cpStart = 0
	x.chunkStart = 0
	if c.charsToSkip == 0 {
		x.snapValid, x.snapFlags, x.snapInput = true, c.decFlags, []byte{}
		return nil
	}
	data, exc := x.readExactly(t, c.bytesToFeed)
	if exc != nil {
		return exc
	}
	x.snapValid, x.snapFlags, x.snapInput = true, c.decFlags, append([]byte(nil), data...)
	s, exc := x.decodeChunk(t, data, c.needEOF)
	if exc != nil {
		return exc
	}
	x.noteNewlines(s, c.needEOF)
	x.dec += s
	x.atEOF = c.needEOF
	if x.countChars(x.dec) < c.charsToSkip {
		return NewError(OSErrorType, "can't restore logical file position")
	}
	x.decPos = x.cutChars(x.dec, c.charsToSkip)
	return nil
}

// readExactly is buffer.read(n).
func (x *textIO) readExactly(t *Thread, n int) ([]byte, *BaseException) {
	r, exc := CallMethod(t, x.buffer, ioStrRead, []Object{MakeInt(int64(n))}, nil)
	if exc != nil {
		return nil, exc
	}
	b, ok, exc := bytesOf(t, r)
	if exc != nil {
		return nil, exc
	}
	if !ok {
		return nil, Errorf(TypeErrorType, "underlying read() should have returned a bytes object, not '%s'", TypeOf(r).name)
	}
	return b, nil
}
