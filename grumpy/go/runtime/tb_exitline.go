package runtime

// tbExit is the Line a frame of a traceback had when the exception left it.
type tbExit struct {
	line int
	ok   bool
}

// noteExit records, when an exception enters the frame outer (the caller
// of the frame it last passed through), the line that inner frame had when
// it gave the exception up: CPython's tb_frame.f_lineno of a finished frame
// is its last line run (a finally's last statement, the last except clause
// tested), while tb_lineno stays the raising line. The callee's arena frame
// was just popped and not reused yet (same code), so its Line is still
// the one it left with.
func (e *BaseException) noteExit(outer *Frame) {
	n := len(e.tb)
	if n == 0 || outer == nil {
		return
	}
	prev := &e.tb[n-1]
	inner := prev.frame
	if inner == nil || inner == outer || inner.gen || inner.code != prev.Code || inner.Line == prev.Line {
		// (Same line: the frame left where it raised, the common case,
		// which needs no record.)
		return
	}
	if len(e.tbExits) >= n && e.tbExits[n-1].ok {
		return
	}
	for len(e.tbExits) < n {
		e.tbExits = append(e.tbExits, tbExit{})
	}
	e.tbExits[n-1] = tbExit{inner.Line, true}
	if tb := e.tbObj.Load(); tb != nil && tb.frame != nil && tb.entry.frame == inner && !tb.made {
		tb.frame.lineno = inner.Line
	}
}

// exitLine is the Line tb_frame.f_lineno reports for entry i once its frame
// is gone: the one it left with when recorded, else line (the raising one).
func (e *BaseException) exitLine(i, line int) int {
	if i < len(e.tbExits) && e.tbExits[i].ok {
		return e.tbExits[i].line
	}
	return line
}

// ReraiseLine puts back in f the line of the operation that raised e in
// f, for a re-raise that resumes it (a with statement whose __exit__ did
// not suppress the exception: CPython's RERAISE restores f_lasti), so
// f_lineno of the finished frame is that line, not the with statement's.
func ReraiseLine(f *Frame, e *BaseException) {
	if n := len(e.tb); n > 0 && e.tb[n-1].frame == f && e.tb[n-1].Code == f.code {
		f.Line = e.tb[n-1].Line
	}
}
