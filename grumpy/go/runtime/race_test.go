package runtime

import (
	"sync"
	"testing"
)

// Concurrency stress tests, meant for `go test -race`: Python threads are
// goroutines with no GIL, so every builtin container must keep its own
// state consistent under concurrent use, and the race detector must find
// no unsynchronised access in the runtime.

const (
	raceWorkers = 16
	raceIters   = 400
)

// raceRun runs fn on raceWorkers goroutines, each with its own Thread, and
// reports the first Python exception.
func raceRun(t *testing.T, fn func(th *Thread, w int) *BaseException) {
	t.Helper()
	var wg sync.WaitGroup
	errs := make(chan string, raceWorkers)
	for w := 0; w < raceWorkers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			th := NewPythonThread()
			if exc := fn(th, w); exc != nil {
				errs <- FormatException(th, exc)
			}
		}(w)
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Fatal(e)
	}
}

func TestRaceList(t *testing.T) {
	th := NewThread()
	l := NewList()
	for i := 0; i < 64; i++ {
		l.Append(MakeInt(int64(i)))
	}
	appendName := NewStr("append")
	raceRun(t, func(th *Thread, w int) *BaseException {
		for i := 0; i < raceIters; i++ {
			idx := MakeInt(int64((w*7 + i) % 64))
			switch i % 5 {
			case 0:
				l.Append(MakeInt(int64(w)))
			case 1:
				if _, exc := CallMethod(th, l, appendName, []Object{NewStr("s")}, nil); exc != nil {
					return exc
				}
			case 2:
				if exc := SetItem(th, l, idx, MakeInt(int64(i))); exc != nil {
					return exc
				}
			case 3:
				if _, exc := GetItem(th, l, idx); exc != nil {
					return exc
				}
			case 4:
				if _, exc := GetItem(th, l, MakeInt(-1)); exc != nil {
					return exc
				}
				_ = l.Len()
			}
		}
		return nil
	})
	want := 64 + raceWorkers*(raceIters/5)*2
	if n := l.Len(); n != want {
		t.Fatalf("len = %d after concurrent appends, want %d", n, want)
	}
	if _, exc := Repr(th, l); exc != nil {
		t.Fatal(FormatException(th, exc))
	}
}

func TestRaceDict(t *testing.T) {
	th := NewThread()
	d := NewDict()
	strKeys := make([]*Str, 32)
	for i := range strKeys {
		strKeys[i] = NewStr("key" + string(rune('a'+i%26)) + string(rune('a'+i/26)))
	}
	raceRun(t, func(th *Thread, w int) *BaseException {
		for i := 0; i < raceIters; i++ {
			var key Object
			if i%2 == 0 {
				key = strKeys[(w+i)%len(strKeys)]
			} else {
				key = MakeInt(int64((w*13 + i) % 50))
			}
			switch (i / 2) % 4 {
			case 0, 1:
				if exc := d.SetItem(th, key, MakeInt(int64(w))); exc != nil {
					return exc
				}
			case 2:
				if _, exc := d.GetItem(th, key); exc != nil {
					return exc
				}
			case 3:
				if _, exc := d.DelItem(th, key); exc != nil {
					return exc
				}
			}
			if i%50 == 0 {
				// Whole-dict operations interleaved with the mutations.
				_ = d.Keys()
				_ = d.Len()
			}
		}
		return nil
	})
	keys, vals := d.Items()
	if len(keys) != d.Len() || len(vals) != len(keys) {
		t.Fatalf("inconsistent dict: %d keys, len %d", len(keys), d.Len())
	}
	for _, k := range keys {
		v, exc := d.GetItem(th, k)
		if exc != nil || v == nil {
			t.Fatalf("key %v listed but not found", k)
		}
	}
}

func TestRaceInstanceAttrs(t *testing.T) {
	th := NewThread()
	cls, exc := NewClass(th, TypeType, "Point", nil, NewDict())
	if exc != nil {
		t.Fatal(FormatException(th, exc))
	}
	obj := NewInstance(cls)
	names := []*Str{NewStr("x"), NewStr("y"), NewStr("z"), NewStr("counter")}
	for _, n := range names {
		if exc := SetAttr(th, obj, n, MakeInt(0)); exc != nil {
			t.Fatal(FormatException(th, exc))
		}
	}
	raceRun(t, func(th *Thread, w int) *BaseException {
		for i := 0; i < raceIters; i++ {
			n := names[(w+i)%len(names)]
			if i%3 == 0 {
				if exc := SetAttr(th, obj, n, MakeInt(int64(w*1000+i))); exc != nil {
					return exc
				}
				// An attribute only this worker uses: set, read, delete.
				own := NewStr("own" + string(rune('A'+w)))
				if exc := SetAttr(th, obj, own, MakeInt(int64(i))); exc != nil {
					return exc
				}
				v, exc := GetAttr(th, obj, own)
				if exc != nil {
					return exc
				}
				if v.(Int) != Int(i) {
					return Errorf(AssertionErrorType, "own attribute changed under its thread")
				}
				if exc := DelAttr(th, obj, own); exc != nil {
					return exc
				}
			} else if _, exc := GetAttr(th, obj, n); exc != nil {
				return exc
			}
		}
		return nil
	})
	for _, n := range names {
		if _, exc := GetAttr(th, obj, n); exc != nil {
			t.Fatal(FormatException(th, exc))
		}
	}
}

// TestRacePythonThreads runs the same kind of mutations from threads
// started through _thread, joined with locks as Python code would.
func TestRacePythonThreads(t *testing.T) {
	th := NewThread()
	m, exc := ImportModule(th, "_thread")
	if exc != nil {
		t.Fatal(FormatException(th, exc))
	}
	start, _ := GetAttr(th, m, NewStr("start_new_thread"))
	shared := NewList()
	counts := NewDict()
	guard := NewThreadLock()
	var locks []*ThreadLock
	body := NewBuiltin("body", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		w, _ := IntValue(args[0])
		done := args[1].(*ThreadLock)
		for i := 0; i < 200; i++ {
			shared.Append(MakeInt(w))
			if _, exc := guard.Acquire(t, -1); exc != nil {
				return nil, exc
			}
			old, exc := counts.GetItem(t, MakeInt(w))
			if exc != nil {
				guard.Release()
				return nil, exc
			}
			n := int64(0)
			if old != nil {
				n, _ = IntValue(old)
			}
			exc = counts.SetItem(t, MakeInt(w), MakeInt(n+1))
			guard.Release()
			if exc != nil {
				return nil, exc
			}
		}
		done.Release()
		return None, nil
	})
	for w := 0; w < 8; w++ {
		done := NewThreadLock()
		done.TryAcquire()
		locks = append(locks, done)
		if _, exc := Call(th, start, []Object{body, NewTuple(MakeInt(int64(w)), done)}, nil); exc != nil {
			t.Fatal(FormatException(th, exc))
		}
	}
	for _, l := range locks {
		if _, exc := l.Acquire(th, -1); exc != nil {
			t.Fatal(FormatException(th, exc))
		}
	}
	if shared.Len() != 8*200 {
		t.Fatalf("shared list has %d items, want %d", shared.Len(), 8*200)
	}
	for w := 0; w < 8; w++ {
		v, _ := counts.GetItem(th, MakeInt(int64(w)))
		if v == nil || v.(Int) != 200 {
			t.Fatalf("count[%d] = %v, want 200", w, v)
		}
	}
}

// TestRaceIterationAndClassAttrs iterates containers while other threads
// mutate them, and rebinds a class attribute while instances read it
// through the type's lookup cache.
func TestRaceIterationAndClassAttrs(t *testing.T) {
	th := NewThread()
	l := NewList()
	d := NewDict()
	for i := 0; i < 32; i++ {
		l.Append(MakeInt(int64(i)))
		d.SetItem(th, MakeInt(int64(i)), MakeInt(int64(i)))
	}
	ns := NewDict()
	ns.SetStr("shared", MakeInt(0))
	cls, exc := NewClass(th, TypeType, "C", nil, ns)
	if exc != nil {
		t.Fatal(FormatException(th, exc))
	}
	objs := []*Instance{NewInstance(cls), NewInstance(cls)}
	shared := NewStr("shared")
	raceRun(t, func(th *Thread, w int) *BaseException {
		for i := 0; i < raceIters/4; i++ {
			switch w % 4 {
			case 0:
				l.Append(MakeInt(int64(i)))
				if exc := d.SetItem(th, MakeInt(int64(i%32)), MakeInt(int64(w))); exc != nil {
					return exc
				}
			case 1:
				it, exc := Iter(th, l)
				if exc != nil {
					return exc
				}
				for n := 0; n < 40; n++ {
					v, exc := Next(th, it)
					if exc != nil {
						return exc
					}
					if v == nil {
						break
					}
				}
			case 2:
				keys, _ := d.Items()
				for _, k := range keys {
					if _, exc := d.GetItem(th, k); exc != nil {
						return exc
					}
				}
			case 3:
				if i%10 == 0 {
					if exc := SetAttr(th, cls, shared, MakeInt(int64(i))); exc != nil {
						return exc
					}
				}
				if _, exc := GetAttr(th, objs[i%2], shared); exc != nil {
					return exc
				}
			}
		}
		return nil
	})
}
