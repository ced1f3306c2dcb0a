package runtime

import (
	"bufio"
	"errors"
	"io"
	"os"
	goruntime "runtime"
	"strings"
	"sync"
	"syscall"
	"unicode/utf8"
)

// fileObj is what open() returns: a Go-backed text (TextIOWrapper) or binary
// (BufferedReader/Writer/Random, FileIO) file. Text files decode on read,
// translate newlines as CPython's universal-newlines mode, and encode on
// write. mu guards all state.
type fileObj struct {
	mu        sync.Mutex
	typ       *Type
	f         *os.File
	name      Object
	mode      string
	binary    bool
	readable  bool
	writable  bool
	appending bool
	closed    bool
	closefd   bool
	r         *bufio.Reader
	w         *bufio.Writer
	// newline: nil pointer semantics via hasNewline; newline=None means
	// universal reading with translation to "\n".
	newlineNone bool
	newline     string
	encoding    string
	encName     string // normalised codec: utf-8, latin-1, ascii
	errors      string
}

var (
	// foTextType is _io.TextIOWrapper (also the type of sys.stdout).
	foTextType = StdStreamType
	// foBufferedReaderType is _io.BufferedReader.
	foBufferedReaderType = foNewType("BufferedReader")
	// foBufferedWriterType is _io.BufferedWriter.
	foBufferedWriterType = foNewType("BufferedWriter")
	// foBufferedRandomType is _io.BufferedRandom.
	foBufferedRandomType = foNewType("BufferedRandom")
	// foFileIOType is _io.FileIO.
	foFileIOType = foNewType("FileIO")
)

func foNewType(name string) *Type {
	t := finalType(newBuiltinType(name, ObjectType))
	t.module = "_io"
	return t
}

// Type implements Object.
func (f *fileObj) Type() *Type { return f.typ }

// Dirty files (unflushed writes) are flushed before another open() and at
// exit, so `open(p, 'w').write(s)` is visible to a later open(p) as it is
// under CPython's reference counting.
var (
	foDirtyMu    sync.Mutex
	foDirtyFiles = map[*fileObj]struct{}{}
)

func foMarkDirty(f *fileObj) {
	foDirtyMu.Lock()
	foDirtyFiles[f] = struct{}{}
	foDirtyMu.Unlock()
}

func flushOpenFiles() {
	foDirtyMu.Lock()
	files := make([]*fileObj, 0, len(foDirtyFiles))
	for f := range foDirtyFiles {
		files = append(files, f)
	}
	foDirtyFiles = map[*fileObj]struct{}{}
	foDirtyMu.Unlock()
	for _, f := range files {
		f.mu.Lock()
		if !f.closed && f.w != nil {
			f.w.Flush()
		}
		f.mu.Unlock()
	}
}

func foOSError(err error, filename Object) *BaseException {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return NewOSError(int(errno), filename)
	}
	return NewError(OSErrorType, err.Error())
}

func foNormEncoding(enc string) (string, bool) {
	e := strings.ToLower(strings.ReplaceAll(enc, "_", "-"))
	switch e {
	case "utf-8", "utf8", "u8", "utf", "cp65001":
		return "utf-8", true
	case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1", "8859", "cp819", "latin":
		return "latin-1", true
	case "ascii", "us-ascii", "646":
		return "ascii", true
	}
	return "", false
}

// foFSPath converts open()'s file argument to a path.
func foFSPath(t *Thread, o Object) (string, *BaseException) {
	switch v := Unwrap(o).(type) {
	case *Str:
		return v.s, nil
	case *Bytes:
		return string(v.b), nil
	}
	if f := TypeOf(o).lookup(InternStr("__fspath__")); f != nil {
		r, exc := callUnaryDunder(t, f, o)
		if exc != nil {
			return "", exc
		}
		switch v := Unwrap(r).(type) {
		case *Str:
			return v.s, nil
		case *Bytes:
			return string(v.b), nil
		}
		return "", Errorf(TypeErrorType, "expected %s.__fspath__() to return str or bytes, not %s", TypeOf(o).name, TypeOf(r).name)
	}
	return "", Errorf(TypeErrorType, "expected str, bytes or os.PathLike object, not %s", TypeOf(o).name)
}

// OpenFile implements the builtin open().
func OpenFile(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
	var file, mode, buffering, encoding, errs, newline, closefd, opener Object = nil, NewStr("r"), MakeInt(-1), None, None, None, True, None
	if exc := ParseArgs("open", args, kw, []string{"file", "mode?", "buffering?", "encoding?", "errors?", "newline?", "closefd?", "opener?"},
		&file, &mode, &buffering, &encoding, &errs, &newline, &closefd, &opener); exc != nil {
		return nil, exc
	}
	ms, ok := mode.(*Str)
	if !ok {
		return nil, Errorf(TypeErrorType, "open() argument 'mode' must be str, not %s", TypeOf(mode).name)
	}
	for _, p := range []struct {
		name string
		v    Object
	}{{"encoding", encoding}, {"errors", errs}, {"newline", newline}} {
		if p.v != None {
			if _, ok := p.v.(*Str); !ok {
				return nil, Errorf(TypeErrorType, "open() argument '%s' must be str or None, not %s", p.name, TypeOf(p.v).name)
			}
		}
	}
	bufN, ok := Unwrap(buffering).(Int)
	if !ok {
		if b, isB := buffering.(Bool); isB {
			bufN, ok = 0, true
			if b {
				bufN = 1
			}
		}
	}
	if !ok {
		return nil, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeOf(buffering).name)
	}
	m := ms.s
	seen := map[rune]bool{}
	for _, c := range m {
		if !strings.ContainsRune("axrwb+t", c) || seen[c] {
			return nil, Errorf(ValueErrorType, "invalid mode: %s", quoteStr(m))
		}
		seen[c] = true
	}
	creating, reading, writing, appending := seen['x'], seen['r'], seen['w'], seen['a']
	updating, text, binary := seen['+'], seen['t'], seen['b']
	if text && binary {
		return nil, NewError(ValueErrorType, "can't have text and binary mode at once")
	}
	n := 0
	for _, b := range []bool{creating, reading, writing, appending} {
		if b {
			n++
		}
	}
	if n > 1 {
		return nil, NewError(ValueErrorType, "must have exactly one of create/read/write/append mode")
	}
	if n == 0 {
		return nil, NewError(ValueErrorType, "Must have exactly one of create/read/write/append mode and at most one plus")
	}
	if binary {
		if encoding != None {
			return nil, NewError(ValueErrorType, "binary mode doesn't take an encoding argument")
		}
		if errs != None {
			return nil, NewError(ValueErrorType, "binary mode doesn't take an errors argument")
		}
		if newline != None {
			return nil, NewError(ValueErrorType, "binary mode doesn't take a newline argument")
		}
	} else if bufN == 0 {
		return nil, NewError(ValueErrorType, "can't have unbuffered text I/O")
	}
	nl := ""
	if newline != None {
		nl = newline.(*Str).s
		switch nl {
		case "", "\n", "\r", "\r\n":
		default:
			return nil, Errorf(ValueErrorType, "illegal newline value: %s", nl)
		}
	}
	enc, encName := "UTF-8", "utf-8"
	if encoding != None {
		enc = encoding.(*Str).s
		var ok bool
		if encName, ok = foNormEncoding(enc); !ok {
			return nil, Errorf(LookupErrorType, "unknown encoding: %s", enc)
		}
	}
	errors := "strict"
	if errs != None {
		errors = errs.(*Str).s
	}

	fl := &fileObj{mode: m, binary: binary, readable: reading || updating, writable: !reading || updating,
		appending: appending, encoding: enc, encName: encName, errors: errors,
		newlineNone: newline == None, newline: nl, name: file}
	flags := 0
	switch {
	case reading:
		flags = os.O_RDONLY
	case writing:
		flags = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	case appending:
		flags = os.O_WRONLY | os.O_CREATE | os.O_APPEND
	case creating:
		flags = os.O_WRONLY | os.O_CREATE | os.O_EXCL
	}
	if updating {
		flags = flags&^(os.O_WRONLY|os.O_RDONLY) | os.O_RDWR
	}
	flushOpenFiles()
	cf, exc := IsTrue(t, closefd)
	if exc != nil {
		return nil, exc
	}
	fl.closefd = cf
	if fd, ok := Unwrap(file).(Int); ok {
		if fd < 0 {
			return nil, NewError(ValueErrorType, "negative file descriptor")
		}
		fl.f = os.NewFile(uintptr(fd), sprintf("%d", int64(fd)))
		if fl.f == nil {
			return nil, NewOSError(int(syscall.EBADF), nil)
		}
	} else {
		if !cf {
			return nil, NewError(ValueErrorType, "Cannot use closefd=False with file name")
		}
		path, exc := foFSPath(t, file)
		if exc != nil {
			return nil, exc
		}
		if strings.IndexByte(path, 0) >= 0 {
			return nil, NewError(ValueErrorType, "embedded null byte")
		}
		if opener != None {
			r, exc := Call2(t, opener, file, MakeInt(int64(flags|syscall.O_CLOEXEC)))
			if exc != nil {
				return nil, exc
			}
			fd, ok := Unwrap(r).(Int)
			if !ok || fd < 0 {
				return nil, NewError(ValueErrorType, "opener returned -1")
			}
			fl.f = os.NewFile(uintptr(fd), path)
		} else {
			f, err := os.OpenFile(path, flags, 0o666)
			if err != nil {
				return nil, foOSError(err, file)
			}
			fl.f = f
		}
		if st, err := fl.f.Stat(); err == nil && st.IsDir() {
			fl.f.Close()
			return nil, NewOSError(int(syscall.EISDIR), file)
		}
	}
	if appending {
		fl.f.Seek(0, io.SeekEnd)
	}
	// Report the mode as CPython: text keeps the given string; binary
	// objects show the normalised FileIO mode ("rb+", "ab", ...).
	if binary {
		var mb strings.Builder
		switch {
		case creating:
			mb.WriteString("xb")
		case appending:
			if updating {
				mb.WriteString("ab")
			} else {
				mb.WriteString("ab")
			}
		case reading && !updating:
			mb.WriteString("rb")
		case writing && !updating:
			mb.WriteString("wb")
		default:
			mb.WriteString("rb")
		}
		if updating {
			mb.WriteString("+")
		}
		fl.mode = mb.String()
		switch {
		case bufN == 0:
			fl.typ = foFileIOType
		case updating:
			fl.typ = foBufferedRandomType
		case reading:
			fl.typ = foBufferedReaderType
		default:
			fl.typ = foBufferedWriterType
		}
	} else {
		fl.typ = foTextType
	}
	goruntime.SetFinalizer(fl, func(f *fileObj) { f.mu.Lock(); f.closeLocked(); f.mu.Unlock() })
	return fl, nil
}

func (f *fileObj) closeLocked() *BaseException {
	if f.closed {
		return nil
	}
	var err error
	if f.w != nil {
		err = f.w.Flush()
	}
	f.closed = true
	if f.closefd {
		if e := f.f.Close(); err == nil {
			err = e
		}
	}
	if err != nil {
		return foOSError(err, nil)
	}
	return nil
}

func foClosedErr(msg string) *BaseException { return NewError(ValueErrorType, msg) }

// prepRead switches the file to reading (flushing pending writes).
func (f *fileObj) prepRead() *BaseException {
	if f.w != nil && f.w.Buffered() > 0 {
		if err := f.w.Flush(); err != nil {
			return foOSError(err, nil)
		}
	}
	if f.r == nil {
		f.r = bufio.NewReaderSize(f.f, 8192)
	}
	return nil
}

// prepWrite switches the file to writing: read-ahead is given back by seeking.
func (f *fileObj) prepWrite() *BaseException {
	if f.r != nil && f.r.Buffered() > 0 {
		if _, err := f.f.Seek(int64(-f.r.Buffered()), io.SeekCurrent); err != nil {
			return foOSError(err, nil)
		}
		f.r.Reset(f.f)
	}
	if f.w == nil {
		f.w = bufio.NewWriterSize(f.f, 8192)
	}
	return nil
}

// position is the logical file offset (tell()).
func (f *fileObj) position() (int64, *BaseException) {
	if f.w != nil && f.w.Buffered() > 0 {
		if err := f.w.Flush(); err != nil {
			return 0, foOSError(err, nil)
		}
	}
	pos, err := f.f.Seek(0, io.SeekCurrent)
	if err != nil {
		return 0, foOSError(err, nil)
	}
	if f.r != nil {
		pos -= int64(f.r.Buffered())
	}
	return pos, nil
}

// ---- text decoding ----

// readRawRune decodes one character (before newline translation); ok is
// false at EOF.
func (f *fileObj) readRawRune() (rune, bool, *BaseException) {
	for {
		switch f.encName {
		case "latin-1":
			b, err := f.r.ReadByte()
			if err != nil {
				return 0, false, foIOErr(err)
			}
			return rune(b), true, nil
		case "ascii":
			b, err := f.r.ReadByte()
			if err != nil {
				return 0, false, foIOErr(err)
			}
			if b < 0x80 {
				return rune(b), true, nil
			}
			switch f.errors {
			case "ignore":
				continue
			case "replace":
				return 0xFFFD, true, nil
			case "surrogateescape":
				return 0xDC00 + rune(b), true, nil
			}
			return 0, false, NewUnicodeDecodeError("ascii", []byte{b}, 0, 1, "ordinal not in range(128)")
		}
		r, size, err := f.r.ReadRune()
		if err != nil {
			return 0, false, foIOErr(err)
		}
		if r == utf8.RuneError && size == 1 {
			f.r.UnreadRune()
			b, _ := f.r.ReadByte()
			switch f.errors {
			case "ignore":
				continue
			case "replace":
				return 0xFFFD, true, nil
			case "surrogateescape":
				return 0xDC00 + rune(b), true, nil
			}
			reason := "invalid start byte"
			if b >= 0xC2 && b <= 0xF4 {
				if nb, err := f.r.Peek(1); err != nil || len(nb) == 0 {
					reason = "unexpected end of data"
				} else {
					reason = "invalid continuation byte"
				}
			}
			return 0, false, NewUnicodeDecodeError("utf-8", []byte{b}, 0, 1, reason)
		}
		return r, true, nil
	}
}

func foIOErr(err error) *BaseException {
	if err == io.EOF {
		return nil
	}
	return foOSError(err, nil)
}

func (f *fileObj) peekByte() (byte, bool) {
	b, err := f.r.Peek(1)
	if err != nil || len(b) == 0 {
		return 0, false
	}
	return b[0], true
}

// readChar is one character after newline translation.
func (f *fileObj) readChar() (rune, bool, *BaseException) {
	r, ok, exc := f.readRawRune()
	if !ok || exc != nil {
		return r, ok, exc
	}
	if r == '\r' && f.newlineNone {
		if b, ok := f.peekByte(); ok && b == '\n' {
			f.r.ReadByte()
		}
		return '\n', true, nil
	}
	return r, true, nil
}

// readText reads up to n characters (n < 0: to EOF).
func (f *fileObj) readText(n int) (string, *BaseException) {
	var b strings.Builder
	for i := 0; n < 0 || i < n; i++ {
		r, ok, exc := f.readChar()
		if exc != nil {
			return "", exc
		}
		if !ok {
			break
		}
		b.WriteString(encodeWTF8([]rune{r}))
	}
	return b.String(), nil
}

// readLineText reads one line (limit < 0: unlimited characters).
func (f *fileObj) readLineText(limit int) (string, *BaseException) {
	var b strings.Builder
	count := 0
	for limit < 0 || count < limit {
		r, ok, exc := f.readChar()
		if exc != nil {
			return "", exc
		}
		if !ok {
			break
		}
		b.WriteString(encodeWTF8([]rune{r}))
		count++
		if f.newlineNone {
			if r == '\n' {
				break
			}
			continue
		}
		switch f.newline {
		case "":
			if r == '\n' {
				return b.String(), nil
			}
			if r == '\r' {
				if nb, ok := f.peekByte(); ok && nb == '\n' && (limit < 0 || count < limit) {
					f.r.ReadByte()
					b.WriteByte('\n')
				}
				return b.String(), nil
			}
		case "\n":
			if r == '\n' {
				return b.String(), nil
			}
		case "\r":
			if r == '\r' {
				return b.String(), nil
			}
		case "\r\n":
			if r == '\n' && strings.HasSuffix(b.String(), "\r\n") {
				return b.String(), nil
			}
		}
	}
	return b.String(), nil
}

// encodeText encodes s for writing, with newline translation.
func (f *fileObj) encodeText(s *Str) ([]byte, *BaseException) {
	text := s.s
	if !f.newlineNone && (f.newline == "\r" || f.newline == "\r\n") {
		text = strings.ReplaceAll(text, "\n", f.newline)
	}
	switch f.encName {
	case "utf-8":
		if !foHasSurrogates(text) {
			return []byte(text), nil
		}
	}
	rs := decodeWTF8(text)
	out := make([]byte, 0, len(text))
	for i, r := range rs {
		limit := rune(0x10FFFF)
		reason := "surrogates not allowed"
		switch f.encName {
		case "latin-1":
			limit, reason = 0xFF, "ordinal not in range(256)"
		case "ascii":
			limit, reason = 0x7F, "ordinal not in range(128)"
		}
		bad := r > limit || (f.encName == "utf-8" && r >= 0xD800 && r <= 0xDFFF)
		if !bad {
			if f.encName == "utf-8" {
				out = utf8.AppendRune(out, r)
			} else {
				out = append(out, byte(r))
			}
			continue
		}
		switch f.errors {
		case "ignore":
			continue
		case "replace":
			out = append(out, '?')
			continue
		case "surrogateescape":
			if r >= 0xDC80 && r <= 0xDCFF {
				out = append(out, byte(r-0xDC00))
				continue
			}
		case "backslashreplace":
			switch {
			case r <= 0xFF:
				out = append(out, sprintf("\\x%02x", r)...)
			case r <= 0xFFFF:
				out = append(out, sprintf("\\u%04x", r)...)
			default:
				out = append(out, sprintf("\\U%08x", r)...)
			}
			continue
		case "xmlcharrefreplace":
			out = append(out, sprintf("&#%d;", r)...)
			continue
		}
		return nil, NewUnicodeEncodeError(f.encName, s, i, i+1, reason)
	}
	return out, nil
}

func foHasSurrogates(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == 0xED && s[i+1] >= 0xA0 {
			return true
		}
	}
	return false
}

// ---- binary helpers ----

func foBytesArg(t *Thread, o Object) ([]byte, *BaseException) {
	switch v := Unwrap(o).(type) {
	case *Bytes:
		return v.b, nil
	case *Str:
		return nil, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", TypeOf(o).name)
	}
	switch TypeOf(o).name {
	case "bytearray", "memoryview":
		r, exc := Call1(t, BytesType, o)
		if exc != nil {
			return nil, exc
		}
		if b, ok := r.(*Bytes); ok {
			return b.b, nil
		}
	}
	return nil, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", TypeOf(o).name)
}

func (f *fileObj) readBytes(n int) ([]byte, *BaseException) {
	if n < 0 {
		b, err := io.ReadAll(f.r)
		if err != nil {
			return nil, foOSError(err, nil)
		}
		return b, nil
	}
	buf := make([]byte, n)
	got, err := io.ReadFull(f.r, buf)
	if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
		return nil, foOSError(err, nil)
	}
	return buf[:got], nil
}

func (f *fileObj) readLineBytes(limit int) ([]byte, *BaseException) {
	var out []byte
	for limit < 0 || len(out) < limit {
		c, err := f.r.ReadByte()
		if err != nil {
			if err == io.EOF {
				break
			}
			return nil, foOSError(err, nil)
		}
		out = append(out, c)
		if c == '\n' {
			break
		}
	}
	return out, nil
}

// ---- methods ----

func foSelf(o Object, fname string) (*fileObj, *BaseException) {
	f, ok := o.(*fileObj)
	if !ok {
		return nil, Errorf(TypeErrorType, "descriptor '%s' requires a '_io.TextIOWrapper' object but received a '%s'", fname, TypeOf(o).name)
	}
	return f, nil
}

func foOptInt(t *Thread, o Object, fname string) (int, *BaseException) {
	if o == nil || o == None {
		return -1, nil
	}
	i, exc := Index(t, o)
	if exc != nil {
		return 0, Errorf(TypeErrorType, "argument should be integer or None, not '%s'", TypeOf(o).name)
	}
	n, ok := i.(Int)
	if !ok {
		return 0, NewError(OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	return int(n), nil
}

// checkReadable / checkWritable give CPython's closed/unsupported errors.
func (f *fileObj) checkRead(op string) *BaseException {
	if f.closed {
		if f.binary {
			return foClosedErr(op + " of closed file")
		}
		return foClosedErr("I/O operation on closed file.")
	}
	if !f.readable {
		if f.binary {
			return NewError(UnsupportedOperationType(), "read")
		}
		return NewError(UnsupportedOperationType(), "not readable")
	}
	return f.prepRead()
}

func (f *fileObj) checkWrite() *BaseException {
	if !f.writable {
		if f.binary {
			return NewError(UnsupportedOperationType(), "write")
		}
		if f.closed {
			return foClosedErr("I/O operation on closed file.")
		}
		return NewError(UnsupportedOperationType(), "not writable")
	}
	if f.closed {
		if f.binary {
			return foClosedErr("write to closed file")
		}
		return foClosedErr("I/O operation on closed file.")
	}
	return f.prepWrite()
}

func (f *fileObj) write(t *Thread, o Object) (Object, *BaseException) {
	var data []byte
	var n int
	if f.binary {
		b, exc := foBytesArg(t, o)
		if exc != nil {
			return nil, exc
		}
		data, n = b, len(b)
	} else {
		s, ok := o.(*Str)
		if !ok {
			if bs, ok2 := Unwrap(o).(*Str); ok2 {
				s, ok = bs, true
			}
		}
		if !ok {
			return nil, Errorf(TypeErrorType, "write() argument must be str, not %s", TypeOf(o).name)
		}
		b, exc := f.encodeText(s)
		if exc != nil {
			return nil, exc
		}
		data, n = b, s.Len()
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if exc := f.checkWrite(); exc != nil {
		return nil, exc
	}
	if _, err := f.w.Write(data); err != nil {
		return nil, foOSError(err, nil)
	}
	if f.typ == foFileIOType {
		if err := f.w.Flush(); err != nil {
			return nil, foOSError(err, nil)
		}
	} else if f.w.Buffered() > 0 {
		foMarkDirty(f)
	}
	return MakeInt(int64(n)), nil
}

func (f *fileObj) readline(t *Thread, limit int) (Object, *BaseException) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if exc := f.checkRead("readline"); exc != nil {
		return nil, exc
	}
	if f.binary {
		b, exc := f.readLineBytes(limit)
		if exc != nil {
			return nil, exc
		}
		return NewBytes(b), nil
	}
	s, exc := f.readLineText(limit)
	if exc != nil {
		return nil, exc
	}
	return NewStr(s), nil
}

func foIsEmptyLine(o Object) bool {
	switch v := o.(type) {
	case *Str:
		return v.s == ""
	case *Bytes:
		return len(v.b) == 0
	}
	return true
}

func initFileObjTypes() {
	all := []*Type{foTextType, foBufferedReaderType, foBufferedWriterType, foBufferedRandomType, foFileIOType}
	for _, typ := range all {
		DefMethod(typ, "read", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if s, ok := args[0].(*StdStream); ok {
				return foStdStreamRead(t, s, args[1:])
			}
			f, exc := foSelf(args[0], "read")
			if exc != nil {
				return nil, exc
			}
			if exc := ArgCount("read", args[1:], kw, 0, 1); exc != nil {
				return nil, exc
			}
			var n Object = None
			if len(args) > 1 {
				n = args[1]
			}
			size, exc := foOptInt(t, n, "read")
			if exc != nil {
				return nil, exc
			}
			f.mu.Lock()
			defer f.mu.Unlock()
			if exc := f.checkRead("read"); exc != nil {
				return nil, exc
			}
			if f.binary {
				b, exc := f.readBytes(size)
				if exc != nil {
					return nil, exc
				}
				return NewBytes(b), nil
			}
			s, exc := f.readText(size)
			if exc != nil {
				return nil, exc
			}
			return NewStr(s), nil
		})
		DefMethod(typ, "readline", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if s, ok := args[0].(*StdStream); ok {
				l, exc := s.ReadLine()
				if exc != nil {
					return nil, exc
				}
				return NewStr(l), nil
			}
			f, exc := foSelf(args[0], "readline")
			if exc != nil {
				return nil, exc
			}
			if exc := ArgCount("readline", args[1:], kw, 0, 1); exc != nil {
				return nil, exc
			}
			var n Object = None
			if len(args) > 1 {
				n = args[1]
			}
			limit, exc := foOptInt(t, n, "readline")
			if exc != nil {
				return nil, exc
			}
			return f.readline(t, limit)
		})
		DefMethod(typ, "readlines", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := ArgCount("readlines", args[1:], kw, 0, 1); exc != nil {
				return nil, exc
			}
			hint := -1
			if len(args) > 1 {
				h, exc := foOptInt(t, args[1], "readlines")
				if exc != nil {
					return nil, exc
				}
				hint = h
			}
			var lines []Object
			total := 0
			for {
				var l Object
				var exc *BaseException
				if s, ok := args[0].(*StdStream); ok {
					var ls string
					ls, exc = s.ReadLine()
					l = NewStr(ls)
				} else {
					f, e := foSelf(args[0], "readlines")
					if e != nil {
						return nil, e
					}
					l, exc = f.readline(t, -1)
				}
				if exc != nil {
					return nil, exc
				}
				if foIsEmptyLine(l) {
					break
				}
				lines = append(lines, l)
				if hint > 0 {
					n, _ := Len(t, l)
					total += n
					if total >= hint {
						break
					}
				}
			}
			return NewList(lines...), nil
		})
		DefMethod(typ, "write", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := ArgCount("write", args[1:], kw, 1, 1); exc != nil {
				return nil, exc
			}
			if s, ok := args[0].(*StdStream); ok {
				return foStdStreamWrite(s, args[1])
			}
			f, exc := foSelf(args[0], "write")
			if exc != nil {
				return nil, exc
			}
			return f.write(t, args[1])
		})
		DefMethod(typ, "writelines", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := ArgCount("writelines", args[1:], kw, 1, 1); exc != nil {
				return nil, exc
			}
			if f, ok := args[0].(*fileObj); ok && f.closed {
				return nil, foClosedErr("I/O operation on closed file.")
			}
			exc := ForEach(t, args[1], func(line Object) (bool, *BaseException) {
				var exc *BaseException
				if s, ok := args[0].(*StdStream); ok {
					_, exc = foStdStreamWrite(s, line)
				} else {
					_, exc = args[0].(*fileObj).write(t, line)
				}
				return exc == nil, exc
			})
			if exc != nil {
				return nil, exc
			}
			return None, nil
		})
		DefMethod(typ, "close", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if s, ok := args[0].(*StdStream); ok {
				s.Flush()
				return None, nil
			}
			f, exc := foSelf(args[0], "close")
			if exc != nil {
				return nil, exc
			}
			f.mu.Lock()
			defer f.mu.Unlock()
			return None, f.closeLocked()
		})
		DefMethod(typ, "flush", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if s, ok := args[0].(*StdStream); ok {
				s.Flush()
				return None, nil
			}
			f, exc := foSelf(args[0], "flush")
			if exc != nil {
				return nil, exc
			}
			f.mu.Lock()
			defer f.mu.Unlock()
			if f.closed {
				return nil, foClosedErr("I/O operation on closed file.")
			}
			if f.w != nil {
				if err := f.w.Flush(); err != nil {
					return nil, foOSError(err, nil)
				}
			}
			return None, nil
		})
		DefMethod(typ, "seek", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := ArgCount("seek", args[1:], kw, 1, 2); exc != nil {
				return nil, exc
			}
			f, exc := foSelf(args[0], "seek")
			if exc != nil {
				if s, ok := args[0].(*StdStream); ok && s != nil {
					return nil, NewError(UnsupportedOperationType(), "underlying stream is not seekable")
				}
				return nil, exc
			}
			off, exc := Index(t, args[1])
			if exc != nil {
				return nil, exc
			}
			offset, ok := off.(Int)
			if !ok {
				return nil, NewError(OverflowErrorType, "Python int too large to convert to C long")
			}
			whence := 0
			if len(args) > 2 {
				w, exc := IndexInt(t, args[2], "whence")
				if exc != nil {
					return nil, exc
				}
				whence = w
			}
			f.mu.Lock()
			defer f.mu.Unlock()
			if f.closed {
				if f.binary {
					return nil, foClosedErr("seek of closed file")
				}
				return nil, foClosedErr("I/O operation on closed file.")
			}
			if whence < 0 || whence > 2 {
				if f.binary {
					return nil, Errorf(ValueErrorType, "whence value %d unsupported", whence)
				}
				return nil, Errorf(ValueErrorType, "invalid whence (%d, should be 0, 1 or 2)", whence)
			}
			if !f.binary {
				if whence == 1 && offset != 0 {
					return nil, NewError(UnsupportedOperationType(), "can't do nonzero cur-relative seeks")
				}
				if whence == 2 && offset != 0 {
					return nil, NewError(UnsupportedOperationType(), "can't do nonzero end-relative seeks")
				}
				if whence == 0 && offset < 0 {
					return nil, Errorf(ValueErrorType, "negative seek position %d", int64(offset))
				}
			}
			if f.w != nil {
				if err := f.w.Flush(); err != nil {
					return nil, foOSError(err, nil)
				}
			}
			if whence == 1 && f.r != nil {
				offset -= Int(f.r.Buffered())
			}
			pos, err := f.f.Seek(int64(offset), whence)
			if err != nil {
				return nil, foOSError(err, nil)
			}
			if f.r != nil {
				f.r.Reset(f.f)
			}
			return MakeInt(pos), nil
		})
		DefMethod(typ, "tell", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			f, exc := foSelf(args[0], "tell")
			if exc != nil {
				if _, ok := args[0].(*StdStream); ok {
					return nil, NewOSError(int(syscall.ESPIPE), nil)
				}
				return nil, exc
			}
			f.mu.Lock()
			defer f.mu.Unlock()
			if f.closed {
				if f.binary {
					return nil, foClosedErr("I/O operation on closed file")
				}
				return nil, foClosedErr("I/O operation on closed file.")
			}
			pos, exc := f.position()
			if exc != nil {
				return nil, exc
			}
			return MakeInt(pos), nil
		})
		DefMethod(typ, "truncate", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := ArgCount("truncate", args[1:], kw, 0, 1); exc != nil {
				return nil, exc
			}
			f, exc := foSelf(args[0], "truncate")
			if exc != nil {
				return nil, exc
			}
			f.mu.Lock()
			defer f.mu.Unlock()
			if f.closed {
				return nil, foClosedErr("I/O operation on closed file.")
			}
			if !f.writable {
				if f.binary {
					return nil, NewError(UnsupportedOperationType(), "truncate")
				}
				return nil, NewError(UnsupportedOperationType(), "not writable")
			}
			pos, exc := f.position()
			if exc != nil {
				return nil, exc
			}
			if len(args) > 1 && args[1] != None {
				n, exc := IndexInt(t, args[1], "size")
				if exc != nil {
					return nil, exc
				}
				pos = int64(n)
			}
			if err := f.f.Truncate(pos); err != nil {
				return nil, foOSError(err, nil)
			}
			return MakeInt(pos), nil
		})
		DefMethod(typ, "fileno", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if s, ok := args[0].(*StdStream); ok {
				return MakeInt(int64(s.fd)), nil
			}
			f, exc := foSelf(args[0], "fileno")
			if exc != nil {
				return nil, exc
			}
			if f.closed {
				return nil, foClosedErr("I/O operation on closed file")
			}
			return MakeInt(int64(f.f.Fd())), nil
		})
		DefMethod(typ, "isatty", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			var osf *os.File
			switch s := args[0].(type) {
			case *StdStream:
				osf = s.f
			case *fileObj:
				if s.closed {
					return nil, foClosedErr("I/O operation on closed file")
				}
				osf = s.f
			}
			if osf == nil {
				return False, nil
			}
			fi, err := osf.Stat()
			return Bool(err == nil && fi.Mode()&os.ModeCharDevice != 0), nil
		})
		for _, q := range []string{"readable", "writable", "seekable"} {
			q := q
			DefMethod(typ, q, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
				switch s := args[0].(type) {
				case *StdStream:
					switch q {
					case "readable":
						return Bool(s.fd == 0), nil
					case "writable":
						return Bool(s.fd != 0), nil
					}
					return False, nil
				case *fileObj:
					if s.closed {
						return nil, foClosedErr("I/O operation on closed file")
					}
					switch q {
					case "readable":
						return Bool(s.readable), nil
					case "writable":
						return Bool(s.writable), nil
					}
					_, err := s.f.Seek(0, io.SeekCurrent)
					return Bool(err == nil), nil
				}
				return False, nil
			})
		}
		DefMethod(typ, "__enter__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if f, ok := args[0].(*fileObj); ok && f.closed {
				return nil, foClosedErr("I/O operation on closed file.")
			}
			return args[0], nil
		})
		DefMethod(typ, "__exit__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			_, exc := CallMethod(t, args[0], InternStr("close"), nil, nil)
			if exc != nil {
				return nil, exc
			}
			return None, nil
		})
		DefMethod(typ, "__iter__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if f, ok := args[0].(*fileObj); ok && f.closed {
				return nil, foClosedErr("I/O operation on closed file.")
			}
			return args[0], nil
		})
		DefMethod(typ, "__next__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			var l Object
			var exc *BaseException
			if s, ok := args[0].(*StdStream); ok {
				var ls string
				ls, exc = s.ReadLine()
				l = NewStr(ls)
			} else {
				f, e := foSelf(args[0], "__next__")
				if e != nil {
					return nil, e
				}
				l, exc = f.readline(t, -1)
			}
			if exc != nil {
				return nil, exc
			}
			if foIsEmptyLine(l) {
				return nil, NewException(StopIterationType)
			}
			return l, nil
		})
		DefMethod(typ, "__repr__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if s, ok := args[0].(*StdStream); ok {
				mode := "w"
				if s.fd == 0 {
					mode = "r"
				}
				return NewStr("<_io.TextIOWrapper name='" + s.name + "' mode='" + mode + "' encoding='utf-8'>"), nil
			}
			f := args[0].(*fileObj)
			name, exc := Repr(t, f.name)
			if exc != nil {
				return nil, exc
			}
			if f.binary {
				if f.typ == foFileIOType {
					if f.closed {
						return NewStr("<_io.FileIO [closed]>"), nil
					}
					cf := "True"
					if !f.closefd {
						cf = "False"
					}
					return NewStr("<_io.FileIO name=" + name.s + " mode='" + f.mode + "' closefd=" + cf + ">"), nil
				}
				return NewStr("<_io." + f.typ.name + " name=" + name.s + ">"), nil
			}
			return NewStr("<_io.TextIOWrapper name=" + name.s + " mode=" + quoteStr(f.mode) + " encoding=" + quoteStr(f.encoding) + ">"), nil
		})
		defGetSet(typ, "closed", func(t *Thread, o Object) (Object, *BaseException) {
			if f, ok := o.(*fileObj); ok {
				f.mu.Lock()
				defer f.mu.Unlock()
				return Bool(f.closed), nil
			}
			return Bool(o.(*StdStream).closed), nil
		}, nil)
		defGetSet(typ, "name", func(t *Thread, o Object) (Object, *BaseException) {
			if f, ok := o.(*fileObj); ok {
				return f.name, nil
			}
			return NewStr(o.(*StdStream).name), nil
		}, nil)
		defGetSet(typ, "mode", func(t *Thread, o Object) (Object, *BaseException) {
			if f, ok := o.(*fileObj); ok {
				return NewStr(f.mode), nil
			}
			if o.(*StdStream).fd == 0 {
				return NewStr("r"), nil
			}
			return NewStr("w"), nil
		}, nil)
	}
	T := foTextType
	defGetSet(T, "encoding", func(t *Thread, o Object) (Object, *BaseException) {
		if f, ok := o.(*fileObj); ok {
			return NewStr(f.encoding), nil
		}
		return NewStr("utf-8"), nil
	}, nil)
	defGetSet(T, "errors", func(t *Thread, o Object) (Object, *BaseException) {
		if f, ok := o.(*fileObj); ok {
			return NewStr(f.errors), nil
		}
		return NewStr(o.(*StdStream).Errors()), nil
	}, nil)
	defGetSet(T, "newlines", func(t *Thread, o Object) (Object, *BaseException) { return None, nil }, nil)
	defGetSet(T, "line_buffering", func(t *Thread, o Object) (Object, *BaseException) {
		if s, ok := o.(*StdStream); ok {
			return Bool(s.lineBuf && s.fd == 1), nil
		}
		return False, nil
	}, nil)
	defGetSet(T, "write_through", func(t *Thread, o Object) (Object, *BaseException) {
		if s, ok := o.(*StdStream); ok {
			return Bool(s.writeThrough), nil
		}
		return False, nil
	}, nil)
	defGetSet(foFileIOType, "closefd", func(t *Thread, o Object) (Object, *BaseException) {
		return Bool(o.(*fileObj).closefd), nil
	}, nil)
	for _, typ := range []*Type{foBufferedReaderType, foBufferedRandomType, foFileIOType} {
		DefMethod(typ, "read1", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			return CallMethod(t, args[0], InternStr("read"), args[1:], kw)
		})
		DefMethod(typ, "readinto", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			return nil, NewError(UnsupportedOperationType(), "readinto")
		})
	}
}

func foStdStreamWrite(s *StdStream, o Object) (Object, *BaseException) {
	str, ok := o.(*Str)
	if !ok {
		if bs, ok2 := Unwrap(o).(*Str); ok2 {
			str, ok = bs, true
		}
	}
	if !ok {
		return nil, Errorf(TypeErrorType, "write() argument must be str, not %s", TypeOf(o).name)
	}
	if exc := s.WriteString(str.s); exc != nil {
		return nil, exc
	}
	return MakeInt(int64(str.Len())), nil
}

func foStdStreamRead(t *Thread, s *StdStream, args []Object) (Object, *BaseException) {
	n := -1
	if len(args) > 0 {
		v, exc := foOptInt(t, args[0], "read")
		if exc != nil {
			return nil, exc
		}
		n = v
	}
	if n < 0 {
		l, exc := s.ReadAll()
		if exc != nil {
			return nil, exc
		}
		return NewStr(l), nil
	}
	if s.r == nil {
		return nil, NewError(UnsupportedOperationType(), "not readable")
	}
	Stdout.Flush()
	s.mu.Lock()
	defer s.mu.Unlock()
	var b strings.Builder
	for i := 0; i < n; i++ {
		r, _, err := s.r.ReadRune()
		if err != nil {
			break
		}
		b.WriteRune(r)
	}
	return NewStr(b.String()), nil
}
