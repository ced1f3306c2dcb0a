package runtime

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"testing"
)

// decodeNum decodes the test tables' value encoding: i:<decimal>,
// f:<float64 bits>, c:<bits>,<bits>, b:0|1.
func decodeNum(s string) Object {
	kind, v, _ := strings.Cut(s, ":")
	switch kind {
	case "i":
		b, _ := new(big.Int).SetString(v, 10)
		return NewBigInt(b)
	case "f":
		b, _ := strconv.ParseUint(v, 10, 64)
		return Float(math.Float64frombits(b))
	case "c":
		re, im, _ := strings.Cut(v, ",")
		rb, _ := strconv.ParseUint(re, 10, 64)
		ib, _ := strconv.ParseUint(im, 10, 64)
		return Complex(complex(math.Float64frombits(rb), math.Float64frombits(ib)))
	case "b":
		return Bool(v == "1")
	}
	panic("bad encoding " + s)
}

// describeNum renders a result as the tables do: type:repr, tuples joined by |.
func describeNum(t *testing.T, th *Thread, o Object, exc *BaseException) string {
	if exc != nil {
		msg := ""
		if exc.args.Len() > 0 {
			msg = exc.args.items[0].(*Str).s
		}
		return "EXC:" + exc.typ.name + ":" + msg
	}
	if b, ok := o.(*Bytes); ok {
		return sprintf("bytes:%x", b.b)
	}
	if tup, ok := o.(*Tuple); ok {
		parts := make([]string, len(tup.items))
		for i, it := range tup.items {
			parts[i] = describeNum(t, th, it, nil)
		}
		return strings.Join(parts, "|")
	}
	r, e := Repr(th, o)
	if e != nil {
		return describeNum(t, th, nil, e)
	}
	return TypeOf(o).name + ":" + r.s
}

var cmpOpsByName = map[string]CmpOp{"<": CmpLT, "<=": CmpLE, "==": CmpEQ, "!=": CmpNE, ">": CmpGT, ">=": CmpGE}
var binOpsByName = map[string]BinOp{"+": OpAdd, "-": OpSub, "*": OpMul, "/": OpTrueDiv, "//": OpFloorDiv, "%": OpMod,
	"**": OpPow, "<<": OpLShift, ">>": OpRShift, "&": OpAnd, "|": OpOr, "^": OpXor, "divmod": OpDivMod}

func TestNumOpsTable(t *testing.T) {
	th := NewThread()
	fails := 0
	for _, c := range numOpCases {
		a, b := decodeNum(c.a), decodeNum(c.b)
		var r Object
		var exc *BaseException
		if op, ok := cmpOpsByName[c.op]; ok {
			r, exc = Compare(th, op, a, b)
		} else {
			r, exc = Binary(th, binOpsByName[c.op], a, b)
		}
		if got := describeNum(t, th, r, exc); got != c.want {
			fails++
			if fails < 40 {
				t.Errorf("%s %s %s = %s, want %s", c.a, c.op, c.b, got, c.want)
			}
		}
	}
	if fails > 0 {
		t.Errorf("%d of %d cases failed", fails, len(numOpCases))
	}
}

func decodeArg(s string) Object {
	kind, v, _ := strings.Cut(s, ":")
	switch kind {
	case "s":
		return NewStr(v)
	case "y":
		b := make([]byte, len(v)/2)
		for i := range b {
			x, _ := strconv.ParseUint(v[2*i:2*i+2], 16, 8)
			b[i] = byte(x)
		}
		return NewBytes(b)
	case "n":
		return None
	}
	return decodeNum(s)
}

func TestNumCallsTable(t *testing.T) {
	th := NewThread()
	fails := 0
	for _, c := range numCallCases {
		args := make([]Object, len(c.args))
		for i, a := range c.args {
			args[i] = decodeArg(a)
		}
		var r Object
		var exc *BaseException
		switch c.fn {
		case "neg":
			r, exc = Neg(th, args[0])
		case "pos":
			r, exc = Pos(th, args[0])
		case "invert":
			r, exc = Invert(th, args[0])
		default:
			parts := strings.Split(c.fn, ".")
			f := Builtins.GetStr(parts[0])
			for _, p := range parts[1:] {
				f, exc = GetAttr(th, f, NewStr(p))
				if exc != nil {
					t.Fatalf("%s: %v", c.fn, exc)
				}
			}
			r, exc = Call(th, f, args, nil)
		}
		if got := describeNum(t, th, r, exc); got != c.want {
			fails++
			if fails < 60 {
				t.Errorf("%s(%v) = %s, want %s", c.fn, c.args, got, c.want)
			}
		}
	}
	if fails > 0 {
		t.Errorf("%d of %d cases failed", fails, len(numCallCases))
	}
}
