package runtime

import (
	"os"
	goruntime "runtime"
	"runtime/pprof"
)

// startProfile writes a Go CPU profile to $GRUMPY_CPUPROFILE while the
// program runs, and an allocation profile (every sampled allocation since
// the start, by call stack) to $GRUMPY_MEMPROFILE when it ends, both for
// `go tool pprof` (`-sample_index=alloc_space` for bytes allocated). It
// returns the function that stops them.
func startProfile() func() {
	memPath := os.Getenv("GRUMPY_MEMPROFILE")
	if memPath != "" {
		goruntime.MemProfileRate = 4096
	}
	stopCPU := startCPUProfile(os.Getenv("GRUMPY_CPUPROFILE"))
	return func() {
		stopCPU()
		if memPath == "" {
			return
		}
		if f, err := os.Create(memPath); err == nil {
			pprof.Lookup("allocs").WriteTo(f, 0)
			f.Close()
		}
	}
}

func startCPUProfile(path string) func() {
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
