package runtime

import (
	"math"
	"testing"
)

func TestLibmPow(t *testing.T) {
	cases := []struct{ x, y, want float64 }{
		{1.1, 10, 2.5937424601000023}, {1.05, 10, 1.628894626777442}, {1.1, -3, 0.7513148009015775},
		{2, 0.5, 1.4142135623730951}, {10, -2, 0.01}, {1.5, 1.5, 1.8371173070873836}, {7, 0.3, 1.792789962520997},
		{0.9, 100, 2.6561398887587544e-05}, {2, 1024, math.Inf(1)}, {2, -1074, 5e-324}, {2, -1080, 0},
	}
	for _, c := range cases {
		if got := libmPow(c.x, c.y); got != c.want {
			t.Errorf("libmPow(%v, %v) = %v, want %v", c.x, c.y, got, c.want)
		}
	}
}

func TestScanFloat(t *testing.T) {
	cases := []struct {
		s    string
		n    int
		want float64
	}{
		{"1.5", 3, 1.5}, {"1e", 1, 1}, {"1e+", 1, 1}, {".5x", 2, 0.5}, {"-inf", 4, math.Inf(-1)},
		{"infinityx", 8, math.Inf(1)}, {"e5", 0, 0}, {"+.e1", 0, 0}, {"12e-1j", 5, 1.2},
	}
	for _, c := range cases {
		f, n := scanFloat(c.s)
		if n != c.n || (n > 0 && f != c.want) {
			t.Errorf("scanFloat(%q) = %v, %d; want %v, %d", c.s, f, n, c.want, c.n)
		}
	}
}

func TestFloatHexRoundTrip(t *testing.T) {
	for _, f := range []float64{0, 1, -1.5, 0.1, 5e-324, math.MaxFloat64, 2.2250738585072014e-308, 1e300} {
		g, exc := floatFromHex(floatHex(f))
		if exc != nil || g != f {
			t.Errorf("fromhex(hex(%v)) = %v, %v", f, g, exc)
		}
	}
}

func TestFloatIs(t *testing.T) {
	nan := func() Object { return Float(math.NaN()) }
	x := nan()
	y := x
	list := []Object{x, Float(1.5), Float(math.Copysign(0, -1))}
	cases := []struct {
		a, b Object
		want bool
	}{
		{x, x, true}, {x, y, true}, {list[0], x, true}, {nan(), nan(), false}, {x, nan(), false},
		{Float(1.5), list[1], true}, {Float(0), list[2], false}, {Float(math.Inf(1)), Float(math.Inf(1)), true},
		{x, MakeInt(0), false}, {MakeInt(1), Float(1), false},
	}
	for i, c := range cases {
		if got := floatIs(c.a, c.b); got != c.want {
			t.Errorf("case %d: floatIs(%v, %v) = %v, want %v", i, c.a, c.b, got, c.want)
		}
	}
}
