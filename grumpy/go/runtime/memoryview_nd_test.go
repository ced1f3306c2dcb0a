package runtime

import "testing"

// TestMemoryViewND checks shapes, strides, element offsets and tolist of
// views cast to several dimensions.
func TestMemoryViewND(t *testing.T) {
	th := NewThread()
	buf := NewByteArray([]byte("abcdefghijkl"))
	m := mvTrack(&MemoryView{obj: buf, ba: buf, stop: -1, format: 'B', itemsize: 1, dims: []int{3, 4}})
	if got := m.stridesOf(12); len(got) != 2 || got[0] != 4 || got[1] != 1 {
		t.Errorf("strides %v", got)
	}
	for _, c := range []struct {
		idx  []Object
		want int
		err  bool
	}{
		{[]Object{MakeInt(1), MakeInt(2)}, 6, false},
		{[]Object{MakeInt(-1), MakeInt(-1)}, 11, false},
		{[]Object{MakeInt(3), MakeInt(0)}, 0, true},
		{[]Object{MakeInt(0), MakeInt(4)}, 0, true},
		{[]Object{MakeInt(0), MakeInt(1), MakeInt(2)}, 0, true},
	} {
		off, exc := m.tupleOffset(th, c.idx, m.dims)
		if (exc != nil) != c.err || (exc == nil && off != c.want) {
			t.Errorf("tupleOffset(%v) = %d, %v", c.idx, off, exc)
		}
	}
	l := m.nestedList(m.data(), m.dims).(*List)
	if l.Len() != 3 || l.At(2).(*List).At(3) != MakeInt('l') {
		t.Errorf("tolist %v", l)
	}
	if m.fContiguous(12) {
		t.Error("a 3x4 view is not Fortran-contiguous")
	}
	if _, exc := mvShapeInts([]Object{MakeInt(2), MakeInt(0)}); exc == nil {
		t.Error("zero in shape accepted")
	}
}
