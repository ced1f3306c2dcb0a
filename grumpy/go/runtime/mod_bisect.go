package runtime

// The _bisect module: bisect_left/right and insort_left/right with lo, hi
// and key, over any sequence (items are read with __getitem__).

func init() {
	RegisterModule(&ModuleSpec{Name: "_bisect", Native: initBisect})
}

// bisectIndex is internal_bisect_left/right.
func bisectIndex(t *Thread, a, x Object, lo, hi int, key Object, right bool) (int, *BaseException) {
	if lo < 0 {
		return 0, NewError(ValueErrorType, "lo must be non-negative")
	}
	if hi == -1 {
		n, exc := Len(t, a)
		if exc != nil {
			return 0, exc
		}
		hi = n
	}
	l, isList := a.(*List)
	if isList && l.hdr.typ != nil {
		isList = false
	}
	for lo < hi {
		mid := int(uint(lo+hi) / 2)
		var item Object
		if isList {
			item = l.At(mid)
			if item == nil {
				return 0, NewError(IndexErrorType, "list index out of range")
			}
		} else {
			var exc *BaseException
			if item, exc = GetItem(t, a, MakeInt(int64(mid))); exc != nil {
				return 0, exc
			}
		}
		if key != nil && key != None {
			var exc *BaseException
			if item, exc = Call1(t, key, item); exc != nil {
				return 0, exc
			}
		}
		var lt bool
		var exc *BaseException
		if right {
			lt, exc = richLt(t, x, item)
		} else {
			lt, exc = richLt(t, item, x)
		}
		if exc != nil {
			return 0, exc
		}
		if lt == right {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo, nil
}

// bisectArgs parses (a, x, lo=0, hi=None, *, key=None).
func bisectArgs(t *Thread, fname string, args []Object, kw []*Str) (a, x Object, lo, hi int, key Object, exc *BaseException) {
	var loO, hiO Object
	key = None
	if exc = clinicArgs(fname, args, kw, []string{"a", "x", "lo?", "hi?", "$", "key?"}, &a, &x, &loO, &hiO, &key); exc != nil {
		return
	}
	hi = -1
	if loO != nil {
		if lo, exc = indexArg(t, loO); exc != nil {
			return
		}
	}
	if hiO != nil && hiO != None {
		if hi, exc = indexArg(t, hiO); exc != nil {
			return
		}
	}
	return
}

func initBisect(t *Thread, m *Module) *BaseException {
	m.dict.SetStr("__doc__", NewStr("Bisection algorithms.\n\nThis module provides support for maintaining a list in sorted order without\nhaving to sort the list after each insertion. For long lists of items with\nexpensive comparison operations, this can be an improvement over the more\ncommon approach.\n"))
	m.dict.delStr(InternStr("__builtins__"))
	for _, right := range []bool{false, true} {
		right := right
		suffix := "_left"
		if right {
			suffix = "_right"
		}
		bname, iname := "bisect"+suffix, "insort"+suffix
		nativeFunc(m, bname, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			a, x, lo, hi, key, exc := bisectArgs(t, bname, args, kw)
			if exc != nil {
				return nil, exc
			}
			i, exc := bisectIndex(t, a, x, lo, hi, key, right)
			if exc != nil {
				return nil, exc
			}
			return MakeInt(int64(i)), nil
		})
		nativeFunc(m, iname, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			a, x, lo, hi, key, exc := bisectArgs(t, iname, args, kw)
			if exc != nil {
				return nil, exc
			}
			kx := x
			if key != None {
				if kx, exc = Call1(t, key, x); exc != nil {
					return nil, exc
				}
			}
			i, exc := bisectIndex(t, a, kx, lo, hi, key, right)
			if exc != nil {
				return nil, exc
			}
			if l, ok := a.(*List); ok && l.hdr.typ == nil {
				l.mu.Lock()
				if i > len(l.items) {
					i = len(l.items)
				}
				l.items = append(l.items, nil)
				copy(l.items[i+1:], l.items[i:])
				l.items[i] = x
				l.mu.Unlock()
				return None, nil
			}
			if _, exc := CallMethod(t, a, InternStr("insert"), []Object{MakeInt(int64(i)), x}, nil); exc != nil {
				return nil, exc
			}
			return None, nil
		})
	}
	return nil
}
