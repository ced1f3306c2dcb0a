package runtime

// slotTextSignature is the __text_signature__ CPython's slot wrappers and
// method-wrappers carry (from typeobject.c's slotdefs), so
// inspect.signature(object.__init__.__get__) works; "" when unknown.
func slotTextSignature(name string) string {
	switch name {
	case "__get__":
		return "($self, instance, owner=None, /)"
	case "__set__":
		return "($self, instance, value, /)"
	case "__delete__":
		return "($self, instance, /)"
	case "__pow__", "__rpow__":
		return "($self, value, mod=None, /)"
	case "__call__", "__init__":
		return "($self, /, *args, **kwargs)"
	case "__getattribute__", "__getattr__", "__delattr__":
		return "($self, name, /)"
	case "__setattr__":
		return "($self, name, value, /)"
	case "__setitem__":
		return "($self, key, value, /)"
	case "__getitem__", "__delitem__", "__contains__":
		return "($self, key, /)"
	case "__repr__", "__str__", "__hash__", "__len__", "__iter__", "__next__", "__bool__",
		"__neg__", "__pos__", "__abs__", "__invert__", "__int__", "__float__", "__index__",
		"__await__", "__aiter__", "__anext__", "__del__":
		return "($self, /)"
	case "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__", "__divmod__", "__rdivmod__":
		return "($self, value, /)"
	}
	for _, op := range binOps[:OpDivMod] {
		if name == op.name.s || name == op.rname.s || name == op.iname.s {
			return "($self, value, /)"
		}
	}
	return ""
}

// slotTextSignatureObj is slotTextSignature as __text_signature__'s value.
func slotTextSignatureObj(name string) Object {
	if s := slotTextSignature(name); s != "" {
		return NewStr(s)
	}
	return None
}
