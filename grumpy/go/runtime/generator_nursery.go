package runtime

import "sync"

// Deferred arming of suspended generators (generator_final.go).
//
// A generator or coroutine whose body has a try or with block is armed for
// closing when it suspends: a Go finalizer, a weak pointer and an entry in
// the live table, undone again when it finishes. Most such suspensions are
// short: asyncio.sleep(0) is a coroutine with a try block that suspends
// once per call and finishes at the next step of its task, and arming it
// cost about a twentieth of a `await asyncio.sleep(0)` loop. So a
// suspending generator goes to a nursery instead (as new coroutines do,
// coroutine_unawaited.go): when the nursery fills up, and before anything
// looks for abandoned generators (gc.collect(), the exit's finalization,
// the drop of a generator by `del`/`= None`), the generators in it that are
// still suspended are armed, the others forgotten. The nursery keeps its
// generators reachable, so a generator abandoned right after suspending is
// closed by the background finalizer at the latest after 256 more
// suspensions (it was already "later, at no predictable point").

const suspendNurserySize = 256

var suspendNursery struct {
	mu   sync.Mutex
	gens []*Generator
}

// suspendNurseryAdd puts a generator that just suspended, not yet armed, in
// the nursery; g.mu is held (the nursery never locks a generator while
// holding its own lock, and arms the full batch after releasing it).
func suspendNurseryAdd(g *Generator) []*Generator {
	suspendNursery.mu.Lock()
	defer suspendNursery.mu.Unlock()
	if suspendNursery.gens == nil {
		suspendNursery.gens = make([]*Generator, 0, suspendNurserySize)
	}
	suspendNursery.gens = append(suspendNursery.gens, g)
	if len(suspendNursery.gens) < suspendNurserySize {
		return nil
	}
	full := suspendNursery.gens
	suspendNursery.gens = make([]*Generator, 0, suspendNurserySize)
	return full
}

// armSuspended arms the generators of a batch that are still suspended.
// No generator lock is held.
func armSuspended(gens []*Generator) {
	for i, g := range gens {
		g.mu.Lock()
		if g.closeOnDrop && g.finalID == 0 && !g.Done && !g.running && g.kind != genAsync {
			g.armFinal()
		}
		g.mu.Unlock()
		gens[i] = nil
	}
}

// flushSuspendNursery arms the suspended generators of the nursery now.
func flushSuspendNursery() {
	suspendNursery.mu.Lock()
	gens := suspendNursery.gens
	suspendNursery.gens = nil
	suspendNursery.mu.Unlock()
	armSuspended(gens)
}
