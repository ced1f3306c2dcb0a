package runtime

import "math"

// GetItem is o[key].
func GetItem(t *Thread, o, key Object) (Object, *BaseException) {
	switch v := o.(type) {
	case *List:
		if i, ok := key.(Int); ok && v.hdr.typ == nil {
			v.mu.Lock()
			n := len(v.items)
			idx := int(i)
			if idx < 0 {
				idx += n
			}
			if idx >= 0 && idx < n {
				r := v.items[idx]
				v.mu.Unlock()
				return r, nil
			}
			v.mu.Unlock()
			return nil, NewError(IndexErrorType, "list index out of range")
		}
		if v.hdr.typ == nil {
			return listGetItem(t, v, key)
		}
	case *Tuple:
		if i, ok := key.(Int); ok {
			idx := int(i)
			if idx < 0 {
				idx += len(v.items)
			}
			if idx >= 0 && idx < len(v.items) {
				return v.items[idx], nil
			}
			return nil, NewError(IndexErrorType, "tuple index out of range")
		}
		return tupleGetItem(t, v, v, key)
	case *Dict:
		if v.hdr.typ == nil {
			r, exc := v.GetItem(t, key)
			if r == nil && exc == nil {
				return nil, keyError(key)
			}
			return r, exc
		}
	case *Str:
		return strGetItem(t, v, key)
	}
	typ := TypeOf(o)
	f := typ.lookup(strGetitem)
	if f == nil {
		if ty, ok := o.(*Type); ok {
			if cg := ty.lookup(InternStr("__class_getitem__")); cg != nil {
				m, exc := descrGet(t, cg, nil, ty)
				if exc != nil {
					return nil, exc
				}
				if _, isCM := cg.(*ClassMethod); !isCM {
					if fn, ok := cg.(*Function); ok {
						m = NewMethod(fn, ty)
					}
				}
				return Call1(t, m, key)
			}
			if ty == TypeType {
				return NewGenericAlias(ty, key), nil
			}
			return nil, Errorf(TypeErrorType, "type '%s' is not subscriptable", ty.name)
		}
		return nil, Errorf(TypeErrorType, "'%s' object is not subscriptable", typ.name)
	}
	return callBinaryDunder(t, f, o, key)
}

func keyError(key Object) *BaseException {
	return NewException(KeyErrorType, key)
}

// SetItem is o[key] = v.
func SetItem(t *Thread, o, key, v Object) *BaseException {
	switch c := o.(type) {
	case *List:
		if i, ok := key.(Int); ok && c.hdr.typ == nil {
			c.mu.Lock()
			idx := int(i)
			if idx < 0 {
				idx += len(c.items)
			}
			if idx >= 0 && idx < len(c.items) {
				c.items[idx] = v
				c.mu.Unlock()
				return nil
			}
			c.mu.Unlock()
			return NewError(IndexErrorType, "list assignment index out of range")
		}
		if c.hdr.typ == nil {
			return listSetItem(t, c, key, v)
		}
	case *Dict:
		if c.hdr.typ == nil {
			return c.SetItem(t, key, v)
		}
	}
	typ := TypeOf(o)
	f := typ.lookup(strSetitem)
	if f == nil {
		return Errorf(TypeErrorType, "'%s' object does not support item assignment", typ.name)
	}
	m, exc := descrGet(t, f, o, typ)
	if exc != nil {
		return exc
	}
	_, exc = Call2(t, m, key, v)
	return exc
}

// DelItem is del o[key].
func DelItem(t *Thread, o, key Object) *BaseException {
	switch c := o.(type) {
	case *Dict:
		if c.hdr.typ == nil {
			found, exc := c.DelItem(t, key)
			if exc == nil && !found {
				return keyError(key)
			}
			return exc
		}
	case *List:
		if c.hdr.typ == nil {
			return listDelItem(t, c, key)
		}
	}
	typ := TypeOf(o)
	f := typ.lookup(strDelitem)
	if f == nil {
		return delItemUnsupported(typ, key)
	}
	_, exc := callBinaryDunder(t, f, o, key)
	return exc
}

// Contains is `item in o`.
func Contains(t *Thread, o, item Object) (bool, *BaseException) {
	switch c := o.(type) {
	case *Dict:
		if c.hdr.typ == nil {
			v, exc := c.GetItem(t, item)
			return v != nil, exc
		}
	case *List:
		if c.hdr.typ == nil {
			i, exc := c.find(t, item, 0, math.MaxInt)
			return i >= 0, exc
		}
	case *Tuple:
		i, exc := tupleFind(t, c.items, item, 0, len(c.items))
		return i >= 0, exc
	case *Set:
		if c.hdr.typ == nil {
			return setKeyRetry(t, item, func(k Object, h int64) (bool, *BaseException) {
				return c.containsEntry(t, k, h)
			})
		}
	case *Str:
		s, ok := strArg(item)
		if !ok {
			return false, Errorf(TypeErrorType, "'in <string>' requires string as left operand, not %s", TypeOf(item).name)
		}
		return containsStr(c.s, s.s), nil
	}
	if f := TypeOf(o).lookup(strContains); f != nil {
		r, exc := callBinaryDunder(t, f, o, item)
		if exc != nil {
			return false, exc
		}
		return IsTrue(t, r)
	}
	it, exc := Iter(t, o)
	if exc != nil {
		if exc.IsInstanceOf(TypeErrorType) {
			return false, Errorf(TypeErrorType, "argument of type '%s' is not iterable", TypeOf(o).name)
		}
		return false, exc
	}
	for {
		v, exc := Next(t, it)
		if exc != nil {
			return false, exc
		}
		if v == nil {
			return false, nil
		}
		if Is(v, item) {
			return true, nil
		}
		r, exc := Eq(t, v, item)
		if exc != nil {
			return false, exc
		}
		if b, exc := IsTrue(t, r); exc != nil || b {
			return b, exc
		}
	}
}

// In returns `item in o` as a bool object (NotIn is its negation).
func In(t *Thread, item, o Object) (Object, *BaseException) {
	b, exc := Contains(t, o, item)
	return Bool(b), exc
}

// NotIn is `item not in o`.
func NotIn(t *Thread, item, o Object) (Object, *BaseException) {
	b, exc := Contains(t, o, item)
	return Bool(!b), exc
}
