package runtime

// typeTextSigs holds type.__text_signature__ of the builtin types that have
// one: CPython 3.11 derives it from the signature line of the type's internal
// tp_doc ("object()\n--\n\n..."), so only the types whose doc has one give a
// string. inspect.signature relies on object's "()" for every class that
// defines neither __init__ nor __new__. Filled in init (a package-level
// initializer naming the types would be an initialization cycle).
var typeTextSigs map[*Type]string

func init() {
	typeTextSigs = map[*Type]string{
		ObjectType:         "()",
		ComplexType:        "(real=0, imag=0)",
		EnumerateType:      "(iterable, start=0)",
		FloatType:          "(x=0, /)",
		ListType:           "(iterable=(), /)",
		TupleType:          "(iterable=(), /)",
		MemoryViewType:     "(object)",
		PropertyType:       "(fget=None, fset=None, fdel=None, doc=None)",
		ReversedType:       "(sequence, /)",
		CellType:           "([contents])",
		FunctionType:       "(code, globals, name=None, argdefs=None, closure=None)",
		MethodType:         "(function, instance, /)",
		ModuleType:         "(name, doc=None)",
		itStarmapType:      "(function, iterable, /)",
		itTeeType:          "(iterable, /)",
		itAccumulateType:   "(iterable, func=None, *, initial=None)",
		itCombinationsType: "(iterable, r)",
		itCwrType:          "(iterable, r)",
		itCompressType:     "(data, selectors)",
		itCountType:        "(start=0, step=1)",
		itCycleType:        "(iterable, /)",
		itDropwhileType:    "(predicate, iterable, /)",
		itFilterfalseType:  "(function, iterable, /)",
		itGroupbyType:      "(iterable, key=None)",
		itPairwiseType:     "(iterable, /)",
		itPermutationsType: "(iterable, r=None)",
		itTakewhileType:    "(predicate, iterable, /)",
	}
}

// typeTextSignature is type.__text_signature__ for typ.
func typeTextSignature(typ *Type) Object {
	if s, ok := typeTextSigs[typ]; ok && typ.builtin {
		return NewStr(s)
	}
	return None
}
