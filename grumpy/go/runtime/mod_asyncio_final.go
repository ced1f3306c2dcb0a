package runtime

import goruntime "runtime"

// Finalization of _asyncio futures and tasks (finalize.go's machinery).
// A Future is armed only once it holds an exception (set_exception), a
// Task while it is pending (CPython logs "Task was destroyed but it is
// pending!" when one dies so); a task that finishes without an exception
// to report is disarmed, so the collector does not queue it for a __del__
// that would do nothing.

// aioArm arms self (the Python-visible future or task).
func aioArm(self Object) { armDel(self) }

// aioDisarm undoes aioArm, unless the object's class defines its own
// __del__ (then it stays armed for that).
func aioDisarm(self Object) {
	if TypeOf(self).typeFlags()&flagHasDel != 0 {
		return
	}
	addr := uintptr(ifaceOf(self).data)
	final.mu.Lock()
	id, ok := final.byAddr[addr]
	if ok {
		delete(final.byAddr, addr)
		delete(final.live, id)
	}
	final.mu.Unlock()
	if ok {
		goruntime.SetFinalizer(self, nil)
	}
}
