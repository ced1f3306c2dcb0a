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
		// As CPython's object.__dir__: the names in whatever __dict__ and
		// __class__ the object reports (either may fail or lie, which
		// only leaves its names out).
		if d, exc := GetAttr(t, o, strDict); exc == nil {
			if dd, ok := d.(*Dict); ok {
				add(dd)
			}
		} else if !exc.IsInstanceOf(ExceptionType) {
			return nil, exc
		}
		if m, ok := o.(*Method); ok {
			// a bound method's __dict__ is its function's
			add(dictOf(m.Fn))
		}
		if c, exc := GetAttr(t, o, strClass); exc == nil {
			if ty, ok := c.(*Type); ok {
				for _, m := range ty.mro {
					add(m.dict)
				}
			}
		} else if !exc.IsInstanceOf(ExceptionType) {
			return nil, exc
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
