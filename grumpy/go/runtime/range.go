package runtime

import (
	"math"
	"math/big"
	"sync"
)

// Range is a range object. Ranges whose bounds and length fit in int64 (and
// that CPython iterates with its fast range_iterator) use the int64 fields;
// the others keep big.Int bounds in big (range_big.go) and iterate with a
// longrange_iterator. Every method works on both.
type Range struct {
	start, stop, step int64
	big               *bigRange // bounds beyond the fast form (range_big.go)
}

// RangeType is `range`.
var RangeType = finalType(newBuiltinType("range", ObjectType))

// Type implements Object.
func (*Range) Type() *Type { return RangeType }

// rangeULen is CPython's get_len_of_range on machine ints (the result may
// exceed MaxInt64, which makes the range big).
func rangeULen(start, stop, step int64) uint64 {
	if step > 0 && start < stop {
		return 1 + (uint64(stop)-1-uint64(start))/uint64(step)
	}
	if step < 0 && start > stop {
		return 1 + (uint64(start)-1-uint64(stop))/(0-uint64(step))
	}
	return 0
}

// rangeFast reports whether CPython would iterate range(start, stop, step)
// with a range_iterator (range_iter's checks); such ranges are kept small.
func rangeFast(start, stop, step int64) bool {
	ulen := rangeULen(start, stop, step)
	if ulen > math.MaxInt64 {
		return false
	}
	if ulen != 0 {
		if step > 0 {
			if stop > math.MaxInt64-(step-1) {
				return false
			}
		} else if stop < math.MinInt64+(-1-step) {
			return false
		}
	}
	return true
}

// length is the length of a small range.
func (r *Range) length() int64 { return int64(rangeULen(r.start, r.stop, r.step)) }

type rangeIter struct {
	mu        sync.Mutex
	cur, step int64
	n         int64
	idx       int64 // items already produced (for __reduce__)
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
	it.idx++
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

func rangeSelf(args []Object, name string) (*Range, *BaseException) {
	if len(args) > 0 {
		if r, ok := args[0].(*Range); ok {
			return r, nil
		}
	}
	return nil, descrSelfError(name, RangeType, args)
}

func init() {
	Builtins.SetStr("range", RangeType)
	DefStatic(RangeType, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := NoKwargs("range", kw); exc != nil {
			return nil, exc
		}
		args = args[1:]
		switch {
		case len(args) == 0:
			return nil, NewError(TypeErrorType, "range expected at least 1 argument, got 0")
		case len(args) > 3:
			return nil, Errorf(TypeErrorType, "range expected at most 3 arguments, got %d", len(args))
		}
		start, stop, step, exc := rangeArgs(t, args)
		if exc != nil {
			return nil, exc
		}
		return newRangeFromArgs(start, stop, step), nil
	})
	DefMethod(RangeType, "__iter__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		r, exc := rangeSelf(args, "__iter__")
		if exc != nil {
			return nil, exc
		}
		return r.iter(), nil
	})
	DefMethod(RangeType, "__reversed__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		r, exc := rangeSelf(args, "__reversed__")
		if exc != nil {
			return nil, exc
		}
		return r.reversed(), nil
	})
	DefMethod(RangeType, "__len__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		r, exc := rangeSelf(args, "__len__")
		if exc != nil {
			return nil, exc
		}
		if r.big == nil {
			return MakeInt(r.length()), nil
		}
		n := r.big.length()
		if !n.IsInt64() {
			return nil, NewError(OverflowErrorType, "Python int too large to convert to C ssize_t")
		}
		return MakeInt(n.Int64()), nil
	})
	DefMethod(RangeType, "__bool__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		r, exc := rangeSelf(args, "__bool__")
		if exc != nil {
			return nil, exc
		}
		if r.big == nil {
			return Bool(r.length() != 0), nil
		}
		return Bool(r.big.length().Sign() > 0), nil
	})
	DefMethod(RangeType, "__repr__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		r, exc := rangeSelf(args, "__repr__")
		if exc != nil {
			return nil, exc
		}
		start, stop, step := r.bigs()
		if step.Cmp(bigOne) == 0 {
			return NewStr("range(" + start.String() + ", " + stop.String() + ")"), nil
		}
		return NewStr("range(" + start.String() + ", " + stop.String() + ", " + step.String() + ")"), nil
	})
	DefMethod(RangeType, "__reduce__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		r, exc := rangeSelf(args, "__reduce__")
		if exc != nil {
			return nil, exc
		}
		start, stop, step := r.attrs()
		return NewTuple(RangeType, NewTuple(start, stop, step)), nil
	})
	DefMethod(RangeType, "__getitem__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		r, exc := rangeSelf(args, "__getitem__")
		if exc != nil {
			return nil, exc
		}
		if exc := methArgs("range.__getitem__", "__getitem__", args[1:], kw, 1, 1); exc != nil {
			return nil, exc
		}
		return r.getItem(t, args[1])
	})
	DefMethod(RangeType, "__contains__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		r, exc := rangeSelf(args, "__contains__")
		if exc != nil {
			return nil, exc
		}
		if exc := methArgs("range.__contains__", "__contains__", args[1:], kw, 1, 1); exc != nil {
			return nil, exc
		}
		if x, ok := rangeExactInt(args[1]); ok {
			return Bool(r.indexOf(x) != nil), nil
		}
		found := false
		exc = ForEach(t, r, func(x Object) (bool, *BaseException) {
			eq, exc := richEq(t, x, args[1])
			found = eq
			return !found && exc == nil, exc
		})
		return Bool(found), exc
	})
	for _, name := range []string{"start", "stop", "step"} {
		name := name
		defReadonly(RangeType, name, func(self Object) (Object, *BaseException) {
			r, exc := rangeSelf([]Object{self}, name)
			if exc != nil {
				return nil, exc
			}
			start, stop, step := r.attrs()
			switch name {
			case "start":
				return start, nil
			case "stop":
				return stop, nil
			}
			return step, nil
		})
	}
	defIterMethods(rangeIterType)
	initRangeMethods()
	initRangeIterPickle()
}

// attrs returns start, stop and step as int objects.
func (r *Range) attrs() (Object, Object, Object) {
	if r.big == nil {
		return MakeInt(r.start), MakeInt(r.stop), MakeInt(r.step)
	}
	return NewBigInt(r.big.start), NewBigInt(r.big.stop), NewBigInt(r.big.step)
}

// rangeExactInt returns the value of an exact int or bool (the values
// range answers containment, count and index for arithmetically).
func rangeExactInt(o Object) (*big.Int, bool) {
	switch o.(type) {
	case Int, Bool, *BigInt:
		return toBig(o), true
	}
	return nil, false
}

// indexOf returns the position of x in r, or nil.
func (r *Range) indexOf(x *big.Int) *big.Int {
	if r.big == nil && x.IsInt64() {
		v := x.Int64()
		if r.step > 0 {
			if v < r.start || v >= r.stop {
				return nil
			}
		} else if v > r.start || v <= r.stop {
			return nil
		}
		// start <= v < stop (or the reverse) and the length fits: the
		// distance fits in uint64.
		var d uint64
		if r.step > 0 {
			d = (uint64(v) - uint64(r.start)) / uint64(r.step)
			if uint64(v)-uint64(r.start) != d*uint64(r.step) {
				return nil
			}
		} else {
			d = (uint64(r.start) - uint64(v)) / (0 - uint64(r.step))
			if uint64(r.start)-uint64(v) != d*(0-uint64(r.step)) {
				return nil
			}
		}
		return new(big.Int).SetUint64(d)
	}
	start, stop, step := r.bigs()
	if step.Sign() > 0 && (x.Cmp(start) < 0 || x.Cmp(stop) >= 0) || step.Sign() < 0 && (x.Cmp(start) > 0 || x.Cmp(stop) <= 0) {
		return nil
	}
	d := new(big.Int).Sub(x, start)
	q, m := new(big.Int).QuoRem(d, step, new(big.Int))
	if m.Sign() != 0 {
		return nil
	}
	return q
}

func (r *Range) getItem(t *Thread, key Object) (Object, *BaseException) {
	if sl, ok := key.(*Slice); ok {
		start, stop, step, exc := sl.bigIndices(t, r.bigLen())
		if exc != nil {
			return nil, exc
		}
		rs, _, rstep := r.bigs()
		substart := new(big.Int).Mul(start, rstep)
		substart.Add(substart, rs)
		substop := new(big.Int).Mul(stop, rstep)
		substop.Add(substop, rs)
		return newRangeBig(substart, substop, new(big.Int).Mul(step, rstep)), nil
	}
	if i, ok := key.(Int); ok && r.big == nil {
		n := r.length()
		v := int64(i)
		if v < 0 {
			v += n
		}
		if v < 0 || v >= n {
			return nil, NewError(IndexErrorType, "range object index out of range")
		}
		return MakeInt(r.start + v*r.step), nil
	}
	i, exc := indexOrNil(t, key)
	if exc != nil {
		return nil, exc
	}
	if i == nil {
		return nil, Errorf(TypeErrorType, "range indices must be integers or slices, not %s", TypeOf(key).name)
	}
	idx := new(big.Int).Set(toBig(i))
	n := r.bigLen()
	if idx.Sign() < 0 {
		idx.Add(idx, n)
	}
	if idx.Sign() < 0 || idx.Cmp(n) >= 0 {
		return nil, NewError(IndexErrorType, "range object index out of range")
	}
	start, _, step := r.bigs()
	v := new(big.Int).Mul(idx, step)
	return NewBigInt(v.Add(v, start)), nil
}

// rangeEqual is range == range: the same sequence of values.
func rangeEqual(a, b *Range) bool {
	if a == b {
		return true
	}
	if a.big == nil && b.big == nil {
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
	n := a.bigLen()
	if n.Cmp(b.bigLen()) != 0 {
		return false
	}
	if n.Sign() == 0 {
		return true
	}
	as, _, astep := a.bigs()
	bs, _, bstep := b.bigs()
	if as.Cmp(bs) != 0 {
		return false
	}
	return n.Cmp(bigOne) == 0 || astep.Cmp(bstep) == 0
}

func initRangeMethods() {
	DefMethod(RangeType, "__hash__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		r, exc := rangeSelf(args, "__hash__")
		if exc != nil {
			return nil, exc
		}
		n := r.bigLen()
		start, _, step := r.bigs()
		tup := NewTuple(NewBigInt(n), None, None)
		if n.Sign() != 0 {
			tup = NewTuple(NewBigInt(n), NewBigInt(start), None)
			if n.Cmp(bigOne) != 0 {
				tup = NewTuple(NewBigInt(n), NewBigInt(start), NewBigInt(step))
			}
		}
		h, exc := tupleHash(t, tup)
		if exc != nil {
			return nil, exc
		}
		return MakeInt(h), nil
	})
	for _, op := range []CmpOp{CmpEQ, CmpNE, CmpLT, CmpLE, CmpGT, CmpGE} {
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
			if !ok || (op != CmpEQ && op != CmpNE) {
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
		if x, ok := rangeExactInt(args[1]); ok {
			if r.indexOf(x) != nil {
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
		if x, ok := rangeExactInt(args[1]); ok {
			if i := r.indexOf(x); i != nil {
				return NewBigInt(i), nil
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
