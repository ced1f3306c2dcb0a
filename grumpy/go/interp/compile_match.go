package interp

import (
	"grumpy/pyast"
	rt "grumpy/runtime"
)

type matchFn func(fr *frame, subj rt.Object) (bool, *rt.BaseException)

func (c *compiler) matchStmt(s *pyast.Match) execFn {
	subject := c.expr(s.Subject)
	type kase struct {
		pat   matchFn
		guard func(*frame) (bool, *rt.BaseException)
		body  execFn
	}
	cases := make([]kase, len(s.Cases))
	for i, mc := range s.Cases {
		cases[i] = kase{pat: c.pattern(mc.Pattern), body: c.block(mc.Body)}
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
			ok, e := k.pat(fr, subj)
			if e != nil {
				return ctlNormal, e
			}
			if ok && k.guard != nil {
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

func (c *compiler) pattern(p pyast.Pattern) matchFn {
	switch x := p.(type) {
	case *pyast.MatchValue:
		v := c.expr(x.Value)
		return func(fr *frame, subj rt.Object) (bool, *rt.BaseException) {
			o, e := v(fr)
			if e != nil {
				return false, e
			}
			return rt.CompareBool(fr.t, rt.CmpEQ, subj, o)
		}
	case *pyast.MatchSingleton:
		v := constant(x.Value)
		return func(fr *frame, subj rt.Object) (bool, *rt.BaseException) { return rt.Is(subj, v), nil }
	case *pyast.MatchAs:
		var sub matchFn
		if x.Pattern != nil {
			sub = c.pattern(x.Pattern)
		}
		var store storeFn
		if x.Name != "" {
			store = c.storeName(x.Name)
		}
		return func(fr *frame, subj rt.Object) (bool, *rt.BaseException) {
			if sub != nil {
				ok, e := sub(fr, subj)
				if e != nil || !ok {
					return ok, e
				}
			}
			if store != nil {
				return true, store(fr, subj)
			}
			return true, nil
		}
	case *pyast.MatchOr:
		subs := make([]matchFn, len(x.Patterns))
		for i, q := range x.Patterns {
			subs[i] = c.pattern(q)
		}
		return func(fr *frame, subj rt.Object) (bool, *rt.BaseException) {
			for _, s := range subs {
				ok, e := s(fr, subj)
				if e != nil || ok {
					return ok, e
				}
			}
			return false, nil
		}
	case *pyast.MatchSequence:
		star := -1
		subs := make([]matchFn, len(x.Patterns))
		var starStore storeFn
		for i, q := range x.Patterns {
			if s, ok := q.(*pyast.MatchStar); ok {
				star = i
				if s.Name != "" {
					starStore = c.storeName(s.Name)
				}
				continue
			}
			subs[i] = c.pattern(q)
		}
		n := len(x.Patterns)
		return func(fr *frame, subj rt.Object) (bool, *rt.BaseException) {
			ok, e := rt.MatchSequence(fr.t, subj)
			if e != nil || !ok {
				return ok, e
			}
			items, e := rt.SeqItems(fr.t, subj)
			if e != nil {
				return false, e
			}
			if star < 0 && len(items) != n || star >= 0 && len(items) < n-1 {
				return false, nil
			}
			for i, s := range subs {
				if i == star {
					continue
				}
				j := i
				if star >= 0 && i > star {
					j = len(items) - (n - i)
				}
				ok, e := s(fr, items[j])
				if e != nil || !ok {
					return ok, e
				}
			}
			if starStore != nil {
				mid := append([]rt.Object(nil), items[star:len(items)-(n-star-1)]...)
				return true, starStore(fr, rt.NewList(mid...))
			}
			return true, nil
		}
	case *pyast.MatchMapping:
		keys := c.exprs(x.Keys)
		subs := make([]matchFn, len(x.Patterns))
		for i, q := range x.Patterns {
			subs[i] = c.pattern(q)
		}
		var rest storeFn
		if x.Rest != "" {
			rest = c.storeName(x.Rest)
		}
		return func(fr *frame, subj rt.Object) (bool, *rt.BaseException) {
			ok, e := rt.MatchMapping(fr.t, subj)
			if e != nil || !ok {
				return ok, e
			}
			ks := make([]rt.Object, len(keys))
			for i, k := range keys {
				if ks[i], e = k(fr); e != nil {
					return false, e
				}
				v, found, e := rt.MatchMappingGet(fr.t, subj, ks[i])
				if e != nil || !found {
					return false, e
				}
				if ok, e := subs[i](fr, v); e != nil || !ok {
					return ok, e
				}
			}
			if rest != nil {
				r, e := rt.MatchMappingRest(fr.t, subj, ks)
				if e != nil {
					return false, e
				}
				return true, rest(fr, r)
			}
			return true, nil
		}
	case *pyast.MatchClass:
		cls := c.expr(x.Cls)
		subs := make([]matchFn, len(x.Patterns))
		for i, q := range x.Patterns {
			subs[i] = c.pattern(q)
		}
		kwsubs := make([]matchFn, len(x.KwdPatterns))
		kwnames := make([]*rt.Str, len(x.KwdAttrs))
		for i, q := range x.KwdPatterns {
			kwsubs[i] = c.pattern(q)
			kwnames[i] = rt.InternStr(x.KwdAttrs[i])
		}
		attrs := x.KwdAttrs
		return func(fr *frame, subj rt.Object) (bool, *rt.BaseException) {
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
					if ok, e := s(fr, items[i]); e != nil || !ok {
						return ok, e
					}
				}
			}
			for i, s := range kwsubs {
				v, found, e := rt.MatchAttr(fr.t, subj, kwnames[i])
				if e != nil || !found {
					return false, e
				}
				if ok, e := s(fr, v); e != nil || !ok {
					return ok, e
				}
			}
			return true, nil
		}
	}
	return func(fr *frame, subj rt.Object) (bool, *rt.BaseException) {
		return false, rt.NewError(rt.SystemErrorType, "unsupported pattern in exec'd code")
	}
}
