package runtime

import (
	"strings"
)

// Builtins with no better home: dir, vars, locals, input, open, exit/quit,
// help, breakpoint, __import__.

// Dir is dir(o): type(o).__dir__(o), as a sorted list.
func Dir(t *Thread, o Object) (Object, *BaseException) {
	f := TypeOf(o).lookup(InternStr("__dir__"))
	var r Object
	var exc *BaseException
	if f == nil {
		r, exc = objectDir(t, o)
	} else {
		r, exc = callUnaryDunder(t, f, o)
	}
	if exc != nil {
		return nil, exc
	}
	items, exc := ToSlice(t, r)
	if exc != nil {
		return nil, exc
	}
	items = append([]Object(nil), items...)
	if exc := sortObjects(t, items); exc != nil {
		return nil, exc
	}
	return NewList(items...), nil
}

// sortObjects is a stable insertion/merge sort by `<` (dir() results are
// short lists of str).
func sortObjects(t *Thread, items []Object) *BaseException {
	allStr := true
	for _, it := range items {
		if _, ok := it.(*Str); !ok {
			allStr = false
			break
		}
	}
	if allStr {
		strs := make([]string, len(items))
		idx := map[string][]Object{}
		for i, it := range items {
			strs[i] = it.(*Str).s
			idx[strs[i]] = append(idx[strs[i]], it)
		}
		sortStrings(strs)
		for i, s := range strs {
			items[i] = idx[s][0]
			idx[s] = idx[s][1:]
		}
		return nil
	}
	var exc *BaseException
	less := func(a, b Object) bool {
		if exc != nil {
			return false
		}
		r, e := CompareBool(t, CmpLT, a, b)
		if e != nil {
			exc = e
		}
		return r
	}
	for i := 1; i < len(items); i++ {
		for j := i; j > 0 && less(items[j], items[j-1]); j-- {
			items[j], items[j-1] = items[j-1], items[j]
		}
	}
	return exc
}

// localsKeys is dir() without arguments: the sorted keys of locals().
func localsKeys(t *Thread) (Object, *BaseException) {
	var keys []Object
	// PyMapping_Keys: an exact dict's keys directly, anything else
	// (a dict subclass overriding keys() included) through keys().
	m := CurrentLocals(t)
	if d, ok := m.(*Dict); ok && d.Type() == DictType {
		keys = d.Keys()
	} else {
		r, exc := CallMethod(t, m, NewStr("keys"), nil, nil)
		if exc != nil {
			return nil, exc
		}
		lst, exc := Call1(t, ListType, r)
		if exc != nil {
			return nil, exc
		}
		keys = lst.(*List).Snapshot()
	}
	if exc := sortObjects(t, keys); exc != nil {
		return nil, exc
	}
	return NewList(keys...), nil
}

// Input is input(prompt): the prompt goes to sys.stdout, the line comes from
// sys.stdin without its newline; EOF raises EOFError.
func Input(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
	if exc := ArgCount("input", args, kw, 0, 1); exc != nil {
		return nil, exc
	}
	stdout := SysStdout()
	stdin := SysModule.dict.GetStr("stdin")
	if stdin == nil || stdin == None {
		return nil, NewError(RuntimeErrorType, "input(): lost sys.stdin")
	}
	if stdout == nil || stdout == None {
		return nil, NewError(RuntimeErrorType, "input(): lost sys.stdout")
	}
	se := SysStderr()
	if se == nil || se == None {
		return nil, NewError(RuntimeErrorType, "input(): lost sys.stderr")
	}
	// Flushing stderr and stdout: errors are ignored, as CPython.
	if s, ok := se.(*StdStream); ok {
		s.Flush()
	} else {
		CallMethod(t, se, strFlush, nil, nil)
	}
	if len(args) == 1 {
		p, exc := ToStr(t, args[0])
		if exc != nil {
			return nil, exc
		}
		if s, ok := stdout.(*StdStream); ok {
			if exc := s.WriteString(p.s); exc != nil {
				return nil, exc
			}
		} else if _, exc := CallMethod(t, stdout, strWrite, []Object{p}, nil); exc != nil {
			return nil, exc
		}
	}
	if s, ok := stdout.(*StdStream); ok {
		s.Flush()
	} else {
		CallMethod(t, stdout, strFlush, nil, nil)
	}
	var line string
	if s, ok := stdin.(*StdStream); ok {
		l, exc := s.ReadLine()
		if exc != nil {
			return nil, exc
		}
		line = l
	} else {
		r, exc := CallMethod(t, stdin, InternStr("readline"), nil, nil)
		if exc != nil {
			return nil, exc
		}
		s, ok := r.(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "object.readline() returned non-string")
		}
		line = s.s
	}
	if line == "" {
		return nil, NewError(EOFErrorType, "EOF when reading a line")
	}
	line = strings.TrimSuffix(line, "\n")
	return NewStr(line), nil
}

// Quitter is the `exit`/`quit` object of the site module.
type Quitter struct{ name string }

// QuitterType is _sitebuiltins.Quitter.
var QuitterType = finalType(newBuiltinType("Quitter", ObjectType))

// Type implements Object.
func (*Quitter) Type() *Type { return QuitterType }

// Helper is the `help` object.
type Helper struct{}

// HelperType is _sitebuiltins._Helper.
var HelperType = finalType(newBuiltinType("_Helper", ObjectType))

// Type implements Object.
func (*Helper) Type() *Type { return HelperType }

func init() {
	DefMethod(NotImplementedTypeType, "__repr__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return NewStr("NotImplemented"), nil
	})
	DefMethod(EllipsisType, "__repr__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return NewStr("Ellipsis"), nil
	})
	DefMethod(NotImplementedTypeType, "__reduce__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return NewStr("NotImplemented"), nil
	})
	DefMethod(EllipsisType, "__reduce__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return NewStr("Ellipsis"), nil
	})
	QuitterType.module = "_sitebuiltins"
	HelperType.module = "_sitebuiltins"
	DefBuiltin("dir", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("dir", args, kw, 0, 1); exc != nil {
			return nil, exc
		}
		if len(args) == 0 {
			return localsKeys(t)
		}
		return Dir(t, args[0])
	})
	DefBuiltin("vars", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("vars", args, kw, 0, 1); exc != nil {
			return nil, exc
		}
		if len(args) == 0 {
			return CurrentLocals(t), nil
		}
		d, exc := GetAttr(t, args[0], strDict)
		if exc != nil {
			if exc.IsInstanceOf(AttributeErrorType) {
				return nil, NewError(TypeErrorType, "vars() argument must have __dict__ attribute")
			}
			return nil, exc
		}
		return d, nil
	})
	DefBuiltin("locals", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("locals", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		return CurrentLocals(t), nil
	})
	DefBuiltin("input", Input)
	DefBuiltin("open", OpenFile)
	DefBuiltin("__import__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		var name, globals, locals, fromlist, level Object = nil, None, None, None, MakeInt(0)
		if exc := ParseArgs("__import__", args, kw, []string{"name", "globals?", "locals?", "fromlist?", "level?"}, &name, &globals, &locals, &fromlist, &level); exc != nil {
			return nil, exc
		}
		ns, ok := name.(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "__import__() argument 1 must be str, not %s", TypeOf(name).name)
		}
		lv, ok := Unwrap(level).(Int)
		if !ok {
			return nil, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeOf(level).name)
		}
		if lv < 0 {
			return nil, NewError(ValueErrorType, "level must be >= 0")
		}
		if ns.s == "" && lv == 0 {
			return nil, NewError(ValueErrorType, "Empty module name")
		}
		g, _ := globals.(*Dict)
		if g == nil {
			if lv > 0 {
				return nil, NewError(KeyErrorType, "'__name__' not in globals")
			}
			g = NewDict()
		}
		hasFrom := false
		if fromlist != None {
			if b, exc := IsTrue(t, fromlist); exc != nil {
				return nil, exc
			} else {
				hasFrom = b
			}
		}
		m, exc := ImportName(t, g, ns.s, int(lv), hasFrom)
		if exc != nil {
			return nil, exc
		}
		if hasFrom {
			// Import submodules named in fromlist, as importlib's _handle_fromlist.
			if mod, ok := m.(*Module); ok && mod.dict.GetStr("__path__") != nil {
				items, exc := ToSlice(t, fromlist)
				if exc != nil {
					return nil, exc
				}
				for _, it := range items {
					s, ok := it.(*Str)
					if !ok || s.s == "*" {
						continue
					}
					if mod.dict.getStr(s) == nil {
						sub := mod.name + "." + s.s
						if lookupSpec(sub) != nil {
							if _, exc := ImportModule(t, sub); exc != nil {
								return nil, exc
							}
						}
					}
				}
			}
		}
		return m, nil
	})
	for _, name := range []string{"exit", "quit"} {
		Builtins.SetStr(name, &Quitter{name: name})
	}
	DefMethod(QuitterType, "__repr__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		q := args[0].(*Quitter)
		return NewStr("Use " + q.name + "() or Ctrl-D (i.e. EOF) to exit"), nil
	})
	DefMethod(QuitterType, "__call__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount(args[0].(*Quitter).name, args[1:], kw, 0, 1); exc != nil {
			return nil, exc
		}
		if in := SysModule.dict.GetStr("stdin"); in != nil {
			if s, ok := in.(*StdStream); ok {
				s.mu.Lock()
				s.closed = true
				s.mu.Unlock()
			}
		}
		return nil, newExcOf(SystemExitType, args[1:])
	})
	Builtins.SetStr("help", &Helper{})
	DefMethod(HelperType, "__repr__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return NewStr("Type help() for interactive help, or help(object) for help about object."), nil
	})
	DefMethod(HelperType, "__call__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) > 1 {
			var name string
			if n, exc := GetAttr(t, args[1], strName); exc == nil {
				if s, ok := n.(*Str); ok {
					name = s.s
				}
			}
			if name == "" {
				r, exc := Repr(t, args[1])
				if exc != nil {
					return nil, exc
				}
				name = r.s
			}
			doc := ""
			if d, exc := GetAttr(t, args[1], strDoc); exc == nil {
				if s, ok := d.(*Str); ok {
					doc = s.s
				}
			}
			out := "Help on " + name + ":\n\n" + doc + "\n"
			if exc := writeStdout(t, out); exc != nil {
				return nil, exc
			}
			return None, nil
		}
		if exc := writeStdout(t, "Interactive help is not available in Grumpy programs.\n"); exc != nil {
			return nil, exc
		}
		return None, nil
	})
}

// writeStdout writes s to the current sys.stdout.
func writeStdout(t *Thread, s string) *BaseException {
	out := SysStdout()
	if out == nil || out == None {
		return nil
	}
	if std, ok := out.(*StdStream); ok {
		return std.WriteString(s)
	}
	_, exc := CallMethod(t, out, strWrite, []Object{NewStr(s)}, nil)
	return exc
}
