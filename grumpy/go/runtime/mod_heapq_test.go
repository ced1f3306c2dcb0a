package runtime

import (
	"fmt"
	"math/rand"
	"sort"
	"testing"
)

func TestHeapqSortsAndKeepsInvariant(t *testing.T) {
	th := NewThread()
	m := nmImport(t, th, "_heapq")
	push, pop := nmAttr(t, th, m, "heappush"), nmAttr(t, th, m, "heappop")
	rng := rand.New(rand.NewSource(3))
	for _, n := range []int{0, 1, 2, 7, 100, 1000} {
		h := NewList()
		var want []int
		for i := 0; i < n; i++ {
			v := rng.Intn(50)
			want = append(want, v)
			nmCall(t, th, push, h, MakeInt(int64(v)))
			items := nmInts(h.Snapshot())
			for k := 1; k < len(items); k++ {
				if items[(k-1)/2] > items[k] {
					t.Fatalf("heap invariant broken at %d: %v", k, items)
				}
			}
		}
		sort.Ints(want)
		for i := 0; i < n; i++ {
			if v := nmCall(t, th, pop, h); v != MakeInt(int64(want[i])) {
				t.Fatalf("n=%d pop %d = %v, want %d", n, i, v, want[i])
			}
		}
	}
	data := NewList(nmInts2([]int64{9, 4, 7, 1, 8, 2, 6, 3, 5, 0})...)
	nmCall(t, th, nmAttr(t, th, m, "heapify"), data)
	if got := fmt.Sprint(nmInts(data.Snapshot())); got != "[0 1 2 3 4 7 6 9 5 8]" {
		t.Errorf("heapify %s", got)
	}
	mx := NewList(nmInts2([]int64{1, 5, 3, 9, 2})...)
	nmCall(t, th, nmAttr(t, th, m, "_heapify_max"), mx)
	if got := fmt.Sprint(nmInts(mx.Snapshot())); got != "[9 5 3 1 2]" {
		t.Errorf("_heapify_max %s", got)
	}
	for _, c := range []struct {
		fn   string
		args []Object
		want string
	}{
		{"heappop", []Object{NewList()}, "IndexError: index out of range"},
		{"heapreplace", []Object{NewList(), MakeInt(1)}, "IndexError: index out of range"},
		{"heappush", []Object{MakeInt(1), MakeInt(2)}, "TypeError: heappush() argument 1 must be list, not int"},
		{"heappop", []Object{NewTuple()}, "TypeError: heappop() argument must be list, not tuple"},
		{"heappush", []Object{NewList()}, "TypeError: heappush expected 2 arguments, got 1"},
		{"heappush", []Object{NewList(MakeInt(1)), NewStr("a")}, "TypeError: '<' not supported between instances of 'str' and 'int'"},
	} {
		if got := nmErr(th, nmAttr(t, th, m, c.fn), c.args...); got != c.want {
			t.Errorf("%s: %q, want %q", c.fn, got, c.want)
		}
	}
	if v := nmCall(t, th, nmAttr(t, th, m, "heappushpop"), NewList(), MakeInt(3)); v != MakeInt(3) {
		t.Errorf("heappushpop empty %v", v)
	}
}

func TestBisect(t *testing.T) {
	th := NewThread()
	m := nmImport(t, th, "_bisect")
	a := NewList(nmInts2([]int64{1, 2, 2, 2, 3, 5})...)
	cases := []struct {
		fn   string
		args []Object
		kw   map[string]Object
		want string
	}{
		{"bisect_left", []Object{a, MakeInt(2)}, nil, "1"},
		{"bisect_right", []Object{a, MakeInt(2)}, nil, "4"},
		{"bisect_right", []Object{a, MakeInt(2), MakeInt(0), MakeInt(3)}, nil, "3"},
		{"bisect_left", []Object{a, MakeInt(5)}, map[string]Object{"hi": None}, "5"},
		{"bisect_left", []Object{NewStr("aceg"), NewStr("d")}, nil, "2"},
		{"bisect_right", []Object{NewTuple(nmInts2([]int64{1, 3})...), MakeInt(3)}, nil, "2"},
	}
	for _, c := range cases {
		if got := nmRepr(t, th, nmCallKw(t, th, nmAttr(t, th, m, c.fn), c.args, c.kw)); got != c.want {
			t.Errorf("%s%v = %s, want %s", c.fn, c.args[1:], got, c.want)
		}
	}
	nmCall(t, th, nmAttr(t, th, m, "insort_right"), a, MakeInt(4))
	nmCall(t, th, nmAttr(t, th, m, "insort_left"), a, MakeInt(0))
	if got := fmt.Sprint(nmInts(a.Snapshot())); got != "[0 1 2 2 2 3 4 5]" {
		t.Errorf("insort %s", got)
	}
	if got := nmErr(th, nmAttr(t, th, m, "bisect_left"), a, MakeInt(1), MakeInt(-1)); got != "ValueError: lo must be non-negative" {
		t.Errorf("lo: %s", got)
	}
	if got := nmErr(th, nmAttr(t, th, m, "bisect_left"), NewList(MakeInt(1)), MakeInt(1), MakeInt(0), MakeInt(5)); got != "IndexError: list index out of range" {
		t.Errorf("hi: %s", got)
	}
}
