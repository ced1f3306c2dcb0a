package runtime

import (
	goruntime "runtime"
	"sort"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"
	"weak"
)

// The _weakref module. A weak reference holds a Go weak pointer to its
// referent, so once the collector finds the referent unreachable ref()
// returns None. Callbacks run from a cleanup attached to the referent, or
// synchronously from gc.collect(), which collects and then fires every
// callback whose referent is gone (so programs that `del x; gc.collect()`
// see CPython's order). Each callback runs at most once.
//
// Values that are Go values rather than pointers (int, float, bool) and
// the builtin types CPython refuses (list, dict, tuple, str ...) raise
// "cannot create weak reference to 'int' object".

func init() {
	RegisterModule(&ModuleSpec{Name: "_weakref", Native: initWeakref})
}

func initWeakref(t *Thread, m *Module) *BaseException {
	m.dict.SetStr("__doc__", NewStr("Weak-reference support module."))
	m.dict.SetStr("ref", WeakRefType)
	m.dict.SetStr("ReferenceType", WeakRefType)
	m.dict.SetStr("ProxyType", weakProxyType)
	m.dict.SetStr("CallableProxyType", weakCallableProxyType)
	nativeFunc(m, "getweakrefcount", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("getweakrefcount", "getweakrefcount", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		return MakeInt(int64(len(weakRefsTo(args[0])))), nil
	})
	nativeFunc(m, "getweakrefs", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("getweakrefs", "getweakrefs", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		return NewList(weakRefsListOrder(weakRefsTo(args[0]))...), nil
	})
	nativeFunc(m, "proxy", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := unpackArgs("proxy", args, kw, 1, 2); exc != nil {
			return nil, exc
		}
		var cb Object
		if len(args) == 2 && args[1] != None {
			cb = args[1]
		}
		kind := weakKindProxy
		if Callable(args[0]) {
			kind = weakKindCallableProxy
		}
		return newWeakRef(args[0], cb, kind, nil)
	})
	nativeFunc(m, "_remove_dead_weakref", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := unpackArgs("_remove_dead_weakref", args, kw, 2, 2); exc != nil {
			return nil, exc
		}
		d, ok := args[0].(*Dict)
		if !ok {
			return nil, Errorf(TypeErrorType, "_remove_dead_weakref() argument 1 must be dict, not %s", TypeOf(args[0]).name)
		}
		v, exc := d.GetItem(t, args[1])
		if exc != nil || v == nil {
			return None, exc
		}
		wr, ok := Unwrap(v).(*WeakRef)
		if !ok {
			return nil, NewError(TypeErrorType, "not a weakref")
		}
		if wr.target() == nil {
			if _, exc := d.DelItem(t, args[1]); exc != nil {
				return nil, exc
			}
		}
		return None, nil
	})
	return nil
}

const (
	weakKindRef = iota
	weakKindProxy
	weakKindCallableProxy
)

// WeakRef is weakref.ref (and the proxies, by kind).
type WeakRef struct {
	get      func() Object // the referent, or nil once collected
	addr     uintptr
	typeName string
	kind     int
	callback Object // nil: none
	// self is the object Python sees: the WeakRef itself, or the instance of
	// a ref subclass (KeyedRef, WeakMethod) that carries it.
	self  atomic.Pointer[Instance]
	fired atomic.Bool
	// dead is set by the referent's cleanup. The registries prune by it,
	// never by target(): turning a weak pointer strong during a collection's
	// mark phase keeps the referent alive through that collection, and an
	// entry's address may already hold a new, unreachable object.
	dead   atomic.Bool
	mu     sync.Mutex
	hash   int64
	hashed bool
	// seq orders references by creation; targetSeq is the seq of the first
	// reference made to the same referent (callbacks run grouped by
	// referent, oldest referent first, newest reference first).
	seq, targetSeq uint64
}

var (
	// WeakRefType is weakref.ReferenceType (weakref.ref).
	WeakRefType           = newNativeType("ReferenceType", "weakref", nil, "").solidType()
	weakProxyType         = newNativeType("ProxyType", "weakref", nil, "").solidType()
	weakCallableProxyType = newNativeType("CallableProxyType", "weakref", nil, "").solidType()
)

func init() {
	// The proxies forward attribute access through __getattribute__, which
	// the attribute machinery only consults on non-builtin types.
	weakProxyType.builtin = false
	weakCallableProxyType.builtin = false
	weakProxyType.final = true
	weakCallableProxyType.final = true
}

// Type implements Object.
func (w *WeakRef) Type() *Type {
	switch w.kind {
	case weakKindProxy:
		return weakProxyType
	case weakKindCallableProxy:
		return weakCallableProxyType
	}
	return WeakRefType
}

func (w *WeakRef) target() Object { return w.get() }

func (w *WeakRef) pyself() Object {
	if inst := w.self.Load(); inst != nil {
		return inst
	}
	return w
}

// The registry maps a referent's address to the weak references made to it
// (for getweakrefcount/getweakrefs and reuse of the plain ref). Entries are
// weak and validated on use (an address may be reused after collection).
var weakRegistry struct {
	mu sync.Mutex
	m  map[uintptr][]weak.Pointer[WeakRef]
}

// weakArmed holds the references with callbacks, for gc.collect(). An
// entry leaves when its callback runs or the reference itself is collected.
var weakArmed struct {
	mu   sync.Mutex
	refs map[weak.Pointer[WeakRef]]struct{}
}

var weakSeq atomic.Uint64

// weakRefsListOrder orders references (given oldest first) as CPython's
// per-object list: the plain ref (exact type, no callback), then the plain
// proxy, then the others, newest first.
func weakRefsListOrder(refs []*WeakRef) []Object {
	out := make([]Object, 0, len(refs))
	var basicRef, basicProxy *WeakRef
	for _, r := range refs {
		if r.callback != nil {
			continue
		}
		if r.kind == weakKindRef && r.self.Load() == nil && basicRef == nil {
			basicRef = r
		} else if r.kind != weakKindRef && basicProxy == nil {
			basicProxy = r
		}
	}
	for _, r := range []*WeakRef{basicRef, basicProxy} {
		if r != nil {
			out = append(out, r.pyself())
		}
	}
	for i := len(refs) - 1; i >= 0; i-- {
		if r := refs[i]; r != basicRef && r != basicProxy {
			out = append(out, r.pyself())
		}
	}
	return out
}

// weakRefsTo returns the live references to o, oldest first.
func weakRefsTo(o Object) []*WeakRef {
	addr, ok := weakAddr(o)
	if !ok {
		return nil
	}
	weakRegistry.mu.Lock()
	defer weakRegistry.mu.Unlock()
	var out []*WeakRef
	entries := weakRegistry.m[addr]
	kept := entries[:0]
	for _, wp := range entries {
		wr := wp.Value()
		if wr == nil || wr.dead.Load() {
			continue
		}
		tgt := wr.target()
		if tgt == nil {
			continue
		}
		kept = append(kept, wp)
		if Is(tgt, o) {
			out = append(out, wr)
		}
	}
	for i := len(kept); i < len(entries); i++ {
		entries[i] = weak.Pointer[WeakRef]{}
	}
	if len(kept) == 0 {
		delete(weakRegistry.m, addr)
	} else {
		weakRegistry.m[addr] = kept
	}
	return out
}

func weakAddr(o Object) (uintptr, bool) {
	switch v := o.(type) {
	case Int, Float, Bool, Complex:
		return 0, false
	default:
		_ = v
	}
	a := addrOf(o)
	return a, a != 0
}

// weakrefable reports whether CPython allows weak references to o.
func weakrefable(o Object) bool {
	switch v := o.(type) {
	case *Instance:
		return weakrefableType(v.typ)
	case *Type, *Function, *Builtin, *Method, *Set, *Generator, *Module, *Code, *Deque, *partialObj, *lruCache, *itTeeObj,
		*ThreadLock, *ThreadRLock, *threadLocal, *SimpleQueue, *MemoryView, *Array, *GenericAlias, *srePattern,
		*asyncFuture, *asyncTask:
		return true
	case *Dict:
		return v.hdr.typ != nil && weakrefableType(v.hdr.typ)
	case *List:
		return v.hdr.typ != nil && weakrefableType(v.hdr.typ)
	case *BaseException:
		return weakrefableType(v.typ)
	}
	return false
}

// weakrefableType applies CPython's rule: a class without __slots__ (or
// with __weakref__ in them) adds a weak reference slot unless its base is
// variable-sized (int, tuple, bytes).
func weakrefableType(typ *Type) bool {
	for _, c := range typ.mro {
		if c.builtin {
			switch c {
			case DequeType, partialType, lruWrapperType, SetType, FrozenSetType, ModuleType, TypeType,
				ThreadRLockType, ThreadLocalType, SimpleQueueType, ArrayType, IOBaseType, GenericAliasType,
				FutureType:
				return true
			}
			continue
		}
		slots := c.dict.GetStr("__slots__")
		if slots == nil {
			switch typ.solid {
			case IntType, TupleType, BytesType:
				return false
			}
			return true
		}
		if hasWeakrefSlot(slots) {
			return true
		}
	}
	return false
}

func hasWeakrefSlot(slots Object) bool {
	if s, ok := slots.(*Str); ok {
		return s.s == "__weakref__"
	}
	items, _ := seqItems(slots)
	if l, ok := slots.(*List); ok {
		items = l.Snapshot()
	}
	for _, it := range items {
		if s, ok := it.(*Str); ok && s.s == "__weakref__" {
			return true
		}
	}
	return false
}

// bindWeak points wr at p and attaches the referent's cleanup.
func bindWeak[T any, PT interface {
	*T
	Object
}](p PT, wr *WeakRef) {
	w := weak.Make((*T)(p))
	wr.get = func() Object {
		if v := w.Value(); v != nil {
			return PT(v)
		}
		return nil
	}
	wr.addr = uintptr(unsafe.Pointer(p))
	goruntime.AddCleanup((*T)(p), weakReferentDied, weakDeath{weak.Make(wr), wr.addr})
}

type weakDeath struct {
	wr   weak.Pointer[WeakRef]
	addr uintptr
}

// weakReferentDied runs (on the collector's cleanup goroutine) once a
// referent is gone: it fires the callback and prunes the registries.
func weakReferentDied(d weakDeath) {
	if wr := d.wr.Value(); wr != nil {
		wr.dead.Store(true)
		if wr.callback != nil {
			wr.fire(nil)
		}
	}
	weakArmed.mu.Lock()
	delete(weakArmed.refs, d.wr)
	weakArmed.mu.Unlock()
	weakRegistry.mu.Lock()
	entries := weakRegistry.m[d.addr]
	kept := entries[:0]
	for _, wp := range entries {
		if r := wp.Value(); r != nil && !r.dead.Load() {
			kept = append(kept, wp)
		}
	}
	for i := len(kept); i < len(entries); i++ {
		entries[i] = weak.Pointer[WeakRef]{}
	}
	if len(kept) == 0 {
		delete(weakRegistry.m, d.addr)
	} else {
		weakRegistry.m[d.addr] = kept
	}
	weakRegistry.mu.Unlock()
}

func weakUnarm(wp weak.Pointer[WeakRef]) {
	weakArmed.mu.Lock()
	delete(weakArmed.refs, wp)
	weakArmed.mu.Unlock()
}

// weakCallbacksRunning counts callbacks in progress, so gc.collect() can
// wait for those the collector's cleanup goroutine started.
var weakCallbacksRunning atomic.Int64

// weakFiring holds the threads running a callback, so that a callback that
// itself calls gc.collect() does not wait for itself.
var weakFiring sync.Map

// fire calls the callback once, with the weak reference as argument.
func (w *WeakRef) fire(t *Thread) {
	if w.callback == nil {
		return
	}
	// Counted before it is claimed, so a gc.collect() that finds it claimed
	// also finds it running and waits for it.
	weakCallbacksRunning.Add(1)
	defer weakCallbacksRunning.Add(-1)
	if !w.fired.CompareAndSwap(false, true) {
		return
	}
	if t == nil {
		t = NewThread()
	}
	weakFiring.Store(t, struct{}{})
	defer weakFiring.Delete(t)
	if _, exc := Call1(t, w.callback, w.pyself()); exc != nil {
		r, e := Repr(t, w.callback)
		what := "<callback>"
		if e == nil {
			what = r.s
		}
		FlushStdStreams()
		Stderr.WriteString("Exception ignored in: " + what + "\n" + FormatException(t, exc))
	}
}

// WeakrefCollect runs after a full collection (gc.collect): every callback
// whose referent is gone runs now, in the caller's thread, grouped by
// referent (oldest first) and newest reference first within a referent,
// as CPython's deallocation order gives for `del a, b`.
func WeakrefCollect(t *Thread) int {
	weakArmed.mu.Lock()
	var due []*WeakRef
	for wp := range weakArmed.refs {
		wr := wp.Value()
		if wr == nil || wr.fired.Load() {
			delete(weakArmed.refs, wp)
			continue
		}
		if wr.target() == nil {
			due = append(due, wr)
			delete(weakArmed.refs, wp)
		}
	}
	weakArmed.mu.Unlock()
	sort.Slice(due, func(i, j int) bool {
		if due[i].targetSeq != due[j].targetSeq {
			return due[i].targetSeq < due[j].targetSeq
		}
		return due[i].seq > due[j].seq
	})
	for _, wr := range due {
		wr.fire(t)
	}
	return len(due)
}

// waitWeakCallbacks waits (briefly) for callbacks started by the collector.
// A callback the cleanup goroutine is running may belong to an object this
// collection freed (gc.collect() then must not return before it is done), so
// the wait outlasts a busy machine descheduling that goroutine: yields first,
// then short sleeps, up to two seconds.
func waitWeakCallbacks(t *Thread) {
	var own int64
	if _, ok := weakFiring.Load(t); ok {
		own = 1
	}
	for i := 0; i < 1000 && weakCallbacksRunning.Load() > own; i++ {
		goruntime.Gosched()
	}
	deadline := time.Now().Add(2 * time.Second)
	for weakCallbacksRunning.Load() > own && time.Now().Before(deadline) {
		time.Sleep(50 * time.Microsecond)
	}
}

func newWeakRef(o, callback Object, kind int, cls *Type) (Object, *BaseException) {
	if !weakrefable(o) {
		return nil, Errorf(TypeErrorType, "cannot create weak reference to '%s' object", nativeTypeName(TypeOf(o)))
	}
	exact := cls == nil || cls == WeakRefType
	if callback == nil && exact {
		for _, r := range weakRefsTo(o) {
			if r.kind == kind && r.callback == nil && r.self.Load() == nil {
				return r, nil
			}
		}
	}
	wr := &WeakRef{kind: kind, callback: callback, typeName: nativeTypeName(TypeOf(o)), seq: weakSeq.Add(1)}
	wr.targetSeq = wr.seq
	for _, r := range weakRefsTo(o) {
		if r.targetSeq < wr.targetSeq {
			wr.targetSeq = r.targetSeq
		}
	}
	switch v := o.(type) {
	case *Instance:
		bindWeak(v, wr)
	case *Type:
		bindWeak(v, wr)
	case *Function:
		bindWeak(v, wr)
	case *Builtin:
		bindWeak(v, wr)
	case *Method:
		bindWeak(v, wr)
	case *Set:
		bindWeak(v, wr)
	case *Generator:
		bindWeak(v, wr)
	case *Module:
		bindWeak(v, wr)
	case *Code:
		bindWeak(v, wr)
	case *Deque:
		bindWeak(v, wr)
	case *partialObj:
		bindWeak(v, wr)
	case *lruCache:
		bindWeak(v, wr)
	case *itTeeObj:
		bindWeak(v, wr)
	case *ThreadLock:
		bindWeak(v, wr)
	case *ThreadRLock:
		bindWeak(v, wr)
	case *threadLocal:
		bindWeak(v, wr)
	case *SimpleQueue:
		bindWeak(v, wr)
	case *MemoryView:
		bindWeak(v, wr)
	case *Array:
		bindWeak(v, wr)
	case *GenericAlias:
		bindWeak(v, wr)
	case *srePattern:
		bindWeak(v, wr)
	case *asyncFuture:
		bindWeak(v, wr)
	case *asyncTask:
		bindWeak(v, wr)
	case *Dict:
		bindWeak(v, wr)
	case *List:
		bindWeak(v, wr)
	case *BaseException:
		bindWeak(v, wr)
	default:
		return nil, Errorf(TypeErrorType, "cannot create weak reference to '%s' object", nativeTypeName(TypeOf(o)))
	}
	var result Object = wr
	if !exact {
		inst := NewInstance(cls)
		inst.base = wr
		wr.self.Store(inst)
		result = inst
	}
	weakRegistry.mu.Lock()
	if weakRegistry.m == nil {
		weakRegistry.m = map[uintptr][]weak.Pointer[WeakRef]{}
	}
	weakRegistry.m[wr.addr] = append(weakRegistry.m[wr.addr], weak.Make(wr))
	weakRegistry.mu.Unlock()
	if callback != nil {
		wp := weak.Make(wr)
		weakArmed.mu.Lock()
		if weakArmed.refs == nil {
			weakArmed.refs = map[weak.Pointer[WeakRef]]struct{}{}
		}
		weakArmed.refs[wp] = struct{}{}
		weakArmed.mu.Unlock()
		goruntime.AddCleanup(wr, weakUnarm, wp)
	}
	return result, nil
}

func weakRefOf(o Object) (*WeakRef, bool) {
	w, ok := Unwrap(o).(*WeakRef)
	return w, ok
}

func weakRefRepr(t *Thread, self Object, w *WeakRef) string {
	obj := w.target()
	if obj == nil {
		return sprintf("<weakref at %#x; dead>", addrOf(self))
	}
	if n, exc := GetAttr(t, obj, strName); exc == nil {
		if s, ok := n.(*Str); ok {
			return sprintf("<weakref at %#x; to '%s' at %#x (%s)>", addrOf(self), nativeTypeName(TypeOf(obj)), addrOf(obj), s.s)
		}
	}
	return sprintf("<weakref at %#x; to '%s' at %#x>", addrOf(self), nativeTypeName(TypeOf(obj)), addrOf(obj))
}

func init() {
	DefStatic(WeakRefType, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		cls, exc := nativeNewArgs(args, WeakRefType)
		if exc != nil {
			return nil, exc
		}
		// Keyword arguments are left to __init__ (a subclass's may take
		// some), as CPython's weakref___new__.
		args = args[:len(args)-len(kw)]
		if exc := unpackArgs("__new__", args[1:], nil, 1, 2); exc != nil {
			return nil, exc
		}
		var cb Object
		if len(args) == 3 && args[2] != None {
			cb = args[2]
		}
		return newWeakRef(args[1], cb, weakKindRef, cls)
	})
	DefMethod(WeakRefType, "__init__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(kw) > 0 {
			return nil, NewError(TypeErrorType, "ref() takes no keyword arguments")
		}
		if exc := unpackArgs("__init__", args[1:], kw, 1, 2); exc != nil {
			return nil, exc
		}
		return None, nil
	})
	defNativeMethod(WeakRefType, "__call__", func(t *Thread, w *WeakRef, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) > 0 || len(kw) > 0 {
			if len(kw) > 0 {
				return nil, NewError(TypeErrorType, "weakref() takes no keyword arguments")
			}
			return nil, Errorf(TypeErrorType, "weakref() takes exactly 0 arguments (%d given)", len(args))
		}
		if o := w.target(); o != nil {
			return o, nil
		}
		return None, nil
	})
	defNativeMethod(WeakRefType, "__hash__", func(t *Thread, w *WeakRef, args []Object, kw []*Str) (Object, *BaseException) {
		w.mu.Lock()
		if w.hashed {
			h := w.hash
			w.mu.Unlock()
			return MakeInt(h), nil
		}
		w.mu.Unlock()
		o := w.target()
		if o == nil {
			return nil, NewError(TypeErrorType, "weak object has gone away")
		}
		h, exc := Hash(t, o)
		if exc != nil {
			return nil, exc
		}
		w.mu.Lock()
		w.hash, w.hashed = h, true
		w.mu.Unlock()
		return MakeInt(h), nil
	})
	for _, op := range []CmpOp{CmpEQ, CmpNE} {
		op := op
		DefMethod(WeakRefType, cmpNames[op].s, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			w, exc := nativeSelf[*WeakRef](args, WeakRefType, cmpNames[op].s)
			if exc != nil {
				return nil, exc
			}
			if len(args) != 2 {
				return nil, Errorf(TypeErrorType, "expected 1 argument, got %d", len(args)-1)
			}
			o, ok := weakRefOf(args[1])
			if !ok || o.kind != weakKindRef {
				return NotImplemented, nil
			}
			a, b := w.target(), o.target()
			if a == nil || b == nil {
				same := args[0] == args[1]
				return Bool(same == (op == CmpEQ)), nil
			}
			return Compare(t, op, a, b)
		})
	}
	DefMethod(WeakRefType, "__repr__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		w, exc := nativeSelf[*WeakRef](args, WeakRefType, "__repr__")
		if exc != nil {
			return nil, exc
		}
		return NewStr(weakRefRepr(t, args[0], w)), nil
	})
	WeakRefType.dict.SetStr("__callback__", &getSetDescr{name: "__callback__", owner: WeakRefType, member: true,
		get: func(t *Thread, o Object) (Object, *BaseException) {
			w, _ := weakRefOf(o)
			if w.callback == nil || w.target() == nil {
				return None, nil
			}
			return w.callback, nil
		}})
	DefClassMethod(WeakRefType, "__class_getitem__", classGetItem)
	initWeakProxies()
}

// proxyTarget returns the referent or ReferenceError.
func proxyTarget(o Object) (Object, *BaseException) {
	w, ok := weakRefOf(o)
	if !ok {
		return o, nil
	}
	if v := w.target(); v != nil {
		return v, nil
	}
	return nil, NewError(ReferenceErrorType, "weakly-referenced object no longer exists")
}

// unproxy replaces a live proxy operand by its referent.
func unproxy(o Object) (Object, *BaseException) {
	if w, ok := Unwrap(o).(*WeakRef); ok && w.kind != weakKindRef {
		return proxyTarget(w)
	}
	return o, nil
}

func initWeakProxies() {
	for _, typ := range []*Type{weakProxyType, weakCallableProxyType} {
		typ := typ
		def := func(name string, fn func(t *Thread, obj Object, args []Object, kw []*Str) (Object, *BaseException)) {
			DefMethod(typ, name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
				if len(args) == 0 {
					return nil, Errorf(TypeErrorType, "descriptor '%s' of '%s' object needs an argument", name, nativeTypeName(typ))
				}
				obj, exc := proxyTarget(args[0])
				if exc != nil {
					return nil, exc
				}
				rest := make([]Object, len(args)-1)
				for i, a := range args[1:] {
					if rest[i], exc = unproxy(a); exc != nil {
						return nil, exc
					}
				}
				return fn(t, obj, rest, kw)
			})
		}
		def("__getattribute__", func(t *Thread, obj Object, args []Object, kw []*Str) (Object, *BaseException) {
			name, ok := args[0].(*Str)
			if !ok {
				return nil, Errorf(TypeErrorType, "attribute name must be string, not '%s'", TypeOf(args[0]).name)
			}
			return GetAttr(t, obj, name)
		})
		// The value is stored as given, a proxy included (CPython's
		// proxy_setattr unwraps only the proxy itself): OrderedDict's
		// root link points to itself through its proxy.
		DefMethod(typ, "__setattr__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if len(args) != 3 {
				return nil, Errorf(TypeErrorType, "expected 2 arguments, got %d", len(args)-1)
			}
			obj, exc := proxyTarget(args[0])
			if exc != nil {
				return nil, exc
			}
			name, ok := args[1].(*Str)
			if !ok {
				return nil, Errorf(TypeErrorType, "attribute name must be string, not '%s'", TypeOf(args[1]).name)
			}
			return None, SetAttr(t, obj, name, args[2])
		})
		def("__delattr__", func(t *Thread, obj Object, args []Object, kw []*Str) (Object, *BaseException) {
			return None, DelAttr(t, obj, args[0].(*Str))
		})
		def("__str__", func(t *Thread, obj Object, args []Object, kw []*Str) (Object, *BaseException) {
			return ToStr(t, obj)
		})
		def("__bool__", func(t *Thread, obj Object, args []Object, kw []*Str) (Object, *BaseException) {
			b, exc := IsTrue(t, obj)
			return Bool(b), exc
		})
		def("__len__", func(t *Thread, obj Object, args []Object, kw []*Str) (Object, *BaseException) {
			n, exc := Len(t, obj)
			return MakeInt(int64(n)), exc
		})
		def("__iter__", func(t *Thread, obj Object, args []Object, kw []*Str) (Object, *BaseException) {
			return Iter(t, obj)
		})
		def("__next__", func(t *Thread, obj Object, args []Object, kw []*Str) (Object, *BaseException) {
			_, goIter := obj.(Iterator)
			if _, inst := obj.(*Instance); inst {
				goIter = false
			}
			if !goIter && TypeOf(obj).lookup(strNext) == nil {
				return nil, Errorf(TypeErrorType, "Weakref proxy referenced a non-iterator '%.200s' object", TypeOf(obj).name)
			}
			return NextOrStop(t, obj)
		})
		def("__getitem__", func(t *Thread, obj Object, args []Object, kw []*Str) (Object, *BaseException) {
			return GetItem(t, obj, args[0])
		})
		def("__setitem__", func(t *Thread, obj Object, args []Object, kw []*Str) (Object, *BaseException) {
			return None, SetItem(t, obj, args[0], args[1])
		})
		def("__delitem__", func(t *Thread, obj Object, args []Object, kw []*Str) (Object, *BaseException) {
			return None, DelItem(t, obj, args[0])
		})
		def("__contains__", func(t *Thread, obj Object, args []Object, kw []*Str) (Object, *BaseException) {
			b, exc := Contains(t, obj, args[0])
			return Bool(b), exc
		})
		def("__neg__", func(t *Thread, obj Object, args []Object, kw []*Str) (Object, *BaseException) { return Neg(t, obj) })
		def("__pos__", func(t *Thread, obj Object, args []Object, kw []*Str) (Object, *BaseException) { return Pos(t, obj) })
		def("__abs__", func(t *Thread, obj Object, args []Object, kw []*Str) (Object, *BaseException) { return Abs(t, obj) })
		def("__invert__", func(t *Thread, obj Object, args []Object, kw []*Str) (Object, *BaseException) { return Invert(t, obj) })
		def("__index__", func(t *Thread, obj Object, args []Object, kw []*Str) (Object, *BaseException) { return Index(t, obj) })
		for op := BinOp(0); op < numBinOps; op++ {
			op := op
			def(binOps[op].name.s, func(t *Thread, obj Object, args []Object, kw []*Str) (Object, *BaseException) {
				return Binary(t, op, obj, args[0])
			})
			def(binOps[op].rname.s, func(t *Thread, obj Object, args []Object, kw []*Str) (Object, *BaseException) {
				return Binary(t, op, args[0], obj)
			})
			// proxy_iadd and friends: the referent's in-place result (the
			// name is rebound to it, not to the proxy).
			def(binOps[op].iname.s, func(t *Thread, obj Object, args []Object, kw []*Str) (Object, *BaseException) {
				return InPlace(t, op, obj, args[0])
			})
		}
		for op := CmpLT; op <= CmpGE; op++ {
			op := op
			def(cmpNames[op].s, func(t *Thread, obj Object, args []Object, kw []*Str) (Object, *BaseException) {
				return Compare(t, op, obj, args[0])
			})
		}
		DefMethod(typ, "__hash__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			return nil, Errorf(TypeErrorType, "unhashable type: '%s'", nativeTypeName(typ))
		})
		DefMethod(typ, "__repr__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			w, _ := weakRefOf(args[0])
			var obj Object = None
			if w != nil {
				if v := w.target(); v != nil {
					obj = v
				}
			}
			return NewStr(sprintf("<weakproxy at %#x; to '%s' at %#x>", addrOf(args[0]), nativeTypeName(TypeOf(obj)), addrOf(obj))), nil
		})
		DefMethod(typ, "__bytes__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			obj, exc := proxyTarget(args[0])
			if exc != nil {
				return nil, exc
			}
			return CallMethod(t, obj, InternStr("__bytes__"), nil, nil)
		})
		DefMethod(typ, "__reversed__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			obj, exc := proxyTarget(args[0])
			if exc != nil {
				return nil, exc
			}
			return CallMethod(t, obj, InternStr("__reversed__"), nil, nil)
		})
	}
	DefMethod(weakCallableProxyType, "__call__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		obj, exc := proxyTarget(args[0])
		if exc != nil {
			return nil, exc
		}
		return Call(t, obj, args[1:], kw)
	})
}
