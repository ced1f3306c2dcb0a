package runtime

import "sync"

// Iterator is implemented by iterators written in Go: next returns (nil, nil)
// when exhausted, so for loops over builtin iterators never allocate a
// StopIteration.
type Iterator interface {
	Object
	next(t *Thread) (Object, *BaseException)
}

// seqIter iterates a list, tuple or str by index (CPython's listiterator
// semantics: it sees appends made during iteration). For a list, i and
// done are guarded by the list's mutex; otherwise by mu.
type seqIter struct {
	mu   sync.Mutex
	seq  Object
	i    int
	done bool
}

type callIter struct {
	mu           sync.Mutex
	fn, sentinel Object
	done         bool
}

type getitemIter struct {
	mu   sync.Mutex
	seq  Object
	i    int
	done bool
}

var (
	listIterType    = finalType(newBuiltinType("list_iterator", ObjectType))
	tupleIterType   = finalType(newBuiltinType("tuple_iterator", ObjectType))
	strIterType     = finalType(newBuiltinType("str_ascii_iterator", ObjectType))
	strUIterType    = finalType(newBuiltinType("str_iterator", ObjectType))
	callIterType    = finalType(newBuiltinType("callable_iterator", ObjectType))
	getitemIterType = finalType(newBuiltinType("iterator", ObjectType))
)

func (it *seqIter) Type() *Type {
	switch it.seq.(type) {
	case *List:
		return listIterType
	case *Str:
		if s := it.seq.(*Str); !s.isASCII() {
			return strUIterType
		}
		return strIterType
	}
	return tupleIterType
}

func (it *seqIter) next(t *Thread) (Object, *BaseException) {
	if l, ok := it.seq.(*List); ok {
		// The hot path of `for x in some_list`: one lock. A list iterator's
		// position is guarded by the list's own mutex.
		l.mu.Lock()
		if !it.done && it.i < len(l.items) {
			v := l.items[it.i]
			it.i++
			l.mu.Unlock()
			return v, nil
		}
		it.done = true
		it.seq = exhaustedList // the list is released, as CPython's listiterator does
		l.mu.Unlock()
		return nil, nil
	}
	it.mu.Lock()
	defer it.mu.Unlock()
	if it.done {
		return nil, nil
	}
	i := it.i
	switch s := it.seq.(type) {
	case *Tuple:
		if i < len(s.items) {
			it.i++
			return s.items[i], nil
		}
	case *Str:
		if s.isASCII() {
			if i < len(s.s) {
				it.i++
				return charStrs[s.s[i]], nil
			}
		} else if rs := s.Runes(); i < len(rs) {
			it.i++
			return s.charAt(i), nil
		}
	}
	it.done = true
	it.release()
	return nil, nil
}

// Exhausted sequence iterators drop their sequence (CPython's it_seq =
// NULL), so that it can be freed and finalized; they keep a placeholder of
// the same kind (Type() depends on it). The list one is locked by list
// iterators that see done.
var (
	exhaustedList   = &List{}
	exhaustedStrU   = NewStr("\u0100")
	exhaustedStrASC = NewStr("")
)

// release replaces an exhausted iterator's tuple or str; it.mu is held.
func (it *seqIter) release() {
	switch s := it.seq.(type) {
	case *Tuple:
		it.seq = emptyTuple
	case *Str:
		if s.isASCII() {
			it.seq = exhaustedStrASC
		} else {
			it.seq = exhaustedStrU
		}
	}
}

func (*callIter) Type() *Type { return callIterType }

func (it *callIter) next(t *Thread) (Object, *BaseException) {
	it.mu.Lock()
	done, fn, sentinel := it.done, it.fn, it.sentinel
	it.mu.Unlock()
	if done {
		return nil, nil
	}
	v, exc := Call0(t, fn)
	if exc != nil {
		if exc.IsInstanceOf(StopIterationType) {
			it.finish()
			return nil, nil
		}
		return nil, exc
	}
	// As calliter_iternext: the call may have exhausted this very
	// iterator (reentrantly); then it stays exhausted.
	it.mu.Lock()
	done = it.done
	it.mu.Unlock()
	if done {
		return nil, nil
	}
	eq, exc := richEq(t, sentinel, v)
	if exc != nil {
		return nil, exc
	}
	if eq {
		it.finish()
		return nil, nil
	}
	return v, nil
}

// finish marks the iterator exhausted and drops its callable and sentinel.
func (it *callIter) finish() {
	it.mu.Lock()
	it.done, it.fn, it.sentinel = true, nil, nil
	it.mu.Unlock()
}

func (*getitemIter) Type() *Type { return getitemIterType }

func (it *getitemIter) next(t *Thread) (Object, *BaseException) {
	it.mu.Lock()
	if it.done {
		it.mu.Unlock()
		return nil, nil
	}
	i := it.i
	seq := it.seq
	it.i++
	it.mu.Unlock()
	v, exc := GetItem(t, seq, MakeInt(int64(i)))
	if exc != nil {
		if exc.IsInstanceOf(IndexErrorType) || exc.IsInstanceOf(StopIterationType) {
			it.mu.Lock()
			it.done = true
			it.seq = nil // released, as CPython's seqiterobject does
			it.mu.Unlock()
			return nil, nil
		}
		return nil, exc
	}
	return v, nil
}

// Iter is iter(o).
func Iter(t *Thread, o Object) (Object, *BaseException) {
	switch v := o.(type) {
	case *List:
		if v.hdr.typ == nil {
			return &seqIter{seq: v}, nil
		}
	case *Tuple, *Str:
		return &seqIter{seq: v}, nil
	case *Dict:
		if v.hdr.typ == nil {
			return newDictIter(v, dictKindKeys, false), nil
		}
	case *Set:
		if v.hdr.typ == nil {
			return newSetIter(v), nil
		}
	case *Range:
		if v.big == nil {
			return &rangeIter{cur: v.start, step: v.step, n: v.length()}, nil
		}
	case *DictView:
		return newDictIter(v.d, v.kind, false), nil
	case *seqIter, *dictIter, *setIter, *rangeIter, *listReverseIter, *enumerateIter, *zipIter, *mapIter, *filterIter, *reversedIter:
		return o, nil
	case Iterator:
		if g, isGen := o.(*Generator); isGen {
			if g.kind == genCoroutine {
				return nil, NewError(TypeErrorType, "'coroutine' object is not iterable")
			}
			return o, nil
		}
	}
	typ := TypeOf(o)
	f := typ.lookup(strIter)
	if f == nil || f == None {
		if typ.lookup(strGetitem) != nil && f == nil {
			return &getitemIter{seq: o}, nil
		}
		return nil, Errorf(TypeErrorType, "'%s' object is not iterable", typ.name)
	}
	r, exc := callUnaryDunder(t, f, o)
	if exc != nil {
		return nil, exc
	}
	if _, ok := r.(Iterator); !ok && TypeOf(r).lookup(strNext) == nil {
		return nil, Errorf(TypeErrorType, "iter() returned non-iterator of type '%s'", TypeOf(r).name)
	}
	return r, nil
}

// Next advances an iterator: (nil, nil) means exhausted.
func Next(t *Thread, it Object) (Object, *BaseException) {
	if g, ok := it.(Iterator); ok {
		if in, isInst := it.(*Instance); !isInst || in == nil {
			return g.next(t)
		}
	}
	typ := TypeOf(it)
	f := typ.lookup(strNext)
	if f == nil {
		return nil, Errorf(TypeErrorType, "'%s' object is not an iterator", typ.name)
	}
	r, exc := callUnaryDunder(t, f, it)
	if exc != nil {
		if exc.IsInstanceOf(StopIterationType) {
			return nil, nil
		}
		return nil, exc
	}
	return r, nil
}

// NextOrStop is next(it) raising StopIteration at the end (builtin next()).
func NextOrStop(t *Thread, it Object) (Object, *BaseException) {
	if g, ok := it.(*Generator); ok && g.kind == genCoroutine {
		return nil, Errorf(TypeErrorType, "'%s' object is not an iterator", TypeOf(it).name)
	}
	if _, ok := it.(Iterator); !ok && TypeOf(it).lookup(strNext) == nil {
		return nil, Errorf(TypeErrorType, "'%s' object is not an iterator", TypeOf(it).name)
	}
	if _, ok := it.(Iterator); !ok {
		return callUnaryDunder(t, TypeOf(it).lookup(strNext), it)
	}
	v, exc := Next(t, it)
	if v == nil && exc == nil {
		if g, ok := it.(*Generator); ok {
			return nil, stopIteration(g.Return)
		}
		return nil, NewException(StopIterationType)
	}
	return v, exc
}

// ForEach calls fn for each item of o; fn returns false to stop early.
// No container lock is held while fn runs.
func ForEach(t *Thread, o Object, fn func(Object) (bool, *BaseException)) *BaseException {
	switch v := o.(type) {
	case *Tuple:
		for _, it := range v.items {
			if cont, exc := fn(it); exc != nil || !cont {
				return exc
			}
		}
		return nil
	case *List:
		if v.hdr.typ == nil {
			for i := 0; ; i++ {
				it := v.At(i)
				if it == nil {
					return nil
				}
				if cont, exc := fn(it); exc != nil || !cont {
					return exc
				}
			}
		}
	}
	it, exc := Iter(t, o)
	if exc != nil {
		return exc
	}
	for {
		v, exc := Next(t, it)
		if exc != nil {
			return exc
		}
		if v == nil {
			return nil
		}
		if cont, exc := fn(v); exc != nil || !cont {
			return exc
		}
	}
}

// ToSlice collects an iterable's items.
func ToSlice(t *Thread, o Object) ([]Object, *BaseException) {
	switch v := o.(type) {
	case *Tuple:
		return v.items, nil
	case *List:
		if v.hdr.typ == nil {
			return v.Snapshot(), nil
		}
	}
	var out []Object
	exc := ForEach(t, o, func(x Object) (bool, *BaseException) {
		out = append(out, x)
		return true, nil
	})
	return out, exc
}

func init() {
	for _, typ := range []*Type{listIterType, tupleIterType, strIterType, strUIterType, callIterType, getitemIterType} {
		defIterMethods(typ)
	}
}

// defIterMethods gives a Go iterator type __iter__ and __next__.
func defIterMethods(typ *Type) {
	DefMethod(typ, "__iter__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return args[0], nil
	})
	DefMethod(typ, "__next__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		var it Iterator
		if len(args) > 0 {
			it, _ = args[0].(Iterator)
		}
		if it == nil || !TypeOf(it).IsSubtype(typ) {
			return nil, descrSelfError("__next__", typ, args)
		}
		v, exc := it.next(t)
		if v == nil && exc == nil {
			return nil, NewException(StopIterationType)
		}
		return v, exc
	})
}

// defLengthHint gives an iterator type whose instances implement
// lengthHinter its __length_hint__.
func defLengthHint(typ *Type) {
	DefMethod(typ, "__length_hint__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) > 0 {
			if h, ok := args[0].(lengthHinter); ok {
				return MakeInt(int64(h.lengthHint())), nil
			}
		}
		return nil, descrSelfError("__length_hint__", typ, args)
	})
}

func init() {
	for _, typ := range []*Type{listIterType, tupleIterType, strIterType, strUIterType, listRevIterType, setIterType, rangeIterType} {
		defLengthHint(typ)
	}
	for _, row := range dictIterTypes {
		for _, typ := range row {
			defLengthHint(typ)
		}
	}
	// longrange_iterator (range_big.go) counts with a big.Int; its hint may
	// not fit a machine int (length_hint then raises OverflowError).
	DefMethod(longRangeIterType, "__length_hint__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		it, ok := args[0].(*longRangeIter)
		if !ok {
			return nil, descrSelfError("__length_hint__", longRangeIterType, args)
		}
		if it.n.Sign() <= 0 {
			return MakeInt(0), nil
		}
		return NewBigInt(it.n), nil
	})
}

// lengthHinter is implemented by the iterators that know how many items
// remain (__length_hint__).
type lengthHinter interface {
	lengthHint() int
}

func (it *seqIter) lengthHint() int {
	if l, ok := it.seq.(*List); ok {
		l.mu.Lock()
		defer l.mu.Unlock()
		if it.done || it.i >= len(l.items) {
			return 0
		}
		return len(l.items) - it.i
	}
	it.mu.Lock()
	defer it.mu.Unlock()
	if it.done {
		return 0
	}
	n := 0
	switch s := it.seq.(type) {
	case *Tuple:
		n = len(s.items)
	case *Str:
		n = s.Len()
	}
	if n -= it.i; n < 0 {
		n = 0
	}
	return n
}

func (it *listReverseIter) lengthHint() int {
	it.mu.Lock()
	defer it.mu.Unlock()
	if it.l == nil || it.idx >= it.l.Len() {
		return 0
	}
	return it.idx + 1
}

func (it *dictIter) lengthHint() int {
	it.d.mu.Lock()
	defer it.d.mu.Unlock()
	if it.done || it.used != it.d.used {
		return 0
	}
	return it.remaining
}

func (it *setIter) lengthHint() int {
	it.s.mu.Lock()
	defer it.s.mu.Unlock()
	if it.done || it.used != it.s.used {
		return 0
	}
	return it.remaining
}

func (it *rangeIter) lengthHint() int {
	it.mu.Lock()
	defer it.mu.Unlock()
	return int(it.n)
}

// Pickling support of the sequence iterators (listiter_reduce and
// friends): __reduce__ gives (iter, (seq,), index) while items remain to be
// seen and (iter, (empty,)) once exhausted; __setstate__(index) moves the
// position, clamped to the sequence.
func init() {
	seqIterSelf := func(args []Object, name string, typ *Type) (*seqIter, *BaseException) {
		if len(args) > 0 {
			if it, ok := args[0].(*seqIter); ok && it.Type() == typ {
				return it, nil
			}
		}
		return nil, descrSelfError(name, typ, args)
	}
	// state returns the sequence and index (seq nil: exhausted).
	state := func(it *seqIter) (Object, int) {
		if l, ok := it.seq.(*List); ok {
			l.mu.Lock()
			defer l.mu.Unlock()
			if it.done {
				return nil, 0
			}
			return l, it.i
		}
		it.mu.Lock()
		defer it.mu.Unlock()
		if it.done {
			return nil, 0
		}
		return it.seq, it.i
	}
	for _, typ := range []*Type{listIterType, tupleIterType, strIterType, strUIterType} {
		typ := typ
		DefMethod(typ, "__reduce__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			it, exc := seqIterSelf(args, "__reduce__", typ)
			if exc != nil {
				return nil, exc
			}
			iter := Builtins.GetStr("iter")
			seq, i := state(it)
			if seq == nil {
				var empty Object = NewList()
				switch typ {
				case tupleIterType:
					empty = emptyTuple
				case strIterType, strUIterType:
					empty = NewStr("")
				}
				return NewTuple(iter, NewTuple(empty)), nil
			}
			return NewTuple(iter, NewTuple(seq), MakeInt(int64(i))), nil
		})
		DefMethod(typ, "__setstate__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			it, exc := seqIterSelf(args, "__setstate__", typ)
			if exc != nil {
				return nil, exc
			}
			if exc := methArgs(typ.name+".__setstate__", "__setstate__", args[1:], kw, 1, 1); exc != nil {
				return nil, exc
			}
			i, exc := ssizeArg(args[1])
			if exc != nil {
				return nil, exc
			}
			clamp := func(n int) int {
				if i < 0 {
					return 0
				}
				return min(i, n)
			}
			if l, ok := it.seq.(*List); ok {
				l.mu.Lock()
				if !it.done {
					it.i = clamp(len(l.items))
				}
				l.mu.Unlock()
				return None, nil
			}
			it.mu.Lock()
			if !it.done {
				n := 0
				switch s := it.seq.(type) {
				case *Tuple:
					n = len(s.items)
				case *Str:
					n = s.Len()
				}
				it.i = clamp(n)
			}
			it.mu.Unlock()
			return None, nil
		})
	}
	DefMethod(listRevIterType, "__reduce__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		it, ok := args[0].(*listReverseIter)
		if !ok {
			return nil, descrSelfError("__reduce__", listRevIterType, args)
		}
		// The builtins are looked up first: the lookup may run Python
		// code (a colliding key's __eq__) that advances the iterator.
		iter, reversed := Builtins.GetStr("iter"), Builtins.GetStr("reversed")
		it.mu.Lock()
		l, idx := it.l, it.idx
		it.mu.Unlock()
		if l == nil {
			return NewTuple(iter, NewTuple(NewList())), nil
		}
		return NewTuple(reversed, NewTuple(l), MakeInt(int64(idx))), nil
	})
	DefMethod(listRevIterType, "__setstate__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		it, ok := args[0].(*listReverseIter)
		if !ok {
			return nil, descrSelfError("__setstate__", listRevIterType, args)
		}
		if exc := methArgs("list_reverseiterator.__setstate__", "__setstate__", args[1:], kw, 1, 1); exc != nil {
			return nil, exc
		}
		i, exc := ssizeArg(args[1])
		if exc != nil {
			return nil, exc
		}
		it.mu.Lock()
		if it.l != nil {
			n := it.l.Len()
			if i < -1 {
				i = -1
			} else if i > n-1 {
				i = n - 1
			}
			it.idx = i
		}
		it.mu.Unlock()
		return None, nil
	})
}
