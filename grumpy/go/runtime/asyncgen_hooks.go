package runtime

// sys.set_asyncgen_hooks at work (CPython's async_gen_init_hooks): the
// first __anext__()/asend()/athrow()/aclose() of an async generator calls
// the firstiter hook installed then (asyncio's loop records the generator
// for shutdown_asyncgens), and remembers the finalizer hook: an async
// generator dropped before it finished is handed to that finalizer (which
// schedules its aclose()) instead of being closed on the spot.

// initHooks runs once per async generator, before its first step.
func (g *Generator) initHooks(t *Thread) *BaseException {
	g.mu.Lock()
	if g.hooksInited {
		g.mu.Unlock()
		return nil
	}
	g.hooksInited = true
	g.mu.Unlock()
	asyncgenHooksMu.Lock()
	first, fin := asyncgenFirstiter, asyncgenFinalizer
	asyncgenHooksMu.Unlock()
	if fin != nil && fin != None {
		g.mu.Lock()
		g.agFinalizer = fin
		if g.finalID == 0 && !g.Done {
			g.armFinal()
		}
		g.mu.Unlock()
	}
	if first != nil && first != None {
		if _, exc := Call1(t, first, g); exc != nil {
			return exc
		}
	}
	return nil
}

// finalizeAsyncGen hands an abandoned async generator to its finalizer
// hook; false when it has none (it is then closed as a generator).
func finalizeAsyncGen(t *Thread, g *Generator) bool {
	g.mu.Lock()
	fin, done := g.agFinalizer, g.Done
	g.mu.Unlock()
	if fin == nil || g.kind != genAsync {
		return false
	}
	if !done {
		if _, exc := Call1(t, fin, g); exc != nil {
			WriteUnraisable(t, exc, g, "")
		}
	}
	return true
}
