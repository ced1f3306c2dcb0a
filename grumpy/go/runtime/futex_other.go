//go:build !linux

package runtime

import (
	"sync/atomic"
	"time"
)

// Without futexes a waiter polls the shared word (shm_sem.go).
func futexWait(addr *uint32, val uint32, d time.Duration) {
	step := time.Millisecond
	if d >= 0 && d < step {
		step = d
	}
	if atomic.LoadUint32(addr) == val {
		time.Sleep(step)
	}
}

func futexWake(addr *uint32, n int) {}
