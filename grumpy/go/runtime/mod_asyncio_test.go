package runtime

import "testing"

// The Future state machine without an event loop: callbacks are only
// stored (no state change schedules them here), the awaitable iterator's
// steps, removal counts.
func TestAsyncioFutureState(t *testing.T) {
	th := NewThread()
	loop := NewList() // any object: only its identity is used here
	f := &asyncFuture{loop: loop}
	a, b := NewStr("a"), NewStr("b")
	for _, cb := range []Object{a, b, a} {
		if exc := f.addDoneCallback(th, f, cb, None); exc != nil {
			t.Fatal(exc)
		}
	}
	if f.cb0 != a || len(f.callbacks) != 2 {
		t.Fatalf("callbacks: cb0=%v rest=%d", f.cb0, len(f.callbacks))
	}
	n, exc := f.removeDoneCallback(th, a)
	if exc != nil || n != 2 {
		t.Fatalf("remove a: %d %v", n, exc)
	}
	if f.cb0 != nil || len(f.callbacks) != 1 || f.callbacks[0].fn != b {
		t.Fatalf("after remove: cb0=%v rest=%v", f.cb0, f.callbacks)
	}
	f.callbacks = nil

	it := &futureIter{self: f, f: f}
	cases := []struct {
		name string
		prep func()
		want Object
		done bool
		err  string
	}{
		{"pending yields the future", nil, f, false, ""},
		{"second step without a wakeup", nil, nil, true, "RuntimeError: await wasn't used with future"},
	}
	for _, c := range cases {
		if c.prep != nil {
			c.prep()
		}
		v, done, exc := it.step(th, nil)
		if c.err != "" {
			if exc == nil || excText(exc) != c.err {
				t.Errorf("%s: error %v, want %s", c.name, exc, c.err)
			}
			continue
		}
		if exc != nil || v != c.want || done != c.done {
			t.Errorf("%s: got %v %v %v", c.name, v, done, exc)
		}
	}
	f.mu.Lock()
	f.state, f.result = futFinished, MakeInt(7)
	f.mu.Unlock()
	it2 := &futureIter{self: f, f: f}
	v, done, exc := it2.step(th, nil)
	if exc != nil || !done || v != MakeInt(7) {
		t.Errorf("finished: got %v %v %v", v, done, exc)
	}
	if v, done, exc := it2.step(th, nil); exc != nil || !done || v != None {
		t.Errorf("exhausted: got %v %v %v", v, done, exc)
	}
	thrown := NewError(ValueErrorType, "x")
	if _, done, exc := (&futureIter{self: f, f: f}).step(th, thrown); exc != thrown || !done {
		t.Errorf("throw: got %v %v", done, exc)
	}
}
