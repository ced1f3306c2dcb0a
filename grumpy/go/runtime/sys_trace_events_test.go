package runtime

import "testing"

// TestTraceEvents drives the hooks compiled code calls (TraceCall,
// TraceLine, TraceReturn, PropagateTraced) on a hand-made frame and checks the
// events a trace function receives, the tracing count, and that a failing
// trace function is unset.
func TestTraceEvents(t *testing.T) {
	th := NewThread()
	code := &Code{Name: "fn", Filename: "x.py", FirstLine: 10, ArgNames: []string{}}
	var got []string
	var tracer Object
	tracer = NewBuiltin("tracer", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		fo := args[0].(*FrameObject)
		ev := args[1].(*Str).Value()
		got = append(got, sprintf("%s:%d", ev, lineOf(fo.code, fo.rawLine(t))))
		if ev == "line" && lineOf(fo.code, fo.rawLine(t)) == 99 {
			return nil, NewError(ValueErrorType, "boom")
		}
		return tracer, nil
	})
	h := threadHooks(th, true)
	before := tracing.Load()
	h.setHook(false, tracer)
	if tracing.Load() != before+1 || !Tracing() {
		t.Fatalf("tracing count %d, want %d", tracing.Load(), before+1)
	}
	f, _ := th.Push(code, NewDict())
	steps := []struct {
		line int
		run  func() *BaseException
	}{
		{10, func() *BaseException { return TraceCall(th, f) }},
		{11, func() *BaseException { return TraceLine(th, f) }},
		{11, func() *BaseException { return TraceLine(th, f) }}, // same line: no event
		{12, func() *BaseException { return TraceLine(th, f) }},
		{12, func() *BaseException {
			PropagateTraced(th, NewError(KeyErrorType, "k"), f)
			return nil
		}},
		{12, func() *BaseException { return TraceReturn(th, f, None) }},
	}
	for i, s := range steps {
		f.Line = s.line
		if e := s.run(); e != nil {
			t.Fatalf("step %d: %v", i, e)
		}
	}
	th.Pop(f)
	want := []string{"call:10", "line:11", "line:12", "exception:12", "return:12"}
	if len(got) != len(want) {
		t.Fatalf("events %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("event %d = %s, want %s", i, got[i], want[i])
		}
	}
	// A trace function that raises is removed and its error returned.
	f, _ = th.Push(code, NewDict())
	if e := TraceCall(th, f); e != nil {
		t.Fatal(e)
	}
	f.Line = 99
	if e := TraceLine(th, f); e == nil || excMsg(e) != "boom" {
		t.Errorf("failing tracer: %v", e)
	}
	th.Pop(f)
	if h.trace != None || tracing.Load() != before {
		t.Errorf("failing tracer left trace=%v count=%d", h.trace, tracing.Load())
	}
}


// TestFrameClearLocals: clear() of a finished function frame empties its
// f_locals for good; class-body and module frames keep theirs.
func TestFrameClearLocals(t *testing.T) {
	th := NewThread()
	d := NewDict()
	fn := &FrameObject{code: &Code{Name: "f", ArgNames: []string{}}, locals: func() Object {
		d.SetItemStr(NewStr("a"), MakeInt(1))
		return d
	}}
	if e := fn.clear(th); e != nil {
		t.Fatal(e)
	}
	if got := fn.locals().(*Dict); got != d || got.Len() != 0 {
		t.Errorf("after clear: %v (len %d)", got, got.Len())
	}
	ns := NewDict()
	ns.SetItemStr(NewStr("x"), MakeInt(2))
	cls := &FrameObject{code: &Code{Name: "C"}, locals: func() Object { return ns }}
	if e := cls.clear(th); e != nil {
		t.Fatal(e)
	}
	if ns.Len() != 1 {
		t.Errorf("class body namespace cleared")
	}
}
