package runtime

import (
	"math"
	"math/big"
	"strings"
)

// CmpOp is a rich comparison operator.
type CmpOp int

// The rich comparison operators, in CPython's order.
const (
	CmpLT CmpOp = iota
	CmpLE
	CmpEQ
	CmpNE
	CmpGT
	CmpGE
)

var cmpNames = [6]*Str{InternStr("__lt__"), InternStr("__le__"), InternStr("__eq__"), InternStr("__ne__"), InternStr("__gt__"), InternStr("__ge__")}
var cmpSymbols = [6]string{"<", "<=", "==", "!=", ">", ">="}
var cmpSwapped = [6]CmpOp{CmpGT, CmpGE, CmpEQ, CmpNE, CmpLT, CmpLE}

func cmpResult(op CmpOp, c int) bool {
	switch op {
	case CmpLT:
		return c < 0
	case CmpLE:
		return c <= 0
	case CmpEQ:
		return c == 0
	case CmpNE:
		return c != 0
	case CmpGT:
		return c > 0
	}
	return c >= 0
}

// Lt is a < b (the loop-condition fast path inlines).
func Lt(t *Thread, a, b Object) (Object, *BaseException) {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			return Bool(x < y), nil
		}
	}
	return Compare(t, CmpLT, a, b)
}

// Eq is a == b as containers compare (PyObject_RichCompareBool(a, b, Py_EQ)):
// identical objects are equal without calling __eq__, so a NaN is found in
// a dict or list holding that very object (`{x: 1}[x]`, `x in [x]`). Every
// caller (dict lookup, `in` over iterators, callable-iterator sentinels,
// index/count/remove) wants exactly that; the `==` operator compiles to
// Compare, which has no identity shortcut (`x == x` is False for a NaN).
// Float identity is Is's: see floatIs.
func Eq(t *Thread, a, b Object) (Object, *BaseException) {
	if Is(a, b) {
		return True, nil
	}
	return Compare(t, CmpEQ, a, b)
}

// Compare is the rich comparison with CPython's reflection rules and the
// identity fallback for == and !=.
func Compare(t *Thread, op CmpOp, a, b Object) (Object, *BaseException) {
	if c, ok := fastCompare(a, b); ok {
		return Bool(cmpResult(op, c)), nil
	}
	if fa, ok := a.(Float); ok {
		if fb, ok := b.(Float); ok {
			return Bool(floatCmp(op, float64(fa), float64(fb))), nil
		}
	}
	if op == CmpEQ || op == CmpNE {
		if x, ok := a.(*Tuple); ok {
			if y, ok := b.(*Tuple); ok {
				eq, exc := tupleEqual(t, x, y)
				return Bool(eq == (op == CmpEQ)), exc
			}
		}
	}
	if r, ok := numericCompare(op, a, b); ok {
		return r, nil
	}
	ta, tb := TypeOf(a), TypeOf(b)
	checkedReverse := false
	if ta != tb && tb.IsSubtype(ta) {
		if f := tb.lookup(cmpNames[cmpSwapped[op]]); f != nil {
			checkedReverse = true
			r, exc := callDunderGuarded(t, f, b, a, recCompare)
			if exc != nil || r != NotImplemented {
				return r, exc
			}
		}
	}
	if f := ta.lookup(cmpNames[op]); f != nil {
		r, exc := callDunderGuarded(t, f, a, b, recCompare)
		if exc != nil || r != NotImplemented {
			return r, exc
		}
	}
	if !checkedReverse {
		if f := tb.lookup(cmpNames[cmpSwapped[op]]); f != nil {
			r, exc := callDunderGuarded(t, f, b, a, recCompare)
			if exc != nil || r != NotImplemented {
				return r, exc
			}
		}
	}
	switch op {
	case CmpEQ:
		return Bool(Is(a, b)), nil
	case CmpNE:
		return Bool(!Is(a, b)), nil
	}
	return nil, Errorf(TypeErrorType, "'%s' not supported between instances of '%s' and '%s'", cmpSymbols[op], ta.name, tb.name)
}

func floatCmp(op CmpOp, x, y float64) bool {
	switch op {
	case CmpLT:
		return x < y
	case CmpLE:
		return x <= y
	case CmpEQ:
		return x == y
	case CmpNE:
		return x != y
	case CmpGT:
		return x > y
	}
	return x >= y
}

// fastCompare orders two ints or two strs without the dunder protocol.
func fastCompare(a, b Object) (int, bool) {
	switch x := a.(type) {
	case Int:
		if y, ok := b.(Int); ok {
			switch {
			case x < y:
				return -1, true
			case x > y:
				return 1, true
			}
			return 0, true
		}
	case *Str:
		if y, ok := b.(*Str); ok {
			return strCompare(x, y), true
		}
	}
	return 0, false
}

// strCompare orders by code point. WTF-8 byte order equals code-point order
// except that encoded surrogates (U+D800..DFFF) must sort below U+E000..FFFF,
// which they do since ED A0.. < EE ..; so plain byte comparison is exact.
func strCompare(x, y *Str) int { return strings.Compare(x.s, y.s) }

func numericCompare(op CmpOp, a, b Object) (Object, bool) {
	ai, aok := asIntStrict(a)
	bi, bok := asIntStrict(b)
	if aok && bok {
		return Bool(cmpResult(op, intCmp(ai, bi))), true
	}
	af, aIsF := a.(Float)
	bf, bIsF := b.(Float)
	switch {
	case aIsF && bok:
		c := floatIntCmp(float64(af), bi)
		if c == 2 {
			return Bool(op == CmpNE), true
		}
		return Bool(cmpResult(op, c)), true
	case aok && bIsF:
		c := floatIntCmp(float64(bf), ai)
		if c == 2 {
			return Bool(op == CmpNE), true
		}
		return Bool(cmpResult(op, -c)), true
	}
	return nil, false
}

// floatIntCmp compares exactly; 2 means unordered (NaN).
func floatIntCmp(f float64, i Object) int {
	if f != f {
		return 2
	}
	if x, ok := i.(Int); ok && abs64(int64(x)) < 1<<53 {
		g := float64(x)
		switch {
		case f < g:
			return -1
		case f > g:
			return 1
		}
		return 0
	}
	if f > math.MaxFloat64 {
		return 1
	}
	if f < -math.MaxFloat64 {
		return -1
	}
	r := ratFromFloat(f)
	return r.Cmp(ratFromInt(i))
}

func asIntStrict(o Object) (Object, bool) {
	switch o.(type) {
	case Int, *BigInt, Bool:
		return asInt(o)
	}
	return nil, false
}

func ratFromFloat(f float64) *big.Rat { r := new(big.Rat); r.SetFloat64(f); return r }

func ratFromInt(i Object) *big.Rat { return new(big.Rat).SetInt(toBig(i)) }

// tupleEqual is == on two exact tuples (the dataclass __eq__ shape) without
// going through tuple.__eq__'s generic dispatch.
func tupleEqual(t *Thread, x, y *Tuple) (bool, *BaseException) {
	if len(x.items) != len(y.items) {
		return false, nil
	}
	for i, a := range x.items {
		b := y.items[i]
		if Is(a, b) {
			continue
		}
		if c, ok := fastCompare(a, b); ok {
			if c != 0 {
				return false, nil
			}
			continue
		}
		// Tuples nest: this level counts against the recursion limit.
		if exc := t.Enter(recCompare); exc != nil {
			return false, exc
		}
		r, exc := Compare(t, CmpEQ, a, b)
		t.Leave()
		if exc != nil {
			return false, exc
		}
		eq, exc := IsTrue(t, r)
		if exc != nil || !eq {
			return false, exc
		}
	}
	return true, nil
}
