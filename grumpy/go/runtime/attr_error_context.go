package runtime

// An AttributeError that leaves an attribute lookup carries the object and
// the name looked up (e.name, e.obj), as CPython 3.10+ records them in
// PyObject_GetAttr whatever raised the error: a slot left empty, a
// property, __getattr__ or __getattribute__. An error whose name or obj
// was already set (by its raiser) is left alone. Only the error path pays.

// withAttrContext fills exc's name and obj when exc is an AttributeError
// that has neither; it returns exc.
func withAttrContext(exc *BaseException, o Object, name *Str) *BaseException {
	if exc == nil || !exc.IsInstanceOf(AttributeErrorType) {
		return exc
	}
	excMu.Lock()
	if exc.fields["name"] == nil && exc.fields["obj"] == nil {
		if exc.fields == nil {
			exc.fields = make(map[string]Object, 4)
		}
		exc.fields["name"] = name
		exc.fields["obj"] = o
	}
	excMu.Unlock()
	return exc
}
