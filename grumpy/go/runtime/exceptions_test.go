package runtime

import (
	"strings"
	"testing"
)

func mustCall(t *testing.T, th *Thread, f Object, args ...Object) Object {
	t.Helper()
	r, exc := Call(th, f, args, nil)
	if exc != nil {
		t.Fatalf("call raised %s: %s", exc.typ.name, FormatExceptionOnly(th, exc))
	}
	return r
}

func TestExceptionStrRepr(t *testing.T) {
	th := NewThread()
	cases := []struct {
		typ        *Type
		args       []Object
		str, repr  string
		resultType *Type
	}{
		{ValueErrorType, nil, "", "ValueError()", ValueErrorType},
		{ValueErrorType, []Object{NewStr("x")}, "x", "ValueError('x')", ValueErrorType},
		{KeyErrorType, []Object{NewStr("k")}, "'k'", "KeyError('k')", KeyErrorType},
		{KeyErrorType, nil, "", "KeyError()", KeyErrorType},
		{OSErrorType, []Object{MakeInt(2), NewStr("No such file or directory"), NewStr("x")},
			"[Errno 2] No such file or directory: 'x'", "", FileNotFoundErrorType},
		{OSErrorType, []Object{MakeInt(13), NewStr("Permission denied")}, "[Errno 13] Permission denied", "", PermissionErrorType},
		{OSErrorType, []Object{MakeInt(1)}, "1", "OSError(1)", OSErrorType},
		{StopIterationType, []Object{MakeInt(5)}, "5", "StopIteration(5)", StopIterationType},
		{ImportErrorType, []Object{NewStr("m")}, "m", "ImportError('m')", ImportErrorType},
		{SyntaxErrorType, []Object{NewStr("bad"), NewTuple(NewStr("/a/f.py"), MakeInt(3), MakeInt(1), NewStr("x"))}, "bad (f.py, line 3)", "", SyntaxErrorType},
		{UnicodeDecodeErrorType, []Object{NewStr("utf-8"), NewBytes([]byte{0xff}), MakeInt(0), MakeInt(1), NewStr("invalid start byte")},
			"'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", "", UnicodeDecodeErrorType},
		{UnicodeEncodeErrorType, []Object{NewStr("ascii"), NewStr("\u00e9"), MakeInt(0), MakeInt(1), NewStr("ordinal not in range(128)")},
			"'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)", "", UnicodeEncodeErrorType},
		{ExceptionGroupType, []Object{NewStr("msg"), NewList(NewException(ValueErrorType), NewException(TypeErrorType))},
			"msg (2 sub-exceptions)", "", ExceptionGroupType},
		{BaseExceptionGroupType, []Object{NewStr("m"), NewList(NewException(ValueErrorType))}, "m (1 sub-exception)", "", ExceptionGroupType},
	}
	for _, c := range cases {
		r := mustCall(t, th, c.typ, c.args...)
		e, ok := r.(*BaseException)
		if !ok {
			t.Fatalf("%s(...) returned %T", c.typ.name, r)
		}
		if e.typ != c.resultType {
			t.Errorf("%s(...): type %s, want %s", c.typ.name, e.typ.name, c.resultType.name)
		}
		s, exc := ToStr(th, e)
		if exc != nil || s.s != c.str {
			t.Errorf("str(%s(...)) = %v, want %q", c.typ.name, s, c.str)
		}
		if c.repr != "" {
			r, exc := Repr(th, e)
			if exc != nil || r.s != c.repr {
				t.Errorf("repr(%s(...)) = %v, want %q", c.typ.name, r, c.repr)
			}
		}
	}
}

func TestExceptionAttributes(t *testing.T) {
	th := NewThread()
	e := mustCall(t, th, OSErrorType, MakeInt(2), NewStr("x"), NewStr("f"), None, NewStr("g")).(*BaseException)
	for name, want := range map[string]Object{"errno": MakeInt(2), "filename": NewStr("f"), "filename2": NewStr("g")} {
		v, exc := GetAttr(th, e, NewStr(name))
		if exc != nil {
			t.Fatalf("%s: %v", name, exc)
		}
		eq, _ := Eq(th, v, want)
		if eq != True {
			t.Errorf("OSError.%s = %v", name, v)
		}
	}
	if len(e.args.items) != 2 {
		t.Errorf("OSError args not truncated: %d", len(e.args.items))
	}
	// Keyword fields.
	r, exc := Call(th, ImportErrorType, []Object{NewStr("m"), NewStr("n")}, []*Str{NewStr("name")})
	if exc != nil {
		t.Fatal(exc)
	}
	if v, _ := GetAttr(th, r, NewStr("name")); v.(*Str).s != "n" {
		t.Errorf("ImportError.name = %v", v)
	}
	_, exc = Call(th, ImportErrorType, []Object{NewStr("x")}, []*Str{NewStr("foo")})
	if exc == nil || !strings.Contains(FormatExceptionOnly(th, exc), "'foo' is an invalid keyword argument for ImportError()") {
		t.Errorf("ImportError(foo=...) error: %v", exc)
	}
	_, exc = Call(th, ValueErrorType, []Object{NewStr("x")}, []*Str{NewStr("foo")})
	if exc == nil || FormatExceptionOnly(th, exc) != "TypeError: ValueError() takes no keyword arguments\n" {
		t.Errorf("ValueError(foo=...) error: %v", exc)
	}
	// __cause__ / __context__ setters.
	v := NewException(ValueErrorType)
	if exc := SetAttr(th, v, NewStr("__cause__"), MakeInt(1)); exc == nil {
		t.Error("setting __cause__ to an int succeeded")
	}
	c := NewException(KeyErrorType)
	if exc := SetAttr(th, v, NewStr("__cause__"), c); exc != nil || v.cause != c || !v.suppressContext {
		t.Error("setting __cause__ failed")
	}
}

func TestFormatExceptionChain(t *testing.T) {
	th := NewThread()
	code := &Code{Name: "f", Filename: "<nofile>", FirstLine: 1}
	inner := NewError(KeyErrorType, "k")
	inner.tb = []TracebackEntry{{Code: code, Line: 3}}
	outer := NewError(ValueErrorType, "bad")
	outer.tb = []TracebackEntry{{Code: code, Line: 5}}
	outer.context = inner
	got := FormatException(th, outer)
	want := "Traceback (most recent call last):\n  File \"<nofile>\", line 3, in f\nKeyError: 'k'\n" +
		"\nDuring handling of the above exception, another exception occurred:\n\n" +
		"Traceback (most recent call last):\n  File \"<nofile>\", line 5, in f\nValueError: bad\n"
	if got != want {
		t.Errorf("chain:\n%s\nwant:\n%s", got, want)
	}
	outer.cause = inner
	outer.suppressContext = true
	got = FormatException(th, outer)
	if !strings.Contains(got, "The above exception was the direct cause of the following exception:") {
		t.Errorf("cause chain:\n%s", got)
	}
}

func TestFormatExceptionGroup(t *testing.T) {
	th := NewThread()
	code := &Code{Name: "<module>", Filename: "<nofile>", FirstLine: 1}
	eg := mustCall(t, th, ExceptionGroupType, NewStr("msg"), NewList(NewError(ValueErrorType, "1"), NewError(TypeErrorType, "2"))).(*BaseException)
	eg.tb = []TracebackEntry{{Code: code, Line: 1}}
	got := FormatException(th, eg)
	want := "  + Exception Group Traceback (most recent call last):\n" +
		"  |   File \"<nofile>\", line 1, in <module>\n" +
		"  | ExceptionGroup: msg (2 sub-exceptions)\n" +
		"  +-+---------------- 1 ----------------\n" +
		"    | ValueError: 1\n" +
		"    +---------------- 2 ----------------\n" +
		"    | TypeError: 2\n" +
		"    +------------------------------------\n"
	if got != want {
		t.Errorf("group:\n%s\nwant:\n%s", got, want)
	}
}

func TestExceptionGroupSplit(t *testing.T) {
	th := NewThread()
	v, k := NewError(ValueErrorType, "v"), NewError(KeyErrorType, "k")
	eg := mustCall(t, th, ExceptionGroupType, NewStr("m"), NewList(v, k))
	r, exc := CallMethod(th, eg, NewStr("split"), []Object{ValueErrorType}, nil)
	if exc != nil {
		t.Fatal(exc)
	}
	pair := r.(*Tuple).items
	m := pair[0].(*BaseException)
	rest := pair[1].(*BaseException)
	if subs := m.Field("exceptions").(*Tuple).items; len(subs) != 1 || subs[0] != v {
		t.Errorf("match: %v", subs)
	}
	if subs := rest.Field("exceptions").(*Tuple).items; len(subs) != 1 || subs[0] != k {
		t.Errorf("rest: %v", subs)
	}
	r, _ = CallMethod(th, eg, NewStr("subgroup"), []Object{ExceptionType}, nil)
	if r != eg {
		t.Error("subgroup(Exception) is not the group itself")
	}
}

func TestNewOSErrorStrerror(t *testing.T) {
	th := NewThread()
	e := NewOSError(2, NewStr("x"))
	if e.typ != FileNotFoundErrorType {
		t.Errorf("type %s", e.typ.name)
	}
	if s, _ := ToStr(th, e); s.s != "[Errno 2] No such file or directory: 'x'" {
		t.Errorf("str %q", s.s)
	}
	for errno, want := range map[int]string{13: "Permission denied", 17: "File exists", 21: "Is a directory", 20: "Not a directory", 39: "Directory not empty"} {
		if got := Strerror(errno); got != want {
			t.Errorf("Strerror(%d) = %q, want %q", errno, got, want)
		}
	}
}
