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
	pyast.LookupName = rt.LookupUnicodeName
}

// syntaxError turns a parse error into a Python SyntaxError.
func syntaxError(t *rt.Thread, e *pyast.SyntaxError) *rt.BaseException {
	if exc, ok := e.Abort.(*rt.BaseException); ok {
		return exc
	}
	typ := rt.SyntaxErrorType
	if e.KindName() == "IndentationError" {
		typ = rt.IndentationErrorType
	}
	var endLine, endCol rt.Object = rt.None, rt.None
	if e.EndLine > 0 || e.EndZero {
		endLine, endCol = rt.MakeInt(int64(e.EndLine)), rt.MakeInt(int64(e.EndCol))
	}
	var text rt.Object = rt.NewStr(e.Text + "\n")
	if e.NoNewline {
		text = rt.NewStr(e.Text)
	}
	if e.NoText {
		text = rt.None
	}
	details := rt.NewTuple(rt.NewStr(e.Filename), rt.MakeInt(int64(e.Line)), rt.MakeInt(int64(e.Col)),
		text, endLine, endCol)
	r, exc := rt.Call2(t, typ, rt.NewStr(e.Msg), details)
	if exc != nil {
		return exc
	}
	return r.(*rt.BaseException)
}

// parseWarner issues the parser's warnings (invalid escape sequences) as
// CPython does: warnings.warn_explicit(msg, DeprecationWarning, filename,
// lineno); a warning turned into an error becomes a SyntaxError.
func parseWarner(t *rt.Thread, filename string) pyast.WarnFunc {
	return func(category, msg string, line int) (bool, any) {
		cat := rt.DeprecationWarningType
		if category == "SyntaxWarning" {
			cat = rt.SyntaxWarningType
		}
		w, exc := rt.ImportModule(t, "warnings")
		if exc == nil {
			var fn rt.Object
			if fn, exc = rt.GetAttr(t, w, rt.NewStr("warn_explicit")); exc == nil {
				_, exc = rt.Call(t, fn, []rt.Object{rt.NewStr(msg), cat,
					rt.NewStr(filename), rt.MakeInt(int64(line))}, nil)
			}
		}
		if exc != nil {
			if exc.IsInstanceOf(cat) {
				return true, nil
			}
			return false, exc
		}
		return false, nil
	}
}

// compileSource parses and compiles src in mode "exec", "eval" or "single".
func compileSource(t *rt.Thread, src, filename, mode string) (*program, *rt.BaseException) {
	return compileSourceFlags(t, src, filename, mode, 0)
}

// pyCFAllowTopLevelAwait is compile()'s PyCF_ALLOW_TOP_LEVEL_AWAIT flag.
const pyCFAllowTopLevelAwait = 0x2000

// compileSourceFlags is compileSource with compile()'s flags.
func compileSourceFlags(t *rt.Thread, src, filename, mode string, flags int64) (*program, *rt.BaseException) {
	if mode == "eval" {
		e, err := pyast.ParseExpressionW(src, filename, parseWarner(t, filename))
		if err != nil {
			return nil, syntaxError(t, err)
		}
		return compileTreeFlags(t, e, filename, mode, flags)
	}
	parse := pyast.ParseModuleW
	if mode == "single" {
		parse = pyast.ParseInteractiveW
	}
	m, err := parse(src, filename, parseWarner(t, filename))
	if err != nil {
		return nil, syntaxError(t, err)
	}
	return compileTreeFlags(t, m, filename, mode, flags)
}

// compileTree compiles a parsed tree: *pyast.Expression for "eval",
// *pyast.Module otherwise.
func compileTree(t *rt.Thread, tree any, filename, mode string) (*program, *rt.BaseException) {
	return compileTreeFlags(t, tree, filename, mode, 0)
}

// compileTreeFlags is compileTree with compile()'s flags: it first runs
// CPython's post-parse checks (symbol table and compiler errors and
// SyntaxWarnings).
func compileTreeFlags(t *rt.Thread, tree any, filename, mode string, flags int64) (*program, *rt.BaseException) {
	opts := pyast.CheckOptions{TopLevelAwait: flags&pyCFAllowTopLevelAwait != 0, Warn: parseWarner(t, filename)}
	var err *pyast.SyntaxError
	if e, ok := tree.(*pyast.Expression); ok {
		err = pyast.Check(nil, e.Body, filename, opts)
	} else {
		err = pyast.Check(tree.(*pyast.Module).Body, nil, filename, opts)
	}
	if err != nil {
		return nil, syntaxError(t, err)
	}
	p := &program{filename: filename, mode: mode}
	top := newScope("module", nil, nil)
	c := &compiler{filename: filename, cur: top}
	if e, ok := tree.(*pyast.Expression); ok {
		c.scopes = analyze(nil, e.Body, top)
		p.expr = c.expr(e.Body)
		return p, nil
	}
	m := tree.(*pyast.Module)
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
		displayExprs(m.Body)
	}
	p.body = c.block(m.Body)
	if hasAnnotations(m.Body) {
		// SETUP_ANNOTATIONS: module code with annotations makes sure
		// its locals hold an __annotations__ dict first.
		body := p.body
		p.body = func(fr *frame) (ctl, *rt.BaseException) {
			if e := setupAnnotations(fr); e != nil {
				return ctlNormal, e
			}
			return body(fr)
		}
	}
	return p, nil
}

var annotationsName = rt.NewStr("__annotations__")

func setupAnnotations(fr *frame) *rt.BaseException {
	if fr.locals == nil {
		if fr.globals.GetStr("__annotations__") == nil {
			fr.globals.SetStr("__annotations__", rt.NewDict())
		}
		return nil
	}
	if d, ok := fr.locals.(*rt.Dict); ok {
		if d.GetStr("__annotations__") == nil {
			d.SetStr("__annotations__", rt.NewDict())
		}
		return nil
	}
	if _, e := rt.GetItem(fr.t, fr.locals, annotationsName); e != nil {
		if !e.IsInstanceOf(rt.KeyErrorType) {
			return e
		}
		return rt.SetItem(fr.t, fr.locals, annotationsName, rt.NewDict())
	}
	return nil
}

// hasAnnotations is CPython's find_ann: an annotated assignment in the
// statements, looking into compound statements but not into functions
// or classes.
func hasAnnotations(ss []pyast.Stmt) bool {
	for _, s := range ss {
		switch v := s.(type) {
		case *pyast.AnnAssign:
			return true
		case *pyast.For:
			if hasAnnotations(v.Body) || hasAnnotations(v.OrElse) {
				return true
			}
		case *pyast.While:
			if hasAnnotations(v.Body) || hasAnnotations(v.OrElse) {
				return true
			}
		case *pyast.If:
			if hasAnnotations(v.Body) || hasAnnotations(v.OrElse) {
				return true
			}
		case *pyast.With:
			if hasAnnotations(v.Body) {
				return true
			}
		case *pyast.Try:
			if hasAnnotations(v.Body) || hasAnnotations(v.OrElse) || hasAnnotations(v.FinalBody) {
				return true
			}
			for _, h := range v.Handlers {
				if hasAnnotations(h.Body) {
					return true
				}
			}
		case *pyast.Match:
			for _, mc := range v.Cases {
				if hasAnnotations(mc.Body) {
					return true
				}
			}
		}
	}
	return false
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
	if fr.locals != nil {
		f.SetLocalsMapping(fr.locals)
	}
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
func sourceArg(t *rt.Thread, fname string, o rt.Object, filename string) (string, *program, *rt.BaseException) {
	switch v := o.(type) {
	case *rt.Str:
		return v.Value(), nil, nil
	case *rt.Bytes:
		text, e := decodeSource(t, v.Value(), filename, fname == "compile")
		return text, nil, e
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

// namespaces resolves exec/eval's globals and locals arguments as CPython
// does: neither given means the caller's globals and locals() (a snapshot
// inside a function); globals alone means locals are the globals.
func namespaces(t *rt.Thread, fname string, g, l rt.Object) (*rt.Dict, rt.Object, *rt.BaseException) {
	badLocals := l != nil && l != rt.None && !isMapping(l)
	if badLocals && fname == "eval" {
		return nil, nil, rt.NewError(rt.TypeErrorType, "locals must be a mapping")
	}
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
			if fname == "eval" {
				if isMapping(g) {
					return nil, nil, rt.NewError(rt.TypeErrorType, "globals must be a real dict; try eval(expr, {}, mapping)")
				}
				return nil, nil, rt.NewError(rt.TypeErrorType, "globals must be a dict")
			}
			return nil, nil, rt.Errorf(rt.TypeErrorType, "%s() globals must be a dict, not %s", fname, rt.TypeOf(g).Name())
		}
		globals = d
	}
	if badLocals {
		return nil, nil, rt.Errorf(rt.TypeErrorType, "locals must be a mapping or None, not %s", rt.TypeOf(l).Name())
	}
	var locals rt.Object
	if l != nil && l != rt.None {
		locals = l
	} else if g == nil || g == rt.None {
		if lo := rt.CurrentLocals(t); lo != rt.Object(globals) {
			locals = lo
		}
	}
	return globals, locals, nil
}

// isMapping is PyMapping_Check: the type defines __getitem__.
func isMapping(o rt.Object) bool {
	if _, ok := o.(*rt.Dict); ok {
		return true
	}
	return rt.TypeOf(o).LookupStr("__getitem__") != nil
}

// positional splits exec/eval's arguments, with CPython's messages.
func positional(fname string, args []rt.Object, kw []*rt.Str) ([]rt.Object, *rt.BaseException) {
	n := len(args) - len(kw)
	if fname == "eval" {
		if len(kw) > 0 {
			return nil, rt.NewError(rt.TypeErrorType, "eval() takes no keyword arguments")
		}
		if n < 1 {
			return nil, rt.Errorf(rt.TypeErrorType, "eval expected at least 1 argument, got %d", n)
		}
		if n > 3 {
			return nil, rt.Errorf(rt.TypeErrorType, "eval expected at most 3 arguments, got %d", n)
		}
		return args, nil
	}
	if n > 3 {
		return nil, rt.Errorf(rt.TypeErrorType, "exec() takes at most 3 positional arguments (%d given)", n)
	}
	if n < 1 {
		return nil, rt.Errorf(rt.TypeErrorType, "exec() takes at least 1 positional argument (%d given)", n)
	}
	for _, k := range kw {
		if k.Value() != "closure" {
			return nil, rt.Errorf(rt.TypeErrorType, "'%s' is an invalid keyword argument for exec()", k.Value())
		}
	}
	return args[:n], nil
}

func builtinExec(t *rt.Thread, args []rt.Object, kw []*rt.Str) (rt.Object, *rt.BaseException) {
	pos, e := positional("exec", args, kw)
	if e != nil {
		return nil, e
	}
	src, g, l := pos[0], rt.Object(rt.None), rt.Object(rt.None)
	if len(pos) > 1 {
		g = pos[1]
	}
	if len(pos) > 2 {
		l = pos[2]
	}
	globals, locals, e := namespaces(t, "exec", g, l)
	if e != nil {
		return nil, e
	}
	if len(kw) > 0 && args[len(args)-1] != rt.None {
		if _, isCode := src.(*rt.Code); !isCode {
			return nil, rt.NewError(rt.TypeErrorType, "closure can only be used when source is a code object")
		}
	}
	if code, ok := src.(*rt.Code); ok {
		var closure rt.Object
		if len(kw) > 0 {
			closure = args[len(args)-1]
		}
		cells, e := rt.ClosureArg(code, closure, "exec")
		if e != nil {
			return nil, e
		}
		if _, isProg := code.Program.(*program); !isProg {
			if _, e := rt.RunFunctionCode(t, code, globals, cells, "exec"); e != nil {
				return nil, e
			}
			return rt.None, nil
		}
	}
	text, prog, e := sourceArg(t, "exec", src, "<string>")
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
	pos, e := positional("eval", args, kw)
	if e != nil {
		return nil, e
	}
	src, g, l := pos[0], rt.Object(rt.None), rt.Object(rt.None)
	if len(pos) > 1 {
		g = pos[1]
	}
	if len(pos) > 2 {
		l = pos[2]
	}
	globals, locals, e := namespaces(t, "eval", g, l)
	if e != nil {
		return nil, e
	}
	if code, ok := src.(*rt.Code); ok {
		if _, isProg := code.Program.(*program); !isProg {
			cells, e := rt.ClosureArg(code, nil, "eval")
			if e != nil {
				return nil, e
			}
			return rt.RunFunctionCode(t, code, globals, cells, "eval")
		}
	}
	text, prog, e := sourceArg(t, "eval", src, "<string>")
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
	onlyAST := false
	if f, ok := flags.(rt.Int); ok && int64(f)&pyCFOnlyAST != 0 {
		onlyAST = true
	}
	if isASTObject(t, src) {
		if onlyAST {
			return src, nil
		}
		return compileASTObject(t, src, filename, mode)
	}
	fname, e := compileFilename(filename)
	if e != nil {
		return nil, e
	}
	text, prog, e := sourceArg(t, "compile", src, fname)
	if e != nil {
		return nil, e
	}
	if prog != nil {
		return src, nil
	}
	m, ok := mode.(*rt.Str)
	if onlyAST && ok && m.Value() == "func_type" {
		return parseToAST(t, text, fname, "func_type")
	}
	if ok && m.Value() == "func_type" {
		return nil, rt.NewError(rt.ValueErrorType, "compile() mode 'func_type' requires flag PyCF_ONLY_AST")
	}
	if !ok || (m.Value() != "exec" && m.Value() != "eval" && m.Value() != "single") {
		if onlyAST {
			return nil, rt.NewError(rt.ValueErrorType, "compile() mode must be 'exec', 'eval', 'single' or 'func_type'")
		}
		return nil, rt.NewError(rt.ValueErrorType, "compile() mode must be 'exec', 'eval' or 'single'")
	}
	if onlyAST {
		return parseToAST(t, text, fname, m.Value())
	}
	var fl int64
	if f, ok := flags.(rt.Int); ok {
		fl = int64(f)
	}
	prog, e = compileSourceFlags(t, text, fname, m.Value(), fl)
	if e != nil {
		return nil, e
	}
	return &rt.Code{Name: "<module>", Qualname: "<module>", Filename: fname, FirstLine: 1, Program: prog}, nil
}

// localsBuiltins are the builtins that read their caller's locals: a
// function scope naming one of them gets a locals() provider on its frame.
var localsBuiltins = [...]string{"locals", "vars", "dir", "eval", "exec"}

// localsLayout lists, in CPython 3.11's order (fast locals, then owned
// cells, then free cells), where a function scope's variables live.
type localsLayout struct {
	names []*rt.Str
	fast  []int // slot in fr.fast, or -1
	cell  []int // slot in fr.cells when fast is -1
}

// newLocalsLayout is the scope's layout, or nil when its body names none
// of the locals builtins (such frames get no provider: no cost per call).
func newLocalsLayout(s *scope) *localsLayout {
	if s.kind != "function" {
		return nil
	}
	uses := false
	for _, n := range localsBuiltins {
		if s.used[n] && s.kindOf(n) == kGlobal {
			uses = true
		}
	}
	if !uses && !s.isGen && !rt.PublishLocals {
		// Generators always get one: gi_frame.f_locals reads it; so does
		// every function of a program that reads other frames' locals.
		return nil
	}
	lay := &localsLayout{}
	add := func(name string, fast, cell int) {
		lay.names = append(lay.names, rt.NewStr(name))
		lay.fast = append(lay.fast, fast)
		lay.cell = append(lay.cell, cell)
	}
	seen := map[string]bool{}
	for _, p := range s.params {
		seen[p] = true
		if i, ok := s.cells[p]; ok {
			add(p, -1, i)
		} else {
			add(p, s.locals[p], -1)
		}
	}
	byslot := make([]string, s.nlocals)
	for n, i := range s.locals {
		byslot[i] = n
	}
	for _, n := range byslot {
		if _, isCell := s.cells[n]; n != "" && !seen[n] && !isCell {
			seen[n] = true
			add(n, s.locals[n], -1)
		}
	}
	var owned, free []string
	for n := range s.cells {
		if !seen[n] {
			owned = append(owned, n)
		}
	}
	for n := range s.frees {
		free = append(free, n)
	}
	sortStrings(owned)
	sortStrings(free)
	for _, n := range owned {
		add(n, -1, s.cells[n])
	}
	for _, n := range free {
		add(n, -1, s.frees[n])
	}
	return lay
}

func sortStrings(a []string) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

// installLocals registers fr's locals() provider on its runtime frame when
// the scope needs one.
func installLocals(sc *scope, fr *frame) {
	lay := sc.lay
	if lay == nil || fr.f == nil {
		return
	}
	var snap rt.FastLocals
	fast, cells := fr.fast, fr.cells
	fr.f.SetLocals(func() rt.Object {
		d := snap.Begin()
		for i, name := range lay.names {
			if j := lay.fast[i]; j >= 0 {
				if j < len(fast) {
					rt.LocalsPut(d, name, fast[j])
				}
			} else if j := lay.cell[i]; j < len(cells) {
				rt.LocalsPutCell(d, name, cells[j])
			}
		}
		return d
	})
}

// compileFilename is compile()'s filename argument as a Go string.
func compileFilename(filename rt.Object) (string, *rt.BaseException) {
	switch f := filename.(type) {
	case *rt.Str:
		return f.Value(), nil
	case *rt.Bytes:
		return string(f.Value()), nil
	}
	return "", rt.Errorf(rt.TypeErrorType, "compile() argument 'filename' must be str, bytes or os.PathLike, not %s", rt.TypeOf(filename).Name())
}
