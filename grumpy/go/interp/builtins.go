package interp

import (
	"grumpy/pyast"
	rt "grumpy/runtime"
)

// program is a parsed, scope-analysed and compiled source string: what a
// code object made by compile() carries.
type program struct {
	filename string
	mode     string
	body     execFn
	expr     evalFn
}

func init() {
	rt.DefBuiltin("exec", builtinExec)
	rt.DefBuiltin("eval", builtinEval)
	rt.DefBuiltin("compile", builtinCompile)
}

// syntaxError turns a parse error into a Python SyntaxError.
func syntaxError(t *rt.Thread, e *pyast.SyntaxError) *rt.BaseException {
	typ := rt.SyntaxErrorType
	if e.KindName() == "IndentationError" {
		typ = rt.IndentationErrorType
	}
	var endLine, endCol rt.Object = rt.None, rt.None
	if e.EndLine > 0 {
		endLine, endCol = rt.MakeInt(int64(e.EndLine)), rt.MakeInt(int64(e.EndCol))
	}
	details := rt.NewTuple(rt.NewStr(e.Filename), rt.MakeInt(int64(e.Line)), rt.MakeInt(int64(e.Col)),
		rt.NewStr(e.Text+"\n"), endLine, endCol)
	r, exc := rt.Call2(t, typ, rt.NewStr(e.Msg), details)
	if exc != nil {
		return exc
	}
	return r.(*rt.BaseException)
}

// compileSource parses and compiles src in mode "exec", "eval" or "single".
func compileSource(t *rt.Thread, src, filename, mode string) (*program, *rt.BaseException) {
	p := &program{filename: filename, mode: mode}
	top := newScope("module", nil, nil)
	c := &compiler{filename: filename, cur: top}
	if mode == "eval" {
		e, err := pyast.ParseExpression(src, filename)
		if err != nil {
			return nil, syntaxError(t, err)
		}
		c.scopes = analyze(nil, e.Body, top)
		p.expr = c.expr(e.Body)
		return p, nil
	}
	m, err := pyast.ParseModule(src, filename)
	if err != nil {
		return nil, syntaxError(t, err)
	}
	for _, s := range m.Body {
		if imp, ok := s.(*pyast.ImportFrom); ok && imp.Module == "__future__" {
			for _, a := range imp.Names {
				if a.Name == "annotations" {
					c.futureAnnotations = true
				}
			}
		}
	}
	c.scopes = analyze(m.Body, nil, top)
	if mode == "single" {
		for i, s := range m.Body {
			if es, ok := s.(*pyast.ExprStmt); ok {
				m.Body[i] = &pyast.ExprStmt{Pos: es.Pos, Value: &pyast.Call{Pos: es.Pos,
					Func: &pyast.Name{Pos: es.Pos, Id: "__grumpy_displayhook__"}, Args: []pyast.Expr{es.Value}}}
			}
		}
	}
	p.body = c.block(m.Body)
	return p, nil
}

var displayhook = rt.NewBuiltin("displayhook", func(t *rt.Thread, args []rt.Object, kw []*rt.Str) (rt.Object, *rt.BaseException) {
	if len(args) == 1 && args[0] != rt.None {
		if hook := rt.SysModule.Dict().GetStr("displayhook"); hook != nil {
			return rt.Call1(t, hook, args[0])
		}
		r, e := rt.Repr(t, args[0])
		if e != nil {
			return nil, e
		}
		return rt.Call1(t, rt.Builtins.GetStr("print"), r)
	}
	return rt.None, nil
})

// run executes a compiled program with the given namespaces.
func (p *program) run(t *rt.Thread, globals *rt.Dict, locals rt.Object) (rt.Object, *rt.BaseException) {
	if globals.GetStr("__builtins__") == nil {
		globals.SetStr("__builtins__", rt.BuiltinsModule)
	}
	if p.mode == "single" && globals.GetStr("__grumpy_displayhook__") == nil {
		rt.Builtins.SetStr("__grumpy_displayhook__", displayhook)
	}
	fr := &frame{t: t, globals: globals}
	if locals != nil && locals != rt.Object(globals) {
		fr.locals = locals
	}
	code := &rt.Code{Name: "<module>", Qualname: "<module>", Filename: p.filename, FirstLine: 1, Program: p}
	f, e := t.Push(code, globals)
	if e != nil {
		return nil, e
	}
	fr.f = f
	var r rt.Object = rt.None
	if p.expr != nil {
		r, e = p.expr(fr)
		if e != nil {
			e = rt.Propagate(t, e, f)
		}
	} else {
		_, e = p.body(fr)
	}
	t.Pop(f)
	if e != nil {
		return nil, e
	}
	return r, nil
}

// sourceArg reads exec/eval/compile's source argument: str, bytes or a
// code object from compile().
func sourceArg(t *rt.Thread, fname string, o rt.Object) (string, *program, *rt.BaseException) {
	switch v := o.(type) {
	case *rt.Str:
		return v.Value(), nil, nil
	case *rt.Bytes:
		return string(v.Value()), nil, nil
	case *rt.Code:
		if p, ok := v.Program.(*program); ok {
			return "", p, nil
		}
		return "", nil, rt.Errorf(rt.TypeErrorType, "%s() cannot run the code object of a compiled function", fname)
	}
	if fname == "compile" {
		return "", nil, rt.NewError(rt.TypeErrorType, "compile() arg 1 must be a string, bytes or AST object")
	}
	return "", nil, rt.Errorf(rt.TypeErrorType, "%s() arg 1 must be a string, bytes or code object", fname)
}

// namespaces resolves exec/eval's globals and locals arguments.
func namespaces(t *rt.Thread, fname string, g, l rt.Object) (*rt.Dict, rt.Object, *rt.BaseException) {
	var globals *rt.Dict
	if g == nil || g == rt.None {
		if f := t.CurrentFrame(); f != nil && f.Globals() != nil {
			globals = f.Globals()
		} else {
			globals = rt.NewDict()
		}
	} else {
		d, ok := g.(*rt.Dict)
		if !ok {
			return nil, nil, rt.Errorf(rt.TypeErrorType, "%s() globals must be a dict, not %s", fname, rt.TypeOf(g).Name())
		}
		globals = d
	}
	var locals rt.Object
	if l != nil && l != rt.None {
		locals = l
	}
	return globals, locals, nil
}

func builtinExec(t *rt.Thread, args []rt.Object, kw []*rt.Str) (rt.Object, *rt.BaseException) {
	var src, g, l, closure rt.Object
	g, l, closure = rt.None, rt.None, rt.None
	if e := rt.ParseArgs("exec", args, kw, []string{"source", "globals?", "locals?", "/", "$", "closure?"}, &src, &g, &l, &closure); e != nil {
		return nil, e
	}
	text, prog, e := sourceArg(t, "exec", src)
	if e != nil {
		return nil, e
	}
	globals, locals, e := namespaces(t, "exec", g, l)
	if e != nil {
		return nil, e
	}
	if prog == nil {
		if prog, e = compileSource(t, text, "<string>", "exec"); e != nil {
			return nil, e
		}
	}
	if _, e := prog.run(t, globals, locals); e != nil {
		return nil, e
	}
	return rt.None, nil
}

func builtinEval(t *rt.Thread, args []rt.Object, kw []*rt.Str) (rt.Object, *rt.BaseException) {
	var src, g, l rt.Object
	g, l = rt.None, rt.None
	if e := rt.ParseArgs("eval", args, kw, []string{"source", "globals?", "locals?", "/"}, &src, &g, &l); e != nil {
		return nil, e
	}
	text, prog, e := sourceArg(t, "eval", src)
	if e != nil {
		return nil, e
	}
	globals, locals, e := namespaces(t, "eval", g, l)
	if e != nil {
		return nil, e
	}
	if prog == nil {
		if prog, e = compileSource(t, text, "<string>", "eval"); e != nil {
			return nil, e
		}
	}
	return prog.run(t, globals, locals)
}

func builtinCompile(t *rt.Thread, args []rt.Object, kw []*rt.Str) (rt.Object, *rt.BaseException) {
	var src, filename, mode, flags, dontInherit, optimize rt.Object
	flags, dontInherit, optimize = rt.MakeInt(0), rt.False, rt.MakeInt(-1)
	if e := rt.ParseArgs("compile", args, kw, []string{"source", "filename", "mode", "flags?", "dont_inherit?", "optimize?", "$", "_feature_version?"},
		&src, &filename, &mode, &flags, &dontInherit, &optimize, new(rt.Object)); e != nil {
		return nil, e
	}
	text, prog, e := sourceArg(t, "compile", src)
	if e != nil {
		return nil, e
	}
	if prog != nil {
		return src, nil
	}
	fname := "<unknown>"
	switch f := filename.(type) {
	case *rt.Str:
		fname = f.Value()
	case *rt.Bytes:
		fname = string(f.Value())
	default:
		return nil, rt.Errorf(rt.TypeErrorType, "compile() argument 'filename' must be str, bytes or os.PathLike, not %s", rt.TypeOf(filename).Name())
	}
	m, ok := mode.(*rt.Str)
	if !ok || (m.Value() != "exec" && m.Value() != "eval" && m.Value() != "single") {
		return nil, rt.NewError(rt.ValueErrorType, "compile() mode must be 'exec', 'eval' or 'single'")
	}
	if f, ok := flags.(rt.Int); ok && int64(f)&0x400 != 0 {
		return nil, rt.NewError(rt.NotImplementedErrorType, "compile() to an AST object (PyCF_ONLY_AST) is not supported by Grumpy")
	}
	prog, e = compileSource(t, text, fname, m.Value())
	if e != nil {
		return nil, e
	}
	return &rt.Code{Name: "<module>", Qualname: "<module>", Filename: fname, FirstLine: 1, Program: prog}, nil
}
