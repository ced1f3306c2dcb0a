package runtime

// NameFromFunction gives a new generator (coroutine, async generator) the
// __name__ and __qualname__ its function has when called, as CPython does
// (they may have been reassigned since the def). It returns g.
func (g *Generator) NameFromFunction(fn *Function) *Generator {
	if fn == nil {
		return g
	}
	fn.mu.Lock()
	name, qual := fn.name, fn.qualname
	fn.mu.Unlock()
	if name != nil {
		g.name = name
	}
	if qual != nil {
		g.qualname = qual
	}
	return g
}
