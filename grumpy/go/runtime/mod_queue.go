package runtime

import (
	"sync"
	"time"
)

// The _queue module: SimpleQueue (an unbounded, reentrant FIFO queue) and
// Empty. queue.py uses both when the module is present and falls back to
// pure-Python versions when it is not (import_fresh_module blocking it).
//
// The items live in a slice guarded by mu. A getter that finds the queue
// empty waits on the current `ready` channel, which a put closes (and
// replaces), so waiting with a timeout and for SIGINT is one select.

func init() {
	RegisterModule(&ModuleSpec{Name: "_queue", Native: initQueueModule})
}

var (
	// QueueEmptyType is _queue.Empty.
	QueueEmptyType = func() *Type {
		t := newExcType("Empty", ExceptionType)
		t.module = "_queue"
		t.dict.SetStr("__doc__", NewStr("Exception raised by Queue.get(block=0)/get_nowait()."))
		return t
	}()
	// SimpleQueueType is _queue.SimpleQueue.
	SimpleQueueType = newNativeType("SimpleQueue", "_queue", nil, "Simple, unbounded, reentrant FIFO queue.").solidType()
)

// SimpleQueue is _queue.SimpleQueue.
type SimpleQueue struct {
	mu    sync.Mutex
	items []Object
	head  int
	ready chan struct{} // closed by the next put; nil when nobody waits
}

// Type implements Object.
func (*SimpleQueue) Type() *Type { return SimpleQueueType }

// Put appends an item and wakes the waiting getters.
func (q *SimpleQueue) Put(o Object) {
	q.mu.Lock()
	q.items = append(q.items, o)
	if q.ready != nil {
		close(q.ready)
		q.ready = nil
	}
	q.mu.Unlock()
}

// Len is the number of queued items.
func (q *SimpleQueue) Len() int {
	q.mu.Lock()
	n := len(q.items) - q.head
	q.mu.Unlock()
	return n
}

// tryGet pops the first item, or returns the channel to wait on.
func (q *SimpleQueue) tryGet() (Object, <-chan struct{}) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.head < len(q.items) {
		o := q.items[q.head]
		q.items[q.head] = nil
		q.head++
		if q.head == len(q.items) {
			q.items, q.head = q.items[:0], 0
		} else if q.head > 64 && q.head*2 > len(q.items) {
			n := copy(q.items, q.items[q.head:])
			for i := n; i < len(q.items); i++ {
				q.items[i] = nil
			}
			q.items, q.head = q.items[:n], 0
		}
		return o, nil
	}
	if q.ready == nil {
		q.ready = make(chan struct{})
	}
	return nil, q.ready
}

// Get pops the first item, waiting at most timeout (negative: forever,
// 0: not at all); nil without an exception when it timed out.
func (q *SimpleQueue) Get(t *Thread, timeout time.Duration) (Object, *BaseException) {
	o, ready := q.tryGet()
	if o != nil || timeout == 0 {
		return o, nil
	}
	var deadline time.Time
	if timeout > 0 {
		deadline = time.Now().Add(timeout)
	}
	for {
		left := time.Duration(-1)
		if timeout > 0 {
			left = time.Until(deadline)
			if left <= 0 {
				return nil, nil
			}
		}
		ok, exc := threadWait(t, left, func(done, tick <-chan time.Time) (bool, bool) {
			select {
			case <-ready:
				return true, true
			case <-done:
				return false, true
			case <-tick:
				return false, false
			}
		})
		if exc != nil {
			return nil, exc
		}
		o, ready = q.tryGet()
		if o != nil {
			return o, nil
		}
		if !ok {
			return nil, nil
		}
	}
}

func queueEmpty() *BaseException { return NewException(QueueEmptyType) }

func init() {
	Q := SimpleQueueType
	DefStatic(Q, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		cls, exc := nativeNewArgs(args, SimpleQueueType)
		if exc != nil {
			return nil, exc
		}
		if cls == SimpleQueueType {
			if len(args)-len(kw) > 1 {
				return nil, NewError(TypeErrorType, "SimpleQueue() takes no positional arguments")
			}
			if len(kw) > 0 {
				return nil, NewError(TypeErrorType, "SimpleQueue() takes no keyword arguments")
			}
		}
		return nativeWrap(cls, SimpleQueueType, &SimpleQueue{}), nil
	})
	putArgs := func(fname string, args []Object, kw []*Str, withBlock bool) (Object, *BaseException) {
		var item, block, timeout Object = nil, True, None
		var exc *BaseException
		if withBlock {
			exc = clinicArgs(fname, args, kw, []string{"item", "block?", "timeout?"}, &item, &block, &timeout)
		} else {
			exc = clinicArgs(fname, args, kw, []string{"item"}, &item)
		}
		return item, exc
	}
	defNativeMethod(Q, "put", func(t *Thread, q *SimpleQueue, args []Object, kw []*Str) (Object, *BaseException) {
		item, exc := putArgs("put", args, kw, true)
		if exc != nil {
			return nil, exc
		}
		q.Put(item)
		return None, nil
	})
	defNativeMethod(Q, "put_nowait", func(t *Thread, q *SimpleQueue, args []Object, kw []*Str) (Object, *BaseException) {
		item, exc := putArgs("put_nowait", args, kw, false)
		if exc != nil {
			return nil, exc
		}
		q.Put(item)
		return None, nil
	})
	defNativeMethod(Q, "get", func(t *Thread, q *SimpleQueue, args []Object, kw []*Str) (Object, *BaseException) {
		var blockO, timeoutO Object = True, None
		if exc := clinicArgs("get", args, kw, []string{"block?", "timeout?"}, &blockO, &timeoutO); exc != nil {
			return nil, exc
		}
		block, exc := IsTrue(t, blockO)
		if exc != nil {
			return nil, exc
		}
		wait := time.Duration(-1)
		if !block {
			wait = 0
		} else if timeoutO != None {
			secs, exc := threadTimeout(t, timeoutO)
			if exc != nil {
				return nil, exc
			}
			if secs < 0 {
				return nil, NewError(ValueErrorType, "'timeout' must be a non-negative number")
			}
			wait = time.Duration(secs * 1e9)
			if wait == 0 && secs > 0 {
				wait = 1
			}
		}
		o, exc := q.Get(t, wait)
		if exc != nil {
			return nil, exc
		}
		if o == nil {
			return nil, queueEmpty()
		}
		return o, nil
	})
	defNativeMethod(Q, "get_nowait", func(t *Thread, q *SimpleQueue, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) > 0 || len(kw) > 0 {
			return nil, NewError(TypeErrorType, "get_nowait() takes no arguments")
		}
		o, _ := q.Get(t, 0)
		if o == nil {
			return nil, queueEmpty()
		}
		return o, nil
	})
	defNativeMethod(Q, "empty", func(t *Thread, q *SimpleQueue, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) > 0 || len(kw) > 0 {
			return nil, Errorf(TypeErrorType, "SimpleQueue.empty() takes no arguments (%d given)", len(args))
		}
		return Bool(q.Len() == 0), nil
	})
	defNativeMethod(Q, "qsize", func(t *Thread, q *SimpleQueue, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) > 0 || len(kw) > 0 {
			return nil, Errorf(TypeErrorType, "SimpleQueue.qsize() takes no arguments (%d given)", len(args))
		}
		return MakeInt(int64(q.Len())), nil
	})
	DefClassMethod(Q, "__class_getitem__", classGetItem)
}

func initQueueModule(t *Thread, m *Module) *BaseException {
	d := m.dict
	d.SetStr("__doc__", NewStr("C implementation of the Python queue module.\nThis module is an implementation detail, please do not use it directly."))
	d.SetStr("Empty", QueueEmptyType)
	d.SetStr("SimpleQueue", SimpleQueueType)
	return nil
}
