package runtime

import "testing"

func TestLocaleParseComposite(t *testing.T) {
	full := "LC_CTYPE=C.UTF-8;LC_NUMERIC=C;LC_TIME=C;LC_COLLATE=C;LC_MONETARY=C;LC_MESSAGES=C;" +
		"LC_PAPER=C;LC_NAME=C;LC_ADDRESS=C;LC_TELEPHONE=C;LC_MEASUREMENT=C;LC_IDENTIFICATION=C"
	cases := []struct {
		in    string
		ok    bool
		ctype string
	}{
		{full, true, "C.UTF-8"},
		{full + ";LC_CTYPE=POSIX", true, "C"},  // a later repetition wins
		{"LC_CTYPE=C;LC_NUMERIC=C", false, ""}, // not every category
		{"LC_FOO=C;" + full, false, ""},
		{"LC_CTYPE=xx_YY;" + full[len("LC_CTYPE=C.UTF-8;"):], false, ""},
		{"=;", false, ""},
		{full[:len(full)-1] + "C.UTF-8", false, ""}, // extra categories disagree
	}
	for _, c := range cases {
		cats, ok := localeParseComposite(c.in)
		if ok != c.ok || (ok && cats[0] != c.ctype) {
			t.Errorf("localeParseComposite(%q) = %v, %v; want ctype %q, %v", c.in, cats, ok, c.ctype, c.ok)
		}
	}
}

func TestCodecNameCheckNUL(t *testing.T) {
	if exc := codecNameCheck("utf-8\x00"); exc == nil || exc.Type() != ValueErrorType {
		t.Errorf("codecNameCheck with NUL: got %v", exc)
	}
	if exc := codecNameCheck("utf-8"); exc != nil {
		t.Errorf("codecNameCheck(utf-8): %v", exc)
	}
}
