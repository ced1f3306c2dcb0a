package runtime

import (
	"strings"
	"sync"
	"sync/atomic"
)

// textIO is the state of _io.TextIOWrapper. Decoded text is kept
// untranslated (dec[decPos:] is what has not been handed out yet), so that
// tell() can compute a byte position exactly for the stateless codecs;
// universal-newline translation happens as text is returned. UTF-8, Latin-1
// and ASCII are decoded natively; any other encoding goes through the
// codec's incremental encoder/decoder objects.
type textIO struct {
	mu             sync.Mutex
	owner          atomic.Pointer[Thread]
	ok             bool
	detached       bool
	buffer         Object
	bufN           *bufferedIO
	encoding       Object
	errors         string
	codec          int
	encoderObj     Object
	decoderObj     Object
	readable       bool
	writable       bool
	readuniversal  bool
	readtranslate  bool
	writetranslate bool
	readnl         string
	writenl        string
	lineBuffering  bool
	writeThrough   bool
	seekable       bool
	telling        bool
	hasRead1       bool
	dec            string
	decPos         int
	pending        []byte
	atEOF          bool
	seennl         int
	lastCR         bool
	wbuf           []byte
	chunkSize      int
	dirty          bool   // registered in dirtyText (guarded by mu)
	charmap        string // tcCharmap: the built-in table's name
	self           selfRef
	path           string
	chunkStart     int
	// chunksSinceZero counts the chunks read since the stream was at byte
	// 0 (-1: not known to have started there); CPython's tell() resets the
	// newline record only when the current chunk starts at byte 0.
	chunksSinceZero int
	// CPython's snapshot of the last chunk, for tell() (io_textcookie.go).
	snapValid bool
	snapFlags int
	snapInput []byte
	b2cratio  float64
	cpStart   int
}

func (x *textIO) setSelf(in *Instance) {
	x.self = makeSelfRef(in)
	addFileCleanup(in, x)
}

const (
	tcUTF8 = iota
	tcLatin1
	tcASCII
	tcCharmap
	tcPython
)

// TextIOWrapperType is _io.TextIOWrapper.
var TextIOWrapperType = newIOType("TextIOWrapper", TextIOBaseType)

// Type implements Object.
func (*textIO) Type() *Type { return TextIOWrapperType }

func nativeTextCodec(name string) (int, bool) {
	switch normalizeCodecName(name) {
	case "utf_8", "utf8", "u8", "utf", "cp65001", "utf8_ucs2", "utf8_ucs4":
		return tcUTF8, true
	case "latin_1", "latin1", "latin", "l1", "iso8859_1", "iso_8859_1", "8859", "cp819", "iso_ir_100", "iso_8859_1_1987", "ibm819", "csisolatin1":
		return tcLatin1, true
	case "ascii", "us_ascii", "646", "us", "cp367", "csascii", "ibm367", "iso646_us", "iso_ir_6", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "iso_646.irv_1991":
		return tcASCII, true
	}
	return 0, false
}

func (x *textIO) lock(t *Thread, self Object) *BaseException {
	if t != nil && x.owner.Load() == t {
		return Errorf(RuntimeErrorType, "reentrant call inside %s", ioReprOrName(self))
	}
	x.mu.Lock()
	x.owner.Store(t)
	return nil
}

func (x *textIO) unlock() {
	x.owner.Store(nil)
	x.mu.Unlock()
}

func (x *textIO) checkAttached() *BaseException {
	if !x.ok {
		if x.detached {
			return NewError(ValueErrorType, "underlying buffer has been detached")
		}
		return NewError(ValueErrorType, "I/O operation on uninitialized object")
	}
	return nil
}

// checkInitialized is CHECK_INITIALIZED: __init__ succeeded (the buffer
// may have been detached since).
func (x *textIO) checkInitialized() *BaseException {
	if !x.ok && !x.detached {
		return NewError(ValueErrorType, "I/O operation on uninitialized object")
	}
	return nil
}

func (x *textIO) isClosed(t *Thread) (bool, *BaseException) {
	if x.bufN != nil && x.bufN.rawF != nil {
		return x.bufN.rawF.fd < 0, nil
	}
	return ioGetBool(t, x.buffer, ioStrClosed)
}

func (x *textIO) checkClosed(t *Thread) *BaseException {
	c, exc := x.isClosed(t)
	if exc != nil {
		return exc
	}
	if c {
		return NewError(ValueErrorType, "I/O operation on closed file.")
	}
	return nil
}

// ---- decoding ----

func (x *textIO) decodeChunk(t *Thread, data []byte, final bool) (string, *BaseException) {
	switch x.codec {
	case tcUTF8:
		in := data
		if len(x.pending) > 0 {
			in = append(x.pending, data...)
			x.pending = nil
		}
		s, n, exc := decodeUTF8(t, in, x.errors, final)
		if exc != nil {
			return "", exc
		}
		if n < len(in) {
			x.pending = append([]byte(nil), in[n:]...)
		}
		return s, nil
	case tcLatin1:
		return decodeLatin1(data), nil
	case tcASCII:
		return decodeASCII(t, data, x.errors)
	case tcCharmap:
		return decodeCharmap(t, data, x.errors, charmapDecodeTable(x.charmap))
	}
	r, exc := CallMethod(t, x.decoderObj, ioStrDecode, []Object{NewBytes(data), Bool(final)}, nil)
	if exc != nil {
		return "", exc
	}
	s, ok := strArgOf(r)
	if !ok {
		return "", Errorf(TypeErrorType, "decoder should return a string result, not '%s'", TypeOf(r).name)
	}
	return s.s, nil
}

// noteNewlines records the newline kinds of freshly decoded text (a
// trailing \r is held back until the next chunk shows whether \n follows).
func (x *textIO) noteNewlines(s string, final bool) {
	if !x.readuniversal {
		return
	}
	if x.lastCR {
		if s == "" && !final {
			return
		}
		x.lastCR = false
		if strings.HasPrefix(s, "\n") {
			x.seennl |= seenCRLF
			s = s[1:]
		} else {
			x.seennl |= seenCR
		}
	}
	if !final && strings.HasSuffix(s, "\r") {
		s = s[:len(s)-1]
		x.lastCR = true
	}
	x.seennl |= scanNewlines(s)
}

// readBufferChunk reads at most one chunk of bytes from the buffer.
func (x *textIO) readBufferChunk(t *Thread, size int) ([]byte, bool, *BaseException) {
	if b := x.bufN; b != nil && TypeOf(x.buffer).builtin {
		if exc := b.checkInit(); exc != nil {
			return nil, false, exc
		}
		if exc := b.checkClosed(t, "read of closed file", true); exc != nil {
			return nil, false, exc
		}
		if exc := b.lock(t, x.buffer); exc != nil {
			return nil, false, exc
		}
		data, exc := b.read1(t, size)
		b.unlock()
		if exc != nil {
			return nil, false, exc
		}
		if data == nil {
			return nil, true, nil
		}
		return data, false, nil
	}
	meth := ioStrRead
	if x.hasRead1 {
		meth = ioStrRead1
	}
	r, exc := CallMethod(t, x.buffer, meth, []Object{MakeInt(int64(size))}, nil)
	if exc != nil {
		return nil, false, exc
	}
	if r == None {
		return nil, true, nil
	}
	data, ok, exc := bytesOf(t, r)
	if exc != nil {
		return nil, false, exc
	}
	if !ok {
		return nil, false, Errorf(TypeErrorType, "underlying %s() should have returned a bytes-like object, not '%s'", meth.s, TypeOf(r).name)
	}
	return data, false, nil
}

// checkDecoderState is what CPython's read_chunk checks of a Python
// decoder's getstate() before it reads (for tell()): a (bytes, int) pair.
// It returns the state's buffered bytes and flags.
func (x *textIO) checkDecoderState(t *Thread) ([]byte, int, *BaseException) {
	st, exc := CallMethod(t, x.decoderObj, ioStrGetstate, nil, nil)
	if exc != nil {
		return nil, 0, exc
	}
	tup, ok := Unwrap(st).(*Tuple)
	if !ok {
		return nil, 0, NewError(TypeErrorType, "illegal decoder state")
	}
	if len(tup.items) != 2 {
		return nil, 0, NewError(TypeErrorType, "illegal decoder state")
	}
	b, ok := Unwrap(tup.items[0]).(*Bytes)
	if !ok {
		return nil, 0, Errorf(TypeErrorType, "illegal decoder state: the first item should be a bytes object, not '%s'", TypeOf(tup.items[0]).name)
	}
	flags, exc := ioIntArg(t, tup.items[1])
	if exc != nil {
		return nil, 0, exc
	}
	return append([]byte(nil), b.b...), int(flags), nil
}

// readChunk decodes one more chunk onto dec; it reports false at EOF.
// sizeHint (> 0) is the number of characters read() still needs: CPython
// then reads up to b2cratio times as many bytes as that, if more than a chunk.
func (x *textIO) readChunk(t *Thread, sizeHint int) (bool, *BaseException) {
	var pyState []byte
	pyFlags := 0
	if x.telling && x.codec == tcPython && x.decoderObj != nil {
		st, fl, exc := x.checkDecoderState(t)
		if exc != nil {
			return false, exc
		}
		pyState, pyFlags = st, fl
	}
	size := x.chunkSize
	if sizeHint > 0 {
		size = max(size, int(max(x.b2cratio, 1.0)*float64(sizeHint)))
	}
	data, blocked, exc := x.readBufferChunk(t, size)
	if exc != nil {
		return false, exc
	}
	if blocked {
		return false, nil
	}
	final := len(data) == 0
	prevCR := x.lastCR
	pendingBefore := append([]byte(nil), x.pending...)
	if x.codec == tcPython {
		pendingBefore = pyState
	}
	s, exc := x.decodeChunk(t, data, final)
	if exc != nil {
		return false, exc
	}
	x.noteNewlines(s, final)
	if x.telling {
		x.noteSnapshot(prevCR, pendingBefore, data, s, final, pyFlags)
	} else {
		x.snapValid = false
	}
	x.noteRatio(prevCR, data, s, final)
	if x.decPos > 0 {
		x.dec = x.dec[x.decPos:]
		x.decPos = 0
	}
	x.chunkStart = len(x.dec)
	x.cpStart = x.chunkStart
	if x.snapPendingCR() && x.cpStart > 0 {
		x.cpStart--
	}
	if x.chunksSinceZero >= 0 {
		x.chunksSinceZero++
	}
	if s != "" {
		x.dec += s
	}
	x.atEOF = final
	return !final || s != "", nil
}

func (x *textIO) clearDecoded() {
	x.dec, x.decPos, x.pending, x.lastCR, x.chunkStart = "", 0, nil, false, 0
	x.cpStart, x.atEOF, x.snapValid = 0, false, false
}

func (x *textIO) resetDecoder(t *Thread) *BaseException {
	x.pending = nil
	if x.decoderObj != nil {
		_, exc := CallMethod(t, x.decoderObj, ioStrReset, nil, nil)
		return exc
	}
	return nil
}

func (x *textIO) out(s string) string {
	if x.readtranslate {
		return translateNewlines(s)
	}
	return s
}

// cutChars returns the byte offset after n output characters of s (a
// \r\n pair counts as one when translating).
func (x *textIO) cutChars(s string, n int) int {
	if !x.readtranslate && isASCIIString(s) {
		return min(n, len(s))
	}
	i := 0
	for ; n > 0 && i < len(s); n-- {
		c := s[i]
		switch {
		case c == '\r' && x.readtranslate && i+1 < len(s) && s[i+1] == '\n':
			i += 2
		case c < 0x80:
			i++
		default:
			i += wtf8Offset(s[i:], 1)
		}
	}
	return i
}

func (x *textIO) countChars(s string) int {
	if !x.readtranslate {
		if isASCIIString(s) {
			return len(s)
		}
		return runeCountWTF8(s)
	}
	n := runeCountWTF8(s)
	return n - strings.Count(s, "\r\n")
}

// read returns n characters (n < 0: to EOF).
func (x *textIO) read(t *Thread, n int) (string, *BaseException) {
	if n < 0 {
		var data []byte
		if x.bufN != nil && TypeOf(x.buffer).builtin {
			b := x.bufN
			if exc := b.checkInit(); exc != nil {
				return "", exc
			}
			if exc := b.lock(t, x.buffer); exc != nil {
				return "", exc
			}
			d, exc := b.read(t, -1)
			b.unlock()
			if exc != nil {
				return "", exc
			}
			data = d
		} else {
			r, exc := CallMethod(t, x.buffer, ioStrRead, nil, nil)
			if exc != nil {
				return "", exc
			}
			if r != None {
				d, ok, exc := bytesOf(t, r)
				if exc != nil {
					return "", exc
				}
				if !ok {
					return "", Errorf(TypeErrorType, "underlying read() should have returned a bytes object, not '%s'", TypeOf(r).name)
				}
				data = d
			}
		}
		s, exc := x.decodeChunk(t, data, true)
		if exc != nil {
			return "", exc
		}
		x.noteNewlines(s, true)
		text := x.dec[x.decPos:] + s
		x.dec, x.decPos = "", 0
		x.snapValid, x.cpStart, x.chunkStart = false, 0, 0
		return x.out(text), nil
	}
	for {
		avail := x.dec[x.decPos:]
		have := x.cpAvail(avail)
		if have >= n {
			break
		}
		more, exc := x.readChunk(t, n-have)
		if exc != nil {
			return "", exc
		}
		if !more {
			break
		}
	}
	avail := x.dec[x.decPos:]
	k := x.cutChars(avail, n)
	x.decPos += k
	return x.out(avail[:k]), nil
}

// findLineEnd returns the byte offset just past the first line ending of
// s, or -1; needMore reports a \r at the very end whose meaning depends on
// the next character.
func (x *textIO) findLineEnd(s string) (int, bool) {
	if x.readuniversal {
		i := strings.IndexAny(s, "\r\n")
		switch {
		case i < 0:
			return -1, false
		case s[i] == '\n':
			return i + 1, false
		case i+1 < len(s):
			if s[i+1] == '\n' {
				return i + 2, false
			}
			return i + 1, false
		}
		return -1, true
	}
	if i := strings.Index(s, x.readnl); i >= 0 {
		return i + len(x.readnl), false
	}
	return -1, false
}

// readline returns the next line (limit < 0: no limit), "" at EOF.
func (x *textIO) readline(t *Thread, limit int) (string, *BaseException) {
	for {
		avail := x.dec[x.decPos:]
		end, needMore := x.findLineEnd(avail)
		if needMore && limit >= 0 && x.countChars(avail[:len(avail)-1]) >= limit {
			end, needMore = x.cutChars(avail, limit), false
		}
		if !needMore {
			if limit >= 0 {
				if end >= 0 {
					end = x.cutChars(avail[:end], limit)
				} else if x.countChars(avail) >= limit {
					end = x.cutChars(avail, limit)
				}
			}
			if end >= 0 {
				x.decPos += end
				return x.out(avail[:end]), nil
			}
		}
		more, exc := x.readChunk(t, 0)
		if exc != nil {
			return "", exc
		}
		if !more {
			avail = x.dec[x.decPos:]
			end = len(avail)
			if limit >= 0 {
				end = x.cutChars(avail, limit)
			}
			x.decPos += end
			return x.out(avail[:end]), nil
		}
	}
}

// ---- encoding and writing ----

func (x *textIO) encode(t *Thread, s *Str) ([]byte, *BaseException) {
	switch x.codec {
	case tcUTF8:
		return encodeUTF8(t, s, x.errors)
	case tcLatin1:
		return encodeLatin1(t, s, x.errors)
	case tcASCII:
		return encodeASCII(t, s, x.errors)
	case tcCharmap:
		return encodeWithTable(t, s, x.errors, charmapEncodeMap(x.charmap))
	}
	r, exc := CallMethod(t, x.encoderObj, ioStrEncode, []Object{s}, nil)
	if exc != nil {
		return nil, exc
	}
	b, ok, exc := bytesOf(t, r)
	if exc != nil {
		return nil, exc
	}
	if !ok {
		return nil, Errorf(TypeErrorType, "encoder should return a bytes object, not '%s'", TypeOf(r).name)
	}
	return b, nil
}

func (x *textIO) bufferWrite(t *Thread, data []byte) *BaseException {
	if b := x.bufN; b != nil && TypeOf(x.buffer).builtin {
		if exc := b.checkInit(); exc != nil {
			return exc
		}
		if exc := b.checkClosed(t, "write to closed file", false); exc != nil {
			return exc
		}
		if exc := b.lock(t, x.buffer); exc != nil {
			return exc
		}
		exc := b.write(t, data)
		b.unlock()
		return exc
	}
	_, exc := CallMethod(t, x.buffer, ioStrWrite, []Object{NewBytes(data)}, nil)
	return exc
}

func (x *textIO) flushPending(t *Thread) *BaseException {
	if len(x.wbuf) == 0 {
		return nil
	}
	data := x.wbuf
	x.wbuf = nil
	return x.bufferWrite(t, data)
}

func (x *textIO) bufferFlush(t *Thread) *BaseException {
	_, exc := CallMethod(t, x.buffer, ioStrFlush, nil, nil)
	return exc
}

func (x *textIO) write(t *Thread, s *Str) *BaseException {
	text := s.s
	haslf := false
	if (x.writetranslate && x.writenl != "") || x.lineBuffering {
		haslf = strings.IndexByte(text, '\n') >= 0
	}
	if haslf && x.writetranslate && x.writenl != "" {
		text = strings.ReplaceAll(text, "\n", x.writenl)
		s = NewStr(text)
	}
	needflush := x.lineBuffering && (haslf || strings.IndexByte(text, '\r') >= 0)
	var data []byte
	if x.codec == tcUTF8 && !hasSurrogatesWTF8(text) {
		if len(x.wbuf)+len(text) <= x.chunkSize {
			x.wbuf = append(x.wbuf, text...)
		} else {
			data = []byte(text)
		}
	} else {
		b, exc := x.encode(t, s)
		if exc != nil {
			return exc
		}
		if len(x.wbuf)+len(b) <= x.chunkSize {
			x.wbuf = append(x.wbuf, b...)
		} else {
			data = b
		}
	}
	if data != nil {
		if exc := x.flushPending(t); exc != nil {
			return exc
		}
		x.wbuf = data
	}
	if len(x.wbuf) >= x.chunkSize || needflush || x.writeThrough {
		if exc := x.flushPending(t); exc != nil {
			return exc
		}
	}
	if needflush {
		if exc := x.bufferFlush(t); exc != nil {
			return exc
		}
	}
	if len(x.wbuf) > 0 && !x.dirty {
		x.dirty = true
		markDirtyText(x)
	}
	if x.readable {
		// CPython drops the decoded read-ahead and resets the decoder.
		x.clearDecoded()
		x.seennl = 0
		if exc := x.resetDecoder(t); exc != nil {
			return exc
		}
	}
	return nil
}

// ---- tell / seek ----

func (x *textIO) encodedLen(t *Thread, s string) (int64, *BaseException) {
	switch x.codec {
	case tcUTF8:
		if !hasSurrogatesWTF8(s) {
			return int64(len(s)), nil
		}
		n := int64(0)
		for _, r := range decodeWTF8(s) {
			switch {
			case r >= 0xDC80 && r <= 0xDCFF && x.errors == "surrogateescape":
				n++
			case r < 0x80:
				n++
			case r < 0x800:
				n += 2
			case r < 0x10000:
				n += 3
			default:
				n += 4
			}
		}
		return n, nil
	case tcLatin1, tcASCII, tcCharmap:
		return int64(runeCountWTF8(s)), nil
	}
	info, exc := CodecLookup(t, encodingName(x.encoding))
	if exc != nil {
		return 0, exc
	}
	enc, exc := codecInfoItem(t, info, 0)
	if exc != nil {
		return 0, exc
	}
	r, exc := Call(t, enc, []Object{NewStr(s), NewStr(x.errors)}, nil)
	if exc != nil {
		return 0, exc
	}
	tup, ok := r.(*Tuple)
	if !ok || len(tup.items) != 2 {
		return 0, NewError(TypeErrorType, "encoder must return a tuple (object, integer)")
	}
	b, _, exc := bytesOf(t, tup.items[0])
	if exc != nil {
		return 0, exc
	}
	n := int64(len(b))
	// Do not count a BOM the stateless encode function adds.
	if strings.HasPrefix(normalizeCodecName(encodingName(x.encoding)), "utf_16") && len(b) >= 2 && (b[0] == 0xFF && b[1] == 0xFE || b[0] == 0xFE && b[1] == 0xFF) && normalizeCodecName(encodingName(x.encoding)) == "utf_16" {
		n -= 2
	}
	if normalizeCodecName(encodingName(x.encoding)) == "utf_32" && len(b) >= 4 {
		n -= 4
	}
	return n, nil
}

func encodingName(o Object) string {
	if s, ok := strArgOf(o); ok {
		return s.s
	}
	return "utf-8"
}

func (x *textIO) tell(t *Thread) (Object, *BaseException) {
	pos, exc := x.tellPos(t)
	if exc != nil {
		return nil, exc
	}
	if x.cpCookieCapable() {
		return x.cpTell(t, pos)
	}
	return x.plainTell(t, pos)
}

// tellPos flushes and returns the buffer's position.
func (x *textIO) tellPos(t *Thread) (int64, *BaseException) {
	if !x.seekable {
		return 0, ioUnsupported("underlying stream is not seekable")
	}
	if !x.telling {
		return 0, NewError(OSErrorType, "telling position disabled by next() call")
	}
	if exc := x.flushPending(t); exc != nil {
		return 0, exc
	}
	if exc := x.bufferFlush(t); exc != nil {
		return 0, exc
	}
	r, exc := CallMethod(t, x.buffer, ioStrTell, nil, nil)
	if exc != nil {
		return 0, exc
	}
	return ioIntArg(t, r)
}

// plainTell is tell() for the codecs run through Python decoder objects:
// the buffer position less what is decoded but not yet returned.
func (x *textIO) plainTell(t *Thread, pos int64) (Object, *BaseException) {
	rest := x.dec[x.decPos:]
	if rest == "" && len(x.pending) == 0 && x.decoderObj == nil {
		return MakeInt(pos), nil
	}
	pos -= int64(len(x.pending))
	if x.decoderObj != nil {
		if st, exc := CallMethod(t, x.decoderObj, ioStrGetstate, nil, nil); exc == nil {
			if tup, ok := st.(*Tuple); ok && len(tup.items) == 2 {
				if b, ok, _ := bytesOf(t, tup.items[0]); ok {
					pos -= int64(len(b))
				}
			}
		}
	}
	if rest != "" {
		n, exc := x.encodedLen(t, rest)
		if exc != nil {
			return nil, exc
		}
		pos -= n
	}
	return MakeInt(pos), nil
}

func (x *textIO) resetEncoder(t *Thread, pos int64) *BaseException {
	if x.encoderObj == nil {
		return nil
	}
	if pos != 0 {
		_, exc := CallMethod(t, x.encoderObj, ioStrSetstate, []Object{MakeInt(0)}, nil)
		return exc
	}
	_, exc := CallMethod(t, x.encoderObj, ioStrReset, nil, nil)
	return exc
}

func (x *textIO) seek(t *Thread, cookieObj Object, whence int64) (Object, *BaseException) {
	if !x.seekable {
		return nil, ioUnsupported("underlying stream is not seekable")
	}
	switch whence {
	case 1:
		if intSign(cookieObj) != 0 {
			return nil, ioUnsupported("can't do nonzero cur-relative seeks")
		}
		c, exc := x.tell(t)
		if exc != nil {
			return nil, exc
		}
		cookieObj = c
	case 2:
		if intSign(cookieObj) != 0 {
			return nil, ioUnsupported("can't do nonzero end-relative seeks")
		}
		if exc := x.flushPending(t); exc != nil {
			return nil, exc
		}
		if exc := x.bufferFlush(t); exc != nil {
			return nil, exc
		}
		x.clearDecoded()
		if exc := x.resetDecoder(t); exc != nil {
			return nil, exc
		}
		x.seennl, x.chunksSinceZero = 0, -1
		r, exc := CallMethod(t, x.buffer, ioStrSeek, []Object{MakeInt(0), MakeInt(2)}, nil)
		if exc != nil {
			return nil, exc
		}
		pos, exc := ioIntArg(t, r)
		if exc != nil {
			return nil, exc
		}
		if exc := x.resetEncoder(t, pos); exc != nil {
			return nil, exc
		}
		return r, nil
	case 0:
	default:
		return nil, Errorf(ValueErrorType, "invalid whence (%d, should be 0, 1 or 2)", whence)
	}
	if intSign(cookieObj) < 0 {
		r, _ := Repr(t, cookieObj)
		return nil, Errorf(ValueErrorType, "negative seek position %s", r.s)
	}
	if exc := x.flushPending(t); exc != nil {
		return nil, exc
	}
	if exc := x.bufferFlush(t); exc != nil {
		return nil, exc
	}
	c := parseCookie(cookieObj)
	if _, exc := CallMethod(t, x.buffer, ioStrSeek, []Object{MakeInt(c.startPos)}, nil); exc != nil {
		return nil, exc
	}
	x.clearDecoded()
	if c.startPos == 0 && c.decFlags == 0 {
		// The decoder is reset (not just given a state) at the start.
		x.seennl, x.chunksSinceZero = 0, 0
	} else {
		x.chunksSinceZero = -1
	}
	if exc := x.resetDecoder(t); exc != nil {
		return nil, exc
	}
	if x.cpCookieCapable() {
		if exc := x.cpSeekState(t, c); exc != nil {
			return nil, exc
		}
	}
	if exc := x.resetEncoder(t, c.startPos); exc != nil {
		return nil, exc
	}
	return cookieObj, nil
}

// ---- construction ----

func textIOInit(t *Thread, x *textIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
	var buffer, encoding, errors, newline, lineBuffering, writeThrough Object = nil, None, None, None, False, False
	for _, k := range kw {
		switch k.s {
		case "buffer", "encoding", "errors", "newline", "line_buffering", "write_through":
		default:
			return nil, Errorf(TypeErrorType, "'%s' is an invalid keyword argument for TextIOWrapper()", k.s)
		}
	}
	if exc := ParseArgs("TextIOWrapper", args, kw, []string{"buffer", "encoding?", "errors?", "newline?", "line_buffering?", "write_through?"},
		&buffer, &encoding, &errors, &newline, &lineBuffering, &writeThrough); exc != nil {
		return nil, exc
	}
	x.ok = false
	x.detached = false
	for _, p := range []struct {
		name string
		v    Object
	}{{"encoding", encoding}, {"errors", errors}, {"newline", newline}} {
		if p.v != None {
			if _, ok := strArgOf(p.v); !ok {
				return nil, Errorf(TypeErrorType, "TextIOWrapper() argument '%s' must be str or None, not %s", p.name, TypeOf(p.v).name)
			}
		}
	}
	encName := "UTF-8"
	if s, ok := strArgOf(encoding); ok && s.s != "locale" {
		encName = s.s
		if strings.IndexByte(encName, 0) >= 0 {
			return nil, NewError(ValueErrorType, "embedded null character")
		}
	}
	errName := "strict"
	if s, ok := strArgOf(errors); ok {
		errName = s.s
		// CPython passes the name on as a C string.
		if exc := codecNameCheck(errName); exc != nil {
			return nil, exc
		}
		if strings.IndexByte(errName, 0) >= 0 {
			return nil, NewError(ValueErrorType, "embedded null character")
		}
		if exc := devCheckErrors(errName); exc != nil {
			return nil, exc
		}
	}
	if encoding == None && flagWarnDefaultEncoding.Load() {
		if exc := warnCategory(t, EncodingWarningType, "'encoding' argument not specified", 1); exc != nil {
			return nil, exc
		}
	}
	hasNL := false
	nl := ""
	if s, ok := strArgOf(newline); ok {
		if exc := codecNameCheck(s.s); exc != nil {
			return nil, exc
		}
		if strings.IndexByte(s.s, 0) >= 0 {
			return nil, NewError(ValueErrorType, "embedded null character")
		}
		switch s.s {
		case "", "\n", "\r", "\r\n":
		default:
			return nil, Errorf(ValueErrorType, "illegal newline value: %s", s.s)
		}
		hasNL, nl = true, s.s
	}
	lb, exc := IsTrue(t, lineBuffering)
	if exc != nil {
		return nil, exc
	}
	wt, exc := IsTrue(t, writeThrough)
	if exc != nil {
		return nil, exc
	}
	x.chunkSize = 8192
	x.readuniversal = !hasNL || nl == ""
	x.readtranslate = !hasNL
	x.readnl = ""
	if hasNL && nl != "" {
		x.readnl = nl
	}
	x.writetranslate = !hasNL || nl != ""
	x.writenl = ""
	if !x.readuniversal && x.readnl != "" && x.readnl != "\n" {
		x.writenl = x.readnl
	}
	x.lineBuffering, x.writeThrough = lb, wt
	x.encoding = NewStr(encName)
	x.errors = errName
	x.encoderObj, x.decoderObj = nil, nil
	x.clearDecoded()
	x.wbuf = nil
	x.seennl = 0
	x.chunksSinceZero = 0

	readable, exc := ioCallBool(t, buffer, ioStrReadable)
	if exc != nil {
		return nil, exc
	}
	writable, exc := ioCallBool(t, buffer, ioStrWritable)
	if exc != nil {
		return nil, exc
	}
	if c, ok := nativeTextCodec(encName); ok {
		x.codec = c
	} else if cm, ok := nativeCharmapName(encName); ok {
		x.codec, x.charmap = tcCharmap, cm
	} else {
		info, exc := CodecLookup(t, encName)
		if exc != nil {
			return nil, exc
		}
		if v, exc := GetAttr(t, info, InternStr("_is_text_encoding")); exc == nil {
			if b, _ := IsTrue(t, v); !b {
				return nil, Errorf(LookupErrorType, "'%s' is not a text encoding; use codecs.open() to handle arbitrary codecs", encName)
			}
		}
		x.codec = tcPython
		if readable {
			f, exc := GetAttr(t, info, InternStr("incrementaldecoder"))
			if exc != nil {
				return nil, exc
			}
			d, exc := Call1(t, f, NewStr(errName))
			if exc != nil {
				return nil, exc
			}
			x.decoderObj = d
		}
		if writable {
			f, exc := GetAttr(t, info, InternStr("incrementalencoder"))
			if exc != nil {
				return nil, exc
			}
			e, exc := Call1(t, f, NewStr(errName))
			if exc != nil {
				return nil, exc
			}
			x.encoderObj = e
		}
	}
	x.readable, x.writable = readable, writable
	x.buffer = buffer
	x.bufN = nil
	x.path = ""
	if in, ok := buffer.(*Instance); ok {
		x.bufN, _ = in.base.(*bufferedIO)
		if x.bufN != nil {
			x.path = x.bufN.path
		}
	}
	seekable, exc := ioCallBool(t, buffer, ioStrSeekable)
	if exc != nil {
		return nil, exc
	}
	x.seekable, x.telling = seekable, seekable
	has, exc := HasAttr(t, buffer, ioStrRead1)
	if exc != nil {
		return nil, exc
	}
	x.hasRead1 = has
	x.fixEncoderState(t)
	x.ok = true
	return None, nil
}

// fixEncoderState is _textiowrapper_fix_encoder_state: a stateful encoder
// (one that writes a BOM first) that starts away from the beginning of a
// seekable stream is told it is past its start.
func (x *textIO) fixEncoderState(t *Thread) {
	if x.seekable && x.writable && x.encoderObj != nil {
		if r, exc := CallMethod(t, x.buffer, ioStrTell, nil, nil); exc == nil {
			if p, ok := IntValue(r); ok && p != 0 {
				CallMethod(t, x.encoderObj, ioStrSetstate, []Object{MakeInt(0)}, nil)
			}
		}
	}
}

// defText registers a TextIOWrapper method run with the wrapper attached
// and locked.
func defText(name string, fn func(t *Thread, x *textIO, self Object, args []Object, kw []*Str) (Object, *BaseException)) {
	defIO(TextIOWrapperType, name, func(t *Thread, x *textIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := x.checkAttached(); exc != nil {
			return nil, exc
		}
		if exc := x.lock(t, self); exc != nil {
			return nil, exc
		}
		defer x.unlock()
		return fn(t, x, self, args, kw)
	})
}

func initTextIO() {
	T := TextIOWrapperType
	T.dict.SetStr("__doc__", NewStr("Character and line based layer over a BufferedIOBase object, buffer."))
	DefStatic(T, "__new__", ioNewFn(T, func() Object { return &textIO{chunkSize: 8192} }))
	defIO(T, "__init__", func(t *Thread, x *textIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		return textIOInit(t, x, self, args, kw)
	})
	defText("write", func(t *Thread, x *textIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ioArgs("write", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		s, ok := strArgOf(args[0])
		if !ok {
			return nil, Errorf(TypeErrorType, "write() argument must be str, not %s", TypeOf(args[0]).name)
		}
		if exc := x.checkClosed(t); exc != nil {
			return nil, exc
		}
		if !x.writable {
			return nil, ioUnsupported("not writable")
		}
		if exc := x.write(t, s); exc != nil {
			return nil, exc
		}
		return MakeInt(int64(s.Len())), nil
	})
	defText("read", func(t *Thread, x *textIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ioArgs("read", args, kw, 0, 1); exc != nil {
			return nil, exc
		}
		n, exc := ioSizeArg(t, ioOptArg(args, 0, None))
		if exc != nil {
			return nil, exc
		}
		if exc := x.checkClosed(t); exc != nil {
			return nil, exc
		}
		if !x.readable {
			return nil, ioUnsupported("not readable")
		}
		if exc := x.flushPending(t); exc != nil {
			return nil, exc
		}
		s, exc := x.read(t, n)
		if exc != nil {
			return nil, exc
		}
		return NewStr(s), nil
	})
	defText("readline", func(t *Thread, x *textIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ioArgs("readline", args, kw, 0, 1); exc != nil {
			return nil, exc
		}
		n, exc := ioSizeArg(t, ioOptArg(args, 0, None))
		if exc != nil {
			return nil, exc
		}
		if exc := x.checkClosed(t); exc != nil {
			return nil, exc
		}
		if !x.readable {
			return nil, ioUnsupported("not readable")
		}
		if exc := x.flushPending(t); exc != nil {
			return nil, exc
		}
		s, exc := x.readline(t, n)
		if exc != nil {
			return nil, exc
		}
		return NewStr(s), nil
	})
	defIO(T, "__next__", func(t *Thread, x *textIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := x.checkAttached(); exc != nil {
			return nil, exc
		}
		x.telling = false
		var line string
		if TypeOf(self) == TextIOWrapperType {
			if exc := x.lock(t, self); exc != nil {
				return nil, exc
			}
			exc := x.checkClosed(t)
			if exc == nil && !x.readable {
				exc = ioUnsupported("not readable")
			}
			if exc == nil {
				exc = x.flushPending(t)
			}
			if exc == nil {
				line, exc = x.readline(t, -1)
			}
			x.unlock()
			if exc != nil {
				return nil, exc
			}
		} else {
			r, exc := CallMethod(t, self, ioStrReadline, nil, nil)
			if exc != nil {
				return nil, exc
			}
			s, ok := strArgOf(r)
			if !ok {
				return nil, Errorf(OSErrorType, "readline() should have returned a str object, not '%s'", TypeOf(r).name)
			}
			if s.s != "" {
				return r, nil
			}
		}
		if line == "" {
			x.telling = x.seekable
			x.snapValid = false
			return nil, NewException(StopIterationType)
		}
		return NewStr(line), nil
	})
	defText("flush", func(t *Thread, x *textIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ioArgs("flush", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		if exc := x.checkClosed(t); exc != nil {
			return nil, exc
		}
		x.telling = x.seekable
		if exc := x.flushPending(t); exc != nil {
			return nil, exc
		}
		return CallMethod(t, x.buffer, ioStrFlush, nil, nil)
	})
	defIO(T, "close", func(t *Thread, x *textIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := x.checkAttached(); exc != nil {
			return nil, exc
		}
		closed, exc := x.isClosed(t)
		if exc != nil {
			return nil, exc
		}
		if closed {
			return None, nil
		}
		_, fexc := CallMethod(t, self, ioStrFlush, nil, nil)
		_, cexc := CallMethod(t, x.buffer, ioStrClose, nil, nil)
		if cexc != nil {
			if fexc != nil && cexc.context == nil {
				cexc.context = fexc
			}
			return nil, cexc
		}
		if fexc != nil {
			return nil, fexc
		}
		return None, nil
	})
	defIO(T, "detach", func(t *Thread, x *textIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := x.checkAttached(); exc != nil {
			return nil, exc
		}
		if _, exc := CallMethod(t, self, ioStrFlush, nil, nil); exc != nil {
			return nil, exc
		}
		b := x.buffer
		x.ok, x.detached = false, true
		x.buffer, x.bufN = nil, nil
		return b, nil
	})
	defText("tell", func(t *Thread, x *textIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ioArgs("tell", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		if exc := x.checkClosed(t); exc != nil {
			return nil, exc
		}
		return x.tell(t)
	})
	defText("seek", func(t *Thread, x *textIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ioArgs("seek", args, kw, 1, 2); exc != nil {
			return nil, exc
		}
		cookie, exc := Index(t, args[0])
		if exc != nil {
			return nil, exc
		}
		whence := int64(0)
		if len(args) > 1 {
			if whence, exc = ioIntArg(t, args[1]); exc != nil {
				return nil, exc
			}
		}
		if exc := x.checkClosed(t); exc != nil {
			return nil, exc
		}
		return x.seek(t, cookie, whence)
	})
	defText("truncate", func(t *Thread, x *textIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ioArgs("truncate", args, kw, 0, 1); exc != nil {
			return nil, exc
		}
		if exc := x.flushPending(t); exc != nil {
			return nil, exc
		}
		if exc := x.bufferFlush(t); exc != nil {
			return nil, exc
		}
		return CallMethod(t, x.buffer, ioStrTruncate, args, nil)
	})
	defText("reconfigure", func(t *Thread, x *textIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) > len(kw) {
			return nil, NewError(TypeErrorType, "reconfigure() takes no positional arguments")
		}
		var encoding, errors, newline, lineBuffering, writeThrough Object = None, None, Ellipsis, None, None
		if exc := ParseArgs("reconfigure", args, kw, []string{"$", "encoding?", "errors?", "newline?", "line_buffering?", "write_through?"},
			&encoding, &errors, &newline, &lineBuffering, &writeThrough); exc != nil {
			return nil, exc
		}
		if (encoding != None || errors != None || newline != Ellipsis) && (x.dec[x.decPos:] != "" || len(x.pending) > 0) {
			return nil, ioUnsupported("It is not possible to set the encoding or newline of stream after the first read")
		}
		var lb, wt bool
		for _, f := range []struct {
			v   Object
			out *bool
		}{{lineBuffering, &lb}, {writeThrough, &wt}} {
			if f.v == None {
				continue
			}
			b, exc := cLongFlag(t, f.v)
			if exc != nil {
				return nil, exc
			}
			*f.out = b
		}
		if exc := x.flushPending(t); exc != nil {
			return nil, exc
		}
		if exc := x.bufferFlush(t); exc != nil {
			return nil, exc
		}
		if encoding != None || errors != None {
			encName := encodingName(x.encoding)
			errName := x.errors
			if s, ok := strArgOf(encoding); ok {
				// CPython passes the name on as a C string (cut at a NUL).
				if exc := codecNameEncodable(s.s); exc != nil {
					return nil, exc
				}
				encName = s.s
				if s.s == "locale" {
					encName = "UTF-8"
				}
				errName = "strict"
			} else if encoding != None {
				return nil, Errorf(TypeErrorType, "reconfigure() argument 'encoding' must be str or None, not %s", TypeOf(encoding).name)
			}
			if s, ok := strArgOf(errors); ok {
				if exc := codecNameEncodable(s.s); exc != nil {
					return nil, exc
				}
				errName = s.s
			} else if errors != None {
				return nil, Errorf(TypeErrorType, "reconfigure() argument 'errors' must be str or None, not %s", TypeOf(errors).name)
			}
			cName, _, _ := strings.Cut(encName, "\x00")
			if c, ok := nativeTextCodec(cName); ok {
				x.codec = c
				x.encoderObj, x.decoderObj = nil, nil
			} else if cm, ok := nativeCharmapName(cName); ok {
				x.codec, x.charmap = tcCharmap, cm
				x.encoderObj, x.decoderObj = nil, nil
			} else {
				info, exc := CodecLookup(t, cName)
				if exc != nil {
					return nil, exc
				}
				x.codec = tcPython
				x.encoderObj, x.decoderObj = nil, nil
				if x.readable {
					f, exc := GetAttr(t, info, InternStr("incrementaldecoder"))
					if exc != nil {
						return nil, exc
					}
					if x.decoderObj, exc = Call1(t, f, NewStr(errName)); exc != nil {
						return nil, exc
					}
				}
				if x.writable {
					f, exc := GetAttr(t, info, InternStr("incrementalencoder"))
					if exc != nil {
						return nil, exc
					}
					if x.encoderObj, exc = Call1(t, f, NewStr(errName)); exc != nil {
						return nil, exc
					}
				}
			}
			x.encoding = NewStr(encName)
			x.errors = errName
			x.fixEncoderState(t)
		}
		if newline != Ellipsis {
			hasNL, nl := false, ""
			if s, ok := strArgOf(newline); ok {
				if exc := codecNameEncodable(s.s); exc != nil {
					return nil, exc
				}
				switch s.s {
				case "", "\n", "\r", "\r\n":
				default:
					return nil, Errorf(ValueErrorType, "illegal newline value: %s", s.s)
				}
				hasNL, nl = true, s.s
			} else if newline != None {
				return nil, Errorf(TypeErrorType, "reconfigure() argument 'newline' must be str or None, not %s", TypeOf(newline).name)
			}
			x.readuniversal = !hasNL || nl == ""
			x.readtranslate = !hasNL
			x.readnl = ""
			if hasNL && nl != "" {
				x.readnl = nl
			}
			x.writetranslate = !hasNL || nl != ""
			x.writenl = ""
			if !x.readuniversal && x.readnl != "" && x.readnl != "\n" {
				x.writenl = x.readnl
			}
		}
		if lineBuffering != None {
			x.lineBuffering = lb
		}
		if writeThrough != None {
			x.writeThrough = wt
		}
		return None, nil
	})
	for _, m := range []*Str{ioStrFileno, ioStrIsatty, ioStrSeekable, ioStrReadable, ioStrWritable} {
		m := m
		defIO(T, m.s, func(t *Thread, x *textIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := x.checkAttached(); exc != nil {
				return nil, exc
			}
			return CallMethod(t, x.buffer, m, nil, nil)
		})
	}
	defIO(T, "__repr__", func(t *Thread, x *textIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := x.checkInitialized(); exc != nil {
			return nil, exc
		}
		res := "<" + ioTypeName(self)
		if !reprEnter(t, self) {
			return nil, Errorf(RuntimeErrorType, "reentrant call inside %s.__repr__", ioTypeName(self))
		}
		defer reprLeave(t, self)
		for _, attr := range []*Str{ioStrName, ioStrMode} {
			v, exc := GetAttr(t, self, attr)
			if exc != nil {
				if exc.IsInstanceOf(AttributeErrorType) || exc.IsInstanceOf(ValueErrorType) {
					continue
				}
				return nil, exc
			}
			r, exc := Repr(t, v)
			if exc != nil {
				return nil, exc
			}
			res += " " + attr.s + "=" + r.s
		}
		if x.encoding != nil {
			r, exc := Repr(t, x.encoding)
			if exc != nil {
				return nil, exc
			}
			res += " encoding=" + r.s
		}
		return NewStr(res + ">"), nil
	})
	attached := func(name string, get func(t *Thread, x *textIO, self Object) (Object, *BaseException)) {
		defIOGet(T, name, func(t *Thread, x *textIO, self Object) (Object, *BaseException) {
			if exc := x.checkAttached(); exc != nil {
				return nil, exc
			}
			return get(t, x, self)
		}, nil)
	}
	// These stay readable once the buffer is detached (CPython's members
	// and CHECK_INITIALIZED getters).
	initialized := func(name string, get func(t *Thread, x *textIO, self Object) (Object, *BaseException)) {
		defIOGet(T, name, func(t *Thread, x *textIO, self Object) (Object, *BaseException) {
			if exc := x.checkInitialized(); exc != nil {
				return nil, exc
			}
			return get(t, x, self)
		}, nil)
	}
	initialized("errors", func(t *Thread, x *textIO, self Object) (Object, *BaseException) { return NewStr(x.errors), nil })
	// CPython's members: no check (None/False before __init__; buffer is
	// None once detached).
	member := func(name string, get func(x *textIO) Object) {
		defIOGet(T, name, func(t *Thread, x *textIO, self Object) (Object, *BaseException) {
			return get(x), nil
		}, nil)
	}
	member("encoding", func(x *textIO) Object {
		if x.encoding == nil {
			return None
		}
		return x.encoding
	})
	member("line_buffering", func(x *textIO) Object { return Bool(x.lineBuffering) })
	member("write_through", func(x *textIO) Object { return Bool(x.writeThrough) })
	member("buffer", func(x *textIO) Object {
		if x.detached || x.buffer == nil {
			return None
		}
		return x.buffer
	})
	attached("name", func(t *Thread, x *textIO, self Object) (Object, *BaseException) {
		return GetAttr(t, x.buffer, ioStrName)
	})
	attached("closed", func(t *Thread, x *textIO, self Object) (Object, *BaseException) {
		c, exc := x.isClosed(t)
		return Bool(c), exc
	})
	attached("newlines", func(t *Thread, x *textIO, self Object) (Object, *BaseException) {
		if !x.readuniversal {
			return None, nil
		}
		seen := x.seennl
		if x.lastCR && x.atEOF {
			seen |= seenCR
		}
		return newlinesObj(seen), nil
	})
	defIOGet(T, "_CHUNK_SIZE", func(t *Thread, x *textIO, self Object) (Object, *BaseException) {
		return MakeInt(int64(x.chunkSize)), nil
	}, func(t *Thread, x *textIO, self Object, v Object) *BaseException {
		if v == nil {
			return NewError(AttributeErrorType, "cannot delete attribute")
		}
		n, exc := ioIntArg(t, v)
		if exc != nil {
			return exc
		}
		if n <= 0 {
			return NewError(ValueErrorType, "a strictly positive integer is required")
		}
		x.chunkSize = int(n)
		return nil
	})
	defIOGet(T, "_finalizing", func(t *Thread, x *textIO, self Object) (Object, *BaseException) {
		return False, nil
	}, nil)
}

func init() { initTextIO() }
