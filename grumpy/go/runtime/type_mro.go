package runtime

// Method resolution order: a metaclass's mro() override (CPython's
// mro_invoke / mro_check), and __bases__ assignment recomputing the MRO of
// a class and its subclasses with rollback on error (type_set_bases,
// mro_hierarchy), robust against mro() methods that reenter.

var strMroMethod = InternStr("mro")

// typeMroBuiltin is type.mro (set in initTypeMethods).
var typeMroBuiltin Object

// hasCustomMRO reports whether typ's metaclass overrides mro().
func hasCustomMRO(meta *Type) bool {
	if meta == TypeType || meta == nil {
		return false
	}
	m := meta.lookup(strMroMethod)
	return m != nil && m != typeMroBuiltin
}

// mroInvoke computes typ's MRO: the metaclass's mro() when it overrides it
// (the result checked as CPython's mro_check does), else C3 over typ.bases.
func mroInvoke(t *Thread, typ *Type) ([]*Type, *BaseException) {
	meta := TypeOf(typ)
	if !hasCustomMRO(meta) {
		return computeMRO(typ, typ.bases)
	}
	if t == nil {
		t = NewThread()
	}
	f, exc := descrGet(t, meta.lookup(strMroMethod), typ, meta)
	if exc != nil {
		return nil, exc
	}
	r, exc := Call(t, f, nil, nil)
	if exc != nil {
		return nil, exc
	}
	items, exc := ToSlice(t, r)
	if exc != nil {
		return nil, exc
	}
	solid := solidBase(typ)
	out := make([]*Type, len(items))
	for i, it := range items {
		b, ok := it.(*Type)
		if !ok {
			return nil, Errorf(TypeErrorType, "mro() returned a non-class ('%s')", TypeOf(it).name)
		}
		if !isSubtypeChain(solid, solidBase(b)) {
			return nil, Errorf(TypeErrorType, "mro() returned base with unsuitable layout ('%s')", b.name)
		}
		out[i] = b
	}
	return out, nil
}

// addsLayout reports whether instances of t carry more than those of its
// base b (slots or an instance dict), so t is its own solid base.
func addsLayout(t, b *Type) bool {
	if t.builtin {
		return t.solid == t
	}
	// An instance dict or weakref slot does not count (CPython's extra_ivars).
	return t.nslots != b.nslots
}

// bestBase is CPython's tp_base: the base whose layout is the most derived.
func bestBase(t *Type) *Type {
	var winner, winnerSolid *Type
	for _, b := range t.bases {
		s := b.solid
		if winner == nil || (s != winnerSolid && s.IsSubtype(winnerSolid)) {
			winner, winnerSolid = b, s
		}
	}
	return winner
}

// solidBase is CPython's solid_base: the nearest class along the tp_base
// chain whose instances add to the layout of their base.
func solidBase(t *Type) *Type {
	for i := 0; i < 10000; i++ {
		b := bestBase(t)
		if b == nil || t.builtin {
			if t.builtin {
				return t.solid
			}
			return t
		}
		if addsLayout(t, b) {
			return t
		}
		t = b
	}
	return t
}

// isSubtypeChain is is_subtype_with_mro: by MRO when a has one, else along
// the tp_base chain (a class whose mro() is running has none yet).
func isSubtypeChain(a, b *Type) bool {
	if a.mro != nil {
		return a.IsSubtype(b)
	}
	return baseChainHas(a, b)
}

// baseChainHas walks a's tp_base chain looking for b.
func baseChainHas(a, b *Type) bool {
	for i := 0; a != nil && i < 10000; i++ {
		if a == b {
			return true
		}
		a = bestBase(a)
	}
	return false
}

func sameTypeSlice(a, b []*Type) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}

type mroUndo struct {
	cls            *Type
	newMRO, oldMRO []*Type
}

// mroInternal recomputes typ's MRO; it reports false (and keeps the MRO a
// reentrant call installed) when typ's MRO changed during the computation.
func mroInternal(t *Thread, typ *Type) (bool, []*Type, *BaseException) {
	old := typ.mro
	m, exc := mroInvoke(t, typ)
	if exc != nil {
		return false, nil, exc
	}
	if !sameTypeSlice(typ.mro, old) {
		return false, nil, nil
	}
	typ.mro = m
	typeEpoch.Add(1)
	return true, old, nil
}

// mroHierarchy is mro_internal on typ and then on every subclass, logging
// each change in undo for rollback.
func mroHierarchy(t *Thread, typ *Type, undo *[]mroUndo) *BaseException {
	ok, old, exc := mroInternal(t, typ)
	if exc != nil || !ok {
		return exc
	}
	*undo = append(*undo, mroUndo{cls: typ, newMRO: typ.mro, oldMRO: old})
	subs := typ.subclasses.list()
	for _, sub := range subs {
		if exc := mroHierarchy(t, sub, undo); exc != nil {
			return exc
		}
	}
	return nil
}

// setBases is `cls.__bases__ = (...)`: validate, then recompute the MRO of
// cls and of its subclasses, restoring them all if one fails.
func setBases(t *Thread, typ *Type, v Object) *BaseException {
	tup, ok := v.(*Tuple)
	if !ok {
		return Errorf(TypeErrorType, "can only assign tuple to %s.__bases__, not %s", typ.name, TypeOf(v).name)
	}
	if len(tup.items) == 0 {
		return Errorf(TypeErrorType, "can only assign non-empty tuple to %s.__bases__, not ()", typ.name)
	}
	bases := make([]*Type, 0, len(tup.items))
	for _, it := range tup.items {
		b, ok := it.(*Type)
		if !ok {
			return Errorf(TypeErrorType, "%s.__bases__ must be tuple of classes, not '%s'", typ.name, TypeOf(it).name)
		}
		if b.final {
			return Errorf(TypeErrorType, "type '%s' is not an acceptable base type", b.name)
		}
		if b.IsSubtype(typ) || (b.mro != nil && baseChainHas(b, typ)) {
			return NewError(TypeErrorType, "a __bases__ item causes an inheritance cycle")
		}
		// Bases may add nothing to the layout (Generic next to tuple):
		// only the most derived solid base must be the class's own.
		if b.solid != typ.solid && !typ.solid.IsSubtype(b.solid) {
			oldName := typ.name
			if ob := bestBase(typ); ob != nil {
				oldName = ob.name
			}
			return Errorf(TypeErrorType, "__bases__ assignment: '%s' object layout differs from '%s'", b.name, oldName)
		}
		bases = append(bases, b)
	}
	// CPython compares best_base(new bases) with the old tp_base.
	var newBest *Type
	for _, b := range bases {
		if newBest == nil || (b.solid != newBest.solid && b.solid.IsSubtype(newBest.solid)) {
			newBest = b
		}
	}
	if newBest.solid != typ.solid {
		oldName := typ.name
		if ob := bestBase(typ); ob != nil {
			oldName = ob.name
		}
		return Errorf(TypeErrorType, "__bases__ assignment: '%s' object layout differs from '%s'", newBest.name, oldName)
	}
	if t == nil {
		t = NewThread()
	}
	oldBases := typ.bases
	typ.bases = bases
	var undo []mroUndo
	if exc := mroHierarchy(t, typ, &undo); exc != nil {
		for i := len(undo) - 1; i >= 0; i-- {
			u := undo[i]
			if sameTypeSlice(u.cls.mro, u.newMRO) {
				u.cls.mro = u.oldMRO
			}
		}
		if sameTypeSlice(typ.bases, bases) {
			typ.bases = oldBases
		}
		typeEpoch.Add(1)
		return exc
	}
	// Nothing to do when a reentrant assignment replaced the bases meanwhile.
	if sameTypeSlice(typ.bases, bases) {
		for _, old := range oldBases {
			removeSubclass(old, typ)
		}
		for _, b := range bases {
			addSubclass(b, typ)
		}
	}
	typeEpoch.Add(1)
	return nil
}

func removeSubclass(base, sub *Type) {
	base.subclasses.remove(sub)
}

// mroContains reports whether b is in a's MRO (no identity shortcut).
func mroContains(a, b *Type) bool {
	for _, m := range a.mro {
		if m == b {
			return true
		}
	}
	return false
}

func addSubclass(base, sub *Type) {
	base.subclasses.addOnce(sub)
}
