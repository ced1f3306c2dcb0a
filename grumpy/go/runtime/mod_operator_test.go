package runtime

import "testing"

func TestOperatorModule(t *testing.T) {
	th := NewThread()
	m := nmImport(t, th, "_operator")
	f := func(name string) Object { return nmAttr(t, th, m, name) }
	cases := []struct {
		got  func() Object
		want string
	}{
		{func() Object { return nmCall(t, th, f("add"), MakeInt(2), MakeInt(3)) }, "5"},
		{func() Object { return nmCall(t, th, f("lt"), MakeInt(2), MakeInt(3)) }, "True"},
		{func() Object { return nmCall(t, th, f("pow"), MakeInt(2), MakeInt(10)) }, "1024"},
		{func() Object { return nmCall(t, th, f("and_"), MakeInt(6), MakeInt(3)) }, "2"},
		{func() Object { return nmCall(t, th, f("neg"), MakeInt(3)) }, "-3"},
		{func() Object { return nmCall(t, th, f("not_"), MakeInt(0)) }, "True"},
		{func() Object { return nmCall(t, th, f("concat"), NewList(MakeInt(1)), NewList(MakeInt(2))) }, "[1, 2]"},
		{func() Object { return nmCall(t, th, f("countOf"), NewStr("abca"), NewStr("a")) }, "2"},
		{func() Object { return nmCall(t, th, f("indexOf"), NewStr("abc"), NewStr("c")) }, "2"},
		{func() Object { return nmCall(t, th, f("length_hint"), NewList(MakeInt(1)), MakeInt(5)) }, "1"},
		{func() Object { return nmCall(t, th, nmCall(t, th, f("itemgetter"), MakeInt(1)), NewStr("xyz")) }, "'y'"},
		{func() Object {
			return nmCall(t, th, nmCall(t, th, f("itemgetter"), MakeInt(0), MakeInt(2)), NewStr("xyz"))
		}, "('x', 'z')"},
		{func() Object { return nmCall(t, th, f("itemgetter"), MakeInt(0), NewStr("k")) }, "operator.itemgetter(0, 'k')"},
		{func() Object { return nmCall(t, th, nmCall(t, th, f("attrgetter"), NewStr("real.imag")), MakeInt(5)) }, "0"},
		{func() Object { return nmCall(t, th, f("attrgetter"), NewStr("a"), NewStr("b.c")) }, "operator.attrgetter('a', 'b.c')"},
		{func() Object {
			mc := nmCallKw(t, th, f("methodcaller"), []Object{NewStr("split"), NewStr(",")}, map[string]Object{"maxsplit": MakeInt(1)})
			return nmCall(t, th, mc, NewStr("a,b,c"))
		}, "['a', 'b,c']"},
		{func() Object { return nmCall(t, th, f("methodcaller"), NewStr("f"), MakeInt(1)) }, "operator.methodcaller('f', 1)"},
		{func() Object { return nmCall(t, th, f("_compare_digest"), NewStr("ab"), NewStr("ab")) }, "True"},
	}
	for i, c := range cases {
		if got := nmRepr(t, th, c.got()); got != c.want {
			t.Errorf("case %d: got %s, want %s", i, got, c.want)
		}
	}
	errs := []struct {
		fn   string
		args []Object
		want string
	}{
		{"add", []Object{MakeInt(1)}, "TypeError: add expected 2 arguments, got 1"},
		{"abs", nil, "TypeError: _operator.abs() takes exactly one argument (0 given)"},
		{"concat", []Object{MakeInt(1), MakeInt(2)}, "TypeError: 'int' object can't be concatenated"},
		{"indexOf", []Object{NewList(), MakeInt(2)}, "ValueError: sequence.index(x): x not in sequence"},
		{"itemgetter", nil, "TypeError: itemgetter expected 1 argument, got 0"},
		{"attrgetter", []Object{MakeInt(1)}, "TypeError: attribute name must be a string"},
		{"methodcaller", nil, "TypeError: methodcaller needs at least one argument, the method name"},
		{"_compare_digest", []Object{NewStr("a"), NewBytes([]byte("a"))}, "TypeError: a bytes-like object is required, not 'str'"},
		{"_compare_digest", []Object{NewStr("a"), MakeInt(1)}, "TypeError: unsupported operand types(s) or combination of types: 'str' and 'int'"},
		{"_compare_digest", []Object{NewStr("\u00e9"), NewStr("\u00e9")}, "TypeError: comparing strings with non-ASCII characters is not supported"},
	}
	for _, e := range errs {
		if got := nmErr(th, f(e.fn), e.args...); got != e.want {
			t.Errorf("%s: %q, want %q", e.fn, got, e.want)
		}
	}
}
