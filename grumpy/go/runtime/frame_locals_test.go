package runtime

import "testing"

func localsKeyList(d *Dict) []string {
	var out []string
	for _, k := range d.Keys() {
		out = append(out, k.(*Str).s)
	}
	return out
}

func TestFastLocalsSnapshot(t *testing.T) {
	a, b, c := NewStr("a"), NewStr("b"), NewStr("c")
	cell := NewCell(nil)
	var x, y Object
	var snap FastLocals
	fill := func() *Dict {
		d := snap.Begin()
		LocalsPut(d, a, x)
		LocalsPut(d, b, y)
		LocalsPutCell(d, c, cell)
		return d
	}
	steps := []struct {
		name string
		set  func()
		want []string
	}{
		{"all unbound", func() {}, nil},
		{"a bound", func() { x = MakeInt(1) }, []string{"a"}},
		{"cell bound", func() { cell.Set(MakeInt(3)) }, []string{"a", "c"}},
		{"b bound after c", func() { y = MakeInt(2) }, []string{"a", "c", "b"}},
		{"a deleted", func() { x = nil }, []string{"c", "b"}},
		{"a rebound goes last", func() { x = MakeInt(4) }, []string{"c", "b", "a"}},
	}
	var first *Dict
	for _, st := range steps {
		st.set()
		d := fill()
		if first == nil {
			first = d
		} else if d != first {
			t.Fatalf("%s: snapshot dict changed identity", st.name)
		}
		got := localsKeyList(d)
		if len(got) != len(st.want) {
			t.Fatalf("%s: keys %v, want %v", st.name, got, st.want)
		}
		for i := range got {
			if got[i] != st.want[i] {
				t.Fatalf("%s: keys %v, want %v", st.name, got, st.want)
			}
		}
	}
	// Keys the program added itself survive a refresh.
	first.SetStr("extra", None)
	if got := localsKeyList(fill()); got[len(got)-1] != "extra" {
		t.Fatalf("extra key lost: %v", got)
	}
}

func TestLocalsOf(t *testing.T) {
	th := NewThread()
	g := NewDict()
	mod, _ := th.Push(&Code{Name: "<module>"}, g)
	if LocalsOf(mod) != Object(g) {
		t.Fatal("module frame locals should be its globals")
	}
	fn, _ := th.Push(&Code{Name: "f"}, g)
	if d, ok := LocalsOf(fn).(*Dict); !ok || d == g || d.Len() != 0 {
		t.Fatal("a function frame without a provider should report an empty dict")
	}
	ns := NewDict()
	fn.SetLocalsMapping(ns)
	if CurrentLocals(th) != Object(ns) {
		t.Fatal("provider not consulted")
	}
	th.Pop(fn)
	again, _ := th.Push(&Code{Name: "g"}, g)
	if again != fn {
		t.Skip("arena did not reuse the frame")
	}
	if CurrentLocals(th) == Object(ns) {
		t.Fatal("Push must clear a reused frame's provider")
	}
	if LocalsOf(nil).(*Dict).Len() != 0 {
		t.Fatal("nil frame")
	}
}
