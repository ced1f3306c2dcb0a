package runtime

// os.scandir's iterator has no constructor ("cannot create
// 'posix.ScandirIterator' instances"), and neither it nor os.DirEntry can
// be pickled or copied ("cannot pickle 'posix.DirEntry' object") instead of
// being rebuilt empty through object.__reduce_ex__.
func init() {
	DefStatic(ScandirIteratorType, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return nil, NewError(TypeErrorType, "cannot create 'posix.ScandirIterator' instances")
	})
	for _, typ := range []*Type{DirEntryType, ScandirIteratorType} {
		name := "posix." + typ.name
		DefMethod(typ, "__reduce_ex__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			return nil, Errorf(TypeErrorType, "cannot pickle '%s' object", name)
		})
	}
}
