package runtime

import (
	"math"
	"math/rand"
	"testing"
)

func TestParseIntText(t *testing.T) {
	cases := []struct {
		s    string
		base int
		want string // "" = invalid literal
	}{
		{"42", 10, "42"}, {" -42 ", 10, "-42"}, {"+7", 10, "7"}, {"1_000", 10, "1000"}, {"1__0", 10, ""},
		{"_1", 10, ""}, {"1_", 10, ""}, {"0x1f", 16, "31"}, {"0x_1f", 0, "31"}, {"0x", 16, ""}, {"0b101", 0, "5"},
		{"0o17", 0, "15"}, {"017", 0, ""}, {"00", 0, "0"}, {"0_0", 0, "0"}, {"z", 36, "35"}, {"12", 2, ""},
		{"", 10, ""}, {"  ", 10, ""}, {"9223372036854775808", 10, "9223372036854775808"},
		{"-9223372036854775809", 10, "-9223372036854775809"}, {"1 2", 10, ""}, {"1\x00", 10, ""},
	}
	th := NewThread()
	for _, c := range cases {
		r, exc := parseIntText(c.s, c.base)
		if exc != nil {
			t.Fatalf("parseIntText(%q, %d): %v", c.s, c.base, exc)
		}
		got := ""
		if r != nil {
			s, _ := Repr(th, r)
			got = s.s
		}
		if got != c.want {
			t.Errorf("parseIntText(%q, %d) = %q, want %q", c.s, c.base, got, c.want)
		}
	}
}

func TestGroupDigits(t *testing.T) {
	cases := []struct {
		digits   string
		minWidth int
		sep      string
		group    int
		want     string
	}{
		{"1234567", 0, ",", 3, "1,234,567"}, {"123", 0, ",", 3, "123"}, {"1234", 0, "_", 4, "1234"},
		{"12345", 0, "_", 4, "1_2345"}, {"1234", 8, ",", 3, "0,001,234"}, {"1", 5, "", 0, "00001"},
		{"12", 6, ",", 3, "00,012"}, {"0", 0, ",", 3, "0"},
	}
	for _, c := range cases {
		if got := groupDigits(c.digits, c.minWidth, c.sep, c.group); got != c.want {
			t.Errorf("groupDigits(%q, %d, %q, %d) = %q, want %q", c.digits, c.minWidth, c.sep, c.group, got, c.want)
		}
	}
}

func TestIntHashAndBits(t *testing.T) {
	cases := []struct {
		v         int64
		hash      int64
		bitLength int
	}{
		{0, 0, 0}, {1, 1, 1}, {-1, -2, 1}, {-2, -2, 2}, {1<<61 - 1, 0, 61}, {1 << 61, 1, 62},
		{math.MinInt64, -4, 64}, {math.MaxInt64, 3, 63},
	}
	for _, c := range cases {
		if h := intHash(Int(c.v)); h != c.hash {
			t.Errorf("intHash(%d) = %d, want %d", c.v, h, c.hash)
		}
		if n := intBitLength(Int(c.v)); n != c.bitLength {
			t.Errorf("bit_length(%d) = %d, want %d", c.v, n, c.bitLength)
		}
	}
}

// doubleToString in repr mode must agree with floatRepr everywhere.
func TestReprModesAgree(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 20000; i++ {
		f := math.Float64frombits(r.Uint64())
		if math.IsNaN(f) {
			continue
		}
		if a, b := floatRepr(f), doubleToString(f, 'r', 0, false, true, false, false); a != b {
			t.Fatalf("%x: floatRepr %q, doubleToString %q", math.Float64bits(f), a, b)
		}
	}
}
