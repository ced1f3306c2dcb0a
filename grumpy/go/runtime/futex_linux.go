//go:build linux

package runtime

import (
	"syscall"
	"time"
	"unsafe"
)

// futexWait sleeps while *addr == val, at most d (negative: no limit), on
// the shared (inter-process) futex of addr's physical page. Spurious and
// early wake-ups are the caller's to handle.
func futexWait(addr *uint32, val uint32, d time.Duration) {
	const futexWaitOp = 0 // FUTEX_WAIT, not FUTEX_PRIVATE_FLAG: the word is shared
	var ts *syscall.Timespec
	if d >= 0 {
		t := syscall.NsecToTimespec(int64(d))
		ts = &t
	}
	syscall.Syscall6(syscall.SYS_FUTEX, uintptr(unsafe.Pointer(addr)), futexWaitOp, uintptr(val),
		uintptr(unsafe.Pointer(ts)), 0, 0)
}

// futexWake wakes up to n sleepers on addr.
func futexWake(addr *uint32, n int) {
	const futexWakeOp = 1 // FUTEX_WAKE
	syscall.Syscall6(syscall.SYS_FUTEX, uintptr(unsafe.Pointer(addr)), futexWakeOp, uintptr(n), 0, 0, 0)
}
