package runtime

import (
	"math/big"
)

// This file holds the small operations that generated code calls and that
// have no Python-level name of their own.

// LoadGlobal reads a global, falling back to builtins (LOAD_GLOBAL).
func LoadGlobal(g *Dict, name *Str) (Object, *BaseException) {
	if v := g.getStr(name); v != nil {
		return v, nil
	}
	if v := Builtins.getStr(name); v != nil {
		return v, nil
	}
	return nil, nameError(name.s)
}

// LoadGlobalOr reads a global or returns None.
func LoadGlobalOr(g *Dict, name string) Object {
	if v := g.GetStr(name); v != nil {
		return v
	}
	return None
}

func nameError(name string) *BaseException {
	e := Errorf(NameErrorType, "name '%s' is not defined", name)
	e.dict.SetStr("name", NewStr(name))
	return e
}

// LoadName is LOAD_NAME in a class body: namespace, globals, builtins. A
// namespace from __prepare__ may be a dict subclass with its own
// __getitem__ (as enum's is), which is honoured.
func LoadName(t *Thread, ns *Dict, g *Dict, name *Str) (Object, *BaseException) {
	if ns.hdr.typ == nil {
		if v := ns.getStr(name); v != nil {
			return v, nil
		}
		return LoadGlobal(g, name)
	}
	v, exc := GetItem(t, ns, name)
	if exc == nil {
		return v, nil
	}
	if !exc.IsInstanceOf(KeyErrorType) {
		return nil, exc
	}
	return LoadGlobal(g, name)
}

// StoreName is STORE_NAME in a class body, through the namespace's
// __setitem__ when __prepare__ returned a dict subclass.
func StoreName(t *Thread, ns *Dict, name *Str, v Object) *BaseException {
	if ns.hdr.typ == nil {
		ns.SetItemStr(name, v)
		return nil
	}
	return SetItem(t, ns, name, v)
}

// LoadClassDeref is LOAD_CLASSDEREF: the class namespace, then the cell.
func LoadClassDeref(t *Thread, ns *Dict, name *Str, c *Cell) (Object, *BaseException) {
	if v := ns.getStr(name); v != nil {
		return v, nil
	}
	return LoadCell(c, name.s)
}

// LoadCell reads a closure cell with CPython's error for an empty one.
func LoadCell(c *Cell, name string) (Object, *BaseException) {
	if v := c.Get(); v != nil {
		return v, nil
	}
	return nil, Errorf(NameErrorType, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name)
}

// LoadLocalCell reads a cell the function owns (UnboundLocalError when empty).
func LoadLocalCell(c *Cell, name string) (Object, *BaseException) {
	if v := c.Get(); v != nil {
		return v, nil
	}
	return nil, UnboundLocal(name)
}

// UnboundLocal is the error for reading an unassigned local.
func UnboundLocal(name string) *BaseException {
	e := Errorf(UnboundLocalErrorType, "cannot access local variable '%s' where it is not associated with a value", name)
	e.dict.SetStr("name", NewStr(name))
	return e
}

// DelCell is `del x` for a cell variable.
func DelCell(c *Cell, name string) *BaseException {
	if c.Get() == nil {
		return UnboundLocal(name)
	}
	c.Set(nil)
	return nil
}

// DelGlobal is `del x` for a global.
func DelGlobal(g *Dict, name *Str) *BaseException {
	if !g.delStr(name) {
		return nameError(name.s)
	}
	return nil
}

// DelName is `del x` in a class body.
func DelName(t *Thread, ns *Dict, name *Str) *BaseException {
	if ns.hdr.typ != nil {
		exc := DelItem(t, ns, name)
		if exc != nil && exc.IsInstanceOf(KeyErrorType) {
			return nameError(name.s)
		}
		return exc
	}
	if !ns.delStr(name) {
		return nameError(name.s)
	}
	return nil
}

// Unpack is `a, b = v`: exactly n items.
func Unpack(t *Thread, v Object, n int) ([]Object, *BaseException) {
	if tup, ok := v.(*Tuple); ok && len(tup.items) == n {
		return tup.items, nil
	}
	if l, ok := v.(*List); ok && l.hdr.typ == nil {
		items := l.Snapshot()
		if len(items) == n {
			return items, nil
		}
	}
	it, exc := Iter(t, v)
	if exc != nil {
		if exc.IsInstanceOf(TypeErrorType) && TypeOf(v).lookup(strIter) == nil {
			return nil, Errorf(TypeErrorType, "cannot unpack non-iterable %s object", TypeOf(v).name)
		}
		return nil, exc
	}
	out := make([]Object, 0, n)
	for len(out) < n {
		x, exc := Next(t, it)
		if exc != nil {
			return nil, exc
		}
		if x == nil {
			return nil, Errorf(ValueErrorType, "not enough values to unpack (expected %d, got %d)", n, len(out))
		}
		out = append(out, x)
	}
	x, exc := Next(t, it)
	if exc != nil {
		return nil, exc
	}
	if x != nil {
		return nil, Errorf(ValueErrorType, "too many values to unpack (expected %d)", n)
	}
	return out, nil
}

// UnpackEx is `a, *b, c = v`: before items, a list, after items.
func UnpackEx(t *Thread, v Object, before, after int) ([]Object, *BaseException) {
	items, exc := ToSlice(t, v)
	if exc != nil {
		if exc.IsInstanceOf(TypeErrorType) && TypeOf(v).lookup(strIter) == nil {
			return nil, Errorf(TypeErrorType, "cannot unpack non-iterable %s object", TypeOf(v).name)
		}
		return nil, exc
	}
	if len(items) < before+after {
		return nil, Errorf(ValueErrorType, "not enough values to unpack (expected at least %d, got %d)", before+after, len(items))
	}
	out := make([]Object, 0, before+after+1)
	out = append(out, items[:before]...)
	mid := make([]Object, len(items)-before-after)
	copy(mid, items[before:len(items)-after])
	out = append(out, NewList(mid...))
	out = append(out, items[len(items)-after:]...)
	return out, nil
}

// AppendIter appends an iterable's items (`[*a]`, `f(*a)`).
func AppendIter(t *Thread, acc []Object, v Object) ([]Object, *BaseException) {
	items, exc := ToSlice(t, v)
	if exc != nil {
		if exc.IsInstanceOf(TypeErrorType) && !isIterable(v) {
			return nil, Errorf(TypeErrorType, "Value after * must be an iterable, not %s", TypeOf(v).name)
		}
		return nil, exc
	}
	return append(acc, items...), nil
}

// NewSetFrom builds a set display.
func NewSetFrom(t *Thread, items []Object) (Object, *BaseException) {
	s := NewSet()
	for _, it := range items {
		if exc := s.Add(t, it); exc != nil {
			return nil, exc
		}
	}
	return s, nil
}

// MustFrozenSet builds a frozenset constant.
func MustFrozenSet(items ...Object) Object {
	s := NewFrozenSet()
	t := NewThread()
	for _, it := range items {
		s.Add(t, it)
	}
	return s
}

// DictUpdate is `{**m}`: merge a mapping into d.
func DictUpdate(t *Thread, d *Dict, m Object) *BaseException {
	if _, ok := usesDictIter(m); ok {
		return dictMerge(t, d, m)
	}
	keysF, exc := GetAttr(t, m, InternStr("keys"))
	if exc != nil {
		return Errorf(TypeErrorType, "'%s' object is not a mapping", TypeOf(m).name)
	}
	keys, exc := Call0(t, keysF)
	if exc != nil {
		return exc
	}
	return ForEach(t, keys, func(k Object) (bool, *BaseException) {
		v, exc := GetItem(t, m, k)
		if exc != nil {
			return false, exc
		}
		return true, d.SetItem(t, k, v)
	})
}

// MergeKwarg adds one keyword argument, rejecting duplicates as CPython.
func MergeKwarg(t *Thread, d *Dict, k *Str, v Object, fn Object) *BaseException {
	if d.getStr(k) != nil {
		return Errorf(TypeErrorType, "%s got multiple values for keyword argument '%s'", funcStr(t, fn), k.s)
	}
	d.SetItemStr(k, v)
	return nil
}

// MergeKwargs is `f(**m)`: CPython's DICT_MERGE. A non-mapping (no keys())
// is "argument after ** must be a mapping"; a key already given is
// "got multiple values for keyword argument".
func MergeKwargs(t *Thread, d *Dict, m Object, fn Object) *BaseException {
	var keys, vals []Object
	if src, ok := usesDictIter(m); ok {
		keys, vals = src.Items()
	} else {
		keysF, exc := GetAttr(t, m, InternStr("keys"))
		if exc != nil {
			if exc.IsInstanceOf(AttributeErrorType) {
				return Errorf(TypeErrorType, "%s argument after ** must be a mapping, not %s", funcStr(t, fn), TypeOf(m).name)
			}
			return exc
		}
		ko, exc := Call0(t, keysF)
		if exc != nil {
			return exc
		}
		keys, exc = ToSlice(t, ko)
		if exc != nil {
			if exc.IsInstanceOf(TypeErrorType) && !isIterable(ko) {
				return Errorf(TypeErrorType, "%s.keys() returned a non-iterable (type %s)", TypeOf(m).name, TypeOf(ko).name)
			}
			return exc
		}
	}
	for i, k := range keys {
		if s, ok := k.(*Str); ok && vals != nil {
			if exc := MergeKwarg(t, d, s, vals[i], fn); exc != nil {
				return exc
			}
			continue
		}
		if v, _ := d.GetItem(t, k); v != nil {
			// CPython's KeyError from DICT_MERGE, checked before the
			// mapping's __getitem__.
			ks, exc := ToStr(t, k)
			if exc != nil {
				return exc
			}
			return Errorf(TypeErrorType, "%s got multiple values for keyword argument '%s'", funcStr(t, fn), ks.s)
		}
		var v Object
		if vals != nil {
			v = vals[i]
		} else {
			var exc *BaseException
			if v, exc = GetItem(t, m, k); exc != nil {
				return exc
			}
		}
		if exc := d.SetItem(t, k, v); exc != nil {
			return exc
		}
	}
	return nil
}

// StarArgs is the positional arguments of `f(*v)` when v is the call's
// only positional argument (CPython's CALL_FUNCTION_EX check): a
// non-iterable is "f() argument after * must be an iterable".
func StarArgs(t *Thread, fn, v Object) ([]Object, *BaseException) {
	if tu, ok := v.(*Tuple); ok {
		return append([]Object(nil), tu.items...), nil
	}
	if !isIterable(v) {
		return nil, Errorf(TypeErrorType, "%s argument after * must be an iterable, not %s", funcStr(t, fn), TypeOf(v).name)
	}
	// ToSlice copies all but tuples (handled above).
	return ToSlice(t, v)
}

// CallStar is `f(*v, **kw)` with v the only positional argument: the
// keywords (already merged into kw) are checked before v, as CPython does.
func CallStar(t *Thread, fn, v Object, kw *Dict) (Object, *BaseException) {
	args, exc := StarArgs(t, fn, v)
	if exc != nil {
		return nil, exc
	}
	return CallKw(t, fn, args, kw)
}

// funcStr names a callable in call errors as CPython's
// _PyObject_FunctionStr: "module.qualname()" ("qualname()" for builtins),
// or str(fn) when it has no __qualname__.
func funcStr(t *Thread, fn Object) string {
	switch f := fn.(type) {
	case *Function:
		if m, ok := f.module.(*Str); ok && m.s != "builtins" {
			return m.s + "." + f.qualname.s + "()"
		}
		return f.qualname.s + "()"
	}
	q, exc := GetAttr(t, fn, InternStr("__qualname__"))
	if exc != nil {
		if s, exc := ToStr(t, fn); exc == nil {
			return s.Value()
		}
		return TypeOf(fn).name + " object"
	}
	qs, exc := ToStr(t, q)
	if exc != nil {
		return TypeOf(fn).name + " object"
	}
	if m, exc := GetAttr(t, fn, InternStr("__module__")); exc == nil && m != None {
		if ms, exc := ToStr(t, m); exc == nil && ms.Value() != "builtins" {
			return ms.Value() + "." + qs.Value() + "()"
		}
	}
	return qs.Value() + "()"
}

// JoinStrs concatenates the parts of an f-string.
func JoinStrs(parts ...Object) Object {
	return joinStrParts(parts)
}

// FormatValue is an f-string replacement field: conversion then format().
func FormatValue(t *Thread, v Object, conv rune, spec Object) (Object, *BaseException) {
	switch conv {
	case 's':
		s, exc := ToStr(t, v)
		if exc != nil {
			return nil, exc
		}
		v = s
	case 'r':
		s, exc := Repr(t, v)
		if exc != nil {
			return nil, exc
		}
		v = s
	case 'a':
		s, exc := Ascii(t, v)
		if exc != nil {
			return nil, exc
		}
		v = s
	}
	if spec == nil {
		if s, ok := v.(*Str); ok {
			return s, nil
		}
		spec = emptyStr
	}
	return Format(t, v, spec.(*Str))
}

// CallSuper is zero-argument super(): super(__class__, <first argument>),
// unless the name `super` has been rebound.
func CallSuper(t *Thread, superFn, cls, first Object) (Object, *BaseException) {
	if superFn != Object(SuperType) {
		return Call0(t, superFn)
	}
	return ZeroArgSuper(t, cls, first)
}

// WithEnter starts a with statement: it returns the bound __exit__ and the
// value of __enter__().
func WithEnter(t *Thread, mgr Object) (Object, Object, *BaseException) {
	typ := TypeOf(mgr)
	enter := typ.lookup(strEnter)
	exit := typ.lookup(strExit)
	if enter == nil {
		return nil, nil, Errorf(TypeErrorType, "'%s' object does not support the context manager protocol", typ.name)
	}
	if exit == nil {
		return nil, nil, Errorf(TypeErrorType, "'%s' object does not support the context manager protocol (missed __exit__ method)", typ.name)
	}
	boundExit, exc := descrGet(t, exit, mgr, typ)
	if exc != nil {
		return nil, nil, exc
	}
	v, exc := callUnaryDunder(t, enter, mgr)
	if exc != nil {
		return nil, nil, exc
	}
	return boundExit, v, nil
}

// WithExitExc calls __exit__ with the pending exception; true means suppress.
func WithExitExc(t *Thread, exit Object, exc *BaseException) (bool, *BaseException) {
	r, e := Call3(t, exit, exc.typ, exc, exc.TracebackObject())
	if e != nil {
		return false, e
	}
	return IsTrue(t, r)
}

// AwaitIter is the iterator behind `await v`.
func AwaitIter(t *Thread, v Object) (Object, *BaseException) {
	if g, ok := v.(*Generator); ok && (g.kind == genCoroutine || isIterableCoroutineGen(g)) {
		if g.kind == genCoroutine && g.awaitingAlready() {
			return nil, NewError(RuntimeErrorType, "coroutine is being awaited already")
		}
		return g, nil
	}
	f := TypeOf(v).lookup(InternStr("__await__"))
	if f == nil {
		return nil, Errorf(TypeErrorType, "object %s can't be used in 'await' expression", TypeOf(v).name)
	}
	r, exc := callUnaryDunder(t, f, v)
	if exc != nil {
		return nil, exc
	}
	if g, ok := r.(*Generator); ok && g.kind == genCoroutine {
		return nil, NewError(TypeErrorType, "__await__() returned a coroutine")
	}
	if _, ok := r.(Iterator); !ok && TypeOf(r).lookup(strNext) == nil {
		return nil, Errorf(TypeErrorType, "__await__() returned non-iterator of type '%s'", TypeOf(r).name)
	}
	return r, nil
}

// RangeLoop prepares `for x in range(lo, hi)`: when fn is the builtin range
// and both bounds are machine ints the loop runs on Go ints (fast); otherwise
// it returns a generic iterator.
func RangeLoop(t *Thread, fn, lo, hi Object) (bool, int64, int64, Object, *BaseException) {
	if fn == Object(RangeType) {
		a, ok1 := lo.(Int)
		b, ok2 := hi.(Int)
		if ok1 && ok2 {
			return true, int64(a), int64(b), nil, nil
		}
	}
	var r Object
	var exc *BaseException
	if fn == Object(RangeType) && lo == smallInts[-smallIntMin] {
		r, exc = Call1(t, fn, hi)
	} else {
		r, exc = Call2(t, fn, lo, hi)
	}
	if exc != nil {
		return false, 0, 0, nil, exc
	}
	it, exc := Iter(t, r)
	return false, 0, 0, it, exc
}

// CompareBool is a comparison used as a condition, without boxing a bool.
func CompareBool(t *Thread, op CmpOp, a, b Object) (bool, *BaseException) {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			switch op {
			case CmpLT:
				return x < y, nil
			case CmpLE:
				return x <= y, nil
			case CmpEQ:
				return x == y, nil
			case CmpNE:
				return x != y, nil
			case CmpGT:
				return x > y, nil
			}
			return x >= y, nil
		}
	}
	r, exc := Compare(t, op, a, b)
	if exc != nil {
		return false, exc
	}
	if bv, ok := r.(Bool); ok {
		return bool(bv), nil
	}
	return IsTrue(t, r)
}

// ParseIntLiteral makes an int constant too large for int64.
func ParseIntLiteral(s string) Object {
	b, _ := new(big.Int).SetString(s, 10)
	return NewBigInt(b)
}

// SetAnnotations sets __annotations__.
func (fn *Function) SetAnnotations(d *Dict) { fn.annotations = d }

// SetBody installs a generator's compiled body.
func (g *Generator) SetBody(fn GenFn) { g.fn = fn }
