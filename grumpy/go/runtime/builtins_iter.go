package runtime

import (
	"math"
	"sync"
)

// The iteration builtins: sorted, reversed, enumerate, zip, map, filter,
// min, max, sum, any, all. enumerate/zip/map/filter/reversed are types, as
// in CPython.

var (
	// EnumerateType is `enumerate`.
	EnumerateType = newBuiltinType("enumerate", ObjectType).solidType()
	// ZipType is `zip`.
	ZipType = newBuiltinType("zip", ObjectType).solidType()
	// MapType is `map`.
	MapType = newBuiltinType("map", ObjectType).solidType()
	// FilterType is `filter`.
	FilterType = newBuiltinType("filter", ObjectType).solidType()
	// ReversedType is `reversed`.
	ReversedType = newBuiltinType("reversed", ObjectType).solidType()
)

// defSubclassableIter gives a builtin iterator type whose instances may be
// subclass instances (Instance wrapping the Go iterator) __iter__ and
// __next__, with CPython's slot-wrapper messages.
func defSubclassableIter(typ *Type) {
	self := func(name string, args []Object) (Object, *BaseException) {
		if len(args) == 0 {
			return nil, Errorf(TypeErrorType, "descriptor '%s' of '%s' object needs an argument", name, typ.name)
		}
		if !TypeOf(args[0]).IsSubtype(typ) {
			return nil, Errorf(TypeErrorType, "descriptor '%s' requires a '%s' object but received a '%s'", name, typ.name, TypeOf(args[0]).name)
		}
		if len(args) != 1 {
			return nil, Errorf(TypeErrorType, "expected 0 arguments, got %d", len(args)-1)
		}
		return args[0], nil
	}
	DefMethod(typ, "__iter__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return self("__iter__", args)
	})
	DefMethod(typ, "__next__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		o, exc := self("__next__", args)
		if exc != nil {
			return nil, exc
		}
		it, ok := Unwrap(o).(Iterator)
		if !ok {
			return nil, Errorf(TypeErrorType, "descriptor '__next__' requires a '%s' object but received a '%s'", typ.name, TypeOf(o).name)
		}
		v, exc := it.next(t)
		if v == nil && exc == nil {
			return nil, NewException(StopIterationType)
		}
		return v, exc
	})
}

// iterTypeNew checks the class a builtin iterator type's __new__ received
// (args[0]) and strips keyword arguments a subclass with its own __init__
// may pass (CPython accepts them there and ignores them in __new__).
// noKw is the "f() takes no keyword arguments" check of the exact type.
func iterTypeNew(args []Object, kw []*Str, exact *Type, noKw bool) (*Type, []Object, []*Str, *BaseException) {
	cls, exc := nativeNewArgs(args, exact)
	if exc != nil {
		return nil, nil, nil, exc
	}
	if noKw && len(kw) > 0 {
		if cls == exact || cls.lookup(strInit) == objectInit {
			return nil, nil, nil, Errorf(TypeErrorType, "%s() takes no keyword arguments", exact.name)
		}
		args = args[:len(args)-len(kw)]
		kw = nil
	}
	return cls, args, kw, nil
}

type enumerateIter struct {
	mu    sync.Mutex
	it    Object
	count Object // next index (Int or *BigInt)
}

func (*enumerateIter) Type() *Type { return EnumerateType }

func (e *enumerateIter) next(t *Thread) (Object, *BaseException) {
	v, exc := Next(t, e.it)
	if v == nil || exc != nil {
		return nil, exc
	}
	return NewTuple(e.advance(), v), nil
}

// advance returns the current index and moves to the next.
func (e *enumerateIter) advance() Object {
	e.mu.Lock()
	i := e.count
	if n, ok := i.(Int); ok && n < math.MaxInt64 {
		e.count = MakeInt(int64(n) + 1)
	} else {
		e.count = intAdd(i, Int(1))
	}
	e.mu.Unlock()
	return i
}

type zipIter struct {
	its    []Object
	strict bool
}

func (*zipIter) Type() *Type { return ZipType }

func (z *zipIter) next(t *Thread) (Object, *BaseException) {
	if len(z.its) == 0 {
		return nil, nil
	}
	items := make([]Object, len(z.its))
	for i, it := range z.its {
		v, exc := Next(t, it)
		if exc != nil {
			return nil, exc
		}
		if v == nil {
			if !z.strict {
				return nil, nil
			}
			return nil, z.strictCheck(t, i)
		}
		items[i] = v
	}
	return NewTuple(items...), nil
}

// strictCheck runs when iterator i is exhausted under strict=True.
func (z *zipIter) strictCheck(t *Thread, i int) *BaseException {
	plural := func(i int) string {
		if i == 1 {
			return " "
		}
		return "s 1-"
	}
	if i > 0 {
		return Errorf(ValueErrorType, "zip() argument %d is shorter than argument%s%d", i+1, plural(i), i)
	}
	for j := 1; j < len(z.its); j++ {
		v, exc := Next(t, z.its[j])
		if exc != nil {
			return exc
		}
		if v != nil {
			return Errorf(ValueErrorType, "zip() argument %d is longer than argument%s%d", j+1, plural(j), j)
		}
	}
	return nil
}

type mapIter struct {
	fn  Object
	its []Object
}

func (*mapIter) Type() *Type { return MapType }

func (m *mapIter) next(t *Thread) (Object, *BaseException) {
	if len(m.its) == 1 {
		v, exc := Next(t, m.its[0])
		if v == nil || exc != nil {
			return nil, exc
		}
		return Call1(t, m.fn, v)
	}
	args := make([]Object, len(m.its))
	for i, it := range m.its {
		v, exc := Next(t, it)
		if v == nil || exc != nil {
			return nil, exc
		}
		args[i] = v
	}
	return Call(t, m.fn, args, nil)
}

type filterIter struct {
	fn Object // nil: truth of the item itself
	it Object
}

func (*filterIter) Type() *Type { return FilterType }

func (f *filterIter) next(t *Thread) (Object, *BaseException) {
	for {
		v, exc := Next(t, f.it)
		if v == nil || exc != nil {
			return nil, exc
		}
		test := v
		if f.fn != nil && f.fn != Object(BoolType) {
			if test, exc = Call1(t, f.fn, v); exc != nil {
				return nil, exc
			}
		}
		ok, exc := IsTrue(t, test)
		if exc != nil {
			return nil, exc
		}
		if ok {
			return v, nil
		}
	}
}

// reversedIter is the reversed object over a sequence (__len__ and
// __getitem__), for types without __reversed__.
type reversedIter struct {
	mu  sync.Mutex
	seq Object // nil once exhausted
	idx int
}

func (*reversedIter) Type() *Type { return ReversedType }

func (r *reversedIter) next(t *Thread) (Object, *BaseException) {
	r.mu.Lock()
	seq, i := r.seq, r.idx
	if seq == nil || i < 0 {
		r.seq = nil
		r.mu.Unlock()
		return nil, nil
	}
	r.idx--
	r.mu.Unlock()
	v, exc := GetItem(t, seq, MakeInt(int64(i)))
	if exc != nil {
		if exc.IsInstanceOf(IndexErrorType) || exc.IsInstanceOf(StopIterationType) {
			r.mu.Lock()
			r.seq = nil
			r.mu.Unlock()
			return nil, nil
		}
		return nil, exc
	}
	return v, nil
}

var strReversed = InternStr("__reversed__")

// Reversed is reversed(o).
func Reversed(t *Thread, o Object) (Object, *BaseException) {
	switch v := o.(type) {
	case *List:
		if v.hdr.typ == nil {
			return &listReverseIter{l: v, idx: v.Len() - 1}, nil
		}
	case *Range:
		if v.big == nil {
			n := v.length()
			return &rangeIter{cur: v.start + (n-1)*v.step, step: -v.step, n: n}, nil
		}
	case *Tuple:
		return &reversedIter{seq: v, idx: len(v.items) - 1}, nil
	}
	typ := TypeOf(o)
	if f := typ.lookup(strReversed); f != nil {
		if f == None {
			return nil, Errorf(TypeErrorType, "'%s' object is not reversible", typ.name)
		}
		return callUnaryDunder(t, f, o)
	}
	// PySequence_Check: __getitem__ and not a dict.
	if _, isDict := o.(*Dict); isDict || typ.lookup(strGetitem) == nil {
		return nil, Errorf(TypeErrorType, "'%s' object is not reversible", typ.name)
	}
	n, exc := Len(t, o)
	if exc != nil {
		return nil, exc
	}
	return &reversedIter{seq: o, idx: n - 1}, nil
}

// Sorted is sorted(iterable, key=key, reverse=reverse).
func Sorted(t *Thread, iterable, key Object, reverse bool) (*List, *BaseException) {
	items, exc := ToSlice(t, iterable)
	if exc != nil {
		return nil, exc
	}
	if _, shared := iterable.(*Tuple); shared {
		items = append([]Object(nil), items...)
	}
	l := NewList(items...)
	if key == None {
		key = nil
	}
	return l, listSort(t, l, key, reverse)
}

// minMax is min() and max(): op is CmpLT or CmpGT.
func minMax(t *Thread, name string, op CmpOp, args []Object, kw []*Str) (Object, *BaseException) {
	if len(args) == len(kw) {
		return nil, Errorf(TypeErrorType, "%s expected at least 1 argument, got 0", name)
	}
	pos, opts, exc := kwOnlyArgs(name, args, kw, []string{"key", "default"})
	if exc != nil {
		return nil, exc
	}
	key, def := opts[0], opts[1]
	if key == None {
		key = nil
	}
	var src Object
	if len(pos) > 1 {
		if def != nil {
			return nil, Errorf(TypeErrorType, "Cannot specify a default for %s() with multiple positional arguments", name)
		}
		src = NewTuple(pos...)
	} else {
		src = pos[0]
	}
	var bestItem, bestVal Object
	exc = ForEach(t, src, func(item Object) (bool, *BaseException) {
		val := item
		if key != nil {
			var exc *BaseException
			if val, exc = Call1(t, key, item); exc != nil {
				return false, exc
			}
		}
		if bestVal == nil {
			bestItem, bestVal = item, val
			return true, nil
		}
		better, exc := CompareBool(t, op, val, bestVal)
		if exc != nil {
			return false, exc
		}
		if better {
			bestItem, bestVal = item, val
		}
		return true, nil
	})
	if exc != nil {
		return nil, exc
	}
	if bestVal == nil {
		if def != nil {
			return def, nil
		}
		return nil, Errorf(ValueErrorType, "%s() arg is an empty sequence", name)
	}
	return bestItem, nil
}

// Sum is sum(iterable, start).
func Sum(t *Thread, iterable, start Object) (Object, *BaseException) {
	it, exc := Iter(t, iterable)
	if exc != nil {
		return nil, exc
	}
	result := start
	if result == nil {
		result = MakeInt(0)
	} else {
		switch result.(type) {
		case *Str:
			return nil, NewError(TypeErrorType, "sum() can't sum strings [use ''.join(seq) instead]")
		case *Bytes:
			return nil, NewError(TypeErrorType, "sum() can't sum bytes [use b''.join(seq) instead]")
		}
		if TypeOf(result).name == "bytearray" && TypeOf(result).builtin {
			return nil, NewError(TypeErrorType, "sum() can't sum bytearray [use b''.join(seq) instead]")
		}
	}
	// Machine-int fast path.
	if acc, ok := result.(Int); ok {
		i := int64(acc)
		result = nil
		for result == nil {
			item, exc := Next(t, it)
			if exc != nil {
				return nil, exc
			}
			if item == nil {
				return MakeInt(i), nil
			}
			var b int64
			isInt := true
			switch v := item.(type) {
			case Int:
				b = int64(v)
			case Bool:
				if v {
					b = 1
				}
			default:
				isInt = false
			}
			if isInt && ((i >= 0 && b <= math.MaxInt64-i) || (i < 0 && b >= math.MinInt64-i)) {
				i += b
				continue
			}
			if result, exc = Add(t, MakeInt(i), item); exc != nil {
				return nil, exc
			}
		}
	}
	// Float fast path.
	if acc, ok := result.(Float); ok {
		f := float64(acc)
		result = nil
		for result == nil {
			item, exc := Next(t, it)
			if exc != nil {
				return nil, exc
			}
			if item == nil {
				return Float(f), nil
			}
			switch v := item.(type) {
			case Float:
				f += float64(v)
				continue
			case Int:
				f += float64(v)
				continue
			case Bool:
				if v {
					f++
				}
				continue
			}
			if result, exc = Add(t, Float(f), item); exc != nil {
				return nil, exc
			}
		}
	}
	for {
		item, exc := Next(t, it)
		if exc != nil {
			return nil, exc
		}
		if item == nil {
			return result, nil
		}
		if result, exc = Add(t, result, item); exc != nil {
			return nil, exc
		}
	}
}

func anyAll(t *Thread, name string, args []Object, kw []*Str, want bool) (Object, *BaseException) {
	if len(kw) > 0 {
		return nil, Errorf(TypeErrorType, "%s() takes no keyword arguments", name)
	}
	if len(args) != 1 {
		return nil, Errorf(TypeErrorType, "%s() takes exactly one argument (%d given)", name, len(args))
	}
	result := !want
	exc := ForEach(t, args[0], func(x Object) (bool, *BaseException) {
		b, exc := IsTrue(t, x)
		if exc != nil {
			return false, exc
		}
		if b == want {
			result = want
			return false, nil
		}
		return true, nil
	})
	return Bool(result), exc
}

func init() {
	for _, typ := range []*Type{EnumerateType, ZipType, MapType, FilterType, ReversedType} {
		Builtins.SetStr(typ.name, typ)
		defSubclassableIter(typ)
	}
	DefStatic(EnumerateType, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		cls, args, kw, exc := iterTypeNew(args, kw, EnumerateType, false)
		if exc != nil {
			return nil, exc
		}
		args = args[1:]
		npos := len(args) - len(kw)
		if len(args) > 2 {
			return nil, Errorf(TypeErrorType, "enumerate() takes at most 2 arguments (%d given)", len(args))
		}
		var iterable, start Object
		if npos > 0 {
			iterable = args[0]
		}
		if npos > 1 {
			start = args[1]
		}
		for i, k := range kw {
			v := args[npos+i]
			switch {
			case k.s == "iterable" && iterable == nil:
				iterable = v
			case k.s == "start" && start == nil:
				start = v
			case k.s == "iterable" || k.s == "start":
				pos := 1
				if k.s == "start" {
					pos = 2
				}
				return nil, Errorf(TypeErrorType, "argument for enumerate() given by name ('%s') and position (%d)", k.s, pos)
			default:
				return nil, Errorf(TypeErrorType, "'%s' is an invalid keyword argument for enumerate()", k.s)
			}
		}
		if iterable == nil {
			return nil, NewError(TypeErrorType, "enumerate() missing required argument 'iterable'")
		}
		it, exc := Iter(t, iterable)
		if exc != nil {
			return nil, exc
		}
		var count Object = MakeInt(0)
		if start != nil {
			if count, exc = Index(t, start); exc != nil {
				return nil, exc
			}
			if b, ok := count.(Bool); ok {
				count = asIntObj(b)
			}
		}
		return nativeWrap(cls, EnumerateType, &enumerateIter{it: it, count: count}), nil
	})
	DefStatic(ZipType, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		cls, args, kw, exc := iterTypeNew(args, kw, ZipType, false)
		if exc != nil {
			return nil, exc
		}
		args = args[1:]
		npos := len(args) - len(kw)
		strict := false
		if len(kw) > 1 {
			return nil, Errorf(TypeErrorType, "zip() takes at most 1 keyword argument (%d given)", len(kw))
		}
		if len(kw) == 1 {
			if kw[0].s != "strict" {
				return nil, Errorf(TypeErrorType, "'%s' is an invalid keyword argument for zip()", kw[0].s)
			}
			b, exc := IsTrue(t, args[npos])
			if exc != nil {
				return nil, exc
			}
			strict = b
		}
		its := make([]Object, npos)
		for i := 0; i < npos; i++ {
			it, exc := Iter(t, args[i])
			if exc != nil {
				return nil, exc
			}
			its[i] = it
		}
		return nativeWrap(cls, ZipType, &zipIter{its: its, strict: strict}), nil
	})
	DefStatic(MapType, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		cls, args, _, exc := iterTypeNew(args, kw, MapType, true)
		if exc != nil {
			return nil, exc
		}
		args = args[1:]
		if len(args) < 2 {
			return nil, NewError(TypeErrorType, "map() must have at least two arguments.")
		}
		its := make([]Object, len(args)-1)
		for i, a := range args[1:] {
			it, exc := Iter(t, a)
			if exc != nil {
				return nil, exc
			}
			its[i] = it
		}
		return nativeWrap(cls, MapType, &mapIter{fn: args[0], its: its}), nil
	})
	DefStatic(FilterType, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		cls, args, _, exc := iterTypeNew(args, kw, FilterType, true)
		if exc != nil {
			return nil, exc
		}
		args = args[1:]
		if len(args) != 2 {
			return nil, Errorf(TypeErrorType, "filter expected 2 arguments, got %d", len(args))
		}
		it, exc := Iter(t, args[1])
		if exc != nil {
			return nil, exc
		}
		fn := args[0]
		if fn == None {
			fn = nil
		}
		return nativeWrap(cls, FilterType, &filterIter{fn: fn, it: it}), nil
	})
	DefStatic(ReversedType, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		cls, args, _, exc := iterTypeNew(args, kw, ReversedType, true)
		if exc != nil {
			return nil, exc
		}
		args = args[1:]
		if len(args) != 1 {
			return nil, Errorf(TypeErrorType, "reversed expected 1 argument, got %d", len(args))
		}
		r, exc := Reversed(t, args[0])
		if exc != nil || cls == ReversedType {
			return r, exc
		}
		if ri, ok := r.(*reversedIter); ok {
			return nativeWrap(cls, ReversedType, ri), nil
		}
		return r, nil
	})
	DefMethod(ReversedType, "__length_hint__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		r, ok := Unwrap(args[0]).(*reversedIter)
		if !ok {
			return nil, descrSelfError("__length_hint__", ReversedType, args)
		}
		r.mu.Lock()
		defer r.mu.Unlock()
		if r.seq == nil {
			return MakeInt(0), nil
		}
		n, exc := Len(t, r.seq)
		if exc != nil {
			return nil, exc
		}
		if n < r.idx+1 {
			return MakeInt(0), nil
		}
		return MakeInt(int64(r.idx + 1)), nil
	})

	DefBuiltin("sorted", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		pos, opts, exc := kwOnlyArgs("sort", args, kw, []string{"key", "reverse"})
		if len(args)-len(kw) != 1 {
			return nil, Errorf(TypeErrorType, "sorted expected 1 argument, got %d", len(args)-len(kw))
		}
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
		return Sorted(t, pos[0], opts[0], reverse)
	})
	DefBuiltin("min", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return minMax(t, "min", CmpLT, args, kw)
	})
	DefBuiltin("max", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return minMax(t, "max", CmpGT, args, kw)
	})
	for _, mm := range []struct{ name, item, arg string }{{"min", "smallest", "smallest"}, {"max", "biggest", "largest"}} {
		Builtins.GetStr(mm.name).(*Builtin).doc = mm.name + "(iterable, *[, default=obj, key=func]) -> value\n" +
			mm.name + "(arg1, arg2, *args, *[, key=func]) -> value\n\n" +
			"With a single iterable argument, return its " + mm.item + " item. The\n" +
			"default keyword-only argument specifies an object to return if\n" +
			"the provided iterable is empty.\n" +
			"With two or more arguments, return the " + mm.arg + " argument."
	}
	DefBuiltin("sum", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		npos := len(args) - len(kw)
		if len(args) > 2 {
			return nil, Errorf(TypeErrorType, "sum() takes at most 2 arguments (%d given)", len(args))
		}
		if npos == 0 {
			return nil, Errorf(TypeErrorType, "sum() takes at least 1 positional argument (0 given)")
		}
		var start Object
		if npos == 2 {
			start = args[1]
		}
		for i, k := range kw {
			if k.s != "start" {
				return nil, Errorf(TypeErrorType, "'%s' is an invalid keyword argument for sum()", k.s)
			}
			start = args[npos+i]
		}
		return Sum(t, args[0], start)
	})
	DefBuiltin("any", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return anyAll(t, "any", args, kw, true)
	})
	DefBuiltin("all", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return anyAll(t, "all", args, kw, false)
	})
}

// __reduce__ (and __setstate__) of the builtin iterator objects, as
// CPython's: enough for copy.copy() and pickle of live iterators.
func init() {
	DefMethod(EnumerateType, "__reduce__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		e, ok := Unwrap(args[0]).(*enumerateIter)
		if !ok {
			return nil, descrSelfError("__reduce__", EnumerateType, args)
		}
		e.mu.Lock()
		it, n := e.it, e.count
		e.mu.Unlock()
		return NewTuple(TypeOf(args[0]), NewTuple(it, n)), nil
	})
	DefMethod(ZipType, "__reduce__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		z, ok := Unwrap(args[0]).(*zipIter)
		if !ok {
			return nil, descrSelfError("__reduce__", ZipType, args)
		}
		its := NewTuple(append([]Object(nil), z.its...)...)
		if z.strict {
			return NewTuple(TypeOf(args[0]), its, True), nil
		}
		return NewTuple(TypeOf(args[0]), its), nil
	})
	DefMethod(ZipType, "__setstate__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		z, ok := Unwrap(args[0]).(*zipIter)
		if !ok {
			return nil, descrSelfError("__setstate__", ZipType, args)
		}
		if exc := methArgs("zip.__setstate__", "__setstate__", args[1:], kw, 1, 1); exc != nil {
			return nil, exc
		}
		b, exc := IsTrue(t, args[1])
		if exc != nil {
			return nil, exc
		}
		z.strict = b
		return None, nil
	})
	DefMethod(MapType, "__reduce__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		m, ok := Unwrap(args[0]).(*mapIter)
		if !ok {
			return nil, descrSelfError("__reduce__", MapType, args)
		}
		return NewTuple(TypeOf(args[0]), NewTuple(append([]Object{m.fn}, m.its...)...)), nil
	})
	DefMethod(FilterType, "__reduce__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		f, ok := Unwrap(args[0]).(*filterIter)
		if !ok {
			return nil, descrSelfError("__reduce__", FilterType, args)
		}
		var fn Object = None
		if f.fn != nil {
			fn = f.fn
		}
		return NewTuple(TypeOf(args[0]), NewTuple(fn, f.it)), nil
	})
	DefMethod(ReversedType, "__reduce__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		r, ok := Unwrap(args[0]).(*reversedIter)
		if !ok {
			return nil, descrSelfError("__reduce__", ReversedType, args)
		}
		r.mu.Lock()
		seq, i := r.seq, r.idx
		r.mu.Unlock()
		if seq == nil {
			return NewTuple(TypeOf(args[0]), NewTuple(emptyTuple)), nil
		}
		return NewTuple(TypeOf(args[0]), NewTuple(seq), MakeInt(int64(i))), nil
	})
	DefMethod(ReversedType, "__setstate__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		r, ok := Unwrap(args[0]).(*reversedIter)
		if !ok {
			return nil, descrSelfError("__setstate__", ReversedType, args)
		}
		if exc := methArgs("reversed.__setstate__", "__setstate__", args[1:], kw, 1, 1); exc != nil {
			return nil, exc
		}
		i, exc := ssizeArg(args[1])
		if exc != nil {
			return nil, exc
		}
		r.mu.Lock()
		if r.seq != nil {
			r.mu.Unlock()
			n, exc := Len(t, r.seq)
			if exc != nil {
				return nil, exc
			}
			if i < -1 {
				i = -1
			} else if i > n-1 {
				i = n - 1
			}
			r.mu.Lock()
			r.idx = i
		}
		r.mu.Unlock()
		return None, nil
	})
}
