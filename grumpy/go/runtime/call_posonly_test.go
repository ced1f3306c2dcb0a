package runtime

import "testing"

func TestPosOnlyPassedAsKeyword(t *testing.T) {
	c := &Code{ArgNames: []string{"a", "b", "c"}, PosOnly: 2, ArgCount: 3}
	for _, tc := range []struct {
		kw   []string
		want string
	}{
		{[]string{"a", "b", "c"}, "a, b"},
		{[]string{"c", "b", "a"}, "a, b"},
		{[]string{"b"}, "b"},
		{[]string{"c"}, ""},
		{nil, ""},
	} {
		var kw []*Str
		for _, k := range tc.kw {
			kw = append(kw, NewStr(k))
		}
		if got := posOnlyPassedAsKeyword(c, kw); got != tc.want {
			t.Errorf("posOnlyPassedAsKeyword(%v) = %q, want %q", tc.kw, got, tc.want)
		}
	}
}
