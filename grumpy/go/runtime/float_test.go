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
