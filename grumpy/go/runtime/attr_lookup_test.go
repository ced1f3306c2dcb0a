package runtime

import "testing"

// LookupAttr reports a missing attribute as (nil, nil), finds present ones,
// goes through __getattr__, and lets other errors through.
func TestLookupAttr(t *testing.T) {
	th := NewThread()
	d := NewDict()
	typ, exc := NewClass(th, TypeType, "L", []*Type{ObjectType}, d)
	if exc != nil {
		t.Fatal(exc)
	}
	d.SetStr("present", MakeInt(7))
	withGA, exc := NewClass(th, TypeType, "G", []*Type{ObjectType}, NewDict())
	if exc != nil {
		t.Fatal(exc)
	}
	DefMethod(withGA, "__getattr__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		name := args[1].(*Str).Value()
		switch name {
		case "dyn":
			return NewStr("dynamic"), nil
		case "bad":
			return nil, NewError(ValueErrorType, "bad")
		}
		return nil, NewError(AttributeErrorType, name)
	})
	typeEpoch.Add(1)
	inst, exc := Call(th, typ, nil, nil)
	if exc != nil {
		t.Fatal(exc)
	}
	ga, exc := Call(th, withGA, nil, nil)
	if exc != nil {
		t.Fatal(exc)
	}
	cases := []struct {
		o       Object
		name    string
		want    string // repr of the value; "" for missing
		wantErr *Type
	}{
		{None, "nothing", "", nil},
		{MakeInt(3), "real", "3", nil},
		{MakeInt(3), "nothing", "", nil},
		{inst, "present", "7", nil},
		{inst, "nothing", "", nil},
		{typ, "present", "7", nil},
		{typ, "nothing", "", nil},
		{ga, "dyn", "'dynamic'", nil},
		{ga, "other", "", nil},
		{ga, "bad", "", ValueErrorType},
		{SysModule, "nothing_here", "", nil},
	}
	for _, c := range cases {
		v, exc := LookupAttr(th, c.o, NewStr(c.name))
		if c.wantErr != nil {
			if exc == nil || !exc.IsInstanceOf(c.wantErr) {
				t.Errorf("%s: got %v, %v; want %s", c.name, v, exc, c.wantErr.name)
			}
			continue
		}
		if exc != nil {
			t.Errorf("%s: unexpected %v", c.name, exc)
			continue
		}
		if c.want == "" {
			if v != nil {
				t.Errorf("%s: got %v, want missing", c.name, v)
			}
			continue
		}
		if v == nil {
			t.Errorf("%s: missing, want %s", c.name, c.want)
			continue
		}
		r, exc := Repr(th, v)
		if exc != nil || r.Value() != c.want {
			t.Errorf("%s: got %v, want %s", c.name, r, c.want)
		}
		if ok, exc := HasAttr(th, c.o, NewStr(c.name)); !ok || exc != nil {
			t.Errorf("hasattr %s: %v %v", c.name, ok, exc)
		}
	}
}
