package runtime

import "sync"

// Dict is an insertion-ordered hash table laid out as CPython's compact dict:
// a dense entries array in insertion order plus a sparse index table probed
// with CPython's perturbation scheme.
//
// Thread safety: every operation holds mu, so each builtin dict operation is
// atomic as under free-threaded CPython. When a key comparison has to run
// Python code (__eq__ of a user class), the lock is released around the call
// and the lookup restarts if the table changed meanwhile, so user code can
// never deadlock on the dict it is stored in.
type Dict struct {
	hdr     header
	mu      sync.Mutex
	entries []dictEntry
	index   []int32
	used    int
	// version changes on every insertion or deletion (not on value
	// replacement), for "dictionary changed size during iteration".
	version uint64
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

func (d *Dict) grow(minUsed int) {
	size := 8
	for size*2 < minUsed*3 {
		size <<= 1
	}
	live := make([]dictEntry, 0, max(len(d.entries), size*2/3))
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
}

func (d *Dict) freeSlot(hash int64, mask uint64) uint64 {
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for d.index[i] != ixEmpty {
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
			if e.key == key {
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
	h, exc := Hash(t, key)
	if exc != nil {
		return nil, exc
	}
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

func (d *Dict) insert(t *Thread, key Object, h int64, value Object) *BaseException {
	n, _, exc := d.find(t, key, h)
	if exc != nil {
		return exc
	}
	if n >= 0 {
		d.entries[n].value = value
		return nil
	}
	if d.index == nil || (len(d.entries)+1)*3 >= len(d.index)*2 {
		d.grow(d.used + 1)
	}
	mask := uint64(len(d.index) - 1)
	slot := d.freeSlot(h, mask)
	d.index[slot] = int32(len(d.entries))
	d.entries = append(d.entries, dictEntry{h, key, value})
	d.used++
	d.version++
	return nil
}

// DelItem removes key; found is false when it was absent.
func (d *Dict) DelItem(t *Thread, key Object) (bool, *BaseException) {
	h, exc := Hash(t, key)
	if exc != nil {
		return false, exc
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.remove(t, key, h)
}

func (d *Dict) remove(t *Thread, key Object, h int64) (bool, *BaseException) {
	n, slot, exc := d.find(t, key, h)
	if exc != nil || n < 0 {
		return false, exc
	}
	d.index[slot] = ixDummy
	d.entries[n] = dictEntry{}
	d.used--
	d.version++
	// Trailing deleted entries can be dropped at once, which keeps popitem O(1).
	for len(d.entries) > 0 && d.entries[len(d.entries)-1].key == nil {
		d.entries = d.entries[:len(d.entries)-1]
	}
	return true, nil
}

func (d *Dict) delStr(key *Str) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	ok, _ := d.remove(nil, key, key.Hash())
	return ok
}

// Clear empties the dict.
func (d *Dict) Clear() {
	d.mu.Lock()
	d.entries, d.index, d.used = nil, nil, 0
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
	k, _ := d.Items()
	return k
}

// entryAt returns the pos-th slot for iteration: next live entry at or after
// pos, its position, and the dict's version for mutation checks.
func (d *Dict) entryAt(pos int) (key, value Object, next int, version uint64, used int) {
	d.mu.Lock()
	for pos < len(d.entries) && d.entries[pos].key == nil {
		pos++
	}
	if pos < len(d.entries) {
		e := d.entries[pos]
		key, value = e.key, e.value
		pos++
	}
	version, used = d.version, d.used
	d.mu.Unlock()
	return key, value, pos, version, used
}

// Copy returns a shallow copy.
func (d *Dict) Copy() *Dict {
	n := NewDict()
	d.mu.Lock()
	n.entries = make([]dictEntry, 0, d.used)
	for _, e := range d.entries {
		if e.key != nil {
			n.entries = append(n.entries, e)
		}
	}
	d.mu.Unlock()
	n.used = len(n.entries)
	if n.used > 0 {
		n.grow(n.used)
	}
	return n
}

// popLast removes and returns the last inserted item (popitem).
func (d *Dict) popLast() (Object, Object, bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	for i := len(d.entries) - 1; i >= 0; i-- {
		e := d.entries[i]
		if e.key != nil {
			d.remove(nil, e.key, e.hash)
			return e.key, e.value, true
		}
	}
	return nil, nil, false
}
