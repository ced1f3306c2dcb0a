package runtime

import "weak"

// The Python-visible attributes of generator, coroutine and async_generator
// objects: __name__, __qualname__, gi_code/cr_code/ag_code,
// gi_frame/cr_frame/ag_frame, gi_running/cr_running/ag_running,
// gi_suspended/cr_suspended, gi_yieldfrom/cr_await/ag_await, cr_origin, and
// the reprs "<generator object QUALNAME at 0x...>".

// genName reads the generator's __name__ / __qualname__.
func (g *Generator) genName(qual bool) *Str {
	g.mu.Lock()
	defer g.mu.Unlock()
	if qual {
		return g.qualname
	}
	return g.name
}

// isSuspended is gi_suspended: stopped at a yield (started, not finished,
// not running).
func (g *Generator) isSuspended() bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	return !g.Done && !g.running && g.State != 0
}

// frameObject is gi_frame: None once the generator has finished, else a
// frame object that reads the generator's own frame.
func (g *Generator) frameObject() Object {
	g.mu.Lock()
	done := g.Done
	g.mu.Unlock()
	f := g.frame
	if done || f == nil {
		return None
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.frameObj == nil {
		// One frame object per generator (g.gi_frame is g.gi_frame); its
		// line and locals read the generator's frame when asked.
		g.frameObj = &FrameObject{code: f.code, lineno: f.Line, globals: f.globals, live: f, gen: weak.Make(g), locals: func() Object {
			if l := f.locals; l != nil {
				return l()
			}
			return NewDict()
		}}
	}
	return g.frameObj
}

func genSelf(o Object) *Generator { return o.(*Generator) }

func initGeneratorAttrs() {
	for _, typ := range []*Type{GeneratorType, CoroutineType, AsyncGeneratorType} {
		prefix := "gi_"
		kind := "generator"
		switch typ {
		case CoroutineType:
			prefix, kind = "cr_", "coroutine"
		case AsyncGeneratorType:
			prefix, kind = "ag_", "async_generator"
		}
		for _, attr := range []string{"__name__", "__qualname__"} {
			attr := attr
			qual := attr == "__qualname__"
			defGetSet(typ, attr, func(t *Thread, o Object) (Object, *BaseException) {
				return genSelf(o).genName(qual), nil
			}, func(t *Thread, o, v Object) *BaseException {
				var s *Str
				if v != nil {
					if sv, ok := Unwrap(v).(*Str); ok && TypeOf(v).IsSubtype(StrType) {
						s = sv
					}
				}
				if s == nil {
					return Errorf(TypeErrorType, "%s must be set to a string object", attr)
				}
				g := genSelf(o)
				g.mu.Lock()
				if qual {
					g.qualname = s
				} else {
					g.name = s
				}
				g.mu.Unlock()
				return nil
			})
		}
		defMember(typ, prefix+"code", func(t *Thread, o Object) (Object, *BaseException) {
			if f := genSelf(o).frame; f != nil && f.code != nil {
				return f.code, nil
			}
			return None, nil
		})
		defGetSet(typ, prefix+"frame", func(t *Thread, o Object) (Object, *BaseException) {
			return genSelf(o).frameObject(), nil
		}, nil)
		defGetSet(typ, prefix+"running", func(t *Thread, o Object) (Object, *BaseException) {
			g := genSelf(o)
			g.mu.Lock()
			defer g.mu.Unlock()
			return NewBool(g.running), nil
		}, nil)
		if typ != AsyncGeneratorType {
			defGetSet(typ, prefix+"suspended", func(t *Thread, o Object) (Object, *BaseException) {
				return NewBool(genSelf(o).isSuspended()), nil
			}, nil)
		}
		delegated := prefix + "await"
		if typ == GeneratorType {
			delegated = "gi_yieldfrom"
		}
		defGetSet(typ, delegated, func(t *Thread, o Object) (Object, *BaseException) {
			g := genSelf(o)
			g.mu.Lock()
			defer g.mu.Unlock()
			if g.yieldFrom == nil || g.Done || g.running {
				// CPython's _PyGen_yf: nothing while the body runs.
				return None, nil
			}
			return g.yieldFrom, nil
		}, nil)
		if typ == CoroutineType {
			defMember(typ, "cr_origin", func(t *Thread, o Object) (Object, *BaseException) {
				return genSelf(o).crOrigin(), nil
			})
		}
		DefMethod(typ, "__repr__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			g, ok := args[0].(*Generator)
			if !ok {
				return nil, descrSelfError("__repr__", typ, args)
			}
			return NewStr(sprintf("<%s object %s at %#x>", kind, g.genName(true).Value(), addrOf(g))), nil
		})
	}
}

func init() { initGeneratorAttrs() }
