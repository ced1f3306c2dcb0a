package runtime

import (
	"sync/atomic"
	"syscall"
	"time"
)

// The _multiprocessing module (SemLock, sem_unlink, flags) and
// _posixshmem (shm_open, shm_unlink), as CPython builds them on Linux.
// multiprocessing.synchronize builds its Lock, RLock, Semaphore,
// Condition and Event on SemLock; a spawned child reopens the parent's
// semaphores by name (SemLock._rebuild), so they are named semaphores
// shared through /dev/shm (shm_sem.go). How a Grumpy binary starts its
// own children is in mp_spawn.go.

func init() {
	RegisterModule(&ModuleSpec{Name: "_multiprocessing", Native: initMultiprocessing})
	RegisterModule(&ModuleSpec{Name: "_posixshmem", Native: initPosixShmem})
}

// SemLockType is _multiprocessing.SemLock.
var SemLockType = newNativeType("SemLock", "_multiprocessing", nil, "Semaphore/Mutex type").solidType()

// SemLock kinds (multiprocessing.synchronize's RECURSIVE_MUTEX, SEMAPHORE).
const (
	semRecursiveMutex = 0
	semSemaphore      = 1
)

// SemLock is _multiprocessing.SemLock: a process-shared semaphore plus
// this process's count of acquisitions and the thread that made the last
// one (a recursive mutex's owner).
type SemLock struct {
	sem      *shmSem
	kind     int
	maxvalue int
	name     Object // *Str, or None once unlinked
	count    atomic.Int64
	lastTid  atomic.Int64
}

// Type implements Object.
func (*SemLock) Type() *Type { return SemLockType }

func (s *SemLock) isMine(t *Thread) bool {
	return s.count.Load() > 0 && s.lastTid.Load() == ThreadIdent(t)
}

func semLockOSError(err error) *BaseException { return osErrorFromErr(err, nil) }

func (s *SemLock) acquire(t *Thread, blockO, timeoutO Object) (Object, *BaseException) {
	if s.kind == semRecursiveMutex && s.isMine(t) {
		s.count.Add(1)
		return True, nil
	}
	block, exc := IsTrue(t, blockO)
	if exc != nil {
		return nil, exc
	}
	wait := time.Duration(-1)
	if !block {
		wait = 0
	} else if timeoutO != None {
		secs, exc := mathFloat(t, timeoutO)
		if exc != nil {
			return nil, exc
		}
		if secs < 0 {
			secs = 0
		}
		wait = time.Duration(secs * 1e9)
		if wait == 0 && secs > 0 {
			wait = 1
		}
	}
	ok, exc := s.sem.wait(t, wait)
	if exc != nil {
		return nil, exc
	}
	if !ok {
		return False, nil
	}
	s.count.Add(1)
	s.lastTid.Store(ThreadIdent(t))
	return True, nil
}

func (s *SemLock) release(t *Thread) *BaseException {
	if s.kind == semRecursiveMutex {
		if !s.isMine(t) {
			return NewError(AssertionErrorType, "attempt to release recursive lock not owned by thread")
		}
		if s.count.Load() > 1 {
			s.count.Add(-1)
			return nil
		}
	} else if s.sem.getValue() >= s.maxvalue {
		return NewError(ValueErrorType, "semaphore or lock released too many times")
	}
	if err := s.sem.post(); err != nil {
		return semLockOSError(err)
	}
	s.count.Add(-1)
	return nil
}

func newSemLockObject(cls *Type, sem *shmSem, kind, maxvalue int, name Object) Object {
	return nativeWrap(cls, SemLockType, &SemLock{sem: sem, kind: kind, maxvalue: maxvalue, name: name})
}

func init() {
	S := SemLockType
	S.dict.SetStr("SEM_VALUE_MAX", MakeInt(semValueMax))
	DefStatic(S, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		cls, exc := nativeNewArgs(args, SemLockType)
		if exc != nil {
			return nil, exc
		}
		var kindO, valueO, maxO, nameO, unlinkO Object
		if exc := clinicArgs("SemLock", args[1:], kw, []string{"kind", "value", "maxvalue", "name", "unlink"},
			&kindO, &valueO, &maxO, &nameO, &unlinkO); exc != nil {
			return nil, exc
		}
		kind, exc := indexArg(t, kindO)
		if exc != nil {
			return nil, exc
		}
		value, exc := indexArg(t, valueO)
		if exc != nil {
			return nil, exc
		}
		maxvalue, exc := indexArg(t, maxO)
		if exc != nil {
			return nil, exc
		}
		name, ok := nameO.(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "SemLock() argument 'name' must be str, not %s", TypeOf(nameO).name)
		}
		unlink, exc := IsTrue(t, unlinkO)
		if exc != nil {
			return nil, exc
		}
		if kind != semRecursiveMutex && kind != semSemaphore {
			return nil, NewError(ValueErrorType, "unrecognized kind")
		}
		sem, err := createSem(name.s, value)
		if err != nil {
			return nil, semLockOSError(err)
		}
		var keep Object = name
		if unlink {
			if err := unlinkSem(name.s); err != nil {
				sem.close()
				return nil, semLockOSError(err)
			}
			keep = None
		}
		return newSemLockObject(cls, sem, kind, maxvalue, keep), nil
	})
	DefClassMethod(S, "_rebuild", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := unpackArgs("_rebuild", args[1:], kw, 4, 4); exc != nil {
			return nil, exc
		}
		cls, _ := args[0].(*Type)
		if cls == nil {
			cls = SemLockType
		}
		handle, exc := ioIntArg(t, args[1])
		if exc != nil {
			return nil, exc
		}
		kind, exc := indexArg(t, args[2])
		if exc != nil {
			return nil, exc
		}
		maxvalue, exc := indexArg(t, args[3])
		if exc != nil {
			return nil, exc
		}
		var sem *shmSem
		if args[4] == None {
			// Unnamed: only meaningful in the process that made it.
			if sem = lookupSem(handle); sem == nil {
				return nil, NewOSError(int(syscall.EINVAL), nil)
			}
		} else {
			name, ok := args[4].(*Str)
			if !ok {
				return nil, Errorf(TypeErrorType, "argument 4 must be str or None, not %s", TypeOf(args[4]).name)
			}
			var err error
			if sem, err = openSem(name.s); err != nil {
				return nil, semLockOSError(err)
			}
		}
		return newSemLockObject(cls, sem, kind, maxvalue, args[4]), nil
	})
	acquire := func(t *Thread, s *SemLock, args []Object, kw []*Str) (Object, *BaseException) {
		var blockO, timeoutO Object = True, None
		if exc := clinicArgs("acquire", args, kw, []string{"block?", "timeout?"}, &blockO, &timeoutO); exc != nil {
			return nil, exc
		}
		return s.acquire(t, blockO, timeoutO)
	}
	defNativeMethod(S, "acquire", acquire)
	defNativeMethod(S, "__enter__", func(t *Thread, s *SemLock, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("__enter__", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		return s.acquire(t, True, None)
	})
	defNativeMethod(S, "release", func(t *Thread, s *SemLock, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("release", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		return None, s.release(t)
	})
	defNativeMethod(S, "__exit__", func(t *Thread, s *SemLock, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := unpackArgs("__exit__", args, kw, 0, 3); exc != nil {
			return nil, exc
		}
		return None, s.release(t)
	})
	defNativeMethod(S, "_count", func(t *Thread, s *SemLock, args []Object, kw []*Str) (Object, *BaseException) {
		return MakeInt(s.count.Load()), nil
	})
	defNativeMethod(S, "_is_mine", func(t *Thread, s *SemLock, args []Object, kw []*Str) (Object, *BaseException) {
		return Bool(s.isMine(t)), nil
	})
	defNativeMethod(S, "_get_value", func(t *Thread, s *SemLock, args []Object, kw []*Str) (Object, *BaseException) {
		return MakeInt(int64(s.sem.getValue())), nil
	})
	defNativeMethod(S, "_is_zero", func(t *Thread, s *SemLock, args []Object, kw []*Str) (Object, *BaseException) {
		return Bool(s.sem.getValue() == 0), nil
	})
	defNativeMethod(S, "_after_fork", func(t *Thread, s *SemLock, args []Object, kw []*Str) (Object, *BaseException) {
		s.count.Store(0)
		return None, nil
	})
	member := func(name string, get func(s *SemLock) Object) {
		defMember(S, name, func(t *Thread, o Object) (Object, *BaseException) {
			s, ok := Unwrap(o).(*SemLock)
			if !ok {
				return nil, Errorf(TypeErrorType, "descriptor '%s' for '_multiprocessing.SemLock' objects doesn't apply to a '%s' object", name, TypeOf(o).name)
			}
			return get(s), nil
		})
	}
	member("handle", func(s *SemLock) Object { return MakeInt(s.sem.handle()) })
	member("kind", func(s *SemLock) Object { return MakeInt(int64(s.kind)) })
	member("maxvalue", func(s *SemLock) Object { return MakeInt(int64(s.maxvalue)) })
	member("name", func(s *SemLock) Object { return s.name })
}

func initMultiprocessing(t *Thread, m *Module) *BaseException {
	m.dict.SetStr("SemLock", SemLockType)
	flags := NewDict()
	flags.SetStr("HAVE_SEM_OPEN", MakeInt(1))
	flags.SetStr("HAVE_SEM_TIMEDWAIT", MakeInt(1))
	m.dict.SetStr("flags", flags)
	nativeFunc(m, "sem_unlink", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		var nameO Object
		if exc := clinicArgs("sem_unlink", args, kw, []string{"name"}, &nameO); exc != nil {
			return nil, exc
		}
		name, ok := nameO.(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "sem_unlink() argument must be str, not %s", TypeOf(nameO).name)
		}
		if err := unlinkSem(name.s); err != nil {
			return nil, semLockOSError(err)
		}
		return None, nil
	})
	return nil
}

// _posixshmem: POSIX shared-memory objects are files in /dev/shm.
func initPosixShmem(t *Thread, m *Module) *BaseException {
	nameArg := func(fname string, o Object) (*Str, *BaseException) {
		s, ok := o.(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "%s() argument 'path' must be str, not %s", fname, TypeOf(o).name)
		}
		return s, nil
	}
	nativeFunc(m, "shm_open", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		var pathO, flagsO Object
		var modeO Object = MakeInt(0o777)
		if exc := clinicArgs("shm_open", args, kw, []string{"path", "flags", "mode?"}, &pathO, &flagsO, &modeO); exc != nil {
			return nil, exc
		}
		path, exc := nameArg("shm_open", pathO)
		if exc != nil {
			return nil, exc
		}
		flags, exc := indexArg(t, flagsO)
		if exc != nil {
			return nil, exc
		}
		mode, exc := indexArg(t, modeO)
		if exc != nil {
			return nil, exc
		}
		file, err := shmPath(path.s, "")
		if err != nil {
			return nil, osErrorFromErr(err, path)
		}
		fd, err := syscall.Open(file, flags|syscall.O_NOFOLLOW|syscall.O_CLOEXEC, uint32(mode))
		if err != nil {
			return nil, osErrorFromErr(err, path)
		}
		return MakeInt(int64(fd)), nil
	})
	nativeFunc(m, "shm_unlink", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		var pathO Object
		if exc := clinicArgs("shm_unlink", args, kw, []string{"path"}, &pathO); exc != nil {
			return nil, exc
		}
		path, exc := nameArg("shm_unlink", pathO)
		if exc != nil {
			return nil, exc
		}
		file, err := shmPath(path.s, "")
		if err == nil {
			err = syscall.Unlink(file)
		}
		if err != nil {
			return nil, osErrorFromErr(err, path)
		}
		return None, nil
	})
	return nil
}
