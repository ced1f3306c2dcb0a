package runtime

import "testing"

func TestDropBackoff(t *testing.T) {
	kind := "test:backoff"
	// Misses in a row: no skip until dropMissFree, then 1, 2, 4... skips.
	var pattern []bool
	for i := 0; i < 20; i++ {
		if dropSkip(kind) {
			pattern = append(pattern, true)
			continue
		}
		pattern = append(pattern, false)
		dropRecord(kind, false)
	}
	collections := 0
	for _, s := range pattern {
		if !s {
			collections++
		}
	}
	if collections >= 12 || pattern[0] || pattern[1] || !pattern[2] {
		t.Fatalf("unexpected pattern %v", pattern)
	}
	// A drop that freed its object resets the kind.
	for dropSkip(kind) {
	}
	dropRecord(kind, true)
	if dropSkip(kind) {
		t.Fatal("skip after a freeing drop")
	}
	// Other kinds are independent.
	if dropSkip("test:other") {
		t.Fatal("other kind skipped")
	}
}
