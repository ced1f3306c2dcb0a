package runtime

// hasDescrGet reports whether a data descriptor found on a type also has
// __get__: one with only __set__/__delete__ does not take precedence over
// the instance dict when the attribute is read, and is returned itself when
// the dict lacks the name (CPython's PyObject_GenericGetAttr).
func hasDescrGet(d Object) bool {
	switch d.(type) {
	case *Property, *memberDescr, *getSetDescr:
		return true
	}
	dt := TypeOf(d)
	return dt.builtin || dt.lookup(strGet) != nil
}
