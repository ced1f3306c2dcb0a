package runtime

import (
	"math"
	"math/big"
)

// IsTrue is bool(o): __bool__, then __len__, else true.
func IsTrue(t *Thread, o Object) (bool, *BaseException) {
	switch v := o.(type) {
	case Bool:
		return bool(v), nil
	case Int:
		return v != 0, nil
	case *noneObj:
		return false, nil
	case *Str:
		return len(v.s) > 0, nil
	case Float:
		return v != 0, nil
	case *BigInt:
		return true, nil
	case *Tuple:
		return len(v.items) > 0, nil
	case *List:
		if v.hdr.typ == nil {
			return v.Len() > 0, nil
		}
	case *Dict:
		if v.hdr.typ == nil {
			return v.Len() > 0, nil
		}
	}
	typ := TypeOf(o)
	if f := typ.lookup(strBool); f != nil {
		r, exc := callUnaryDunder(t, f, o)
		if exc != nil {
			return false, exc
		}
		b, ok := r.(Bool)
		if !ok {
			return false, Errorf(TypeErrorType, "__bool__ should return bool, returned %s", TypeOf(r).name)
		}
		return bool(b), nil
	}
	if f := typ.lookup(strLen); f != nil {
		r, exc := callUnaryDunder(t, f, o)
		if exc != nil {
			return false, exc
		}
		n, exc := lenResult(t, r)
		return n != 0, exc
	}
	return true, nil
}

// Truth is IsTrue returning a bool object (for `not`).
func Not(t *Thread, o Object) (Object, *BaseException) {
	b, exc := IsTrue(t, o)
	return Bool(!b), exc
}

func callUnaryDunder(t *Thread, f, self Object) (Object, *BaseException) {
	switch fn := f.(type) {
	case *Function:
		if fn.fast1 != nil {
			return fn.fast1(t, fn, self)
		}
	case *Builtin:
		return fn.fn(t, []Object{self}, nil)
	}
	m, exc := descrGet(t, f, self, TypeOf(self))
	if exc != nil {
		return nil, exc
	}
	return Call0(t, m)
}

// callDunder looks up name on o's type and calls it; found is false when the
// type has no such method.
func callDunder(t *Thread, o Object, name *Str, args ...Object) (Object, bool, *BaseException) {
	f := TypeOf(o).lookup(name)
	if f == nil {
		return nil, false, nil
	}
	if len(args) == 0 {
		r, exc := callUnaryDunder(t, f, o)
		return r, true, exc
	}
	if len(args) == 1 {
		r, exc := callBinaryDunder(t, f, o, args[0])
		return r, true, exc
	}
	m, exc := descrGet(t, f, o, TypeOf(o))
	if exc != nil {
		return nil, true, exc
	}
	r, exc := Call(t, m, args, nil)
	return r, true, exc
}

func lenResult(t *Thread, r Object) (int, *BaseException) {
	i, ok := asIntStrict(r)
	if !ok {
		if idx, exc := indexOrNil(t, r); exc != nil {
			return 0, exc
		} else if idx != nil {
			i = idx
		} else {
			return 0, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeOf(r).name)
		}
	}
	if intSign(i) < 0 {
		return 0, NewError(ValueErrorType, "__len__() should return >= 0")
	}
	n, ok := i.(Int)
	if !ok {
		return 0, NewError(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
	}
	return int(n), nil
}

// Len is len(o) as a Go int.
func Len(t *Thread, o Object) (int, *BaseException) {
	switch v := o.(type) {
	case *Str:
		return v.Len(), nil
	case *List:
		if v.hdr.typ == nil {
			return v.Len(), nil
		}
	case *Tuple:
		return len(v.items), nil
	case *Dict:
		if v.hdr.typ == nil {
			return v.Len(), nil
		}
	}
	f := TypeOf(o).lookup(strLen)
	if f == nil {
		return 0, Errorf(TypeErrorType, "object of type '%s' has no len()", TypeOf(o).name)
	}
	r, exc := callUnaryDunder(t, f, o)
	if exc != nil {
		return 0, exc
	}
	return lenResult(t, r)
}

// Hash is hash(o).
func Hash(t *Thread, o Object) (int64, *BaseException) {
	switch v := o.(type) {
	case *Str:
		return v.Hash(), nil
	case Int:
		if v >= 0 && v < (1<<61)-1 {
			return int64(v), nil
		}
		return intHash(v), nil
	case *BigInt:
		return intHash(v), nil
	case Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case Float:
		return floatHash(float64(v)), nil
	case *Tuple:
		return tupleHash(t, v)
	case *noneObj, *Type, *Function, *Builtin:
		return int64(addrOf(o) >> 4), nil
	}
	typ := TypeOf(o)
	f := typ.lookup(strHash)
	if f == nil || f == None {
		return 0, Errorf(TypeErrorType, "unhashable type: '%s'", typ.name)
	}
	if f == objectHash {
		return int64(addrOf(o) >> 4), nil
	}
	r, exc := callUnaryDunder(t, f, o)
	if exc != nil {
		return 0, exc
	}
	switch h := r.(type) {
	case Int:
		if h == -1 {
			return -2, nil
		}
		return int64(h), nil
	case *BigInt:
		return intHash(h), nil
	case Bool:
		if h {
			return 1, nil
		}
		return 0, nil
	case *Instance:
		// An int subclass instance: its int value's hash, as CPython.
		if i, ok := asInt(h); ok {
			if v, ok := i.(Int); ok && v != -1 {
				return int64(v), nil
			}
			return intHash(i), nil
		}
	}
	return 0, NewError(TypeErrorType, "__hash__ method should return an integer")
}

var objectHash Object

// Repr is repr(o).
func Repr(t *Thread, o Object) (*Str, *BaseException) {
	switch v := o.(type) {
	case *Str:
		return NewStr(quoteStr(v.s)), nil
	case Int:
		return NewStr(intRepr(v)), nil
	case *BigInt:
		return intReprObj(v)
	case Float:
		return NewStr(floatRepr(float64(v))), nil
	case Bool:
		if v {
			return InternStr("True"), nil
		}
		return InternStr("False"), nil
	case *noneObj:
		return InternStr("None"), nil
	}
	f := TypeOf(o).lookup(strRepr)
	if f == nil {
		return NewStr(defaultRepr(o)), nil
	}
	r, exc := callUnaryGuarded(t, f, o, recRepr)
	if exc != nil {
		return nil, exc
	}
	s, ok := r.(*Str)
	if !ok {
		if in, ok := r.(*Instance); ok {
			if bs, ok := in.base.(*Str); ok {
				return bs, nil
			}
		}
		return nil, Errorf(TypeErrorType, "__repr__ returned non-string (type %s)", TypeOf(r).name)
	}
	return s, nil
}

func defaultRepr(o Object) string {
	typ := TypeOf(o)
	mod := typ.module
	if mod == "builtins" || mod == "" {
		return sprintf("<%s object at %#x>", typ.qualname, addrOf(o))
	}
	return sprintf("<%s.%s object at %#x>", mod, typ.qualname, addrOf(o))
}

// ToStr is str(o).
func ToStr(t *Thread, o Object) (*Str, *BaseException) {
	switch v := o.(type) {
	case *Str:
		return v, nil
	case Int, *BigInt, Float, Bool, *noneObj:
		return Repr(t, o)
	}
	f := TypeOf(o).lookup(strStr)
	if f == nil || f == objectStr {
		return Repr(t, o)
	}
	r, exc := callUnaryGuarded(t, f, o, recStr)
	if exc != nil {
		return nil, exc
	}
	switch s := r.(type) {
	case *Str:
		return s, nil
	case *Instance:
		if bs, ok := s.base.(*Str); ok {
			return bs, nil
		}
	}
	return nil, Errorf(TypeErrorType, "__str__ returned non-string (type %s)", TypeOf(r).name)
}

var objectStr Object

// Index is operator.index(o): an int for slicing and sequence repetition.
func Index(t *Thread, o Object) (Object, *BaseException) {
	r, exc := indexOrNil(t, o)
	if r == nil && exc == nil {
		return nil, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeOf(o).name)
	}
	return r, exc
}

func indexOrNil(t *Thread, o Object) (Object, *BaseException) {
	if i, ok := asIntStrict(o); ok {
		return i, nil
	}
	if in, ok := o.(*Instance); ok && in.base != nil {
		if i, ok := asIntStrict(in.base); ok && TypeOf(o).lookup(strIndex) == IntType.dict.getStr(strIndex) {
			return i, nil
		}
	}
	r, found, exc := callDunder(t, o, strIndex)
	if !found || exc != nil {
		return nil, exc
	}
	switch r.(type) {
	case Int, *BigInt:
		return r, nil
	}
	i, ok := asInt(r)
	if !ok {
		return nil, Errorf(TypeErrorType, "__index__ returned non-int (type %s)", TypeOf(r).name)
	}
	// A strict subclass of int (bool included), as CPython: a warning.
	if exc := warnStrictSubclass(t, "__index__", r, "int"); exc != nil {
		return nil, exc
	}
	return i, nil
}

// IndexInt is Index narrowed to a Go int, with CPython's IndexError text for
// values that do not fit.
func IndexInt(t *Thread, o Object, what string) (int, *BaseException) {
	i, exc := indexOrNil(t, o)
	if exc != nil {
		return 0, exc
	}
	if i == nil {
		return 0, Errorf(TypeErrorType, "%s indices must be integers or slices, not %s", what, TypeOf(o).name)
	}
	n, ok := i.(Int)
	if !ok || n > math.MaxInt32*4 || n < -math.MaxInt32*4 {
		return 0, Errorf(IndexErrorType, "cannot fit 'int' into an index-sized integer")
	}
	return int(n), nil
}

// Neg is -o.
func Neg(t *Thread, o Object) (Object, *BaseException) {
	switch v := o.(type) {
	case Int, *BigInt:
		return intNeg(v), nil
	case Bool:
		if v {
			return MakeInt(-1), nil
		}
		return MakeInt(0), nil
	case Float:
		return -v, nil
	}
	return unaryDunder(t, o, "__neg__", "-")
}

// Pos is +o.
func Pos(t *Thread, o Object) (Object, *BaseException) {
	switch v := o.(type) {
	case Int, *BigInt, Float:
		return v, nil
	case Bool:
		if v {
			return MakeInt(1), nil
		}
		return MakeInt(0), nil
	}
	return unaryDunder(t, o, "__pos__", "+")
}

// Invert is ~o.
func Invert(t *Thread, o Object) (Object, *BaseException) {
	if i, ok := asIntStrict(o); ok {
		return intSub(intNeg(i), MakeInt(1)), nil
	}
	return unaryDunder(t, o, "__invert__", "~")
}

func unaryDunder(t *Thread, o Object, name, sym string) (Object, *BaseException) {
	r, found, exc := callDunder(t, o, InternStr(name))
	if !found {
		return nil, Errorf(TypeErrorType, "bad operand type for unary %s: '%s'", sym, TypeOf(o).name)
	}
	return r, exc
}

// Abs is abs(o).
func Abs(t *Thread, o Object) (Object, *BaseException) {
	switch v := o.(type) {
	case Int, *BigInt:
		if intSign(v) < 0 {
			return intNeg(v), nil
		}
		return v, nil
	case Bool:
		return asIntObj(v), nil
	case Float:
		return Float(math.Abs(float64(v))), nil
	}
	r, found, exc := callDunder(t, o, InternStr("__abs__"))
	if !found {
		return nil, Errorf(TypeErrorType, "bad operand type for abs(): '%s'", TypeOf(o).name)
	}
	return r, exc
}

func asIntObj(o Object) Object { i, _ := asInt(o); return i }

var _ = big.NewInt
