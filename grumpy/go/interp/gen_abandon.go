package interp

import rt "grumpy/runtime"

// Abandoned generators. An exec'd generator's body runs as an iter.Pull
// coroutine; when the generator object is collected, the pullHandle's
// finalizer stops the coroutine so its goroutine exits: the pending yield
// returns GeneratorExit (the body's finally blocks and except clauses
// run, as at CPython's gen.close() on deallocation). A body that yields
// again after that (ignoring GeneratorExit) cannot be suspended any more:
// it is unwound by a panic that the stopping goroutine recovers.

type genAbandonedPanic struct{}

// abandon is what a yield returns once the generator has been dropped.
func (gs *genState) abandon(fr *frame) *rt.BaseException {
	fr.t = gs.t
	if gs.exited {
		panic(genAbandonedPanic{})
	}
	gs.exited = true
	return rt.NewException(rt.GeneratorExitType)
}

// stopAbandoned finishes a collected generator's coroutine on a goroutine
// of its own (with a fresh thread state), so Python code in its cleanup
// never holds up the runtime's finalizer goroutine.
func stopAbandoned(h *pullHandle) {
	go func() {
		defer func() {
			if r := recover(); r != nil {
				if _, ok := r.(genAbandonedPanic); !ok {
					panic(r)
				}
			}
		}()
		h.gs.t = rt.NewThread()
		h.stop()
	}()
}
