package runtime

import (
	"sync"
	"testing"
)

func TestFunctoolsReduceAndPartial(t *testing.T) {
	th := NewThread()
	m := nmImport(t, th, "_functools")
	add := NewBuiltin("add", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return Add(t, args[0], args[1])
	})
	reduce := nmAttr(t, th, m, "reduce")
	if v := nmCall(t, th, reduce, add, NewList(MakeInt(1), MakeInt(2), MakeInt(3))); v != MakeInt(6) {
		t.Errorf("reduce %v", v)
	}
	if v := nmCall(t, th, reduce, add, NewList(), MakeInt(9)); v != MakeInt(9) {
		t.Errorf("reduce initial %v", v)
	}
	for _, c := range []struct {
		args []Object
		want string
	}{
		{[]Object{add, NewList()}, "TypeError: reduce() of empty iterable with no initial value"},
		{[]Object{add, MakeInt(1)}, "TypeError: reduce() arg 2 must support iteration"},
		{nil, "TypeError: reduce expected at least 2 arguments, got 0"},
	} {
		if got := nmErr(th, reduce, c.args...); got != c.want {
			t.Errorf("reduce error %q, want %q", got, c.want)
		}
	}
	partial := nmAttr(t, th, m, "partial")
	inner := nmCallKw(t, th, partial, []Object{IntType, NewStr("11")}, map[string]Object{"base": MakeInt(2)})
	if v := nmCall(t, th, inner); v != MakeInt(3) {
		t.Errorf("partial call %v", v)
	}
	if got := nmRepr(t, th, inner); got != "functools.partial(<class 'int'>, '11', base=2)" {
		t.Errorf("repr %s", got)
	}
	outer := nmCall(t, th, partial, inner)
	if nmAttr(t, th, outer, "func") != Object(IntType) {
		t.Errorf("nested partial not flattened")
	}
	if got := nmErr(th, partial, MakeInt(1)); got != "TypeError: the first argument must be callable" {
		t.Errorf("non-callable: %s", got)
	}
	if got := nmErr(th, partial); got != "TypeError: type 'partial' takes at least one argument" {
		t.Errorf("no args: %s", got)
	}
}

func lruTestWrapper(t *testing.T, th *Thread, fn Object, maxsize Object, typed bool) Object {
	m := nmImport(t, th, "_functools")
	info := NewBuiltin("CacheInfo", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return NewTuple(args...), nil
	})
	return nmCall(t, th, nmAttr(t, th, m, "_lru_cache_wrapper"), fn, maxsize, Bool(typed), info)
}

func TestLRUCacheEviction(t *testing.T) {
	th := NewThread()
	var calls []int64
	fn := NewBuiltin("f", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if i, ok := args[0].(Int); ok {
			calls = append(calls, int64(i))
		}
		return Mul(t, args[0], MakeInt(10))
	})
	w := lruTestWrapper(t, th, fn, MakeInt(2), false)
	for _, x := range []int64{1, 1, 2, 3, 1, 3} {
		if v := nmCall(t, th, w, MakeInt(x)); v != MakeInt(x*10) {
			t.Fatalf("f(%d) = %v", x, v)
		}
	}
	if got := nmRepr(t, th, NewList(nmInts2(calls)...)); got != "[1, 2, 3, 1]" {
		t.Errorf("calls %s", got)
	}
	if got := nmRepr(t, th, nmMethod(t, th, w, "cache_info")); got != "(2, 4, 2, 2)" {
		t.Errorf("cache_info %s", got)
	}
	nmMethod(t, th, w, "cache_clear")
	if got := nmRepr(t, th, nmMethod(t, th, w, "cache_info")); got != "(0, 0, 2, 0)" {
		t.Errorf("after clear %s", got)
	}
	typed := lruTestWrapper(t, th, fn, None, true)
	nmCall(t, th, typed, MakeInt(1))
	nmCall(t, th, typed, Float(1))
	nmCall(t, th, typed, MakeInt(1))
	if got := nmRepr(t, th, nmMethod(t, th, typed, "cache_info")); got != "(1, 2, None, 2)" {
		t.Errorf("typed cache_info %s", got)
	}
	if _, exc := Call(th, w, []Object{NewList()}, nil); exc == nil || nmExcText(th, exc) != "TypeError: unhashable type: 'list'" {
		t.Errorf("unhashable: %v", exc)
	}
}

func nmInts2(vs []int64) []Object {
	out := make([]Object, len(vs))
	for i, v := range vs {
		out[i] = MakeInt(v)
	}
	return out
}

// TestRaceLRUConcurrent calls one bounded cache from many goroutines.
func TestRaceLRUConcurrent(t *testing.T) {
	th := NewThread()
	fn := NewBuiltin("sq", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return Mul(t, args[0], args[0])
	})
	w := lruTestWrapper(t, th, fn, MakeInt(16), false)
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			th := NewThread()
			for i := 0; i < 400; i++ {
				x := int64((i*7 + g) % 40)
				v, exc := Call(th, w, []Object{MakeInt(x)}, nil)
				if exc != nil || v != MakeInt(x*x) {
					errs <- "bad result"
					return
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Fatal(e)
	}
	info := nmMethod(t, th, w, "cache_info").(*Tuple).items
	if n := int64(info[3].(Int)); n > 16 {
		t.Errorf("currsize %d exceeds maxsize", n)
	}
	if h, m := int64(info[0].(Int)), int64(info[1].(Int)); h+m != 8*400 {
		t.Errorf("hits+misses = %d", h+m)
	}
}

func TestCmpToKey(t *testing.T) {
	th := NewThread()
	m := nmImport(t, th, "_functools")
	cmp := NewBuiltin("cmp", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return Sub(t, args[1], args[0]) // reversed order
	})
	K := nmCall(t, th, nmAttr(t, th, m, "cmp_to_key"), cmp)
	a, b := nmCall(t, th, K, MakeInt(1)), nmCall(t, th, K, MakeInt(2))
	if r, _ := Compare(th, CmpLT, a, b); r != False {
		t.Errorf("K(1) < K(2) = %v with reversed cmp", r)
	}
	if _, exc := Compare(th, CmpLT, a, MakeInt(2)); exc == nil || nmExcText(th, exc) != "TypeError: other argument must be K instance" {
		t.Errorf("other: %v", exc)
	}
}
