package runtime

import (
	"testing"
)

// Helpers for the native-module tests: import a module, call its functions
// and methods, and compare reprs.

func nmImport(t *testing.T, th *Thread, name string) Object {
	t.Helper()
	m, exc := ImportModule(th, name)
	if exc != nil {
		t.Fatalf("import %s: %s", name, FormatException(th, exc))
	}
	return m
}

func nmAttr(t *testing.T, th *Thread, o Object, name string) Object {
	t.Helper()
	v, exc := GetAttr(th, o, NewStr(name))
	if exc != nil {
		t.Fatalf("getattr %s: %s", name, FormatException(th, exc))
	}
	return v
}

func nmCall(t *testing.T, th *Thread, f Object, args ...Object) Object {
	t.Helper()
	v, exc := Call(th, f, args, nil)
	if exc != nil {
		t.Fatalf("call: %s", FormatException(th, exc))
	}
	return v
}

func nmCallKw(t *testing.T, th *Thread, f Object, args []Object, kw map[string]Object) Object {
	t.Helper()
	names := []*Str{}
	all := append([]Object(nil), args...)
	for k, v := range kw {
		names = append(names, NewStr(k))
		all = append(all, v)
	}
	v, exc := Call(th, f, all, names)
	if exc != nil {
		t.Fatalf("call: %s", FormatException(th, exc))
	}
	return v
}

func nmMethod(t *testing.T, th *Thread, o Object, name string, args ...Object) Object {
	t.Helper()
	v, exc := CallMethod(th, o, NewStr(name), args, nil)
	if exc != nil {
		t.Fatalf("%s(): %s", name, FormatException(th, exc))
	}
	return v
}

// nmErr calls f and returns "Type: message" of the exception it raises.
func nmErr(th *Thread, f Object, args ...Object) string {
	_, exc := Call(th, f, args, nil)
	if exc == nil {
		return "no error"
	}
	return nmExcText(th, exc)
}

func nmExcText(th *Thread, exc *BaseException) string {
	s, e := ToStr(th, exc)
	msg := ""
	if e == nil {
		msg = s.s
	}
	return exc.Type().Name() + ": " + msg
}

func nmRepr(t *testing.T, th *Thread, o Object) string {
	t.Helper()
	r, exc := Repr(th, o)
	if exc != nil {
		t.Fatalf("repr: %s", FormatException(th, exc))
	}
	return r.s
}

func nmList(t *testing.T, th *Thread, o Object) []Object {
	t.Helper()
	items, exc := ToSlice(th, o)
	if exc != nil {
		t.Fatalf("iterate: %s", FormatException(th, exc))
	}
	return items
}

func nmStrs(vs ...string) []Object {
	out := make([]Object, len(vs))
	for i, v := range vs {
		out[i] = NewStr(v)
	}
	return out
}

func TestNativeTypeNames(t *testing.T) {
	th := NewThread()
	cases := []struct {
		typ             *Type
		name, tpName, m string
	}{
		{DequeType, "deque", "collections.deque", "collections"},
		{DefaultDictType, "defaultdict", "collections.defaultdict", "collections"},
		{itChainType, "chain", "itertools.chain", "itertools"},
		{partialType, "partial", "functools.partial", "functools"},
		{WeakRefType, "ReferenceType", "weakref.ReferenceType", "weakref"},
		{formatterIterType, "formatteriterator", "formatteriterator", "builtins"},
	}
	for _, c := range cases {
		if got := nmAttr(t, th, c.typ, "__name__").(*Str).s; got != c.name {
			t.Errorf("%s.__name__ = %q, want %q", c.tpName, got, c.name)
		}
		if nativeTypeName(c.typ) != c.tpName {
			t.Errorf("tp_name %q, want %q", nativeTypeName(c.typ), c.tpName)
		}
		if got := nmAttr(t, th, c.typ, "__module__").(*Str).s; got != c.m {
			t.Errorf("%s.__module__ = %q, want %q", c.tpName, got, c.m)
		}
		if shortTypeName(c.typ) != c.name {
			t.Errorf("shortTypeName = %q", shortTypeName(c.typ))
		}
	}
}

func nmInts(objs []Object) []int64 {
	out := make([]int64, len(objs))
	for i, o := range objs {
		out[i] = int64(o.(Int))
	}
	return out
}
