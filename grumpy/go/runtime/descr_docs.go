package runtime

// The __doc__ of getset and member descriptors: CPython's docstring of the
// builtin type's attribute (descrDocs, generated), None otherwise (slots).
func descrDoc(name string, owner *Type) Object {
	if owner != nil && owner.builtin {
		if d, ok := descrDocs[owner.name+"."+name]; ok {
			return NewStr(d)
		}
	}
	return None
}

func init() {
	defGetSet(GetSetDescrType, "__doc__", func(t *Thread, o Object) (Object, *BaseException) {
		d := o.(*getSetDescr)
		return descrDoc(d.name, d.owner), nil
	}, nil)
	defGetSet(memberDescrType, "__doc__", func(t *Thread, o Object) (Object, *BaseException) {
		switch d := o.(type) {
		case *getSetDescr:
			return descrDoc(d.name, d.owner), nil
		case *memberDescr:
			return descrDoc(d.name, d.owner), nil
		}
		return None, nil
	}, nil)
}
