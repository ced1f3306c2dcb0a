package runtime

import "testing"

func TestUTF7Encode(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", ""}, {"abc", "abc"}, {"Hi Mom -☺-!", "Hi Mom -+Jjo--!"}, {"日本語", "+ZeVnLIqe-"},
		{"A≢Α.", "A+ImIDkQ."}, {"+", "+-"}, {"a+b-c", "a+-b-c"}, {"~\\", "+AH4AXA-"}, {"\x00a", "+AAA-a"},
		{"😀x", "+2D3eAA-x"}, {"é-", "+AOk--"}, {"éa", "+AOk-a"}, {"é ", "+AOk "}, {"1 + 1 = 2", "1 +- 1 = 2"},
		{"x😀", "x+2D3eAA-"},
	} {
		if got := string(encodeUTF7(NewStr(c.in))); got != c.want {
			t.Errorf("encodeUTF7(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestUTF7Decode(t *testing.T) {
	th := NewThread()
	for _, c := range []struct {
		in     string
		errors string
		final  bool
		want   string
		n      int
		err    string
	}{
		{"+AGEAYgBj-", "strict", true, "abc", 10, ""},
		{"+ZeVnLIqe-", "strict", false, "日本語", 10, ""},
		{"a+-b", "strict", true, "a+b", 4, ""},
		{"+AOk", "strict", true, "é", 4, ""},
		{"+AOk", "strict", false, "", 0, ""},
		{"+AOkA", "strict", true, "", 0, "'utf7' codec can't decode bytes in position 0-4: unterminated shift sequence"},
		{"+AOkA", "replace", true, "é\uFFFD", 5, ""},
		{"+2D3eAA-", "strict", true, "😀", 8, ""},
		{"+2D3eAA", "strict", false, "", 0, ""},
		{"\x80", "strict", true, "", 0, "'utf7' codec can't decode byte 0x80 in position 0: unexpected special character"},
		{"\x80", "replace", true, "\uFFFD", 1, ""},
		{"+!", "strict", true, "", 0, "'utf7' codec can't decode bytes in position 0-1: ill-formed sequence"},
		{"+!", "replace", true, "\uFFFD", 2, ""},
		{"+AG-", "strict", true, "", 0, "'utf7' codec can't decode bytes in position 0-3: partial character in shift sequence"},
		{"+AG-", "replace", true, "\uFFFD", 4, ""},
		{"+AOkx", "replace", true, "é\uFFFD", 5, ""},
	} {
		got, n, exc := decodeUTF7(th, []byte(c.in), c.errors, c.final)
		if c.err != "" {
			if exc == nil {
				t.Errorf("decodeUTF7(%q) = %q, want error %q", c.in, got, c.err)
			} else if s, _ := ToStr(th, exc); s == nil || s.s != c.err {
				t.Errorf("decodeUTF7(%q) error %v, want %q", c.in, s, c.err)
			}
			continue
		}
		if exc != nil || got != c.want || n != c.n {
			t.Errorf("decodeUTF7(%q, %s, %v) = %q, %d, %v; want %q, %d", c.in, c.errors, c.final, got, n, exc, c.want, c.n)
		}
	}
}
