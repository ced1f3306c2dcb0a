package runtime

import "testing"

// MakeInt's static boxes must behave as ordinary Int values.
func TestMakeIntBoxed(t *testing.T) {
	for _, v := range []int64{boxedIntMin - 1, boxedIntMin, -6, -5, 0, 1024, 1025, 99999, boxedIntMax, boxedIntMax + 1, 1 << 40, -1 << 40} {
		o := MakeInt(v)
		x, ok := o.(Int)
		if !ok || int64(x) != v {
			t.Fatalf("MakeInt(%d) = %#v", v, o)
		}
		if o != Object(Int(v)) {
			t.Fatalf("MakeInt(%d) != Int(%d) as Objects", v, v)
		}
		if allocs := testing.AllocsPerRun(10, func() { sinkObj = MakeInt(v) }); (v >= boxedIntMin && v <= boxedIntMax) != (allocs == 0) {
			t.Fatalf("MakeInt(%d): %v allocations", v, allocs)
		}
	}
}

var sinkObj Object
