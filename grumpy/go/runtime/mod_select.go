package runtime

import (
	"math"
	"sync"
	"syscall"
	"time"
	"unsafe"
)

// The select module: select() (implemented with ppoll, so descriptors are
// not limited to FD_SETSIZE), poll objects and epoll objects, the
// primitives selectors.DefaultSelector and subprocess.communicate use.

const (
	pollIn   = 0x1
	pollPri  = 0x2
	pollOut  = 0x4
	pollErr  = 0x8
	pollHup  = 0x10
	pollNval = 0x20
)

type pollFd struct {
	fd      int32
	events  int16
	revents int16
}

// ppoll waits on fds; timeout < 0 blocks. It retries EINTR after running
// signal handlers, with the remaining time.
func ppoll(t *Thread, fds []pollFd, timeout time.Duration) (int, *BaseException) {
	deadline := time.Now().Add(timeout)
	for {
		var tsp *syscall.Timespec
		rem := time.Duration(-1)
		if timeout >= 0 {
			rem = time.Until(deadline)
			if rem < 0 {
				rem = 0
			}
		}
		// A signal handler must interrupt the wait (sigwait_slices.go).
		rem, sliced := sigWaitSlice(t, rem)
		if rem >= 0 {
			ts := syscall.NsecToTimespec(int64(rem))
			tsp = &ts
		}
		var p unsafe.Pointer
		if len(fds) > 0 {
			p = unsafe.Pointer(&fds[0])
		}
		n, _, e := syscall.Syscall6(syscall.SYS_PPOLL, uintptr(p), uintptr(len(fds)), uintptr(unsafe.Pointer(tsp)), 0, 0, 0)
		if e == syscall.EINTR || (sliced && e == 0 && n == 0) {
			if exc := CheckSignals(t); exc != nil {
				return 0, exc
			}
			continue
		}
		if e != 0 {
			return 0, NewOSError(int(e), nil)
		}
		return int(n), nil
	}
}

// fileDescriptorOf is PyObject_AsFileDescriptor.
func fileDescriptorOf(t *Thread, o Object) (int, *BaseException) {
	var v Object = o
	if _, ok := asIntStrict(Unwrap(o)); !ok {
		f, exc := GetAttr(t, o, ioStrFileno)
		if exc != nil {
			if exc.IsInstanceOf(AttributeErrorType) {
				return 0, NewError(TypeErrorType, "argument must be an int, or have a fileno() method.")
			}
			return 0, exc
		}
		r, exc := Call0(t, f)
		if exc != nil {
			return 0, exc
		}
		if _, ok := asIntStrict(Unwrap(r)); !ok {
			return 0, NewError(TypeErrorType, "fileno() returned a non-integer")
		}
		v = r
	}
	n, ok := IntValue(v)
	if !ok || n > math.MaxInt32 || n < math.MinInt32 {
		return 0, NewError(OverflowErrorType, "Python int too large to convert to C int")
	}
	if n < 0 {
		return 0, Errorf(ValueErrorType, "file descriptor cannot be a negative integer (%d)", n)
	}
	return int(n), nil
}

// timeoutArg converts a timeout in seconds (None: block).
func timeoutArg(t *Thread, o Object, scale float64, what string) (time.Duration, *BaseException) {
	if o == nil || o == None {
		return -1, nil
	}
	var f float64
	switch v := Unwrap(o).(type) {
	case Int:
		f = float64(v)
	case Float:
		f = float64(v)
	case Bool:
		if v {
			f = 1
		}
	default:
		if _, ok := o.(*BigInt); ok {
			return 0, NewError(OverflowErrorType, "timeout is too large")
		}
		return 0, Errorf(TypeErrorType, "%s must be a float or None", what)
	}
	if math.IsNaN(f) {
		return 0, NewError(ValueErrorType, "Invalid value NaN (not a number)")
	}
	return time.Duration(f * scale * float64(time.Second)), nil
}

func initSelectFunc(d *Dict) {
	posixFunc(d, "select", []string{"rlist", "wlist", "xlist", "timeout?", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
		timeout, exc := timeoutArg(t, a[3], 1, "timeout")
		if exc != nil {
			return nil, exc
		}
		if timeout < 0 && a[3] != nil && a[3] != None {
			return nil, NewError(ValueErrorType, "timeout must be non-negative")
		}
		lists := make([][]Object, 3)
		for i := 0; i < 3; i++ {
			items, exc := ToSlice(t, a[i])
			if exc != nil {
				if exc.IsInstanceOf(TypeErrorType) {
					return nil, NewError(TypeErrorType, "arguments 1-3 must be sequences")
				}
				return nil, exc
			}
			lists[i] = items
		}
		var fds []pollFd
		index := map[int]int{}
		fdsOf := make([][]int, 3)
		objsOf := make([][]Object, 3)
		masks := []int16{pollIn, pollOut, pollPri}
		for i, items := range lists {
			// A list is read live, as CPython's PySequence_Fast loop does: a
			// fileno() that shrinks it ends the walk early (selectLive).
			live, _ := a[i].(*List)
			for k := 0; ; k++ {
				var o Object
				if live != nil {
					if o = live.At(k); o == nil {
						break
					}
				} else if k < len(items) {
					o = items[k]
				} else {
					break
				}
				fd, exc := fileDescriptorOf(t, o)
				if exc != nil {
					return nil, exc
				}
				if fd >= 1024 {
					return nil, NewError(ValueErrorType, "filedescriptor out of range in select()")
				}
				fdsOf[i] = append(fdsOf[i], fd)
				objsOf[i] = append(objsOf[i], o)
				j, ok := index[fd]
				if !ok {
					j = len(fds)
					index[fd] = j
					fds = append(fds, pollFd{fd: int32(fd)})
				}
				fds[j].events |= masks[i]
			}
		}
		if _, exc := ppoll(t, fds, timeout); exc != nil {
			return nil, exc
		}
		for _, p := range fds {
			if p.revents&pollNval != 0 {
				return nil, NewOSError(int(syscall.EBADF), nil)
			}
		}
		ready := []int16{pollIn | pollHup | pollErr, pollOut | pollErr, pollPri}
		out := make([]Object, 3)
		for i, items := range objsOf {
			var res []Object
			for k, o := range items {
				if fds[index[fdsOf[i][k]]].revents&ready[i] != 0 {
					res = append(res, o)
				}
			}
			out[i] = NewList(res...)
		}
		return NewTuple(out...), nil
	})
}

// ---- poll objects ----

type pollObj struct {
	mu      sync.Mutex
	fds     []int
	events  map[int]int16
	polling bool
}

var pollType = finalType(newBuiltinType("poll", ObjectType))

// Type implements Object.
func (*pollObj) Type() *Type { return pollType }

func initPollType() {
	P := pollType
	P.module = "select"
	self := func(o Object) *pollObj { p, _ := o.(*pollObj); return p }
	maskArg := func(t *Thread, args []Object, i int, def int64) (int16, *BaseException) {
		if len(args) <= i {
			return int16(def), nil
		}
		v, exc := ioIntArg(t, args[i])
		if exc != nil {
			return 0, exc
		}
		if v < 0 || v > 0xffff {
			return 0, NewError(OverflowErrorType, "Python int too large for C unsigned short")
		}
		return int16(uint16(v)), nil
	}
	DefMethod(P, "register", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ioArgs("register", args[1:], kw, 1, 2); exc != nil {
			return nil, exc
		}
		fd, exc := fileDescriptorOf(t, args[1])
		if exc != nil {
			return nil, exc
		}
		m, exc := maskArg(t, args, 2, pollIn|pollPri|pollOut)
		if exc != nil {
			return nil, exc
		}
		p := self(args[0])
		p.mu.Lock()
		if _, ok := p.events[fd]; !ok {
			p.fds = append(p.fds, fd)
		}
		p.events[fd] = m
		p.mu.Unlock()
		return None, nil
	})
	DefMethod(P, "modify", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ioArgs("modify", args[1:], kw, 2, 2); exc != nil {
			return nil, exc
		}
		fd, exc := fileDescriptorOf(t, args[1])
		if exc != nil {
			return nil, exc
		}
		m, exc := maskArg(t, args, 2, 0)
		if exc != nil {
			return nil, exc
		}
		p := self(args[0])
		p.mu.Lock()
		defer p.mu.Unlock()
		if _, ok := p.events[fd]; !ok {
			return nil, NewOSError(int(syscall.ENOENT), nil)
		}
		p.events[fd] = m
		return None, nil
	})
	DefMethod(P, "unregister", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ioArgs("unregister", args[1:], kw, 1, 1); exc != nil {
			return nil, exc
		}
		fd, exc := fileDescriptorOf(t, args[1])
		if exc != nil {
			return nil, exc
		}
		p := self(args[0])
		p.mu.Lock()
		defer p.mu.Unlock()
		if _, ok := p.events[fd]; !ok {
			return nil, NewException(KeyErrorType, MakeInt(int64(fd)))
		}
		delete(p.events, fd)
		for i, f := range p.fds {
			if f == fd {
				p.fds = append(p.fds[:i:i], p.fds[i+1:]...)
				break
			}
		}
		return None, nil
	})
	DefMethod(P, "poll", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ioArgs("poll", args[1:], kw, 0, 1); exc != nil {
			return nil, exc
		}
		timeout, exc := timeoutArg(t, ioOptArg(args, 1, None), 0.001, "timeout")
		if exc != nil {
			return nil, exc
		}
		p := self(args[0])
		p.mu.Lock()
		if p.polling {
			p.mu.Unlock()
			return nil, NewError(RuntimeErrorType, "concurrent poll() invocation")
		}
		p.polling = true
		fds := make([]pollFd, len(p.fds))
		for i, fd := range p.fds {
			fds[i] = pollFd{fd: int32(fd), events: p.events[fd]}
		}
		p.mu.Unlock()
		_, exc = ppoll(t, fds, timeout)
		p.mu.Lock()
		p.polling = false
		p.mu.Unlock()
		if exc != nil {
			return nil, exc
		}
		out := NewList()
		for _, f := range fds {
			if f.revents != 0 {
				out.Append(NewTuple(MakeInt(int64(f.fd)), MakeInt(int64(uint16(f.revents)))))
			}
		}
		return out, nil
	})
}

// ---- epoll objects ----

type epollObj struct {
	mu sync.Mutex
	fd int
}

var epollType = newBuiltinType("epoll", ObjectType)

// Type implements Object.
func (*epollObj) Type() *Type { return epollType }

func epollSelf(o Object) (*epollObj, *BaseException) {
	if in, ok := o.(*Instance); ok {
		if e, ok := in.base.(*epollObj); ok {
			return e, nil
		}
	}
	return nil, Errorf(TypeErrorType, "descriptor requires a 'select.epoll' object but received '%s'", TypeOf(o).name)
}

func (e *epollObj) check() *BaseException {
	if e.fd < 0 {
		return NewError(ValueErrorType, "I/O operation on closed epoll object")
	}
	return nil
}

func initEpollType() {
	E := epollType
	E.module = "select"
	E.hasDict = true
	newEpoll := func(cls *Type, fd int) Object {
		in := &Instance{typ: cls, dict: NewDict(), base: &epollObj{fd: fd}}
		return in
	}
	DefStatic(E, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		cls, _ := args[0].(*Type)
		var sizehint, flags Object = MakeInt(-1), MakeInt(0)
		if exc := ParseArgs("epoll", args[1:], kw, []string{"sizehint?", "flags?"}, &sizehint, &flags); exc != nil {
			return nil, exc
		}
		sh, exc := ioIntArg(t, sizehint)
		if exc != nil {
			return nil, exc
		}
		if sh == 0 || sh < -1 {
			return nil, NewError(ValueErrorType, "negative sizehint")
		}
		if fl, exc := ioIntArg(t, flags); exc != nil {
			return nil, exc
		} else if fl != 0 && fl != syscall.EPOLL_CLOEXEC {
			return nil, NewError(OSErrorType, "invalid flags")
		}
		fd, err := syscall.EpollCreate1(syscall.EPOLL_CLOEXEC)
		if err != nil {
			return nil, osErrorFromErr(err, nil)
		}
		return newEpoll(cls, fd), nil
	})
	DefClassMethod(E, "fromfd", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ioArgs("fromfd", args[1:], kw, 1, 1); exc != nil {
			return nil, exc
		}
		fd, exc := fdArg(t, args[1])
		if exc != nil {
			return nil, exc
		}
		return newEpoll(args[0].(*Type), fd), nil
	})
	def := func(name string, fn func(t *Thread, e *epollObj, self Object, args []Object, kw []*Str) (Object, *BaseException)) {
		DefMethod(E, name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			e, exc := epollSelf(args[0])
			if exc != nil {
				return nil, exc
			}
			return fn(t, e, args[0], args[1:], kw)
		})
	}
	def("close", func(t *Thread, e *epollObj, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		e.mu.Lock()
		defer e.mu.Unlock()
		if e.fd >= 0 {
			syscall.Close(e.fd)
			e.fd = -1
		}
		return None, nil
	})
	defGetSet(E, "closed", func(t *Thread, o Object) (Object, *BaseException) {
		e, exc := epollSelf(o)
		if exc != nil {
			return nil, exc
		}
		return Bool(e.fd < 0), nil
	}, nil)
	def("fileno", func(t *Thread, e *epollObj, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := e.check(); exc != nil {
			return nil, exc
		}
		return MakeInt(int64(e.fd)), nil
	})
	ctl := func(name string, op int, needMask bool, defMask int64) {
		def(name, func(t *Thread, e *epollObj, self Object, args []Object, kw []*Str) (Object, *BaseException) {
			var fdO, maskO Object = nil, MakeInt(defMask)
			params := []string{"fd", "eventmask?"}
			if !needMask {
				params = []string{"fd"}
			}
			ptrs := []*Object{&fdO, &maskO}
			if exc := ParseArgs(name, args, kw, params, ptrs[:len(params)]...); exc != nil {
				return nil, exc
			}
			if exc := e.check(); exc != nil {
				return nil, exc
			}
			fd, exc := fileDescriptorOf(t, fdO)
			if exc != nil {
				return nil, exc
			}
			m, exc := ioIntArg(t, maskO)
			if exc != nil {
				return nil, exc
			}
			ev := syscall.EpollEvent{Events: uint32(m), Fd: int32(fd)}
			if err := syscall.EpollCtl(e.fd, op, fd, &ev); err != nil {
				return nil, osErrorFromErr(err, nil)
			}
			return None, nil
		})
	}
	ctl("register", syscall.EPOLL_CTL_ADD, true, int64(syscall.EPOLLIN|syscall.EPOLLPRI|syscall.EPOLLOUT))
	ctl("modify", syscall.EPOLL_CTL_MOD, true, 0)
	ctl("unregister", syscall.EPOLL_CTL_DEL, false, 0)
	def("poll", func(t *Thread, e *epollObj, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		var timeoutO, maxO Object = None, MakeInt(-1)
		if exc := ParseArgs("poll", args, kw, []string{"timeout?", "maxevents?"}, &timeoutO, &maxO); exc != nil {
			return nil, exc
		}
		if exc := e.check(); exc != nil {
			return nil, exc
		}
		timeout, exc := timeoutArg(t, timeoutO, 1, "timeout")
		if exc != nil {
			return nil, exc
		}
		maxev, exc := ioIntArg(t, maxO)
		if exc != nil {
			return nil, exc
		}
		if maxev == -1 {
			maxev = 1023
		} else if maxev <= 0 {
			return nil, Errorf(ValueErrorType, "maxevents must be greater than 0, got %d", maxev)
		}
		events := make([]syscall.EpollEvent, maxev)
		deadline := time.Now().Add(timeout)
		for {
			ms := -1
			rem := time.Duration(-1)
			if timeout >= 0 {
				rem = time.Until(deadline)
				if rem < 0 {
					rem = 0
				}
			}
			// A signal handler must interrupt the wait (sigwait_slices.go).
			rem, sliced := sigWaitSlice(t, rem)
			if rem >= 0 {
				ms = int((rem + time.Millisecond - 1) / time.Millisecond)
			}
			n, err := syscall.EpollWait(e.fd, events, ms)
			if err == syscall.EINTR || (sliced && err == nil && n == 0) {
				if exc := CheckSignals(t); exc != nil {
					return nil, exc
				}
				continue
			}
			if err != nil {
				return nil, osErrorFromErr(err, nil)
			}
			out := make([]Object, n)
			for i := 0; i < n; i++ {
				out[i] = NewTuple(MakeInt(int64(events[i].Fd)), MakeInt(int64(events[i].Events)))
			}
			return NewList(out...), nil
		}
	})
	def("__enter__", func(t *Thread, e *epollObj, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := e.check(); exc != nil {
			return nil, exc
		}
		return self, nil
	})
	def("__exit__", func(t *Thread, e *epollObj, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		e.mu.Lock()
		defer e.mu.Unlock()
		if e.fd >= 0 {
			syscall.Close(e.fd)
			e.fd = -1
		}
		return None, nil
	})
}

func init() {
	RegisterModule(&ModuleSpec{Name: "select", Native: initSelect})
	initPollType()
	initEpollType()
}

func initSelect(t *Thread, m *Module) *BaseException {
	d := m.dict
	d.SetStr("error", OSErrorType)
	initSelectFunc(d)
	d.GetStr("select").(*Builtin).module = "select"
	b := NewBuiltin("poll", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ioArgs("poll", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		return &pollObj{events: map[int]int16{}}, nil
	})
	b.module = "select"
	d.SetStr("poll", b)
	d.SetStr("epoll", epollType)
	for k, v := range map[string]int64{
		"POLLIN": 1, "POLLPRI": 2, "POLLOUT": 4, "POLLERR": 8, "POLLHUP": 16, "POLLNVAL": 32, "POLLRDNORM": 64,
		"POLLRDBAND": 128, "POLLWRNORM": 256, "POLLWRBAND": 512, "POLLMSG": 1024, "POLLRDHUP": 0x2000,
		"EPOLLIN": 1, "EPOLLPRI": 2, "EPOLLOUT": 4, "EPOLLERR": 8, "EPOLLHUP": 16, "EPOLLRDNORM": 64,
		"EPOLLRDBAND": 128, "EPOLLWRNORM": 256, "EPOLLWRBAND": 512, "EPOLLMSG": 1024, "EPOLLRDHUP": 0x2000,
		"EPOLLET": 1 << 31, "EPOLLONESHOT": 1 << 30, "EPOLLEXCLUSIVE": 1 << 28, "EPOLL_CLOEXEC": 0x80000,
		"PIPE_BUF": 4096,
	} {
		d.SetStr(k, MakeInt(v))
	}
	return nil
}
