package runtime

import "sync/atomic"

// Trace and profile events (sys.settrace, sys.setprofile, frame.f_trace).
//
// Compiled code has no interpreter loop to hook, so events come from calls
// the compiler emits: a function entry calls TraceCall, each new line
// TraceLine, each exit TraceReturn/TraceExit, and PropagateTraced (an exception
// raised in or passing through a frame) traceException. The compiler emits
// them only in the program's own modules and only when one of them names
// settrace/setprofile/f_trace (driver.modules.mark_tracing): other programs
// carry no hook at all. Each hook is guarded by Tracing(), one atomic load,
// false unless some thread has a trace or profile function.
//
// What is delivered, as CPython does: "call" (the global trace function's
// result becomes the frame's local trace function, f_trace), "line" when
// the running line changes, "return" with the value (None when an exception
// unwinds the frame), "exception" with (type, value, traceback) where an
// exception is raised in or propagates into a traced frame; the profile
// function gets "call" and "return". Events are not delivered while a trace
// or profile function runs; a trace function that raises is unset and its
// exception propagates. Not delivered: "opcode", the profile's
// "c_call"/"c_return"/"c_exception" (builtins have no frames), events of
// generator and coroutine frames, of comprehension and class-body frames,
// and of standard-library functions (compiled without hooks).

// tracing counts the threads that have a trace or profile function.
var tracing atomic.Int32

// Tracing reports whether any thread has a trace or profile function: the
// guard of every compiled hook.
func Tracing() bool { return tracing.Load() != 0 }

// traceFrame is the tracing state of one activation: its frame object (one
// per activation, so a debugger can compare frames by identity) and its
// local trace function (f_trace).
type traceFrame struct {
	fo       *FrameObject
	trace    Object
	lastLine int
}

func eventStr(name string) *Str { return NewStr(name) }

var (
	evCall      = eventStr("call")
	evLine      = eventStr("line")
	evReturn    = eventStr("return")
	evException = eventStr("exception")
)

// active is whether h has a trace or profile function.
func (h *traceHooks) active() bool { return h.trace != None || h.profile != None }

// setHook installs fn as the trace (or profile) function of h, keeping the
// tracing count in step.
func (h *traceHooks) setHook(profile bool, fn Object) {
	was := h.active()
	if profile {
		h.profile = fn
	} else {
		h.trace = fn
	}
	if now := h.active(); now != was {
		if now {
			tracing.Add(1)
		} else {
			tracing.Add(-1)
			h.frames = nil
		}
	}
}

// traceState is t's hooks when an event may be delivered now.
func traceState(t *Thread) *traceHooks {
	h := threadHooks(t, false)
	if h == nil || h.busy || !h.active() {
		return nil
	}
	return h
}

// frameOf is the tracing state of the running activation f, if any.
func (h *traceHooks) frameOf(f *Frame) *traceFrame {
	tf := h.frames[f]
	if tf == nil || tf.fo.live != f || tf.fo.code != f.code {
		return nil
	}
	return tf
}

// newTraceFrame records f's activation (its frame object is made once).
func (h *traceHooks) newTraceFrame(f *Frame) *traceFrame {
	fo := &FrameObject{code: f.code, lineno: f.Line, globals: f.globals, live: f, locals: f.locals}
	if f.back != nil {
		if b := h.frameOf(f.back); b != nil {
			fo.back, fo.hasBack = b.fo, true
		}
	}
	tf := &traceFrame{fo: fo, trace: None}
	fo.tf = tf
	if h.frames == nil {
		h.frames = map[*Frame]*traceFrame{}
	}
	h.frames[f] = tf
	return tf
}

// callHook calls a trace or profile function with (frame, event, arg),
// with events off while it runs. A trace function that raises is unset
// (CPython's call_trace_protected), and so is a failing profile function.
func (h *traceHooks) callHook(t *Thread, profile bool, fn Object, fo *FrameObject, ev *Str, arg Object) (Object, *BaseException) {
	h.busy = true
	r, e := Call3(t, fn, fo, ev, arg)
	h.busy = false
	if e != nil {
		h.setHook(profile, None)
		return nil, e
	}
	return r, nil
}

// TraceCall delivers "call" for the activation f has just entered.
func TraceCall(t *Thread, f *Frame) *BaseException {
	h := traceState(t)
	if h == nil {
		return nil
	}
	tf := h.newTraceFrame(f)
	if h.profile != None {
		if _, e := h.callHook(t, true, h.profile, tf.fo, evCall, None); e != nil {
			return e
		}
	}
	if h.trace != None {
		r, e := h.callHook(t, false, h.trace, tf.fo, evCall, None)
		if e != nil {
			return e
		}
		tf.trace = r
	}
	return nil
}

// TraceLine delivers "line" when f's running line differs from the last
// one reported for it.
func TraceLine(t *Thread, f *Frame) *BaseException {
	h := traceState(t)
	if h == nil || h.trace == None {
		return nil
	}
	tf := h.frameOf(f)
	if tf == nil || tf.trace == None {
		return nil
	}
	line := lineOf(f.code, f.Line)
	if line == tf.lastLine {
		return nil
	}
	tf.lastLine = line
	r, e := h.callHook(t, false, tf.trace, tf.fo, evLine, None)
	if e != nil {
		return e
	}
	tf.trace = r
	return nil
}

// TraceReturn delivers "return" with ret as f's activation ends normally.
func TraceReturn(t *Thread, f *Frame, ret Object) *BaseException {
	h := threadHooks(t, false)
	if h == nil || h.frames == nil {
		return nil
	}
	tf := h.frameOf(f)
	if tf == nil {
		return nil
	}
	delete(h.frames, f)
	if h.busy || !h.active() {
		return nil
	}
	if h.trace != None && tf.trace != None {
		if _, e := h.callHook(t, false, tf.trace, tf.fo, evReturn, ret); e != nil {
			return e
		}
	}
	if h.profile != None {
		if _, e := h.callHook(t, true, h.profile, tf.fo, evReturn, ret); e != nil {
			return e
		}
	}
	return nil
}

// TraceExit delivers "return" (with None) as exception e unwinds f; it
// returns the exception to propagate (a failing trace function's).
func TraceExit(t *Thread, f *Frame, e *BaseException) *BaseException {
	if x := TraceReturn(t, f, None); x != nil {
		return x.AddTraceback(f)
	}
	return e
}

// PropagateTraced is Propagate in traced builds: the "exception" event
// follows the recording of f in e's traceback.
func PropagateTraced(t *Thread, e *BaseException, f *Frame) *BaseException {
	e = Propagate(t, e, f)
	if tracing.Load() != 0 {
		return traceException(t, f, e)
	}
	return e
}

// traceException delivers "exception" for e, just recorded in f's
// traceback, to f's local trace function.
func traceException(t *Thread, f *Frame, e *BaseException) *BaseException {
	h := traceState(t)
	if h == nil || h.trace == None {
		return e
	}
	tf := h.frameOf(f)
	if tf == nil || tf.trace == None {
		return e
	}
	arg := NewTuple(e.Type(), e, e.TracebackObject())
	r, x := h.callHook(t, false, tf.trace, tf.fo, evException, arg)
	if x != nil {
		return x.AddTraceback(f)
	}
	tf.trace = r
	return e
}

// TraceStopIteration delivers the "exception" event CPython's traced
// `yield from`/`await` sees when the sub-iterator finishes with value v
// (a StopIteration without traceback).
func TraceStopIteration(t *Thread, f *Frame, v Object) *BaseException {
	h := traceState(t)
	if h == nil || h.trace == None {
		return nil
	}
	tf := h.frameOf(f)
	if tf == nil || tf.trace == None {
		return nil
	}
	var stop *BaseException
	if v == None {
		stop = NewException(StopIterationType)
	} else {
		stop = NewException(StopIterationType, v)
	}
	r, x := h.callHook(t, false, tf.trace, tf.fo, evException, NewTuple(StopIterationType, stop, None))
	if x != nil {
		return x
	}
	tf.trace = r
	return nil
}

// frameTrace is frame.f_trace.
func (fo *FrameObject) frameTrace() Object {
	if fo.tf != nil {
		return fo.tf.trace
	}
	return None
}

// setFrameTrace sets frame.f_trace: the frame's local trace function from
// then on (a debugger sets it on frames already running).
func (fo *FrameObject) setFrameTrace(t *Thread, v Object) {
	if fo.tf != nil {
		fo.tf.trace = v
		return
	}
	if fo.live == nil || v == None {
		return
	}
	for f := t.CurrentFrame(); f != nil; f = f.back {
		if f == fo.live {
			if f.code != fo.code {
				return
			}
			h := threadHooks(t, true)
			tf := &traceFrame{fo: fo, trace: v, lastLine: lineOf(f.code, f.Line)}
			fo.tf = tf
			if h.frames == nil {
				h.frames = map[*Frame]*traceFrame{}
			}
			h.frames[f] = tf
			return
		}
	}
}
