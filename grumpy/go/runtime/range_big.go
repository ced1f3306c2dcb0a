package runtime

import (
	"math"
	"math/big"
	"sync"
)

// bigRange holds a range whose bounds or length do not fit the fast form
// (CPython's range takes arbitrary ints; only len() of a huge range
// overflows).
type bigRange struct {
	start, stop, step *big.Int
}

var bigOne = big.NewInt(1)

func (b *bigRange) length() *big.Int {
	n := new(big.Int)
	if b.step.Sign() > 0 {
		if b.stop.Cmp(b.start) <= 0 {
			return n
		}
		n.Sub(b.stop, b.start)
		n.Add(n, b.step)
		n.Sub(n, bigOne)
		return n.Quo(n, b.step)
	}
	if b.stop.Cmp(b.start) >= 0 {
		return n
	}
	neg := new(big.Int).Neg(b.step)
	n.Sub(b.start, b.stop)
	n.Add(n, neg)
	n.Sub(n, bigOne)
	return n.Quo(n, neg)
}

// newRangeFromArgs builds a range from index values of any size.
func newRangeFromArgs(start, stop, step Object) *Range {
	if a, ok := start.(Int); ok {
		if b, ok := stop.(Int); ok {
			if c, ok := step.(Int); ok && rangeFast(int64(a), int64(b), int64(c)) {
				return &Range{start: int64(a), stop: int64(b), step: int64(c)}
			}
		}
	}
	return newRangeBig(toBig(start), toBig(stop), toBig(step))
}

// newRangeBig builds a range from big bounds (copied), in the fast form
// when it fits.
func newRangeBig(start, stop, step *big.Int) *Range {
	if start.IsInt64() && stop.IsInt64() && step.IsInt64() && rangeFast(start.Int64(), stop.Int64(), step.Int64()) {
		return &Range{start: start.Int64(), stop: stop.Int64(), step: step.Int64()}
	}
	return &Range{big: &bigRange{start: new(big.Int).Set(start), stop: new(big.Int).Set(stop), step: new(big.Int).Set(step)}}
}

// bigs returns the bounds as big.Ints (not to be modified).
func (r *Range) bigs() (start, stop, step *big.Int) {
	if r.big != nil {
		return r.big.start, r.big.stop, r.big.step
	}
	return big.NewInt(r.start), big.NewInt(r.stop), big.NewInt(r.step)
}

// bigLen is the length of any range.
func (r *Range) bigLen() *big.Int {
	if r.big != nil {
		return r.big.length()
	}
	return big.NewInt(r.length())
}

// iter is iter(r): a range_iterator or a longrange_iterator.
func (r *Range) iter() Iterator {
	if r.big == nil {
		return &rangeIter{cur: r.start, step: r.step, n: r.length()}
	}
	return &longRangeIter{cur: new(big.Int).Set(r.big.start), step: r.big.step, n: r.big.length()}
}

// reversed is reversed(r).
func (r *Range) reversed() Iterator {
	if r.big == nil {
		n := r.length()
		if n == 0 {
			return &rangeIter{cur: r.start, step: 1}
		}
		if r.step != math.MinInt64 { // -step does not overflow
			return &rangeIter{cur: r.start + (n-1)*r.step, step: -r.step, n: n}
		}
	}
	start, _, step := r.bigs()
	n := r.bigLen()
	last := new(big.Int)
	if n.Sign() > 0 {
		last.Sub(n, bigOne)
		last.Mul(last, step)
	}
	last.Add(last, start)
	return &longRangeIter{cur: last, step: new(big.Int).Neg(step), n: n}
}

// longRangeIter is CPython's longrange_iterator.
type longRangeIter struct {
	mu           sync.Mutex
	cur, step, n *big.Int
	idx          *big.Int // items already produced (nil: none)
}

var longRangeIterType = finalType(newBuiltinType("longrange_iterator", ObjectType))

func (*longRangeIter) Type() *Type { return longRangeIterType }

func (it *longRangeIter) next(t *Thread) (Object, *BaseException) {
	it.mu.Lock()
	defer it.mu.Unlock()
	if it.n.Sign() <= 0 {
		return nil, nil
	}
	v := NewBigInt(it.cur)
	it.cur = new(big.Int).Add(it.cur, it.step)
	it.n = new(big.Int).Sub(it.n, bigOne)
	if it.idx == nil {
		it.idx = new(big.Int)
	}
	it.idx = new(big.Int).Add(it.idx, bigOne)
	return v, nil
}

func init() { defIterMethods(longRangeIterType) }

// iterState returns (start, step, length, index) of either range iterator:
// the range it walks and how far it got.
func rangeIterState(o Object) (start, step, length, index *big.Int, ok bool) {
	switch it := o.(type) {
	case *rangeIter:
		it.mu.Lock()
		defer it.mu.Unlock()
		index = big.NewInt(it.idx)
		step = big.NewInt(it.step)
		start = new(big.Int).Mul(index, step)
		start.Sub(big.NewInt(it.cur), start)
		length = new(big.Int).Add(big.NewInt(it.n), index)
		return start, step, length, index, true
	case *longRangeIter:
		it.mu.Lock()
		defer it.mu.Unlock()
		index = new(big.Int)
		if it.idx != nil {
			index.Set(it.idx)
		}
		step = new(big.Int).Set(it.step)
		start = new(big.Int).Mul(index, step)
		start.Sub(it.cur, start)
		n := it.n
		if n.Sign() < 0 {
			n = new(big.Int)
		}
		length = new(big.Int).Add(n, index)
		return start, step, length, index, true
	}
	return nil, nil, nil, nil, false
}

// initRangeIterPickle gives both range iterators __reduce__ (iter, (range,),
// index) and __setstate__(index), as CPython 3.11.
func initRangeIterPickle() {
	for _, typ := range []*Type{rangeIterType, longRangeIterType} {
		typ := typ
		DefMethod(typ, "__reduce__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			start, step, length, index, ok := rangeIterState(args[0])
			if !ok {
				return nil, descrSelfError("__reduce__", typ, args)
			}
			stop := new(big.Int).Mul(length, step)
			stop.Add(stop, start)
			return NewTuple(Builtins.GetStr("iter"), NewTuple(newRangeBig(start, stop, step)), NewBigInt(index)), nil
		})
		DefMethod(typ, "__setstate__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := methArgs(typ.name+".__setstate__", "__setstate__", args[1:], kw, 1, 1); exc != nil {
				return nil, exc
			}
			v, exc := Index(t, args[1])
			if exc != nil {
				return nil, exc
			}
			start, step, length, _, ok := rangeIterState(args[0])
			if !ok {
				return nil, descrSelfError("__setstate__", typ, args)
			}
			idx := new(big.Int).Set(toBig(v))
			if idx.Sign() < 0 {
				idx.SetInt64(0)
			} else if idx.Cmp(length) > 0 {
				idx.Set(length)
			}
			cur := new(big.Int).Mul(idx, step)
			cur.Add(cur, start)
			rem := new(big.Int).Sub(length, idx)
			switch it := args[0].(type) {
			case *rangeIter:
				if !idx.IsInt64() {
					return nil, NewError(OverflowErrorType, "Python int too large to convert to C ssize_t")
				}
				it.mu.Lock()
				it.cur, it.n, it.idx = cur.Int64(), rem.Int64(), idx.Int64()
				it.mu.Unlock()
			case *longRangeIter:
				it.mu.Lock()
				it.cur, it.n, it.idx = cur, rem, idx
				it.mu.Unlock()
			}
			return None, nil
		})
	}
}
