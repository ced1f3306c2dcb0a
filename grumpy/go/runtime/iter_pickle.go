package runtime

// Pickling support of callable_iterator (iter(f, sentinel)) and the
// __getitem__ sequence iterator ("iterator"), as CPython 3.11's
// calliter_reduce, iter_reduce and iter_setstate: the builtin iter is
// looked up before the iterator's state is read.

func init() {
	DefMethod(callIterType, "__reduce__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		var it *callIter
		if len(args) > 0 {
			it, _ = args[0].(*callIter)
		}
		if it == nil {
			return nil, descrSelfError("__reduce__", callIterType, args)
		}
		if exc := methArgs("callable_iterator.__reduce__", "__reduce__", args[1:], kw, 0, 0); exc != nil {
			return nil, exc
		}
		iter := Builtins.GetStr("iter")
		it.mu.Lock()
		done, fn, sentinel := it.done, it.fn, it.sentinel
		it.mu.Unlock()
		if done || fn == nil {
			return NewTuple(iter, NewTuple(emptyTuple)), nil
		}
		return NewTuple(iter, NewTuple(fn, sentinel)), nil
	})
	getitemSelf := func(args []Object, name string) (*getitemIter, *BaseException) {
		if len(args) > 0 {
			if it, ok := args[0].(*getitemIter); ok {
				return it, nil
			}
		}
		return nil, descrSelfError(name, getitemIterType, args)
	}
	DefMethod(getitemIterType, "__reduce__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		it, exc := getitemSelf(args, "__reduce__")
		if exc != nil {
			return nil, exc
		}
		if exc := methArgs("iterator.__reduce__", "__reduce__", args[1:], kw, 0, 0); exc != nil {
			return nil, exc
		}
		iter := Builtins.GetStr("iter")
		it.mu.Lock()
		done, seq, i := it.done, it.seq, it.i
		it.mu.Unlock()
		if done || seq == nil {
			return NewTuple(iter, NewTuple(emptyTuple)), nil
		}
		return NewTuple(iter, NewTuple(seq), MakeInt(int64(i))), nil
	})
	DefMethod(getitemIterType, "__setstate__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		it, exc := getitemSelf(args, "__setstate__")
		if exc != nil {
			return nil, exc
		}
		if exc := methArgs("iterator.__setstate__", "__setstate__", args[1:], kw, 1, 1); exc != nil {
			return nil, exc
		}
		i, exc := ssizeArg(args[1])
		if exc != nil {
			return nil, exc
		}
		it.mu.Lock()
		if !it.done && it.seq != nil {
			it.i = max(i, 0)
		}
		it.mu.Unlock()
		return None, nil
	})
}
