package runtime

// Code is the static description of a compiled function or module body: what
// tracebacks, __code__ and argument binding need.
type Code struct {
	Name      string
	Qualname  string
	Filename  string
	FirstLine int
	// ArgNames lists the parameters in binding order: positional-only and
	// positional, then keyword-only, then *args, then **kwargs.
	ArgNames     []string
	PosOnly      int // count of positional-only parameters
	ArgCount     int // positional parameters incl. positional-only
	KwOnlyCount  int
	VarArgs      bool
	VarKw        bool
	Varnames     []string
	Cellvars     []string // co_cellvars, sorted
	Freevars     []string // co_freevars, sorted
	Generator    bool
	Coroutine    bool
	AsyncGen     bool
	nameStrs     []*Str
	// Program is what package interp compiled, for code objects made by
	// compile() at run time; nil for compiled code.
	Program any
	// Positions is the compiled module's position table (shared by all
	// its code objects): a frame's Line holds -(k+1) for entry k.
	Positions []Position
	// origin is the code object a replace() copy was made from (the
	// first one, whose body it shares), nil for an original.
	origin *Code
}

// body is the original code object whose compiled body c runs.
func (c *Code) body() *Code {
	if c.origin != nil {
		return c.origin
	}
	return c
}

// Frame is one activation: the function's code and current line. Frames
// live in a per-thread arena (see Thread.push) so an ordinary call does not
// allocate; generators own a heap frame that is linked in while they run.
type Frame struct {
	back    *Frame
	code    *Code
	Line    int
	globals *Dict
	gen     bool
	// locals, when set (frame_locals.go), computes locals() for the frame.
	locals func() Object
}

// Code returns the frame's code.
func (f *Frame) Code() *Code { return f.code }

// Globals returns the frame's globals dict.
func (f *Frame) Globals() *Dict { return f.globals }

// Thread is the state one Python thread (one goroutine) carries through every
// call: the frame chain for tracebacks and sys._getframe, the recursion
// depth, and the exception being handled (sys.exc_info, bare raise,
// implicit __context__).
type Thread struct {
	frame  *Frame
	depth  int
	limit  int
	chunks [][]Frame
	top    int
	// handled is the stack of exceptions currently being handled by except
	// blocks, innermost last.
	handled []*BaseException
	ident   int64
}

const frameChunk = 128

// NewThread returns a fresh thread state.
func NewThread() *Thread {
	return &Thread{limit: recursionLimit()}
}

// Push enters code: it allocates a frame from the arena and checks the
// recursion limit.
func (t *Thread) Push(code *Code, globals *Dict) (*Frame, *BaseException) {
	t.depth++
	if t.depth > t.limit {
		t.depth--
		return nil, NewError(RecursionErrorType, "maximum recursion depth exceeded")
	}
	c, i := t.top/frameChunk, t.top%frameChunk
	if c == len(t.chunks) {
		t.chunks = append(t.chunks, make([]Frame, frameChunk))
	}
	f := &t.chunks[c][i]
	t.top++
	f.back, f.code, f.Line, f.globals, f.gen, f.locals = t.frame, code, code.FirstLine, globals, false, nil
	t.frame = f
	return f, nil
}

// Pop leaves the current frame.
func (t *Thread) Pop(f *Frame) {
	t.frame = f.back
	t.top--
	t.depth--
}

// PushGen links a generator's own frame while it runs.
func (t *Thread) PushGen(f *Frame) *BaseException {
	t.depth++
	if t.depth > t.limit {
		t.depth--
		return NewError(RecursionErrorType, "maximum recursion depth exceeded")
	}
	f.back = t.frame
	t.frame = f
	return nil
}

// PopGen unlinks a generator frame.
func (t *Thread) PopGen(f *Frame) {
	t.frame = f.back
	f.back = nil
	t.depth--
}

// CurrentFrame is the innermost frame (sys._getframe(0)).
func (t *Thread) CurrentFrame() *Frame { return t.frame }

// EnterHandler records that an except block is handling e.
func (t *Thread) EnterHandler(e *BaseException) { t.handled = append(t.handled, e) }

// ExitHandler pops the innermost handled exception.
func (t *Thread) ExitHandler() {
	if n := len(t.handled); n > 0 {
		t.handled[n-1] = nil
		t.handled = t.handled[:n-1]
	}
}

// Handled is the exception being handled, or nil (sys.exc_info()[1]).
func (t *Thread) Handled() *BaseException {
	if n := len(t.handled); n > 0 {
		return t.handled[n-1]
	}
	return nil
}

// HandlerDepth and RestoreHandlers let generated code unwind the handled
// stack when control leaves several except blocks at once (return, break).
func (t *Thread) HandlerDepth() int { return len(t.handled) }

// RestoreHandlers truncates the handled stack to depth n.
func (t *Thread) RestoreHandlers(n int) {
	for len(t.handled) > n {
		t.ExitHandler()
	}
}
