package runtime

// delItemUnsupported is PyObject_DelItem's error for a type without
// __delitem__. CPython words it two ways: a type with sequence slots (every
// class statement's type; builtins such as tuple, str, range, frozenset,
// mappingproxy) given an index goes through PySequence_DelItem ("doesn't");
// any other case says "does not".
func delItemUnsupported(typ *Type, key Object) *BaseException {
	if hasIndex(key) && (!typ.builtin || typ.lookup(strLen) != nil || typ.lookup(strContains) != nil) {
		return Errorf(TypeErrorType, "'%s' object doesn't support item deletion", typ.name)
	}
	return Errorf(TypeErrorType, "'%s' object does not support item deletion", typ.name)
}
