package runtime

import (
	"os"
	"runtime/pprof"
)

// startProfile writes a Go CPU profile to $GRUMPY_CPUPROFILE while the
// program runs (for `go tool pprof`); it returns the function that stops it.
func startProfile() func() {
	path := os.Getenv("GRUMPY_CPUPROFILE")
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err != nil {
		return func() {}
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return func() {}
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}
}
