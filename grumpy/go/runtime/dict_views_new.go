package runtime

// dict_keys, dict_values and dict_items have no constructor (CPython's
// tp_new is NULL): calling the type is "cannot create 'dict_keys'
// instances", and copy/pickle refuse them ("cannot pickle 'dict_keys'
// object") instead of building an empty view through object.__reduce_ex__.
func init() {
	for _, typ := range dictViewTypes {
		typ := typ
		DefStatic(typ, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			return nil, Errorf(TypeErrorType, "cannot create '%s' instances", typ.name)
		})
		DefMethod(typ, "__reduce_ex__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			return nil, Errorf(TypeErrorType, "cannot pickle '%s' object", typ.name)
		})
	}
}
