package runtime

import "unsafe"

// sameWords reports whether two Objects are word for word the same
// interface value: the same dynamic type and the same data word.
//
// Go's == on two interface values calls runtime.ifaceeq whenever the type
// words match (it must find out whether the dynamic type compares by
// value), and identity tests sit on hot paths: `is`, the identity step of a
// dict probe, tuple and list comparison. For a pointer type sameWords is
// exactly ==; for a value type (Int, Float, Bool, Complex) two boxes of one
// value are equal under == but not the same words, so callers use it as a
// sufficient test and fall back to their full comparison when it fails.
func sameWords(a, b Object) bool {
	pa := (*[2]unsafe.Pointer)(unsafe.Pointer(&a))
	pb := (*[2]unsafe.Pointer)(unsafe.Pointer(&b))
	return pa[0] == pb[0] && pa[1] == pb[1]
}

// sameType reports whether two Objects hold the same dynamic Go type.
func sameType(a, b Object) bool {
	pa := (*[2]unsafe.Pointer)(unsafe.Pointer(&a))
	pb := (*[2]unsafe.Pointer)(unsafe.Pointer(&b))
	return pa[0] == pb[0]
}
