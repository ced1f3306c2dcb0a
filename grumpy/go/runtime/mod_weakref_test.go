package runtime

import (
	goruntime "runtime"
	"testing"
)

func TestWeakRefDiesAndCallbackRuns(t *testing.T) {
	th := NewThread()
	cls, exc := NewClass(th, TypeType, "C", nil, NewDict())
	if exc != nil {
		t.Fatal(exc)
	}
	var fired []Object
	cb := NewBuiltin("cb", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		fired = append(fired, args[0])
		return None, nil
	})
	var r, r2 Object
	func() {
		obj := NewInstance(cls)
		r = nmCall(t, th, WeakRefType, obj)
		r2 = nmCall(t, th, WeakRefType, obj, cb)
		if nmCall(t, th, r) != Object(obj) {
			t.Fatal("live referent not returned")
		}
		if again := nmCall(t, th, WeakRefType, obj); again != r {
			t.Error("plain ref not reused")
		}
		if n := len(weakRefsTo(obj)); n != 2 {
			t.Errorf("getweakrefcount = %d", n)
		}
	}()
	for i := 0; i < 3 && nmCall(t, th, r) != None; i++ {
		goruntime.GC()
	}
	WeakrefCollect(th)
	waitWeakCallbacks(th)
	if v := nmCall(t, th, r); v != None {
		t.Fatalf("referent still alive: %v", v)
	}
	if len(fired) != 1 || fired[0] != r2 {
		t.Fatalf("callback calls: %v", fired)
	}
	WeakrefCollect(th)
	if len(fired) != 1 {
		t.Fatalf("callback ran twice")
	}
	if _, exc := Hash(th, r); exc == nil || nmExcText(th, exc) != "TypeError: weak object has gone away" {
		t.Errorf("hash of dead ref: %v", exc)
	}
}

func TestWeakRefRefusals(t *testing.T) {
	th := NewThread()
	for _, c := range []struct {
		o    Object
		want string
	}{
		{MakeInt(1), "TypeError: cannot create weak reference to 'int' object"},
		{NewStr("s"), "TypeError: cannot create weak reference to 'str' object"},
		{NewList(), "TypeError: cannot create weak reference to 'list' object"},
		{NewDict(), "TypeError: cannot create weak reference to 'dict' object"},
		{None, "TypeError: cannot create weak reference to 'NoneType' object"},
		{NewTuple(), "TypeError: cannot create weak reference to 'tuple' object"},
	} {
		if got := nmErr(th, WeakRefType, c.o); got != c.want {
			t.Errorf("%s: got %q", TypeOf(c.o).name, got)
		}
	}
	for _, o := range []Object{ListType, NewSet(), NewDeque(), Builtins.GetStr("len")} {
		if _, exc := Call(th, WeakRefType, []Object{o}, nil); exc != nil {
			t.Errorf("%s should be weakly referenceable: %s", TypeOf(o).name, nmExcText(th, exc))
		}
	}
}

func TestWeakProxy(t *testing.T) {
	th := NewThread()
	m := nmImport(t, th, "_weakref")
	cls, _ := NewClass(th, TypeType, "P", nil, NewDict())
	obj := NewInstance(cls)
	p := nmCall(t, th, nmAttr(t, th, m, "proxy"), obj)
	if exc := SetAttr(th, p, NewStr("x"), MakeInt(5)); exc != nil {
		t.Fatal(nmExcText(th, exc))
	}
	if v := nmAttr(t, th, obj, "x"); v != MakeInt(5) {
		t.Errorf("set through proxy: %v", v)
	}
	if v := nmAttr(t, th, p, "x"); v != MakeInt(5) {
		t.Errorf("get through proxy: %v", v)
	}
	if TypeOf(p) != weakProxyType {
		t.Errorf("proxy type %s", TypeOf(p).name)
	}
	goruntime.KeepAlive(obj)
}

// A referent freed at one collection has its cleanup run late (with one P,
// only when the next collection parks the caller); by then a new object may
// sit at its address. The cleanup must not turn that object's weak pointer
// strong, or the new object survives the collection that should free it.
func TestWeakRefAddressReuseDoesNotResurrect(t *testing.T) {
	defer goruntime.GOMAXPROCS(goruntime.GOMAXPROCS(1))
	th := NewThread()
	survived := 0
	for i := 0; i < 200; i++ {
		var r Object
		func() {
			r = nmCall(t, th, WeakRefType, NewSet())
		}()
		goruntime.GC()
		if nmCall(t, th, r) != None {
			survived++
		}
	}
	if survived > 0 {
		t.Errorf("%d of 200 dropped sets survived a full collection", survived)
	}
}
