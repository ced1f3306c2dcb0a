package runtime

import (
	goruntime "runtime"
	"testing"
)

// A generator armed for closing is closed by Dropped when nothing else
// references it, and left alone while something does.
func TestGeneratorDropped(t *testing.T) {
	th := NewThread()
	code := &Code{Name: "g", Qualname: "g"}
	cases := []struct {
		name   string
		keep   bool
		closed bool
	}{
		{"only reference", false, true},
		{"referenced elsewhere", true, false},
	}
	for _, c := range cases {
		closed := false
		g := NewGenerator(code, NewDict(), func(t *Thread, g *Generator, sent Object, throw *BaseException) (Object, *BaseException) {
			if throw != nil {
				closed = true
				return nil, throw
			}
			g.State = 1
			return None, nil
		})
		g.SetCloseOnDrop()
		if _, exc := g.next(th); exc != nil {
			t.Fatal(exc)
		}
		var kept Object
		if c.keep {
			kept = g
		}
		var o Object = g
		g = nil
		Dropped(th, &o)
		if o != nil {
			t.Errorf("%s: variable not cleared", c.name)
		}
		if closed != c.closed {
			t.Errorf("%s: closed = %v, want %v", c.name, closed, c.closed)
		}
		goruntime.KeepAlive(kept)
	}
}
