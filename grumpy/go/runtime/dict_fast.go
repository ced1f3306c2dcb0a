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
	h := key.Hash()
	for try := 0; try < 2; try++ {
		s1 := d.seq.Load()
		if s1&1 != 0 {
			continue
		}
		tab := d.tab.Load()
		if tab == nil {
			return nil, false
		}
		mask := uint64(len(tab.index) - 1)
		perturb := uint64(h)
		i := uint64(h) & mask
		for {
			ix := tab.index[i]
			if ix == ixEmpty {
				if d.seq.Load() == s1 {
					return nil, true
				}
				break
			}
			if ix >= 0 && int(ix) < len(tab.entries) {
				e := tab.entries[ix]
				if e.key == Object(key) {
					if d.seq.Load() == s1 {
						return e.value, true
					}
					break
				}
				if e.hash == h {
					// Equal but not identical, or another type: locked path.
					return nil, false
				}
			}
			perturb >>= 5
			i = (i*5 + perturb + 1) & mask
		}
	}
	return nil, false
}
