package runtime

import "testing"

func TestCsvReaderCases(t *testing.T) {
	th := NewThread()
	m := nmImport(t, th, "_csv")
	reader := nmAttr(t, th, m, "reader")
	for _, c := range []struct {
		lines []string
		kw    map[string]Object
		want  string
	}{
		{[]string{"a,b,c"}, nil, "[['a', 'b', 'c']]"},
		{[]string{`"a,b",c`}, nil, "[['a,b', 'c']]"},
		{[]string{`"a""b",c`}, nil, `[['a"b', 'c']]`},
		{[]string{"\"a\n", "b\",c\n"}, nil, "[['a\\nb', 'c']]"},
		{[]string{"a;b"}, map[string]Object{"delimiter": NewStr(";")}, "[['a', 'b']]"},
		{[]string{`a\,b,c`}, map[string]Object{"escapechar": NewStr(`\`)}, "[['a,b', 'c']]"},
		{[]string{" a,  b"}, map[string]Object{"skipinitialspace": True}, "[['a', 'b']]"},
		{[]string{"", "x"}, nil, "[[], ['x']]"},
		{[]string{`1,"a",2.5,`}, map[string]Object{"quoting": MakeInt(2)}, "[[1.0, 'a', 2.5, '']]"},
	} {
		r := nmCallKw(t, th, reader, []Object{NewList(nmStrs(c.lines...)...)}, c.kw)
		rows := nmCall(t, th, ListType, r)
		if got := nmRepr(t, th, rows); got != c.want {
			t.Errorf("%q: %s, want %s", c.lines, got, c.want)
		}
	}
	for _, c := range []struct {
		lines []string
		kw    map[string]Object
		want  string
	}{
		{[]string{`"ab"c,d`}, map[string]Object{"strict": True}, "Error: ',' expected after '\"'"},
		{[]string{`"ab`}, map[string]Object{"strict": True}, "Error: unexpected end of data"},
		{[]string{"a\rb"}, nil, "Error: new-line character seen in unquoted field - do you need to open the file in universal-newline mode?"},
	} {
		r := nmCallKw(t, th, reader, []Object{NewList(nmStrs(c.lines...)...)}, c.kw)
		if got := nmErr(th, ListType, r); got != c.want {
			t.Errorf("%q: %q, want %q", c.lines, got, c.want)
		}
	}
}
