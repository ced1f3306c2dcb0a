package runtime

import (
	"sync"
	"sync/atomic"
	"weak"
)

// The _abc module: the accelerator abc.ABCMeta uses (CPython's
// Modules/_abc.c). Each ABC keeps an _abc_data object in its _abc_impl
// attribute holding three weak sets of classes — the registry of virtual
// subclasses, the positive cache and the negative cache — and the value
// of the global invalidation counter the negative cache was filled at.
// Besides speed, the frames matter: typing's protocol checks ask whether
// they were called from the module named 'abc', which the pure-Python
// _py_abc fallback is not.

func init() {
	RegisterModule(&ModuleSpec{Name: "_abc", Native: initAbc})
}

// abcInvalidation is abc_invalidation_counter: bumped by every register().
var abcInvalidation atomic.Int64

// abcWeakSet is a set of classes held weakly, in insertion order.
type abcWeakSet struct {
	m     map[weak.Pointer[Type]]struct{}
	order []weak.Pointer[Type]
}

func (s *abcWeakSet) has(typ *Type) bool {
	if len(s.m) == 0 {
		return false
	}
	_, ok := s.m[weak.Make(typ)]
	return ok
}

func (s *abcWeakSet) add(typ *Type) {
	p := weak.Make(typ)
	if s.m == nil {
		s.m = map[weak.Pointer[Type]]struct{}{}
	}
	if _, ok := s.m[p]; ok {
		return
	}
	s.m[p] = struct{}{}
	// Drop the entries whose classes died, now and then.
	if len(s.order) >= 64 && len(s.order)&(len(s.order)-1) == 0 {
		live := s.order[:0]
		for _, q := range s.order {
			if q.Value() != nil {
				live = append(live, q)
			} else {
				delete(s.m, q)
			}
		}
		s.order = live
	}
	s.order = append(s.order, p)
}

func (s *abcWeakSet) clear() { s.m, s.order = nil, nil }

// live is a snapshot of the set's classes still alive.
func (s *abcWeakSet) live() []*Type {
	var out []*Type
	for _, p := range s.order {
		if v := p.Value(); v != nil {
			out = append(out, v)
		}
	}
	return out
}

// abcData is _abc._abc_data.
type abcData struct {
	mu         sync.Mutex
	registry   abcWeakSet
	cache      abcWeakSet
	negCache   abcWeakSet
	negVersion int64
}

// AbcDataType is _abc._abc_data.
var AbcDataType = finalType(newBuiltinType("_abc_data", ObjectType))

// Type implements Object.
func (*abcData) Type() *Type { return AbcDataType }

var strAbcImpl = InternStr("_abc_impl")

// abcImpl is _get_impl: self._abc_impl, which must be an _abc_data.
func abcImpl(t *Thread, self Object) (*abcData, *BaseException) {
	o, exc := GetAttr(t, self, strAbcImpl)
	if exc != nil {
		return nil, exc
	}
	d, ok := o.(*abcData)
	if !ok {
		return nil, NewError(TypeErrorType, "_abc_impl is set to a wrong type")
	}
	return d, nil
}

// isAbstractValue is _PyObject_IsAbstract: getattr(o,
// '__isabstractmethod__', False), truth-tested.
func isAbstractValue(t *Thread, o Object) (bool, *BaseException) {
	v, exc := lookupAttrOpt(t, o, "__isabstractmethod__")
	if exc != nil || v == nil {
		return false, exc
	}
	return IsTrue(t, v)
}

// abcComputeAbstracts is compute_abstract_methods: the names in the
// class's own namespace whose values are abstract, and the inherited
// abstract names whose values are still abstract; stored as the class's
// __abstractmethods__ frozenset.
func abcComputeAbstracts(t *Thread, self Object) *BaseException {
	abstracts := NewFrozenSet()
	ns, exc := GetAttr(t, self, strDict)
	if exc != nil {
		return exc
	}
	keys, exc := CallMethod(t, ns, InternStr("keys"), nil, nil)
	if exc != nil {
		return exc
	}
	keyList, exc := ToSlice(t, keys)
	if exc != nil {
		return exc
	}
	for _, k := range keyList {
		v, exc := GetItem(t, ns, k)
		if exc != nil {
			return exc
		}
		abs, exc := isAbstractValue(t, v)
		if exc != nil {
			return exc
		}
		if abs {
			if exc := abstracts.Add(t, k); exc != nil {
				return exc
			}
		}
	}
	bases, exc := GetAttr(t, self, InternStr("__bases__"))
	if exc != nil {
		return exc
	}
	bt, ok := bases.(*Tuple)
	if !ok {
		return NewError(TypeErrorType, "__bases__ is not tuple")
	}
	for _, base := range bt.items {
		names, exc := lookupAttrOpt(t, base, "__abstractmethods__")
		if exc != nil {
			return exc
		}
		if names == nil {
			continue
		}
		exc = ForEach(t, names, func(k Object) (bool, *BaseException) {
			name, ok := k.(*Str)
			if !ok {
				return false, Errorf(TypeErrorType, "attribute name must be string, not '%s'", TypeOf(k).name)
			}
			v, exc := lookupAttrOpt(t, self, name.s)
			if exc != nil || v == nil {
				return exc == nil, exc
			}
			abs, exc := isAbstractValue(t, v)
			if exc != nil {
				return false, exc
			}
			if abs {
				if exc := abstracts.Add(t, k); exc != nil {
					return false, exc
				}
			}
			return true, nil
		})
		if exc != nil {
			return exc
		}
	}
	return SetAttr(t, self, InternStr("__abstractmethods__"), abstracts)
}

// abcSubclassCheck is _abc__abc_subclasscheck_impl.
func abcSubclassCheck(t *Thread, self, subclass Object) (Object, *BaseException) {
	sub, ok := subclass.(*Type)
	if !ok {
		return nil, NewError(TypeErrorType, "issubclass() arg 1 must be a class")
	}
	impl, exc := abcImpl(t, self)
	if exc != nil {
		return nil, exc
	}
	addCache := func(neg bool) {
		impl.mu.Lock()
		if neg {
			impl.negCache.add(sub)
		} else {
			impl.cache.add(sub)
		}
		impl.mu.Unlock()
	}
	// 1. The cache; 2. the negative cache, invalidated by register().
	impl.mu.Lock()
	if impl.cache.has(sub) {
		impl.mu.Unlock()
		return True, nil
	}
	if counter := abcInvalidation.Load(); impl.negVersion < counter {
		impl.negCache.clear()
		impl.negVersion = counter
	} else if impl.negCache.has(sub) {
		impl.mu.Unlock()
		return False, nil
	}
	impl.mu.Unlock()
	// 3. The subclass hook.
	ok2, exc := CallMethod(t, self, InternStr("__subclasshook__"), []Object{subclass}, nil)
	if exc != nil {
		return nil, exc
	}
	switch ok2 {
	case True:
		addCache(false)
		return True, nil
	case False:
		addCache(true)
		return False, nil
	}
	if ok2 != NotImplemented {
		return nil, NewError(AssertionErrorType, "__subclasshook__ must return either False, True, or NotImplemented")
	}
	// 4. A direct subclass.
	for _, m := range sub.mro {
		if Object(m) == self {
			addCache(false)
			return True, nil
		}
	}
	// 5. A subclass of a registered class.
	impl.mu.Lock()
	inRegistry := impl.registry.has(sub)
	registered := impl.registry.live()
	impl.mu.Unlock()
	if inRegistry {
		return True, nil
	}
	for _, r := range registered {
		ok, exc := IsSubclass(t, subclass, r)
		if exc != nil {
			return nil, exc
		}
		if ok {
			addCache(false)
			return True, nil
		}
	}
	// 6. A subclass of a subclass.
	subs, exc := CallMethod(t, self, InternStr("__subclasses__"), nil, nil)
	if exc != nil {
		return nil, exc
	}
	list, ok := subs.(*List)
	if !ok {
		return nil, NewError(TypeErrorType, "__subclasses__() must return a list")
	}
	items, exc := ToSlice(t, list)
	if exc != nil {
		return nil, exc
	}
	for _, scls := range items {
		ok, exc := IsSubclass(t, subclass, scls)
		if exc != nil {
			return nil, exc
		}
		if ok {
			addCache(false)
			return True, nil
		}
	}
	addCache(true)
	return False, nil
}

// abcInstanceCheck is _abc__abc_instancecheck_impl.
func abcInstanceCheck(t *Thread, self, instance Object) (Object, *BaseException) {
	impl, exc := abcImpl(t, self)
	if exc != nil {
		return nil, exc
	}
	subclass, exc := GetAttr(t, instance, strClass)
	if exc != nil {
		return nil, exc
	}
	sc, isType := subclass.(*Type)
	impl.mu.Lock()
	if isType && impl.cache.has(sc) {
		impl.mu.Unlock()
		return True, nil
	}
	subtype := TypeOf(instance)
	if Object(subtype) == subclass {
		if impl.negVersion == abcInvalidation.Load() && isType && impl.negCache.has(sc) {
			impl.mu.Unlock()
			return False, nil
		}
		impl.mu.Unlock()
		return CallMethod(t, self, InternStr("__subclasscheck__"), []Object{subclass}, nil)
	}
	impl.mu.Unlock()
	r, exc := CallMethod(t, self, InternStr("__subclasscheck__"), []Object{subclass}, nil)
	if exc != nil {
		return nil, exc
	}
	ok, exc := IsTrue(t, r)
	if exc != nil {
		return nil, exc
	}
	if ok {
		return r, nil
	}
	return CallMethod(t, self, InternStr("__subclasscheck__"), []Object{subtype}, nil)
}

// abcRegister is _abc__abc_register_impl.
func abcRegister(t *Thread, self, subclass Object) (Object, *BaseException) {
	sub, ok := subclass.(*Type)
	if !ok {
		return nil, NewError(TypeErrorType, "Can only register classes")
	}
	already, exc := IsSubclass(t, subclass, self)
	if exc != nil {
		return nil, exc
	}
	if already {
		return subclass, nil
	}
	// Cycles are tested after "already a subclass": X.register(X) is a no-op.
	cycle, exc := IsSubclass(t, self, subclass)
	if exc != nil {
		return nil, exc
	}
	if cycle {
		return nil, NewError(RuntimeErrorType, "Refusing to create an inheritance cycle")
	}
	impl, exc := abcImpl(t, self)
	if exc != nil {
		return nil, exc
	}
	impl.mu.Lock()
	impl.registry.add(sub)
	impl.mu.Unlock()
	abcInvalidation.Add(1)
	noteAbcRegister(self, sub)
	return subclass, nil
}

func initAbc(t *Thread, m *Module) *BaseException {
	m.dict.SetStr("__doc__", NewStr("Module contains faster C implementation of abc.ABCMeta"))
	AbcDataType.module = "_abc"
	m.dict.SetStr("_abc_data", AbcDataType)
	oneArg := func(name string, fn func(t *Thread, self Object) (Object, *BaseException)) {
		nativeFunc(m, name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := methArgs(name, name, args, kw, 1, 1); exc != nil {
				return nil, exc
			}
			return fn(t, args[0])
		})
	}
	twoArgs := func(name string, fn func(t *Thread, self, other Object) (Object, *BaseException)) {
		nativeFunc(m, name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := methArgs(name, name, args, kw, 2, 2); exc != nil {
				return nil, exc
			}
			return fn(t, args[0], args[1])
		})
	}
	nativeFunc(m, "get_cache_token", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("get_cache_token", "get_cache_token", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		return MakeInt(abcInvalidation.Load()), nil
	})
	oneArg("_abc_init", func(t *Thread, self Object) (Object, *BaseException) {
		if exc := abcComputeAbstracts(t, self); exc != nil {
			return nil, exc
		}
		data := &abcData{negVersion: abcInvalidation.Load()}
		if exc := SetAttr(t, self, strAbcImpl, data); exc != nil {
			return nil, exc
		}
		// The collection flags are the match statement's business here
		// (match.go asks collections.abc); the marker goes, as in CPython.
		if typ, ok := self.(*Type); ok {
			if flags := typ.dict.GetStr("__abc_tpflags__"); flags != nil {
				if v, ok := flags.(Int); ok && int64(v)&(1<<5|1<<6) == 1<<5|1<<6 {
					return nil, NewError(TypeErrorType, "__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING")
				}
				if v, ok := flags.(Int); ok {
					noteAbcTpFlags(typ, int64(v))
				}
				typ.setAttr(InternStr("__abc_tpflags__"), nil)
			}
		}
		return None, nil
	})
	twoArgs("_abc_register", abcRegister)
	twoArgs("_abc_instancecheck", abcInstanceCheck)
	twoArgs("_abc_subclasscheck", abcSubclassCheck)
	oneArg("_get_dump", func(t *Thread, self Object) (Object, *BaseException) {
		impl, exc := abcImpl(t, self)
		if exc != nil {
			return nil, exc
		}
		impl.mu.Lock()
		sets := [3][]*Type{impl.registry.live(), impl.cache.live(), impl.negCache.live()}
		version := impl.negVersion
		impl.mu.Unlock()
		out := make([]Object, 0, 4)
		for _, classes := range sets {
			s := NewSet()
			for _, c := range classes {
				r, exc := newWeakRef(c, nil, weakKindRef, nil)
				if exc != nil {
					return nil, exc
				}
				if exc := s.Add(t, r); exc != nil {
					return nil, exc
				}
			}
			out = append(out, s)
		}
		return NewTuple(append(out, MakeInt(version))...), nil
	})
	oneArg("_reset_registry", func(t *Thread, self Object) (Object, *BaseException) {
		impl, exc := abcImpl(t, self)
		if exc != nil {
			return nil, exc
		}
		impl.mu.Lock()
		impl.registry.clear()
		impl.mu.Unlock()
		return None, nil
	})
	oneArg("_reset_caches", func(t *Thread, self Object) (Object, *BaseException) {
		impl, exc := abcImpl(t, self)
		if exc != nil {
			return nil, exc
		}
		impl.mu.Lock()
		impl.cache.clear()
		impl.negCache.clear()
		impl.mu.Unlock()
		return None, nil
	})
	return nil
}
