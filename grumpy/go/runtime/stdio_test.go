package runtime

import "testing"

func TestStdHasSurrogate(t *testing.T) {
	cases := []struct {
		s    string
		want bool
	}{
		{"", false}, {"abc", false}, {"\xed\x9f\xbf", false}, {"x\xed\xa0\x80", true}, {"\xed\xb2\x80y", true},
		{"\xed", false}, {"é\xed\x9f\xbf\xed\xbf\xbf", true}, {"한국어", false},
	}
	for _, c := range cases {
		if got := stdHasSurrogate(c.s); got != c.want {
			t.Errorf("stdHasSurrogate(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

func TestStdioErrors(t *testing.T) {
	cases := []struct {
		env  map[string]string
		fd   int
		want string
	}{
		{map[string]string{"LANG": "C.UTF-8"}, 1, "surrogateescape"},
		{map[string]string{"LANG": "en_US.UTF-8"}, 1, "strict"},
		{map[string]string{"LANG": "en_US.UTF-8", "LC_ALL": "C"}, 1, "surrogateescape"},
		{map[string]string{"LANG": "C.UTF-8", "PYTHONIOENCODING": "utf-8:replace"}, 0, "replace"},
		{map[string]string{"LANG": "en_US.UTF-8", "PYTHONUTF8": "1"}, 1, "surrogateescape"},
		{map[string]string{"LANG": "en_US.UTF-8"}, 2, "backslashreplace"},
	}
	for i, c := range cases {
		for _, k := range []string{"LANG", "LC_ALL", "LC_CTYPE", "PYTHONIOENCODING", "PYTHONUTF8"} {
			t.Setenv(k, c.env[k])
		}
		if got := stdioErrors(c.fd); got != c.want {
			t.Errorf("case %d: stdioErrors(%d) = %q, want %q", i, c.fd, got, c.want)
		}
	}
}
