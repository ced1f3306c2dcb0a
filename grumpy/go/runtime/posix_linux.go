package runtime

import (
	"encoding/binary"
	"math/big"
	"strings"
	"syscall"
	"unsafe"
)

// Linux-only posix functions: eventfd/eventfd_read/eventfd_write and
// memfd_create, with their EFD_*/MFD_* constants.

func posixLinuxFuncs(d *Dict) {
	for k, v := range map[string]int64{"EFD_CLOEXEC": syscall.O_CLOEXEC, "EFD_NONBLOCK": syscall.O_NONBLOCK, "EFD_SEMAPHORE": 1,
		"MFD_CLOEXEC": 1, "MFD_ALLOW_SEALING": 2, "MFD_HUGETLB": 4, "MFD_HUGE_SHIFT": 26, "MFD_HUGE_MASK": 63} {
		d.SetStr(k, MakeInt(v))
	}
	for name, lg := range map[string]int64{"64KB": 16, "512KB": 19, "1MB": 20, "2MB": 21, "8MB": 23, "16MB": 24, "32MB": 25,
		"256MB": 28, "512MB": 29, "1GB": 30, "2GB": 31, "16GB": 34} {
		d.SetStr("MFD_HUGE_"+name, MakeInt(lg<<26))
	}
	posixFunc(d, "eventfd", []string{"initval", "flags?"}, func(t *Thread, a []Object) (Object, *BaseException) {
		initval, exc := ioIntArg(t, a[0])
		if exc != nil {
			return nil, exc
		}
		if initval < 0 || initval > 1<<32-1 {
			return nil, NewError(OverflowErrorType, "Python int too large for C unsigned int")
		}
		flags, exc := optInt(t, a[1], syscall.O_CLOEXEC)
		if exc != nil {
			return nil, exc
		}
		fd, _, e := syscall.Syscall(syscall.SYS_EVENTFD2, uintptr(initval), uintptr(flags), 0)
		if e != 0 {
			return nil, osErrorFromErr(e, nil)
		}
		return MakeInt(int64(fd)), nil
	})
	posixFunc(d, "eventfd_read", []string{"fd"}, func(t *Thread, a []Object) (Object, *BaseException) {
		fd, exc := fdArg(t, a[0])
		if exc != nil {
			return nil, exc
		}
		var buf [8]byte
		for {
			_, err := syscall.Read(fd, buf[:])
			if err == syscall.EINTR {
				if exc := CheckSignals(t); exc != nil {
					return nil, exc
				}
				continue
			}
			if err != nil {
				return nil, osErrorFromErr(err, nil)
			}
			return intFromUint64(binary.NativeEndian.Uint64(buf[:])), nil
		}
	})
	posixFunc(d, "eventfd_write", []string{"fd", "value"}, func(t *Thread, a []Object) (Object, *BaseException) {
		fd, exc := fdArg(t, a[0])
		if exc != nil {
			return nil, exc
		}
		v, exc := uint64Arg(t, a[1])
		if exc != nil {
			return nil, exc
		}
		var buf [8]byte
		binary.NativeEndian.PutUint64(buf[:], v)
		for {
			_, err := syscall.Write(fd, buf[:])
			if err == syscall.EINTR {
				if exc := CheckSignals(t); exc != nil {
					return nil, exc
				}
				continue
			}
			if err != nil {
				return nil, osErrorFromErr(err, nil)
			}
			return None, nil
		}
	})
	posixFunc(d, "memfd_create", []string{"name", "flags?"}, func(t *Thread, a []Object) (Object, *BaseException) {
		name, exc := envArg(t, a[0], "name")
		if exc != nil {
			return nil, exc
		}
		if strings.IndexByte(name, 0) >= 0 {
			return nil, NewError(ValueErrorType, "embedded null byte")
		}
		flags, exc := optInt(t, a[1], 1)
		if exc != nil {
			return nil, exc
		}
		b := append([]byte(name), 0)
		fd, _, e := syscall.Syscall(sysMemfdCreateNo, uintptr(unsafe.Pointer(&b[0])), uintptr(flags), 0)
		if e != 0 {
			return nil, osErrorFromErr(e, nil)
		}
		return MakeInt(int64(fd)), nil
	})
}

// uint64Arg converts an int (by __index__) to a C uint64_t, with the
// messages of CPython's converter.
func uint64Arg(t *Thread, o Object) (uint64, *BaseException) {
	if _, ok := o.(Float); ok {
		return 0, NewError(TypeErrorType, "'float' object cannot be interpreted as an integer")
	}
	v, exc := Index(t, o)
	if exc != nil {
		return 0, exc
	}
	switch n := v.(type) {
	case Int:
		if n < 0 {
			return 0, NewError(ValueErrorType, "value must be positive")
		}
		return uint64(n), nil
	case *BigInt:
		if n.v.Sign() < 0 {
			return 0, NewError(ValueErrorType, "value must be positive")
		}
		if n.v.Cmp(new(big.Int).SetUint64(^uint64(0))) > 0 {
			return 0, NewError(OverflowErrorType, "int too big to convert")
		}
		return n.v.Uint64(), nil
	}
	return 0, NewError(TypeErrorType, "an integer is required")
}
