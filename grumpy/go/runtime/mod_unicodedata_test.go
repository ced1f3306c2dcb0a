package runtime

import "testing"

func TestUnicodedataProperties(t *testing.T) {
	db := ucdDB{}
	for _, c := range []struct {
		r      rune
		cat    string
		bidi   string
		ccc    uint8
		eaw    string
		name   string
		decomp string
	}{
		{'a', "Ll", "L", 0, "Na", "LATIN SMALL LETTER A", ""},
		{'\u00e9', "Ll", "L", 0, "A", "LATIN SMALL LETTER E WITH ACUTE", "0065 0301"},
		{'\u0301', "Mn", "NSM", 230, "A", "COMBINING ACUTE ACCENT", ""},
		{'\u4e00', "Lo", "L", 0, "W", "CJK UNIFIED IDEOGRAPH-4E00", ""},
		{'\uac01', "Lo", "L", 0, "W", "HANGUL SYLLABLE GAG", ""},
		{'\ufb01', "Ll", "L", 0, "N", "LATIN SMALL LIGATURE FI", "<compat> 0066 0069"},
		{0x378, "Cn", "", 0, "F", "", ""}, // CPython reports F for unassigned
	} {
		rec := db.record(c.r)
		name, _ := db.name(c.r)
		if ucdCategories[rec.cat] != c.cat || ucdBidiNames[rec.bidi] != c.bidi || rec.ccc != c.ccc ||
			ucdEAWNames[rec.eaw] != c.eaw || name != c.name || db.decomposition(c.r) != c.decomp {
			t.Errorf("U+%04X: %s %s %d %s %q %q", c.r, ucdCategories[rec.cat], ucdBidiNames[rec.bidi], rec.ccc,
				ucdEAWNames[rec.eaw], name, db.decomposition(c.r))
		}
	}
	if rs, ok := db.lookup("latin capital letter gha"); !ok || string(rs) != "\u01a2" {
		t.Errorf("alias lookup: %q %v", string(rs), ok)
	}
	if rs, ok := db.lookup("KEYCAP NUMBER SIGN"); !ok || string(rs) != "#\ufe0f\u20e3" {
		t.Errorf("named sequence lookup: %q %v", string(rs), ok)
	}
}

func TestUnicodedataNormalize(t *testing.T) {
	db := ucdDB{}
	for _, c := range []struct {
		form, in, want string
	}{
		{"NFC", "e\u0301", "\u00e9"},
		{"NFD", "\u00e9", "e\u0301"},
		{"NFD", "\u1e0b\u0323", "d\u0323\u0307"},
		{"NFC", "\u1e0b\u0323", "\u1e0d\u0307"},
		{"NFKC", "\ufb01", "fi"},
		{"NFKD", "\u00bd", "1\u20442"},
		{"NFC", "\u1100\u1161\u11a8", "\uac01"},
		{"NFD", "\uac01", "\u1100\u1161\u11a8"},
		{"NFC", "\u0958", "\u0915\u093c"},
	} {
		got, _ := db.normalize(c.form, []rune(c.in))
		if string(got) != c.want {
			t.Errorf("%s(%+q) = %+q, want %+q", c.form, c.in, string(got), c.want)
		}
	}
}
