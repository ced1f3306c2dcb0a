// Package runtime is Grumpy's Python 3 runtime: the object model, the
// calling convention, exceptions, generators, threads and the native
// modules that compiled Python programs link against.
//
// Map (docs/architecture.md has the reasons and measurements):
//
//	object.go, type.go     Object (one method: Type), Type, MRO, the method cache
//	int.go float.go complex.go singletons.go str.go bytes.go tuple.go list.go
//	dict.go set.go range.go slice.go    one file per builtin type (+ *_methods.go)
//	attr.go descriptor.go super.go      attribute protocol, descriptors, super
//	call.go function.go                 calls: vectorcall entry, fixed-arity fast entries, BindArgs
//	binary.go compare.go protocol.go fastops.go   operators: fast paths, then CPython's dunder protocol
//	subscript.go iter.go                item access, iteration
//	class.go objtype.go                 class creation (BuildClass, metaclasses), object/type methods
//	exceptions.go raise.go traceback.go exception objects, raise/except, traceback printing
//	generator.go asyncgen.go            generators/coroutines as compiled state machines
//	thread.go                           per-thread state: frame arena, recursion limit, handled exceptions
//	module.go sys.go builtins.go        modules and imports, sys, builtins
//	codegen.go match.go                 helpers only generated code calls
//	mod_*.go                            native modules (_thread, time, math, ...)
//
// Conventions: every fallible function returns *BaseException last (nil on
// success) and takes the *Thread first; builtin methods are Go functions
// registered in their type's dict (DefMethod); every mutable object guards its
// own state, because Python threads run in parallel.
package runtime
