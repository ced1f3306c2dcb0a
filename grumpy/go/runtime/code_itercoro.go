package runtime

import "sync"

// CO_ITERABLE_COROUTINE (what types.coroutine sets with
// func.__code__ = co.replace(co_flags=co.co_flags | 0x100)): the code
// objects so marked, and the compiled code they were copied from, whose
// generators may then be awaited.

const coIterableCoroutine = 0x100

var iterCoroCodes sync.Map // *Code -> struct{}

func markIterableCoroutine(orig, repl *Code) {
	iterCoroCodes.Store(orig, struct{}{})
	iterCoroCodes.Store(repl, struct{}{})
}

func isIterableCoroutineCode(c *Code) bool {
	_, ok := iterCoroCodes.Load(c)
	return ok
}

func isIterableCoroutineGen(g *Generator) bool {
	return g.kind == genPlain && isIterableCoroutineCode(g.frame.code)
}
