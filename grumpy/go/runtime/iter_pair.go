package runtime

// Next2 is one step of `for a, b in it:`. The pair is unpacked straight
// away, so when the iterator is enumerate or a dict's items() the tuple
// CPython would build (and reuse, thanks to its refcount) is never made.
// Any other iterator yields an item that is unpacked as usual. a is nil
// when the iterator is exhausted.
func Next2(t *Thread, it Object) (a, b Object, exc *BaseException) {
	switch x := it.(type) {
	case *enumerateIter:
		v, exc := Next(t, x.it)
		if v == nil || exc != nil {
			return nil, nil, exc
		}
		return x.advance(), v, nil
	case *dictIter:
		if x.kind == dictKindItems {
			e, exc := x.nextEntry()
			if e.key == nil || exc != nil {
				return nil, nil, exc
			}
			return e.key, e.value, nil
		}
	}
	v, exc := Next(t, it)
	if v == nil || exc != nil {
		return nil, nil, exc
	}
	items, exc := Unpack(t, v, 2)
	if exc != nil {
		return nil, nil, exc
	}
	return items[0], items[1], nil
}
