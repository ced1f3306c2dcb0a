package runtime

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"hash/crc32"
	"math/big"
	"sync"
)

// The zlib module. Compression uses Go's compress/flate wrapped in zlib or
// gzip framing written here; decompression is the resumable decoder of
// mod_zlib_inflate.go. Compressed bytes are valid DEFLATE streams that any
// zlib decodes, but not byte-identical to CPython's zlib output (a
// different compressor); decompression of any conforming stream, streaming
// (decompressobj with max_length, unconsumed_tail, unused_data, eof) and
// the checksums match CPython. Streams with a declared window below 32 KiB
// (wbits 9..14) are compressed without back-references, since Go's
// compressor always searches a 32 KiB window. Go's flate.Writer cannot be
// duplicated: Compress.copy() replays the input and flushes so far into a
// fresh compressor (the same calls give the same bytes), which needs the
// history kept; past zlibCopyHistory bytes of input copy() is refused.

func init() {
	RegisterModule(&ModuleSpec{Name: "zlib", Native: initZlib})
}

var (
	ZlibErrorType = func() *Type {
		t := newExcType("error", ExceptionType)
		t.module = "zlib"
		return t
	}()
	zlibCompressType   = newNativeType("Compress", "zlib", nil, "").solidType()
	zlibDecompressType = newNativeType("Decompress", "zlib", nil, "").solidType()
)

const (
	zNoFlush      = 0
	zPartialFlush = 1
	zSyncFlush    = 2
	zFullFlush    = 3
	zFinish       = 4
	zBlock        = 5
	zTrees        = 6
	zDefBufSize   = 16384
)

func initZlib(t *Thread, m *Module) *BaseException {
	m.dict.SetStr("__doc__", NewStr("The functions in this module allow compression and decompression using the\nzlib library, which is based on GNU zip."))
	m.dict.SetStr("error", ZlibErrorType)
	m.dict.SetStr("Compress", zlibCompressType)
	m.dict.SetStr("Decompress", zlibDecompressType)
	consts := []struct {
		name string
		v    int64
	}{
		{"MAX_WBITS", 15}, {"DEFLATED", 8}, {"DEF_MEM_LEVEL", 8}, {"DEF_BUF_SIZE", zDefBufSize},
		{"Z_NO_COMPRESSION", 0}, {"Z_BEST_SPEED", 1}, {"Z_BEST_COMPRESSION", 9}, {"Z_DEFAULT_COMPRESSION", -1},
		{"Z_FILTERED", 1}, {"Z_HUFFMAN_ONLY", 2}, {"Z_RLE", 3}, {"Z_FIXED", 4}, {"Z_DEFAULT_STRATEGY", 0},
		{"Z_NO_FLUSH", zNoFlush}, {"Z_PARTIAL_FLUSH", zPartialFlush}, {"Z_SYNC_FLUSH", zSyncFlush},
		{"Z_FULL_FLUSH", zFullFlush}, {"Z_FINISH", zFinish}, {"Z_BLOCK", zBlock}, {"Z_TREES", zTrees},
	}
	for _, c := range consts {
		m.dict.SetStr(c.name, MakeInt(c.v))
	}
	m.dict.SetStr("ZLIB_VERSION", NewStr("1.2.13"))
	m.dict.SetStr("ZLIB_RUNTIME_VERSION", NewStr("1.2.13"))
	nativeFunc(m, "crc32", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		data, v, exc := zlibChecksumArgs(t, "crc32", args, kw, 0)
		if exc != nil {
			return nil, exc
		}
		return MakeInt(int64(crc32.Update(v, crc32.IEEETable, data))), nil
	})
	nativeFunc(m, "adler32", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		data, v, exc := zlibChecksumArgs(t, "adler32", args, kw, 1)
		if exc != nil {
			return nil, exc
		}
		return MakeInt(int64(adler32Update(v, data))), nil
	})
	nativeFunc(m, "compress", zlibCompress)
	nativeFunc(m, "decompress", zlibDecompress)
	nativeFunc(m, "compressobj", zlibCompressobj)
	nativeFunc(m, "decompressobj", zlibDecompressobj)
	return nil
}

// uintMaskArg is the 'I' converter: any int, masked to 32 bits.
func uintMaskArg(t *Thread, o Object) (uint32, *BaseException) {
	i, exc := Index(t, o)
	if exc != nil {
		return 0, exc
	}
	if n, ok := i.(Int); ok {
		return uint32(n), nil
	}
	m := new(big.Int).And(toBig(i), big.NewInt(0xffffffff))
	return uint32(m.Uint64()), nil
}

func zlibChecksumArgs(t *Thread, fname string, args []Object, kw []*Str, def uint32) ([]byte, uint32, *BaseException) {
	if exc := unpackArgs(fname, args, kw, 1, 2); exc != nil {
		return nil, 0, exc
	}
	data, exc := bytesArg(t, args[0])
	if exc != nil {
		return nil, 0, exc
	}
	v := def
	if len(args) > 1 {
		if v, exc = uintMaskArg(t, args[1]); exc != nil {
			return nil, 0, exc
		}
	}
	return data, v, nil
}

func zlibError(code int, while, msg string) *BaseException {
	if msg == "" {
		return Errorf(ZlibErrorType, "Error %d %s", code, while)
	}
	return Errorf(ZlibErrorType, "Error %d %s: %s", code, while, msg)
}

func inflToExc(e *inflErr) *BaseException {
	while := "while decompressing data"
	if e.while != "" {
		while = e.while
	}
	return zlibError(e.code, while, e.msg)
}

// intArgDef converts an optional 'i' argument.
func intArgDef(t *Thread, o Object, def int) (int, *BaseException) {
	if o == nil {
		return def, nil
	}
	i, exc := Index(t, o)
	if exc != nil {
		return 0, exc
	}
	n, ok := i.(Int)
	if !ok || n > 1<<31-1 || n < -1<<31 {
		if intSign(i) < 0 {
			return 0, NewError(OverflowErrorType, "signed integer is less than minimum")
		}
		return 0, NewError(OverflowErrorType, "signed integer is greater than maximum")
	}
	return int(n), nil
}

// ---------------------------------------------------------------------------
// Compression

const (
	zfmtRaw = iota
	zfmtZlib
	zfmtGzip
)

type deflater struct {
	format   int
	level    int
	wbits    int // declared window (zlib header)
	strategy int
	zdict    []byte
	w        *flate.Writer
	out      bytes.Buffer
	check    uint32
	size     uint32
	rawWbits int // wbits as given
	started  bool
	finished bool
	// history: the writes (and flushes: nil entries) so far, for copy();
	// dropped (historyLost) once they pass zlibCopyHistory bytes.
	history     [][]byte
	historyLen  int
	historyLost bool
}

func (d *deflater) origWbits() int { return d.rawWbits }

// zlibCopyHistory bounds the input a compressor keeps for copy().
const zlibCopyHistory = 1 << 20

func (d *deflater) record(p []byte) {
	if d.historyLost {
		return
	}
	d.historyLen += len(p)
	if d.historyLen > zlibCopyHistory {
		d.history, d.historyLost = nil, true
		return
	}
	d.history = append(d.history, p)
}

// flush is a Z_SYNC_FLUSH/Z_FULL_FLUSH of the stream so far.
func (d *deflater) flush() {
	d.header()
	d.w.Flush()
	d.record(nil)
}

// clone replays the history into a new compressor; ok is false once the
// history was dropped.
func (d *deflater) clone() (*deflater, bool) {
	if d.historyLost {
		return nil, false
	}
	n, ok := newDeflater(d.level, d.origWbits(), d.strategy, d.zdict)
	if !ok {
		return nil, false
	}
	for _, p := range d.history {
		if p == nil {
			n.flush()
		} else {
			n.write(p)
		}
	}
	n.out.Reset()
	n.out.Write(d.out.Bytes())
	n.started = d.started
	return n, true
}

// newDeflater validates the options; ok is false for invalid ones.
func newDeflater(level, wbits int, strategy int, zdict []byte) (*deflater, bool) {
	if level < -1 || level > 9 {
		return nil, false
	}
	d := &deflater{level: level, zdict: zdict, strategy: strategy, rawWbits: wbits}
	small := false
	switch {
	case wbits >= 8 && wbits <= 15:
		d.format = zfmtZlib
		small = wbits < 15
		d.wbits = max(wbits, 9)
	case wbits >= -15 && wbits <= -9:
		d.format = zfmtRaw
		small = wbits > -15
	case wbits >= 25 && wbits <= 31:
		d.format = zfmtGzip
		small = wbits < 31
	default:
		return nil, false
	}
	if strategy < 0 || strategy > 4 {
		return nil, false
	}
	flevel := level
	// Go's compressor always uses a 32 KiB window: a smaller declared
	// window would allow distances the decoder rejects, so compress those
	// streams without back-references.
	if level != 0 && (strategy == 2 || small) {
		flevel = flate.HuffmanOnly
	}
	var err error
	if zdict != nil && d.format != zfmtGzip {
		d.w, err = flate.NewWriterDict(&d.out, flevel, zdict)
	} else {
		d.w, err = flate.NewWriter(&d.out, flevel)
	}
	if err != nil {
		return nil, false
	}
	if d.format == zfmtGzip {
		d.check = 0
	} else {
		d.check = 1
	}
	return d, true
}

func (d *deflater) header() {
	if d.started {
		return
	}
	d.started = true
	lvl := d.level
	if lvl < 0 {
		lvl = 6
	}
	switch d.format {
	case zfmtZlib:
		cmf := byte((d.wbits-8)<<4 | 8)
		var flevel byte
		switch {
		case lvl < 2:
			flevel = 0
		case lvl < 6:
			flevel = 1
		case lvl == 6:
			flevel = 2
		default:
			flevel = 3
		}
		flg := flevel << 6
		if d.zdict != nil {
			flg |= 0x20
		}
		flg += byte(31 - (int(cmf)<<8|int(flg))%31)
		d.out.Write([]byte{cmf, flg})
		if d.zdict != nil {
			var id [4]byte
			binary.BigEndian.PutUint32(id[:], adler32Update(1, d.zdict))
			d.out.Write(id[:])
		}
	case zfmtGzip:
		xfl := byte(0)
		if lvl == 9 {
			xfl = 2
		} else if lvl < 2 {
			xfl = 4
		}
		d.out.Write([]byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3})
	}
}

func (d *deflater) write(p []byte) {
	d.header()
	if len(p) == 0 {
		return
	}
	if d.format == zfmtGzip {
		d.check = crc32.Update(d.check, crc32.IEEETable, p)
	} else if d.format == zfmtZlib {
		d.check = adler32Update(d.check, p)
	}
	d.size += uint32(len(p))
	d.w.Write(p)
	d.record(append([]byte(nil), p...))
}

func (d *deflater) finish() {
	d.header()
	d.w.Close()
	switch d.format {
	case zfmtZlib:
		var b [4]byte
		binary.BigEndian.PutUint32(b[:], d.check)
		d.out.Write(b[:])
	case zfmtGzip:
		var b [8]byte
		binary.LittleEndian.PutUint32(b[:], d.check)
		binary.LittleEndian.PutUint32(b[4:], d.size)
		d.out.Write(b[:])
	}
	d.finished = true
}

func (d *deflater) take() []byte {
	b := append([]byte(nil), d.out.Bytes()...)
	d.out.Reset()
	return b
}

func zlibCompress(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
	var data, levelO, wbitsO Object
	if exc := clinicArgs("compress", args, kw, []string{"data", "/", "level?", "wbits?"}, &data, &levelO, &wbitsO); exc != nil {
		return nil, exc
	}
	b, exc := bytesArg(t, data)
	if exc != nil {
		return nil, exc
	}
	level, exc := intArgDef(t, levelO, -1)
	if exc != nil {
		return nil, exc
	}
	wbits, exc := intArgDef(t, wbitsO, 15)
	if exc != nil {
		return nil, exc
	}
	d, ok := newDeflater(level, wbits, 0, nil)
	if !ok {
		return nil, NewError(ZlibErrorType, "Bad compression level")
	}
	d.write(b)
	d.finish()
	return NewBytes(d.take()), nil
}

// ZlibCompress is a compressobj() object.
type ZlibCompress struct {
	mu sync.Mutex
	d  *deflater
}

// Type implements Object.
func (*ZlibCompress) Type() *Type { return zlibCompressType }

func zlibCompressobj(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
	var levelO, methodO, wbitsO, memO, stratO, zdictO Object
	if exc := clinicArgs("compressobj", args, kw, []string{"level?", "method?", "wbits?", "memLevel?", "strategy?", "zdict?"}, &levelO, &methodO, &wbitsO, &memO, &stratO, &zdictO); exc != nil {
		return nil, exc
	}
	var vals [5]int
	for i, p := range []struct {
		o   Object
		def int
	}{{levelO, -1}, {methodO, 8}, {wbitsO, 15}, {memO, 8}, {stratO, 0}} {
		v, exc := intArgDef(t, p.o, p.def)
		if exc != nil {
			return nil, exc
		}
		vals[i] = v
	}
	var zdict []byte
	if zdictO != nil && zdictO != None {
		b, exc := bytesArg(t, zdictO)
		if exc != nil {
			return nil, exc
		}
		zdict = append([]byte(nil), b...)
	}
	if vals[1] != 8 || vals[3] < 1 || vals[3] > 9 {
		return nil, NewError(ValueErrorType, "Invalid initialization option")
	}
	d, ok := newDeflater(vals[0], vals[2], vals[4], zdict)
	if !ok {
		return nil, NewError(ValueErrorType, "Invalid initialization option")
	}
	return &ZlibCompress{d: d}, nil
}

func zlibDecompress(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
	var data, wbitsO, bufsizeO Object
	if exc := clinicArgs("decompress", args, kw, []string{"data", "/", "wbits?", "bufsize?"}, &data, &wbitsO, &bufsizeO); exc != nil {
		return nil, exc
	}
	b, exc := bytesArg(t, data)
	if exc != nil {
		return nil, exc
	}
	wbits, exc := intArgDef(t, wbitsO, 15)
	if exc != nil {
		return nil, exc
	}
	if bufsizeO != nil {
		n, exc := indexArg(t, bufsizeO)
		if exc != nil {
			return nil, exc
		}
		if n < 0 {
			return nil, NewError(ValueErrorType, "bufsize must be non-negative")
		}
	}
	z, ok := newInflater(wbits, nil)
	if !ok {
		return nil, zlibError(-2, "while preparing to decompress data", "inconsistent stream state")
	}
	z.in = b
	out, err := z.run(0)
	if err != nil {
		return nil, inflToExc(err)
	}
	if z.state != stDone {
		return nil, zlibError(-5, "while decompressing data", "incomplete or truncated stream")
	}
	return NewBytes(out), nil
}

// ZlibDecompress is a decompressobj() object.
type ZlibDecompress struct {
	mu     sync.Mutex
	z      *inflater
	unused []byte
	tail   []byte
	eof    bool
	ended  bool // flush() saw the end of the stream: zlib state released
}

// Type implements Object.
func (*ZlibDecompress) Type() *Type { return zlibDecompressType }

func zlibDecompressobj(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
	var wbitsO, zdictO Object
	if exc := clinicArgs("decompressobj", args, kw, []string{"wbits?", "zdict?"}, &wbitsO, &zdictO); exc != nil {
		return nil, exc
	}
	wbits, exc := intArgDef(t, wbitsO, 15)
	if exc != nil {
		return nil, exc
	}
	var zdict []byte
	if zdictO != nil {
		b, ok, exc := bytesOf(t, zdictO)
		if exc != nil {
			return nil, exc
		}
		if !ok {
			return nil, NewError(TypeErrorType, "zdict argument must support the buffer protocol")
		}
		zdict = append([]byte(nil), b...)
	}
	z, ok := newInflater(wbits, zdict)
	if !ok {
		return nil, NewError(ValueErrorType, "Invalid initialization option")
	}
	return &ZlibDecompress{z: z}, nil
}

// feed runs the decoder over more input and updates eof, unused_data and
// unconsumed_tail as CPython's Decompress does.
func (d *ZlibDecompress) feed(data []byte, maxLen int) ([]byte, *BaseException) {
	if d.eof {
		d.unused = append(append([]byte(nil), d.unused...), data...)
		d.tail = nil
		return nil, nil
	}
	z := d.z
	z.in = append(z.in, data...)
	out, err := z.run(maxLen)
	if err != nil {
		return nil, inflToExc(err)
	}
	if z.state == stDone {
		d.eof = true
		rest := z.in[(z.pos+7)>>3:]
		d.unused = append(append([]byte(nil), d.unused...), rest...)
		z.in, z.pos = nil, 0
		d.tail = nil
		return out, nil
	}
	if maxLen > 0 && len(out) >= maxLen {
		cut := int((z.pos + 7) >> 3)
		d.tail = append([]byte(nil), z.in[cut:]...)
		z.in = z.in[:cut:cut]
	} else {
		d.tail = nil
	}
	return out, nil
}

func init() {
	noNewInstances(zlibCompressType)
	noNewInstances(zlibDecompressType)
	defNativeMethod(zlibCompressType, "compress", func(t *Thread, c *ZlibCompress, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("compress", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		b, exc := bytesArg(t, args[0])
		if exc != nil {
			return nil, exc
		}
		c.mu.Lock()
		defer c.mu.Unlock()
		if c.d.finished {
			return nil, zlibError(-2, "while compressing data", "inconsistent stream state")
		}
		c.d.write(b)
		return NewBytes(c.d.take()), nil
	})
	defNativeMethod(zlibCompressType, "flush", func(t *Thread, c *ZlibCompress, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := unpackArgs("flush", args, kw, 0, 1); exc != nil {
			return nil, exc
		}
		mode := zFinish
		if len(args) > 0 {
			var exc *BaseException
			if mode, exc = intArgDef(t, args[0], zFinish); exc != nil {
				return nil, exc
			}
		}
		if mode == zNoFlush {
			return NewBytes(nil), nil
		}
		c.mu.Lock()
		defer c.mu.Unlock()
		if c.d.finished || mode < 0 || mode > zTrees {
			return nil, zlibError(-2, "while flushing", "inconsistent stream state")
		}
		if mode == zFinish {
			c.d.finish()
		} else {
			c.d.flush()
		}
		return NewBytes(c.d.take()), nil
	})
	compressCopy := func(t *Thread, c *ZlibCompress, args []Object, kw []*Str) (Object, *BaseException) {
		c.mu.Lock()
		defer c.mu.Unlock()
		if c.d.finished {
			return nil, NewError(ValueErrorType, "Inconsistent stream state")
		}
		n, ok := c.d.clone()
		if !ok {
			return nil, NewError(NotImplementedErrorType, "zlib.Compress.copy() is not supported past 1 MiB of input")
		}
		return &ZlibCompress{d: n}, nil
	}
	defNativeMethod(zlibCompressType, "copy", compressCopy)
	defNativeMethod(zlibCompressType, "__copy__", compressCopy)
	defNativeMethod(zlibCompressType, "__deepcopy__", compressCopy)

	defNativeMethod(zlibDecompressType, "decompress", func(t *Thread, d *ZlibDecompress, args []Object, kw []*Str) (Object, *BaseException) {
		var data, maxO Object
		if exc := clinicArgs("decompress", args, kw, []string{"data", "/", "max_length?"}, &data, &maxO); exc != nil {
			return nil, exc
		}
		b, exc := bytesArg(t, data)
		if exc != nil {
			return nil, exc
		}
		maxLen := 0
		if maxO != nil {
			if maxLen, exc = indexArg(t, maxO); exc != nil {
				return nil, exc
			}
			if maxLen < 0 {
				return nil, NewError(ValueErrorType, "max_length must be non-negative")
			}
		}
		d.mu.Lock()
		defer d.mu.Unlock()
		out, exc := d.feed(b, maxLen)
		if exc != nil {
			return nil, exc
		}
		return NewBytes(out), nil
	})
	defNativeMethod(zlibDecompressType, "flush", func(t *Thread, d *ZlibDecompress, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := unpackArgs("flush", args, kw, 0, 1); exc != nil {
			return nil, exc
		}
		if len(args) > 0 {
			n, exc := indexArg(t, args[0])
			if exc != nil {
				return nil, exc
			}
			if n <= 0 {
				return nil, NewError(ValueErrorType, "length must be greater than zero")
			}
		}
		d.mu.Lock()
		defer d.mu.Unlock()
		tail := d.tail
		d.tail = nil
		out, exc := d.feed(tail, 0)
		if exc != nil {
			return nil, exc
		}
		if d.eof {
			d.ended = true // CPython calls inflateEnd here
		}
		return NewBytes(out), nil
	})
	decompressCopy := func(t *Thread, d *ZlibDecompress, args []Object, kw []*Str) (Object, *BaseException) {
		d.mu.Lock()
		defer d.mu.Unlock()
		if d.ended {
			return nil, NewError(ValueErrorType, "Inconsistent stream state")
		}
		return &ZlibDecompress{z: d.z.clone(), unused: d.unused, tail: d.tail, eof: d.eof}, nil
	}
	defNativeMethod(zlibDecompressType, "copy", decompressCopy)
	defNativeMethod(zlibDecompressType, "__copy__", decompressCopy)
	defNativeMethod(zlibDecompressType, "__deepcopy__", decompressCopy)
	dself := func(o Object) *ZlibDecompress { return Unwrap(o).(*ZlibDecompress) }
	defMember(zlibDecompressType, "unused_data", func(t *Thread, o Object) (Object, *BaseException) {
		d := dself(o)
		d.mu.Lock()
		defer d.mu.Unlock()
		return NewBytes(d.unused), nil
	})
	defMember(zlibDecompressType, "unconsumed_tail", func(t *Thread, o Object) (Object, *BaseException) {
		d := dself(o)
		d.mu.Lock()
		defer d.mu.Unlock()
		return NewBytes(d.tail), nil
	})
	defMember(zlibDecompressType, "eof", func(t *Thread, o Object) (Object, *BaseException) {
		d := dself(o)
		d.mu.Lock()
		defer d.mu.Unlock()
		return Bool(d.eof), nil
	})
}

// Compress and Decompress objects cannot be pickled (CPython: no
// __reduce__ and no constructor for copyreg).
func init() {
	for _, typ := range []*Type{zlibCompressType, zlibDecompressType} {
		typ := typ
		DefMethod(typ, "__reduce_ex__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			return nil, Errorf(TypeErrorType, "cannot pickle '%s' object", typ.name)
		})
	}
}
