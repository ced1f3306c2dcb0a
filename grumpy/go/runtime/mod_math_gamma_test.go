package runtime

import (
	"math"
	"testing"
)

// TestMathGammaStirling checks Gamma for large arguments against correctly
// rounded values (CPython's math_testcases.txt and exact factorials).
func TestMathGammaStirling(t *testing.T) {
	fact := func(n int) float64 {
		f := 1.0
		for i := 2; i < n; i++ {
			f *= float64(i)
		}
		return f
	}
	for _, c := range []struct{ x, want float64 }{
		{170, 4.2690680090047051e+304},
		{171, 7.2574156153079990e+306},
		{171.624, 1.7942117599248104e+308},
		{41, fact(41)}, // exact below 2**53 relative error of the product is tiny
	} {
		o, exc := mathGamma(c.x)
		if exc != nil {
			t.Fatalf("gamma(%v): %v", c.x, exc)
		}
		got := float64(o.(Float))
		if ulps := math.Abs(got-c.want) / (math.Nextafter(c.want, math.Inf(1)) - c.want); ulps > 4 {
			t.Errorf("gamma(%v) = %v, want %v (%.0f ulps)", c.x, got, c.want, ulps)
		}
	}
	for _, x := range []float64{171.625, 172, 2000, 1.7e308, math.MaxFloat64} {
		if _, exc := mathGamma(x); exc == nil {
			t.Errorf("gamma(%v) did not overflow", x)
		}
	}
}
