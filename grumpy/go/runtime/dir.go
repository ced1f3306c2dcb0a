package runtime

// objectDir is object.__dir__ / type.__dir__: the sorted attribute names of
// the instance dict and the class hierarchy.
func objectDir(t *Thread, o Object) (Object, *BaseException) {
	seen := map[string]bool{}
	add := func(d *Dict) {
		if d == nil {
			return
		}
		for _, k := range d.Keys() {
			if s, ok := k.(*Str); ok {
				seen[s.s] = true
			}
		}
	}
	if ty, ok := o.(*Type); ok {
		for _, m := range ty.mro {
			add(m.dict)
		}
	} else {
		add(dictOf(o))
		if m, ok := o.(*Method); ok {
			// a bound method's __dict__ is its function's
			add(dictOf(m.Fn))
		}
		for _, m := range TypeOf(o).mro {
			add(m.dict)
		}
	}
	names := make([]string, 0, len(seen))
	for n := range seen {
		names = append(names, n)
	}
	sortStrings(names)
	items := make([]Object, len(names))
	for i, n := range names {
		items[i] = NewStr(n)
	}
	return NewList(items...), nil
}
