package runtime

import "testing"

func TestSysSwitchInterval(t *testing.T) {
	th := NewThread()
	d := NewDict()
	initSysSwitchInterval(d)
	set, get := d.GetStr("setswitchinterval"), d.GetStr("getswitchinterval")
	defer threadSwitchIntervalUs.Store(5000)
	cases := []struct {
		arg  Object
		want string // the exception, or the value read back
	}{
		{Float(0.0012345), "0.0012339999999999999"},
		{MakeInt(1), "1.0"},
		{Float(1e-7), "0.0"},
		{NewStr("a"), "TypeError: must be real number, not str"},
		{MakeInt(0), "ValueError: switch interval must be strictly positive"},
		{Float(-1), "ValueError: switch interval must be strictly positive"},
	}
	for _, c := range cases {
		_, exc := Call1(th, set, c.arg)
		got := ""
		if exc != nil {
			got = threadExcText(th, exc)
		} else {
			v, _ := Call0(th, get)
			r, _ := Repr(th, v)
			got = r.s
		}
		if got != c.want {
			t.Errorf("setswitchinterval(%v): %s, want %s", c.arg, got, c.want)
		}
	}
}

func TestThreadInterruptMainErrors(t *testing.T) {
	th := NewThread()
	m := threadModule(t, th)
	for _, n := range []int64{-1, 0, 65, 1000000} {
		_, exc := threadCallAttr(t, th, m, "interrupt_main", MakeInt(n))
		if got := threadExcText(th, exc); got != "ValueError: signal number out of range" {
			t.Errorf("interrupt_main(%d): %s", n, got)
		}
	}
}
