package runtime

import "sync"

// Set is a set or frozenset.
// TODO(sets): replace the dict-backed table with CPython's setobject probing
// so iteration order matches CPython's for the same elements.
type Set struct {
	hdr    header
	mu     sync.Mutex
	d      *Dict
	frozen bool
}

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
func NewSet() *Set { return &Set{d: NewDict()} }

// NewFrozenSet makes an empty frozenset.
func NewFrozenSet() *Set { return &Set{d: NewDict(), frozen: true} }

// Add inserts v.
func (s *Set) Add(t *Thread, v Object) *BaseException { return s.d.SetItem(t, v, None) }

// Items returns the elements in iteration order.
func (s *Set) Items() []Object { return s.d.Keys() }

// Len is len(s).
func (s *Set) Len() int { return s.d.Len() }

// Contains is `v in s`.
func (s *Set) Contains(t *Thread, v Object) (bool, *BaseException) {
	r, exc := s.d.GetItem(t, v)
	return r != nil, exc
}
