package runtime

import (
	"syscall"
	"unsafe"
)

// Path and file-descriptor argument conversion for the posix module
// (CPython's path_t converter) and the *at system calls Go's syscall
// package lacks.

type pathArg struct {
	obj     Object // what error messages show as the filename
	path    string
	fd      int // >= 0 when a file descriptor was given
	isBytes bool
	none    bool
}

// pathOf converts a path argument. allowFD admits an int file descriptor,
// allowNone admits None (meaning ".").
func pathOf(t *Thread, fname, argname string, o Object, allowFD, allowNone bool) (*pathArg, *BaseException) {
	p := &pathArg{fd: -1}
	if o == nil || o == None {
		if allowNone {
			p.none, p.path, p.obj = true, ".", None
			return p, nil
		}
	} else {
		switch v := Unwrap(o).(type) {
		case *Str:
			b, exc := encodeFS(t, v)
			if exc != nil {
				return nil, exc
			}
			p.path, p.obj = string(b), o
			return p.checkNul()
		case *Bytes:
			p.path, p.obj, p.isBytes = string(v.b), o, true
			return p.checkNulBytes(fname)
		case Int, Bool, *BigInt:
			if allowFD {
				n, ok := IntValue(v)
				if !ok || n > 1<<31-1 || n < -(1<<31) {
					return nil, NewError(OverflowErrorType, "fd is greater than maximum")
				}
				if n < 0 {
					return nil, NewError(ValueErrorType, "fd is less than minimum")
				}
				p.fd, p.obj = int(n), o
				return p, nil
			}
		}
		if f := TypeOf(o).lookup(InternStr("__fspath__")); f != nil {
			r, exc := callUnaryDunder(t, f, o)
			if exc != nil {
				return nil, exc
			}
			switch v := Unwrap(r).(type) {
			case *Str:
				b, exc := encodeFS(t, v)
				if exc != nil {
					return nil, exc
				}
				p.path, p.obj = string(b), r
				return p.checkNul()
			case *Bytes:
				p.path, p.obj, p.isBytes = string(v.b), r, true
				return p.checkNulBytes(fname)
			}
			return nil, Errorf(TypeErrorType, "expected %s.__fspath__() to return str or bytes, not %s", TypeOf(o).name, TypeOf(r).name)
		}
		if allowFD {
			if idx, exc := indexOrNil(t, o); exc != nil {
				return nil, exc
			} else if n, ok := idx.(Int); ok && TypeOf(o) != FloatType {
				if n < 0 {
					return nil, NewError(ValueErrorType, "fd is less than minimum")
				}
				p.fd, p.obj = int(n), o
				return p, nil
			}
		}
	}
	allowed := "string, bytes or os.PathLike"
	switch {
	case allowFD && allowNone:
		allowed = "string, bytes, os.PathLike, integer or None"
	case allowNone:
		allowed = "string, bytes, os.PathLike or None"
	case allowFD:
		allowed = "string, bytes, os.PathLike or integer"
	}
	prefix := ""
	if fname != "" {
		prefix = fname + ": "
	}
	msg := sprintf("%s%s should be %s, not %s", prefix, argname, allowed, TypeOf(o).name)
	if o != nil && o != None {
		// Other bytes-like objects (bytearray, memoryview) are still accepted,
		// with a DeprecationWarning, as CPython's path_converter.
		if b, ok := bytesLike(Unwrap(o)); ok {
			if exc := pathWarn(t, msg); exc != nil {
				return nil, exc
			}
			p.path, p.obj, p.isBytes = string(b), o, true
			return p.checkNulBytes(fname)
		}
	}
	return nil, NewError(TypeErrorType, msg)
}

// pathWarn issues a DeprecationWarning through the warnings module
// (an error when the filters turn it into one).
func pathWarn(t *Thread, msg string) *BaseException {
	w, exc := ImportModule(t, "warnings")
	if exc != nil {
		return nil
	}
	f, exc := GetAttr(t, w, InternStr("warn"))
	if exc != nil {
		return exc
	}
	_, exc = Call(t, f, []Object{NewStr(msg), DeprecationWarningType, MakeInt(3)}, nil)
	return exc
}

// checkNulBytes is checkNul for a path given as bytes, with CPython's
// message for that case.
func (p *pathArg) checkNulBytes(fname string) (*pathArg, *BaseException) {
	for i := 0; i < len(p.path); i++ {
		if p.path[i] != 0 {
			continue
		}
		if fname != "" {
			return nil, NewError(ValueErrorType, fname+": embedded null character in path")
		}
		return nil, NewError(ValueErrorType, "embedded null character in path")
	}
	return p, nil
}

func (p *pathArg) checkNul() (*pathArg, *BaseException) {
	for i := 0; i < len(p.path); i++ {
		if p.path[i] == 0 {
			return nil, NewError(ValueErrorType, "embedded null byte")
		}
	}
	return p, nil
}

// errObj is the filename to attach to an OSError.
func (p *pathArg) errObj() Object {
	if p.obj == nil {
		return None
	}
	return p.obj
}

// result converts a path produced by the system to str or bytes matching
// the argument's type.
func (p *pathArg) result(s string) Object {
	if p.isBytes {
		return NewBytes([]byte(s))
	}
	return decodeFS([]byte(s))
}

// dirFDArg converts dir_fd (None: AT_FDCWD).
func dirFDArg(t *Thread, o Object) (int, *BaseException) {
	if o == nil || o == None {
		return atFDCWD, nil
	}
	if _, ok := o.(Float); ok {
		return 0, Errorf(TypeErrorType, "argument should be integer or None, not %s", TypeOf(o).name)
	}
	i, exc := indexOrNil(t, o)
	if exc != nil {
		return 0, exc
	}
	n, ok := i.(Int)
	if !ok {
		return 0, Errorf(TypeErrorType, "argument should be integer or None, not %s", TypeOf(o).name)
	}
	return int(n), nil
}

// fdArg converts a file descriptor argument.
func fdArg(t *Thread, o Object) (int, *BaseException) {
	if _, ok := o.(Float); ok {
		return 0, NewError(TypeErrorType, "'float' object cannot be interpreted as an integer")
	}
	i, exc := Index(t, o)
	if exc != nil {
		return 0, exc
	}
	n, ok := i.(Int)
	if !ok || n > 1<<31-1 || n < -(1<<31) {
		return 0, NewError(OverflowErrorType, "Python int too large to convert to C int")
	}
	return int(n), nil
}

const (
	atFDCWD           = -100
	atSymlinkNofollow = 0x100
	atRemoveDir       = 0x200
	atSymlinkFollow   = 0x400
	atEaccess         = 0x200
)

func cPath(s string) (*byte, error) { return syscall.BytePtrFromString(s) }

func sysReadlinkat(dirfd int, path string) (string, error) {
	p, err := cPath(path)
	if err != nil {
		return "", err
	}
	for size := 256; ; size *= 2 {
		buf := make([]byte, size)
		n, _, e := syscall.Syscall6(syscall.SYS_READLINKAT, uintptr(dirfd), uintptr(unsafe.Pointer(p)), uintptr(unsafe.Pointer(&buf[0])), uintptr(size), 0, 0)
		if e != 0 {
			return "", e
		}
		if int(n) < size {
			return string(buf[:n]), nil
		}
	}
}

func sysSymlinkat(target string, dirfd int, link string) error {
	a, err := cPath(target)
	if err != nil {
		return err
	}
	b, err := cPath(link)
	if err != nil {
		return err
	}
	_, _, e := syscall.Syscall(syscall.SYS_SYMLINKAT, uintptr(unsafe.Pointer(a)), uintptr(dirfd), uintptr(unsafe.Pointer(b)))
	if e != 0 {
		return e
	}
	return nil
}

func sysLinkat(olddirfd int, oldpath string, newdirfd int, newpath string, flags int) error {
	a, err := cPath(oldpath)
	if err != nil {
		return err
	}
	b, err := cPath(newpath)
	if err != nil {
		return err
	}
	_, _, e := syscall.Syscall6(syscall.SYS_LINKAT, uintptr(olddirfd), uintptr(unsafe.Pointer(a)), uintptr(newdirfd), uintptr(unsafe.Pointer(b)), uintptr(flags), 0)
	if e != 0 {
		return e
	}
	return nil
}

// sysUtimensat sets access and modification times; path "" with dirfd an
// open descriptor is futimens.
func sysUtimensat(dirfd int, path string, ts *[2]syscall.Timespec, flags int) error {
	var p *byte
	if path != "" {
		var err error
		if p, err = cPath(path); err != nil {
			return err
		}
	}
	_, _, e := syscall.Syscall6(syscall.SYS_UTIMENSAT, uintptr(dirfd), uintptr(unsafe.Pointer(p)), uintptr(unsafe.Pointer(ts)), uintptr(flags), 0, 0)
	if e != 0 {
		return e
	}
	return nil
}

func sysFstatat(dirfd int, path string, st *syscall.Stat_t, flags int) error {
	p, err := cPath(path)
	if err != nil {
		return err
	}
	_, _, e := syscall.Syscall6(sysFstatatNo, uintptr(dirfd), uintptr(unsafe.Pointer(p)), uintptr(unsafe.Pointer(st)), uintptr(flags), 0, 0)
	if e != 0 {
		return e
	}
	return nil
}

func sysUnlinkat(dirfd int, path string, flags int) error {
	p, err := cPath(path)
	if err != nil {
		return err
	}
	_, _, e := syscall.Syscall(syscall.SYS_UNLINKAT, uintptr(dirfd), uintptr(unsafe.Pointer(p)), uintptr(flags))
	if e != 0 {
		return e
	}
	return nil
}

func sysFcntl(fd, cmd, arg int) (int, error) {
	r, _, e := syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), uintptr(cmd), uintptr(arg))
	if e != 0 {
		return 0, e
	}
	return int(r), nil
}

func eintrRetry(t *Thread, f func() error) *BaseException {
	for {
		err := f()
		if err == syscall.EINTR {
			if exc := CheckSignals(t); exc != nil {
				return exc
			}
			continue
		}
		if err != nil {
			return osErrorFromErr(err, nil)
		}
		return nil
	}
}
