package runtime

import "sync"

// Fn is the generic (vectorcall) entry of a compiled function: positional
// arguments followed by keyword values, kwnames naming the trailing
// len(kwnames) values.
type Fn func(t *Thread, fn *Function, args []Object, kwnames []*Str) (Object, *BaseException)

// Fixed-arity entries skip argument binding entirely. The compiler sets the
// one matching a function whose parameters are exactly N plain positionals.
type (
	Fn0 func(t *Thread, fn *Function) (Object, *BaseException)
	Fn1 func(t *Thread, fn *Function, a Object) (Object, *BaseException)
	Fn2 func(t *Thread, fn *Function, a, b Object) (Object, *BaseException)
	Fn3 func(t *Thread, fn *Function, a, b, c Object) (Object, *BaseException)
)

// Function is a Python function object made by `def` or `lambda`.
type Function struct {
	Code        *Code
	call        Fn
	fast0       Fn0
	fast1       Fn1
	fast2       Fn2
	fast3       Fn3
	Globals     *Dict
	Defaults    []Object // positional defaults (the last len(Defaults) positionals)
	KwDefaults  *Dict
	Closure     []*Cell
	name        *Str
	qualname    *Str
	module      Object
	doc         Object
	mu          sync.Mutex
	dict        *Dict
	annotations Object
}

// FunctionType is `function`.
var FunctionType = finalType(newBuiltinType("function", ObjectType))

// Type implements Object.
func (*Function) Type() *Type { return FunctionType }

// NewFunction makes a function object; generated code sets the fast entries
// it has.
func NewFunction(code *Code, call Fn, globals *Dict, defaults []Object, kwdefaults *Dict, closure []*Cell) *Function {
	fn := &Function{Code: code, call: call, Globals: globals, Defaults: defaults, KwDefaults: kwdefaults, Closure: closure}
	fn.name = InternStr(code.Name)
	fn.qualname = NewStr(code.Qualname)
	fn.doc = None
	if globals != nil {
		if m := globals.getStr(InternStr("__name__")); m != nil {
			fn.module = m
		}
	}
	if fn.module == nil {
		fn.module = None
	}
	return fn
}

// SetFast0 installs the zero-argument entry.
func (fn *Function) SetFast0(f Fn0) *Function { fn.fast0 = f; return fn }

// SetFast1 installs the one-argument entry.
func (fn *Function) SetFast1(f Fn1) *Function { fn.fast1 = f; return fn }

// SetFast2 installs the two-argument entry.
func (fn *Function) SetFast2(f Fn2) *Function { fn.fast2 = f; return fn }

// SetFast3 installs the three-argument entry.
func (fn *Function) SetFast3(f Fn3) *Function { fn.fast3 = f; return fn }

// SetDoc sets __doc__.
func (fn *Function) SetDoc(d Object) *Function { fn.doc = d; return fn }

func (fn *Function) getDict() *Dict {
	fn.mu.Lock()
	if fn.dict == nil {
		fn.dict = NewDict()
	}
	d := fn.dict
	fn.mu.Unlock()
	return d
}

// Cell holds a variable shared between a function and its closures. The
// value sits behind an atomic pointer so concurrent reads never see a torn
// interface value.
type Cell struct {
	mu sync.Mutex
	v  Object
}

// CellType is `cell`.
var CellType = finalType(newBuiltinType("cell", ObjectType))

// Type implements Object.
func (*Cell) Type() *Type { return CellType }

// NewCell makes a cell holding v (nil: empty).
func NewCell(v Object) *Cell { return &Cell{v: v} }

// Get returns the contents (nil when empty).
func (c *Cell) Get() Object {
	c.mu.Lock()
	v := c.v
	c.mu.Unlock()
	return v
}

// Set replaces the contents.
func (c *Cell) Set(v Object) {
	c.mu.Lock()
	c.v = v
	c.mu.Unlock()
}

// BuiltinFn is the signature of functions written in Go.
type BuiltinFn func(t *Thread, args []Object, kwnames []*Str) (Object, *BaseException)

// Builtin is a function or method written in Go. A method Builtin stored in
// a type's dict binds its receiver as args[0] on attribute access.
type Builtin struct {
	name string
	fn   BuiltinFn
	// fastSelf/fastSelf1 are optional allocation-free entries of a method
	// called with no argument / one positional argument on an exact
	// instance of owner (see methods_fast.go); fn stays the full entry.
	fastSelf  func(t *Thread, self Object) (Object, *BaseException)
	fastSelf1 func(t *Thread, self, a Object) (Object, *BaseException)
	method    bool
	// slot marks a method that CPython implements as a type slot wrapper
	// (wrapper_descriptor; bound: method-wrapper), see method_wrapper.go.
	slot   bool
	static bool
	owner  *Type
	doc    string
	module string
}

// BuiltinFunctionType is `builtin_function_or_method`.
var BuiltinFunctionType = finalType(newBuiltinType("builtin_function_or_method", ObjectType))

// MethodDescriptorType is `method_descriptor`.
var MethodDescriptorType = finalType(newBuiltinType("method_descriptor", ObjectType))

// Type implements Object.
func (b *Builtin) Type() *Type {
	if b.method {
		if b.slot {
			return WrapperDescriptorType
		}
		return MethodDescriptorType
	}
	return BuiltinFunctionType
}

// Name returns the builtin's name.
func (b *Builtin) Name() string { return b.name }

// NewBuiltin makes a Go function callable from Python.
func NewBuiltin(name string, fn BuiltinFn) *Builtin { return &Builtin{name: name, fn: fn} }

// Method is a bound method: a callable with its receiver.
type Method struct {
	Fn   Object
	Self Object
}

// MethodType is `method`.
var MethodType = finalType(newBuiltinType("method", ObjectType))

// Type implements Object.
func (m *Method) Type() *Type {
	if b, ok := m.Fn.(*Builtin); ok {
		if b.slot && b.method {
			return MethodWrapperType
		}
		return BuiltinFunctionType
	}
	return MethodType
}

// NewMethod binds fn to self.
func NewMethod(fn, self Object) *Method { return &Method{Fn: fn, Self: self} }

// DefMethod adds a method written in Go to a type's dict.
func DefMethod(typ *Type, name string, fn BuiltinFn) {
	typ.dict.SetStr(name, &Builtin{name: name, fn: fn, method: true, owner: typ, slot: isSlotWrapperName(typ, name)})
}

// DefStatic adds a static method written in Go (such as __new__).
func DefStatic(typ *Type, name string, fn BuiltinFn) {
	typ.dict.SetStr(name, &Builtin{name: name, fn: fn, static: true, owner: typ})
}

// DefClassMethod adds a classmethod written in Go.
func DefClassMethod(typ *Type, name string, fn BuiltinFn) {
	typ.dict.SetStr(name, &ClassMethod{fn: &Builtin{name: name, fn: fn, owner: typ}})
}
