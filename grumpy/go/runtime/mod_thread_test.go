package runtime

import (
	"strings"
	"sync"
	"testing"
	"time"
)

func threadModule(t *testing.T, th *Thread) Object {
	t.Helper()
	m, exc := ImportModule(th, "_thread")
	if exc != nil {
		t.Fatal(FormatException(th, exc))
	}
	return m
}

func threadCallAttr(t *testing.T, th *Thread, o Object, name string, args ...Object) (Object, *BaseException) {
	t.Helper()
	f, exc := GetAttr(th, o, NewStr(name))
	if exc != nil {
		t.Fatalf("%s: %s", name, FormatExceptionOnly(th, exc))
	}
	return Call(th, f, args, nil)
}

func threadExcText(th *Thread, exc *BaseException) string {
	if exc == nil {
		return "<nil>"
	}
	s, _ := ToStr(th, exc)
	return exc.typ.name + ": " + s.s
}

func TestThreadLockErrors(t *testing.T) {
	th := NewThread()
	m := threadModule(t, th)
	lock, _ := threadCallAttr(t, th, m, "allocate_lock")
	cases := []struct {
		method string
		args   []Object
		kw     []*Str
		want   string
	}{
		{"release", nil, nil, "RuntimeError: release unlocked lock"},
		{"acquire", []Object{False, MakeInt(1)}, nil, "ValueError: can't specify a timeout for a non-blocking call"},
		{"acquire", []Object{True, Float(-2)}, nil, "ValueError: timeout value must be positive"},
		{"acquire", []Object{Float(1e30)}, []*Str{NewStr("timeout")}, "OverflowError: timestamp out of range for platform time_t"},
		{"acquire", []Object{NewStr("x")}, nil, "TypeError: 'str' object cannot be interpreted as an integer"},
		{"acquire", []Object{MakeInt(1), MakeInt(2), MakeInt(3)}, nil, "TypeError: acquire() takes at most 2 arguments (3 given)"},
	}
	for _, c := range cases {
		f, _ := GetAttr(th, lock, NewStr(c.method))
		_, exc := Call(th, f, c.args, c.kw)
		if got := threadExcText(th, exc); got != c.want {
			t.Errorf("lock.%s%v: %s, want %s", c.method, c.args, got, c.want)
		}
	}
	_, exc := threadCallAttr(t, th, m, "start_new_thread", MakeInt(1), NewTuple())
	if got := threadExcText(th, exc); got != "TypeError: first arg must be callable" {
		t.Errorf("start_new_thread(1, ()): %s", got)
	}
	_, exc = threadCallAttr(t, th, m, "start_new_thread", BuiltinsModule.dict.GetStr("len"), NewList())
	if got := threadExcText(th, exc); got != "TypeError: 2nd arg must be a tuple" {
		t.Errorf("start_new_thread(len, []): %s", got)
	}
	_, exc = Call(th, ThreadLockType, nil, nil)
	if got := threadExcText(th, exc); got != "TypeError: cannot create '_thread.lock' instances" {
		t.Errorf("LockType(): %s", got)
	}
}

func TestThreadLockTimeouts(t *testing.T) {
	th := NewThread()
	th.ident = 42
	l := NewThreadLock()
	if ok, _ := l.Acquire(th, -1); !ok {
		t.Fatal("acquire of a free lock failed")
	}
	if ok, _ := l.Acquire(th, 0); ok {
		t.Fatal("non-blocking acquire of a held lock succeeded")
	}
	start := time.Now()
	if ok, _ := l.Acquire(th, 30*time.Millisecond); ok {
		t.Fatal("timed acquire of a held lock succeeded")
	}
	if d := time.Since(start); d < 30*time.Millisecond {
		t.Errorf("timed acquire gave up after %v", d)
	}
	go func() {
		time.Sleep(10 * time.Millisecond)
		l.Release() // a lock may be released by any thread
	}()
	if ok, _ := l.Acquire(th, 5*time.Second); !ok {
		t.Fatal("acquire did not see the release")
	}
	if !l.Locked() || !l.Release() || l.Locked() || l.Release() {
		t.Fatal("locked/release state is wrong")
	}
}

func TestThreadMainAcquireInterrupted(t *testing.T) {
	th := NewThread() // ident 0: the main thread
	l := NewThreadLock()
	l.TryAcquire()
	go func() {
		time.Sleep(30 * time.Millisecond)
		storeSigint(1)
	}()
	ok, exc := l.Acquire(th, -1)
	if ok || exc == nil || exc.typ != KeyboardInterruptType {
		t.Fatalf("acquire = %v, %v; want KeyboardInterrupt", ok, threadExcText(th, exc))
	}
}

func TestThreadRLock(t *testing.T) {
	th := NewThread()
	r := NewThreadRLock()
	for i := 0; i < 3; i++ {
		if ok, exc := r.acquire(th, -1); !ok || exc != nil {
			t.Fatal("reentrant acquire failed")
		}
	}
	other := NewPythonThread()
	if ok, _ := r.acquire(other, 0); ok {
		t.Fatal("another thread took an owned RLock")
	}
	if exc := r.release(other); threadExcText(other, exc) != "RuntimeError: cannot release un-acquired lock" {
		t.Fatalf("release by non-owner: %s", threadExcText(other, exc))
	}
	for i := 0; i < 3; i++ {
		if exc := r.release(th); exc != nil {
			t.Fatal(threadExcText(th, exc))
		}
	}
	if exc := r.release(th); exc == nil {
		t.Fatal("release of a free RLock succeeded")
	}
	if ok, _ := r.acquire(other, 0); !ok {
		t.Fatal("free RLock could not be taken")
	}
	rep, _ := Repr(th, r)
	if !strings.HasPrefix(rep.s, "<locked _thread.RLock object owner=") || !strings.Contains(rep.s, " count=1 at 0x") {
		t.Errorf("repr = %s", rep.s)
	}
}

func TestThreadStartAndJoin(t *testing.T) {
	th := NewThread()
	m := threadModule(t, th)
	const n = 16
	results := NewList()
	var wg sync.WaitGroup
	wg.Add(n)
	idents := make(chan int64, n)
	worker := NewBuiltin("worker", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		defer wg.Done()
		idents <- ThreadIdent(t)
		x, _ := IntValue(args[0])
		results.Append(MakeInt(x * x))
		return None, nil
	})
	for i := 0; i < n; i++ {
		if _, exc := threadCallAttr(t, th, m, "start_new_thread", worker, NewTuple(MakeInt(int64(i)))); exc != nil {
			t.Fatal(threadExcText(th, exc))
		}
	}
	wg.Wait()
	if results.Len() != n {
		t.Fatalf("%d results, want %d", results.Len(), n)
	}
	seen := map[int64]bool{ThreadIdent(th): true}
	for i := 0; i < n; i++ {
		id := <-idents
		if seen[id] {
			t.Fatalf("ident %d used twice", id)
		}
		seen[id] = true
	}
	deadline := time.Now().Add(5 * time.Second)
	for {
		c, _ := threadCallAttr(t, th, m, "_count")
		if c.(Int) == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("_count() = %v after all threads ended", c)
		}
		time.Sleep(time.Millisecond)
	}
}

// threadCaptureStderr points sys.stderr at an object collecting writes.
func threadCaptureStderr(t *testing.T) (func() string, func()) {
	var mu sync.Mutex
	var b strings.Builder
	ns := NewDict()
	ns.SetStr("write", NewBuiltin("write", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		mu.Lock()
		b.WriteString(args[len(args)-1].(*Str).s)
		mu.Unlock()
		return None, nil
	}))
	ns.SetStr("flush", NewBuiltin("flush", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return None, nil
	}))
	cls, exc := NewClass(NewThread(), TypeType, "Capture", nil, ns)
	if exc != nil {
		t.Fatal(exc)
	}
	old := SysModule.dict.GetStr("stderr")
	SysModule.dict.SetStr("stderr", NewInstance(cls))
	get := func() string {
		mu.Lock()
		defer mu.Unlock()
		return b.String()
	}
	return get, func() {
		if old == nil {
			SysModule.dict.delStr(NewStr("stderr"))
		} else {
			SysModule.dict.SetStr("stderr", old)
		}
	}
}

func TestThreadUncaughtException(t *testing.T) {
	out, restore := threadCaptureStderr(t)
	defer restore()
	done := make(chan struct{})
	boom := NewBuiltin("boom", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return nil, NewError(ValueErrorType, "bad 1")
	})
	quiet := NewBuiltin("quiet", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return nil, NewException(SystemExitType, MakeInt(3))
	})
	waiter := NewBuiltin("waiter", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		close(done)
		return None, nil
	})
	StartThread(quiet, nil, nil)
	StartThread(boom, nil, nil)
	StartThread(waiter, nil, nil)
	<-done
	deadline := time.Now().Add(5 * time.Second)
	for !strings.Contains(out(), "ValueError: bad 1\n") && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	want := "Exception ignored in thread started by: <built-in function boom>\nValueError: bad 1\n"
	if got := out(); got != want {
		t.Errorf("stderr = %q, want %q", got, want)
	}
}

func TestThreadSentinelReleasedAtExit(t *testing.T) {
	th := NewThread()
	m := threadModule(t, th)
	got := make(chan Object, 1)
	body := NewBuiltin("body", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		f, exc := GetAttr(t, m, NewStr("_set_sentinel"))
		if exc != nil {
			return nil, exc
		}
		l, exc := Call(t, f, nil, nil)
		if exc != nil {
			return nil, exc
		}
		l.(*ThreadLock).TryAcquire()
		got <- l
		time.Sleep(10 * time.Millisecond)
		return None, nil
	})
	StartThread(body, nil, nil)
	l := (<-got).(*ThreadLock)
	if ok, _ := l.Acquire(NewPythonThread(), 5*time.Second); !ok {
		t.Fatal("sentinel lock not released when the thread ended")
	}
}

func TestThreadLocal(t *testing.T) {
	th := NewThread()
	m := threadModule(t, th)
	localType, _ := GetAttr(th, m, NewStr("_local"))
	loc, exc := Call(th, localType, nil, nil)
	if exc != nil {
		t.Fatal(threadExcText(th, exc))
	}
	name := NewStr("x")
	if exc := SetAttr(th, loc, name, MakeInt(-1)); exc != nil {
		t.Fatal(threadExcText(th, exc))
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for i := 0; i < 8; i++ {
		i := i
		wg.Add(1)
		StartThread(NewBuiltin("f", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			defer wg.Done()
			if _, exc := GetAttr(t, loc, name); exc == nil || threadExcText(t, exc) != "AttributeError: '_thread._local' object has no attribute 'x'" {
				errs <- "a new thread sees another thread's attribute: " + threadExcText(t, exc)
			}
			for k := 0; k < 100; k++ {
				if exc := SetAttr(t, loc, name, MakeInt(int64(i))); exc != nil {
					return nil, exc
				}
				v, exc := GetAttr(t, loc, name)
				if exc != nil {
					return nil, exc
				}
				if v.(Int) != Int(i) {
					errs <- "thread-local value changed under a thread"
				}
			}
			return None, nil
		}), nil, nil)
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
	v, exc := GetAttr(th, loc, name)
	if exc != nil || v.(Int) != -1 {
		t.Errorf("main thread's value = %v, %s", v, threadExcText(th, exc))
	}
	d, _ := GetAttr(th, loc, NewStr("__dict__"))
	if r, _ := Repr(th, d); r.s != "{'x': -1}" {
		t.Errorf("__dict__ = %s", r.s)
	}
	if _, exc := Call(th, localType, []Object{MakeInt(1)}, nil); threadExcText(th, exc) != "TypeError: Initialization arguments are not supported" {
		t.Errorf("_local(1): %s", threadExcText(th, exc))
	}
}
