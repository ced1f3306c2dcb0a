package runtime

// The builtin containers' iterator types have no constructor (CPython's
// tp_new is NULL): calling one is "cannot create 'list_iterator'
// instances".
func init() {
	types := []*Type{listIterType, tupleIterType, strIterType, strUIterType, listRevIterType, setIterType,
		rangeIterType, longRangeIterType, bytesIterType, byteArrayIterType}
	for _, row := range dictIterTypes {
		types = append(types, row[:]...)
	}
	for _, typ := range types {
		typ := typ
		if typ.dict.getStr(strNew) != nil {
			continue
		}
		DefStatic(typ, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			return nil, Errorf(TypeErrorType, "cannot create '%s' instances", typ.name)
		})
	}
}

// __reduce__ of the set and dict iterators (setiter_reduce,
// dictiter_reduce): (iter, (list of the items still to come,)), computed on
// a copy of the iterator so the original does not advance.
func init() {
	iterReduce := func(t *Thread, cp Iterator) (Object, *BaseException) {
		var items []Object
		for {
			v, exc := cp.next(t)
			if exc != nil {
				return nil, exc
			}
			if v == nil {
				break
			}
			items = append(items, v)
		}
		return NewTuple(Builtins.GetStr("iter"), NewTuple(NewList(items...))), nil
	}
	DefMethod(setIterType, "__reduce__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		it, ok := args[0].(*setIter)
		if !ok {
			return nil, descrSelfError("__reduce__", setIterType, args)
		}
		it.s.mu.Lock()
		cp := *it
		it.s.mu.Unlock()
		return iterReduce(t, &cp)
	})
	for _, row := range dictIterTypes {
		for _, typ := range row {
			typ := typ
			DefMethod(typ, "__reduce__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
				it, ok := args[0].(*dictIter)
				if !ok || it.Type() != typ {
					return nil, descrSelfError("__reduce__", typ, args)
				}
				it.d.mu.Lock()
				cp := *it
				it.d.mu.Unlock()
				return iterReduce(t, &cp)
			})
		}
	}
}
