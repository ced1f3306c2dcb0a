package runtime

// ANextIter is one `async for` step: anext(it), awaited. An __anext__
// result that is not awaitable fails as CPython's GET_ANEXT does.
func ANextIter(t *Thread, it Object) (Object, *BaseException) {
	aw, exc := ANext(t, it)
	if exc != nil {
		return nil, exc
	}
	r, exc := AwaitIter(t, aw)
	if exc != nil {
		// Any failure to get the awaitable's iterator (an __await__ that
		// raises included) is reported from its cause, as GET_ANEXT.
		e := Errorf(TypeErrorType, "'async for' received an invalid object from __anext__: %s", TypeOf(aw).name)
		e.cause, e.context, e.suppressContext = exc, exc, true
		return nil, e
	}
	return r, exc
}

func isAwaitable(o Object) bool {
	if g, ok := o.(*Generator); ok && (g.kind == genCoroutine || isIterableCoroutineGen(g)) {
		return true
	}
	return TypeOf(o).lookup(InternStr("__await__")) != nil
}
