package runtime

import "testing"

// A frame's f_lineno after the exception left it is the line it left with;
// tb_lineno stays the raising line.
func TestTracebackExitLine(t *testing.T) {
	th := NewThread()
	g := NewDict()
	outerCode := &Code{Name: "outer", Filename: "<t>", FirstLine: 1}
	innerCode := &Code{Name: "inner", Filename: "<t>", FirstLine: 10}
	cases := []struct {
		name           string
		raise, exit    int
		wantTB, wantFr int
	}{
		{"same line", 12, 12, 12, 12},
		{"finally ran", 12, 14, 12, 14},
	}
	for _, c := range cases {
		fo, _ := th.Push(outerCode, g)
		fo.Line = 3
		fi, _ := th.Push(innerCode, g)
		fi.Line = c.raise
		e := Propagate(th, NewError(ValueErrorType, "x"), fi)
		fi.Line = c.exit
		th.Pop(fi)
		Propagate(th, e, fo)
		th.Pop(fo)
		tb := e.TracebackObject().(*Traceback).next
		if got := tb.entry.lineno(); got != c.wantTB {
			t.Errorf("%s: tb_lineno %d, want %d", c.name, got, c.wantTB)
		}
		if got := tb.frame.rawLine(th); got != c.wantFr {
			t.Errorf("%s: f_lineno %d, want %d", c.name, got, c.wantFr)
		}
	}
}

func TestReraiseLine(t *testing.T) {
	th := NewThread()
	code := &Code{Name: "f", Filename: "<t>", FirstLine: 1}
	f, _ := th.Push(code, NewDict())
	f.Line = 4
	e := Propagate(th, NewError(ValueErrorType, "x"), f)
	f.Line = 2 // the with statement's __exit__ call
	ReraiseLine(f, e)
	if f.Line != 4 {
		t.Errorf("Line %d after ReraiseLine, want 4", f.Line)
	}
	th.Pop(f)
}

func TestClosureArg(t *testing.T) {
	free := &Code{Name: "i", Freevars: []string{"z"}}
	plain := &Code{Name: "f"}
	cell := NewCell(nil)
	cases := []struct {
		code  *Code
		arg   Object
		fname string
		want  string
	}{
		{plain, None, "exec", ""},
		{plain, NewTuple(cell), "exec", "cannot use a closure with this code object"},
		{free, None, "exec", "code object requires a closure of exactly length 1"},
		{free, nil, "eval", "code object passed to eval() may not contain free variables"},
		{free, NewTuple(MakeInt(1)), "exec", "code object requires a closure of exactly length 1"},
		{free, NewTuple(cell), "exec", ""},
	}
	for i, c := range cases {
		_, e := ClosureArg(c.code, c.arg, c.fname)
		got := ""
		if e != nil {
			got = e.args.items[0].(*Str).Value()
		}
		if got != c.want {
			t.Errorf("case %d: %q, want %q", i, got, c.want)
		}
	}
}

func TestCollectionKind(t *testing.T) {
	cases := []struct {
		typ  *Type
		want int
	}{
		{ListType, kindSequence}, {TupleType, kindSequence}, {DictType, kindMapping},
		{StrType, kindNone}, {ObjectType, kindNone}, {MappingProxyType, kindMapping},
	}
	for _, c := range cases {
		if got := collectionKind(c.typ); got != c.want {
			t.Errorf("%s: %d, want %d", c.typ.name, got, c.want)
		}
	}
}
