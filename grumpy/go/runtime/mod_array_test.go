package runtime

import (
	"math/big"
	"testing"
)

func TestArrayConversions(t *testing.T) {
	th := NewThread()
	m := nmImport(t, th, "array")
	arr := nmAttr(t, th, m, "array")
	for _, c := range []struct {
		tc   string
		v    Object
		want string
	}{
		{"b", MakeInt(128), "OverflowError: signed char is greater than maximum"},
		{"b", MakeInt(-129), "OverflowError: signed char is less than minimum"},
		{"b", MakeInt(40000), "OverflowError: signed short integer is greater than maximum"},
		{"B", MakeInt(-1), "OverflowError: unsigned byte integer is less than minimum"},
		{"H", MakeInt(70000), "OverflowError: unsigned short is greater than maximum"},
		{"i", MakeInt(1 << 31), "OverflowError: signed integer is greater than maximum"},
		{"I", MakeInt(-1), "OverflowError: can't convert negative value to unsigned int"},
		{"Q", MakeInt(-1), "OverflowError: can't convert negative int to unsigned"},
		{"i", Float(1.5), "TypeError: 'float' object cannot be interpreted as an integer"},
		{"d", NewStr("x"), "TypeError: must be real number, not str"},
		{"u", MakeInt(1), "TypeError: array item must be unicode character"},
	} {
		if got := nmErr(th, arr, NewStr(c.tc), NewList(c.v)); got != c.want {
			t.Errorf("array(%q, [%v]): %q, want %q", c.tc, c.v, got, c.want)
		}
	}
	for _, c := range []struct {
		tc   string
		init Object
		want string
	}{
		{"i", NewList(MakeInt(1), MakeInt(-2)), "array('i', [1, -2])"},
		{"B", NewBytes([]byte{1, 255}), "array('B', [1, 255])"},
		{"u", NewStr("hi"), "array('u', 'hi')"},
		{"f", NewList(Float(0.1)), "array('f', [0.10000000149011612])"},
		{"Q", NewList(NewBigInt(new(big.Int).SetUint64(1<<64 - 1))), "array('Q', [18446744073709551615])"},
		{"d", NewList(), "array('d')"},
	} {
		a := nmCall(t, th, arr, NewStr(c.tc), c.init)
		if got := nmRepr(t, th, a); got != c.want {
			t.Errorf("%s, want %s", got, c.want)
		}
	}
}

func TestArrayUnicodeReprInvalid(t *testing.T) {
	th := NewThread()
	m := nmImport(t, th, "array")
	arr := nmAttr(t, th, m, "array")
	for _, c := range []struct {
		init []byte
		want string
	}{
		{[]byte{0xff, 0xff, 0xff, 0xff}, "ValueError: character U+ffffffff is not in range [U+0000; U+10ffff]"},
		{[]byte{0x41, 0, 0, 0, 0, 0, 0x11, 0}, "ValueError: character U+110000 is not in range [U+0000; U+10ffff]"},
	} {
		a := nmCall(t, th, arr, NewStr("u"), NewBytes(c.init))
		if _, exc := Repr(th, a); exc == nil || nmExcText(th, exc) != c.want {
			t.Errorf("repr(array('u', %v)): %v, want %s", c.init, exc, c.want)
		}
	}
}
