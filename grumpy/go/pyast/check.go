package pyast

// check.go: the checks CPython makes after parsing, when it turns a tree
// into code: its symbol table's (global/nonlocal declarations,
// comprehension scopes, assignment expressions) and its compiler's
// ('return'/'yield'/'await'/'break' placement, repeated keywords,
// __debug__, the default except clause), with its SyntaxWarnings ("is"
// with a literal, an assert of a tuple, a literal called or subscripted:
// a missed comma). ast.parse does none of this; compile() to code does.

// CheckOptions tunes Check.
type CheckOptions struct {
	// TopLevelAwait is PyCF_ALLOW_TOP_LEVEL_AWAIT: await, async for/with
	// and async comprehensions allowed at module level.
	TopLevelAwait bool
	// Warn receives SyntaxWarnings (category "SyntaxWarning").
	Warn WarnFunc
}

// Check runs CPython's post-parse checks over a module body or an
// expression (for eval): the first symbol-table error, else the first
// compiler error, as a *SyntaxError (without source text, as CPython's).
func Check(body []Stmt, expr Expr, filename string, opts CheckOptions) (err *SyntaxError) {
	c := &checker{filename: filename, opts: opts}
	defer func() {
		if r := recover(); r != nil {
			if pe, ok := r.(parseError); ok {
				err = pe.err
				return
			}
			panic(r)
		}
	}()
	// Pass 1: the symbol table.
	c.phase = 1
	c.sym = &symScope{kind: scModule, flags: map[string]int{}}
	c.root = c.sym
	c.stmts(body)
	if expr != nil {
		c.expr(expr)
	}
	c.resolveNonlocals()
	// Pass 2: the compiler.
	c.phase = 2
	c.ctx = compCtx{kind: scModule}
	c.stmts(body)
	if expr != nil {
		c.expr(expr)
	}
	return nil
}

const (
	scModule = iota
	scFunction
	scClass
	scComp
)

// Symbol flags, as symtable.c's.
const (
	flParam = 1 << iota
	flLocal
	flUse
	flAnnot
	flGlobal
	flNonlocal
	flIter   // a comprehension's iteration variable
	flWalrus // a comprehension's assignment-expression target (DEF_NONLOCAL there)
)

type symScope struct {
	kind      int
	parent    *symScope
	flags     map[string]int
	compName  string // "list comprehension", ... for scComp
	iterExpr  int    // > 0 while visiting a comprehension's iterable
	nonlocals []nonlocalDecl
	globalAt  map[string]Pos // where each name was declared global
	children  []*symScope
}

type nonlocalDecl struct {
	name string
	pos  Pos
}

type compCtx struct {
	kind    int
	async   bool
	isGen   bool // the function contains yield
	loop    int
	compGen bool // scComp: a generator expression
	// star: inside an except* clause, entered at loop depth starLoop
	// (break/continue/return may not leave it).
	star     bool
	starLoop int
}

type checker struct {
	filename string
	opts     CheckOptions
	phase    int
	sym      *symScope
	root     *symScope
	ctx      compCtx
	patLoc   Pos // the pattern the compiler is at (check_match.go)
}

func (c *checker) failPos(pos Pos, msg string) {
	panic(parseError{&SyntaxError{Msg: msg, Filename: c.filename, Line: pos.Line, Col: pos.Col + 1,
		EndLine: pos.EndLine, EndCol: pos.EndCol + 1, NoText: true}})
}

// warn issues a SyntaxWarning; one turned into an error fails at pos.
func (c *checker) warn(pos Pos, msg string) {
	if c.opts.Warn == nil {
		return
	}
	asError, abort := c.opts.Warn("SyntaxWarning", msg, pos.Line)
	if abort != nil {
		panic(parseError{&SyntaxError{Msg: msg, Abort: abort}})
	}
	if asError {
		c.failPos(pos, msg)
	}
}

// ---------------------------------------------------------------------
// Symbol-table helpers (phase 1)

func (c *checker) addFlag(name string, fl int) {
	s := c.sym
	s.flags[name] |= fl
}

func (c *checker) pushSym(kind int, compName string) *symScope {
	// As symtable_enter_block: a nested scope inherits the count of
	// comprehension iterables being visited.
	s := &symScope{kind: kind, parent: c.sym, flags: map[string]int{}, compName: compName, iterExpr: c.sym.iterExpr}
	c.sym.children = append(c.sym.children, s)
	c.sym = s
	return s
}

func (c *checker) declare(st Pos, names []string, global bool) {
	s := c.sym
	for _, n := range names {
		cur := s.flags[n]
		if !global && s.kind == scModule {
			c.failPos(st, "nonlocal declaration not allowed at module level")
		}
		if cur&(flParam|flLocal|flUse|flAnnot) != 0 {
			what := "global"
			if !global {
				what = "nonlocal"
			}
			var msg string
			switch {
			case cur&flParam != 0:
				msg = "name '" + n + "' is parameter and " + what
			case cur&flUse != 0:
				msg = "name '" + n + "' is used prior to " + what + " declaration"
			case cur&flAnnot != 0:
				msg = "annotated name '" + n + "' can't be " + what
			default:
				msg = "name '" + n + "' is assigned to before " + what + " declaration"
			}
			c.failPos(st, msg)
		}
		if global {
			s.flags[n] |= flGlobal
			if s.globalAt == nil {
				s.globalAt = map[string]Pos{}
			}
			if _, ok := s.globalAt[n]; !ok {
				s.globalAt[n] = st
			}
		} else {
			s.flags[n] |= flNonlocal
			s.nonlocals = append(s.nonlocals, nonlocalDecl{n, st})
		}
	}
}

// resolveNonlocals checks that every nonlocal name is bound in an
// enclosing function, once the whole tree is known.
func (c *checker) resolveNonlocals() {
	var walk func(s *symScope)
	walk = func(s *symScope) {
		for _, d := range s.nonlocals {
			if s.flags[d.name]&flGlobal != 0 {
				pos := d.pos
				if g, ok := s.globalAt[d.name]; ok && (g.Line < pos.Line || g.Line == pos.Line && g.Col < pos.Col) {
					pos = g
				}
				c.failPos(pos, "name '"+d.name+"' is nonlocal and global")
			}
			found := false
			for p := s.parent; p != nil && p.kind != scModule; p = p.parent {
				if p.kind == scClass {
					continue
				}
				f := p.flags[d.name]
				if f&flGlobal != 0 {
					break
				}
				if f&(flLocal|flParam|flNonlocal) != 0 {
					found = true
					break
				}
			}
			if !found {
				c.failPos(d.pos, "no binding for nonlocal '"+d.name+"' found")
			}
		}
		for _, ch := range s.children {
			walk(ch)
		}
	}
	walk(c.root)
}

// ---------------------------------------------------------------------
// The walk (both phases)

func (c *checker) stmts(ss []Stmt) {
	for _, s := range ss {
		c.stmt(s)
	}
}

func (c *checker) exprs(es []Expr) {
	for _, e := range es {
		if e != nil {
			c.expr(e)
		}
	}
}

func (c *checker) bindName(pos Pos, name string) {
	if c.phase == 1 {
		c.addFlag(name, flLocal)
	} else if name == "__debug__" {
		c.failPos(pos, "cannot assign to __debug__")
	}
}

func (c *checker) stmt(s Stmt) {
	switch v := s.(type) {
	case *FunctionDef:
		c.bindName(v.Pos, v.Name)
		c.exprs(v.DecoratorList)
		c.argDefaults(v.Args)
		c.argAnnotations(v.Args)
		if v.Returns != nil {
			c.expr(v.Returns)
		}
		c.function(v.Pos, v.Args, v.IsAsync, v.Body, nil)
	case *ClassDef:
		c.bindName(v.Pos, v.Name)
		c.exprs(v.DecoratorList)
		c.starElts(v.Bases)
		c.keywords(v.Keywords)
		if c.phase == 1 {
			c.pushSym(scClass, "")
			c.stmts(v.Body)
			c.sym = c.sym.parent
		} else {
			save := c.ctx
			c.ctx = compCtx{kind: scClass}
			c.stmts(v.Body)
			c.ctx = save
		}
	case *Return:
		if c.phase == 2 {
			if c.ctx.kind != scFunction {
				c.failPos(v.Pos, "'return' outside function")
			}
			if v.Value != nil && c.ctx.async && c.ctx.isGen {
				c.failPos(v.Pos, "'return' with value in async generator")
			}
			if c.ctx.star {
				c.failPos(v.Pos, exceptStarExit)
			}
		}
		if v.Value != nil {
			c.expr(v.Value)
		}
	case *Delete:
		c.exprs(v.Targets)
	case *Assign:
		c.expr(v.Value)
		c.exprs(v.Targets)
	case *AugAssign:
		c.expr(v.Value)
		if a, ok := v.Target.(*Attribute); ok {
			// (Not a store of the attribute for the __debug__ check.)
			c.expr(a.Value)
		} else {
			c.expr(v.Target)
		}
	case *AnnAssign:
		if a, ok := v.Target.(*Attribute); ok && c.phase == 2 && v.Value == nil && a.Attr == "__debug__" {
			c.failPos(v.Pos, "cannot assign to __debug__")
		}
		if n, ok := v.Target.(*Name); ok && c.phase == 1 {
			cur := c.sym.flags[n.Id]
			if cur&(flGlobal|flNonlocal) != 0 && c.sym.kind != scModule && v.Simple {
				if cur&flGlobal != 0 {
					c.failPos(v.Pos, "annotated name '"+n.Id+"' can't be global")
				}
				c.failPos(v.Pos, "annotated name '"+n.Id+"' can't be nonlocal")
			}
			if v.Simple {
				c.addFlag(n.Id, flAnnot)
			}
		}
		c.expr(v.Target)
		c.expr(v.Annotation)
		if v.Value != nil {
			c.expr(v.Value)
		}
	case *For:
		if v.IsAsync && c.phase == 2 && !c.asyncAllowed() {
			c.failPos(v.Pos, "'async for' outside async function")
		}
		c.expr(v.Iter)
		c.expr(v.Target)
		c.loopBody(v.Body)
		c.stmts(v.OrElse)
	case *While:
		c.expr(v.Test)
		c.loopBody(v.Body)
		c.stmts(v.OrElse)
	case *If:
		c.expr(v.Test)
		c.stmts(v.Body)
		c.stmts(v.OrElse)
	case *With:
		if v.IsAsync && c.phase == 2 && !c.asyncAllowed() {
			c.failPos(v.Pos, "'async with' outside async function")
		}
		for _, it := range v.Items {
			c.expr(it.ContextExpr)
			if it.OptionalVars != nil {
				c.expr(it.OptionalVars)
			}
		}
		c.stmts(v.Body)
	case *Match:
		if c.phase == 2 {
			c.matchStmt(v)
			break
		}
		c.expr(v.Subject)
		for _, mc := range v.Cases {
			c.pattern(mc.Pattern)
			if mc.Guard != nil {
				c.expr(mc.Guard)
			}
			c.stmts(mc.Body)
		}
	case *Raise:
		if v.Exc != nil {
			c.expr(v.Exc)
		}
		if v.Cause != nil {
			c.expr(v.Cause)
		}
	case *Try:
		c.stmts(v.Body)
		for i, h := range v.Handlers {
			if c.phase == 2 && h.Type == nil && i < len(v.Handlers)-1 {
				c.failPos(h.Pos, "default 'except:' must be last")
			}
			if h.Type != nil {
				c.expr(h.Type)
			}
			if h.Name != "" {
				c.bindName(h.Pos, h.Name)
			}
			if v.Star && c.phase == 2 {
				star, starLoop := c.ctx.star, c.ctx.starLoop
				c.ctx.star, c.ctx.starLoop = true, c.ctx.loop
				c.stmts(h.Body)
				c.ctx.star, c.ctx.starLoop = star, starLoop
			} else {
				c.stmts(h.Body)
			}
		}
		c.stmts(v.OrElse)
		c.stmts(v.FinalBody)
	case *Assert:
		if t, ok := v.Test.(*Tuple); ok && len(t.Elts) > 0 && c.phase == 2 {
			c.warn(v.Pos, "assertion is always true, perhaps remove parentheses?")
		}
		c.expr(v.Test)
		if v.Msg != nil {
			c.expr(v.Msg)
		}
	case *Import:
		for _, a := range v.Names {
			n := a.AsName
			if n == "" {
				n = firstDotted(a.Name)
			}
			c.bindName(a.Pos, n)
		}
	case *ImportFrom:
		for _, a := range v.Names {
			if a.Name == "*" {
				if c.phase == 1 && c.sym.kind != scModule {
					c.failPos(a.Pos, "import * only allowed at module level")
				}
				continue
			}
			n := a.AsName
			if n == "" {
				n = a.Name
			}
			c.bindName(a.Pos, n)
		}
	case *Global:
		if c.phase == 1 {
			c.declare(v.Pos, v.Names, true)
		}
	case *Nonlocal:
		if c.phase == 1 {
			c.declare(v.Pos, v.Names, false)
		}
	case *ExprStmt:
		c.expr(v.Value)
	case *Break:
		if c.phase == 2 && c.ctx.star && c.ctx.loop == c.ctx.starLoop {
			c.failPos(v.Pos, exceptStarExit)
		}
		if c.phase == 2 && c.ctx.loop == 0 {
			c.failPos(v.Pos, "'break' outside loop")
		}
	case *Continue:
		if c.phase == 2 && c.ctx.star && c.ctx.loop == c.ctx.starLoop {
			c.failPos(v.Pos, exceptStarExit)
		}
		if c.phase == 2 && c.ctx.loop == 0 {
			c.failPos(v.Pos, "'continue' not properly in loop")
		}
	}
}

// exceptStarExit is CPython's error for a jump out of an except* clause.
const exceptStarExit = "'break', 'continue' and 'return' cannot appear in an except* block"

func firstDotted(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			return s[:i]
		}
	}
	return s
}

func (c *checker) asyncAllowed() bool {
	return c.ctx.async || (c.opts.TopLevelAwait && c.ctx.kind == scModule)
}

func (c *checker) loopBody(body []Stmt) {
	if c.phase == 2 {
		c.ctx.loop++
		c.stmts(body)
		c.ctx.loop--
		return
	}
	c.stmts(body)
}

func (c *checker) argDefaults(a *Arguments) {
	if a == nil {
		return
	}
	c.exprs(a.Defaults)
	c.exprs(a.KwDefaults)
}

func (c *checker) argAnnotations(a *Arguments) {
	if a == nil {
		return
	}
	for _, x := range allArgs(a) {
		if x.Annotation == nil {
			continue
		}
		// `*args: *Ts` (PEP 646): the one place a bare starred
		// annotation is allowed.
		if st, ok := x.Annotation.(*Starred); ok && x == a.VarArg {
			c.expr(st.Value)
			continue
		}
		c.expr(x.Annotation)
	}
}

func allArgs(a *Arguments) []*Arg {
	var out []*Arg
	out = append(out, a.PosOnlyArgs...)
	out = append(out, a.Args...)
	if a.VarArg != nil {
		out = append(out, a.VarArg)
	}
	out = append(out, a.KwOnlyArgs...)
	if a.KwArg != nil {
		out = append(out, a.KwArg)
	}
	return out
}

// function walks a def's or lambda's body (body, or expr for a lambda)
// in a new scope.
func (c *checker) function(pos Pos, a *Arguments, async bool, body []Stmt, expr Expr) {
	if c.phase == 1 {
		c.pushSym(scFunction, "")
		if a != nil {
			// symtable_visit_arguments' order: positional, keyword-only,
			// then *args and **kwargs.
			order := append(append(append([]*Arg{}, a.PosOnlyArgs...), a.Args...), a.KwOnlyArgs...)
			if a.VarArg != nil {
				order = append(order, a.VarArg)
			}
			if a.KwArg != nil {
				order = append(order, a.KwArg)
			}
			for _, x := range order {
				if c.sym.flags[x.Arg]&flParam != 0 {
					c.failPos(x.Pos, "duplicate argument '"+x.Arg+"' in function definition")
				}
				c.addFlag(x.Arg, flParam)
			}
		}
		c.stmts(body)
		if expr != nil {
			c.expr(expr)
		}
		c.sym = c.sym.parent
		return
	}
	if a != nil {
		for _, x := range allArgs(a) {
			if x.Arg == "__debug__" {
				c.failPos(pos, "cannot assign to __debug__")
			}
		}
	}
	save := c.ctx
	c.ctx = compCtx{kind: scFunction, async: async, isGen: async && hasYield(body)}
	c.stmts(body)
	if expr != nil {
		c.expr(expr)
	}
	c.ctx = save
}

func (c *checker) keywords(kws []*Keyword) {
	if c.phase == 2 {
		for i, k := range kws {
			if k.Arg == "" {
				continue
			}
			for _, o := range kws[:i] {
				if o.Arg == k.Arg {
					c.failPos(k.Pos, "keyword argument repeated: "+k.Arg)
				}
			}
		}
	}
	for _, k := range kws {
		c.expr(k.Value)
	}
}

func (c *checker) pattern(p Pattern) {
	switch v := p.(type) {
	case *MatchValue:
		c.expr(v.Value)
	case *MatchSequence:
		for _, x := range v.Patterns {
			c.pattern(x)
		}
	case *MatchMapping:
		c.exprs(v.Keys)
		for _, x := range v.Patterns {
			c.pattern(x)
		}
		if v.Rest != "" {
			c.bindName(v.Pos, v.Rest)
		}
	case *MatchClass:
		c.expr(v.Cls)
		for _, x := range v.Patterns {
			c.pattern(x)
		}
		for _, x := range v.KwdPatterns {
			c.pattern(x)
		}
	case *MatchStar:
		if v.Name != "" {
			c.bindName(v.Pos, v.Name)
		}
	case *MatchAs:
		if v.Pattern != nil {
			c.pattern(v.Pattern)
		}
		if v.Name != "" {
			c.bindName(v.Pos, v.Name)
		}
	case *MatchOr:
		for _, x := range v.Patterns {
			c.pattern(x)
		}
	}
}

// multipleStars: an unpacking target takes one starred name.
func (c *checker) multipleStars(ctx ExprContext, pos Pos, es []Expr) {
	if c.phase != 2 || ctx != Store {
		return
	}
	n := 0
	for _, e := range es {
		if _, ok := e.(*Starred); ok {
			n++
		}
	}
	if n > 1 {
		c.failPos(pos, "multiple starred expressions in assignment")
	}
}

// starElts visits the items of a display or call, where *x is allowed.
func (c *checker) starElts(es []Expr) {
	for _, e := range es {
		if st, ok := e.(*Starred); ok {
			c.expr(st.Value)
			continue
		}
		c.expr(e)
	}
}

func (c *checker) expr(e Expr) {
	switch v := e.(type) {
	case *BoolOp:
		c.exprs(v.Values)
	case *NamedExpr:
		c.expr(v.Value)
		if c.phase == 1 {
			c.namedTarget(v)
		} else if v.Target.Id == "__debug__" {
			c.failPos(v.Target.Pos, "cannot assign to __debug__")
		}
	case *BinOp:
		c.expr(v.Left)
		c.expr(v.Right)
	case *UnaryOp:
		c.expr(v.Operand)
	case *Lambda:
		c.argDefaults(v.Args)
		c.function(v.Pos, v.Args, false, nil, v.Body)
	case *IfExp:
		c.expr(v.Test)
		c.expr(v.Body)
		c.expr(v.OrElse)
	case *Dict:
		for i := range v.Values {
			if v.Keys[i] != nil {
				c.expr(v.Keys[i])
			}
			c.expr(v.Values[i])
		}
	case *Set:
		c.starElts(v.Elts)
	case *ListComp:
		c.comprehension(v.Pos, "list comprehension", v.Generators, v.Elt)
	case *SetComp:
		c.comprehension(v.Pos, "set comprehension", v.Generators, v.Elt)
	case *DictComp:
		c.comprehension(v.Pos, "dict comprehension", v.Generators, v.Key, v.Value)
	case *GeneratorExp:
		c.comprehension(v.Pos, "generator expression", v.Generators, v.Elt)
	case *Await:
		if c.phase == 2 && !(c.opts.TopLevelAwait && c.ctx.kind == scModule) {
			switch {
			case c.ctx.kind == scModule || c.ctx.kind == scClass:
				c.failPos(v.Pos, "'await' outside function")
			case c.ctx.kind == scFunction && !c.ctx.async:
				c.failPos(v.Pos, "'await' outside async function")
			}
		}
		c.expr(v.Value)
	case *Yield:
		c.yield(v.Pos, false)
		if v.Value != nil {
			c.expr(v.Value)
		}
	case *YieldFrom:
		c.yield(v.Pos, true)
		c.expr(v.Value)
	case *Compare:
		if c.phase == 2 {
			left := v.Left
			for i, op := range v.Ops {
				right := v.Comparators[i]
				if (op == "is" || op == "is not") && (isLiteral(left) || isLiteral(right)) {
					if op == "is" {
						c.warn(v.Pos, `"is" with a literal. Did you mean "=="?`)
					} else {
						c.warn(v.Pos, `"is not" with a literal. Did you mean "!="?`)
					}
				}
				left = right
			}
		}
		c.expr(v.Left)
		c.exprs(v.Comparators)
	case *Call:
		if c.phase == 2 {
			if name := callerType(v.Func); name != "" {
				c.warn(v.Pos, "'"+name+"' object is not callable; perhaps you missed a comma?")
			}
			for _, k := range v.Keywords {
				if k.Arg == "__debug__" {
					c.failPos(v.Pos, "cannot assign to __debug__")
				}
			}
		}
		c.expr(v.Func)
		c.starElts(v.Args)
		c.keywords(v.Keywords)
	case *FormattedValue:
		c.expr(v.Value)
		if v.FormatSpec != nil {
			c.expr(v.FormatSpec)
		}
	case *JoinedStr:
		c.exprs(v.Values)
	case *Attribute:
		if c.phase == 2 && v.Ctx == Store && v.Attr == "__debug__" {
			c.failPos(v.Pos, "cannot assign to __debug__")
		}
		c.expr(v.Value)
	case *Subscript:
		if c.phase == 2 && v.Ctx == Load {
			c.checkSubscript(v)
		}
		c.expr(v.Value)
		c.expr(v.Slice)
	case *Starred:
		// Reached only outside a list, tuple, set or call (starElts).
		if c.phase == 2 {
			if v.Ctx == Store {
				c.failPos(v.Pos, "starred assignment target must be in a list or tuple")
			}
			c.failPos(v.Pos, "can't use starred expression here")
		}
		c.expr(v.Value)
	case *Name:
		if c.phase == 1 {
			if v.Ctx == Load {
				c.addFlag(v.Id, flUse)
			} else {
				c.addFlag(v.Id, flLocal)
			}
		} else if v.Id == "__debug__" {
			if v.Ctx == Store {
				c.failPos(v.Pos, "cannot assign to __debug__")
			} else if v.Ctx == Del {
				c.failPos(v.Pos, "cannot delete __debug__")
			}
		}
	case *List:
		c.multipleStars(v.Ctx, v.Pos, v.Elts)
		c.starElts(v.Elts)
	case *Tuple:
		c.multipleStars(v.Ctx, v.Pos, v.Elts)
		c.starElts(v.Elts)
	case *Slice:
		c.exprs([]Expr{v.Lower, v.Upper, v.Step})
	}
}

func (c *checker) yield(pos Pos, from bool) {
	if c.phase == 1 {
		if c.sym.kind == scComp {
			c.failPos(pos, "'yield' inside "+c.sym.compName)
		}
		return
	}
	if c.ctx.kind != scFunction {
		c.failPos(pos, "'yield' outside function")
	}
	if from && c.ctx.async {
		c.failPos(pos, "'yield from' inside async function")
	}
}

// namedTarget binds an assignment expression's target (phase 1): in the
// nearest enclosing function or module scope when inside comprehensions.
func (c *checker) namedTarget(v *NamedExpr) {
	s := c.sym
	if s.iterExpr > 0 {
		c.failPos(v.Pos, "assignment expression cannot be used in a comprehension iterable expression")
	}
	if s.kind != scComp {
		c.addFlag(v.Target.Id, flLocal)
		return
	}
	s.flags[v.Target.Id] |= flWalrus
	for ; s.kind == scComp; s = s.parent {
		if s.flags[v.Target.Id]&flIter != 0 {
			c.failPos(v.Target.Pos, "assignment expression cannot rebind comprehension iteration variable '"+v.Target.Id+"'")
		}
	}
	if s.kind == scClass {
		c.failPos(v.Target.Pos, "assignment expression within a comprehension cannot be used in a class body")
	}
	s.flags[v.Target.Id] |= flLocal
}

func (c *checker) comprehension(pos Pos, kind string, gens []*Comprehension, elts ...Expr) {
	if len(gens) == 0 {
		c.exprs(elts)
		return
	}
	// The first iterable belongs to the enclosing scope.
	if c.phase == 1 {
		c.sym.iterExpr++
		c.expr(gens[0].Iter)
		c.sym.iterExpr--
		c.pushSym(scComp, kind)
		for i, g := range gens {
			c.compTarget(g.Target)
			if i > 0 {
				c.sym.iterExpr++
				c.expr(g.Iter)
				c.sym.iterExpr--
			}
			c.exprs(g.Ifs)
		}
		c.exprs(elts)
		c.sym = c.sym.parent
		return
	}
	c.expr(gens[0].Iter)
	isAsync := false
	for _, g := range gens {
		if g.IsAsync {
			isAsync = true
		}
	}
	if !isAsync {
		var rest []Expr
		for i, g := range gens {
			if i > 0 {
				rest = append(rest, g.Iter)
			}
			rest = append(rest, g.Ifs...)
		}
		rest = append(rest, elts...)
		for _, e := range rest {
			if hasAwait(e) || hasAsyncComp(e) {
				isAsync = true
			}
		}
	}
	genexp := kind == "generator expression"
	if isAsync && !genexp && !c.ctx.async && c.ctx.kind != scComp && !(c.opts.TopLevelAwait && c.ctx.kind == scModule) {
		c.failPos(pos, "asynchronous comprehension outside of an asynchronous function")
	}
	save := c.ctx
	c.ctx = compCtx{kind: scComp, async: save.async || isAsync, compGen: genexp}
	for i, g := range gens {
		if i > 0 {
			c.expr(g.Iter)
		}
		c.expr(g.Target)
		c.exprs(g.Ifs)
	}
	c.exprs(elts)
	c.ctx = save
}

// compTarget binds a comprehension's iteration variables (phase 1).
func (c *checker) compTarget(e Expr) {
	switch v := e.(type) {
	case *Name:
		if c.sym.flags[v.Id]&flWalrus != 0 {
			c.failPos(v.Pos, "comprehension inner loop cannot rebind assignment expression target '"+v.Id+"'")
		}
		c.addFlag(v.Id, flLocal|flIter)
	case *Tuple:
		for _, x := range v.Elts {
			c.compTarget(x)
		}
	case *List:
		for _, x := range v.Elts {
			c.compTarget(x)
		}
	case *Starred:
		c.compTarget(v.Value)
	default:
		c.expr(e)
	}
}

// hasYield reports whether a function body yields (not counting nested
// functions, classes and lambdas).
func hasYield(body []Stmt) bool {
	found := false
	var ex func(e Expr)
	var st func(s Stmt)
	ex = func(e Expr) {
		if e == nil || found {
			return
		}
		switch v := e.(type) {
		case *Yield, *YieldFrom:
			found = true
		case *Lambda:
		default:
			forEachChild(v, ex, st)
		}
	}
	st = func(s Stmt) {
		if found {
			return
		}
		switch s.(type) {
		case *FunctionDef, *ClassDef:
			return
		}
		forEachChild(s, ex, st)
	}
	for _, s := range body {
		st(s)
	}
	return found
}

// hasAwait reports whether e awaits (not counting nested scopes other
// than comprehensions' first iterables).
func hasAwait(e Expr) bool {
	found := false
	var ex func(e Expr)
	var st func(s Stmt)
	ex = func(e Expr) {
		if e == nil || found {
			return
		}
		switch v := e.(type) {
		case *Await:
			found = true
		case *Lambda:
		case *ListComp, *SetComp, *DictComp, *GeneratorExp:
			// Only the first iterable is evaluated here.
			var gens []*Comprehension
			switch w := v.(type) {
			case *ListComp:
				gens = w.Generators
			case *SetComp:
				gens = w.Generators
			case *DictComp:
				gens = w.Generators
			case *GeneratorExp:
				gens = w.Generators
			}
			if len(gens) > 0 {
				ex(gens[0].Iter)
			}
		default:
			forEachChild(v, ex, st)
		}
	}
	st = func(Stmt) {}
	ex(e)
	return found
}

// forEachChild calls ex and st on a node's direct children.
func forEachChild(n Node, ex func(Expr), st func(Stmt)) {
	exs := func(es []Expr) {
		for _, e := range es {
			if e != nil {
				ex(e)
			}
		}
	}
	sts := func(ss []Stmt) {
		for _, s := range ss {
			st(s)
		}
	}
	gens := func(gs []*Comprehension) {
		for _, g := range gs {
			ex(g.Target)
			ex(g.Iter)
			exs(g.Ifs)
		}
	}
	switch v := n.(type) {
	case *BoolOp:
		exs(v.Values)
	case *NamedExpr:
		ex(v.Value)
	case *BinOp:
		ex(v.Left)
		ex(v.Right)
	case *UnaryOp:
		ex(v.Operand)
	case *IfExp:
		exs([]Expr{v.Test, v.Body, v.OrElse})
	case *Dict:
		exs(v.Keys)
		exs(v.Values)
	case *Set:
		exs(v.Elts)
	case *ListComp:
		ex(v.Elt)
		gens(v.Generators)
	case *SetComp:
		ex(v.Elt)
		gens(v.Generators)
	case *DictComp:
		ex(v.Key)
		ex(v.Value)
		gens(v.Generators)
	case *GeneratorExp:
		ex(v.Elt)
		gens(v.Generators)
	case *Await:
		ex(v.Value)
	case *Yield:
		if v.Value != nil {
			ex(v.Value)
		}
	case *YieldFrom:
		ex(v.Value)
	case *Compare:
		ex(v.Left)
		exs(v.Comparators)
	case *Call:
		ex(v.Func)
		exs(v.Args)
		for _, k := range v.Keywords {
			ex(k.Value)
		}
	case *FormattedValue:
		ex(v.Value)
		if v.FormatSpec != nil {
			ex(v.FormatSpec)
		}
	case *JoinedStr:
		exs(v.Values)
	case *Attribute:
		ex(v.Value)
	case *Subscript:
		ex(v.Value)
		ex(v.Slice)
	case *Starred:
		ex(v.Value)
	case *List:
		exs(v.Elts)
	case *Tuple:
		exs(v.Elts)
	case *Slice:
		exs([]Expr{v.Lower, v.Upper, v.Step})
	case *Return:
		if v.Value != nil {
			ex(v.Value)
		}
	case *Delete:
		exs(v.Targets)
	case *Assign:
		exs(v.Targets)
		ex(v.Value)
	case *AugAssign:
		ex(v.Target)
		ex(v.Value)
	case *AnnAssign:
		ex(v.Target)
		ex(v.Annotation)
		if v.Value != nil {
			ex(v.Value)
		}
	case *For:
		ex(v.Target)
		ex(v.Iter)
		sts(v.Body)
		sts(v.OrElse)
	case *While:
		ex(v.Test)
		sts(v.Body)
		sts(v.OrElse)
	case *If:
		ex(v.Test)
		sts(v.Body)
		sts(v.OrElse)
	case *With:
		for _, it := range v.Items {
			ex(it.ContextExpr)
			if it.OptionalVars != nil {
				ex(it.OptionalVars)
			}
		}
		sts(v.Body)
	case *Match:
		ex(v.Subject)
		for _, mc := range v.Cases {
			if mc.Guard != nil {
				ex(mc.Guard)
			}
			sts(mc.Body)
		}
	case *Raise:
		if v.Exc != nil {
			ex(v.Exc)
		}
		if v.Cause != nil {
			ex(v.Cause)
		}
	case *Try:
		sts(v.Body)
		for _, h := range v.Handlers {
			if h.Type != nil {
				ex(h.Type)
			}
			sts(h.Body)
		}
		sts(v.OrElse)
		sts(v.FinalBody)
	case *Assert:
		ex(v.Test)
		if v.Msg != nil {
			ex(v.Msg)
		}
	case *ExprStmt:
		ex(v.Value)
	}
}

// isLiteral is CPython's test for `is` with a literal: a constant other
// than None, True, False and Ellipsis (a tuple of constants is one, folded).
func isLiteral(e Expr) bool {
	switch v := e.(type) {
	case *Constant:
		switch v.Value.(type) {
		case nil, bool, EllipsisValue:
			return false
		}
		return true
	case *Tuple:
		for _, x := range v.Elts {
			if _, ok := x.(*Constant); !ok {
				return false
			}
		}
		return true
	}
	return false
}

// inferType is the type of a literal expression's value ("" if unknown).
func inferType(e Expr) string {
	switch v := e.(type) {
	case *Tuple:
		return "tuple"
	case *List, *ListComp:
		return "list"
	case *Dict, *DictComp:
		return "dict"
	case *Set, *SetComp:
		return "set"
	case *GeneratorExp:
		return "generator"
	case *Lambda:
		return "function"
	case *JoinedStr, *FormattedValue:
		return "str"
	case *Constant:
		switch v.Value.(type) {
		case nil:
			return "NoneType"
		case bool:
			return "bool"
		case EllipsisValue:
			return "ellipsis"
		case string:
			return "str"
		case []byte:
			return "bytes"
		case float64:
			return "float"
		case complex128:
			return "complex"
		}
		return "int"
	}
	return ""
}

// callerType names the type of a literal that is called (the "missed
// comma" warning), or "".
func callerType(e Expr) string {
	switch e.(type) {
	case *Constant, *Tuple, *List, *ListComp, *Dict, *DictComp, *Set, *SetComp, *GeneratorExp, *JoinedStr, *FormattedValue:
		return inferType(e)
	}
	return ""
}

// checkSubscript warns about subscripting a literal that cannot be, or
// indexing one with a literal of the wrong type.
func (c *checker) checkSubscript(v *Subscript) {
	switch x := v.Value.(type) {
	case *Constant:
		switch x.Value.(type) {
		case string, []byte:
		default:
			c.warn(v.Pos, "'"+inferType(x)+"' object is not subscriptable; perhaps you missed a comma?")
			return
		}
	case *Set, *SetComp, *GeneratorExp, *Lambda:
		c.warn(v.Pos, "'"+inferType(x)+"' object is not subscriptable; perhaps you missed a comma?")
		return
	}
	idx := inferType(v.Slice)
	if idx == "" || idx == "int" || idx == "bool" {
		return
	}
	if _, ok := v.Slice.(*Slice); ok {
		return
	}
	switch x := v.Value.(type) {
	case *Constant:
		if _, ok := x.Value.(string); !ok {
			if _, ok := x.Value.([]byte); !ok {
				return
			}
		}
	case *Tuple, *List, *ListComp, *JoinedStr, *FormattedValue:
	default:
		return
	}
	c.warn(v.Pos, inferType(v.Value)+" indices must be integers or slices, not "+idx+"; perhaps you missed a comma?")
}
