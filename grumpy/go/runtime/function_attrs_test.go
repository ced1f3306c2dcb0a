package runtime

import (
	"os"
	"path/filepath"
	"testing"
)

func getStrAttr(t *testing.T, th *Thread, o Object, name string) string {
	t.Helper()
	v, exc := GetAttr(th, o, NewStr(name))
	if exc != nil {
		t.Fatalf("getattr %s: %s", name, FormatExceptionOnly(th, exc))
	}
	s, exc := ToStr(th, v)
	if exc != nil {
		t.Fatal(exc)
	}
	return s.s
}

func TestFunctionAttributes(t *testing.T) {
	th := NewThread()
	code := &Code{Name: "f", Qualname: "A.f", Filename: "x.py", FirstLine: 3,
		ArgNames: []string{"a", "b", "c", "args", "kw"}, ArgCount: 2, KwOnlyCount: 1, VarArgs: true, VarKw: true}
	fn := NewFunction(code, func(t *Thread, fn *Function, args []Object, kw []*Str) (Object, *BaseException) {
		return None, nil
	}, NewDict(), []Object{MakeInt(1)}, nil, nil)
	cases := map[string]string{
		"__name__":                "f",
		"__qualname__":            "A.f",
		"__doc__":                 "None",
		"__defaults__.__len__":    "",
		"__code__.co_name":        "f",
		"__code__.co_flags":       "15",
		"__code__.co_argcount":    "2",
		"__code__.co_filename":    "x.py",
		"__code__.co_firstlineno": "3",
	}
	for path, want := range cases {
		if path == "__defaults__.__len__" {
			if d, _ := GetAttr(th, fn, NewStr("__defaults__")); len(d.(*Tuple).items) != 1 {
				t.Errorf("__defaults__ = %v", d)
			}
			continue
		}
		var o Object = fn
		name := path
		if len(path) > 9 && path[:9] == "__code__." {
			o = fn.Code
			name = path[9:]
		}
		if got := getStrAttr(t, th, o, name); got != want {
			t.Errorf("%s = %q, want %q", path, got, want)
		}
	}
	if exc := SetAttr(th, fn, NewStr("__qualname__"), MakeInt(1)); exc == nil {
		t.Error("setting __qualname__ to int succeeded")
	}
	if exc := SetAttr(th, fn, NewStr("custom"), MakeInt(7)); exc != nil {
		t.Fatal(exc)
	}
	if got := getStrAttr(t, th, fn, "custom"); got != "7" {
		t.Errorf("custom = %q", got)
	}
	m := NewMethod(fn, MakeInt(5))
	if got := getStrAttr(t, th, m, "__name__"); got != "f" {
		t.Errorf("method __name__ = %q", got)
	}
	if got := getStrAttr(t, th, m, "__self__"); got != "5" {
		t.Errorf("method __self__ = %q", got)
	}
	r, _ := Repr(th, Builtins.GetStr("len"))
	if r.s != "<built-in function len>" {
		t.Errorf("repr(len) = %q", r.s)
	}
}

func TestFileRoundTrip(t *testing.T) {
	th := NewThread()
	path := filepath.Join(t.TempDir(), "f.txt")
	f, exc := OpenFile(th, []Object{NewStr(path), NewStr("w")}, nil)
	if exc != nil {
		t.Fatal(FormatExceptionOnly(th, exc))
	}
	if _, exc := CallMethod(th, f, NewStr("write"), []Object{NewStr("a\r\nb\rc\n")}, nil); exc != nil {
		t.Fatal(exc)
	}
	if _, exc := CallMethod(th, f, NewStr("close"), nil, nil); exc != nil {
		t.Fatal(exc)
	}
	raw, _ := os.ReadFile(path)
	if string(raw) != "a\r\nb\rc\n" {
		t.Errorf("file holds %q", raw)
	}
	f, exc = OpenFile(th, []Object{NewStr(path)}, nil)
	if exc != nil {
		t.Fatal(exc)
	}
	r, exc := CallMethod(th, f, NewStr("read"), nil, nil)
	if exc != nil {
		t.Fatal(exc)
	}
	if r.(*Str).s != "a\nb\nc\n" {
		t.Errorf("universal newlines read %q", r.(*Str).s)
	}
	_, exc = OpenFile(th, []Object{NewStr(filepath.Join(path, "nope"))}, nil)
	if exc == nil || exc.typ != NotADirectoryErrorType {
		t.Errorf("open under a file: %v", exc)
	}
	_, exc = OpenFile(th, []Object{NewStr(path), NewStr("rw")}, nil)
	if exc == nil || FormatExceptionOnly(th, exc) != "ValueError: must have exactly one of create/read/write/append mode\n" {
		t.Errorf("bad mode: %v", exc)
	}
}
