package interp

import (
	goruntime "runtime"
	"testing"
	"time"

	rt "grumpy/runtime"
)

// TestAbandonedGeneratorsDoNotLeak makes 10,000 exec'd generators
// (generator functions, generator expressions, yield from, coroutines),
// starts each (so its body goroutine parks at a yield) and drops them: once
// collected, their iter.Pull coroutines must be stopped, so the parked
// goroutines do not accumulate.
func TestAbandonedGeneratorsDoNotLeak(t *testing.T) {
	th := rt.NewThread()
	p, e := compileSource(th, `
cleaned = []
def gen():
    try:
        yield 1
        yield 2
    finally:
        cleaned.append(1)
def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            pass
def deleg():
    yield from gen()
class Aw:
    def __await__(self):
        yield 1
async def coro():
    await Aw()
def make(n):
    for i in range(n):
        k = i % 5
        if k == 0:
            g = gen()
            next(g)
        elif k == 1:
            g = (x for x in range(3))
            next(g)
        elif k == 2:
            g = deleg()
            next(g)
        elif k == 3:
            g = coro()
            g.send(None)
        else:
            g = stubborn()
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
	// The dropped generators got their GeneratorExit: finally blocks ran.
	if c, _ := rt.Len(th, g.GetStr("cleaned")); c == 0 {
		t.Errorf("no finally block of an abandoned generator ran")
	}
}
