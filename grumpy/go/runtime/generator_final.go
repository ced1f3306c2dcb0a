package runtime

import (
	goruntime "runtime"
	"sort"
	"sync"
	"time"
	"weak"
)

// Closing abandoned generators (CPython's _PyGen_Finalize).
//
// CPython closes a suspended generator when its last reference goes: the
// `finally` blocks and `with` exits around the yield it stopped at run at
// that point. Go has no reference counts, so Grumpy closes such a generator
// in three ways (docs/architecture.md, "Generators and coroutines"):
//
//   - a generator (or coroutine) whose body has a try or with block gets a
//     Go finalizer the first time it suspends ("armed"); when the collector
//     finds it unreachable, it is queued and closed on a background thread;
//   - at the points where CPython programs drop a reference on purpose —
//     `del name`, `name = None`, a `for` loop over a call's result left by
//     break, gc.collect() — the runtime checks whether the dropped object is
//     an armed generator; if so it runs a collection and, when the generator
//     turned out unreachable, closes it (and any other abandoned one)
//     synchronously on the current thread, before the next statement, as
//     CPython does. A generator still referenced elsewhere is left alone;
//   - at exit, after the atexit callbacks, every armed generator still alive
//     is closed, oldest first (CPython's module teardown).
//
// An exception escaping close() is reported as unraisable ("Exception
// ignored in: <generator object ...>"). The synchronous collections are
// rate-limited so that they cost at most about a tenth of the run time.

var genFinal struct {
	mu   sync.Mutex
	cond *sync.Cond
	// live maps each armed generator's id to a weak pointer to it.
	live map[uint64]weak.Pointer[Generator]
	// queue holds the generators whose finalizer ran, not yet closed.
	queue []*Generator
	// syncWaiters counts threads closing queued generators themselves; the
	// background closer leaves the queue to them meanwhile.
	syncWaiters int
	nextID      uint64
	started     bool
	exiting     bool
	// syncCount/syncCost rate-limit the synchronous collections.
	syncCount int
	syncCost  time.Duration
}

// genFinalStart is when the process started (for the rate limit).
var genFinalStart = time.Now()

func init() {
	genFinal.cond = sync.NewCond(&genFinal.mu)
	genFinal.live = map[uint64]weak.Pointer[Generator]{}
}

// SetCloseOnDrop marks a generator whose body has try or with blocks: it is
// armed for finalization when it first suspends.
func (g *Generator) SetCloseOnDrop() { g.closeOnDrop = true }

// armFinal registers g for closing when it is dropped; g.mu is held.
func (g *Generator) armFinal() {
	genFinal.mu.Lock()
	genFinal.nextID++
	g.finalID = genFinal.nextID
	genFinal.live[g.finalID] = weak.Make(g)
	if !genFinal.started {
		genFinal.started = true
		go genCloser()
	}
	genFinal.mu.Unlock()
	goruntime.SetFinalizer(g, genFinalized)
}

// disarmFinal forgets a finished generator; g.mu is held.
func (g *Generator) disarmFinal() {
	genFinal.mu.Lock()
	delete(genFinal.live, g.finalID)
	genFinal.mu.Unlock()
	g.finalID = 0
	goruntime.SetFinalizer(g, nil)
}

// genFinalized is the Go finalizer of an armed generator.
func genFinalized(g *Generator) {
	genFinal.mu.Lock()
	delete(genFinal.live, g.finalID)
	genFinal.queue = append(genFinal.queue, g)
	genFinal.cond.Broadcast()
	genFinal.mu.Unlock()
}

// genCloser closes queued generators on a thread of its own, except while
// some thread is closing them synchronously.
func genCloser() {
	t := NewPythonThread()
	for {
		genFinal.mu.Lock()
		for len(genFinal.queue) == 0 || genFinal.syncWaiters > 0 || genFinal.exiting {
			genFinal.cond.Wait()
		}
		q := genFinal.queue
		genFinal.queue = nil
		genFinal.mu.Unlock()
		for _, g := range q {
			finalizeGenerator(t, g)
		}
	}
}

// finalizeGenerator closes an abandoned generator as CPython's
// _PyGen_Finalize: an exception from close() is unraisable.
func finalizeGenerator(t *Thread, g *Generator) {
	g.mu.Lock()
	skip := g.Done || g.State == 0 || g.running
	g.mu.Unlock()
	if skip {
		return
	}
	if exc := g.Close(t); exc != nil {
		if len(exc.tb) == 0 && t.frame != nil {
			// Raised by close() itself: the traceback is the frame that
			// dropped the generator (PyErr_WriteUnraisable).
			exc.tb = append(exc.tb, TracebackEntry{Code: t.frame.code, Line: t.frame.Line, Globals: t.frame.globals})
		}
		WriteUnraisable(t, exc, g, "")
	}
}

// Dropped is compiled for `del name` and `name = None` of a local variable
// (p points at it): it clears the variable and, when the value was an armed
// suspended generator, closes it if nothing else references it.
func Dropped(t *Thread, p *Object) {
	o := *p
	*p = nil
	if g, ok := o.(*Generator); ok {
		o = nil
		dropGenerator(t, g)
	}
}

// DropValue is Dropped for a value already removed from where it was kept
// (a global deleted or rebound).
func DropValue(t *Thread, o Object) {
	if g, ok := o.(*Generator); ok {
		o = nil
		dropGenerator(t, g)
	}
}

// DelGlobalDrop is `del name` of a global: DelGlobal, then DropValue.
func DelGlobalDrop(t *Thread, g *Dict, name *Str) *BaseException {
	old := g.getStr(name)
	if exc := DelGlobal(g, name); exc != nil {
		return exc
	}
	if gen, ok := old.(*Generator); ok {
		old = nil
		dropGenerator(t, gen)
	}
	return nil
}

// StoreGlobalNone is `name = None` of a global: the old value is dropped.
func StoreGlobalNone(t *Thread, g *Dict, name *Str) {
	old := g.getStr(name)
	g.SetItemStr(name, None)
	if gen, ok := old.(*Generator); ok {
		old = nil
		dropGenerator(t, gen)
	}
}

//go:noinline
func dropGenerator(t *Thread, g *Generator) {
	g.mu.Lock()
	armed := g.finalID != 0 && !g.Done && !g.running
	g.mu.Unlock()
	if !armed {
		return
	}
	genFinal.mu.Lock()
	if genFinal.syncCount >= 20 && genFinal.syncCost > time.Since(genFinalStart)/10 {
		// Dropping generators in a loop: leave them to the finalizers
		// rather than spend more than a tenth of the run collecting.
		genFinal.mu.Unlock()
		return
	}
	genFinal.mu.Unlock()
	wp := weak.Make(g)
	g = nil
	collectGenerators(t, func() bool { return wp.Value() == nil })
}

// CollectGenerators is gc.collect()'s part: a full collection, then the
// abandoned generators it found are closed on the current thread.
func CollectGenerators(t *Thread) {
	collectGenerators(t, nil)
}

// collectGenerators runs a collection and closes, on t, the generators it
// found unreachable. gone (optional) says whether the one generator the
// caller dropped was among them; without any, there is nothing to wait for.
func collectGenerators(t *Thread, gone func() bool) {
	genFinal.mu.Lock()
	genFinal.syncWaiters++
	genFinal.mu.Unlock()
	start := time.Now()
	goruntime.GC()
	cost := time.Since(start)
	// The generators whose weak pointer the collection cleared are on their
	// way to the queue (their finalizers run on Go's finalizer goroutine).
	genFinal.mu.Lock()
	genFinal.syncCount++
	genFinal.syncCost += cost
	var want []uint64
	for id, wp := range genFinal.live {
		if wp.Value() == nil {
			want = append(want, id)
		}
	}
	if gone != nil && !gone() && len(want) == 0 {
		genFinal.syncWaiters--
		genFinal.cond.Broadcast()
		genFinal.mu.Unlock()
		return
	}
	deadline := time.Now().Add(2 * time.Second)
	for !genQueued(want) && time.Now().Before(deadline) {
		genFinal.mu.Unlock()
		time.Sleep(50 * time.Microsecond)
		genFinal.mu.Lock()
	}
	q := genFinal.queue
	genFinal.queue = nil
	genFinal.mu.Unlock()
	sort.Slice(q, func(i, j int) bool { return q[i].finalID < q[j].finalID })
	for _, g := range q {
		finalizeGenerator(t, g)
	}
	genFinal.mu.Lock()
	genFinal.syncWaiters--
	genFinal.cond.Broadcast()
	genFinal.mu.Unlock()
}

// genQueued reports whether every id in want has left the live table (its
// finalizer ran); genFinal.mu is held.
func genQueued(want []uint64) bool {
	for _, id := range want {
		if _, ok := genFinal.live[id]; ok {
			return false
		}
	}
	return true
}

// CloseLiveGenerators closes, at exit, the queued generators and then every
// armed generator still alive, oldest first.
func CloseLiveGenerators(t *Thread) {
	genFinal.mu.Lock()
	if len(genFinal.live) == 0 && len(genFinal.queue) == 0 {
		genFinal.mu.Unlock()
		return
	}
	genFinal.exiting = true
	q := genFinal.queue
	genFinal.queue = nil
	ids := make([]uint64, 0, len(genFinal.live))
	for id := range genFinal.live {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	for _, id := range ids {
		if g := genFinal.live[id].Value(); g != nil {
			q = append(q, g)
		}
	}
	genFinal.mu.Unlock()
	for _, g := range q {
		finalizeGenerator(t, g)
	}
}
