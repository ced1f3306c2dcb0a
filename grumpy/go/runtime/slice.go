package runtime

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

func sliceIndex(t *Thread, o Object) (int, *BaseException) {
	i, exc := indexOrNil(t, o)
	if exc != nil {
		return 0, exc
	}
	if i == nil {
		return 0, NewError(TypeErrorType, "slice indices must be integers or None or have an __index__ method")
	}
	if n, ok := i.(Int); ok {
		if n > 1<<40 {
			return 1 << 40, nil
		}
		if n < -(1 << 40) {
			return -(1 << 40), nil
		}
		return int(n), nil
	}
	if intSign(i) > 0 {
		return 1 << 40, nil
	}
	return -(1 << 40), nil
}

// Indices is slice.indices(n) as Go ints (PySlice_GetIndicesEx).
func (s *Slice) Indices(t *Thread, n int) (start, stop, step int, exc *BaseException) {
	step = 1
	if s.Step != None {
		if step, exc = sliceIndex(t, s.Step); exc != nil {
			return
		}
		if step == 0 {
			exc = NewError(ValueErrorType, "slice step cannot be zero")
			return
		}
	}
	lower, upper := 0, n
	if step < 0 {
		lower, upper = -1, n-1
	}
	clamp := func(o Object, def int) (int, *BaseException) {
		if o == None {
			return def, nil
		}
		v, exc := sliceIndex(t, o)
		if exc != nil {
			return 0, exc
		}
		if v < 0 {
			v += n
			if v < lower {
				v = lower
			}
		} else if v > upper {
			v = upper
		}
		return v, nil
	}
	if step < 0 {
		if start, exc = clamp(s.Start, upper); exc != nil {
			return
		}
		stop, exc = clamp(s.Stop, lower)
	} else {
		if start, exc = clamp(s.Start, lower); exc != nil {
			return
		}
		stop, exc = clamp(s.Stop, upper)
	}
	return
}

// sliceLen is the number of items selected.
func sliceLen(start, stop, step int) int {
	if step > 0 {
		if stop > start {
			return (stop - start + step - 1) / step
		}
		return 0
	}
	if stop < start {
		return (start - stop - step - 1) / -step
	}
	return 0
}
