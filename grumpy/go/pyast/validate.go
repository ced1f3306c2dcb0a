package pyast

// validate.go: CPython's PyAST_Validate, run by compile() on a tree built
// from ast objects (a parsed tree is valid by construction). It finds the
// first structural error: a wrong expression context, an empty body, a
// Compare without comparators, ...

// ValidationError is a tree compile() refuses: Kind is "ValueError" or
// "TypeError", Msg CPython's message.
type ValidationError struct {
	Kind, Msg string
}

type validator struct{}

type validateFail struct{ err *ValidationError }

func vfail(msg string) { panic(validateFail{&ValidationError{"ValueError", msg}}) }

// Validate checks a module body (exec/single) or an expression (eval).
func Validate(body []Stmt, expr Expr) (err *ValidationError) {
	defer func() {
		if r := recover(); r != nil {
			if f, ok := r.(validateFail); ok {
				err = f.err
				return
			}
			panic(r)
		}
	}()
	v := validator{}
	if expr != nil {
		v.expr(expr, Load)
	} else {
		v.stmts(body)
	}
	return nil
}

var ctxNames = [...]string{"Load", "Store", "Del"}

func (v validator) body(ss []Stmt, owner string) {
	if len(ss) == 0 {
		vfail("empty body on " + owner)
	}
	v.stmts(ss)
}

func (v validator) stmts(ss []Stmt) {
	for _, s := range ss {
		if s == nil {
			vfail("None disallowed in statement list")
		}
		v.stmt(s)
	}
}

func (v validator) exprs(es []Expr, ctx ExprContext, nullOK bool) {
	for _, e := range es {
		if e == nil {
			if !nullOK {
				vfail("None disallowed in expression list")
			}
			continue
		}
		v.expr(e, ctx)
	}
}

func (v validator) optExpr(e Expr) {
	if e != nil {
		v.expr(e, Load)
	}
}

func (v validator) args(a *Arguments) {
	if a == nil {
		return
	}
	for _, x := range allArgs(a) {
		if x.Annotation != nil {
			v.expr(x.Annotation, Load)
		}
	}
	if len(a.Defaults) > len(a.PosOnlyArgs)+len(a.Args) {
		vfail("more positional defaults than args on arguments")
	}
	if len(a.KwDefaults) != len(a.KwOnlyArgs) {
		vfail("length of kwonlyargs is not the same as kw_defaults on arguments")
	}
	v.exprs(a.Defaults, Load, false)
	v.exprs(a.KwDefaults, Load, true)
}

func (v validator) stmt(s Stmt) {
	switch x := s.(type) {
	case *FunctionDef:
		owner := "FunctionDef"
		if x.IsAsync {
			owner = "AsyncFunctionDef"
		}
		v.body(x.Body, owner)
		v.args(x.Args)
		v.exprs(x.DecoratorList, Load, false)
		v.optExpr(x.Returns)
	case *ClassDef:
		v.body(x.Body, "ClassDef")
		v.exprs(x.Bases, Load, false)
		for _, k := range x.Keywords {
			v.expr(k.Value, Load)
		}
		v.exprs(x.DecoratorList, Load, false)
	case *Return:
		v.optExpr(x.Value)
	case *Delete:
		if len(x.Targets) == 0 {
			vfail("empty targets on Delete")
		}
		v.exprs(x.Targets, Del, false)
	case *Assign:
		if len(x.Targets) == 0 {
			vfail("empty targets on Assign")
		}
		v.exprs(x.Targets, Store, false)
		v.expr(x.Value, Load)
	case *AugAssign:
		v.expr(x.Target, Store)
		v.expr(x.Value, Load)
	case *AnnAssign:
		if _, ok := x.Target.(*Name); x.Simple && !ok {
			vfail("AnnAssign with simple non-Name target")
		}
		v.expr(x.Target, Store)
		v.optExpr(x.Value)
		v.expr(x.Annotation, Load)
	case *For:
		v.expr(x.Target, Store)
		v.expr(x.Iter, Load)
		owner := "For"
		if x.IsAsync {
			owner = "AsyncFor"
		}
		v.body(x.Body, owner)
		v.stmts(x.OrElse)
	case *While:
		v.expr(x.Test, Load)
		v.body(x.Body, "While")
		v.stmts(x.OrElse)
	case *If:
		v.expr(x.Test, Load)
		v.body(x.Body, "If")
		v.stmts(x.OrElse)
	case *With:
		owner := "With"
		if x.IsAsync {
			owner = "AsyncWith"
		}
		if len(x.Items) == 0 {
			vfail("empty items on " + owner)
		}
		for _, it := range x.Items {
			v.expr(it.ContextExpr, Load)
			if it.OptionalVars != nil {
				v.expr(it.OptionalVars, Store)
			}
		}
		v.body(x.Body, owner)
	case *Match:
		v.expr(x.Subject, Load)
		if len(x.Cases) == 0 {
			vfail("empty cases on Match")
		}
		for _, c := range x.Cases {
			v.optExpr(c.Guard)
			v.body(c.Body, "match_case")
		}
	case *Raise:
		if x.Exc != nil {
			v.expr(x.Exc, Load)
			v.optExpr(x.Cause)
		} else if x.Cause != nil {
			vfail("Raise with cause but no exception")
		}
	case *Try:
		owner := "Try"
		if x.Star {
			owner = "TryStar"
		}
		v.body(x.Body, owner)
		if len(x.Handlers) == 0 && len(x.FinalBody) == 0 {
			vfail(owner + " has neither except handlers nor finally clause")
		}
		if len(x.Handlers) == 0 && len(x.OrElse) != 0 {
			vfail(owner + " has orelse but no except handlers")
		}
		for _, h := range x.Handlers {
			v.optExpr(h.Type)
			v.body(h.Body, "ExceptHandler")
		}
		v.stmts(x.FinalBody)
		v.stmts(x.OrElse)
	case *Assert:
		v.expr(x.Test, Load)
		v.optExpr(x.Msg)
	case *Import:
		if len(x.Names) == 0 {
			vfail("empty names on Import")
		}
	case *ImportFrom:
		if x.Level < 0 {
			vfail("Negative ImportFrom level")
		}
		if len(x.Names) == 0 {
			vfail("empty names on ImportFrom")
		}
	case *Global:
		if len(x.Names) == 0 {
			vfail("empty names on Global")
		}
	case *Nonlocal:
		if len(x.Names) == 0 {
			vfail("empty names on Nonlocal")
		}
	case *ExprStmt:
		v.expr(x.Value, Load)
	}
}

func (v validator) ctx(actual, want ExprContext) {
	if actual != want {
		vfail("expression must have " + ctxNames[want] + " context but has " + ctxNames[actual] + " instead")
	}
}

func (v validator) comp(gens []*Comprehension, owner string) {
	if len(gens) == 0 {
		vfail("comprehension with no generators")
	}
	for _, g := range gens {
		v.expr(g.Target, Store)
		v.expr(g.Iter, Load)
		v.exprs(g.Ifs, Load, false)
	}
}

func (v validator) expr(e Expr, want ExprContext) {
	if e == nil {
		return
	}
	switch x := e.(type) {
	case *Attribute:
		v.ctx(x.Ctx, want)
		v.expr(x.Value, Load)
		return
	case *Subscript:
		v.ctx(x.Ctx, want)
		v.expr(x.Value, Load)
		v.expr(x.Slice, Load)
		return
	case *Starred:
		v.ctx(x.Ctx, want)
		v.expr(x.Value, want)
		return
	case *Name:
		switch x.Id {
		case "None", "True", "False":
			vfail("identifier field can't represent '" + x.Id + "' constant")
		}
		v.ctx(x.Ctx, want)
		return
	case *List:
		v.ctx(x.Ctx, want)
		v.exprs(x.Elts, want, false)
		return
	case *Tuple:
		v.ctx(x.Ctx, want)
		v.exprs(x.Elts, want, false)
		return
	}
	if want != Load {
		vfail("expression which can't be assigned to in " + ctxNames[want] + " context")
	}
	switch x := e.(type) {
	case *BoolOp:
		if len(x.Values) < 2 {
			vfail("BoolOp with less than 2 values")
		}
		v.exprs(x.Values, Load, false)
	case *NamedExpr:
		v.expr(x.Value, Load)
	case *BinOp:
		v.expr(x.Left, Load)
		v.expr(x.Right, Load)
	case *UnaryOp:
		v.expr(x.Operand, Load)
	case *Lambda:
		v.args(x.Args)
		v.expr(x.Body, Load)
	case *IfExp:
		v.expr(x.Test, Load)
		v.expr(x.Body, Load)
		v.expr(x.OrElse, Load)
	case *Dict:
		if len(x.Keys) != len(x.Values) {
			vfail("Dict doesn't have the same number of keys as values")
		}
		v.exprs(x.Keys, Load, true)
		v.exprs(x.Values, Load, false)
	case *Set:
		v.exprs(x.Elts, Load, false)
	case *ListComp:
		v.comp(x.Generators, "ListComp")
		v.expr(x.Elt, Load)
	case *SetComp:
		v.comp(x.Generators, "SetComp")
		v.expr(x.Elt, Load)
	case *DictComp:
		v.comp(x.Generators, "DictComp")
		v.expr(x.Key, Load)
		v.expr(x.Value, Load)
	case *GeneratorExp:
		v.comp(x.Generators, "GeneratorExp")
		v.expr(x.Elt, Load)
	case *Await:
		v.expr(x.Value, Load)
	case *Yield:
		v.optExpr(x.Value)
	case *YieldFrom:
		v.expr(x.Value, Load)
	case *Compare:
		if len(x.Comparators) == 0 {
			vfail("Compare with no comparators")
		}
		if len(x.Comparators) != len(x.Ops) {
			vfail("Compare has a different number of comparators and operands")
		}
		v.exprs(x.Comparators, Load, false)
		v.expr(x.Left, Load)
	case *Call:
		v.expr(x.Func, Load)
		v.exprs(x.Args, Load, false)
		for _, k := range x.Keywords {
			v.expr(k.Value, Load)
		}
	case *FormattedValue:
		v.expr(x.Value, Load)
		v.optExpr(x.FormatSpec)
	case *JoinedStr:
		v.exprs(x.Values, Load, false)
	case *Slice:
		v.optExpr(x.Lower)
		v.optExpr(x.Upper)
		v.optExpr(x.Step)
	}
}
