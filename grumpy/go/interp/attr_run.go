package interp

import (
	"grumpy/pyast"
	rt "grumpy/runtime"
)

// A generated __init__ (dataclasses, attrs-style code) is a run of
// `self.a = a` statements. Each compiles to the same three closures
// (statement wrapper, assignment, store); a run of them compiles to one
// closure looping over a table instead, saving two indirect calls per
// statement with the same line tracking and traceback recording.

// attrCopy is one `obj.name = val` statement with obj and val fast locals.
type attrCopy struct {
	obj, val     int
	objID, valID string
	name         *rt.Str
	site         *rt.AttrSite
	line         int
}

// attrCopyOf recognises `local.name = local`.
func (c *compiler) attrCopyOf(s pyast.Stmt) (attrCopy, bool) {
	a, ok := s.(*pyast.Assign)
	if !ok || len(a.Targets) != 1 {
		return attrCopy{}, false
	}
	t, ok := a.Targets[0].(*pyast.Attribute)
	if !ok {
		return attrCopy{}, false
	}
	i, id, ok := c.fastLocal(t.Value)
	if !ok {
		return attrCopy{}, false
	}
	j, vid, ok := c.fastLocal(a.Value)
	if !ok {
		return attrCopy{}, false
	}
	return attrCopy{obj: i, val: j, objID: id, valID: vid,
		name: rt.InternStr(c.mangle(t.Attr)), site: new(rt.AttrSite),
		line: s.Position().Line}, true
}

// attrRunAt returns the run of attribute copies starting at ss[i].
func (c *compiler) attrRunAt(ss []pyast.Stmt, i int) []attrCopy {
	var run []attrCopy
	for ; i < len(ss); i++ {
		a, ok := c.attrCopyOf(ss[i])
		if !ok {
			break
		}
		run = append(run, a)
	}
	return run
}

// attrRun executes a run of attribute copies as the statements would:
// the value is read first, then the object (CPython's order), and an
// error is recorded at the statement's line.
func attrRun(run []attrCopy) execFn {
	return func(fr *frame) (ctl, *rt.BaseException) {
		for k := range run {
			a := &run[k]
			fr.f.Line = a.line
			var e *rt.BaseException
			if r := fr.fast[a.val]; r == nil {
				e = rt.UnboundLocal(a.valID)
			} else if o := fr.fast[a.obj]; o == nil {
				e = rt.UnboundLocal(a.objID)
			} else {
				e = rt.SetAttrSite(fr.t, o, a.name, r, a.site)
			}
			if e != nil {
				if fr.lastTB != e {
					e = rt.Propagate(fr.t, e, fr.f)
					fr.lastTB = e
				}
				return ctlNormal, e
			}
		}
		return ctlNormal, nil
	}
}
