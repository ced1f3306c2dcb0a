package runtime

import (
	"bytes"
	goruntime "runtime"
	"sync"
	"sync/atomic"
)

// bufferedIO is the state of BufferedReader, BufferedWriter and
// BufferedRandom: a read-ahead buffer and a pending-write buffer over a raw
// stream. When the raw stream is exactly an _io.FileIO the system calls are
// made directly; any other raw object is driven through its Python methods.
type bufferedIO struct {
	mu       sync.Mutex
	owner    atomic.Pointer[Thread]
	kind     *Type
	raw      Object
	rawF     *fileIO
	size     int
	rbuf     []byte
	rpos     int
	wbuf     []byte
	readable bool
	writable bool
	ok       bool
	detached bool
	dirty    bool // registered in dirtyBuffered (guarded by mu)
	self     selfRef
	path     string
}

func (b *bufferedIO) setSelf(in *Instance) {
	b.self = makeSelfRef(in)
	addFileCleanup(in, b)
}

var (
	BufferedReaderType = newIOType("BufferedReader", BufferedIOBaseType)
	BufferedWriterType = newIOType("BufferedWriter", BufferedIOBaseType)
	BufferedRandomType = newIOType("BufferedRandom", BufferedIOBaseType)
	BufferedRWPairType = newIOType("BufferedRWPair", BufferedIOBaseType)
)

// Type implements Object.
func (b *bufferedIO) Type() *Type {
	if b.kind != nil {
		return b.kind
	}
	return BufferedReaderType
}

// lock takes the buffer's lock, refusing re-entry from the same thread
// (CPython raises the same RuntimeError).
func (b *bufferedIO) lock(t *Thread, self Object) *BaseException {
	if t != nil && b.owner.Load() == t {
		return Errorf(RuntimeErrorType, "reentrant call inside %s", ioReprOrName(self))
	}
	b.mu.Lock()
	b.owner.Store(t)
	return nil
}

func (b *bufferedIO) unlock() {
	b.owner.Store(nil)
	b.mu.Unlock()
}

func ioReprOrName(self Object) string {
	return "<" + ioTypeName(self) + ">"
}

func (b *bufferedIO) checkInit() *BaseException {
	if !b.ok {
		if b.detached {
			return NewError(ValueErrorType, "raw stream has been detached")
		}
		return NewError(ValueErrorType, "I/O operation on uninitialized object")
	}
	return nil
}

func (b *bufferedIO) avail() int { return len(b.rbuf) - b.rpos }

func (b *bufferedIO) rawClosed(t *Thread) (bool, *BaseException) {
	if b.rawF != nil {
		return b.rawF.fd < 0, nil
	}
	return ioGetBool(t, b.raw, ioStrClosed)
}

// checkClosed is CHECK_CLOSED: closed raw with no read-ahead left.
func (b *bufferedIO) checkClosed(t *Thread, msg string, readahead bool) *BaseException {
	closed, exc := b.rawClosed(t)
	if exc != nil {
		return exc
	}
	if closed && (!readahead || b.avail() == 0) {
		return NewError(ValueErrorType, msg)
	}
	return nil
}

// rawRead makes one raw read of at most n bytes. blocked reports a
// non-blocking raw stream with no data (None).
func (b *bufferedIO) rawRead(t *Thread, n int) ([]byte, bool, *BaseException) {
	if b.rawF != nil {
		if b.rawF.fd < 0 {
			return nil, false, b.rawF.closedErr()
		}
		if !b.rawF.readable {
			return nil, false, ioUnsupported("File not open for reading")
		}
		return b.rawF.readOnce(t, n)
	}
	ba, exc := newByteArrayObj(t, n)
	if exc != nil {
		return nil, false, exc
	}
	r, exc := CallMethod(t, b.raw, ioStrReadinto, []Object{ba}, nil)
	if exc != nil {
		return nil, false, exc
	}
	if r == None {
		return nil, true, nil
	}
	got, exc := ioIntArg(t, r)
	if exc != nil {
		e := NewError(OSErrorType, "raw readinto() failed")
		e.cause, e.context, e.suppressContext = exc, exc, true
		return nil, false, e
	}
	if got < 0 || int(got) > n {
		return nil, false, Errorf(OSErrorType, "raw readinto() returned invalid length %d (should have been between 0 and %d)", got, n)
	}
	data, _, exc := bytesOf(t, ba)
	if exc != nil {
		return nil, false, exc
	}
	return data[:got], false, nil
}

func (b *bufferedIO) rawReadAll(t *Thread) ([]byte, bool, *BaseException) {
	if b.rawF != nil {
		if b.rawF.fd < 0 {
			return nil, false, b.rawF.closedErr()
		}
		return b.rawF.readAll(t)
	}
	if TypeOf(b.raw).lookup(ioStrReadall) != nil {
		r, exc := CallMethod(t, b.raw, ioStrReadall, nil, nil)
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
			return nil, false, NewError(TypeErrorType, "readall() should return bytes")
		}
		return data, false, nil
	}
	var out []byte
	for {
		r, exc := CallMethod(t, b.raw, ioStrRead, nil, nil)
		if exc != nil {
			return nil, false, exc
		}
		if r == None {
			if out == nil {
				return nil, true, nil
			}
			break
		}
		data, ok, exc := bytesOf(t, r)
		if exc != nil {
			return nil, false, exc
		}
		if !ok {
			return nil, false, NewError(TypeErrorType, "read() should return bytes")
		}
		if len(data) == 0 {
			break
		}
		out = append(out, data...)
	}
	return out, false, nil
}

func (b *bufferedIO) rawWrite(t *Thread, data []byte) (int, bool, *BaseException) {
	if b.rawF != nil {
		if b.rawF.fd < 0 {
			return 0, false, b.rawF.closedErr()
		}
		if !b.rawF.writable {
			return 0, false, ioUnsupported("File not open for writing")
		}
		return b.rawF.writeOnce(t, data)
	}
	r, exc := CallMethod(t, b.raw, ioStrWrite, []Object{NewBytes(append([]byte(nil), data...))}, nil)
	if exc != nil {
		if exc.IsInstanceOf(BlockingIOErrorType) {
			return 0, true, nil
		}
		return 0, false, exc
	}
	if r == None {
		return 0, true, nil
	}
	n, exc := ioIntArg(t, r)
	if exc != nil {
		return 0, false, exc
	}
	if n < 0 || int(n) > len(data) {
		return 0, false, Errorf(OSErrorType, "raw write() returned invalid length %d (should have been between 0 and %d)", n, len(data))
	}
	return int(n), false, nil
}

func (b *bufferedIO) rawSeek(t *Thread, pos int64, whence int) (int64, *BaseException) {
	var n int64
	if b.rawF != nil {
		if b.rawF.fd < 0 {
			return 0, b.rawF.closedErr()
		}
		r, exc := b.rawF.seek(pos, whence)
		if exc != nil {
			return 0, exc
		}
		n = r
	} else {
		r, exc := CallMethod(t, b.raw, ioStrSeek, []Object{MakeInt(pos), MakeInt(int64(whence))}, nil)
		if exc != nil {
			return 0, exc
		}
		if n, exc = ioIntArg(t, r); exc != nil {
			return 0, exc
		}
	}
	if n < 0 {
		return 0, Errorf(OSErrorType, "Raw stream returned invalid position %d", n)
	}
	return n, nil
}

func (b *bufferedIO) rawTell(t *Thread) (int64, *BaseException) {
	var n int64
	if b.rawF != nil {
		if b.rawF.fd < 0 {
			return 0, b.rawF.closedErr()
		}
		r, exc := b.rawF.seek(0, 1)
		if exc != nil {
			return 0, exc
		}
		n = r
	} else {
		r, exc := CallMethod(t, b.raw, ioStrTell, nil, nil)
		if exc != nil {
			return 0, exc
		}
		if n, exc = ioIntArg(t, r); exc != nil {
			return 0, exc
		}
	}
	if n < 0 {
		return 0, Errorf(OSErrorType, "Raw stream returned invalid position %d", n)
	}
	return n, nil
}

// flushWrites writes the pending buffer to the raw stream.
func (b *bufferedIO) flushWrites(t *Thread) *BaseException {
	for len(b.wbuf) > 0 {
		n, blocked, exc := b.rawWrite(t, b.wbuf)
		if exc != nil {
			return exc
		}
		if blocked {
			return ioWriteBlocked(0)
		}
		b.wbuf = b.wbuf[n:]
	}
	b.wbuf = b.wbuf[:0]
	return nil
}

// dropReadAhead rewinds the raw stream over unread buffered data (before a
// write or a raw seek on a read/write stream).
func (b *bufferedIO) dropReadAhead(t *Thread) *BaseException {
	if n := b.avail(); n > 0 {
		if _, exc := b.rawSeek(t, int64(-n), 1); exc != nil {
			return exc
		}
	}
	b.rbuf, b.rpos = b.rbuf[:0], 0
	return nil
}

// fill makes one raw read into an empty read buffer; it returns the number
// of bytes read (0 at EOF) and blocked for a non-blocking raw stream.
func (b *bufferedIO) fill(t *Thread) (int, bool, *BaseException) {
	if b.writable {
		if exc := b.flushWrites(t); exc != nil {
			return 0, false, exc
		}
	}
	data, blocked, exc := b.rawRead(t, b.size)
	if exc != nil || blocked {
		return 0, blocked, exc
	}
	b.rbuf, b.rpos = data, 0
	return len(data), false, nil
}

// read is BufferedReader.read(n) (n == -1: to EOF); nil result with no
// error means None (non-blocking raw with no data).
func (b *bufferedIO) read(t *Thread, n int) ([]byte, *BaseException) {
	if n < 0 {
		out := append([]byte(nil), b.rbuf[b.rpos:]...)
		b.rbuf, b.rpos = b.rbuf[:0], 0
		if b.writable {
			if exc := b.flushWrites(t); exc != nil {
				return nil, exc
			}
		}
		data, blocked, exc := b.rawReadAll(t)
		if exc != nil {
			return nil, exc
		}
		if blocked && len(out) == 0 {
			return nil, nil
		}
		if len(out) == 0 {
			if data == nil {
				data = []byte{}
			}
			return data, nil
		}
		return append(out, data...), nil
	}
	if a := b.avail(); a >= n {
		out := append([]byte{}, b.rbuf[b.rpos:b.rpos+n]...)
		b.rpos += n
		return out, nil
	}
	out := make([]byte, 0, n)
	out = append(out, b.rbuf[b.rpos:]...)
	b.rbuf, b.rpos = b.rbuf[:0], 0
	if b.writable {
		if exc := b.flushWrites(t); exc != nil {
			return nil, exc
		}
	}
	for len(out) < n {
		remaining := n - len(out)
		if remaining > b.size {
			data, blocked, exc := b.rawRead(t, remaining-remaining%b.size)
			if exc != nil {
				return nil, exc
			}
			if blocked {
				if len(out) == 0 {
					return nil, nil
				}
				break
			}
			if len(data) == 0 {
				break
			}
			out = append(out, data...)
			continue
		}
		got, blocked, exc := b.fill(t)
		if exc != nil {
			return nil, exc
		}
		if blocked {
			if len(out) == 0 {
				return nil, nil
			}
			break
		}
		if got == 0 {
			break
		}
		k := min(remaining, b.avail())
		out = append(out, b.rbuf[b.rpos:b.rpos+k]...)
		b.rpos += k
	}
	return out, nil
}

// read1 returns buffered data, or makes at most one raw read.
func (b *bufferedIO) read1(t *Thread, n int) ([]byte, *BaseException) {
	if n < 0 {
		n = b.size
	}
	if n == 0 {
		return []byte{}, nil
	}
	if a := b.avail(); a > 0 {
		k := min(n, a)
		out := append([]byte{}, b.rbuf[b.rpos:b.rpos+k]...)
		b.rpos += k
		return out, nil
	}
	// Nothing buffered: one raw read straight into the result (CPython's
	// read1 leaves the buffer empty).
	b.rbuf, b.rpos = b.rbuf[:0], 0
	if b.writable {
		if exc := b.flushWrites(t); exc != nil {
			return nil, exc
		}
	}
	data, blocked, exc := b.rawRead(t, n)
	if exc != nil {
		return nil, exc
	}
	if blocked {
		return nil, nil
	}
	return data, nil
}

// readinto1 is the data readinto1() of an n-byte buffer gets (CPython's
// _buffered_readinto_generic in read1 mode): what is buffered, then, when
// the rest is larger than the buffer, one raw read straight for it, else
// (nothing buffered) one buffer fill. nil with no error means None.
func (b *bufferedIO) readinto1(t *Thread, n int) ([]byte, *BaseException) {
	if n <= 0 {
		return []byte{}, nil
	}
	if a := b.avail(); a >= n {
		out := append([]byte{}, b.rbuf[b.rpos:b.rpos+n]...)
		b.rpos += n
		return out, nil
	}
	out := append(make([]byte, 0, n), b.rbuf[b.rpos:]...)
	b.rbuf, b.rpos = b.rbuf[:0], 0
	if b.writable {
		if exc := b.flushWrites(t); exc != nil {
			return nil, exc
		}
	}
	remaining := n - len(out)
	if remaining > b.size {
		data, blocked, exc := b.rawRead(t, remaining)
		if exc != nil {
			return nil, exc
		}
		if blocked && len(out) == 0 {
			return nil, nil
		}
		return append(out, data...), nil
	}
	if len(out) > 0 {
		return out, nil
	}
	got, blocked, exc := b.fill(t)
	if exc != nil {
		return nil, exc
	}
	if blocked {
		return nil, nil
	}
	k := min(remaining, got)
	out = append(out, b.rbuf[:k]...)
	b.rpos = k
	return out, nil
}

func (b *bufferedIO) peek(t *Thread) ([]byte, *BaseException) {
	if b.avail() == 0 {
		if _, _, exc := b.fill(t); exc != nil {
			return nil, exc
		}
	}
	return append([]byte{}, b.rbuf[b.rpos:]...), nil
}

// readline reads up to and including a newline (limit < 0: no limit).
func (b *bufferedIO) readline(t *Thread, limit int) ([]byte, *BaseException) {
	var out []byte
	for limit < 0 || len(out) < limit {
		if b.avail() == 0 {
			got, blocked, exc := b.fill(t)
			if exc != nil {
				return nil, exc
			}
			if blocked || got == 0 {
				break
			}
		}
		chunk := b.rbuf[b.rpos:]
		if limit >= 0 && len(chunk) > limit-len(out) {
			chunk = chunk[:limit-len(out)]
		}
		if i := bytes.IndexByte(chunk, '\n'); i >= 0 {
			if out == nil {
				out = append([]byte(nil), chunk[:i+1]...)
			} else {
				out = append(out, chunk[:i+1]...)
			}
			b.rpos += i + 1
			return out, nil
		}
		out = append(out, chunk...)
		b.rpos += len(chunk)
	}
	if out == nil {
		out = []byte{}
	}
	return out, nil
}

func (b *bufferedIO) write(t *Thread, data []byte) *BaseException {
	if b.readable && b.avail() > 0 {
		if exc := b.dropReadAhead(t); exc != nil {
			return exc
		}
	}
	b.rbuf, b.rpos = b.rbuf[:0], 0
	if len(b.wbuf)+len(data) > b.size {
		if exc := b.flushWrites(t); exc != nil {
			if !exc.IsInstanceOf(BlockingIOErrorType) {
				return exc
			}
			// A non-blocking raw stream took part of the buffer: keep
			// what fits of data, as CPython's buffer shift does.
			if room := b.size - len(b.wbuf); len(data) > room {
				b.wbuf = append(b.wbuf, data[:max(room, 0)]...)
				b.markDirty()
				return ioWriteBlocked(max(room, 0))
			}
			b.wbuf = append(b.wbuf, data...)
			b.markDirty()
			return nil
		}
		written := 0
		for len(data) > b.size {
			n, blocked, exc := b.rawWrite(t, data)
			if exc != nil {
				return exc
			}
			if blocked {
				// Buffer what fits; the rest is lost.
				b.wbuf = append(b.wbuf[:0], data[:b.size]...)
				b.markDirty()
				return ioWriteBlocked(written + b.size)
			}
			written += n
			data = data[n:]
			if n > 0 && len(data) > 0 {
				if exc := CheckSignals(t); exc != nil {
					return exc
				}
			}
		}
	}
	b.wbuf = append(b.wbuf, data...)
	b.markDirty()
	return nil
}

// markDirty registers pending writes for the flush at exit.
func (b *bufferedIO) markDirty() {
	if len(b.wbuf) > 0 && !b.dirty {
		b.dirty = true
		markDirty(b)
	}
}

// ioWriteBlocked is the BlockingIOError of a buffered write that could not
// complete, with characters_written n.
func ioWriteBlocked(n int) *BaseException {
	args := []Object{MakeInt(11), NewStr("write could not complete without blocking"), MakeInt(int64(n))}
	e := NewException(BlockingIOErrorType, args...)
	osErrorSetup(e, args)
	return e
}

func (b *bufferedIO) tell(t *Thread) (int64, *BaseException) {
	pos, exc := b.rawTell(t)
	if exc != nil {
		return 0, exc
	}
	pos = pos - int64(b.avail()) + int64(len(b.wbuf))
	if pos < 0 {
		pos = 0
	}
	return pos, nil
}

func (b *bufferedIO) seek(t *Thread, target int64, whence int) (int64, *BaseException) {
	if whence != 2 && b.readable && len(b.wbuf) == 0 {
		cur, exc := b.rawTell(t)
		if exc != nil {
			return 0, exc
		}
		bufStart := cur - int64(len(b.rbuf))
		logical := cur - int64(b.avail())
		var want int64
		if whence == 0 {
			want = target
		} else {
			want = logical + target
		}
		if want >= bufStart && want <= cur && b.avail() > 0 {
			b.rpos = int(want - bufStart)
			return want, nil
		}
	}
	if b.writable {
		if exc := b.flushWrites(t); exc != nil {
			return 0, exc
		}
	}
	if whence == 1 {
		target -= int64(b.avail())
	}
	n, exc := b.rawSeek(t, target, whence)
	if exc != nil {
		return 0, exc
	}
	b.rbuf, b.rpos = b.rbuf[:0], 0
	return n, nil
}

// ioMaxBufferSize bounds a buffer_size (bytes of address space a buffer
// could get).
const ioMaxBufferSize = 1 << 46

// bufferedInit is the shared __init__ of the three buffered classes.
func bufferedInit(t *Thread, b *bufferedIO, self Object, args []Object, kw []*Str, kind *Type) (Object, *BaseException) {
	var raw, size Object = nil, MakeInt(ioDefaultBufferSize)
	for _, k := range kw {
		if k.s != "raw" && k.s != "buffer_size" {
			return nil, Errorf(TypeErrorType, "'%s' is an invalid keyword argument for %s()", k.s, kind.name)
		}
	}
	if exc := ParseArgs(kind.name, args, kw, []string{"raw", "buffer_size?"}, &raw, &size); exc != nil {
		return nil, exc
	}
	b.ok = false
	b.detached = false
	switch kind {
	case BufferedReaderType:
		if exc := ioRequire(t, raw, ioStrReadable, "File or stream is not readable."); exc != nil {
			return nil, exc
		}
		b.readable, b.writable = true, false
	case BufferedWriterType:
		if exc := ioRequire(t, raw, ioStrWritable, "File or stream is not writable."); exc != nil {
			return nil, exc
		}
		b.readable, b.writable = false, true
	default:
		if exc := ioRequire(t, raw, ioStrSeekable, "File or stream is not seekable."); exc != nil {
			return nil, exc
		}
		if exc := ioRequire(t, raw, ioStrReadable, "File or stream is not readable."); exc != nil {
			return nil, exc
		}
		if exc := ioRequire(t, raw, ioStrWritable, "File or stream is not writable."); exc != nil {
			return nil, exc
		}
		b.readable, b.writable = true, true
	}
	n, exc := ioIntArg(t, size)
	if exc != nil {
		return nil, exc
	}
	if n <= 0 {
		return nil, NewError(ValueErrorType, "buffer size must be strictly positive")
	}
	if n > ioMaxBufferSize {
		// CPython allocates the buffer here: a size beyond what can be
		// allocated fails as its PyMem_Malloc does.
		return nil, NewException(MemoryErrorType)
	}
	b.raw = raw
	b.rawF = nil
	b.path = ""
	if in, ok := raw.(*Instance); ok && in.typ == FileIOType {
		b.rawF, _ = in.base.(*fileIO)
		if n, ok := in.dict.GetStr("name").(*Str); ok {
			b.path = n.s
		}
	}
	b.size = int(n)
	b.kind = kind
	b.rbuf, b.rpos, b.wbuf = nil, 0, nil
	b.ok = true
	return None, nil
}

func ioRequire(t *Thread, raw Object, meth *Str, msg string) *BaseException {
	ok, exc := ioCallBool(t, raw, meth)
	if exc != nil {
		return exc
	}
	if !ok {
		return ioUnsupported(msg)
	}
	return nil
}

// defBuf registers a method that runs with the buffer initialised and
// locked.
func defBuf(typ *Type, name string, fn func(t *Thread, b *bufferedIO, self Object, args []Object, kw []*Str) (Object, *BaseException)) {
	defIO(typ, name, func(t *Thread, b *bufferedIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := b.checkInit(); exc != nil {
			return nil, exc
		}
		if exc := b.lock(t, self); exc != nil {
			return nil, exc
		}
		defer b.unlock()
		return fn(t, b, self, args, kw)
	})
}

func bytesOrNone(b []byte) Object {
	if b == nil {
		return None
	}
	return NewBytes(b)
}

func initBuffered() {
	docs := map[*Type]string{
		BufferedReaderType: "Create a new buffered reader using the given readable raw IO object.",
		BufferedWriterType: "A buffer for a writeable sequential RawIO object.\n\nThe constructor creates a BufferedWriter for the given writeable raw\nstream. If the buffer_size is not given, it defaults to\nDEFAULT_BUFFER_SIZE.",
		BufferedRandomType: "A buffered interface to random access streams.\n\nThe constructor creates a reader and writer for a seekable stream,\nraw, given in the first argument. If the buffer_size is omitted it\ndefaults to DEFAULT_BUFFER_SIZE.",
	}
	for _, typ := range []*Type{BufferedReaderType, BufferedWriterType, BufferedRandomType} {
		typ := typ
		typ.dict.SetStr("__doc__", NewStr(docs[typ]))
		DefStatic(typ, "__new__", ioNewFn(typ, func() Object { return &bufferedIO{kind: typ} }))
		defIO(typ, "__init__", func(t *Thread, b *bufferedIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
			return bufferedInit(t, b, self, args, kw, typ)
		})
		defIOGet(typ, "raw", func(t *Thread, b *bufferedIO, self Object) (Object, *BaseException) {
			if b.detached {
				return None, nil
			}
			if exc := b.checkInit(); exc != nil {
				return nil, exc
			}
			return b.raw, nil
		}, nil)
		defIOGet(typ, "closed", func(t *Thread, b *bufferedIO, self Object) (Object, *BaseException) {
			if exc := b.checkInit(); exc != nil {
				return nil, exc
			}
			c, exc := b.rawClosed(t)
			return Bool(c), exc
		}, nil)
		for _, attr := range []*Str{ioStrName, ioStrMode} {
			attr := attr
			defIOGet(typ, attr.s, func(t *Thread, b *bufferedIO, self Object) (Object, *BaseException) {
				if exc := b.checkInit(); exc != nil {
					return nil, exc
				}
				return GetAttr(t, b.raw, attr)
			}, nil)
		}
		defIOGet(typ, "_finalizing", func(t *Thread, b *bufferedIO, self Object) (Object, *BaseException) {
			return False, nil
		}, nil)
		defIO(typ, "_dealloc_warn", func(t *Thread, b *bufferedIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
			return None, nil
		})
		DefMethod(typ, "__getstate__", ioCannotPickle)
		for _, m := range []*Str{ioStrFileno, ioStrIsatty, ioStrSeekable} {
			m := m
			defIO(typ, m.s, func(t *Thread, b *bufferedIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
				if exc := b.checkInit(); exc != nil {
					return nil, exc
				}
				return CallMethod(t, b.raw, m, nil, nil)
			})
		}
		if typ != BufferedWriterType {
			defIO(typ, "readable", func(t *Thread, b *bufferedIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
				if exc := b.checkInit(); exc != nil {
					return nil, exc
				}
				return CallMethod(t, b.raw, ioStrReadable, nil, nil)
			})
		}
		if typ != BufferedReaderType {
			defIO(typ, "writable", func(t *Thread, b *bufferedIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
				if exc := b.checkInit(); exc != nil {
					return nil, exc
				}
				return CallMethod(t, b.raw, ioStrWritable, nil, nil)
			})
		}
		defIO(typ, "__repr__", func(t *Thread, b *bufferedIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
			tn := ioTypeName(self)
			name, exc := GetAttr(t, self, ioStrName)
			if exc != nil {
				if exc.IsInstanceOf(AttributeErrorType) || exc.IsInstanceOf(ValueErrorType) {
					return NewStr("<" + tn + ">"), nil
				}
				return nil, exc
			}
			if !reprEnter(t, self) {
				return nil, Errorf(RuntimeErrorType, "reentrant call inside %s.__repr__", tn)
			}
			defer reprLeave(t, self)
			nr, exc := Repr(t, name)
			if exc != nil {
				return nil, exc
			}
			return NewStr("<" + tn + " name=" + nr.s + ">"), nil
		})
		defIO(typ, "close", func(t *Thread, b *bufferedIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := b.checkInit(); exc != nil {
				return nil, exc
			}
			closed, exc := b.rawClosed(t)
			if exc != nil {
				return nil, exc
			}
			if closed {
				return None, nil
			}
			_, fexc := CallMethod(t, self, ioStrFlush, nil, nil)
			// The raw stream closes under the buffer's lock, as in
			// CPython: a write from another thread waits, then sees
			// the file closed.
			if exc := b.lock(t, self); exc != nil {
				return nil, exc
			}
			_, cexc := CallMethod(t, b.raw, ioStrClose, nil, nil)
			b.rbuf, b.rpos = nil, 0
			b.unlock()
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
		defIO(typ, "detach", func(t *Thread, b *bufferedIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := b.checkInit(); exc != nil {
				return nil, exc
			}
			if _, exc := CallMethod(t, self, ioStrFlush, nil, nil); exc != nil {
				return nil, exc
			}
			raw := b.raw
			b.ok, b.detached = false, true
			return raw, nil
		})
		defBuf(typ, "tell", func(t *Thread, b *bufferedIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := ioArgs("tell", args, kw, 0, 0); exc != nil {
				return nil, exc
			}
			n, exc := b.tell(t)
			if exc != nil {
				return nil, exc
			}
			return MakeInt(n), nil
		})
		defIO(typ, "seek", func(t *Thread, b *bufferedIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := b.checkInit(); exc != nil {
				return nil, exc
			}
			if exc := ioArgs("seek", args, kw, 1, 2); exc != nil {
				return nil, exc
			}
			target, exc := ioIntArg(t, args[0])
			if exc != nil {
				return nil, exc
			}
			whence := int64(0)
			if len(args) > 1 {
				if whence, exc = ioIntArg(t, args[1]); exc != nil {
					return nil, exc
				}
			}
			if whence < 0 || whence > 4 {
				return nil, Errorf(ValueErrorType, "whence value %d unsupported", whence)
			}
			if exc := b.checkClosed(t, "seek of closed file", false); exc != nil {
				return nil, exc
			}
			if exc := ioRequire(t, b.raw, ioStrSeekable, "File or stream is not seekable."); exc != nil {
				return nil, exc
			}
			if exc := b.lock(t, self); exc != nil {
				return nil, exc
			}
			defer b.unlock()
			n, exc := b.seek(t, target, int(whence))
			if exc != nil {
				return nil, exc
			}
			return MakeInt(n), nil
		})
		defIO(typ, "truncate", func(t *Thread, b *bufferedIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := b.checkInit(); exc != nil {
				return nil, exc
			}
			if exc := ioArgs("truncate", args, kw, 0, 1); exc != nil {
				return nil, exc
			}
			if exc := b.checkClosed(t, "truncate of closed file", false); exc != nil {
				return nil, exc
			}
			if !b.writable {
				return nil, ioUnsupported("truncate")
			}
			if exc := b.lock(t, self); exc != nil {
				return nil, exc
			}
			if exc := b.flushWrites(t); exc != nil {
				b.unlock()
				return nil, exc
			}
			if b.readable {
				if exc := b.dropReadAhead(t); exc != nil {
					b.unlock()
					return nil, exc
				}
			}
			b.unlock()
			pos := ioOptArg(args, 0, None)
			if pos == None {
				p, exc := b.tell(t)
				if exc != nil {
					return nil, exc
				}
				pos = MakeInt(p)
			}
			return CallMethod(t, b.raw, ioStrTruncate, []Object{pos}, nil)
		})
	}
	// flush: the reader passes it to the raw stream; writers write out.
	defIO(BufferedReaderType, "flush", func(t *Thread, b *bufferedIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := b.checkInit(); exc != nil {
			return nil, exc
		}
		return CallMethod(t, b.raw, ioStrFlush, nil, nil)
	})
	for _, typ := range []*Type{BufferedWriterType, BufferedRandomType} {
		defIO(typ, "flush", func(t *Thread, b *bufferedIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := b.checkInit(); exc != nil {
				return nil, exc
			}
			if exc := b.checkClosed(t, "flush of closed file", false); exc != nil {
				return nil, exc
			}
			if exc := b.lock(t, self); exc != nil {
				return nil, exc
			}
			defer b.unlock()
			if exc := b.flushWrites(t); exc != nil {
				return nil, exc
			}
			if b.readable {
				if exc := b.dropReadAhead(t); exc != nil {
					return nil, exc
				}
			}
			return None, nil
		})
		defIO(typ, "write", func(t *Thread, b *bufferedIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := b.checkInit(); exc != nil {
				return nil, exc
			}
			if exc := ioArgs("write", args, kw, 1, 1); exc != nil {
				return nil, exc
			}
			data, exc := bytesArg(t, args[0])
			if exc != nil {
				return nil, exc
			}
			if exc := b.checkClosed(t, "write to closed file", false); exc != nil {
				return nil, exc
			}
			if exc := b.lock(t, self); exc != nil {
				return nil, exc
			}
			defer b.unlock()
			// Another thread may have closed the file while this one
			// waited for the lock (CPython checks again here too).
			if exc := b.checkClosed(t, "write to closed file", false); exc != nil {
				return nil, exc
			}
			if exc := b.write(t, data); exc != nil {
				return nil, exc
			}
			return MakeInt(int64(len(data))), nil
		})
	}
	for _, typ := range []*Type{BufferedReaderType, BufferedRandomType} {
		defIO(typ, "read", func(t *Thread, b *bufferedIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := b.checkInit(); exc != nil {
				return nil, exc
			}
			if exc := ioArgs("read", args, kw, 0, 1); exc != nil {
				return nil, exc
			}
			n, exc := ioSizeArg(t, ioOptArg(args, 0, None))
			if exc != nil {
				return nil, exc
			}
			if n < -1 {
				return nil, NewError(ValueErrorType, "read length must be non-negative or -1")
			}
			if exc := b.checkClosed(t, "read of closed file", true); exc != nil {
				return nil, exc
			}
			if exc := b.lock(t, self); exc != nil {
				return nil, exc
			}
			defer b.unlock()
			data, exc := b.read(t, n)
			if exc != nil {
				return nil, exc
			}
			return bytesOrNone(data), nil
		})
		defIO(typ, "read1", func(t *Thread, b *bufferedIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := b.checkInit(); exc != nil {
				return nil, exc
			}
			if exc := ioArgs("read1", args, kw, 0, 1); exc != nil {
				return nil, exc
			}
			n, exc := ioSizeArg(t, ioOptArg(args, 0, None))
			if exc != nil {
				return nil, exc
			}
			if exc := b.checkClosed(t, "read of closed file", true); exc != nil {
				return nil, exc
			}
			if exc := b.lock(t, self); exc != nil {
				return nil, exc
			}
			defer b.unlock()
			data, exc := b.read1(t, n)
			if exc != nil {
				return nil, exc
			}
			return bytesOrNone(data), nil
		})
		defIO(typ, "peek", func(t *Thread, b *bufferedIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := b.checkInit(); exc != nil {
				return nil, exc
			}
			if exc := ioArgs("peek", args, kw, 0, 1); exc != nil {
				return nil, exc
			}
			if exc := b.checkClosed(t, "peek of closed file", true); exc != nil {
				return nil, exc
			}
			if exc := b.lock(t, self); exc != nil {
				return nil, exc
			}
			defer b.unlock()
			data, exc := b.peek(t)
			if exc != nil {
				return nil, exc
			}
			return NewBytes(data), nil
		})
		for _, name := range []string{"readinto", "readinto1"} {
			one := name == "readinto1"
			name := name
			defIO(typ, name, func(t *Thread, b *bufferedIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
				if exc := b.checkInit(); exc != nil {
					return nil, exc
				}
				if exc := ioArgs(name, args, kw, 1, 1); exc != nil {
					return nil, exc
				}
				n, exc := writableLen(t, args[0])
				if exc != nil {
					return nil, exc
				}
				if exc := b.checkClosed(t, "readinto of closed file", true); exc != nil {
					return nil, exc
				}
				if exc := b.lock(t, self); exc != nil {
					return nil, exc
				}
				var data []byte
				if one {
					data, exc = b.readinto1(t, n)
				} else {
					data, exc = b.read(t, n)
				}
				b.unlock()
				if exc != nil {
					return nil, exc
				}
				if data == nil {
					return None, nil
				}
				if exc := fillBuffer(t, args[0], data); exc != nil {
					return nil, exc
				}
				return MakeInt(int64(len(data))), nil
			})
		}
		defIO(typ, "readline", func(t *Thread, b *bufferedIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := b.checkInit(); exc != nil {
				return nil, exc
			}
			if exc := ioArgs("readline", args, kw, 0, 1); exc != nil {
				return nil, exc
			}
			n, exc := ioSizeArg(t, ioOptArg(args, 0, None))
			if exc != nil {
				return nil, exc
			}
			if exc := b.checkClosed(t, "readline of closed file", true); exc != nil {
				return nil, exc
			}
			if exc := b.lock(t, self); exc != nil {
				return nil, exc
			}
			defer b.unlock()
			data, exc := b.readline(t, n)
			if exc != nil {
				return nil, exc
			}
			return NewBytes(data), nil
		})
		defIO(typ, "__next__", func(t *Thread, b *bufferedIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
			var line Object
			if TypeOf(self).builtin {
				if exc := b.checkInit(); exc != nil {
					return nil, exc
				}
				if exc := b.checkClosed(t, "readline of closed file", true); exc != nil {
					return nil, exc
				}
				if exc := b.lock(t, self); exc != nil {
					return nil, exc
				}
				data, exc := b.readline(t, -1)
				b.unlock()
				if exc != nil {
					return nil, exc
				}
				if len(data) == 0 {
					return nil, NewException(StopIterationType)
				}
				return NewBytes(data), nil
			}
			line, exc := CallMethod(t, self, ioStrReadline, nil, nil)
			if exc != nil {
				return nil, exc
			}
			n, exc := Len(t, line)
			if exc != nil {
				return nil, exc
			}
			if n == 0 {
				return nil, NewException(StopIterationType)
			}
			return line, nil
		})
	}
	initRWPair()
}

// ---- BufferedRWPair ----

type rwPair struct {
	reader, writer Object
}

// Type implements Object.
func (*rwPair) Type() *Type { return BufferedRWPairType }

func initRWPair() {
	P := BufferedRWPairType
	P.dict.SetStr("__doc__", NewStr("A buffered reader and writer object together.\n\nA buffered reader object and buffered writer object put together to\nform a sequential IO object that can read and write. This is typically\nused with a socket or two-way pipe.\n\nreader and writer are RawIOBase objects that are readable and\nwriteable respectively. If the buffer_size is omitted it defaults to\nDEFAULT_BUFFER_SIZE."))
	DefStatic(P, "__new__", ioNewFn(P, func() Object { return &rwPair{} }))
	defIO(P, "__init__", func(t *Thread, p *rwPair, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if len(kw) > 0 {
			return nil, NewError(TypeErrorType, "BufferedRWPair() takes no keyword arguments")
		}
		if len(args) < 2 || len(args) > 3 {
			if len(args) < 2 {
				return nil, Errorf(TypeErrorType, "BufferedRWPair expected at least 2 arguments, got %d", len(args))
			}
			return nil, Errorf(TypeErrorType, "BufferedRWPair expected at most 3 arguments, got %d", len(args))
		}
		size := ioOptArg(args, 2, MakeInt(ioDefaultBufferSize))
		if exc := ioRequire(t, args[0], ioStrReadable, "File or stream is not readable."); exc != nil {
			return nil, exc
		}
		if exc := ioRequire(t, args[1], ioStrWritable, "File or stream is not writable."); exc != nil {
			return nil, exc
		}
		r, exc := Call(t, BufferedReaderType, []Object{args[0], size}, nil)
		if exc != nil {
			return nil, exc
		}
		w, exc := Call(t, BufferedWriterType, []Object{args[1], size}, nil)
		if exc != nil {
			return nil, exc
		}
		p.reader, p.writer = r, w
		return None, nil
	})
	fwd := func(name string, toWriter bool) {
		n := InternStr(name)
		defIO(P, name, func(t *Thread, p *rwPair, self Object, args []Object, kw []*Str) (Object, *BaseException) {
			target := p.reader
			if toWriter {
				target = p.writer
			}
			if target == nil {
				return nil, NewError(ValueErrorType, "I/O operation on uninitialized object")
			}
			return CallMethod(t, target, n, args, kw)
		})
	}
	for _, m := range []string{"read", "peek", "read1", "readinto", "readinto1", "readable"} {
		fwd(m, false)
	}
	for _, m := range []string{"write", "flush", "writable"} {
		fwd(m, true)
	}
	defIO(P, "isatty", func(t *Thread, p *rwPair, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if p.writer == nil {
			return nil, NewError(ValueErrorType, "I/O operation on uninitialized object")
		}
		r, exc := CallMethod(t, p.writer, ioStrIsatty, nil, nil)
		if exc != nil {
			return nil, exc
		}
		if b, exc := IsTrue(t, r); exc != nil || b {
			return r, exc
		}
		return CallMethod(t, p.reader, ioStrIsatty, nil, nil)
	})
	defIO(P, "close", func(t *Thread, p *rwPair, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if p.writer == nil {
			return nil, NewError(ValueErrorType, "I/O operation on uninitialized object")
		}
		_, wexc := CallMethod(t, p.writer, ioStrClose, nil, nil)
		_, rexc := CallMethod(t, p.reader, ioStrClose, nil, nil)
		if rexc != nil {
			if wexc != nil && rexc.context == nil {
				rexc.context = wexc
			}
			return nil, rexc
		}
		if wexc != nil {
			return nil, wexc
		}
		return None, nil
	})
	defIOGet(P, "closed", func(t *Thread, p *rwPair, self Object) (Object, *BaseException) {
		if p.writer == nil {
			return nil, NewError(RuntimeErrorType, "the BufferedRWPair object is being garbage-collected")
		}
		return GetAttr(t, p.writer, ioStrClosed)
	}, nil)
}

func init() { initBuffered() }

// Unclosed files. CPython flushes and closes a file object when its last
// reference goes away, so `open(p, "w").write(s)` followed by reading p sees
// s, while data written through a file that is still referenced stays
// buffered. Files holding unwritten data are remembered here with a weak
// pointer to their object: before a path is opened or stat'ed again (and
// before a process is started) a collection tells which of them are
// unreachable, and those are flushed, as CPython would have done. At exit
// every file is flushed. A cleanup also closes unreachable files' descriptors.
type dirtyEntry struct {
	self selfRef
	path string
}

var (
	dirtyMu       sync.Mutex
	dirtyBuffered = map[*bufferedIO]dirtyEntry{}
	dirtyText     = map[*textIO]dirtyEntry{}
)

func markDirty(b *bufferedIO) {
	dirtyMu.Lock()
	dirtyBuffered[b] = dirtyEntry{b.self, b.path}
	dirtyMu.Unlock()
}

func markDirtyText(x *textIO) {
	dirtyMu.Lock()
	dirtyText[x] = dirtyEntry{x.self, x.path}
	dirtyMu.Unlock()
}

func flushTextEntry(t *Thread, x *textIO) bool {
	if x.owner.Load() == t {
		return false
	}
	x.mu.Lock()
	x.dirty = false
	if x.ok && len(x.wbuf) > 0 {
		x.flushPending(t)
	}
	x.mu.Unlock()
	return true
}

func flushBufferedEntry(t *Thread, b *bufferedIO) bool {
	if b.owner.Load() == t {
		return false
	}
	b.mu.Lock()
	b.dirty = false
	if b.ok && len(b.wbuf) > 0 {
		if closed, _ := b.rawClosed(t); !closed {
			b.flushWrites(t)
		}
	}
	b.mu.Unlock()
	return true
}

// flushUnreachableFiles flushes the pending data of files no longer
// referenced; path limits the check to files opened on that path ("": any).
func flushUnreachableFiles(t *Thread, path string) {
	dirtyMu.Lock()
	match := false
	for _, e := range dirtyText {
		if path == "" || e.path == path {
			match = true
		}
	}
	for _, e := range dirtyBuffered {
		if path == "" || e.path == path {
			match = true
		}
	}
	dirtyMu.Unlock()
	if !match {
		return
	}
	goruntime.GC()
	flushDirty(t, func(e dirtyEntry) bool { return !selfAlive(e.self) })
}

// flushDirtyFiles writes out the pending data of every file (at exit).
func flushDirtyFiles(t *Thread) {
	flushDirty(t, func(dirtyEntry) bool { return true })
}

func flushDirty(t *Thread, want func(dirtyEntry) bool) {
	dirtyMu.Lock()
	var texts []*textIO
	for x, e := range dirtyText {
		if want(e) {
			texts = append(texts, x)
			delete(dirtyText, x)
		}
	}
	dirtyMu.Unlock()
	for _, x := range texts {
		if !flushTextEntry(t, x) {
			markDirtyText(x)
		} else if b := x.bufN; b != nil {
			// Closing the text layer flushes the buffer below it too.
			dirtyMu.Lock()
			_, ok := dirtyBuffered[b]
			delete(dirtyBuffered, b)
			dirtyMu.Unlock()
			if ok && !flushBufferedEntry(t, b) {
				markDirty(b)
			}
		}
	}
	dirtyMu.Lock()
	var bufs []*bufferedIO
	for b, e := range dirtyBuffered {
		if want(e) {
			bufs = append(bufs, b)
			delete(dirtyBuffered, b)
		}
	}
	dirtyMu.Unlock()
	for _, b := range bufs {
		if !flushBufferedEntry(t, b) {
			markDirty(b)
		}
	}
}

// fileCleanup closes a file object the program no longer references.
func fileCleanup(st Object) {
	t := NewThread()
	switch s := st.(type) {
	case *textIO:
		s.mu.Lock()
		if s.ok && len(s.wbuf) > 0 {
			s.flushPending(t)
		}
		b := s.bufN
		s.mu.Unlock()
		if b != nil {
			flushBufferedEntry(t, b)
		}
		dirtyMu.Lock()
		delete(dirtyText, s)
		if b != nil && !b.dirty {
			delete(dirtyBuffered, b)
		}
		dirtyMu.Unlock()
	case *bufferedIO:
		s.mu.Lock()
		if s.ok && len(s.wbuf) > 0 {
			if closed, _ := s.rawClosed(t); !closed {
				s.flushWrites(t)
			}
		}
		s.mu.Unlock()
		dirtyMu.Lock()
		delete(dirtyBuffered, s)
		dirtyMu.Unlock()
	case *fileIO:
		if s.fd >= 0 && s.closefd && s.fd > 2 {
			s.closeFD()
		}
	}
}

func init() {
	RegisterAtExit(NewBuiltin("_flush_unclosed_files", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		flushDirtyFiles(t)
		return None, nil
	}))
}
