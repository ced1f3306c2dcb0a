package runtime

// sys.call_tracing(func, args) and sys.copyright, which sys.go does not
// define (set only when absent: InitSys runs after init).
//
// call_tracing calls func(*args); CPython uses it to call with tracing
// enabled from inside a trace function (pdb's debug command). Grumpy's
// trace hooks are not suspended inside a trace function, so it is a plain
// call. args must be a tuple.

const sysCopyright = "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\n" +
	"Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n" +
	"Copyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\n" +
	"Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved."

func init() {
	d := SysModule.dict
	if d.GetStr("copyright") == nil {
		d.SetStr("copyright", NewStr(sysCopyright))
	}
	if d.GetStr("call_tracing") == nil {
		d.SetStr("call_tracing", NewBuiltin("call_tracing", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := ArgCount("call_tracing", args, kw, 2, 2); exc != nil {
				return nil, exc
			}
			tup, ok := Unwrap(args[1]).(*Tuple)
			if !ok {
				return nil, Errorf(TypeErrorType, "call_tracing() argument 2 must be tuple, not %s", TypeOf(args[1]).name)
			}
			return Call(t, args[0], tup.items, nil)
		}))
	}
}
