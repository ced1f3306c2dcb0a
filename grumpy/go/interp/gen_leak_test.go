package interp

import (
	goruntime "runtime"
	"testing"
	"time"

	rt "grumpy/runtime"
)

// TestAbandonedGeneratorsDoNotLeak makes 10,000 exec'd generators, starts
// each (so its body goroutine parks at a yield) and drops them: once
// collected, their coroutines must be stopped.
func TestAbandonedGeneratorsDoNotLeak(t *testing.T) {
	th := rt.NewThread()
	p, e := compileSource(th, `
def gen():
    try:
        yield 1
        yield 2
    finally:
        pass
def make(n):
    for i in range(n):
        g = gen()
        next(g)
`, "<test>", "exec")
	if e != nil {
		t.Fatalf("compile: %v", describe(th, e))
	}
	g := rt.NewDict()
	g.SetStr("__name__", rt.NewStr("__test__"))
	if _, e := p.run(th, g, nil); e != nil {
		t.Fatalf("run: %v", describe(th, e))
	}
	before := goruntime.NumGoroutine()
	if _, e := rt.Call1(th, g.GetStr("make"), rt.MakeInt(10000)); e != nil {
		t.Fatalf("make: %v", describe(th, e))
	}
	n := 0
	for i := 0; i < 50; i++ {
		goruntime.GC()
		time.Sleep(20 * time.Millisecond)
		n = goruntime.NumGoroutine()
		if n < before+100 {
			break
		}
	}
	if n >= before+100 {
		t.Fatalf("goroutines: %d before, %d after collecting 10000 abandoned generators", before, n)
	}
}
