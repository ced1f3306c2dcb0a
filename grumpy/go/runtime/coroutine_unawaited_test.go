package runtime

import "testing"

// The nursery arms the coroutines that have not started when it is flushed,
// and forgets the others.
func TestCoroutineNursery(t *testing.T) {
	th := NewThread()
	code := &Code{Name: "c", Qualname: "c", Coroutine: true}
	body := func(t *Thread, g *Generator, sent Object, throw *BaseException) (Object, *BaseException) {
		g.Done = true
		return nil, nil
	}
	cases := []struct {
		name  string
		start bool
		close bool
		armed bool
	}{
		{"never started", false, false, true},
		{"awaited", true, false, false},
		{"closed", false, true, false},
	}
	for _, c := range cases {
		FlushCoroutineNursery()
		g := NewGenerator(code, NewDict(), body).Created(th, nil)
		if c.start {
			if _, exc := g.next(th); exc != nil {
				t.Fatal(exc)
			}
		}
		if c.close {
			if exc := g.Close(th); exc != nil {
				t.Fatal(exc)
			}
		}
		FlushCoroutineNursery()
		g.mu.Lock()
		armed := g.finalID != 0
		if armed {
			g.disarmFinal()
		}
		g.mu.Unlock()
		if armed != c.armed {
			t.Errorf("%s: armed = %v, want %v", c.name, armed, c.armed)
		}
	}
}

// cr_origin lists the frames that made the coroutine, innermost first, up
// to the tracking depth.
func TestCoroutineOrigin(t *testing.T) {
	th := NewThread()
	outer := &Code{Name: "outer", Filename: "f.py", FirstLine: 1}
	inner := &Code{Name: "inner", Filename: "f.py", FirstLine: 5}
	if _, exc := th.Push(outer, NewDict()); exc != nil {
		t.Fatal(exc)
	}
	f, exc := th.Push(inner, NewDict())
	if exc != nil {
		t.Fatal(exc)
	}
	f.Line = 7
	for _, c := range []struct {
		depth int64
		want  string
	}{
		{1, "(('f.py', 7, 'inner'),)"},
		{2, "(('f.py', 7, 'inner'), ('f.py', 1, 'outer'))"},
		{10, "(('f.py', 7, 'inner'), ('f.py', 1, 'outer'))"},
	} {
		r, exc := Repr(th, coroOrigin(th.CurrentFrame(), c.depth))
		if exc != nil {
			t.Fatal(exc)
		}
		if r.s != c.want {
			t.Errorf("depth %d: %s, want %s", c.depth, r.s, c.want)
		}
	}
}
