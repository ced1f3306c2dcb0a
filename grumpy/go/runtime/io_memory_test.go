package runtime

import "testing"

func TestStringIOBasics(t *testing.T) {
	th := NewThread()
	s, exc := Call(th, StringIOType, []Object{NewStr("a\r\nb\rc\n"), None}, []*Str{InternStr("newline")})
	if exc != nil {
		t.Fatal(exc)
	}
	v, _ := CallMethod(th, s, InternStr("getvalue"), nil, nil)
	if v.(*Str).Value() != "a\nb\nc\n" {
		t.Errorf("getvalue = %q", v.(*Str).Value())
	}
	nl, _ := GetAttr(th, s, InternStr("newlines"))
	if tup, ok := nl.(*Tuple); !ok || len(tup.items) != 3 {
		t.Errorf("newlines = %v", nl)
	}
	line, _ := CallMethod(th, s, ioStrReadline, nil, nil)
	if line.(*Str).Value() != "a\n" {
		t.Errorf("readline = %q", line.(*Str).Value())
	}
}

func TestBytesIOBasics(t *testing.T) {
	th := NewThread()
	b, exc := Call(th, BytesIOType, nil, nil)
	if exc != nil {
		t.Fatal(exc)
	}
	CallMethod(th, b, ioStrWrite, []Object{NewBytes([]byte("hello"))}, nil)
	CallMethod(th, b, ioStrSeek, []Object{MakeInt(10)}, nil)
	CallMethod(th, b, ioStrWrite, []Object{NewBytes([]byte("!"))}, nil)
	v, _ := CallMethod(th, b, InternStr("getvalue"), nil, nil)
	if string(v.(*Bytes).Value()) != "hello\x00\x00\x00\x00\x00!" {
		t.Errorf("getvalue = %q", v.(*Bytes).Value())
	}
	if _, exc := CallMethod(th, b, ioStrSeek, []Object{MakeInt(-1)}, nil); exc == nil {
		t.Error("negative seek should fail")
	}
}

func TestNewlineHelpers(t *testing.T) {
	if translateNewlines("a\r\nb\rc\n") != "a\nb\nc\n" {
		t.Error("translateNewlines")
	}
	if scanNewlines("a\r\nb\rc\n") != seenCR|seenLF|seenCRLF {
		t.Error("scanNewlines")
	}
	d := &nlDecoder{translate: true, ok: true}
	if out := d.process("x\r", false); out != "x" || !d.pendingCR {
		t.Errorf("pending CR: %q", out)
	}
	if out := d.process("\ny", false); out != "\ny" {
		t.Errorf("after CR: %q", out)
	}
}
