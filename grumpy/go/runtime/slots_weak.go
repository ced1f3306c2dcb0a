package runtime

// mayAddWeakSlot is CPython's may_add_weak for a class being created with
// __slots__: '__weakref__' may be listed only when the class's best base
// has no weak reference slot yet and is not variable-sized.
func mayAddWeakSlot(cls *Type) bool {
	b := bestBase(cls)
	if b == nil {
		return true
	}
	for _, v := range []*Type{IntType, BytesType, TupleType} {
		if b.IsSubtype(v) {
			return false
		}
	}
	return !weakrefableType(b)
}
