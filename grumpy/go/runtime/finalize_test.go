package runtime

import (
	goruntime "runtime"
	"testing"
)

// delClass makes a class whose __del__ records the instance's "i" attribute.
func delClass(t *testing.T, th *Thread, base *Type, log *[]int64) *Type {
	d := NewDict()
	typ, exc := NewClass(th, TypeType, "D", []*Type{base}, d)
	if exc != nil {
		t.Fatal(exc)
	}
	DefMethod(typ, "__del__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		v, exc := GetAttr(t, args[0], NewStr("i"))
		if exc != nil {
			return nil, exc
		}
		*log = append(*log, int64(v.(Int)))
		return None, nil
	})
	typeEpoch.Add(1)
	return typ
}

// A chain of objects with __del__, each referencing the next, is finalized
// by one collection, outermost first; dropping the only reference finalizes
// at once.
func TestFinalizeChain(t *testing.T) {
	th := NewThread()
	for _, base := range []*Type{ObjectType, DictType, ListType} {
		var log []int64
		typ := delClass(t, th, base, &log)
		var obj Object = None
		for i := 0; i < 30; i++ {
			o, exc := Call(th, typ, nil, nil)
			if exc != nil {
				t.Fatal(exc)
			}
			if exc := SetAttr(th, o, NewStr("i"), MakeInt(int64(i))); exc != nil {
				t.Fatal(exc)
			}
			if exc := SetAttr(th, o, NewStr("next"), obj); exc != nil {
				t.Fatal(exc)
			}
			obj = o
		}
		Dropped(th, &obj)
		CollectFinal(th)
		if len(log) != 30 {
			t.Fatalf("%s: finalized %v", base.name, log)
		}
		for i, v := range log {
			if v != int64(29-i) {
				t.Fatalf("%s: order %v", base.name, log)
			}
		}
	}
}

// __del__ runs once per object even when it resurrects the object
// (PEP 442), and gc.is_finalized turns true once it returned.
func TestFinalizeOnce(t *testing.T) {
	th := NewThread()
	var saved []Object
	calls := 0
	typ, exc := NewClass(th, TypeType, "R", []*Type{ObjectType}, NewDict())
	if exc != nil {
		t.Fatal(exc)
	}
	DefMethod(typ, "__del__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		calls++
		if IsFinalized(args[0]) {
			calls += 100 // not yet while __del__ runs
		}
		saved = append(saved, args[0])
		return None, nil
	})
	typeEpoch.Add(1)
	cases := []struct {
		name      string
		drop      bool
		wantCalls int
	}{
		{"dropped", true, 1},
		{"kept", false, 0}, // last: nothing later collects it
	}
	for _, c := range cases {
		calls = 0
		saved = nil
		o, exc := Call(th, typ, nil, nil)
		if exc != nil {
			t.Fatal(exc)
		}
		keep := []Object{o}
		o = nil
		if c.drop {
			Dropped(th, &keep[0])
		}
		CollectFinal(th)
		if calls != c.wantCalls {
			t.Fatalf("%s: __del__ calls = %d, want %d", c.name, calls, c.wantCalls)
		}
		if c.drop {
			if len(saved) != 1 || !IsFinalized(saved[0]) {
				t.Fatalf("%s: resurrected object not marked finalized", c.name)
			}
			saved = nil
			CollectFinal(th)
			if calls != 1 {
				t.Fatalf("%s: __del__ ran again after resurrection", c.name)
			}
		} else if IsFinalized(keep[0]) {
			t.Fatalf("%s: live object marked finalized", c.name)
		}
		goruntime.KeepAlive(keep)
	}
}
