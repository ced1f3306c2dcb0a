package runtime

import "sync"

// Coroutines that were never awaited, and where coroutines were created.
//
// CPython's _PyGen_Finalize warns, instead of closing, when the coroutine it
// finalizes never started: "coroutine 'f' was never awaited"
// (RuntimeWarning). The warning goes through warnings._warn_unawaited_coroutine
// (which adds the cr_origin lines) when the warnings module has it, else it
// is issued directly; an exception from either (say the warning filters turn
// the warning into an error) goes to sys.unraisablehook with the coroutine
// as the object. A dropped, never-started coroutine is reported by
// gc.collect() or the background finalizer (generator_final.go), and by
// frame.clear() of its cr_frame.
//
// Arming every coroutine for finalization when it is made would double the
// cost of the common `await f()` (SetFinalizer, weak pointer, live table),
// so a new coroutine goes to a nursery instead: when the nursery fills up,
// and before gc.collect() and the exit's finalization look for abandoned
// objects, the coroutines in it that still have not started are armed, the
// others forgotten. A coroutine dropped unstarted is thus reported at the
// latest after 256 more coroutines were made, or by the next gc.collect().
//
// cr_origin (sys.set_coroutine_origin_tracking_depth(n), n > 0): the
// (filename, lineno, function) of the n innermost frames that made the
// coroutine, innermost first.

var strWarnUnawaited = InternStr("_warn_unawaited_coroutine")

const coroNurserySize = 256

var coroNursery struct {
	mu   sync.Mutex
	gens []*Generator
}

// nurseryAdd puts a new coroutine in the nursery.
func nurseryAdd(g *Generator) {
	coroNursery.mu.Lock()
	if coroNursery.gens == nil {
		coroNursery.gens = make([]*Generator, 0, coroNurserySize)
	}
	coroNursery.gens = append(coroNursery.gens, g)
	var full []*Generator
	if len(coroNursery.gens) >= coroNurserySize {
		full = coroNursery.gens
		coroNursery.gens = make([]*Generator, 0, coroNurserySize)
	}
	coroNursery.mu.Unlock()
	if full != nil {
		armUnstarted(full)
	}
}

// FlushCoroutineNursery arms the coroutines of the nursery that have not
// started (gc.collect() and the exit's finalization call it first).
func FlushCoroutineNursery() {
	flushSuspendNursery() // generator_nursery.go
	coroNursery.mu.Lock()
	gens := coroNursery.gens
	coroNursery.gens = nil
	coroNursery.mu.Unlock()
	armUnstarted(gens)
}

func armUnstarted(gens []*Generator) {
	for i, g := range gens {
		g.mu.Lock()
		if !g.Done && g.State == 0 && !g.running && g.finalID == 0 {
			g.armFinal()
		}
		g.mu.Unlock()
		gens[i] = nil
	}
}

// warnUnawaitedCoroutine is CPython's _PyErr_WarnUnawaitedCoroutine.
func warnUnawaitedCoroutine(t *Thread, g *Generator) {
	g.mu.Lock()
	g.Done = true
	g.mu.Unlock()
	warned := false
	if w, exc := ImportModule(t, "warnings"); exc == nil {
		if fn, exc := GetAttr(t, w, strWarnUnawaited); exc == nil {
			_, exc := Call(t, fn, []Object{g}, nil)
			if exc == nil || exc.IsInstanceOf(RuntimeWarningType) {
				warned = true
			}
			if exc != nil {
				WriteUnraisable(t, exc, g, "")
			}
		}
	}
	if !warned {
		msg := sprintf("coroutine '%s' was never awaited", g.genName(true).s)
		if exc := warnCategory(t, RuntimeWarningType, msg, 1); exc != nil {
			WriteUnraisable(t, exc, g, "")
		}
	}
}

// Created finishes a generator (coroutine, async generator) made by calling
// its function fn on t: its names from fn (NameFromFunction) and, for a
// coroutine while origin tracking is on, its cr_origin. It returns g.
func (g *Generator) Created(t *Thread, fn *Function) *Generator {
	g.NameFromFunction(fn)
	if g.kind == genCoroutine {
		nurseryAdd(g)
		if depth := coroOriginDepth.Load(); depth > 0 && t != nil {
			g.origin = coroOrigin(t.frame, depth)
		}
	}
	return g
}

// coroOrigin is CPython's compute_cr_origin: up to depth frames from f
// outwards.
func coroOrigin(f *Frame, depth int64) Object {
	var items []Object
	for ; f != nil && int64(len(items)) < depth; f = f.back {
		var file, name Object = None, None
		if f.code != nil {
			file, name = NewStr(f.code.Filename), NewStr(f.code.Name)
		}
		items = append(items, NewTuple(file, MakeInt(int64(f.Lineno())), name))
	}
	return NewTuple(items...)
}

// crOrigin is cr_origin.
func (g *Generator) crOrigin() Object {
	if g.origin == nil {
		return None
	}
	return g.origin
}
