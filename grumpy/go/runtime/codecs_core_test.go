package runtime

import "testing"

func TestDecodeUTF8Partial(t *testing.T) {
	th := NewThread()
	cases := []struct {
		in       string
		errors   string
		final    bool
		want     string
		consumed int
	}{
		{"ab\xc3", "strict", false, "ab", 2},
		{"ab\xc3", "replace", true, "ab\uFFFD", 3},
		{"h\xc3\xa9", "strict", true, "h\u00e9", 3},
		{"a\xffb", "ignore", true, "ab", 3},
		{"a\xffb", "backslashreplace", true, `a\xffb`, 3},
		{"\xed\xa0\x80", "surrogatepass", true, "\xed\xa0\x80", 3},
		{"\xff", "surrogateescape", true, "\xed\xb3\xbf", 1},
	}
	for _, c := range cases {
		s, n, exc := decodeUTF8(th, []byte(c.in), c.errors, c.final)
		if exc != nil || s != c.want || n != c.consumed {
			t.Errorf("decodeUTF8(%q, %s, %v) = %q, %d, %v", c.in, c.errors, c.final, s, n, exc)
		}
	}
	if _, _, exc := decodeUTF8(th, []byte("a\xe4\xb8x"), "strict", true); exc == nil || !exc.IsInstanceOf(UnicodeDecodeErrorType) {
		t.Error("want UnicodeDecodeError")
	}
}

func TestUTF16RoundTrip(t *testing.T) {
	th := NewThread()
	s := NewStr("a\u20ac\U0001f600")
	for _, bo := range []int{0, -1, 1} {
		b, exc := encodeUTF16(th, s, "strict", bo)
		if exc != nil {
			t.Fatal(exc)
		}
		back, n, _, exc := decodeUTF16(th, b, "strict", bo, true)
		if exc != nil || back != s.Value() || n != len(b) {
			t.Errorf("utf-16 bo=%d: %q %d %v", bo, back, n, exc)
		}
		b32, _ := encodeUTF32(th, s, "strict", bo)
		back, _, _, exc = decodeUTF32(th, b32, "strict", bo, true)
		if exc != nil || back != s.Value() {
			t.Errorf("utf-32 bo=%d: %q %v", bo, back, exc)
		}
	}
}

func TestEscapeCodecs(t *testing.T) {
	th := NewThread()
	s, n, exc := decodeUnicodeEscape(th, []byte(`a\tb\x41\101\u00e9\\`), "strict", true)
	if exc != nil || s != "a\tbAA\u00e9\\" || n != 20 {
		t.Errorf("unicode_escape: %q %d %v", s, n, exc)
	}
	if got := string(encodeUnicodeEscape(NewStr("a\\\t\u00e9\u20ac"))); got != `a\\\t\xe9\u20ac` {
		t.Errorf("unicode_escape encode: %s", got)
	}
	b, exc := decodeEscapeBytes([]byte(`a\n\x41\101`), "strict")
	if exc != nil || string(b) != "a\nAA" {
		t.Errorf("escape_decode: %q %v", b, exc)
	}
	if normalizeCodecName("Foo-Bar") != "foo_bar" || normalizeCodecName("\u00dcn\u00ef") != "n" {
		t.Error("normalizeCodecName")
	}
}
