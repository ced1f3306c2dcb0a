package runtime

import (
	"testing"
)

// sreTestCompile calls _sre.compile with code CPython's re._compiler emitted.
func sreTestCompile(t *testing.T, th *Thread, pattern Object, flags int, code []uint32, groups int, groupindex map[string]int) Object {
	t.Helper()
	m := nmImport(t, th, "_sre")
	items := make([]Object, len(code))
	for i, c := range code {
		items[i] = MakeInt(int64(c))
	}
	gi := NewDict()
	ig := make([]Object, groups+1)
	for i := range ig {
		ig[i] = None
	}
	for k, v := range groupindex {
		gi.SetStr(k, MakeInt(int64(v)))
		ig[v] = NewStr(k)
	}
	return nmCall(t, th, nmAttr(t, th, m, "compile"), pattern, MakeInt(int64(flags)), NewList(items...),
		MakeInt(int64(groups)), gi, NewTuple(ig...))
}

func TestSreModuleConstants(t *testing.T) {
	th := NewThread()
	m := nmImport(t, th, "_sre")
	for name, want := range map[string]string{
		"MAGIC": "20220615", "CODESIZE": "4", "MAXREPEAT": "4294967295", "MAXGROUPS": "1073741823",
	} {
		if got := nmRepr(t, th, nmAttr(t, th, m, name)); got != want {
			t.Errorf("_sre.%s = %s, want %s", name, got, want)
		}
	}
	for _, c := range []struct {
		fn   string
		arg  int64
		want string
	}{
		{"ascii_iscased", 'a', "True"}, {"ascii_iscased", '1', "False"}, {"ascii_iscased", 0xe9, "False"},
		{"unicode_iscased", 0xe9, "True"}, {"unicode_iscased", 0x2160, "True"}, {"unicode_iscased", '1', "False"},
		{"ascii_tolower", 'A', "97"}, {"ascii_tolower", 0xc9, "201"},
		{"unicode_tolower", 0xc9, "233"}, {"unicode_tolower", 0x130, "105"}, {"unicode_tolower", 0x212a, "107"},
		{"getcodesize", -1, "4"},
	} {
		var got Object
		if c.arg < 0 {
			got = nmCall(t, th, nmAttr(t, th, m, c.fn))
		} else {
			got = nmCall(t, th, nmAttr(t, th, m, c.fn), MakeInt(c.arg))
		}
		if r := nmRepr(t, th, got); r != c.want {
			t.Errorf("_sre.%s(%d) = %s, want %s", c.fn, c.arg, r, c.want)
		}
	}
}

func TestSrePatternMethods(t *testing.T) {
	th := NewThread()
	// re._compiler._code(re._parser.parse(r'(?P<d>\d+)-(\w)?'), 0)
	p := sreTestCompile(t, th, NewStr(`(?P<d>\d+)-(\w)?`), 32,
		[]uint32{14, 4, 0, 2, 4294967295, 17, 0, 24, 9, 1, 4294967295, 13, 4, 8, 10, 0, 1, 17, 1, 16, 45, 23, 12, 0, 1, 17, 2, 13, 4, 8, 14, 0, 17, 3, 18, 1},
		2, map[string]int{"d": 1})
	if got := nmRepr(t, th, p); got != `re.compile('(?P<d>\\d+)-(\\w)?')` {
		t.Errorf("repr %s", got)
	}
	m := nmMethod(t, th, p, "search", NewStr("xx 12-a 3-"))
	for _, c := range []struct{ expr, want string }{
		{"repr", "<re.Match object; span=(3, 7), match='12-a'>"},
		{"groups", "('12', 'a')"},
		{"groupdict", "{'d': '12'}"},
		{"regs", "((3, 7), (3, 5), (6, 7))"},
		{"lastindex", "2"},
		{"lastgroup", "None"},
	} {
		var v Object
		if c.expr == "repr" {
			v = m
		} else if c.expr == "regs" || c.expr == "lastindex" || c.expr == "lastgroup" {
			v = nmAttr(t, th, m, c.expr)
		} else {
			v = nmMethod(t, th, m, c.expr)
		}
		if got := nmRepr(t, th, v); got != c.want {
			t.Errorf("match.%s = %s, want %s", c.expr, got, c.want)
		}
	}
	if got := nmRepr(t, th, nmMethod(t, th, m, "group", NewStr("d"), MakeInt(2), MakeInt(0))); got != "('12', 'a', '12-a')" {
		t.Errorf("group = %s", got)
	}
	if got := nmErr(th, nmAttr(t, th, m, "group"), MakeInt(3)); got != "IndexError: no such group" {
		t.Errorf("group(3): %s", got)
	}
	if got := nmRepr(t, th, nmMethod(t, th, p, "findall", NewStr("1-a 2- 3-c"))); got != "[('1', 'a'), ('2', ''), ('3', 'c')]" {
		t.Errorf("findall = %s", got)
	}
	if got := nmRepr(t, th, nmMethod(t, th, p, "split", NewStr("x1-ay2- z"))); got != "['x', '1', 'a', 'y', '2', None, ' z']" {
		t.Errorf("split = %s", got)
	}
	if got := nmRepr(t, th, nmMethod(t, th, p, "sub", NewStr("#"), NewStr("x1-ay2-z"))); got != "'x#y#'" {
		t.Errorf("sub = %s", got)
	}
	upper := NewBuiltin("f", func(th *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return CallMethod(th, args[0], NewStr("group"), []Object{MakeInt(1)}, nil)
	})
	if got := nmRepr(t, th, nmMethod(t, th, p, "subn", upper, NewStr("x1-ay22-z"))); got != "('x1y22', 2)" {
		t.Errorf("subn = %s", got)
	}
	if got := nmErr(th, nmAttr(t, th, p, "match"), NewBytes([]byte("1-"))); got != "TypeError: cannot use a string pattern on a bytes-like object" {
		t.Errorf("bytes subject: %s", got)
	}
	if got := nmErr(th, nmAttr(t, th, p, "match"), MakeInt(1)); got != "TypeError: expected string or bytes-like object, got 'int'" {
		t.Errorf("int subject: %s", got)
	}
	it := nmMethod(t, th, p, "finditer", NewStr("1-a 2-b"))
	if n := len(nmList(t, th, it)); n != 2 {
		t.Errorf("finditer yielded %d matches", n)
	}
}

func TestSreCompileRejectsBadCode(t *testing.T) {
	th := NewThread()
	m := nmImport(t, th, "_sre")
	compile := nmAttr(t, th, m, "compile")
	bad := NewList(MakeInt(sreOpLiteral), MakeInt(97))
	if got := nmErr(th, compile, NewStr("a"), MakeInt(0), bad, MakeInt(0), NewDict(), NewTuple(None)); got != "RuntimeError: invalid SRE code" {
		t.Errorf("compile(bad code): %s", got)
	}
	neg := NewList(MakeInt(-1), MakeInt(sreOpSuccess))
	if got := nmErr(th, compile, NewStr("a"), MakeInt(0), neg, MakeInt(0), NewDict(), NewTuple(None)); got != "OverflowError: can't convert negative value to unsigned int" {
		t.Errorf("compile(negative code): %s", got)
	}
}

func TestSreBytesPattern(t *testing.T) {
	th := NewThread()
	// a|b compiled for bytes: [INFO ... IN RANGE a b FAILURE SUCCESS]
	p := sreTestCompile(t, th, NewBytes([]byte("a|b")), 0,
		[]uint32{14, 8, 4, 1, 1, 22, 97, 98, 0, 13, 5, 22, 97, 98, 0, 1}, 0, nil)
	if got := nmRepr(t, th, nmMethod(t, th, p, "findall", NewBytes([]byte("xaby\xffb")))); got != "[b'a', b'b', b'b']" {
		t.Errorf("findall = %s", got)
	}
	if got := nmErr(th, nmAttr(t, th, p, "search"), NewStr("a")); got != "TypeError: cannot use a bytes pattern on a string-like object" {
		t.Errorf("str subject: %s", got)
	}
}
