package runtime

// Tuple is an immutable sequence. Its items slice is never written after
// construction, so reads need no lock.
type Tuple struct {
	items []Object
	hash  int64 // 0: not computed
}

// TupleType is `tuple`.
var TupleType = newBuiltinType("tuple", ObjectType).solidType()

var emptyTuple = &Tuple{}

// Type implements Object.
func (*Tuple) Type() *Type { return TupleType }

// NewTuple makes a tuple of items (the slice is retained).
func NewTuple(items ...Object) *Tuple {
	if len(items) == 0 {
		return emptyTuple
	}
	return &Tuple{items: items}
}

// Items returns the elements; callers must not modify them.
func (t *Tuple) Items() []Object { return t.items }

// Len is len(t).
func (t *Tuple) Len() int { return len(t.items) }

// tupleHash is CPython 3.11's xxHash-based tuple hash.
func tupleHash(t *Thread, tup *Tuple) (int64, *BaseException) {
	const (
		prime1 = 11400714785074694791
		prime2 = 14029467366897019727
		prime5 = 2870177450012600261
	)
	acc := uint64(prime5)
	for _, it := range tup.items {
		h, exc := Hash(t, it)
		if exc != nil {
			return 0, exc
		}
		acc += uint64(h) * prime2
		acc = (acc << 31) | (acc >> 33)
		acc *= prime1
	}
	acc += uint64(len(tup.items)) ^ (prime5 ^ 3527539)
	if acc == ^uint64(0) {
		return 1546275796, nil
	}
	return int64(acc), nil
}
