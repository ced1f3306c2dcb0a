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
	// custom is the globals' own builtins mapping when their
	// __builtins__ is not the builtins module (nil otherwise).
	custom Object
}

// LoadGlobalSite is LoadGlobal(g, name) through the site's cache, for
// compiled modules (whose globals hold the builtins module).
func LoadGlobalSite(g *Dict, name *Str, s *GlobalSite) (Object, *BaseException) {
	return loadGlobalSite(nil, g, name, s, false)
}

// LoadGlobalSiteExec is LoadGlobalSite for code run by exec/eval, whose
// globals may carry builtins of their own (CustomBuiltins).
func LoadGlobalSiteExec(t *Thread, g *Dict, name *Str, s *GlobalSite) (Object, *BaseException) {
	return loadGlobalSite(t, g, name, s, true)
}

func loadGlobalSite(t *Thread, g *Dict, name *Str, s *GlobalSite, exec bool) (Object, *BaseException) {
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
		var custom Object
		if exec {
			custom = CustomBuiltins(g)
		}
		if seq&1 == 0 && g.seq.Load() == seq {
			s.miss.Store(&globalMiss{g: g, seq: seq, custom: custom})
		}
		if custom != nil {
			return LoadCustomBuiltin(t, custom, name)
		}
	} else if m.custom != nil {
		return LoadCustomBuiltin(t, m.custom, name)
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

// CustomBuiltins returns the builtins code run with globals g sees when
// g's __builtins__ is something other than the builtins module (or its
// dict): exec(code, {'__builtins__': {...}}) restricts or replaces them,
// as CPython takes a frame's builtins from its globals. nil means the
// standard builtins.
func CustomBuiltins(g *Dict) Object {
	b := g.getStr(strBuiltinsName)
	switch v := b.(type) {
	case nil:
		return nil
	case *Module:
		if v == BuiltinsModule || v.dict == Builtins {
			return nil
		}
		return v.dict
	case *Dict:
		if v == Builtins {
			return nil
		}
	}
	return b
}

var strBuiltinsName = InternStr("__builtins__")

// loadCustomBuiltin reads name from a custom builtins mapping: NameError
// when absent, the mapping's own error otherwise (a non-mapping gives
// "'int' object is not subscriptable", as CPython).
func LoadCustomBuiltin(t *Thread, b Object, name *Str) (Object, *BaseException) {
	if d, ok := b.(*Dict); ok && d.hdr.typ == nil {
		if v := d.getStr(name); v != nil {
			return v, nil
		}
		return nil, nameError(name.s)
	}
	v, exc := GetItem(t, b, name)
	if exc != nil {
		if exc.IsInstanceOf(KeyErrorType) {
			return nil, nameError(name.s)
		}
		return nil, exc
	}
	return v, nil
}
