package runtime

import "sync/atomic"

// GlobalSite is the inline cache of one global-name read in interpreted
// code (package interp), as CPython 3.11's specialised LOAD_GLOBAL keeps
// one per instruction. Like CPython's, it caches where the name was found,
// never the value (a cached value would keep an object alive after the
// program dropped it):
//   - gix / bix: the entry index the name last sat at in the globals dict /
//     in builtins, verified on every use with one key comparison under the
//     dict's seqlock (getStrAt);
//   - miss: a globals dict known not to hold the name, with that dict's
//     write sequence number (Dict.seq, which every mutation bumps) at the
//     time: while it is unchanged a builtin is read without probing the
//     globals first.
//
// Thread safety: hints are only hints (checked on use); miss is immutable
// and published with one atomic store. The zero value is an empty cache.
type GlobalSite struct {
	gix, bix atomic.Int32
	miss     atomic.Pointer[globalMiss]
}

type globalMiss struct {
	g   *Dict
	seq uint64
}

// LoadGlobalSite is LoadGlobal(g, name) through the site's cache.
func LoadGlobalSite(g *Dict, name *Str, s *GlobalSite) (Object, *BaseException) {
	if m := s.miss.Load(); m == nil || m.g != g || m.seq != g.seq.Load() {
		if v := g.getStrAt(name, s.gix.Load()); v != nil {
			return v, nil
		}
		seq := g.seq.Load()
		v, ix := g.getStrIndex(name)
		if v != nil {
			s.gix.Store(ix)
			return v, nil
		}
		if seq&1 == 0 && g.seq.Load() == seq {
			s.miss.Store(&globalMiss{g: g, seq: seq})
		}
	}
	if v := Builtins.getStrAt(name, s.bix.Load()); v != nil {
		return v, nil
	}
	v, ix := Builtins.getStrIndex(name)
	if v != nil {
		s.bix.Store(ix)
		return v, nil
	}
	return nil, nameError(name.s)
}
