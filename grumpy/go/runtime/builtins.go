package runtime

import (
	"os"
)

// BuiltinsModule is the `builtins` module; its dict is the fallback for
// global name lookups.
var BuiltinsModule = NewModule("builtins")

// Builtins is BuiltinsModule's dict.
var Builtins = BuiltinsModule.dict

// DefBuiltin adds a builtin function.
func DefBuiltin(name string, fn BuiltinFn) {
	b := NewBuiltin(name, fn)
	b.module = "builtins"
	Builtins.SetStr(name, b)
}

var (
	strSep   = InternStr("sep")
	strEnd   = InternStr("end")
	strFile  = InternStr("file")
	strFlush = InternStr("flush")
	strWrite = InternStr("write")
)

func init() {
	for _, typ := range []*Type{ObjectType, TypeType, IntType, FloatType, StrType, BoolType, ListType,
		TupleType, DictType, SetType, FrozenSetType, BytesType, ComplexType, PropertyType,
		StaticMethodType, ClassMethodType, SuperType, SliceType} {
		Builtins.SetStr(typ.name, typ)
	}
	for _, typ := range ExceptionTypes() {
		Builtins.SetStr(typ.name, typ)
	}
	Builtins.SetStr("None", None)
	Builtins.SetStr("True", True)
	Builtins.SetStr("False", False)
	Builtins.SetStr("NotImplemented", NotImplemented)
	Builtins.SetStr("Ellipsis", Ellipsis)
	Builtins.SetStr("__debug__", True)
	Builtins.SetStr("EnvironmentError", OSErrorType)
	Builtins.SetStr("IOError", OSErrorType)

	DefBuiltin("print", builtinPrint)
	DefBuiltin("len", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("len", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		n, exc := Len(t, args[0])
		if exc != nil {
			return nil, exc
		}
		return MakeInt(int64(n)), nil
	})
	DefBuiltin("repr", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("repr", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		return reprKeep(t, args[0])
	})
	DefBuiltin("id", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("id", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		return ID(args[0]), nil
	})
	DefBuiltin("hash", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("hash", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		h, exc := Hash(t, args[0])
		if exc != nil {
			return nil, exc
		}
		return MakeInt(h), nil
	})
	DefBuiltin("isinstance", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("isinstance", args, kw, 2, 2); exc != nil {
			return nil, exc
		}
		b, exc := IsInstance(t, args[0], args[1])
		return Bool(b), exc
	})
	DefBuiltin("issubclass", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("issubclass", args, kw, 2, 2); exc != nil {
			return nil, exc
		}
		b, exc := IsSubclass(t, args[0], args[1])
		return Bool(b), exc
	})
	DefBuiltin("getattr", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("getattr", args, kw, 2, 3); exc != nil {
			return nil, exc
		}
		name, ok := Unwrap(args[1]).(*Str) // a str subclass instance names its text
		if !ok {
			return nil, Errorf(TypeErrorType, "attribute name must be string, not '%s'", TypeOf(args[1]).name)
		}
		if len(args) == 3 {
			v, exc := LookupAttr(t, args[0], name) // attr_lookup.go
			if v == nil && exc == nil {
				return args[2], nil
			}
			return v, exc
		}
		return GetAttr(t, args[0], name)
	})
	DefBuiltin("setattr", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("setattr", args, kw, 3, 3); exc != nil {
			return nil, exc
		}
		name, ok := Unwrap(args[1]).(*Str) // a str subclass instance names its text
		if !ok {
			return nil, Errorf(TypeErrorType, "attribute name must be string, not '%s'", TypeOf(args[1]).name)
		}
		return None, SetAttr(t, args[0], name, args[2])
	})
	DefBuiltin("delattr", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("delattr", args, kw, 2, 2); exc != nil {
			return nil, exc
		}
		name, ok := Unwrap(args[1]).(*Str) // a str subclass instance names its text
		if !ok {
			return nil, Errorf(TypeErrorType, "attribute name must be string, not '%s'", TypeOf(args[1]).name)
		}
		return None, DelAttr(t, args[0], name)
	})
	DefBuiltin("hasattr", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("hasattr", args, kw, 2, 2); exc != nil {
			return nil, exc
		}
		name, ok := Unwrap(args[1]).(*Str) // a str subclass instance names its text
		if !ok {
			return nil, Errorf(TypeErrorType, "attribute name must be string, not '%s'", TypeOf(args[1]).name)
		}
		b, exc := HasAttr(t, args[0], name)
		return Bool(b), exc
	})
	DefBuiltin("iter", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("iter", args, kw, 1, 2); exc != nil {
			return nil, exc
		}
		if len(args) == 2 {
			if !Callable(args[0]) {
				return nil, NewError(TypeErrorType, "iter(v, w): v must be callable")
			}
			return &callIter{fn: args[0], sentinel: args[1]}, nil
		}
		return Iter(t, args[0])
	})
	DefBuiltin("next", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("next", args, kw, 1, 2); exc != nil {
			return nil, exc
		}
		v, exc := NextOrStop(t, args[0])
		if exc != nil && len(args) == 2 && exc.IsInstanceOf(StopIterationType) {
			return args[1], nil
		}
		return v, exc
	})
	DefBuiltin("callable", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("callable", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		return Bool(Callable(args[0])), nil
	})
	DefBuiltin("abs", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("abs", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		return Abs(t, args[0])
	})
	DefBuiltin("globals", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("globals", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		if f := t.CurrentFrame(); f != nil && f.globals != nil {
			return f.globals, nil
		}
		return NewDict(), nil
	})
	DefBuiltin("__build_class__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return nil, NewError(NotImplementedErrorType, "__build_class__ is not callable directly in Grumpy")
	})
}

// Callable is callable(o).
func Callable(o Object) bool {
	switch o.(type) {
	case *Function, *Builtin, *Method, *Type:
		return true
	}
	return TypeOf(o).lookup(strCall) != nil
}

func builtinPrint(t *Thread, args []Object, kwnames []*Str) (Object, *BaseException) {
	npos := len(args) - len(kwnames)
	var sep, end, file, flush Object = None, None, None, False
	for i, k := range kwnames {
		v := args[npos+i]
		switch k.s {
		case "sep":
			sep = v
		case "end":
			end = v
		case "file":
			file = v
		case "flush":
			flush = v
		default:
			return nil, Errorf(TypeErrorType, "'%s' is an invalid keyword argument for print()", k.s)
		}
	}
	sepS, endS := " ", "\n"
	if sep != None {
		s, ok := sep.(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "sep must be None or a string, not %s", TypeOf(sep).name)
		}
		sepS = s.s
	}
	if end != None {
		s, ok := end.(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "end must be None or a string, not %s", TypeOf(end).name)
		}
		endS = s.s
	}
	if file == None {
		file = SysStdout()
		if file == nil || file == None {
			return None, nil
		}
	}
	if std, ok := file.(*StdStream); ok {
		if exc := StdPrint(t, std, args[:npos], sepS, endS); exc != nil {
			return nil, exc
		}
	} else {
		write, exc := GetAttr(t, file, strWrite)
		if exc != nil {
			return nil, exc
		}
		for i := 0; i < npos; i++ {
			if i > 0 {
				if _, exc := Call1(t, write, NewStr(sepS)); exc != nil {
					return nil, exc
				}
			}
			s, exc := ToStr(t, args[i])
			if exc != nil {
				return nil, exc
			}
			if _, exc := Call1(t, write, s); exc != nil {
				return nil, exc
			}
		}
		if _, exc := Call1(t, write, NewStr(endS)); exc != nil {
			return nil, exc
		}
	}
	if b, exc := IsTrue(t, flush); exc != nil {
		return nil, exc
	} else if b {
		if _, exc := CallMethod(t, file, strFlush, nil, nil); exc != nil {
			return nil, exc
		}
	}
	return None, nil
}

var _ = os.Exit
