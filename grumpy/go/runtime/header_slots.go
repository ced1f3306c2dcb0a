package runtime

import (
	"runtime"
	"sync"
	"weak"
)

// __slots__ of subclasses of the mutable builtins (list, dict, set,
// bytearray, property, module): their instances are the builtin's own Go
// struct (a header, no slot array), so the values of the slots a subclass
// declares (functools._HashedSeq: a list with a 'hashvalue' slot) live in
// a side table keyed by a weak pointer to the object; an entry goes when
// its object is collected.

type headerSlotValues struct {
	mu   sync.Mutex
	vals []Object
}

var headerSlots sync.Map // weak.Pointer[T] -> *headerSlotValues

// headerSlotKey returns the table key of o, and a function registering the
// entry's removal with o's collection; ok false for other objects.
func headerSlotKey(o Object) (key any, cleanup func(any), ok bool) {
	drop := func(k any) { headerSlots.Delete(k) }
	switch v := o.(type) {
	case *List:
		return weak.Make(v), func(k any) { runtime.AddCleanup(v, drop, k) }, true
	case *Dict:
		return weak.Make(v), func(k any) { runtime.AddCleanup(v, drop, k) }, true
	case *Set:
		return weak.Make(v), func(k any) { runtime.AddCleanup(v, drop, k) }, true
	case *ByteArray:
		return weak.Make(v), func(k any) { runtime.AddCleanup(v, drop, k) }, true
	case *Property:
		return weak.Make(v), func(k any) { runtime.AddCleanup(v, drop, k) }, true
	case *Module:
		return weak.Make(v), func(k any) { runtime.AddCleanup(v, drop, k) }, true
	}
	return nil, nil, false
}

// headerSlotGet reads slot index of o; handled false when o keeps no slots
// this way (not such an object, or its class lacks the slot).
func headerSlotGet(m *memberDescr, o Object) (v Object, handled bool) {
	if !TypeOf(o).IsSubtype(m.owner) {
		return nil, false
	}
	key, _, ok := headerSlotKey(o)
	if !ok {
		return nil, false
	}
	e, found := headerSlots.Load(key)
	if !found {
		return nil, true
	}
	s := e.(*headerSlotValues)
	s.mu.Lock()
	defer s.mu.Unlock()
	if m.index < len(s.vals) {
		return s.vals[m.index], true
	}
	return nil, true
}

// headerSlotSet stores (v nil: clears) slot index of o and returns the old
// value; handled as for headerSlotGet.
func headerSlotSet(m *memberDescr, o, v Object) (old Object, handled bool) {
	if !TypeOf(o).IsSubtype(m.owner) {
		return nil, false
	}
	key, cleanup, ok := headerSlotKey(o)
	if !ok {
		return nil, false
	}
	e, found := headerSlots.Load(key)
	if !found {
		if v == nil {
			return nil, true
		}
		var loaded bool
		e, loaded = headerSlots.LoadOrStore(key, &headerSlotValues{})
		if !loaded {
			cleanup(key)
		}
	}
	s := e.(*headerSlotValues)
	s.mu.Lock()
	defer s.mu.Unlock()
	for len(s.vals) <= m.index {
		s.vals = append(s.vals, nil)
	}
	old = s.vals[m.index]
	s.vals[m.index] = v
	return old, true
}
