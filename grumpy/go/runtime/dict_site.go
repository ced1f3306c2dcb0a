package runtime

// Dict operations behind the attribute inline caches (attr_site.go): they
// take a guessed entry index and verify it, so an instance attribute access
// at a warm site costs one pointer comparison instead of a hash probe.

// getStrIndex is getStr that also says where the key sits in the entries
// (the hint a site keeps); (nil, -1) when absent.
func (d *Dict) getStrIndex(key *Str) (Object, int32) {
	if v, ix, ok := d.getStrFastIndex(key); ok {
		return v, ix
	}
	d.mu.Lock()
	n, _, _ := d.find(nil, key, key.Hash())
	if n < 0 {
		d.mu.Unlock()
		return nil, -1
	}
	v := d.entries[n].value
	d.mu.Unlock()
	return v, int32(n)
}

// hasStr reports whether a str key is present (lock-free when possible).
func (d *Dict) hasStr(key *Str) bool {
	if v, ok := d.getStrFast(key); ok {
		return v != nil
	}
	return d.getStr(key) != nil
}

// setStrGuess stores key = v with one lock round trip: when the guess ix
// is where key sits the value is replaced in place, otherwise the key is
// found or inserted the usual way. It returns where the key sits and
// whether the guess was wrong (the caller's cue to update its hint). One
// lock instead of a failed guess's lock plus an insertion's: a new
// attribute in __init__ is the common miss, and each lock round trip is
// two atomic instructions.
func (d *Dict) setStrGuess(key *Str, ix int32, v Object) (int32, bool) {
	d.mu.Lock()
	if ix >= 0 && int(ix) < len(d.entries) && d.entries[ix].key == Object(key) {
		// The storage does not move on a value replacement: bump seq
		// around the write without endWrite's republish checks.
		d.seq.Add(1)
		d.entries[ix].value = v
		d.seq.Add(1)
		d.mu.Unlock()
		return ix, false
	}
	n := d.setStrLocked(key, v)
	d.mu.Unlock()
	return n, true
}

// setStrLocked is SetItemStr with mu held, returning the entry index the
// key ended at.
func (d *Dict) setStrLocked(key *Str, v Object) int32 {
	h := key.Hash()
	n, slot, ok := d.findStr(key, h)
	if !ok {
		n, slot, _ = d.find(nil, key, h)
	}
	switch {
	case n >= 0:
		d.beginWrite()
		d.entries[n].value = v
		d.endWrite()
	case d.index != nil && d.usable > 0 && d.used == len(d.entries) && len(d.entries) < cap(d.entries):
		// No deletion since the last resize, so the index holds no dummy
		// and the empty slot find stopped at is where the key goes; the
		// storage does not move, so there is nothing to republish.
		n = len(d.entries)
		d.seq.Add(1)
		d.index[slot] = int32(n)
		d.entries = append(d.entries, dictEntry{h, key, v})
		d.used++
		d.usable--
		d.version++
		d.seq.Add(1)
	default:
		d.appendNew(key, h, v)
		n = len(d.entries) - 1
	}
	return int32(n)
}

// findStr is find for a str key with mu held, minus find's equality calls:
// a new attribute's probe meets only empty slots and other names' entries,
// so identity and hash comparisons settle it. ok is false when an entry
// with the same hash but another key object turns up (an equal str built
// at run time, or a hash collision): the caller then uses find.
func (d *Dict) findStr(key *Str, h int64) (n int, slot uint64, ok bool) {
	if d.index == nil {
		return -1, 0, true
	}
	mask := uint64(len(d.index) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	for {
		ix := d.index[i]
		if ix == ixEmpty {
			return -1, i, true
		}
		if ix >= 0 {
			e := &d.entries[ix]
			if e.key == Object(key) {
				return int(ix), i, true
			}
			if e.hash == h {
				return 0, 0, false
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}
