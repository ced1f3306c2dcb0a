package interp

// ast_export.go turns a pyast tree into instances of the `_ast` node
// classes (runtime/mod_ast.go), for compile(..., PyCF_ONLY_AST) and so
// ast.parse. Fields are set in each class's _fields order, then the
// position attributes (columns as UTF-8 byte offsets, as CPython).

import (
	"math/big"
	"reflect"
	"strings"
	"sync"

	"grumpy/pyast"
	rt "grumpy/runtime"
)

const pyCFOnlyAST = 0x400

// astSingletons maps an _ast class (Load, Add, ...) to the one instance
// that parse results share.
var astSingletons sync.Map

type astExporter struct {
	t       *rt.Thread
	mod     *rt.Dict
	lines   []string
	singles map[string]rt.Object // Load(), Add(), ... shared instances
	// override holds corrected positions of nodes (by pointer).
	override map[any]pyast.Pos
	// f-string expressions: pyast positions them relative to their own
	// text; shift is the '{' (code-point column) they are read from.
	shift  *pyast.Pos
	braces map[*pyast.FormattedValue]pyast.Pos
	specs  map[*pyast.JoinedStr]bool
}

var (
	binOpClass = map[string]string{"+": "Add", "-": "Sub", "*": "Mult", "/": "Div", "//": "FloorDiv",
		"%": "Mod", "**": "Pow", "<<": "LShift", ">>": "RShift", "&": "BitAnd", "|": "BitOr",
		"^": "BitXor", "@": "MatMult"}
	unaryOpClass = map[string]string{"not": "Not", "-": "USub", "+": "UAdd", "~": "Invert"}
	cmpOpClass   = map[string]string{"<": "Lt", "<=": "LtE", "==": "Eq", "!=": "NotEq", ">": "Gt",
		">=": "GtE", "in": "In", "not in": "NotIn", "is": "Is", "is not": "IsNot"}
	boolOpClass = map[string]string{"and": "And", "or": "Or"}
)

// parseToAST parses src in mode and returns the `_ast` tree.
func parseToAST(t *rt.Thread, src, filename, mode string) (rt.Object, *rt.BaseException) {
	m, e := rt.ImportModule(t, "_ast")
	if e != nil {
		return nil, e
	}
	mod, ok := m.(*rt.Module)
	if !ok {
		return nil, rt.NewError(rt.ImportErrorType, "_ast is not a module")
	}
	x := &astExporter{t: t, mod: mod.Dict(), singles: map[string]rt.Object{}, override: map[any]pyast.Pos{},
		braces: map[*pyast.FormattedValue]pyast.Pos{}, specs: map[*pyast.JoinedStr]bool{}}
	x.lines = strings.Split(strings.ReplaceAll(src, "\r\n", "\n"), "\n")
	switch mode {
	case "eval":
		tree, err := pyast.ParseExpressionW(src, filename, parseWarner(t, filename))
		if err != nil {
			return nil, syntaxError(t, err)
		}
		body, e := x.conv(reflect.ValueOf(tree.Body), "")
		if e != nil {
			return nil, e
		}
		return x.node("Expression", map[string]rt.Object{"body": body})
	case "exec", "single":
		tree, err := pyast.ParseModuleW(src, filename, parseWarner(t, filename))
		if err != nil {
			return nil, syntaxError(t, err)
		}
		body, e := x.conv(reflect.ValueOf(tree.Body), "")
		if e != nil {
			return nil, e
		}
		if mode == "single" {
			return x.node("Interactive", map[string]rt.Object{"body": body})
		}
		return x.node("Module", map[string]rt.Object{"body": body, "type_ignores": rt.NewList()})
	}
	tree, err := pyast.ParseFuncType(src, filename)
	if err != nil {
		return nil, syntaxError(t, err)
	}
	args, e := x.conv(reflect.ValueOf(tree.ArgTypes), "")
	if e != nil {
		return nil, e
	}
	returns, e := x.conv(reflect.ValueOf(tree.Returns), "")
	if e != nil {
		return nil, e
	}
	return x.node("FunctionType", map[string]rt.Object{"argtypes": args, "returns": returns})
}

func (x *astExporter) class(name string) (rt.Object, *rt.BaseException) {
	c := x.mod.GetStr(name)
	if c == nil {
		return nil, rt.Errorf(rt.SystemErrorType, "_ast has no class %s", name)
	}
	return c, nil
}

// single returns the shared instance of a field-less class (Load, Add...).
func (x *astExporter) single(name string) (rt.Object, *rt.BaseException) {
	if o := x.singles[name]; o != nil {
		return o, nil
	}
	c, e := x.class(name)
	if e != nil {
		return nil, e
	}
	// Shared by every parse, as in CPython (keyed by class, in case _ast
	// is imported afresh).
	if o, ok := astSingletons.Load(c); ok {
		x.singles[name] = o.(rt.Object)
		return o.(rt.Object), nil
	}
	o, e := rt.Call0(x.t, c)
	if e != nil {
		return nil, e
	}
	actual, _ := astSingletons.LoadOrStore(c, o)
	x.singles[name] = actual.(rt.Object)
	return actual.(rt.Object), nil
}

// node makes an instance of class name with its _fields from vals (None
// where absent).
func (x *astExporter) node(name string, vals map[string]rt.Object) (rt.Object, *rt.BaseException) {
	c, e := x.class(name)
	if e != nil {
		return nil, e
	}
	o, e := rt.Call0(x.t, c)
	if e != nil {
		return nil, e
	}
	fields, e := x.fields(c)
	if e != nil {
		return nil, e
	}
	for _, f := range fields {
		v := vals[f]
		if v == nil {
			v = rt.None
		}
		if e := rt.SetAttr(x.t, o, rt.NewStr(f), v); e != nil {
			return nil, e
		}
	}
	return o, nil
}

func (x *astExporter) fields(c rt.Object) ([]string, *rt.BaseException) {
	fo, e := rt.GetAttr(x.t, c, rt.NewStr("_fields"))
	if e != nil {
		return nil, e
	}
	items, e := rt.ToSlice(x.t, fo)
	if e != nil {
		return nil, e
	}
	out := make([]string, len(items))
	for i, it := range items {
		s, ok := it.(*rt.Str)
		if !ok {
			return nil, rt.NewError(rt.TypeErrorType, "_fields must hold strings")
		}
		out[i] = s.Value()
	}
	return out, nil
}

// byteCol converts a code-point column on a 1-based line to UTF-8 bytes.
func (x *astExporter) byteCol(line, col int) int {
	if line < 1 || line > len(x.lines) {
		return col
	}
	s := x.lines[line-1]
	n := 0
	for i := range s {
		if n == col {
			return i
		}
		n++
	}
	if n == col {
		return len(s)
	}
	return len(s) + (col - n)
}

func (x *astExporter) className(v reflect.Value) string {
	n := v.Type().Name()
	switch n {
	case "ExprStmt":
		return "Expr"
	case "Arguments":
		return "arguments"
	case "Arg":
		return "arg"
	case "Keyword":
		return "keyword"
	case "Alias":
		return "alias"
	case "Comprehension":
		return "comprehension"
	case "WithItem":
		return "withitem"
	case "MatchCase":
		return "match_case"
	case "FunctionDef", "For", "With":
		if v.FieldByName("IsAsync").Bool() {
			return "Async" + n
		}
	case "Try":
		if v.FieldByName("Star").Bool() {
			return "TryStar"
		}
	}
	return n
}

// conv converts one pyast value: a node pointer, a slice, or a scalar.
// field is the Python field name (it decides how strings and ints read).
func (x *astExporter) conv(v reflect.Value, field string) (rt.Object, *rt.BaseException) {
	switch v.Kind() {
	case reflect.Interface, reflect.Pointer:
		if v.IsNil() {
			return rt.None, nil
		}
		if v.Kind() == reflect.Interface {
			return x.conv(v.Elem(), field)
		}
		if bi, ok := v.Interface().(*big.Int); ok {
			return rt.NewBigInt(new(big.Int).Set(bi)), nil
		}
		return x.convNode(v.Elem())
	case reflect.Slice:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			return rt.NewBytes(append([]byte(nil), v.Bytes()...)), nil
		}
		items := make([]rt.Object, v.Len())
		for i := range items {
			var e *rt.BaseException
			if field == "ops" {
				items[i], e = x.single(cmpOpClass[v.Index(i).String()])
			} else {
				items[i], e = x.conv(v.Index(i), field)
			}
			if e != nil {
				return nil, e
			}
		}
		return rt.NewList(items...), nil
	case reflect.String:
		s := v.String()
		if s == "" {
			switch field {
			case "name", "asname", "arg", "rest", "module", "kind":
				return rt.None, nil
			}
		}
		return rt.NewStr(s), nil
	case reflect.Bool:
		if field == "simple" || field == "is_async" {
			if v.Bool() {
				return rt.MakeInt(1), nil
			}
			return rt.MakeInt(0), nil
		}
		return rt.NewBool(v.Bool()), nil
	case reflect.Int32: // FormattedValue.conversion
		if v.Int() == 0 {
			return rt.MakeInt(-1), nil
		}
		return rt.MakeInt(v.Int()), nil
	case reflect.Int, reflect.Int64:
		return rt.MakeInt(v.Int()), nil
	case reflect.Float64:
		return rt.Float(v.Float()), nil
	case reflect.Complex128:
		return rt.Complex(v.Complex()), nil
	case reflect.Struct:
		if _, ok := v.Interface().(pyast.EllipsisValue); ok {
			return rt.Ellipsis, nil
		}
		return x.convNode(v)
	}
	return nil, rt.Errorf(rt.SystemErrorType, "cannot convert %s to an AST value", v.Type())
}

// goFieldName maps a Python field name to pyast's Go field name key.
func goFieldKey(s string) string { return strings.ToLower(strings.ReplaceAll(s, "_", "")) }

// convNode converts a pyast node struct (not a pointer).
func (x *astExporter) convNode(v reflect.Value) (rt.Object, *rt.BaseException) {
	name := x.className(v)
	c, e := x.class(name)
	if e != nil {
		return nil, e
	}
	fields, e := x.fields(c)
	if e != nil {
		return nil, e
	}
	typ := v.Type()
	byKey := map[string]int{}
	for i := 0; i < typ.NumField(); i++ {
		byKey[strings.ToLower(typ.Field(i).Name)] = i
	}
	var p pyast.Pos
	pf := v.FieldByName("Pos")
	hasPos := pf.IsValid()
	if hasPos {
		p = x.abs(pf.Interface().(pyast.Pos))
		if l, c, ok := blockEnd(v); ok {
			p.EndLine, p.EndCol = l, c
		}
		if v.CanAddr() {
			if q, ok := x.override[v.Addr().Interface()]; ok {
				p = q
			}
		}
		// CPython's keyword and starred span their value (and its parentheses).
		if kw, ok := v.Interface().(pyast.Keyword); ok && kw.Value != nil {
			p.EndLine, p.EndCol = x.parenEnd(p, x.abs(kw.Value.Position()))
		}
		if st, ok := v.Interface().(pyast.Starred); ok && st.Value != nil {
			p.EndLine, p.EndCol = x.parenEnd(p, x.abs(st.Value.Position()))
		}
	}
	if call, ok := v.Interface().(pyast.Call); ok {
		x.genexpArg(&call)
	}
	if js, ok := v.Interface().(pyast.JoinedStr); ok && v.CanAddr() && !x.specs[v.Addr().Interface().(*pyast.JoinedStr)] {
		x.mapBraces(&js, p)
	}
	o, e := rt.Call0(x.t, c)
	if e != nil {
		return nil, e
	}
	for _, f := range fields {
		var val rt.Object = rt.None
		switch {
		case f == "ctx":
			val, e = x.single([...]string{"Load", "Store", "Del"}[v.FieldByName("Ctx").Int()])
		case f == "op":
			op := v.FieldByName("Op").String()
			switch name {
			case "BoolOp":
				val, e = x.single(boolOpClass[op])
			case "UnaryOp":
				val, e = x.single(unaryOpClass[op])
			default:
				val, e = x.single(binOpClass[op])
			}
		case f == "type_ignores":
			val = rt.NewList()
		case f == "type_comment":
		case f == "kind" && name == "Constant":
			// pyast leaves Kind empty; CPython says 'u' for a u-prefixed string.
			if _, isStr := v.FieldByName("Value").Interface().(string); isStr && x.prefixU(p) {
				val = rt.NewStr("u")
			}
		default:
			i, ok := byKey[goFieldKey(f)]
			if !ok {
				return nil, rt.Errorf(rt.SystemErrorType, "no field %s in %s", f, typ.Name())
			}
			if f == "value" && name == "FormattedValue" && v.CanAddr() {
				if b, ok := x.braces[v.Addr().Interface().(*pyast.FormattedValue)]; ok {
					saved := x.shift
					x.shift = &b
					val, e = x.conv(v.Field(i), f)
					x.shift = saved
					break
				}
			}
			val, e = x.conv(v.Field(i), f)
		}
		if e != nil {
			return nil, e
		}
		if e := rt.SetAttr(x.t, o, rt.NewStr(f), val); e != nil {
			return nil, e
		}
	}
	if hasPos {
		attrs := [4]struct {
			n string
			v int
		}{{"lineno", p.Line}, {"col_offset", x.byteCol(p.Line, p.Col)},
			{"end_lineno", p.EndLine}, {"end_col_offset", x.byteCol(p.EndLine, p.EndCol)}}
		for _, a := range attrs {
			if e := rt.SetAttr(x.t, o, rt.NewStr(a.n), rt.MakeInt(int64(a.v))); e != nil {
				return nil, e
			}
		}
	}
	return o, nil
}

// isASTObject reports whether o is an instance of _ast.AST.
func isASTObject(t *rt.Thread, o rt.Object) bool {
	m, ok := rt.SysModules.GetStr("_ast").(*rt.Module)
	if !ok {
		return false
	}
	base := m.Dict().GetStr("AST")
	if base == nil {
		return false
	}
	r, e := rt.IsInstance(t, o, base)
	return e == nil && r
}

// compileASTObject compiles an AST object (compile(tree, ...)): the tree
// is read back into pyast nodes and compiled as parsed source would be.
func compileASTObject(t *rt.Thread, src, filename, mode rt.Object) (ret rt.Object, exc *rt.BaseException) {
	fname, e := compileFilename(filename)
	if e != nil {
		return nil, e
	}
	m, ok := mode.(*rt.Str)
	if !ok || (m.Value() != "exec" && m.Value() != "eval" && m.Value() != "single") {
		return nil, rt.NewError(rt.ValueErrorType, "compile() mode must be 'exec', 'eval' or 'single'")
	}
	want := map[string]string{"exec": "Module", "eval": "Expression", "single": "Interactive"}[m.Value()]
	if got := rt.TypeOf(src).Name(); got != want {
		return nil, rt.Errorf(rt.TypeErrorType, "expected %s node, got %s", want, got)
	}
	defer func() {
		if r := recover(); r != nil {
			ret, exc = nil, rt.Errorf(rt.SystemErrorType, "compile() of this AST object failed in Grumpy: %v", r)
		}
	}()
	im := &astImporter{t: t}
	body, e := im.field(src, "body")
	if e != nil {
		return nil, e
	}
	var tree any
	if want == "Expression" {
		v, e := im.value(body, reflect.TypeOf((*pyast.Expr)(nil)).Elem(), "body", "Expression")
		if e != nil {
			return nil, e
		}
		tree = &pyast.Expression{Body: v.Interface().(pyast.Expr)}
	} else {
		v, e := im.value(body, reflect.TypeOf([]pyast.Stmt(nil)), "body", want)
		if e != nil {
			return nil, e
		}
		if want == "Module" {
			if _, e := im.field(src, "type_ignores"); e != nil {
				return nil, e
			}
		}
		tree = &pyast.Module{Body: v.Interface().([]pyast.Stmt)}
	}
	var verr *pyast.ValidationError
	if ex, ok := tree.(*pyast.Expression); ok {
		verr = pyast.Validate(nil, ex.Body)
	} else {
		verr = pyast.Validate(tree.(*pyast.Module).Body, nil)
	}
	if verr != nil {
		typ := rt.ValueErrorType
		if verr.Kind == "TypeError" {
			typ = rt.TypeErrorType
		}
		return nil, rt.NewError(typ, verr.Msg)
	}
	prog, e := compileTree(t, tree, fname, m.Value())
	if e != nil {
		return nil, e
	}
	return &rt.Code{Name: "<module>", Qualname: "<module>", Filename: fname, FirstLine: 1, Program: prog}, nil
}

// astImporter reads `_ast` instances back into pyast nodes.
type astImporter struct {
	t *rt.Thread
}

var astNodeTypes = map[string]reflect.Type{}

func init() {
	for _, n := range []any{
		pyast.BoolOp{}, pyast.NamedExpr{}, pyast.BinOp{}, pyast.UnaryOp{}, pyast.Lambda{}, pyast.IfExp{},
		pyast.Dict{}, pyast.Set{}, pyast.ListComp{}, pyast.SetComp{}, pyast.DictComp{}, pyast.GeneratorExp{},
		pyast.Await{}, pyast.Yield{}, pyast.YieldFrom{}, pyast.Compare{}, pyast.Call{}, pyast.FormattedValue{},
		pyast.JoinedStr{}, pyast.Constant{}, pyast.Attribute{}, pyast.Subscript{}, pyast.Starred{}, pyast.Name{},
		pyast.List{}, pyast.Tuple{}, pyast.Slice{}, pyast.FunctionDef{}, pyast.ClassDef{}, pyast.Return{},
		pyast.Delete{}, pyast.Assign{}, pyast.AugAssign{}, pyast.AnnAssign{}, pyast.For{}, pyast.While{},
		pyast.If{}, pyast.With{}, pyast.Match{}, pyast.Raise{}, pyast.Try{}, pyast.Assert{}, pyast.Import{},
		pyast.ImportFrom{}, pyast.Global{}, pyast.Nonlocal{}, pyast.ExprStmt{}, pyast.Pass{}, pyast.Break{},
		pyast.Continue{}, pyast.MatchValue{}, pyast.MatchSingleton{}, pyast.MatchSequence{}, pyast.MatchMapping{},
		pyast.MatchClass{}, pyast.MatchStar{}, pyast.MatchAs{}, pyast.MatchOr{}, pyast.Arguments{}, pyast.Arg{},
		pyast.Keyword{}, pyast.Alias{}, pyast.Comprehension{}, pyast.WithItem{}, pyast.MatchCase{},
		pyast.ExceptHandler{},
	} {
		rv := reflect.ValueOf(n)
		astNodeTypes[(&astExporter{}).className(rv)] = rv.Type()
	}
	astNodeTypes["AsyncFunctionDef"] = reflect.TypeOf(pyast.FunctionDef{})
	astNodeTypes["AsyncFor"] = reflect.TypeOf(pyast.For{})
	astNodeTypes["AsyncWith"] = reflect.TypeOf(pyast.With{})
	astNodeTypes["TryStar"] = reflect.TypeOf(pyast.Try{})
}

func invert(m map[string]string) map[string]string {
	r := map[string]string{}
	for k, v := range m {
		r[v] = k
	}
	return r
}

var (
	binOpSym   = invert(binOpClass)
	unaryOpSym = invert(unaryOpClass)
	cmpOpSym   = invert(cmpOpClass)
	boolOpSym  = invert(boolOpClass)
)

// field reads a required field; a missing one is CPython's TypeError.
func (im *astImporter) field(o rt.Object, name string) (rt.Object, *rt.BaseException) {
	v, e := rt.GetAttr(im.t, o, rt.NewStr(name))
	if e != nil {
		if e.IsInstanceOf(rt.AttributeErrorType) {
			return nil, rt.Errorf(rt.TypeErrorType, "required field \"%s\" missing from %s", name, rt.TypeOf(o).Name())
		}
		return nil, e
	}
	return v, nil
}

// optField reads an optional field (None when absent).
func (im *astImporter) optField(o rt.Object, name string) (rt.Object, *rt.BaseException) {
	v, e := rt.GetAttr(im.t, o, rt.NewStr(name))
	if e != nil {
		if e.IsInstanceOf(rt.AttributeErrorType) {
			return rt.None, nil
		}
		return nil, e
	}
	return v, nil
}

func (im *astImporter) posInt(o rt.Object, name, owner string) (int, *rt.BaseException) {
	v, e := rt.GetAttr(im.t, o, rt.NewStr(name))
	if e != nil || v == rt.None {
		if e == nil || e.IsInstanceOf(rt.AttributeErrorType) {
			if name == "end_lineno" || name == "end_col_offset" {
				return 0, nil
			}
			return 0, rt.Errorf(rt.TypeErrorType, "required field \"%s\" missing from %s", name, owner)
		}
		return 0, e
	}
	n, e := rt.IndexInt(im.t, v, "")
	return n, e
}

var (
	astExprIface    = reflect.TypeOf((*pyast.Expr)(nil)).Elem()
	astStmtIface    = reflect.TypeOf((*pyast.Stmt)(nil)).Elem()
	astPatternIface = reflect.TypeOf((*pyast.Pattern)(nil)).Elem()
)

// node converts one AST instance to a pointer to its pyast struct.
func (im *astImporter) node(o rt.Object, want reflect.Type) (reflect.Value, *rt.BaseException) {
	// CPython reads the position attributes of the expected kind of node
	// first, then checks the node's class.
	cat := strings.ToLower(want.Name())
	if want.Kind() == reflect.Pointer {
		cat = strings.ToLower(want.Elem().Name())
		if cat == "name" {
			cat = "expr"
		}
		if cat == "matchcase" {
			cat = "match_case"
		}
	}
	var p pyast.Pos
	hasPos := false
	switch cat {
	case "expr", "stmt", "pattern", "excepthandler", "arg", "keyword", "alias":
		hasPos = true
		var e *rt.BaseException
		if p.Line, e = im.posInt(o, "lineno", cat); e != nil {
			return reflect.Value{}, e
		}
		if p.Col, e = im.posInt(o, "col_offset", cat); e != nil {
			return reflect.Value{}, e
		}
		if p.EndLine, e = im.posInt(o, "end_lineno", cat); e != nil {
			return reflect.Value{}, e
		}
		if p.EndCol, e = im.posInt(o, "end_col_offset", cat); e != nil {
			return reflect.Value{}, e
		}
		if p.EndLine == 0 {
			p.EndLine, p.EndCol = p.Line, p.Col
		}
	}
	name := rt.TypeOf(o).Name()
	typ, ok := astNodeTypes[name]
	fits := ok && isASTObject(im.t, o)
	if fits {
		if want.Kind() == reflect.Pointer {
			fits = reflect.PointerTo(typ) == want
		} else {
			fits = reflect.PointerTo(typ).Implements(want)
		}
	}
	if !fits {
		return reflect.Value{}, rt.Errorf(rt.TypeErrorType, "expected some sort of %s, but got %s", cat, reprName(im.t, o))
	}
	pv := reflect.New(typ)
	v := pv.Elem()
	switch name {
	case "AsyncFunctionDef", "AsyncFor", "AsyncWith":
		v.FieldByName("IsAsync").SetBool(true)
	case "TryStar":
		v.FieldByName("Star").SetBool(true)
	}
	owner := name
	if pf := v.FieldByName("Pos"); pf.IsValid() && hasPos {
		pf.Set(reflect.ValueOf(p))
	}
	byKey := map[string]int{}
	for i := 0; i < typ.NumField(); i++ {
		byKey[strings.ToLower(typ.Field(i).Name)] = i
	}
	fo, e := rt.GetAttr(im.t, rt.TypeOf(o), rt.NewStr("_fields"))
	if e != nil {
		return reflect.Value{}, e
	}
	fields, e := rt.ToSlice(im.t, fo)
	if e != nil {
		return reflect.Value{}, e
	}
	for _, fobj := range fields {
		f := fobj.(*rt.Str).Value()
		if f == "type_comment" {
			continue
		}
		if f == "type_ignores" {
			if _, e := im.field(o, f); e != nil {
				return reflect.Value{}, e
			}
			continue
		}
		var val rt.Object
		if astNoneField(name, f) {
			val, e = im.optField(o, f)
		} else {
			val, e = im.field(o, f)
		}
		if e != nil {
			return reflect.Value{}, e
		}
		var sym string
		switch {
		case f == "ctx":
			ctx := map[string]pyast.ExprContext{"Load": pyast.Load, "Store": pyast.Store, "Del": pyast.Del}
			c, ok := ctx[rt.TypeOf(val).Name()]
			if !ok {
				return reflect.Value{}, rt.Errorf(rt.TypeErrorType, "expected some sort of expr_context, but got %s", reprName(im.t, val))
			}
			v.FieldByName("Ctx").SetInt(int64(c))
			continue
		case f == "op":
			tn := rt.TypeOf(val).Name()
			var ok bool
			switch name {
			case "BoolOp":
				sym, ok = boolOpSym[tn]
			case "UnaryOp":
				sym, ok = unaryOpSym[tn]
			default:
				sym, ok = binOpSym[tn]
			}
			if !ok {
				return reflect.Value{}, rt.Errorf(rt.TypeErrorType, "expected some sort of operator, but got %s", reprName(im.t, val))
			}
			v.FieldByName("Op").SetString(sym)
			continue
		case f == "ops":
			items, e := rt.ToSlice(im.t, val)
			if e != nil {
				return reflect.Value{}, e
			}
			ops := make([]string, len(items))
			for i, it := range items {
				s, ok := cmpOpSym[rt.TypeOf(it).Name()]
				if !ok {
					return reflect.Value{}, rt.Errorf(rt.TypeErrorType, "expected some sort of cmpop, but got %s", reprName(im.t, it))
				}
				ops[i] = s
			}
			v.FieldByName("Ops").Set(reflect.ValueOf(ops))
			continue
		}
		i, ok := byKey[goFieldKey(f)]
		if !ok {
			return reflect.Value{}, rt.Errorf(rt.SystemErrorType, "no field %s in %s", f, owner)
		}
		gv, e := im.value(val, typ.Field(i).Type, f, owner)
		if e != nil {
			return reflect.Value{}, e
		}
		v.Field(i).Set(gv)
	}
	return pv, nil
}

func astNoneField(cls, f string) bool {
	for _, n := range rt.AstNoneDefaults(cls) {
		if n == f {
			return true
		}
	}
	return false
}

func reprName(t *rt.Thread, o rt.Object) string {
	r, e := rt.Repr(t, o)
	if e != nil {
		return rt.TypeOf(o).Name()
	}
	return r.Value()
}

// value converts a field's Python value to a Go value of type want.
func (im *astImporter) value(o rt.Object, want reflect.Type, field, owner string) (reflect.Value, *rt.BaseException) {
	switch want.Kind() {
	case reflect.Slice:
		if want.Elem().Kind() == reflect.Uint8 {
			b, ok := o.(*rt.Bytes)
			if !ok {
				return reflect.Value{}, rt.Errorf(rt.TypeErrorType, "%s field \"%s\" must be bytes", owner, field)
			}
			return reflect.ValueOf(append([]byte(nil), b.Value()...)), nil
		}
		if _, ok := o.(*rt.List); !ok {
			return reflect.Value{}, rt.Errorf(rt.TypeErrorType, "%s field \"%s\" must be a list, not a %s", owner, field, rt.TypeOf(o).Name())
		}
		items, e := rt.ToSlice(im.t, o)
		if e != nil {
			return reflect.Value{}, e
		}
		out := reflect.MakeSlice(want, len(items), len(items))
		for i, it := range items {
			if it == rt.None && want.Elem().Kind() == reflect.Interface && (field == "keys" || field == "kw_defaults") {
				continue
			}
			ev, e := im.value(it, want.Elem(), field, owner)
			if e != nil {
				return reflect.Value{}, e
			}
			out.Index(i).Set(ev)
		}
		return out, nil
	case reflect.Interface:
		if o == rt.None && want == reflect.TypeOf((*any)(nil)).Elem() {
			return reflect.Zero(want), nil
		}
		if want.NumMethod() == 0 { // Constant.value, MatchSingleton.value
			return im.constant(o)
		}
		if o == rt.None {
			if astNoneField(owner, field) || field == "guard" || field == "value" && owner == "Yield" {
				return reflect.Zero(want), nil
			}
			return reflect.Value{}, rt.Errorf(rt.ValueErrorType, "field '%s' is required for %s", field, owner)
		}
		n, e := im.node(o, want)
		if e != nil {
			return reflect.Value{}, e
		}
		r := reflect.New(want).Elem()
		r.Set(n)
		return r, nil
	case reflect.Pointer:
		if o == rt.None {
			return reflect.Zero(want), nil
		}
		return im.node(o, want)
	case reflect.String:
		if o == rt.None {
			return reflect.ValueOf(""), nil
		}
		s, ok := o.(*rt.Str)
		if !ok {
			if field == "kind" {
				return reflect.Value{}, rt.NewError(rt.TypeErrorType, "AST string must be of type str")
			}
			return reflect.Value{}, rt.NewError(rt.TypeErrorType, "AST identifier must be of type str")
		}
		return reflect.ValueOf(s.Value()), nil
	case reflect.Bool, reflect.Int, reflect.Int32:
		n := 0
		if o != rt.None {
			var e *rt.BaseException
			if n, e = rt.IndexInt(im.t, o, ""); e != nil {
				return reflect.Value{}, e
			}
		}
		switch want.Kind() {
		case reflect.Bool:
			return reflect.ValueOf(n != 0), nil
		case reflect.Int32:
			if n < 0 {
				n = 0
			}
			return reflect.ValueOf(rune(n)), nil
		}
		return reflect.ValueOf(n), nil
	}
	return reflect.Value{}, rt.Errorf(rt.SystemErrorType, "cannot read field %s of %s", field, owner)
}

func (im *astImporter) constant(o rt.Object) (reflect.Value, *rt.BaseException) {
	var v any
	switch c := o.(type) {
	case rt.Bool:
		v = bool(c)
	case rt.Int:
		v = int64(c)
	case *rt.BigInt:
		v = c.Big()
	case rt.Float:
		v = float64(c)
	case rt.Complex:
		v = complex128(c)
	case *rt.Str:
		v = c.Value()
	case *rt.Bytes:
		v = append([]byte(nil), c.Value()...)
	default:
		switch o {
		case rt.None:
			return reflect.Zero(reflect.TypeOf((*any)(nil)).Elem()), nil
		case rt.Ellipsis:
			v = pyast.EllipsisValue{}
		default:
			return reflect.Value{}, rt.Errorf(rt.TypeErrorType, "got an invalid type in Constant: %s", rt.TypeOf(o).Name())
		}
	}
	r := reflect.New(reflect.TypeOf((*any)(nil)).Elem()).Elem()
	r.Set(reflect.ValueOf(v))
	return r, nil
}

// prefixU reports whether the source at p starts with a u string prefix.
func (x *astExporter) prefixU(p pyast.Pos) bool {
	if p.Line < 1 || p.Line > len(x.lines) {
		return false
	}
	rs := []rune(x.lines[p.Line-1])
	return p.Col+1 < len(rs) && (rs[p.Col] == 'u' || rs[p.Col] == 'U') && (rs[p.Col+1] == '\'' || rs[p.Col+1] == '"')
}

// blockEnd is the end of a compound statement (or except handler): that of
// the last statement of its last block, as CPython records it.
func blockEnd(v reflect.Value) (int, int, bool) {
	for _, name := range []string{"FinalBody", "OrElse", "Handlers", "Cases", "Body"} {
		f := v.FieldByName(name)
		if !f.IsValid() || f.Kind() != reflect.Slice || f.Len() == 0 {
			continue
		}
		last := f.Index(f.Len() - 1)
		for last.Kind() == reflect.Interface || last.Kind() == reflect.Pointer {
			last = last.Elem()
		}
		if l, c, ok := blockEnd(last); ok {
			return l, c, true
		}
		if pf := last.FieldByName("Pos"); pf.IsValid() {
			p := pf.Interface().(pyast.Pos)
			return p.EndLine, p.EndCol, true
		}
		return 0, 0, false
	}
	return 0, 0, false
}

// genexpArg gives a call's sole unparenthesized generator argument, as in
// f(x for x in y), CPython's position: from the call's '(' to its ')'.
func (x *astExporter) genexpArg(call *pyast.Call) {
	if len(call.Args) != 1 || len(call.Keywords) != 0 || call.Func == nil {
		return
	}
	g, ok := call.Args[0].(*pyast.GeneratorExp)
	if !ok || g.Elt == nil {
		return
	}
	ep := g.Elt.Position()
	if g.Line != ep.Line || g.Col != ep.Col {
		return // parenthesized by itself
	}
	fp := x.abs(call.Func.Position())
	cp := x.abs(call.Pos)
	line, col := fp.EndLine, fp.EndCol
	for line >= 1 && line <= len(x.lines) {
		rs := []rune(x.lines[line-1])
		for col < len(rs) && rs[col] != '(' {
			col++
		}
		if col < len(rs) {
			x.override[g] = pyast.Pos{Line: line, Col: col, EndLine: cp.EndLine, EndCol: cp.EndCol}
			return
		}
		line, col = line+1, 0
	}
}

// parenEnd is the end of inner plus as many ')' as there are '(' between
// start and inner's start (the parentheses around a keyword's value).
func (x *astExporter) parenEnd(start, inner pyast.Pos) (int, int) {
	at := func(l, c int) rune {
		if l < 1 || l > len(x.lines) {
			return 0
		}
		rs := []rune(x.lines[l-1])
		if c < 0 || c >= len(rs) {
			return '\n'
		}
		return rs[c]
	}
	n := 0
	for l, c := start.Line, start.Col; l < inner.Line || (l == inner.Line && c < inner.Col); {
		r := at(l, c)
		if r == 0 {
			break
		}
		if r == '(' {
			n++
		}
		if r == '\n' {
			l, c = l+1, 0
		} else {
			c++
		}
	}
	l, c := inner.EndLine, inner.EndCol
	for n > 0 {
		r := at(l, c)
		switch r {
		case 0:
			return inner.EndLine, inner.EndCol
		case ')':
			n--
			c++
		case '\n':
			l, c = l+1, 0
		case ' ', '\t', '\f', '\\', '\r':
			c++
		default:
			return inner.EndLine, inner.EndCol
		}
	}
	return l, c
}

// abs maps a position inside an f-string expression to the source.
func (x *astExporter) abs(p pyast.Pos) pyast.Pos {
	if x.shift == nil {
		return p
	}
	b := *x.shift
	one := func(l, c int) (int, int) {
		if l <= 1 {
			return b.Line, b.Col + c
		}
		return b.Line + l - 1, c
	}
	p.Line, p.Col = one(p.Line, p.Col)
	p.EndLine, p.EndCol = one(p.EndLine, p.EndCol)
	return p
}

type srcRune struct {
	r         rune
	line, col int
}

// mapBraces finds, in the source of the f-string js (spanning p), the '{'
// of each replacement field in order (format-spec fields after their
// owner's), and records them for js's FormattedValues taken in the same
// order. Nothing is recorded when the counts disagree.
func (x *astExporter) mapBraces(js *pyast.JoinedStr, p pyast.Pos) {
	var src []srcRune
	for l := p.Line; l <= p.EndLine && l >= 1 && l <= len(x.lines); l++ {
		rs := []rune(x.lines[l-1])
		from, to := 0, len(rs)
		if l == p.Line {
			from = p.Col
		}
		if l == p.EndLine && p.EndCol < to {
			to = p.EndCol
		}
		for c := from; c < to; c++ {
			src = append(src, srcRune{rs[c], l, c})
		}
		if l != p.EndLine {
			src = append(src, srcRune{'\n', l, len(rs)})
		}
	}
	var found []srcRune
	i := 0
	at := func(k int) rune {
		if k < len(src) {
			return src[k].r
		}
		return 0
	}
	// skipQuoted skips a string literal whose quote starts at i.
	skipQuoted := func(bool) {
		q := at(i)
		triple := at(i+1) == q && at(i+2) == q
		if triple {
			i += 3
		} else {
			i++
		}
		for i < len(src) {
			switch {
			case at(i) == '\\':
				i += 2
			case at(i) == q && (!triple || (at(i+1) == q && at(i+2) == q)):
				if triple {
					i += 3
				} else {
					i++
				}
				return
			default:
				i++
			}
		}
	}
	var field func()
	var literal func(raw, inSpec bool, q rune, triple bool)
	// field scans from just after a '{' to just after its '}'.
	field = func() {
		depth := 0
		for i < len(src) {
			r := at(i)
			switch {
			case r == '\'' || r == '"':
				skipQuoted(false)
				continue
			case r == '(' || r == '[' || r == '{':
				depth++
			case r == ')' || r == ']' || (r == '}' && depth > 0):
				depth--
			case r == '}':
				i++
				return
			case r == ':' && depth == 0:
				i++
				literal(false, true, 0, false)
				return
			}
			i++
		}
	}
	// literal scans f-string text up to its closing quote (or, in a
	// format spec, to just after the field's '}').
	literal = func(raw, inSpec bool, q rune, triple bool) {
		for i < len(src) {
			r := at(i)
			switch {
			case !inSpec && r == q && (!triple || (at(i+1) == q && at(i+2) == q)):
				if triple {
					i += 3
				} else {
					i++
				}
				return
			case r == '\\' && (at(i+1) == '{' || at(i+1) == '}'):
				i++
			case r == '\\':
				if !raw && at(i+1) == 'N' && at(i+2) == '{' {
					for i < len(src) && at(i) != '}' {
						i++
					}
				}
				i += 2
			case r == '{' && at(i+1) == '{' && !inSpec:
				i += 2
			case r == '}' && at(i+1) == '}' && !inSpec:
				i += 2
			case r == '{':
				found = append(found, src[i])
				i++
				field()
			case r == '}' && inSpec:
				i++
				return
			default:
				i++
			}
		}
	}
	for i < len(src) {
		r := at(i)
		switch {
		case r == '#':
			for i < len(src) && at(i) != '\n' {
				i++
			}
		case r == '\'' || r == '"':
			skipQuoted(false)
		case (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z'):
			prefix := ""
			for (at(i) >= 'a' && at(i) <= 'z') || (at(i) >= 'A' && at(i) <= 'Z') {
				prefix += string(at(i))
				i++
			}
			lp := strings.ToLower(prefix)
			if at(i) != '\'' && at(i) != '"' {
				return
			}
			if !strings.Contains(lp, "f") {
				skipQuoted(strings.Contains(lp, "r"))
				continue
			}
			q := at(i)
			triple := at(i+1) == q && at(i+2) == q
			if triple {
				i += 3
			} else {
				i++
			}
			literal(strings.Contains(lp, "r"), false, q, triple)
		default:
			i++
		}
	}
	var fvs []*pyast.FormattedValue
	var walk func(j *pyast.JoinedStr)
	walk = func(j *pyast.JoinedStr) {
		for _, v := range j.Values {
			// CPython places the parts of an f-string (top level and
			// format specs alike) at the whole string's position.
			x.override[any(v)] = p
			if fv, ok := v.(*pyast.FormattedValue); ok {
				fvs = append(fvs, fv)
				if spec, ok := fv.FormatSpec.(*pyast.JoinedStr); ok {
					x.specs[spec] = true
					walk(spec)
				}
			}
		}
	}
	walk(js)
	if len(fvs) != len(found) {
		return
	}
	for k, fv := range fvs {
		x.braces[fv] = pyast.Pos{Line: found[k].line, Col: found[k].col}
	}
}
