package runtime

// Pickling and copying of the itertools iterators: __reduce__ and
// __setstate__ with the shapes CPython 3.11 gives them (deprecated in 3.12,
// still there in 3.11), so pickle, copy.copy and copy.deepcopy rebuild an
// iterator part-way through.

// defItMethod registers a method whose receiver is the iterator struct T;
// fn also gets the receiver's class (a subclass reduces to itself).
func defItMethod[T Object](typ *Type, name string, fn func(t *Thread, self T, cls *Type, args []Object, kw []*Str) (Object, *BaseException)) {
	DefMethod(typ, name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		self, exc := nativeSelf[T](args, typ, name)
		if exc != nil {
			return nil, exc
		}
		return fn(t, self, TypeOf(args[0]), args[1:], kw)
	})
}

// defItReduce registers a __reduce__ taking no arguments.
func defItReduce[T Object](typ *Type, fn func(t *Thread, self T, cls *Type) (Object, *BaseException)) {
	defItMethod(typ, "__reduce__", func(t *Thread, self T, cls *Type, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs(shortTypeName(typ)+".__reduce__", "__reduce__", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		return fn(t, self, cls)
	})
}

// defItSetstate registers a __setstate__ taking the state.
func defItSetstate[T Object](typ *Type, fn func(t *Thread, self T, state Object) *BaseException) {
	defItMethod(typ, "__setstate__", func(t *Thread, self T, cls *Type, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs(shortTypeName(typ)+".__setstate__", "__setstate__", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		if exc := fn(t, self, args[0]); exc != nil {
			return nil, exc
		}
		return None, nil
	})
}

// stateTuple checks a state tuple as PyTuple_Check plus PyArg_ParseTuple
// with minN..maxN items do ("state is not a tuple", "function takes
// exactly 2 arguments (1 given)").
func stateTuple(state Object, minN, maxN int) ([]Object, *BaseException) {
	tup, ok := state.(*Tuple)
	if !ok {
		if in, isInst := state.(*Instance); isInst {
			tup, ok = in.base.(*Tuple)
		}
	}
	if !ok {
		return nil, NewError(TypeErrorType, "state is not a tuple")
	}
	n := len(tup.items)
	if n < minN || n > maxN {
		q, want := "exactly", minN
		if minN != maxN {
			if n < minN {
				q = "at least"
			} else {
				q, want = "at most", maxN
			}
		}
		return nil, Errorf(TypeErrorType, "function takes %s %d argument%s (%d given)", q, want, plural(want), n)
	}
	return tup.items, nil
}

// parseTypeName is the name PyArg_Parse* messages give an argument's type.
func parseTypeName(o Object) string {
	if o == None {
		return "None"
	}
	return TypeOf(o).name
}

// intState converts an "i"/"n" format item (an integer, __index__ allowed).
func intState(t *Thread, o Object) (int, *BaseException) {
	return indexArg(t, o)
}

// isIterator is PyIter_Check.
func isIterator(o Object) bool {
	return TypeOf(o).lookup(strNext) != nil
}

func emptyListIter(t *Thread) (Object, *BaseException) {
	return Iter(t, NewList())
}

func init() {
	// cycle
	defItReduce(itCycleType, func(t *Thread, c *itCycle, cls *Type) (Object, *BaseException) {
		c.mu.Lock()
		it, index, first := c.it, c.index, c.firstpass
		saved := NewList(append([]Object(nil), c.saved...)...)
		c.mu.Unlock()
		if it == nil {
			lit, exc := Iter(t, saved)
			if exc != nil {
				return nil, exc
			}
			if index != 0 {
				if _, exc := CallMethod(t, lit, InternStr("__setstate__"), []Object{MakeInt(int64(index))}, nil); exc != nil {
					return nil, exc
				}
			}
			return NewTuple(cls, NewTuple(lit), NewTuple(saved, True)), nil
		}
		return NewTuple(cls, NewTuple(it), NewTuple(saved, NewBool(first))), nil
	})
	defItSetstate(itCycleType, func(t *Thread, c *itCycle, state Object) *BaseException {
		items, exc := stateTuple(state, 2, 2)
		if exc != nil {
			return exc
		}
		l, ok := items[0].(*List)
		if !ok {
			return Errorf(TypeErrorType, "argument 1 must be list, not %s", parseTypeName(items[0]))
		}
		first, exc := intState(t, items[1])
		if exc != nil {
			return exc
		}
		saved := l.Snapshot()
		c.mu.Lock()
		c.saved, c.firstpass, c.index = saved, first != 0, 0
		c.mu.Unlock()
		return nil
	})

	// accumulate
	defItReduce(itAccumulateType, func(t *Thread, a *itAccumulate, cls *Type) (Object, *BaseException) {
		a.mu.Lock()
		it, binop, total, initial := a.it, a.binop, a.total, a.initial
		a.mu.Unlock()
		if binop == nil {
			binop = None
		}
		if initial != nil {
			ch, exc := Call(t, itChainType, []Object{NewTuple(initial), it}, nil)
			if exc != nil {
				return nil, exc
			}
			return NewTuple(cls, NewTuple(ch, binop), None), nil
		}
		if total == None {
			// A None total cannot be told from "no total yet" in the
			// state: start again from a chain that yields it first, and
			// skip it.
			ch, exc := Call(t, itChainType, []Object{NewTuple(total), it}, nil)
			if exc != nil {
				return nil, exc
			}
			acc, exc := Call(t, cls, []Object{ch, binop}, nil)
			if exc != nil {
				return nil, exc
			}
			return NewTuple(itIsliceType, NewTuple(acc, MakeInt(1), None)), nil
		}
		if total == nil {
			total = None
		}
		return NewTuple(cls, NewTuple(it, binop), total), nil
	})
	defItSetstate(itAccumulateType, func(t *Thread, a *itAccumulate, state Object) *BaseException {
		a.mu.Lock()
		a.total = state
		a.mu.Unlock()
		return nil
	})

	// chain
	defItReduce(itChainType, func(t *Thread, c *itChain, cls *Type) (Object, *BaseException) {
		c.mu.Lock()
		source, active := c.source, c.active
		c.mu.Unlock()
		switch {
		case source == nil:
			return NewTuple(cls, emptyTuple), nil
		case active == nil:
			return NewTuple(cls, emptyTuple, NewTuple(source)), nil
		}
		return NewTuple(cls, emptyTuple, NewTuple(source, active)), nil
	})
	defItSetstate(itChainType, func(t *Thread, c *itChain, state Object) *BaseException {
		items, exc := stateTuple(state, 1, 2)
		if exc != nil {
			return exc
		}
		for _, o := range items {
			if !isIterator(o) {
				return NewError(TypeErrorType, "Arguments must be iterators.")
			}
		}
		c.mu.Lock()
		c.source, c.active = items[0], nil
		if len(items) == 2 {
			c.active = items[1]
		}
		c.mu.Unlock()
		return nil
	})

	// compress, filterfalse, starmap, dropwhile, takewhile
	defItReduce(itCompressType, func(t *Thread, c *itCompress, cls *Type) (Object, *BaseException) {
		return NewTuple(cls, NewTuple(c.data, c.selectors)), nil
	})
	defItReduce(itFilterfalseType, func(t *Thread, f *itFilterfalse, cls *Type) (Object, *BaseException) {
		return NewTuple(cls, NewTuple(f.fn, f.it)), nil
	})
	defItReduce(itStarmapType, func(t *Thread, s *itStarmap, cls *Type) (Object, *BaseException) {
		return NewTuple(cls, NewTuple(s.fn, s.it)), nil
	})
	boolInt := func(b bool) Object {
		if b {
			return MakeInt(1)
		}
		return MakeInt(0)
	}
	defItReduce(itDropwhileType, func(t *Thread, d *itDropwhile, cls *Type) (Object, *BaseException) {
		d.mu.Lock()
		start := d.start
		d.mu.Unlock()
		return NewTuple(cls, NewTuple(d.fn, d.it), boolInt(start)), nil
	})
	defItSetstate(itDropwhileType, func(t *Thread, d *itDropwhile, state Object) *BaseException {
		b, exc := IsTrue(t, state)
		if exc != nil {
			return exc
		}
		d.mu.Lock()
		d.start = b
		d.mu.Unlock()
		return nil
	})
	defItReduce(itTakewhileType, func(t *Thread, tw *itTakewhile, cls *Type) (Object, *BaseException) {
		tw.mu.Lock()
		stop := tw.stop
		tw.mu.Unlock()
		return NewTuple(cls, NewTuple(tw.fn, tw.it), boolInt(stop)), nil
	})
	defItSetstate(itTakewhileType, func(t *Thread, tw *itTakewhile, state Object) *BaseException {
		b, exc := IsTrue(t, state)
		if exc != nil {
			return exc
		}
		tw.mu.Lock()
		tw.stop = b
		tw.mu.Unlock()
		return nil
	})

	// groupby and its groups
	defItReduce(itGroupbyType, func(t *Thread, g *itGroupby, cls *Type) (Object, *BaseException) {
		g.mu.Lock()
		tgtkey, currkey, currvalue := g.tgtkey, g.currkey, g.currvalue
		g.mu.Unlock()
		args := NewTuple(g.it, g.keyfunc)
		if tgtkey != nil && currkey != nil && currvalue != nil {
			return NewTuple(cls, args, NewTuple(currkey, currvalue, tgtkey)), nil
		}
		return NewTuple(cls, args), nil
	})
	defItSetstate(itGroupbyType, func(t *Thread, g *itGroupby, state Object) *BaseException {
		items, exc := stateTuple(state, 3, 3)
		if exc != nil {
			return exc
		}
		g.mu.Lock()
		g.currkey, g.currvalue, g.tgtkey = items[0], items[1], items[2]
		g.mu.Unlock()
		return nil
	})
	defItReduce(itGrouperType, func(t *Thread, gr *itGrouper, cls *Type) (Object, *BaseException) {
		g := gr.parent
		g.mu.Lock()
		current := g.currgrp == gr
		g.mu.Unlock()
		if !current {
			return NewTuple(Builtins.GetStr("iter"), NewTuple(emptyTuple)), nil
		}
		return NewTuple(cls, NewTuple(g, gr.tgtkey)), nil
	})

	// islice
	defItReduce(itIsliceType, func(t *Thread, s *itIslice, cls *Type) (Object, *BaseException) {
		s.mu.Lock()
		it, next, stop, step, cnt := s.it, s.next_, s.stop, s.step, s.cnt
		s.mu.Unlock()
		if it == nil {
			empty, exc := emptyListIter(t)
			if exc != nil {
				return nil, exc
			}
			return NewTuple(cls, NewTuple(empty, MakeInt(0)), MakeInt(0)), nil
		}
		var stopObj Object = None
		if stop != -1 {
			stopObj = MakeInt(int64(stop))
		}
		return NewTuple(cls, NewTuple(it, MakeInt(int64(next)), stopObj, MakeInt(int64(step))), MakeInt(int64(cnt))), nil
	})
	defItSetstate(itIsliceType, func(t *Thread, s *itIslice, state Object) *BaseException {
		cnt, exc := ssizeArg(state)
		if exc != nil {
			return exc
		}
		s.mu.Lock()
		s.cnt = cnt
		s.mu.Unlock()
		return nil
	})

	// tee and its data links
	defItReduce(itTeeType, func(t *Thread, te *itTeeObj, cls *Type) (Object, *BaseException) {
		te.mu.Lock()
		l, idx := te.link, te.idx
		te.mu.Unlock()
		return NewTuple(cls, NewTuple(emptyTuple), NewTuple(l, MakeInt(int64(idx)))), nil
	})
	defItSetstate(itTeeType, func(t *Thread, te *itTeeObj, state Object) *BaseException {
		items, exc := stateTuple(state, 2, 2)
		if exc != nil {
			return exc
		}
		l, ok := items[0].(*teeLink)
		if !ok {
			return Errorf(TypeErrorType, "argument 1 must be %s, not %s", itTeeDataType.name, parseTypeName(items[0]))
		}
		idx, exc := intState(t, items[1])
		if exc != nil {
			return exc
		}
		if idx < 0 || idx > teeChunk {
			return NewError(ValueErrorType, "Index out of range")
		}
		te.mu.Lock()
		te.link, te.idx = l, idx
		te.mu.Unlock()
		return nil
	})
	defItReduce(itTeeDataType, func(t *Thread, l *teeLink, cls *Type) (Object, *BaseException) {
		s := l.shared
		s.mu.Lock()
		values := NewList(append([]Object(nil), l.values[:l.n]...)...)
		var next Object = None
		if l.next != nil {
			next = l.next
		}
		it := s.it
		s.mu.Unlock()
		return NewTuple(cls, NewTuple(it, values, next)), nil
	})
	DefStatic(itTeeDataType, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if _, exc := nativeNewArgs(args, itTeeDataType); exc != nil {
			return nil, exc
		}
		args = args[1:]
		if exc := unpackArgs("teedataobject", args, kw, 3, 3); exc != nil {
			return nil, exc
		}
		values, ok := args[1].(*List)
		if !ok {
			return nil, Errorf(TypeErrorType, "teedataobject() argument 2 must be list, not %s", parseTypeName(args[1]))
		}
		it, exc := Iter(t, args[0])
		if exc != nil {
			return nil, exc
		}
		l := newTeeLink(it)
		vals := values.Snapshot()
		invalid := NewError(ValueErrorType, "Invalid arguments")
		if len(vals) > teeChunk {
			return nil, invalid
		}
		l.n = copy(l.values[:], vals)
		if args[2] != None {
			next, ok := args[2].(*teeLink)
			if len(vals) < teeChunk || !ok {
				return nil, invalid
			}
			l.next = next
		}
		return l, nil
	})

	// zip_longest
	defItReduce(itZipLongestType, func(t *Thread, z *itZipLongest, cls *Type) (Object, *BaseException) {
		z.mu.Lock()
		its := make([]Object, len(z.its))
		for i, it := range z.its {
			if it == nil {
				it = emptyTuple
			}
			its[i] = it
		}
		fill := z.fill
		z.mu.Unlock()
		return NewTuple(cls, NewTuple(its...), fill), nil
	})
	defItSetstate(itZipLongestType, func(t *Thread, z *itZipLongest, state Object) *BaseException {
		z.mu.Lock()
		z.fill = state
		z.mu.Unlock()
		return nil
	})

	// product, permutations, combinations, combinations_with_replacement
	for _, typ := range []*Type{itProductType, itPermutationsType, itCombinationsType, itCwrType} {
		typ := typ
		defItReduce(typ, func(t *Thread, c *itCombinatoric, cls *Type) (Object, *BaseException) {
			c.mu.Lock()
			defer c.mu.Unlock()
			ints := func(v []int) *Tuple {
				out := make([]Object, len(v))
				for i, n := range v {
					out[i] = MakeInt(int64(n))
				}
				return NewTuple(out...)
			}
			r := MakeInt(int64(c.r))
			if typ == itProductType {
				pools := make([]Object, len(c.pools))
				for i, p := range c.pools {
					pools[i] = NewTuple(append([]Object(nil), p...)...)
				}
				switch {
				case c.stopped:
					return NewTuple(cls, NewTuple(emptyTuple)), nil
				case c.result == nil:
					return NewTuple(cls, NewTuple(pools...)), nil
				}
				return NewTuple(cls, NewTuple(pools...), ints(c.indices)), nil
			}
			pool := NewTuple(append([]Object(nil), c.pools[0]...)...)
			switch {
			case c.result == nil:
				return NewTuple(cls, NewTuple(pool, r)), nil
			case c.stopped:
				return NewTuple(cls, NewTuple(emptyTuple, r)), nil
			case typ == itPermutationsType:
				return NewTuple(cls, NewTuple(pool, r), NewTuple(ints(c.indices), ints(c.cycles))), nil
			}
			return NewTuple(cls, NewTuple(pool, r), ints(c.indices)), nil
		})
		defItSetstate(typ, func(t *Thread, c *itCombinatoric, state Object) *BaseException {
			if typ == itPermutationsType {
				return c.setPermutationsState(state)
			}
			return c.setIndicesState(state)
		})
	}
}

// clampInt clamps n to lo..hi (lo wins when hi < lo).
func clampInt(n, lo, hi int) int {
	if n > hi {
		n = hi
	}
	if n < lo {
		n = lo
	}
	return n
}

// setIndicesState is __setstate__ of product, combinations and
// combinations_with_replacement: a tuple of indices, clamped into range.
func (c *itCombinatoric) setIndicesState(state Object) *BaseException {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := c.r
	if c.typ == itProductType {
		n = len(c.pools)
	}
	tup, ok := state.(*Tuple)
	if !ok || len(tup.items) != n {
		return NewError(ValueErrorType, "invalid arguments")
	}
	indices := make([]int, n)
	for i, o := range tup.items {
		index, exc := ssizeArg(o)
		if exc != nil {
			return exc
		}
		switch c.typ {
		case itProductType:
			size := len(c.pools[i])
			if size == 0 {
				c.stopped = true
				return nil
			}
			index = clampInt(index, 0, size-1)
		case itCombinationsType:
			index = clampInt(index, 0, i+len(c.pools[0])-c.r)
		default:
			index = clampInt(index, 0, len(c.pools[0])-1)
		}
		indices[i] = index
	}
	result := make([]Object, n)
	for i, index := range indices {
		pool := c.pools[0]
		if c.typ == itProductType {
			pool = c.pools[i]
		}
		if index >= len(pool) {
			// An empty pool (CPython reads past its tuple here).
			return NewError(ValueErrorType, "invalid arguments")
		}
		result[i] = pool[index]
	}
	c.indices, c.result, c.started = indices, result, true
	return nil
}

// setPermutationsState is permutations.__setstate__((indices, cycles)).
func (c *itCombinatoric) setPermutationsState(state Object) *BaseException {
	items, exc := stateTuple(state, 2, 2)
	if exc != nil {
		return exc
	}
	var parts [2]*Tuple
	for i, o := range items {
		tup, ok := o.(*Tuple)
		if !ok {
			return Errorf(TypeErrorType, "argument %d must be tuple, not %s", i+1, parseTypeName(o))
		}
		parts[i] = tup
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	pool := c.pools[0]
	n := len(pool)
	if len(parts[0].items) != n || len(parts[1].items) != c.r {
		return NewError(ValueErrorType, "invalid arguments")
	}
	indices := make([]int, n)
	for i, o := range parts[0].items {
		index, exc := ssizeArg(o)
		if exc != nil {
			return exc
		}
		indices[i] = clampInt(index, 0, n-1)
	}
	cycles := make([]int, c.r)
	for i, o := range parts[1].items {
		index, exc := ssizeArg(o)
		if exc != nil {
			return exc
		}
		if index < 1 {
			index = 1
		} else if index > n-i {
			index = n - i
		}
		cycles[i] = index
	}
	result := make([]Object, c.r)
	for i := range result {
		if i >= n {
			return NewError(ValueErrorType, "invalid arguments")
		}
		result[i] = pool[indices[i]]
	}
	c.indices, c.cycles, c.result, c.started = indices, cycles, result, true
	return nil
}
