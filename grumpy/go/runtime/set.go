package runtime

import "sync"

// Set is a set or frozenset, laid out as CPython's setobject: an
// open-addressing table of (hash, key) entries probed linearly for
// setLinearProbes slots and then by perturbation, with dummy entries for
// deletions and CPython's resize policy, so iteration order is CPython's
// for the same sequence of operations.
//
// Thread safety: mu guards the table. Key comparisons that run Python
// code release the lock and restart the probe if the table changed, as
// CPython's set_lookkey does.
type Set struct {
	hdr    header
	mu     sync.Mutex
	table  []setEntry // nil: empty table of setMinSize (allocated on first insert)
	fill   int        // active + dummy entries
	used   int        // active entries
	finger int        // where pop() resumes
	hash   int64      // frozenset hash cache, valid when hashed
	hashed bool
	frozen bool
}

type setEntry struct {
	key  Object // nil: unused; setDummy: deleted
	hash int64
}

type setDummyObj struct{}

func (*setDummyObj) Type() *Type { return ObjectType }

var setDummy Object = &setDummyObj{}

const (
	setMinSize      = 8
	setLinearProbes = 9
	setPerturbShift = 5
)

var (
	// SetType is `set`.
	SetType = newBuiltinType("set", ObjectType).solidType()
	// FrozenSetType is `frozenset`.
	FrozenSetType = newBuiltinType("frozenset", ObjectType).solidType()
)

// Type implements Object.
func (s *Set) Type() *Type {
	if s.frozen {
		return s.hdr.instType(FrozenSetType)
	}
	return s.hdr.instType(SetType)
}

// NewSet makes an empty set.
func NewSet() *Set { return &Set{} }

// NewFrozenSet makes an empty frozenset.
func NewFrozenSet() *Set { return &Set{frozen: true} }

// Add inserts v.
func (s *Set) Add(t *Thread, v Object) *BaseException {
	h, exc := Hash(t, v)
	if exc != nil {
		return exc
	}
	s.mu.Lock()
	exc = s.addEntry(t, v, h)
	s.mu.Unlock()
	return exc
}

// Items returns the elements in iteration order.
func (s *Set) Items() []Object {
	s.mu.Lock()
	out := make([]Object, 0, s.used)
	for _, e := range s.table {
		if e.key != nil && e.key != setDummy {
			out = append(out, e.key)
		}
	}
	s.mu.Unlock()
	return out
}

// entries returns the active (key, hash) entries in table order.
func (s *Set) entries() []setEntry {
	s.mu.Lock()
	out := make([]setEntry, 0, s.used)
	for _, e := range s.table {
		if e.key != nil && e.key != setDummy {
			out = append(out, e)
		}
	}
	s.mu.Unlock()
	return out
}

// Len is len(s).
func (s *Set) Len() int {
	s.mu.Lock()
	n := s.used
	s.mu.Unlock()
	return n
}

// Contains is `v in s`.
func (s *Set) Contains(t *Thread, v Object) (bool, *BaseException) {
	h, exc := Hash(t, v)
	if exc != nil {
		return false, exc
	}
	return s.containsEntry(t, v, h)
}

func (s *Set) mask() int {
	if s.table == nil {
		return setMinSize - 1
	}
	return len(s.table) - 1
}

// keysEqual compares a stored key with a probe key (same hash). It
// releases s.mu around Python __eq__; changed reports that the table was
// modified meanwhile, so the probe must restart.
func (s *Set) keysEqual(t *Thread, j int, startkey, key Object) (eq, changed bool, exc *BaseException) {
	if e, ok := quickEq(startkey, key); ok {
		return e, false, nil
	}
	table := s.table
	s.mu.Unlock()
	eq, exc = richEq(t, startkey, key)
	s.mu.Lock()
	if exc != nil {
		return false, false, exc
	}
	if len(s.table) != len(table) || &s.table[0] != &table[0] || !Is(s.table[j].key, startkey) {
		return false, true, nil
	}
	return eq, false, nil
}

// lookkey is set_lookkey: the index of key's entry, or of the unused slot
// that ends its probe sequence (-1 when the table is not allocated).
// Called with mu held.
func (s *Set) lookkey(t *Thread, key Object, hash int64) (int, *BaseException) {
restart:
	if s.table == nil {
		return -1, nil
	}
	mask := uint64(len(s.table) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		probes := 0
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		j := int(i)
		for {
			e := s.table[j]
			if e.hash == 0 && e.key == nil {
				return j, nil
			}
			if e.hash == hash {
				eq, changed, exc := s.keysEqual(t, j, e.key, key)
				if exc != nil {
					return -1, exc
				}
				if changed {
					goto restart
				}
				if eq {
					return j, nil
				}
				mask = uint64(len(s.table) - 1)
			}
			j++
			if probes == 0 {
				break
			}
			probes--
		}
		perturb >>= setPerturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// addEntry is set_add_entry; called with mu held.
func (s *Set) addEntry(t *Thread, key Object, hash int64) *BaseException {
restart:
	if s.table == nil {
		s.table = make([]setEntry, setMinSize)
	}
	mask := uint64(len(s.table) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	freeslot := -1
	for {
		probes := 0
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		j := int(i)
		for {
			e := s.table[j]
			if e.hash == 0 && e.key == nil {
				if freeslot >= 0 {
					s.used++
					s.table[freeslot] = setEntry{key, hash}
					s.hashed = false
					return nil
				}
				s.fill++
				s.used++
				s.table[j] = setEntry{key, hash}
				s.hashed = false
				if uint64(s.fill)*5 < mask*3 {
					return nil
				}
				if s.used > 50000 {
					s.resize(s.used * 2)
				} else {
					s.resize(s.used * 4)
				}
				return nil
			}
			if e.hash == hash {
				eq, changed, exc := s.keysEqual(t, j, e.key, key)
				if exc != nil {
					return exc
				}
				if eq {
					return nil
				}
				if changed {
					goto restart
				}
				mask = uint64(len(s.table) - 1)
			} else if e.hash == -1 {
				freeslot = j
			}
			j++
			if probes == 0 {
				break
			}
			probes--
		}
		perturb >>= setPerturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// insertClean is set_insert_clean: add a key known to be absent into a
// table without dummies.
func insertClean(table []setEntry, key Object, hash int64) {
	mask := uint64(len(table) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		if table[i].key == nil {
			table[i] = setEntry{key, hash}
			return
		}
		if i+setLinearProbes <= mask {
			for j := i + 1; j <= i+setLinearProbes; j++ {
				if table[j].key == nil {
					table[j] = setEntry{key, hash}
					return
				}
			}
		}
		perturb >>= setPerturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// resize is set_table_resize: rebuild with the smallest table > minused.
// Called with mu held.
func (s *Set) resize(minused int) {
	newsize := setMinSize
	for newsize <= minused {
		newsize <<= 1
	}
	old := s.table
	if newsize == setMinSize && len(old) == setMinSize && s.fill == s.used {
		return
	}
	s.table = make([]setEntry, newsize)
	s.fill = s.used
	for _, e := range old {
		if e.key != nil && e.key != setDummy {
			insertClean(s.table, e.key, e.hash)
		}
	}
}

// discardEntry is set_discard_entry; called with mu held.
func (s *Set) discardEntry(t *Thread, key Object, hash int64) (bool, *BaseException) {
	j, exc := s.lookkey(t, key, hash)
	if exc != nil || j < 0 || s.table[j].key == nil {
		return false, exc
	}
	s.table[j] = setEntry{setDummy, -1}
	s.used--
	s.hashed = false
	return true, nil
}

func (s *Set) containsEntry(t *Thread, key Object, hash int64) (bool, *BaseException) {
	s.mu.Lock()
	j, exc := s.lookkey(t, key, hash)
	found := exc == nil && j >= 0 && s.table[j].key != nil
	s.mu.Unlock()
	return found, exc
}

func (s *Set) addKnown(t *Thread, key Object, hash int64) *BaseException {
	s.mu.Lock()
	exc := s.addEntry(t, key, hash)
	s.mu.Unlock()
	return exc
}

func (s *Set) discardKnown(t *Thread, key Object, hash int64) (bool, *BaseException) {
	s.mu.Lock()
	found, exc := s.discardEntry(t, key, hash)
	s.mu.Unlock()
	return found, exc
}

// clear is set_clear_internal.
func (s *Set) clear() {
	s.mu.Lock()
	s.table, s.fill, s.used, s.hashed = nil, 0, 0, false
	s.mu.Unlock()
}

// setSnapshot is a copy of a set's table taken under its lock, so another
// set can be merged from it without holding two locks.
type setSnapshot struct {
	table []setEntry
	fill  int
	used  int
}

func (s *Set) snapshot() setSnapshot {
	s.mu.Lock()
	snap := setSnapshot{table: append([]setEntry(nil), s.table...), fill: s.fill, used: s.used}
	s.mu.Unlock()
	if snap.table == nil {
		snap.table = make([]setEntry, setMinSize)
	}
	return snap
}

// merge is set_merge: add every element of other (a set snapshot).
func (s *Set) merge(t *Thread, other setSnapshot) *BaseException {
	if other.used == 0 {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.table == nil {
		s.table = make([]setEntry, setMinSize)
	}
	if (s.fill+other.used)*5 >= s.mask()*3 {
		s.resize((s.used + other.used) * 2)
	}
	if s.fill == 0 && len(s.table) == len(other.table) && other.fill == other.used {
		copy(s.table, other.table)
		s.fill, s.used = other.fill, other.used
		s.hashed = false
		return nil
	}
	if s.fill == 0 {
		s.fill, s.used = other.used, other.used
		for _, e := range other.table {
			if e.key != nil && e.key != setDummy {
				insertClean(s.table, e.key, e.hash)
			}
		}
		s.hashed = false
		return nil
	}
	for _, e := range other.table {
		if e.key != nil && e.key != setDummy {
			if exc := s.addEntry(t, e.key, e.hash); exc != nil {
				return exc
			}
		}
	}
	return nil
}

// asAnySet returns the set o is or wraps (frozenset subclass instance).
func asAnySet(o Object) (*Set, bool) {
	switch v := o.(type) {
	case *Set:
		return v, true
	case *Instance:
		if s, ok := v.base.(*Set); ok {
			return s, true
		}
	}
	return nil, false
}

// isExactSet reports PyAnySet_CheckExact (an exact set or frozenset).
func isExactSet(o Object) bool {
	s, ok := o.(*Set)
	return ok && s.hdr.typ == nil
}

// update is set_update_internal.
func (s *Set) update(t *Thread, other Object) *BaseException {
	if o, ok := asAnySet(other); ok {
		if o == s {
			return nil
		}
		return s.merge(t, o.snapshot())
	}
	if d, ok := other.(*Dict); ok && d.hdr.typ == nil {
		entries := d.liveEntries()
		s.mu.Lock()
		defer s.mu.Unlock()
		if s.table == nil {
			s.table = make([]setEntry, setMinSize)
		}
		if (s.fill+len(entries))*5 >= s.mask()*3 {
			s.resize((s.used + len(entries)) * 2)
		}
		for _, e := range entries {
			if exc := s.addEntry(t, e.key, e.hash); exc != nil {
				return exc
			}
		}
		return nil
	}
	return ForEach(t, other, func(k Object) (bool, *BaseException) {
		return true, s.Add(t, k)
	})
}

// newSetLike is make_new_set_basetype: an empty set, or frozenset when
// base is frozen.
func newSetLike(base *Set) *Set { return &Set{frozen: base.frozen} }

// setCopy is set_copy (the base type: set or frozenset).
func setCopy(t *Thread, s *Set) (*Set, *BaseException) {
	r := newSetLike(s)
	return r, r.merge(t, s.snapshot())
}

// frozenHash is CPython's frozenset hash.
func (s *Set) frozenHash() int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.hashed {
		return s.hash
	}
	shuffle := func(h uint64) uint64 { return ((h ^ 89869747) ^ (h << 16)) * 3644798167 }
	var hash uint64
	mask := s.mask()
	fill := s.fill
	if s.table == nil {
		hash = 0
		for i := 0; i <= mask; i++ {
			hash ^= shuffle(0)
		}
	} else {
		for _, e := range s.table {
			hash ^= shuffle(uint64(e.hash))
		}
	}
	if (mask+1-fill)&1 != 0 {
		hash ^= shuffle(0)
	}
	if (fill-s.used)&1 != 0 {
		hash ^= shuffle(^uint64(0))
	}
	hash ^= (uint64(s.used) + 1) * 1927868237
	hash ^= (hash >> 11) ^ (hash >> 25)
	hash = hash*69069 + 907133923
	if hash == ^uint64(0) {
		hash = 590923713
	}
	s.hash, s.hashed = int64(hash), true
	return s.hash
}

// NewSetConst builds a set display whose items are all constants (three or
// more). CPython folds such a display into a frozenset constant, which its
// compiler's constant merging rebuilds once more from its own iteration
// order; the set is then a copy of that table. Building the same way gives
// the same iteration order when hashes collide.
func NewSetConst(t *Thread, items []Object) (Object, *BaseException) {
	first := &Set{frozen: true}
	for _, it := range items {
		if exc := first.Add(t, it); exc != nil {
			return nil, exc
		}
	}
	folded := &Set{frozen: true}
	for _, e := range first.entries() {
		if exc := folded.addKnown(t, e.key, e.hash); exc != nil {
			return nil, exc
		}
	}
	s := NewSet()
	return s, s.merge(t, folded.snapshot())
}
