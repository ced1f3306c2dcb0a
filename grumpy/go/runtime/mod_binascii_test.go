package runtime

import (
	"bytes"
	"testing"
)

func TestBinasciiBase64(t *testing.T) {
	for _, s := range []string{"", "a", "ab", "abc", "hello world", "\x00\xff\xfe"} {
		enc := b2aBase64([]byte(s), true)
		dec, exc := a2bBase64(enc, false)
		if exc != nil || string(dec) != s {
			t.Errorf("roundtrip %q: %q %v", s, dec, exc)
		}
	}
	bad := []struct {
		in     string
		strict bool
		msg    string
	}{
		{"abc", false, "Incorrect padding"},
		{"a", false, "Invalid base64-encoded string: number of data characters (1) cannot be 1 more than a multiple of 4"},
		{"aGV!sbG8=", true, "Only base64 data is allowed"},
		{"=aGVs", true, "Leading padding not allowed"},
		{"aGVsbG8==", true, "Excess data after padding"},
	}
	for _, c := range bad {
		_, exc := a2bBase64([]byte(c.in), c.strict)
		if exc == nil || exc.Args().Items()[0].(*Str).Value() != c.msg {
			t.Errorf("a2b_base64(%q): %v", c.in, exc)
		}
	}
}

func TestBinasciiHexUUCRC(t *testing.T) {
	th := NewThread()
	out, _ := hexWithSep(th, []byte{1, 0xab, 0xff, 0x10, 0x20}, NewStr(":"), MakeInt(2))
	if string(out) != "01:abff:1020" {
		t.Errorf("hexlify sep: %s", out)
	}
	out, _ = hexWithSep(th, []byte{1, 0xab, 0xff, 0x10, 0x20}, NewStr(":"), MakeInt(-2))
	if string(out) != "01ab:ff10:20" {
		t.Errorf("hexlify sep left: %s", out)
	}
	if b, exc := unhex([]byte("0aFF")); exc != nil || !bytes.Equal(b, []byte{10, 255}) {
		t.Errorf("unhex: %v %v", b, exc)
	}
	enc, _ := b2aUU([]byte("hello world"), false)
	if string(enc) != "+:&5L;&\\@=V]R;&0 \n" {
		t.Errorf("b2a_uu: %q", enc)
	}
	if dec, exc := a2bUU(enc); exc != nil || string(dec) != "hello world" {
		t.Errorf("a2b_uu: %q %v", dec, exc)
	}
	if crcHqx([]byte("hello"), 0) != 50018 {
		t.Errorf("crc_hqx: %d", crcHqx([]byte("hello"), 0))
	}
}
