package runtime

import (
	"sync"
)

// The _collections module: deque, defaultdict, _count_elements,
// _tuplegetter and the deque iterators. OrderedDict comes from the pure
// Python in collections/__init__.py.

func init() {
	RegisterModule(&ModuleSpec{Name: "_collections", Native: initCollections})
}

func initCollections(t *Thread, m *Module) *BaseException {
	m.dict.SetStr("__doc__", NewStr("High performance data structures.\n- deque:        ordered collection accessible from endpoints only\n- defaultdict:  dict subclass with a default value factory\n"))
	m.dict.SetStr("deque", DequeType)
	m.dict.SetStr("defaultdict", DefaultDictType)
	m.dict.SetStr("_deque_iterator", dequeIterType)
	m.dict.SetStr("_deque_reverse_iterator", dequeRevIterType)
	m.dict.SetStr("_tuplegetter", tupleGetterType)
	nativeFunc(m, "_count_elements", countElements)
	return nil
}

// ---------------------------------------------------------------------------
// deque

// Deque is collections.deque: a ring buffer guarded by its mutex. state
// counts structural mutations, so iterators can detect them as CPython does.
type Deque struct {
	mu     sync.Mutex
	buf    []Object
	head   int
	n      int
	maxlen int // -1: unbounded
	state  uint64
}

// DequeType is collections.deque.
var DequeType = newNativeType("deque", "collections", nil,
	"deque([iterable[, maxlen]]) --> deque object\n\nA list-like sequence optimized for data accesses near its endpoints.").solidType()

var (
	dequeIterType    = newNativeType("_deque_iterator", "_collections", nil, "").solidType()
	dequeRevIterType = newNativeType("_deque_reverse_iterator", "_collections", nil, "").solidType()
)

// Type implements Object.
func (*Deque) Type() *Type { return DequeType }

// NewDeque returns an empty unbounded deque.
func NewDeque() *Deque { return &Deque{maxlen: -1} }

func (d *Deque) at(i int) Object { return d.buf[(d.head+i)%len(d.buf)] }

func (d *Deque) setAt(i int, v Object) { d.buf[(d.head+i)%len(d.buf)] = v }

func (d *Deque) resize(c int) {
	nb := make([]Object, c)
	for i := 0; i < d.n; i++ {
		nb[i] = d.at(i)
	}
	d.buf, d.head = nb, 0
}

func (d *Deque) growFor(k int) {
	if d.n+k <= len(d.buf) {
		return
	}
	c := max(8, len(d.buf)*2)
	for c < d.n+k {
		c *= 2
	}
	d.resize(c)
}

func (d *Deque) maybeShrink() {
	if len(d.buf) > 64 && d.n < len(d.buf)/4 {
		d.resize(len(d.buf) / 2)
	}
}

func (d *Deque) pushRight(v Object) {
	d.growFor(1)
	d.buf[(d.head+d.n)%len(d.buf)] = v
	d.n++
}

func (d *Deque) pushLeft(v Object) {
	d.growFor(1)
	d.head = (d.head - 1 + len(d.buf)) % len(d.buf)
	d.buf[d.head] = v
	d.n++
}

func (d *Deque) popRight() Object {
	idx := (d.head + d.n - 1) % len(d.buf)
	v := d.buf[idx]
	d.buf[idx] = nil
	d.n--
	d.maybeShrink()
	return v
}

func (d *Deque) popLeft() Object {
	v := d.buf[d.head]
	d.buf[d.head] = nil
	d.head = (d.head + 1) % len(d.buf)
	d.n--
	d.maybeShrink()
	return v
}

// appendLocked is deque_append_internal: push, then trim to maxlen.
func (d *Deque) appendLocked(v Object) {
	d.pushRight(v)
	if d.maxlen >= 0 && d.n > d.maxlen {
		d.popLeft()
	}
	d.state++
}

func (d *Deque) appendLeftLocked(v Object) {
	d.pushLeft(v)
	if d.maxlen >= 0 && d.n > d.maxlen {
		d.popRight()
	}
	d.state++
}

func (d *Deque) clearLocked() {
	d.buf, d.head, d.n = nil, 0, 0
	d.state++
}

// rotateLocked is _deque_rotate.
func (d *Deque) rotateLocked(k int) {
	n := d.n
	if n <= 1 {
		return
	}
	half := n >> 1
	if k > half || k < -half {
		k %= n
		if k > half {
			k -= n
		} else if k < -half {
			k += n
		}
	}
	d.state++
	if k == 0 {
		return
	}
	if n == len(d.buf) {
		// Full ring: rotating is moving the head.
		d.head = ((d.head-k)%n + n) % n
		return
	}
	for ; k > 0; k-- {
		v := d.popRightRaw()
		d.pushLeftRaw(v)
	}
	for ; k < 0; k++ {
		v := d.popLeftRaw()
		d.pushRightRaw(v)
	}
}

// Raw variants never resize (used by rotate, where n stays constant).
func (d *Deque) popRightRaw() Object {
	idx := (d.head + d.n - 1) % len(d.buf)
	v := d.buf[idx]
	d.buf[idx] = nil
	d.n--
	return v
}

func (d *Deque) popLeftRaw() Object {
	v := d.buf[d.head]
	d.buf[d.head] = nil
	d.head = (d.head + 1) % len(d.buf)
	d.n--
	return v
}

func (d *Deque) pushLeftRaw(v Object) {
	d.head = (d.head - 1 + len(d.buf)) % len(d.buf)
	d.buf[d.head] = v
	d.n++
}

func (d *Deque) pushRightRaw(v Object) {
	d.buf[(d.head+d.n)%len(d.buf)] = v
	d.n++
}

// Snapshot returns the items in order.
func (d *Deque) Snapshot() []Object {
	d.mu.Lock()
	out := make([]Object, d.n)
	for i := range out {
		out[i] = d.at(i)
	}
	d.mu.Unlock()
	return out
}

// Len is len(d).
func (d *Deque) Len() int {
	d.mu.Lock()
	n := d.n
	d.mu.Unlock()
	return n
}

// Append is d.append(v).
func (d *Deque) Append(v Object) {
	d.mu.Lock()
	d.appendLocked(v)
	d.mu.Unlock()
}

// extend is deque.extend: a deque extended by itself copies itself first;
// a deque of maxlen 0 just consumes the iterable.
func (d *Deque) extend(t *Thread, self, iterable Object, left bool) *BaseException {
	if Unwrap(iterable) == Object(d) {
		items := d.Snapshot()
		iterable = NewList(items...)
	}
	d.mu.Lock()
	ml := d.maxlen
	d.mu.Unlock()
	if ml == 0 {
		return ForEach(t, iterable, func(Object) (bool, *BaseException) { return true, nil })
	}
	// Exact lists and tuples are copied in one step (subclasses may
	// override __iter__, so they take the iterator protocol).
	if typ := TypeOf(iterable); typ == ListType || typ == TupleType {
		items, _ := seqItems(iterable)
		d.mu.Lock()
		for _, v := range items {
			if left {
				d.appendLeftLocked(v)
			} else {
				d.appendLocked(v)
			}
		}
		d.mu.Unlock()
		return nil
	}
	return ForEach(t, iterable, func(v Object) (bool, *BaseException) {
		d.mu.Lock()
		if left {
			d.appendLeftLocked(v)
		} else {
			d.appendLocked(v)
		}
		d.mu.Unlock()
		return true, nil
	})
}

// dequeIndexArg is the sequence-index conversion of deque's item methods.
func dequeIndexArg(t *Thread, key Object) (int, *BaseException) {
	i, exc := indexOrNil(t, key)
	if exc != nil {
		return 0, exc
	}
	if i == nil {
		return 0, Errorf(TypeErrorType, "sequence index must be integer, not '%s'", TypeOf(key).name)
	}
	n, ok := i.(Int)
	if !ok {
		return 0, Errorf(IndexErrorType, "cannot fit 'int' into an index-sized integer")
	}
	return int(n), nil
}

// findLocked compares items with v from start to stop (outside the lock),
// raising mutErr if the deque changes meanwhile; -1 when absent.
func (d *Deque) find(t *Thread, v Object, start, stop int, mutErr *Type) (int, *BaseException) {
	d.mu.Lock()
	st := d.state
	for i := start; i < stop && i < d.n; i++ {
		item := d.at(i)
		d.mu.Unlock()
		eq, exc := richEq(t, item, v)
		if exc != nil {
			return -1, exc
		}
		d.mu.Lock()
		if d.state != st {
			d.mu.Unlock()
			return -1, NewError(mutErr, "deque mutated during iteration")
		}
		if eq {
			d.mu.Unlock()
			return i, nil
		}
	}
	d.mu.Unlock()
	return -1, nil
}

// delAtLocked removes item i (0 <= i < n).
func (d *Deque) delAtLocked(i int) {
	if i < d.n/2 {
		for j := i; j > 0; j-- {
			d.setAt(j, d.at(j-1))
		}
		d.popLeft()
	} else {
		for j := i; j < d.n-1; j++ {
			d.setAt(j, d.at(j+1))
		}
		d.popRight()
	}
	d.state++
}

// insertLocked inserts v before position i (0 <= i <= n).
func (d *Deque) insertLocked(i int, v Object) {
	d.growFor(1)
	if i < d.n/2 {
		d.head = (d.head - 1 + len(d.buf)) % len(d.buf)
		d.n++
		for j := 0; j < i; j++ {
			d.setAt(j, d.at(j+1))
		}
	} else {
		d.n++
		for j := d.n - 1; j > i; j-- {
			d.setAt(j, d.at(j-1))
		}
	}
	d.setAt(i, v)
	d.state++
}

func dequeMaxlenRepr(d *Deque) int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.maxlen
}

// dequeCopy is deque.copy: a fast copy for exact deques, type(self)(self[, maxlen]) otherwise.
func dequeCopy(t *Thread, self Object, d *Deque) (Object, *BaseException) {
	d.mu.Lock()
	ml := d.maxlen
	d.mu.Unlock()
	if TypeOf(self) == DequeType {
		nd := &Deque{maxlen: ml}
		items := d.Snapshot()
		nd.mu.Lock()
		for _, v := range items {
			nd.appendLocked(v)
		}
		nd.state = 0
		nd.mu.Unlock()
		return nd, nil
	}
	var r Object
	var exc *BaseException
	if ml < 0 {
		r, exc = Call1(t, TypeOf(self), self)
	} else {
		r, exc = Call2(t, TypeOf(self), self, MakeInt(int64(ml)))
	}
	if exc != nil {
		return nil, exc
	}
	if !TypeOf(r).IsSubtype(DequeType) {
		return nil, Errorf(TypeErrorType, "%s() must return a deque, not %s", TypeOf(self).name, TypeOf(r).name)
	}
	return r, nil
}

func dequeOf(o Object) (*Deque, bool) {
	d, ok := Unwrap(o).(*Deque)
	return d, ok
}

// dequeIter is _collections._deque_iterator (and the reverse one).
type dequeIter struct {
	d       *Deque
	index   int
	state   uint64
	counter int
	reverse bool
}

// Type implements Object.
func (it *dequeIter) Type() *Type {
	if it.reverse {
		return dequeRevIterType
	}
	return dequeIterType
}

func newDequeIter(d *Deque, reverse bool) *dequeIter {
	d.mu.Lock()
	it := &dequeIter{d: d, state: d.state, counter: d.n, reverse: reverse}
	if reverse {
		it.index = d.n - 1
	}
	d.mu.Unlock()
	return it
}

func (it *dequeIter) next(t *Thread) (Object, *BaseException) {
	d := it.d
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.state != it.state {
		it.counter = 0
		return nil, NewError(RuntimeErrorType, "deque mutated during iteration")
	}
	if it.counter == 0 {
		return nil, nil
	}
	v := d.at(it.index)
	if it.reverse {
		it.index--
	} else {
		it.index++
	}
	it.counter--
	return v, nil
}

func (it *dequeIter) remaining() int {
	it.d.mu.Lock()
	defer it.d.mu.Unlock()
	return it.counter
}

func dequeRepr(t *Thread, self Object, d *Deque) (Object, *BaseException) {
	name := shortTypeName(TypeOf(self))
	if !reprEnter(t, self) {
		return NewStr("[...]"), nil
	}
	defer reprLeave(t, self)
	items := d.Snapshot()
	lr, exc := seqRepr(t, "[", "]", func() int { return len(items) }, func(i int) Object { return items[i] })
	if exc != nil {
		return nil, exc
	}
	ml := dequeMaxlenRepr(d)
	if ml >= 0 {
		return NewStr(sprintf("%s(%s, maxlen=%d)", name, lr.(*Str).s, ml)), nil
	}
	return NewStr(name + "(" + lr.(*Str).s + ")"), nil
}

func dequeMethod(name string, fn func(t *Thread, self Object, d *Deque, args []Object, kw []*Str) (Object, *BaseException)) {
	DefMethod(DequeType, name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		d, exc := nativeSelf[*Deque](args, DequeType, name)
		if exc != nil {
			return nil, exc
		}
		return fn(t, args[0], d, args[1:], kw)
	})
}

func init() {
	DequeType.dict.SetStr("__hash__", None)
	DefStatic(DequeType, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		cls, exc := nativeNewArgs(args, DequeType)
		if exc != nil {
			return nil, exc
		}
		return nativeWrap(cls, DequeType, NewDeque()), nil
	})
	dequeMethod("__init__", func(t *Thread, self Object, d *Deque, args []Object, kw []*Str) (Object, *BaseException) {
		pos, kwv := splitKw(args, kw)
		if len(pos) > 2 {
			return nil, Errorf(TypeErrorType, "deque() takes at most 2 arguments (%d given)", len(pos))
		}
		var iterable, maxlen Object
		if len(pos) > 0 {
			iterable = pos[0]
		}
		if len(pos) > 1 {
			maxlen = pos[1]
		}
		for i, k := range kw {
			switch {
			case k.s == "iterable" && iterable == nil:
				iterable = kwv[i]
			case k.s == "maxlen" && maxlen == nil:
				maxlen = kwv[i]
			case k.s == "iterable" || k.s == "maxlen":
				return nil, Errorf(TypeErrorType, "argument for deque() given by name ('%s') and position (%d)", k.s, map[string]int{"iterable": 1, "maxlen": 2}[k.s])
			default:
				return nil, Errorf(TypeErrorType, "'%s' is an invalid keyword argument for deque()", k.s)
			}
		}
		ml := -1
		if maxlen != nil && maxlen != None {
			n, exc := ssizeArg(maxlen)
			if exc != nil {
				return nil, exc
			}
			if n < 0 {
				return nil, NewError(ValueErrorType, "maxlen must be non-negative")
			}
			ml = n
		}
		d.mu.Lock()
		d.maxlen = ml
		if d.n > 0 {
			d.clearLocked()
		}
		d.mu.Unlock()
		if iterable != nil {
			if exc := d.extend(t, self, iterable, false); exc != nil {
				return nil, exc
			}
		}
		return None, nil
	})
	dequeMethod("append", func(t *Thread, self Object, d *Deque, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("deque.append", "append", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		d.Append(args[0])
		return None, nil
	})
	dequeMethod("appendleft", func(t *Thread, self Object, d *Deque, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("deque.appendleft", "appendleft", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		d.mu.Lock()
		d.appendLeftLocked(args[0])
		d.mu.Unlock()
		return None, nil
	})
	for _, name := range []string{"pop", "popleft"} {
		name := name
		qual := "deque." + name
		dequeMethod(name, func(t *Thread, self Object, d *Deque, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := methArgs(qual, name, args, kw, 0, 0); exc != nil {
				return nil, exc
			}
			d.mu.Lock()
			defer d.mu.Unlock()
			if d.n == 0 {
				return nil, NewError(IndexErrorType, "pop from an empty deque")
			}
			d.state++
			if name == "pop" {
				return d.popRight(), nil
			}
			return d.popLeft(), nil
		})
	}
	for _, name := range []string{"extend", "extendleft"} {
		name := name
		qual := "deque." + name
		dequeMethod(name, func(t *Thread, self Object, d *Deque, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := methArgs(qual, name, args, kw, 1, 1); exc != nil {
				return nil, exc
			}
			return None, d.extend(t, self, args[0], name == "extendleft")
		})
	}
	dequeMethod("__iadd__", func(t *Thread, self Object, d *Deque, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("deque.__iadd__", "__iadd__", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		if exc := d.extend(t, self, args[0], false); exc != nil {
			return nil, exc
		}
		return self, nil
	})
	dequeMethod("clear", func(t *Thread, self Object, d *Deque, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("deque.clear", "clear", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		d.mu.Lock()
		d.clearLocked()
		d.mu.Unlock()
		return None, nil
	})
	for _, name := range []string{"copy", "__copy__"} {
		name := name
		qual := "deque." + name
		dequeMethod(name, func(t *Thread, self Object, d *Deque, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := methArgs(qual, name, args, kw, 0, 0); exc != nil {
				return nil, exc
			}
			return dequeCopy(t, self, d)
		})
	}
	dequeMethod("count", func(t *Thread, self Object, d *Deque, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("deque.count", "count", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		d.mu.Lock()
		st := d.state
		n := d.n
		d.mu.Unlock()
		count := 0
		for i := 0; i < n; i++ {
			d.mu.Lock()
			if d.state != st {
				d.mu.Unlock()
				return nil, NewError(RuntimeErrorType, "deque mutated during iteration")
			}
			item := d.at(i)
			d.mu.Unlock()
			eq, exc := richEq(t, item, args[0])
			if exc != nil {
				return nil, exc
			}
			if eq {
				count++
			}
		}
		d.mu.Lock()
		mutated := d.state != st
		d.mu.Unlock()
		if mutated {
			return nil, NewError(RuntimeErrorType, "deque mutated during iteration")
		}
		return MakeInt(int64(count)), nil
	})
	dequeMethod("index", func(t *Thread, self Object, d *Deque, args []Object, kw []*Str) (Object, *BaseException) {
		if len(kw) > 0 {
			return nil, NewError(TypeErrorType, "index() takes no keyword arguments")
		}
		if len(args) < 1 {
			return nil, Errorf(TypeErrorType, "index() takes at least 1 argument (%d given)", len(args))
		}
		if len(args) > 3 {
			return nil, Errorf(TypeErrorType, "index() takes at most 3 arguments (%d given)", len(args))
		}
		n := d.Len()
		start, stop := 0, n
		var exc *BaseException
		if len(args) > 1 {
			if start, exc = clampedIndexArg(t, args[1]); exc != nil {
				return nil, exc
			}
		}
		if len(args) > 2 {
			if stop, exc = clampedIndexArg(t, args[2]); exc != nil {
				return nil, exc
			}
		}
		if start < 0 {
			start += n
			if start < 0 {
				start = 0
			}
		}
		if stop < 0 {
			stop += n
			if stop < 0 {
				stop = 0
			}
		}
		if stop > n {
			stop = n
		}
		i, exc := d.find(t, args[0], start, stop, RuntimeErrorType)
		if exc != nil {
			return nil, exc
		}
		if i < 0 {
			r, exc := Repr(t, args[0])
			if exc != nil {
				return nil, exc
			}
			return nil, NewError(ValueErrorType, r.s+" is not in deque")
		}
		return MakeInt(int64(i)), nil
	})
	dequeMethod("insert", func(t *Thread, self Object, d *Deque, args []Object, kw []*Str) (Object, *BaseException) {
		if len(kw) > 0 {
			return nil, NewError(TypeErrorType, "insert() takes no keyword arguments")
		}
		if len(args) != 2 {
			return nil, Errorf(TypeErrorType, "insert() takes exactly 2 arguments (%d given)", len(args))
		}
		i, exc := indexArg(t, args[0])
		if exc != nil {
			return nil, exc
		}
		d.mu.Lock()
		defer d.mu.Unlock()
		if d.maxlen >= 0 && d.n >= d.maxlen {
			return nil, NewError(IndexErrorType, "deque already at its maximum size")
		}
		if i < 0 {
			i += d.n
			if i < 0 {
				i = 0
			}
		}
		if i > d.n {
			i = d.n
		}
		d.insertLocked(i, args[1])
		return None, nil
	})
	dequeMethod("remove", func(t *Thread, self Object, d *Deque, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("deque.remove", "remove", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		d.mu.Lock()
		n := d.n
		st := d.state
		d.mu.Unlock()
		i, exc := d.find(t, args[0], 0, n, IndexErrorType)
		if exc != nil {
			return nil, exc
		}
		if i < 0 {
			r, exc := Repr(t, args[0])
			if exc != nil {
				return nil, exc
			}
			return nil, NewError(ValueErrorType, r.s+" is not in deque")
		}
		d.mu.Lock()
		defer d.mu.Unlock()
		if d.state != st || i >= d.n {
			return nil, NewError(IndexErrorType, "deque mutated during remove().")
		}
		d.delAtLocked(i)
		return None, nil
	})
	dequeMethod("reverse", func(t *Thread, self Object, d *Deque, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("deque.reverse", "reverse", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		d.mu.Lock()
		for i, j := 0, d.n-1; i < j; i, j = i+1, j-1 {
			a, b := d.at(i), d.at(j)
			d.setAt(i, b)
			d.setAt(j, a)
		}
		d.mu.Unlock()
		return None, nil
	})
	dequeMethod("rotate", func(t *Thread, self Object, d *Deque, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("deque.rotate", "deque.rotate", args, kw, 0, 1); exc != nil {
			return nil, exc
		}
		k := 1
		if len(args) == 1 {
			var exc *BaseException
			if k, exc = indexArg(t, args[0]); exc != nil {
				return nil, exc
			}
		}
		d.mu.Lock()
		d.rotateLocked(k)
		d.mu.Unlock()
		return None, nil
	})
	dequeMethod("__len__", func(t *Thread, self Object, d *Deque, args []Object, kw []*Str) (Object, *BaseException) {
		return MakeInt(int64(d.Len())), nil
	})
	dequeMethod("__bool__", func(t *Thread, self Object, d *Deque, args []Object, kw []*Str) (Object, *BaseException) {
		return Bool(d.Len() > 0), nil
	})
	dequeMethod("__contains__", func(t *Thread, self Object, d *Deque, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("deque.__contains__", "__contains__", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		i, exc := d.find(t, args[0], 0, d.Len(), RuntimeErrorType)
		if exc != nil {
			return nil, exc
		}
		return Bool(i >= 0), nil
	})
	dequeMethod("__getitem__", func(t *Thread, self Object, d *Deque, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("deque.__getitem__", "__getitem__", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		i, exc := dequeIndexArg(t, args[0])
		if exc != nil {
			return nil, exc
		}
		d.mu.Lock()
		defer d.mu.Unlock()
		if i < 0 {
			i += d.n
		}
		if i < 0 || i >= d.n {
			return nil, NewError(IndexErrorType, "deque index out of range")
		}
		return d.at(i), nil
	})
	dequeMethod("__setitem__", func(t *Thread, self Object, d *Deque, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("deque.__setitem__", "__setitem__", args, kw, 2, 2); exc != nil {
			return nil, exc
		}
		i, exc := dequeIndexArg(t, args[0])
		if exc != nil {
			return nil, exc
		}
		d.mu.Lock()
		defer d.mu.Unlock()
		if i < 0 {
			i += d.n
		}
		if i < 0 || i >= d.n {
			return nil, NewError(IndexErrorType, "deque index out of range")
		}
		d.setAt(i, args[1])
		return None, nil
	})
	dequeMethod("__delitem__", func(t *Thread, self Object, d *Deque, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("deque.__delitem__", "__delitem__", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		i, exc := dequeIndexArg(t, args[0])
		if exc != nil {
			return nil, exc
		}
		d.mu.Lock()
		defer d.mu.Unlock()
		if i < 0 {
			i += d.n
		}
		if i < 0 || i >= d.n {
			return nil, NewError(IndexErrorType, "deque index out of range")
		}
		d.delAtLocked(i)
		return None, nil
	})
	dequeMethod("__iter__", func(t *Thread, self Object, d *Deque, args []Object, kw []*Str) (Object, *BaseException) {
		return newDequeIter(d, false), nil
	})
	dequeMethod("__reversed__", func(t *Thread, self Object, d *Deque, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("deque.__reversed__", "__reversed__", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		return newDequeIter(d, true), nil
	})
	dequeMethod("__repr__", func(t *Thread, self Object, d *Deque, args []Object, kw []*Str) (Object, *BaseException) {
		return dequeRepr(t, self, d)
	})
	for op := CmpLT; op <= CmpGE; op++ {
		op := op
		dequeMethod(cmpNames[op].s, func(t *Thread, self Object, d *Deque, args []Object, kw []*Str) (Object, *BaseException) {
			if len(args) != 1 {
				return nil, Errorf(TypeErrorType, "expected 1 argument, got %d", len(args))
			}
			o, ok := dequeOf(args[0])
			if !ok {
				return NotImplemented, nil
			}
			if o == d {
				return Bool(op == CmpEQ || op == CmpLE || op == CmpGE), nil
			}
			return seqCompare(t, op, d.Snapshot(), o.Snapshot())
		})
	}
	dequeMethod("__add__", func(t *Thread, self Object, d *Deque, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) != 1 {
			return nil, Errorf(TypeErrorType, "expected 1 argument, got %d", len(args))
		}
		if _, ok := dequeOf(args[0]); !ok {
			return nil, Errorf(TypeErrorType, "can only concatenate deque (not \"%s\") to deque", TypeOf(args[0]).name)
		}
		r, exc := dequeCopy(t, self, d)
		if exc != nil {
			return nil, exc
		}
		nd, _ := dequeOf(r)
		if exc := nd.extend(t, r, args[0], false); exc != nil {
			return nil, exc
		}
		return r, nil
	})
	repeat := func(t *Thread, self Object, d *Deque, other Object, inplace bool) (Object, *BaseException) {
		i, exc := indexOrNil(t, other)
		if exc != nil {
			return nil, exc
		}
		if i == nil {
			if ot := TypeOf(other); !ot.builtin && ot.lookup(InternStr("__rmul__")) != nil && !inplace {
				return NotImplemented, nil
			}
			return nil, Errorf(TypeErrorType, "can't multiply sequence by non-int of type '%s'", TypeOf(other).name)
		}
		n, ok := i.(Int)
		if !ok {
			if intSign(i) > 0 {
				return nil, NewError(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
			}
			n = 0
		}
		target, td := self, d
		if !inplace {
			r, exc := dequeCopy(t, self, d)
			if exc != nil {
				return nil, exc
			}
			target = r
			td, _ = dequeOf(r)
		}
		td.mu.Lock()
		defer td.mu.Unlock()
		if n <= 0 {
			if td.n > 0 {
				td.clearLocked()
			}
			return target, nil
		}
		if n == 1 || td.n == 0 {
			return target, nil
		}
		items := make([]Object, td.n)
		for j := range items {
			items[j] = td.at(j)
		}
		if td.maxlen < 0 && int64(len(items))*int64(n) > 1<<40 {
			return nil, NewException(MemoryErrorType)
		}
		// Appending trims from the left, so only the last maxlen items of
		// the full repetition matter.
		total := int64(len(items)) * int64(n)
		start := int64(len(items))
		if td.maxlen >= 0 && total-int64(td.maxlen) > start {
			start = total - int64(td.maxlen)
		}
		for k := start; k < total; k++ {
			td.appendLocked(items[k%int64(len(items))])
		}
		return target, nil
	}
	dequeMethod("__mul__", func(t *Thread, self Object, d *Deque, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) != 1 {
			return nil, Errorf(TypeErrorType, "expected 1 argument, got %d", len(args))
		}
		return repeat(t, self, d, args[0], false)
	})
	dequeMethod("__rmul__", func(t *Thread, self Object, d *Deque, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) != 1 {
			return nil, Errorf(TypeErrorType, "expected 1 argument, got %d", len(args))
		}
		return repeat(t, self, d, args[0], false)
	})
	dequeMethod("__imul__", func(t *Thread, self Object, d *Deque, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) != 1 {
			return nil, Errorf(TypeErrorType, "expected 1 argument, got %d", len(args))
		}
		return repeat(t, self, d, args[0], true)
	})
	dequeMethod("__reduce__", func(t *Thread, self Object, d *Deque, args []Object, kw []*Str) (Object, *BaseException) {
		// As deque_reduce: the state is __getstate__'s (instance dict
		// and __slots__ values), the items come from iter(self) (a
		// subclass's __iter__ included).
		state, exc := objectGetStateCall(t, self, false)
		if exc != nil {
			return nil, exc
		}
		it, exc := Iter(t, self)
		if exc != nil {
			return nil, exc
		}
		ml := dequeMaxlenRepr(d)
		if ml < 0 {
			return NewTuple(TypeOf(self), emptyTuple, state, it), nil
		}
		return NewTuple(TypeOf(self), NewTuple(emptyTuple, MakeInt(int64(ml))), state, it), nil
	})
	dequeMethod("__sizeof__", func(t *Thread, self Object, d *Deque, args []Object, kw []*Str) (Object, *BaseException) {
		d.mu.Lock()
		c := len(d.buf)
		d.mu.Unlock()
		return MakeInt(int64(80 + 8*c)), nil
	})
	DequeType.dict.SetStr("maxlen", &getSetDescr{name: "maxlen", owner: DequeType,
		get: func(t *Thread, o Object) (Object, *BaseException) {
			d, _ := dequeOf(o)
			if ml := dequeMaxlenRepr(d); ml >= 0 {
				return MakeInt(int64(ml)), nil
			}
			return None, nil
		},
		set: func(t *Thread, o, v Object) *BaseException {
			return NewError(AttributeErrorType, "attribute 'maxlen' of 'collections.deque' objects is not writable")
		}})
	DefClassMethod(DequeType, "__class_getitem__", classGetItem)

	for _, typ := range []*Type{dequeIterType, dequeRevIterType} {
		typ := typ
		defNativeIter(typ)
		defNativeMethod(typ, "__length_hint__", func(t *Thread, it *dequeIter, args []Object, kw []*Str) (Object, *BaseException) {
			return MakeInt(int64(it.remaining())), nil
		})
		defNativeMethod(typ, "__reduce__", func(t *Thread, it *dequeIter, args []Object, kw []*Str) (Object, *BaseException) {
			d := it.d
			d.mu.Lock()
			done := d.n - it.counter
			d.mu.Unlock()
			return NewTuple(typ, NewTuple(d, MakeInt(int64(done)))), nil
		})
		DefStatic(typ, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if _, exc := nativeNewArgs(args, typ); exc != nil {
				return nil, exc
			}
			if len(args) < 2 || len(args) > 3 {
				return nil, Errorf(TypeErrorType, "%s expected at least 1 argument, got %d", typ.name, len(args)-1)
			}
			d, ok := dequeOf(args[1])
			if !ok {
				return nil, Errorf(TypeErrorType, "argument 1 must be collections.deque, not %s", TypeOf(args[1]).name)
			}
			it := newDequeIter(d, typ == dequeRevIterType)
			if len(args) == 3 {
				k, exc := indexArg(t, args[2])
				if exc != nil {
					return nil, exc
				}
				for ; k > 0 && it.counter > 0; k-- {
					if _, exc := it.next(t); exc != nil {
						return nil, exc
					}
				}
			}
			return it, nil
		})
	}
}

// ---------------------------------------------------------------------------
// defaultdict

// DefaultDictType is collections.defaultdict: a dict subclass whose
// instances are *Dict values; the default factory lives in a side table.
var DefaultDictType = newNativeType("defaultdict", "collections", DictType,
	"defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\nThe default factory is called without arguments to produce\na new value when a key is not present, in __getitem__ only.\nA defaultdict compares equal to a dict with the same items.\nAll remaining arguments are treated the same as if they were\npassed to the dict constructor, including keyword arguments.\n")

func defaultDictSelf(args []Object, name string) (*Dict, *BaseException) {
	if len(args) > 0 {
		if d, ok := args[0].(*Dict); ok && d.Type().IsSubtype(DefaultDictType) {
			return d, nil
		}
	}
	return nil, descrSelfError(name, DefaultDictType, args)
}

func defaultDictMethod(name string, fn func(t *Thread, d *Dict, args []Object, kw []*Str) (Object, *BaseException)) {
	DefMethod(DefaultDictType, name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		d, exc := defaultDictSelf(args, name)
		if exc != nil {
			return nil, exc
		}
		return fn(t, d, args[1:], kw)
	})
}

// dictInitInto runs dict.__init__(d, *args, **kw).
func dictInitInto(t *Thread, d *Dict, args []Object, kw []*Str) *BaseException {
	if f := DictType.dict.GetStr("__init__"); f != nil {
		if b, ok := f.(*Builtin); ok {
			_, exc := b.fn(t, append([]Object{d}, args...), kw)
			return exc
		}
	}
	pos, kwv := splitKw(args, kw)
	if len(pos) > 1 {
		return Errorf(TypeErrorType, "dict expected at most 1 argument, got %d", len(pos))
	}
	if len(pos) == 1 {
		if exc := dictUpdateFrom(t, d, pos[0]); exc != nil {
			return exc
		}
	}
	for i, k := range kw {
		if exc := SetItem(t, d, k, kwv[i]); exc != nil {
			return exc
		}
	}
	return nil
}

// dictUpdateFrom is dict.update(d, src) for one positional argument.
func dictUpdateFrom(t *Thread, d *Dict, src Object) *BaseException {
	if _, ok := src.(*Dict); ok {
		return DictUpdate(t, d, src)
	}
	if has, _ := HasAttr(t, src, InternStr("keys")); has {
		return DictUpdate(t, d, src)
	}
	i := 0
	return ForEach(t, src, func(item Object) (bool, *BaseException) {
		kv, exc := ToSlice(t, item)
		if exc != nil {
			if exc.IsInstanceOf(TypeErrorType) {
				return false, Errorf(TypeErrorType, "cannot convert dictionary update sequence element #%d to a sequence", i)
			}
			return false, exc
		}
		if len(kv) != 2 {
			return false, Errorf(ValueErrorType, "dictionary update sequence element #%d has length %d; 2 is required", i, len(kv))
		}
		i++
		return true, SetItem(t, d, kv[0], kv[1])
	})
}

func defaultDictRepr(t *Thread, d *Dict) (Object, *BaseException) {
	var dictRepr string
	if f := DictType.dict.GetStr("__repr__"); f != nil {
		r, exc := callUnaryDunder(t, f, d)
		if exc != nil {
			return nil, exc
		}
		s, ok := r.(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "__repr__ returned non-string (type %s)", TypeOf(r).name)
		}
		dictRepr = s.s
	} else {
		dictRepr = "{...}"
	}
	fact := getDefaultFactory(d)
	factRepr := "None"
	if fact != None {
		if !reprEnter(t, fact) {
			factRepr = "..."
		} else {
			r, exc := Repr(t, fact)
			reprLeave(t, fact)
			if exc != nil {
				return nil, exc
			}
			factRepr = r.s
		}
	}
	return NewStr(shortTypeName(d.Type()) + "(" + factRepr + ", " + dictRepr + ")"), nil
}

func defaultDictCopy(t *Thread, d *Dict) (Object, *BaseException) {
	return Call2(t, d.Type(), getDefaultFactory(d), d)
}

func init() {
	DefStatic(DefaultDictType, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		cls, exc := nativeNewArgs(args, DefaultDictType)
		if exc != nil {
			return nil, exc
		}
		d := NewDict()
		d.hdr.typ = cls
		if cls != DefaultDictType && cls.hasDict {
			d.hdr.dict = NewDict()
		}
		return d, nil
	})
	defaultDictMethod("__init__", func(t *Thread, d *Dict, args []Object, kw []*Str) (Object, *BaseException) {
		npos := len(args) - len(kw)
		var fact Object = None
		rest := args
		if npos > 0 {
			fact = args[0]
			if fact != None && !Callable(fact) {
				return nil, NewError(TypeErrorType, "first argument must be callable or None")
			}
			rest = args[1:]
		}
		setDefaultFactory(d, fact)
		return None, dictInitInto(t, d, rest, kw)
	})
	defaultDictMethod("__missing__", func(t *Thread, d *Dict, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("defaultdict.__missing__", "__missing__", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		return defaultDictMissing(t, d, args[0])
	})
	defaultDictMethod("__getitem__", func(t *Thread, d *Dict, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("defaultdict.__getitem__", "__getitem__", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		v, exc := d.GetItem(t, args[0])
		if exc != nil || v != nil {
			return v, exc
		}
		if m := d.Type().lookup(strMissing); m != nil {
			return callBinaryDunder(t, m, d, args[0])
		}
		return nil, NewException(KeyErrorType, args[0])
	})
	defaultDictMethod("__repr__", func(t *Thread, d *Dict, args []Object, kw []*Str) (Object, *BaseException) {
		return defaultDictRepr(t, d)
	})
	for _, name := range []string{"copy", "__copy__"} {
		name := name
		qual := "defaultdict." + name
		defaultDictMethod(name, func(t *Thread, d *Dict, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := methArgs(qual, name, args, kw, 0, 0); exc != nil {
				return nil, exc
			}
			return defaultDictCopy(t, d)
		})
	}
	DefaultDictType.dict.GetStr("copy").(*Builtin).doc = "D.copy() -> a shallow copy of D."
	defaultDictMethod("__reduce__", func(t *Thread, d *Dict, args []Object, kw []*Str) (Object, *BaseException) {
		fact := getDefaultFactory(d)
		fargs := emptyTuple
		if fact != None {
			fargs = NewTuple(fact)
		}
		items, exc := CallMethod(t, d, InternStr("items"), nil, nil)
		if exc != nil {
			return nil, exc
		}
		it, exc := Iter(t, items)
		if exc != nil {
			return nil, exc
		}
		return NewTuple(d.Type(), fargs, None, None, it), nil
	})
	orImpl := func(t *Thread, self *Dict, left, right Object) (Object, *BaseException) {
		other := right
		if Object(self) == right {
			other = left
		}
		if _, ok := other.(*Dict); !ok {
			return NotImplemented, nil
		}
		r, exc := Call2(t, self.Type(), getDefaultFactory(self), left)
		if exc != nil {
			return nil, exc
		}
		nd, ok := r.(*Dict)
		if !ok {
			_, exc := CallMethod(t, r, InternStr("update"), []Object{right}, nil)
			return r, exc
		}
		if exc := DictUpdate(t, nd, right); exc != nil {
			return nil, exc
		}
		return r, nil
	}
	defaultDictMethod("__or__", func(t *Thread, d *Dict, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) != 1 {
			return nil, Errorf(TypeErrorType, "expected 1 argument, got %d", len(args))
		}
		return orImpl(t, d, d, args[0])
	})
	defaultDictMethod("__ror__", func(t *Thread, d *Dict, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) != 1 {
			return nil, Errorf(TypeErrorType, "expected 1 argument, got %d", len(args))
		}
		return orImpl(t, d, args[0], d)
	})
	DefaultDictType.dict.SetStr("default_factory", &getSetDescr{name: "default_factory", owner: DefaultDictType,
		get: func(t *Thread, o Object) (Object, *BaseException) {
			return getDefaultFactory(o.(*Dict)), nil
		},
		set: func(t *Thread, o, v Object) *BaseException {
			if v == nil {
				v = None
			}
			setDefaultFactory(o.(*Dict), v)
			return nil
		}})
	DefClassMethod(DefaultDictType, "__class_getitem__", classGetItem)
}

func defaultDictMissing(t *Thread, d *Dict, key Object) (Object, *BaseException) {
	fact := getDefaultFactory(d)
	if fact == None {
		return nil, NewException(KeyErrorType, key)
	}
	v, exc := Call0(t, fact)
	if exc != nil {
		return nil, exc
	}
	if exc := SetItem(t, d, key, v); exc != nil {
		return nil, exc
	}
	return v, nil
}

// ---------------------------------------------------------------------------
// _count_elements

func countElements(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
	if exc := ArgCount("_count_elements", args, kw, 2, 2); exc != nil {
		return nil, exc
	}
	mapping, iterable := args[0], args[1]
	if d, ok := mapping.(*Dict); ok {
		typ := d.Type()
		if typ == DictType || (typ.lookup(InternStr("get")) == DictType.dict.GetStr("get") &&
			typ.lookup(strSetitem) == DictType.dict.GetStr("__setitem__")) {
			return None, ForEach(t, iterable, func(elem Object) (bool, *BaseException) {
				old, exc := d.GetItem(t, elem)
				if exc != nil {
					return false, exc
				}
				var n Object = MakeInt(1)
				if old != nil {
					if n, exc = Add(t, old, MakeInt(1)); exc != nil {
						return false, exc
					}
				}
				return true, d.SetItem(t, elem, n)
			})
		}
	}
	get, exc := GetAttr(t, mapping, InternStr("get"))
	if exc != nil {
		return nil, exc
	}
	zero := MakeInt(0)
	return None, ForEach(t, iterable, func(elem Object) (bool, *BaseException) {
		old, exc := Call2(t, get, elem, zero)
		if exc != nil {
			return false, exc
		}
		n, exc := Add(t, old, MakeInt(1))
		if exc != nil {
			return false, exc
		}
		return true, SetItem(t, mapping, elem, n)
	})
}

// ---------------------------------------------------------------------------
// _tuplegetter

// tupleGetter is the descriptor namedtuple uses for its fields.
type tupleGetter struct {
	index int
	mu    sync.Mutex
	doc   Object
}

// tupleGetterType is not marked builtin so the attribute machinery honours
// its __get__/__set__ (it is a data descriptor written in Go).
var tupleGetterType = func() *Type {
	typ := newNativeType("_tuplegetter", "_collections", nil, "").solidType()
	typ.builtin = false
	return typ
}()

// Type implements Object.
func (*tupleGetter) Type() *Type { return tupleGetterType }

func (g *tupleGetter) getDoc() Object {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.doc
}

func init() {
	DefStatic(tupleGetterType, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		cls, exc := nativeNewArgs(args, tupleGetterType)
		if exc != nil {
			return nil, exc
		}
		if exc := ArgCount("_tuplegetter", args[1:], kw, 2, 2); exc != nil {
			return nil, exc
		}
		i, exc := indexArg(t, args[1])
		if exc != nil {
			return nil, exc
		}
		return nativeWrap(cls, tupleGetterType, &tupleGetter{index: i, doc: args[2]}), nil
	})
	defNativeMethod(tupleGetterType, "__get__", func(t *Thread, g *tupleGetter, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) < 1 || len(args) > 2 {
			return nil, Errorf(TypeErrorType, "expected 1 or 2 arguments, got %d", len(args))
		}
		obj := args[0]
		if obj == None {
			return g, nil
		}
		tup, ok := Unwrap(obj).(*Tuple)
		if !ok {
			return nil, Errorf(TypeErrorType, "descriptor for index '%d' for tuple subclasses doesn't apply to '%s' object", g.index, TypeOf(obj).name)
		}
		if g.index < 0 || g.index >= len(tup.items) {
			return nil, NewError(IndexErrorType, "tuple index out of range")
		}
		return tup.items[g.index], nil
	})
	defNativeMethod(tupleGetterType, "__set__", func(t *Thread, g *tupleGetter, args []Object, kw []*Str) (Object, *BaseException) {
		return nil, NewError(AttributeErrorType, "can't set attribute")
	})
	defNativeMethod(tupleGetterType, "__delete__", func(t *Thread, g *tupleGetter, args []Object, kw []*Str) (Object, *BaseException) {
		return nil, NewError(AttributeErrorType, "can't delete attribute")
	})
	defNativeMethod(tupleGetterType, "__reduce__", func(t *Thread, g *tupleGetter, args []Object, kw []*Str) (Object, *BaseException) {
		return NewTuple(tupleGetterType, NewTuple(MakeInt(int64(g.index)), g.getDoc())), nil
	})
	defNativeMethod(tupleGetterType, "__repr__", func(t *Thread, g *tupleGetter, args []Object, kw []*Str) (Object, *BaseException) {
		r, exc := Repr(t, g.getDoc())
		if exc != nil {
			return nil, exc
		}
		return NewStr(sprintf("_tuplegetter(%d, %s)", g.index, r.s)), nil
	})
	tupleGetterType.dict.SetStr("__doc__", &getSetDescr{name: "__doc__", owner: tupleGetterType,
		get: func(t *Thread, o Object) (Object, *BaseException) {
			if g, ok := Unwrap(o).(*tupleGetter); ok {
				return g.getDoc(), nil
			}
			return None, nil
		},
		set: func(t *Thread, o, v Object) *BaseException {
			g, ok := Unwrap(o).(*tupleGetter)
			if !ok {
				return nil
			}
			if v == nil {
				v = None
			}
			g.mu.Lock()
			g.doc = v
			g.mu.Unlock()
			return nil
		}})
}
