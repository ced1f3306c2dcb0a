package runtime

// The methods of set and frozenset, following CPython's setobject.c
// algorithm by algorithm (which operand is iterated, which is probed, when
// tables are copied), because that decides the iteration order of results.

// setIter iterates a set in table order; its state is guarded by the
// set's mutex.
type setIter struct {
	s         *Set
	done      bool
	used      int // -1 after a size change (sticky)
	pos       int
	remaining int
}

var setIterType = finalType(newBuiltinType("set_iterator", ObjectType))

func (*setIter) Type() *Type { return setIterType }

// exhaustedSet replaces the set of an exhausted iterator (locked by the
// iterators that see done).
var exhaustedSet = &Set{}

func newSetIter(s *Set) *setIter {
	n := s.Len()
	return &setIter{s: s, used: n, remaining: n}
}

func (it *setIter) next(t *Thread) (Object, *BaseException) {
	s := it.s
	s.mu.Lock()
	if it.done {
		s.mu.Unlock()
		return nil, nil
	}
	if it.used != s.used {
		it.used = -1
		s.mu.Unlock()
		return nil, NewError(RuntimeErrorType, "Set changed size during iteration")
	}
	i := it.pos
	for i < len(s.table) && (s.table[i].key == nil || s.table[i].key == setDummy) {
		i++
	}
	it.pos = i + 1
	if i >= len(s.table) {
		it.done = true
		it.s = exhaustedSet // released, as CPython's setiterobject does
		s.mu.Unlock()
		return nil, nil
	}
	k := s.table[i].key
	it.remaining--
	s.mu.Unlock()
	return k, nil
}

// makeNewSet builds a set of type typ (set, frozenset or a subclass) from
// an optional iterable.
func makeNewSet(t *Thread, typ *Type, iterable Object) (Object, *BaseException) {
	frozen := typ.IsSubtype(FrozenSetType)
	s := &Set{frozen: frozen}
	if iterable != nil {
		if exc := s.update(t, iterable); exc != nil {
			return nil, exc
		}
	}
	if typ == SetType || typ == FrozenSetType {
		return s, nil
	}
	if frozen {
		inst := NewInstance(typ)
		inst.base = s
		return inst, nil
	}
	s.hdr = header{typ: typ, dict: NewDict()}
	return s, nil
}

// setIntersection is set_intersection(so, other).
func setIntersection(t *Thread, so *Set, other Object) (*Set, *BaseException) {
	if o, ok := asAnySet(other); ok && o == so {
		return setCopy(t, so)
	}
	result := newSetLike(so)
	if o, ok := asAnySet(other); ok {
		a, b := so, o
		if b.Len() > a.Len() {
			a, b = b, a
		}
		for _, e := range b.entries() {
			found, exc := a.containsEntry(t, e.key, e.hash)
			if exc != nil {
				return nil, exc
			}
			if found {
				if exc := result.addKnown(t, e.key, e.hash); exc != nil {
					return nil, exc
				}
			}
		}
		return result, nil
	}
	exc := ForEach(t, other, func(k Object) (bool, *BaseException) {
		h, exc := Hash(t, k)
		if exc != nil {
			return false, exc
		}
		found, exc := so.containsEntry(t, k, h)
		if exc != nil {
			return false, exc
		}
		if found {
			if exc := result.addKnown(t, k, h); exc != nil {
				return false, exc
			}
			if result.Len() >= so.Len() {
				return false, nil
			}
		}
		return true, nil
	})
	if exc != nil {
		return nil, exc
	}
	return result, nil
}

// setDifferenceUpdate is set_difference_update_internal.
func setDifferenceUpdate(t *Thread, so *Set, other Object) *BaseException {
	if o, ok := asAnySet(other); ok {
		if o == so {
			so.clear()
			return nil
		}
		src := o
		if o.Len()>>3 > so.Len() {
			inter, exc := setIntersection(t, so, o)
			if exc != nil {
				return exc
			}
			src = inter
		}
		for _, e := range src.entries() {
			if _, exc := so.discardKnown(t, e.key, e.hash); exc != nil {
				return exc
			}
		}
	} else {
		exc := ForEach(t, other, func(k Object) (bool, *BaseException) {
			h, exc := Hash(t, k)
			if exc != nil {
				return false, exc
			}
			_, exc = so.discardKnown(t, k, h)
			return exc == nil, exc
		})
		if exc != nil {
			return exc
		}
	}
	so.mu.Lock()
	if so.fill-so.used > so.mask()/4 {
		if so.used > 50000 {
			so.resize(so.used * 2)
		} else {
			so.resize(so.used * 4)
		}
	}
	so.mu.Unlock()
	return nil
}

// setDifference is set_difference.
func setDifference(t *Thread, so *Set, other Object) (*Set, *BaseException) {
	otherSize := -1
	var od *Dict
	os, isSet := asAnySet(other)
	if isSet {
		otherSize = os.Len()
	} else if d, ok := other.(*Dict); ok && d.hdr.typ == nil {
		od = d
		otherSize = d.Len()
	}
	if otherSize < 0 || so.Len()>>2 > otherSize {
		r, exc := setCopy(t, so)
		if exc != nil {
			return nil, exc
		}
		return r, setDifferenceUpdate(t, r, other)
	}
	result := newSetLike(so)
	for _, e := range so.entries() {
		var found bool
		var exc *BaseException
		if od != nil {
			var v Object
			v, exc = od.getKnownHash(t, e.key, e.hash)
			found = v != nil
		} else {
			found, exc = os.containsEntry(t, e.key, e.hash)
		}
		if exc != nil {
			return nil, exc
		}
		if !found {
			if exc := result.addKnown(t, e.key, e.hash); exc != nil {
				return nil, exc
			}
		}
	}
	return result, nil
}

// setSymDiffUpdate is set_symmetric_difference_update.
func setSymDiffUpdate(t *Thread, so *Set, other Object) *BaseException {
	if o, ok := asAnySet(other); ok && o == so {
		so.clear()
		return nil
	}
	var entries []setEntry
	if d, ok := other.(*Dict); ok && d.hdr.typ == nil {
		for _, e := range d.liveEntries() {
			entries = append(entries, setEntry{e.key, e.hash})
		}
	} else if o, ok := asAnySet(other); ok {
		entries = o.entries()
	} else {
		tmp := newSetLike(so)
		if exc := tmp.update(t, other); exc != nil {
			return exc
		}
		entries = tmp.entries()
	}
	for _, e := range entries {
		found, exc := so.discardKnown(t, e.key, e.hash)
		if exc != nil {
			return exc
		}
		if !found {
			if exc := so.addKnown(t, e.key, e.hash); exc != nil {
				return exc
			}
		}
	}
	return nil
}

// setIsSubset is set_issubset.
func setIsSubset(t *Thread, so *Set, other Object) (bool, *BaseException) {
	o, ok := asAnySet(other)
	if !ok {
		tmp := &Set{}
		if exc := tmp.update(t, other); exc != nil {
			return false, exc
		}
		o = tmp
	}
	if so.Len() > o.Len() {
		return false, nil
	}
	for _, e := range so.entries() {
		found, exc := o.containsEntry(t, e.key, e.hash)
		if exc != nil || !found {
			return false, exc
		}
	}
	return true, nil
}

// setIsSuperset is set_issuperset.
func setIsSuperset(t *Thread, so *Set, other Object) (bool, *BaseException) {
	if o, ok := asAnySet(other); ok {
		return setIsSubset(t, o, so)
	}
	result := true
	exc := ForEach(t, other, func(k Object) (bool, *BaseException) {
		found, exc := setContainsKey(t, so, k)
		if exc != nil {
			return false, exc
		}
		if !found {
			result = false
			return false, nil
		}
		return true, nil
	})
	return result && exc == nil, exc
}

// setIsDisjoint is set_isdisjoint.
func setIsDisjoint(t *Thread, so *Set, other Object) (bool, *BaseException) {
	if o, ok := asAnySet(other); ok && o == so {
		return so.Len() == 0, nil
	}
	if isExactSet(other) {
		a, b := so, other.(*Set)
		if b.Len() > a.Len() {
			a, b = b, a
		}
		for _, e := range b.entries() {
			found, exc := a.containsEntry(t, e.key, e.hash)
			if exc != nil || found {
				return false, exc
			}
		}
		return true, nil
	}
	result := true
	exc := ForEach(t, other, func(k Object) (bool, *BaseException) {
		found, exc := setContainsKey(t, so, k)
		if exc != nil {
			return false, exc
		}
		if found {
			result = false
			return false, nil
		}
		return true, nil
	})
	return result && exc == nil, exc
}

func setContainsKey(t *Thread, s *Set, k Object) (bool, *BaseException) {
	h, exc := Hash(t, k)
	if exc != nil {
		return false, exc
	}
	return s.containsEntry(t, k, h)
}

// setKeyRetry runs op on key; when key is an unhashable set, it retries
// with frozenset(key), as set.__contains__/remove/discard do.
func setKeyRetry(t *Thread, key Object, op func(k Object, h int64) (bool, *BaseException)) (bool, *BaseException) {
	h, exc := Hash(t, key)
	if exc == nil {
		return op(key, h)
	}
	if ks, ok := key.(*Set); ok && !ks.frozen && exc.IsInstanceOf(TypeErrorType) {
		tmp := &Set{frozen: true}
		if exc := tmp.merge(t, ks.snapshot()); exc != nil {
			return false, exc
		}
		return op(tmp, tmp.frozenHash())
	}
	return false, exc
}

func setRepr(t *Thread, self Object, s *Set) (Object, *BaseException) {
	name := TypeOf(self).name
	if !reprEnter(t, self) {
		return NewStr(name + "(...)"), nil
	}
	defer reprLeave(t, self)
	items := s.Items()
	if len(items) == 0 {
		return NewStr(name + "()"), nil
	}
	r, exc := seqRepr(t, "{", "}", func() int { return len(items) }, func(i int) Object { return items[i] })
	if exc != nil {
		return nil, exc
	}
	if isExactSet(self) && !s.frozen {
		return r, nil
	}
	return NewStr(name + "(" + r.(*Str).s + ")"), nil
}

// setRichCompare is set_richcompare.
func setRichCompare(t *Thread, op CmpOp, v *Set, other Object) (Object, *BaseException) {
	w, ok := asAnySet(other)
	if !ok {
		return NotImplemented, nil
	}
	switch op {
	case CmpEQ, CmpNE:
		eq := false
		if v.Len() == w.Len() {
			v.mu.Lock()
			vh, vok := v.hash, v.hashed
			v.mu.Unlock()
			w.mu.Lock()
			wh, wok := w.hash, w.hashed
			w.mu.Unlock()
			if !(vok && wok && vh != wh) {
				var exc *BaseException
				if eq, exc = setIsSubset(t, v, w); exc != nil {
					return nil, exc
				}
			}
		}
		return Bool(eq == (op == CmpEQ)), nil
	case CmpLE:
		r, exc := setIsSubset(t, v, w)
		return Bool(r), exc
	case CmpGE:
		r, exc := setIsSuperset(t, v, w)
		return Bool(r), exc
	case CmpLT:
		if v.Len() >= w.Len() {
			return False, nil
		}
		r, exc := setIsSubset(t, v, w)
		return Bool(r), exc
	}
	if v.Len() <= w.Len() {
		return False, nil
	}
	r, exc := setIsSuperset(t, v, w)
	return Bool(r), exc
}

// wrapSetResult returns r as the object Python sees (always a plain set or
// frozenset: results of operations use the base type).
func wrapSetResult(r *Set, exc *BaseException) (Object, *BaseException) {
	if exc != nil {
		return nil, exc
	}
	return r, nil
}

func setSelfFor(typ *Type, args []Object, name string) (*Set, *BaseException) {
	if len(args) > 0 {
		if s, ok := asAnySet(args[0]); ok && TypeOf(args[0]).IsSubtype(typ) {
			return s, nil
		}
	}
	return nil, descrSelfError(name, typ, args)
}

// setMethodOn registers a method on set or frozenset.
func setMethodOn(typ *Type, name string, fn func(t *Thread, s *Set, self Object, args []Object, kw []*Str) (Object, *BaseException)) {
	DefMethod(typ, name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		s, exc := setSelfFor(typ, args, name)
		if exc != nil {
			return nil, exc
		}
		return fn(t, s, args[0], args[1:], kw)
	})
}

// bothSets registers fn on set and frozenset.
func bothSets(name string, fn func(t *Thread, s *Set, self Object, args []Object, kw []*Str) (Object, *BaseException)) {
	setMethodOn(SetType, name, fn)
	setMethodOn(FrozenSetType, name, fn)
}

func init() {
	SetType.dict.SetStr("__hash__", None)
	DefStatic(SetType, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) == 0 {
			return nil, NewError(TypeErrorType, "set.__new__(): not enough arguments")
		}
		typ, ok := args[0].(*Type)
		if !ok {
			return nil, Errorf(TypeErrorType, "set.__new__(X): X is not a type object (%s)", TypeOf(args[0]).name)
		}
		if !typ.IsSubtype(SetType) {
			return nil, Errorf(TypeErrorType, "set.__new__(%s): %s is not a subtype of set", typ.name, typ.name)
		}
		return makeNewSet(t, typ, nil)
	})
	DefMethod(SetType, "__init__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		var s *Set
		if len(args) > 0 {
			if v, ok := args[0].(*Set); ok && !v.frozen {
				s = v
			}
		}
		if s == nil {
			if len(args) == 0 {
				return nil, NewError(TypeErrorType, "descriptor '__init__' of 'set' object needs an argument")
			}
			return nil, Errorf(TypeErrorType, "descriptor '__init__' requires a 'set' object but received a '%s'", TypeOf(args[0]).name)
		}
		if len(kw) > 0 {
			return nil, NewError(TypeErrorType, "set() takes no keyword arguments")
		}
		if len(args) > 2 {
			return nil, Errorf(TypeErrorType, "%s expected at most 1 argument, got %d", TypeOf(s).name, len(args)-1)
		}
		s.clear()
		if len(args) == 2 {
			return None, s.update(t, args[1])
		}
		return None, nil
	})
	DefStatic(FrozenSetType, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) == 0 {
			return nil, NewError(TypeErrorType, "frozenset.__new__(): not enough arguments")
		}
		typ, ok := args[0].(*Type)
		if !ok {
			return nil, Errorf(TypeErrorType, "frozenset.__new__(X): X is not a type object (%s)", TypeOf(args[0]).name)
		}
		if !typ.IsSubtype(FrozenSetType) {
			return nil, Errorf(TypeErrorType, "frozenset.__new__(%s): %s is not a subtype of frozenset", typ.name, typ.name)
		}
		if len(kw) > 0 {
			if typ == FrozenSetType || typ.lookup(strInit) == objectInit {
				return nil, NewError(TypeErrorType, "frozenset() takes no keyword arguments")
			}
			args = args[:len(args)-len(kw)]
		}
		if len(args) > 2 {
			return nil, Errorf(TypeErrorType, "%s expected at most 1 argument, got %d", typ.name, len(args)-1)
		}
		var iterable Object
		if len(args) == 2 {
			iterable = args[1]
			if typ == FrozenSetType {
				if s, ok := iterable.(*Set); ok && s.frozen && s.hdr.typ == nil {
					return s, nil
				}
			}
		}
		return makeNewSet(t, typ, iterable)
	})

	bothSets("__len__", func(t *Thread, s *Set, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs(TypeOf(self).name+".__len__", "__len__", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		return MakeInt(int64(s.Len())), nil
	})
	bothSets("__iter__", func(t *Thread, s *Set, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		return newSetIter(s), nil
	})
	bothSets("__contains__", func(t *Thread, s *Set, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("set.__contains__", "__contains__", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		found, exc := setKeyRetry(t, args[0], func(k Object, h int64) (bool, *BaseException) {
			return s.containsEntry(t, k, h)
		})
		return Bool(found), exc
	})
	bothSets("__repr__", func(t *Thread, s *Set, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		return setRepr(t, self, s)
	})
	setMethodOn(FrozenSetType, "__hash__", func(t *Thread, s *Set, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		return MakeInt(s.frozenHash()), nil
	})
	for op := CmpLT; op <= CmpGE; op++ {
		op := op
		bothSets(cmpNames[op].s, func(t *Thread, s *Set, self Object, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := methArgs("set."+cmpNames[op].s, cmpNames[op].s, args, kw, 1, 1); exc != nil {
				return nil, exc
			}
			return setRichCompare(t, op, s, args[0])
		})
	}
	bothSets("copy", func(t *Thread, s *Set, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs(TypeOf(self).name+".copy", "copy", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		if s.frozen && isExactSet(self) {
			return s, nil
		}
		return wrapSetResult(setCopy(t, s))
	})
	bothSets("union", func(t *Thread, s *Set, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if len(kw) > 0 {
			return nil, Errorf(TypeErrorType, "%s.union() takes no keyword arguments", TypeOf(self).name)
		}
		r, exc := setCopy(t, s)
		if exc != nil {
			return nil, exc
		}
		for _, o := range args {
			if os, ok := asAnySet(o); ok && os == s {
				continue
			}
			if exc := r.update(t, o); exc != nil {
				return nil, exc
			}
		}
		return r, nil
	})
	bothSets("intersection", func(t *Thread, s *Set, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if len(kw) > 0 {
			return nil, Errorf(TypeErrorType, "%s.intersection() takes no keyword arguments", TypeOf(self).name)
		}
		if len(args) == 0 {
			return wrapSetResult(setCopy(t, s))
		}
		r := s
		for _, o := range args {
			nr, exc := setIntersection(t, r, o)
			if exc != nil {
				return nil, exc
			}
			r = nr
		}
		return r, nil
	})
	bothSets("difference", func(t *Thread, s *Set, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if len(kw) > 0 {
			return nil, Errorf(TypeErrorType, "%s.difference() takes no keyword arguments", TypeOf(self).name)
		}
		if len(args) == 0 {
			return wrapSetResult(setCopy(t, s))
		}
		r, exc := setDifference(t, s, args[0])
		if exc != nil {
			return nil, exc
		}
		for _, o := range args[1:] {
			if exc := setDifferenceUpdate(t, r, o); exc != nil {
				return nil, exc
			}
		}
		return r, nil
	})
	bothSets("symmetric_difference", func(t *Thread, s *Set, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs(TypeOf(self).name+".symmetric_difference", "symmetric_difference", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		r := newSetLike(s)
		if exc := r.update(t, args[0]); exc != nil {
			return nil, exc
		}
		return r, setSymDiffUpdate(t, r, s)
	})
	bothSets("issubset", func(t *Thread, s *Set, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs(TypeOf(self).name+".issubset", "issubset", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		r, exc := setIsSubset(t, s, args[0])
		return Bool(r), exc
	})
	bothSets("issuperset", func(t *Thread, s *Set, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs(TypeOf(self).name+".issuperset", "issuperset", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		r, exc := setIsSuperset(t, s, args[0])
		return Bool(r), exc
	})
	bothSets("isdisjoint", func(t *Thread, s *Set, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs(TypeOf(self).name+".isdisjoint", "isdisjoint", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		r, exc := setIsDisjoint(t, s, args[0])
		return Bool(r), exc
	})
	// Operators: NotImplemented unless both operands are sets.
	binop := func(name string, fn func(t *Thread, a *Set, b Object) (Object, *BaseException), reflected bool) {
		bothSets(name, func(t *Thread, s *Set, self Object, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := methArgs("set."+name, name, args, kw, 1, 1); exc != nil {
				return nil, exc
			}
			o, ok := asAnySet(args[0])
			if !ok {
				return NotImplemented, nil
			}
			if reflected {
				return fn(t, o, self)
			}
			return fn(t, s, args[0])
		})
	}
	or := func(t *Thread, a *Set, b Object) (Object, *BaseException) {
		r, exc := setCopy(t, a)
		if exc != nil {
			return nil, exc
		}
		if bs, _ := asAnySet(b); bs == a {
			return r, nil
		}
		return r, r.update(t, b)
	}
	and := func(t *Thread, a *Set, b Object) (Object, *BaseException) {
		return wrapSetResult(setIntersection(t, a, b))
	}
	sub := func(t *Thread, a *Set, b Object) (Object, *BaseException) {
		return wrapSetResult(setDifference(t, a, b))
	}
	xor := func(t *Thread, a *Set, b Object) (Object, *BaseException) {
		r := newSetLike(a)
		if exc := r.update(t, b); exc != nil {
			return nil, exc
		}
		return r, setSymDiffUpdate(t, r, a)
	}
	for _, op := range []struct {
		name, rname string
		fn          func(t *Thread, a *Set, b Object) (Object, *BaseException)
	}{{"__or__", "__ror__", or}, {"__and__", "__rand__", and}, {"__sub__", "__rsub__", sub}, {"__xor__", "__rxor__", xor}} {
		binop(op.name, op.fn, false)
		binop(op.rname, op.fn, true)
	}

	// Mutators (set only).
	setMethod := func(name string, fn func(t *Thread, s *Set, self Object, args []Object, kw []*Str) (Object, *BaseException)) {
		setMethodOn(SetType, name, fn)
	}
	setMethod("add", func(t *Thread, s *Set, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("set.add", "add", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		return None, s.Add(t, args[0])
	})
	setMethod("remove", func(t *Thread, s *Set, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("set.remove", "remove", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		found, exc := setKeyRetry(t, args[0], func(k Object, h int64) (bool, *BaseException) {
			return s.discardKnown(t, k, h)
		})
		if exc != nil {
			return nil, exc
		}
		if !found {
			return nil, keyError(args[0])
		}
		return None, nil
	})
	setMethod("discard", func(t *Thread, s *Set, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("set.discard", "discard", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		_, exc := setKeyRetry(t, args[0], func(k Object, h int64) (bool, *BaseException) {
			return s.discardKnown(t, k, h)
		})
		return None, exc
	})
	setMethod("pop", func(t *Thread, s *Set, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("set.pop", "pop", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		s.mu.Lock()
		defer s.mu.Unlock()
		if s.used == 0 {
			return nil, NewError(KeyErrorType, "pop from an empty set")
		}
		mask := len(s.table) - 1
		i := s.finger & mask
		for s.table[i].key == nil || s.table[i].key == setDummy {
			i++
			if i > mask {
				i = 0
			}
		}
		k := s.table[i].key
		s.table[i] = setEntry{setDummy, -1}
		s.used--
		s.finger = i + 1
		return k, nil
	})
	setMethod("clear", func(t *Thread, s *Set, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("set.clear", "clear", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		s.clear()
		return None, nil
	})
	setMethod("update", func(t *Thread, s *Set, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if len(kw) > 0 {
			return nil, NewError(TypeErrorType, "set.update() takes no keyword arguments")
		}
		for _, o := range args {
			if exc := s.update(t, o); exc != nil {
				return nil, exc
			}
		}
		return None, nil
	})
	// swapIn replaces s's contents with r's (set_swap_bodies, one way).
	swapIn := func(s, r *Set) {
		r.mu.Lock()
		table, fill, used := r.table, r.fill, r.used
		r.mu.Unlock()
		s.mu.Lock()
		s.table, s.fill, s.used, s.hashed = table, fill, used, false
		s.mu.Unlock()
	}
	setMethod("intersection_update", func(t *Thread, s *Set, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if len(kw) > 0 {
			return nil, NewError(TypeErrorType, "set.intersection_update() takes no keyword arguments")
		}
		r := s
		if len(args) == 0 {
			var exc *BaseException
			if r, exc = setCopy(t, s); exc != nil {
				return nil, exc
			}
		}
		for _, o := range args {
			nr, exc := setIntersection(t, r, o)
			if exc != nil {
				return nil, exc
			}
			r = nr
		}
		swapIn(s, r)
		return None, nil
	})
	setMethod("difference_update", func(t *Thread, s *Set, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if len(kw) > 0 {
			return nil, NewError(TypeErrorType, "set.difference_update() takes no keyword arguments")
		}
		for _, o := range args {
			if exc := setDifferenceUpdate(t, s, o); exc != nil {
				return nil, exc
			}
		}
		return None, nil
	})
	setMethod("symmetric_difference_update", func(t *Thread, s *Set, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("set.symmetric_difference_update", "symmetric_difference_update", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		return None, setSymDiffUpdate(t, s, args[0])
	})
	inplace := func(name string, fn func(t *Thread, s *Set, other Object) *BaseException) {
		setMethod(name, func(t *Thread, s *Set, self Object, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := methArgs("set."+name, name, args, kw, 1, 1); exc != nil {
				return nil, exc
			}
			if _, ok := asAnySet(args[0]); !ok {
				return NotImplemented, nil
			}
			if exc := fn(t, s, args[0]); exc != nil {
				return nil, exc
			}
			return self, nil
		})
	}
	inplace("__ior__", func(t *Thread, s *Set, other Object) *BaseException { return s.update(t, other) })
	inplace("__iand__", func(t *Thread, s *Set, other Object) *BaseException {
		r, exc := setIntersection(t, s, other)
		if exc != nil {
			return exc
		}
		swapIn(s, r)
		return nil
	})
	inplace("__isub__", setDifferenceUpdate)
	inplace("__ixor__", setSymDiffUpdate)
	DefClassMethod(SetType, "__class_getitem__", classGetItem)
	DefClassMethod(FrozenSetType, "__class_getitem__", classGetItem)
	defIterMethods(setIterType)
}
