package runtime

import (
	"sort"
	"sync/atomic"
)

// ClassBody runs a class statement's body with ns as its namespace; it
// returns the __class__ cell (for zero-argument super) or nil.
type ClassBody func(t *Thread, ns *Dict) (*Cell, *BaseException)

// BuildClass implements the class statement (builtins.__build_class__):
// choose the metaclass, __prepare__ the namespace, run the body, create the
// class, and fill the __class__ cell.
func BuildClass(t *Thread, body ClassBody, name string, qualname string, module Object, bases []Object, kwnames []*Str, kwvals []Object) (Object, *BaseException) {
	var meta Object
	var kwn []*Str
	var kwv []Object
	for i, k := range kwnames {
		if k.s == "metaclass" {
			meta = kwvals[i]
			continue
		}
		kwn = append(kwn, k)
		kwv = append(kwv, kwvals[i])
	}
	// Resolve __mro_entries__ (PEP 560).
	origBases := bases
	resolved := make([]Object, 0, len(bases))
	changed := false
	for _, b := range bases {
		if _, isType := b.(*Type); !isType {
			// Looked up on the base object itself, as CPython does (typing's
			// NamedTuple and TypedDict are functions carrying the attribute).
			me, exc := lookupAttrOpt(t, b, "__mro_entries__")
			if exc != nil {
				return nil, exc
			}
			if me != nil {
				r, exc := Call1(t, me, NewTuple(origBases...))
				if exc != nil {
					return nil, exc
				}
				items, exc := ToSlice(t, r)
				if exc != nil {
					return nil, exc
				}
				resolved = append(resolved, items...)
				changed = true
				continue
			}
		}
		resolved = append(resolved, b)
	}
	bases = resolved
	isClass := true
	if meta == nil {
		if len(bases) > 0 {
			meta = TypeOf(bases[0])
		} else {
			meta = TypeType
		}
	} else {
		_, isClass = meta.(*Type)
	}
	if mt, ok := meta.(*Type); ok && isClass {
		w, exc := calculateMeta(mt, bases)
		if exc != nil {
			return nil, exc
		}
		meta = w
	}
	var ns Object
	basesTuple := NewTuple(bases...)
	if prep, exc := GetAttr(t, meta, InternStr("__prepare__")); exc == nil {
		args := append([]Object{NewStr(name), basesTuple}, kwv...)
		r, exc := Call(t, prep, args, kwn)
		if exc != nil {
			return nil, exc
		}
		ns = r
	} else if !exc.IsInstanceOf(AttributeErrorType) {
		return nil, exc
	} else {
		ns = NewDict()
	}
	nsDict, ok := ns.(*Dict)
	if !ok {
		return nil, Errorf(TypeErrorType, "%s.__prepare__() must return a mapping, not %s", metaName(meta), TypeOf(ns).name)
	}
	if exc := SetItem(t, nsDict, strModule, module); exc != nil {
		return nil, exc
	}
	if exc := SetItem(t, nsDict, strQualname, NewStr(qualname)); exc != nil {
		return nil, exc
	}
	cell, exc := body(t, nsDict)
	if exc != nil {
		return nil, exc
	}
	if changed {
		nsDict.SetStr("__orig_bases__", NewTuple(origBases...))
	}
	if cell != nil {
		nsDict.SetStr("__classcell__", cell)
	}
	args := append([]Object{NewStr(name), basesTuple, nsDict}, kwv...)
	cls, exc := Call(t, meta, args, kwn)
	if exc != nil {
		return nil, exc
	}
	if ct, ok := cls.(*Type); ok && cell != nil {
		if v := cell.Get(); v != Object(ct) {
			nr, _ := Repr(t, NewStr(name))
			cr, _ := Repr(t, ct)
			if v == nil {
				return nil, Errorf(RuntimeErrorType, "__class__ not set defining %s as %s. Was __classcell__ propagated to type.__new__?", nr.s, cr.s)
			}
			vr, exc := Repr(t, v)
			if exc != nil {
				return nil, exc
			}
			return nil, Errorf(TypeErrorType, "__class__ set to %s defining %s as %s", vr.s, nr.s, cr.s)
		}
	}
	return cls, nil
}

func metaName(m Object) string {
	if t, ok := m.(*Type); ok {
		return t.name
	}
	return "<metaclass>"
}

// calculateMeta picks the most derived metaclass, with CPython's conflict error.
func calculateMeta(meta *Type, bases []Object) (*Type, *BaseException) {
	winner := meta
	for _, b := range bases {
		bt := TypeOf(b)
		if winner.IsSubtype(bt) {
			continue
		}
		if bt.IsSubtype(winner) {
			winner = bt
			continue
		}
		return nil, NewError(TypeErrorType, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
	}
	return winner, nil
}

// typeNew is type.__new__(meta, name, bases, ns, **kw).
func typeNew(t *Thread, meta *Type, name string, bases []Object, ns *Dict) (Object, *BaseException) {
	tbases := make([]*Type, 0, len(bases))
	for _, b := range bases {
		bt, ok := b.(*Type)
		if !ok {
			return nil, Errorf(TypeErrorType, "bases must be types")
		}
		for _, prev := range tbases {
			if prev == bt {
				return nil, Errorf(TypeErrorType, "duplicate base class %s", bt.name)
			}
		}
		tbases = append(tbases, bt)
	}
	dict := ns.Copy()
	cls, exc := NewClass(t, meta, name, tbases, dict)
	if exc != nil {
		return nil, exc
	}
	if exc := applySlots(t, cls); exc != nil {
		return nil, exc
	}
	// __new__, __init_subclass__ and __class_getitem__ are implicitly static/class methods.
	if f, ok := dict.getStr(strNew).(*Function); ok {
		dict.SetItemStr(strNew, &StaticMethod{fn: f})
	}
	for _, n := range []string{"__init_subclass__", "__class_getitem__"} {
		if f, ok := dict.GetStr(n).(*Function); ok {
			dict.SetStr(n, &ClassMethod{fn: f})
		}
	}
	addInstanceDictDescrs(cls)
	if dict.GetStr("__doc__") == nil {
		dict.SetStr("__doc__", None)
	}
	// __hash__ = None when __eq__ is defined without __hash__.
	if dict.getStr(strEq) != nil && dict.getStr(strHash) == nil {
		dict.SetItemStr(strHash, None)
	}
	typeEpoch.Add(1)
	// __set_name__ on descriptors.
	keys, vals := dict.Items()
	for i, k := range keys {
		if sn := TypeOf(vals[i]).lookup(InternStr("__set_name__")); sn != nil {
			m, exc := descrGet(t, sn, vals[i], TypeOf(vals[i]))
			if exc != nil {
				return nil, exc
			}
			if _, exc := Call2(t, m, cls, k); exc != nil {
				kr, _ := Repr(t, k)
				ks := "?"
				if kr != nil {
					ks = kr.s
				}
				e := Errorf(RuntimeErrorType, "Error calling __set_name__ on '%s' instance %s in '%s'", TypeOf(vals[i]).name, ks, cls.name)
				e.cause = exc
				e.context = exc
				e.suppressContext = true
				return nil, e
			}
		}
	}
	return cls, nil
}

func applySlots(t *Thread, cls *Type) *BaseException {
	slots := cls.dict.GetStr("__slots__")
	if slots == nil {
		return nil
	}
	var names []Object
	if s, ok := slots.(*Str); ok {
		names = []Object{s}
	} else {
		var exc *BaseException
		names, exc = ToSlice(t, slots)
		if exc != nil {
			return exc
		}
	}
	inheritsDict := false
	for _, b := range cls.bases {
		if b.hasDict && b != ObjectType && !b.builtin {
			inheritsDict = true
		}
	}
	cls.hasDict = inheritsDict
	if len(names) > 0 {
		if b := varSizedBase(cls); b != nil {
			return Errorf(TypeErrorType, "nonempty __slots__ not supported for subtype of '%s'", b.name)
		}
	}
	addDict, addWeak := false, false
	var seen map[string]bool
	var slotNames []string
	for _, n := range names {
		s, ok := Unwrap(n).(*Str) // str subclasses are accepted (gh-98783)
		if !ok {
			return Errorf(TypeErrorType, "__slots__ items must be strings, not '%s'", TypeOf(n).name)
		}
		if !isSlotIdentifier(s.s) {
			return NewError(TypeErrorType, "__slots__ must be identifiers")
		}
		if s.s == "__dict__" {
			if inheritsDict || addDict {
				return NewError(TypeErrorType, "__dict__ slot disallowed: we already got one")
			}
			addDict = true
			cls.hasDict = true
			continue
		}
		if s.s == "__weakref__" {
			if addWeak || !mayAddWeakSlot(cls) {
				return NewError(TypeErrorType, "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0")
			}
			addWeak = true
			continue
		}
		s = NewStr(mangleName(cls.name, s.s))
		if seen[s.s] {
			continue // a repeated name (datetime's __slots__ has one) reuses the slot
		}
		// The class statement puts __qualname__ and __classcell__ in the
		// namespace and they are taken out of it: no conflict with those.
		if prev := cls.dict.getStr(s); prev != nil && s.s != "__qualname__" && s.s != "__classcell__" {
			return Errorf(ValueErrorType, "%s in __slots__ conflicts with class variable", reprStr(s.s))
		}
		if seen == nil {
			seen = map[string]bool{}
		}
		seen[s.s] = true
		slotNames = append(slotNames, s.s)
	}
	// Members are laid out in sorted order, as CPython does, so classes
	// listing the same slots in another order stay layout-compatible.
	sort.Strings(slotNames)
	for _, n := range slotNames {
		cls.dict.SetStr(n, &memberDescr{name: n, owner: cls, index: cls.nslots})
		cls.nslots++
	}
	return nil
}

// typeCall is calling a class: __new__ then __init__.
func typeCall(t *Thread, typ *Type, args []Object, kwnames []*Str) (Object, *BaseException) {
	meta := TypeOf(typ)
	if meta != TypeType {
		if c := meta.lookup(strCall); c != nil && c != typeCallBuiltin {
			return callSpecialMethod(t, c, typ, meta, args, kwnames)
		}
	}
	return typeCallDefault(t, typ, args, kwnames)
}

var typeCallBuiltin Object

func typeCallDefault(t *Thread, typ *Type, args []Object, kwnames []*Str) (Object, *BaseException) {
	return typeCallSlot(t, typ, args, nil, kwnames)
}

// typeCallSlot is typeCallDefault; slot, when not nil, is args with one
// free leading element (CallOff's convention, CPython's
// PY_VECTORCALL_ARGUMENTS_OFFSET) that __init__'s self may take, so the
// call needs no new argument slice.
func typeCallSlot(t *Thread, typ *Type, args, slot []Object, kwnames []*Str) (Object, *BaseException) {
	if typ == TypeType {
		if len(args)-len(kwnames) == 1 {
			if len(kwnames) != 0 {
				return nil, NewError(TypeErrorType, "type() takes no keyword arguments")
			}
			return TypeOf(args[0]), nil
		}
		if len(args)-len(kwnames) != 3 {
			return nil, NewError(TypeErrorType, "type() takes 1 or 3 arguments")
		}
	}
	newF := typ.lookup(strNew)
	var obj Object
	var exc *BaseException
	if newF == objectNew {
		if len(args) > 0 && typ.lookup(strInit) == objectInit {
			return nil, Errorf(TypeErrorType, "%s() takes no arguments", typ.name)
		}
		if !typ.builtin && typ.solid == ObjectType && !(anyAbstract.Load() && isAbstract(typ)) {
			obj = NewInstance(typ)
		} else {
			obj, exc = objectNewFor(typ)
		}
	} else {
		nargs := append([]Object{typ}, args...)
		switch f := newF.(type) {
		case *StaticMethod:
			obj, exc = Call(t, f.fn, nargs, kwnames)
		case *ClassMethod: // slot_tp_new calls type.__new__, bound as looked up
			var bound Object
			if bound, exc = descrGet(t, f, nil, typ); exc == nil {
				obj, exc = Call(t, bound, nargs, kwnames)
			}
		default:
			obj, exc = Call(t, newF, nargs, kwnames)
		}
	}
	if exc != nil {
		return nil, exc
	}
	otyp := TypeOf(obj)
	if !otyp.IsSubtype(typ) {
		return obj, nil
	}
	if otyp.typeFlags()&flagHasDel != 0 {
		armDel(obj) // its class defines __del__ (finalize.go)
	}
	init := otyp.lookup(strInit)
	if init == objectInit {
		if len(args) > 0 && newF == objectNew {
			return nil, Errorf(TypeErrorType, "%s() takes no arguments", typ.name)
		}
		return obj, nil
	}
	var r Object
	switch f := init.(type) {
	case *Function:
		switch {
		case len(args) == 0 && kwnames == nil && f.fast1 != nil:
			r, exc = f.fast1(t, f, obj)
		case len(args) == 1 && kwnames == nil && f.fast2 != nil:
			r, exc = f.fast2(t, f, obj, args[0])
		case len(args) == 2 && kwnames == nil && f.fast3 != nil:
			r, exc = f.fast3(t, f, obj, args[0], args[1])
		default:
			if slot != nil {
				slot[0] = obj
				r, exc = f.call(t, f, slot, kwnames)
			} else {
				r, exc = f.call(t, f, append([]Object{obj}, args...), kwnames)
			}
		}
	case *Builtin:
		r, exc = f.fn(t, append([]Object{obj}, args...), kwnames)
	default:
		m, e := descrGet(t, init, obj, TypeOf(obj))
		if e != nil {
			return nil, e
		}
		r, exc = Call(t, m, args, kwnames)
	}
	if exc != nil {
		return nil, exc
	}
	if r != None {
		return nil, Errorf(TypeErrorType, "__init__() should return None, not '%s'", TypeOf(r).name)
	}
	return obj, nil
}

var objectNew, objectInit Object

// objectNewFor allocates the Go layout of typ's solid base.
func objectNewFor(typ *Type) (Object, *BaseException) {
	switch {
	case typ.solid == ObjectType:
		if typ.builtin {
			if typ == ObjectType {
				return &Instance{typ: ObjectType}, nil
			}
		}
		if anyAbstract.Load() && isAbstract(typ) {
			return nil, abstractError(typ)
		}
		return NewInstance(typ), nil
	case typ.solid == BaseExceptionType:
		e := &BaseException{args: emptyTuple}
		e.typ = typ
		e.dict = NewDict()
		return e, nil
	case typ.solid == ListType:
		l := &List{}
		if typ != ListType {
			l.hdr = header{typ: typ, dict: NewDict()}
		}
		return l, nil
	case typ.solid == DictType:
		d := NewDict()
		if typ != DictType {
			d.hdr = header{typ: typ, dict: NewDict()}
		}
		return d, nil
	case typ.solid == SetType:
		s := NewSet()
		if typ != SetType {
			s.hdr = header{typ: typ, dict: NewDict()}
		}
		return s, nil
	case typ.solid == ModuleType:
		m := NewModule("?")
		m.hdr.typ = typ
		return m, nil
	case typ.solid == TypeType:
		return nil, NewError(TypeErrorType, "type.__new__(X): not enough arguments")
	}
	return nil, Errorf(TypeErrorType, "object.__new__(%s) is not safe, use %s.__new__()", typ.name, typ.solid.name)
}

// anyAbstract is set once any class has been made abstract, so ordinary
// instantiation skips even the flag load.
var anyAbstract atomic.Bool

// isAbstract is CPython's Py_TPFLAGS_IS_ABSTRACT: set only by type's
// __abstractmethods__ setter, which is what abc.ABCMeta uses. A field on
// the type rather than a side map: every instantiation of a class reads it
// once abc is imported (a sync.Map load cost ~2% of bm_dataclass).
func isAbstract(typ *Type) bool { return typ.abstract.Load() }

// setAbstractMethods is the type.__abstractmethods__ setter.
func setAbstractMethods(t *Thread, typ *Type, v Object) *BaseException {
	if v == nil {
		if typ.dict.GetStr("__abstractmethods__") == nil {
			return NewError(AttributeErrorType, "__abstractmethods__")
		}
		typ.setAttr(InternStr("__abstractmethods__"), nil)
		typ.abstract.Store(false)
		return nil
	}
	b, exc := IsTrue(t, v)
	if exc != nil {
		return exc
	}
	typ.setAttr(InternStr("__abstractmethods__"), v)
	if b {
		anyAbstract.Store(true)
	}
	typ.abstract.Store(b)
	return nil
}

func abstractError(typ *Type) *BaseException {
	am := typ.dict.GetStr("__abstractmethods__")
	t := NewThread()
	items, _ := ToSlice(t, am)
	names := make([]string, 0, len(items))
	for _, it := range items {
		if s, ok := it.(*Str); ok {
			names = append(names, s.s)
		}
	}
	sortStrings(names)
	list := ""
	for i, n := range names {
		if i > 0 {
			list += ", "
		}
		list += n
	}
	return Errorf(TypeErrorType, "Can't instantiate abstract class %s with abstract method%s %s", typ.name, plural(len(names)), list)
}

// IsInstance is isinstance(o, cls) with __instancecheck__ and tuples.
func IsInstance(t *Thread, o, cls Object) (bool, *BaseException) {
	switch c := cls.(type) {
	case *Type:
		ot := TypeOf(o)
		if ot == c {
			return true, nil
		}
		if TypeOf(c) == TypeType {
			return recursiveIsInstance(t, o, ot, c)
		}
	case *Tuple:
		return isInstanceAny(t, o, c.items)
	case *UnionType:
		return isInstanceAny(t, o, c.args)
	}
	if f := TypeOf(cls).lookup(InternStr("__instancecheck__")); f != nil {
		if f == typeInstancecheck {
			if c, ok := cls.(*Type); ok {
				return recursiveIsInstance(t, o, TypeOf(o), c)
			}
		}
		if exc := t.Enter(recInstChk); exc != nil {
			return false, exc
		}
		r, exc := callBinaryDunder(t, f, cls, o)
		t.Leave()
		if exc != nil {
			return false, exc
		}
		return IsTrue(t, r)
	}
	if exc := checkClass(t, cls, "isinstance() arg 2 must be a type, a tuple of types, or a union"); exc != nil {
		return false, exc
	}
	kls, exc := GetAttr(t, o, strClass)
	if exc != nil {
		if exc.IsInstanceOf(AttributeErrorType) {
			return false, nil
		}
		return false, exc
	}
	return abstractIsSubclass(t, kls, cls)
}

var typeInstancecheck Object

// isInstanceAny is isinstance against each item of a tuple or union, inside
// the recursion guard (a tuple may nest tuples without end).
func isInstanceAny(t *Thread, o Object, items []Object) (bool, *BaseException) {
	if exc := t.Enter(recInstChk); exc != nil {
		return false, exc
	}
	defer t.Leave()
	for _, it := range items {
		ok, exc := IsInstance(t, o, it)
		if exc != nil || ok {
			return ok, exc
		}
	}
	return false, nil
}

// checkClass is CPython's check_class: o must have a tuple __bases__ to
// stand for a class; errors other than AttributeError propagate.
func checkClass(t *Thread, o Object, msg string) *BaseException {
	bases, exc := GetAttr(t, o, InternStr("__bases__"))
	if exc != nil {
		if exc.IsInstanceOf(AttributeErrorType) {
			return NewError(TypeErrorType, msg)
		}
		return exc
	}
	if _, ok := bases.(*Tuple); !ok {
		return NewError(TypeErrorType, msg)
	}
	return nil
}

// recursiveIsSubclass is CPython's recursive_issubclass: issubclass without
// __subclasscheck__, walking __bases__ of class-like objects.
func recursiveIsSubclass(t *Thread, derived, cls Object) (bool, *BaseException) {
	if d, ok := derived.(*Type); ok {
		if c, ok := cls.(*Type); ok {
			return d.IsSubtype(c), nil
		}
	}
	if exc := checkClass(t, derived, "issubclass() arg 1 must be a class"); exc != nil {
		return false, exc
	}
	if _, ok := cls.(*UnionType); !ok {
		if exc := checkClass(t, cls, "issubclass() arg 2 must be a class, a tuple of classes, or a union"); exc != nil {
			return false, exc
		}
	}
	return abstractIsSubclass(t, derived, cls)
}

// recursiveIsInstance is isinstance against a real class: the type, then a
// different __class__ the object reports (proxies).
func recursiveIsInstance(t *Thread, o Object, ot, c *Type) (bool, *BaseException) {
	if ot.IsSubtype(c) {
		return true, nil
	}
	if ot.builtin {
		return false, nil
	}
	kls, exc := GetAttr(t, o, strClass)
	if exc != nil {
		if exc.IsInstanceOf(AttributeErrorType) {
			return false, nil
		}
		return false, exc
	}
	if kt, ok := kls.(*Type); ok && kt != ot {
		return kt.IsSubtype(c), nil
	}
	return false, nil
}

// abstractIsSubclass walks __bases__ for class-like objects that are not types.
func abstractIsSubclass(t *Thread, derived, cls Object) (bool, *BaseException) {
	for depth := 0; depth < 1000; depth++ {
		if derived == cls {
			return true, nil
		}
		bases, exc := GetAttr(t, derived, InternStr("__bases__"))
		if exc != nil {
			if exc.IsInstanceOf(AttributeErrorType) {
				return false, nil
			}
			return false, exc
		}
		tup, ok := bases.(*Tuple)
		if !ok || len(tup.items) == 0 {
			return false, nil
		}
		if len(tup.items) == 1 {
			derived = tup.items[0]
			continue
		}
		if exc := t.Enter(" in __issubclass__"); exc != nil {
			return false, exc
		}
		defer t.Leave()
		for _, b := range tup.items {
			r, exc := abstractIsSubclass(t, b, cls)
			if exc != nil || r {
				return r, exc
			}
		}
		return false, nil
	}
	return false, NewError(RecursionErrorType, "maximum recursion depth exceeded in __subclasscheck__")
}

// IsSubclass is issubclass(c, cls).
func IsSubclass(t *Thread, c, cls Object) (bool, *BaseException) {
	switch k := cls.(type) {
	case *Tuple:
		return isSubclassAny(t, c, k.items)
	case *UnionType:
		return isSubclassAny(t, c, k.args)
	case *Type:
		if TypeOf(k) == TypeType {
			if ct, ok := c.(*Type); ok {
				return ct.IsSubtype(k), nil
			}
			return recursiveIsSubclass(t, c, k)
		}
	}
	if f := TypeOf(cls).lookup(InternStr("__subclasscheck__")); f != nil {
		if exc := t.Enter(recSubChk); exc != nil {
			return false, exc
		}
		r, exc := callBinaryDunder(t, f, cls, c)
		t.Leave()
		if exc != nil {
			return false, exc
		}
		return IsTrue(t, r)
	}
	return recursiveIsSubclass(t, c, cls)
}

// isSubclassAny is issubclass against each item of a tuple or union, inside
// the recursion guard.
func isSubclassAny(t *Thread, c Object, items []Object) (bool, *BaseException) {
	if exc := t.Enter(recSubChk); exc != nil {
		return false, exc
	}
	defer t.Leave()
	for _, it := range items {
		ok, exc := IsSubclass(t, c, it)
		if exc != nil || ok {
			return ok, exc
		}
	}
	return false, nil
}

// addInstanceDictDescrs gives a class that introduces instance dicts (or
// weak references) the __dict__ / __weakref__ descriptors CPython puts in
// its namespace.
func addInstanceDictDescrs(cls *Type) {
	baseHasDict, baseHasWeak := false, false
	for _, m := range cls.mro[1:] {
		if m.builtin {
			// A native base with instance dicts and its own __dict__
			// descriptor (functools.partial) serves its subclasses.
			if m.hasDict && m.dict.GetStr("__dict__") != nil {
				baseHasDict = true
			}
			continue
		}
		if m.dict.GetStr("__dict__") != nil {
			baseHasDict = true
		}
		if m.dict.GetStr("__weakref__") != nil {
			baseHasWeak = true
		}
	}
	solid := cls.solid
	switch {
	case solid.IsSubtype(BaseExceptionType):
		baseHasDict = true
	case solid == TypeType || solid == ModuleType:
		baseHasDict, baseHasWeak = true, true
	case solid.name == "set" || solid.name == "frozenset":
		baseHasWeak = true
	case solid.name == "int" || solid.name == "tuple" || solid.name == "bytes":
		baseHasWeak = true // variable-size instances cannot be weakly referenced
	}
	wantWeak := !baseHasWeak
	if slots := cls.dict.GetStr("__slots__"); slots != nil {
		wantWeak = false
		var items []Object
		if s, ok := slots.(*Str); ok {
			items = []Object{s}
		} else if its, exc := ToSlice(NewThread(), slots); exc == nil {
			items = its
		}
		for _, it := range items {
			if s, ok := it.(*Str); ok && s.s == "__weakref__" && !baseHasWeak {
				wantWeak = true
			}
		}
	}
	if cls.hasDict && !baseHasDict && cls.dict.GetStr("__dict__") == nil {
		cls.dict.SetStr("__dict__", instanceDictDescr(cls))
	}
	if wantWeak && cls.dict.GetStr("__weakref__") == nil {
		cls.dict.SetStr("__weakref__", &getSetDescr{name: "__weakref__", owner: cls,
			get: instanceWeakrefGet})
	}
}

func instanceDictDescr(cls *Type) *getSetDescr {
	return &getSetDescr{name: "__dict__", owner: cls,
		get: func(t *Thread, o Object) (Object, *BaseException) {
			if d := dictOf(o); d != nil {
				return d, nil
			}
			return nil, attrError(o, strDict)
		},
		set: func(t *Thread, o, v Object) *BaseException {
			if v == nil {
				// Deleting an instance's __dict__ leaves it a fresh one.
				switch x := o.(type) {
				case *Instance:
					x.dict = NewDict()
					return nil
				case *BaseException:
					x.dict = NewDict()
					return nil
				}
				return NewError(TypeErrorType, "cannot delete __dict__")
			}
			d, ok := v.(*Dict)
			if !ok {
				return Errorf(TypeErrorType, "__dict__ must be set to a dictionary, not a '%s'", TypeOf(v).name)
			}
			switch x := o.(type) {
			case *Instance:
				x.dict = d
			case *BaseException:
				x.dict = d
			case *Dict:
				x.hdr.dict = d
			case *List:
				x.hdr.dict = d
			case *Set:
				x.hdr.dict = d
			default:
				return NewError(TypeErrorType, "__dict__ assignment not supported for this object")
			}
			return nil
		}}
}

// mangleName is _Py_Mangle: a private name (__x, not __x__) inside class
// cls becomes _cls__x, the class name stripped of its leading underscores.
func mangleName(cls, name string) string {
	if len(name) < 3 || name[0] != '_' || name[1] != '_' {
		return name
	}
	if name[len(name)-1] == '_' && name[len(name)-2] == '_' {
		return name
	}
	for i := 0; i < len(name); i++ {
		if name[i] == '.' {
			return name
		}
	}
	i := 0
	for i < len(cls) && cls[i] == '_' {
		i++
	}
	if i == len(cls) {
		return name
	}
	return "_" + cls[i:] + name
}

// isSlotIdentifier is str.isidentifier for a __slots__ entry.
func isSlotIdentifier(s string) bool {
	return strIsIdentifier(NewStr(s))
}

// instanceWeakrefGet is the __weakref__ descriptor: the head of the
// object's list of weak references (the plain ref first), else None.
func instanceWeakrefGet(t *Thread, o Object) (Object, *BaseException) {
	if refs := weakRefsListOrder(weakRefsTo(o)); len(refs) > 0 {
		return refs[0], nil
	}
	return None, nil
}
