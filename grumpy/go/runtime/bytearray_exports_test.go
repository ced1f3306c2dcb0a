package runtime

import "testing"

func TestByteArrayExports(t *testing.T) {
	a := NewByteArray([]byte("abc"))
	m := mvTrack(&MemoryView{obj: a, ba: a, stop: -1, format: 'B', itemsize: 1})
	cases := []struct {
		newLen  int
		wantErr bool
	}{
		{3, false}, // same size: allowed
		{4, true},
		{0, true},
	}
	for _, c := range cases {
		a.mu.Lock()
		exc := a.checkResize(c.newLen)
		a.mu.Unlock()
		if (exc != nil) != c.wantErr {
			t.Errorf("checkResize(%d) = %v, want error %v", c.newLen, exc, c.wantErr)
		}
	}
	m.released.Store(true)
	a.mu.Lock()
	exc := a.checkResize(10)
	a.mu.Unlock()
	if exc != nil {
		t.Errorf("checkResize after release = %v, want nil", exc)
	}
}
