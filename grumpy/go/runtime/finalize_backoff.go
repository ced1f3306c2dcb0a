package runtime

import "sync"

// Back-off for the synchronous collections of Dropped (finalize.go).
//
// A program may drop, at the same point over and over, an armed object that
// is still referenced elsewhere: asyncio's Task.__step ends with
// `self = None` (the Future/Task classes of the pure-Python asyncio define
// __del__), while the event loop keeps the task. Each such drop would cost a
// full Go collection that finds nothing (tens of milliseconds with a large
// heap) until the global rate limit kicks in after seconds. So, per kind of
// object (its class; a generator's qualified name), drops whose collection
// found the object still referenced in a row make the following drops of
// that kind skip the collection, exponentially more of them; a drop that
// did free its object resets the kind. A skipped object is still finalized
// by the background finalizer when it becomes garbage: later, never wrong.

const (
	dropMissFree = 2  // misses in a row before skipping starts
	dropMissMax  = 12 // the skip doubles up to 2**dropMissMax drops
)

type dropStat struct {
	misses int // collections in a row that found the object referenced
	skip   int // drops left to skip
}

var dropStats struct {
	mu sync.Mutex
	m  map[interface{}]*dropStat
}

// dropKind is the key of o's drop statistics.
func dropKind(o Object) interface{} {
	if g, ok := o.(*Generator); ok {
		if g.qualname != nil {
			return "gen:" + g.qualname.Value()
		}
		return "gen"
	}
	return TypeOf(o)
}

// dropSkip reports whether the drop of an object of this kind skips the
// collection (and counts the skip).
func dropSkip(kind interface{}) bool {
	dropStats.mu.Lock()
	defer dropStats.mu.Unlock()
	s := dropStats.m[kind]
	if s == nil || s.skip == 0 {
		return false
	}
	s.skip--
	return true
}

// dropRecord records whether the collection of a drop of this kind found
// the object unreachable.
func dropRecord(kind interface{}, gone bool) {
	dropStats.mu.Lock()
	defer dropStats.mu.Unlock()
	if dropStats.m == nil {
		dropStats.m = map[interface{}]*dropStat{}
	}
	s := dropStats.m[kind]
	if s == nil {
		s = &dropStat{}
		dropStats.m[kind] = s
	}
	if gone {
		s.misses, s.skip = 0, 0
		return
	}
	s.misses++
	if s.misses >= dropMissFree {
		n := s.misses - dropMissFree
		if n > dropMissMax {
			n = dropMissMax
		}
		s.skip = 1 << n
	}
}
