package runtime

// ItemEq is one step of `(a0, a1) == (b0, b1)` between two tuple displays,
// which compiled code evaluates without building either tuple: the items
// are compared as tuple comparison compares them (PyObject_RichCompareBool:
// identity first, then == and its truth), and the first unequal pair
// decides. The tuples would be garbage the moment the comparison ends;
// dataclass-style __eq__ methods compare such displays on every call.
func ItemEq(t *Thread, a, b Object) (bool, *BaseException) {
	if Is(a, b) {
		return true, nil
	}
	return CompareBool(t, CmpEQ, a, b)
}
