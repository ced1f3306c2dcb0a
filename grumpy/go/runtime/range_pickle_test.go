package runtime

import "testing"

func TestRangeIterReduceIndex(t *testing.T) {
	th := NewThread()
	cases := []struct {
		args      []Object
		setstate  int64
		nexts     int
		wantIndex string
		wantRange string
	}{
		{[]Object{MakeInt(10)}, 4, 0, "4", "range(0, 10)"},
		{[]Object{MakeInt(10)}, 4, 1, "5", "range(0, 10)"},
		{[]Object{MakeInt(3)}, 10, 0, "3", "range(0, 3)"},
		{[]Object{MakeInt(3)}, -5, 0, "0", "range(0, 3)"},
		{[]Object{MakeInt(1 << 62), MakeInt(1<<62 + 9), MakeInt(1 << 62)}, 1, 0, "1", "range(4611686018427387904, 9223372036854775808, 4611686018427387904)"},
	}
	for _, c := range cases {
		r, exc := Call(th, RangeType, c.args, nil)
		if exc != nil {
			t.Fatal(exc)
		}
		it, exc := Iter(th, r)
		if exc != nil {
			t.Fatal(exc)
		}
		if _, exc := CallMethod(th, it, NewStr("__setstate__"), []Object{MakeInt(c.setstate)}, nil); exc != nil {
			t.Fatal(exc)
		}
		for i := 0; i < c.nexts; i++ {
			if _, exc := Next(th, it); exc != nil {
				t.Fatal(exc)
			}
		}
		red, exc := CallMethod(th, it, NewStr("__reduce__"), nil, nil)
		if exc != nil {
			t.Fatal(exc)
		}
		tu := red.(*Tuple)
		idx, _ := Repr(th, tu.items[2])
		rr, _ := Repr(th, tu.items[1].(*Tuple).items[0])
		if idx.s != c.wantIndex || rr.s != c.wantRange {
			t.Errorf("%v: got %s %s, want %s %s", c.args, rr.s, idx.s, c.wantRange, c.wantIndex)
		}
	}
}
