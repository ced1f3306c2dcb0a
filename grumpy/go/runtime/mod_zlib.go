package runtime

import (
	"hash/crc32"
	"math/big"
	"sync"
)

// The zlib module. Compression is mod_zlib_deflate.go, a compressor that
// follows zlib's algorithm so that compressed bytes are identical to
// CPython's (zlib 1.2.13) for every level, wbits, memLevel, strategy,
// flush mode, chunking and zdict; decompression is the resumable decoder
// of mod_zlib_inflate.go.

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
// Compression (the engine is mod_zlib_deflate.go)

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
	z, ok := newZdef(level, wbits, 8, 0)
	if !ok {
		return nil, NewError(ZlibErrorType, "Bad compression level")
	}
	out, _ := z.pyCall(b, zFinish)
	z.release()
	return NewBytes(out), nil
}

// ZlibCompress is a compressobj() object.
type ZlibCompress struct {
	mu       sync.Mutex
	z        *zdef
	finished bool // flush(Z_FINISH) ended the stream (deflateEnd)
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
	hasDict := false
	if zdictO != nil {
		b, exc := bytesArg(t, zdictO)
		if exc != nil {
			return nil, exc
		}
		zdict, hasDict = append([]byte(nil), b...), true
	}
	if vals[1] != 8 {
		return nil, NewError(ValueErrorType, "Invalid initialization option")
	}
	z, ok := newZdef(vals[0], vals[2], vals[3], vals[4])
	if !ok {
		return nil, NewError(ValueErrorType, "Invalid initialization option")
	}
	if hasDict && z.setDictionary(zdict) != zOK {
		return nil, NewError(ValueErrorType, "Invalid dictionary")
	}
	return &ZlibCompress{z: z}, nil
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
		if c.finished {
			return nil, zlibError(-2, "while compressing data", "inconsistent stream state")
		}
		out, err := c.z.pyCall(b, zNoFlush)
		if err == zStreamError {
			return nil, zlibError(-2, "while compressing data", "inconsistent stream state")
		}
		return NewBytes(out), nil
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
		if c.finished {
			return nil, zlibError(-2, "while flushing", "inconsistent stream state")
		}
		out, err := c.z.pyCall(nil, mode)
		if err == zStreamError {
			return nil, zlibError(-2, "while flushing", "inconsistent stream state")
		}
		if err == zStreamEnd && mode == zFinish {
			c.finished = true
		}
		return NewBytes(out), nil
	})
	compressCopy := func(t *Thread, c *ZlibCompress, args []Object, kw []*Str) (Object, *BaseException) {
		c.mu.Lock()
		defer c.mu.Unlock()
		if c.finished {
			return nil, NewError(ValueErrorType, "Inconsistent stream state")
		}
		return &ZlibCompress{z: c.z.clone()}, nil
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
