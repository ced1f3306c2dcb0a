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

// The statistics are kept per kind and drop site (the frame's code and
// line), and the skip grows fourfold per miss up to 4**dropMissMax.
func TestDropBackoffSites(t *testing.T) {
	th := NewThread()
	code := &Code{Name: "f", Qualname: "f"}
	th.frame = &Frame{code: code, Line: 10}
	var o Object = NewList(nil)
	a := dropKind(th, o)
	th.frame.Line = 11
	b := dropKind(th, o)
	if a == b {
		t.Fatal("two lines share a key")
	}
	for i := 0; i < 3; i++ {
		dropRecord(a, false)
	}
	if dropSkip(b) {
		t.Fatal("site b skipped because site a missed")
	}
	skips := 0
	for dropSkip(a) {
		skips++
	}
	if skips != 4 {
		t.Errorf("after 3 misses: %d skips, want 4", skips)
	}
	for i := 0; i < 40; i++ {
		dropRecord(a, false)
	}
	skips = 0
	for dropSkip(a) {
		skips++
	}
	if skips != 1<<(2*dropMissMax) {
		t.Errorf("capped skip %d, want %d", skips, 1<<(2*dropMissMax))
	}
	th.frame = nil
}
