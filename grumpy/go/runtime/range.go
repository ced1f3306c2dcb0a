package runtime

import (
	"math/big"
	"sync"
)

// Range is a range object over machine ints. Ranges whose bounds do not fit
// in int64 are rejected with OverflowError for now.
// TODO(range): big bounds, as CPython's range supports them.
type Range struct {
	start, stop, step int64
	big               *bigRange // bounds beyond int64 (range_big.go)
}

// RangeType is `range`.
var RangeType = finalType(newBuiltinType("range", ObjectType))

// Type implements Object.
func (*Range) Type() *Type { return RangeType }

func (r *Range) length() int64 {
	if r.step > 0 {
		if r.stop > r.start {
			return (r.stop - r.start + r.step - 1) / r.step
		}
		return 0
	}
	if r.stop < r.start {
		return (r.start - r.stop - r.step - 1) / -r.step
	}
	return 0
}

type rangeIter struct {
	mu        sync.Mutex
	cur, step int64
	n         int64
}

var rangeIterType = finalType(newBuiltinType("range_iterator", ObjectType))

func (*rangeIter) Type() *Type { return rangeIterType }

func (it *rangeIter) next(t *Thread) (Object, *BaseException) {
	it.mu.Lock()
	if it.n <= 0 {
		it.mu.Unlock()
		return nil, nil
	}
	v := it.cur
	it.cur += it.step
	it.n--
	it.mu.Unlock()
	return MakeInt(v), nil
}

// rangeArgs reads range()'s arguments as ints of any size.
func rangeArgs(t *Thread, args []Object) (Object, Object, Object, *BaseException) {
	vals := make([]Object, len(args))
	for i, a := range args {
		v, exc := Index(t, a)
		if exc != nil {
			return nil, nil, nil, exc
		}
		vals[i] = v
	}
	switch len(vals) {
	case 1:
		return MakeInt(0), vals[0], MakeInt(1), nil
	case 2:
		return vals[0], vals[1], MakeInt(1), nil
	}
	if intSign(vals[2]) == 0 {
		return nil, nil, nil, NewError(ValueErrorType, "range() arg 3 must not be zero")
	}
	return vals[0], vals[1], vals[2], nil
}

func rangeArg(t *Thread, o Object) (int64, *BaseException) {
	i, exc := Index(t, o)
	if exc != nil {
		return 0, exc
	}
	if v, ok := i.(Int); ok {
		return int64(v), nil
	}
	_ = big.NewInt
	return 0, NewError(OverflowErrorType, "Python int too large to convert to C ssize_t")
}

func init() {
	Builtins.SetStr("range", RangeType)
	DefStatic(RangeType, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := NoKwargs("range", kw); exc != nil {
			return nil, exc
		}
		args = args[1:]
		if len(args) >= 1 && len(args) <= 3 {
			start, stop, step, exc := rangeArgs(t, args)
			if exc != nil {
				return nil, exc
			}
			return newRangeFromArgs(start, stop, step), nil
		}
		r := &Range{step: 1}
		var exc *BaseException
		switch len(args) {
		case 1:
			r.stop, exc = rangeArg(t, args[0])
		case 2, 3:
			if r.start, exc = rangeArg(t, args[0]); exc != nil {
				return nil, exc
			}
			if r.stop, exc = rangeArg(t, args[1]); exc != nil {
				return nil, exc
			}
			if len(args) == 3 {
				if r.step, exc = rangeArg(t, args[2]); exc != nil {
					return nil, exc
				}
				if r.step == 0 {
					return nil, NewError(ValueErrorType, "range() arg 3 must not be zero")
				}
			}
		case 0:
			return nil, NewError(TypeErrorType, "range expected at least 1 argument, got 0")
		default:
			return nil, Errorf(TypeErrorType, "range expected at most 3 arguments, got %d", len(args))
		}
		return r, exc
	})
	DefMethod(RangeType, "__iter__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		r, exc := rangeSelf(args, "__iter__")
		if exc != nil {
			return nil, exc
		}
		return &rangeIter{cur: r.start, step: r.step, n: r.length()}, nil
	})
	DefMethod(RangeType, "__len__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		r, exc := rangeSelf(args, "__len__")
		if exc != nil {
			return nil, exc
		}
		return MakeInt(r.length()), nil
	})
	DefMethod(RangeType, "__repr__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		r, exc := rangeSelf(args, "__repr__")
		if exc != nil {
			return nil, exc
		}
		if r.step == 1 {
			return NewStr(sprintf("range(%d, %d)", r.start, r.stop)), nil
		}
		return NewStr(sprintf("range(%d, %d, %d)", r.start, r.stop, r.step)), nil
	})
	DefMethod(RangeType, "__getitem__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		r, exc := rangeSelf(args, "__getitem__")
		if exc != nil {
			return nil, exc
		}
		n := r.length()
		if sl, ok := args[1].(*Slice); ok {
			start, stop, step, exc := sl.Indices(t, int(n))
			if exc != nil {
				return nil, exc
			}
			return &Range{start: r.start + int64(start)*r.step, stop: r.start + int64(stop)*r.step, step: r.step * int64(step)}, nil
		}
		i, exc := seqIndex(t, args[1], "range")
		if exc != nil {
			return nil, exc
		}
		if i < 0 {
			i += int(n)
		}
		if i < 0 || int64(i) >= n {
			return nil, NewError(IndexErrorType, "range object index out of range")
		}
		return MakeInt(r.start + int64(i)*r.step), nil
	})
	DefMethod(RangeType, "__contains__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		r, exc := rangeSelf(args, "__contains__")
		if exc != nil {
			return nil, exc
		}
		v, ok := args[1].(Int)
		if !ok {
			found := false
			exc := ForEach(t, r, func(x Object) (bool, *BaseException) {
				eq, exc := Eq(t, x, args[1])
				if exc != nil {
					return false, exc
				}
				found, exc = IsTrue(t, eq)
				return !found, exc
			})
			return Bool(found), exc
		}
		x := int64(v)
		if r.step > 0 {
			if x < r.start || x >= r.stop {
				return False, nil
			}
		} else if x > r.start || x <= r.stop {
			return False, nil
		}
		return Bool((x-r.start)%r.step == 0), nil
	})
	for _, name := range []string{"start", "stop", "step"} {
		name := name
		defReadonly(RangeType, name, func(self Object) (Object, *BaseException) {
			r, exc := rangeSelf([]Object{self}, name)
			if exc != nil {
				return nil, exc
			}
			switch name {
			case "start":
				return MakeInt(r.start), nil
			case "stop":
				return MakeInt(r.stop), nil
			}
			return MakeInt(r.step), nil
		})
	}
	defIterMethods(rangeIterType)
	initRangeMethods()
	wrapBigRangeMethods()
}

// wrapBigRangeMethods routes the methods that support huge ranges to
// range_big.go before the int64 implementations run.
func wrapBigRangeMethods() {
	for _, name := range []string{"__iter__", "__len__", "__bool__", "__repr__", "__contains__", "__getitem__"} {
		name := name
		orig := RangeType.dict.GetStr(name).(*Builtin)
		DefMethod(RangeType, name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if len(args) > 0 {
				if r, ok := args[0].(*Range); ok && r.big != nil {
					if v, handled, exc := bigRangeMethod(t, r, name, args); handled {
						return v, exc
					}
				}
			}
			return orig.fn(t, args, kw)
		})
	}
	for _, name := range []string{"start", "stop", "step"} {
		name := name
		orig := RangeType.dict.GetStr(name).(*getSetDescr)
		defMember(RangeType, name, func(t *Thread, o Object) (Object, *BaseException) {
			if r, ok := o.(*Range); ok && r.big != nil {
				v, _, exc := bigRangeMethod(t, r, name, []Object{o})
				return v, exc
			}
			return orig.get(t, o)
		})
	}
}

func rangeSelf(args []Object, name string) (*Range, *BaseException) {
	if len(args) > 0 {
		if r, ok := args[0].(*Range); ok {
			if r.big != nil {
				return nil, NewError(OverflowErrorType, "Python int too large to convert to C ssize_t")
			}
			return r, nil
		}
	}
	return nil, descrSelfError(name, RangeType, args)
}

// rangeIndexOf returns the position of v in r, or -1; ok is false when v
// is not an exact int (the generic == search is needed then).
func rangeIndexOf(r *Range, v Object) (int64, bool) {
	var x int64
	switch i := v.(type) {
	case Int:
		x = int64(i)
	case Bool:
		if i {
			x = 1
		}
	case *BigInt:
		return -1, true
	default:
		return -1, false
	}
	if r.step > 0 {
		if x < r.start || x >= r.stop {
			return -1, true
		}
	} else if x > r.start || x <= r.stop {
		return -1, true
	}
	if (x-r.start)%r.step != 0 {
		return -1, true
	}
	return (x - r.start) / r.step, true
}

func rangeEqual(a, b *Range) bool {
	if a == b {
		return true
	}
	n := a.length()
	if n != b.length() {
		return false
	}
	if n == 0 {
		return true
	}
	if a.start != b.start {
		return false
	}
	return n == 1 || a.step == b.step
}

func initRangeMethods() {
	DefMethod(RangeType, "__reversed__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		r, exc := rangeSelf(args, "__reversed__")
		if exc != nil {
			return nil, exc
		}
		n := r.length()
		return &rangeIter{cur: r.start + (n-1)*r.step, step: -r.step, n: n}, nil
	})
	DefMethod(RangeType, "__bool__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		r, exc := rangeSelf(args, "__bool__")
		if exc != nil {
			return nil, exc
		}
		return Bool(r.length() != 0), nil
	})
	DefMethod(RangeType, "__hash__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		r, exc := rangeSelf(args, "__hash__")
		if exc != nil {
			return nil, exc
		}
		n := r.length()
		tup := NewTuple(MakeInt(n), None, None)
		if n != 0 {
			tup = NewTuple(MakeInt(n), MakeInt(r.start), None)
			if n != 1 {
				tup = NewTuple(MakeInt(n), MakeInt(r.start), MakeInt(r.step))
			}
		}
		h, exc := tupleHash(t, tup)
		if exc != nil {
			return nil, exc
		}
		return MakeInt(h), nil
	})
	for _, op := range []CmpOp{CmpEQ, CmpNE} {
		op := op
		DefMethod(RangeType, cmpNames[op].s, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			r, exc := rangeSelf(args, cmpNames[op].s)
			if exc != nil {
				return nil, exc
			}
			if exc := methArgs("range."+cmpNames[op].s, cmpNames[op].s, args[1:], kw, 1, 1); exc != nil {
				return nil, exc
			}
			o, ok := args[1].(*Range)
			if !ok {
				return NotImplemented, nil
			}
			return Bool(rangeEqual(r, o) == (op == CmpEQ)), nil
		})
	}
	DefMethod(RangeType, "count", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		r, exc := rangeSelf(args, "count")
		if exc != nil {
			return nil, exc
		}
		if exc := methArgs("range.count", "count", args[1:], kw, 1, 1); exc != nil {
			return nil, exc
		}
		if i, ok := rangeIndexOf(r, args[1]); ok {
			if i >= 0 {
				return MakeInt(1), nil
			}
			return MakeInt(0), nil
		}
		n := 0
		exc = ForEach(t, r, func(x Object) (bool, *BaseException) {
			eq, exc := richEq(t, x, args[1])
			if eq {
				n++
			}
			return exc == nil, exc
		})
		return MakeInt(int64(n)), exc
	})
	DefMethod(RangeType, "index", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		r, exc := rangeSelf(args, "index")
		if exc != nil {
			return nil, exc
		}
		if exc := methArgs("range.index", "index", args[1:], kw, 1, 1); exc != nil {
			return nil, exc
		}
		if i, ok := rangeIndexOf(r, args[1]); ok {
			if i >= 0 {
				return MakeInt(i), nil
			}
			rs, exc := Repr(t, args[1])
			if exc != nil {
				return nil, exc
			}
			return nil, Errorf(ValueErrorType, "%s is not in range", rs.s)
		}
		idx, pos := -1, 0
		exc = ForEach(t, r, func(x Object) (bool, *BaseException) {
			eq, exc := richEq(t, x, args[1])
			if exc != nil {
				return false, exc
			}
			if eq {
				idx = pos
				return false, nil
			}
			pos++
			return true, nil
		})
		if exc != nil {
			return nil, exc
		}
		if idx < 0 {
			return nil, NewError(ValueErrorType, "sequence.index(x): x not in sequence")
		}
		return MakeInt(int64(idx)), nil
	})
}
