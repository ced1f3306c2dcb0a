package runtime

import (
	"os"
	"strconv"
)

// Go's collector starts a cycle when the heap has grown by GOGC% over the
// live heap. A typical Python program keeps a few MB live and allocates
// small objects at a high rate (boxed ints, strs, frames), so at Go's
// default it would collect every few MB: hundreds of cycles a second, each
// with fixed costs (stack scans, write barriers switched on, sweeping).
// A ballast — a large pointer-free allocation that is never touched, so
// it costs address space but no resident memory — raises the heap goal of
// small programs to a few tens of MB while leaving the ratio for large
// heaps unchanged (the goal stays about 2× live + the ballast).
//
// GRUMPY_GC_BALLAST_MB overrides the size (0 turns it off); an explicit
// GOGC leaves the collector as the user set it.
var gcBallast []byte

const defaultBallastMB = 24

func setupGC() {
	if os.Getenv("GOGC") != "" {
		return
	}
	mb := defaultBallastMB
	if s := os.Getenv("GRUMPY_GC_BALLAST_MB"); s != "" {
		if n, err := strconv.Atoi(s); err == nil && n >= 0 {
			mb = n
		}
	}
	if mb > 0 {
		gcBallast = make([]byte, mb<<20)
	}
}
