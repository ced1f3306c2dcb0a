package runtime

import (
	"sync"
	"weak"
)

// subclassRefs is a type's list of direct subclasses (type.__subclasses__,
// and the walks that propagate MRO and slot changes down the hierarchy).
// As CPython's tp_subclasses holds weak references, a class created at run
// time is held weakly, so that a class nothing else references is
// collected (with its weak references cleared and their callbacks called);
// builtin types, some of which are not heap objects, are held strongly.
// Creation order is kept; dead entries are dropped as the list changes.
type subclassRefs struct {
	mu    sync.Mutex
	items []subclassRef
}

type subclassRef struct {
	strong *Type
	weak   weak.Pointer[Type]
}

func (r subclassRef) get() *Type {
	if r.strong != nil {
		return r.strong
	}
	return r.weak.Value()
}

func makeSubclassRef(sub *Type) subclassRef {
	if sub.builtin {
		return subclassRef{strong: sub}
	}
	return subclassRef{weak: weak.Make(sub)}
}

// pruneLocked drops the entries of collected classes; s.mu is held.
func (s *subclassRefs) pruneLocked() {
	live := s.items[:0]
	for _, r := range s.items {
		if r.get() != nil {
			live = append(live, r)
		}
	}
	for i := len(live); i < len(s.items); i++ {
		s.items[i] = subclassRef{}
	}
	s.items = live
}

// add appends sub.
func (s *subclassRefs) add(sub *Type) {
	s.mu.Lock()
	s.pruneLocked()
	s.items = append(s.items, makeSubclassRef(sub))
	s.mu.Unlock()
}

// addOnce appends sub unless it is there already.
func (s *subclassRefs) addOnce(sub *Type) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, r := range s.items {
		if r.get() == sub {
			return
		}
	}
	s.pruneLocked()
	s.items = append(s.items, makeSubclassRef(sub))
}

// remove drops sub.
func (s *subclassRefs) remove(sub *Type) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, r := range s.items {
		if r.get() == sub {
			s.items = append(s.items[:i:i], s.items[i+1:]...)
			return
		}
	}
}

// list returns the live subclasses in creation order.
func (s *subclassRefs) list() []*Type {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]*Type, 0, len(s.items))
	for _, r := range s.items {
		if t := r.get(); t != nil {
			out = append(out, t)
		}
	}
	return out
}
