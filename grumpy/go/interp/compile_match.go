package interp

import (
	"grumpy/pyast"
	rt "grumpy/runtime"
)

// matchFn tests one pattern against a subject; captured values are set
// aside in caps (indexed by the case's capture table) and bound only once
// the whole pattern has matched, as CPython 3.11 does.
type matchFn func(fr *frame, subj rt.Object, caps []rt.Object) (bool, *rt.BaseException)

// matchCase collects the capture names of one case, first capture first.
type matchCase struct {
	c     *compiler
	names []string
	idx   map[string]int
}

func (m *matchCase) slot(name string) int {
	if i, ok := m.idx[name]; ok {
		return i
	}
	m.idx[name] = len(m.names)
	m.names = append(m.names, name)
	return len(m.names) - 1
}

func (c *compiler) matchStmt(s *pyast.Match) execFn {
	subject := c.expr(s.Subject)
	type kase struct {
		pat    matchFn
		ncaps  int
		stores []storeFn
		guard  func(*frame) (bool, *rt.BaseException)
		body   execFn
	}
	cases := make([]kase, len(s.Cases))
	for i, mc := range s.Cases {
		m := &matchCase{c: c, idx: map[string]int{}}
		cases[i] = kase{pat: m.pattern(mc.Pattern), body: c.block(mc.Body)}
		cases[i].ncaps = len(m.names)
		for _, n := range m.names {
			cases[i].stores = append(cases[i].stores, c.storeName(n))
		}
		if mc.Guard != nil {
			cases[i].guard = c.truth(mc.Guard)
		}
	}
	return func(fr *frame) (ctl, *rt.BaseException) {
		subj, e := subject(fr)
		if e != nil {
			return ctlNormal, e
		}
		for _, k := range cases {
			var caps []rt.Object
			if k.ncaps > 0 {
				caps = make([]rt.Object, k.ncaps)
			}
			ok, e := k.pat(fr, subj, caps)
			if e != nil {
				return ctlNormal, e
			}
			if !ok {
				continue
			}
			for i, st := range k.stores {
				if e := st(fr, caps[i]); e != nil {
					return ctlNormal, e
				}
			}
			if k.guard != nil {
				if ok, e = k.guard(fr); e != nil {
					return ctlNormal, e
				}
			}
			if ok {
				return k.body(fr)
			}
		}
		return ctlNormal, nil
	}
}

// isWildcard is `_` (CPython's WILDCARD_CHECK).
func isWildcard(p pyast.Pattern) bool {
	x, ok := p.(*pyast.MatchAs)
	return ok && x.Pattern == nil && x.Name == ""
}

func matchAlways(*frame, rt.Object, []rt.Object) (bool, *rt.BaseException) { return true, nil }

func (m *matchCase) pattern(p pyast.Pattern) matchFn {
	c := m.c
	switch x := p.(type) {
	case *pyast.MatchValue:
		v := c.expr(x.Value)
		return func(fr *frame, subj rt.Object, _ []rt.Object) (bool, *rt.BaseException) {
			o, e := v(fr)
			if e != nil {
				return false, e
			}
			return rt.CompareBool(fr.t, rt.CmpEQ, subj, o)
		}
	case *pyast.MatchSingleton:
		v := constant(x.Value)
		return func(fr *frame, subj rt.Object, _ []rt.Object) (bool, *rt.BaseException) { return rt.Is(subj, v), nil }
	case *pyast.MatchAs:
		var sub matchFn
		if x.Pattern != nil {
			sub = m.pattern(x.Pattern)
		}
		if x.Name == "" {
			if sub == nil {
				return matchAlways
			}
			return sub
		}
		slot := m.slot(x.Name)
		return func(fr *frame, subj rt.Object, caps []rt.Object) (bool, *rt.BaseException) {
			if sub != nil {
				ok, e := sub(fr, subj, caps)
				if e != nil || !ok {
					return ok, e
				}
			}
			caps[slot] = subj
			return true, nil
		}
	case *pyast.MatchOr:
		subs := make([]matchFn, len(x.Patterns))
		for i, q := range x.Patterns {
			subs[i] = m.pattern(q)
		}
		return func(fr *frame, subj rt.Object, caps []rt.Object) (bool, *rt.BaseException) {
			for _, s := range subs {
				ok, e := s(fr, subj, caps)
				if e != nil || ok {
					return ok, e
				}
			}
			return false, nil
		}
	case *pyast.MatchSequence:
		return m.sequence(x)
	case *pyast.MatchMapping:
		return m.mapping(x)
	case *pyast.MatchClass:
		return m.class(x)
	}
	return func(*frame, rt.Object, []rt.Object) (bool, *rt.BaseException) {
		return false, rt.NewError(rt.SystemErrorType, "unsupported pattern in exec'd code")
	}
}

// sequence is CPython 3.11's compiler_pattern_sequence: after
// MATCH_SEQUENCE a len() check; nothing more for all-wildcard patterns;
// indexing (len()-relative after the star) when the star is `*_`; else an
// unpack of exactly the items (a named star takes a list).
func (m *matchCase) sequence(x *pyast.MatchSequence) matchFn {
	pats := x.Patterns
	n := len(pats)
	star := -1
	starSlot := -1
	onlyWild := true
	for i, q := range pats {
		if s, ok := q.(*pyast.MatchStar); ok {
			star = i
			if s.Name != "" {
				onlyWild = false
			}
		} else if !isWildcard(q) {
			onlyWild = false
		}
	}
	starWild := star >= 0 && pats[star].(*pyast.MatchStar).Name == ""
	subs := make([]matchFn, n)
	for i, q := range pats {
		if i == star {
			if !starWild {
				starSlot = m.slot(q.(*pyast.MatchStar).Name)
			}
			continue
		}
		if !isWildcard(q) {
			subs[i] = m.pattern(q)
		}
	}
	checkLen := star < 0 || n > 1
	return func(fr *frame, subj rt.Object, caps []rt.Object) (bool, *rt.BaseException) {
		ok, e := rt.MatchSequence(fr.t, subj)
		if e != nil || !ok {
			return ok, e
		}
		ln := 0
		if checkLen {
			if ln, e = rt.Len(fr.t, subj); e != nil {
				return false, e
			}
			if star < 0 && ln != n || star >= 0 && ln < n-1 {
				return false, nil
			}
		}
		if onlyWild {
			return true, nil
		}
		if starWild {
			for i, s := range subs {
				if s == nil {
					continue
				}
				var key rt.Object
				if i < star {
					key = rt.MakeInt(int64(i))
				} else {
					if ln, e = rt.Len(fr.t, subj); e != nil {
						return false, e
					}
					key = rt.MakeInt(int64(ln - (n - i)))
				}
				item, e := rt.GetItem(fr.t, subj, key)
				if e != nil {
					return false, e
				}
				if ok, e := s(fr, item, caps); e != nil || !ok {
					return ok, e
				}
			}
			return true, nil
		}
		var items []rt.Object
		if star >= 0 {
			items, e = rt.UnpackEx(fr.t, subj, star, n-star-1)
		} else {
			items, e = rt.Unpack(fr.t, subj, n)
		}
		if e != nil {
			return false, e
		}
		for i, s := range subs {
			if i == star {
				caps[starSlot] = items[i]
				continue
			}
			if s == nil {
				continue
			}
			if ok, e := s(fr, items[i], caps); e != nil || !ok {
				return ok, e
			}
		}
		return true, nil
	}
}

// mapping is CPython 3.11's compiler_pattern_mapping: MATCH_MAPPING,
// len(subject) >= number of keys, MATCH_KEYS (values through get(),
// duplicate keys checked when some key is not a literal), the
// sub-patterns, then `**rest` (a copy without the keys).
func (m *matchCase) mapping(x *pyast.MatchMapping) matchFn {
	c := m.c
	keys := c.exprs(x.Keys)
	n := len(keys)
	check := false
	if n > 1 {
		for _, k := range x.Keys {
			if _, ok := k.(*pyast.Constant); !ok {
				check = true
			}
		}
	}
	subs := make([]matchFn, len(x.Patterns))
	for i, q := range x.Patterns {
		subs[i] = m.pattern(q)
	}
	restSlot := -1
	if x.Rest != "" {
		restSlot = m.slot(x.Rest)
	}
	return func(fr *frame, subj rt.Object, caps []rt.Object) (bool, *rt.BaseException) {
		ok, e := rt.MatchMapping(fr.t, subj)
		if e != nil || !ok {
			return ok, e
		}
		var ks []rt.Object
		if n > 0 {
			ln, e := rt.Len(fr.t, subj)
			if e != nil {
				return false, e
			}
			if ln < n {
				return false, nil
			}
			ks = make([]rt.Object, n)
			for i, k := range keys {
				if ks[i], e = k(fr); e != nil {
					return false, e
				}
			}
			vals, e := rt.MatchKeys(fr.t, subj, ks, check)
			if e != nil || vals == nil {
				return false, e
			}
			for i, s := range subs {
				if ok, e := s(fr, vals[i], caps); e != nil || !ok {
					return ok, e
				}
			}
		}
		if restSlot >= 0 {
			r, e := rt.MatchMappingRest(fr.t, subj, ks)
			if e != nil {
				return false, e
			}
			caps[restSlot] = r
		}
		return true, nil
	}
}

// class is a class pattern: the isinstance test, positional sub-patterns
// through __match_args__, then keyword sub-patterns by attribute.
func (m *matchCase) class(x *pyast.MatchClass) matchFn {
	c := m.c
	cls := c.expr(x.Cls)
	subs := make([]matchFn, len(x.Patterns))
	for i, q := range x.Patterns {
		subs[i] = m.pattern(q)
	}
	kwsubs := make([]matchFn, len(x.KwdPatterns))
	kwnames := make([]*rt.Str, len(x.KwdAttrs))
	for i, q := range x.KwdPatterns {
		kwsubs[i] = m.pattern(q)
		kwnames[i] = rt.InternStr(x.KwdAttrs[i])
	}
	attrs := x.KwdAttrs
	return func(fr *frame, subj rt.Object, caps []rt.Object) (bool, *rt.BaseException) {
		k, e := cls(fr)
		if e != nil {
			return false, e
		}
		ok, e := rt.MatchClass(fr.t, subj, k)
		if e != nil || !ok {
			return ok, e
		}
		if len(subs) > 0 {
			items, e := rt.MatchClassArgs(fr.t, k, subj, len(subs), attrs)
			if e != nil || items == nil {
				return false, e
			}
			for i, s := range subs {
				if ok, e := s(fr, items[i], caps); e != nil || !ok {
					return ok, e
				}
			}
		}
		for i, s := range kwsubs {
			v, found, e := rt.MatchAttr(fr.t, subj, kwnames[i])
			if e != nil || !found {
				return false, e
			}
			if ok, e := s(fr, v, caps); e != nil || !ok {
				return ok, e
			}
		}
		return true, nil
	}
}
