package runtime

import (
	"os"
	"runtime/debug"
	"strconv"
)

// The recursion guard: CPython's Py_EnterRecursiveCall/Py_LeaveRecursiveCall.
//
// Python frames (Thread.Push) count against the recursion limit, but Go code
// that recurses on user data without entering a Python frame — repr of a
// nested list, == between two self-containing dicts, an instance whose
// __call__ is an instance of its own class — would otherwise recurse until
// Go's stack limit ends the whole process with "fatal error: stack overflow"
// (which no recover() can catch). The protocol entry points that CPython
// guards (PyObject_Repr, PyObject_Str, PyObject_RichCompare, the tp_call of
// a non-function object) bump the same per-thread depth as Python frames, as
// CPython 3.11 does with its single recursion_remaining counter, and raise
// RecursionError with CPython's message when the limit is passed.
//
// Cost: one increment, one compare and one decrement of a field of the
// Thread, paid only where the special method called is not a Python function
// (whose frame is counted by Thread.Push anyway) — a builtin container's
// __repr__/__eq__/... or a callable object — and in the loops over nested
// tuples; the fast paths for exact ints, floats and strs never reach it.

// Recursion sites: the suffix CPython appends to "maximum recursion depth
// exceeded".
const (
	recCall    = " while calling a Python object"
	recRepr    = " while getting the repr of an object"
	recStr     = " while getting the str of an object"
	recCompare = " in comparison"
	recInstChk = " in __instancecheck__"
	recSubChk  = " in __subclasscheck__"
)

// Enter is Py_EnterRecursiveCall: it counts one level of Go recursion on
// user data against the thread's recursion limit. A nil result must be
// matched by one Leave; a RecursionError means the level was not entered.
// where is one of the suffixes above (or "").
func (t *Thread) Enter(where string) *BaseException {
	if t == nil {
		return nil
	}
	t.depth++
	if t.depth > t.limit {
		return t.overflow(where)
	}
	return nil
}

// Leave is Py_LeaveRecursiveCall.
func (t *Thread) Leave() {
	if t != nil {
		t.depth--
	}
}

// overflow undoes Enter's increment and builds the RecursionError (kept out
// of line so Enter inlines).
//
//go:noinline
func (t *Thread) overflow(where string) *BaseException {
	t.depth--
	return NewError(RecursionErrorType, "maximum recursion depth exceeded"+where)
}

// callUnaryGuarded calls the special method f found on o's type (__repr__,
// __str__) inside the recursion guard. A Python function is called as is:
// its frame counts against the limit already, so the guard is only paid
// where Go code may recurse on user data (builtin container methods,
// callable objects standing in for methods).
func callUnaryGuarded(t *Thread, f, o Object, where string) (Object, *BaseException) {
	if _, ok := f.(*Function); ok {
		return callUnaryDunder(t, f, o)
	}
	if exc := t.Enter(where); exc != nil {
		return nil, exc
	}
	r, exc := callUnaryDunder(t, f, o)
	t.Leave()
	return r, exc
}

// callDunderGuarded is callUnaryGuarded for binary special methods
// (rich comparisons).
func callDunderGuarded(t *Thread, f, self, other Object, where string) (Object, *BaseException) {
	if _, ok := f.(*Function); ok {
		return callBinaryDunder(t, f, self, other)
	}
	if exc := t.Enter(where); exc != nil {
		return nil, exc
	}
	r, exc := callBinaryDunder(t, f, self, other)
	t.Leave()
	return r, exc
}

// Depth is the thread's current recursion depth (Python frames plus guarded
// Go levels).
func (t *Thread) Depth() int { return t.depth }

// maxGoStack is the Go stack limit of every goroutine (debug.SetMaxStack;
// Go's default is 1 GiB on 64-bit targets). A Python frame costs its
// compiled function's Go frame plus the protocol frames between two Python
// calls. Measured with sys.setrecursionlimit(100000) and infinite recursion:
// a plain recursive function peaks at 60 MB of resident memory, recursion
// through __repr__, __call__ or __eq__ at 65-135 MB, through __getattr__ or
// a property at about 240 MB, and the worst shape, __getattr__ recursion in
// code run by exec() (package interp), at about 425 MB: Go stacks grow by
// doubling, so that one needs a 512 MiB stack. 2 GiB leaves a margin of 4
// over that worst case at a limit of 100000 (and allows limits of several
// hundred thousand for plain recursion) while bounding what a runaway
// recursion can take: growing the stack from 1 to 2 GiB briefly maps 3 GiB.
// The recursion limit therefore raises RecursionError before Go's stack
// limit is reached for limits up to 100000 at least. A limit set far beyond
// that (CPython's own Lib/test/crashers/recursive_call.py sets 1<<30) can
// still end the process with Go's "fatal error: stack overflow", where
// CPython ends with a segmentation fault. GRUMPY_MAX_STACK_MB overrides the
// cap.
const maxGoStack = 2 << 30

func init() {
	n := int64(maxGoStack)
	if s := os.Getenv("GRUMPY_MAX_STACK_MB"); s != "" {
		if mb, err := strconv.ParseInt(s, 10, 64); err == nil && mb > 0 {
			n = mb << 20
		}
	}
	if int64(int(n)) == n {
		debug.SetMaxStack(int(n))
	}
}
