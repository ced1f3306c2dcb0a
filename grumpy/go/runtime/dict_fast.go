//go:build amd64 && !race

package runtime

// getStrFast looks a str key up without the dict's lock (a seqlock read;
// see Dict). Only identical key objects match here — interned names are,
// so attribute and global lookups hit — and the entry is copied before it is
// trusted, so a read racing a writer can only be retried, never misread.
// ok is false when the caller must take the locked path.
//
// Built only on amd64 (whose loads are not reordered with other loads, so
// the closing seq check covers the copied entry) and not under the race
// detector (which would report these deliberate, validated races).
func (d *Dict) getStrFast(key *Str) (Object, bool) {
	v, _, ok := d.getStrFastIndex(key)
	return v, ok
}

// getStrFastIndex is getStrFast that also returns the entry index of the
// key (-1 when absent).
func (d *Dict) getStrFastIndex(key *Str) (Object, int32, bool) {
	h := key.Hash()
	for try := 0; try < 2; try++ {
		s1 := d.seq.Load()
		if s1&1 != 0 {
			continue
		}
		tab := d.tab.Load()
		if tab == nil {
			return nil, -1, false
		}
		mask := uint64(len(tab.index) - 1)
		perturb := uint64(h)
		i := uint64(h) & mask
		for {
			ix := tab.index[i]
			if ix == ixEmpty {
				if d.seq.Load() == s1 {
					return nil, -1, true
				}
				break
			}
			if ix >= 0 && int(ix) < len(tab.entries) {
				e := &tab.entries[ix]
				if e.key == Object(key) {
					v := e.value
					if d.seq.Load() == s1 {
						return v, ix, true
					}
					break
				}
				if e.hash == h {
					// Equal but not identical, or another type: locked path.
					return nil, -1, false
				}
			}
			perturb >>= 5
			i = (i*5 + perturb + 1) & mask
		}
	}
	return nil, -1, false
}

// getStrAt returns the value of key if it sits at entry ix, without
// locking (seqlock-validated as getStrFast); nil when the guess is wrong or
// a writer is active.
func (d *Dict) getStrAt(key *Str, ix int32) Object {
	// An odd s1 (a writer active) needs no test of its own: the closing
	// comparison is against s1 rounded down to even, which the counter can
	// no longer equal, so the entry read meanwhile is discarded. This keeps
	// the function within Go's inlining budget.
	s1 := d.seq.Load()
	tab := d.tab.Load()
	if tab == nil || uint(ix) >= uint(len(tab.entries)) {
		return nil
	}
	e := &tab.entries[ix]
	v := e.value
	if e.key != Object(key) || d.seq.Load() != s1&^1 {
		return nil
	}
	return v
}
