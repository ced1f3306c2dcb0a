package runtime

import (
	"strings"
	"syscall"
)

// The Python-visible behaviour of the builtin exception classes: __new__,
// __init__, __str__, __repr__, their attributes and methods (CPython 3.11's
// Objects/exceptions.c semantics).

func excSelf(o Object, fname string) (*BaseException, *BaseException) {
	e, ok := o.(*BaseException)
	if !ok {
		return nil, Errorf(TypeErrorType, "descriptor '%s' requires a 'BaseException' object but received a '%s'", fname, TypeOf(o).name)
	}
	return e, nil
}

// fieldOrNone is an exception attribute with None for unset; it also accepts
// values stored in the instance dict by older runtime code.
func (e *BaseException) fieldOrNone(name string) Object {
	if v := e.Field(name); v != nil {
		return v
	}
	if e.dict != nil {
		if v := e.dict.GetStr(name); v != nil {
			return v
		}
	}
	return None
}

// excField defines a plain read/write attribute stored in e.fields.
func excField(typ *Type, name string) {
	defGetSet(typ, name, func(t *Thread, o Object) (Object, *BaseException) {
		return o.(*BaseException).fieldOrNone(name), nil
	}, func(t *Thread, o, v Object) *BaseException {
		e := o.(*BaseException)
		if v == nil {
			v = None
		}
		e.SetField(name, v)
		return nil
	})
}

func noKwargsFor(typ *Type, kw []*Str) *BaseException {
	if len(kw) > 0 {
		return Errorf(TypeErrorType, "%s() takes no keyword arguments", typ.name)
	}
	return nil
}

// excArgs splits a (self, *args, **kw) builtin call into positional args and
// keyword names/values.
func excArgs(args []Object, kw []*Str) (pos []Object, kwvals []Object) {
	n := len(args) - len(kw)
	return args[1:n], args[n:]
}

var (
	baseExcNew, baseExcInit Object
	osErrorNew, osErrorInit Object
)

func init() {
	B := BaseExceptionType
	DefStatic(B, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) == 0 {
			return nil, NewError(TypeErrorType, "BaseException.__new__(): not enough arguments")
		}
		cls, ok := args[0].(*Type)
		if !ok {
			return nil, Errorf(TypeErrorType, "BaseException.__new__(X): X is not a type object (%s)", TypeOf(args[0]).name)
		}
		if !cls.IsSubtype(BaseExceptionType) {
			return nil, Errorf(TypeErrorType, "BaseException.__new__(%s): %s is not a subtype of BaseException", cls.name, cls.name)
		}
		pos, _ := excArgs(args, kw)
		return newExcOf(cls, pos), nil
	})
	baseExcNew = B.dict.GetStr("__new__")
	DefMethod(B, "__init__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		e, exc := excSelf(args[0], "__init__")
		if exc != nil {
			return nil, exc
		}
		if exc := noKwargsFor(e.typ, kw); exc != nil {
			return nil, exc
		}
		e.args = NewTuple(append([]Object(nil), args[1:]...)...)
		return None, nil
	})
	baseExcInit = B.dict.GetStr("__init__")
	DefMethod(B, "__str__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		e, exc := excSelf(args[0], "__str__")
		if exc != nil {
			return nil, exc
		}
		return baseExcStr(t, e)
	})
	DefMethod(B, "__repr__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		e, exc := excSelf(args[0], "__repr__")
		if exc != nil {
			return nil, exc
		}
		return baseExcRepr(t, e)
	})
	DefMethod(B, "__reduce__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		e, exc := excSelf(args[0], "__reduce__")
		if exc != nil {
			return nil, exc
		}
		if e.dict != nil && e.dict.Len() > 0 {
			return NewTuple(e.typ, e.args, e.dict), nil
		}
		return NewTuple(e.typ, e.args), nil
	})
	DefMethod(B, "__setstate__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("__setstate__", args[1:], kw, 1, 1); exc != nil {
			return nil, exc
		}
		if args[1] == None {
			return None, nil
		}
		d, ok := args[1].(*Dict)
		if !ok {
			return nil, NewError(TypeErrorType, "state is not a dictionary")
		}
		keys, vals := d.Items()
		for i, k := range keys {
			s, ok := k.(*Str)
			if !ok {
				return nil, Errorf(TypeErrorType, "attribute name must be string, not '%s'", TypeOf(k).name)
			}
			if exc := SetAttr(t, args[0], s, vals[i]); exc != nil {
				return nil, exc
			}
		}
		return None, nil
	})
	DefMethod(B, "with_traceback", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("with_traceback", args[1:], kw, 1, 1); exc != nil {
			return nil, exc
		}
		e, exc := excSelf(args[0], "with_traceback")
		if exc != nil {
			return nil, exc
		}
		if exc := e.setTracebackObject(args[1]); exc != nil {
			return nil, exc
		}
		return e, nil
	})
	DefMethod(B, "add_note", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("add_note", args[1:], kw, 1, 1); exc != nil {
			return nil, exc
		}
		e, exc := excSelf(args[0], "add_note")
		if exc != nil {
			return nil, exc
		}
		if _, ok := args[1].(*Str); !ok {
			return nil, Errorf(TypeErrorType, "note must be a str, not '%s'", TypeOf(args[1]).name)
		}
		notes, exc := GetAttr(t, e, InternStr("__notes__"))
		if exc != nil {
			if !exc.IsInstanceOf(AttributeErrorType) {
				return nil, exc
			}
			notes = NewList()
			if exc := SetAttr(t, e, InternStr("__notes__"), notes); exc != nil {
				return nil, exc
			}
		}
		l, ok := notes.(*List)
		if !ok {
			return nil, NewError(TypeErrorType, "Cannot add note: __notes__ is not a list")
		}
		l.Append(args[1])
		return None, nil
	})
	defGetSet(B, "args", func(t *Thread, o Object) (Object, *BaseException) {
		return o.(*BaseException).args, nil
	}, func(t *Thread, o, v Object) *BaseException {
		if v == nil {
			return NewError(TypeErrorType, "args may not be deleted")
		}
		items, exc := ToSlice(t, v)
		if exc != nil {
			return exc
		}
		o.(*BaseException).args = NewTuple(append([]Object(nil), items...)...)
		return nil
	})
	defGetSet(B, "__traceback__", func(t *Thread, o Object) (Object, *BaseException) {
		return o.(*BaseException).TracebackObject(), nil
	}, func(t *Thread, o, v Object) *BaseException {
		if v == nil {
			return NewError(TypeErrorType, "__traceback__ may not be deleted")
		}
		return o.(*BaseException).setTracebackObject(v)
	})
	defGetSet(B, "__cause__", func(t *Thread, o Object) (Object, *BaseException) {
		if c := o.(*BaseException).cause; c != nil {
			return c, nil
		}
		return None, nil
	}, func(t *Thread, o, v Object) *BaseException {
		e := o.(*BaseException)
		if v == nil {
			return NewError(TypeErrorType, "__cause__ may not be deleted")
		}
		if v == None {
			e.cause = nil
		} else if c, ok := v.(*BaseException); ok {
			e.cause = c
		} else {
			return NewError(TypeErrorType, "exception cause must be None or derive from BaseException")
		}
		e.suppressContext = true
		return nil
	})
	defGetSet(B, "__context__", func(t *Thread, o Object) (Object, *BaseException) {
		if c := o.(*BaseException).context; c != nil {
			return c, nil
		}
		return None, nil
	}, func(t *Thread, o, v Object) *BaseException {
		e := o.(*BaseException)
		if v == nil {
			return NewError(TypeErrorType, "__context__ may not be deleted")
		}
		if v == None {
			e.context = nil
		} else if c, ok := v.(*BaseException); ok {
			e.context = c
		} else {
			return NewError(TypeErrorType, "exception context must be None or derive from BaseException")
		}
		return nil
	})
	defGetSet(B, "__suppress_context__", func(t *Thread, o Object) (Object, *BaseException) {
		return Bool(o.(*BaseException).suppressContext), nil
	}, func(t *Thread, o, v Object) *BaseException {
		if v == nil {
			return NewError(TypeErrorType, "can't delete __suppress_context__ attribute")
		}
		b, exc := IsTrue(t, v)
		if exc != nil {
			return exc
		}
		o.(*BaseException).suppressContext = b
		return nil
	})
	B.dict.SetStr("__doc__", NewStr("Common base class for all exceptions"))
	B.dict.SetStr("__dict__", instanceDictDescr(B))

	// KeyError: str is the repr of a single argument.
	DefMethod(KeyErrorType, "__str__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		e, exc := excSelf(args[0], "__str__")
		if exc != nil {
			return nil, exc
		}
		if len(e.args.items) == 1 {
			return Repr(t, e.args.items[0])
		}
		return baseExcStr(t, e)
	})

	// StopIteration.value, SystemExit.code.
	DefMethod(StopIterationType, "__init__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		e, exc := baseInit(args, kw)
		if exc != nil {
			return nil, exc
		}
		e.SetField("value", firstOrNone(e.args))
		return None, nil
	})
	defGetSet(StopIterationType, "value", func(t *Thread, o Object) (Object, *BaseException) {
		e := o.(*BaseException)
		if v := e.Field("value"); v != nil {
			return v, nil
		}
		return firstOrNone(e.args), nil
	}, func(t *Thread, o, v Object) *BaseException {
		if v == nil {
			v = None
		}
		o.(*BaseException).SetField("value", v)
		return nil
	})
	DefMethod(SystemExitType, "__init__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		e, exc := baseInit(args, kw)
		if exc != nil {
			return nil, exc
		}
		e.SetField("code", systemExitDefaultCode(e))
		return None, nil
	})
	defGetSet(SystemExitType, "code", func(t *Thread, o Object) (Object, *BaseException) {
		e := o.(*BaseException)
		if v := e.Field("code"); v != nil {
			return v, nil
		}
		return systemExitDefaultCode(e), nil
	}, func(t *Thread, o, v Object) *BaseException {
		if v == nil {
			v = None
		}
		o.(*BaseException).SetField("code", v)
		return nil
	})

	// ImportError(msg, *, name=None, path=None).
	DefMethod(ImportErrorType, "__init__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return kwFieldsInit(args, kw, "ImportError", []string{"name", "path"}, func(e *BaseException) {
			if len(e.args.items) == 1 {
				e.SetField("msg", e.args.items[0])
			} else {
				e.SetField("msg", None)
			}
		})
	})
	for _, f := range []string{"msg", "name", "path"} {
		excField(ImportErrorType, f)
	}
	DefMethod(ImportErrorType, "__str__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		e, exc := excSelf(args[0], "__str__")
		if exc != nil {
			return nil, exc
		}
		if m, ok := e.Field("msg").(*Str); ok {
			return m, nil
		}
		return baseExcStr(t, e)
	})
	DefMethod(ImportErrorType, "__reduce__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		e, exc := excSelf(args[0], "__reduce__")
		if exc != nil {
			return nil, exc
		}
		state := NewDict()
		if e.dict != nil {
			state = e.dict.Copy()
		}
		for _, f := range []string{"name", "path"} {
			if v := e.Field(f); v != nil && v != None {
				state.SetStr(f, v)
			}
		}
		if state.Len() == 0 {
			return NewTuple(e.typ, e.args), nil
		}
		return NewTuple(e.typ, e.args, state), nil
	})
	DefMethod(AttributeErrorType, "__init__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return kwFieldsInit(args, kw, "AttributeError", []string{"name", "obj"}, nil)
	})
	excField(AttributeErrorType, "name")
	excField(AttributeErrorType, "obj")
	DefMethod(NameErrorType, "__init__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return kwFieldsInit(args, kw, "NameError", []string{"name"}, nil)
	})
	excField(NameErrorType, "name")

	initOSError()
	initUnicodeErrors()
	initSyntaxError()
	initExceptionGroups()

	for _, typ := range ExceptionTypes() {
		if typ.dict.GetStr("__doc__") == nil {
			typ.dict.SetStr("__doc__", NewStr(excDocs[typ.name]))
		}
	}
}

var excDocs = map[string]string{
	"SystemExit": "Request to exit from the interpreter.", "KeyboardInterrupt": "Program interrupted by user.",
	"GeneratorExit": "Request that a generator exit.", "Exception": "Common base class for all non-exit exceptions.",
	"StopIteration": "Signal the end from iterator.__next__().", "ArithmeticError": "Base class for arithmetic errors.",
	"ZeroDivisionError": "Second argument to a division or modulo operation was zero.",
	"AssertionError":    "Assertion failed.", "AttributeError": "Attribute not found.",
	"EOFError": "Read beyond end of file.", "ImportError": "Import can't find module, or can't find name in module.",
	"ModuleNotFoundError": "Module not found.", "LookupError": "Base class for lookup errors.",
	"IndexError": "Sequence index out of range.", "KeyError": "Mapping key not found.",
	"NameError": "Name not found globally.", "OSError": "Base class for I/O related errors.",
	"RuntimeError": "Unspecified run-time error.", "NotImplementedError": "Method or function hasn't been implemented yet.",
	"RecursionError": "Recursion limit exceeded.", "SyntaxError": "Invalid syntax.",
	"TypeError": "Inappropriate argument type.", "ValueError": "Inappropriate argument value (of correct type).",
	"OverflowError": "Result too large to be represented.", "MemoryError": "Out of memory.",
	"UnicodeError": "Unicode related error.", "Warning": "Base class for warning categories.",
	"UserWarning":        "Base class for warnings generated by user code.",
	"DeprecationWarning": "Base class for warnings about deprecated features.",
	"RuntimeWarning":     "Base class for warnings about dubious runtime behavior.",
}

func firstOrNone(args *Tuple) Object {
	if len(args.items) > 0 {
		return args.items[0]
	}
	return None
}

func systemExitDefaultCode(e *BaseException) Object {
	switch len(e.args.items) {
	case 0:
		return None
	case 1:
		return e.args.items[0]
	}
	return e.args
}

// newExcOf allocates an exception of cls (BaseException.__new__).
func newExcOf(cls *Type, args []Object) *BaseException {
	e := &BaseException{args: NewTuple(append([]Object(nil), args...)...)}
	e.typ = cls
	e.dict = NewDict()
	return e
}

// baseInit is BaseException.__init__ for the subclasses that extend it.
func baseInit(args []Object, kw []*Str) (*BaseException, *BaseException) {
	e, exc := excSelf(args[0], "__init__")
	if exc != nil {
		return nil, exc
	}
	if exc := noKwargsFor(e.typ, kw); exc != nil {
		return nil, exc
	}
	e.args = NewTuple(append([]Object(nil), args[1:]...)...)
	return e, nil
}

// kwFieldsInit is the __init__ of exceptions taking keyword-only fields
// (ImportError's name/path, AttributeError's name/obj, NameError's name).
func kwFieldsInit(args []Object, kw []*Str, fname string, names []string, after func(*BaseException)) (Object, *BaseException) {
	e, exc := excSelf(args[0], "__init__")
	if exc != nil {
		return nil, exc
	}
	pos, kwv := excArgs(args, kw)
	vals := map[string]Object{}
	for i, k := range kw {
		ok := false
		for _, n := range names {
			if n == k.s {
				ok = true
			}
		}
		if !ok {
			return nil, Errorf(TypeErrorType, "'%s' is an invalid keyword argument for %s()", k.s, fname)
		}
		vals[k.s] = kwv[i]
	}
	e.args = NewTuple(append([]Object(nil), pos...)...)
	for _, n := range names {
		// A field not given is unset (NULL in CPython, read as None):
		// an attribute lookup fills an unset AttributeError's name and
		// obj (withAttrContext), but not ones set to None.
		if v := vals[n]; v != nil {
			e.SetField(n, v)
		} else {
			excMu.Lock()
			delete(e.fields, n)
			excMu.Unlock()
		}
	}
	if after != nil {
		after(e)
	}
	return None, nil
}

func baseExcStr(t *Thread, e *BaseException) (Object, *BaseException) {
	switch len(e.args.items) {
	case 0:
		return emptyStrObj(), nil
	case 1:
		return ToStr(t, e.args.items[0])
	}
	return ToStr(t, e.args)
}

func emptyStrObj() *Str { return NewStr("") }

func baseExcRepr(t *Thread, e *BaseException) (Object, *BaseException) {
	name := e.typ.name
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		name = name[i+1:]
	}
	if len(e.args.items) == 1 {
		r, exc := Repr(t, e.args.items[0])
		if exc != nil {
			return nil, exc
		}
		return NewStr(name + "(" + r.s + ")"), nil
	}
	if len(e.args.items) == 0 {
		return NewStr(name + "()"), nil
	}
	r, exc := Repr(t, e.args)
	if exc != nil {
		return nil, exc
	}
	return NewStr(name + r.s), nil
}

// ---- OSError ----

var errnoTypes map[int64]*Type

func initOSError() {
	errnoTypes = map[int64]*Type{
		int64(syscall.EAGAIN): BlockingIOErrorType, int64(syscall.EALREADY): BlockingIOErrorType,
		int64(syscall.EINPROGRESS): BlockingIOErrorType,
		int64(syscall.EPIPE):       BrokenPipeErrorType, int64(syscall.ESHUTDOWN): BrokenPipeErrorType,
		int64(syscall.ECHILD):       ChildProcessErrorType,
		int64(syscall.ECONNABORTED): ConnectionAbortedErrorType,
		int64(syscall.ECONNREFUSED): ConnectionRefusedErrorType,
		int64(syscall.ECONNRESET):   ConnectionResetErrorType,
		int64(syscall.EEXIST):       FileExistsErrorType,
		int64(syscall.ENOENT):       FileNotFoundErrorType,
		int64(syscall.EISDIR):       IsADirectoryErrorType,
		int64(syscall.ENOTDIR):      NotADirectoryErrorType,
		int64(syscall.EINTR):        InterruptedErrorType,
		int64(syscall.EACCES):       PermissionErrorType, int64(syscall.EPERM): PermissionErrorType,
		int64(syscall.ESRCH):     ProcessLookupErrorType,
		int64(syscall.ETIMEDOUT): TimeoutErrorType,
	}
	O := OSErrorType
	DefStatic(O, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) == 0 {
			return nil, NewError(TypeErrorType, "OSError.__new__(): not enough arguments")
		}
		cls, ok := args[0].(*Type)
		if !ok || !cls.IsSubtype(OSErrorType) {
			return nil, NewError(TypeErrorType, "OSError.__new__(X): X is not a subtype of OSError")
		}
		pos, _ := excArgs(args, kw)
		if !osErrorUseInit(cls) {
			if exc := noKwargsFor(cls, kw); exc != nil {
				return nil, exc
			}
			if cls == OSErrorType && len(pos) >= 2 && len(pos) <= 5 {
				if n, ok := pos[0].(Int); ok {
					if sub := errnoTypes[int64(n)]; sub != nil {
						cls = sub
					}
				}
			}
		}
		e := newExcOf(cls, nil)
		if !osErrorUseInit(cls) {
			osErrorSetup(e, pos)
		}
		return e, nil
	})
	osErrorNew = O.dict.GetStr("__new__")
	DefMethod(O, "__init__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		e, exc := excSelf(args[0], "__init__")
		if exc != nil {
			return nil, exc
		}
		if !osErrorUseInit(e.typ) {
			return None, nil
		}
		if exc := noKwargsFor(e.typ, kw); exc != nil {
			return nil, exc
		}
		osErrorSetup(e, args[1:])
		return None, nil
	})
	osErrorInit = O.dict.GetStr("__init__")
	for _, f := range []string{"errno", "strerror", "filename", "filename2"} {
		excField(O, f)
	}
	defGetSet(BlockingIOErrorType, "characters_written", func(t *Thread, o Object) (Object, *BaseException) {
		if v := o.(*BaseException).Field("characters_written"); v != nil {
			return v, nil
		}
		return nil, NewError(AttributeErrorType, "characters_written")
	}, func(t *Thread, o, v Object) *BaseException {
		e := o.(*BaseException)
		if v == nil {
			if e.Field("characters_written") == nil {
				return NewError(AttributeErrorType, "characters_written")
			}
			excMu.Lock()
			delete(e.fields, "characters_written")
			excMu.Unlock()
			return nil
		}
		i, exc := Index(t, v)
		if exc != nil {
			return exc
		}
		e.SetField("characters_written", i)
		return nil
	})
	DefMethod(O, "__str__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		e, exc := excSelf(args[0], "__str__")
		if exc != nil {
			return nil, exc
		}
		errno, strerror := e.fieldOrNone("errno"), e.fieldOrNone("strerror")
		fn, fn2 := e.fieldOrNone("filename"), e.fieldOrNone("filename2")
		if fn != None {
			en, exc := ToStr(t, errno)
			if exc != nil {
				return nil, exc
			}
			se, exc := ToStr(t, strerror)
			if exc != nil {
				return nil, exc
			}
			f1, exc := Repr(t, fn)
			if exc != nil {
				return nil, exc
			}
			if fn2 != None {
				f2, exc := Repr(t, fn2)
				if exc != nil {
					return nil, exc
				}
				return NewStr("[Errno " + en.s + "] " + se.s + ": " + f1.s + " -> " + f2.s), nil
			}
			return NewStr("[Errno " + en.s + "] " + se.s + ": " + f1.s), nil
		}
		if errno != None && strerror != None {
			en, exc := ToStr(t, errno)
			if exc != nil {
				return nil, exc
			}
			se, exc := ToStr(t, strerror)
			if exc != nil {
				return nil, exc
			}
			return NewStr("[Errno " + en.s + "] " + se.s), nil
		}
		return baseExcStr(t, e)
	})
	DefMethod(O, "__reduce__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		e, exc := excSelf(args[0], "__reduce__")
		if exc != nil {
			return nil, exc
		}
		a := e.args
		if len(a.items) == 2 {
			if fn := e.fieldOrNone("filename"); fn != None {
				items := []Object{a.items[0], a.items[1], fn}
				if fn2 := e.fieldOrNone("filename2"); fn2 != None {
					items = append(items, None, fn2)
				}
				a = NewTuple(items...)
			}
		}
		if e.dict != nil && e.dict.Len() > 0 {
			return NewTuple(e.typ, a, e.dict), nil
		}
		return NewTuple(e.typ, a), nil
	})
}

func osErrorUseInit(typ *Type) bool {
	return typ.lookup(strInit) != osErrorInit && typ.lookup(strNew) == osErrorNew
}

// osErrorSetup parses OSError's (errno, strerror[, filename[, winerror[,
// filename2]]]) arguments into its fields.
func osErrorSetup(e *BaseException, pos []Object) {
	args := append([]Object(nil), pos...)
	var errno, strerror, filename, filename2 Object = None, None, None, None
	if len(args) >= 2 && len(args) <= 5 {
		errno, strerror = args[0], args[1]
		if len(args) >= 3 {
			filename = args[2]
		}
		if len(args) >= 5 {
			filename2 = args[4]
		}
	}
	if filename != None {
		if e.typ.IsSubtype(BlockingIOErrorType) && isIntLike(filename) {
			e.SetField("characters_written", filename)
		} else {
			e.SetField("filename", filename)
			if filename2 != None {
				e.SetField("filename2", filename2)
			}
			args = args[:2]
		}
	}
	e.SetField("errno", errno)
	e.SetField("strerror", strerror)
	e.args = NewTuple(args...)
}

func isIntLike(o Object) bool {
	switch Unwrap(o).(type) {
	case Int, *BigInt, Bool:
		return true
	}
	return false
}

// NewOSError makes the OSError subclass CPython raises for errno, with
// strerror text and an optional filename (nil for none).
func NewOSError(errno int, filename Object) *BaseException {
	cls := errnoTypes[int64(errno)]
	if cls == nil {
		cls = OSErrorType
	}
	e := newExcOf(cls, nil)
	args := []Object{MakeInt(int64(errno)), NewStr(Strerror(errno))}
	if filename != nil {
		args = append(args, filename)
	}
	osErrorSetup(e, args)
	return e
}

// Strerror is the C library's message for errno.
func Strerror(errno int) string {
	if m, ok := strerrorOverrides[errno]; ok {
		return m
	}
	s := syscall.Errno(errno).Error()
	if strings.HasPrefix(s, "errno ") {
		return "Unknown error " + s[len("errno "):]
	}
	if s != "" && s[0] >= 'a' && s[0] <= 'z' {
		s = string(s[0]-'a'+'A') + s[1:]
	}
	return s
}

var strerrorOverrides = map[int]string{
	int(syscall.ENOTTY): "Inappropriate ioctl for device",
	int(syscall.EIO):    "Input/output error",
	int(syscall.ENXIO):  "No such device or address",
	int(syscall.E2BIG):  "Argument list too long",
	int(syscall.EFAULT): "Bad address",
	int(syscall.EXDEV):  "Invalid cross-device link",
	int(syscall.EDOM):   "Numerical argument out of domain",
	int(syscall.ERANGE): "Numerical result out of range",
}

// ---- UnicodeError family ----

func initUnicodeErrors() {
	for _, f := range []string{"encoding", "object", "start", "end", "reason"} {
		excField(UnicodeErrorType, f)
	}
	parse := func(e *BaseException, fname string, args []Object, specs string) *BaseException {
		if len(args) != len(specs) {
			return Errorf(TypeErrorType, "function takes exactly %d arguments (%d given)", len(specs), len(args))
		}
		names := map[int]string{}
		switch len(specs) {
		case 5:
			names = map[int]string{0: "encoding", 1: "object", 2: "start", 3: "end", 4: "reason"}
		case 4:
			names = map[int]string{0: "object", 1: "start", 2: "end", 3: "reason"}
		}
		for i, c := range specs {
			a := args[i]
			switch c {
			case 'U':
				if _, ok := a.(*Str); !ok {
					if _, ok := Unwrap(a).(*Str); !ok {
						return Errorf(TypeErrorType, "argument %d must be str, not %s", i+1, TypeOf(a).name)
					}
				}
			case 'y':
				if _, ok := Unwrap(a).(*Bytes); !ok {
					if TypeOf(a).name != "bytearray" {
						return Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", TypeOf(a).name)
					}
				}
			case 'n':
				if _, ok := Unwrap(a).(Int); !ok {
					if _, ok := a.(Bool); !ok {
						return Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeOf(a).name)
					}
				}
			}
		}
		for i := range specs {
			e.SetField(names[i], args[i])
		}
		return nil
	}
	DefMethod(UnicodeDecodeErrorType, "__init__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		e, exc := baseInit(args, kw)
		if exc != nil {
			return nil, exc
		}
		if len(args) == 6 {
			// The object is kept as bytes: a bytearray or other
			// bytes-like object is copied (CPython's UnicodeDecodeError_init).
			if _, isBytes := Unwrap(args[2]).(*Bytes); !isBytes {
				if b, ok, exc := bytesOf(t, args[2]); exc != nil {
					return nil, exc
				} else if ok {
					args = append([]Object(nil), args...)
					args[2] = NewBytes(append([]byte(nil), b...))
				}
			}
		}
		if exc := parse(e, "UnicodeDecodeError", args[1:], "UynnU"); exc != nil {
			return nil, exc
		}
		return None, nil
	})
	DefMethod(UnicodeEncodeErrorType, "__init__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		e, exc := baseInit(args, kw)
		if exc != nil {
			return nil, exc
		}
		if exc := parse(e, "UnicodeEncodeError", args[1:], "UUnnU"); exc != nil {
			return nil, exc
		}
		return None, nil
	})
	DefMethod(UnicodeTranslateErrorType, "__init__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		e, exc := baseInit(args, kw)
		if exc != nil {
			return nil, exc
		}
		if exc := parse(e, "UnicodeTranslateError", args[1:], "UnnU"); exc != nil {
			return nil, exc
		}
		return None, nil
	})
	strOf := func(t *Thread, o Object) string {
		s, exc := ToStr(t, o)
		if exc != nil {
			return ""
		}
		return s.s
	}
	intOf := func(o Object) int {
		if i, ok := Unwrap(o).(Int); ok {
			return int(i)
		}
		if b, ok := o.(Bool); ok && bool(b) {
			return 1
		}
		return 0
	}
	charEsc := func(r rune) string {
		switch {
		case r <= 0xff:
			return sprintf("\\x%02x", r)
		case r <= 0xffff:
			return sprintf("\\u%04x", r)
		}
		return sprintf("\\U%08x", r)
	}
	DefMethod(UnicodeDecodeErrorType, "__str__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		e, exc := excSelf(args[0], "__str__")
		if exc != nil {
			return nil, exc
		}
		if e.Field("object") == nil {
			return emptyStrObj(), nil
		}
		var data []byte
		if b, ok := Unwrap(e.Field("object")).(*Bytes); ok {
			data = b.b
		}
		start, end := intOf(e.Field("start")), intOf(e.Field("end"))
		enc, reason := strOf(t, e.fieldOrNone("encoding")), strOf(t, e.fieldOrNone("reason"))
		if start >= 0 && start < len(data) && end == start+1 {
			return NewStr(sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", enc, data[start], start, reason)), nil
		}
		return NewStr(sprintf("'%s' codec can't decode bytes in position %d-%d: %s", enc, start, end-1, reason)), nil
	})
	DefMethod(UnicodeEncodeErrorType, "__str__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		e, exc := excSelf(args[0], "__str__")
		if exc != nil {
			return nil, exc
		}
		if e.Field("object") == nil {
			return emptyStrObj(), nil
		}
		var rs []rune
		if s, ok := Unwrap(e.Field("object")).(*Str); ok {
			rs = s.Runes()
		}
		start, end := intOf(e.Field("start")), intOf(e.Field("end"))
		enc, reason := strOf(t, e.fieldOrNone("encoding")), strOf(t, e.fieldOrNone("reason"))
		if start >= 0 && start < len(rs) && end == start+1 {
			return NewStr(sprintf("'%s' codec can't encode character '%s' in position %d: %s", enc, charEsc(rs[start]), start, reason)), nil
		}
		return NewStr(sprintf("'%s' codec can't encode characters in position %d-%d: %s", enc, start, end-1, reason)), nil
	})
	DefMethod(UnicodeTranslateErrorType, "__str__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		e, exc := excSelf(args[0], "__str__")
		if exc != nil {
			return nil, exc
		}
		if e.Field("object") == nil {
			return emptyStrObj(), nil
		}
		var rs []rune
		if s, ok := Unwrap(e.Field("object")).(*Str); ok {
			rs = s.Runes()
		}
		start, end := intOf(e.Field("start")), intOf(e.Field("end"))
		reason := strOf(t, e.fieldOrNone("reason"))
		if start >= 0 && start < len(rs) && end == start+1 {
			return NewStr(sprintf("can't translate character '%s' in position %d: %s", charEsc(rs[start]), start, reason)), nil
		}
		return NewStr(sprintf("can't translate characters in position %d-%d: %s", start, end-1, reason)), nil
	})
}

// NewUnicodeDecodeError makes the error a codec raises.
func NewUnicodeDecodeError(encoding string, data []byte, start, end int, reason string) *BaseException {
	args := []Object{NewStr(encoding), NewBytes(data), MakeInt(int64(start)), MakeInt(int64(end)), NewStr(reason)}
	e := newExcOf(UnicodeDecodeErrorType, args)
	for i, n := range []string{"encoding", "object", "start", "end", "reason"} {
		e.SetField(n, args[i])
	}
	return e
}

// NewUnicodeEncodeError makes the error a codec raises.
func NewUnicodeEncodeError(encoding string, s *Str, start, end int, reason string) *BaseException {
	args := []Object{NewStr(encoding), s, MakeInt(int64(start)), MakeInt(int64(end)), NewStr(reason)}
	e := newExcOf(UnicodeEncodeErrorType, args)
	for i, n := range []string{"encoding", "object", "start", "end", "reason"} {
		e.SetField(n, args[i])
	}
	return e
}

// ---- SyntaxError ----

var syntaxFields = []string{"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"}

func initSyntaxError() {
	for _, f := range syntaxFields {
		excField(SyntaxErrorType, f)
	}
	DefMethod(SyntaxErrorType, "__init__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		e, exc := baseInit(args, kw)
		if exc != nil {
			return nil, exc
		}
		pos := args[1:]
		if len(pos) >= 1 {
			e.SetField("msg", pos[0])
		}
		if len(pos) == 2 {
			info, exc := ToSlice(t, pos[1])
			if exc != nil {
				return nil, exc
			}
			if len(info) < 4 {
				return nil, Errorf(TypeErrorType, "function takes at least 4 arguments (%d given)", len(info))
			}
			if len(info) > 6 {
				return nil, Errorf(TypeErrorType, "function takes at most 6 arguments (%d given)", len(info))
			}
			for i, n := range []string{"filename", "lineno", "offset", "text", "end_lineno", "end_offset"} {
				if i < len(info) {
					e.SetField(n, info[i])
				}
			}
			if len(info) == 5 {
				return nil, NewError(TypeErrorType, "end_offset must be provided when end_lineno is provided")
			}
		}
		return None, nil
	})
	DefMethod(SyntaxErrorType, "__str__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		e, exc := excSelf(args[0], "__str__")
		if exc != nil {
			return nil, exc
		}
		msg, exc := ToStr(t, e.fieldOrNone("msg"))
		if exc != nil {
			return nil, exc
		}
		filename := ""
		haveFile := false
		if f, ok := e.fieldOrNone("filename").(*Str); ok {
			haveFile = true
			filename = f.s
			if i := strings.LastIndexByte(filename, '/'); i >= 0 {
				filename = filename[i+1:]
			}
		}
		lineno, haveLine := e.fieldOrNone("lineno").(Int)
		switch {
		case haveFile && haveLine:
			return NewStr(sprintf("%s (%s, line %d)", msg.s, filename, int64(lineno))), nil
		case haveFile:
			return NewStr(sprintf("%s (%s)", msg.s, filename)), nil
		case haveLine:
			return NewStr(sprintf("%s (line %d)", msg.s, int64(lineno))), nil
		}
		return msg, nil
	})
}

// ---- BaseExceptionGroup / ExceptionGroup ----

func initExceptionGroups() {
	G := BaseExceptionGroupType
	DefStatic(G, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		cls, ok := args[0].(*Type)
		if !ok || !cls.IsSubtype(BaseExceptionGroupType) {
			return nil, NewError(TypeErrorType, "BaseExceptionGroup.__new__(X): X is not a subtype of BaseExceptionGroup")
		}
		if exc := noKwargsFor(cls, kw); exc != nil {
			return nil, exc
		}
		pos := args[1:]
		if len(pos) != 2 {
			return nil, Errorf(TypeErrorType, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", len(pos))
		}
		if _, ok := pos[0].(*Str); !ok {
			return nil, Errorf(TypeErrorType, "BaseExceptionGroup.__new__() argument 1 must be str, not %s", TypeOf(pos[0]).name)
		}
		if !isSequence(pos[1]) {
			return nil, NewError(TypeErrorType, "second argument (exceptions) must be a sequence")
		}
		items, exc := ToSlice(t, pos[1])
		if exc != nil {
			return nil, exc
		}
		if len(items) == 0 {
			return nil, NewError(ValueErrorType, "second argument (exceptions) must be a non-empty sequence")
		}
		nestedBase := false
		for i, it := range items {
			ex, ok := it.(*BaseException)
			if !ok {
				return nil, Errorf(ValueErrorType, "Item %d of second argument (exceptions) is not an exception", i)
			}
			if !ex.IsInstanceOf(ExceptionType) {
				nestedBase = true
			}
		}
		switch {
		case cls == BaseExceptionGroupType:
			if !nestedBase {
				cls = ExceptionGroupType
			}
		case cls == ExceptionGroupType:
			if nestedBase {
				return nil, NewError(TypeErrorType, "Cannot nest BaseExceptions in an ExceptionGroup")
			}
		default:
			if nestedBase && cls.IsSubtype(ExceptionType) {
				return nil, Errorf(TypeErrorType, "Cannot nest BaseExceptions in '%s'", cls.name)
			}
		}
		e := newExcOf(cls, pos)
		e.SetField("message", pos[0])
		e.SetField("exceptions", NewTuple(append([]Object(nil), items...)...))
		return e, nil
	})
	DefMethod(G, "__init__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if _, exc := baseInit(args, kw); exc != nil {
			return nil, exc
		}
		return None, nil
	})
	for _, f := range []string{"message", "exceptions"} {
		f := f
		defMember(G, f, func(t *Thread, o Object) (Object, *BaseException) {
			return o.(*BaseException).fieldOrNone(f), nil
		})
	}
	DefMethod(G, "__str__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		e, exc := excSelf(args[0], "__str__")
		if exc != nil {
			return nil, exc
		}
		msg, exc := ToStr(t, e.fieldOrNone("message"))
		if exc != nil {
			return nil, exc
		}
		n := 0
		if tup, ok := e.fieldOrNone("exceptions").(*Tuple); ok {
			n = len(tup.items)
		}
		return NewStr(sprintf("%s (%d sub-exception%s)", msg.s, n, plural(n))), nil
	})
	DefMethod(G, "derive", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("derive", args[1:], kw, 1, 1); exc != nil {
			return nil, exc
		}
		e, exc := excSelf(args[0], "derive")
		if exc != nil {
			return nil, exc
		}
		return Call2(t, BaseExceptionGroupType, e.fieldOrNone("message"), args[1])
	})
	DefMethod(G, "split", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("split", args[1:], kw, 1, 1); exc != nil {
			return nil, exc
		}
		e, exc := excSelf(args[0], "split")
		if exc != nil {
			return nil, exc
		}
		m, err := newEgMatcher(args[1])
		if err != nil {
			return nil, err
		}
		match, rest, exc := egSplit(t, e, m, true)
		if exc != nil {
			return nil, exc
		}
		return NewTuple(orNone(match), orNone(rest)), nil
	})
	DefMethod(G, "subgroup", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("subgroup", args[1:], kw, 1, 1); exc != nil {
			return nil, exc
		}
		e, exc := excSelf(args[0], "subgroup")
		if exc != nil {
			return nil, exc
		}
		m, err := newEgMatcher(args[1])
		if err != nil {
			return nil, err
		}
		match, _, exc := egSplit(t, e, m, false)
		if exc != nil {
			return nil, exc
		}
		return orNone(match), nil
	})
	DefClassMethod(G, "__class_getitem__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("__class_getitem__", args[1:], kw, 1, 1); exc != nil {
			return nil, exc
		}
		return NewGenericAlias(args[0], args[1]), nil
	})
}

func orNone(e *BaseException) Object {
	if e == nil {
		return None
	}
	return e
}

func isSequence(o Object) bool {
	switch o.(type) {
	case *List, *Tuple:
		return true
	case *Dict:
		return false
	}
	if TypeOf(o).IsSubtype(DictType) {
		return false
	}
	return TypeOf(o).lookup(strGetitem) != nil
}

type egMatcher struct {
	types []*Type
	pred  Object
}

func newEgMatcher(v Object) (*egMatcher, *BaseException) {
	bad := NewError(TypeErrorType, "expected a function, exception type or tuple of exception types")
	switch c := v.(type) {
	case *Type:
		if c.IsSubtype(BaseExceptionType) {
			return &egMatcher{types: []*Type{c}}, nil
		}
		return nil, bad
	case *Tuple:
		m := &egMatcher{}
		for _, it := range c.items {
			ty, ok := it.(*Type)
			if !ok || !ty.IsSubtype(BaseExceptionType) {
				return nil, bad
			}
			m.types = append(m.types, ty)
		}
		return m, nil
	}
	if Callable(v) {
		return &egMatcher{pred: v}, nil
	}
	return nil, bad
}

func (m *egMatcher) match(t *Thread, e *BaseException) (bool, *BaseException) {
	if m.pred != nil {
		r, exc := Call1(t, m.pred, e)
		if exc != nil {
			return false, exc
		}
		return IsTrue(t, r)
	}
	for _, ty := range m.types {
		if e.IsInstanceOf(ty) {
			return true, nil
		}
	}
	return false, nil
}

// egSplit is BaseExceptionGroup.split's recursion: the matching and the
// remaining parts (nil for none).
func egSplit(t *Thread, e *BaseException, m *egMatcher, wantRest bool) (*BaseException, *BaseException, *BaseException) {
	ok, exc := m.match(t, e)
	if exc != nil {
		return nil, nil, exc
	}
	if ok {
		return e, nil, nil
	}
	if !e.IsInstanceOf(BaseExceptionGroupType) {
		if wantRest {
			return nil, e, nil
		}
		return nil, nil, nil
	}
	subs, _ := e.fieldOrNone("exceptions").(*Tuple)
	var matches, rests []Object
	if exc := t.Enter(" in exceptiongroup_split_recursive"); exc != nil {
		return nil, nil, exc
	}
	defer t.Leave()
	if subs != nil {
		for _, s := range subs.items {
			se, ok := s.(*BaseException)
			if !ok {
				continue
			}
			mm, rr, exc := egSplit(t, se, m, wantRest)
			if exc != nil {
				return nil, nil, exc
			}
			if mm != nil {
				matches = append(matches, mm)
			}
			if rr != nil {
				rests = append(rests, rr)
			}
		}
	}
	match, exc := egSubset(t, e, matches)
	if exc != nil {
		return nil, nil, exc
	}
	var rest *BaseException
	if wantRest {
		rest, exc = egSubset(t, e, rests)
		if exc != nil {
			return nil, nil, exc
		}
	}
	return match, rest, nil
}

func egSubset(t *Thread, orig *BaseException, excs []Object) (*BaseException, *BaseException) {
	if len(excs) == 0 {
		return nil, nil
	}
	r, exc := CallMethod(t, orig, InternStr("derive"), []Object{NewList(excs...)}, nil)
	if exc != nil {
		return nil, exc
	}
	eg, ok := r.(*BaseException)
	if !ok || !eg.IsInstanceOf(BaseExceptionGroupType) {
		return nil, NewError(TypeErrorType, "derive must return an instance of BaseExceptionGroup")
	}
	eg.cause = orig.cause
	eg.context = orig.context
	eg.suppressContext = orig.suppressContext
	eg.tb = append([]TracebackEntry(nil), orig.tb...)
	// The same traceback object (split()'s parts share eg.__traceback__).
	if tb, ok := orig.TracebackObject().(*Traceback); ok {
		eg.tbObj.Store(tb)
	} else {
		eg.tbObj.Store(nil)
	}
	if orig.dict != nil {
		if notes := orig.dict.GetStr("__notes__"); notes != nil {
			if isSequence(notes) {
				items, exc := ToSlice(t, notes)
				if exc != nil {
					return nil, exc
				}
				if exc := SetAttr(t, eg, InternStr("__notes__"), NewList(append([]Object(nil), items...)...)); exc != nil {
					return nil, exc
				}
			}
		}
	}
	return eg, nil
}
