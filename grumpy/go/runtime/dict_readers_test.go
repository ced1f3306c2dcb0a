package runtime

import (
	"sync"
	"testing"
)

// Concurrent writers and lock-free readers of one dict: a reader never
// sees a value that was not written for that key.
func TestDictReadersDuringWrites(t *testing.T) {
	d := NewDict()
	keys := []*Str{InternStr("a"), InternStr("b"), InternStr("c")}
	for j, k := range keys {
		d.SetItemStr(k, MakeInt(int64(j*100000)))
	}
	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 5000; i++ {
				for j, k := range keys {
					d.SetItemStr(k, MakeInt(int64(j*100000+i)))
				}
			}
		}(w)
	}
	for r := 0; r < 2; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 5000; i++ {
				for j, k := range keys {
					v := d.getStr(k)
					x, ok := v.(Int)
					if !ok || int64(x)/100000 != int64(j) {
						t.Errorf("key %s read %v", k.s, v)
						return
					}
				}
			}
		}()
	}
	wg.Wait()
}
