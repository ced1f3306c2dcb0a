package runtime

import (
	"encoding/hex"
	"testing"
)

func TestMarshalEncodings(t *testing.T) {
	th := NewThread()
	for _, c := range []struct {
		v       Object
		version int
		want    string
	}{
		{None, 4, "4e"},
		{MakeInt(300), 4, "e92c010000"},
		{MakeInt(1 << 31), 4, "ec03000000000000000200"},
		{Float(1.5), 4, "e7000000000000f83f"},
		{NewStr("abc"), 4, "da03616263"},
		{NewStr("hello world"), 4, "fa0b68656c6c6f20776f726c64"},
		{NewStr("\u00e9"), 4, "f502000000c3a9"},
		{NewTuple(MakeInt(1), MakeInt(2)), 4, "a902e901000000e902000000"},
		{NewList(MakeInt(1), MakeInt(1)), 4, "db02000000e9010000007201000000"},
		{MakeInt(1), 2, "6901000000"},
		{Float(0.1), 1, "6613302e3130303030303030303030303030303031"},
		{NewTuple(MakeInt(1)), 2, "28010000006901000000"},
	} {
		b, exc := marshalDumps(th, c.v, c.version)
		if exc != nil {
			t.Fatalf("dumps(%v): %v", c.v, nmExcText(th, exc))
		}
		if hex.EncodeToString(b) != c.want {
			t.Errorf("dumps(%v, %d) = %x, want %s", c.v, c.version, b, c.want)
		}
		r := &marshalReader{t: th, data: b}
		back, exc := r.readTop()
		if exc != nil {
			t.Fatalf("loads(%x): %v", b, nmExcText(th, exc))
		}
		if eq, _ := Eq(th, back, c.v); eq != True {
			t.Errorf("loads(%x) = %v", b, back)
		}
	}
	for _, c := range []struct {
		in, want string
	}{
		{"", "EOFError: EOF read where object expected"},
		{"99", "ValueError: bad marshal data (unknown type code)"},
		{"6901", "EOFError: marshal data too short"},
		{"7205000000", "ValueError: bad marshal data (invalid reference)"},
		{"5bffffffff", "ValueError: bad marshal data (list size out of range)"},
	} {
		b, _ := hex.DecodeString(c.in)
		_, exc := (&marshalReader{t: th, data: b}).readTop()
		if got := nmExcText(th, exc); got != c.want {
			t.Errorf("loads(%s): %q, want %q", c.in, got, c.want)
		}
	}
}
