package runtime

// Int fast paths the compiler emits for the commonest operators. Each is
// small enough for Go to inline into the generated code, so `i * 2 % 7` on
// machine ints costs no call; anything else falls through to the full
// protocol in Binary / InPlace.

// Mult is a * b.
func Mult(t *Thread, a, b Object) (Object, *BaseException) {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			if x > -(1<<31) && x < 1<<31 && y > -(1<<31) && y < 1<<31 {
				return MakeInt(int64(x * y)), nil
			}
		}
		if y, ok := b.(*Str); ok {
			return strRepeat(y, int(x))
		}
	}
	if x, ok := a.(*Str); ok {
		if y, ok := b.(Int); ok {
			return strRepeat(x, int(y))
		}
	}
	return Binary(t, OpMul, a, b)
}

// Modulo is a % b (Python's sign rule: the result has b's sign).
func Modulo(t *Thread, a, b Object) (Object, *BaseException) {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok && y > 0 && x >= 0 {
			return MakeInt(int64(x % y)), nil
		}
	}
	if x, ok := a.(*Str); ok {
		// Exact builtin right operands cannot carry a reflected __rmod__
		// that would win over str's.
		switch b.(type) {
		case *Tuple, Int, Float, *Str, *Dict, Bool:
			return strPercent(t, x, b)
		}
	}
	return Binary(t, OpMod, a, b)
}

// FloorDivide is a // b.
func FloorDivide(t *Thread, a, b Object) (Object, *BaseException) {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok && y > 0 && x >= 0 {
			return MakeInt(int64(x / y)), nil
		}
	}
	return Binary(t, OpFloorDiv, a, b)
}

// AugAdd is a += b.
func AugAdd(t *Thread, a, b Object) (Object, *BaseException) {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			if s := x + y; (s > x) == (y > 0) {
				return MakeInt(int64(s)), nil
			}
		}
	}
	return InPlace(t, OpAdd, a, b)
}

// AugSub is a -= b.
func AugSub(t *Thread, a, b Object) (Object, *BaseException) {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			if d := x - y; (d < x) == (y > 0) {
				return MakeInt(int64(d)), nil
			}
		}
	}
	return InPlace(t, OpSub, a, b)
}
