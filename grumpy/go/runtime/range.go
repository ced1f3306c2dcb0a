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
		r := args[0].(*Range)
		return &rangeIter{cur: r.start, step: r.step, n: r.length()}, nil
	})
	DefMethod(RangeType, "__len__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return MakeInt(args[0].(*Range).length()), nil
	})
	DefMethod(RangeType, "__repr__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		r := args[0].(*Range)
		if r.step == 1 {
			return NewStr(sprintf("range(%d, %d)", r.start, r.stop)), nil
		}
		return NewStr(sprintf("range(%d, %d, %d)", r.start, r.stop, r.step)), nil
	})
	DefMethod(RangeType, "__getitem__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		r := args[0].(*Range)
		n := r.length()
		if sl, ok := args[1].(*Slice); ok {
			start, stop, step, exc := sl.Indices(t, int(n))
			if exc != nil {
				return nil, exc
			}
			return &Range{start: r.start + int64(start)*r.step, stop: r.start + int64(stop)*r.step, step: r.step * int64(step)}, nil
		}
		i, exc := IndexInt(t, args[1], "range")
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
		r := args[0].(*Range)
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
		RangeType.dict.SetStr(name, &Property{fget: NewBuiltin(name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			r := args[0].(*Range)
			switch name {
			case "start":
				return MakeInt(r.start), nil
			case "stop":
				return MakeInt(r.stop), nil
			}
			return MakeInt(r.step), nil
		})})
	}
	defIterMethods(rangeIterType)
}
