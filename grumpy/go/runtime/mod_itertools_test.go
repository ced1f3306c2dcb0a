package runtime

import (
	"testing"
)

func TestItertools(t *testing.T) {
	th := NewThread()
	m := nmImport(t, th, "itertools")
	f := func(name string) Object { return nmAttr(t, th, m, name) }
	ints := func(vs ...int64) Object {
		out := make([]Object, len(vs))
		for i, v := range vs {
			out[i] = MakeInt(v)
		}
		return NewList(out...)
	}
	take := func(it Object, n int) Object {
		return NewList(nmList(t, th, nmCall(t, th, f("islice"), it, MakeInt(int64(n))))...)
	}
	all := func(it Object) Object { return NewList(nmList(t, th, it)...) }
	cases := []struct {
		name string
		got  func() Object
		want string
	}{
		{"count", func() Object { return take(nmCall(t, th, f("count"), MakeInt(3), MakeInt(2)), 3) }, "[3, 5, 7]"},
		{"count repr", func() Object { return nmCall(t, th, f("count"), Float(1.5), Float(0.5)) }, "count(1.5, 0.5)"},
		{"count overflow", func() Object {
			c := nmCall(t, th, f("count"), MakeInt(1<<63-1))
			take(c, 2)
			return c
		}, "count(9223372036854775809)"},
		{"cycle", func() Object { return take(nmCall(t, th, f("cycle"), NewStr("ab")), 5) }, "['a', 'b', 'a', 'b', 'a']"},
		{"repeat", func() Object { return all(nmCall(t, th, f("repeat"), MakeInt(7), MakeInt(2))) }, "[7, 7]"},
		{"repeat repr", func() Object { return nmCall(t, th, f("repeat"), NewStr("x"), MakeInt(-3)) }, "repeat('x', 0)"},
		{"accumulate", func() Object { return all(nmCall(t, th, f("accumulate"), ints(1, 2, 3))) }, "[1, 3, 6]"},
		{"accumulate initial", func() Object {
			return all(nmCallKw(t, th, f("accumulate"), []Object{ints(1, 2)}, map[string]Object{"initial": MakeInt(10)}))
		}, "[10, 11, 13]"},
		{"chain", func() Object { return all(nmCall(t, th, f("chain"), NewStr("ab"), ints(1))) }, "['a', 'b', 1]"},
		{"from_iterable", func() Object {
			return all(nmCall(t, th, nmAttr(t, th, f("chain"), "from_iterable"), NewList(NewStr("xy"), NewStr("z"))))
		}, "['x', 'y', 'z']"},
		{"compress", func() Object { return all(nmCall(t, th, f("compress"), NewStr("abcd"), ints(1, 0, 1))) }, "['a', 'c']"},
		{"filterfalse", func() Object { return all(nmCall(t, th, f("filterfalse"), None, ints(0, 1, 0, 2))) }, "[0, 0]"},
		{"islice", func() Object {
			return all(nmCall(t, th, f("islice"), NewStr("abcdefg"), MakeInt(1), None, MakeInt(2)))
		}, "['b', 'd', 'f']"},
		{"pairwise", func() Object { return all(nmCall(t, th, f("pairwise"), NewStr("abc"))) }, "[('a', 'b'), ('b', 'c')]"},
		{"zip_longest", func() Object {
			return all(nmCallKw(t, th, f("zip_longest"), []Object{NewStr("ab"), NewStr("x")}, map[string]Object{"fillvalue": NewStr("-")}))
		}, "[('a', 'x'), ('b', '-')]"},
		{"product", func() Object {
			return all(nmCallKw(t, th, f("product"), []Object{ints(0, 1)}, map[string]Object{"repeat": MakeInt(2)}))
		}, "[(0, 0), (0, 1), (1, 0), (1, 1)]"},
		{"product empty", func() Object { return all(nmCall(t, th, f("product"))) }, "[()]"},
		{"permutations", func() Object { return all(nmCall(t, th, f("permutations"), NewStr("abc"), MakeInt(2))) },
			"[('a', 'b'), ('a', 'c'), ('b', 'a'), ('b', 'c'), ('c', 'a'), ('c', 'b')]"},
		{"permutations r>n", func() Object { return all(nmCall(t, th, f("permutations"), NewStr("ab"), MakeInt(3))) }, "[]"},
		{"combinations", func() Object { return all(nmCall(t, th, f("combinations"), NewStr("abcd"), MakeInt(3))) },
			"[('a', 'b', 'c'), ('a', 'b', 'd'), ('a', 'c', 'd'), ('b', 'c', 'd')]"},
		{"cwr", func() Object {
			return all(nmCall(t, th, f("combinations_with_replacement"), NewStr("ab"), MakeInt(2)))
		}, "[('a', 'a'), ('a', 'b'), ('b', 'b')]"},
		{"groupby", func() Object {
			var out []Object
			g := nmCall(t, th, f("groupby"), NewStr("aabca"))
			for {
				kg, exc := Next(th, g)
				if exc != nil || kg == nil {
					break
				}
				items := kg.(*Tuple).items
				out = append(out, NewTuple(items[0], NewList(nmList(t, th, items[1])...)))
			}
			return NewList(out...)
		}, "[('a', ['a', 'a']), ('b', ['b']), ('c', ['c']), ('a', ['a'])]"},
		{"tee", func() Object {
			pair := nmCall(t, th, f("tee"), NewStr("xyz")).(*Tuple)
			a := all(pair.items[0])
			return NewTuple(a, all(pair.items[1]))
		}, "(['x', 'y', 'z'], ['x', 'y', 'z'])"},
	}
	for _, c := range cases {
		if got := nmRepr(t, th, c.got()); got != c.want {
			t.Errorf("%s: got %s, want %s", c.name, got, c.want)
		}
	}
	errs := []struct {
		fn   string
		args []Object
		want string
	}{
		{"count", []Object{NewStr("a")}, "TypeError: a number is required"},
		{"cycle", nil, "TypeError: cycle expected 1 argument, got 0"},
		{"islice", []Object{NewList(), MakeInt(-1)}, "ValueError: Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."},
		{"islice", []Object{NewList(), MakeInt(0), MakeInt(1), MakeInt(0)}, "ValueError: Step for islice() must be a positive integer or None."},
		{"tee", []Object{NewList(), MakeInt(-1)}, "ValueError: n must be >= 0"},
		{"permutations", []Object{NewList(), NewStr("a")}, "TypeError: Expected int as r"},
		{"combinations", []Object{NewList(), MakeInt(-1)}, "ValueError: r must be non-negative"},
		{"dropwhile", []Object{None}, "TypeError: dropwhile expected 2 arguments, got 1"},
	}
	for _, e := range errs {
		if got := nmErr(th, f(e.fn), e.args...); got != e.want {
			t.Errorf("%s%v: got %q, want %q", e.fn, e.args, got, e.want)
		}
	}
}

// TestTeeLong crosses several of tee's buffer links with both iterators
// at different positions.
func TestTeeLong(t *testing.T) {
	th := NewThread()
	m := nmImport(t, th, "itertools")
	r, _ := Call(th, Builtins.GetStr("range"), []Object{MakeInt(500)}, nil)
	pair := nmCall(t, th, nmAttr(t, th, m, "tee"), r).(*Tuple)
	a, b := pair.items[0], pair.items[1]
	for i := 0; i < 130; i++ {
		if v, _ := Next(th, a); v != MakeInt(int64(i)) {
			t.Fatalf("a[%d] = %v", i, v)
		}
	}
	for i := 0; i < 500; i++ {
		if v, _ := Next(th, b); v != MakeInt(int64(i)) {
			t.Fatalf("b[%d] = %v", i, v)
		}
	}
	rest := nmList(t, th, a)
	if len(rest) != 370 || rest[0] != MakeInt(130) {
		t.Fatalf("rest of a: %d items", len(rest))
	}
}
