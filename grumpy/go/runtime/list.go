package runtime

import (
	"math"
	"sync"
)

// List is a mutable sequence. mu guards items: every builtin list operation
// is atomic, as under free-threaded CPython. No lock is ever held while
// Python code runs (element __eq__, key functions, __index__ ...): such
// operations copy what they need, unlock, call, and re-lock.
type List struct {
	hdr   header
	mu    sync.Mutex
	items []Object
}

// ListType is `list`.
var ListType = newBuiltinType("list", ObjectType).solidType()

// Type implements Object.
func (l *List) Type() *Type { return l.hdr.instType(ListType) }

// NewList makes a list that owns items.
func NewList(items ...Object) *List { return &List{items: items} }

// Len is len(l).
func (l *List) Len() int {
	l.mu.Lock()
	n := len(l.items)
	l.mu.Unlock()
	return n
}

// Append adds v at the end.
func (l *List) Append(v Object) {
	l.mu.Lock()
	if len(l.items) == cap(l.items) {
		l.grow()
	}
	l.items = append(l.items, v)
	l.mu.Unlock()
}

// grow doubles the capacity (Go's append grows large slices by only 1.25x,
// which costs several full copies, with write barriers, per element).
func (l *List) grow() {
	n := cap(l.items) * 2
	if n < 8 {
		n = 8
	}
	items := make([]Object, len(l.items), n)
	copy(items, l.items)
	l.items = items
}

// Snapshot returns a copy of the items.
func (l *List) Snapshot() []Object {
	l.mu.Lock()
	s := make([]Object, len(l.items))
	copy(s, l.items)
	l.mu.Unlock()
	return s
}

// At returns l[i] for 0 <= i, or nil when out of range.
func (l *List) At(i int) Object {
	l.mu.Lock()
	var v Object
	if i >= 0 && i < len(l.items) {
		v = l.items[i]
	}
	l.mu.Unlock()
	return v
}

// SetItems replaces the contents.
func (l *List) SetItems(items []Object) {
	l.mu.Lock()
	l.items = items
	l.mu.Unlock()
}

func listIAdd(t *Thread, l *List, other Object) (Object, *BaseException) {
	if exc := l.extend(t, other); exc != nil {
		return nil, exc
	}
	return l, nil
}

// seqItems returns the items of an exact list (a copy) or a tuple (shared,
// read-only) without running Python code; ok is false for anything else.
func seqItems(o Object) ([]Object, bool) {
	switch v := o.(type) {
	case *List:
		return v.Snapshot(), true
	case *Tuple:
		return v.items, true
	case *Instance:
		if tup, ok := v.base.(*Tuple); ok {
			return tup.items, true
		}
	}
	return nil, false
}

// extend is list.extend: lists and tuples are copied in one step; other
// iterables are appended item by item as they are produced, so items seen
// before an exception stay appended (as in CPython).
func (l *List) extend(t *Thread, other Object) *BaseException {
	switch v := other.(type) {
	case *List:
		// An exact list (or l itself) is copied; a subclass is iterated,
		// as it may override __iter__ (CPython's list_extend).
		if v.hdr.typ == nil || v == l {
			items := v.Snapshot()
			l.mu.Lock()
			l.items = append(l.items, items...)
			l.mu.Unlock()
			return nil
		}
	case *Tuple:
		if len(v.items) == 0 {
			return nil
		}
		l.mu.Lock()
		l.items = append(l.items, v.items...)
		l.mu.Unlock()
		return nil
	case *Instance:
		// CPython sizes the list by PyObject_LengthHint first: a user
		// __len__/__length_hint__ runs, and its error propagates.
		if _, exc := lengthHint(t, v, 8); exc != nil {
			return exc
		}
	}
	return ForEach(t, other, func(x Object) (bool, *BaseException) {
		l.Append(x)
		return true, nil
	})
}

// quickEq decides a == b for builtin values without running Python code;
// ok is false when the full protocol is needed.
func quickEq(a, b Object) (eq, ok bool) {
	if Is(a, b) {
		return true, true
	}
	switch x := a.(type) {
	case Int:
		switch y := b.(type) {
		case Int:
			return x == y, true
		case *Str, *noneObj:
			return false, true
		}
	case *Str:
		switch y := b.(type) {
		case *Str:
			return x.s == y.s, true
		case Int, Float, *noneObj, *Tuple:
			return false, true
		}
	case Float:
		switch y := b.(type) {
		case Float:
			return x == y, true
		case *Str, *noneObj:
			return false, true
		}
	case *noneObj:
		return false, true
	}
	return false, false
}

// listFind returns the first index i in [start, stop) with l[i] == v (the
// list's item as the left operand, as CPython), or -1. The lock is held
// across comparisons of builtin values and released around Python __eq__.
func (l *List) find(t *Thread, v Object, start, stop int) (int, *BaseException) {
	l.mu.Lock()
	for i := start; i < stop && i < len(l.items); i++ {
		item := l.items[i]
		if eq, ok := quickEq(item, v); ok {
			if eq {
				l.mu.Unlock()
				return i, nil
			}
			continue
		}
		l.mu.Unlock()
		eq, exc := richEq(t, item, v)
		if exc != nil || eq {
			if exc != nil {
				return -1, exc
			}
			return i, nil
		}
		l.mu.Lock()
	}
	l.mu.Unlock()
	return -1, nil
}

// count is list.count.
func (l *List) count(t *Thread, v Object) (int, *BaseException) {
	n := 0
	l.mu.Lock()
	for i := 0; i < len(l.items); i++ {
		item := l.items[i]
		if eq, ok := quickEq(item, v); ok {
			if eq {
				n++
			}
			continue
		}
		l.mu.Unlock()
		eq, exc := richEq(t, item, v)
		if exc != nil {
			return 0, exc
		}
		if eq {
			n++
		}
		l.mu.Lock()
	}
	l.mu.Unlock()
	return n, nil
}

// seqIndex converts a subscript to a Go int for sequence indexing: ints
// (and __index__) only, with CPython's errors.
func seqIndex(t *Thread, key Object, what string) (int, *BaseException) {
	if i, ok := key.(Int); ok {
		return int(i), nil
	}
	i, exc := indexOrNil(t, key)
	if exc != nil {
		return 0, exc
	}
	if i == nil {
		return 0, Errorf(TypeErrorType, "%s indices must be integers or slices, not %s", what, TypeOf(key).name)
	}
	n, ok := i.(Int)
	if !ok {
		return 0, Errorf(IndexErrorType, "cannot fit '%s' into an index-sized integer", TypeOf(key).name)
	}
	return int(n), nil
}

// asIndexInt is PyNumber_AsSsize_t(o, OverflowError) for method arguments
// such as pop(i) and insert(i, x).
func asIndexInt(t *Thread, o Object) (int, *BaseException) {
	if i, ok := o.(Int); ok {
		return int(i), nil
	}
	i, exc := Index(t, o)
	if exc != nil {
		return 0, exc
	}
	n, ok := i.(Int)
	if !ok {
		return 0, Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	return int(n), nil
}

// sliceBoundNotNone is _PyEval_SliceIndexNotNone (list.index's start/stop).
func sliceBoundNotNone(t *Thread, o Object) (int, *BaseException) {
	if i, ok := o.(Int); ok {
		return int(i), nil
	}
	i, exc := indexOrNil(t, o)
	if exc != nil {
		return 0, exc
	}
	if i == nil {
		return 0, NewError(TypeErrorType, "slice indices must be integers or have an __index__ method")
	}
	if n, ok := i.(Int); ok {
		return int(n), nil
	}
	if intSign(i) > 0 {
		return math.MaxInt, nil
	}
	return math.MinInt, nil
}

func listGetItem(t *Thread, l *List, key Object) (Object, *BaseException) {
	if s, ok := key.(*Slice); ok {
		start, stop, step, exc := s.unpack(t)
		if exc != nil {
			return nil, exc
		}
		l.mu.Lock()
		n := sliceAdjust(len(l.items), &start, &stop, step)
		out := make([]Object, n)
		if step == 1 {
			copy(out, l.items[start:start+n])
		} else {
			for i, j := 0, start; i < n; i, j = i+1, j+step {
				out[i] = l.items[j]
			}
		}
		l.mu.Unlock()
		return NewList(out...), nil
	}
	i, exc := seqIndex(t, key, "list")
	if exc != nil {
		return nil, exc
	}
	l.mu.Lock()
	if i < 0 {
		i += len(l.items)
	}
	if i < 0 || i >= len(l.items) {
		l.mu.Unlock()
		return nil, NewError(IndexErrorType, "list index out of range")
	}
	v := l.items[i]
	l.mu.Unlock()
	return v, nil
}

func listSetItem(t *Thread, l *List, key, v Object) *BaseException {
	if s, ok := key.(*Slice); ok {
		return listAssignSlice(t, l, s, v)
	}
	i, exc := seqIndex(t, key, "list")
	if exc != nil {
		return exc
	}
	l.mu.Lock()
	if i < 0 {
		i += len(l.items)
	}
	if i < 0 || i >= len(l.items) {
		l.mu.Unlock()
		return NewError(IndexErrorType, "list assignment index out of range")
	}
	l.items[i] = v
	l.mu.Unlock()
	return nil
}

func listDelItem(t *Thread, l *List, key Object) *BaseException {
	if s, ok := key.(*Slice); ok {
		return listAssignSlice(t, l, s, nil)
	}
	i, exc := seqIndex(t, key, "list")
	if exc != nil {
		return exc
	}
	l.mu.Lock()
	if i < 0 {
		i += len(l.items)
	}
	if i < 0 || i >= len(l.items) {
		l.mu.Unlock()
		return NewError(IndexErrorType, "list assignment index out of range")
	}
	l.deleteAt(i)
	l.mu.Unlock()
	return nil
}

// listAssignSlice is l[s] = v, or del l[s] when v is nil.
func listAssignSlice(t *Thread, l *List, s *Slice, v Object) *BaseException {
	start, stop, step, exc := s.unpack(t)
	if exc != nil {
		return exc
	}
	var seq []Object
	if v != nil {
		var ok bool
		if seq, ok = seqItems(v); !ok {
			var exc *BaseException
			seq, exc = ToSlice(t, v)
			if exc != nil {
				if exc.IsInstanceOf(TypeErrorType) && !isIterable(v) {
					if step == 1 {
						return NewError(TypeErrorType, "can only assign an iterable")
					}
					return NewError(TypeErrorType, "must assign iterable to extended slice")
				}
				return exc
			}
		}
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	n := sliceAdjust(len(l.items), &start, &stop, step)
	if step == 1 {
		if stop < start {
			stop = start
		}
		l.replace(start, stop, seq)
		return nil
	}
	if v == nil {
		if n <= 0 {
			return nil
		}
		if step < 0 {
			stop = start + 1
			start = stop + step*(n-1) - 1
			step = -step
		}
		w := start
		for r := start; r < len(l.items); r++ {
			if r < stop && (r-start)%step == 0 {
				continue
			}
			l.items[w] = l.items[r]
			w++
		}
		clear(l.items[w:])
		l.items = l.items[:w]
		return nil
	}
	if len(seq) != n {
		return Errorf(ValueErrorType, "attempt to assign sequence of size %d to extended slice of size %d", len(seq), n)
	}
	for i, cur := 0, start; i < n; i, cur = i+1, cur+step {
		l.items[cur] = seq[i]
	}
	return nil
}

// deleteAt removes items[i]; called with mu held.
func (l *List) deleteAt(i int) {
	n := len(l.items)
	copy(l.items[i:], l.items[i+1:])
	l.items[n-1] = nil
	l.items = l.items[:n-1]
}

// replace swaps items[lo:hi] for repl; called with mu held.
func (l *List) replace(lo, hi int, repl []Object) {
	old := hi - lo
	d := len(repl) - old
	switch {
	case d == 0:
	case d < 0:
		copy(l.items[hi+d:], l.items[hi:])
		clear(l.items[len(l.items)+d:])
		l.items = l.items[:len(l.items)+d]
	default:
		n := len(l.items)
		l.items = append(l.items, make([]Object, d)...)
		copy(l.items[hi+d:], l.items[hi:n])
	}
	copy(l.items[lo:], repl)
}

func isIterable(o Object) bool {
	switch o.(type) {
	case *List, *Tuple, *Str, *Dict, *Set, *Range:
		return true
	}
	typ := TypeOf(o)
	if f := typ.lookup(strIter); f != nil && f != None {
		return true
	}
	return typ.lookup(strGetitem) != nil
}

// listRepeat returns items repeated n times, with CPython's MemoryError for
// absurd sizes.
func listRepeat(items []Object, n int) ([]Object, *BaseException) {
	if n <= 0 || len(items) == 0 {
		return nil, nil
	}
	if n > (1<<40)/len(items) {
		return nil, NewException(MemoryErrorType)
	}
	out := make([]Object, 0, len(items)*n)
	for i := 0; i < n; i++ {
		out = append(out, items...)
	}
	return out, nil
}

// repeatCount converts the right operand of sequence * n; ok is false
// when it is not an integer (the operator then returns NotImplemented).
func repeatCount(t *Thread, o Object) (int, bool, *BaseException) {
	if i, ok := o.(Int); ok {
		return int(i), true, nil
	}
	i, exc := indexOrNil(t, o)
	if exc != nil || i == nil {
		return 0, false, exc
	}
	n, ok := i.(Int)
	if !ok {
		if intSign(i) < 0 {
			return 0, true, nil
		}
		return 0, true, Errorf(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
	}
	return int(n), true, nil
}

// repeatNotInt is the result of sequence * x for a non-integer x: a
// builtin operand cannot supply a reflected multiplication, so CPython's
// sequence-repeat TypeError is raised at once; other operands get
// NotImplemented so their __rmul__ is tried.
func repeatNotInt(o Object) (Object, *BaseException) {
	// The operators never get here with a non-int (binary.go tries sq_repeat
	// only with an index): this is a direct call such as list.__mul__(l, 'x').
	return nil, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeOf(o).name)
}

// listCompare is list_richcompare over two lists.
func listCompare(t *Thread, op CmpOp, a, b *List) (Object, *BaseException) {
	if a == b {
		switch op {
		case CmpEQ, CmpLE, CmpGE:
			return True, nil
		case CmpNE, CmpLT, CmpGT:
			return False, nil
		}
	}
	if op == CmpEQ || op == CmpNE {
		if a.Len() != b.Len() {
			return Bool(op == CmpNE), nil
		}
	}
	i := 0
	for {
		x, y := a.At(i), b.At(i)
		if x == nil || y == nil {
			return Bool(cmpResult(op, a.Len()-b.Len())), nil
		}
		if x != y {
			eq, exc := richEq(t, x, y)
			if exc != nil {
				return nil, exc
			}
			if !eq {
				// __eq__ may have shrunk either list: past the end of
				// one, the sizes decide (as CPython).
				x, y = a.At(i), b.At(i)
				if x == nil || y == nil {
					return Bool(cmpResult(op, a.Len()-b.Len())), nil
				}
				switch op {
				case CmpEQ:
					return False, nil
				case CmpNE:
					return True, nil
				}
				return Compare(t, op, x, y)
			}
		}
		i++
	}
}

// seqCompare is the lexicographic comparison of two immutable sequences
// (tuples, slices).
func seqCompare(t *Thread, op CmpOp, a, b []Object) (Object, *BaseException) {
	if (op == CmpEQ || op == CmpNE) && len(a) != len(b) {
		return Bool(op == CmpNE), nil
	}
	i := 0
	for ; i < len(a) && i < len(b); i++ {
		if a[i] == b[i] {
			continue
		}
		eq, exc := richEq(t, a[i], b[i])
		if exc != nil {
			return nil, exc
		}
		if !eq {
			break
		}
	}
	if i >= len(a) || i >= len(b) {
		return Bool(cmpResult(op, len(a)-len(b))), nil
	}
	switch op {
	case CmpEQ:
		return False, nil
	case CmpNE:
		return True, nil
	}
	return Compare(t, op, a[i], b[i])
}

// seqRepr formats items between open and close with repr of each.
func seqRepr(t *Thread, open, close string, n func() int, at func(int) Object) (Object, *BaseException) {
	buf := make([]byte, 0, 32)
	buf = append(buf, open...)
	for i := 0; i < n(); i++ {
		v := at(i)
		if v == nil {
			break
		}
		if i > 0 {
			buf = append(buf, ", "...)
		}
		r, exc := Repr(t, v)
		if exc != nil {
			return nil, exc
		}
		buf = append(buf, r.s...)
	}
	buf = append(buf, close...)
	return NewStr(string(buf)), nil
}

func listRepr(t *Thread, l *List) (Object, *BaseException) {
	if l.Len() == 0 {
		return NewStr("[]"), nil
	}
	if !reprEnter(t, l) {
		return NewStr("[...]"), nil
	}
	defer reprLeave(t, l)
	return seqRepr(t, "[", "]", l.Len, l.At)
}

// listReverseIter is list_reverseiterator.
type listReverseIter struct {
	mu  sync.Mutex
	l   *List
	idx int
}

var listRevIterType = finalType(newBuiltinType("list_reverseiterator", ObjectType))

func (*listReverseIter) Type() *Type { return listRevIterType }

func (it *listReverseIter) next(t *Thread) (Object, *BaseException) {
	it.mu.Lock()
	defer it.mu.Unlock()
	if it.l == nil {
		return nil, nil
	}
	if it.idx >= 0 {
		if v := it.l.At(it.idx); v != nil {
			it.idx--
			return v, nil
		}
	}
	it.l = nil
	return nil, nil
}

func listSelf(args []Object, name string) (*List, *BaseException) {
	if len(args) > 0 {
		if l, ok := args[0].(*List); ok {
			return l, nil
		}
	}
	return nil, descrSelfError(name, ListType, args)
}

// slotArity is the argument count of the list and tuple dunders CPython
// implements as slot wrappers (wrapper_descriptor), whose argument errors
// differ from those of methods (method_descriptor): list.__getitem__ is a
// method, tuple.__getitem__ a slot wrapper.
var slotArity = map[string]int{
	"__add__": 1, "__mul__": 1, "__rmul__": 1, "__iadd__": 1, "__imul__": 1, "__contains__": 1,
	"__delitem__": 1, "__setitem__": 2, "__len__": 0, "__iter__": 0, "__repr__": 0, "__hash__": 0,
	"__lt__": 1, "__le__": 1, "__eq__": 1, "__ne__": 1, "__gt__": 1, "__ge__": 1,
}

// slotWrapperCheck checks a slot wrapper's call (wrapperdescr_call and
// check_num_args): self of the type, no keywords, exactly n arguments.
func slotWrapperCheck(typ *Type, name string, n int, args []Object, kw []*Str) *BaseException {
	if len(args) == 0 {
		return Errorf(TypeErrorType, "descriptor '%s' of '%s' object needs an argument", name, typ.name)
	}
	if !TypeOf(args[0]).IsSubtype(typ) {
		return Errorf(TypeErrorType, "descriptor '%s' requires a '%s' object but received a '%s'", name, typ.name, TypeOf(args[0]).name)
	}
	if len(kw) > 0 {
		return Errorf(TypeErrorType, "wrapper %s() takes no keyword arguments", name)
	}
	if got := len(args) - 1; got != n {
		if name == "__setitem__" {
			// wrap_objobjargproc unpacks with an empty function name.
			return Errorf(TypeErrorType, " expected %d arguments, got %d", n, got)
		}
		return Errorf(TypeErrorType, "expected %d argument%s, got %d", n, plural(n), got)
	}
	return nil
}

// listMethod registers a list method that receives the list itself.
func listMethod(name string, fn func(t *Thread, l *List, args []Object, kw []*Str) (Object, *BaseException)) {
	if n, slot := slotArity[name]; slot && name != "__hash__" {
		DefMethod(ListType, name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if len(args) != n+1 || len(kw) > 0 {
				if exc := slotWrapperCheck(ListType, name, n, args, kw); exc != nil {
					return nil, exc
				}
			}
			l, exc := listSelf(args, name)
			if exc != nil {
				if e := slotWrapperCheck(ListType, name, n, args, kw); e != nil {
					return nil, e
				}
				return nil, exc
			}
			return fn(t, l, args[1:], kw)
		})
		return
	}
	DefMethod(ListType, name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		l, exc := listSelf(args, name)
		if exc != nil {
			return nil, exc
		}
		return fn(t, l, args[1:], kw)
	})
}

func init() {
	ListType.dict.SetStr("__hash__", None)
	DefStatic(ListType, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) == 0 {
			return nil, NewError(TypeErrorType, "list.__new__(): not enough arguments")
		}
		typ, ok := args[0].(*Type)
		if !ok {
			return nil, Errorf(TypeErrorType, "list.__new__(X): X is not a type object (%s)", TypeOf(args[0]).name)
		}
		if !typ.IsSubtype(ListType) {
			return nil, Errorf(TypeErrorType, "list.__new__(%s): %s is not a subtype of list", typ.name, typ.name)
		}
		l := &List{}
		if typ != ListType {
			l.hdr = header{typ: typ, dict: NewDict()}
		}
		return l, nil
	})
	DefMethod(ListType, "__init__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		l, ok := Object(nil), false
		if len(args) > 0 {
			l, ok = args[0].(*List)
		}
		if !ok {
			if len(args) == 0 {
				return nil, NewError(TypeErrorType, "descriptor '__init__' of 'list' object needs an argument")
			}
			return nil, Errorf(TypeErrorType, "descriptor '__init__' requires a 'list' object but received a '%s'", TypeOf(args[0]).name)
		}
		self := l.(*List)
		if len(kw) > 0 && (self.hdr.typ == nil || self.hdr.typ.lookup(strNew) == ListType.dict.getStr(strNew)) {
			return nil, NewError(TypeErrorType, "list() takes no keyword arguments")
		}
		if n := len(args) - 1 - len(kw); n > 1 {
			return nil, Errorf(TypeErrorType, "list expected at most 1 argument, got %d", n)
		}
		self.mu.Lock()
		self.items = nil
		self.mu.Unlock()
		if len(args)-len(kw) == 2 {
			return None, self.extend(t, args[1])
		}
		return None, nil
	})
	listMethod("append", func(t *Thread, l *List, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("list.append", "append", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		l.Append(args[0])
		return None, nil
	})
	listMethod("extend", func(t *Thread, l *List, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("list.extend", "extend", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		return None, l.extend(t, args[0])
	})
	listMethod("insert", func(t *Thread, l *List, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("list.insert", "insert", args, kw, 2, 2); exc != nil {
			return nil, exc
		}
		i, exc := asIndexInt(t, args[0])
		if exc != nil {
			return nil, exc
		}
		l.mu.Lock()
		n := len(l.items)
		if i < 0 {
			i += n
			if i < 0 {
				i = 0
			}
		}
		if i > n {
			i = n
		}
		l.items = append(l.items, nil)
		copy(l.items[i+1:], l.items[i:n])
		l.items[i] = args[1]
		l.mu.Unlock()
		return None, nil
	})
	listMethod("remove", func(t *Thread, l *List, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("list.remove", "remove", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		i, exc := l.find(t, args[0], 0, math.MaxInt)
		if exc != nil {
			return nil, exc
		}
		if i < 0 {
			return nil, NewError(ValueErrorType, "list.remove(x): x not in list")
		}
		// If __eq__ mutated the list, CPython deletes whatever is at i now.
		l.mu.Lock()
		if i < len(l.items) {
			l.deleteAt(i)
		}
		l.mu.Unlock()
		return None, nil
	})
	listMethod("pop", func(t *Thread, l *List, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("list.pop", "pop", args, kw, 0, 1); exc != nil {
			return nil, exc
		}
		i := -1
		if len(args) == 1 {
			var exc *BaseException
			if i, exc = asIndexInt(t, args[0]); exc != nil {
				return nil, exc
			}
		}
		l.mu.Lock()
		n := len(l.items)
		if n == 0 {
			l.mu.Unlock()
			return nil, NewError(IndexErrorType, "pop from empty list")
		}
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			l.mu.Unlock()
			return nil, NewError(IndexErrorType, "pop index out of range")
		}
		v := l.items[i]
		l.deleteAt(i)
		l.mu.Unlock()
		return v, nil
	})
	listMethod("index", func(t *Thread, l *List, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("list.index", "index", args, kw, 1, 3); exc != nil {
			return nil, exc
		}
		start, stop := 0, math.MaxInt
		var exc *BaseException
		if len(args) > 1 {
			if start, exc = sliceBoundNotNone(t, args[1]); exc != nil {
				return nil, exc
			}
		}
		if len(args) > 2 {
			if stop, exc = sliceBoundNotNone(t, args[2]); exc != nil {
				return nil, exc
			}
		}
		n := l.Len()
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
		i, exc := l.find(t, args[0], start, stop)
		if exc != nil {
			return nil, exc
		}
		if i < 0 {
			r, exc := Repr(t, args[0])
			if exc != nil {
				return nil, exc
			}
			return nil, Errorf(ValueErrorType, "%s is not in list", r.s)
		}
		return MakeInt(int64(i)), nil
	})
	listMethod("count", func(t *Thread, l *List, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("list.count", "count", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		n, exc := l.count(t, args[0])
		if exc != nil {
			return nil, exc
		}
		return MakeInt(int64(n)), nil
	})
	listMethod("clear", func(t *Thread, l *List, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("list.clear", "clear", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		l.mu.Lock()
		l.items = nil
		l.mu.Unlock()
		return None, nil
	})
	listMethod("copy", func(t *Thread, l *List, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("list.copy", "copy", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		return NewList(l.Snapshot()...), nil
	})
	listMethod("reverse", func(t *Thread, l *List, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("list.reverse", "reverse", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		l.mu.Lock()
		reverseObjects(l.items)
		l.mu.Unlock()
		return None, nil
	})
	listMethod("sort", func(t *Thread, l *List, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) > len(kw) {
			return nil, NewError(TypeErrorType, "sort() takes no positional arguments")
		}
		_, opts, exc := kwOnlyArgs("sort", args, kw, []string{"key", "reverse"})
		if exc != nil {
			return nil, exc
		}
		reverse := false
		if opts[1] != nil {
			r, exc := asIndexInt(t, opts[1])
			if exc != nil {
				return nil, exc
			}
			reverse = r != 0
		}
		key := opts[0]
		if key == None {
			key = nil
		}
		return None, listSort(t, l, key, reverse)
	})
	listMethod("__len__", func(t *Thread, l *List, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("list.__len__", "__len__", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		return MakeInt(int64(l.Len())), nil
	})
	listMethod("__getitem__", func(t *Thread, l *List, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("list.__getitem__", "__getitem__", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		return listGetItem(t, l, args[0])
	})
	listMethod("__setitem__", func(t *Thread, l *List, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("list.__setitem__", "__setitem__", args, kw, 2, 2); exc != nil {
			return nil, exc
		}
		return None, listSetItem(t, l, args[0], args[1])
	})
	listMethod("__delitem__", func(t *Thread, l *List, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("list.__delitem__", "__delitem__", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		return None, listDelItem(t, l, args[0])
	})
	listMethod("__contains__", func(t *Thread, l *List, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("list.__contains__", "__contains__", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		i, exc := l.find(t, args[0], 0, math.MaxInt)
		return Bool(i >= 0), exc
	})
	listMethod("__iter__", func(t *Thread, l *List, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("list.__iter__", "__iter__", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		return &seqIter{seq: l}, nil
	})
	listMethod("__reversed__", func(t *Thread, l *List, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("list.__reversed__", "__reversed__", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		return &listReverseIter{l: l, idx: l.Len() - 1}, nil
	})
	listMethod("__repr__", func(t *Thread, l *List, args []Object, kw []*Str) (Object, *BaseException) {
		return listRepr(t, l)
	})
	listMethod("__add__", func(t *Thread, l *List, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("list.__add__", "__add__", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		o, ok := args[0].(*List)
		if !ok {
			// list_concat (sq_concat) raises itself; binary.go only calls it
			// after both operands' number slots declined.
			return nil, Errorf(TypeErrorType, "can only concatenate list (not \"%s\") to list", TypeOf(args[0]).name)
		}
		a := l.Snapshot()
		b := o.Snapshot()
		out := make([]Object, len(a)+len(b))
		copy(out, a)
		copy(out[len(a):], b)
		return NewList(out...), nil
	})
	listMethod("__iadd__", func(t *Thread, l *List, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("list.__iadd__", "__iadd__", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		return listIAdd(t, l, args[0])
	})
	mul := func(t *Thread, l *List, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("list.__mul__", "__mul__", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		n, ok, exc := repeatCount(t, args[0])
		if exc != nil || !ok {
			if exc != nil {
				return nil, exc
			}
			return repeatNotInt(args[0])
		}
		out, exc := listRepeat(l.Snapshot(), n)
		if exc != nil {
			return nil, exc
		}
		return NewList(out...), nil
	}
	listMethod("__mul__", mul)
	listMethod("__rmul__", mul)
	listMethod("__imul__", func(t *Thread, l *List, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("list.__imul__", "__imul__", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		n, ok, exc := repeatCount(t, args[0])
		if exc != nil || !ok {
			if exc != nil {
				return nil, exc
			}
			return repeatNotInt(args[0])
		}
		l.mu.Lock()
		out, exc := listRepeat(l.items, n)
		if exc == nil {
			if n == 1 {
				out = l.items
			}
			l.items = out
		}
		l.mu.Unlock()
		if exc != nil {
			return nil, exc
		}
		return l, nil
	})
	for op := CmpLT; op <= CmpGE; op++ {
		op := op
		name := cmpNames[op].s
		listMethod(name, func(t *Thread, l *List, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := methArgs("list."+name, name, args, kw, 1, 1); exc != nil {
				return nil, exc
			}
			o, ok := args[0].(*List)
			if !ok {
				return NotImplemented, nil
			}
			return listCompare(t, op, l, o)
		})
	}
	DefClassMethod(ListType, "__class_getitem__", classGetItem)
	defIterMethods(listRevIterType)
}

// classGetItem is the __class_getitem__ of the builtin containers
// (list[int] -> types.GenericAlias).
func classGetItem(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
	if len(args) != 2 {
		return nil, Errorf(TypeErrorType, "__class_getitem__() takes exactly one argument (%d given)", len(args)-1)
	}
	return NewGenericAlias(args[0], args[1]), nil
}

func reverseObjects(s []Object) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}
