package runtime

import (
	"os"
	goruntime "runtime"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
	"unsafe"
	"weak"
)

// A named semaphore that several processes share, without cgo: POSIX
// sem_open's model (a small file in /dev/shm that every process maps)
// with our own layout. The mapped page holds two 32-bit words: the
// semaphore's value and the number of processes' threads waiting on it.
// A waiter sleeps in the kernel with futex(FUTEX_WAIT) on the value word
// (futex_linux.go; the shared, not the process-private, futex, since the
// word is mapped by several processes) and a post wakes one sleeper only
// when the waiter count says there is one. Both sides use sequentially
// consistent atomics, so a post either sees the waiter's count or the
// waiter's futex sees the new value and does not sleep.
//
// The file is named as glibc names a semaphore (/dev/shm/sem.NAME for
// "/NAME"), so a name taken by a live semaphore is refused with
// FileExistsError and sem_unlink removes it. Creation writes the value in
// a temporary file and links it to the name, so no process ever opens a
// half-initialised semaphore.

// shmSemSize is the mapped length (the kernel maps a whole page).
const shmSemSize = 32

// semValueMax is SEM_VALUE_MAX on Linux (INT_MAX).
const semValueMax = 2147483647

type shmSem struct {
	mem []byte
}

func (s *shmSem) value() *uint32   { return (*uint32)(unsafe.Pointer(&s.mem[0])) }
func (s *shmSem) waiters() *uint32 { return (*uint32)(unsafe.Pointer(&s.mem[4])) }

// handle is a number naming the semaphore in this process (CPython's is
// the sem_t pointer).
func (s *shmSem) handle() int64 { return int64(uintptr(unsafe.Pointer(&s.mem[0]))) }

// shmSems maps handles to the semaphores this process has open (weak
// pointers), for SemLock._rebuild of an unnamed one. A semaphore no
// SemLock references any more is unmapped (sem_close in CPython's
// SemLock dealloc), so a program that makes many locks keeps no mappings.
var shmSems sync.Map // int64 -> weak.Pointer[shmSem]

func lookupSem(handle int64) *shmSem {
	if v, ok := shmSems.Load(handle); ok {
		return v.(weak.Pointer[shmSem]).Value()
	}
	return nil
}

func shmDir() string {
	if st, err := os.Stat("/dev/shm"); err == nil && st.IsDir() {
		return "/dev/shm"
	}
	return os.TempDir()
}

// shmPath is the file of a POSIX shared-memory name ("/x" -> /dev/shm/x),
// with glibc's checks: the name, after its leading slashes, must be
// non-empty and contain no slash.
func shmPath(name, prefix string) (string, error) {
	n := strings.TrimLeft(name, "/")
	if n == "" || strings.Contains(n, "/") {
		return "", syscall.EINVAL
	}
	if len(n)+len(prefix) > 255 {
		return "", syscall.ENAMETOOLONG
	}
	return shmDir() + "/" + prefix + n, nil
}

func mapSem(fd int) (*shmSem, error) {
	mem, err := syscall.Mmap(fd, 0, shmSemSize, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_SHARED)
	if err != nil {
		return nil, err
	}
	s := &shmSem{mem: mem}
	h := s.handle()
	shmSems.Store(h, weak.Make(s))
	goruntime.SetFinalizer(s, func(s *shmSem) {
		// Weak pointers to s are already cleared; the address is still
		// mapped, so no newer semaphore has this handle yet.
		if v, ok := shmSems.Load(h); ok && v.(weak.Pointer[shmSem]).Value() == nil {
			shmSems.CompareAndDelete(h, v)
		}
		syscall.Munmap(s.mem)
	})
	return s, nil
}

var shmSemSeq atomic.Uint64

// createSem is sem_open(name, O_CREAT|O_EXCL, 0600, value).
func createSem(name string, value int) (*shmSem, error) {
	path, err := shmPath(name, "sem.")
	if err != nil {
		return nil, err
	}
	if value < 0 || value > semValueMax {
		return nil, syscall.EINVAL
	}
	var tmp string
	var fd int
	for i := 0; ; i++ {
		tmp = sprintf("%s/sem.grumpy%d-%d-%d", shmDir(), os.Getpid(), shmSemSeq.Add(1), time.Now().UnixNano())
		fd, err = syscall.Open(tmp, syscall.O_RDWR|syscall.O_CREAT|syscall.O_EXCL|syscall.O_CLOEXEC, 0600)
		if err != syscall.EEXIST || i > 100 {
			break
		}
	}
	if err != nil {
		return nil, err
	}
	defer syscall.Close(fd)
	defer syscall.Unlink(tmp)
	if err := syscall.Ftruncate(fd, shmSemSize); err != nil {
		return nil, err
	}
	s, err := mapSem(fd)
	if err != nil {
		return nil, err
	}
	atomic.StoreUint32(s.value(), uint32(value))
	if err := syscall.Link(tmp, path); err != nil {
		s.close()
		return nil, err
	}
	return s, nil
}

// openSem is sem_open(name, 0): an existing semaphore.
func openSem(name string) (*shmSem, error) {
	path, err := shmPath(name, "sem.")
	if err != nil {
		return nil, err
	}
	fd, err := syscall.Open(path, syscall.O_RDWR|syscall.O_CLOEXEC|syscall.O_NOFOLLOW, 0)
	if err != nil {
		return nil, err
	}
	defer syscall.Close(fd)
	var st syscall.Stat_t
	if err := syscall.Fstat(fd, &st); err != nil {
		return nil, err
	}
	if st.Size < shmSemSize {
		return nil, syscall.EINVAL
	}
	return mapSem(fd)
}

// unlinkSem is sem_unlink.
func unlinkSem(name string) error {
	path, err := shmPath(name, "sem.")
	if err != nil {
		return err
	}
	return syscall.Unlink(path)
}

func (s *shmSem) close() {
	goruntime.SetFinalizer(s, nil)
	shmSems.Delete(s.handle())
	syscall.Munmap(s.mem)
}

func (s *shmSem) getValue() int { return int(atomic.LoadUint32(s.value())) }

// tryWait is sem_trywait: takes one unit if there is one.
func (s *shmSem) tryWait() bool {
	p := s.value()
	for {
		v := atomic.LoadUint32(p)
		if v == 0 {
			return false
		}
		if atomic.CompareAndSwapUint32(p, v, v-1) {
			return true
		}
	}
}

// post is sem_post.
func (s *shmSem) post() error {
	p := s.value()
	for {
		v := atomic.LoadUint32(p)
		if v >= semValueMax {
			return syscall.EOVERFLOW
		}
		if atomic.CompareAndSwapUint32(p, v, v+1) {
			break
		}
	}
	if atomic.LoadUint32(s.waiters()) > 0 {
		futexWake(p, 1)
	}
	return nil
}

// wait takes one unit, sleeping at most timeout (negative: without
// limit). The main thread wakes every 20 ms to run signal handlers (a
// KeyboardInterrupt ends the wait), as threadWait does.
func (s *shmSem) wait(t *Thread, timeout time.Duration) (bool, *BaseException) {
	if s.tryWait() {
		return true, nil
	}
	if timeout == 0 {
		return false, nil
	}
	var deadline time.Time
	if timeout > 0 {
		deadline = time.Now().Add(timeout)
	}
	for {
		slice := time.Duration(-1)
		if timeout > 0 {
			slice = time.Until(deadline)
			if slice <= 0 {
				return false, nil
			}
		}
		if t.ident == 0 && (slice < 0 || slice > 20*time.Millisecond) {
			slice = 20 * time.Millisecond
		}
		atomic.AddUint32(s.waiters(), 1)
		futexWait(s.value(), 0, slice)
		atomic.AddUint32(s.waiters(), ^uint32(0))
		if s.tryWait() {
			return true, nil
		}
		if t.ident == 0 {
			if exc := CheckSignals(t); exc != nil {
				return false, exc
			}
		}
	}
}
