package runtime

import "testing"

func TestFormatterParser(t *testing.T) {
	th := NewThread()
	m := nmImport(t, th, "_string")
	parse := func(s string) string {
		it := nmCall(t, th, nmAttr(t, th, m, "formatter_parser"), NewStr(s))
		var out []Object
		for {
			v, exc := Next(th, it)
			if exc != nil {
				out = append(out, NewStr(nmExcText(th, exc)))
				break
			}
			if v == nil {
				break
			}
			out = append(out, v)
		}
		return nmRepr(t, th, NewList(out...))
	}
	cases := []struct{ in, want string }{
		{"", "[]"},
		{"a{0}b", "[('a', '0', '', None), ('b', None, None, None)]"},
		{"{0!r:>10}", "[('', '0', '>10', 'r')]"},
		{"x{{y}}z", "[('x{', None, None, None), ('y}', None, None, None), ('z', None, None, None)]"},
		{"{0:{1}}", "[('', '0', '{1}', None)]"},
		{"}", "[\"ValueError: Single '}' encountered in format string\"]"},
		{"{", "[\"ValueError: Single '{' encountered in format string\"]"},
		{"{0!rr}", "[\"ValueError: expected ':' after conversion specifier\"]"},
		{"{0[}", "[\"ValueError: expected '}' before end of string\"]"},
		{"{0:", "[\"ValueError: unmatched '{' in format spec\"]"},
		{"\u00e9{0}", "[('\u00e9', '0', '', None)]"},
	}
	for _, c := range cases {
		if got := parse(c.in); got != c.want {
			t.Errorf("parse %q: %s, want %s", c.in, got, c.want)
		}
	}
	split := func(s string) string {
		r, exc := Call(th, nmAttr(t, th, m, "formatter_field_name_split"), []Object{NewStr(s)}, nil)
		if exc != nil {
			return nmExcText(th, exc)
		}
		tup := r.(*Tuple).items
		rest, exc := ToSlice(th, tup[1])
		if exc != nil {
			return nmRepr(t, th, tup[0]) + " " + nmExcText(th, exc)
		}
		return nmRepr(t, th, NewTuple(tup[0], NewList(rest...)))
	}
	for _, c := range []struct{ in, want string }{
		{"0.x[1].y", "(0, [(True, 'x'), (False, 1), (True, 'y')])"},
		{"a[b]", "('a', [(False, 'b')])"},
		{"01", "(1, [])"},
		{"a.", "'a' ValueError: Empty attribute in format string"},
		{"a[", "'a' ValueError: Missing ']' in format string"},
		{"a[0]x", "'a' ValueError: Only '.' or '[' may follow ']' in format field specifier"},
	} {
		if got := split(c.in); got != c.want {
			t.Errorf("split %q: %s, want %s", c.in, got, c.want)
		}
	}
}
