//go:build !amd64 || race

package runtime

// getStrFast is disabled here: every read takes the dict's lock (see
// dict_fast.go for why the lock-free read is amd64-only and race-free builds only).
func (d *Dict) getStrFast(key *Str) (Object, bool) { return nil, false }

// getStrAt returns the value of key if it sits at entry ix (locked here).
func (d *Dict) getStrAt(key *Str, ix int32) Object {
	d.mu.Lock()
	defer d.mu.Unlock()
	if ix < 0 || int(ix) >= len(d.entries) || d.entries[ix].key != Object(key) {
		return nil
	}
	return d.entries[ix].value
}

// getStrFastIndex is disabled here as getStrFast.
func (d *Dict) getStrFastIndex(key *Str) (Object, int32, bool) { return nil, -1, false }
