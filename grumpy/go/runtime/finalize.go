package runtime

import (
	"reflect"
	goruntime "runtime"
	"sort"
	"sync"
	"time"
	"unsafe"
	"weak"
)

// Finalization: `__del__` (CPython's tp_finalize, PEP 442) and the closing of
// abandoned generators (generator_final.go) share one machinery.
//
// Go has no reference counts, so an object is finalized when Go's collector
// finds it unreachable. The objects concerned are "armed": an instance of a
// class whose MRO defines __del__ when it is created (its type's flagHasDel,
// checked at allocation, so classes without __del__ pay nothing), and a
// suspended generator whose body has try/with blocks. An armed object gets a
// Go finalizer that queues it; the queue is run
//
//   - synchronously by gc.collect() on the calling thread: a collection, a
//     wait until every armed object the collection found unreachable has
//     been queued, then their finalization, oldest first; repeated while
//     that finalized something, so that a chain of objects with __del__
//     (each keeping the next alive until its own finalizer ran) is finalized
//     in one call, outermost first, as CPython's reference counting does;
//   - synchronously at the points where CPython programs drop a reference on
//     purpose — `del name`, `name = None`, a `for` loop left by break — when
//     the dropped object is armed (Dropped/DropValue): the same collection,
//     rate-limited so that it costs at most about a tenth of the run time;
//   - in the background otherwise, on a finalizer thread of its own;
//   - at exit, after the atexit callbacks: every armed object still alive,
//     oldest first (CPython's module teardown drops them).
//
// __del__ runs once per object (PEP 442): a resurrected object is not armed
// again, and gc.is_finalized reports it. An exception from __del__ goes to
// sys.unraisablehook ("Exception ignored in: <function C.__del__ ...>").
//
// Limitation: Go never runs the finalizer of an object reachable from itself
// (a cycle through the instance, `self.me = self`); such an object is
// finalized at exit only. Objects merely reachable from cyclic garbage are
// finalized normally.

type finalState struct {
	mu   sync.Mutex
	cond *sync.Cond
	// live maps each armed object's id (allocation order) to a weak pointer
	// to it and its interface type word.
	live map[uint64]finalLive
	// byAddr maps the address of each armed object other than a generator
	// to its id (generators keep theirs in finalID).
	byAddr map[uintptr]uint64
	// finalized holds the addresses of objects whose __del__ ran (true) or
	// runs (false), and which are still alive (gc.is_finalized).
	finalized map[uintptr]bool
	// queue holds the objects whose Go finalizer ran, not yet finalized.
	queue []finalItem
	// syncWaiters counts threads finalizing queued objects themselves; the
	// background finalizer leaves the queue to them meanwhile.
	syncWaiters int
	nextID      uint64
	started     bool
	exiting     bool
	// syncCount/syncCost rate-limit the synchronous collections of Dropped.
	syncCount int
	syncCost  time.Duration
}

var final finalState

type finalLive struct {
	wp  weak.Pointer[byte]
	tab unsafe.Pointer
}

type finalItem struct {
	id  uint64
	obj Object
}

// finalStart is when the process started (for the rate limit).
var finalStart = time.Now()

var strDel = InternStr("__del__")

func init() {
	final.cond = sync.NewCond(&final.mu)
	final.live = map[uint64]finalLive{}
	final.byAddr = map[uintptr]uint64{}
	final.finalized = map[uintptr]bool{}
	finalizerLoop = finalizerThread
}

// finalizerLoop is finalizerThread (a variable: package initialisation
// would otherwise see a cycle through class calls).
var finalizerLoop func()

// ifaceWords is the layout of an interface value.
type ifaceWords struct {
	tab, data unsafe.Pointer
}

func ifaceOf(o Object) ifaceWords { return *(*ifaceWords)(unsafe.Pointer(&o)) }

func objectOf(w ifaceWords) Object { return *(*Object)(unsafe.Pointer(&w)) }

// finalRegister adds o (a pointer-shaped object) to the live table and
// starts the background finalizer; final.mu is held.
func finalRegister(o Object) uint64 {
	w := ifaceOf(o)
	final.nextID++
	id := final.nextID
	final.live[id] = finalLive{wp: weak.Make((*byte)(w.data)), tab: w.tab}
	if !final.started {
		final.started = true
		go finalizerLoop()
	}
	return id
}

// finalQueue is the Go finalizer's part: it moves an object from the live
// table to the queue; final.mu is held.
func finalQueue(id uint64, o Object) {
	delete(final.live, id)
	final.queue = append(final.queue, finalItem{id, o})
	final.cond.Broadcast()
}

// HasDel reports whether instances of typ are finalized by __del__.
func (t *Type) HasDel() bool { return t.typeFlags()&flagHasDel != 0 }

// ArmDel arms o, just created, for finalization when its class (or a base)
// defines __del__. Idempotent.
func ArmDel(o Object) {
	if TypeOf(o).typeFlags()&flagHasDel == 0 {
		return
	}
	armDel(o)
}

func armDel(o Object) {
	if _, ok := o.(*Generator); ok {
		return
	}
	if rt := reflect.TypeOf(o); rt == nil || rt.Kind() != reflect.Pointer {
		return
	}
	addr := uintptr(ifaceOf(o).data)
	if addr == 0 {
		return
	}
	final.mu.Lock()
	if _, ok := final.byAddr[addr]; ok {
		final.mu.Unlock()
		return
	}
	// o is new: a mark at its address is a freed object's, whose cleanup
	// has not run yet.
	delete(final.finalized, addr)
	final.byAddr[addr] = finalRegister(o)
	final.mu.Unlock()
	goruntime.SetFinalizer(o, delFinalized)
}

// delFinalized is the Go finalizer of an armed object.
func delFinalized(o Object) {
	addr := uintptr(ifaceOf(o).data)
	final.mu.Lock()
	id, ok := final.byAddr[addr]
	if ok {
		delete(final.byAddr, addr)
		finalQueue(id, o)
	}
	final.mu.Unlock()
}

// delArmed reports whether o is armed and not yet finalized.
func delArmed(o Object) bool {
	addr := uintptr(ifaceOf(o).data)
	final.mu.Lock()
	_, ok := final.byAddr[addr]
	final.mu.Unlock()
	return ok
}

// IsFinalized is gc.is_finalized(o).
func IsFinalized(o Object) bool {
	if rt := reflect.TypeOf(o); rt == nil || rt.Kind() != reflect.Pointer {
		return false
	}
	final.mu.Lock()
	done := final.finalized[uintptr(ifaceOf(o).data)]
	final.mu.Unlock()
	return done
}

// runDel calls o's __del__ once (slot_tp_finalize).
func runDel(t *Thread, o Object) {
	w := ifaceOf(o)
	addr := uintptr(w.data)
	final.mu.Lock()
	if _, ok := final.finalized[addr]; ok {
		final.mu.Unlock()
		return
	}
	final.finalized[addr] = false
	final.mu.Unlock()
	// Forget the mark when the object is freed (its address may be reused).
	goruntime.AddCleanup((*byte)(w.data), finalForget, addr)
	typ := TypeOf(o)
	del := typ.lookup(strDel)
	if del != nil {
		handled := t.HandlerDepth()
		frame := t.frame
		_, exc := callSpecialMethod(t, del, o, typ, nil, nil)
		t.RestoreHandlers(handled)
		t.frame = frame
		if exc != nil {
			WriteUnraisable(t, exc, del, "")
		}
	}
	// Marked once __del__ returned, as PyObject_CallFinalizer does.
	final.mu.Lock()
	if _, ok := final.finalized[addr]; ok {
		final.finalized[addr] = true
	}
	final.mu.Unlock()
}

func finalForget(addr uintptr) {
	final.mu.Lock()
	delete(final.finalized, addr)
	final.mu.Unlock()
}

// runFinal finalizes one queued object.
func runFinal(t *Thread, o Object) {
	if g, ok := o.(*Generator); ok {
		finalizeGenerator(t, g)
		return
	}
	runDel(t, o)
}

// finalizerThread finalizes queued objects on a thread of its own, except
// while some thread is finalizing them synchronously.
func finalizerThread() {
	t := NewPythonThread()
	for {
		final.mu.Lock()
		for len(final.queue) == 0 || final.syncWaiters > 0 || final.exiting {
			final.cond.Wait()
		}
		q := final.queue
		final.queue = nil
		final.mu.Unlock()
		sortFinal(q)
		for _, it := range q {
			runFinal(t, it.obj)
		}
	}
}

func sortFinal(q []finalItem) {
	sort.Slice(q, func(i, j int) bool { return q[i].id < q[j].id })
}

// dropArmed is what Dropped does with an armed object: unless the rate
// limit says otherwise, a collection, and the object finalized at once if
// nothing else referenced it. o is the caller's only reference.
//
//go:noinline
func dropArmed(t *Thread, o Object) {
	final.mu.Lock()
	if final.syncCount >= 20 && final.syncCost > time.Since(finalStart)/10+2*time.Second {
		// Dropping objects in a loop: leave them to the finalizers rather
		// than spend more than a tenth of the run collecting (beyond a
		// first two seconds).
		final.mu.Unlock()
		return
	}
	final.mu.Unlock()
	kind := dropKind(t, o) // finalize_backoff.go
	if dropSkip(kind) {
		return
	}
	wp := weak.Make((*byte)(ifaceOf(o).data))
	o = nil
	gone := true
	collectFinal(t, func() bool { gone = wp.Value() == nil; return gone }, 1000)
	dropRecord(kind, gone)
}

// CollectFinal is gc.collect()'s part: collections, and the armed objects
// they found unreachable finalized on the current thread. It returns how
// many objects were finalized.
func CollectFinal(t *Thread) int {
	return collectFinal(t, nil, 1000)
}

// CollectGenerators is CollectFinal (its former name).
func CollectGenerators(t *Thread) { CollectFinal(t) }

// collectFinal runs up to rounds collections, each followed by the
// finalization on t of what it found unreachable, while they find some. gone
// (optional) says whether the one object the caller dropped was found
// unreachable; without it, there is nothing to wait for.
func collectFinal(t *Thread, gone func() bool, rounds int) int {
	FlushCoroutineNursery() // coroutine_unawaited.go
	final.mu.Lock()
	final.syncWaiters++
	final.mu.Unlock()
	n := 0
	idle := 0
	deadline := time.Now().Add(5 * time.Second)
	for round := 0; round < rounds; round++ {
		// Go's finalizer goroutine keeps the last object it passed to a
		// finalizer reachable (in its saved argument registers) until it
		// runs the next one: a dummy finalizer run after the real ones
		// releases it, so that what that object referenced can be found
		// unreachable by the next round.
		flushed := armFinalFlush()
		start := time.Now()
		goruntime.GC()
		cost := time.Since(start)
		// The armed objects whose weak pointer the collection cleared are on
		// their way to the queue (finalizers run on Go's finalizer goroutine).
		final.mu.Lock()
		if gone != nil {
			// Only the collections of Dropped count against its rate limit.
			final.syncCount++
			final.syncCost += cost
		}
		var want []uint64
		for id, l := range final.live {
			if l.wp.Value() == nil {
				want = append(want, id)
			}
		}
		if round == 0 && gone != nil && !gone() && len(want) == 0 {
			final.mu.Unlock()
			break
		}
		if len(want) == 0 && len(final.queue) == 0 {
			// Nothing found: once more after the dummy finalizer ran (it was
			// the only one), in case the last object finalized was held.
			final.mu.Unlock()
			idle++
			if idle >= 2 || n == 0 || final.liveCount() == 0 {
				break
			}
			select {
			case <-flushed:
			case <-time.After(100 * time.Millisecond):
			}
			continue
		}
		idle = 0
		wait := time.Now().Add(2 * time.Second)
		for !finalQueued(want) && time.Now().Before(wait) {
			final.mu.Unlock()
			time.Sleep(50 * time.Microsecond)
			final.mu.Lock()
		}
		q := final.queue
		final.queue = nil
		final.mu.Unlock()
		sortFinal(q)
		for _, it := range q {
			runFinal(t, it.obj)
		}
		n += len(q)
		q = nil
		if final.liveCount() == 0 || time.Now().After(deadline) {
			break
		}
	}
	final.mu.Lock()
	final.syncWaiters--
	final.cond.Broadcast()
	final.mu.Unlock()
	return n
}

// liveCount is how many objects are armed.
func (f *finalState) liveCount() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.live)
}

type finalFlush struct{ done chan struct{} }

// armFinalFlush makes a garbage object whose finalizer closes the channel
// returned.
//
//go:noinline
func armFinalFlush() chan struct{} {
	f := &finalFlush{done: make(chan struct{})}
	goruntime.SetFinalizer(f, func(f *finalFlush) { close(f.done) })
	return f.done
}

// finalQueued reports whether every id in want has left the live table (its
// finalizer ran); final.mu is held.
func finalQueued(want []uint64) bool {
	for _, id := range want {
		if _, ok := final.live[id]; ok {
			return false
		}
	}
	return true
}

// FinalizeAtExit finalizes, at exit, the queued objects and then every armed
// object still alive, oldest first.
func FinalizeAtExit(t *Thread) {
	FlushCoroutineNursery() // coroutine_unawaited.go
	final.mu.Lock()
	if len(final.live) == 0 && len(final.queue) == 0 {
		final.mu.Unlock()
		return
	}
	final.exiting = true
	q := final.queue
	final.queue = nil
	ids := make([]uint64, 0, len(final.live))
	for id := range final.live {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	sortFinal(q)
	for _, id := range ids {
		l := final.live[id]
		if p := l.wp.Value(); p != nil {
			q = append(q, finalItem{id, objectOf(ifaceWords{l.tab, unsafe.Pointer(p)})})
		}
	}
	final.mu.Unlock()
	for _, it := range q {
		runFinal(t, it.obj)
	}
}

// Dropped is compiled for `del name` and `name = None` of a local variable
// (p points at it): it clears the variable and, when the value was armed (a
// suspended generator to close, an object with __del__), finalizes it at once
// if nothing else references it.
func Dropped(t *Thread, p *Object) {
	o := *p
	*p = nil
	if o != nil {
		dropValue(t, o)
	}
}

// DropValue is Dropped for a value already removed from where it was kept
// (a global deleted or rebound).
func DropValue(t *Thread, o Object) {
	if o != nil {
		dropValue(t, o)
	}
}

//go:noinline
func dropValue(t *Thread, o Object) {
	if g, ok := o.(*Generator); ok {
		o = nil
		dropGenerator(t, g)
		return
	}
	if TypeOf(o).typeFlags()&flagHasDel == 0 || !delArmed(o) {
		return
	}
	dropArmed(t, o)
}

// DelGlobalDrop is `del name` of a global: DelGlobal, then DropValue.
func DelGlobalDrop(t *Thread, g *Dict, name *Str) *BaseException {
	old := g.getStr(name)
	if exc := DelGlobal(g, name); exc != nil {
		return exc
	}
	if old != nil {
		dropValue(t, old)
	}
	return nil
}

// StoreGlobalNone is `name = None` of a global: the old value is dropped.
func StoreGlobalNone(t *Thread, g *Dict, name *Str) {
	old := g.getStr(name)
	g.SetItemStr(name, None)
	if old != nil {
		dropValue(t, old)
	}
}

// noopDels are the __del__ methods of builtin types that exist only so
// that subclasses can call super().__del__() (io's IOBase, socket,
// scandir's iterator): a class inheriting one of them is not armed. An
// armed object in a reference cycle with other objects is never collected
// (Go does not finalize cycles), so arming costs more than a finalizer.
var noopDels = map[Object]bool{}

// defNoopDel gives a builtin type a __del__ that does nothing.
func defNoopDel(typ *Type) {
	DefMethod(typ, "__del__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return None, nil
	})
	noopDels[typ.dict.GetStr("__del__")] = true
}
