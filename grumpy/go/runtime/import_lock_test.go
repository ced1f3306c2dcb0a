package runtime

import (
	"testing"
	"time"
)

// A circular import spread over two threads must not deadlock: the thread
// that would close the cycle of waits gets the partial module instead.
func TestImportLockCrossThreadCycle(t *testing.T) {
	t1, t2 := NewThread(), NewThread()
	if claimInit(t1, "_lock_test_a") != nil || claimInit(t2, "_lock_test_b") != nil {
		t.Fatal("fresh names must be claimable")
	}
	inA := initByOther(t2, "_lock_test_a")
	if inA == nil || initByOther(t1, "_lock_test_a") != nil {
		t.Fatal("initByOther must see the other thread's body only")
	}
	waited := make(chan bool)
	go func() { waited <- waitInit(t2, "_lock_test_a", inA) }()
	// Let t2 register its wait for a, then t1 asks for b: that closes a cycle.
	for i := 0; i < 1000; i++ {
		initMu.Lock()
		_, ok := initWaits[t2]
		initMu.Unlock()
		if ok {
			break
		}
		time.Sleep(time.Millisecond)
	}
	if waitInit(t1, "_lock_test_b", initByOther(t1, "_lock_test_b")) {
		t.Fatal("waiting for b would deadlock: waitInit must refuse")
	}
	endInit("_lock_test_a")
	if !<-waited {
		t.Fatal("t2 must wake once a's body has finished")
	}
	endInit("_lock_test_b")
	if initsActive.Load() != 0 {
		t.Fatalf("initsActive = %d after both bodies ended", initsActive.Load())
	}
}

// The owner may run a module's body again while the first run is still
// going (the module left sys.modules and is imported afresh): no self-wait.
func TestImportLockReentrantOwner(t *testing.T) {
	th := NewThread()
	if claimInit(th, "_lock_test_r") != nil || claimInit(th, "_lock_test_r") != nil {
		t.Fatal("the owner must be able to claim its own module again")
	}
	endInit("_lock_test_r")
	if initByOther(NewThread(), "_lock_test_r") == nil {
		t.Fatal("the outer run is still going: others must wait")
	}
	endInit("_lock_test_r")
	if initByOther(NewThread(), "_lock_test_r") != nil || initsActive.Load() != 0 {
		t.Fatal("both runs ended: nothing to wait for")
	}
}
