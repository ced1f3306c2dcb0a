package runtime

// The _heapq module: CPython's C heap algorithms over a list. Comparisons
// run Python code, so the list's lock is taken only around each read or
// swap, and a change of size during a comparison is the RuntimeError
// CPython raises.

func init() {
	RegisterModule(&ModuleSpec{Name: "_heapq", Native: initHeapq})
}

const heapqAbout = "Heap queues\n\n[explanation by François Pinard]\n\nHeaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for\nall k, counting elements from 0.  For the sake of comparison,\nnon-existing elements are considered to be infinite.  The interesting\nproperty of a heap is that a[0] is always its smallest element.\n"

func heapLess(t *Thread, a, b Object, max bool) (bool, *BaseException) {
	if max {
		return richLt(t, b, a)
	}
	return richLt(t, a, b)
}

var errHeapChanged = "list changed size during iteration"

// heapSiftDown moves the item at pos up towards startpos (CPython's siftdown).
func heapSiftDown(t *Thread, l *List, startpos, pos int, max bool) *BaseException {
	l.mu.Lock()
	size := len(l.items)
	if pos >= size {
		l.mu.Unlock()
		return NewError(IndexErrorType, "index out of range")
	}
	l.mu.Unlock()
	for pos > startpos {
		parentpos := (pos - 1) >> 1
		l.mu.Lock()
		if len(l.items) != size {
			l.mu.Unlock()
			return NewError(RuntimeErrorType, errHeapChanged)
		}
		newitem, parent := l.items[pos], l.items[parentpos]
		l.mu.Unlock()
		lt, exc := heapLess(t, newitem, parent, max)
		if exc != nil {
			return exc
		}
		l.mu.Lock()
		if len(l.items) != size {
			l.mu.Unlock()
			return NewError(RuntimeErrorType, errHeapChanged)
		}
		if !lt {
			l.mu.Unlock()
			break
		}
		l.items[parentpos], l.items[pos] = l.items[pos], l.items[parentpos]
		l.mu.Unlock()
		pos = parentpos
	}
	return nil
}

// heapSiftUp bubbles the smaller child up from pos to a leaf, then sifts
// the item there down (CPython's siftup).
func heapSiftUp(t *Thread, l *List, pos int, max bool) *BaseException {
	l.mu.Lock()
	endpos := len(l.items)
	l.mu.Unlock()
	startpos := pos
	if pos >= endpos {
		return NewError(IndexErrorType, "index out of range")
	}
	limit := endpos >> 1
	for pos < limit {
		childpos := 2*pos + 1
		if childpos+1 < endpos {
			l.mu.Lock()
			if len(l.items) != endpos {
				l.mu.Unlock()
				return NewError(RuntimeErrorType, errHeapChanged)
			}
			a, b := l.items[childpos], l.items[childpos+1]
			l.mu.Unlock()
			lt, exc := heapLess(t, a, b, max)
			if exc != nil {
				return exc
			}
			if !lt {
				childpos++
			}
		}
		l.mu.Lock()
		if len(l.items) != endpos {
			l.mu.Unlock()
			return NewError(RuntimeErrorType, errHeapChanged)
		}
		l.items[childpos], l.items[pos] = l.items[pos], l.items[childpos]
		l.mu.Unlock()
		pos = childpos
	}
	return heapSiftDown(t, l, startpos, pos, max)
}

func heapListArg(fname, which string, o Object) (*List, *BaseException) {
	if l, ok := o.(*List); ok {
		return l, nil
	}
	return nil, Errorf(TypeErrorType, "%s() %s must be list, not %s", fname, which, TypeOf(o).name)
}

func heapPop(t *Thread, l *List, max bool) (Object, *BaseException) {
	l.mu.Lock()
	n := len(l.items)
	if n == 0 {
		l.mu.Unlock()
		return nil, NewError(IndexErrorType, "index out of range")
	}
	last := l.items[n-1]
	l.items[n-1] = nil
	l.items = l.items[:n-1]
	if n == 1 {
		l.mu.Unlock()
		return last, nil
	}
	ret := l.items[0]
	l.items[0] = last
	l.mu.Unlock()
	if exc := heapSiftUp(t, l, 0, max); exc != nil {
		return nil, exc
	}
	return ret, nil
}

func heapReplace(t *Thread, l *List, item Object, max bool) (Object, *BaseException) {
	l.mu.Lock()
	if len(l.items) == 0 {
		l.mu.Unlock()
		return nil, NewError(IndexErrorType, "index out of range")
	}
	ret := l.items[0]
	l.items[0] = item
	l.mu.Unlock()
	if exc := heapSiftUp(t, l, 0, max); exc != nil {
		return nil, exc
	}
	return ret, nil
}

func heapify(t *Thread, l *List, max bool) *BaseException {
	n := l.Len()
	for i := n/2 - 1; i >= 0; i-- {
		if exc := heapSiftUp(t, l, i, max); exc != nil {
			return exc
		}
	}
	return nil
}

func initHeapq(t *Thread, m *Module) *BaseException {
	m.dict.SetStr("__doc__", NewStr("Heap queue algorithm (a.k.a. priority queue).\n\nHeaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for\nall k, counting elements from 0.  For the sake of comparison,\nnon-existing elements are considered to be infinite.  The interesting\nproperty of a heap is that a[0] is always its smallest element.\n\nUsage:\n\nheap = []            # creates an empty heap\nheappush(heap, item) # pushes a new item on the heap\nitem = heappop(heap) # pops the smallest item from the heap\nitem = heap[0]       # smallest item on the heap without popping it\nheapify(x)           # transforms list into a heap, in-place, in linear time\nitem = heapreplace(heap, item) # pops and returns smallest item, and adds\n                               # new item; the heap size is unchanged\n\nOur API differs from textbook heap algorithms as follows:\n\n- We use 0-based indexing.  This makes the relationship between the\n  index for a node and the indexes for its children slightly less\n  obvious, but is more suitable since Python uses 0-based indexing.\n\n- Our heappop() method returns the smallest item, not the largest.\n\nThese two make it possible to view the heap as a regular Python list\nwithout surprises: heap[0] is the smallest item, and heap.sort()\nmaintains the heap invariant!\n"))
	m.dict.delStr(InternStr("__builtins__"))
	m.dict.SetStr("__about__", NewStr(heapqAbout))
	nativeFunc(m, "heappush", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := unpackArgs("heappush", args, kw, 2, 2); exc != nil {
			return nil, exc
		}
		l, exc := heapListArg("heappush", "argument 1", args[0])
		if exc != nil {
			return nil, exc
		}
		l.mu.Lock()
		l.items = append(l.items, args[1])
		n := len(l.items)
		l.mu.Unlock()
		return None, heapSiftDown(t, l, 0, n-1, false)
	})
	for _, mx := range []bool{false, true} {
		mx := mx
		pre := ""
		if mx {
			pre = "_"
		}
		suf := ""
		if mx {
			suf = "_max"
		}
		popName, replName, ifyName := pre+"heappop"+suf, pre+"heapreplace"+suf, pre+"heapify"+suf
		popQual, ifyQual := "_heapq."+popName, "_heapq."+ifyName
		nativeFunc(m, popName, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := methArgs(popQual, popName, args, kw, 1, 1); exc != nil {
				return nil, exc
			}
			l, exc := heapListArg(popName, "argument", args[0])
			if exc != nil {
				return nil, exc
			}
			return heapPop(t, l, mx)
		})
		nativeFunc(m, replName, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := unpackArgs(replName, args, kw, 2, 2); exc != nil {
				return nil, exc
			}
			l, exc := heapListArg(replName, "argument 1", args[0])
			if exc != nil {
				return nil, exc
			}
			return heapReplace(t, l, args[1], mx)
		})
		nativeFunc(m, ifyName, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := methArgs(ifyQual, ifyName, args, kw, 1, 1); exc != nil {
				return nil, exc
			}
			l, exc := heapListArg(ifyName, "argument", args[0])
			if exc != nil {
				return nil, exc
			}
			return None, heapify(t, l, mx)
		})
	}
	nativeFunc(m, "heappushpop", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := unpackArgs("heappushpop", args, kw, 2, 2); exc != nil {
			return nil, exc
		}
		l, exc := heapListArg("heappushpop", "argument 1", args[0])
		if exc != nil {
			return nil, exc
		}
		item := args[1]
		l.mu.Lock()
		if len(l.items) == 0 {
			l.mu.Unlock()
			return item, nil
		}
		top := l.items[0]
		l.mu.Unlock()
		lt, exc := richLt(t, top, item)
		if exc != nil {
			return nil, exc
		}
		if !lt {
			return item, nil
		}
		return heapReplace(t, l, item, false)
	})
	return nil
}
