package runtime

// Read-only data attributes of builtin types, as CPython's descriptors:
// a getset (int.real: writing it is "attribute 'real' of 'int' objects is
// not writable") or a READONLY member (complex.real, range.start,
// slice.start: "readonly attribute").

// defAttr installs a read-only getset attribute computed from self.
func defAttr(typ *Type, name string, f func(self Object) (Object, *BaseException)) {
	defGetSet(typ, name, func(t *Thread, o Object) (Object, *BaseException) { return f(o) }, nil)
}

// defReadonly installs a read-only member attribute computed from self.
func defReadonly(typ *Type, name string, f func(self Object) (Object, *BaseException)) {
	defMember(typ, name, func(t *Thread, o Object) (Object, *BaseException) { return f(o) })
}
