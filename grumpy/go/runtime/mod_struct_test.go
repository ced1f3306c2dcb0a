package runtime

import (
	"bytes"
	"math"
	"testing"
)

func TestStructCalcsize(t *testing.T) {
	cases := []struct {
		format string
		size   int
	}{
		{"@ci", 8}, {"<ci", 5}, {"@iq", 16}, {"i 2h", 8}, {"@c0i", 4}, {"@bi0q", 8}, {"ll", 16}, {"<ll", 8},
		{"5s", 5}, {"3p", 3}, {"4x", 4}, {"!HHI", 8}, {"", 0}, {"?e", 4},
	}
	for _, c := range cases {
		codec, exc := parseStructFormat(c.format)
		if exc != nil {
			t.Fatalf("%q: %v", c.format, exc.Args())
		}
		if codec.size != c.size {
			t.Errorf("calcsize(%q) = %d, want %d", c.format, codec.size, c.size)
		}
	}
	for _, bad := range []string{"z", "3", "<3", "@q3"} {
		if _, exc := parseStructFormat(bad); exc == nil || !exc.IsInstanceOf(StructErrorType) {
			t.Errorf("%q: want struct.error", bad)
		}
	}
}

func TestStructPackUnpack(t *testing.T) {
	th := NewThread()
	cases := []struct {
		format string
		args   []Object
		want   []byte
	}{
		{"<ihb", []Object{MakeInt(1), MakeInt(-2), MakeInt(3)}, []byte{1, 0, 0, 0, 0xfe, 0xff, 3}},
		{">ihb", []Object{MakeInt(1), MakeInt(-2), MakeInt(3)}, []byte{0, 0, 0, 1, 0xff, 0xfe, 3}},
		{"@ci", []Object{NewBytes([]byte("a")), MakeInt(7)}, []byte{'a', 0, 0, 0, 7, 0, 0, 0}},
		{"<?d", []Object{True, Float(1.5)}, []byte{1, 0, 0, 0, 0, 0, 0, 0xf8, 0x3f}},
		{"5s", []Object{NewBytes([]byte("abc"))}, []byte{'a', 'b', 'c', 0, 0}},
		{"5p", []Object{NewBytes([]byte("abc"))}, []byte{3, 'a', 'b', 'c', 0}},
		{">e", []Object{Float(1.5)}, []byte{0x3e, 0}},
	}
	for _, c := range cases {
		codec, exc := parseStructFormat(c.format)
		if exc != nil {
			t.Fatal(exc)
		}
		out := make([]byte, codec.size)
		if exc := codec.pack(th, c.args, out); exc != nil {
			t.Fatalf("pack %q: %v", c.format, exc.Args())
		}
		if !bytes.Equal(out, c.want) {
			t.Errorf("pack(%q) = %v, want %v", c.format, out, c.want)
		}
		back := codec.unpack(out).(*Tuple)
		if len(back.items) != len(c.args) {
			t.Errorf("unpack(%q) has %d items", c.format, len(back.items))
		}
	}
}

func TestStructRangeErrors(t *testing.T) {
	th := NewThread()
	cases := []struct {
		format string
		v      Object
		msg    string
	}{
		{"h", MakeInt(70000), "short format requires -32768 <= number <= 32767"},
		{"B", MakeInt(256), "ubyte format requires 0 <= number <= 255"},
		{"<I", MakeInt(1 << 32), "'I' format requires 0 <= number <= 4294967295"},
		{"Q", MakeInt(-1), "argument out of range"},
		{"i", Float(1.5), "required argument is not an integer"},
		{"f", NewStr("x"), "required argument is not a float"},
	}
	for _, c := range cases {
		codec, _ := parseStructFormat(c.format)
		out := make([]byte, codec.size)
		exc := codec.pack(th, []Object{c.v}, out)
		if exc == nil {
			t.Errorf("pack(%q, %v): no error", c.format, c.v)
			continue
		}
		if got := exc.Args().Items()[0].(*Str).Value(); got != c.msg {
			t.Errorf("pack(%q): %q, want %q", c.format, got, c.msg)
		}
	}
}

func TestHalfFloat(t *testing.T) {
	for _, v := range []float64{0, 1, -2, 0.5, 65504, 5.960464477539063e-08, 1e-8, math.Inf(1)} {
		h, ok := floatToHalf(v)
		if !ok {
			t.Fatalf("%v overflowed", v)
		}
		back := halfToFloat(h)
		if v != 1e-8 && back != v {
			t.Errorf("half(%v) -> %v", v, back)
		}
	}
	if _, ok := floatToHalf(65520); ok {
		t.Error("65520 should overflow binary16")
	}
}
