package interp

import "testing"

func TestMangleName(t *testing.T) {
	for _, c := range []struct{ private, name, want string }{
		{"C", "__x", "_C__x"},
		{"C", "__x__", "__x__"},
		{"C", "_x", "_x"},
		{"C", "__", "__"},
		{"_C", "__x", "_C__x"},
		{"__C", "__x", "_C__x"},
		{"___", "__x", "__x"},
		{"", "__x", "__x"},
		{"C", "__a.b", "__a.b"},
	} {
		if got := mangleName(c.private, c.name); got != c.want {
			t.Errorf("mangleName(%q, %q) = %q, want %q", c.private, c.name, got, c.want)
		}
	}
}
