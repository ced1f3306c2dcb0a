package runtime

import "sync/atomic"

// futureDict is the attribute dict of a native Future or Task. CPython's C
// Future has one (tp_dictoffset), so `fut.note = x` works, though it
// exposes no __dict__ attribute; it is made on the first store, as most
// futures never get one.
type futureDict struct{ d atomic.Pointer[Dict] }

func (f *futureDict) getDict() *Dict {
	if d := f.d.Load(); d != nil {
		return d
	}
	f.d.CompareAndSwap(nil, NewDict())
	return f.d.Load()
}

// dictExposed reports whether o's attribute dict is also its __dict__
// attribute: not for a native Future or Task, whose C counterparts keep
// theirs hidden (vars(fut) is a TypeError in CPython).
func dictExposed(o Object) bool {
	switch o.(type) {
	case *asyncFuture, *asyncTask:
		return false
	}
	return true
}
