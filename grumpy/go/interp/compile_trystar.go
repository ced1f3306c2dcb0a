package interp

import (
	"grumpy/pyast"
	rt "grumpy/runtime"
)

// tryStarStmt is try/except* (PEP 654) in run-time compiled code, as the
// static compiler lowers it: each clause splits what is left of the
// exception group; what the handlers raise and what no clause matched are
// raised together at the end (rt.ExceptStarReraise). An except* clause
// cannot break, continue or return (a SyntaxError), so its body only ends
// normally or by raising.
func (c *compiler) tryStarStmt(s *pyast.Try) execFn {
	body, orelse, final := c.block(s.Body), c.block(s.OrElse), c.block(s.FinalBody)
	hs := c.handlers(s.Handlers)
	tryStar := func(fr *frame) (ctl, *rt.BaseException) {
		r, orig := body(fr)
		if orig == nil {
			if r != ctlNormal {
				return r, nil
			}
			return orelse(fr)
		}
		rest, e := rt.ExceptStarGroup(fr.t, orig)
		if e != nil {
			return ctlNormal, e
		}
		var raised []*rt.BaseException
		for _, h := range hs {
			if rest == nil {
				break
			}
			spec, err := h.typ(fr)
			if err != nil {
				return ctlNormal, err
			}
			var match *rt.BaseException
			match, rest, err = rt.ExceptStarSplit(fr.t, rest, spec)
			if err != nil {
				return ctlNormal, err
			}
			if match == nil {
				continue
			}
			fr.t.EnterHandler(match)
			if h.store != nil {
				err = h.store(fr, match)
			}
			if err == nil {
				_, err = h.body(fr)
			}
			fr.t.ExitHandler()
			if err != nil {
				raised = append(raised, err)
			}
			if h.clear != nil {
				h.clear(fr)
			}
		}
		if e := rt.ExceptStarReraise(fr.t, orig, rest, raised); e != nil {
			return ctlNormal, e
		}
		return ctlNormal, nil
	}
	if len(s.FinalBody) == 0 {
		return tryStar
	}
	return withFinally(tryStar, final)
}
