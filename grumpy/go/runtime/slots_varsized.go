package runtime

// varSizedBase returns the base of cls that CPython lays out with a variable
// item size (int, bytes, tuple, type and their subclasses), for which a class
// may not add nonempty __slots__; nil when there is none.
func varSizedBase(cls *Type) *Type {
	for _, b := range cls.bases {
		for _, v := range []*Type{IntType, BytesType, TupleType, TypeType} {
			if b.IsSubtype(v) {
				return b
			}
		}
	}
	return nil
}
