package runtime

import (
	"math/rand"
	"strings"
	"testing"
)

func TestStrASCIIFlipCase(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	cases := []string{"", "a", "Z", "abc", "hello, World! 0123456789", "@[`{", strings.Repeat("xY", 40)}
	for i := 0; i < 2000; i++ {
		b := make([]byte, r.Intn(40))
		for j := range b {
			b[j] = byte(r.Intn(128))
		}
		cases = append(cases, string(b))
	}
	for _, c := range cases {
		s := NewStr(c)
		if got, want := strASCIIFlipCase(s, 'a', 'z').s, strings.ToUpper(c); got != want {
			t.Fatalf("upper(%q) = %q, want %q", c, got, want)
		}
		if got, want := strASCIIFlipCase(s, 'A', 'Z').s, strings.ToLower(c); got != want {
			t.Fatalf("lower(%q) = %q, want %q", c, got, want)
		}
	}
}
