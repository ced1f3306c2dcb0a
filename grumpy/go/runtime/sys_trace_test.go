package runtime

import "testing"

func TestSysTraceStoresPerThread(t *testing.T) {
	th, other := NewThread(), NewThread()
	fn := NewBuiltin("tracer", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) { return None, nil })
	d := NewDict()
	initSysTrace(d)
	call := func(th *Thread, name string, args ...Object) (Object, *BaseException) {
		return Call(th, d.GetStr(name), args, nil)
	}
	cases := []struct {
		set, get string
		arg      Object
		wantErr  string
	}{
		{"settrace", "gettrace", fn, ""},
		{"setprofile", "getprofile", fn, ""},
		{"settrace", "gettrace", MakeInt(1), ""},
		{"setprofile", "getprofile", MakeInt(1), "'int' object is not callable"},
	}
	for _, c := range cases {
		_, exc := call(th, c.set, c.arg)
		if c.wantErr != "" {
			if exc == nil || excMsg(exc) != c.wantErr {
				t.Errorf("%s(%v): got %v, want %q", c.set, c.arg, exc, c.wantErr)
			}
			continue
		}
		if exc != nil {
			t.Fatalf("%s: %v", c.set, exc)
		}
		if got, _ := call(th, c.get); got != c.arg {
			t.Errorf("%s() = %v, want %v", c.get, got, c.arg)
		}
		if got, _ := call(other, c.get); got != None {
			t.Errorf("%s() on another thread = %v, want None", c.get, got)
		}
		if _, exc := call(th, c.set, None); exc != nil {
			t.Fatal(exc)
		}
		if got, _ := call(th, c.get); got != None {
			t.Errorf("%s() after reset = %v", c.get, got)
		}
	}
	if _, exc := call(th, "settrace"); exc == nil || excMsg(exc) != "sys.settrace() takes exactly one argument (0 given)" {
		t.Errorf("settrace(): %v", exc)
	}
}

func excMsg(e *BaseException) string {
	if e == nil || len(e.Args().Items()) == 0 {
		return ""
	}
	s, _ := e.Args().Items()[0].(*Str)
	if s == nil {
		return ""
	}
	return s.Value()
}
