package runtime

import "testing"

func recursionMsg(th *Thread, exc *BaseException) string {
	if exc == nil {
		return "<nil>"
	}
	s, e := ToStr(th, exc)
	if e != nil {
		return "<str failed>"
	}
	return TypeOf(exc).Name() + ": " + s.s
}

func TestRecursionEnterLeave(t *testing.T) {
	th := NewThread()
	th.limit = 5
	for i := 0; i < 5; i++ {
		if exc := th.Enter(recCall); exc != nil {
			t.Fatalf("level %d: unexpected %s", i, recursionMsg(th, exc))
		}
	}
	exc := th.Enter(recCompare)
	if th.Depth() != 5 {
		t.Errorf("a failed Enter changed the depth: %d", th.Depth())
	}
	for i := 0; i < 5; i++ {
		th.Leave()
	}
	if th.Depth() != 0 {
		t.Errorf("depth after leaving: %d", th.Depth())
	}
	th.limit = 1000
	if got, want := recursionMsg(th, exc), "RecursionError: maximum recursion depth exceeded in comparison"; got != want {
		t.Errorf("overflow: got %q, want %q", got, want)
	}
	var nilThread *Thread
	if exc := nilThread.Enter(recRepr); exc != nil {
		t.Errorf("nil thread: %v", exc)
	}
	nilThread.Leave()
}

func nestedList(n int) Object {
	var o Object = NewList()
	for i := 0; i < n; i++ {
		o = NewList(o)
	}
	return o
}

func nestedTuple(inner Object, n int) Object {
	o := inner
	for i := 0; i < n; i++ {
		o = NewTuple(o)
	}
	return o
}

func TestRecursionGuardedPaths(t *testing.T) {
	th := NewThread()
	limit := th.limit
	cyc := NewList()
	cyc.Append(cyc)
	cycDict := NewDict()
	cycDict.SetStr("k", cycDict)
	cyc2 := NewDict()
	cyc2.SetStr("k", cyc2)
	cases := []struct {
		name string
		run  func() (Object, *BaseException)
		want string // "" for success
		repr string // expected repr of the result on success
	}{
		{"repr cycle", func() (Object, *BaseException) { return Repr(th, cyc) }, "", "'[[...]]'"},
		{"repr dict cycle", func() (Object, *BaseException) { return Repr(th, cycDict) }, "", "\"{'k': {...}}\""},
		{"repr deep list", func() (Object, *BaseException) { return Repr(th, nestedList(limit+10)) },
			"RecursionError: maximum recursion depth exceeded while getting the repr of an object", ""},
		{"str deep list", func() (Object, *BaseException) { return ToStr(th, nestedList(limit+10)) },
			"RecursionError: maximum recursion depth exceeded while getting the repr of an object", ""},
		{"repr shallow list", func() (Object, *BaseException) {
			r, exc := Repr(th, nestedList(limit/4))
			if exc != nil {
				return nil, exc
			}
			return MakeInt(int64(len(r.s))), nil
		}, "", "502"},
		{"compare deep lists", func() (Object, *BaseException) {
			return Compare(th, CmpEQ, nestedList(limit+10), nestedList(limit+10))
		}, "RecursionError: maximum recursion depth exceeded in comparison", ""},
		{"compare deep tuples", func() (Object, *BaseException) {
			return Compare(th, CmpLT, nestedTuple(MakeInt(1), limit+10), nestedTuple(MakeInt(2), limit+10))
		}, "RecursionError: maximum recursion depth exceeded in comparison", ""},
		{"compare shallow tuples", func() (Object, *BaseException) {
			return Compare(th, CmpLT, nestedTuple(MakeInt(1), limit/4), nestedTuple(MakeInt(2), limit/4))
		}, "", "True"},
		{"compare dict cycles", func() (Object, *BaseException) { return Eq(th, cycDict, cyc2) },
			"RecursionError: maximum recursion depth exceeded in comparison", ""},
		{"compare dict cycle with itself", func() (Object, *BaseException) { return Eq(th, cycDict, cycDict) }, "", "True"},
		{"isinstance deep tuple", func() (Object, *BaseException) {
			ok, exc := IsInstance(th, NewStr(""), nestedTuple(StrType, limit+10))
			return Bool(ok), exc
		}, "RecursionError: maximum recursion depth exceeded in __instancecheck__", ""},
		{"issubclass deep tuple", func() (Object, *BaseException) {
			ok, exc := IsSubclass(th, StrType, nestedTuple(StrType, limit+10))
			return Bool(ok), exc
		}, "RecursionError: maximum recursion depth exceeded in __subclasscheck__", ""},
		{"isinstance shallow tuple", func() (Object, *BaseException) {
			ok, exc := IsInstance(th, NewStr(""), nestedTuple(StrType, limit/4))
			return Bool(ok), exc
		}, "", "True"},
		{"call instance of itself", func() (Object, *BaseException) {
			cls, exc := Call(th, TypeType, []Object{NewStr("A"), NewTuple(ObjectType), NewDict()}, nil)
			if exc != nil {
				return nil, exc
			}
			inst, exc := Call(th, cls, nil, nil)
			if exc != nil {
				return nil, exc
			}
			if exc := SetAttr(th, cls, strCall, inst); exc != nil {
				return nil, exc
			}
			return Call(th, inst, nil, nil)
		}, "RecursionError: maximum recursion depth exceeded while calling a Python object", ""},
	}
	for _, c := range cases {
		r, exc := c.run()
		if th.Depth() != 0 {
			t.Errorf("%s: depth %d after the call", c.name, th.Depth())
			th.depth = 0
		}
		if c.want != "" {
			if got := recursionMsg(th, exc); got != c.want {
				t.Errorf("%s: got %q, want %q", c.name, got, c.want)
			}
			continue
		}
		if exc != nil {
			t.Errorf("%s: unexpected %s", c.name, recursionMsg(th, exc))
			continue
		}
		s, e := Repr(th, r)
		if e != nil || s.s != c.repr {
			t.Errorf("%s: got %v, want %s", c.name, s, c.repr)
		}
	}
}

func BenchmarkRecursionEnterLeave(b *testing.B) {
	th := NewThread()
	for i := 0; i < b.N; i++ {
		if th.Enter(recCompare) == nil {
			th.Leave()
		}
	}
}
