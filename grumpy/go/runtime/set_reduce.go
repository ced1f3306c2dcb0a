package runtime

// set.__reduce__ and frozenset.__reduce__ (set_reduce): (type(s),
// (list(s),), s.__dict__ or None), which copy, deepcopy and pickle use.
func init() {
	reduce := func(t *Thread, s *Set, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs(TypeOf(self).name+".__reduce__", "__reduce__", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		var state Object = None
		if d := dictOf(self); d != nil && TypeOf(self).hasDict {
			state = d
		}
		return NewTuple(TypeOf(self), NewTuple(NewList(s.Items()...)), state), nil
	}
	bothSets("__reduce__", reduce)
}
