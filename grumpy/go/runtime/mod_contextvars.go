package runtime

import "sync"

// The _contextvars module: ContextVar, Token, Context and copy_context.
// A Context's variables are an immutable *Dict replaced on every write
// (CPython uses a HAMT), so copy_context() is O(1) and readers never lock
// against writers. Each thread has its own current context, created empty
// on first use.

func init() {
	RegisterModule(&ModuleSpec{Name: "_contextvars", Native: initContextvars})
}

var (
	contextVarType   = finalType(newNativeType("ContextVar", "_contextvars", nil, "").solidType())
	contextType      = finalType(newNativeType("Context", "_contextvars", nil, "").solidType())
	contextTokenType = finalType(newNativeType("Token", "_contextvars", nil, "").solidType())
	tokenMissingType = finalType(newNativeType("Token.MISSING", "builtins", nil, "").solidType())
	tokenMissing     = &tokenMissingObj{}
)

type contextVar struct {
	name *Str
	def  Object // nil: no default
}

type contextObj struct {
	mu      sync.Mutex
	vars    *Dict // immutable once published
	entered bool
	prev    *contextObj
}

type contextToken struct {
	mu   sync.Mutex
	ctx  *contextObj
	v    *contextVar
	old  Object // nil: the variable had no value
	used bool
}

type tokenMissingObj struct{ _ byte }

func (*contextVar) Type() *Type      { return contextVarType }
func (*contextObj) Type() *Type      { return contextType }
func (*contextToken) Type() *Type    { return contextTokenType }
func (*tokenMissingObj) Type() *Type { return tokenMissingType }

// currentContexts maps each thread to its current context.
var currentContexts sideTable[Thread]

func currentContext(t *Thread) *contextObj {
	if c, ok := currentContexts.get(t).(*contextObj); ok {
		return c
	}
	c := &contextObj{vars: NewDict()}
	currentContexts.set(t, c)
	return c
}

func (c *contextObj) snapshot() *Dict {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.vars
}

func (c *contextObj) lookup(t *Thread, v *contextVar) (Object, *BaseException) {
	return c.snapshot().GetItem(t, v)
}

// store sets (val != nil) or removes (val == nil) v, copying the mapping.
func (c *contextObj) store(t *Thread, v *contextVar, val Object) *BaseException {
	c.mu.Lock()
	nd := c.vars.Copy()
	c.mu.Unlock()
	if val == nil {
		if _, exc := nd.DelItem(t, v); exc != nil {
			return exc
		}
	} else if exc := nd.SetItem(t, v, val); exc != nil {
		return exc
	}
	c.mu.Lock()
	c.vars = nd
	c.mu.Unlock()
	return nil
}

func contextVarRepr(t *Thread, v *contextVar) (string, *BaseException) {
	nr, exc := Repr(t, v.name)
	if exc != nil {
		return "", exc
	}
	s := "<ContextVar name=" + nr.s
	if v.def != nil {
		dr, exc := Repr(t, v.def)
		if exc != nil {
			return "", exc
		}
		s += " default=" + dr.s
	}
	return s + sprintf(" at %#x>", addrOf(v)), nil
}

func contextTokenRepr(t *Thread, tok *contextToken) (string, *BaseException) {
	vr, exc := contextVarRepr(t, tok.v)
	if exc != nil {
		return "", exc
	}
	tok.mu.Lock()
	used := tok.used
	tok.mu.Unlock()
	u := ""
	if used {
		u = " used"
	}
	return "<Token" + u + " var=" + vr + sprintf(" at %#x>", addrOf(tok)), nil
}

func contextKey(o Object) (*contextVar, *BaseException) {
	if v, ok := o.(*contextVar); ok {
		return v, nil
	}
	return nil, Errorf(TypeErrorType, "a ContextVar key was expected, got %s", reprOrType(o))
}

// reprOrType is %R for messages, falling back to the type name.
func reprOrType(o Object) string {
	t := NewThread()
	if r, exc := Repr(t, o); exc == nil {
		return r.s
	}
	return "<" + TypeOf(o).name + " object>"
}

func initContextvars(t *Thread, m *Module) *BaseException {
	m.dict.SetStr("__doc__", NewStr("Context Variables"))
	m.dict.delStr(InternStr("__builtins__"))
	m.dict.SetStr("ContextVar", contextVarType)
	m.dict.SetStr("Context", contextType)
	m.dict.SetStr("Token", contextTokenType)
	nativeFunc(m, "copy_context", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("copy_context", "copy_context", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		return &contextObj{vars: currentContext(t).snapshot()}, nil
	})
	return nil
}

func init() {
	// ContextVar
	DefStatic(contextVarType, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if _, exc := nativeNewArgs(args, contextVarType); exc != nil {
			return nil, exc
		}
		pos, kwv := splitKw(args[1:], kw)
		if len(pos) != 1 {
			if len(pos) == 0 {
				return nil, NewError(TypeErrorType, "ContextVar() takes exactly 1 positional argument (0 given)")
			}
			return nil, Errorf(TypeErrorType, "ContextVar() takes at most 1 positional argument (%d given)", len(pos))
		}
		v := &contextVar{}
		for i, k := range kw {
			if k.s != "default" {
				return nil, Errorf(TypeErrorType, "'%s' is an invalid keyword argument for ContextVar()", k.s)
			}
			v.def = kwv[i]
		}
		name, ok := pos[0].(*Str)
		if !ok {
			return nil, NewError(TypeErrorType, "context variable name must be a str")
		}
		v.name = name
		return v, nil
	})
	defNativeMethod(contextVarType, "get", func(t *Thread, v *contextVar, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := unpackArgs("get", args, kw, 0, 1); exc != nil {
			return nil, exc
		}
		r, exc := currentContext(t).lookup(t, v)
		if exc != nil || r != nil {
			return r, exc
		}
		if len(args) == 1 {
			return args[0], nil
		}
		if v.def != nil {
			return v.def, nil
		}
		return nil, NewException(LookupErrorType, v)
	})
	defNativeMethod(contextVarType, "set", func(t *Thread, v *contextVar, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("ContextVar.set", "set", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		ctx := currentContext(t)
		old, exc := ctx.lookup(t, v)
		if exc != nil {
			return nil, exc
		}
		if exc := ctx.store(t, v, args[0]); exc != nil {
			return nil, exc
		}
		return &contextToken{ctx: ctx, v: v, old: old}, nil
	})
	defNativeMethod(contextVarType, "reset", func(t *Thread, v *contextVar, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("ContextVar.reset", "reset", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		tok, ok := args[0].(*contextToken)
		if !ok {
			return nil, Errorf(TypeErrorType, "expected an instance of Token, got %s", reprOrType(args[0]))
		}
		tok.mu.Lock()
		used := tok.used
		tok.mu.Unlock()
		if used {
			r, exc := contextTokenRepr(t, tok)
			if exc != nil {
				return nil, exc
			}
			return nil, NewError(RuntimeErrorType, r+" has already been used once")
		}
		if tok.v != v {
			r, exc := contextTokenRepr(t, tok)
			if exc != nil {
				return nil, exc
			}
			return nil, NewError(ValueErrorType, r+" was created by a different ContextVar")
		}
		ctx := currentContext(t)
		if tok.ctx != ctx {
			r, exc := contextTokenRepr(t, tok)
			if exc != nil {
				return nil, exc
			}
			return nil, NewError(ValueErrorType, r+" was created in a different Context")
		}
		tok.mu.Lock()
		tok.used = true
		tok.mu.Unlock()
		return None, ctx.store(t, v, tok.old)
	})
	defNativeMethod(contextVarType, "__repr__", func(t *Thread, v *contextVar, args []Object, kw []*Str) (Object, *BaseException) {
		s, exc := contextVarRepr(t, v)
		if exc != nil {
			return nil, exc
		}
		return NewStr(s), nil
	})
	contextVarType.dict.SetStr("name", &getSetDescr{name: "name", owner: contextVarType, member: true,
		get: func(t *Thread, o Object) (Object, *BaseException) { return o.(*contextVar).name, nil }})
	DefClassMethod(contextVarType, "__class_getitem__", classGetItem)

	// Token
	DefStatic(contextTokenType, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return nil, NewError(RuntimeErrorType, "Tokens can only be created by ContextVars")
	})
	contextTokenType.dict.SetStr("MISSING", tokenMissing)
	contextTokenType.dict.SetStr("var", &getSetDescr{name: "var", owner: contextTokenType, member: true,
		get: func(t *Thread, o Object) (Object, *BaseException) { return o.(*contextToken).v, nil }})
	contextTokenType.dict.SetStr("old_value", &getSetDescr{name: "old_value", owner: contextTokenType, member: true,
		get: func(t *Thread, o Object) (Object, *BaseException) {
			if old := o.(*contextToken).old; old != nil {
				return old, nil
			}
			return tokenMissing, nil
		}})
	defNativeMethod(contextTokenType, "__repr__", func(t *Thread, tok *contextToken, args []Object, kw []*Str) (Object, *BaseException) {
		s, exc := contextTokenRepr(t, tok)
		if exc != nil {
			return nil, exc
		}
		return NewStr(s), nil
	})
	DefClassMethod(contextTokenType, "__class_getitem__", classGetItem)
	DefMethod(tokenMissingType, "__repr__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return NewStr("<Token.MISSING>"), nil
	})

	// Context
	DefStatic(contextType, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if _, exc := nativeNewArgs(args, contextType); exc != nil {
			return nil, exc
		}
		if len(args) > 1 || len(kw) > 0 {
			return nil, NewError(TypeErrorType, "Context() does not accept any arguments")
		}
		return &contextObj{vars: NewDict()}, nil
	})
	DefMethod(contextType, "run", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		c, exc := nativeSelf[*contextObj](args, contextType, "run")
		if exc != nil {
			return nil, exc
		}
		if len(args)-len(kw) < 2 {
			return nil, NewError(TypeErrorType, "run() missing 1 required positional argument")
		}
		c.mu.Lock()
		if c.entered {
			c.mu.Unlock()
			return nil, Errorf(RuntimeErrorType, "cannot enter context: %s is already entered", reprOrType(args[0]))
		}
		c.entered = true
		c.mu.Unlock()
		prev := currentContext(t)
		c.prev = prev
		currentContexts.set(t, c)
		r, exc := Call(t, args[1], args[2:], kw)
		currentContexts.set(t, prev)
		c.mu.Lock()
		c.entered = false
		c.prev = nil
		c.mu.Unlock()
		return r, exc
	})
	defNativeMethod(contextType, "copy", func(t *Thread, c *contextObj, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("Context.copy", "copy", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		return &contextObj{vars: c.snapshot()}, nil
	})
	defNativeMethod(contextType, "__getitem__", func(t *Thread, c *contextObj, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("Context.__getitem__", "__getitem__", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		v, exc := contextKey(args[0])
		if exc != nil {
			return nil, exc
		}
		r, exc := c.lookup(t, v)
		if exc == nil && r == nil {
			return nil, NewException(KeyErrorType, v)
		}
		return r, exc
	})
	defNativeMethod(contextType, "get", func(t *Thread, c *contextObj, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := unpackArgs("get", args, kw, 1, 2); exc != nil {
			return nil, exc
		}
		v, exc := contextKey(args[0])
		if exc != nil {
			return nil, exc
		}
		r, exc := c.lookup(t, v)
		if exc != nil || r != nil {
			return r, exc
		}
		if len(args) == 2 {
			return args[1], nil
		}
		return None, nil
	})
	defNativeMethod(contextType, "__contains__", func(t *Thread, c *contextObj, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := methArgs("Context.__contains__", "__contains__", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		v, exc := contextKey(args[0])
		if exc != nil {
			return nil, exc
		}
		r, exc := c.lookup(t, v)
		return Bool(r != nil), exc
	})
	defNativeMethod(contextType, "__len__", func(t *Thread, c *contextObj, args []Object, kw []*Str) (Object, *BaseException) {
		return MakeInt(int64(c.snapshot().Len())), nil
	})
	defNativeMethod(contextType, "__iter__", func(t *Thread, c *contextObj, args []Object, kw []*Str) (Object, *BaseException) {
		return Iter(t, NewTuple(c.snapshot().Keys()...))
	})
	defNativeMethod(contextType, "keys", func(t *Thread, c *contextObj, args []Object, kw []*Str) (Object, *BaseException) {
		return NewList(c.snapshot().Keys()...), nil
	})
	defNativeMethod(contextType, "values", func(t *Thread, c *contextObj, args []Object, kw []*Str) (Object, *BaseException) {
		_, vals := c.snapshot().Items()
		return NewList(vals...), nil
	})
	defNativeMethod(contextType, "items", func(t *Thread, c *contextObj, args []Object, kw []*Str) (Object, *BaseException) {
		keys, vals := c.snapshot().Items()
		out := make([]Object, len(keys))
		for i := range keys {
			out[i] = NewTuple(keys[i], vals[i])
		}
		return NewList(out...), nil
	})
	contextType.dict.SetStr("__hash__", None)
	for _, op := range []CmpOp{CmpEQ, CmpNE} {
		op := op
		defNativeMethod(contextType, cmpNames[op].s, func(t *Thread, c *contextObj, args []Object, kw []*Str) (Object, *BaseException) {
			o, ok := args[0].(*contextObj)
			if !ok {
				return NotImplemented, nil
			}
			r, exc := Compare(t, op, c.snapshot(), o.snapshot())
			return r, exc
		})
	}
}
