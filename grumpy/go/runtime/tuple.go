package runtime

import "math"

// Tuple is an immutable sequence. Its items slice is never written after
// construction, so reads need no lock.
type Tuple struct {
	items []Object
	hash  int64 // 0: not computed
}

// TupleType is `tuple`.
var TupleType = newBuiltinType("tuple", ObjectType).solidType()

var emptyTuple = &Tuple{}

// Type implements Object.
func (*Tuple) Type() *Type { return TupleType }

// NewTuple makes a tuple of items (the slice is retained).
func NewTuple(items ...Object) *Tuple {
	if len(items) == 0 {
		return emptyTuple
	}
	return &Tuple{items: items}
}

// Items returns the elements; callers must not modify them.
func (t *Tuple) Items() []Object { return t.items }

// Len is len(t).
func (t *Tuple) Len() int { return len(t.items) }

// tupleHash is CPython 3.11's xxHash-based tuple hash.
func tupleHash(t *Thread, tup *Tuple) (int64, *BaseException) {
	const (
		prime1 = 11400714785074694791
		prime2 = 14029467366897019727
		prime5 = 2870177450012600261
	)
	acc := uint64(prime5)
	for _, it := range tup.items {
		h, exc := Hash(t, it)
		if exc != nil {
			return 0, exc
		}
		acc += uint64(h) * prime2
		acc = (acc << 31) | (acc >> 33)
		acc *= prime1
	}
	acc += uint64(len(tup.items)) ^ (prime5 ^ 3527539)
	if acc == ^uint64(0) {
		return 1546275796, nil
	}
	return int64(acc), nil
}

// asTuple returns the tuple o is or wraps (tuple subclass instance).
func asTuple(o Object) (*Tuple, bool) {
	switch v := o.(type) {
	case *Tuple:
		return v, true
	case *Instance:
		if tup, ok := v.base.(*Tuple); ok {
			return tup, true
		}
	}
	return nil, false
}

func tupleSelf(args []Object, name string) (*Tuple, *BaseException) {
	if len(args) > 0 {
		if tup, ok := asTuple(args[0]); ok {
			return tup, nil
		}
	}
	return nil, descrSelfError(name, TupleType, args)
}

func tupleMethod(name string, fn func(t *Thread, tup *Tuple, self Object, args []Object, kw []*Str) (Object, *BaseException)) {
	n, slot := slotArity[name]
	if name == "__getitem__" {
		n, slot = 1, true
	}
	if slot {
		// A slot wrapper (see slotArity): CPython's wrapper messages.
		DefMethod(TupleType, name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if len(args) != n+1 || len(kw) > 0 {
				if exc := slotWrapperCheck(TupleType, name, n, args, kw); exc != nil {
					return nil, exc
				}
			}
			tup, exc := tupleSelf(args, name)
			if exc != nil {
				if e := slotWrapperCheck(TupleType, name, n, args, kw); e != nil {
					return nil, e
				}
				return nil, exc
			}
			return fn(t, tup, args[0], args[1:], kw)
		})
		return
	}
	DefMethod(TupleType, name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		tup, exc := tupleSelf(args, name)
		if exc != nil {
			return nil, exc
		}
		return fn(t, tup, args[0], args[1:], kw)
	})
}

func tupleGetItem(t *Thread, tup *Tuple, self Object, key Object) (Object, *BaseException) {
	if s, ok := key.(*Slice); ok {
		start, stop, step, exc := s.unpack(t)
		if exc != nil {
			return nil, exc
		}
		n := sliceAdjust(len(tup.items), &start, &stop, step)
		if n == len(tup.items) && step == 1 {
			if _, exact := self.(*Tuple); exact {
				return tup, nil
			}
		}
		out := make([]Object, n)
		if step == 1 {
			copy(out, tup.items[start:start+n])
		} else {
			for i, j := 0, start; i < n; i, j = i+1, j+step {
				out[i] = tup.items[j]
			}
		}
		return NewTuple(out...), nil
	}
	i, exc := seqIndex(t, key, "tuple")
	if exc != nil {
		return nil, exc
	}
	if i < 0 {
		i += len(tup.items)
	}
	if i < 0 || i >= len(tup.items) {
		return nil, NewError(IndexErrorType, "tuple index out of range")
	}
	return tup.items[i], nil
}

func tupleRepr(t *Thread, tup *Tuple) (Object, *BaseException) {
	switch len(tup.items) {
	case 0:
		return NewStr("()"), nil
	case 1:
		if !reprEnter(t, tup) {
			return NewStr("(...)"), nil
		}
		defer reprLeave(t, tup)
		r, exc := Repr(t, tup.items[0])
		if exc != nil {
			return nil, exc
		}
		return NewStr("(" + r.s + ",)"), nil
	}
	if !reprEnter(t, tup) {
		return NewStr("(...)"), nil
	}
	defer reprLeave(t, tup)
	return seqRepr(t, "(", ")", tup.Len, func(i int) Object { return tup.items[i] })
}

// tupleFind is the index of the first item == v in [start, stop), or -1.
func tupleFind(t *Thread, items []Object, v Object, start, stop int) (int, *BaseException) {
	for i := start; i < stop && i < len(items); i++ {
		eq, ok := quickEq(items[i], v)
		if !ok {
			var exc *BaseException
			if eq, exc = richEq(t, items[i], v); exc != nil {
				return -1, exc
			}
		}
		if eq {
			return i, nil
		}
	}
	return -1, nil
}

// newTupleOf builds the tuple for tuple(iterable) or a subclass.
func newTupleOf(t *Thread, cls *Type, arg Object) (Object, *BaseException) {
	var tup *Tuple
	if arg == nil {
		tup = emptyTuple
	} else if v, ok := arg.(*Tuple); ok {
		tup = v
	} else {
		items, exc := ToSlice(t, arg)
		if exc != nil {
			return nil, exc
		}
		if len(items) > 0 {
			if _, isTup := asTuple(arg); isTup {
				items = append([]Object(nil), items...)
			}
		}
		tup = NewTuple(items...)
	}
	if cls == TupleType {
		return tup, nil
	}
	inst := NewInstance(cls)
	inst.base = tup
	return inst, nil
}

func init() {
	DefStatic(TupleType, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) == 0 {
			return nil, NewError(TypeErrorType, "tuple.__new__(): not enough arguments")
		}
		cls, ok := args[0].(*Type)
		if !ok {
			return nil, Errorf(TypeErrorType, "tuple.__new__(X): X is not a type object (%s)", TypeOf(args[0]).name)
		}
		if !cls.IsSubtype(TupleType) {
			return nil, Errorf(TypeErrorType, "tuple.__new__(%s): %s is not a subtype of tuple", cls.name, cls.name)
		}
		if len(kw) > 0 {
			if cls == TupleType || cls.lookup(strInit) == objectInit {
				return nil, NewError(TypeErrorType, "tuple() takes no keyword arguments")
			}
			args = args[:len(args)-len(kw)]
		}
		if len(args) > 2 {
			return nil, Errorf(TypeErrorType, "tuple expected at most 1 argument, got %d", len(args)-1)
		}
		var arg Object
		if len(args) == 2 {
			arg = args[1]
		}
		return newTupleOf(t, cls, arg)
	})
	tupleMethod("__len__", func(t *Thread, tup *Tuple, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("tuple.__len__", "__len__", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		return MakeInt(int64(len(tup.items))), nil
	})
	tupleMethod("__getitem__", func(t *Thread, tup *Tuple, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("tuple.__getitem__", "__getitem__", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		return tupleGetItem(t, tup, self, args[0])
	})
	tupleMethod("__contains__", func(t *Thread, tup *Tuple, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("tuple.__contains__", "__contains__", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		i, exc := tupleFind(t, tup.items, args[0], 0, len(tup.items))
		return Bool(i >= 0), exc
	})
	tupleMethod("__iter__", func(t *Thread, tup *Tuple, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("tuple.__iter__", "__iter__", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		return &seqIter{seq: tup}, nil
	})
	tupleMethod("__hash__", func(t *Thread, tup *Tuple, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		h, exc := tupleHash(t, tup)
		if exc != nil {
			return nil, exc
		}
		return MakeInt(h), nil
	})
	tupleMethod("__repr__", func(t *Thread, tup *Tuple, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		return tupleRepr(t, tup)
	})
	tupleMethod("__add__", func(t *Thread, tup *Tuple, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("tuple.__add__", "__add__", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		o, ok := asTuple(args[0])
		if !ok {
			// tupleconcat (sq_concat) raises itself, as list.__add__.
			return nil, Errorf(TypeErrorType, "can only concatenate tuple (not \"%s\") to tuple", TypeOf(args[0]).name)
		}
		if len(o.items) == 0 {
			if _, exact := self.(*Tuple); exact {
				return tup, nil
			}
		}
		if len(tup.items) == 0 {
			if _, exact := args[0].(*Tuple); exact {
				return o, nil
			}
		}
		out := make([]Object, len(tup.items)+len(o.items))
		copy(out, tup.items)
		copy(out[len(tup.items):], o.items)
		return NewTuple(out...), nil
	})
	mul := func(t *Thread, tup *Tuple, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("tuple.__mul__", "__mul__", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		n, ok, exc := repeatCount(t, args[0])
		if exc != nil || !ok {
			if exc != nil {
				return nil, exc
			}
			return repeatNotInt(args[0])
		}
		if n == 1 {
			if _, exact := self.(*Tuple); exact {
				return tup, nil
			}
		}
		out, exc := listRepeat(tup.items, n)
		if exc != nil {
			return nil, exc
		}
		return NewTuple(out...), nil
	}
	tupleMethod("__mul__", mul)
	tupleMethod("__rmul__", mul)
	tupleMethod("index", func(t *Thread, tup *Tuple, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("tuple.index", "index", args, kw, 1, 3); exc != nil {
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
		n := len(tup.items)
		if start < 0 {
			start += n
			if start < 0 {
				start = 0
			}
		}
		if stop < 0 {
			stop += n
		}
		i, exc := tupleFind(t, tup.items, args[0], start, stop)
		if exc != nil {
			return nil, exc
		}
		if i < 0 {
			return nil, NewError(ValueErrorType, "tuple.index(x): x not in tuple")
		}
		return MakeInt(int64(i)), nil
	})
	tupleMethod("count", func(t *Thread, tup *Tuple, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("tuple.count", "count", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		n := 0
		for _, it := range tup.items {
			eq, ok := quickEq(it, args[0])
			if !ok {
				var exc *BaseException
				if eq, exc = richEq(t, it, args[0]); exc != nil {
					return nil, exc
				}
			}
			if eq {
				n++
			}
		}
		return MakeInt(int64(n)), nil
	})
	tupleMethod("__getnewargs__", func(t *Thread, tup *Tuple, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("tuple.__getnewargs__", "__getnewargs__", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		return NewTuple(NewTuple(append([]Object(nil), tup.items...)...)), nil
	})
	for op := CmpLT; op <= CmpGE; op++ {
		op := op
		name := cmpNames[op].s
		tupleMethod(name, func(t *Thread, tup *Tuple, self Object, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := methArgs("tuple."+name, name, args, kw, 1, 1); exc != nil {
				return nil, exc
			}
			o, ok := asTuple(args[0])
			if !ok {
				return NotImplemented, nil
			}
			return seqCompare(t, op, tup.items, o.items)
		})
	}
	DefClassMethod(TupleType, "__class_getitem__", classGetItem)
}
