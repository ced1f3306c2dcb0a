package runtime

// GetClass is o.__class__ (GetAttr(t, o, "__class__")) without the
// descriptor call for an ordinary instance: when its class neither
// overrides __getattribute__ nor defines __class__ itself, the answer is
// object's __class__ property, which returns type(o). Used by package interp
// for the `other.__class__ is self.__class__` tests of generated methods.
func GetClass(t *Thread, o Object) (Object, *BaseException) {
	if in, ok := o.(*Instance); ok {
		typ := in.typ
		if typ.typeFlags()&(flagCustomGetattribute|flagPlainClass) == flagPlainClass {
			return typ, nil
		}
	}
	return GetAttr(t, o, strClass)
}
