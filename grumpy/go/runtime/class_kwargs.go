package runtime

// BuildClassFn is builtins.__build_class__, which CPython names in the
// errors of merging a class statement's `**kwargs` (MergeKwargs).
func BuildClassFn() Object {
	if b := Builtins.getStr(InternStr("__build_class__")); b != nil {
		return b
	}
	return None
}

// BuildClassKw is the class statement with `**kwargs` among its keywords:
// kw holds every keyword, merged in order by MergeKwarg/MergeKwargs (so its
// keys are strings and distinct).
func BuildClassKw(t *Thread, body ClassBody, name string, qualname string, module Object, bases []Object, kw *Dict) (Object, *BaseException) {
	keys, vals := kw.Items()
	names := make([]*Str, 0, len(keys))
	for _, k := range keys {
		s, ok := k.(*Str)
		if !ok {
			return nil, NewError(TypeErrorType, "keywords must be strings")
		}
		names = append(names, s)
	}
	return BuildClass(t, body, name, qualname, module, bases, names, vals)
}
