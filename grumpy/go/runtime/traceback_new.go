package runtime

// types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno).
func init() {
	DefStatic(TracebackType, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		var next, frame, lastiArg, linenoArg Object
		if exc := ParseArgs("TracebackType", args[1:], kw, []string{"tb_next", "tb_frame", "tb_lasti", "tb_lineno"}, &next, &frame, &lastiArg, &linenoArg); exc != nil {
			return nil, exc
		}
		tb := &Traceback{made: true}
		switch n := next.(type) {
		case *Traceback:
			tb.next = n
		default:
			if next != None {
				return nil, Errorf(TypeErrorType, "expected traceback object or None, got '%s'", TypeOf(next).name)
			}
		}
		fo, ok := frame.(*FrameObject)
		if !ok {
			return nil, Errorf(TypeErrorType, "TracebackType() argument 'tb_frame' must be frame, not %s", TypeOf(frame).name)
		}
		li, exc := indexArg(t, lastiArg)
		if exc != nil {
			return nil, exc
		}
		ln, exc := indexArg(t, linenoArg)
		if exc != nil {
			return nil, exc
		}
		tb.frame, tb.lasti, tb.lineno = fo, li, ln
		tb.entry = TracebackEntry{Code: fo.code, Line: ln, Globals: fo.globals}
		return tb, nil
	})
}
