package runtime

import (
	"math"
	"math/big"
)

// Slice is a slice object (start:stop:step).
type Slice struct {
	Start, Stop, Step Object
}

// SliceType is `slice`.
var SliceType = finalType(newBuiltinType("slice", ObjectType))

// Type implements Object.
func (*Slice) Type() *Type { return SliceType }

// NewSlice makes a slice; nil parts mean None.
func NewSlice(start, stop, step Object) *Slice {
	if start == nil {
		start = None
	}
	if stop == nil {
		stop = None
	}
	if step == nil {
		step = None
	}
	return &Slice{start, stop, step}
}

// sliceIndex converts a slice bound (not None) to an int clamped to the
// Go int range, as _PyEval_SliceIndex.
func sliceIndex(t *Thread, o Object) (int, *BaseException) {
	i, exc := indexOrNil(t, o)
	if exc != nil {
		return 0, exc
	}
	if i == nil {
		return 0, NewError(TypeErrorType, "slice indices must be integers or None or have an __index__ method")
	}
	if n, ok := i.(Int); ok {
		return int(n), nil
	}
	if intSign(i) > 0 {
		return math.MaxInt, nil
	}
	return math.MinInt, nil
}

// unpack is PySlice_Unpack: the raw bounds with None replaced by the
// extreme values for the step's direction. No length is involved, so the
// result can be computed before locking the sliced container.
func (s *Slice) unpack(t *Thread) (start, stop, step int, exc *BaseException) {
	step = 1
	if s.Step != None {
		if step, exc = sliceIndex(t, s.Step); exc != nil {
			return
		}
		if step == 0 {
			exc = NewError(ValueErrorType, "slice step cannot be zero")
			return
		}
		if step < -math.MaxInt {
			step = -math.MaxInt
		}
	}
	if s.Start == None {
		if step < 0 {
			start = math.MaxInt
		}
	} else if start, exc = sliceIndex(t, s.Start); exc != nil {
		return
	}
	if s.Stop == None {
		if step < 0 {
			stop = math.MinInt
		} else {
			stop = math.MaxInt
		}
	} else if stop, exc = sliceIndex(t, s.Stop); exc != nil {
		return
	}
	return
}

// sliceAdjust is PySlice_AdjustIndices: clamp unpacked bounds to a sequence
// of length n and return the number of selected items.
func sliceAdjust(n int, start, stop *int, step int) int {
	if *start < 0 {
		*start += n
		if *start < 0 {
			if step < 0 {
				*start = -1
			} else {
				*start = 0
			}
		}
	} else if *start >= n {
		if step < 0 {
			*start = n - 1
		} else {
			*start = n
		}
	}
	if *stop < 0 {
		*stop += n
		if *stop < 0 {
			if step < 0 {
				*stop = -1
			} else {
				*stop = 0
			}
		}
	} else if *stop >= n {
		if step < 0 {
			*stop = n - 1
		} else {
			*stop = n
		}
	}
	if step < 0 {
		if *stop < *start {
			return (*start-*stop-1)/(-step) + 1
		}
	} else if *start < *stop {
		return (*stop-*start-1)/step + 1
	}
	return 0
}

// Indices is slice.indices(n) as Go ints (PySlice_GetIndicesEx).
func (s *Slice) Indices(t *Thread, n int) (start, stop, step int, exc *BaseException) {
	if start, stop, step, exc = s.unpack(t); exc != nil {
		return
	}
	sliceAdjust(n, &start, &stop, step)
	return
}

// sliceLen is the number of items selected.
func sliceLen(start, stop, step int) int {
	if step > 0 {
		if stop > start {
			return (stop-start-1)/step + 1
		}
		return 0
	}
	if stop < start {
		return (start-stop-1)/-step + 1
	}
	return 0
}

func sliceSelf(args []Object, name string) (*Slice, *BaseException) {
	if len(args) > 0 {
		if s, ok := args[0].(*Slice); ok {
			return s, nil
		}
	}
	return nil, descrSelfError(name, SliceType, args)
}

func init() {
	DefStatic(SliceType, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(kw) > 0 {
			return nil, NewError(TypeErrorType, "slice() takes no keyword arguments")
		}
		args = args[1:]
		switch len(args) {
		case 0:
			return nil, NewError(TypeErrorType, "slice expected at least 1 argument, got 0")
		case 1:
			return NewSlice(nil, args[0], nil), nil
		case 2:
			return NewSlice(args[0], args[1], nil), nil
		case 3:
			return NewSlice(args[0], args[1], args[2]), nil
		}
		return nil, Errorf(TypeErrorType, "slice expected at most 3 arguments, got %d", len(args))
	})
	DefMethod(SliceType, "__repr__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		s, exc := sliceSelf(args, "__repr__")
		if exc != nil {
			return nil, exc
		}
		buf := []byte("slice(")
		for i, part := range []Object{s.Start, s.Stop, s.Step} {
			if i > 0 {
				buf = append(buf, ", "...)
			}
			r, exc := Repr(t, part)
			if exc != nil {
				return nil, exc
			}
			buf = append(buf, r.s...)
		}
		buf = append(buf, ')')
		return NewStr(string(buf)), nil
	})
	SliceType.dict.SetStr("__hash__", None)
	DefMethod(SliceType, "__reduce__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		s, exc := sliceSelf(args, "__reduce__")
		if exc != nil {
			return nil, exc
		}
		return NewTuple(SliceType, NewTuple(s.Start, s.Stop, s.Step)), nil
	})
	DefMethod(SliceType, "indices", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		s, exc := sliceSelf(args, "indices")
		if exc != nil {
			return nil, exc
		}
		if exc := methArgs("slice.indices", "indices", args[1:], kw, 1, 1); exc != nil {
			return nil, exc
		}
		lo, exc := Index(t, args[1])
		if exc != nil {
			return nil, exc
		}
		if intSign(lo) < 0 {
			return nil, NewError(ValueErrorType, "length should not be negative")
		}
		start, stop, step, exc := s.bigIndices(t, toBig(lo))
		if exc != nil {
			return nil, exc
		}
		return NewTuple(NewBigInt(start), NewBigInt(stop), NewBigInt(step)), nil
	})
	for i, name := range []string{"start", "stop", "step"} {
		i := i
		defReadonly(SliceType, name, func(self Object) (Object, *BaseException) {
			s, exc := sliceSelf([]Object{self}, name)
			if exc != nil {
				return nil, exc
			}
			return []Object{s.Start, s.Stop, s.Step}[i], nil
		})
	}
	for op := CmpLT; op <= CmpGE; op++ {
		op := op
		DefMethod(SliceType, cmpNames[op].s, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			s, exc := sliceSelf(args, cmpNames[op].s)
			if exc != nil {
				return nil, exc
			}
			if exc := methArgs("slice."+cmpNames[op].s, cmpNames[op].s, args[1:], kw, 1, 1); exc != nil {
				return nil, exc
			}
			o, ok := args[1].(*Slice)
			if !ok {
				return NotImplemented, nil
			}
			if s == o && (op == CmpEQ || op == CmpNE) {
				return Bool(op == CmpEQ), nil
			}
			return seqCompare(t, op, []Object{s.Start, s.Stop, s.Step}, []Object{o.Start, o.Stop, o.Step})
		})
	}
}

// bigIndex is a slice bound (not None) as an int of any size.
func bigIndex(t *Thread, o Object) (*big.Int, *BaseException) {
	i, exc := indexOrNil(t, o)
	if exc != nil {
		return nil, exc
	}
	if i == nil {
		return nil, NewError(TypeErrorType, "slice indices must be integers or None or have an __index__ method")
	}
	return new(big.Int).Set(toBig(i)), nil
}

// bigIndices is _PySlice_GetLongIndices: start, stop and step for a
// sequence of the given length (>= 0), as ints of any size.
func (s *Slice) bigIndices(t *Thread, length *big.Int) (start, stop, step *big.Int, exc *BaseException) {
	step = big.NewInt(1)
	if s.Step != None {
		if step, exc = bigIndex(t, s.Step); exc != nil {
			return
		}
		if step.Sign() == 0 {
			return nil, nil, nil, NewError(ValueErrorType, "slice step cannot be zero")
		}
	}
	neg := step.Sign() < 0
	lower, upper := big.NewInt(0), new(big.Int).Set(length)
	if neg {
		lower.SetInt64(-1)
		upper.Add(length, lower)
	}
	bound := func(o Object, dflt *big.Int) (*big.Int, *BaseException) {
		if o == None {
			return new(big.Int).Set(dflt), nil
		}
		v, exc := bigIndex(t, o)
		if exc != nil {
			return nil, exc
		}
		if v.Sign() < 0 {
			v.Add(v, length)
			if v.Cmp(lower) < 0 {
				v.Set(lower)
			}
		} else if v.Cmp(upper) > 0 {
			v.Set(upper)
		}
		return v, nil
	}
	if neg {
		if start, exc = bound(s.Start, upper); exc != nil {
			return
		}
		stop, exc = bound(s.Stop, lower)
	} else {
		if start, exc = bound(s.Start, lower); exc != nil {
			return
		}
		stop, exc = bound(s.Stop, upper)
	}
	return
}
