package runtime

import (
	"sync"
	"testing"
	"time"
)

func TestSimpleQueueErrors(t *testing.T) {
	th := NewThread()
	q := &SimpleQueue{}
	cases := []struct {
		method string
		args   []Object
		kw     []*Str
		want   string
	}{
		{"get", []Object{False}, nil, "Empty: "},
		{"get_nowait", nil, nil, "Empty: "},
		{"get", []Object{Float(-1)}, []*Str{NewStr("timeout")}, "ValueError: 'timeout' must be a non-negative number"},
		{"get", []Object{NewStr("x")}, []*Str{NewStr("timeout")}, "TypeError: 'str' object cannot be interpreted as an integer"},
		{"get", []Object{True, Float(0.001)}, nil, "Empty: "},
		{"put", []Object{MakeInt(1), MakeInt(1)}, []*Str{NewStr("blok")}, "TypeError: 'blok' is an invalid keyword argument for put()"},
		{"get_nowait", []Object{MakeInt(1)}, nil, "TypeError: get_nowait() takes no arguments"},
	}
	for _, c := range cases {
		f, exc := GetAttr(th, q, NewStr(c.method))
		if exc != nil {
			t.Fatal(threadExcText(th, exc))
		}
		_, exc = Call(th, f, c.args, c.kw)
		if got := threadExcText(th, exc); got != c.want {
			t.Errorf("SimpleQueue.%s%v: %q, want %q", c.method, c.args, got, c.want)
		}
	}
}

// TestSimpleQueueRace runs producers and consumers on one queue (go test
// -race): every item arrives exactly once, in order per producer.
func TestSimpleQueueRace(t *testing.T) {
	const producers, consumers, n = 4, 4, 500
	q := &SimpleQueue{}
	var wg sync.WaitGroup
	got := make(chan int64, producers*n)
	for c := 0; c < consumers; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			th := NewPythonThread()
			for {
				o, exc := q.Get(th, -1)
				if exc != nil || o == nil {
					t.Error("Get failed")
					return
				}
				v := int64(o.(Int))
				if v < 0 {
					return
				}
				got <- v
			}
		}()
	}
	var pw sync.WaitGroup
	for p := 0; p < producers; p++ {
		pw.Add(1)
		go func(p int) {
			defer pw.Done()
			for i := 0; i < n; i++ {
				q.Put(MakeInt(int64(p*n + i)))
			}
		}(p)
	}
	pw.Wait()
	for c := 0; c < consumers; c++ {
		q.Put(MakeInt(-1))
	}
	wg.Wait()
	close(got)
	seen := map[int64]bool{}
	for v := range got {
		if seen[v] {
			t.Fatalf("item %d delivered twice", v)
		}
		seen[v] = true
	}
	if len(seen) != producers*n || q.Len() != 0 {
		t.Fatalf("delivered %d of %d, %d left", len(seen), producers*n, q.Len())
	}
}

// TestSimpleQueueTimeout: a timed get gives up, and a put wakes a waiter.
func TestSimpleQueueTimeout(t *testing.T) {
	q := &SimpleQueue{}
	th := NewPythonThread()
	start := time.Now()
	if o, exc := q.Get(th, 20*time.Millisecond); o != nil || exc != nil {
		t.Fatal("expected a timeout")
	}
	if time.Since(start) < 20*time.Millisecond {
		t.Fatal("returned before the timeout")
	}
	go func() {
		time.Sleep(10 * time.Millisecond)
		q.Put(NewStr("x"))
	}()
	o, exc := q.Get(th, 5*time.Second)
	if exc != nil || o == nil || o.(*Str).s != "x" {
		t.Fatal("waiter not woken by put")
	}
}
