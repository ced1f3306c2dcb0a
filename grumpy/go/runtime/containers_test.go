package runtime

import (
	"fmt"
	"math/rand"
	"sort"
	"sync"
	"testing"
)

func intsOf(objs []Object) []int64 {
	out := make([]int64, len(objs))
	for i, o := range objs {
		out[i] = int64(o.(Int))
	}
	return out
}

func mkInts(vs ...int64) []Object {
	out := make([]Object, len(vs))
	for i, v := range vs {
		out[i] = MakeInt(v)
	}
	return out
}

func TestSetIterationOrderMatchesCPython(t *testing.T) {
	th := NewThread()
	cases := []struct {
		add  []int64
		drop []int64
		want []int64
	}{
		{add: []int64{3, 1, 2}, want: []int64{1, 2, 3}},
		{add: []int64{-1, 10, 100, 1000}, want: []int64{1000, 10, 100, -1}},
		{add: []int64{8, 16, 24, 32, 40, 48, 56, 64}, want: []int64{32, 64, 8, 40, 16, 48, 24, 56}},
		{add: []int64{0, 1, 2, 3, 4, 5, 6}, drop: []int64{5}, want: []int64{0, 1, 2, 3, 4, 6}},
	}
	for _, c := range cases {
		s := NewSet()
		for _, v := range c.add {
			if exc := s.Add(th, MakeInt(v)); exc != nil {
				t.Fatal(exc)
			}
		}
		for _, v := range c.drop {
			s.discardKnown(th, MakeInt(v), v)
		}
		if got := intsOf(s.Items()); fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("set %v - %v: order %v, want %v", c.add, c.drop, got, c.want)
		}
	}
}

func TestFrozenSetHash(t *testing.T) {
	th := NewThread()
	cases := []struct {
		items []Object
		want  int64
	}{
		{nil, 133146708735736},
		{mkInts(1, 2, 3), -272375401224217160},
	}
	r := make([]int64, 100)
	for i := range r {
		r[i] = int64(i)
	}
	cases = append(cases, struct {
		items []Object
		want  int64
	}{mkInts(r...), 4411996150312757951})
	for _, c := range cases {
		f := NewFrozenSet()
		for _, it := range c.items {
			f.Add(th, it)
		}
		h, exc := Hash(th, f)
		if exc != nil {
			t.Fatal(exc)
		}
		if h != c.want {
			t.Errorf("hash(frozenset(%d items)) = %d, want %d", len(c.items), h, c.want)
		}
	}
}

func TestListSlicing(t *testing.T) {
	th := NewThread()
	base := mkInts(0, 1, 2, 3, 4, 5, 6, 7, 8, 9)
	cases := []struct {
		start, stop, step Object
		want              []int64
	}{
		{None, None, None, []int64{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
		{MakeInt(2), MakeInt(5), None, []int64{2, 3, 4}},
		{None, None, MakeInt(-3), []int64{9, 6, 3, 0}},
		{MakeInt(8), MakeInt(2), MakeInt(-2), []int64{8, 6, 4}},
		{MakeInt(-100), MakeInt(100), MakeInt(4), []int64{0, 4, 8}},
		{MakeInt(5), MakeInt(2), None, []int64{}},
	}
	for _, c := range cases {
		l := NewList(append([]Object(nil), base...)...)
		r, exc := listGetItem(th, l, NewSlice(c.start, c.stop, c.step))
		if exc != nil {
			t.Fatal(exc)
		}
		if got := intsOf(r.(*List).items); fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("[%v:%v:%v] = %v, want %v", c.start, c.stop, c.step, got, c.want)
		}
	}
	l := NewList(mkInts(0, 1, 2, 3, 4)...)
	if exc := listSetItem(th, l, NewSlice(MakeInt(1), MakeInt(3), nil), NewList(mkInts(7, 7, 7)...)); exc != nil {
		t.Fatal(exc)
	}
	if got := fmt.Sprint(intsOf(l.items)); got != "[0 7 7 7 3 4]" {
		t.Errorf("slice assignment: %s", got)
	}
	exc := listSetItem(th, l, NewSlice(nil, nil, MakeInt(2)), NewList(mkInts(1)...))
	if exc == nil || exc.args.items[0].(*Str).s != "attempt to assign sequence of size 1 to extended slice of size 3" {
		t.Errorf("extended slice error: %v", exc)
	}
	if exc := listDelItem(th, l, NewSlice(nil, nil, MakeInt(-2))); exc != nil {
		t.Fatal(exc)
	}
	if got := fmt.Sprint(intsOf(l.items)); got != "[0 7 3]" {
		t.Errorf("extended delete: %s", got)
	}
}

func TestSortStableAndMatchesGo(t *testing.T) {
	th := NewThread()
	rng := rand.New(rand.NewSource(1))
	for _, n := range []int{0, 1, 2, 5, 31, 64, 65, 200, 1000, 5000} {
		for _, distinct := range []int{3, 1000000} {
			vals := make([]Object, n)
			for i := range vals {
				vals[i] = NewTuple(MakeInt(int64(rng.Intn(distinct))), MakeInt(int64(i)))
			}
			keyFn := NewBuiltin("k", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
				return args[0].(*Tuple).items[0], nil
			})
			l := NewList(append([]Object(nil), vals...)...)
			if exc := listSort(th, l, keyFn, false); exc != nil {
				t.Fatal(exc)
			}
			want := append([]Object(nil), vals...)
			sort.SliceStable(want, func(i, j int) bool {
				return want[i].(*Tuple).items[0].(Int) < want[j].(*Tuple).items[0].(Int)
			})
			for i := range want {
				if l.items[i] != want[i] {
					t.Fatalf("n=%d distinct=%d: mismatch at %d", n, distinct, i)
				}
			}
		}
	}
}

func TestDictPopitemAndIterChecks(t *testing.T) {
	th := NewThread()
	d := NewDict()
	for i := int64(0); i < 20; i++ {
		d.SetItem(th, MakeInt(i), MakeInt(i*i))
	}
	for i := int64(19); i >= 15; i-- {
		k, v, ok := d.popLast()
		if !ok || k.(Int) != Int(i) || v.(Int) != Int(i*i) {
			t.Fatalf("popitem: %v %v %v", k, v, ok)
		}
	}
	it := newDictIter(d, dictKindKeys, false)
	if v, exc := it.next(th); exc != nil || v.(Int) != 0 {
		t.Fatalf("first key: %v %v", v, exc)
	}
	d.SetItem(th, MakeInt(100), None)
	if _, exc := it.next(th); exc == nil || exc.args.items[0].(*Str).s != "dictionary changed size during iteration" {
		t.Fatalf("expected size-change error, got %v", exc)
	}
	if _, exc := it.next(th); exc == nil {
		t.Fatal("the size-change error must be sticky")
	}
}

// TestContainersConcurrent hammers one list, one dict and one set from many
// goroutines; run with -race.
func TestContainersConcurrent(t *testing.T) {
	l := NewList()
	d := NewDict()
	s := NewSet()
	const workers, rounds = 8, 2000
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			th := NewThread()
			for i := 0; i < rounds; i++ {
				k := MakeInt(int64((w*rounds + i) % 97))
				l.Append(k)
				if _, exc := CallMethod(th, l, InternStr("pop"), nil, nil); exc != nil && !exc.IsInstanceOf(IndexErrorType) {
					t.Error(exc)
				}
				l.Append(k)
				if exc := SetItem(th, l, MakeInt(0), k); exc != nil && !exc.IsInstanceOf(IndexErrorType) {
					t.Error(exc)
				}
				if _, exc := GetItem(th, l, NewSlice(nil, nil, MakeInt(-1))); exc != nil {
					t.Error(exc)
				}
				if exc := d.SetItem(th, k, MakeInt(int64(i))); exc != nil {
					t.Error(exc)
				}
				if _, exc := d.GetItem(th, k); exc != nil {
					t.Error(exc)
				}
				if i%3 == 0 {
					d.DelItem(th, k)
				}
				if exc := s.Add(th, k); exc != nil {
					t.Error(exc)
				}
				if i%5 == 0 {
					s.discardKnown(th, k, int64(k.(Int)))
				}
				if _, exc := s.Contains(th, k); exc != nil {
					t.Error(exc)
				}
				if i%50 == 0 {
					if _, exc := Repr(th, l); exc != nil {
						t.Error(exc)
					}
					ForEach(th, d, func(Object) (bool, *BaseException) { return true, nil })
					if _, exc := ToSlice(th, s); exc != nil && !exc.IsInstanceOf(RuntimeErrorType) {
						t.Error(exc)
					}
				}
			}
		}(w)
	}
	wg.Wait()
	if n := l.Len(); n != workers*rounds {
		t.Errorf("list length %d, want %d", n, workers*rounds)
	}
	if n := s.Len(); n < 1 || n > 97 {
		t.Errorf("set length %d", n)
	}
}

func TestNewSetConstMatchesCPythonLiteral(t *testing.T) {
	th := NewThread()
	big := func(s string) Object { return ParseIntLiteral(s) }
	// {1000, 10, 100, -1, -2, -1000, 7 * 2 ** 40, -(2 ** 61), 2 ** 61 - 1, 2 ** 64}
	items := []Object{MakeInt(1000), MakeInt(10), MakeInt(100), MakeInt(-1), MakeInt(-2), MakeInt(-1000),
		MakeInt(7 << 40), big("-2305843009213693952"), MakeInt(1<<61 - 1), big("18446744073709551616")}
	s, exc := NewSetConst(th, items)
	if exc != nil {
		t.Fatal(exc)
	}
	r, exc := Repr(th, s)
	if exc != nil {
		t.Fatal(exc)
	}
	want := "{7696581394432, 2305843009213693951, 100, 1000, 18446744073709551616, 10, -2305843009213693952, -1, -1000, -2}"
	if r.s != want {
		t.Errorf("got %s\nwant %s", r.s, want)
	}
}
