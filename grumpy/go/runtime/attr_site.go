package runtime

import (
	"strings"
	"sync/atomic"
)

// AttrSite is the inline cache of one attribute access in compiled code
// (`o.name`, `o.name = v`, `o.name(...)`), as CPython 3.11's specialised
// LOAD_ATTR/STORE_ATTR/LOAD_METHOD instructions keep one per instruction.
//
// It remembers, for the last instance type seen at the site and the current
// type epoch, what the class says about the name (no data descriptor, no
// custom __getattribute__/__setattr__, the class attribute if any), so an
// access on an ordinary instance skips the MRO walk, the method-cache hash
// and the hook checks. It also remembers where the name sat in the last
// instance dict (ix): instances built by the same __init__ insert their
// attributes in the same order, so the guess is verified with one pointer
// comparison instead of a hash probe.
//
// Thread safety: the type facts live in an immutable entry published with
// one atomic store; ix is only a hint, checked on every use.
// The zero value is an empty cache; compiled modules declare one per site.
type AttrSite struct {
	p  atomic.Pointer[attrSiteEntry]
	ix atomic.Int32
}

type attrSiteEntry struct {
	typ   *Type
	epoch uint64
	// class is typ.lookup(name) when it is not a data descriptor (nil when
	// the class has no such attribute).
	class Object
	// plain: class needs no binding (a plain value, returned as is).
	plain bool
	// getOK: loads may use the instance dict then class directly.
	getOK bool
	// setOK: stores may go straight into the instance dict.
	setOK bool
	// typeAttr: the site reads attribute name of the class typ itself,
	// and class is its (plain) value.
	typeAttr bool
}

// entry returns the site's facts for typ, refilling them when the type or
// the epoch changed; nil when the site cannot be specialised for typ.
func (s *AttrSite) entry(typ *Type, name *Str) *attrSiteEntry {
	if c := s.hit(typ); c != nil {
		return c
	}
	return s.refill(typ, name)
}

// hit is the site's facts when they are current for typ (nil otherwise):
// small enough for Go to inline into the hot paths, which call refill
// themselves on a miss.
func (s *AttrSite) hit(typ *Type) *attrSiteEntry {
	c := s.p.Load()
	if c != nil && c.typ == typ && c.epoch == typeEpoch.Load() {
		return c
	}
	return nil
}

// refill recomputes the site's facts for typ at the current epoch.
func (s *AttrSite) refill(typ *Type, name *Str) *attrSiteEntry {
	epoch := typeEpoch.Load()
	if name == strClass || name == strDict {
		return nil
	}
	c := &attrSiteEntry{typ: typ, epoch: epoch}
	flags := typ.typeFlags()
	d := typ.lookup(name)
	if d == nil || !isDataDescriptor(d) {
		c.class = d
		c.plain = d != nil && plainClassAttr(d)
		c.getOK = flags&flagCustomGetattribute == 0
		c.setOK = flags&flagCustomSetattr == 0
	}
	s.p.Store(c)
	return c
}

// plainClassAttr reports whether a class attribute is returned unchanged
// by descrGet (no binding, no __get__).
func plainClassAttr(d Object) bool {
	switch d.(type) {
	case *Function, *Builtin, *StaticMethod, *ClassMethod, *Property, *memberDescr, *getSetDescr, *Super:
		return false
	}
	return TypeOf(d).builtin
}

// GetAttrSite is GetAttr with an inline cache for ordinary instances.
func GetAttrSite(t *Thread, o Object, name *Str, s *AttrSite) (Object, *BaseException) {
	in, ok := o.(*Instance)
	if !ok || in.typ.builtin {
		if ty, isType := o.(*Type); isType {
			return s.typeAttr(t, ty, name)
		}
		return GetAttr(t, o, name)
	}
	c := s.hit(in.typ)
	if c == nil {
		c = s.refill(in.typ, name)
	}
	if c == nil || !c.getOK {
		return GetAttr(t, o, name)
	}
	if d := in.dict; d != nil {
		if v := d.getStrAt(name, s.ix.Load()); v != nil {
			return v, nil
		}
		if v, ix := d.getStrIndex(name); v != nil {
			s.ix.Store(ix)
			return v, nil
		}
	}
	if c.class == nil {
		// Missing: __getattr__ or the AttributeError, the slow way.
		return GetAttr(t, o, name)
	}
	if c.plain {
		return c.class, nil
	}
	r, exc := descrGet(t, c.class, o, in.typ)
	if exc != nil {
		exc = withAttrContext(exc, o, name)
	}
	return r, exc
}

// SetAttrSite is SetAttr with an inline cache for ordinary instances.
func SetAttrSite(t *Thread, o Object, name *Str, v Object, s *AttrSite) *BaseException {
	if in, ok := o.(*Instance); ok && in.dict != nil && !in.typ.builtin {
		c := s.hit(in.typ)
		if c == nil {
			c = s.refill(in.typ, name)
		}
		if c != nil && c.setOK {
			// A new attribute in __init__ misses at the same index each
			// time: store the hint only when it changes (an atomic store
			// is a locked instruction on amd64).
			guess := s.ix.Load()
			if ix, moved := in.dict.setStrGuess(name, guess, v); moved {
				if ix != guess {
					s.ix.Store(ix)
				}
				in.typ.noteAttrCount(ix + 1)
			}
			return nil
		}
	}
	return SetAttr(t, o, name, v)
}

// methodOf returns the plain Python function a method call o.name(...)
// would bind, when the site proves no instance attribute, data descriptor
// or __getattribute__ hook can intervene; nil otherwise.
func (s *AttrSite) methodOf(in *Instance, name *Str) *Function {
	if in.typ.builtin {
		return nil
	}
	c := s.entry(in.typ, name)
	if c == nil || !c.getOK {
		return nil
	}
	fn, ok := c.class.(*Function)
	if !ok {
		return nil
	}
	if d := in.dict; d != nil && d.hasStr(name) {
		return nil
	}
	return fn
}

// CallMethod0Site is o.name() with an inline cache.
func CallMethod0Site(t *Thread, o Object, name *Str, s *AttrSite) (Object, *BaseException) {
	if in, ok := o.(*Instance); ok {
		if fn := s.methodOf(in, name); fn != nil {
			if fn.fast1 != nil {
				return fn.fast1(t, fn, o)
			}
			return fn.call(t, fn, []Object{o}, nil)
		}
	} else if b := s.builtinMethodOf(o, name); b != nil {
		if b.fastSelf != nil {
			return b.fastSelf(t, o)
		}
		return b.fn(t, []Object{o}, nil)
	}
	return CallMethod(t, o, name, nil, nil)
}

// CallMethod1Site is o.name(a0) with an inline cache.
func CallMethod1Site(t *Thread, o Object, name *Str, s *AttrSite, a0 Object) (Object, *BaseException) {
	if in, ok := o.(*Instance); ok {
		if fn := s.methodOf(in, name); fn != nil {
			if fn.fast2 != nil {
				return fn.fast2(t, fn, o, a0)
			}
			return fn.call(t, fn, []Object{o, a0}, nil)
		}
	} else if b := s.builtinMethodOf(o, name); b != nil {
		// A builtin method of an exact builtin instance: its Go entry
		// directly, without CallMethod's MRO lookup and second argument
		// slice (str.startswith: 130 -> 95 ns).
		if b.fastSelf1 != nil {
			return b.fastSelf1(t, o, a0)
		}
		return b.fn(t, []Object{o, a0}, nil)
	}
	return CallMethod(t, o, name, []Object{a0}, nil)
}

// CallMethod2Site is o.name(a0, a1) with an inline cache.
func CallMethod2Site(t *Thread, o Object, name *Str, s *AttrSite, a0, a1 Object) (Object, *BaseException) {
	if in, ok := o.(*Instance); ok {
		if fn := s.methodOf(in, name); fn != nil {
			if fn.fast3 != nil {
				return fn.fast3(t, fn, o, a0, a1)
			}
			return fn.call(t, fn, []Object{o, a0, a1}, nil)
		}
	} else if b := s.builtinMethodOf(o, name); b != nil {
		return b.fn(t, []Object{o, a0, a1}, nil)
	}
	return CallMethod(t, o, name, []Object{a0, a1}, nil)
}

// typeAttr is C.name on a class: a plain class attribute (a number, a str,
// a tuple...) of an ordinary class is cached at the site with the epoch, so
// rereading it costs no MRO walk; anything else takes GetAttr.
func (s *AttrSite) typeAttr(t *Thread, ty *Type, name *Str) (Object, *BaseException) {
	epoch := typeEpoch.Load()
	if c := s.p.Load(); c != nil && c.typeAttr && c.typ == ty && c.epoch == epoch {
		return c.class, nil
	}
	v, exc := GetAttr(t, ty, name)
	if exc != nil || ty.typ != nil || ty.builtin || strings.HasPrefix(name.s, "__") {
		return v, exc
	}
	if d := ty.lookup(name); d == v && d != nil && plainClassAttr(d) && TypeType.lookup(name) == nil {
		s.p.Store(&attrSiteEntry{typ: ty, epoch: epoch, class: d, typeAttr: true})
	}
	return v, nil
}
