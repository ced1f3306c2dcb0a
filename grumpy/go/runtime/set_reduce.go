package runtime

// set.__reduce__ and frozenset.__reduce__ (set_reduce): (type(s),
// (list(s),), state), state being what object.__getstate__ gives (the
// instance dict and any __slots__ values of a subclass, or None); copy,
// deepcopy and pickle use it.
func init() {
	reduce := func(t *Thread, s *Set, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs(TypeOf(self).name+".__reduce__", "__reduce__", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		state, exc := objectGetStateCall(t, self, false)
		if exc != nil {
			return nil, exc
		}
		return NewTuple(TypeOf(self), NewTuple(NewList(s.Items()...)), state), nil
	}
	bothSets("__reduce__", reduce)
}
