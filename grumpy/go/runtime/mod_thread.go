package runtime

import (
	"math"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// The _thread module. A Python thread is a goroutine with its own *Thread
// (frames, recursion depth, handled exceptions). There is no GIL: objects
// guard their own state. Locks are one-slot channels, so acquiring with a
// timeout is a select. The main thread (ident field 0) is the one that
// receives KeyboardInterrupt, so its blocking waits poll for SIGINT.
//
// Like CPython, the process ends when the main thread's program ends;
// waiting for non-daemon threads is the threading module's job
// (threading._shutdown, see ThreadingShutdown).

func init() {
	RegisterModule(&ModuleSpec{Name: "_thread", Native: initThreadModule})
}

const threadTimeoutMax = 9223372036.0

var (
	// ThreadLockType is _thread.lock (_thread.LockType).
	ThreadLockType = finalType(newNativeType("lock", "_thread", nil, "A lock object is a synchronization primitive.  To create a lock,\ncall threading.Lock().  Methods are:\n\nacquire() -- lock the lock, possibly blocking until it can be obtained\nrelease() -- unlock of the lock\nlocked() -- test whether the lock is currently locked\n\nA lock is not owned by the thread that locked it; another thread may\nunlock it.  A thread attempting to lock a lock that it has already locked\nwill block until another thread unlocks it.  Deadlocks may ensue.").solidType())
	// ThreadRLockType is _thread.RLock.
	ThreadRLockType = newNativeType("RLock", "_thread", nil, "").solidType()
	// ThreadLocalType is _thread._local.
	ThreadLocalType = newNativeType("_local", "_thread", nil, "Thread-local data").solidType()

	threadExceptHookArgsType = NewStructSeqType("_thread", "_ExceptHookArgs", []string{"exc_type", "exc_value", "exc_traceback", "thread"})

	threadIdentNext  atomic.Int64
	threadRunning    atomic.Int64
	threadStackSize  atomic.Int64
	threadMainIdent  int64 = 1
	threadExitMu     sync.Mutex
	threadSentinels  = map[*Thread][]*ThreadLock{}
	threadLocalsUsed = map[*Thread][]*threadLocal{}
)

func init() {
	threadIdentNext.Store(threadMainIdent)
	// _thread._local dispatches attribute access itself; the generic
	// attribute code only honours __getattribute__ on non-builtin types.
	ThreadLocalType.builtin = false
}

// ThreadIdent is _thread.get_ident() for t: non-zero, fixed per thread.
func ThreadIdent(t *Thread) int64 {
	if t.ident == 0 {
		return threadMainIdent
	}
	return t.ident
}

// NewPythonThread makes the state of a new Python thread (what
// start_new_thread runs its function with).
func NewPythonThread() *Thread {
	nt := NewThread()
	nt.ident = threadIdentNext.Add(1)
	return nt
}

// ---------------------------------------------------------------------------
// lock

// ThreadLock is _thread.lock: a binary semaphore (not owned by a thread).
type ThreadLock struct {
	ch chan struct{}
	// sentinel marks a thread's state lock (_set_sentinel); ended is set
	// by its first release, when the thread ends. From then on locked()
	// reports it free even while a joiner holds it (acquire and release
	// still work as on any lock, so is_alive() stays true while someone
	// holds it). threading's joiners do `acquire(); release(); _stop()`,
	// and _stop asserts `not lock.locked()`: under CPython's GIL no other
	// joiner can take the lock in between, with threads truly parallel one
	// can, and the assertion must still hold (several threads joining one
	// thread, or joining the main thread at shutdown).
	sentinel bool
	ended    atomic.Bool
}

// NewThreadLock returns an unlocked lock.
func NewThreadLock() *ThreadLock { return &ThreadLock{ch: make(chan struct{}, 1)} }

// Type implements Object.
func (*ThreadLock) Type() *Type { return ThreadLockType }

// TryAcquire takes the lock if it is free.
func (l *ThreadLock) TryAcquire() bool {
	select {
	case l.ch <- struct{}{}:
		return true
	default:
		return false
	}
}

// Release frees the lock; false when it was not locked.
func (l *ThreadLock) Release() bool {
	select {
	case <-l.ch:
		return true
	default:
		return false
	}
}

// Locked reports whether the lock is held.
func (l *ThreadLock) Locked() bool { return len(l.ch) == 1 }

// Acquire takes the lock, waiting at most timeout (negative: forever).
// The main thread's wait is interrupted by SIGINT (KeyboardInterrupt).
func (l *ThreadLock) Acquire(t *Thread, timeout time.Duration) (bool, *BaseException) {
	if l.TryAcquire() {
		if t.ident == 0 {
			// A signal that arrived while the main thread ran
			// (interrupt_main from another thread, then join) is raised
			// here, with the lock taken, as CPython's eval loop raises it
			// right after acquire() returns (threading copes with that).
			if exc := CheckSignals(t); exc != nil {
				return true, exc
			}
		}
		return true, nil
	}
	if timeout == 0 {
		return false, nil
	}
	return threadWait(t, timeout, func(done <-chan time.Time, tick <-chan time.Time) (bool, bool) {
		select {
		case l.ch <- struct{}{}:
			return true, true
		case <-done:
			return false, true
		case <-tick:
			return false, false
		}
	})
}

// threadWait runs step until it reports finished, giving it a deadline
// channel (nil for no timeout) and, in the main thread, a ticker on which
// pending signals are checked.
func threadWait(t *Thread, timeout time.Duration, step func(done, tick <-chan time.Time) (ok, finished bool)) (bool, *BaseException) {
	var done <-chan time.Time
	if timeout > 0 {
		timer := time.NewTimer(timeout)
		defer timer.Stop()
		done = timer.C
	}
	var tick <-chan time.Time
	if t.ident == 0 {
		ticker := time.NewTicker(20 * time.Millisecond)
		defer ticker.Stop()
		tick = ticker.C
	}
	for {
		ok, finished := step(done, tick)
		if finished {
			return ok, nil
		}
		if exc := CheckSignals(t); exc != nil {
			return false, exc
		}
	}
}

// threadTimeout converts a timeout argument as _PyTime_FromSecondsObject.
func threadTimeout(t *Thread, o Object) (float64, *BaseException) {
	if f, ok := Unwrap(o).(Float); ok {
		x := float64(f)
		if math.IsNaN(x) {
			return 0, NewError(ValueErrorType, "Invalid value NaN (not a number)")
		}
		if math.Abs(x*1e9) >= 9223372036854775808.0 {
			return 0, NewError(OverflowErrorType, "timestamp out of range for platform time_t")
		}
		return x, nil
	}
	i, exc := Index(t, o)
	if exc != nil {
		return 0, exc
	}
	v, ok := i.(Int)
	if !ok || v > math.MaxInt64/1000000000 || v < math.MinInt64/1000000000 {
		return 0, NewError(OverflowErrorType, "timestamp too large to convert to C _PyTime_t")
	}
	return float64(v), nil
}

// threadAcquireArgs parses acquire(blocking=True, timeout=-1) and returns
// the wait: negative forever, 0 no wait.
func threadAcquireArgs(t *Thread, args []Object, kw []*Str) (time.Duration, *BaseException) {
	var blockingO, timeoutO Object = True, MakeInt(-1)
	if exc := ParseArgs("acquire", args, kw, []string{"blocking?", "timeout?"}, &blockingO, &timeoutO); exc != nil {
		return 0, exc
	}
	bi, exc := Index(t, blockingO)
	if exc != nil {
		return 0, exc
	}
	blocking := intSign(bi) != 0
	timeout, exc := threadTimeout(t, timeoutO)
	if exc != nil {
		return 0, exc
	}
	if !blocking && timeout != -1 {
		return 0, NewError(ValueErrorType, "can't specify a timeout for a non-blocking call")
	}
	if timeout < 0 && timeout != -1 {
		return 0, NewError(ValueErrorType, "timeout value must be positive")
	}
	if !blocking {
		return 0, nil
	}
	if timeout == -1 {
		return -1, nil
	}
	d := time.Duration(timeout * 1e9)
	if d == 0 && timeout > 0 {
		d = 1
	}
	return d, nil
}

func threadLockRepr(l *ThreadLock) string {
	state := "unlocked"
	if l.Locked() {
		state = "locked"
	}
	return sprintf("<%s _thread.lock object at %#x>", state, addrOf(l))
}

func init() {
	L := ThreadLockType
	acquire := func(t *Thread, l *ThreadLock, args []Object, kw []*Str) (Object, *BaseException) {
		d, exc := threadAcquireArgs(t, args, kw)
		if exc != nil {
			return nil, exc
		}
		ok, exc := l.Acquire(t, d)
		if exc != nil {
			return nil, exc
		}
		return Bool(ok), nil
	}
	release := func(t *Thread, l *ThreadLock, args []Object, kw []*Str) (Object, *BaseException) {
		if l.sentinel && l.Locked() {
			// Before the release: a joiner that takes the lock at once
			// must already see it ended.
			l.ended.Store(true)
		}
		if !l.Release() {
			return nil, NewError(RuntimeErrorType, "release unlocked lock")
		}
		return None, nil
	}
	locked := func(t *Thread, l *ThreadLock, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("locked", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		if l.sentinel && l.ended.Load() {
			return False, nil
		}
		return Bool(l.Locked()), nil
	}
	defNativeMethod(L, "acquire", acquire)
	defNativeMethod(L, "acquire_lock", acquire)
	defNativeMethod(L, "__enter__", acquire)
	defNativeMethod(L, "release", func(t *Thread, l *ThreadLock, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("release", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		return release(t, l, args, kw)
	})
	defNativeMethod(L, "release_lock", release)
	defNativeMethod(L, "__exit__", release)
	defNativeMethod(L, "locked", locked)
	defNativeMethod(L, "locked_lock", locked)
	defNativeMethod(L, "_at_fork_reinit", func(t *Thread, l *ThreadLock, args []Object, kw []*Str) (Object, *BaseException) {
		l.ch = make(chan struct{}, 1)
		return None, nil
	})
	defNativeMethod(L, "__repr__", func(t *Thread, l *ThreadLock, args []Object, kw []*Str) (Object, *BaseException) {
		return NewStr(threadLockRepr(l)), nil
	})
	DefStatic(L, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return nil, NewError(TypeErrorType, "cannot create '_thread.lock' instances")
	})
}

// ---------------------------------------------------------------------------
// RLock

// ThreadRLock is _thread.RLock: a lock the owning thread may take again.
type ThreadRLock struct {
	lock  *ThreadLock
	owner atomic.Int64 // ident of the owner, 0 when free
	count atomic.Int64 // recursion depth, touched only by the owner
}

// NewThreadRLock returns an unlocked reentrant lock.
func NewThreadRLock() *ThreadRLock { return &ThreadRLock{lock: NewThreadLock()} }

// Type implements Object.
func (*ThreadRLock) Type() *Type { return ThreadRLockType }

func (r *ThreadRLock) acquire(t *Thread, d time.Duration) (bool, *BaseException) {
	me := ThreadIdent(t)
	if r.owner.Load() == me {
		if r.count.Load() == math.MaxInt64 {
			return false, NewError(OverflowErrorType, "Internal lock count overflowed")
		}
		r.count.Add(1)
		return true, nil
	}
	ok, exc := r.lock.Acquire(t, d)
	if ok {
		r.owner.Store(me)
		r.count.Store(1)
	}
	return ok, exc
}

func (r *ThreadRLock) release(t *Thread) *BaseException {
	if r.owner.Load() != ThreadIdent(t) || r.count.Load() == 0 {
		return NewError(RuntimeErrorType, "cannot release un-acquired lock")
	}
	if r.count.Add(-1) == 0 {
		r.owner.Store(0)
		r.lock.Release()
	}
	return nil
}

func init() {
	R := ThreadRLockType
	DefStatic(R, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		cls, exc := nativeNewArgs(args, ThreadRLockType)
		if exc != nil {
			return nil, exc
		}
		return nativeWrap(cls, ThreadRLockType, NewThreadRLock()), nil
	})
	acquire := func(t *Thread, r *ThreadRLock, args []Object, kw []*Str) (Object, *BaseException) {
		d, exc := threadAcquireArgs(t, args, kw)
		if exc != nil {
			return nil, exc
		}
		ok, exc := r.acquire(t, d)
		if exc != nil {
			return nil, exc
		}
		return Bool(ok), nil
	}
	release := func(t *Thread, r *ThreadRLock, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := r.release(t); exc != nil {
			return nil, exc
		}
		return None, nil
	}
	defNativeMethod(R, "acquire", acquire)
	defNativeMethod(R, "__enter__", acquire)
	defNativeMethod(R, "release", func(t *Thread, r *ThreadRLock, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("release", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		return release(t, r, args, kw)
	})
	defNativeMethod(R, "__exit__", release)
	defNativeMethod(R, "_is_owned", func(t *Thread, r *ThreadRLock, args []Object, kw []*Str) (Object, *BaseException) {
		return Bool(r.count.Load() > 0 && r.owner.Load() == ThreadIdent(t)), nil
	})
	defNativeMethod(R, "_recursion_count", func(t *Thread, r *ThreadRLock, args []Object, kw []*Str) (Object, *BaseException) {
		if r.owner.Load() == ThreadIdent(t) {
			return MakeInt(r.count.Load()), nil
		}
		return MakeInt(0), nil
	})
	defNativeMethod(R, "_release_save", func(t *Thread, r *ThreadRLock, args []Object, kw []*Str) (Object, *BaseException) {
		if r.count.Load() == 0 {
			return nil, NewError(RuntimeErrorType, "cannot release un-acquired lock")
		}
		count, owner := r.count.Load(), r.owner.Load()
		r.count.Store(0)
		r.owner.Store(0)
		r.lock.Release()
		return NewTuple(MakeInt(count), MakeInt(owner)), nil
	})
	defNativeMethod(R, "_acquire_restore", func(t *Thread, r *ThreadRLock, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("_acquire_restore", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		st, ok := Unwrap(args[0]).(*Tuple)
		if !ok || len(st.items) != 2 {
			return nil, Errorf(TypeErrorType, "_acquire_restore() argument 1 must be tuple, not %s", TypeOf(args[0]).name)
		}
		count, exc := Index(t, st.items[0])
		if exc != nil {
			return nil, exc
		}
		owner, exc := Index(t, st.items[1])
		if exc != nil {
			return nil, exc
		}
		acquired, exc := r.lock.Acquire(t, -1)
		if acquired {
			c, _ := IntValue(count)
			o, _ := IntValue(owner)
			r.owner.Store(o)
			r.count.Store(c)
		}
		if exc != nil {
			return nil, exc
		}
		return None, nil
	})
	defNativeMethod(R, "_at_fork_reinit", func(t *Thread, r *ThreadRLock, args []Object, kw []*Str) (Object, *BaseException) {
		r.lock = NewThreadLock()
		r.owner.Store(0)
		r.count.Store(0)
		return None, nil
	})
	DefMethod(R, "__repr__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		r, exc := nativeSelf[*ThreadRLock](args, ThreadRLockType, "__repr__")
		if exc != nil {
			return nil, exc
		}
		state := "unlocked"
		if r.lock.Locked() {
			state = "locked"
		}
		typ := TypeOf(args[0])
		return NewStr(sprintf("<%s %s.%s object owner=%d count=%d at %#x>", state, typ.module, typ.qualname,
			r.owner.Load(), r.count.Load(), addrOf(args[0]))), nil
	})
}

// ---------------------------------------------------------------------------
// _local

// threadLocal is _thread._local: one attribute dict per thread. A subclass
// with an __init__ has it run, with the constructor's arguments, the first
// time each thread touches the object.
type threadLocal struct {
	mu    sync.Mutex
	dicts map[*Thread]*Dict
	args  []Object
	kw    []*Str
}

// Type implements Object.
func (*threadLocal) Type() *Type { return ThreadLocalType }

// dict returns the calling thread's dict for self (the object as Python
// sees it, perhaps a subclass instance wrapping l).
func (l *threadLocal) dict(t *Thread, self Object) (*Dict, *BaseException) {
	l.mu.Lock()
	d := l.dicts[t]
	if d != nil {
		l.mu.Unlock()
		return d, nil
	}
	d = NewDict()
	l.dicts[t] = d
	args, kw := l.args, l.kw
	l.mu.Unlock()
	threadExitMu.Lock()
	threadLocalsUsed[t] = append(threadLocalsUsed[t], l)
	threadExitMu.Unlock()
	typ := TypeOf(self)
	if init := typ.lookup(strInit); init != nil && init != objectInit {
		m, exc := descrGet(t, init, self, typ)
		if exc != nil {
			return nil, exc
		}
		if _, exc := Call(t, m, args, kw); exc != nil {
			return nil, exc
		}
	}
	return d, nil
}

func threadLocalTypeName(typ *Type) string {
	if typ == ThreadLocalType {
		return "_thread._local"
	}
	return typ.name
}

func threadLocalName(name Object) (*Str, *BaseException) {
	s, ok := name.(*Str)
	if !ok {
		if in, isInst := name.(*Instance); isInst {
			if b, ok := in.base.(*Str); ok {
				return b, nil
			}
		}
		return nil, Errorf(TypeErrorType, "attribute name must be string, not '%s'", TypeOf(name).name)
	}
	return s, nil
}

func init() {
	T := ThreadLocalType
	DefStatic(T, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		cls, exc := nativeNewArgs(args, ThreadLocalType)
		if exc != nil {
			return nil, exc
		}
		if (len(args) > 1 || len(kw) > 0) && cls.lookup(strInit) == objectInit {
			return nil, NewError(TypeErrorType, "Initialization arguments are not supported")
		}
		l := &threadLocal{dicts: map[*Thread]*Dict{}, args: append([]Object(nil), args[1:]...), kw: kw}
		// The creating thread's dict exists at once; type() runs __init__.
		l.dicts[t] = NewDict()
		threadExitMu.Lock()
		threadLocalsUsed[t] = append(threadLocalsUsed[t], l)
		threadExitMu.Unlock()
		return nativeWrap(cls, ThreadLocalType, l), nil
	})
	DefMethod(T, "__getattribute__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("__getattribute__", args, kw, 2, 2); exc != nil {
			return nil, exc
		}
		l, exc := nativeSelf[*threadLocal](args, ThreadLocalType, "__getattribute__")
		if exc != nil {
			return nil, exc
		}
		name, exc := threadLocalName(args[1])
		if exc != nil {
			return nil, exc
		}
		self := args[0]
		d, exc := l.dict(t, self)
		if exc != nil {
			return nil, exc
		}
		if name.s == "__dict__" {
			return d, nil
		}
		typ := TypeOf(self)
		desc := typ.lookup(name)
		if desc != nil && isDataDescriptor(desc) {
			return descrGet(t, desc, self, typ)
		}
		if v := d.getStr(name); v != nil {
			return v, nil
		}
		if desc != nil {
			return descrGet(t, desc, self, typ)
		}
		if name.s == "__class__" {
			return typ, nil
		}
		return nil, Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", threadLocalTypeName(typ), name.s)
	})
	setOrDel := func(t *Thread, args []Object, v Object, fname string) (Object, *BaseException) {
		l, exc := nativeSelf[*threadLocal](args, ThreadLocalType, fname)
		if exc != nil {
			return nil, exc
		}
		name, exc := threadLocalName(args[1])
		if exc != nil {
			return nil, exc
		}
		self := args[0]
		typ := TypeOf(self)
		if name.s == "__dict__" {
			return nil, Errorf(AttributeErrorType, "'%s' object attribute '__dict__' is read-only", threadLocalTypeName(typ))
		}
		d, exc := l.dict(t, self)
		if exc != nil {
			return nil, exc
		}
		if desc := typ.lookup(name); desc != nil && isDataDescriptor(desc) {
			return None, descrSet(t, desc, self, v)
		}
		if v == nil {
			if !d.delStr(name) {
				return nil, Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", threadLocalTypeName(typ), name.s)
			}
			return None, nil
		}
		d.SetItemStr(name, v)
		return None, nil
	}
	DefMethod(T, "__setattr__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("__setattr__", args, kw, 3, 3); exc != nil {
			return nil, exc
		}
		return setOrDel(t, args, args[2], "__setattr__")
	})
	DefMethod(T, "__delattr__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("__delattr__", args, kw, 2, 2); exc != nil {
			return nil, exc
		}
		return setOrDel(t, args, nil, "__delattr__")
	})
}

// ---------------------------------------------------------------------------
// threads

// threadRun is the body of a thread started by start_new_thread.
func threadRun(t *Thread, fn Object, args []Object, kw *Dict) {
	defer threadExit(t)
	exc := threadCall(t, fn, args, kw)
	if exc != nil && !exc.IsInstanceOf(SystemExitType) {
		threadReportException(t, fn, exc)
	}
}

func threadCall(t *Thread, fn Object, args []Object, kw *Dict) (exc *BaseException) {
	defer func() {
		if r := recover(); r != nil {
			exc = goPanicError(r)
		}
	}()
	_, exc = CallKw(t, fn, args, kw)
	return exc
}

// threadReportException writes what CPython's default unraisable hook
// writes for an exception that ends a thread.
func threadReportException(t *Thread, fn Object, exc *BaseException) {
	var b strings.Builder
	b.WriteString("Exception ignored in thread started by: ")
	if r, e := Repr(t, fn); e == nil {
		b.WriteString(r.s)
	} else {
		b.WriteString("<object repr() failed>")
	}
	b.WriteString("\n")
	b.WriteString(FormatException(t, exc))
	writeStderr(t, b.String())
	flushStderr(t)
}

// threadExit releases what the ending thread holds for others: its
// sentinel locks (threading.Thread.join waits on them) and its _local dicts.
func threadExit(t *Thread) {
	threadExitMu.Lock()
	sentinels := threadSentinels[t]
	locals := threadLocalsUsed[t]
	delete(threadSentinels, t)
	delete(threadLocalsUsed, t)
	threadExitMu.Unlock()
	for _, l := range locals {
		l.mu.Lock()
		delete(l.dicts, t)
		l.mu.Unlock()
	}
	threadRunning.Add(-1)
	for _, s := range sentinels {
		s.ended.Store(true)
		s.Release()
	}
}

// StartThread runs fn(*args, **kw) in a new Python thread and returns its
// ident.
func StartThread(fn Object, args []Object, kw *Dict) int64 {
	nt := NewPythonThread()
	threadRunning.Add(1)
	go threadRun(nt, fn, args, kw)
	return nt.ident
}

// ThreadingShutdown is what CPython does at exit when the threading module
// was imported: threading._shutdown() waits for the non-daemon threads.
// RunMain calls it after the main module ends, before atexit handlers; an
// exception (KeyboardInterrupt while waiting) is reported as unraisable.
func ThreadingShutdown(t *Thread) {
	m := SysModules.GetStr("threading")
	if m == nil || m == None {
		return
	}
	f, exc := GetAttr(t, m, InternStr("_shutdown"))
	if exc != nil {
		return
	}
	if _, exc = Call(t, f, nil, nil); exc != nil {
		r, e := Repr(t, m)
		name := "<object repr() failed>"
		if e == nil {
			name = r.s
		}
		flushStdout(t)
		writeStderr(t, "Exception ignored in: "+name+"\n"+FormatException(t, exc))
		flushStderr(t)
	}
}

func initThreadModule(t *Thread, m *Module) *BaseException {
	d := m.dict
	d.SetStr("__doc__", NewStr("This module provides primitive operations to write multi-threaded programs.\nThe 'threading' module provides a more convenient interface."))
	d.SetStr("LockType", ThreadLockType)
	d.SetStr("RLock", ThreadRLockType)
	d.SetStr("_local", ThreadLocalType)
	d.SetStr("error", RuntimeErrorType)
	d.SetStr("TIMEOUT_MAX", Float(threadTimeoutMax))
	d.SetStr("_ExceptHookArgs", threadExceptHookArgsType)
	start := func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := unpackArgs("start_new_thread", args, kw, 2, 3); exc != nil {
			return nil, exc
		}
		fn := args[0]
		if !Callable(fn) {
			return nil, NewError(TypeErrorType, "first arg must be callable")
		}
		targs, ok := Unwrap(args[1]).(*Tuple)
		if !ok {
			return nil, NewError(TypeErrorType, "2nd arg must be a tuple")
		}
		var kwd *Dict
		if len(args) == 3 {
			kwd, ok = args[2].(*Dict)
			if !ok {
				return nil, NewError(TypeErrorType, "optional 3rd arg must be a dictionary")
			}
		}
		return MakeInt(StartThread(fn, targs.items, kwd)), nil
	}
	nativeFunc(m, "start_new_thread", start)
	nativeFunc(m, "start_new", start)
	alloc := func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("allocate_lock", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		return NewThreadLock(), nil
	}
	nativeFunc(m, "allocate_lock", alloc)
	nativeFunc(m, "allocate", alloc)
	exit := func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return nil, NewException(SystemExitType)
	}
	nativeFunc(m, "exit", exit)
	nativeFunc(m, "exit_thread", exit)
	nativeFunc(m, "get_ident", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("get_ident", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		return MakeInt(ThreadIdent(t)), nil
	})
	nativeFunc(m, "get_native_id", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("get_native_id", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		// Goroutines move between OS threads: a stable per-thread number,
		// the process id for the main thread as on Linux.
		pid := int64(os.Getpid())
		if t.ident == 0 {
			return MakeInt(pid), nil
		}
		return MakeInt(pid + t.ident), nil
	})
	nativeFunc(m, "_count", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("_count", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		return MakeInt(threadRunning.Load()), nil
	})
	nativeFunc(m, "_set_sentinel", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("_set_sentinel", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		l := NewThreadLock()
		l.sentinel = true
		threadExitMu.Lock()
		threadSentinels[t] = append(threadSentinels[t], l)
		threadExitMu.Unlock()
		return l, nil
	})
	nativeFunc(m, "stack_size", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := unpackArgs("stack_size", args, kw, 0, 1); exc != nil {
			return nil, exc
		}
		old := threadStackSize.Load()
		if len(args) == 1 {
			i, exc := Index(t, args[0])
			if exc != nil {
				return nil, exc
			}
			n, ok := i.(Int)
			if !ok || n < 0 {
				return nil, NewError(ValueErrorType, "size must be 0 or a positive value")
			}
			if n != 0 && n < 32768 {
				return nil, Errorf(ValueErrorType, "size not valid: %d bytes", int64(n))
			}
			threadStackSize.Store(int64(n))
		}
		return MakeInt(old), nil
	})
	nativeFunc(m, "interrupt_main", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		var signumO Object = MakeInt(2)
		if exc := ParseArgs("interrupt_main", args, kw, []string{"signum?"}, &signumO); exc != nil {
			return nil, exc
		}
		n, exc := indexArg(t, signumO)
		if exc != nil {
			return nil, exc
		}
		if n < 1 || n >= nsig {
			return nil, NewError(ValueErrorType, "signal number out of range")
		}
		return None, threadInterruptMain(t, n)
	})
	nativeFunc(m, "_excepthook", threadExcepthook)
	return nil
}

// threadInterruptMain simulates the arrival of signal n as
// PyErr_SetInterruptEx: nothing when the signal is ignored or has its
// default action (SIGINT without the signal module raises
// KeyboardInterrupt), otherwise its handler runs in the main thread: at
// once when the caller is the main thread, else at its next check.
func threadInterruptMain(t *Thread, n int) *BaseException {
	if signalDispatch == nil {
		if n != 2 {
			return nil
		}
		storeSigint(1)
	} else {
		sigMu.Lock()
		h := sigHandlers[n]
		sigMu.Unlock()
		if _, isInt := h.(Int); isInt || (h == nil && n != 2) {
			return nil
		}
		sigPending[n].Store(true)
		storeSigint(1)
	}
	if t.ident == 0 {
		return CheckSignals(t)
	}
	return nil
}

// threadExcepthook is threading.excepthook's default: "Exception in thread
// NAME:" and the traceback on sys.stderr (SystemExit is silent).
func threadExcepthook(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
	if exc := ArgCount("_excepthook", args, kw, 1, 1); exc != nil {
		return nil, exc
	}
	in, ok := args[0].(*Instance)
	if !ok || in.typ != threadExceptHookArgsType {
		return nil, NewError(TypeErrorType, "_thread._excepthook argument type must be ExceptHookArgs")
	}
	items := in.base.(*Tuple).items
	if len(items) != 4 {
		return nil, NewError(TypeErrorType, "_thread._excepthook argument type must be ExceptHookArgs")
	}
	excType, excValue, thread := items[0], items[1], items[3]
	if excType == SystemExitType {
		return None, nil
	}
	name := ""
	if thread != None {
		if n, exc := GetAttr(t, thread, InternStr("name")); exc == nil && n != None {
			if s, exc := ToStr(t, n); exc == nil {
				name = s.s
			}
		}
	}
	if name == "" {
		name = sprintf("%d", ThreadIdent(t))
	}
	var b strings.Builder
	b.WriteString("Exception in thread " + name + ":\n")
	if e, ok := excValue.(*BaseException); ok {
		b.WriteString(FormatException(t, e))
	} else if excType != None {
		r, _ := ToStr(t, excValue)
		tn := "None"
		if ty, ok := excType.(*Type); ok {
			tn = ty.name
		}
		if r != nil {
			b.WriteString(tn + ": " + r.s + "\n")
		}
	}
	// Where: sys.stderr, or (when that is None, as at shutdown) the
	// sys.stderr the thread saw when it was created (Thread._stderr).
	if out := SysStderr(); out == nil || out == None {
		if thread == None {
			return None, nil
		}
		file, exc := GetAttr(t, thread, InternStr("_stderr"))
		if exc != nil {
			return nil, exc
		}
		if file == None {
			return None, nil
		}
		if _, exc := CallMethod(t, file, strWrite, []Object{NewStr(b.String())}, nil); exc != nil {
			return nil, exc
		}
		if _, exc := CallMethod(t, file, InternStr("flush"), nil, nil); exc != nil {
			return nil, exc
		}
		return None, nil
	}
	if exc := writeStderr(t, b.String()); exc != nil {
		return nil, exc
	}
	flushStderr(t)
	return None, nil
}

func init() {
	DefStatic(threadExceptHookArgsType, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) != 2 || len(kw) > 0 {
			return nil, Errorf(TypeErrorType, "_thread._ExceptHookArgs() takes exactly 1 argument (%d given)", len(args)-1)
		}
		items, exc := ToSlice(t, args[1])
		if exc != nil {
			return nil, exc
		}
		if len(items) != 4 {
			return nil, Errorf(TypeErrorType, "_thread._ExceptHookArgs() takes a 4-sequence (%d-sequence given)", len(items))
		}
		return NewStructSeq(threadExceptHookArgsType, items...), nil
	})
}
