package runtime

import "testing"

// A generator with try/with blocks that suspends is armed only when the
// nursery is flushed (full, gc.collect, exit, its drop), and only if it is
// still suspended then.
func TestSuspendNursery(t *testing.T) {
	th := NewThread()
	code := &Code{Name: "g", Qualname: "g"}
	mk := func(steps int) *Generator {
		g := NewGenerator(code, NewDict(), func(t *Thread, g *Generator, sent Object, throw *BaseException) (Object, *BaseException) {
			if throw != nil {
				return nil, throw
			}
			if g.State >= steps {
				g.Done = true
				return nil, nil
			}
			g.State++
			return MakeInt(int64(g.State)), nil
		})
		g.SetCloseOnDrop()
		return g
	}
	flushSuspendNursery()
	cases := []struct {
		name      string
		finish    bool
		wantArmed bool
	}{
		{"still suspended", false, true},
		{"finished before the flush", true, false},
	}
	for _, c := range cases {
		g := mk(1)
		if _, exc := g.next(th); exc != nil {
			t.Fatal(exc)
		}
		if g.finalID != 0 {
			t.Errorf("%s: armed at suspension", c.name)
		}
		if c.finish {
			if v, exc := g.next(th); v != nil || exc != nil {
				t.Fatalf("%s: %v %v", c.name, v, exc)
			}
		}
		flushSuspendNursery()
		if armed := g.finalID != 0; armed != c.wantArmed {
			t.Errorf("%s: armed = %v, want %v", c.name, armed, c.wantArmed)
		}
		g.mu.Lock()
		if g.finalID != 0 {
			g.disarmFinal()
		}
		g.mu.Unlock()
	}
	// A full nursery arms the suspended ones among its generators.
	var gens []*Generator
	for i := 0; i < suspendNurserySize; i++ {
		g := mk(2)
		if _, exc := g.next(th); exc != nil {
			t.Fatal(exc)
		}
		gens = append(gens, g)
	}
	armed := 0
	for _, g := range gens {
		g.mu.Lock()
		if g.finalID != 0 {
			armed++
			g.disarmFinal()
		}
		g.mu.Unlock()
	}
	if armed != suspendNurserySize {
		t.Errorf("armed %d of %d after the nursery filled", armed, suspendNurserySize)
	}
}
