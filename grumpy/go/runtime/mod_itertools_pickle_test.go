package runtime

import "testing"

// TestItertoolsReduce rebuilds part-consumed iterators from their
// __reduce__ (callable, args[, state]) and compares what they yield.
func TestItertoolsReduce(t *testing.T) {
	th := NewThread()
	m := nmImport(t, th, "itertools")
	f := func(name string) Object { return nmAttr(t, th, m, name) }
	rebuild := func(it Object) Object {
		r := nmMethod(t, th, it, "__reduce__").(*Tuple)
		args := r.items[1].(*Tuple).items
		o := nmCall(t, th, r.items[0], args...)
		if len(r.items) > 2 && r.items[2] != None {
			nmMethod(t, th, o, "__setstate__", r.items[2])
		}
		return o
	}
	str := func(s string) Object { return NewStr(s) }
	cases := []struct {
		name string
		mk   func() Object
		skip int
		want string
	}{
		{"cycle", func() Object { return nmCall(t, th, f("islice"), nmCall(t, th, f("cycle"), str("ab")), MakeInt(5)) }, 1, "['b', 'a', 'b', 'a']"},
		{"chain", func() Object { return nmCall(t, th, f("chain"), str("ab"), str("cd")) }, 1, "['b', 'c', 'd']"},
		{"islice", func() Object { return nmCall(t, th, f("islice"), str("abcdefg"), MakeInt(1), MakeInt(6), MakeInt(2)) }, 1, "['d', 'f']"},
		{"product", func() Object { return nmCall(t, th, f("product"), str("ab"), str("xy")) }, 2, "[('b', 'x'), ('b', 'y')]"},
		{"permutations", func() Object { return nmCall(t, th, f("permutations"), str("abc"), MakeInt(2)) }, 4, "[('c', 'a'), ('c', 'b')]"},
		{"combinations", func() Object { return nmCall(t, th, f("combinations"), str("abcd"), MakeInt(3)) }, 2, "[('a', 'c', 'd'), ('b', 'c', 'd')]"},
		{"cwr", func() Object { return nmCall(t, th, f("combinations_with_replacement"), str("ab"), MakeInt(2)) }, 1, "[('a', 'b'), ('b', 'b')]"},
		{"zip_longest", func() Object { return nmCall(t, th, f("zip_longest"), str("abc"), str("x")) }, 1, "[('b', None), ('c', None)]"},
		{"groupby keys", func() Object { return nmCall(t, th, f("groupby"), str("aabbc")) }, 1, ""},
	}
	for _, c := range cases {
		it := c.mk()
		for i := 0; i < c.skip; i++ {
			if v, exc := Next(th, it); v == nil || exc != nil {
				t.Fatalf("%s: next failed", c.name)
			}
		}
		got := rebuild(it)
		if c.want == "" {
			// groupby yields (key, group) pairs; compare the keys.
			var keys []Object
			for _, kv := range nmList(t, th, got) {
				keys = append(keys, kv.(*Tuple).items[0])
			}
			if s := nmRepr(t, th, NewList(keys...)); s != "['b', 'c']" {
				t.Errorf("%s: got %s", c.name, s)
			}
			continue
		}
		if s := nmRepr(t, th, NewList(nmList(t, th, got)...)); s != c.want {
			t.Errorf("%s: got %s, want %s", c.name, s, c.want)
		}
	}
}

// TestItertoolsSetstateErrors checks __setstate__'s messages.
func TestItertoolsSetstateErrors(t *testing.T) {
	th := NewThread()
	m := nmImport(t, th, "itertools")
	f := func(name string) Object { return nmAttr(t, th, m, name) }
	setstate := func(o Object) Object { return nmAttr(t, th, o, "__setstate__") }
	cases := []struct {
		name  string
		obj   Object
		state Object
		want  string
	}{
		{"cycle not tuple", nmCall(t, th, f("cycle"), NewStr("ab")), NewList(), "TypeError: state is not a tuple"},
		{"cycle count", nmCall(t, th, f("cycle"), NewStr("ab")), NewTuple(NewList()), "TypeError: function takes exactly 2 arguments (1 given)"},
		{"cycle list", nmCall(t, th, f("cycle"), NewStr("ab")), NewTuple(NewStr("x"), MakeInt(0)), "TypeError: argument 1 must be list, not str"},
		{"chain empty", nmCall(t, th, f("chain")), NewTuple(), "TypeError: function takes at least 1 argument (0 given)"},
		{"chain many", nmCall(t, th, f("chain")), NewTuple(None, None, None), "TypeError: function takes at most 2 arguments (3 given)"},
		{"chain iter", nmCall(t, th, f("chain")), NewTuple(NewList()), "TypeError: Arguments must be iterators."},
		{"product", nmCall(t, th, f("product"), NewStr("ab")), NewTuple(), "ValueError: invalid arguments"},
		{"permutations", nmCall(t, th, f("permutations"), NewStr("ab")), NewTuple(NewList(), NewTuple()), "TypeError: argument 1 must be tuple, not list"},
		{"islice", nmCall(t, th, f("islice"), NewStr("ab"), MakeInt(1)), NewStr("x"), "TypeError: an integer is required"},
	}
	for _, c := range cases {
		if got := nmErr(th, setstate(c.obj), c.state); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}
