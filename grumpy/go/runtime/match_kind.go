package runtime

import "sync"

// The collection kind the match statement sees in a class (CPython's
// Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING): a class takes the kind of the
// first class in its MRO that has one, so under multiple inheritance the
// MRO order decides (class M(UserDict, Sequence) is a mapping). Builtin
// sequences and mappings have theirs; an ABC gets one from its
// __abc_tpflags__ (collections.abc.Sequence, Mapping), recorded when
// _abc_init removes the marker.

const (
	kindNone = iota
	kindSequence
	kindMapping
)

// abcTpFlags maps a class (*Type) to the collection kind its
// __abc_tpflags__ gave it (an ABC), or the last registration with an ABC
// that has a kind gave it (as CPython's _abc_register, which overrides).
var abcTpFlags sync.Map

// noteAbcTpFlags records the kind flags (1<<5 sequence, 1<<6 mapping) of
// an ABC's __abc_tpflags__.
func noteAbcTpFlags(typ *Type, flags int64) {
	switch {
	case flags&(1<<5) != 0:
		abcTpFlags.Store(typ, kindSequence)
	case flags&(1<<6) != 0:
		abcTpFlags.Store(typ, kindMapping)
	}
}

// collectionKind is typ's kind from its MRO: kindNone when no class in it
// has one (a class registered with an ABC is then asked about by
// isinstance, match.go).
func collectionKind(typ *Type) int {
	for _, m := range typ.mro {
		switch m {
		case ListType, TupleType, RangeType, MemoryViewType, DequeType, ArrayType:
			return kindSequence
		case DictType, MappingProxyType:
			return kindMapping
		}
		if !m.builtin {
			if k, ok := abcTpFlags.Load(m); ok {
				return k.(int)
			}
		}
	}
	return kindNone
}

// noteAbcRegister is ABC.register(sub): a class (not a builtin) takes the
// kind of the ABC it is registered with, if that has one.
func noteAbcRegister(abc Object, sub *Type) {
	if at, ok := abc.(*Type); ok && !sub.builtin {
		if k := collectionKind(at); k != kindNone {
			abcTpFlags.Store(sub, k)
		}
	}
}
