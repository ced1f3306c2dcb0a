package runtime

// types.SimpleNamespace's pickling support (the type is in structseq.go):
// __reduce__ is (type(self), (), self.__dict__), as CPython's namespace_reduce.

func init() {
	DefMethod(SimpleNamespaceType, "__reduce__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("__reduce__", args[1:], kw, 0, 0); exc != nil {
			return nil, exc
		}
		var d Object = None
		if dd := dictOf(args[0]); dd != nil {
			d = dd
		}
		return NewTuple(TypeOf(args[0]), NewTuple(), d), nil
	})
}
