package runtime

import "strings"

// Unraisable exceptions (CPython's PyErr_WriteUnraisable): an exception
// that cannot propagate (raised while closing an abandoned generator) is
// passed to sys.unraisablehook; the default hook writes
// "Exception ignored in: <repr>" and the traceback to sys.stderr.

var unraisableHookArgsType = NewStructSeqType("sys", "UnraisableHookArgs",
	[]string{"exc_type", "exc_value", "exc_traceback", "err_msg", "object"})

// UnraisableHookDefault is sys.__unraisablehook__.
var UnraisableHookDefault = NewBuiltin("unraisablehook", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
	if exc := ArgCount("unraisablehook", args, kw, 1, 1); exc != nil {
		return nil, exc
	}
	get := func(name string) Object {
		v, exc := GetAttr(t, args[0], InternStr(name))
		if exc != nil {
			return None
		}
		return v
	}
	var e *BaseException
	if ev, ok := get("exc_value").(*BaseException); ok {
		e = ev
	}
	writeUnraisableDefault(t, e, get("object"), get("err_msg"))
	return None, nil
})

func init() {
	unraisableHookArgsType.module = "sys"
}

// writeUnraisableDefault is the default hook's output.
func writeUnraisableDefault(t *Thread, e *BaseException, obj, msg Object) {
	var b strings.Builder
	msgStr := ""
	if s, ok := msg.(*Str); ok {
		msgStr = s.s
	}
	if obj != nil && obj != None {
		if msgStr != "" {
			b.WriteString(msgStr + ": ")
		} else {
			b.WriteString("Exception ignored in: ")
		}
		if r, exc := Repr(t, obj); exc == nil {
			b.WriteString(r.s)
		} else {
			b.WriteString("<object repr() failed>")
		}
		b.WriteString("\n")
	} else if msgStr != "" {
		b.WriteString(msgStr + ":\n")
	}
	if e != nil {
		// The default hook prints the traceback and the exception, not its
		// chain.
		if len(e.tb) > 0 {
			b.WriteString("Traceback (most recent call last):\n")
			b.WriteString(formatEntries(e.tb))
		}
		b.WriteString(FormatExceptionOnly(t, e))
	}
	flushStdout(t)
	writeStderr(t, b.String())
	flushStderr(t)
}

// WriteUnraisable reports exc, raised in obj where it cannot propagate, to
// sys.unraisablehook (msg: an optional err_msg replacing "Exception ignored
// in").
func WriteUnraisable(t *Thread, exc *BaseException, obj Object, msg string) {
	var msgObj Object = None
	if msg != "" {
		msgObj = NewStr(msg)
	}
	if obj == nil {
		obj = None
	}
	hook := SysModule.dict.GetStr("unraisablehook")
	if hook == nil || hook == None || hook == UnraisableHookDefault {
		writeUnraisableDefault(t, exc, obj, msgObj)
		return
	}
	if b, ok := hook.(*Builtin); ok && b.name == "unraisablehook" {
		// sys's own placeholder hook.
		writeUnraisableDefault(t, exc, obj, msgObj)
		return
	}
	args := NewStructSeq(unraisableHookArgsType, exc.typ, exc, exc.TracebackObject(), msgObj, obj)
	if _, e := Call1(t, hook, args); e != nil {
		writeUnraisableDefault(t, e, hook, NewStr("Exception ignored in sys.unraisablehook"))
	}
}
