package runtime

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"testing"
)

func TestNumFormatTable(t *testing.T) {
	th := NewThread()
	fails := 0
	for _, c := range numFormatCases {
		var v Object
		switch c.kind {
		case "f":
			b, _ := strconv.ParseUint(c.val, 10, 64)
			v = Float(math.Float64frombits(b))
		case "i":
			b, _ := new(big.Int).SetString(c.val, 10)
			v = NewBigInt(b)
		case "c":
			re, im, _ := strings.Cut(c.val, ",")
			rb, _ := strconv.ParseUint(re, 10, 64)
			ib, _ := strconv.ParseUint(im, 10, 64)
			v = Complex(complex(math.Float64frombits(rb), math.Float64frombits(ib)))
		}
		r, exc := Format(th, v, NewStr(c.spec))
		var got, gotType string
		if exc != nil {
			gotType = exc.typ.name
			if exc.args.Len() > 0 {
				got = exc.args.items[0].(*Str).s
			}
		} else {
			gotType, got = "ok", r.(*Str).s
		}
		if got != c.want || gotType != c.excType {
			fails++
			if fails < 40 {
				t.Errorf("format(%s %s, %q) = %s %q, want %s %q", c.kind, c.val, c.spec, gotType, got, c.excType, c.want)
			}
		}
	}
	if fails > 0 {
		t.Errorf("%d of %d cases failed", fails, len(numFormatCases))
	}
}
