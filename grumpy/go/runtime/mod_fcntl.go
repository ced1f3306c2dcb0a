package runtime

import (
	"syscall"
	"unsafe"
)

// The fcntl module: fcntl(), ioctl(), flock() and lockf() over the Linux
// system calls, and the F_*/LOCK_*/DN_* constants.

func init() {
	RegisterModule(&ModuleSpec{Name: "fcntl", Native: initFcntl})
}

var fcntlConstants = []struct {
	name string
	v    int64
}{
	{"DN_ACCESS", 1}, {"DN_ATTRIB", 32}, {"DN_CREATE", 4}, {"DN_DELETE", 8}, {"DN_MODIFY", 2},
	{"DN_MULTISHOT", 2147483648}, {"DN_RENAME", 16}, {"FASYNC", 8192}, {"FD_CLOEXEC", 1},
	{"F_ADD_SEALS", 1033}, {"F_DUPFD", 0}, {"F_DUPFD_CLOEXEC", 1030}, {"F_EXLCK", 4}, {"F_GETFD", 1},
	{"F_GETFL", 3}, {"F_GETLEASE", 1025}, {"F_GETLK", 5}, {"F_GETLK64", 5}, {"F_GETOWN", 9},
	{"F_GETPIPE_SZ", 1032}, {"F_GETSIG", 11}, {"F_GET_SEALS", 1034}, {"F_NOTIFY", 1026},
	{"F_OFD_GETLK", 36}, {"F_OFD_SETLK", 37}, {"F_OFD_SETLKW", 38}, {"F_RDLCK", 0}, {"F_SEAL_GROW", 4},
	{"F_SEAL_SEAL", 1}, {"F_SEAL_SHRINK", 2}, {"F_SEAL_WRITE", 8}, {"F_SETFD", 2}, {"F_SETFL", 4},
	{"F_SETLEASE", 1024}, {"F_SETLK", 6}, {"F_SETLK64", 6}, {"F_SETLKW", 7}, {"F_SETLKW64", 7},
	{"F_SETOWN", 8}, {"F_SETPIPE_SZ", 1031}, {"F_SETSIG", 10}, {"F_SHLCK", 8}, {"F_UNLCK", 2},
	{"F_WRLCK", 1}, {"LOCK_EX", 2}, {"LOCK_MAND", 32}, {"LOCK_NB", 4}, {"LOCK_READ", 64},
	{"LOCK_RW", 192}, {"LOCK_SH", 1}, {"LOCK_UN", 8}, {"LOCK_WRITE", 128},
}

// fcntlSyscall runs fcntl/ioctl, retrying on EINTR.
func fcntlSyscall(trap uintptr, fd int, cmd uintptr, arg uintptr) (uintptr, syscall.Errno) {
	for {
		r, _, e := syscall.Syscall(trap, uintptr(fd), cmd, arg)
		if e == syscall.EINTR {
			continue
		}
		return r, e
	}
}

// fcntlIntArg is the C int (or unsigned int) argument of fcntl/ioctl.
func fcntlIntArg(t *Thread, o Object) (int64, *BaseException) {
	if _, ok := o.(Float); ok {
		return 0, NewError(TypeErrorType, "'float' object cannot be interpreted as an integer")
	}
	i, exc := Index(t, o)
	if exc != nil {
		return 0, exc
	}
	v, ok := i.(Int)
	if !ok || v > 1<<32-1 || v < -(1<<31) {
		return 0, NewError(OverflowErrorType, "Python int too large to convert to C long")
	}
	return int64(v), nil
}

func initFcntl(t *Thread, m *Module) *BaseException {
	d := m.dict
	for _, c := range fcntlConstants {
		d.SetStr(c.name, MakeInt(c.v))
	}
	fn := func(name string, params []string, f func(t *Thread, a []Object) (Object, *BaseException)) {
		posixFunc(d, name, params, f)
		d.GetStr(name).(*Builtin).module = "fcntl"
	}
	fn("fcntl", []string{"fd", "cmd", "arg?", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
		fd, exc := fileDescriptorOf(t, a[0])
		if exc != nil {
			return nil, exc
		}
		cmd, exc := fcntlIntArg(t, a[1])
		if exc != nil {
			return nil, exc
		}
		if a[2] != nil {
			var buf []byte
			if s, ok := strArgOf(a[2]); ok {
				buf = []byte(s.s)
			} else if b, ok := bytesLike(a[2]); ok {
				buf = b
			}
			if buf != nil || isBytesLikeOrStr(a[2]) {
				if len(buf) > 1024 {
					return nil, NewError(ValueErrorType, "fcntl string arg too long")
				}
				tmp := make([]byte, 1024)
				copy(tmp, buf)
				if _, e := fcntlSyscall(syscall.SYS_FCNTL, fd, uintptr(cmd), uintptr(unsafe.Pointer(&tmp[0]))); e != 0 {
					return nil, osErrorFromErr(e, nil)
				}
				return NewBytes(append([]byte(nil), tmp[:len(buf)]...)), nil
			}
		}
		var arg int64
		if a[2] != nil {
			if arg, exc = fcntlIntArg(t, a[2]); exc != nil {
				return nil, exc
			}
		}
		r, e := fcntlSyscall(syscall.SYS_FCNTL, fd, uintptr(cmd), uintptr(arg))
		if e != 0 {
			return nil, osErrorFromErr(e, nil)
		}
		return MakeInt(int64(int32(r))), nil
	})
	fn("ioctl", []string{"fd", "request", "arg?", "mutate_flag?", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
		fd, exc := fileDescriptorOf(t, a[0])
		if exc != nil {
			return nil, exc
		}
		req, exc := fcntlIntArg(t, a[1])
		if exc != nil {
			return nil, exc
		}
		mutate, exc := optBool(t, a[3], true)
		if exc != nil {
			return nil, exc
		}
		if a[2] != nil {
			if mb := ioMutableBuffer(a[2]); mb != nil && mutate {
				b := mb.lockBuf()
				tmp := make([]byte, max(len(b), 1024))
				copy(tmp, b)
				mb.unlockBuf()
				r, e := fcntlSyscall(syscall.SYS_IOCTL, fd, uintptr(uint32(req)), uintptr(unsafe.Pointer(&tmp[0])))
				if e != 0 {
					return nil, osErrorFromErr(e, nil)
				}
				b = mb.lockBuf()
				copy(b, tmp)
				mb.unlockBuf()
				return MakeInt(int64(int32(r))), nil
			}
			var buf []byte
			isBuf := false
			if s, ok := strArgOf(a[2]); ok {
				buf, isBuf = []byte(s.s), true
			} else if b, ok := bytesLike(a[2]); ok {
				buf, isBuf = b, true
			} else if mb := ioMutableBuffer(a[2]); mb != nil {
				buf = append([]byte(nil), mb.lockBuf()...)
				mb.unlockBuf()
				isBuf = true
			}
			if isBuf {
				if len(buf) > 1024 {
					return nil, NewError(ValueErrorType, "ioctl string arg too long")
				}
				tmp := make([]byte, 1024)
				copy(tmp, buf)
				if _, e := fcntlSyscall(syscall.SYS_IOCTL, fd, uintptr(uint32(req)), uintptr(unsafe.Pointer(&tmp[0]))); e != 0 {
					return nil, osErrorFromErr(e, nil)
				}
				return NewBytes(append([]byte(nil), tmp[:len(buf)]...)), nil
			}
		}
		var arg int64
		if a[2] != nil {
			if arg, exc = fcntlIntArg(t, a[2]); exc != nil {
				return nil, exc
			}
		}
		r, e := fcntlSyscall(syscall.SYS_IOCTL, fd, uintptr(uint32(req)), uintptr(arg))
		if e != 0 {
			return nil, osErrorFromErr(e, nil)
		}
		return MakeInt(int64(int32(r))), nil
	})
	fn("flock", []string{"fd", "operation", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
		fd, exc := fileDescriptorOf(t, a[0])
		if exc != nil {
			return nil, exc
		}
		op, exc := fcntlIntArg(t, a[1])
		if exc != nil {
			return nil, exc
		}
		for {
			err := syscall.Flock(fd, int(op))
			if err == syscall.EINTR {
				continue
			}
			if err != nil {
				return nil, osErrorFromErr(err, nil)
			}
			return None, nil
		}
	})
	fn("lockf", []string{"fd", "cmd", "len?", "start?", "whence?", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
		fd, exc := fileDescriptorOf(t, a[0])
		if exc != nil {
			return nil, exc
		}
		cmd, exc := fcntlIntArg(t, a[1])
		if exc != nil {
			return nil, exc
		}
		length, exc := optInt(t, a[2], 0)
		if exc != nil {
			return nil, exc
		}
		start, exc := optInt(t, a[3], 0)
		if exc != nil {
			return nil, exc
		}
		whence, exc := optInt(t, a[4], 0)
		if exc != nil {
			return nil, exc
		}
		lk := syscall.Flock_t{Whence: int16(whence), Start: start, Len: length}
		switch {
		case cmd == 8: // LOCK_UN
			lk.Type = syscall.F_UNLCK
		case cmd&1 != 0: // LOCK_SH
			lk.Type = syscall.F_RDLCK
		case cmd&2 != 0: // LOCK_EX
			lk.Type = syscall.F_WRLCK
		default:
			return nil, NewError(ValueErrorType, "unrecognized lockf argument")
		}
		how := syscall.F_SETLKW
		if cmd&4 != 0 {
			how = syscall.F_SETLK
		}
		for {
			err := syscall.FcntlFlock(uintptr(fd), how, &lk)
			if err == syscall.EINTR {
				continue
			}
			if err != nil {
				return nil, osErrorFromErr(err, nil)
			}
			return None, nil
		}
	})
	return nil
}

func isBytesLikeOrStr(o Object) bool {
	if _, ok := strArgOf(o); ok {
		return true
	}
	_, ok := bytesLike(o)
	return ok
}
