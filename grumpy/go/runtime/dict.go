package runtime

import (
	"sync"
	"sync/atomic"
)

// Dict is an insertion-ordered hash table laid out as CPython's compact dict:
// a dense entries array in insertion order plus a sparse index table probed
// with CPython's perturbation scheme, resized by CPython's rules (usable
// fraction 2/3, growth to used*3), so that iteration during mutation
// behaves as in CPython.
//
// Thread safety: every operation holds mu, so each builtin dict operation is
// atomic as under free-threaded CPython. When a key comparison has to run
// Python code (__eq__ of a user class), the lock is released around the call
// and the lookup restarts if the table changed meanwhile, so user code can
// never deadlock on the dict it is stored in.
//
// Reads of str keys (attribute, global and keyword lookups) do not lock:
// writers bump seq to odd while they change the table and publish the
// current slice headers in tab, and a reader retries or falls back to the
// lock when seq moved under it (dict_fast.go, a seqlock).
type Dict struct {
	hdr     header
	mu      sync.Mutex
	seq     atomic.Uint64
	tab     atomic.Pointer[dictTable]
	entries []dictEntry
	index   []int32
	used    int
	// usable is how many more entries can be appended before a resize
	// (CPython's dk_usable: deletions do not give room back).
	usable int
	// version changes on every insertion or deletion (not on value
	// replacement).
	version uint64
}

// dictTable is the published view of a dict's storage for lock-free
// readers: the index and the entries array up to its capacity.
type dictTable struct {
	index   []int32
	entries []dictEntry
}

// beginWrite marks the table as changing (seq odd); called with mu held.
func (d *Dict) beginWrite() { d.seq.Add(1) }

// endWrite republishes the storage if it moved and marks the change done.
func (d *Dict) endWrite() {
	t := d.tab.Load()
	if t == nil || len(t.index) != len(d.index) || len(t.entries) != cap(d.entries) ||
		(len(d.index) > 0 && &t.index[0] != &d.index[0]) ||
		(cap(d.entries) > 0 && &t.entries[0] != &d.entries[:1][0]) {
		if d.index == nil {
			d.tab.Store(nil)
		} else {
			d.tab.Store(&dictTable{index: d.index, entries: d.entries[:cap(d.entries)]})
		}
	}
	d.seq.Add(1)
}

type dictEntry struct {
	hash  int64
	key   Object // nil for a deleted slot
	value Object
}

const (
	ixEmpty = -1
	ixDummy = -2
)

// DictType is `dict`.
var DictType = newBuiltinType("dict", ObjectType).solidType()

// Type implements Object.
func (d *Dict) Type() *Type { return d.hdr.instType(DictType) }

// NewDict returns an empty dict.
func NewDict() *Dict { return &Dict{} }

// Len returns the number of items.
func (d *Dict) Len() int {
	d.mu.Lock()
	n := d.used
	d.mu.Unlock()
	return n
}

// dictSizeFor is the smallest power of two >= n, at least 8.
func dictSizeFor(n int) int {
	size := 8
	for size < n {
		size <<= 1
	}
	return size
}

// resize rebuilds the table with size index slots, compacting entries.
// Called with mu held.
func (d *Dict) resize(size int) {
	live := make([]dictEntry, 0, size*2/3)
	for _, e := range d.entries {
		if e.key != nil {
			live = append(live, e)
		}
	}
	d.entries = live
	d.index = make([]int32, size)
	for i := range d.index {
		d.index[i] = ixEmpty
	}
	mask := uint64(size - 1)
	for n, e := range live {
		d.index[d.freeSlot(e.hash, mask)] = int32(n)
	}
	d.usable = size*2/3 - len(live)
	if d.seq.Load()&1 == 0 {
		// A fresh dict being filled (Copy): publish directly.
		d.beginWrite()
		d.endWrite()
	}
}

// freeSlot finds an empty or dummy index slot for hash (find_empty_slot).
func (d *Dict) freeSlot(hash int64, mask uint64) uint64 {
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for d.index[i] >= 0 {
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
	return i
}

// fastEq compares keys of builtin types without running Python code; ok is
// false when the comparison needs the full protocol.
func fastEq(a, b Object) (eq, ok bool) {
	switch x := a.(type) {
	case *Str:
		if y, isStr := b.(*Str); isStr {
			return x.s == y.s, true
		}
		switch b.(type) {
		case Int, Float, Bool, *BigInt, *Tuple:
			return false, true
		}
	case Int:
		switch y := b.(type) {
		case Int:
			return x == y, true
		case *Str:
			return false, true
		}
	}
	return false, false
}

// find returns the entry position of key, or -1, and the index slot.
// Called with mu held; may release and reacquire it around Python __eq__.
func (d *Dict) find(t *Thread, key Object, hash int64) (int, uint64, *BaseException) {
restart:
	if d.index == nil {
		return -1, 0, nil
	}
	mask := uint64(len(d.index) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		ix := d.index[i]
		if ix == ixEmpty {
			return -1, i, nil
		}
		if ix >= 0 {
			e := &d.entries[ix]
			if sameWords(e.key, key) {
				return int(ix), i, nil
			}
			if e.hash == hash {
				eq, ok := fastEq(e.key, key)
				if !ok {
					ek, ver, idx := e.key, d.version, d.index
					if t == nil {
						t = NewThread()
					}
					d.mu.Unlock()
					r, exc := Eq(t, ek, key)
					var truth bool
					if exc == nil {
						truth, exc = IsTrue(t, r)
					}
					d.mu.Lock()
					if exc != nil {
						return -1, 0, exc
					}
					if d.version != ver || len(d.index) != len(idx) || (len(idx) > 0 && &d.index[0] != &idx[0]) {
						goto restart
					}
					eq = truth
				}
				if eq {
					return int(ix), i, nil
				}
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// GetItem returns d[key] or nil when absent (no KeyError).
func (d *Dict) GetItem(t *Thread, key Object) (Object, *BaseException) {
	if s, ok := key.(*Str); ok {
		return d.getStr(s), nil
	}
	h, exc := Hash(t, key)
	if exc != nil {
		return nil, exc
	}
	return d.getKnownHash(t, key, h)
}

func (d *Dict) getKnownHash(t *Thread, key Object, h int64) (Object, *BaseException) {
	d.mu.Lock()
	n, _, exc := d.find(t, key, h)
	var v Object
	if n >= 0 {
		v = d.entries[n].value
	}
	d.mu.Unlock()
	return v, exc
}

// getStr is the fast lookup for str keys (attribute and global names).
func (d *Dict) getStr(key *Str) Object {
	if v, ok := d.getStrFast(key); ok {
		return v
	}
	h := key.Hash()
	d.mu.Lock()
	if d.index == nil {
		d.mu.Unlock()
		return nil
	}
	mask := uint64(len(d.index) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	for {
		ix := d.index[i]
		if ix == ixEmpty {
			d.mu.Unlock()
			return nil
		}
		if ix >= 0 {
			e := &d.entries[ix]
			if e.key == Object(key) {
				v := e.value
				d.mu.Unlock()
				return v
			}
			if e.hash == h {
				if s, ok := e.key.(*Str); ok && s.s == key.s {
					v := e.value
					d.mu.Unlock()
					return v
				}
				if _, ok := e.key.(*Str); !ok {
					// A key of another type with the same hash may compare
					// equal through Python code: take the general path.
					d.mu.Unlock()
					v, _ := d.getKnownHash(nil, key, h)
					return v
				}
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// GetStr is getStr for native code.
func (d *Dict) GetStr(key string) Object { return d.getStr(NewStr(key)) }

// SetItem sets d[key] = value.
func (d *Dict) SetItem(t *Thread, key, value Object) *BaseException {
	h, exc := Hash(t, key)
	if exc != nil {
		return exc
	}
	d.mu.Lock()
	exc = d.insert(t, key, h, value)
	d.mu.Unlock()
	return exc
}

// SetItemStr sets a str key (never runs Python code).
func (d *Dict) SetItemStr(key *Str, value Object) {
	d.mu.Lock()
	d.insert(nil, key, key.Hash(), value)
	d.mu.Unlock()
}

// SetStr is SetItemStr for native code.
func (d *Dict) SetStr(key string, value Object) { d.SetItemStr(InternStr(key), value) }

// insert is insertdict; called with mu held.
func (d *Dict) insert(t *Thread, key Object, h int64, value Object) *BaseException {
	n, _, exc := d.find(t, key, h)
	if exc != nil {
		return exc
	}
	if n >= 0 {
		d.beginWrite()
		d.entries[n].value = value
		d.endWrite()
		return nil
	}
	d.appendNew(key, h, value)
	return nil
}

// appendNew adds a key known to be absent; called with mu held.
func (d *Dict) appendNew(key Object, h int64, value Object) {
	d.beginWrite()
	defer d.endWrite()
	if d.usable <= 0 {
		d.resize(dictSizeFor(d.used * 3))
	}
	slot := d.freeSlot(h, uint64(len(d.index)-1))
	d.index[slot] = int32(len(d.entries))
	d.entries = append(d.entries, dictEntry{h, key, value})
	d.used++
	d.usable--
	d.version++
}

// DelItem removes key; found is false when it was absent.
func (d *Dict) DelItem(t *Thread, key Object) (bool, *BaseException) {
	h, exc := Hash(t, key)
	if exc != nil {
		return false, exc
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	_, found, exc := d.remove(t, key, h)
	return found, exc
}

// remove deletes key and returns its value; called with mu held.
func (d *Dict) remove(t *Thread, key Object, h int64) (Object, bool, *BaseException) {
	n, slot, exc := d.find(t, key, h)
	if exc != nil || n < 0 {
		return nil, false, exc
	}
	v := d.entries[n].value
	d.beginWrite()
	d.index[slot] = ixDummy
	d.entries[n] = dictEntry{}
	d.endWrite()
	d.used--
	d.version++
	return v, true, nil
}

func (d *Dict) delStr(key *Str) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	_, ok, _ := d.remove(nil, key, key.Hash())
	return ok
}

// Clear empties the dict.
func (d *Dict) Clear() {
	d.mu.Lock()
	d.beginWrite()
	d.entries, d.index, d.used, d.usable = nil, nil, 0, 0
	d.endWrite()
	d.version++
	d.mu.Unlock()
}

// Items returns a snapshot of the (key, value) pairs in order.
func (d *Dict) Items() (keys, values []Object) {
	d.mu.Lock()
	keys = make([]Object, 0, d.used)
	values = make([]Object, 0, d.used)
	for _, e := range d.entries {
		if e.key != nil {
			keys = append(keys, e.key)
			values = append(values, e.value)
		}
	}
	d.mu.Unlock()
	return
}

// Keys returns a snapshot of the keys in order.
func (d *Dict) Keys() []Object {
	d.mu.Lock()
	keys := make([]Object, 0, d.used)
	for _, e := range d.entries {
		if e.key != nil {
			keys = append(keys, e.key)
		}
	}
	d.mu.Unlock()
	return keys
}

// liveEntries returns a snapshot of the live entries (hash included).
func (d *Dict) liveEntries() []dictEntry {
	d.mu.Lock()
	out := make([]dictEntry, 0, d.used)
	for _, e := range d.entries {
		if e.key != nil {
			out = append(out, e)
		}
	}
	d.mu.Unlock()
	return out
}

// entryAt returns the next live entry at or after pos, the position after
// it (for PyDict_Next-style iteration), or a nil key at the end.
func (d *Dict) entryAt(pos int) (key, value Object, next int) {
	d.mu.Lock()
	for pos < len(d.entries) && d.entries[pos].key == nil {
		pos++
	}
	if pos < len(d.entries) {
		e := d.entries[pos]
		key, value = e.key, e.value
		pos++
	}
	d.mu.Unlock()
	return key, value, pos
}

// Copy returns a shallow copy (an exact dict).
func (d *Dict) Copy() *Dict {
	n := NewDict()
	d.mu.Lock()
	if d.used == 0 {
		d.mu.Unlock()
		return n
	}
	if d.used == len(d.entries) {
		// Clean table: clone the layout, as CPython does.
		n.entries = append(make([]dictEntry, 0, cap(d.entries)), d.entries...)
		n.index = append([]int32(nil), d.index...)
		n.used, n.usable = d.used, d.usable
		n.beginWrite() // publish for lock-free readers; seq stays even at rest
		n.endWrite()
		d.mu.Unlock()
		return n
	}
	live := make([]dictEntry, 0, d.used)
	for _, e := range d.entries {
		if e.key != nil {
			live = append(live, e)
		}
	}
	d.mu.Unlock()
	n.entries = live
	n.used = len(live)
	n.resize(dictSizeFor((len(live)*3 + 1) / 2))
	return n
}

// popLast removes and returns the last inserted item (popitem, LIFO).
func (d *Dict) popLast() (Object, Object, bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	i := len(d.entries) - 1
	for i >= 0 && d.entries[i].key == nil {
		i--
	}
	if i < 0 {
		return nil, nil, false
	}
	e := d.entries[i]
	mask := uint64(len(d.index) - 1)
	perturb := uint64(e.hash)
	j := uint64(e.hash) & mask
	for int(d.index[j]) != i {
		perturb >>= 5
		j = (j*5 + perturb + 1) & mask
	}
	d.beginWrite()
	d.index[j] = ixDummy
	d.entries[i] = dictEntry{}
	d.entries = d.entries[:i]
	d.endWrite()
	d.used--
	d.version++
	return e.key, e.value, true
}
