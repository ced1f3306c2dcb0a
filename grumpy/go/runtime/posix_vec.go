package runtime

import (
	"fmt"
	"syscall"
	"unsafe"
)

// Scatter/gather and kernel-side copies: os.readv, os.writev, os.preadv,
// os.pwritev, os.copy_file_range, os.splice; pseudo-terminals: os.openpty,
// os.tcgetpgrp, os.tcsetpgrp.

// posixBufferList is the sequence argument of readv/writev (CPython's
// "arg 2 must be a sequence").
func posixBufferList(t *Thread, fname string, o Object) ([]Object, *BaseException) {
	switch o.(type) {
	case *List, *Tuple:
	default:
		if _, ok := o.(*Instance); !ok || !hasSequenceItem(t, o) {
			return nil, Errorf(TypeErrorType, "%s() arg 2 must be a sequence", fname)
		}
	}
	return ToSlice(t, o)
}

func hasSequenceItem(t *Thread, o Object) bool {
	ok, exc := HasAttr(t, o, InternStr("__getitem__"))
	return exc == nil && ok
}

// posixReadBuffers allocates the scratch space readv fills, one slice per
// writable buffer.
func posixReadBuffers(t *Thread, bufs []Object) ([][]byte, *BaseException) {
	out := make([][]byte, len(bufs))
	for i, b := range bufs {
		if _, ok := bytesLike(b); !ok && ioMutableBuffer(b) == nil {
			if _, isMV := b.(*MemoryView); !isMV && TypeOf(b).solid.name != "mmap" {
				return nil, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", TypeOf(b).name)
			}
		}
		if ioMutableBuffer(b) == nil {
			if m, ok := b.(*MemoryView); !ok || m.ba == nil || m.ro {
				if TypeOf(b).solid.name != "mmap" {
					return nil, NewError(BufferErrorType, "Object is not writable.")
				}
			}
		}
		n, exc := writableLen(t, b)
		if exc != nil {
			return nil, exc
		}
		out[i] = make([]byte, n)
	}
	return out, nil
}

func iovecsOf(bufs [][]byte) []syscall.Iovec {
	iov := make([]syscall.Iovec, 0, len(bufs))
	var one byte
	for _, b := range bufs {
		v := syscall.Iovec{}
		if len(b) > 0 {
			v.Base = &b[0]
		} else {
			v.Base = &one
		}
		v.SetLen(len(b))
		iov = append(iov, v)
	}
	return iov
}

// vecSyscall runs readv/writev/preadv/pwritev over Go buffers.
func vecSyscall(trap uintptr, fd int, bufs [][]byte, off int64, withOff bool) (int, error) {
	iov := iovecsOf(bufs)
	var p unsafe.Pointer
	if len(iov) > 0 {
		p = unsafe.Pointer(&iov[0])
	}
	for {
		var n uintptr
		var e syscall.Errno
		if withOff {
			n, _, e = syscall.Syscall6(trap, uintptr(fd), uintptr(p), uintptr(len(iov)), uintptr(off), uintptr(uint64(off)>>32>>32), 0)
		} else {
			n, _, e = syscall.Syscall(trap, uintptr(fd), uintptr(p), uintptr(len(iov)))
		}
		if e == syscall.EINTR {
			continue
		}
		if e != 0 {
			return 0, e
		}
		return int(n), nil
	}
}

// scatter copies what readv read back into the Python buffers.
func scatter(t *Thread, objs []Object, bufs [][]byte, n int) *BaseException {
	for i, b := range bufs {
		if n <= 0 {
			break
		}
		k := min(n, len(b))
		if exc := fillBuffer(t, objs[i], b[:k]); exc != nil {
			return exc
		}
		n -= k
	}
	return nil
}

func posixGather(t *Thread, objs []Object) ([][]byte, *BaseException) {
	bufs := make([][]byte, len(objs))
	for i, o := range objs {
		b, exc := bytesArg(t, o)
		if exc != nil {
			return nil, exc
		}
		bufs[i] = b
	}
	return bufs, nil
}

// posixCountArg is a Py_ssize_t count that must not be negative.
func posixCountArg(t *Thread, o Object) (int64, *BaseException) {
	n, exc := ioIntArg(t, o)
	if exc != nil {
		return 0, exc
	}
	if n < 0 {
		return 0, NewError(ValueErrorType, "negative value for 'count' not allowed")
	}
	return n, nil
}

// posixOffsetPtr is an optional off_t* argument (None: use the file position).
func posixOffsetPtr(t *Thread, o Object) (*int64, *BaseException) {
	if noneOr(o) {
		return nil, nil
	}
	if _, ok := o.(Float); ok {
		return nil, NewError(TypeErrorType, "'float' object cannot be interpreted as an integer")
	}
	i, exc := Index(t, o)
	if exc != nil {
		return nil, exc
	}
	v, ok := i.(Int)
	if !ok {
		return nil, NewError(OverflowErrorType, "Python int too large to convert to C long")
	}
	off := int64(v)
	return &off, nil
}

func ptrArg(p *int64) uintptr {
	if p == nil {
		return 0
	}
	return uintptr(unsafe.Pointer(p))
}

// posixFuncPos registers an Argument Clinic function whose parameters are
// all positional-only (CPython's "NAME expected N arguments, got M").
func posixFuncPos(d *Dict, name string, params []string, fn func(t *Thread, a []Object) (Object, *BaseException)) {
	lo, hi := 0, 0
	for _, p := range params {
		if p == "/" {
			continue
		}
		hi++
		if p[len(p)-1] != '?' {
			lo++
		}
	}
	posixFunc(d, name, params, fn)
	inner := d.GetStr(name).(*Builtin)
	b := NewBuiltin(name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(kw) > 0 {
			return nil, Errorf(TypeErrorType, "posix.%s() takes no keyword arguments", name)
		}
		if n := len(args); n < lo || n > hi {
			switch {
			case lo == hi:
				return nil, Errorf(TypeErrorType, "%s expected %d argument%s, got %d", name, lo, pluralS(lo), n)
			case n < lo:
				return nil, Errorf(TypeErrorType, "%s expected at least %d argument%s, got %d", name, lo, pluralS(lo), n)
			default:
				return nil, Errorf(TypeErrorType, "%s expected at most %d argument%s, got %d", name, hi, pluralS(hi), n)
			}
		}
		return Call(t, inner, args, nil)
	})
	b.module = "posix"
	d.SetStr(name, b)
}

func pluralS(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func posixVecFuncs(d *Dict) {
	posixFuncPos(d, "readv", []string{"fd", "buffers", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
		return posixVecRead(t, "readv", a, false)
	})
	posixFuncPos(d, "preadv", []string{"fd", "buffers", "offset", "flags?", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
		return posixVecRead(t, "preadv", a, true)
	})
	posixFuncPos(d, "writev", []string{"fd", "buffers", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
		return posixVecWrite(t, "writev", a, false)
	})
	posixFuncPos(d, "pwritev", []string{"fd", "buffers", "offset", "flags?", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
		return posixVecWrite(t, "pwritev", a, true)
	})
	posixFunc(d, "copy_file_range", []string{"src", "dst", "count", "offset_src?", "offset_dst?"}, func(t *Thread, a []Object) (Object, *BaseException) {
		c, exc := parseCopyArgs(t, a)
		if exc != nil {
			return nil, exc
		}
		for {
			n, _, e := syscall.Syscall6(sysCopyFileRange, uintptr(c.src), ptrArg(c.offIn), uintptr(c.dst), ptrArg(c.offOut), uintptr(c.count), 0)
			if e == syscall.EINTR {
				continue
			}
			if e != 0 {
				return nil, osErrorFromErr(e, nil)
			}
			return MakeInt(int64(n)), nil
		}
	})
	posixFunc(d, "splice", []string{"src", "dst", "count", "offset_src?", "offset_dst?", "flags?"}, func(t *Thread, a []Object) (Object, *BaseException) {
		c, exc := parseCopyArgs(t, a)
		if exc != nil {
			return nil, exc
		}
		flags, exc := optInt(t, a[5], 0)
		if exc != nil {
			return nil, exc
		}
		if flags < 0 {
			return nil, NewError(ValueErrorType, "value must be positive")
		}
		if flags > 1<<32-1 {
			return nil, NewError(OverflowErrorType, "Python int too large to convert to C unsigned int")
		}
		for {
			n, err := syscall.Splice(c.src, c.offIn, c.dst, c.offOut, int(c.count), int(flags))
			if err == syscall.EINTR {
				continue
			}
			if err != nil {
				return nil, osErrorFromErr(err, nil)
			}
			return MakeInt(n), nil
		}
	})
	posixFunc(d, "openpty", nil, func(t *Thread, a []Object) (Object, *BaseException) {
		master, slave, err := openPTY()
		if err != nil {
			return nil, osErrorFromErr(err, nil)
		}
		return NewTuple(MakeInt(int64(master)), MakeInt(int64(slave))), nil
	})
	posixFunc(d, "tcgetpgrp", []string{"fd", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
		fd, exc := fdArg(t, a[0])
		if exc != nil {
			return nil, exc
		}
		var pgid int32
		if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), syscall.TIOCGPGRP, uintptr(unsafe.Pointer(&pgid))); e != 0 {
			return nil, osErrorFromErr(e, nil)
		}
		return MakeInt(int64(pgid)), nil
	})
	posixFunc(d, "tcsetpgrp", []string{"fd", "pgid", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
		fd, exc := fdArg(t, a[0])
		if exc != nil {
			return nil, exc
		}
		pg, exc := fdArg(t, a[1])
		if exc != nil {
			return nil, exc
		}
		pgid := int32(pg)
		if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), syscall.TIOCSPGRP, uintptr(unsafe.Pointer(&pgid))); e != 0 {
			return nil, osErrorFromErr(e, nil)
		}
		return None, nil
	})
}

// vec2Syscall is preadv2/pwritev2 (offset split in two longs, then flags).
func vec2Syscall(trap uintptr, fd int, bufs [][]byte, off int64, flags int64) (int, error) {
	iov := iovecsOf(bufs)
	var p unsafe.Pointer
	if len(iov) > 0 {
		p = unsafe.Pointer(&iov[0])
	}
	for {
		n, _, e := syscall.Syscall6(trap, uintptr(fd), uintptr(p), uintptr(len(iov)), uintptr(off), uintptr(uint64(off)>>32>>32), uintptr(flags))
		if e == syscall.EINTR {
			continue
		}
		if e != 0 {
			return 0, e
		}
		return int(n), nil
	}
}

// openPTY is openpty(3): a new master (/dev/ptmx) unlocked, and its slave;
// both close-on-exec (non-inheritable, as CPython makes them).
func openPTY() (int, int, error) {
	master, err := syscall.Open("/dev/ptmx", syscall.O_RDWR|syscall.O_NOCTTY|syscall.O_CLOEXEC, 0)
	if err != nil {
		return -1, -1, err
	}
	var unlock int32
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(master), syscall.TIOCSPTLCK, uintptr(unsafe.Pointer(&unlock))); e != 0 {
		syscall.Close(master)
		return -1, -1, e
	}
	var n uint32
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(master), syscall.TIOCGPTN, uintptr(unsafe.Pointer(&n))); e != 0 {
		syscall.Close(master)
		return -1, -1, e
	}
	slave, err := syscall.Open(fmt.Sprintf("/dev/pts/%d", n), syscall.O_RDWR|syscall.O_NOCTTY|syscall.O_CLOEXEC, 0)
	if err != nil {
		syscall.Close(master)
		return -1, -1, err
	}
	return master, slave, nil
}

// vecArgs is the argument list the readv/writev family shares: (fd,
// buffers) and, for the positioned forms, (offset, flags).
type vecArgs struct {
	fd         int
	objs       []Object
	off, flags int64
	positioned bool
}

func parseVecArgs(t *Thread, name string, a []Object, positioned bool) (v vecArgs, exc *BaseException) {
	v.positioned = positioned
	if v.fd, exc = fdArg(t, a[0]); exc != nil {
		return v, exc
	}
	if v.objs, exc = posixBufferList(t, name, a[1]); exc != nil {
		return v, exc
	}
	if positioned {
		if v.off, exc = ioIntArg(t, a[2]); exc != nil {
			return v, exc
		}
		if v.flags, exc = optInt(t, a[3], 0); exc != nil {
			return v, exc
		}
	}
	return v, nil
}

// syscall runs the plain, positioned or flagged (…v2) system call.
func (v vecArgs) syscall(bufs [][]byte, plain, positioned, flagged uintptr) (int, error) {
	switch {
	case !v.positioned:
		return vecSyscall(plain, v.fd, bufs, 0, false)
	case v.flags != 0:
		return vec2Syscall(flagged, v.fd, bufs, v.off, v.flags)
	}
	return vecSyscall(positioned, v.fd, bufs, v.off, true)
}

// posixVecRead is readv and preadv: read into the buffers in order.
func posixVecRead(t *Thread, name string, a []Object, positioned bool) (Object, *BaseException) {
	v, exc := parseVecArgs(t, name, a, positioned)
	if exc != nil {
		return nil, exc
	}
	bufs, exc := posixReadBuffers(t, v.objs)
	if exc != nil {
		return nil, exc
	}
	n, err := v.syscall(bufs, syscall.SYS_READV, syscall.SYS_PREADV, sysPreadv2)
	if err != nil {
		return nil, osErrorFromErr(err, nil)
	}
	if exc := scatter(t, v.objs, bufs, n); exc != nil {
		return nil, exc
	}
	return MakeInt(int64(n)), nil
}

// posixVecWrite is writev and pwritev: write the buffers in order.
func posixVecWrite(t *Thread, name string, a []Object, positioned bool) (Object, *BaseException) {
	v, exc := parseVecArgs(t, name, a, positioned)
	if exc != nil {
		return nil, exc
	}
	bufs, exc := posixGather(t, v.objs)
	if exc != nil {
		return nil, exc
	}
	if !positioned {
		flushStdFor(v.fd)
	}
	n, err := v.syscall(bufs, syscall.SYS_WRITEV, syscall.SYS_PWRITEV, sysPwritev2)
	if err != nil {
		return nil, osErrorFromErr(err, nil)
	}
	return MakeInt(int64(n)), nil
}

// copyArgs is the (src, dst, count, offset_src, offset_dst) list that
// copy_file_range and splice share.
type copyArgs struct {
	src, dst      int
	count         int64
	offIn, offOut *int64
}

func parseCopyArgs(t *Thread, a []Object) (c copyArgs, exc *BaseException) {
	if c.src, exc = fdArg(t, a[0]); exc != nil {
		return c, exc
	}
	if c.dst, exc = fdArg(t, a[1]); exc != nil {
		return c, exc
	}
	if c.count, exc = posixCountArg(t, a[2]); exc != nil {
		return c, exc
	}
	if c.offIn, exc = posixOffsetPtr(t, a[3]); exc != nil {
		return c, exc
	}
	c.offOut, exc = posixOffsetPtr(t, a[4])
	return c, exc
}
