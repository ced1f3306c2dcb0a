//go:build !amd64 || race

package runtime

// getStrFast is disabled here: every read takes the dict's lock (see
// dict_fast.go for why the lock-free read is amd64-only and race-free builds only).
func (d *Dict) getStrFast(key *Str) (Object, bool) { return nil, false }
