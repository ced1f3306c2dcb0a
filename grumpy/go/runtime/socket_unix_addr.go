package runtime

import (
	"syscall"
	"unsafe"
)

// AF_UNIX addresses passed to the kernel as CPython passes them.
//
// Go's syscall.SockaddrUnix reads a leading '@' as the Linux abstract
// namespace (and reports abstract names back with a leading '@'), so a
// file name that starts with '@' (test.support's TESTFN, '@test_PID_tmp')
// could not be bound or connected to: it became an abstract socket. Here a
// unix address is the exact bytes of the name (a leading NUL is the abstract
// namespace, as in CPython), and bind, connect, sendto, getsockname and
// getpeername of AF_UNIX sockets call the kernel with a raw sockaddr_un.

// unixSockaddr is an AF_UNIX address: the name's bytes exactly.
type unixSockaddr struct {
	syscall.SockaddrUnix // Name: the raw bytes (for the Go calls that still take a Sockaddr)
}

// raw is the sockaddr_un for name and its length (CPython's: the family
// plus the name's bytes, no terminating NUL counted).
func (u *unixSockaddr) raw() (*syscall.RawSockaddrUnix, uintptr, error) {
	var r syscall.RawSockaddrUnix
	if len(u.Name) > len(r.Path) {
		return nil, 0, errUnixPathTooLong
	}
	r.Family = syscall.AF_UNIX
	for i := 0; i < len(u.Name); i++ {
		r.Path[i] = int8(u.Name[i])
	}
	return &r, uintptr(2 + len(u.Name)), nil
}

type unixPathTooLong struct{}

func (unixPathTooLong) Error() string { return "AF_UNIX path too long" }

var errUnixPathTooLong error = unixPathTooLong{}

// sockErr is osErrorFromErr, except for the too-long AF_UNIX path, which
// CPython reports as a plain OSError without errno.
func sockErr(err error) *BaseException {
	if err == errUnixPathTooLong {
		return NewError(OSErrorType, "AF_UNIX path too long")
	}
	return osErrorFromErr(err, nil)
}

func unixAddrCall(trap uintptr, fd int, u *unixSockaddr) error {
	r, n, err := u.raw()
	if err != nil {
		return err
	}
	_, _, e := syscall.Syscall(trap, uintptr(fd), uintptr(unsafe.Pointer(r)), n)
	if e != 0 {
		return e
	}
	return nil
}

// sockBind and sockConnect are syscall.Bind/Connect that pass unix
// addresses unchanged.
func sockBind(fd int, sa syscall.Sockaddr) error {
	if u, ok := sa.(*unixSockaddr); ok {
		return unixAddrCall(syscall.SYS_BIND, fd, u)
	}
	return syscall.Bind(fd, sa)
}

func sockConnect(fd int, sa syscall.Sockaddr) error {
	if u, ok := sa.(*unixSockaddr); ok {
		return unixAddrCall(syscall.SYS_CONNECT, fd, u)
	}
	return syscall.Connect(fd, sa)
}

// sockSendTo is syscall.SendmsgN (to may be nil) that passes unix
// addresses unchanged.
func sockSendTo(fd int, data []byte, to syscall.Sockaddr, flags int) (int, error) {
	u, ok := to.(*unixSockaddr)
	if !ok {
		return syscall.SendmsgN(fd, data, nil, to, flags)
	}
	r, n, err := u.raw()
	if err != nil {
		return 0, err
	}
	var p unsafe.Pointer
	if len(data) > 0 {
		p = unsafe.Pointer(&data[0])
	}
	got, _, e := syscall.Syscall6(syscall.SYS_SENDTO, uintptr(fd), uintptr(p), uintptr(len(data)),
		uintptr(flags), uintptr(unsafe.Pointer(r)), n)
	if e != 0 {
		return 0, e
	}
	return int(got), nil
}

// unixName is getsockname (peer false) or getpeername of an AF_UNIX
// socket, as CPython reports it: bytes for an abstract name (leading NUL),
// else the name up to its first NUL as a str ('' when unnamed).
func unixName(fd int, peer bool) (Object, error) {
	var r syscall.RawSockaddrUnix
	n := uint32(unsafe.Sizeof(r))
	trap := uintptr(syscall.SYS_GETSOCKNAME)
	if peer {
		trap = syscall.SYS_GETPEERNAME
	}
	_, _, e := syscall.Syscall(trap, uintptr(fd), uintptr(unsafe.Pointer(&r)), uintptr(unsafe.Pointer(&n)))
	if e != 0 {
		return nil, e
	}
	l := int(n) - 2
	if l > len(r.Path) {
		l = len(r.Path)
	}
	if l < 0 {
		l = 0
	}
	b := make([]byte, l)
	for i := 0; i < l; i++ {
		b[i] = byte(r.Path[i])
	}
	if l > 0 && b[0] == 0 {
		return NewBytes(b), nil
	}
	for i, c := range b {
		if c == 0 {
			b = b[:i]
			break
		}
	}
	return NewStr(string(b)), nil
}
