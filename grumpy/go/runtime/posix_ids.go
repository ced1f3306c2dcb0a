package runtime

// idArg converts a uid/gid argument as CPython's _Py_Uid_Converter and
// _Py_Gid_Converter: any integer (__index__) in [0, 2**32-1], or -1 (the
// "unchanged" id); kind is "uid" or "gid" for the messages.
func idArg(t *Thread, o Object, kind string) (uintptr, *BaseException) {
	if !hasIndex(o) {
		return 0, Errorf(TypeErrorType, "%s should be integer, not %s", kind, TypeOf(o).name)
	}
	i, exc := Index(t, o)
	if exc != nil {
		return 0, exc
	}
	switch n := i.(type) {
	case Int:
		switch {
		case n == -1:
			return 0xFFFFFFFF, nil
		case n < -1 || n > 0xFFFFFFFF:
			// CPython 3.11 reports a value that does not fit uid_t but fits a
			// C long as "less than minimum" too.
			return 0, Errorf(OverflowErrorType, "%s is less than minimum", kind)
		}
		return uintptr(n), nil
	case *BigInt:
		if n.v.Sign() < 0 {
			return 0, Errorf(OverflowErrorType, "%s is less than minimum", kind)
		}
	}
	return 0, Errorf(OverflowErrorType, "%s is greater than maximum", kind)
}

