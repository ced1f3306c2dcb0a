package runtime

// Calling the type of None, Ellipsis or NotImplemented returns the
// singleton itself (and takes no arguments), as CPython.

func init() {
	for _, s := range []struct {
		typ  *Type
		name string // the name CPython's message uses
		v    Object
	}{
		{NoneTypeType, "NoneType", None},
		{EllipsisType, "EllipsisType", Ellipsis},
		{NotImplementedTypeType, "NotImplementedType", NotImplemented},
	} {
		s := s
		DefStatic(s.typ, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if _, exc := checkNewType(s.typ.name, s.typ, args); exc != nil {
				return nil, exc
			}
			if len(args) > 1 {
				return nil, Errorf(TypeErrorType, "%s takes no arguments", s.name)
			}
			return s.v, nil
		})
	}
	// None.__bool__ (and NotImplemented's): dir(None) lists it first.
	for _, s := range []struct {
		typ *Type
		v   Object
	}{{NoneTypeType, False}, {NotImplementedTypeType, True}} {
		s := s
		DefMethod(s.typ, "__bool__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := ArgCount("__bool__", args[1:], kw, 0, 0); exc != nil {
				return nil, exc
			}
			return s.v, nil
		})
	}
}
