package runtime

// GenericAlias.__iter__ (PEP 646): `*tuple[int, str]` yields the one
// unpacked alias, as CPython's ga_iter does. Without it iteration would fall
// back to __getitem__(0), (1), ... which substitutes type parameters forever.
func init() {
	DefMethod(GenericAliasType, "__iter__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("__iter__", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		ga, ok := args[0].(*GenericAlias)
		if !ok {
			return nil, Errorf(TypeErrorType, "descriptor '__iter__' requires a 'types.GenericAlias' object but received a '%s'", TypeOf(args[0]).name)
		}
		star := &GenericAlias{origin: ga.origin, args: ga.args, starred: true}
		return Iter(t, NewTuple(star))
	})
}
