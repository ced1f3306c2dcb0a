package runtime

import "sort"

// __class__ assignment: CPython's object_set_class and
// compatible_for_assignment, on Grumpy's layouts (the solid Go layout, the
// __slots__ a class adds, its instance dict and weakref slot).

// assignClass is `o.__class__ = v`.
func assignClass(o Object, v Object) *BaseException {
	nt, ok := v.(*Type)
	if !ok {
		return Errorf(TypeErrorType, "__class__ must be set to a class, not '%s' object", TypeOf(v).name)
	}
	old := TypeOf(o)
	if m, ok := o.(*Module); ok {
		if !nt.IsSubtype(ModuleType) {
			return Errorf(TypeErrorType, "__class__ assignment only supported for mutable types or ModuleType subclasses")
		}
		if nt.solid != ModuleType {
			return Errorf(TypeErrorType, "__class__ assignment: '%s' object layout differs from '%s'", nt.name, old.name)
		}
		if nt == ModuleType {
			m.hdr.typ = nil
		} else {
			m.hdr.typ = nt
		}
		return nil
	}
	if h := mutableHeader(o); h != nil {
		// An instance of a subclass of list, dict, set or bytearray: the
		// new class must be another such subclass of the same builtin.
		if h.typ == nil || nt.builtin {
			return Errorf(TypeErrorType, "__class__ assignment only supported for mutable types or ModuleType subclasses")
		}
		if nt.solid != old.solid || !layoutCompatible(old, nt) {
			return Errorf(TypeErrorType, "__class__ assignment: '%s' object layout differs from '%s'", nt.name, old.name)
		}
		h.typ = nt
		return nil
	}
	inst, ok := o.(*Instance)
	if !ok || nt.builtin || old.builtin {
		return Errorf(TypeErrorType, "__class__ assignment only supported for mutable types or ModuleType subclasses")
	}
	if !layoutCompatible(old, nt) {
		return Errorf(TypeErrorType, "__class__ assignment: '%s' object layout differs from '%s'", nt.name, old.name)
	}
	inst.typ = nt
	return nil
}

// ownSlots is the sorted names of the __slots__ members t itself adds.
func ownSlots(t *Type) []string {
	var names []string
	_, vals := t.dict.Items()
	for _, v := range vals {
		if m, ok := v.(*memberDescr); ok && m.owner == t {
			names = append(names, m.name)
		}
	}
	sort.Strings(names)
	return names
}

// ownWeak reports whether t itself introduces the __weakref__ slot.
func ownWeak(t *Type) bool {
	d, ok := t.dict.GetStr("__weakref__").(*getSetDescr)
	return ok && d.owner == t
}

func ownDict(t *Type) bool {
	b := bestBase(t)
	return t.hasDict && (b == nil || !b.hasDict)
}

// addsNothing is compatible_with_tp_base: instances of t have exactly the
// layout of its base's.
func addsNothing(t *Type) bool {
	return !t.builtin && bestBase(t) != nil && len(ownSlots(t)) == 0 && !ownDict(t) && !ownWeak(t)
}

func sameSlotsAdded(a, b *Type) bool {
	if a.builtin || b.builtin || ownDict(a) != ownDict(b) || ownWeak(a) != ownWeak(b) {
		return false
	}
	sa, sb := ownSlots(a), ownSlots(b)
	if len(sa) != len(sb) {
		return false
	}
	for i := range sa {
		if sa[i] != sb[i] {
			return false
		}
	}
	return true
}

// layoutCompatible is compatible_for_assignment(old, new).
func layoutCompatible(old, nt *Type) bool {
	if old.solid != nt.solid {
		return false
	}
	nb, ob := nt, old
	for i := 0; i < 10000 && addsNothing(nb); i++ {
		nb = bestBase(nb)
	}
	for i := 0; i < 10000 && addsNothing(ob); i++ {
		ob = bestBase(ob)
	}
	if nb != ob && (bestBase(nb) != bestBase(ob) || !sameSlotsAdded(nb, ob)) {
		return false
	}
	return old.hasDict == nt.hasDict
}

// typeFlagsValue is type.__flags__: the Py_TPFLAGS_* bits CPython's type of
// the same kind would carry (heap type, base type, abstract, the fast
// subclass bits).
func typeFlagsValue(typ *Type) int64 {
	const (
		immutable    = 1 << 8
		heap         = 1 << 9
		base         = 1 << 10
		ready        = 1 << 12
		gc           = 1 << 14
		abstract     = 1 << 20
		longSub      = 1 << 24
		listSub      = 1 << 25
		tupleSub     = 1 << 26
		bytesSub     = 1 << 27
		unicodeSub   = 1 << 28
		dictSub      = 1 << 29
		baseExcSub   = 1 << 30
		typeSub      = 1 << 31
		defaultFlags = 0
	)
	var f int64 = ready | defaultFlags
	if typ.builtin {
		f |= immutable
	} else {
		f |= heap | gc
	}
	if !typ.final {
		f |= base
	}
	if typ.abstract.Load() {
		f |= abstract
	}
	for _, p := range []struct {
		t   *Type
		bit int64
	}{{IntType, longSub}, {ListType, listSub}, {TupleType, tupleSub}, {BytesType, bytesSub},
		{StrType, unicodeSub}, {DictType, dictSub}, {BaseExceptionType, baseExcSub}, {TypeType, typeSub}} {
		if typ.IsSubtype(p.t) {
			f |= p.bit
		}
	}
	switch collectionKind(typ) { // Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING
	case kindSequence:
		f |= 1 << 5
	case kindMapping:
		f |= 1 << 6
	}
	return f
}

// tpNewIsObjectNew reports whether typ's tp_new is object_new: no class
// before object in the MRO defines __new__ (an explicit `__new__ =
// object.__new__` keeps the inherited slot, as CPython's update_one_slot).
func tpNewIsObjectNew(typ *Type) bool {
	for _, m := range typ.mro {
		v := m.dict.getStr(strNew)
		if v == nil {
			continue
		}
		if m == ObjectType {
			return true
		}
		if v == objectNew {
			continue
		}
		return false
	}
	return true
}

// mutableHeader is the header of a mutable builtin's Go struct (whose typ
// is set for instances of subclasses), nil for other objects.
func mutableHeader(o Object) *header {
	switch v := o.(type) {
	case *List:
		return &v.hdr
	case *Dict:
		return &v.hdr
	case *Set:
		return &v.hdr
	case *ByteArray:
		return &v.hdr
	}
	return nil
}
