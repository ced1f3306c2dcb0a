package runtime

import (
	"math"
	"sync/atomic"
)

// sys.setswitchinterval / sys.getswitchinterval. Python threads are
// goroutines scheduled by Go (there is no GIL to hand over), so the
// interval is only stored, in microseconds as CPython stores it, and
// read back.

var threadSwitchIntervalUs atomic.Uint64

func init() { threadSwitchIntervalUs.Store(5000) }

func initSysSwitchInterval(d *Dict) {
	get := NewBuiltin("getswitchinterval", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("getswitchinterval", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		return Float(float64(threadSwitchIntervalUs.Load()) * 1e-6), nil
	})
	get.module = "sys"
	d.SetStr("getswitchinterval", get)
	set := NewBuiltin("setswitchinterval", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(kw) > 0 {
			return nil, NewError(TypeErrorType, "sys.setswitchinterval() takes no keyword arguments")
		}
		if len(args) != 1 {
			return nil, Errorf(TypeErrorType, "sys.setswitchinterval() takes exactly one argument (%d given)", len(args))
		}
		x, exc := mathFloat(t, args[0])
		if exc != nil {
			return nil, exc
		}
		if !(x > 0) {
			return nil, NewError(ValueErrorType, "switch interval must be strictly positive")
		}
		us := x * 1e6
		var v uint64
		if us < math.MaxUint64 {
			v = uint64(us)
		}
		threadSwitchIntervalUs.Store(v)
		return None, nil
	})
	set.module = "sys"
	d.SetStr("setswitchinterval", set)
}
