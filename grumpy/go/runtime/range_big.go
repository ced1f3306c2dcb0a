package runtime

import "math/big"

// bigRange holds a range whose bounds do not fit in int64 (CPython's range
// takes arbitrary ints; only len() of a huge range overflows). Iteration,
// len, repr, bool, containment, indexing and the start/stop/step attributes
// work on it; other methods raise OverflowError.
type bigRange struct {
	start, stop, step *big.Int
}

func (b *bigRange) length() *big.Int {
	n := new(big.Int)
	if b.step.Sign() > 0 {
		if b.stop.Cmp(b.start) <= 0 {
			return n
		}
		n.Sub(b.stop, b.start)
		n.Add(n, b.step)
		n.Sub(n, big.NewInt(1))
		return n.Quo(n, b.step)
	}
	if b.stop.Cmp(b.start) >= 0 {
		return n
	}
	neg := new(big.Int).Neg(b.step)
	n.Sub(b.start, b.stop)
	n.Add(n, neg)
	n.Sub(n, big.NewInt(1))
	return n.Quo(n, neg)
}

// newRangeFromArgs builds a range from index values of any size.
func newRangeFromArgs(start, stop, step Object) *Range {
	if a, ok := start.(Int); ok {
		if b, ok := stop.(Int); ok {
			if c, ok := step.(Int); ok {
				return &Range{start: int64(a), stop: int64(b), step: int64(c)}
			}
		}
	}
	return &Range{big: &bigRange{start: new(big.Int).Set(toBig(start)), stop: new(big.Int).Set(toBig(stop)), step: new(big.Int).Set(toBig(step))}}
}

// longRangeIter is CPython's longrange_iterator.
type longRangeIter struct {
	cur, step, n *big.Int
}

var longRangeIterType = finalType(newBuiltinType("longrange_iterator", ObjectType))

func (*longRangeIter) Type() *Type { return longRangeIterType }

func (it *longRangeIter) next(t *Thread) (Object, *BaseException) {
	if it.n.Sign() <= 0 {
		return nil, nil
	}
	v := NewBigInt(it.cur)
	it.cur = new(big.Int).Add(it.cur, it.step)
	it.n = new(big.Int).Sub(it.n, big.NewInt(1))
	return v, nil
}

// bigRangeMethod answers the methods that work on a huge range; handled is
// false for the rest.
func bigRangeMethod(t *Thread, r *Range, name string, args []Object) (Object, bool, *BaseException) {
	b := r.big
	switch name {
	case "__iter__":
		return &longRangeIter{cur: new(big.Int).Set(b.start), step: b.step, n: b.length()}, true, nil
	case "__len__":
		n := b.length()
		if !n.IsInt64() {
			return nil, true, NewError(OverflowErrorType, "Python int too large to convert to C ssize_t")
		}
		return MakeInt(n.Int64()), true, nil
	case "__bool__":
		return Bool(b.length().Sign() > 0), true, nil
	case "__repr__":
		if b.step.Cmp(big.NewInt(1)) == 0 {
			return NewStr("range(" + b.start.String() + ", " + b.stop.String() + ")"), true, nil
		}
		return NewStr("range(" + b.start.String() + ", " + b.stop.String() + ", " + b.step.String() + ")"), true, nil
	case "start":
		return NewBigInt(b.start), true, nil
	case "stop":
		return NewBigInt(b.stop), true, nil
	case "step":
		return NewBigInt(b.step), true, nil
	case "__contains__":
		x := toBig(args[1])
		if x == nil {
			return False, true, nil
		}
		if b.step.Sign() > 0 && (x.Cmp(b.start) < 0 || x.Cmp(b.stop) >= 0) || b.step.Sign() < 0 && (x.Cmp(b.start) > 0 || x.Cmp(b.stop) <= 0) {
			return False, true, nil
		}
		d := new(big.Int).Sub(x, b.start)
		return Bool(new(big.Int).Rem(d, b.step).Sign() == 0), true, nil
	case "__getitem__":
		i, exc := Index(t, args[1])
		if exc != nil {
			return nil, true, exc
		}
		idx := new(big.Int).Set(toBig(i))
		n := b.length()
		if idx.Sign() < 0 {
			idx.Add(idx, n)
		}
		if idx.Sign() < 0 || idx.Cmp(n) >= 0 {
			return nil, true, NewError(IndexErrorType, "range object index out of range")
		}
		v := new(big.Int).Mul(idx, b.step)
		return NewBigInt(v.Add(v, b.start)), true, nil
	}
	return nil, false, nil
}

func init() { defIterMethods(longRangeIterType) }
