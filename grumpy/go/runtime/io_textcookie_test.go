package runtime

import (
	"math/big"
	"testing"
)

// CPython's C cookie layout: start_pos (64 bits), dec_flags, bytes_to_feed,
// chars_to_skip (32 bits each), need_eof (8 bits) at bit 160.
func TestTextCookieLayout(t *testing.T) {
	cases := []struct {
		start                     int64
		flags, feed, skip, needEO int
		want                      string
	}{
		{5, 0, 0, 0, 0, "5"},
		{3, 0, 0, 1, 0, "340282366920938463463374607431768211459"},
		{27, 0, 2, 1, 1, "1461501637671185285283079621208186302274788655131"},
		{8, 2, 0, 0, 0, "36893488147419103240"},
	}
	for _, c := range cases {
		got := buildCookie(c.start, c.flags, c.feed, c.skip, c.needEO)
		want, _ := new(big.Int).SetString(c.want, 10)
		if toBig(got).Cmp(want) != 0 {
			t.Errorf("buildCookie%v = %v, want %s", c, got, c.want)
		}
		p := parseCookie(got)
		if p.startPos != c.start || p.decFlags != c.flags || p.bytesToFeed != c.feed || p.charsToSkip != c.skip || p.needEOF != (c.needEO != 0) {
			t.Errorf("parseCookie(buildCookie%v) = %+v", c, p)
		}
	}
}
