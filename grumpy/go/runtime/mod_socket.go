package runtime

import (
	"encoding/binary"
	"fmt"
	"math"
	"net"
	"os"
	"strconv"
	"sync"
	"syscall"
	"time"
	"unsafe"
)

// The _socket module: socket objects over raw descriptors (the syscall
// package), with CPython's timeout model (a socket with a timeout keeps its
// descriptor non-blocking and waits with ppoll), plus the address helpers
// socket.py re-exports.

type sockObj struct {
	mu      sync.Mutex
	fd      int
	family  int
	typ     int
	proto   int
	timeout time.Duration // < 0: blocking (None)
}

var sockType = newNativeType("socket", "_socket", nil, "")

// Type implements Object.
func (*sockObj) Type() *Type { return sockType }

var (
	sockHerrorType   = newExcType("herror", OSErrorType)
	sockGaierrorType = newExcType("gaierror", OSErrorType)

	sockDefaultMu      sync.Mutex
	sockDefaultTimeout time.Duration = -1
)

func sockGetDefault() time.Duration {
	sockDefaultMu.Lock()
	defer sockDefaultMu.Unlock()
	return sockDefaultTimeout
}

func sockTimeoutObj(d time.Duration) Object {
	if d < 0 {
		return None
	}
	return Float(d.Seconds())
}

func sockTimeoutArg(o Object) (time.Duration, *BaseException) {
	if o == None {
		return -1, nil
	}
	f, ok, exc := asFloat(Unwrap(o))
	if exc != nil {
		return 0, exc
	}
	if !ok {
		return 0, NewError(TypeErrorType, "Timeout value must be int, float or None")
	}
	if math.IsNaN(f) {
		return 0, NewError(ValueErrorType, "Invalid value NaN (not a number)")
	}
	if f < 0 {
		return 0, NewError(ValueErrorType, "Timeout value out of range")
	}
	if f > 1e9 {
		return 0, NewError(OverflowErrorType, "timeout doesn't fit into C timeval")
	}
	return time.Duration(f * float64(time.Second)), nil
}

func gaiError(code int, msg string) *BaseException {
	e := newExcOf(sockGaierrorType, nil)
	osErrorSetup(e, []Object{MakeInt(int64(code)), NewStr(msg)})
	return e
}

func sockIntArg(t *Thread, o Object) (int, *BaseException) {
	v, exc := ioIntArg(t, o)
	if exc != nil {
		return 0, exc
	}
	return int(v), nil
}

// setTimeout applies a timeout: non-blocking mode whenever it is >= 0.
func (s *sockObj) setTimeout(d time.Duration) *BaseException {
	s.mu.Lock()
	s.timeout = d
	fd := s.fd
	s.mu.Unlock()
	if fd < 0 {
		return nil
	}
	if err := syscall.SetNonblock(fd, d >= 0); err != nil {
		return osErrorFromErr(err, nil)
	}
	return nil
}

func (s *sockObj) state() (int, time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.fd, s.timeout
}

// io runs op, waiting for readiness (write selects POLLOUT) while it
// returns EAGAIN and the socket has a positive timeout.
func (s *sockObj) io(t *Thread, write bool, op func(fd int) error) *BaseException {
	fd, timeout := s.state()
	var deadline time.Time
	if timeout > 0 {
		deadline = time.Now().Add(timeout)
	}
	// A blocking socket on the main thread waits signal-aware (sigwait_slices.go).
	// (Not for a closed or detached socket, fd -1: the call fails at once.)
	sigWait := timeout < 0 && fd >= 0 && ioSigAware(t)
	for {
		if sigWait {
			if exc := ioWaitFD(t, fd, write); exc != nil {
				return exc
			}
		}
		err := op(fd)
		if err == nil {
			return nil
		}
		if err == syscall.EINTR {
			if exc := CheckSignals(t); exc != nil {
				return exc
			}
			continue
		}
		if (err == syscall.EAGAIN || err == syscall.EWOULDBLOCK) && sigWait && !ioFDNonBlocking(fd) {
			continue
		}
		if (err == syscall.EAGAIN || err == syscall.EWOULDBLOCK) && timeout > 0 {
			if exc := sockWait(t, fd, write, time.Until(deadline)); exc != nil {
				return exc
			}
			continue
		}
		return osErrorFromErr(err, nil)
	}
}

func sockWait(t *Thread, fd int, write bool, rem time.Duration) *BaseException {
	if rem <= 0 {
		return NewException(TimeoutErrorType, NewStr("timed out"))
	}
	ev := int16(pollIn)
	if write {
		ev = pollOut
	}
	fds := []pollFd{{fd: int32(fd), events: ev}}
	n, exc := ppoll(t, fds, rem)
	if exc != nil {
		return exc
	}
	if n == 0 {
		return NewException(TimeoutErrorType, NewStr("timed out"))
	}
	return nil
}

// ---- addresses ----

func sockResolveHost(host string, family int) (net.IP, *BaseException) {
	switch host {
	case "":
		if family == syscall.AF_INET6 {
			return net.IPv6zero, nil
		}
		return net.IPv4zero.To4(), nil
	case "<broadcast>":
		return net.IPv4bcast.To4(), nil
	case "localhost":
		if family == syscall.AF_INET6 {
			return net.IPv6loopback, nil
		}
		return net.IPv4(127, 0, 0, 1).To4(), nil
	}
	if ip := net.ParseIP(host); ip != nil {
		if family == syscall.AF_INET {
			if ip4 := ip.To4(); ip4 != nil {
				return ip4, nil
			}
			return nil, gaiError(-9, "Address family for hostname not supported")
		}
		return ip, nil
	}
	ips, err := net.LookupIP(host)
	if err != nil || len(ips) == 0 {
		return nil, gaiError(-2, "Name or service not known")
	}
	for _, ip := range ips {
		if family == syscall.AF_INET6 && ip.To4() == nil {
			return ip, nil
		}
		if family != syscall.AF_INET6 && ip.To4() != nil {
			return ip.To4(), nil
		}
	}
	return nil, gaiError(-9, "Address family for hostname not supported")
}

func sockHostStr(t *Thread, o Object) (string, *BaseException) {
	switch v := Unwrap(o).(type) {
	case *Str:
		return v.Value(), nil
	case *Bytes:
		return string(v.Value()), nil
	}
	return "", Errorf(TypeErrorType, "str, bytes or bytearray expected, not %s", TypeOf(o).name)
}

func sockPortArg(t *Thread, o Object, fname string) (int, *BaseException) {
	if _, ok := asIntStrict(Unwrap(o)); !ok {
		return 0, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeOf(o).name)
	}
	p, exc := ioIntArg(t, o)
	if exc != nil {
		return 0, exc
	}
	if p < 0 || p > 65535 {
		return 0, Errorf(OverflowErrorType, "%s(): port must be 0-65535.", fname)
	}
	return int(p), nil
}

func sockAddrArg(t *Thread, family int, o Object, fname string) (syscall.Sockaddr, *BaseException) {
	switch family {
	case syscall.AF_UNIX:
		var name string
		switch v := Unwrap(o).(type) {
		case *Str:
			b, exc := encodeFS(t, v)
			if exc != nil {
				return nil, exc
			}
			name = string(b)
		case *Bytes:
			name = string(v.Value())
		default:
			if b, ok := bytesLike(o); ok {
				name = string(b)
			} else {
				return nil, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", TypeOf(o).name)
			}
		}
		if len(name) > len(syscall.RawSockaddrUnix{}.Path) {
			return nil, NewError(OSErrorType, "AF_UNIX path too long")
		}
		// The exact bytes (a leading NUL: the abstract namespace), passed raw (socket_unix_addr.go).
		return &unixSockaddr{syscall.SockaddrUnix{Name: name}}, nil
	case syscall.AF_INET, syscall.AF_INET6:
		tup, ok := Unwrap(o).(*Tuple)
		if !ok {
			if family == syscall.AF_INET {
				return nil, Errorf(TypeErrorType, "%s(): AF_INET address must be tuple, not %s", fname, TypeOf(o).name)
			}
			return nil, Errorf(TypeErrorType, "%s(): AF_INET6 address must be tuple, not %s", fname, TypeOf(o).name)
		}
		el := tup.items
		if family == syscall.AF_INET && len(el) != 2 {
			return nil, Errorf(TypeErrorType, "AF_INET address must be a pair (host, port)")
		}
		if family == syscall.AF_INET6 && (len(el) < 2 || len(el) > 4) {
			return nil, Errorf(TypeErrorType, "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])")
		}
		host, exc := sockHostStr(t, el[0])
		if exc != nil {
			return nil, exc
		}
		port, exc := sockPortArg(t, el[1], fname)
		if exc != nil {
			return nil, exc
		}
		ip, exc := sockResolveHost(host, family)
		if exc != nil {
			return nil, exc
		}
		if family == syscall.AF_INET {
			sa := &syscall.SockaddrInet4{Port: port}
			copy(sa.Addr[:], ip.To4())
			return sa, nil
		}
		sa := &syscall.SockaddrInet6{Port: port}
		copy(sa.Addr[:], ip.To16())
		if len(el) == 4 {
			sid, exc := sockIntArg(t, el[3])
			if exc != nil {
				return nil, exc
			}
			sa.ZoneId = uint32(sid)
		}
		return sa, nil
	}
	return nil, Errorf(OSErrorType, "%s(): bad family", fname)
}

func sockAddrObj(sa syscall.Sockaddr) Object {
	switch a := sa.(type) {
	case *syscall.SockaddrInet4:
		return NewTuple(NewStr(net.IP(a.Addr[:]).String()), MakeInt(int64(a.Port)))
	case *syscall.SockaddrInet6:
		return NewTuple(NewStr(net.IP(a.Addr[:]).String()), MakeInt(int64(a.Port)), MakeInt(0), MakeInt(int64(a.ZoneId)))
	case *syscall.SockaddrUnix:
		if a.Name == "@" {
			// Go's name for an unnamed peer (accept of an unbound client).
			return NewStr("")
		}
		if len(a.Name) > 0 && a.Name[0] == '@' {
			return NewBytes(append([]byte{0}, a.Name[1:]...))
		}
		return NewStr(a.Name)
	}
	return None
}

// ---- socket objects ----

func sockSelfOf(args []Object, name string) (*sockObj, *BaseException) {
	return nativeSelf[*sockObj](args, sockType, name)
}

func defSock(name string, fn func(t *Thread, s *sockObj, args []Object, kw []*Str) (Object, *BaseException)) {
	defNativeMethod(sockType, name, fn)
}

func rawSockopt(call uintptr, fd, level, opt int, p []byte) (int, error) {
	l := uint32(len(p))
	var ptr unsafe.Pointer
	if len(p) > 0 {
		ptr = unsafe.Pointer(&p[0])
	}
	var lp uintptr = uintptr(l)
	if call == syscall.SYS_GETSOCKOPT {
		lp = uintptr(unsafe.Pointer(&l))
	}
	_, _, e := syscall.Syscall6(call, uintptr(fd), uintptr(level), uintptr(opt), uintptr(ptr), lp, 0)
	if e != 0 {
		return 0, e
	}
	return int(l), nil
}

func initSockType() {
	S := sockType
	S.hasDict = false
	DefStatic(S, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		cls, exc := nativeNewArgs(args, sockType)
		if exc != nil {
			return nil, exc
		}
		return nativeWrap(cls, sockType, &sockObj{fd: -1, family: syscall.AF_INET, typ: syscall.SOCK_STREAM, timeout: -1}), nil
	})
	DefMethod(S, "__init__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		s, exc := sockSelfOf(args, "__init__")
		if exc != nil {
			return nil, exc
		}
		var famO, typO, protoO, fdO Object = MakeInt(-1), MakeInt(-1), MakeInt(-1), None
		if exc := ParseArgs("socket", args[1:], kw, []string{"family?", "type?", "proto?", "fileno?"}, &famO, &typO, &protoO, &fdO); exc != nil {
			return nil, exc
		}
		fam, exc := sockIntArg(t, famO)
		if exc != nil {
			return nil, exc
		}
		typ, exc := sockIntArg(t, typO)
		if exc != nil {
			return nil, exc
		}
		proto, exc := sockIntArg(t, protoO)
		if exc != nil {
			return nil, exc
		}
		var fd int
		if fdO == None {
			if fam == -1 {
				fam = syscall.AF_INET
			}
			if typ == -1 {
				typ = syscall.SOCK_STREAM
			}
			if proto == -1 {
				proto = 0
			}
			nfd, err := syscall.Socket(fam, typ|syscall.SOCK_CLOEXEC, proto)
			if err != nil {
				return nil, osErrorFromErr(err, nil)
			}
			fd = nfd
		} else {
			if f, ok := Unwrap(fdO).(Float); ok {
				_ = f
				return nil, NewError(TypeErrorType, "'float' object cannot be interpreted as an integer")
			}
			v, exc := sockIntArg(t, fdO)
			if exc != nil {
				return nil, exc
			}
			if v < 0 {
				return nil, NewError(ValueErrorType, "negative file descriptor")
			}
			fd = v
			if fam == -1 {
				x, err := syscall.GetsockoptInt(fd, syscall.SOL_SOCKET, syscall.SO_DOMAIN)
				if err != nil {
					return nil, osErrorFromErr(err, nil)
				}
				fam = x
			}
			if typ == -1 {
				x, err := syscall.GetsockoptInt(fd, syscall.SOL_SOCKET, syscall.SO_TYPE)
				if err != nil {
					return nil, osErrorFromErr(err, nil)
				}
				typ = x
			}
			if proto == -1 {
				x, err := syscall.GetsockoptInt(fd, syscall.SOL_SOCKET, syscall.SO_PROTOCOL)
				if err != nil {
					return nil, osErrorFromErr(err, nil)
				}
				proto = x
			}
		}
		timeout := sockGetDefault()
		if typ&syscall.SOCK_NONBLOCK != 0 {
			timeout = 0
		}
		s.mu.Lock()
		s.fd, s.family, s.typ, s.proto = fd, fam, typ&^(syscall.SOCK_NONBLOCK|syscall.SOCK_CLOEXEC), proto
		s.mu.Unlock()
		if timeout >= 0 || fdO == None {
			if exc := s.setTimeout(timeout); exc != nil {
				return nil, exc
			}
		} else {
			s.mu.Lock()
			s.timeout = timeout
			s.mu.Unlock()
		}
		return None, nil
	})
	DefMethod(S, "__repr__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		s, exc := sockSelfOf(args, "__repr__")
		if exc != nil {
			return nil, exc
		}
		s.mu.Lock()
		defer s.mu.Unlock()
		return NewStr(fmt.Sprintf("<socket object, fd=%d, family=%d, type=%d, proto=%d>", s.fd, s.family, s.typ, s.proto)), nil
	})
	intGet := func(name string, f func(s *sockObj) Object) {
		defGetSet(S, name, func(t *Thread, o Object) (Object, *BaseException) {
			s, exc := sockSelfOf([]Object{o}, name)
			if exc != nil {
				return nil, exc
			}
			s.mu.Lock()
			defer s.mu.Unlock()
			return f(s), nil
		}, nil)
	}
	intGet("family", func(s *sockObj) Object { return MakeInt(int64(s.family)) })
	intGet("type", func(s *sockObj) Object { return MakeInt(int64(s.typ)) })
	intGet("proto", func(s *sockObj) Object { return MakeInt(int64(s.proto)) })
	intGet("timeout", func(s *sockObj) Object { return sockTimeoutObj(s.timeout) })

	defSock("fileno", func(t *Thread, s *sockObj, args []Object, kw []*Str) (Object, *BaseException) {
		fd, _ := s.state()
		return MakeInt(int64(fd)), nil
	})
	defSock("close", func(t *Thread, s *sockObj, args []Object, kw []*Str) (Object, *BaseException) {
		s.mu.Lock()
		fd := s.fd
		s.fd = -1
		s.mu.Unlock()
		if fd >= 0 {
			if err := syscall.Close(fd); err != nil && err != syscall.ECONNRESET {
				return nil, osErrorFromErr(err, nil)
			}
		}
		return None, nil
	})
	defSock("detach", func(t *Thread, s *sockObj, args []Object, kw []*Str) (Object, *BaseException) {
		s.mu.Lock()
		fd := s.fd
		s.fd = -1
		s.mu.Unlock()
		return MakeInt(int64(fd)), nil
	})
	defSock("gettimeout", func(t *Thread, s *sockObj, args []Object, kw []*Str) (Object, *BaseException) {
		_, to := s.state()
		return sockTimeoutObj(to), nil
	})
	defSock("settimeout", func(t *Thread, s *sockObj, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ioArgs("settimeout", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		d, exc := sockTimeoutArg(args[0])
		if exc != nil {
			return nil, exc
		}
		return None, s.setTimeout(d)
	})
	defSock("setblocking", func(t *Thread, s *sockObj, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ioArgs("setblocking", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		b, exc := IsTrue(t, args[0])
		if exc != nil {
			return nil, exc
		}
		var d time.Duration = 0
		if b {
			d = -1
		}
		return None, s.setTimeout(d)
	})
	defSock("getblocking", func(t *Thread, s *sockObj, args []Object, kw []*Str) (Object, *BaseException) {
		_, to := s.state()
		return Bool(to != 0), nil
	})
	defSock("bind", func(t *Thread, s *sockObj, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ioArgs("bind", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		sa, exc := sockAddrArg(t, s.family, args[0], "bind")
		if exc != nil {
			return nil, exc
		}
		fd, _ := s.state()
		if err := sockBind(fd, sa); err != nil {
			return nil, sockErr(err)
		}
		return None, nil
	})
	defSock("listen", func(t *Thread, s *sockObj, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ioArgs("listen", args, kw, 0, 1); exc != nil {
			return nil, exc
		}
		n := 128
		if len(args) == 1 {
			v, exc := sockIntArg(t, args[0])
			if exc != nil {
				return nil, exc
			}
			if v < 0 {
				v = 0
			}
			n = v
		}
		fd, _ := s.state()
		if err := syscall.Listen(fd, n); err != nil {
			return nil, osErrorFromErr(err, nil)
		}
		return None, nil
	})
	defSock("_accept", func(t *Thread, s *sockObj, args []Object, kw []*Str) (Object, *BaseException) {
		var nfd int
		var sa syscall.Sockaddr
		exc := s.io(t, false, func(fd int) error {
			var err error
			nfd, sa, err = syscall.Accept4(fd, syscall.SOCK_CLOEXEC)
			return err
		})
		if exc != nil {
			return nil, exc
		}
		var addr Object = sockAddrObj(sa)
		if sa == nil {
			if s.family == syscall.AF_UNIX {
				addr = NewStr("")
			}
		}
		return NewTuple(MakeInt(int64(nfd)), addr), nil
	})
	connect := func(t *Thread, s *sockObj, args []Object, kw []*Str, name string) (int, *BaseException) {
		if exc := ioArgs(name, args, kw, 1, 1); exc != nil {
			return 0, exc
		}
		sa, exc := sockAddrArg(t, s.family, args[0], name)
		if exc != nil {
			return 0, exc
		}
		fd, timeout := s.state()
		for {
			err := sockConnect(fd, sa)
			if err == syscall.EINTR {
				if exc := CheckSignals(t); exc != nil {
					return 0, exc
				}
				if timeout == 0 {
					return int(syscall.EINTR), nil
				}
				continue
			}
			if err == syscall.EINPROGRESS && timeout > 0 {
				if exc := sockWait(t, fd, true, timeout); exc != nil {
					if exc.IsInstanceOf(TimeoutErrorType) && name == "connect_ex" {
						return int(syscall.EWOULDBLOCK), nil
					}
					return 0, exc
				}
				v, gerr := syscall.GetsockoptInt(fd, syscall.SOL_SOCKET, syscall.SO_ERROR)
				if gerr != nil {
					return 0, osErrorFromErr(gerr, nil)
				}
				return v, nil
			}
			if err == nil {
				return 0, nil
			}
			if en, ok := err.(syscall.Errno); ok {
				return int(en), nil
			}
			return 0, osErrorFromErr(err, nil)
		}
	}
	defSock("connect", func(t *Thread, s *sockObj, args []Object, kw []*Str) (Object, *BaseException) {
		code, exc := connect(t, s, args, kw, "connect")
		if exc != nil {
			return nil, exc
		}
		if code != 0 {
			return nil, NewOSError(code, nil)
		}
		return None, nil
	})
	defSock("connect_ex", func(t *Thread, s *sockObj, args []Object, kw []*Str) (Object, *BaseException) {
		code, exc := connect(t, s, args, kw, "connect_ex")
		if exc != nil {
			return nil, exc
		}
		return MakeInt(int64(code)), nil
	})
	flagsArg := func(t *Thread, args []Object, i int) (int, *BaseException) {
		if len(args) > i {
			return sockIntArg(t, args[i])
		}
		return 0, nil
	}
	dataArg := func(o Object) ([]byte, *BaseException) {
		b, ok := bytesLike(o)
		if !ok {
			return nil, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", TypeOf(o).name)
		}
		return b, nil
	}
	sendOnce := func(t *Thread, s *sockObj, data []byte, flags int, to syscall.Sockaddr) (int, *BaseException) {
		if sockSigStreamSend(t, s) {
			return sockSendSigAware(t, s, data, flags)
		}
		var n int
		exc := s.io(t, true, func(fd int) error {
			var err error
			n, err = sockSendTo(fd, data, to, flags|syscall.MSG_NOSIGNAL)
			return err
		})
		return n, exc
	}
	defSock("send", func(t *Thread, s *sockObj, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ioArgs("send", args, kw, 1, 2); exc != nil {
			return nil, exc
		}
		data, exc := dataArg(args[0])
		if exc != nil {
			return nil, exc
		}
		flags, exc := flagsArg(t, args, 1)
		if exc != nil {
			return nil, exc
		}
		n, exc := sendOnce(t, s, data, flags, nil)
		if exc != nil {
			return nil, exc
		}
		return MakeInt(int64(n)), nil
	})
	defSock("sendall", func(t *Thread, s *sockObj, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ioArgs("sendall", args, kw, 1, 2); exc != nil {
			return nil, exc
		}
		data, exc := dataArg(args[0])
		if exc != nil {
			return nil, exc
		}
		flags, exc := flagsArg(t, args, 1)
		if exc != nil {
			return nil, exc
		}
		for len(data) > 0 {
			n, exc := sendOnce(t, s, data, flags, nil)
			if exc != nil {
				return nil, exc
			}
			data = data[n:]
		}
		return None, nil
	})
	defSock("sendto", func(t *Thread, s *sockObj, args []Object, kw []*Str) (Object, *BaseException) {
		if len(kw) == 0 && (len(args) < 2 || len(args) > 3) {
			return nil, Errorf(TypeErrorType, "sendto() takes 2 or 3 arguments (%d given)", len(args))
		}
		if exc := ioArgs("sendto", args, kw, 2, 3); exc != nil {
			return nil, exc
		}
		data, exc := dataArg(args[0])
		if exc != nil {
			return nil, exc
		}
		flags, addrO := 0, args[1]
		if len(args) == 3 {
			if flags, exc = sockIntArg(t, args[1]); exc != nil {
				return nil, exc
			}
			addrO = args[2]
		}
		sa, exc := sockAddrArg(t, s.family, addrO, "sendto")
		if exc != nil {
			return nil, exc
		}
		n, exc := sendOnce(t, s, data, flags, sa)
		if exc != nil {
			return nil, exc
		}
		return MakeInt(int64(n)), nil
	})
	recvOnce := func(t *Thread, s *sockObj, n, flags int) ([]byte, syscall.Sockaddr, *BaseException) {
		buf := make([]byte, n)
		var got int
		var from syscall.Sockaddr
		exc := s.io(t, false, func(fd int) error {
			var err error
			got, from, err = syscall.Recvfrom(fd, buf, flags)
			return err
		})
		if exc != nil {
			return nil, nil, exc
		}
		return buf[:got], from, nil
	}
	sizeArg := func(t *Thread, o Object, what string) (int, *BaseException) {
		n, exc := sockIntArg(t, o)
		if exc != nil {
			return 0, exc
		}
		if n < 0 {
			return 0, Errorf(ValueErrorType, "negative buffersize in %s", what)
		}
		return n, nil
	}
	defSock("recv", func(t *Thread, s *sockObj, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ioArgs("recv", args, kw, 1, 2); exc != nil {
			return nil, exc
		}
		n, exc := sizeArg(t, args[0], "recv")
		if exc != nil {
			return nil, exc
		}
		flags, exc := flagsArg(t, args, 1)
		if exc != nil {
			return nil, exc
		}
		b, _, exc := recvOnce(t, s, n, flags)
		if exc != nil {
			return nil, exc
		}
		return NewBytes(b), nil
	})
	defSock("recvfrom", func(t *Thread, s *sockObj, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ioArgs("recvfrom", args, kw, 1, 2); exc != nil {
			return nil, exc
		}
		n, exc := sizeArg(t, args[0], "recvfrom")
		if exc != nil {
			return nil, exc
		}
		flags, exc := flagsArg(t, args, 1)
		if exc != nil {
			return nil, exc
		}
		b, from, exc := recvOnce(t, s, n, flags)
		if exc != nil {
			return nil, exc
		}
		return NewTuple(NewBytes(b), sockAddrObj(from)), nil
	})
	recvInto := func(t *Thread, s *sockObj, args []Object, kw []*Str, name string) (int, syscall.Sockaddr, *BaseException) {
		var bufO, nO, flagsO Object = nil, MakeInt(0), MakeInt(0)
		if exc := ParseArgs(name, args, kw, []string{"buffer", "nbytes?", "flags?"}, &bufO, &nO, &flagsO); exc != nil {
			return 0, nil, exc
		}
		size, exc := writableLen(t, bufO)
		if exc != nil {
			return 0, nil, exc
		}
		n, exc := sockIntArg(t, nO)
		if exc != nil {
			return 0, nil, exc
		}
		if n < 0 {
			return 0, nil, Errorf(ValueErrorType, "negative buffersize in %s", name)
		}
		if n == 0 {
			n = size
		} else if n > size {
			return 0, nil, Errorf(ValueErrorType, "buffer too small for requested bytes")
		}
		flags, exc := sockIntArg(t, flagsO)
		if exc != nil {
			return 0, nil, exc
		}
		b, from, exc := recvOnce(t, s, n, flags)
		if exc != nil {
			return 0, nil, exc
		}
		if exc := fillBuffer(t, bufO, b); exc != nil {
			return 0, nil, exc
		}
		return len(b), from, nil
	}
	defSock("recv_into", func(t *Thread, s *sockObj, args []Object, kw []*Str) (Object, *BaseException) {
		n, _, exc := recvInto(t, s, args, kw, "recv_into")
		if exc != nil {
			return nil, exc
		}
		return MakeInt(int64(n)), nil
	})
	defSock("recvfrom_into", func(t *Thread, s *sockObj, args []Object, kw []*Str) (Object, *BaseException) {
		n, from, exc := recvInto(t, s, args, kw, "recvfrom_into")
		if exc != nil {
			return nil, exc
		}
		return NewTuple(MakeInt(int64(n)), sockAddrObj(from)), nil
	})
	defSock("shutdown", func(t *Thread, s *sockObj, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ioArgs("shutdown", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		how, exc := sockIntArg(t, args[0])
		if exc != nil {
			return nil, exc
		}
		fd, _ := s.state()
		if err := syscall.Shutdown(fd, how); err != nil {
			return nil, osErrorFromErr(err, nil)
		}
		return None, nil
	})
	nameOf := func(name string, get func(fd int) (syscall.Sockaddr, error)) {
		defSock(name, func(t *Thread, s *sockObj, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := ioArgs(name, args, kw, 0, 0); exc != nil {
				return nil, exc
			}
			fd, _ := s.state()
			if s.family == syscall.AF_UNIX {
				o, err := unixName(fd, name == "getpeername")
				if err != nil {
					return nil, osErrorFromErr(err, nil)
				}
				return o, nil
			}
			sa, err := get(fd)
			if err != nil {
				return nil, osErrorFromErr(err, nil)
			}
			if sa == nil && s.family == syscall.AF_UNIX {
				return NewStr(""), nil
			}
			return sockAddrObj(sa), nil
		})
	}
	nameOf("getsockname", syscall.Getsockname)
	nameOf("getpeername", syscall.Getpeername)
	defSock("setsockopt", func(t *Thread, s *sockObj, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ioArgs("setsockopt", args, kw, 3, 4); exc != nil {
			return nil, exc
		}
		level, exc := sockIntArg(t, args[0])
		if exc != nil {
			return nil, exc
		}
		opt, exc := sockIntArg(t, args[1])
		if exc != nil {
			return nil, exc
		}
		fd, _ := s.state()
		var p []byte
		if len(args) == 4 {
			if args[2] != None {
				return nil, NewError(TypeErrorType, "setsockopt() takes exactly 4 arguments (3 given)")
			}
			n, exc := sockIntArg(t, args[3])
			if exc != nil {
				return nil, exc
			}
			_, _, e := syscall.Syscall6(syscall.SYS_SETSOCKOPT, uintptr(fd), uintptr(level), uintptr(opt), 0, uintptr(n), 0)
			if e != 0 {
				return nil, NewOSError(int(e), nil)
			}
			return None, nil
		}
		if b, ok := bytesLike(args[2]); ok {
			p = b
		} else {
			v, exc := sockIntArg(t, args[2])
			if exc != nil {
				return nil, exc
			}
			p = make([]byte, 4)
			binary.LittleEndian.PutUint32(p, uint32(int32(v)))
		}
		if _, err := rawSockopt(syscall.SYS_SETSOCKOPT, fd, level, opt, p); err != nil {
			return nil, osErrorFromErr(err, nil)
		}
		return None, nil
	})
	defSock("getsockopt", func(t *Thread, s *sockObj, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ioArgs("getsockopt", args, kw, 2, 3); exc != nil {
			return nil, exc
		}
		level, exc := sockIntArg(t, args[0])
		if exc != nil {
			return nil, exc
		}
		opt, exc := sockIntArg(t, args[1])
		if exc != nil {
			return nil, exc
		}
		fd, _ := s.state()
		if len(args) == 3 {
			n, exc := sockIntArg(t, args[2])
			if exc != nil {
				return nil, exc
			}
			if n <= 0 || n > 1024 {
				return nil, NewOSError(int(syscall.EINVAL), nil)
			}
			p := make([]byte, n)
			got, err := rawSockopt(syscall.SYS_GETSOCKOPT, fd, level, opt, p)
			if err != nil {
				return nil, osErrorFromErr(err, nil)
			}
			return NewBytes(p[:got]), nil
		}
		v, err := syscall.GetsockoptInt(fd, level, opt)
		if err != nil {
			return nil, osErrorFromErr(err, nil)
		}
		return MakeInt(int64(v)), nil
	})
	defSock("dup", func(t *Thread, s *sockObj, args []Object, kw []*Str) (Object, *BaseException) {
		fd, to := s.state()
		nfd, exc := sockDupFd(fd)
		if exc != nil {
			return nil, exc
		}
		ns := &sockObj{fd: nfd, family: s.family, typ: s.typ, proto: s.proto, timeout: to}
		return ns, nil
	})
	defNoopDel(S)
}

func sockDupFd(fd int) (int, *BaseException) {
	r, _, e := syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), syscall.F_DUPFD_CLOEXEC, 0)
	if e != 0 {
		return 0, NewOSError(int(e), nil)
	}
	return int(r), nil
}

// ---- module ----

func init() {
	RegisterModule(&ModuleSpec{Name: "_socket", Native: initSocket})
	sockHerrorType.module = "socket"
	sockGaierrorType.module = "socket"
	initSockType()
}

func sockServices(name string) (int, bool) {
	switch name {
	case "http":
		return 80, true
	case "https":
		return 443, true
	case "ftp":
		return 21, true
	case "ssh":
		return 22, true
	case "smtp":
		return 25, true
	case "domain":
		return 53, true
	}
	return 0, false
}

func initSocket(t *Thread, m *Module) *BaseException {
	d := m.dict
	d.SetStr("socket", sockType)
	d.SetStr("SocketType", sockType)
	d.SetStr("error", OSErrorType)
	d.SetStr("timeout", TimeoutErrorType)
	d.SetStr("herror", sockHerrorType)
	d.SetStr("gaierror", sockGaierrorType)
	d.SetStr("has_ipv6", True)
	consts := map[string]int64{
		"AF_UNSPEC": 0, "AF_UNIX": 1, "AF_INET": 2, "AF_INET6": 10, "AF_NETLINK": 16, "AF_PACKET": 17,
		"SOCK_STREAM": 1, "SOCK_DGRAM": 2, "SOCK_RAW": 3, "SOCK_RDM": 4, "SOCK_SEQPACKET": 5,
		"SOCK_NONBLOCK": syscall.SOCK_NONBLOCK, "SOCK_CLOEXEC": syscall.SOCK_CLOEXEC,
		"SOL_SOCKET": 1, "SOL_IP": 0, "SOL_TCP": 6, "SOL_UDP": 17,
		"SO_DEBUG": 1, "SO_REUSEADDR": 2, "SO_TYPE": 3, "SO_ERROR": 4, "SO_DONTROUTE": 5, "SO_BROADCAST": 6,
		"SO_SNDBUF": 7, "SO_RCVBUF": 8, "SO_KEEPALIVE": 9, "SO_OOBINLINE": 10, "SO_LINGER": 13,
		"SO_REUSEPORT": 15, "SO_RCVLOWAT": 18, "SO_SNDLOWAT": 19, "SO_RCVTIMEO": 20, "SO_SNDTIMEO": 21,
		"SO_ACCEPTCONN": 30, "SO_PROTOCOL": 38, "SO_DOMAIN": 39, "SO_PASSCRED": 16, "SO_PEERCRED": 17,
		"SOMAXCONN": 4096, "SCM_RIGHTS": 1, "SCM_CREDENTIALS": 2,
		"IPPROTO_IP": 0, "IPPROTO_ICMP": 1, "IPPROTO_TCP": 6, "IPPROTO_UDP": 17, "IPPROTO_IPV6": 41,
		"IPPROTO_RAW": 255, "IPPROTO_ICMPV6": 58,
		"IP_TOS": 1, "IP_TTL": 2, "IP_HDRINCL": 3, "IP_OPTIONS": 4, "IP_MULTICAST_IF": 32, "IP_MULTICAST_TTL": 33,
		"IP_MULTICAST_LOOP": 34, "IP_ADD_MEMBERSHIP": 35, "IP_DROP_MEMBERSHIP": 36,
		"IPV6_V6ONLY": 26, "IPV6_UNICAST_HOPS": 16, "IPV6_MULTICAST_IF": 17, "IPV6_MULTICAST_HOPS": 18,
		"IPV6_MULTICAST_LOOP": 19, "IPV6_JOIN_GROUP": 20, "IPV6_LEAVE_GROUP": 21,
		"TCP_NODELAY": 1, "TCP_MAXSEG": 2, "TCP_CORK": 3, "TCP_KEEPIDLE": 4, "TCP_KEEPINTVL": 5, "TCP_KEEPCNT": 6,
		"TCP_SYNCNT": 7, "TCP_LINGER2": 8, "TCP_DEFER_ACCEPT": 9, "TCP_WINDOW_CLAMP": 10, "TCP_INFO": 11,
		"TCP_QUICKACK": 12, "TCP_CONGESTION": 13, "TCP_USER_TIMEOUT": 18, "TCP_NOTSENT_LOWAT": 25,
		"TCP_FASTOPEN": 23,
		"MSG_OOB": 1, "MSG_PEEK": 2, "MSG_DONTROUTE": 4, "MSG_CTRUNC": 8, "MSG_TRUNC": 0x20,
		"MSG_DONTWAIT": 0x40, "MSG_EOR": 0x80, "MSG_WAITALL": 0x100, "MSG_NOSIGNAL": 0x4000,
		"MSG_CMSG_CLOEXEC": 0x40000000, "MSG_CONFIRM": 0x800, "MSG_ERRQUEUE": 0x2000, "MSG_MORE": 0x8000,
		"SHUT_RD": 0, "SHUT_WR": 1, "SHUT_RDWR": 2,
		"INADDR_ANY": 0, "INADDR_BROADCAST": 0xffffffff, "INADDR_LOOPBACK": 0x7f000001, "INADDR_NONE": 0xffffffff,
		"INADDR_ALLHOSTS_GROUP": 0xe0000001, "INADDR_MAX_LOCAL_GROUP": 0xe00000ff, "INADDR_UNSPEC_GROUP": 0xe0000000,
		"AI_PASSIVE": 1, "AI_CANONNAME": 2, "AI_NUMERICHOST": 4, "AI_V4MAPPED": 8, "AI_ALL": 0x10,
		"AI_ADDRCONFIG": 0x20, "AI_NUMERICSERV": 0x400,
		"NI_NUMERICHOST": 1, "NI_NUMERICSERV": 2, "NI_NOFQDN": 4, "NI_NAMEREQD": 8, "NI_DGRAM": 16,
		"NI_MAXHOST": 1025, "NI_MAXSERV": 32,
		"EAI_BADFLAGS": -1, "EAI_NONAME": -2, "EAI_AGAIN": -3, "EAI_FAIL": -4, "EAI_FAMILY": -6,
		"EAI_SOCKTYPE": -7, "EAI_SERVICE": -8, "EAI_MEMORY": -10, "EAI_SYSTEM": -11, "EAI_OVERFLOW": -12,
		"EAI_NODATA": -5, "EAI_ADDRFAMILY": -9,
	}
	for k, v := range consts {
		d.SetStr(k, MakeInt(v))
	}
	fn := func(name string, params []string, f func(t *Thread, a []Object) (Object, *BaseException)) {
		posixFunc(d, name, params, f)
		d.GetStr(name).(*Builtin).module = "_socket"
	}
	fn("getdefaulttimeout", []string{}, func(t *Thread, a []Object) (Object, *BaseException) {
		return sockTimeoutObj(sockGetDefault()), nil
	})
	fn("setdefaulttimeout", []string{"timeout", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
		dur, exc := sockTimeoutArg(a[0])
		if exc != nil {
			return nil, exc
		}
		sockDefaultMu.Lock()
		sockDefaultTimeout = dur
		sockDefaultMu.Unlock()
		return None, nil
	})
	fn("gethostname", []string{}, func(t *Thread, a []Object) (Object, *BaseException) {
		h, err := os.Hostname()
		if err != nil {
			return nil, osErrorFromErr(err, nil)
		}
		return NewStr(h), nil
	})
	fn("gethostbyname", []string{"host", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
		h, exc := sockHostStr(t, a[0])
		if exc != nil {
			return nil, exc
		}
		ip, exc := sockResolveHost(h, syscall.AF_INET)
		if exc != nil {
			return nil, exc
		}
		return NewStr(ip.String()), nil
	})
	fn("dup", []string{"fd", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
		fd, exc := sockIntArg(t, a[0])
		if exc != nil {
			return nil, exc
		}
		nfd, exc := sockDupFd(fd)
		if exc != nil {
			return nil, exc
		}
		return MakeInt(int64(nfd)), nil
	})
	fn("close", []string{"fd", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
		fd, exc := sockIntArg(t, a[0])
		if exc != nil {
			return nil, exc
		}
		if err := syscall.Close(fd); err != nil && err != syscall.ECONNRESET {
			return nil, osErrorFromErr(err, nil)
		}
		return None, nil
	})
	swap16 := func(name string) {
		fn(name, []string{"x", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
			v, exc := ioIntArg(t, a[0])
			if exc != nil {
				return nil, exc
			}
			if v < 0 {
				return nil, NewError(OverflowErrorType, name+": can't convert negative Python int to C 16-bit unsigned integer")
			}
			if v > 0xffff {
				return nil, NewError(OverflowErrorType, name+": Python int too large to convert to C 16-bit unsigned integer")
			}
			u := uint16(v)
			return MakeInt(int64(u>>8 | u<<8)), nil
		})
	}
	swap16("htons")
	swap16("ntohs")
	swap32 := func(name string) {
		fn(name, []string{"x", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
			v, exc := ioIntArg(t, a[0])
			if exc != nil {
				return nil, exc
			}
			if v < 0 {
				return nil, NewError(OverflowErrorType, "can't convert negative value to unsigned int")
			}
			if v > 0xffffffff {
				return nil, NewError(OverflowErrorType, "int larger than 32 bits")
			}
			var b [4]byte
			binary.BigEndian.PutUint32(b[:], uint32(v))
			return MakeInt(int64(binary.LittleEndian.Uint32(b[:]))), nil
		})
	}
	swap32("htonl")
	swap32("ntohl")
	fn("inet_aton", []string{"string", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
		s, ok := Unwrap(a[0]).(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "inet_aton() argument 1 must be str, not %s", TypeOf(a[0]).name)
		}
		ip := net.ParseIP(s.Value())
		if ip == nil || ip.To4() == nil {
			return nil, NewError(OSErrorType, "illegal IP address string passed to inet_aton")
		}
		return NewBytes(append([]byte(nil), ip.To4()...)), nil
	})
	fn("inet_ntoa", []string{"packed_ip", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
		b, ok := bytesLike(a[0])
		if !ok {
			return nil, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", TypeOf(a[0]).name)
		}
		if len(b) != 4 {
			return nil, NewError(OSErrorType, "packed IP wrong length for inet_ntoa")
		}
		return NewStr(net.IP(b).String()), nil
	})
	fn("inet_pton", []string{"af", "ip", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
		af, exc := sockIntArg(t, a[0])
		if exc != nil {
			return nil, exc
		}
		s, ok := Unwrap(a[1]).(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "inet_pton() argument 2 must be str, not %s", TypeOf(a[1]).name)
		}
		ip := net.ParseIP(s.Value())
		switch af {
		case syscall.AF_INET:
			if ip == nil || ip.To4() == nil || len(s.Value()) > 15 {
				return nil, NewError(OSErrorType, "illegal IP address string passed to inet_pton")
			}
			return NewBytes(append([]byte(nil), ip.To4()...)), nil
		case syscall.AF_INET6:
			if ip == nil || !containsColon(s.Value()) {
				return nil, NewError(OSErrorType, "illegal IP address string passed to inet_pton")
			}
			return NewBytes(append([]byte(nil), ip.To16()...)), nil
		}
		return nil, NewOSError(int(syscall.EAFNOSUPPORT), nil)
	})
	fn("inet_ntop", []string{"af", "packed_ip", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
		af, exc := sockIntArg(t, a[0])
		if exc != nil {
			return nil, exc
		}
		b, ok := bytesLike(a[1])
		if !ok {
			return nil, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", TypeOf(a[1]).name)
		}
		switch af {
		case syscall.AF_INET:
			if len(b) != 4 {
				return nil, NewError(ValueErrorType, "invalid length of packed IP address string")
			}
			return NewStr(net.IP(b).String()), nil
		case syscall.AF_INET6:
			if len(b) != 16 {
				return nil, NewError(ValueErrorType, "invalid length of packed IP address string")
			}
			ip := net.IP(b)
			if ip.To4() != nil && !isV4Mapped(b) {
				return NewStr(ip.String()), nil
			}
			return NewStr(ip.String()), nil
		}
		return nil, Errorf(ValueErrorType, "unknown address family %d", af)
	})
	fn("socketpair", []string{"family?", "type?", "proto?", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
		fam, typ, proto := syscall.AF_UNIX, syscall.SOCK_STREAM, 0
		for i, p := range []*int{&fam, &typ, &proto} {
			if a[i] != nil {
				v, exc := sockIntArg(t, a[i])
				if exc != nil {
					return nil, exc
				}
				*p = v
			}
		}
		fds, err := syscall.Socketpair(fam, typ|syscall.SOCK_CLOEXEC, proto)
		if err != nil {
			return nil, osErrorFromErr(err, nil)
		}
		to := sockGetDefault()
		out := make([]Object, 2)
		for i, fd := range fds {
			s := &sockObj{fd: fd, family: fam, typ: typ, proto: proto, timeout: -1}
			if to >= 0 {
				s.setTimeout(to)
			}
			out[i] = s
		}
		return NewTuple(out...), nil
	})
	fn("getaddrinfo", []string{"host", "port", "family?", "type?", "proto?", "flags?"}, func(t *Thread, a []Object) (Object, *BaseException) {
		ints := make([]int, 4)
		for i := 0; i < 4; i++ {
			if a[2+i] != nil {
				v, exc := sockIntArg(t, a[2+i])
				if exc != nil {
					return nil, exc
				}
				ints[i] = v
			}
		}
		family, typ, proto, flags := ints[0], ints[1], ints[2], ints[3]
		port := 0
		switch p := Unwrap(a[1]).(type) {
		case *Str, *Bytes:
			ps, _ := sockHostStr(t, a[1])
			n, err := strconv.Atoi(ps)
			if err != nil {
				sv, ok := sockServices(ps)
				if !ok || flags&0x400 != 0 {
					return nil, gaiError(-8, "Servname not supported for ai_socktype")
				}
				n = sv
			}
			port = n
		case *noneObj:
		default:
			if _, ok := asIntStrict(p); ok {
				v, exc := ioIntArg(t, a[1])
				if exc != nil {
					return nil, exc
				}
				port = int(v)
			} else if a[1] != None {
				return nil, NewError(OSErrorType, "Int or String expected")
			}
		}
		var ips []net.IP
		if a[0] == None {
			if flags&1 != 0 {
				ips = []net.IP{net.IPv6zero, net.IPv4zero.To4()}
			} else {
				ips = []net.IP{net.IPv6loopback, net.IPv4(127, 0, 0, 1).To4()}
			}
		} else {
			h, exc := sockHostStr(t, a[0])
			if exc != nil {
				return nil, exc
			}
			if h == "localhost" {
				ips = []net.IP{net.IPv4(127, 0, 0, 1).To4()}
				if family == syscall.AF_INET6 {
					ips = []net.IP{net.IPv6loopback}
				}
			} else if ip := net.ParseIP(h); ip != nil {
				if ip4 := ip.To4(); ip4 != nil && !containsColon(h) {
					ip = ip4
				}
				ips = []net.IP{ip}
			} else if flags&4 != 0 {
				return nil, gaiError(-2, "Name or service not known")
			} else {
				found, err := net.LookupIP(h)
				if err != nil || len(found) == 0 {
					return nil, gaiError(-2, "Name or service not known")
				}
				for _, ip := range found {
					if ip4 := ip.To4(); ip4 != nil {
						ip = ip4
					}
					ips = append(ips, ip)
				}
			}
		}
		var out []Object
		for _, ip := range ips {
			fam := syscall.AF_INET6
			var addr Object
			if len(ip) == 4 {
				fam = syscall.AF_INET
				addr = NewTuple(NewStr(ip.String()), MakeInt(int64(port)))
			} else {
				addr = NewTuple(NewStr(ip.String()), MakeInt(int64(port)), MakeInt(0), MakeInt(0))
			}
			if family != 0 && family != fam {
				continue
			}
			kinds := [][2]int{{1, 6}, {2, 17}, {3, 0}}
			for _, k := range kinds {
				if typ != 0 && typ != k[0] {
					continue
				}
				p := k[1]
				if proto != 0 {
					if k[0] != 3 && proto != k[1] {
						continue
					}
					p = proto
				}
				out = append(out, NewTuple(MakeInt(int64(fam)), MakeInt(int64(k[0])), MakeInt(int64(p)), NewStr(""), addr))
			}
		}
		if len(out) == 0 {
			if family != 0 && family != syscall.AF_INET && family != syscall.AF_INET6 {
				return nil, gaiError(-6, "ai_family not supported")
			}
			return nil, gaiError(-9, "Address family for hostname not supported")
		}
		return NewList(out...), nil
	})
	initSocketNames(d)
	return nil
}

func containsColon(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == ':' {
			return true
		}
	}
	return false
}

func isV4Mapped(b []byte) bool {
	for i := 0; i < 10; i++ {
		if b[i] != 0 {
			return false
		}
	}
	return b[10] == 0xff && b[11] == 0xff
}
