package runtime

import (
	"sync"
	"testing"
)

// TestDictLockFreeReadsUnderWrites hammers one dict with writers (value
// replacement, insertion with resizes, deletion) while readers use the
// lock-free str path: every read must see a value some writer stored.
func TestDictLockFreeReadsUnderWrites(t *testing.T) {
	d := NewDict()
	keys := make([]*Str, 64)
	for i := range keys {
		keys[i] = InternStr(sprintf("attr%d", i))
	}
	valid := map[Object]bool{}
	vals := make([]Object, 16)
	for i := range vals {
		vals[i] = NewStr(sprintf("v%d", i))
		valid[vals[i]] = true
	}
	var wg sync.WaitGroup
	stop := make(chan struct{})
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for n := 0; n < 20000; n++ {
				k := keys[(n*7+w)%len(keys)]
				if n%5 == 0 {
					d.delStr(k)
				} else {
					d.SetItemStr(k, vals[(n+w)%len(vals)])
				}
			}
		}(w)
	}
	var bad int
	var mu sync.Mutex
	for r := 0; r < 4; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			for n := 0; ; n++ {
				select {
				case <-stop:
					return
				default:
				}
				if v := d.getStr(keys[(n+r)%len(keys)]); v != nil && !valid[v] {
					mu.Lock()
					bad++
					mu.Unlock()
				}
				if n > 200000 {
					return
				}
			}
		}(r)
	}
	wg.Wait()
	close(stop)
	if bad > 0 {
		t.Fatalf("%d reads returned a value nobody wrote", bad)
	}
}
