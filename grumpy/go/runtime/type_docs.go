package runtime

// Builtin types whose CPython tp_doc is NULL have __doc__ None in their own
// dict (PyType_Ready), so their instances do not inherit object's
// docstring: None.__doc__ is None.

func init() {
	for _, typ := range []*Type{NoneTypeType, NotImplementedTypeType, EllipsisType} {
		if typ.dict.GetStr("__doc__") == nil {
			typ.dict.SetStr("__doc__", None)
		}
	}
}
