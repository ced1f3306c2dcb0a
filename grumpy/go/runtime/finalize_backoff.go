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
// object (its class; a generator's qualified name) and drop site (the code
// and line of the frame that drops it), drops whose collection found the
// object still referenced in a row make the following drops of that kind
// at that site skip the collection, exponentially more of them; a drop that
// did free its object resets the kind. A skipped object is still finalized
// by the background finalizer when it becomes garbage: later, never wrong.
//
// The skip grows fourfold per miss up to 2**16 drops: a site that never
// frees what it drops (Task.__step runs once per await of every task) costs
// a dozen collections at its start and then one per 65,536 drops, instead
// of one per 4,096 with a doubling up to 2**12 (measured: a loop of 100,000
// `await asyncio.sleep(0)` spent 38 forced collections, about a fifth of
// its run time). The site keeps a drop that does free its object (`x =
// None` in user code) from being skipped because another site of the same
// class keeps missing.

const (
	dropMissFree = 2 // misses in a row before skipping starts
	dropMissMax  = 8 // the skip grows fourfold up to 4**dropMissMax drops
)

// dropSite is a key of the drop statistics: the kind of object and where it
// is dropped.
type dropSite struct {
	kind interface{}
	code *Code
	line int
}

type dropStat struct {
	misses int // collections in a row that found the object referenced
	skip   int // drops left to skip
}

var dropStats struct {
	mu sync.Mutex
	m  map[interface{}]*dropStat
}

// dropKind is the key of o's drop statistics when t drops it.
func dropKind(t *Thread, o Object) interface{} {
	var kind interface{} = TypeOf(o)
	if g, ok := o.(*Generator); ok {
		kind = "gen"
		if g.qualname != nil {
			kind = "gen:" + g.qualname.Value()
		}
	}
	k := dropSite{kind: kind}
	if t != nil && t.frame != nil {
		k.code, k.line = t.frame.code, t.frame.Line
	}
	return k
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
		s.skip = 1 << (2 * n)
	}
}
