package runtime

import (
	goruntime "runtime"
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

// SetCloseOnDrop marks a generator whose body has try or with blocks: it is
// armed for finalization when it first suspends.
func (g *Generator) SetCloseOnDrop() { g.closeOnDrop = true }

// armFinal registers g for closing when it is dropped; g.mu is held.
func (g *Generator) armFinal() {
	final.mu.Lock()
	g.finalID = finalRegister(g)
	final.mu.Unlock()
	goruntime.SetFinalizer(g, genFinalized)
}

// disarmFinal forgets a finished generator; g.mu is held.
func (g *Generator) disarmFinal() {
	final.mu.Lock()
	delete(final.live, g.finalID)
	final.mu.Unlock()
	g.finalID = 0
	goruntime.SetFinalizer(g, nil)
}

// genFinalized is the Go finalizer of an armed generator.
func genFinalized(g *Generator) {
	final.mu.Lock()
	finalQueue(g.finalID, g)
	final.mu.Unlock()
}

// finalizeGenerator closes an abandoned generator as CPython's
// _PyGen_Finalize: an exception from close() is unraisable.
func finalizeGenerator(t *Thread, g *Generator) {
	g.mu.Lock()
	unawaited := g.kind == genCoroutine && !g.Done && g.State == 0 && !g.running
	skip := g.Done || g.State == 0 || g.running
	g.mu.Unlock()
	if unawaited {
		warnUnawaitedCoroutine(t, g) // coroutine_unawaited.go
		return
	}
	if finalizeAsyncGen(t, g) { // asyncgen_hooks.go
		return
	}
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


// dropGenerator closes g now if it is armed and nothing else references it
// (g is the caller's only reference).
//
//go:noinline
func dropGenerator(t *Thread, g *Generator) {
	g.mu.Lock()
	armed := g.finalID != 0 && !g.Done && !g.running
	nursed := g.closeOnDrop && g.finalID == 0 && !g.Done && !g.running && g.State != 0 && g.kind != genAsync
	g.mu.Unlock()
	if nursed {
		// Suspended recently: in the nursery, which keeps it reachable
		// (generator_nursery.go).
		flushSuspendNursery()
		g.mu.Lock()
		armed = g.finalID != 0 && !g.Done && !g.running
		g.mu.Unlock()
	}
	if !armed {
		return
	}
	var o Object = g
	g = nil
	dropArmed(t, o)
}

// CloseLiveGenerators is FinalizeAtExit (finalize.go): at exit, the queued
// generators and objects with __del__, then every armed one still alive.
func CloseLiveGenerators(t *Thread) { FinalizeAtExit(t) }
