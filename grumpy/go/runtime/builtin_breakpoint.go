package runtime

import (
	"os"
	"strings"
)

// breakpoint() and sys.breakpointhook / sys.__breakpointhook__ (PEP 553).
// breakpoint(*args, **kws) calls sys.breakpointhook(*args, **kws); the
// default hook reads $PYTHONBREAKPOINT: unset or empty means pdb.set_trace,
// "0" disables it, otherwise a dotted name (a bare name is a builtin) whose
// module is imported and whose attribute is called; a name that cannot be
// imported gives a RuntimeWarning and no call, as CPython.

func init() {
	DefBuiltin("breakpoint", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		hook := SysModule.dict.GetStr("breakpointhook")
		if hook == nil {
			return nil, NewError(RuntimeErrorType, "lost sys.breakpointhook")
		}
		return Call(t, hook, args, kw)
	})
	hook := NewBuiltin("breakpointhook", sysBreakpointHook)
	hook.module = "sys"
	SysModule.dict.SetStr("breakpointhook", hook)
	SysModule.dict.SetStr("__breakpointhook__", hook)
}

func sysBreakpointHook(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
	env := os.Getenv("PYTHONBREAKPOINT")
	if env == "" {
		env = "pdb.set_trace"
	} else if env == "0" {
		return None, nil
	}
	modPath, attr := "builtins", env
	if i := strings.LastIndexByte(env, '.'); i == 0 {
		return breakpointWarn(t, env)
	} else if i > 0 {
		modPath, attr = env[:i], env[i+1:]
	}
	mod, exc := ImportModule(t, modPath)
	if exc != nil {
		if exc.IsInstanceOf(ImportErrorType) {
			return breakpointWarn(t, env)
		}
		return nil, exc
	}
	f, exc := GetAttr(t, mod, NewStr(attr))
	if exc != nil {
		if exc.IsInstanceOf(AttributeErrorType) {
			return breakpointWarn(t, env)
		}
		return nil, exc
	}
	return Call(t, f, args, kw)
}

func breakpointWarn(t *Thread, env string) (Object, *BaseException) {
	w, exc := ImportModule(t, "warnings")
	if exc != nil {
		return nil, exc
	}
	f, exc := GetAttr(t, w, InternStr("warn"))
	if exc != nil {
		return nil, exc
	}
	msg := NewStr(`Ignoring unimportable $PYTHONBREAKPOINT: "` + env + `"`)
	if _, exc := Call(t, f, []Object{msg, RuntimeWarningType, MakeInt(1)}, nil); exc != nil {
		return nil, exc
	}
	return None, nil
}
