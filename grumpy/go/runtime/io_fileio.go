package runtime

import (
	"sync"
	"syscall"
	"unsafe"
)

// fileIO is the state of _io.FileIO: raw, unbuffered I/O on a file
// descriptor through direct system calls.
type fileIO struct {
	mu        sync.Mutex
	fd        int
	readable  bool
	writable  bool
	appending bool
	created   bool
	closefd   bool
	seekable  int8 // -1 unknown
	blksize   int64
	init      bool
}

func (f *fileIO) setSelf(in *Instance) {
	addFileCleanup(in, f)
}

// FileIOType is _io.FileIO.
var FileIOType = newIOType("FileIO", RawIOBaseType)

// Type implements Object.
func (*fileIO) Type() *Type { return FileIOType }

func newFileIOState() *fileIO { return &fileIO{fd: -1, seekable: -1} }

func (f *fileIO) modeString() string {
	switch {
	case f.created:
		if f.readable {
			return "xb+"
		}
		return "xb"
	case f.appending:
		if f.readable {
			return "ab+"
		}
		return "ab"
	case f.readable:
		if f.writable {
			return "rb+"
		}
		return "rb"
	}
	return "wb"
}

func (f *fileIO) closedErr() *BaseException {
	return NewError(ValueErrorType, "I/O operation on closed file")
}

func (f *fileIO) isatty() bool {
	if f.fd < 0 {
		return false
	}
	return fdIsatty(f.fd)
}

func fdIsatty(fd int) bool {
	var termios syscall.Termios
	_, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), uintptr(syscall.TCGETS), uintptr(unsafe.Pointer(&termios)))
	return e == 0
}

// flushStdFor keeps output written through the runtime's own standard
// streams ordered with writes to the same descriptor through FileIO.
func flushStdFor(fd int) {
	switch fd {
	case 1:
		Stdout.Flush()
	case 2:
		Stdout.Flush()
		Stderr.Flush()
	}
}

// readOnce performs one read(2) of at most n bytes; n < 0 is not allowed.
// It returns (nil, nil, true) on EAGAIN.
func (f *fileIO) readOnce(t *Thread, n int) ([]byte, bool, *BaseException) {
	buf := make([]byte, n)
	for {
		if exc := ioWaitFD(t, f.fd, false); exc != nil {
			return nil, false, exc
		}
		m, err := syscall.Read(f.fd, buf)
		if err == syscall.EINTR {
			if exc := CheckSignals(t); exc != nil {
				return nil, false, exc
			}
			continue
		}
		if err == syscall.EAGAIN {
			return nil, true, nil
		}
		if err != nil {
			return nil, false, osErrorFromErr(err, nil)
		}
		return buf[:m], false, nil
	}
}

// readAll reads to EOF.
func (f *fileIO) readAll(t *Thread) ([]byte, bool, *BaseException) {
	size := 8192
	var st syscall.Stat_t
	if syscall.Fstat(f.fd, &st) == nil && st.Size > 0 {
		if pos, err := syscall.Seek(f.fd, 0, 1); err == nil && st.Size >= pos {
			size = int(st.Size-pos) + 1
		}
	}
	out := make([]byte, 0, size)
	for {
		if len(out) == cap(out) {
			grow := cap(out)
			if grow < 8192 {
				grow = 8192
			}
			nb := make([]byte, len(out), cap(out)+grow)
			copy(nb, out)
			out = nb
		}
		if exc := ioWaitFD(t, f.fd, false); exc != nil {
			return nil, false, exc
		}
		m, err := syscall.Read(f.fd, out[len(out):cap(out)])
		if err == syscall.EINTR {
			if exc := CheckSignals(t); exc != nil {
				return nil, false, exc
			}
			continue
		}
		if err == syscall.EAGAIN {
			if len(out) == 0 {
				return nil, true, nil
			}
			break
		}
		if err != nil {
			return nil, false, osErrorFromErr(err, nil)
		}
		if m == 0 {
			break
		}
		out = out[:len(out)+m]
	}
	return out, false, nil
}

// writeOnce performs one write(2); blocked reports EAGAIN.
func (f *fileIO) writeOnce(t *Thread, b []byte) (int, bool, *BaseException) {
	flushStdFor(f.fd)
	for {
		n, err, exc := ioWriteFD(t, f.fd, b)
		if exc != nil {
			return 0, false, exc
		}
		if err == syscall.EAGAIN {
			return 0, true, nil
		}
		if err != nil {
			return 0, false, osErrorFromErr(err, nil)
		}
		return n, false, nil
	}
}

func (f *fileIO) seek(pos int64, whence int) (int64, *BaseException) {
	r, err := syscall.Seek(f.fd, pos, whence)
	if err != nil {
		return 0, osErrorFromErr(err, nil)
	}
	return r, nil
}

func (f *fileIO) isSeekable() bool {
	if f.seekable < 0 {
		if _, err := syscall.Seek(f.fd, 0, 1); err != nil {
			f.seekable = 0
		} else {
			f.seekable = 1
		}
	}
	return f.seekable == 1
}

func (f *fileIO) closeFD() *BaseException {
	fd := f.fd
	f.fd = -1
	if f.closefd && fd >= 0 {
		flushStdFor(fd)
		if err := syscall.Close(fd); err != nil {
			return osErrorFromErr(err, nil)
		}
	}
	return nil
}

func fileIOInit(t *Thread, f *fileIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
	var file, mode, closefd, opener Object = nil, NewStr("r"), True, None
	if exc := ParseArgs("FileIO", args, kw, []string{"file", "mode?", "closefd?", "opener?"}, &file, &mode, &closefd, &opener); exc != nil {
		return nil, exc
	}
	if f.fd >= 0 {
		if f.closefd {
			f.closeFD()
		} else {
			f.fd = -1
		}
	}
	ms, ok := strArgOf(mode)
	if !ok {
		return nil, Errorf(TypeErrorType, "FileIO() argument 'mode' must be str, not %s", TypeOf(mode).name)
	}
	fd := -1
	var path string
	if _, isF := file.(Float); isF {
		return nil, NewError(TypeErrorType, "integer argument expected, got float")
	}
	if i, ok := asIntStrict(Unwrap(file)); ok {
		n, ok := i.(Int)
		if !ok || n > 1<<31-1 || n < -(1<<31) {
			return nil, NewError(OverflowErrorType, "Python int too large to convert to C int")
		}
		if n < 0 {
			return nil, NewError(ValueErrorType, "negative file descriptor")
		}
		fd = int(n)
	} else {
		p, exc := fsPathString(t, file)
		if exc != nil {
			return nil, exc
		}
		path = p
	}
	var rwa, plus bool
	f.readable, f.writable, f.appending, f.created = false, false, false, false
	flags := 0
	badMode := func() (Object, *BaseException) {
		return nil, NewError(ValueErrorType, "Must have exactly one of create/read/write/append mode and at most one plus")
	}
	for _, c := range ms.s {
		switch c {
		case 'x', 'r', 'w', 'a':
			if rwa {
				return badMode()
			}
			rwa = true
			switch c {
			case 'x':
				f.created, f.writable = true, true
				flags |= syscall.O_EXCL | syscall.O_CREAT
			case 'r':
				f.readable = true
			case 'w':
				f.writable = true
				flags |= syscall.O_CREAT | syscall.O_TRUNC
			case 'a':
				f.writable, f.appending = true, true
				flags |= syscall.O_APPEND | syscall.O_CREAT
			}
		case 'b':
		case '+':
			if plus {
				return badMode()
			}
			f.readable, f.writable, plus = true, true, true
		default:
			return nil, Errorf(ValueErrorType, "invalid mode: %s", ms.s)
		}
	}
	if !rwa {
		return badMode()
	}
	switch {
	case f.readable && f.writable:
		flags |= syscall.O_RDWR
	case f.readable:
		flags |= syscall.O_RDONLY
	default:
		flags |= syscall.O_WRONLY
	}
	flags |= syscall.O_CLOEXEC
	cfd, exc := IsTrue(t, closefd)
	if exc != nil {
		return nil, exc
	}
	f.closefd = true
	if fd >= 0 {
		f.closefd = cfd
		f.fd = fd
	} else {
		if !cfd {
			return nil, NewError(ValueErrorType, "Cannot use closefd=False with file name")
		}
		if opener == None {
			for {
				nfd, err := syscall.Open(path, flags, 0o666)
				if err == syscall.EINTR {
					continue
				}
				if err != nil {
					return nil, osErrorFromErr(err, file)
				}
				fd = nfd
				break
			}
		} else {
			r, exc := Call(t, opener, []Object{file, MakeInt(int64(flags))}, nil)
			if exc != nil {
				return nil, exc
			}
			n, ok := IntValue(r)
			if !ok {
				return nil, NewError(TypeErrorType, "expected integer from opener")
			}
			if n < 0 {
				return nil, Errorf(ValueErrorType, "opener returned %d", n)
			}
			fd = int(n)
		}
		f.fd = fd
	}
	f.blksize = ioDefaultBufferSize
	var st syscall.Stat_t
	if err := syscall.Fstat(f.fd, &st); err != nil {
		if err == syscall.EBADF {
			e := osErrorFromErr(err, nil)
			if f.closefd && path != "" {
				syscall.Close(f.fd)
			}
			f.fd = -1
			return nil, e
		}
	} else {
		if st.Mode&syscall.S_IFMT == syscall.S_IFDIR {
			if path != "" {
				syscall.Close(f.fd)
			}
			f.fd = -1
			return nil, NewOSError(int(syscall.EISDIR), file)
		}
		if st.Blksize > 1 {
			f.blksize = int64(st.Blksize)
		}
	}
	if d := dictOf(self); d != nil {
		d.SetItemStr(ioStrName, file)
	}
	if f.appending {
		syscall.Seek(f.fd, 0, 2)
	}
	f.seekable = -1
	f.init = true
	return None, nil
}

func initFileIO() {
	F := FileIOType
	F.dict.SetStr("__doc__", NewStr("Open a file."))
	DefStatic(F, "__new__", ioNewFn(F, func() Object { return newFileIOState() }))
	defIO(F, "__init__", func(t *Thread, f *fileIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		return fileIOInit(t, f, self, args, kw)
	})
	defIO(F, "read", func(t *Thread, f *fileIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ioArgs("read", args, kw, 0, 1); exc != nil {
			return nil, exc
		}
		n, exc := ioSizeArg(t, ioOptArg(args, 0, None))
		if exc != nil {
			return nil, exc
		}
		if f.fd < 0 {
			return nil, f.closedErr()
		}
		if !f.readable {
			return nil, ioUnsupported("File not open for reading")
		}
		var b []byte
		var blocked bool
		if n < 0 {
			b, blocked, exc = f.readAll(t)
		} else {
			b, blocked, exc = f.readOnce(t, n)
		}
		if exc != nil {
			return nil, exc
		}
		if blocked {
			return None, nil
		}
		return NewBytes(b), nil
	})
	defIO(F, "readall", func(t *Thread, f *fileIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ioArgs("readall", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		if f.fd < 0 {
			return nil, f.closedErr()
		}
		b, blocked, exc := f.readAll(t)
		if exc != nil {
			return nil, exc
		}
		if blocked {
			return None, nil
		}
		return NewBytes(b), nil
	})
	defIO(F, "readinto", func(t *Thread, f *fileIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ioArgs("readinto", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		if f.fd < 0 {
			return nil, f.closedErr()
		}
		if !f.readable {
			return nil, ioUnsupported("File not open for reading")
		}
		n, exc := writableLen(t, args[0])
		if exc != nil {
			return nil, exc
		}
		b, blocked, exc := f.readOnce(t, n)
		if exc != nil {
			return nil, exc
		}
		if blocked {
			return None, nil
		}
		if exc := fillBuffer(t, args[0], b); exc != nil {
			return nil, exc
		}
		return MakeInt(int64(len(b))), nil
	})
	defIO(F, "write", func(t *Thread, f *fileIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ioArgs("write", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		if f.fd < 0 {
			return nil, f.closedErr()
		}
		if !f.writable {
			return nil, ioUnsupported("File not open for writing")
		}
		b, exc := bytesArg(t, args[0])
		if exc != nil {
			return nil, exc
		}
		n, blocked, exc := f.writeOnce(t, b)
		if exc != nil {
			return nil, exc
		}
		if blocked {
			return None, nil
		}
		return MakeInt(int64(n)), nil
	})
	defIO(F, "seek", func(t *Thread, f *fileIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ioArgs("seek", args, kw, 1, 2); exc != nil {
			return nil, exc
		}
		if f.fd < 0 {
			return nil, f.closedErr()
		}
		if _, ok := args[0].(Float); ok {
			return nil, NewError(TypeErrorType, "an integer is required")
		}
		pos, exc := ioIntArg(t, args[0])
		if exc != nil {
			return nil, exc
		}
		whence := int64(0)
		if len(args) > 1 {
			if whence, exc = ioIntArg(t, args[1]); exc != nil {
				return nil, exc
			}
		}
		r, exc := f.seek(pos, int(whence))
		if exc != nil {
			return nil, exc
		}
		return MakeInt(r), nil
	})
	defIO(F, "tell", func(t *Thread, f *fileIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ioArgs("tell", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		if f.fd < 0 {
			return nil, f.closedErr()
		}
		r, exc := f.seek(0, 1)
		if exc != nil {
			return nil, exc
		}
		return MakeInt(r), nil
	})
	defIO(F, "truncate", func(t *Thread, f *fileIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ioArgs("truncate", args, kw, 0, 1); exc != nil {
			return nil, exc
		}
		if f.fd < 0 {
			return nil, f.closedErr()
		}
		if !f.writable {
			return nil, ioUnsupported("File not open for writing")
		}
		var size int64
		if len(args) == 0 || args[0] == None {
			r, exc := f.seek(0, 1)
			if exc != nil {
				return nil, exc
			}
			size = r
		} else {
			s, exc := ioIntArg(t, args[0])
			if exc != nil {
				return nil, exc
			}
			size = s
		}
		if err := syscall.Ftruncate(f.fd, size); err != nil {
			return nil, osErrorFromErr(err, nil)
		}
		return MakeInt(size), nil
	})
	defIO(F, "close", func(t *Thread, f *fileIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ioArgs("close", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		if f.fd < 0 {
			return None, nil
		}
		// _RawIOBase.close: flush, mark closed.
		_, fexc := CallMethod(t, self, ioStrFlush, nil, nil)
		if d := dictOf(self); d != nil {
			d.SetItemStr(ioStrIOBaseClsd, True)
		}
		exc := f.closeFD()
		if fexc != nil {
			return nil, fexc
		}
		if exc != nil {
			return nil, exc
		}
		return None, nil
	})
	defIO(F, "seekable", func(t *Thread, f *fileIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if f.fd < 0 {
			return nil, f.closedErr()
		}
		return Bool(f.isSeekable()), nil
	})
	defIO(F, "readable", func(t *Thread, f *fileIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if f.fd < 0 {
			return nil, f.closedErr()
		}
		return Bool(f.readable), nil
	})
	defIO(F, "writable", func(t *Thread, f *fileIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if f.fd < 0 {
			return nil, f.closedErr()
		}
		return Bool(f.writable), nil
	})
	defIO(F, "fileno", func(t *Thread, f *fileIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if f.fd < 0 {
			return nil, f.closedErr()
		}
		return MakeInt(int64(f.fd)), nil
	})
	defIO(F, "isatty", func(t *Thread, f *fileIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if f.fd < 0 {
			return nil, f.closedErr()
		}
		return Bool(f.isatty()), nil
	})
	defIO(F, "_dealloc_warn", func(t *Thread, f *fileIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		return None, nil
	})
	defIO(F, "__getstate__", func(t *Thread, f *fileIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		return nil, Errorf(TypeErrorType, "cannot pickle '%s' object", TypeOf(self).name)
	})
	defIO(F, "__repr__", func(t *Thread, f *fileIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		tn := ioTypeName(self)
		if f.fd < 0 {
			return NewStr("<" + tn + " [closed]>"), nil
		}
		cfd := "False"
		if f.closefd {
			cfd = "True"
		}
		name, exc := GetAttr(t, self, ioStrName)
		if exc != nil {
			if !exc.IsInstanceOf(AttributeErrorType) && !exc.IsInstanceOf(ValueErrorType) {
				return nil, exc
			}
			return NewStr(sprintf("<%s fd=%d mode='%s' closefd=%s>", tn, f.fd, f.modeString(), cfd)), nil
		}
		if !reprEnter(t, self) {
			return nil, Errorf(RuntimeErrorType, "reentrant call inside %s.__repr__", tn)
		}
		defer reprLeave(t, self)
		nr, exc := Repr(t, name)
		if exc != nil {
			return nil, exc
		}
		return NewStr(sprintf("<%s name=%s mode='%s' closefd=%s>", tn, nr.s, f.modeString(), cfd)), nil
	})
	defIOGet(F, "closed", func(t *Thread, f *fileIO, self Object) (Object, *BaseException) {
		return Bool(f.fd < 0), nil
	}, nil)
	defIOGet(F, "closefd", func(t *Thread, f *fileIO, self Object) (Object, *BaseException) {
		return Bool(f.closefd), nil
	}, nil)
	defIOGet(F, "mode", func(t *Thread, f *fileIO, self Object) (Object, *BaseException) {
		return NewStr(f.modeString()), nil
	}, nil)
	defIOGet(F, "_blksize", func(t *Thread, f *fileIO, self Object) (Object, *BaseException) {
		return MakeInt(f.blksize), nil
	}, nil)
	defIOGet(F, "_finalizing", func(t *Thread, f *fileIO, self Object) (Object, *BaseException) {
		return False, nil
	}, nil)
}

// ioTypeName is tp_name: "_io.X" for the builtin classes, the bare class
// name for subclasses.
func ioTypeName(o Object) string {
	typ := TypeOf(o)
	if typ.builtin && typ.module != "builtins" {
		return typ.module + "." + typ.name
	}
	return typ.name
}

// fsPathString converts a path argument (str, bytes, os.PathLike) to a Go
// string, rejecting embedded NULs as CPython does.
func fsPathString(t *Thread, o Object) (string, *BaseException) {
	p, exc := osFspath(t, o)
	if exc != nil {
		return "", exc
	}
	var s string
	switch v := Unwrap(p).(type) {
	case *Str:
		b, exc := encodeFS(t, v)
		if exc != nil {
			return "", exc
		}
		s = string(b)
	case *Bytes:
		s = string(v.b)
	}
	for i := 0; i < len(s); i++ {
		if s[i] == 0 {
			return "", NewError(ValueErrorType, "embedded null byte")
		}
	}
	return s, nil
}

// encodeFS is os.fsencode for str: UTF-8 with surrogateescape.
func encodeFS(t *Thread, s *Str) ([]byte, *BaseException) {
	if !hasSurrogatesWTF8(s.s) {
		return []byte(s.s), nil
	}
	out := make([]byte, 0, len(s.s))
	for _, r := range s.Runes() {
		if r >= 0xDC80 && r <= 0xDCFF {
			out = append(out, byte(r-0xDC00))
			continue
		}
		if r >= 0xD800 && r <= 0xDFFF {
			return nil, NewUnicodeEncodeError("utf-8", s, 0, 1, "surrogates not allowed")
		}
		out = appendRune(out, r)
	}
	return out, nil
}

// decodeFS is os.fsdecode for bytes: UTF-8 with surrogateescape.
func decodeFS(b []byte) *Str {
	if isValidUTF8(b) {
		return NewStr(string(b))
	}
	out := make([]byte, 0, len(b)+8)
	for i := 0; i < len(b); {
		r, n := decodeRuneStrict(b[i:])
		if r < 0 {
			out = appendRune(out, 0xDC00+rune(b[i]))
			i++
			continue
		}
		out = appendRune(out, r)
		i += n
	}
	return NewStr(string(out))
}

// osFspath is os.fspath: str and bytes pass, __fspath__ is called.
func osFspath(t *Thread, o Object) (Object, *BaseException) {
	switch v := o.(type) {
	case *Str, *Bytes:
		return v, nil
	case *Instance:
		switch v.base.(type) {
		case *Str, *Bytes:
			return o, nil
		}
	}
	f := TypeOf(o).lookup(InternStr("__fspath__"))
	if f == nil {
		return nil, Errorf(TypeErrorType, "expected str, bytes or os.PathLike object, not %s", TypeOf(o).name)
	}
	r, exc := callUnaryDunder(t, f, o)
	if exc != nil {
		return nil, exc
	}
	switch Unwrap(r).(type) {
	case *Str, *Bytes:
		return r, nil
	}
	return nil, Errorf(TypeErrorType, "expected %s.__fspath__() to return str or bytes, not %s", TypeOf(o).name, TypeOf(r).name)
}

func init() {
	initFileIO()
	ioOpenBuiltin.module = "io"
	Builtins.SetStr("open", ioOpenBuiltin)
}
