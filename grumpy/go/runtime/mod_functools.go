package runtime

import (
	"strings"
	"sync"
)

// The _functools module: reduce, cmp_to_key, partial and _lru_cache_wrapper.

func init() {
	RegisterModule(&ModuleSpec{Name: "_functools", Native: initFunctools})
}

func initFunctools(t *Thread, m *Module) *BaseException {
	m.dict.SetStr("__doc__", NewStr("Tools that operate on functions."))
	m.dict.SetStr("partial", partialType)
	m.dict.SetStr("_lru_cache_wrapper", lruWrapperType)
	nativeFunc(m, "reduce", ftReduce).doc = "reduce(function, iterable[, initial]) -> value\n\nApply a function of two arguments cumulatively to the items of a sequence\nor iterable, from left to right, so as to reduce the iterable to a single\nvalue.  For example, reduce(lambda x, y: x+y, [1, 2, 3, 4, 5]) calculates\n((((1+2)+3)+4)+5).  If initial is present, it is placed before the items\nof the iterable in the calculation, and serves as a default when the\niterable is empty."
	nativeFunc(m, "cmp_to_key", ftCmpToKey).doc = "Convert a cmp= function into a key= function."
	return nil
}

// ---------------------------------------------------------------------------
// reduce

func ftReduce(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
	if len(kw) > 0 {
		return nil, NewError(TypeErrorType, "reduce() takes no keyword arguments")
	}
	if exc := unpackArgs("reduce", args, nil, 2, 3); exc != nil {
		return nil, exc
	}
	fn := args[0]
	var result Object
	if len(args) == 3 {
		result = args[2]
	}
	it, exc := Iter(t, args[1])
	if exc != nil {
		if exc.IsInstanceOf(TypeErrorType) {
			return nil, NewError(TypeErrorType, "reduce() arg 2 must support iteration")
		}
		return nil, exc
	}
	for {
		v, exc := Next(t, it)
		if exc != nil {
			return nil, exc
		}
		if v == nil {
			break
		}
		if result == nil {
			result = v
			continue
		}
		if result, exc = Call2(t, fn, result, v); exc != nil {
			return nil, exc
		}
	}
	if result == nil {
		return nil, NewError(TypeErrorType, "reduce() of empty iterable with no initial value")
	}
	return result, nil
}

// ---------------------------------------------------------------------------
// cmp_to_key

type keyWrapper struct {
	cmp Object
	obj Object // nil for the K class returned by cmp_to_key
}

var keyWrapperType = newNativeType("KeyWrapper", "functools", nil, "").solidType()

func (*keyWrapper) Type() *Type { return keyWrapperType }

func ftCmpToKey(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
	var cmp Object
	if exc := clinicArgs("cmp_to_key", args, kw, []string{"mycmp"}, &cmp); exc != nil {
		return nil, exc
	}
	return &keyWrapper{cmp: cmp}, nil
}

func init() {
	keyWrapperType.dict.SetStr("__hash__", None)
	DefMethod(keyWrapperType, "__call__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		k, exc := nativeSelf[*keyWrapper](args, keyWrapperType, "__call__")
		if exc != nil {
			return nil, exc
		}
		var obj Object
		if exc := clinicArgs("K", args[1:], kw, []string{"obj"}, &obj); exc != nil {
			return nil, exc
		}
		return &keyWrapper{cmp: k.cmp, obj: obj}, nil
	})
	for op := CmpLT; op <= CmpGE; op++ {
		op := op
		defNativeMethod(keyWrapperType, cmpNames[op].s, func(t *Thread, k *keyWrapper, args []Object, kw []*Str) (Object, *BaseException) {
			if len(args) != 1 {
				return nil, Errorf(TypeErrorType, "expected 1 argument, got %d", len(args))
			}
			o, ok := Unwrap(args[0]).(*keyWrapper)
			if !ok {
				return nil, NewError(TypeErrorType, "other argument must be K instance")
			}
			if k.obj == nil || o.obj == nil {
				return nil, NewError(AttributeErrorType, "object")
			}
			res, exc := Call2(t, k.cmp, k.obj, o.obj)
			if exc != nil {
				return nil, exc
			}
			return Compare(t, op, res, MakeInt(0))
		})
	}
	keyWrapperType.dict.SetStr("obj", &getSetDescr{name: "obj", owner: keyWrapperType, member: true,
		get: func(t *Thread, o Object) (Object, *BaseException) {
			k := Unwrap(o).(*keyWrapper)
			if k.obj == nil {
				return nil, Errorf(AttributeErrorType, "'functools.KeyWrapper' object has no attribute 'obj'")
			}
			return k.obj, nil
		}})
}

// ---------------------------------------------------------------------------
// partial

// partialObj is functools.partial. Its instances are always *Instance
// wrappers (partial objects have a __dict__); the struct is the base.
type partialObj struct {
	fn   Object
	args *Tuple // kept (not copied) so p.args is p.args, as in CPython
	kw   *Dict
	mu   sync.Mutex // guards the fields during __setstate__
}

var partialType = func() *Type {
	typ := newNativeType("partial", "functools", nil, "partial(func, *args, **keywords) - new function with partial application\n    of the given arguments and keywords.\n").solidType()
	typ.hasDict = true
	return typ
}()

func (*partialObj) Type() *Type { return partialType }

func (p *partialObj) fields() (Object, []Object, *Dict) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.fn, p.args.items, p.kw
}

// argsTuple is the partial's args tuple itself.
func (p *partialObj) argsTuple() *Tuple {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.args
}

func partialOf(o Object) (*partialObj, bool) {
	p, ok := Unwrap(o).(*partialObj)
	return p, ok
}

// NewPartial makes functools.partial(fn, *args, **kw) for native code.
func NewPartial(fn Object, args []Object, kw *Dict) Object {
	if kw == nil {
		kw = NewDict()
	}
	inst := NewInstance(partialType)
	inst.base = &partialObj{fn: fn, args: NewTuple(args...), kw: kw}
	return inst
}

func partialCall(t *Thread, p *partialObj, args []Object, kw []*Str) (Object, *BaseException) {
	fn, pargs, pkw := p.fields()
	pos, kwv := splitKw(args, kw)
	all := make([]Object, 0, len(pargs)+len(args)+pkw.Len())
	all = append(all, pargs...)
	all = append(all, pos...)
	if pkw.Len() == 0 {
		all = append(all, kwv...)
		return Call(t, fn, all, kw)
	}
	keys, vals := pkw.Items()
	names := make([]*Str, 0, len(keys)+len(kw))
	merged := make([]Object, 0, len(keys)+len(kw))
	for i, k := range keys {
		s, ok := k.(*Str)
		if !ok {
			return nil, NewError(TypeErrorType, "keywords must be strings")
		}
		over := false
		for _, c := range kw {
			if c.s == s.s {
				over = true
				break
			}
		}
		if !over {
			names = append(names, s)
			merged = append(merged, vals[i])
		}
	}
	names = append(names, kw...)
	merged = append(merged, kwv...)
	all = append(all, merged...)
	return Call(t, fn, all, names)
}

func partialRepr(t *Thread, self Object, p *partialObj) (Object, *BaseException) {
	name := nativeTypeName(TypeOf(self))
	if !reprEnter(t, self) {
		return NewStr("..."), nil
	}
	defer reprLeave(t, self)
	fn, args, kw := p.fields()
	var b strings.Builder
	r, exc := Repr(t, fn)
	if exc != nil {
		return nil, exc
	}
	b.WriteString(name + "(" + r.s)
	for _, a := range args {
		r, exc := Repr(t, a)
		if exc != nil {
			return nil, exc
		}
		b.WriteString(", " + r.s)
	}
	keys, vals := kw.Items()
	for i, k := range keys {
		ks, exc := ToStr(t, k)
		if exc != nil {
			return nil, exc
		}
		r, exc := Repr(t, vals[i])
		if exc != nil {
			return nil, exc
		}
		b.WriteString(", " + ks.s + "=" + r.s)
	}
	b.WriteString(")")
	return NewStr(b.String()), nil
}

func init() {
	DefStatic(partialType, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		cls, exc := nativeNewArgs(args, partialType)
		if exc != nil {
			return nil, exc
		}
		pos, kwv := splitKw(args[1:], kw)
		if len(pos) < 1 {
			return nil, NewError(TypeErrorType, "type 'partial' takes at least one argument")
		}
		fn := pos[0]
		if !Callable(fn) {
			return nil, NewError(TypeErrorType, "the first argument must be callable")
		}
		var pargs []Object
		pkw := NewDict()
		if inner, ok := partialOf(fn); ok && TypeOf(fn).lookup(strCall) == partialType.dict.GetStr("__call__") {
			if d := dictOf(fn); d == nil || d.Len() == 0 {
				ifn, iargs, ikw := inner.fields()
				fn = ifn
				pargs = append(pargs, iargs...)
				pkw = ikw.Copy()
			}
		}
		pargs = append(pargs, pos[1:]...)
		for i, k := range kw {
			pkw.SetItemStr(k, kwv[i])
		}
		inst := NewInstance(cls)
		inst.base = &partialObj{fn: fn, args: NewTuple(pargs...), kw: pkw}
		return inst, nil
	})
	DefMethod(partialType, "__call__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		p, exc := nativeSelf[*partialObj](args, partialType, "__call__")
		if exc != nil {
			return nil, exc
		}
		return partialCall(t, p, args[1:], kw)
	})
	DefMethod(partialType, "__repr__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		p, exc := nativeSelf[*partialObj](args, partialType, "__repr__")
		if exc != nil {
			return nil, exc
		}
		return partialRepr(t, args[0], p)
	})
	DefMethod(partialType, "__reduce__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		p, exc := nativeSelf[*partialObj](args, partialType, "__reduce__")
		if exc != nil {
			return nil, exc
		}
		fn, _, pkw := p.fields()
		var d Object = None
		if dict := dictOf(args[0]); dict != nil && dict.Len() > 0 {
			d = dict
		}
		return NewTuple(TypeOf(args[0]), NewTuple(fn), NewTuple(fn, p.argsTuple(), pkw, d)), nil
	})
	DefMethod(partialType, "__setstate__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		p, exc := nativeSelf[*partialObj](args, partialType, "__setstate__")
		if exc != nil {
			return nil, exc
		}
		if exc := methArgs("partial.__setstate__", "__setstate__", args[1:], kw, 1, 1); exc != nil {
			return nil, exc
		}
		st, ok := args[1].(*Tuple)
		if !ok || len(st.items) != 4 {
			return nil, NewError(TypeErrorType, "invalid partial state")
		}
		fn, fargs, fkw, fdict := st.items[0], st.items[1], st.items[2], st.items[3]
		at, isTup := Unwrap(fargs).(*Tuple)
		if !Callable(fn) || !isTup || (fkw != None && !isDict(fkw)) {
			return nil, NewError(TypeErrorType, "invalid partial state")
		}
		// As partial_setstate: an exact tuple and an exact dict are kept
		// (copy.copy shares them), others are converted.
		kwd := NewDict()
		if fkw != None {
			kwd = fkw.(*Dict)
			if kwd.Type() != DictType {
				kwd = kwd.Copy()
			}
		}
		if _, exact := fargs.(*Tuple); !exact {
			at = NewTuple(append([]Object(nil), at.items...)...)
		}
		p.mu.Lock()
		p.fn, p.args, p.kw = fn, at, kwd
		p.mu.Unlock()
		if inst, ok := args[0].(*Instance); ok {
			// The state's dict becomes the instance's (None: a fresh one).
			if d, isD := fdict.(*Dict); isD {
				inst.dict = d
			} else if fdict == None {
				inst.dict = NewDict()
			} else if d := dictOf(args[0]); d != nil {
				d.Clear()
				if exc := DictUpdate(t, d, fdict); exc != nil {
					return nil, exc
				}
			}
		}
		return None, nil
	})
	member := func(name string, get func(p *partialObj) Object) {
		partialType.dict.SetStr(name, &getSetDescr{name: name, owner: partialType, member: true,
			get: func(t *Thread, o Object) (Object, *BaseException) {
				p, _ := partialOf(o)
				return get(p), nil
			}})
	}
	member("func", func(p *partialObj) Object { fn, _, _ := p.fields(); return fn })
	member("args", func(p *partialObj) Object { return p.argsTuple() })
	// partial's __dict__ (PyObject_GenericGetDict/GenericSetDict): it may be
	// replaced by a dict but not deleted.
	partialType.dict.SetStr("__dict__", &getSetDescr{name: "__dict__", owner: partialType,
		get: func(t *Thread, o Object) (Object, *BaseException) {
			if d := dictOf(o); d != nil {
				return d, nil
			}
			return nil, attrError(o, strDict)
		},
		set: func(t *Thread, o, v Object) *BaseException {
			if v == nil {
				return NewError(TypeErrorType, "cannot delete __dict__")
			}
			d, ok := v.(*Dict)
			if !ok {
				return Errorf(TypeErrorType, "__dict__ must be set to a dictionary, not a '%s'", TypeOf(v).name)
			}
			if inst, isInst := o.(*Instance); isInst {
				inst.dict = d
				return nil
			}
			return NewError(TypeErrorType, "__dict__ assignment not supported for this object")
		}})
	member("keywords", func(p *partialObj) Object { _, _, kw := p.fields(); return kw })
	DefClassMethod(partialType, "__class_getitem__", classGetItem)
}

func isDict(o Object) bool {
	_, ok := o.(*Dict)
	return ok
}

// ---------------------------------------------------------------------------
// _lru_cache_wrapper

// lruCache is the state of functools._lru_cache_wrapper: a dict from key
// to node plus, when bounded, a doubly linked list in recency order (most
// recent at root.next).
type lruCache struct {
	mu       sync.Mutex
	fn       Object
	maxsize  int // -1: unbounded
	typed    bool
	infoType Object
	cache    *Dict
	root     lruNode
	nodes    int // length of the recency list (bounded caches)
	hits     int64
	misses   int64
}

type lruNode struct {
	prev, next *lruNode
	key        Object
	hash       int64 // the key's, computed once (as CPython's lru_list_elem)
	result     Object
	dead       bool // evicted (guarded by the cache's mu)
}

var lruNodeType = newNativeType("_lru_list_elem", "functools", nil, "")

func (*lruNode) Type() *Type { return lruNodeType }

var lruWrapperType = func() *Type {
	typ := newNativeType("_lru_cache_wrapper", "functools", nil, "Create a cached callable that wraps another function.\n\nuser_function:      the function being cached\n\nmaxsize:  0         for no caching\n          None      for unlimited cache size\n          n         for a bounded cache\n\ntyped:    False     cache f(3) and f(3.0) as identical calls\n          True      cache f(3) and f(3.0) as distinct calls\n\ncache_info_type:    namedtuple class with the fields:\n                        hits misses currsize maxsize\n").solidType()
	typ.hasDict = true
	// Not builtin: the attribute machinery must honour its __get__ (it
	// binds like a function when stored in a class).
	typ.builtin = false
	return typ
}()

func (*lruCache) Type() *Type { return lruWrapperType }

var lruKwdMark = &Instance{typ: ObjectType}

func (c *lruCache) makeKey(args []Object, kw []*Str) Object {
	pos, kwv := splitKw(args, kw)
	if !c.typed && len(kw) == 0 {
		if len(pos) == 1 {
			switch pos[0].(type) {
			case *Str, Int, *BigInt:
				return pos[0]
			}
		}
		return NewTuple(append([]Object(nil), pos...)...)
	}
	key := make([]Object, 0, len(args)*2+1)
	key = append(key, pos...)
	if len(kw) > 0 {
		key = append(key, lruKwdMark)
		for i, k := range kw {
			key = append(key, k, kwv[i])
		}
	}
	if c.typed {
		for _, a := range pos {
			key = append(key, TypeOf(a))
		}
		for _, v := range kwv {
			key = append(key, TypeOf(v))
		}
	}
	return NewTuple(key...)
}

func (c *lruCache) unlink(n *lruNode) {
	n.prev.next = n.next
	n.next.prev = n.prev
	n.prev, n.next = nil, nil
	c.nodes--
}

func (c *lruCache) pushFront(n *lruNode) {
	n.next = c.root.next
	n.prev = &c.root
	c.root.next.prev = n
	c.root.next = n
	c.nodes++
}

func (c *lruCache) call(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
	if c.maxsize == 0 {
		c.mu.Lock()
		c.misses++
		c.mu.Unlock()
		return Call(t, c.fn, args, kw)
	}
	key := c.makeKey(args, kw)
	// The key is hashed once per call: __hash__ of the arguments runs once.
	h, exc := Hash(t, key)
	if exc != nil {
		return nil, exc
	}
	found, exc := c.cache.getKnownHash(t, key, h)
	if exc != nil {
		return nil, exc
	}
	if found != nil {
		c.mu.Lock()
		c.hits++
		if c.maxsize < 0 {
			c.mu.Unlock()
			return found, nil
		}
		n := found.(*lruNode)
		if n.prev != nil {
			c.unlink(n)
			c.pushFront(n)
		}
		r := n.result
		c.mu.Unlock()
		return r, nil
	}
	c.mu.Lock()
	c.misses++
	c.mu.Unlock()
	result, exc := Call(t, c.fn, args, kw)
	if exc != nil {
		return nil, exc
	}
	if c.maxsize < 0 {
		return result, c.setKnownHash(t, key, h, result)
	}
	// The key may have been added while the function ran (recursion or
	// another thread): keep the cached entry.
	again, exc := c.cache.getKnownHash(t, key, h)
	if exc != nil {
		return nil, exc
	}
	if again != nil {
		return result, nil
	}
	node := &lruNode{key: key, hash: h, result: result}
	var evict *lruNode
	c.mu.Lock()
	// The list, not the dict, bounds the cache: the dict is updated after
	// the lock is released (its comparisons may run Python code).
	if c.nodes >= c.maxsize && c.root.prev != &c.root {
		evict = c.root.prev
		c.unlink(evict)
		evict.dead = true
	}
	c.pushFront(node)
	c.mu.Unlock()
	if evict != nil {
		if exc := c.dropIfCurrent(t, evict); exc != nil {
			return nil, exc
		}
	}
	if exc := c.setKnownHash(t, key, h, node); exc != nil {
		c.mu.Lock()
		if node.prev != nil {
			c.unlink(node)
			node.dead = true
		}
		c.mu.Unlock()
		return nil, exc
	}
	// Another thread may have evicted the node before it reached the dict.
	c.mu.Lock()
	dead := node.dead
	c.mu.Unlock()
	if dead {
		if exc := c.dropIfCurrent(t, node); exc != nil {
			return nil, exc
		}
	}
	return result, nil
}

// dropIfCurrent removes an evicted node's key unless a newer node owns it.
// Evicting marks the node dead before this runs, and an inserter checks
// that mark after storing, so the dict never keeps an entry whose node has
// left the list.
func (c *lruCache) dropIfCurrent(t *Thread, n *lruNode) *BaseException {
	v, exc := c.cache.getKnownHash(t, n.key, n.hash)
	if exc != nil || v != Object(n) {
		return exc
	}
	c.cache.mu.Lock()
	defer c.cache.mu.Unlock()
	_, _, exc = c.cache.remove(t, n.key, n.hash)
	return exc
}

// setKnownHash stores cache[key] = v with the key's hash already computed.
func (c *lruCache) setKnownHash(t *Thread, key Object, h int64, v Object) *BaseException {
	c.cache.mu.Lock()
	defer c.cache.mu.Unlock()
	return c.cache.insert(t, key, h, v)
}

func (c *lruCache) clear() {
	c.mu.Lock()
	c.hits, c.misses = 0, 0
	if c.root.next != nil {
		// Detach every node so a concurrent hit cannot relink one.
		for n := c.root.next; n != &c.root; {
			next := n.next
			n.prev, n.next, n.dead = nil, nil, true
			n = next
		}
	}
	c.root.next, c.root.prev = &c.root, &c.root
	c.nodes = 0
	c.mu.Unlock()
	c.cache.Clear()
}

func init() {
	DefStatic(lruWrapperType, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		cls, exc := nativeNewArgs(args, lruWrapperType)
		if exc != nil {
			return nil, exc
		}
		var fn, maxsize, typed, info Object
		if exc := clinicArgs("_lru_cache_wrapper", args[1:], kw, []string{"user_function", "maxsize", "typed", "cache_info_type"}, &fn, &maxsize, &typed, &info); exc != nil {
			return nil, exc
		}
		if !Callable(fn) {
			return nil, NewError(TypeErrorType, "the first argument must be callable")
		}
		ms := -1
		if maxsize != None {
			if _, ok := asIntStrict(Unwrap(maxsize)); !ok {
				return nil, NewError(TypeErrorType, "maxsize should be integer or None")
			}
			n, exc := clampedIndexArg(t, maxsize)
			if exc != nil {
				return nil, exc
			}
			ms = max(n, 0)
		}
		tb, exc := IsTrue(t, typed)
		if exc != nil {
			return nil, exc
		}
		c := &lruCache{fn: fn, maxsize: ms, typed: tb, infoType: info, cache: NewDict()}
		c.root.next, c.root.prev = &c.root, &c.root
		inst := NewInstance(cls)
		inst.base = c
		return inst, nil
	})
	DefMethod(lruWrapperType, "__call__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		c, exc := nativeSelf[*lruCache](args, lruWrapperType, "__call__")
		if exc != nil {
			return nil, exc
		}
		return c.call(t, args[1:], kw)
	})
	DefMethod(lruWrapperType, "__get__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) < 2 || len(args) > 3 {
			return nil, Errorf(TypeErrorType, "expected 1 or 2 arguments, got %d", len(args)-1)
		}
		if args[1] == None {
			return args[0], nil
		}
		return NewMethod(args[0], args[1]), nil
	})
	defNativeMethod(lruWrapperType, "cache_info", func(t *Thread, c *lruCache, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("cache_info", "cache_info", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		c.mu.Lock()
		hits, misses := c.hits, c.misses
		c.mu.Unlock()
		var ms Object = None
		if c.maxsize >= 0 {
			ms = MakeInt(int64(c.maxsize))
		}
		return Call(t, c.infoType, []Object{MakeInt(hits), MakeInt(misses), ms, MakeInt(int64(c.cache.Len()))}, nil)
	})
	defNativeMethod(lruWrapperType, "cache_clear", func(t *Thread, c *lruCache, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("cache_clear", "cache_clear", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		c.clear()
		return None, nil
	})
	DefMethod(lruWrapperType, "__reduce__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return GetAttr(t, args[0], strQualname)
	})
	DefMethod(lruWrapperType, "__copy__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return args[0], nil
	})
	DefMethod(lruWrapperType, "__deepcopy__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return args[0], nil
	})
}
