package runtime

import (
	"sync"
)

// The itertools module. Every iterator is a Go struct implementing
// Iterator; its mutable state is guarded by its mutex, which is never held
// while Python code (the wrapped iterator, a predicate, __eq__) runs.

func init() {
	RegisterModule(&ModuleSpec{Name: "itertools", Native: initItertools})
}

func newItertoolsType(name, doc string) *Type {
	typ := newNativeType(name, "itertools", nil, doc).solidType()
	defNativeIter(typ)
	return typ
}

var (
	itCountType        = newItertoolsType("count", "Return a count object whose .__next__() method returns consecutive values.\n\nEquivalent to:\n    def count(firstval=0, step=1):\n        x = firstval\n        while 1:\n            yield x\n            x += step")
	itCycleType        = newItertoolsType("cycle", "Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely.")
	itRepeatType       = newItertoolsType("repeat", "repeat(object [,times]) -> create an iterator which returns the object\nfor the specified number of times.  If not specified, returns the object\nendlessly.")
	itAccumulateType   = newItertoolsType("accumulate", "Return series of accumulated sums (or other binary function results).")
	itChainType        = newItertoolsType("chain", "chain(*iterables) --> chain object\n\nReturn a chain object whose .__next__() method returns elements from the\nfirst iterable until it is exhausted, then elements from the next\niterable, until all of the iterables are exhausted.")
	itCompressType     = newItertoolsType("compress", "Return data elements corresponding to true selector elements.\n\nForms a shorter iterator from selected data elements using the selectors to\nchoose the data elements.")
	itDropwhileType    = newItertoolsType("dropwhile", "Drop items from the iterable while predicate(item) is true.\n\nAfterwards, return every element until the iterable is exhausted.")
	itFilterfalseType  = newItertoolsType("filterfalse", "Return those items of iterable for which function(item) is false.\n\nIf function is None, return the items that are false.")
	itGroupbyType      = newItertoolsType("groupby", "make an iterator that returns consecutive keys and groups from the iterable\n\n  iterable\n    Elements to divide into groups according to the key function.\n  key\n    A function for computing the group category for each element.\n    If the key function is not specified or is None, the element itself\n    is used for grouping.")
	itGrouperType      = newItertoolsType("_grouper", "")
	itIsliceType       = newItertoolsType("islice", "islice(iterable, stop) --> islice object\nislice(iterable, start, stop[, step]) --> islice object\n\nReturn an iterator whose next() method returns selected values from an\niterable.  If start is specified, will skip all preceding elements;\notherwise, start defaults to zero.  Step defaults to one.  If\nspecified as another value, step determines how many values are\nskipped between successive calls.  Works like a slice() on a list\nbut returns an iterator.")
	itPairwiseType     = newItertoolsType("pairwise", "Return an iterator of overlapping pairs taken from the input iterator.\n\n    s -> (s0,s1), (s1,s2), (s2, s3), ...")
	itStarmapType      = newItertoolsType("starmap", "Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence.")
	itTakewhileType    = newItertoolsType("takewhile", "Return successive entries from an iterable as long as the predicate evaluates to true for each entry.")
	itTeeType          = newItertoolsType("_tee", "Iterator wrapped to make it copyable.")
	itTeeDataType      = newNativeType("_tee_dataobject", "itertools", nil, "teedataobject(iterable, values, next, /)\n--\n\nData container common to multiple tee objects.").solidType()
	itZipLongestType   = newItertoolsType("zip_longest", "zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object\n\nReturn a zip_longest object whose .__next__() method returns a tuple where\nthe i-th element comes from the i-th iterable argument.  The .__next__()\nmethod continues until the longest iterable in the argument sequence\nis exhausted and then it raises StopIteration.  When the shorter iterables\nare exhausted, the fillvalue is substituted in their place.  The fillvalue\ndefaults to None or can be specified by a keyword argument.\n")
	itProductType      = newItertoolsType("product", "product(*iterables, repeat=1) --> product object\n\nCartesian product of input iterables.  Equivalent to nested for-loops.\n\nFor example, product(A, B) returns the same as:  ((x,y) for x in A for y in B).\nThe leftmost iterators are in the outermost for-loop, so the output tuples\ncycle in a manner similar to an odometer (with the rightmost element changing\non every iteration).\n\nTo compute the product of an iterable with itself, specify the number\nof repetitions with the optional repeat keyword argument. For example,\nproduct(A, repeat=4) means the same as product(A, A, A, A).\n\nproduct('ab', range(3)) --> ('a',0) ('a',1) ('a',2) ('b',0) ('b',1) ('b',2)\nproduct((0,1), (0,1), (0,1)) --> (0,0,0) (0,0,1) (0,1,0) (0,1,1) (1,0,0) ...")
	itPermutationsType = newItertoolsType("permutations", "Return successive r-length permutations of elements in the iterable.\n\npermutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)")
	itCombinationsType = newItertoolsType("combinations", "Return successive r-length combinations of elements in the iterable.\n\ncombinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)")
	itCwrType          = newItertoolsType("combinations_with_replacement", "Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats.\n\ncombinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), ('B','B'), ('B','C'), ('C','C')")
)

func initItertools(t *Thread, m *Module) *BaseException {
	m.dict.SetStr("__doc__", NewStr("Functional tools for creating and using iterators."))
	for _, typ := range []*Type{itCountType, itCycleType, itRepeatType, itAccumulateType, itChainType,
		itCompressType, itDropwhileType, itFilterfalseType, itGroupbyType, itGrouperType, itIsliceType,
		itPairwiseType, itStarmapType, itTakewhileType, itTeeType, itTeeDataType, itZipLongestType,
		itProductType, itPermutationsType, itCombinationsType, itCwrType} {
		m.dict.SetStr(shortTypeName(typ), typ)
	}
	nativeFunc(m, "tee", itTee)
	return nil
}

// defItNew installs __new__ for an itertools type; mk builds the iterator.
func defItNew(typ *Type, mk func(t *Thread, args []Object, kw []*Str) (Object, *BaseException)) {
	DefStatic(typ, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		cls, exc := nativeNewArgs(args, typ)
		if exc != nil {
			return nil, exc
		}
		v, exc := mk(t, args[1:], kw)
		if exc != nil {
			return nil, exc
		}
		return nativeWrap(cls, typ, v), nil
	})
}

// defItNewNoKw is defItNew for the constructors that take no keyword
// arguments: as in CPython, they are refused unless a subclass overrides
// __init__ (which then receives them), and dropped before mk runs.
func defItNewNoKw(typ *Type, mk func(t *Thread, args []Object, kw []*Str) (Object, *BaseException)) {
	DefStatic(typ, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		cls, exc := nativeNewArgs(args, typ)
		if exc != nil {
			return nil, exc
		}
		args = args[1:]
		if len(kw) > 0 {
			if cls == typ || cls.lookup(strInit) == objectInit {
				return nil, Errorf(TypeErrorType, "%s() takes no keyword arguments", shortTypeName(typ))
			}
			args, kw = args[:len(args)-len(kw)], nil
		}
		v, exc := mk(t, args, kw)
		if exc != nil {
			return nil, exc
		}
		return nativeWrap(cls, typ, v), nil
	})
}

// ---------------------------------------------------------------------------
// count

type itCount struct {
	mu   sync.Mutex
	cnt  Object
	step Object
}

func (*itCount) Type() *Type { return itCountType }

func (c *itCount) next(t *Thread) (Object, *BaseException) {
	c.mu.Lock()
	cur, step := c.cnt, c.step
	c.mu.Unlock()
	nv, exc := Add(t, cur, step)
	if exc != nil {
		return nil, exc
	}
	c.mu.Lock()
	c.cnt = nv
	c.mu.Unlock()
	return cur, nil
}

// isNumber is PyNumber_Check.
func isNumber(o Object) bool {
	switch o.(type) {
	case Int, *BigInt, Float, Bool, Complex:
		return true
	}
	typ := TypeOf(o)
	for _, n := range []string{"__index__", "__int__", "__float__"} {
		if typ.lookup(InternStr(n)) != nil {
			return true
		}
	}
	return false
}

func isIntOne(o Object) bool {
	switch v := o.(type) {
	case Int:
		return v == 1
	case Bool:
		return bool(v)
	}
	return false
}

func init() {
	defItNew(itCountType, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		var start, step Object = MakeInt(0), MakeInt(1)
		if exc := clinicArgs("count", args, kw, []string{"start?", "step?"}, &start, &step); exc != nil {
			return nil, exc
		}
		if !isNumber(start) || !isNumber(step) {
			return nil, NewError(TypeErrorType, "a number is required")
		}
		if isIntOne(step) {
			if b, ok := start.(Bool); ok {
				start = asIntObj(b)
			}
		}
		return &itCount{cnt: start, step: step}, nil
	})
	DefMethod(itCountType, "__repr__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		c, exc := nativeSelf[*itCount](args, itCountType, "__repr__")
		if exc != nil {
			return nil, exc
		}
		c.mu.Lock()
		cnt, step := c.cnt, c.step
		c.mu.Unlock()
		name := shortTypeName(TypeOf(args[0]))
		cr, exc := Repr(t, cnt)
		if exc != nil {
			return nil, exc
		}
		if isIntOne(step) {
			return NewStr(name + "(" + cr.s + ")"), nil
		}
		sr, exc := Repr(t, step)
		if exc != nil {
			return nil, exc
		}
		return NewStr(name + "(" + cr.s + ", " + sr.s + ")"), nil
	})
	defNativeMethod(itCountType, "__reduce__", func(t *Thread, c *itCount, args []Object, kw []*Str) (Object, *BaseException) {
		c.mu.Lock()
		cnt, step := c.cnt, c.step
		c.mu.Unlock()
		if isIntOne(step) {
			return NewTuple(itCountType, NewTuple(cnt)), nil
		}
		return NewTuple(itCountType, NewTuple(cnt, step)), nil
	})
}

// ---------------------------------------------------------------------------
// cycle

type itCycle struct {
	mu        sync.Mutex
	it        Object // nil once exhausted
	saved     []Object
	index     int
	firstpass bool // saved already holds what it yields (restored state)
}

func (*itCycle) Type() *Type { return itCycleType }

func (c *itCycle) next(t *Thread) (Object, *BaseException) {
	c.mu.Lock()
	it := c.it
	c.mu.Unlock()
	if it != nil {
		v, exc := Next(t, it)
		if exc != nil {
			return nil, exc
		}
		c.mu.Lock()
		defer c.mu.Unlock()
		if v != nil {
			if !c.firstpass {
				c.saved = append(c.saved, v)
			}
			return v, nil
		}
		c.it = nil
	} else {
		c.mu.Lock()
		defer c.mu.Unlock()
	}
	if len(c.saved) == 0 {
		return nil, nil
	}
	v := c.saved[c.index]
	c.index++
	if c.index >= len(c.saved) {
		c.index = 0
	}
	return v, nil
}

func init() {
	defItNewNoKw(itCycleType, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(kw) > 0 {
			return nil, NewError(TypeErrorType, "cycle() takes no keyword arguments")
		}
		if exc := unpackArgs("cycle", args, nil, 1, 1); exc != nil {
			return nil, exc
		}
		it, exc := Iter(t, args[0])
		if exc != nil {
			return nil, exc
		}
		return &itCycle{it: it}, nil
	})
}

// ---------------------------------------------------------------------------
// repeat

type itRepeat struct {
	mu    sync.Mutex
	obj   Object
	times int // -1: forever
}

func (*itRepeat) Type() *Type { return itRepeatType }

func (r *itRepeat) next(t *Thread) (Object, *BaseException) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.times == 0 {
		return nil, nil
	}
	if r.times > 0 {
		r.times--
	}
	return r.obj, nil
}

func init() {
	defItNew(itRepeatType, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		var obj, times Object
		if exc := clinicArgs("repeat", args, kw, []string{"object", "times?"}, &obj, &times); exc != nil {
			return nil, exc
		}
		n := -1
		if times != nil {
			v, exc := indexArg(t, times)
			if exc != nil {
				return nil, exc
			}
			n = max(v, 0)
		}
		return &itRepeat{obj: obj, times: n}, nil
	})
	defNativeMethod(itRepeatType, "__repr__", func(t *Thread, r *itRepeat, args []Object, kw []*Str) (Object, *BaseException) {
		r.mu.Lock()
		obj, n := r.obj, r.times
		r.mu.Unlock()
		or, exc := Repr(t, obj)
		if exc != nil {
			return nil, exc
		}
		if n < 0 {
			return NewStr("repeat(" + or.s + ")"), nil
		}
		return NewStr(sprintf("repeat(%s, %d)", or.s, n)), nil
	})
	defNativeMethod(itRepeatType, "__length_hint__", func(t *Thread, r *itRepeat, args []Object, kw []*Str) (Object, *BaseException) {
		r.mu.Lock()
		n := r.times
		r.mu.Unlock()
		if n < 0 {
			return nil, NewError(TypeErrorType, "len() of unsized object")
		}
		return MakeInt(int64(n)), nil
	})
	defNativeMethod(itRepeatType, "__reduce__", func(t *Thread, r *itRepeat, args []Object, kw []*Str) (Object, *BaseException) {
		r.mu.Lock()
		obj, n := r.obj, r.times
		r.mu.Unlock()
		if n < 0 {
			return NewTuple(itRepeatType, NewTuple(obj)), nil
		}
		return NewTuple(itRepeatType, NewTuple(obj, MakeInt(int64(n)))), nil
	})
}

// ---------------------------------------------------------------------------
// accumulate

type itAccumulate struct {
	mu      sync.Mutex
	it      Object
	binop   Object // nil: addition
	total   Object // nil before the first item
	initial Object // nil once yielded or when absent
}

func (*itAccumulate) Type() *Type { return itAccumulateType }

func (a *itAccumulate) next(t *Thread) (Object, *BaseException) {
	a.mu.Lock()
	if a.initial != nil {
		v := a.initial
		a.initial = nil
		a.total = v
		a.mu.Unlock()
		return v, nil
	}
	it := a.it
	a.mu.Unlock()
	v, exc := Next(t, it)
	if v == nil || exc != nil {
		return nil, exc
	}
	a.mu.Lock()
	total := a.total
	a.mu.Unlock()
	if total == nil {
		a.mu.Lock()
		a.total = v
		a.mu.Unlock()
		return v, nil
	}
	var nt Object
	if a.binop == nil {
		nt, exc = Add(t, total, v)
	} else {
		nt, exc = Call2(t, a.binop, total, v)
	}
	if exc != nil {
		return nil, exc
	}
	a.mu.Lock()
	a.total = nt
	a.mu.Unlock()
	return nt, nil
}

func init() {
	defItNew(itAccumulateType, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		var iterable, fn, initial Object
		fn, initial = None, None
		if exc := clinicArgs("accumulate", args, kw, []string{"iterable", "func?", "$", "initial?"}, &iterable, &fn, &initial); exc != nil {
			return nil, exc
		}
		it, exc := Iter(t, iterable)
		if exc != nil {
			return nil, exc
		}
		a := &itAccumulate{it: it}
		if fn != None {
			a.binop = fn
		}
		if initial != None {
			a.initial = initial
		}
		return a, nil
	})
}

// ---------------------------------------------------------------------------
// chain

type itChain struct {
	mu     sync.Mutex
	source Object // iterator over the iterables; nil when done
	active Object
}

func (*itChain) Type() *Type { return itChainType }

func (c *itChain) next(t *Thread) (Object, *BaseException) {
	for {
		c.mu.Lock()
		source, active := c.source, c.active
		c.mu.Unlock()
		if source == nil {
			return nil, nil
		}
		if active == nil {
			iterable, exc := Next(t, source)
			if exc != nil || iterable == nil {
				c.mu.Lock()
				c.source = nil
				c.mu.Unlock()
				return nil, exc
			}
			active, exc = Iter(t, iterable)
			if exc != nil {
				c.mu.Lock()
				c.source = nil
				c.mu.Unlock()
				return nil, exc
			}
			c.mu.Lock()
			c.active = active
			c.mu.Unlock()
		}
		v, exc := Next(t, active)
		if exc != nil || v != nil {
			return v, exc
		}
		c.mu.Lock()
		if c.active == active {
			c.active = nil
		}
		c.mu.Unlock()
	}
}

func init() {
	defItNewNoKw(itChainType, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(kw) > 0 {
			return nil, NewError(TypeErrorType, "chain() takes no keyword arguments")
		}
		src, _ := Iter(t, NewTuple(append([]Object(nil), args...)...))
		return &itChain{source: src}, nil
	})
	DefClassMethod(itChainType, "from_iterable", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("chain.from_iterable", "from_iterable", args[1:], kw, 1, 1); exc != nil {
			return nil, exc
		}
		cls, _ := args[0].(*Type)
		src, exc := Iter(t, args[1])
		if exc != nil {
			return nil, exc
		}
		if cls == nil {
			cls = itChainType
		}
		return nativeWrap(cls, itChainType, &itChain{source: src}), nil
	})
	DefClassMethod(itChainType, "__class_getitem__", classGetItem)
}

// ---------------------------------------------------------------------------
// compress, dropwhile, takewhile, filterfalse, starmap

type itCompress struct {
	data, selectors Object
}

func (*itCompress) Type() *Type { return itCompressType }

func (c *itCompress) next(t *Thread) (Object, *BaseException) {
	for {
		d, exc := Next(t, c.data)
		if d == nil || exc != nil {
			return nil, exc
		}
		s, exc := Next(t, c.selectors)
		if s == nil || exc != nil {
			return nil, exc
		}
		ok, exc := IsTrue(t, s)
		if exc != nil {
			return nil, exc
		}
		if ok {
			return d, nil
		}
	}
}

type itDropwhile struct {
	mu    sync.Mutex
	fn    Object
	it    Object
	start bool
}

func (*itDropwhile) Type() *Type { return itDropwhileType }

func (d *itDropwhile) next(t *Thread) (Object, *BaseException) {
	for {
		v, exc := Next(t, d.it)
		if v == nil || exc != nil {
			return nil, exc
		}
		d.mu.Lock()
		started := d.start
		d.mu.Unlock()
		if started {
			return v, nil
		}
		r, exc := Call1(t, d.fn, v)
		if exc != nil {
			return nil, exc
		}
		ok, exc := IsTrue(t, r)
		if exc != nil {
			return nil, exc
		}
		if !ok {
			d.mu.Lock()
			d.start = true
			d.mu.Unlock()
			return v, nil
		}
	}
}

type itTakewhile struct {
	mu   sync.Mutex
	fn   Object
	it   Object
	stop bool
}

func (*itTakewhile) Type() *Type { return itTakewhileType }

func (tw *itTakewhile) next(t *Thread) (Object, *BaseException) {
	tw.mu.Lock()
	stopped := tw.stop
	tw.mu.Unlock()
	if stopped {
		return nil, nil
	}
	v, exc := Next(t, tw.it)
	if v == nil || exc != nil {
		return nil, exc
	}
	r, exc := Call1(t, tw.fn, v)
	if exc != nil {
		return nil, exc
	}
	ok, exc := IsTrue(t, r)
	if exc != nil {
		return nil, exc
	}
	if ok {
		return v, nil
	}
	tw.mu.Lock()
	tw.stop = true
	tw.mu.Unlock()
	return nil, nil
}

type itFilterfalse struct {
	fn Object // None: truth of the item
	it Object
}

func (*itFilterfalse) Type() *Type { return itFilterfalseType }

func (f *itFilterfalse) next(t *Thread) (Object, *BaseException) {
	for {
		v, exc := Next(t, f.it)
		if v == nil || exc != nil {
			return nil, exc
		}
		r := v
		if f.fn != None {
			if r, exc = Call1(t, f.fn, v); exc != nil {
				return nil, exc
			}
		}
		ok, exc := IsTrue(t, r)
		if exc != nil {
			return nil, exc
		}
		if !ok {
			return v, nil
		}
	}
}

type itStarmap struct {
	fn Object
	it Object
}

func (*itStarmap) Type() *Type { return itStarmapType }

func (s *itStarmap) next(t *Thread) (Object, *BaseException) {
	a, exc := Next(t, s.it)
	if a == nil || exc != nil {
		return nil, exc
	}
	items, exc := ToSlice(t, a)
	if exc != nil {
		return nil, exc
	}
	return Call(t, s.fn, append([]Object(nil), items...), nil)
}

func init() {
	defItNew(itCompressType, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		var data, sel Object
		if exc := clinicArgs("compress", args, kw, []string{"data", "selectors"}, &data, &sel); exc != nil {
			return nil, exc
		}
		di, exc := Iter(t, data)
		if exc != nil {
			return nil, exc
		}
		si, exc := Iter(t, sel)
		if exc != nil {
			return nil, exc
		}
		return &itCompress{data: di, selectors: si}, nil
	})
	twoArgs := func(name string, mk func(fn, it Object) Object) func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if len(kw) > 0 {
				return nil, Errorf(TypeErrorType, "%s() takes no keyword arguments", name)
			}
			if exc := unpackArgs(name, args, nil, 2, 2); exc != nil {
				return nil, exc
			}
			it, exc := Iter(t, args[1])
			if exc != nil {
				return nil, exc
			}
			return mk(args[0], it), nil
		}
	}
	defItNewNoKw(itDropwhileType, twoArgs("dropwhile", func(fn, it Object) Object { return &itDropwhile{fn: fn, it: it} }))
	defItNewNoKw(itTakewhileType, twoArgs("takewhile", func(fn, it Object) Object { return &itTakewhile{fn: fn, it: it} }))
	defItNewNoKw(itFilterfalseType, twoArgs("filterfalse", func(fn, it Object) Object { return &itFilterfalse{fn: fn, it: it} }))
	defItNewNoKw(itStarmapType, twoArgs("starmap", func(fn, it Object) Object { return &itStarmap{fn: fn, it: it} }))
}

// ---------------------------------------------------------------------------
// groupby

type itGroupby struct {
	mu        sync.Mutex
	it        Object
	keyfunc   Object // None: identity
	tgtkey    Object
	currkey   Object
	currvalue Object
	currgrp   *itGrouper
}

type itGrouper struct {
	parent *itGroupby
	tgtkey Object
}

func (*itGroupby) Type() *Type { return itGroupbyType }
func (*itGrouper) Type() *Type { return itGrouperType }

// step fetches the next value and its key.
func (g *itGroupby) step(t *Thread) (bool, *BaseException) {
	v, exc := Next(t, g.it)
	if v == nil || exc != nil {
		return false, exc
	}
	k := v
	if g.keyfunc != None {
		if k, exc = Call1(t, g.keyfunc, v); exc != nil {
			return false, exc
		}
	}
	g.mu.Lock()
	g.currvalue, g.currkey = v, k
	g.mu.Unlock()
	return true, nil
}

func (g *itGroupby) next(t *Thread) (Object, *BaseException) {
	g.mu.Lock()
	g.currgrp = nil
	g.mu.Unlock()
	for {
		g.mu.Lock()
		currkey, tgtkey := g.currkey, g.tgtkey
		g.mu.Unlock()
		if currkey != nil {
			if tgtkey == nil {
				break
			}
			eq, exc := richEq(t, tgtkey, currkey)
			if exc != nil {
				return nil, exc
			}
			if !eq {
				break
			}
		}
		ok, exc := g.step(t)
		if !ok {
			return nil, exc
		}
	}
	g.mu.Lock()
	g.tgtkey = g.currkey
	grp := &itGrouper{parent: g, tgtkey: g.tgtkey}
	g.currgrp = grp
	key := g.currkey
	g.mu.Unlock()
	return NewTuple(key, grp), nil
}

func (gr *itGrouper) next(t *Thread) (Object, *BaseException) {
	g := gr.parent
	g.mu.Lock()
	if g.currgrp != gr {
		g.mu.Unlock()
		return nil, nil
	}
	hasValue := g.currvalue != nil
	g.mu.Unlock()
	if !hasValue {
		ok, exc := g.step(t)
		if !ok {
			return nil, exc
		}
	}
	g.mu.Lock()
	currkey := g.currkey
	g.mu.Unlock()
	eq, exc := richEq(t, gr.tgtkey, currkey)
	if exc != nil || !eq {
		return nil, exc
	}
	g.mu.Lock()
	v := g.currvalue
	g.currvalue = nil
	g.mu.Unlock()
	return v, nil
}

func init() {
	defItNew(itGroupbyType, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		var iterable, key Object
		key = None
		if exc := clinicArgs("groupby", args, kw, []string{"iterable", "key?"}, &iterable, &key); exc != nil {
			return nil, exc
		}
		it, exc := Iter(t, iterable)
		if exc != nil {
			return nil, exc
		}
		return &itGroupby{it: it, keyfunc: key}, nil
	})
	defItNew(itGrouperType, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := unpackArgs("_grouper", args, kw, 2, 2); exc != nil {
			return nil, exc
		}
		g, ok := Unwrap(args[0]).(*itGroupby)
		if !ok {
			return nil, Errorf(TypeErrorType, "_grouper() argument 1 must be itertools.groupby, not %s", TypeOf(args[0]).name)
		}
		gr := &itGrouper{parent: g, tgtkey: args[1]}
		g.mu.Lock()
		g.currgrp = gr
		g.mu.Unlock()
		return gr, nil
	})
}

// ---------------------------------------------------------------------------
// islice

type itIslice struct {
	mu    sync.Mutex
	it    Object // nil when done
	next_ int
	stop  int // -1: none
	step  int
	cnt   int
}

func (*itIslice) Type() *Type { return itIsliceType }

func (s *itIslice) next(t *Thread) (Object, *BaseException) {
	for {
		s.mu.Lock()
		it := s.it
		if it == nil {
			s.mu.Unlock()
			return nil, nil
		}
		if s.cnt >= s.next_ {
			break
		}
		s.mu.Unlock()
		v, exc := Next(t, it)
		if v == nil || exc != nil {
			s.mu.Lock()
			s.it = nil
			s.mu.Unlock()
			return nil, exc
		}
		s.mu.Lock()
		s.cnt++
		s.mu.Unlock()
	}
	// s.mu held
	if s.stop != -1 && s.cnt >= s.stop {
		s.it = nil
		s.mu.Unlock()
		return nil, nil
	}
	it := s.it
	s.mu.Unlock()
	v, exc := Next(t, it)
	s.mu.Lock()
	defer s.mu.Unlock()
	if v == nil || exc != nil {
		s.it = nil
		return nil, exc
	}
	s.cnt++
	old := s.next_
	s.next_ += s.step
	if s.next_ < old || (s.stop != -1 && s.next_ > s.stop) {
		s.next_ = s.stop
	}
	return v, nil
}

func isliceArg(t *Thread, o Object) (int, bool) {
	i, exc := indexOrNil(t, o)
	if exc != nil || i == nil {
		return -1, false
	}
	n, ok := i.(Int)
	if !ok {
		return -1, false
	}
	return int(n), true
}

func init() {
	defItNewNoKw(itIsliceType, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(kw) > 0 {
			return nil, NewError(TypeErrorType, "islice() takes no keyword arguments")
		}
		if exc := unpackArgs("islice", args, nil, 2, 4); exc != nil {
			return nil, exc
		}
		const stopMsg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
		start, stop, step := 0, -1, 1
		if len(args) == 2 {
			if args[1] != None {
				n, ok := isliceArg(t, args[1])
				if !ok || n == -1 {
					return nil, NewError(ValueErrorType, stopMsg)
				}
				stop = n
			}
		} else {
			if args[1] != None {
				n, ok := isliceArg(t, args[1])
				if !ok {
					n = -1
				}
				start = n
			}
			if args[2] != None {
				n, ok := isliceArg(t, args[2])
				if !ok || n == -1 {
					return nil, NewError(ValueErrorType, stopMsg)
				}
				stop = n
			}
		}
		if start < 0 || stop < -1 {
			return nil, NewError(ValueErrorType, "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
		}
		if len(args) == 4 && args[3] != None {
			n, ok := isliceArg(t, args[3])
			if !ok {
				n = -1
			}
			step = n
		}
		if step < 1 {
			return nil, NewError(ValueErrorType, "Step for islice() must be a positive integer or None.")
		}
		it, exc := Iter(t, args[0])
		if exc != nil {
			return nil, exc
		}
		return &itIslice{it: it, next_: start, stop: stop, step: step}, nil
	})
}

// ---------------------------------------------------------------------------
// pairwise

type itPairwise struct {
	mu  sync.Mutex
	it  Object
	old Object
}

func (*itPairwise) Type() *Type { return itPairwiseType }

func (p *itPairwise) next(t *Thread) (Object, *BaseException) {
	p.mu.Lock()
	it, old := p.it, p.old
	p.mu.Unlock()
	if it == nil {
		return nil, nil
	}
	if old == nil {
		v, exc := Next(t, it)
		if v == nil || exc != nil {
			p.mu.Lock()
			p.it = nil
			p.mu.Unlock()
			return nil, exc
		}
		old = v
		p.mu.Lock()
		p.old = v
		p.mu.Unlock()
	}
	nv, exc := Next(t, it)
	if nv == nil || exc != nil {
		p.mu.Lock()
		p.it, p.old = nil, nil
		p.mu.Unlock()
		return nil, exc
	}
	p.mu.Lock()
	p.old = nv
	p.mu.Unlock()
	return NewTuple(old, nv), nil
}

func init() {
	defItNew(itPairwiseType, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(kw) > 0 {
			return nil, NewError(TypeErrorType, "pairwise() takes no keyword arguments")
		}
		if exc := unpackArgs("pairwise", args, nil, 1, 1); exc != nil {
			return nil, exc
		}
		it, exc := Iter(t, args[0])
		if exc != nil {
			return nil, exc
		}
		return &itPairwise{it: it}, nil
	})
}

// ---------------------------------------------------------------------------
// tee

const teeChunk = 57

// teeLink is itertools._tee_dataobject: up to teeChunk values read from the
// shared iterator, and the link that follows. Its fields are guarded by
// shared.mu; links made by jumping share it, links rebuilt by unpickling
// (_tee_dataobject(it, values, next)) get their own.
type teeLink struct {
	shared *teeShared
	values [teeChunk]Object
	n      int
	next   *teeLink
}

type teeShared struct {
	mu      sync.Mutex
	it      Object
	running bool
}

type itTeeObj struct {
	mu   sync.Mutex
	link *teeLink
	idx  int // 0 <= idx <= teeChunk
}

func (*itTeeObj) Type() *Type { return itTeeType }

func (*teeLink) Type() *Type { return itTeeDataType }

func newTeeLink(it Object) *teeLink {
	return &teeLink{shared: &teeShared{it: it}}
}

// getitem returns the link's i-th value, reading it from the iterator when
// i is the first unread cell (nil, nil at its end).
func (l *teeLink) getitem(t *Thread, i int) (Object, *BaseException) {
	s := l.shared
	s.mu.Lock()
	if i < l.n {
		v := l.values[i]
		s.mu.Unlock()
		return v, nil
	}
	if s.running {
		s.mu.Unlock()
		return nil, NewError(RuntimeErrorType, "cannot re-enter the tee iterator")
	}
	s.running = true
	it := s.it
	s.mu.Unlock()
	v, exc := Next(t, it)
	s.mu.Lock()
	defer s.mu.Unlock()
	s.running = false
	if v == nil || exc != nil {
		return nil, exc
	}
	if l.n < teeChunk {
		l.values[l.n] = v
		l.n++
	}
	return v, nil
}

// jump returns the following link, making it when needed.
func (l *teeLink) jump() *teeLink {
	s := l.shared
	s.mu.Lock()
	defer s.mu.Unlock()
	if l.next == nil {
		l.next = &teeLink{shared: s}
	}
	return l.next
}

func (te *itTeeObj) next(t *Thread) (Object, *BaseException) {
	te.mu.Lock()
	if te.idx >= teeChunk {
		te.link, te.idx = te.link.jump(), 0
	}
	l, i := te.link, te.idx
	te.mu.Unlock()
	v, exc := l.getitem(t, i)
	if v == nil || exc != nil {
		return nil, exc
	}
	te.mu.Lock()
	if te.link == l && te.idx == i {
		te.idx++
	}
	te.mu.Unlock()
	return v, nil
}

func (te *itTeeObj) copy() *itTeeObj {
	te.mu.Lock()
	c := &itTeeObj{link: te.link, idx: te.idx}
	te.mu.Unlock()
	return c
}

func newTeeFromIterable(t *Thread, iterable Object) (*itTeeObj, *BaseException) {
	it, exc := Iter(t, iterable)
	if exc != nil {
		return nil, exc
	}
	if te, ok := it.(*itTeeObj); ok {
		return te.copy(), nil
	}
	return &itTeeObj{link: newTeeLink(it)}, nil
}

func itTee(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
	if len(kw) > 0 {
		return nil, NewError(TypeErrorType, "tee() takes no keyword arguments")
	}
	if len(args) < 1 || len(args) > 2 {
		return nil, Errorf(TypeErrorType, "tee expected %s, got %d", map[bool]string{true: "at least 1 argument", false: "at most 2 arguments"}[len(args) < 1], len(args))
	}
	n := 2
	if len(args) == 2 {
		var exc *BaseException
		if n, exc = indexArg(t, args[1]); exc != nil {
			return nil, exc
		}
	}
	if n < 0 {
		return nil, NewError(ValueErrorType, "n must be >= 0")
	}
	if n == 0 {
		return emptyTuple, nil
	}
	it, exc := Iter(t, args[0])
	if exc != nil {
		return nil, exc
	}
	out := make([]Object, n)
	copyFn, exc := GetAttr(t, it, InternStr("__copy__"))
	if exc != nil {
		if !exc.IsInstanceOf(AttributeErrorType) {
			return nil, exc
		}
		te := &itTeeObj{link: newTeeLink(it)}
		out[0] = te
		for i := 1; i < n; i++ {
			out[i] = te.copy()
		}
		return NewTuple(out...), nil
	}
	out[0] = it
	for i := 1; i < n; i++ {
		c, exc := Call0(t, copyFn)
		if exc != nil {
			return nil, exc
		}
		out[i] = c
	}
	return NewTuple(out...), nil
}

func init() {
	defItNew(itTeeType, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		var iterable Object
		if exc := clinicArgs("_tee", args, kw, []string{"iterable", "/"}, &iterable); exc != nil {
			return nil, exc
		}
		return newTeeFromIterable(t, iterable)
	})
	defNativeMethod(itTeeType, "__copy__", func(t *Thread, te *itTeeObj, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("_tee.__copy__", "__copy__", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		return te.copy(), nil
	})
}

// ---------------------------------------------------------------------------
// zip_longest

type itZipLongest struct {
	mu        sync.Mutex
	its       []Object // nil entries are exhausted
	numactive int
	fill      Object
}

func (*itZipLongest) Type() *Type { return itZipLongestType }

func (z *itZipLongest) next(t *Thread) (Object, *BaseException) {
	z.mu.Lock()
	if len(z.its) == 0 || z.numactive == 0 {
		z.mu.Unlock()
		return nil, nil
	}
	its := append([]Object(nil), z.its...)
	z.mu.Unlock()
	out := make([]Object, len(its))
	for i, it := range its {
		if it == nil {
			out[i] = z.fill
			continue
		}
		v, exc := Next(t, it)
		if v != nil {
			out[i] = v
			continue
		}
		z.mu.Lock()
		z.numactive--
		if z.numactive == 0 || exc != nil {
			z.numactive = 0
			z.mu.Unlock()
			return nil, exc
		}
		z.its[i] = nil
		z.mu.Unlock()
		out[i] = z.fill
	}
	return NewTuple(out...), nil
}

func init() {
	defItNew(itZipLongestType, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		pos, kwv := splitKw(args, kw)
		var fill Object = None
		for i, k := range kw {
			if k.s != "fillvalue" || len(kw) > 1 {
				return nil, NewError(TypeErrorType, "zip_longest() got an unexpected keyword argument")
			}
			fill = kwv[i]
		}
		its := make([]Object, len(pos))
		for i, a := range pos {
			it, exc := Iter(t, a)
			if exc != nil {
				return nil, exc
			}
			its[i] = it
		}
		return &itZipLongest{its: its, numactive: len(its), fill: fill}, nil
	})
}

// ---------------------------------------------------------------------------
// product, permutations, combinations, combinations_with_replacement
// Their pools are snapshots taken at construction, so next is pure Go.

type itCombinatoric struct {
	mu      sync.Mutex
	typ     *Type
	pools   [][]Object // product: one pool per position; others: pools[0]
	indices []int
	cycles  []int // permutations
	r       int
	result  []Object
	started bool
	stopped bool
}

func (c *itCombinatoric) Type() *Type { return c.typ }

func (c *itCombinatoric) next(t *Thread) (Object, *BaseException) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.stopped {
		return nil, nil
	}
	var ok bool
	switch c.typ {
	case itProductType:
		ok = c.productNext()
	case itPermutationsType:
		ok = c.permutationsNext()
	case itCombinationsType:
		ok = c.combinationsNext()
	default:
		ok = c.cwrNext()
	}
	if !ok {
		// result stays (as in CPython) so __reduce__ tells a spent
		// iterator from one never started.
		c.stopped = true
		return nil, nil
	}
	return NewTuple(append([]Object(nil), c.result...)...), nil
}

func (c *itCombinatoric) productNext() bool {
	if !c.started {
		c.started = true
		c.indices = make([]int, len(c.pools))
		result := make([]Object, len(c.pools))
		for i, p := range c.pools {
			if len(p) == 0 {
				return false
			}
			result[i] = p[0]
		}
		c.result = result
		return true
	}
	for i := len(c.pools) - 1; i >= 0; i-- {
		p := c.pools[i]
		c.indices[i]++
		if c.indices[i] == len(p) {
			c.indices[i] = 0
			c.result[i] = p[0]
			continue
		}
		c.result[i] = p[c.indices[i]]
		return true
	}
	return false
}

func (c *itCombinatoric) permutationsNext() bool {
	pool := c.pools[0]
	n, r := len(pool), c.r
	if !c.started {
		c.started = true
		if r > n {
			return false
		}
		c.indices = make([]int, n)
		for i := range c.indices {
			c.indices[i] = i
		}
		c.cycles = make([]int, r)
		for i := range c.cycles {
			c.cycles[i] = n - i
		}
		c.result = make([]Object, r)
		for i := 0; i < r; i++ {
			c.result[i] = pool[i]
		}
		return true
	}
	if n == 0 {
		return false
	}
	for i := r - 1; i >= 0; i-- {
		c.cycles[i]--
		if c.cycles[i] == 0 {
			first := c.indices[i]
			copy(c.indices[i:], c.indices[i+1:])
			c.indices[n-1] = first
			c.cycles[i] = n - i
			continue
		}
		j := c.cycles[i]
		c.indices[i], c.indices[n-j] = c.indices[n-j], c.indices[i]
		for k := 0; k < r; k++ {
			c.result[k] = pool[c.indices[k]]
		}
		return true
	}
	return false
}

func (c *itCombinatoric) combinationsNext() bool {
	pool := c.pools[0]
	n, r := len(pool), c.r
	if !c.started {
		c.started = true
		if r > n {
			return false
		}
		c.indices = make([]int, r)
		c.result = make([]Object, r)
		for i := range c.indices {
			c.indices[i] = i
			c.result[i] = pool[i]
		}
		return true
	}
	i := r - 1
	for i >= 0 && c.indices[i] == i+n-r {
		i--
	}
	if i < 0 {
		return false
	}
	c.indices[i]++
	for j := i + 1; j < r; j++ {
		c.indices[j] = c.indices[j-1] + 1
	}
	for j := i; j < r; j++ {
		c.result[j] = pool[c.indices[j]]
	}
	return true
}

func (c *itCombinatoric) cwrNext() bool {
	pool := c.pools[0]
	n, r := len(pool), c.r
	if !c.started {
		c.started = true
		if n == 0 && r > 0 {
			return false
		}
		c.indices = make([]int, r)
		c.result = make([]Object, r)
		for i := range c.result {
			c.result[i] = pool[0]
		}
		return true
	}
	i := r - 1
	for i >= 0 && c.indices[i] == n-1 {
		i--
	}
	if i < 0 {
		return false
	}
	idx := c.indices[i] + 1
	for j := i; j < r; j++ {
		c.indices[j] = idx
		c.result[j] = pool[idx]
	}
	return true
}

func poolOf(t *Thread, o Object) ([]Object, *BaseException) {
	items, exc := ToSlice(t, o)
	if exc != nil {
		return nil, exc
	}
	return append([]Object(nil), items...), nil
}

func init() {
	defItNew(itProductType, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		pos, kwv := splitKw(args, kw)
		repeat := 1
		for i, k := range kw {
			if k.s != "repeat" {
				return nil, Errorf(TypeErrorType, "'%s' is an invalid keyword argument for product()", k.s)
			}
			n, exc := indexArg(t, kwv[i])
			if exc != nil {
				return nil, exc
			}
			repeat = n
		}
		if repeat < 0 {
			return nil, NewError(ValueErrorType, "repeat argument cannot be negative")
		}
		base := make([][]Object, len(pos))
		for i, a := range pos {
			p, exc := poolOf(t, a)
			if exc != nil {
				return nil, exc
			}
			base[i] = p
		}
		if len(base) > 0 && repeat > (1<<28)/len(base) {
			return nil, NewError(OverflowErrorType, "repeat argument too large")
		}
		pools := make([][]Object, 0, len(base)*repeat)
		for k := 0; k < repeat; k++ {
			pools = append(pools, base...)
		}
		return &itCombinatoric{typ: itProductType, pools: pools}, nil
	})
	defItNew(itPermutationsType, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		var iterable, robj Object
		robj = None
		if exc := clinicArgs("permutations", args, kw, []string{"iterable", "r?"}, &iterable, &robj); exc != nil {
			return nil, exc
		}
		pool, exc := poolOf(t, iterable)
		if exc != nil {
			return nil, exc
		}
		r := len(pool)
		if robj != None {
			i, ok := asIntStrict(robj)
			if !ok {
				return nil, NewError(TypeErrorType, "Expected int as r")
			}
			n, ok := i.(Int)
			if !ok {
				return nil, NewError(OverflowErrorType, "Python int too large to convert to C ssize_t")
			}
			r = int(n)
		}
		if r < 0 {
			return nil, NewError(ValueErrorType, "r must be non-negative")
		}
		return &itCombinatoric{typ: itPermutationsType, pools: [][]Object{pool}, r: r}, nil
	})
	for _, typ := range []*Type{itCombinationsType, itCwrType} {
		typ := typ
		defItNew(typ, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			var iterable, robj Object
			if exc := clinicArgs(shortTypeName(typ), args, kw, []string{"iterable", "r"}, &iterable, &robj); exc != nil {
				return nil, exc
			}
			pool, exc := poolOf(t, iterable)
			if exc != nil {
				return nil, exc
			}
			r, exc := indexArg(t, robj)
			if exc != nil {
				return nil, exc
			}
			if r < 0 {
				return nil, NewError(ValueErrorType, "r must be non-negative")
			}
			return &itCombinatoric{typ: typ, pools: [][]Object{pool}, r: r}, nil
		})
	}
}
