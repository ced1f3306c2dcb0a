package runtime

import (
	"fmt"
	"os"
	goruntime "runtime"
	"sync"
	"syscall"
	"testing"
	"time"
)

func TestShmPath(t *testing.T) {
	dir := shmDir()
	for _, c := range []struct {
		name, want string
		err        error
	}{
		{"/mp-abc", dir + "/sem.mp-abc", nil},
		{"mp-abc", dir + "/sem.mp-abc", nil},
		{"//x", dir + "/sem.x", nil},
		{"/", "", syscall.EINVAL},
		{"/a/b", "", syscall.EINVAL},
	} {
		got, err := shmPath(c.name, "sem.")
		if got != c.want || err != c.err {
			t.Errorf("shmPath(%q) = %q, %v; want %q, %v", c.name, got, err, c.want, c.err)
		}
	}
}

// Two mappings of one named semaphore behave as two processes' handles.
func TestShmSemShared(t *testing.T) {
	name := fmt.Sprintf("/grumpy-test-%d", os.Getpid())
	a, err := createSem(name, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer unlinkSem(name)
	defer a.close()
	if _, err := createSem(name, 0); err != syscall.EEXIST {
		t.Fatalf("second create: %v, want EEXIST", err)
	}
	b, err := openSem(name)
	if err != nil {
		t.Fatal(err)
	}
	defer b.close()
	th := NewThread()
	th.ident = 1 // not the main thread: sleeps in one futex wait
	if ok, _ := a.wait(th, 0); ok {
		t.Fatal("wait on a zero semaphore succeeded")
	}
	if ok, _ := a.wait(th, 10*time.Millisecond); ok {
		t.Fatal("timed wait on a zero semaphore succeeded")
	}
	const n = 50
	var wg sync.WaitGroup
	got := make(chan bool, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ok, _ := a.wait(th, 5*time.Second)
			got <- ok
		}()
	}
	time.Sleep(10 * time.Millisecond)
	for i := 0; i < n; i++ {
		if err := b.post(); err != nil {
			t.Fatal(err)
		}
	}
	wg.Wait()
	close(got)
	for ok := range got {
		if !ok {
			t.Fatal("a waiter timed out after enough posts")
		}
	}
	if v := a.getValue(); v != 0 {
		t.Fatalf("value %d, want 0", v)
	}
	if err := unlinkSem(name); err != nil {
		t.Fatal(err)
	}
	if _, err := openSem(name); err != syscall.ENOENT {
		t.Fatalf("open after unlink: %v, want ENOENT", err)
	}
}

// A semaphore nothing references is unmapped and forgotten.
func TestShmSemCollected(t *testing.T) {
	name := fmt.Sprintf("/grumpy-test-gc-%d", os.Getpid())
	s, err := createSem(name, 1)
	if err != nil {
		t.Fatal(err)
	}
	unlinkSem(name)
	h := s.handle()
	if lookupSem(h) != s {
		t.Fatal("handle lookup failed")
	}
	s = nil
	for i := 0; i < 20 && lookupSem(h) != nil; i++ {
		goruntime.GC()
		time.Sleep(time.Millisecond)
	}
	if lookupSem(h) != nil {
		t.Fatal("semaphore still registered after collection")
	}
}
