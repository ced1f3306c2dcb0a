package runtime

import "sync"

// types.FunctionType(code, globals, name=None, argdefs=None, closure=None),
// and the function a code object stands for when exec/eval run a def's
// code.
//
// A code object does not carry its body: compiled code is a Go function
// literal that captured its module's globals and its enclosing scope's
// cells when the def ran, and the run-time compiler's bodies are closures
// over their scope layout. So a new function for a code object reuses the
// entries of a function that runs it:
//   - code compiled at run time (exec/compile) has a FunctionMaker as its
//     Program and runs with any globals and closure;
//   - a compiled function's code reuses that function's entries (the first
//     function whose __code__ was read), which only runs with the globals
//     and cells it captured: its own module's globals and its own closure.
// Anything else is a TypeError saying so.

// FunctionMaker makes a function running code (the Program of a def's code
// object compiled at run time).
type FunctionMaker interface {
	MakeFunction(code *Code, globals *Dict, defaults []Object, closure []*Cell) *Function
}

// codeProtos maps a compiled *Code to a *Function running it (see above).
var codeProtos sync.Map

// codeRebound holds the functions whose __code__ was assigned: their
// entries do not run their Code, so they are no prototype for it.
var codeRebound sync.Map

// noteCodeProto records fn as a function running fn.Code (compiled code).
func noteCodeProto(fn *Function, c *Code) {
	if c == nil || c.Program != nil {
		return
	}
	if _, re := codeRebound.Load(fn); re {
		return
	}
	codeProtos.LoadOrStore(c.body(), fn)
}

// functionForCode makes a function running code with globals, defaults and
// closure; what names the caller in error messages. It fails when the code
// cannot run that way.
func functionForCode(code *Code, globals *Dict, defaults []Object, closure []*Cell, what string) (*Function, *BaseException) {
	if m, ok := code.Program.(FunctionMaker); ok {
		return m.MakeFunction(code, globals, defaults, closure), nil
	}
	v, ok := codeProtos.Load(code.body())
	if !ok || code.Program != nil {
		return nil, Errorf(TypeErrorType, "%s cannot run the code object %s: its body is compiled, and no function running it is known", what, code.Name)
	}
	proto := v.(*Function)
	if proto.Globals != globals {
		return nil, Errorf(TypeErrorType, "%s cannot run the compiled code object %s with globals other than its module's", what, code.Name)
	}
	for i, c := range closure {
		if i >= len(proto.Closure) || proto.Closure[i] != c {
			return nil, Errorf(TypeErrorType, "%s cannot run the compiled code object %s with cells other than its own closure's", what, code.Name)
		}
	}
	fn := NewFunction(code, proto.call, globals, defaults, nil, closure)
	fn.fast0, fn.fast1, fn.fast2, fn.fast3 = proto.fast0, proto.fast1, proto.fast2, proto.fast3
	fn.doc = proto.doc
	return fn, nil
}

// setFunctionCode is `fn.__code__ = c`: fn keeps its name, globals,
// defaults and closure and runs c's body from then on. The entries come
// from a function running c (functionForCode), so a compiled body runs only
// with the globals and cells it captured: anything else is a TypeError
// rather than fn silently running its old body.
func setFunctionCode(fn *Function, c *Code) *BaseException {
	fn.mu.Lock()
	old, closure := fn.Code, fn.Closure
	fn.mu.Unlock()
	if c.body() == old.body() {
		// The same body (c is old, or a replace() copy of it, as
		// types.coroutine makes): fn's entries already run it.
		fn.mu.Lock()
		fn.Code = c
		fn.mu.Unlock()
		return nil
	}
	if len(c.Freevars) != len(closure) {
		return Errorf(ValueErrorType, "%s() requires a code object with %d free vars, not %d", fn.name.s, len(closure), len(c.Freevars))
	}
	// Make old's runner known before fn stops running it.
	noteCodeProto(fn, old)
	runner, exc := functionForCode(c, fn.Globals, fn.Defaults, closure, "assigning __code__")
	if exc != nil {
		return exc
	}
	codeRebound.Store(fn, struct{}{})
	fn.mu.Lock()
	fn.Code = c
	fn.call = runner.call
	fn.fast0, fn.fast1, fn.fast2, fn.fast3 = runner.fast0, runner.fast1, runner.fast2, runner.fast3
	fn.mu.Unlock()
	return nil
}

// RunFunctionCode is exec/eval of a def's code object: the body run with
// globals, no arguments (missing ones are reported as a call's) and the
// closure given (exec's closure=), its result returned.
func RunFunctionCode(t *Thread, code *Code, globals *Dict, closure []*Cell, fname string) (Object, *BaseException) {
	if globals.GetStr("__builtins__") == nil {
		globals.SetStr("__builtins__", BuiltinsModule)
	}
	fn, e := functionForCode(code, globals, nil, closure, fname+"()")
	if e != nil {
		return nil, e
	}
	return Call(t, fn, nil, nil)
}

// ClosureArg checks exec's closure= argument against code: nil when None
// and the code has no free variables.
func ClosureArg(code *Code, o Object, fname string) ([]*Cell, *BaseException) {
	if (o == nil || o == None) && (len(code.Freevars) == 0 || fname != "exec") {
		if len(code.Freevars) > 0 {
			return nil, Errorf(TypeErrorType, "code object passed to %s() may not contain free variables", fname)
		}
		return nil, nil
	}
	if len(code.Freevars) == 0 {
		return nil, NewError(TypeErrorType, "cannot use a closure with this code object")
	}
	tup, ok := o.(*Tuple)
	bad := !ok || len(tup.items) != len(code.Freevars)
	var cells []*Cell
	if !bad {
		for _, it := range tup.items {
			c, isCell := it.(*Cell)
			if !isCell {
				bad = true
				break
			}
			cells = append(cells, c)
		}
	}
	if bad {
		return nil, Errorf(TypeErrorType, "code object requires a closure of exactly length %d", len(code.Freevars))
	}
	return cells, nil
}

func init() {
	DefStatic(FunctionType, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) == 0 {
			return nil, NewError(TypeErrorType, "function.__new__(): not enough arguments")
		}
		if typ, ok := args[0].(*Type); !ok {
			return nil, Errorf(TypeErrorType, "function.__new__(X): X is not a type object (%s)", TypeOf(args[0]).name)
		} else if !typ.IsSubtype(FunctionType) {
			return nil, Errorf(TypeErrorType, "function.__new__(%s): %s is not a subtype of function", typ.name, typ.name)
		}
		var codeO, globalsO Object
		var name, argdefs, closureO Object = None, None, None
		for i, k := range kw {
			switch k.Value() {
			case "code", "globals", "name", "argdefs", "closure":
				continue
			}
			if len(args)-1-len(kw) == 0 && !hasKw(kw[:i], "code") && !hasKw(kw[i+1:], "code") {
				return nil, NewError(TypeErrorType, "function() missing required argument 'code' (pos 1)")
			}
			return nil, Errorf(TypeErrorType, "'%s' is an invalid keyword argument for function()", k.Value())
		}
		if e := ParseArgs("function", args[1:], kw, []string{"code", "globals", "name?", "argdefs?", "closure?"},
			&codeO, &globalsO, &name, &argdefs, &closureO); e != nil {
			return nil, e
		}
		code, ok := codeO.(*Code)
		if !ok {
			return nil, Errorf(TypeErrorType, "function() argument 'code' must be code, not %s", TypeOf(codeO).Name())
		}
		globals, ok := globalsO.(*Dict)
		if !ok {
			return nil, Errorf(TypeErrorType, "function() argument 'globals' must be dict, not %s", TypeOf(globalsO).Name())
		}
		if _, isStr := name.(*Str); name != None && !isStr {
			return nil, NewError(TypeErrorType, "arg 3 (name) must be None or string")
		}
		var defaults []Object
		if argdefs != None {
			tup, ok := argdefs.(*Tuple)
			if !ok {
				return nil, NewError(TypeErrorType, "arg 4 (defaults) must be None or tuple")
			}
			defaults = append([]Object(nil), tup.items...)
		}
		var closure []*Cell
		nfree := len(code.Freevars)
		if closureO == None {
			if nfree > 0 {
				return nil, NewError(TypeErrorType, "arg 5 (closure) must be tuple")
			}
		} else {
			tup, ok := closureO.(*Tuple)
			if !ok {
				return nil, NewError(TypeErrorType, "arg 5 (closure) must be None or tuple")
			}
			if len(tup.items) != nfree {
				return nil, Errorf(ValueErrorType, "%s requires closure of length %d, not %d", code.Name, nfree, len(tup.items))
			}
			for _, it := range tup.items {
				c, ok := it.(*Cell)
				if !ok {
					return nil, Errorf(TypeErrorType, "arg 5 (closure) expected cell, found %s", TypeOf(it).Name())
				}
				closure = append(closure, c)
			}
		}
		if len(closure) != nfree {
			return nil, Errorf(ValueErrorType, "%s requires closure of length %d, not %d", code.Name, nfree, len(closure))
		}
		fn, e := functionForCode(code, globals, defaults, closure, "function()")
		if e != nil {
			return nil, e
		}
		if s, ok := name.(*Str); ok {
			fn.name = s
		}
		return fn, nil
	})
}

func hasKw(kw []*Str, name string) bool {
	for _, k := range kw {
		if k.Value() == name {
			return true
		}
	}
	return false
}
