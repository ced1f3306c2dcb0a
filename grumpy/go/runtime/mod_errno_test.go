package runtime

import "testing"

func TestErrnoAtexitGC(t *testing.T) {
	th := NewThread()
	e := nmImport(t, th, "errno")
	for _, c := range []struct {
		name string
		code int64
	}{{"ENOENT", 2}, {"EAGAIN", 11}, {"EWOULDBLOCK", 11}, {"EEXIST", 17}, {"ENOTSUP", 95}} {
		if v := nmAttr(t, th, e, c.name); v != MakeInt(c.code) {
			t.Errorf("%s = %v", c.name, v)
		}
	}
	codes := nmAttr(t, th, e, "errorcode")
	if v, _ := GetItem(th, codes, MakeInt(11)); nmRepr(t, th, v) != "'EAGAIN'" {
		t.Errorf("errorcode[11] = %v", v)
	}
	if ErrnoName(2) != "ENOENT" {
		t.Errorf("ErrnoName(2) = %q", ErrnoName(2))
	}

	a := nmImport(t, th, "atexit")
	var order []string
	mk := func(name string) Object {
		return NewBuiltin(name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			order = append(order, name)
			return None, nil
		})
	}
	first, second := mk("first"), mk("second")
	nmCall(t, th, nmAttr(t, th, a, "register"), first)
	nmCall(t, th, nmAttr(t, th, a, "register"), second)
	nmCall(t, th, nmAttr(t, th, a, "register"), first)
	nmCall(t, th, nmAttr(t, th, a, "unregister"), first)
	if n := nmCall(t, th, nmAttr(t, th, a, "_ncallbacks")); n != MakeInt(1) {
		t.Errorf("_ncallbacks %v", n)
	}
	nmCall(t, th, nmAttr(t, th, a, "_run_exitfuncs"))
	if len(order) != 1 || order[0] != "second" {
		t.Errorf("ran %v", order)
	}
	if got := nmErr(th, nmAttr(t, th, a, "register"), MakeInt(1)); got != "TypeError: the first argument must be callable" {
		t.Errorf("register(1): %s", got)
	}

	g := nmImport(t, th, "gc")
	if v := nmCall(t, th, nmAttr(t, th, g, "collect")); v != MakeInt(0) {
		t.Errorf("collect() = %v", v)
	}
	if got := nmErr(th, nmAttr(t, th, g, "collect"), MakeInt(3)); got != "ValueError: invalid generation" {
		t.Errorf("collect(3): %s", got)
	}
	if got := nmRepr(t, th, nmCall(t, th, nmAttr(t, th, g, "get_threshold"))); got != "(700, 10, 10)" {
		t.Errorf("threshold %s", got)
	}
}
