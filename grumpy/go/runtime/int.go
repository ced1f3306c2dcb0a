package runtime

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"unsafe"
)

// Int is a Python int that fits in 64 bits. Python has one int type; values
// outside int64 are *BigInt, and every operation normalises its result back
// to Int when it fits, so code only checks the Int fast path.
//
// Int is a Go value type rather than a pointer to a boxed struct: converting
// it to Object allocates 8 bytes only for values outside Go's static 0..255
// table, and the fast path is a single type assertion. The smallInts table
// below extends the allocation-free range to the ints loops use most.
type Int int64

// BigInt is an int outside int64.
type BigInt struct{ v big.Int }

// IntType is `int`.
var IntType = newBuiltinType("int", ObjectType).solidType()

// Type implements Object.
func (Int) Type() *Type { return IntType }

// Type implements Object.
func (*BigInt) Type() *Type { return IntType }

const (
	smallIntMin = -5
	smallIntMax = 1024
)

var smallInts [smallIntMax - smallIntMin + 1]Object

func init() {
	for i := range smallInts {
		smallInts[i] = Int(i + smallIntMin)
	}
}

// Boxing an Int in an Object allocates its 8 bytes, unless the value lies
// in boxedInts: for those, MakeInt builds the interface pointing into the
// static array (the int's itab plus the element's address), so loop
// counters, indexes and most small arithmetic never allocate. The range is
// wider than CPython's small-int cache because an allocation here costs
// more than CPython's freelist (and the GC must trace it later); 2 MiB of
// values (about 1 MiB more resident memory) is the price. The range is
// symmetric since stop 10: values running negative (coordinates, deltas,
// counters going down) are as common as positive ones; on the attribute
// benchmark, whose x coordinates drift to -29,000, CPU time went from
// 0.36 to 0.32 s (min of 11 alternating runs).
const (
	boxedIntMin = -(1 << 17)
	boxedIntMax = 1<<17 - 1
)

var boxedInts [boxedIntMax - boxedIntMin + 1]int64

// intItab is set by a variable initializer, not init(): package variables
// built with MakeInt (type dicts made at variable initialization) depend on
// it, so Go's initialization order runs initBoxedInts before them.
var intItab = initBoxedInts()

func initBoxedInts() unsafe.Pointer {
	for i := range boxedInts {
		boxedInts[i] = int64(i + boxedIntMin)
	}
	var o Object = Int(0)
	return (*[2]unsafe.Pointer)(unsafe.Pointer(&o))[0]
}

// MakeInt boxes v without allocating when it lies in boxedInts.
func MakeInt(v int64) Object {
	if uint64(v-boxedIntMin) <= boxedIntMax-boxedIntMin {
		var o Object
		w := (*[2]unsafe.Pointer)(unsafe.Pointer(&o))
		w[0] = intItab
		w[1] = unsafe.Pointer(&boxedInts[v-boxedIntMin])
		return o
	}
	return Int(v)
}

// NewBigInt normalises a big.Int to Int when it fits.
func NewBigInt(b *big.Int) Object {
	if b.IsInt64() {
		return MakeInt(b.Int64())
	}
	r := &BigInt{}
	r.v.Set(b)
	return r
}

// Big returns the value as a fresh big.Int.
func (b *BigInt) Big() *big.Int { return new(big.Int).Set(&b.v) }

func toBig(o Object) *big.Int {
	switch v := o.(type) {
	case Int:
		return big.NewInt(int64(v))
	case Bool:
		if v {
			return big.NewInt(1)
		}
		return big.NewInt(0)
	case *BigInt:
		return &v.v
	}
	return nil
}

// isIntLike reports whether o is an int (bool included, int subclasses unwrapped).
func asInt(o Object) (Object, bool) {
	switch v := o.(type) {
	case Int, *BigInt:
		return v, true
	case Bool:
		if v {
			return Int(1), true
		}
		return Int(0), true
	case *Instance:
		if v.base != nil {
			return asInt(v.base)
		}
	}
	return nil, false
}

func intAdd(a, b Object) Object {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			s, c := bits.Add64(uint64(x), uint64(y), 0)
			_ = c
			if (int64(s) >= int64(x)) == (y >= 0) {
				return MakeInt(int64(s))
			}
		}
	}
	return NewBigInt(new(big.Int).Add(toBig(a), toBig(b)))
}

func intSub(a, b Object) Object {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			d := x - y
			if (d <= x) == (y >= 0) {
				return MakeInt(int64(d))
			}
		}
	}
	return NewBigInt(new(big.Int).Sub(toBig(a), toBig(b)))
}

func intMul(a, b Object) Object {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			hi, lo := bits.Mul64(uint64(abs64(int64(x))), uint64(abs64(int64(y))))
			if hi == 0 && lo <= math.MaxInt64 && x != math.MinInt64 && y != math.MinInt64 {
				p := int64(lo)
				if (x < 0) != (y < 0) {
					p = -p
				}
				return MakeInt(p)
			}
		}
	}
	return NewBigInt(new(big.Int).Mul(toBig(a), toBig(b)))
}

func abs64(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

// intFloorDivMod implements // and % with Python's sign rules.
func intFloorDivMod(a, b Object) (Object, Object, *BaseException) {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			if y == 0 {
				return nil, nil, NewError(ZeroDivisionErrorType, "integer division or modulo by zero")
			}
			if !(x == math.MinInt64 && y == -1) {
				q, r := x/y, x%y
				if r != 0 && (r < 0) != (y < 0) {
					q--
					r += y
				}
				return MakeInt(int64(q)), MakeInt(int64(r)), nil
			}
		}
	}
	bx, by := toBig(a), toBig(b)
	if by.Sign() == 0 {
		return nil, nil, NewError(ZeroDivisionErrorType, "integer division or modulo by zero")
	}
	q, r := new(big.Int), new(big.Int)
	q.QuoRem(bx, by, r) // truncated: r has bx's sign
	if r.Sign() != 0 && (r.Sign() < 0) != (by.Sign() < 0) {
		q.Sub(q, big.NewInt(1))
		r.Add(r, by)
	}
	return NewBigInt(q), NewBigInt(r), nil
}

func intNeg(a Object) Object {
	if x, ok := a.(Int); ok && x != math.MinInt64 {
		return MakeInt(-int64(x))
	}
	return NewBigInt(new(big.Int).Neg(toBig(a)))
}

func intSign(a Object) int {
	if x, ok := a.(Int); ok {
		switch {
		case x < 0:
			return -1
		case x > 0:
			return 1
		}
		return 0
	}
	return toBig(a).Sign()
}

func intCmp(a, b Object) int {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			switch {
			case x < y:
				return -1
			case x > y:
				return 1
			}
			return 0
		}
	}
	return toBig(a).Cmp(toBig(b))
}

// intToFloat converts with CPython's OverflowError.
func intToFloat(a Object) (float64, *BaseException) {
	if x, ok := a.(Int); ok {
		return float64(x), nil
	}
	f, acc := new(big.Float).SetInt(toBig(a)).Float64()
	if math.IsInf(f, 0) {
		_ = acc
		return 0, NewError(OverflowErrorType, "int too large to convert to float")
	}
	return f, nil
}

// intPow computes a**b for b >= 0.
func intPow(a, b Object) Object {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok && y >= 0 {
			r, base, e := int64(1), int64(x), int64(y)
			ok := true
			for e > 0 && ok {
				if e&1 == 1 {
					hi, lo := bits.Mul64(uint64(abs64(r)), uint64(abs64(base)))
					if hi != 0 || lo > math.MaxInt64 {
						ok = false
						break
					}
					neg := (r < 0) != (base < 0)
					r = int64(lo)
					if neg {
						r = -r
					}
				}
				e >>= 1
				if e > 0 {
					hi, lo := bits.Mul64(uint64(abs64(base)), uint64(abs64(base)))
					if hi != 0 || lo > math.MaxInt64 {
						ok = false
						break
					}
					base = int64(lo)
				}
			}
			if ok {
				return MakeInt(r)
			}
		}
	}
	return NewBigInt(new(big.Int).Exp(toBig(a), toBig(b), nil))
}

// intHash is CPython's: value modulo 2**61-1 with the sign kept, -1 → -2.
func intHash(a Object) int64 {
	const modulus = (1 << 61) - 1
	if x, ok := a.(Int); ok {
		v := int64(x)
		var h int64
		if v >= 0 {
			h = int64(uint64(v) % modulus)
		} else {
			h = -int64(uint64(-v) % modulus)
			if v == math.MinInt64 {
				h = -int64((uint64(1) << 63) % modulus)
			}
		}
		if h == -1 {
			h = -2
		}
		return h
	}
	b := toBig(a)
	m := new(big.Int).Mod(new(big.Int).Abs(b), big.NewInt(modulus)).Int64()
	if b.Sign() < 0 {
		m = -m
	}
	if m == -1 {
		m = -2
	}
	return m
}

// intRepr is the decimal form.
func intRepr(a Object) string {
	if x, ok := a.(Int); ok {
		return strconv.FormatInt(int64(x), 10)
	}
	return toBig(a).String()
}

// IntValue returns o's int64 value when o is an int that fits.
func IntValue(o Object) (int64, bool) {
	switch v := o.(type) {
	case Int:
		return int64(v), true
	case Bool:
		if v {
			return 1, true
		}
		return 0, true
	case *Instance:
		if v.base != nil {
			return IntValue(v.base)
		}
	}
	return 0, false
}

// intTrueDiv is int / int, correctly rounded as CPython's.
func intTrueDiv(x, y Object) (Object, *BaseException) {
	if intSign(y) == 0 {
		return nil, NewError(ZeroDivisionErrorType, "division by zero")
	}
	if a, ok := x.(Int); ok {
		if b, ok := y.(Int); ok && abs64(int64(a)) < 1<<53 && abs64(int64(b)) < 1<<53 {
			return Float(float64(a) / float64(b)), nil
		}
	}
	if intSign(x) == 0 {
		return Float(math.Copysign(0, float64(intSign(y)))), nil
	}
	r := new(big.Rat).SetFrac(toBig(x), toBig(y))
	f, _ := r.Float64()
	if math.IsInf(f, 0) {
		return nil, NewError(OverflowErrorType, "integer division result too large for a float")
	}
	return Float(f), nil
}

func intShift(op BinOp, x, y Object) (Object, *BaseException) {
	if intSign(y) < 0 {
		return nil, NewError(ValueErrorType, "negative shift count")
	}
	n, ok := y.(Int)
	if op == OpRShift {
		if !ok || n >= 64*1024*1024 {
			if intSign(x) < 0 {
				return MakeInt(-1), nil
			}
			return MakeInt(0), nil
		}
		if a, ok := x.(Int); ok {
			if n >= 63 {
				if a < 0 {
					return MakeInt(-1), nil
				}
				return MakeInt(0), nil
			}
			return MakeInt(int64(a) >> uint(n)), nil
		}
		return NewBigInt(new(big.Int).Rsh(toBig(x), uint(n))), nil
	}
	if !ok || n > 1<<31 {
		if intSign(x) == 0 {
			return MakeInt(0), nil
		}
		return nil, NewError(OverflowErrorType, "too many digits in integer")
	}
	if a, ok := x.(Int); ok && n < 62 {
		if r := int64(a) << uint(n); r>>uint(n) == int64(a) {
			return MakeInt(r), nil
		}
	}
	return NewBigInt(new(big.Int).Lsh(toBig(x), uint(n))), nil
}

func intBitwise(op BinOp, x, y Object) Object {
	if a, ok := x.(Int); ok {
		if b, ok := y.(Int); ok {
			switch op {
			case OpAnd:
				return MakeInt(int64(a & b))
			case OpOr:
				return MakeInt(int64(a | b))
			default:
				return MakeInt(int64(a ^ b))
			}
		}
	}
	r := new(big.Int)
	switch op {
	case OpAnd:
		r.And(toBig(x), toBig(y))
	case OpOr:
		r.Or(toBig(x), toBig(y))
	default:
		r.Xor(toBig(x), toBig(y))
	}
	return NewBigInt(r)
}
