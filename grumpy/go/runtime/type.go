package runtime

import (
	"sync/atomic"
	"unsafe"
)

// Type is a Python class: builtin or user-defined. Builtin types carry Go
// constructors; every type carries its MRO and its attribute dict.
type Type struct {
	header
	name     string
	qualname string
	module   string
	bases    []*Type
	mro      []*Type
	// solid is the builtin type whose Go layout instances use (object, list,
	// dict, BaseException, int, ...).
	solid *Type
	// newFn creates an instance for a builtin solid base (tp_new).
	newFn func(t *Thread, typ *Type, args []Object, kw []*Str) (Object, *BaseException)
	// builtin types cannot have attributes set on them.
	builtin bool
	// final types (bool, NoneType, ...) cannot be subclassed.
	final bool
	// hasDict: instances carry an attribute dict (false when __slots__ forbids it).
	hasDict bool
	nslots  int
	// flags caches typeFlags for the current typeEpoch.
	flags      atomic.Uint64
	subclasses subclassRefs // weak for run-time classes (type_subclasses.go)
	// attrHint is how many attributes instances have ended up with at the
	// attribute sites that stored them (see instance_alloc.go).
	attrHint atomic.Int32
	// abstract is Py_TPFLAGS_IS_ABSTRACT (see isAbstract).
	abstract atomic.Bool
}

// typeEpoch is bumped whenever a class dict is written, invalidating every
// lookup cache. Class mutation after creation is rare, so a global counter is
// simpler than per-type version tags and costs one atomic load per lookup.
var typeEpoch atomic.Uint64

// TypeType is `type`.
var TypeType = newBuiltinType("type", ObjectType)

// Type implements Object.
func (t *Type) Type() *Type {
	if t.typ != nil {
		return t.typ
	}
	return TypeType
}

// Name returns the type's __name__.
func (t *Type) Name() string { return t.name }

// Dict returns the type's namespace.
func (t *Type) Dict() *Dict { return t.dict }

func newBuiltinType(name string, base *Type) *Type {
	t := &Type{name: name, qualname: name, module: "builtins", builtin: true}
	t.dict = NewDict()
	if base != nil {
		t.bases = []*Type{base}
		t.solid = base.solid
	}
	t.mro = append([]*Type{t}, mroOrNil(base)...)
	if t.solid == nil {
		t.solid = t
	}
	if base != nil {
		base.subclasses.add(t)
	}
	return t
}

func mroOrNil(t *Type) []*Type {
	if t == nil {
		return nil
	}
	return t.mro
}

// solidType makes t its own layout root (builtin types with a Go struct of their own).
func (t *Type) solidType() *Type { t.solid = t; return t }

// IsSubtype reports whether t is sub (or equal to) base, by MRO.
func (t *Type) IsSubtype(base *Type) bool {
	if t == base {
		return true
	}
	for _, m := range t.mro {
		if m == base {
			return true
		}
	}
	return false
}

// lookup finds name along the MRO without invoking descriptors
// (_PyType_Lookup), through the global method cache.
func (t *Type) lookup(name *Str) Object {
	epoch := typeEpoch.Load()
	slot := &methodCache[(uintptr(unsafe.Pointer(t))>>4^uintptr(unsafe.Pointer(name))>>3)&(methodCacheSize-1)]
	if e := slot.Load(); e != nil && e.typ == t && e.name == name && e.epoch == epoch {
		return e.value
	}
	var found Object
	for _, m := range t.mro {
		if v := m.dict.getStr(name); v != nil {
			found = v
			break
		}
	}
	slot.Store(&methodCacheEntry{typ: t, name: name, epoch: epoch, value: found})
	return found
}

// The method cache maps (type, name pointer) to what lookup found, as
// CPython's type attribute cache does. Entries are immutable and published
// with one atomic store, so readers never lock and never see a torn entry;
// a class mutation anywhere bumps typeEpoch and so invalidates them all.
const methodCacheSize = 4096

type methodCacheEntry struct {
	typ   *Type
	name  *Str
	epoch uint64
	value Object
}

var methodCache [methodCacheSize]atomic.Pointer[methodCacheEntry]

// flag bits cached per type and epoch (see typeFlags).
const (
	flagCustomGetattribute = 1 << iota
	flagCustomSetattr
	flagCustomDelattr
	flagValid
	// flagPlainClass: o.__class__ is object's descriptor (GetClass).
	flagPlainClass
	// flagHasDel: the class's MRO defines __del__ (finalize.go).
	flagHasDel
)

// typeFlags computes, once per epoch, which attribute hooks a class
// overrides, so GetAttr/SetAttr on ordinary instances skip those lookups.
func (t *Type) typeFlags() uint64 {
	epoch := typeEpoch.Load()
	if f := t.flags.Load(); f>>8 == epoch && f&flagValid != 0 {
		return f & 0xff
	}
	var f uint64 = flagValid
	if !t.builtin {
		if ga := t.lookup(strGetattribute); ga != objectGetattribute && ga != typeGetattribute {
			f |= flagCustomGetattribute
		}
		if sa := t.lookup(strSetattr); sa != nil && sa != objectSetattr {
			f |= flagCustomSetattr
		}
		if da := t.lookup(strDelattr); da != nil && da != objectDelattr {
			f |= flagCustomDelattr
		}
		if t.lookup(strClass) == ObjectType.lookup(strClass) {
			f |= flagPlainClass
		}
		if d := t.lookup(strDel); d != nil && !noopDels[d] {
			f |= flagHasDel
		}
	}
	t.flags.Store(epoch<<8 | f)
	return f
}

// LookupStr is lookup by Go string (for native code).
func (t *Type) LookupStr(name string) Object { return t.lookup(NewStr(name)) }

// setAttr writes the class dict and invalidates lookup caches.
func (t *Type) setAttr(name *Str, v Object) {
	if v == nil {
		t.dict.delStr(name)
	} else {
		t.dict.SetItemStr(name, v)
	}
	typeEpoch.Add(1)
}

// computeMRO is C3 linearisation, with CPython's TypeError on conflict.
func computeMRO(t *Type, bases []*Type) ([]*Type, *BaseException) {
	seqs := make([][]*Type, 0, len(bases)+1)
	for _, b := range bases {
		if b.mro == nil {
			return nil, Errorf(TypeErrorType, "Cannot extend an incomplete type '%s'", b.name)
		}
	}
	for _, b := range bases {
		seqs = append(seqs, append([]*Type(nil), b.mro...))
	}
	seqs = append(seqs, append([]*Type(nil), bases...))
	result := []*Type{t}
	for {
		empty := true
		for _, s := range seqs {
			if len(s) > 0 {
				empty = false
			}
		}
		if empty {
			return result, nil
		}
		var cand *Type
		for _, s := range seqs {
			if len(s) == 0 {
				continue
			}
			c := s[0]
			inTail := false
			for _, s2 := range seqs {
				for _, x := range s2[min(1, len(s2)):] {
					if x == c {
						inTail = true
					}
				}
			}
			if !inTail {
				cand = c
				break
			}
		}
		if cand == nil {
			names := ""
			seen := map[*Type]bool{}
			for _, s := range seqs {
				if len(s) > 0 && !seen[s[0]] {
					seen[s[0]] = true
					if names != "" {
						names += ", "
					}
					names += s[0].name
				}
			}
			return nil, NewError(TypeErrorType, "Cannot create a consistent method resolution\norder (MRO) for bases "+names)
		}
		result = append(result, cand)
		for i, s := range seqs {
			if len(s) > 0 && s[0] == cand {
				seqs[i] = s[1:]
			}
		}
	}
}

// NewClass creates a user class (type.__new__'s core).
func NewClass(t *Thread, meta *Type, name string, bases []*Type, dict *Dict) (*Type, *BaseException) {
	if len(bases) == 0 {
		bases = []*Type{ObjectType}
	}
	solid := ObjectType
	for _, b := range bases {
		if b.final {
			return nil, NewError(TypeErrorType, "type '"+b.name+"' is not an acceptable base type")
		}
		if b.solid != ObjectType {
			if solid != ObjectType && !b.solid.IsSubtype(solid) && !solid.IsSubtype(b.solid) {
				return nil, NewError(TypeErrorType, "multiple bases have instance lay-out conflict")
			}
			if solid == ObjectType || b.solid.IsSubtype(solid) {
				solid = b.solid
			}
		}
	}
	typ := &Type{name: name, qualname: name, bases: bases, solid: solid, hasDict: true}
	typ.dict = dict
	if meta != TypeType {
		typ.typ = meta
	}
	if q := dict.getStr(NewStr("__qualname__")); q != nil {
		s, ok := Unwrap(q).(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "type __qualname__ must be a str, not %s", TypeOf(q).name)
		}
		typ.qualname = s.s
		dict.delStr(NewStr("__qualname__"))
	}
	// The __class__ cell is set before mro() runs (methods may use it).
	if cc := dict.getStr(strClasscell); cc != nil {
		cell, ok := cc.(*Cell)
		if !ok {
			return nil, Errorf(TypeErrorType, "__classcell__ must be a nonlocal cell, not <class '%s'>", TypeOf(cc).name)
		}
		cell.Set(typ)
		dict.delStr(strClasscell)
	}
	for _, b := range bases {
		typ.nslots += b.nslots
	}
	// A metaclass's mro() runs on the class while its __mro__ is still None.
	mro, exc := mroInvoke(t, typ)
	if exc != nil {
		return nil, exc
	}
	reent := typ.mro != nil // a reentrant __bases__ assignment set it
	if !reent {
		typ.mro = mro
	}
	for _, b := range typ.bases {
		if reent {
			addSubclass(b, typ)
		} else {
			b.subclasses.add(typ)
		}
	}
	if m := dict.getStr(NewStr("__module__")); m != nil {
		if s, ok := m.(*Str); ok {
			typ.module = s.s
		}
	}
	typeEpoch.Add(1)
	return typ, nil
}

var strClasscell = InternStr("__classcell__")
