package runtime

import (
	"math/big"
	"testing"
)

func TestIDArg(t *testing.T) {
	th := NewThread()
	huge := &BigInt{}
	huge.v.Lsh(big.NewInt(1), 70)
	neg := &BigInt{}
	neg.v.Neg(&huge.v)
	cases := []struct {
		in   Object
		want uintptr
		err  string
	}{
		{MakeInt(0), 0, ""},
		{MakeInt(1000), 1000, ""},
		{MakeInt(-1), 0xFFFFFFFF, ""},
		{MakeInt(0xFFFFFFFF), 0xFFFFFFFF, ""},
		{True, 1, ""},
		{MakeInt(1 << 32), 0, "uid is less than minimum"},
		{MakeInt(-2), 0, "uid is less than minimum"},
		{huge, 0, "uid is greater than maximum"},
		{neg, 0, "uid is less than minimum"},
		{NewStr("x"), 0, "uid should be integer, not str"},
		{Float(1.5), 0, "uid should be integer, not float"},
	}
	for _, c := range cases {
		got, exc := idArg(th, c.in, "uid")
		msg := ""
		if exc != nil {
			msg = exc.Args().Items()[0].(*Str).Value()
		}
		if msg != c.err || (exc == nil && got != c.want) {
			t.Errorf("idArg(%v) = %d, %q; want %d, %q", c.in, got, msg, c.want, c.err)
		}
	}
}
