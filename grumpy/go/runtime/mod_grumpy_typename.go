package runtime

// _grumpy.set_type_name(cls, "module.Name"): gives a class defined in Python
// the C-level tp_name CPython's messages use for an extension type of the
// same name ("unsupported operand type(s) for +: 'decimal.Decimal' and
// 'float'"), while its __name__ stays the bare name. The stdlib overlay uses
// it where CPython runs a C accelerator (decimal's _decimal) and Grumpy the
// pure-Python module.

func defGrumpySetTypeName(d *Dict) {
	d.SetStr("set_type_name", NewBuiltin("set_type_name", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("set_type_name", args, kw, 2, 2); exc != nil {
			return nil, exc
		}
		typ, ok := args[0].(*Type)
		if !ok {
			return nil, Errorf(TypeErrorType, "set_type_name() argument 1 must be type, not %s", TypeOf(args[0]).name)
		}
		full, ok := args[1].(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "set_type_name() argument 2 must be str, not %s", TypeOf(args[1]).name)
		}
		if _, done := nativeShortNames.Load(typ); !done {
			nativeShortNames.Store(typ, typ.name)
		}
		typ.name = full.s
		return None, nil
	}))
}
