package runtime

import "sync"

// List is a mutable sequence. mu guards items: every builtin list operation
// is atomic, as under free-threaded CPython.
type List struct {
	hdr   header
	dict  *Dict
	mu    sync.Mutex
	items []Object
}

// ListType is `list`.
var ListType = newBuiltinType("list", ObjectType).solidType()

// Type implements Object.
func (l *List) Type() *Type { return l.hdr.instType(ListType) }

// NewList makes a list that owns items.
func NewList(items ...Object) *List { return &List{items: items} }

// Len is len(l).
func (l *List) Len() int {
	l.mu.Lock()
	n := len(l.items)
	l.mu.Unlock()
	return n
}

// Append adds v at the end.
func (l *List) Append(v Object) {
	l.mu.Lock()
	l.items = append(l.items, v)
	l.mu.Unlock()
}

// Snapshot returns a copy of the items.
func (l *List) Snapshot() []Object {
	l.mu.Lock()
	s := make([]Object, len(l.items))
	copy(s, l.items)
	l.mu.Unlock()
	return s
}

// At returns l[i] for 0 <= i, or nil when out of range.
func (l *List) At(i int) Object {
	l.mu.Lock()
	var v Object
	if i >= 0 && i < len(l.items) {
		v = l.items[i]
	}
	l.mu.Unlock()
	return v
}

// SetItems replaces the contents.
func (l *List) SetItems(items []Object) {
	l.mu.Lock()
	l.items = items
	l.mu.Unlock()
}

func listIAdd(t *Thread, l *List, other Object) (Object, *BaseException) {
	items, exc := ToSlice(t, other)
	if exc != nil {
		return nil, exc
	}
	l.mu.Lock()
	l.items = append(l.items, items...)
	l.mu.Unlock()
	return l, nil
}
