package runtime

// Runtime support for the match statement (PEP 634).

// MatchSequence reports whether o matches a sequence pattern: a list, tuple,
// range or collections.abc.Sequence, but never str, bytes or bytearray.
func MatchSequence(t *Thread, o Object) (bool, *BaseException) {
	switch TypeOf(o) {
	case ListType, TupleType, RangeType:
		return true, nil
	case StrType, BytesType:
		return false, nil
	}
	switch collectionKind(TypeOf(o)) {
	case kindSequence:
		return true, nil
	case kindMapping:
		return false, nil
	}
	if o.Type().IsSubtype(StrType) || o.Type().IsSubtype(BytesType) || o.Type().IsSubtype(ByteArrayType) {
		return false, nil
	}
	return abcRegistered(t, o, "Sequence")
}

// abcRegistered asks collections.abc whether o is an instance of the named
// ABC, when collections.abc has been imported.
func abcRegistered(t *Thread, o Object, name string) (bool, *BaseException) {
	mod := SysModules.GetStr("collections.abc")
	if mod == nil {
		mod = SysModules.GetStr("_collections_abc")
	}
	if mod == nil {
		return false, nil
	}
	abc, exc := GetAttr(t, mod, NewStr(name))
	if exc != nil {
		return false, nil
	}
	return IsInstance(t, o, abc)
}

// SeqItems returns a sequence's items for destructuring.
func SeqItems(t *Thread, o Object) ([]Object, *BaseException) { return ToSlice(t, o) }

// MatchMapping reports whether o matches a mapping pattern.
func MatchMapping(t *Thread, o Object) (bool, *BaseException) {
	if TypeOf(o) == DictType {
		return true, nil
	}
	switch collectionKind(TypeOf(o)) {
	case kindSequence:
		return false, nil
	case kindMapping:
		return true, nil
	}
	return abcRegistered(t, o, "Mapping")
}

// MatchMappingGet looks a key up for a mapping pattern.
func MatchMappingGet(t *Thread, o, key Object) (Object, bool, *BaseException) {
	if d, ok := o.(*Dict); ok && d.hdr.typ == nil {
		v, exc := d.GetItem(t, key)
		return v, v != nil, exc
	}
	get, exc := GetAttr(t, o, InternStr("get"))
	if exc != nil {
		return nil, false, exc
	}
	sentinel := &Instance{typ: ObjectType}
	v, exc := Call2(t, get, key, sentinel)
	if exc != nil {
		return nil, false, exc
	}
	if v == Object(sentinel) {
		return nil, false, nil
	}
	return v, true, nil
}

// MatchMappingRest is `**rest`: a dict of the items not named by the pattern.
func MatchMappingRest(t *Thread, o Object, keys []Object) (Object, *BaseException) {
	d := NewDict()
	if exc := DictUpdate(t, d, o); exc != nil {
		return nil, exc
	}
	for _, k := range keys {
		if _, exc := d.DelItem(t, k); exc != nil {
			return nil, exc
		}
	}
	return d, nil
}

// MatchClass is the isinstance test of a class pattern.
func MatchClass(t *Thread, o, cls Object) (bool, *BaseException) {
	if _, ok := cls.(*Type); !ok {
		return false, NewError(TypeErrorType, "called match pattern must be a type")
	}
	return IsInstance(t, o, cls)
}

// selfMatching are the builtins whose single positional sub-pattern
// matches the subject itself.
func selfMatching(typ *Type) bool {
	for _, m := range typ.mro {
		if m.builtin {
			switch m.name {
			case "bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str", "tuple":
				return true
			}
		}
	}
	return false
}

// MatchClassArgs resolves a class pattern's positional sub-patterns through
// __match_args__.
func MatchClassArgs(t *Thread, cls, o Object, n int, kwd []string) ([]Object, *BaseException) {
	ty := cls.(*Type)
	if n == 1 && selfMatching(ty) && ty.lookup(InternStr("__match_args__")) == nil {
		return []Object{o}, nil
	}
	ma := ty.lookup(InternStr("__match_args__"))
	var names []Object
	if ma == nil && selfMatching(ty) {
		// CPython allows the one self-matching sub-pattern: `int(1, 2)`
		// says "accepts 1 positional sub-pattern".
		return nil, Errorf(TypeErrorType, "%s() accepts 1 positional sub-pattern (%d given)", ty.name, n)
	}
	if ma != nil {
		tup, ok := ma.(*Tuple)
		if !ok {
			return nil, Errorf(TypeErrorType, "%s.__match_args__ must be a tuple (got %s)", ty.name, TypeOf(ma).name)
		}
		names = tup.items
	}
	if n > len(names) {
		return nil, Errorf(TypeErrorType, "%s() accepts %d positional sub-pattern%s (%d given)", ty.name, len(names), plural(len(names)), n)
	}
	out := make([]Object, n)
	for i := 0; i < n; i++ {
		s, ok := names[i].(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "__match_args__ elements must be strings (got %s)", TypeOf(names[i]).name)
		}
		for _, k := range kwd {
			if k == s.s {
				return nil, Errorf(TypeErrorType, "%s() got multiple sub-patterns for attribute '%s'", ty.name, s.s)
			}
		}
		for _, prev := range names[:i] {
			if p, ok := prev.(*Str); ok && p.s == s.s {
				return nil, Errorf(TypeErrorType, "%s() got multiple sub-patterns for attribute '%s'", ty.name, s.s)
			}
		}
		v, found, exc := MatchAttr(t, o, s)
		if exc != nil {
			return nil, exc
		}
		if !found {
			return nil, nil
		}
		out[i] = v
	}
	return out, nil
}

// MatchAttr reads an attribute for a class pattern; a missing attribute is
// a failed match, not an error.
func MatchAttr(t *Thread, o Object, name *Str) (Object, bool, *BaseException) {
	v, exc := GetAttr(t, o, name)
	if exc != nil {
		if exc.IsInstanceOf(AttributeErrorType) {
			return nil, false, nil
		}
		return nil, false, exc
	}
	return v, true, nil
}
