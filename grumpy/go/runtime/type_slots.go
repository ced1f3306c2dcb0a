package runtime

// markSlotWrappers flags the dunder methods of builtin types installed
// without DefMethod (str's, with their fast entries) as slot wrappers. This
// file's init runs after those of the files that define them (Go runs the
// init functions of a package's files in file name order).
func init() {
	seen := map[*Type]bool{}
	var walk func(typ *Type)
	walk = func(typ *Type) {
		if seen[typ] || !typ.builtin {
			return
		}
		seen[typ] = true
		keys, vals := typ.dict.Items()
		for i, v := range vals {
			if b, ok := v.(*Builtin); ok && b.method && !b.slot && b.owner == typ {
				if k, ok := keys[i].(*Str); ok && isSlotWrapperName(typ, k.s) {
					b.slot = true
				}
			}
		}
		for _, sub := range typ.subclasses.list() {
			walk(sub)
		}
	}
	walk(ObjectType)
}
