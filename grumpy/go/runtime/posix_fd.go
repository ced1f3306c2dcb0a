package runtime

import (
	"syscall"
	"unsafe"
)

// File-descriptor functions of the posix module. Descriptors Python creates
// are non-inheritable (O_CLOEXEC), as PEP 446 specifies.

func posixFDFuncs(d *Dict) {
	posixFunc(d, "open", []string{"path", "flags", "mode?", "$", "dir_fd?"}, func(t *Thread, a []Object) (Object, *BaseException) {
		p, exc := pathOf(t, "open", "path", a[0], false, false)
		if exc != nil {
			return nil, exc
		}
		flags, exc := ioIntArg(t, a[1])
		if exc != nil {
			return nil, exc
		}
		mode, exc := optInt(t, a[2], 0o777)
		if exc != nil {
			return nil, exc
		}
		dfd, exc := dirFDArg(t, a[3])
		if exc != nil {
			return nil, exc
		}
		flushUnreachableFiles(t, p.path)
		for {
			fd, err := syscall.Openat(dfd, p.path, int(flags)|syscall.O_CLOEXEC, uint32(mode))
			if err == syscall.EINTR {
				if exc := CheckSignals(t); exc != nil {
					return nil, exc
				}
				continue
			}
			if err != nil {
				return nil, osErrorFromErr(err, p.errObj())
			}
			return MakeInt(int64(fd)), nil
		}
	})
	fd1 := func(name string, fn func(t *Thread, fd int) (Object, *BaseException)) {
		posixFunc(d, name, []string{"fd"}, func(t *Thread, a []Object) (Object, *BaseException) {
			fd, exc := fdArg(t, a[0])
			if exc != nil {
				return nil, exc
			}
			return fn(t, fd)
		})
	}
	fd1("close", func(t *Thread, fd int) (Object, *BaseException) {
		flushStdFor(fd)
		if err := syscall.Close(fd); err != nil && err != syscall.EINTR {
			return nil, osErrorFromErr(err, nil)
		}
		return None, nil
	})
	posixFunc(d, "closerange", []string{"fd_low", "fd_high"}, func(t *Thread, a []Object) (Object, *BaseException) {
		lo, exc := fdArg(t, a[0])
		if exc != nil {
			return nil, exc
		}
		hi, exc := fdArg(t, a[1])
		if exc != nil {
			return nil, exc
		}
		for fd := max(lo, 0); fd < hi; fd++ {
			syscall.Close(fd)
		}
		return None, nil
	})
	posixFunc(d, "read", []string{"fd", "length"}, func(t *Thread, a []Object) (Object, *BaseException) {
		fd, exc := fdArg(t, a[0])
		if exc != nil {
			return nil, exc
		}
		n, exc := ioIntArg(t, a[1])
		if exc != nil {
			return nil, exc
		}
		if n < 0 {
			return nil, NewOSError(int(syscall.EINVAL), nil)
		}
		if fd == 0 {
			Stdout.Flush()
		}
		buf := make([]byte, n)
		for {
			if exc := ioWaitFD(t, fd, false); exc != nil {
				return nil, exc
			}
			m, err := syscall.Read(fd, buf)
			if err == syscall.EINTR {
				if exc := CheckSignals(t); exc != nil {
					return nil, exc
				}
				continue
			}
			if err != nil {
				return nil, osErrorFromErr(err, nil)
			}
			return NewBytes(buf[:m]), nil
		}
	})
	posixFunc(d, "write", []string{"fd", "data"}, func(t *Thread, a []Object) (Object, *BaseException) {
		fd, exc := fdArg(t, a[0])
		if exc != nil {
			return nil, exc
		}
		data, exc := bytesArg(t, a[1])
		if exc != nil {
			return nil, exc
		}
		flushStdFor(fd)
		for {
			n, err, exc := ioWriteFD(t, fd, data)
			if exc != nil {
				return nil, exc
			}
			if err != nil {
				return nil, osErrorFromErr(err, nil)
			}
			return MakeInt(int64(n)), nil
		}
	})
	posixFunc(d, "pread", []string{"fd", "length", "offset"}, func(t *Thread, a []Object) (Object, *BaseException) {
		fd, exc := fdArg(t, a[0])
		if exc != nil {
			return nil, exc
		}
		n, exc := ioIntArg(t, a[1])
		if exc != nil {
			return nil, exc
		}
		off, exc := ioIntArg(t, a[2])
		if exc != nil {
			return nil, exc
		}
		if n < 0 {
			return nil, NewOSError(int(syscall.EINVAL), nil)
		}
		buf := make([]byte, n)
		m, err := syscall.Pread(fd, buf, off)
		if err != nil {
			return nil, osErrorFromErr(err, nil)
		}
		return NewBytes(buf[:m]), nil
	})
	posixFunc(d, "pwrite", []string{"fd", "data", "offset"}, func(t *Thread, a []Object) (Object, *BaseException) {
		fd, exc := fdArg(t, a[0])
		if exc != nil {
			return nil, exc
		}
		data, exc := bytesArg(t, a[1])
		if exc != nil {
			return nil, exc
		}
		off, exc := ioIntArg(t, a[2])
		if exc != nil {
			return nil, exc
		}
		m, err := syscall.Pwrite(fd, data, off)
		if err != nil {
			return nil, osErrorFromErr(err, nil)
		}
		return MakeInt(int64(m)), nil
	})
	posixFunc(d, "lseek", []string{"fd", "position", "whence"}, func(t *Thread, a []Object) (Object, *BaseException) {
		fd, exc := fdArg(t, a[0])
		if exc != nil {
			return nil, exc
		}
		pos, exc := ioIntArg(t, a[1])
		if exc != nil {
			return nil, exc
		}
		how, exc := ioIntArg(t, a[2])
		if exc != nil {
			return nil, exc
		}
		r, err := syscall.Seek(fd, pos, int(how))
		if err != nil {
			return nil, osErrorFromErr(err, nil)
		}
		return MakeInt(r), nil
	})
	fdOrFileno := func(t *Thread, o Object) (int, *BaseException) {
		if _, ok := asIntStrict(Unwrap(o)); ok {
			return fdArg(t, o)
		}
		r, exc := CallMethod(t, o, ioStrFileno, nil, nil)
		if exc != nil {
			if exc.IsInstanceOf(AttributeErrorType) {
				return 0, NewError(TypeErrorType, "argument must be an int, or have a fileno() method.")
			}
			return 0, exc
		}
		return fdArg(t, r)
	}
	posixFunc(d, "fsync", []string{"fd"}, func(t *Thread, a []Object) (Object, *BaseException) {
		fd, exc := fdOrFileno(t, a[0])
		if exc != nil {
			return nil, exc
		}
		flushStdFor(fd)
		if err := syscall.Fsync(fd); err != nil {
			return nil, osErrorFromErr(err, nil)
		}
		return None, nil
	})
	posixFunc(d, "fdatasync", []string{"fd"}, func(t *Thread, a []Object) (Object, *BaseException) {
		fd, exc := fdOrFileno(t, a[0])
		if exc != nil {
			return nil, exc
		}
		if err := syscall.Fdatasync(fd); err != nil {
			return nil, osErrorFromErr(err, nil)
		}
		return None, nil
	})
	posixFunc(d, "ftruncate", []string{"fd", "length"}, func(t *Thread, a []Object) (Object, *BaseException) {
		fd, exc := fdArg(t, a[0])
		if exc != nil {
			return nil, exc
		}
		n, exc := ioIntArg(t, a[1])
		if exc != nil {
			return nil, exc
		}
		if err := syscall.Ftruncate(fd, n); err != nil {
			return nil, osErrorFromErr(err, nil)
		}
		return None, nil
	})
	posixFunc(d, "pipe", nil, func(t *Thread, a []Object) (Object, *BaseException) {
		var p [2]int
		if err := syscall.Pipe2(p[:], syscall.O_CLOEXEC); err != nil {
			return nil, osErrorFromErr(err, nil)
		}
		return NewTuple(MakeInt(int64(p[0])), MakeInt(int64(p[1]))), nil
	})
	posixFunc(d, "pipe2", []string{"flags"}, func(t *Thread, a []Object) (Object, *BaseException) {
		flags, exc := ioIntArg(t, a[0])
		if exc != nil {
			return nil, exc
		}
		var p [2]int
		if err := syscall.Pipe2(p[:], int(flags)); err != nil {
			return nil, osErrorFromErr(err, nil)
		}
		return NewTuple(MakeInt(int64(p[0])), MakeInt(int64(p[1]))), nil
	})
	fd1("dup", func(t *Thread, fd int) (Object, *BaseException) {
		r, err := sysFcntl(fd, syscall.F_DUPFD_CLOEXEC, 0)
		if err != nil {
			return nil, osErrorFromErr(err, nil)
		}
		return MakeInt(int64(r)), nil
	})
	posixFunc(d, "dup2", []string{"fd", "fd2", "inheritable?"}, func(t *Thread, a []Object) (Object, *BaseException) {
		fd, exc := fdArg(t, a[0])
		if exc != nil {
			return nil, exc
		}
		fd2, exc := fdArg(t, a[1])
		if exc != nil {
			return nil, exc
		}
		inh, exc := optBool(t, a[2], true)
		if exc != nil {
			return nil, exc
		}
		flushStdFor(fd2)
		flags := 0
		if !inh {
			flags = syscall.O_CLOEXEC
		}
		var err error
		if fd == fd2 {
			_, err = sysFcntl(fd, syscall.F_GETFD, 0)
		} else {
			err = syscall.Dup3(fd, fd2, flags)
		}
		if err != nil {
			return nil, osErrorFromErr(err, nil)
		}
		return MakeInt(int64(fd2)), nil
	})
	fd1("get_inheritable", func(t *Thread, fd int) (Object, *BaseException) {
		r, err := sysFcntl(fd, syscall.F_GETFD, 0)
		if err != nil {
			return nil, osErrorFromErr(err, nil)
		}
		return Bool(r&syscall.FD_CLOEXEC == 0), nil
	})
	posixFunc(d, "set_inheritable", []string{"fd", "inheritable"}, func(t *Thread, a []Object) (Object, *BaseException) {
		fd, exc := fdArg(t, a[0])
		if exc != nil {
			return nil, exc
		}
		inh, exc := IsTrue(t, a[1])
		if exc != nil {
			return nil, exc
		}
		r, err := sysFcntl(fd, syscall.F_GETFD, 0)
		if err == nil {
			if inh {
				r &^= syscall.FD_CLOEXEC
			} else {
				r |= syscall.FD_CLOEXEC
			}
			_, err = sysFcntl(fd, syscall.F_SETFD, r)
		}
		if err != nil {
			return nil, osErrorFromErr(err, nil)
		}
		return None, nil
	})
	fd1("get_blocking", func(t *Thread, fd int) (Object, *BaseException) {
		r, err := sysFcntl(fd, syscall.F_GETFL, 0)
		if err != nil {
			return nil, osErrorFromErr(err, nil)
		}
		return Bool(r&syscall.O_NONBLOCK == 0), nil
	})
	posixFunc(d, "set_blocking", []string{"fd", "blocking"}, func(t *Thread, a []Object) (Object, *BaseException) {
		fd, exc := fdArg(t, a[0])
		if exc != nil {
			return nil, exc
		}
		blocking, exc := IsTrue(t, a[1])
		if exc != nil {
			return nil, exc
		}
		if err := syscall.SetNonblock(fd, !blocking); err != nil {
			return nil, osErrorFromErr(err, nil)
		}
		return None, nil
	})
	fd1("isatty", func(t *Thread, fd int) (Object, *BaseException) {
		return Bool(fdIsatty(fd)), nil
	})
	fd1("ttyname", func(t *Thread, fd int) (Object, *BaseException) {
		// ttyname_r's errors: EBADF for a closed descriptor, ENOTTY otherwise.
		var termios syscall.Termios
		if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), uintptr(syscall.TCGETS), uintptr(unsafe.Pointer(&termios))); e != 0 {
			if e != syscall.EBADF {
				e = syscall.ENOTTY
			}
			return nil, NewOSError(int(e), nil)
		}
		s, err := sysReadlinkat(atFDCWD, sprintf("/proc/self/fd/%d", fd))
		if err != nil {
			return nil, osErrorFromErr(err, nil)
		}
		return NewStr(s), nil
	})
	posixFunc(d, "get_terminal_size", []string{"fd?"}, func(t *Thread, a []Object) (Object, *BaseException) {
		fd := int64(1)
		if a[0] != nil {
			var exc *BaseException
			if fd, exc = ioIntArg(t, a[0]); exc != nil {
				return nil, exc
			}
		}
		var ws struct{ Row, Col, X, Y uint16 }
		_, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), uintptr(syscall.TIOCGWINSZ), uintptr(unsafe.Pointer(&ws)))
		if e != 0 {
			return nil, NewOSError(int(e), nil)
		}
		return makeSeq(terminalSizeType, []Object{MakeInt(int64(ws.Col)), MakeInt(int64(ws.Row))}), nil
	})
	posixFunc(d, "lockf", []string{"fd", "command", "length"}, func(t *Thread, a []Object) (Object, *BaseException) {
		fd, exc := fdArg(t, a[0])
		if exc != nil {
			return nil, exc
		}
		cmd, exc := ioIntArg(t, a[1])
		if exc != nil {
			return nil, exc
		}
		length, exc := ioIntArg(t, a[2])
		if exc != nil {
			return nil, exc
		}
		lk := syscall.Flock_t{Whence: 1, Start: 0, Len: length}
		op := syscall.F_SETLKW
		switch cmd {
		case 0:
			lk.Type = syscall.F_UNLCK
			op = syscall.F_SETLK
		case 1:
			lk.Type = syscall.F_WRLCK
		case 2:
			lk.Type = syscall.F_WRLCK
			op = syscall.F_SETLK
		case 3:
			lk.Type = syscall.F_WRLCK
			if err := syscall.FcntlFlock(uintptr(fd), syscall.F_GETLK, &lk); err != nil {
				return nil, osErrorFromErr(err, nil)
			}
			if lk.Type != syscall.F_UNLCK && int(lk.Pid) != syscall.Getpid() {
				return nil, NewOSError(int(syscall.EACCES), nil)
			}
			return None, nil
		default:
			return nil, NewOSError(int(syscall.EINVAL), nil)
		}
		if err := syscall.FcntlFlock(uintptr(fd), op, &lk); err != nil {
			return nil, osErrorFromErr(err, nil)
		}
		return None, nil
	})
}
