package runtime

import "strings"

// The attributes and methods of function, code, method,
// builtin_function_or_method, method_descriptor and module objects.

// CodeType is `code`.
var CodeType = finalType(newBuiltinType("code", ObjectType))

// Type implements Object.
func (*Code) Type() *Type { return CodeType }

// Code flag bits (co_flags), as CPython's.
const (
	coOptimized      = 0x1
	coNewLocals      = 0x2
	coVarargs        = 0x4
	coVarkeywords    = 0x8
	coNested         = 0x10
	coGenerator      = 0x20
	coCoroutine      = 0x80
	coAsyncGenerator = 0x200
)

func (c *Code) varnames() []string {
	if len(c.Varnames) > 0 {
		return c.Varnames
	}
	return c.ArgNames
}

func (c *Code) flags() int64 {
	var f int64
	if c.Name != "<module>" {
		f |= coOptimized | coNewLocals
	}
	if c.VarArgs {
		f |= coVarargs
	}
	if c.VarKw {
		f |= coVarkeywords
	}
	if strings.Contains(c.Qualname, "<locals>") {
		f |= coNested
	}
	switch {
	case c.AsyncGen:
		f |= coAsyncGenerator
	case c.Coroutine:
		f |= coCoroutine
	case c.Generator:
		f |= coGenerator
	}
	return f
}

func strTuple(names []string) *Tuple {
	items := make([]Object, len(names))
	for i, n := range names {
		items[i] = NewStr(n)
	}
	return NewTuple(items...)
}

func initCodeType() {
	ro := func(name string, f func(c *Code) Object) {
		defMember(CodeType, name, func(t *Thread, o Object) (Object, *BaseException) {
			return f(o.(*Code)), nil
		})
	}
	ro("co_name", func(c *Code) Object { return NewStr(c.Name) })
	ro("co_qualname", func(c *Code) Object { return NewStr(c.Qualname) })
	ro("co_filename", func(c *Code) Object { return NewStr(c.Filename) })
	ro("co_firstlineno", func(c *Code) Object { return MakeInt(int64(c.FirstLine)) })
	ro("co_argcount", func(c *Code) Object { return MakeInt(int64(c.ArgCount)) })
	ro("co_posonlyargcount", func(c *Code) Object { return MakeInt(int64(c.PosOnly)) })
	ro("co_kwonlyargcount", func(c *Code) Object { return MakeInt(int64(c.KwOnlyCount)) })
	ro("co_flags", func(c *Code) Object { return MakeInt(c.flags()) })
	ro("co_varnames", func(c *Code) Object { return strTuple(c.varnames()) })
	ro("co_nlocals", func(c *Code) Object { return MakeInt(int64(len(c.varnames()))) })
	ro("co_cellvars", func(c *Code) Object { return strTuple(c.Cellvars) })
	ro("co_freevars", func(c *Code) Object { return strTuple(c.Freevars) })
	ro("co_names", func(c *Code) Object { return emptyTuple })
	ro("co_consts", func(c *Code) Object { return NewTuple(None) })
	ro("co_code", func(c *Code) Object { return NewBytes(nil) })
	ro("co_stacksize", func(c *Code) Object { return MakeInt(0) })
	DefMethod(CodeType, "__repr__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		c := args[0].(*Code)
		return NewStr(sprintf("<code object %s at %#x, file \"%s\", line %d>", c.Name, addrOf(c), c.Filename, c.FirstLine)), nil
	})
	DefMethod(CodeType, "replace", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		c := *args[0].(*Code)
		c.origin = args[0].(*Code).body()
		n := len(args) - len(kw)
		if n > 1 {
			return nil, NewError(TypeErrorType, "replace() takes no positional arguments")
		}
		for i, k := range kw {
			v := args[n+i]
			switch k.s {
			case "co_name":
				if s, ok := v.(*Str); ok {
					c.Name = s.s
				}
			case "co_qualname":
				if s, ok := v.(*Str); ok {
					c.Qualname = s.s
				}
			case "co_filename":
				if s, ok := v.(*Str); ok {
					c.Filename = s.s
				}
			case "co_firstlineno":
				if i, ok := v.(Int); ok {
					c.FirstLine = int(i)
				}
			case "co_flags":
				if i, ok := v.(Int); ok && i&coIterableCoroutine != 0 && c.Generator {
					markIterableCoroutine(args[0].(*Code), &c)
				}
			}
		}
		return &c, nil
	})
}

func funcSelf(o Object) *Function { return o.(*Function) }

func initFunctionType() {
	F := FunctionType
	defGetSet(F, "__name__", func(t *Thread, o Object) (Object, *BaseException) {
		fn := funcSelf(o)
		fn.mu.Lock()
		defer fn.mu.Unlock()
		return fn.name, nil
	}, func(t *Thread, o, v Object) *BaseException {
		s, ok := v.(*Str)
		if !ok {
			return NewError(TypeErrorType, "__name__ must be set to a string object")
		}
		fn := funcSelf(o)
		fn.mu.Lock()
		fn.name = s
		fn.mu.Unlock()
		return nil
	})
	defGetSet(F, "__qualname__", func(t *Thread, o Object) (Object, *BaseException) {
		fn := funcSelf(o)
		fn.mu.Lock()
		defer fn.mu.Unlock()
		return fn.qualname, nil
	}, func(t *Thread, o, v Object) *BaseException {
		s, ok := v.(*Str)
		if !ok {
			return NewError(TypeErrorType, "__qualname__ must be set to a string object")
		}
		fn := funcSelf(o)
		fn.mu.Lock()
		fn.qualname = s
		fn.mu.Unlock()
		return nil
	})
	defGetSet(F, "__module__", func(t *Thread, o Object) (Object, *BaseException) {
		fn := funcSelf(o)
		fn.mu.Lock()
		defer fn.mu.Unlock()
		return fn.module, nil
	}, func(t *Thread, o, v Object) *BaseException {
		if v == nil {
			v = None
		}
		fn := funcSelf(o)
		fn.mu.Lock()
		fn.module = v
		fn.mu.Unlock()
		return nil
	})
	defGetSet(F, "__doc__", func(t *Thread, o Object) (Object, *BaseException) {
		fn := funcSelf(o)
		fn.mu.Lock()
		defer fn.mu.Unlock()
		if fn.doc == nil {
			return None, nil
		}
		return fn.doc, nil
	}, func(t *Thread, o, v Object) *BaseException {
		if v == nil {
			v = None
		}
		fn := funcSelf(o)
		fn.mu.Lock()
		fn.doc = v
		fn.mu.Unlock()
		return nil
	})
	defGetSet(F, "__defaults__", func(t *Thread, o Object) (Object, *BaseException) {
		fn := funcSelf(o)
		fn.mu.Lock()
		defer fn.mu.Unlock()
		if fn.Defaults == nil {
			return None, nil
		}
		return NewTuple(fn.Defaults...), nil
	}, func(t *Thread, o, v Object) *BaseException {
		var d []Object
		if v != nil && v != None {
			tup, ok := v.(*Tuple)
			if !ok {
				return NewError(TypeErrorType, "__defaults__ must be set to a tuple object")
			}
			d = tup.items
			if len(d) == 0 {
				d = []Object{}
			}
		}
		fn := funcSelf(o)
		fn.mu.Lock()
		fn.Defaults = d
		fn.mu.Unlock()
		return nil
	})
	defGetSet(F, "__kwdefaults__", func(t *Thread, o Object) (Object, *BaseException) {
		fn := funcSelf(o)
		fn.mu.Lock()
		defer fn.mu.Unlock()
		if fn.KwDefaults == nil {
			return None, nil
		}
		return fn.KwDefaults, nil
	}, func(t *Thread, o, v Object) *BaseException {
		var d *Dict
		if v != nil && v != None {
			dd, ok := v.(*Dict)
			if !ok {
				return NewError(TypeErrorType, "__kwdefaults__ must be set to a dict object")
			}
			d = dd
		}
		fn := funcSelf(o)
		fn.mu.Lock()
		fn.KwDefaults = d
		fn.mu.Unlock()
		return nil
	})
	defGetSet(F, "__annotations__", func(t *Thread, o Object) (Object, *BaseException) {
		fn := funcSelf(o)
		fn.mu.Lock()
		defer fn.mu.Unlock()
		if fn.annotations == nil || fn.annotations == Object((*Dict)(nil)) {
			fn.annotations = NewDict()
		}
		return fn.annotations, nil
	}, func(t *Thread, o, v Object) *BaseException {
		if v != nil && v != None {
			if _, ok := v.(*Dict); !ok {
				return NewError(TypeErrorType, "__annotations__ must be set to a dict object")
			}
		} else {
			v = nil
		}
		fn := funcSelf(o)
		fn.mu.Lock()
		fn.annotations = v
		fn.mu.Unlock()
		return nil
	})
	defGetSet(F, "__dict__", func(t *Thread, o Object) (Object, *BaseException) {
		return funcSelf(o).getDict(), nil
	}, func(t *Thread, o, v Object) *BaseException {
		d, ok := v.(*Dict)
		if !ok {
			if v == nil {
				return NewError(TypeErrorType, "cannot delete __dict__")
			}
			return Errorf(TypeErrorType, "__dict__ must be set to a dictionary, not a '%s'", TypeOf(v).name)
		}
		fn := funcSelf(o)
		fn.mu.Lock()
		fn.dict = d
		fn.mu.Unlock()
		return nil
	})
	defGetSet(F, "__code__", func(t *Thread, o Object) (Object, *BaseException) {
		fn := funcSelf(o)
		fn.mu.Lock()
		c := fn.Code
		fn.mu.Unlock()
		noteCodeProto(fn, c)
		return c, nil
	}, func(t *Thread, o, v Object) *BaseException {
		c, ok := v.(*Code)
		if !ok {
			return NewError(TypeErrorType, "__code__ must be set to a code object")
		}
		return setFunctionCode(funcSelf(o), c) // function_new.go
	})
	defMember(F, "__globals__", func(t *Thread, o Object) (Object, *BaseException) {
		if g := funcSelf(o).Globals; g != nil {
			return g, nil
		}
		return NewDict(), nil
	})
	defMember(F, "__builtins__", func(t *Thread, o Object) (Object, *BaseException) {
		return funcBuiltins(funcSelf(o)), nil
	})
	defMember(F, "__closure__", func(t *Thread, o Object) (Object, *BaseException) {
		fn := funcSelf(o)
		if len(fn.Closure) == 0 {
			return None, nil
		}
		items := make([]Object, len(fn.Closure))
		for i, c := range fn.Closure {
			items[i] = c
		}
		return NewTuple(items...), nil
	})
	DefMethod(F, "__repr__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		fn := funcSelf(args[0])
		fn.mu.Lock()
		q := fn.qualname.s
		fn.mu.Unlock()
		return NewStr(sprintf("<function %s at %#x>", q, addrOf(fn))), nil
	})
	DefMethod(F, "__get__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("__get__", args[1:], kw, 1, 2); exc != nil {
			return nil, exc
		}
		if args[1] == None {
			if len(args) < 3 || args[2] == None {
				return nil, NewError(TypeErrorType, "__get__(None, None) is invalid")
			}
			return args[0], nil
		}
		return NewMethod(args[0], args[1]), nil
	})
	DefMethod(F, "__call__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return Call(t, args[0], args[1:], kw)
	})

	// Cells.
	defGetSet(CellType, "cell_contents", func(t *Thread, o Object) (Object, *BaseException) {
		if v := o.(*Cell).Get(); v != nil {
			return v, nil
		}
		return nil, NewError(ValueErrorType, "Cell is empty")
	}, func(t *Thread, o, v Object) *BaseException {
		o.(*Cell).Set(v)
		return nil
	})
	DefStatic(CellType, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := NoKwargs("cell", kw); exc != nil {
			return nil, exc
		}
		if len(args) > 2 {
			return nil, Errorf(TypeErrorType, "cell expected at most 1 argument, got %d", len(args)-1)
		}
		if len(args) == 2 {
			return NewCell(args[1]), nil
		}
		return NewCell(nil), nil
	})
	CellType.dict.SetStr("__hash__", None)
	// Cells compare by contents; an empty cell sorts before any other.
	for op := CmpLT; op <= CmpGE; op++ {
		op := op
		DefMethod(CellType, cmpNames[op].s, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := methArgs("cell."+cmpNames[op].s, cmpNames[op].s, args[1:], kw, 1, 1); exc != nil {
				return nil, exc
			}
			a, ok1 := args[0].(*Cell)
			b, ok2 := args[1].(*Cell)
			if !ok1 || !ok2 {
				return NotImplemented, nil
			}
			av, bv := a.Get(), b.Get()
			if av != nil && bv != nil {
				return Compare(t, op, av, bv)
			}
			x, y := 0, 0
			if bv == nil {
				x = 1
			}
			if av == nil {
				y = 1
			}
			var r bool
			switch op {
			case CmpLT:
				r = x < y
			case CmpLE:
				r = x <= y
			case CmpEQ:
				r = x == y
			case CmpNE:
				r = x != y
			case CmpGT:
				r = x > y
			default:
				r = x >= y
			}
			return Bool(r), nil
		})
	}
	DefMethod(CellType, "__repr__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		c := args[0].(*Cell)
		v := c.Get()
		if v == nil {
			return NewStr(sprintf("<cell at %#x: empty>", addrOf(c))), nil
		}
		return NewStr(sprintf("<cell at %#x: %s object at %#x>", addrOf(c), TypeOf(v).name, addrOf(v))), nil
	})
}

// builtinQualname is a builtin's __qualname__: "len", "list.append".
func builtinQualname(b *Builtin) string {
	if b.owner != nil {
		return b.owner.name + "." + b.name
	}
	return b.name
}

func initMethodTypes() {
	M := MethodType
	defMember(M, "__self__", func(t *Thread, o Object) (Object, *BaseException) {
		return o.(*Method).Self, nil
	})
	defMember(M, "__func__", func(t *Thread, o Object) (Object, *BaseException) {
		return o.(*Method).Fn, nil
	})
	// __name__, __qualname__, __doc__, __module__ and other attributes come from the function.
	DefMethod(M, "__getattribute__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("__getattribute__", args[1:], kw, 1, 1); exc != nil {
			return nil, exc
		}
		name, ok := args[1].(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "attribute name must be string, not '%s'", TypeOf(args[1]).name)
		}
		return methodGetAttr(t, args[0].(*Method), name)
	})
	DefMethod(M, "__repr__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		m := args[0].(*Method)
		name := "?"
		if n, exc := GetAttr(t, m.Fn, strQualname); exc == nil {
			if s, ok := n.(*Str); ok {
				name = s.s
			}
		} else if n, exc := GetAttr(t, m.Fn, strName); exc == nil {
			if s, ok := n.(*Str); ok {
				name = s.s
			}
		}
		r, exc := Repr(t, m.Self)
		if exc != nil {
			return nil, exc
		}
		return NewStr("<bound method " + name + " of " + r.s + ">"), nil
	})
	DefMethod(M, "__eq__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		a := args[0].(*Method)
		b, ok := args[1].(*Method)
		if !ok {
			return NotImplemented, nil
		}
		return Bool(Is(a.Self, b.Self) && methodFnEqual(a.Fn, b.Fn)), nil
	})
	DefMethod(M, "__ne__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		a := args[0].(*Method)
		b, ok := args[1].(*Method)
		if !ok {
			return NotImplemented, nil
		}
		return Bool(!(Is(a.Self, b.Self) && methodFnEqual(a.Fn, b.Fn))), nil
	})
	DefMethod(M, "__hash__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		m := args[0].(*Method)
		h1 := int64(addrOf(m.Self) >> 4)
		if h, exc := Hash(t, m.Self); exc == nil {
			h1 = h
		}
		h2 := int64(addrOf(m.Fn) >> 4)
		return MakeInt(h1 ^ h2), nil
	})
	DefMethod(M, "__call__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return Call(t, args[0], args[1:], kw)
	})
	DefMethod(M, "__reduce__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		m := args[0].(*Method)
		name, exc := GetAttr(t, m.Fn, strName)
		if exc != nil {
			return nil, exc
		}
		return NewTuple(Builtins.GetStr("getattr"), NewTuple(m.Self, name)), nil
	})

	// Builtin functions and methods (and methods bound to a builtin).
	BF := BuiltinFunctionType
	defGetSet(BF, "__name__", func(t *Thread, o Object) (Object, *BaseException) {
		switch v := o.(type) {
		case *Builtin:
			return NewStr(v.name), nil
		case *Method:
			return GetAttr(t, v.Fn, strName)
		}
		return None, nil
	}, nil)
	defGetSet(BF, "__qualname__", func(t *Thread, o Object) (Object, *BaseException) {
		switch v := o.(type) {
		case *Builtin:
			return NewStr(builtinQualname(v)), nil
		case *Method:
			if b, ok := v.Fn.(*Builtin); ok {
				if b.owner == nil {
					if ty, ok := v.Self.(*Type); ok {
						return NewStr(ty.name + "." + b.name), nil
					}
					return NewStr(TypeOf(v.Self).name + "." + b.name), nil
				}
				return NewStr(builtinQualname(b)), nil
			}
			return GetAttr(t, v.Fn, strQualname)
		}
		return None, nil
	}, nil)
	defGetSet(BF, "__self__", func(t *Thread, o Object) (Object, *BaseException) {
		switch v := o.(type) {
		case *Builtin:
			if v.static && v.owner != nil {
				return v.owner, nil
			}
			if v.module != "" {
				if m := SysModules.GetStr(v.module); m != nil {
					return m, nil
				}
				if v.module == "builtins" {
					return BuiltinsModule, nil
				}
			}
			return None, nil
		case *Method:
			return v.Self, nil
		}
		return None, nil
	}, nil)
	defGetSet(BF, "__module__", func(t *Thread, o Object) (Object, *BaseException) {
		if b, ok := o.(*Builtin); ok && b.module != "" {
			return NewStr(b.module), nil
		}
		return None, nil
	}, nil)
	defGetSet(BF, "__doc__", func(t *Thread, o Object) (Object, *BaseException) {
		if b, ok := o.(*Builtin); ok {
			return builtinDoc(b), nil
		}
		if m, ok := o.(*Method); ok {
			if b, ok := m.Fn.(*Builtin); ok {
				return builtinDoc(b), nil
			}
		}
		return None, nil
	}, nil)
	defGetSet(BF, "__text_signature__", func(t *Thread, o Object) (Object, *BaseException) {
		switch v := o.(type) {
		case *Builtin:
			return builtinTextSig(v), nil // builtin_textsigs.go
		case *Method:
			if b, ok := v.Fn.(*Builtin); ok {
				return builtinTextSig(b), nil
			}
		}
		return None, nil
	}, nil)
	DefMethod(BF, "__repr__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		switch v := args[0].(type) {
		case *Builtin:
			if v.static && v.owner != nil {
				return NewStr(sprintf("<built-in method %s of type object at %#x>", v.name, addrOf(v.owner))), nil
			}
			return NewStr("<built-in function " + v.name + ">"), nil
		case *Method:
			name := "?"
			if b, ok := v.Fn.(*Builtin); ok {
				name = b.name
			}
			if _, ok := v.Self.(*Module); ok {
				return NewStr("<built-in function " + name + ">"), nil
			}
			return NewStr(sprintf("<built-in method %s of %s object at %#x>", name, TypeOf(v.Self).name, addrOf(v.Self))), nil
		}
		return NewStr(defaultRepr(args[0])), nil
	})
	DefMethod(BF, "__call__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return Call(t, args[0], args[1:], kw)
	})
	DefMethod(BF, "__eq__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if a, ok := args[0].(*Method); ok {
			b, ok := args[1].(*Method)
			if !ok {
				return NotImplemented, nil
			}
			return Bool(Is(a.Self, b.Self) && a.Fn == b.Fn), nil
		}
		if Is(args[0], args[1]) {
			return True, nil
		}
		return NotImplemented, nil
	})
	DefMethod(BF, "__hash__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if m, ok := args[0].(*Method); ok {
			return MakeInt(int64(addrOf(m.Self)>>4) ^ int64(addrOf(m.Fn)>>4)), nil
		}
		return MakeInt(int64(addrOf(args[0]) >> 4)), nil
	})
	DefMethod(BF, "__reduce__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if b, ok := args[0].(*Builtin); ok {
			// A static method of a builtin type (int.__new__,
			// bytearray.maketrans) is found on its type (meth_reduce's m_self).
			if b.owner != nil {
				return NewTuple(Builtins.GetStr("getattr"), NewTuple(b.owner, NewStr(b.name))), nil
			}
			return NewStr(b.name), nil
		}
		m := args[0].(*Method)
		name, exc := GetAttr(t, m.Fn, strName)
		if exc != nil {
			return nil, exc
		}
		return NewTuple(Builtins.GetStr("getattr"), NewTuple(m.Self, name)), nil
	})

	MD := MethodDescriptorType
	DefMethod(MD, "__reduce__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		b, ok := args[0].(*Builtin)
		if !ok || b.owner == nil {
			return nil, Errorf(TypeErrorType, "cannot pickle '%s' object", TypeOf(args[0]).name)
		}
		return NewTuple(Builtins.GetStr("getattr"), NewTuple(b.owner, NewStr(b.name))), nil
	})
	defGetSet(MD, "__name__", func(t *Thread, o Object) (Object, *BaseException) {
		return NewStr(o.(*Builtin).name), nil
	}, nil)
	defGetSet(MD, "__qualname__", func(t *Thread, o Object) (Object, *BaseException) {
		return NewStr(builtinQualname(o.(*Builtin))), nil
	}, nil)
	defGetSet(MD, "__objclass__", func(t *Thread, o Object) (Object, *BaseException) {
		if ow := o.(*Builtin).owner; ow != nil {
			return ow, nil
		}
		return None, nil
	}, nil)
	defGetSet(MD, "__doc__", func(t *Thread, o Object) (Object, *BaseException) {
		return builtinDoc(o.(*Builtin)), nil
	}, nil)
	defGetSet(MD, "__text_signature__", func(t *Thread, o Object) (Object, *BaseException) {
		return builtinTextSig(o.(*Builtin)), nil
	}, nil)
	DefMethod(MD, "__repr__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		b := args[0].(*Builtin)
		owner := "?"
		if b.owner != nil {
			owner = b.owner.name
		}
		return NewStr("<method '" + b.name + "' of '" + owner + "' objects>"), nil
	})
	DefMethod(MD, "__get__", builtinDescrGet)
	DefMethod(MD, "__call__", builtinDescrCall)
}

func methodFnEqual(a, b Object) bool {
	if a == b {
		return true
	}
	return false
}

// methodGetAttr is method.__getattribute__: the method's own attributes,
// then the function's.
func methodGetAttr(t *Thread, m *Method, name *Str) (Object, *BaseException) {
	if d := MethodType.lookup(name); d != nil {
		if isDataDescriptor(d) {
			return descrGet(t, d, m, MethodType)
		}
	}
	switch name.s {
	case "__class__":
		return m.Type(), nil
	case "__doc__", "__name__", "__qualname__", "__module__", "__dict__":
		return GetAttr(t, m.Fn, name)
	}
	if d := MethodType.lookup(name); d != nil {
		return descrGet(t, d, m, MethodType)
	}
	v, exc := GetAttr(t, m.Fn, name)
	if exc != nil && exc.IsInstanceOf(AttributeErrorType) {
		return nil, attrError(m, name)
	}
	return v, exc
}

func initModuleType() {
	DefStatic(ModuleType, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		typ, ok := args[0].(*Type)
		if !ok || !typ.IsSubtype(ModuleType) {
			return nil, NewError(TypeErrorType, "module.__new__(X): X is not a subtype of module")
		}
		m := &Module{name: "?", dict: NewDict()}
		if typ != ModuleType {
			m.hdr.typ = typ
		}
		return m, nil
	})
	DefMethod(ModuleType, "__init__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		var name, doc Object = nil, None
		if exc := ParseArgs("module", args[1:], kw, []string{"name", "doc?"}, &name, &doc); exc != nil {
			return nil, exc
		}
		s, ok := name.(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "module.__init__() argument 'name' must be str, not %s", TypeOf(name).name)
		}
		m := args[0].(*Module)
		m.name = s.s
		m.dict.SetStr("__name__", s)
		m.dict.SetStr("__doc__", doc)
		m.dict.SetStr("__package__", None)
		m.dict.SetStr("__loader__", None)
		m.dict.SetStr("__spec__", None)
		return None, nil
	})
	DefMethod(ModuleType, "__repr__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		m := args[0].(*Module)
		if r, ok, exc := moduleReprFromSpec(t, m); ok { // module_spec.go
			return r, exc
		}
		name := m.name
		if n, ok := m.dict.GetStr("__name__").(*Str); ok {
			name = n.s
		} else {
			name = "?"
		}
		if f, ok := m.dict.GetStr("__file__").(*Str); ok {
			return NewStr("<module '" + name + "' from '" + f.s + "'>"), nil
		}
		if m == SysModule || m == BuiltinsModule || isBuiltinModuleName(name) {
			return NewStr("<module '" + name + "' (built-in)>"), nil
		}
		return NewStr("<module '" + name + "'>"), nil
	})
	DefMethod(ModuleType, "__dir__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		// module_dir: the __dict__ the module reports (a subclass may
		// shadow it), its __dir__ entry when it has one.
		d, exc := GetAttr(t, args[0], strDict)
		if exc != nil {
			return nil, exc
		}
		md, ok := d.(*Dict)
		if !ok {
			return nil, NewError(TypeErrorType, "<module>.__dict__ is not a dictionary")
		}
		if f := md.GetStr("__dir__"); f != nil {
			return Call0(t, f)
		}
		return NewList(md.Keys()...), nil
	})
	defGetSet(ModuleType, "__dict__", func(t *Thread, o Object) (Object, *BaseException) {
		return o.(*Module).dict, nil
	}, nil)
}

func isBuiltinModuleName(name string) bool {
	if spec := lookupSpec(name); spec != nil {
		return spec.Native != nil && spec.File == ""
	}
	return false
}

func init() {
	initCodeType()
	initFunctionType()
	initMethodTypes()
	initModuleType()
}

// builtinDescrGet is __get__ of the descriptors wrapping a builtin method
// (method_descriptor, wrapper_descriptor): bind to an instance of the owner.
func builtinDescrGet(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
	if exc := ArgCount("__get__", args[1:], kw, 1, 2); exc != nil {
		return nil, exc
	}
	b := args[0].(*Builtin)
	if args[1] == None {
		return b, nil
	}
	if b.owner != nil && !TypeOf(args[1]).IsSubtype(b.owner) {
		return nil, Errorf(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", b.name, b.owner.name, TypeOf(args[1]).name)
	}
	return NewMethod(b, args[1]), nil
}

// builtinDescrCall is their __call__.
func builtinDescrCall(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
	return Call(t, args[0], args[1:], kw)
}
