package runtime

import "unsafe"

// Float identity.
//
// Floats are Go values (Float in the Object interface), so they carry no
// object identity of their own. Identity matters for floats in one place:
// containers compare by identity before equality (PyObject_RichCompareBool),
// which is what makes a NaN findable in the list or dict holding it:
// `x = float('nan'); x in [x]`, `[x].count(x)`, `{x: 1}[x]`, `(x,) == (x,)`.
//
// The design: a Float boxed in an interface lives behind the interface's
// data pointer, allocated when the value is converted to Object (for NaN bit
// patterns Go never uses its static small-value boxes); copying the Object
// (storing it in a list, binding a name, passing it) copies that pointer.
// So the data pointer is a faithful identity for a NaN: each float('nan')
// call makes a new one, and one NaN object stays itself wherever it goes.
// floatIs therefore uses
//   - bit identity for non-NaN floats: equal values (same sign of zero) are
//     interchangeable everywhere but `is`, whose CPython answer depends on
//     constant merging and caching anyway, so being generous there is the
//     least surprising choice;
//   - box identity for NaNs: `x is x` is True, `float('nan') is
//     float('nan')` and `float('nan') in [float('nan')]` are False, as in
//     CPython.
//
// Go code that unwraps a NaN to float64 and boxes it again makes a new
// object, which is CPython's behaviour for arithmetic results as well.
// Eq (compare.go) takes the identity shortcut through Is, so dict lookup,
// `in`, count/index/remove all follow this rule.
func floatIs(a, b Object) bool {
	x, ok := a.(Float)
	if !ok {
		return false
	}
	y, ok := b.(Float)
	if !ok || floatBits(x) != floatBits(y) {
		return false
	}
	if x == x {
		return true
	}
	return ifaceData(&a) == ifaceData(&b)
}

// ifaceData is the data word of an interface value (gc's layout: a type or
// itab word followed by the data word).
func ifaceData(o *Object) unsafe.Pointer {
	return (*[2]unsafe.Pointer)(unsafe.Pointer(o))[1]
}
