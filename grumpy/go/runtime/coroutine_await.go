package runtime

// AwaitIterFrom is AwaitIter for the awaitables `async with` gets from
// __aenter__ (from=1) and __aexit__ (from=2): an object without __await__
// gets CPython's message naming the method (ceval's format_awaitable_error).
func AwaitIterFrom(t *Thread, v Object, from int) (Object, *BaseException) {
	if _, ok := v.(*Generator); !ok && TypeOf(v).lookup(InternStr("__await__")) == nil {
		name := "__aenter__"
		if from == 2 {
			name = "__aexit__"
		}
		return nil, Errorf(TypeErrorType, "'async with' received an object from %s that does not implement __await__: %s", name, TypeOf(v).name)
	}
	return AwaitIter(t, v)
}

// YieldFromIter is `yield from v` in generator gg (CPython's
// GET_YIELD_FROM_ITER): a coroutine may only be delegated to from a
// coroutine or a types.coroutine generator.
func YieldFromIter(t *Thread, gg *Generator, v Object) (Object, *BaseException) {
	if g, ok := v.(*Generator); ok && g.kind == genCoroutine {
		if gg.kind == genCoroutine || isIterableCoroutineGen(gg) {
			return v, nil
		}
		return nil, NewError(TypeErrorType, "cannot 'yield from' a coroutine object in a non-coroutine generator")
	}
	return Iter(t, v)
}

// YieldFromIterFrame is YieldFromIter for exec'd generators (package
// interp), which know their frame rather than their generator.
func YieldFromIterFrame(t *Thread, f *Frame, v Object) (Object, *BaseException) {
	if g, ok := v.(*Generator); ok && g.kind == genCoroutine {
		if f != nil && f.code != nil && (f.code.Coroutine || isIterableCoroutineCode(f.code)) {
			return v, nil
		}
		return nil, NewError(TypeErrorType, "cannot 'yield from' a coroutine object in a non-coroutine generator")
	}
	return Iter(t, v)
}
