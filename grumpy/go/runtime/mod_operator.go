package runtime

import (
	"crypto/subtle"
	"strings"
	"sync"
)

// The _operator module: the operator functions over the runtime's protocol
// entry points, itemgetter, attrgetter and methodcaller.

func init() {
	RegisterModule(&ModuleSpec{Name: "_operator", Native: initOperator})
}

var (
	itemGetterType   = newNativeType("itemgetter", "operator", nil, "itemgetter(item, ...) --> itemgetter object\n\nReturn a callable object that fetches the given item(s) from its operand.\nAfter f = itemgetter(2), the call f(r) returns r[2].\nAfter g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])").solidType()
	attrGetterType   = newNativeType("attrgetter", "operator", nil, "attrgetter(attr, ...) --> attrgetter object\n\nReturn a callable object that fetches the given attribute(s) from its operand.\nAfter f = attrgetter('name'), the call f(r) returns r.name.\nAfter g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).\nAfter h = attrgetter('name.first', 'name.last'), the call h(r) returns\n(r.name.first, r.name.last).").solidType()
	methodCallerType = newNativeType("methodcaller", "operator", nil, "methodcaller(name, ...) --> methodcaller object\n\nReturn a callable object that calls the given method on its operand.\nAfter f = methodcaller('name'), the call f(r) returns r.name().\nAfter g = methodcaller('name', 'date', foo=1), the call g(r) returns\nr.name('date', foo=1).").solidType()
)

type itemGetter struct{ items []Object }
type attrGetter struct {
	attrs [][]*Str // each attribute path, split at dots
	names []Object // the original strings
}
type methodCaller struct {
	name *Str
	args []Object
	kwn  []*Str
	kwv  []Object
}

func (*itemGetter) Type() *Type   { return itemGetterType }
func (*attrGetter) Type() *Type   { return attrGetterType }
func (*methodCaller) Type() *Type { return methodCallerType }

// lengthHint is operator.length_hint (PyObject_LengthHint).
func lengthHint(t *Thread, o Object, def int) (int, *BaseException) {
	typ := TypeOf(o)
	if typ.lookup(strLen) != nil {
		n, exc := Len(t, o)
		if exc == nil {
			return n, nil
		}
		if !exc.IsInstanceOf(TypeErrorType) {
			return 0, exc
		}
	}
	f := typ.lookup(InternStr("__length_hint__"))
	if f == nil {
		return def, nil
	}
	r, exc := callUnaryDunder(t, f, o)
	if exc != nil {
		if exc.IsInstanceOf(TypeErrorType) {
			return def, nil
		}
		return 0, exc
	}
	if r == NotImplemented {
		return def, nil
	}
	i, ok := asIntStrict(r)
	if !ok {
		return 0, Errorf(TypeErrorType, "__length_hint__ must be an integer, not %s", TypeOf(r).name)
	}
	n, ok := i.(Int)
	if !ok {
		return 0, NewError(OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	if n < 0 {
		return 0, NewError(ValueErrorType, "__length_hint__() should return >= 0")
	}
	return int(n), nil
}

// oprIsSequence is PySequence_Check: __getitem__ and not a dict.
func oprIsSequence(o Object) bool {
	if _, ok := o.(*Dict); ok {
		return false
	}
	return TypeOf(o).lookup(strGetitem) != nil
}

func initOperator(t *Thread, m *Module) *BaseException {
	m.dict.SetStr("__doc__", NewStr("Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience."))
	m.dict.delStr(InternStr("__builtins__"))
	one := func(name, doc string, fn func(t *Thread, a Object) (Object, *BaseException)) {
		qual := "_operator." + name
		nativeFunc(m, name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := methArgs(qual, name, args, kw, 1, 1); exc != nil {
				return nil, exc
			}
			return fn(t, args[0])
		}).doc = doc
	}
	two := func(name, doc string, fn func(t *Thread, a, b Object) (Object, *BaseException)) {
		nativeFunc(m, name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := unpackArgs(name, args, kw, 2, 2); exc != nil {
				return nil, exc
			}
			return fn(t, args[0], args[1])
		}).doc = doc
	}
	cmps := []struct {
		name, sym string
		op        CmpOp
	}{{"lt", "<", CmpLT}, {"le", "<=", CmpLE}, {"eq", "==", CmpEQ}, {"ne", "!=", CmpNE}, {"ge", ">=", CmpGE}, {"gt", ">", CmpGT}}
	for _, c := range cmps {
		c := c
		two(c.name, "Same as a "+c.sym+" b.", func(t *Thread, a, b Object) (Object, *BaseException) {
			return Compare(t, c.op, a, b)
		})
	}
	bins := []struct {
		name, sym string
		op        BinOp
	}{{"add", "+", OpAdd}, {"sub", "-", OpSub}, {"mul", "*", OpMul}, {"truediv", "/", OpTrueDiv},
		{"floordiv", "//", OpFloorDiv}, {"mod", "%", OpMod}, {"pow", "**", OpPow}, {"lshift", "<<", OpLShift},
		{"rshift", ">>", OpRShift}, {"and_", "&", OpAnd}, {"or_", "|", OpOr}, {"xor", "^", OpXor}, {"matmul", "@", OpMatMul}}
	for _, b := range bins {
		b := b
		two(b.name, "Same as a "+b.sym+" b.", func(t *Thread, x, y Object) (Object, *BaseException) {
			return Binary(t, b.op, x, y)
		})
		iname := "i" + strings.TrimSuffix(b.name, "_")
		two(iname, "Same as a "+b.sym+"= b.", func(t *Thread, x, y Object) (Object, *BaseException) {
			return InPlace(t, b.op, x, y)
		})
	}
	one("not_", "Same as not a.", func(t *Thread, a Object) (Object, *BaseException) { return Not(t, a) })
	one("truth", "Return True if a is true, False otherwise.", func(t *Thread, a Object) (Object, *BaseException) {
		b, exc := IsTrue(t, a)
		return Bool(b), exc
	})
	two("is_", "Same as a is b.", func(t *Thread, a, b Object) (Object, *BaseException) { return Bool(Is(a, b)), nil })
	two("is_not", "Same as a is not b.", func(t *Thread, a, b Object) (Object, *BaseException) { return Bool(!Is(a, b)), nil })
	one("abs", "Same as abs(a).", Abs)
	one("index", "Same as a.__index__()", Index)
	one("neg", "Same as -a.", Neg)
	one("pos", "Same as +a.", Pos)
	one("inv", "Same as ~a.", Invert)
	one("invert", "Same as ~a.", Invert)
	concat := func(inplace bool) func(t *Thread, a, b Object) (Object, *BaseException) {
		return func(t *Thread, a, b Object) (Object, *BaseException) {
			if !oprIsSequence(a) {
				return nil, Errorf(TypeErrorType, "'%s' object can't be concatenated", TypeOf(a).name)
			}
			if inplace {
				return InPlace(t, OpAdd, a, b)
			}
			return Add(t, a, b)
		}
	}
	two("concat", "Same as a + b, for a and b sequences.", concat(false))
	two("iconcat", "Same as a += b, for a and b sequences.", concat(true))
	two("contains", "Same as b in a (note reversed operands).", func(t *Thread, a, b Object) (Object, *BaseException) {
		r, exc := Contains(t, a, b)
		return Bool(r), exc
	})
	two("countOf", "Return the number of items in a which are, or which equal, b.", func(t *Thread, a, b Object) (Object, *BaseException) {
		n := 0
		exc := ForEach(t, a, func(item Object) (bool, *BaseException) {
			eq, exc := richEq(t, item, b)
			if eq {
				n++
			}
			return exc == nil, exc
		})
		if exc != nil {
			return nil, exc
		}
		return MakeInt(int64(n)), nil
	})
	two("indexOf", "Return the first index of b in a.", func(t *Thread, a, b Object) (Object, *BaseException) {
		i, found := 0, false
		exc := ForEach(t, a, func(item Object) (bool, *BaseException) {
			eq, exc := richEq(t, item, b)
			if exc != nil {
				return false, exc
			}
			if eq {
				found = true
				return false, nil
			}
			i++
			return true, nil
		})
		if exc != nil {
			return nil, exc
		}
		if !found {
			return nil, NewError(ValueErrorType, "sequence.index(x): x not in sequence")
		}
		return MakeInt(int64(i)), nil
	})
	two("getitem", "Same as a[b].", func(t *Thread, a, b Object) (Object, *BaseException) { return GetItem(t, a, b) })
	two("delitem", "Same as del a[b].", func(t *Thread, a, b Object) (Object, *BaseException) { return None, DelItem(t, a, b) })
	nativeFunc(m, "setitem", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := unpackArgs("setitem", args, kw, 3, 3); exc != nil {
			return nil, exc
		}
		return None, SetItem(t, args[0], args[1], args[2])
	}).doc = "Same as a[b] = c."
	nativeFunc(m, "length_hint", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := unpackArgs("length_hint", args, kw, 1, 2); exc != nil {
			return nil, exc
		}
		def := 0
		if len(args) == 2 {
			var exc *BaseException
			if def, exc = indexArg(t, args[1]); exc != nil {
				return nil, exc
			}
		}
		n, exc := lengthHint(t, args[0], def)
		if exc != nil {
			return nil, exc
		}
		return MakeInt(int64(n)), nil
	}).doc = "Return an estimate of the number of items in obj.\n\nThis is useful for presizing containers when building from an iterable.\n\nIf the object supports len(), the result will be exact.\nOtherwise, it may over- or under-estimate by an arbitrary amount.\nThe result will be an integer >= 0."
	nativeFunc(m, "call", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args)-len(kw) < 1 {
			return nil, Errorf(TypeErrorType, "call expected at least 1 argument, got %d", len(args)-len(kw))
		}
		return Call(t, args[0], args[1:], kw)
	}).doc = "Same as obj(*args, **kwargs)."
	nativeFunc(m, "_compare_digest", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := unpackArgs("_compare_digest", args, kw, 2, 2); exc != nil {
			return nil, exc
		}
		a, b := args[0], args[1]
		sa, aStr := strArgOf(a)
		sb, bStr := strArgOf(b)
		if aStr && bStr {
			if !sa.isASCII() || !sb.isASCII() {
				return nil, NewError(TypeErrorType, "comparing strings with non-ASCII characters is not supported")
			}
			return Bool(subtle.ConstantTimeCompare([]byte(sa.s), []byte(sb.s)) == 1), nil
		}
		ba, okA := bytesLike(a)
		bb, okB := bytesLike(b)
		if !okA || !okB {
			if !okA && !okB {
				return nil, Errorf(TypeErrorType, "unsupported operand types(s) or combination of types: '%s' and '%s'", TypeOf(a).name, TypeOf(b).name)
			}
			bad := a
			if okA {
				bad = b
			}
			return nil, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", TypeOf(bad).name)
		}
		return Bool(subtle.ConstantTimeCompare(ba, bb) == 1), nil
	}).doc = "Return 'a == b'.\n\nThis function uses an approach designed to prevent\ntiming analysis, making it appropriate for cryptography.\n\na and b must both be of the same type: either str (ASCII only),\nor any bytes-like object.\n\nNote: If a and b are of different lengths, or if an error occurs,\na timing attack could theoretically reveal information about the\ntypes and lengths of a and b--but not their values."
	m.dict.SetStr("itemgetter", itemGetterType)
	m.dict.SetStr("attrgetter", attrGetterType)
	m.dict.SetStr("methodcaller", methodCallerType)
	return nil
}

// operatorRepr formats "operator.name(args)" with a recursion guard.
func operatorRepr(t *Thread, self Object, parts func() ([]string, *BaseException)) (Object, *BaseException) {
	name := TypeOf(self).name
	if !reprEnter(t, self) {
		return NewStr(name + "(...)"), nil
	}
	defer reprLeave(t, self)
	p, exc := parts()
	if exc != nil {
		return nil, exc
	}
	return NewStr(name + "(" + strings.Join(p, ", ") + ")"), nil
}

func reprAll(t *Thread, items []Object) ([]string, *BaseException) {
	out := make([]string, len(items))
	for i, it := range items {
		r, exc := Repr(t, it)
		if exc != nil {
			return nil, exc
		}
		out[i] = r.s
	}
	return out, nil
}

var attrGetterCache sync.Map // dotted name -> []*Str

func splitAttrPath(s *Str) []*Str {
	if v, ok := attrGetterCache.Load(s.s); ok {
		return v.([]*Str)
	}
	parts := strings.Split(s.s, ".")
	out := make([]*Str, len(parts))
	for i, p := range parts {
		out[i] = InternStr(p)
	}
	attrGetterCache.Store(s.s, out)
	return out
}

func init() {
	// itemgetter
	DefStatic(itemGetterType, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		cls, exc := nativeNewArgs(args, itemGetterType)
		if exc != nil {
			return nil, exc
		}
		if len(kw) > 0 {
			return nil, NewError(TypeErrorType, "itemgetter() takes no keyword arguments")
		}
		if len(args) < 2 {
			return nil, NewError(TypeErrorType, "itemgetter expected 1 argument, got 0")
		}
		return nativeWrap(cls, itemGetterType, &itemGetter{items: append([]Object(nil), args[1:]...)}), nil
	})
	defNativeMethod(itemGetterType, "__call__", func(t *Thread, g *itemGetter, args []Object, kw []*Str) (Object, *BaseException) {
		if len(kw) > 0 {
			return nil, NewError(TypeErrorType, "itemgetter() takes no keyword arguments")
		}
		if len(args) != 1 {
			return nil, Errorf(TypeErrorType, "itemgetter expected 1 argument, got %d", len(args))
		}
		if len(g.items) == 1 {
			return GetItem(t, args[0], g.items[0])
		}
		out := make([]Object, len(g.items))
		for i, k := range g.items {
			v, exc := GetItem(t, args[0], k)
			if exc != nil {
				return nil, exc
			}
			out[i] = v
		}
		return NewTuple(out...), nil
	})
	DefMethod(itemGetterType, "__repr__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		g, exc := nativeSelf[*itemGetter](args, itemGetterType, "__repr__")
		if exc != nil {
			return nil, exc
		}
		return operatorRepr(t, args[0], func() ([]string, *BaseException) { return reprAll(t, g.items) })
	})
	DefMethod(itemGetterType, "__reduce__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		g, exc := nativeSelf[*itemGetter](args, itemGetterType, "__reduce__")
		if exc != nil {
			return nil, exc
		}
		return NewTuple(TypeOf(args[0]), NewTuple(append([]Object(nil), g.items...)...)), nil
	})

	// attrgetter
	DefStatic(attrGetterType, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		cls, exc := nativeNewArgs(args, attrGetterType)
		if exc != nil {
			return nil, exc
		}
		if len(kw) > 0 {
			return nil, NewError(TypeErrorType, "attrgetter() takes no keyword arguments")
		}
		if len(args) < 2 {
			return nil, NewError(TypeErrorType, "attrgetter expected 1 argument, got 0")
		}
		g := &attrGetter{}
		for _, a := range args[1:] {
			s, ok := a.(*Str)
			if !ok {
				return nil, NewError(TypeErrorType, "attribute name must be a string")
			}
			g.attrs = append(g.attrs, splitAttrPath(s))
			g.names = append(g.names, s)
		}
		return nativeWrap(cls, attrGetterType, g), nil
	})
	defNativeMethod(attrGetterType, "__call__", func(t *Thread, g *attrGetter, args []Object, kw []*Str) (Object, *BaseException) {
		if len(kw) > 0 {
			return nil, NewError(TypeErrorType, "attrgetter() takes no keyword arguments")
		}
		if len(args) != 1 {
			return nil, Errorf(TypeErrorType, "attrgetter expected 1 argument, got %d", len(args))
		}
		get := func(path []*Str) (Object, *BaseException) {
			o := args[0]
			for _, name := range path {
				v, exc := GetAttr(t, o, name)
				if exc != nil {
					return nil, exc
				}
				o = v
			}
			return o, nil
		}
		if len(g.attrs) == 1 {
			return get(g.attrs[0])
		}
		out := make([]Object, len(g.attrs))
		for i, p := range g.attrs {
			v, exc := get(p)
			if exc != nil {
				return nil, exc
			}
			out[i] = v
		}
		return NewTuple(out...), nil
	})
	DefMethod(attrGetterType, "__repr__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		g, exc := nativeSelf[*attrGetter](args, attrGetterType, "__repr__")
		if exc != nil {
			return nil, exc
		}
		return operatorRepr(t, args[0], func() ([]string, *BaseException) { return reprAll(t, g.names) })
	})
	DefMethod(attrGetterType, "__reduce__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		g, exc := nativeSelf[*attrGetter](args, attrGetterType, "__reduce__")
		if exc != nil {
			return nil, exc
		}
		return NewTuple(TypeOf(args[0]), NewTuple(append([]Object(nil), g.names...)...)), nil
	})

	// methodcaller
	DefStatic(methodCallerType, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		cls, exc := nativeNewArgs(args, methodCallerType)
		if exc != nil {
			return nil, exc
		}
		pos, kwv := splitKw(args[1:], kw)
		if len(pos) < 1 {
			return nil, NewError(TypeErrorType, "methodcaller needs at least one argument, the method name")
		}
		name, ok := pos[0].(*Str)
		if !ok {
			return nil, NewError(TypeErrorType, "method name must be a string")
		}
		mc := &methodCaller{name: InternStr(name.s), args: append([]Object(nil), pos[1:]...),
			kwn: append([]*Str(nil), kw...), kwv: append([]Object(nil), kwv...)}
		return nativeWrap(cls, methodCallerType, mc), nil
	})
	defNativeMethod(methodCallerType, "__call__", func(t *Thread, mc *methodCaller, args []Object, kw []*Str) (Object, *BaseException) {
		if len(kw) > 0 {
			return nil, NewError(TypeErrorType, "methodcaller() takes no keyword arguments")
		}
		if len(args) != 1 {
			return nil, Errorf(TypeErrorType, "methodcaller expected 1 argument, got %d", len(args))
		}
		all := append(append([]Object(nil), mc.args...), mc.kwv...)
		var kwn []*Str
		if len(mc.kwn) > 0 {
			kwn = mc.kwn
		}
		return CallMethod(t, args[0], mc.name, all, kwn)
	})
	DefMethod(methodCallerType, "__repr__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		mc, exc := nativeSelf[*methodCaller](args, methodCallerType, "__repr__")
		if exc != nil {
			return nil, exc
		}
		return operatorRepr(t, args[0], func() ([]string, *BaseException) {
			parts, exc := reprAll(t, append([]Object{mc.name}, mc.args...))
			if exc != nil {
				return nil, exc
			}
			for i, k := range mc.kwn {
				r, exc := Repr(t, mc.kwv[i])
				if exc != nil {
					return nil, exc
				}
				parts = append(parts, k.s+"="+r.s)
			}
			return parts, nil
		})
	})
	DefMethod(methodCallerType, "__reduce__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		mc, exc := nativeSelf[*methodCaller](args, methodCallerType, "__reduce__")
		if exc != nil {
			return nil, exc
		}
		typ := TypeOf(args[0])
		if len(mc.kwn) == 0 {
			return NewTuple(typ, NewTuple(append([]Object{mc.name}, mc.args...)...)), nil
		}
		kwd := NewDict()
		for i, k := range mc.kwn {
			kwd.SetItemStr(k, mc.kwv[i])
		}
		p := NewPartial(typ, []Object{mc.name}, kwd)
		return NewTuple(p, NewTuple(append([]Object(nil), mc.args...)...)), nil
	})
}
