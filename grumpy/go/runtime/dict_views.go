package runtime

// DictView is dict.keys(), dict.values() or dict.items(): a live view of
// the dict. Keys and items views support set operations and comparisons
// with sets (producing sets, as CPython).
type DictView struct {
	d    *Dict
	kind int
}

var dictViewTypes = [3]*Type{
	finalType(newBuiltinType("dict_keys", ObjectType)),
	finalType(newBuiltinType("dict_values", ObjectType)),
	finalType(newBuiltinType("dict_items", ObjectType)),
}

// Type implements Object.
func (v *DictView) Type() *Type { return dictViewTypes[v.kind] }

func isSetView(o Object) (*DictView, bool) {
	v, ok := o.(*DictView)
	return v, ok && v.kind != dictKindValues
}

// viewContains is dictkeys_contains / dictitems_contains.
func viewContains(t *Thread, v *DictView, o Object) (bool, *BaseException) {
	if v.kind == dictKindKeys {
		r, exc := v.d.GetItem(t, o)
		return r != nil, exc
	}
	tup, ok := o.(*Tuple)
	if !ok || len(tup.items) != 2 {
		return false, nil
	}
	found, exc := v.d.GetItem(t, tup.items[0])
	if exc != nil || found == nil {
		return false, exc
	}
	return richEq(t, found, tup.items[1])
}

// viewToSet is dictviews_to_set.
func viewToSet(t *Thread, o Object) (*Set, *BaseException) {
	s := &Set{}
	src := o
	if v, ok := o.(*DictView); ok && v.kind == dictKindKeys && v.d.hdr.typ == nil {
		src = v.d
	}
	return s, s.update(t, src)
}

func viewAnd(t *Thread, self, other Object) (Object, *BaseException) {
	if _, ok := isSetView(self); !ok {
		self, other = other, self
	}
	sv := self.(*DictView)
	lenSelf := sv.d.Len()
	if os, ok := other.(*Set); ok && !os.frozen && os.hdr.typ == nil {
		if lenSelf <= os.Len() {
			return wrapSetResult(setIntersection(t, os, self))
		}
	}
	if ov, ok := isSetView(other); ok && ov.d.Len() > lenSelf {
		sv, other = ov, self
	}
	result := &Set{}
	exc := ForEach(t, other, func(k Object) (bool, *BaseException) {
		found, exc := viewContains(t, sv, k)
		if exc != nil {
			return false, exc
		}
		if found {
			return true, result.Add(t, k)
		}
		return true, nil
	})
	if exc != nil {
		return nil, exc
	}
	return result, nil
}

func viewOr(t *Thread, self, other Object) (Object, *BaseException) {
	r, exc := viewToSet(t, self)
	if exc != nil {
		return nil, exc
	}
	return r, r.update(t, other)
}

func viewSub(t *Thread, self, other Object) (Object, *BaseException) {
	r, exc := viewToSet(t, self)
	if exc != nil {
		return nil, exc
	}
	return r, setDifferenceUpdate(t, r, other)
}

func viewXor(t *Thread, self, other Object) (Object, *BaseException) {
	a, ok1 := self.(*DictView)
	b, ok2 := other.(*DictView)
	if ok1 && ok2 && a.kind == dictKindItems && b.kind == dictKindItems {
		return itemsXor(t, a.d, b.d)
	}
	r, exc := viewToSet(t, self)
	if exc != nil {
		return nil, exc
	}
	return r, setSymDiffUpdate(t, r, other)
}

// itemsXor is dictitems_xor.
func itemsXor(t *Thread, d1, d2 *Dict) (Object, *BaseException) {
	tmp := d1.Copy()
	result := &Set{}
	for _, e := range d2.liveEntries() {
		v1, exc := tmp.getKnownHash(t, e.key, e.hash)
		if exc != nil {
			return nil, exc
		}
		del := false
		if v1 != nil {
			if del, exc = richEq(t, v1, e.value); exc != nil {
				return nil, exc
			}
		}
		if del {
			tmp.mu.Lock()
			_, _, exc = tmp.remove(t, e.key, e.hash)
			tmp.mu.Unlock()
		} else {
			exc = result.Add(t, NewTuple(e.key, e.value))
		}
		if exc != nil {
			return nil, exc
		}
	}
	return result, result.update(t, &DictView{d: tmp, kind: dictKindItems})
}

// allContainedIn reports whether every element of a is in b.
func allContainedIn(t *Thread, a, b Object) (bool, *BaseException) {
	ok := true
	exc := ForEach(t, a, func(x Object) (bool, *BaseException) {
		found, exc := Contains(t, b, x)
		if exc != nil {
			return false, exc
		}
		if !found {
			ok = false
			return false, nil
		}
		return true, nil
	})
	return ok && exc == nil, exc
}

// viewRichCompare is dictview_richcompare.
func viewRichCompare(t *Thread, op CmpOp, v *DictView, other Object) (Object, *BaseException) {
	_, isSet := asAnySet(other)
	_, isView := isSetView(other)
	if !isSet && !isView {
		return NotImplemented, nil
	}
	lenSelf := v.d.Len()
	lenOther, exc := Len(t, other)
	if exc != nil {
		return nil, exc
	}
	ok := false
	switch op {
	case CmpEQ, CmpNE:
		if lenSelf == lenOther {
			if ok, exc = allContainedIn(t, v, other); exc != nil {
				return nil, exc
			}
		}
		if op == CmpNE {
			ok = !ok
		}
	case CmpLT:
		if lenSelf < lenOther {
			ok, exc = allContainedIn(t, v, other)
		}
	case CmpLE:
		if lenSelf <= lenOther {
			ok, exc = allContainedIn(t, v, other)
		}
	case CmpGT:
		if lenSelf > lenOther {
			ok, exc = allContainedIn(t, other, v)
		}
	case CmpGE:
		if lenSelf >= lenOther {
			ok, exc = allContainedIn(t, other, v)
		}
	}
	if exc != nil {
		return nil, exc
	}
	return Bool(ok), nil
}

func viewRepr(t *Thread, v *DictView) (Object, *BaseException) {
	name := dictViewTypes[v.kind].name
	if !reprEnter(t, v) {
		return NewStr("..."), nil
	}
	defer reprLeave(t, v)
	items, exc := ToSlice(t, v)
	if exc != nil {
		return nil, exc
	}
	r, exc := seqRepr(t, "[", "]", func() int { return len(items) }, func(i int) Object { return items[i] })
	if exc != nil {
		return nil, exc
	}
	return NewStr(name + "(" + r.(*Str).s + ")"), nil
}

func viewSelf(typ *Type, args []Object, name string) (*DictView, *BaseException) {
	if len(args) > 0 {
		if v, ok := args[0].(*DictView); ok && v.Type() == typ {
			return v, nil
		}
	}
	return nil, descrSelfError(name, typ, args)
}

func viewMethod(typ *Type, name string, fn func(t *Thread, v *DictView, args []Object, kw []*Str) (Object, *BaseException)) {
	DefMethod(typ, name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		v, exc := viewSelf(typ, args, name)
		if exc != nil {
			return nil, exc
		}
		return fn(t, v, args[1:], kw)
	})
}

func init() {
	for kind, typ := range dictViewTypes {
		kind, typ := kind, typ
		viewMethod(typ, "__len__", func(t *Thread, v *DictView, args []Object, kw []*Str) (Object, *BaseException) {
			return MakeInt(int64(v.d.Len())), nil
		})
		viewMethod(typ, "__iter__", func(t *Thread, v *DictView, args []Object, kw []*Str) (Object, *BaseException) {
			return newDictIter(v.d, kind, false), nil
		})
		viewMethod(typ, "__reversed__", func(t *Thread, v *DictView, args []Object, kw []*Str) (Object, *BaseException) {
			return newDictIter(v.d, kind, true), nil
		})
		viewMethod(typ, "__repr__", func(t *Thread, v *DictView, args []Object, kw []*Str) (Object, *BaseException) {
			return viewRepr(t, v)
		})
		typ.dict.SetStr("mapping", &Property{fget: NewBuiltin("mapping", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			v, exc := viewSelf(typ, args, "mapping")
			if exc != nil {
				return nil, exc
			}
			return NewMappingProxy(v.d), nil
		}), name: NewStr("mapping")})
		if kind == dictKindValues {
			continue
		}
		typ.dict.SetStr("__hash__", None)
		viewMethod(typ, "__contains__", func(t *Thread, v *DictView, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := methArgs(typ.name+".__contains__", "__contains__", args, kw, 1, 1); exc != nil {
				return nil, exc
			}
			found, exc := viewContains(t, v, args[0])
			return Bool(found), exc
		})
		viewMethod(typ, "isdisjoint", func(t *Thread, v *DictView, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := methArgs(typ.name+".isdisjoint", "isdisjoint", args, kw, 1, 1); exc != nil {
				return nil, exc
			}
			other := args[0]
			if Object(v) == other {
				return Bool(v.d.Len() == 0), nil
			}
			var probe Object = v
			iterate := other
			if _, isSet := asAnySet(other); isSet {
				if n, _ := Len(t, other); n > v.d.Len() {
					probe, iterate = other, v
				}
			} else if _, isView := isSetView(other); isView {
				if n, _ := Len(t, other); n > v.d.Len() {
					probe, iterate = other, v
				}
			}
			disjoint := true
			exc := ForEach(t, iterate, func(x Object) (bool, *BaseException) {
				found, exc := Contains(t, probe, x)
				if exc != nil {
					return false, exc
				}
				if found {
					disjoint = false
					return false, nil
				}
				return true, nil
			})
			return Bool(disjoint), exc
		})
		for op := CmpLT; op <= CmpGE; op++ {
			op := op
			viewMethod(typ, cmpNames[op].s, func(t *Thread, v *DictView, args []Object, kw []*Str) (Object, *BaseException) {
				if exc := methArgs(typ.name+"."+cmpNames[op].s, cmpNames[op].s, args, kw, 1, 1); exc != nil {
					return nil, exc
				}
				return viewRichCompare(t, op, v, args[0])
			})
		}
		for _, op := range []struct {
			name, rname string
			fn          func(t *Thread, a, b Object) (Object, *BaseException)
		}{{"__and__", "__rand__", viewAnd}, {"__or__", "__ror__", viewOr}, {"__sub__", "__rsub__", viewSub}, {"__xor__", "__rxor__", viewXor}} {
			op := op
			viewMethod(typ, op.name, func(t *Thread, v *DictView, args []Object, kw []*Str) (Object, *BaseException) {
				if exc := methArgs(typ.name+"."+op.name, op.name, args, kw, 1, 1); exc != nil {
					return nil, exc
				}
				return op.fn(t, v, args[0])
			})
			viewMethod(typ, op.rname, func(t *Thread, v *DictView, args []Object, kw []*Str) (Object, *BaseException) {
				if exc := methArgs(typ.name+"."+op.rname, op.rname, args, kw, 1, 1); exc != nil {
					return nil, exc
				}
				return op.fn(t, args[0], v)
			})
		}
	}
}
