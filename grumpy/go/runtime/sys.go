package runtime

import (
	"os"
	"sync/atomic"
)

// SysModule is `sys`, created at start-up so the runtime can reach
// sys.stdout and sys.modules without an import.
var SysModule = NewModule("sys")

var recursionLimitV atomic.Int64

func init() { recursionLimitV.Store(1000) }

func recursionLimit() int { return int(recursionLimitV.Load()) }

// SysStdout returns the current sys.stdout.
func SysStdout() Object { return SysModule.dict.GetStr("stdout") }

// SysStderr returns the current sys.stderr.
func SysStderr() Object { return SysModule.dict.GetStr("stderr") }

// InitSys fills sys for a program run with argv.
func InitSys(argv []string, executable string) {
	d := SysModule.dict
	args := make([]Object, len(argv))
	for i, a := range argv {
		args[i] = NewStr(a)
	}
	d.SetStr("argv", NewList(args...))
	d.SetStr("orig_argv", NewList(args...))
	d.SetStr("executable", NewStr(executable))
	d.SetStr("modules", SysModules)
	SysModules.SetStr("sys", SysModule)
	SysModules.SetStr("builtins", BuiltinsModule)
	d.SetStr("stdout", Stdout)
	d.SetStr("stderr", Stderr)
	d.SetStr("stdin", Stdin)
	d.SetStr("__stdout__", Stdout)
	d.SetStr("__stderr__", Stderr)
	d.SetStr("__stdin__", Stdin)
	d.SetStr("maxsize", MakeInt(1<<63-1))
	d.SetStr("byteorder", NewStr("little"))
	d.SetStr("platform", NewStr("linux"))
	d.SetStr("version", NewStr("3.11.7 (grumpy) [Go]"))
	d.SetStr("hexversion", MakeInt(0x030b07f0))
	d.SetStr("api_version", MakeInt(1013))
	d.SetStr("version_info", NewStructSeq(versionInfoType, MakeInt(3), MakeInt(11), MakeInt(7), NewStr("final"), MakeInt(0)))
	d.SetStr("path", NewList())
	d.SetStr("meta_path", NewList())
	d.SetStr("path_hooks", NewList())
	d.SetStr("path_importer_cache", NewDict())
	d.SetStr("warnoptions", warnOptionsList(envWarnOptions(), nil)) // sys_warnoptions.go
	d.SetStr("dont_write_bytecode", True)
	d.SetStr("prefix", NewStr("/usr"))
	d.SetStr("exec_prefix", NewStr("/usr"))
	d.SetStr("base_prefix", NewStr("/usr"))
	d.SetStr("base_exec_prefix", NewStr("/usr"))
	d.SetStr("platlibdir", NewStr("lib"))
	d.SetStr("abiflags", NewStr(""))
	d.SetStr("float_repr_style", NewStr("short"))
	d.SetStr("builtin_module_names", builtinModuleNames())
	d.SetStr("pycache_prefix", None)
	d.SetStr("exc_info", NewBuiltin("exc_info", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		h := t.Handled()
		if h == nil {
			return NewTuple(None, None, None), nil
		}
		return NewTuple(h.typ, h, h.TracebackObject()), nil
	}))
	d.SetStr("exception", NewBuiltin("exception", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if h := t.Handled(); h != nil {
			return h, nil
		}
		return None, nil
	}))
	d.SetStr("exit", NewBuiltin("exit", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("exit", args, kw, 0, 1); exc != nil {
			return nil, exc
		}
		// As PyErr_SetObject: None raises SystemExit(), a tuple gives the args.
		if len(args) == 1 {
			if args[0] == None {
				args = nil
			} else if tup, ok := args[0].(*Tuple); ok {
				args = tup.items
			}
		}
		e := NewException(SystemExitType, args...)
		return nil, e
	}))
	d.SetStr("getrecursionlimit", NewBuiltin("getrecursionlimit", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("sys.getrecursionlimit", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		return MakeInt(int64(recursionLimit())), nil
	}))
	d.SetStr("setrecursionlimit", NewBuiltin("setrecursionlimit", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("setrecursionlimit", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		n, ok := args[0].(Int)
		if !ok {
			return nil, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeOf(args[0]).name)
		}
		if n < 1 {
			return nil, NewError(ValueErrorType, "recursion limit must be greater or equal than 1")
		}
		recursionLimitV.Store(int64(n))
		t.limit = int(n)
		return None, nil
	}))
	d.SetStr("intern", NewBuiltin("intern", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("intern", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		s, ok := args[0].(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "intern() argument must be str, not %s", TypeOf(args[0]).name)
		}
		return InternStr(s.s), nil
	}))
	d.SetStr("getdefaultencoding", NewBuiltin("getdefaultencoding", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("sys.getdefaultencoding", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		return NewStr("utf-8"), nil
	}))
	d.SetStr("getfilesystemencoding", NewBuiltin("getfilesystemencoding", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return NewStr("utf-8"), nil
	}))
	initSysExtras(d)
	_ = os.Args
}

var (
	versionInfoType = NewStructSeqType("sys", "version_info", []string{"major", "minor", "micro", "releaselevel", "serial"})
	flagsType       = NewStructSeqType("sys", "flags", []string{"debug", "inspect", "interactive", "optimize",
		"dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning",
		"quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding",
		"safe_path", "int_max_str_digits"})
	hashInfoType = NewStructSeqType("sys", "hash_info", []string{"width", "modulus", "inf", "nan", "imag",
		"algorithm", "hash_bits", "seed_bits", "cutoff"})
	floatInfoType = NewStructSeqType("sys", "float_info", []string{"max", "max_exp", "max_10_exp", "min",
		"min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"})
	intInfoType = NewStructSeqType("sys", "int_info", []string{"bits_per_digit", "sizeof_digit",
		"default_max_str_digits", "str_digits_check_threshold"})
)

func ints(vals ...int64) []Object {
	out := make([]Object, len(vals))
	for i, v := range vals {
		out[i] = MakeInt(v)
	}
	return out
}

func initSysExtras(d *Dict) {
	initSysAsyncgenHooks(d)
	initSysCoroOrigin(d) // sys_coro_origin.go
	initSysTrace(d)
	hashRand := int64(1)
	if os.Getenv("PYTHONHASHSEED") == "0" {
		hashRand = 0
	}
	fl := ints(0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, hashRand, 0)
	fl = append(fl, False, MakeInt(0), MakeInt(0), False, MakeInt(-1))
	d.SetStr("flags", NewStructSeq(flagsType, fl...))
	hi := ints(64, (1<<61)-1, 314159, 0, 1000003)
	hi = append(hi, NewStr("siphash13"), MakeInt(64), MakeInt(128), MakeInt(0))
	d.SetStr("hash_info", NewStructSeq(hashInfoType, hi...))
	d.SetStr("float_info", NewStructSeq(floatInfoType, Float(1.7976931348623157e+308), MakeInt(1024), MakeInt(308),
		Float(2.2250738585072014e-308), MakeInt(-1021), MakeInt(-307), MakeInt(15), MakeInt(53),
		Float(2.220446049250313e-16), MakeInt(2), MakeInt(1)))
	d.SetStr("int_info", NewStructSeq(intInfoType, ints(30, 4, 4300, 640)...))
	impl := NewDict()
	impl.SetStr("name", NewStr("grumpy"))
	impl.SetStr("cache_tag", None)
	impl.SetStr("version", d.GetStr("version_info"))
	impl.SetStr("hexversion", MakeInt(0x030b07f0))
	impl.SetStr("_multiarch", NewStr("x86_64-linux-gnu"))
	d.SetStr("implementation", NewNamespace(impl))
	d.SetStr("float_repr_style", NewStr("short"))
	d.SetStr("maxunicode", MakeInt(0x10ffff))
	d.SetStr("_getframe", NewBuiltin("_getframe", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("_getframe", args, kw, 0, 1); exc != nil {
			return nil, exc
		}
		depth := 0
		if len(args) == 1 {
			n, exc := asIndexInt(t, args[0])
			if exc != nil {
				return nil, exc
			}
			depth = n
		}
		f := t.CurrentFrame()
		for ; depth > 0 && f != nil; depth-- {
			f = f.back
		}
		if f == nil {
			return nil, NewError(ValueErrorType, "call stack is not deep enough")
		}
		return snapshotFrames(f), nil
	}))
	d.SetStr("getsizeof", NewBuiltin("getsizeof", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		var o, dflt Object
		if exc := ParseArgs("getsizeof", args, kw, []string{"object", "default?"}, &o, &dflt); exc != nil {
			return nil, exc
		}
		typ := TypeOf(o)
		if !typ.builtin {
			if f := typ.lookup(InternStr("__sizeof__")); f != nil && f != objectSizeof {
				r, exc := callUnaryDunder(t, f, o)
				if exc != nil {
					return nil, exc
				}
				n, exc := Index(t, r)
				if exc != nil {
					return nil, exc
				}
				if intSign(n) < 0 {
					return nil, NewError(ValueErrorType, "__sizeof__() should return >= 0")
				}
				return Add(t, n, MakeInt(16))
			}
		}
		return MakeInt(approxSizeof(o)), nil
	}))
	excepthook := NewBuiltin("excepthook", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("excepthook", args, kw, 3, 3); exc != nil {
			return nil, exc
		}
		e, ok := args[1].(*BaseException)
		if !ok {
			s, exc := Repr(t, args[1])
			if exc != nil {
				return nil, exc
			}
			return None, writeStderr(t, "TypeError: print_exception(): Exception expected for value, "+TypeOf(args[1]).name+" found\n"+s.s+"\n")
		}
		if args[2] != None {
			e.setTracebackObject(args[2])
		}
		return None, writeStderr(t, FormatException(t, e))
	})
	excepthook.module = "sys"
	sysExcepthook = excepthook
	d.SetStr("excepthook", excepthook)
	d.SetStr("__excepthook__", excepthook)
	displayhook := NewBuiltin("displayhook", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("displayhook", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		if args[0] == None {
			return None, nil
		}
		Builtins.SetStr("_", None)
		r, exc := Repr(t, args[0])
		if exc != nil {
			return nil, exc
		}
		if exc := writeStdout(t, r.s+"\n"); exc != nil {
			return nil, exc
		}
		Builtins.SetStr("_", args[0])
		return None, nil
	})
	displayhook.module = "sys"
	d.SetStr("displayhook", displayhook)
	d.SetStr("__displayhook__", displayhook)
	d.SetStr("unraisablehook", UnraisableHookDefault) // unraisable.go
	d.SetStr("__unraisablehook__", UnraisableHookDefault)
	d.SetStr("getrefcount", NewBuiltin("getrefcount", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("getrefcount", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		return MakeInt(2), nil
	}))
	d.SetStr("is_finalizing", NewBuiltin("is_finalizing", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return False, nil
	}))
	initSysSwitchInterval(d) // mod_thread_switch.go
}

var objectSizeof Object

// writeStderr writes s to the current sys.stderr.
func writeStderr(t *Thread, s string) *BaseException {
	out := SysStderr()
	if out == nil || out == None {
		return nil
	}
	if std, ok := out.(*StdStream); ok {
		return std.WriteString(s)
	}
	_, exc := CallMethod(t, out, strWrite, []Object{NewStr(s)}, nil)
	return exc
}

// approxSizeof mirrors CPython's 64-bit object sizes for common types.
func approxSizeof(o Object) int64 {
	switch v := o.(type) {
	case Bool:
		if v {
			return 28
		}
		return 24
	case Int:
		if v == 0 {
			return 24
		}
		n := int64(v)
		if n < 0 {
			n = -n
		}
		digits := int64(0)
		for n > 0 {
			n >>= 30
			digits++
		}
		return 24 + 4*digits
	case *BigInt:
		bits := int64(toBig(v).BitLen())
		return 24 + 4*((bits+29)/30)
	case Float:
		return 24
	case *noneObj:
		return 16
	case *Str:
		maxr := rune(0)
		rs := v.Runes()
		for _, r := range rs {
			if r > maxr {
				maxr = r
			}
		}
		n := int64(len(rs))
		switch {
		case maxr < 0x80:
			return 49 + n
		case maxr < 0x100:
			return 73 + n
		case maxr < 0x10000:
			return 74 + 2*n
		}
		return 76 + 4*n
	case *Bytes:
		return 33 + int64(len(v.b))
	case *Tuple:
		return 40 + 8*int64(len(v.items))
	case *List:
		return 56 + 8*int64(v.Len())
	case *Dict:
		n := v.Len()
		switch {
		case n == 0:
			return 64
		case n <= 5:
			return 184
		case n <= 10:
			return 272
		}
		return 64 + int64(n)*48
	case *Set:
		if v.Len() <= 4 {
			return 216
		}
		return 216 + int64(v.Len())*32
	case Complex:
		return 32
	case *Instance:
		if v.base != nil {
			return approxSizeof(v.base)
		}
		if v.typ == ObjectType {
			return 16
		}
		return 48
	case *Function:
		return 152
	case *Type:
		return 1072
	}
	return 48
}
