package runtime

import (
	"sync"
	"sync/atomic"
)

// Module initialisation across threads. There is no global interpreter
// lock, so two threads may import the same module at once: as in CPython
// (importlib._bootstrap's per-module locks), the second waits until the
// first has run the module's body instead of seeing a half-initialised
// module, unless waiting would deadlock (a circular import spread over two
// threads), in which case it gets the partial module as CPython does.

// moduleInit is one module body being run.
type moduleInit struct {
	owner *Thread
	done  chan struct{}
	// depth counts the owner's nested runs of the same module's body (a
	// module that drops itself from sys.modules and is imported afresh
	// while its first body still runs): re-entrant, as CPython's
	// _ModuleLock is for its owner.
	depth int
}

var (
	initMu sync.Mutex
	// inits: module name → the body running now.
	inits = map[string]*moduleInit{}
	// initWaits: thread → the module whose body it waits for.
	initWaits = map[*Thread]string{}
	// initsActive lets the common case (no body running anywhere) skip the lock.
	initsActive atomic.Int32
)

// claimInit registers t as the thread running name's body. It returns nil
// when t now owns it; otherwise the body another thread is running (wait
// for it, then look again), or a finished marker when the module appeared
// in sys.modules meanwhile.
func claimInit(t *Thread, name string) *moduleInit {
	initMu.Lock()
	defer initMu.Unlock()
	if in := inits[name]; in != nil {
		if in.owner == t {
			in.depth++
			return nil
		}
		return in
	}
	if SysModules.getStr(NewStr(name)) != nil {
		return finishedInit
	}
	inits[name] = &moduleInit{owner: t, done: make(chan struct{}), depth: 1}
	initsActive.Add(1)
	return nil
}

// finishedInit is claimInit's answer for a module imported meanwhile.
var finishedInit = &moduleInit{done: closedChan()}

func closedChan() chan struct{} {
	c := make(chan struct{})
	close(c)
	return c
}

// endInit marks name's body finished (successfully or not) and wakes the
// threads waiting for it.
func endInit(name string) {
	initMu.Lock()
	in := inits[name]
	if in != nil {
		if in.depth--; in.depth > 0 {
			initMu.Unlock()
			return
		}
		delete(inits, name)
	}
	initMu.Unlock()
	if in != nil {
		initsActive.Add(-1)
		close(in.done)
	}
}

// initByOther is the body of name another thread is running, or nil (none,
// or t's own: a circular import within one thread sees the partial module).
func initByOther(t *Thread, name string) *moduleInit {
	if initsActive.Load() == 0 {
		return nil
	}
	initMu.Lock()
	defer initMu.Unlock()
	if in := inits[name]; in != nil && in.owner != t {
		return in
	}
	return nil
}

// waitInit blocks until in's body has finished; false (without waiting)
// when waiting would deadlock because in's owner waits, directly or
// through others, for a body t is running.
func waitInit(t *Thread, name string, in *moduleInit) bool {
	if in == finishedInit {
		return true
	}
	initMu.Lock()
	for u, i := in.owner, 0; u != nil && i < 1000; i++ {
		wanted, ok := initWaits[u]
		if !ok {
			break
		}
		next := inits[wanted]
		if next == nil {
			break
		}
		if next.owner == t {
			initMu.Unlock()
			return false
		}
		u = next.owner
	}
	initWaits[t] = name
	initMu.Unlock()
	<-in.done
	initMu.Lock()
	delete(initWaits, t)
	initMu.Unlock()
	return true
}
