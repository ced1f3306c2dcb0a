package runtime

// types.MethodType(function, instance): method_new. Bound methods are
// normally made by attribute access (descrGet); weakref.WeakMethod and
// user code also build them explicitly.
func init() {
	DefStatic(MethodType, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := NoKwargs("method", kw); exc != nil {
			return nil, exc
		}
		if len(args) != 3 {
			return nil, Errorf(TypeErrorType, "method expected 2 arguments, got %d", len(args)-1)
		}
		fn, self := args[1], args[2]
		if !isCallable(fn) {
			return nil, NewError(TypeErrorType, "first argument must be callable")
		}
		if self == None {
			return nil, NewError(TypeErrorType, "instance must not be None")
		}
		return NewMethod(fn, self), nil
	})
}
