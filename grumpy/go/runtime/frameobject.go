package runtime

import "weak"

// FrameObject is a Python-visible snapshot of an activation (sys._getframe,
// traceback.tb_frame). Frames proper live in a per-thread arena and are
// reused, so the object copies what it shows when it is made.
type FrameObject struct {
	code *Code
	// lineno is the frame's Line when the snapshot was taken (a line
	// number or an encoded position, see position()).
	lineno  int
	globals *Dict
	back    *FrameObject
	hasBack bool
	// live is the arena frame this snapshot was taken from; while it is
	// still on the thread's stack, f_lineno reads its current line.
	live *Frame
	// locals is the frame's locals provider (frame_locals.go), if any.
	locals func() Object
	// gen is the generator owning the frame (gi_frame), if any: weak, so
	// that the generator's finalizer still runs while the frame lives.
	gen weak.Pointer[Generator]
	// tf is the activation's tracing state (f_trace), if it is traced.
	tf *traceFrame
}

// FrameType is `frame`.
var FrameType = finalType(newBuiltinType("frame", ObjectType))

// Type implements Object.
func (*FrameObject) Type() *Type { return FrameType }

// snapshotFrames copies the chain of frames starting at f.
func snapshotFrames(f *Frame) *FrameObject {
	var first, prev *FrameObject
	for ; f != nil; f = f.back {
		fo := &FrameObject{code: f.code, lineno: f.Line, globals: f.globals, hasBack: true, live: f, locals: f.locals}
		if prev != nil {
			prev.back = fo
		} else {
			first = fo
		}
		prev = fo
	}
	return first
}

// linkLiveBack gives a traceback's outermost frame (the one that caught the
// exception) its callers: while its activation is still on t's stack, f_back
// is a snapshot of the frames below it, as in CPython, where tb_frame is the
// live frame (logging's handleError walks tb_frame.f_back to the caller).
func (fo *FrameObject) linkLiveBack(t *Thread) {
	if fo.live == nil || fo.live.gen {
		return
	}
	for f := t.CurrentFrame(); f != nil; f = f.back {
		if f == fo.live {
			if f.code == fo.code {
				fo.back = snapshotFrames(f.back)
				fo.hasBack = true
			}
			return
		}
	}
}

// rawLine is the frame's Line: read from the running frame while it is
// still on t's stack, else as snapshotted.
func (fo *FrameObject) rawLine(t *Thread) int {
	if fo.live != nil {
		if fo.live.gen && fo.live.code == fo.code {
			// A generator's frame is its own (never reused): its line
			// is current whether or not it is running.
			return fo.live.Line
		}
		for f := t.CurrentFrame(); f != nil; f = f.back {
			if f == fo.live {
				if f.code == fo.code {
					return f.Line
				}
				break
			}
		}
	}
	return fo.lineno
}

func init() {
	defGetSet(FrameType, "f_code", func(t *Thread, o Object) (Object, *BaseException) {
		if c := o.(*FrameObject).code; c != nil {
			return c, nil
		}
		return None, nil
	}, nil)
	defGetSet(FrameType, "f_lineno", func(t *Thread, o Object) (Object, *BaseException) {
		fo := o.(*FrameObject)
		return MakeInt(int64(lineOf(fo.code, fo.rawLine(t)))), nil
	}, nil)
	defGetSet(FrameType, "f_lasti", func(t *Thread, o Object) (Object, *BaseException) {
		return MakeInt(int64(lasti(o.(*FrameObject).rawLine(t)))), nil
	}, nil)
	defGetSet(FrameType, "f_back", func(t *Thread, o Object) (Object, *BaseException) {
		fo := o.(*FrameObject)
		if fo.back == nil && !fo.hasBack {
			fo.linkLiveBack(t)
		}
		if b := fo.back; b != nil {
			return b, nil
		}
		return None, nil
	}, nil)
	defGetSet(FrameType, "f_globals", func(t *Thread, o Object) (Object, *BaseException) {
		if g := o.(*FrameObject).globals; g != nil {
			return g, nil
		}
		return NewDict(), nil
	}, nil)
	defGetSet(FrameType, "f_locals", func(t *Thread, o Object) (Object, *BaseException) {
		fo := o.(*FrameObject)
		if fo.locals != nil {
			return fo.locals(), nil
		}
		if fo.code != nil && fo.code.Name == "<module>" && fo.globals != nil {
			return fo.globals, nil
		}
		return NewDict(), nil
	}, nil)
	defGetSet(FrameType, "f_builtins", func(t *Thread, o Object) (Object, *BaseException) {
		return Builtins, nil
	}, nil)
	defGetSet(FrameType, "f_trace", func(t *Thread, o Object) (Object, *BaseException) {
		return o.(*FrameObject).frameTrace(), nil
	}, func(t *Thread, o, v Object) *BaseException {
		if v == nil {
			v = None
		}
		o.(*FrameObject).setFrameTrace(t, v)
		return nil
	})
	DefMethod(FrameType, "clear", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		fo, ok := args[0].(*FrameObject)
		if !ok {
			return nil, descrSelfError("clear", FrameType, args)
		}
		return None, fo.clear(t)
	})
	DefMethod(FrameType, "__repr__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		fo := args[0].(*FrameObject)
		file, name := "", ""
		if fo.code != nil {
			file, name = fo.code.Filename, fo.code.Name
		}
		return NewStr(sprintf("<frame at %#x, file '%s', line %d, code %s>", addrOf(fo), file, lineOf(fo.code, fo.rawLine(t)), name)), nil
	})
}

// clear is frame.clear(): a generator's frame finalizes its generator
// (CPython's frame_clear calls _PyGen_Finalize): a suspended one is closed,
// a coroutine that never ran warns that it was never awaited; a running
// one cannot be cleared.
func (fo *FrameObject) clear(t *Thread) *BaseException {
	g := fo.gen.Value()
	if g == nil {
		if fo.live != nil {
			for f := t.CurrentFrame(); f != nil; f = f.back {
				if f == fo.live && f.code == fo.code {
					return NewError(RuntimeErrorType, "cannot clear an executing frame")
				}
			}
		}
		fo.clearLocals()
		return nil
	}
	g.mu.Lock()
	running := g.running
	g.mu.Unlock()
	if running {
		return NewError(RuntimeErrorType, "cannot clear an executing frame")
	}
	finalizeGenerator(t, g)
	return nil
}

// clearLocals is clear() of a finished function frame: its variables are
// unbound, so f_locals (the same dict) is empty from then on.
func (fo *FrameObject) clearLocals() {
	if fo.locals == nil || fo.code == nil || fo.code.ArgNames == nil {
		return
	}
	if d, ok := fo.locals().(*Dict); ok {
		d.Clear()
		fo.locals = func() Object { return d }
	}
}
