// Package interp runs Python code built at run time (exec, eval, compile)
// inside compiled programs. Source is parsed by pyast, analysed for scopes
// here (the same rules CPython's symtable applies, and so the build-time
// compiler), and compiled to a tree of Go closures that call the same
// runtime operations as compiled code: an object behaves identically
// whichever way its code was produced.
//
// Map: scope.go (name classification), compile_expr.go, compile_stmt.go,
// compile_func.go (functions, lambdas, classes, generators), builtins.go
// (exec, eval, compile and code objects).
package interp

import "grumpy/pyast"

type nameKind int

const (
	kGlobal   nameKind = iota // module globals, then builtins
	kName                     // LOAD_NAME: locals mapping, globals, builtins
	kFast                     // a slot in the frame's locals
	kCell                     // a cell the scope owns
	kFree                     // a cell from an enclosing scope
	kClassFree                // class namespace, then an enclosing cell
)

// scope is one function, class or module body.
type scope struct {
	kind     string // "module", "function", "class"
	parent   *scope
	assigned map[string]bool
	globals  map[string]bool
	nonlocal map[string]bool
	params   []string
	used     map[string]bool
	children []*scope
	// Results of resolve():
	locals   map[string]int // fast slots
	cells    map[string]int // owned cells (index into frame cells)
	frees    map[string]int // free cells (index into frame cells, after owned)
	nlocals  int
	ncells   int
	freeList []string
	isGen    bool
	hasClassCell bool // class scope whose methods use __class__/super
	usesClassCell bool
	node     any
	// order lists the names bound or loaded in the body, first occurrence
	// first (CPython numbers fast locals in that order: locals() order).
	order []string
	lay   *localsLayout // locals() provider layout (builtins.go), or nil
}

func newScope(kind string, parent *scope, node any) *scope {
	s := &scope{kind: kind, parent: parent, assigned: map[string]bool{}, globals: map[string]bool{},
		nonlocal: map[string]bool{}, used: map[string]bool{}, locals: map[string]int{}, cells: map[string]int{},
		frees: map[string]int{}, node: node}
	if parent != nil {
		parent.children = append(parent.children, s)
	}
	return s
}

// kindOf classifies a name as CPython's compiler would.
func (s *scope) kindOf(name string) nameKind {
	switch s.kind {
	case "module":
		if s.parent == nil {
			// `global x` at module level still means the globals dict
			// when exec runs the code with a separate locals mapping.
			if s.globals[name] {
				return kGlobal
			}
			return kName
		}
	case "class":
		if s.globals[name] {
			return kGlobal
		}
		if _, ok := s.frees[name]; ok && !s.assigned[name] {
			return kClassFree
		}
		return kName
	}
	if s.globals[name] {
		return kGlobal
	}
	if _, ok := s.cells[name]; ok {
		return kCell
	}
	if _, ok := s.frees[name]; ok {
		return kFree
	}
	if _, ok := s.locals[name]; ok {
		return kFast
	}
	return kGlobal
}

// analyze builds the scope tree for a module (or eval expression) and
// returns each function/class/comprehension node's scope.
func analyze(body []pyast.Stmt, expr pyast.Expr, top *scope) map[any]*scope {
	v := &scoper{cur: top}
	for _, st := range body {
		v.stmt(st)
	}
	if expr != nil {
		v.expr(expr)
	}
	resolve(top)
	m := map[any]*scope{}
	var walk func(s *scope)
	walk = func(s *scope) {
		if s.node != nil {
			m[s.node] = s
		}
		for _, c := range s.children {
			walk(c)
		}
	}
	walk(top)
	return m
}

// resolve assigns slots and propagates free variables (children first).
func resolve(s *scope) {
	for _, c := range s.children {
		resolve(c)
	}
	if s.kind == "function" {
		for _, p := range s.params {
			if _, ok := s.locals[p]; !ok {
				s.locals[p] = s.nlocals
				s.nlocals++
			}
		}
		slot := func(n string) {
			if s.globals[n] || s.nonlocal[n] {
				return
			}
			if _, ok := s.locals[n]; !ok {
				s.locals[n] = s.nlocals
				s.nlocals++
			}
		}
		for _, n := range s.order {
			if s.assigned[n] {
				slot(n)
			}
		}
		var rest []string
		for n := range s.assigned {
			if _, ok := s.locals[n]; !ok {
				rest = append(rest, n)
			}
		}
		sortStrings(rest)
		for _, n := range rest {
			slot(n)
		}
	}
	// Names free in children that this function defines become cells.
	for _, c := range s.children {
		for _, n := range c.freeList {
			if s.kind == "function" && !s.globals[n] && !s.nonlocal[n] {
				if _, isLocal := s.locals[n]; isLocal {
					if _, ok := s.cells[n]; !ok {
						s.cells[n] = s.ncells
						s.ncells++
					}
					continue
				}
			}
			if s.kind == "class" && n == "__class__" {
				s.hasClassCell = true
				continue
			}
			addFree(s, n)
		}
	}
	if s.kind == "function" || s.kind == "class" {
		for n := range s.nonlocal {
			addFree(s, n)
		}
		for n := range s.used {
			if s.assigned[n] || s.globals[n] {
				continue
			}
			if (n == "__class__" && s.kind == "function") || definedInEnclosingFunction(s.parent, n) {
				addFree(s, n)
			}
		}
	}
	// A class whose methods use __class__ owns that cell (slot 0).
	if s.kind == "class" && s.hasClassCell {
		s.cells["__class__"] = 0
		s.ncells = 1
	}
	// Free cells are numbered after owned cells.
	for n, i := range s.frees {
		s.frees[n] = s.ncells + i
	}
	s.lay = newLocalsLayout(s)
}

// setParams records a function's parameters, which are local bindings.
func (s *scope) setParams(ps []string) {
	s.params = ps
	for _, p := range ps {
		s.assigned[p] = true
	}
}

func addFree(s *scope, n string) {
	if _, ok := s.frees[n]; ok {
		return
	}
	if s.kind == "module" && s.parent == nil {
		return
	}
	s.frees[n] = len(s.freeList)
	s.freeList = append(s.freeList, n)
}

func definedInEnclosingFunction(p *scope, n string) bool {
	for ; p != nil; p = p.parent {
		if p.kind == "class" {
			continue
		}
		if p.kind != "function" {
			return false
		}
		if p.globals[n] {
			return false
		}
		if p.assigned[n] || p.nonlocal[n] {
			return true
		}
		for _, q := range p.params {
			if q == n {
				return true
			}
		}
	}
	return false
}

// scoper walks statements recording bindings and uses per scope.
type scoper struct {
	cur *scope
	// private is the name of the innermost enclosing class: names
	// recorded in its body and nested functions are mangled with it, as
	// CPython's symtable does, so they agree with compiler.mangle.
	private string
}

// m mangles a private name (__x in a class body -> _C__x).
func (v *scoper) m(name string) string { return mangleName(v.private, name) }

// mangleName applies CPython's private-name mangling: __x (not __x__,
// no dots) in class C becomes _C__x; leading underscores of the class
// name are dropped, and a class named only with underscores mangles nothing.
func mangleName(private, name string) string {
	if private == "" || len(name) < 3 || name[:2] != "__" || name[len(name)-2:] == "__" {
		return name
	}
	for i := 0; i < len(name); i++ {
		if name[i] == '.' {
			return name
		}
	}
	cls := private
	for len(cls) > 0 && cls[0] == '_' {
		cls = cls[1:]
	}
	if cls == "" {
		return name
	}
	return "_" + cls + name
}

func (v *scoper) bind(name string) {
	name = v.m(name)
	v.cur.note(name)
	v.cur.assigned[name] = true
}

// note records a name's first occurrence in the scope's body.
func (s *scope) note(name string) {
	if !s.assigned[name] && !s.used[name] {
		s.order = append(s.order, name)
	}
}

func (v *scoper) target(e pyast.Expr) {
	switch t := e.(type) {
	case *pyast.Name:
		v.bind(t.Id)
	case *pyast.Tuple:
		for _, x := range t.Elts {
			v.target(x)
		}
	case *pyast.List:
		for _, x := range t.Elts {
			v.target(x)
		}
	case *pyast.Starred:
		v.target(t.Value)
	case *pyast.Attribute:
		v.expr(t.Value)
	case *pyast.Subscript:
		v.expr(t.Value)
		v.expr(t.Slice)
	}
}

func (v *scoper) stmts(ss []pyast.Stmt) {
	for _, s := range ss {
		v.stmt(s)
	}
}

func (v *scoper) stmt(st pyast.Stmt) {
	switch s := st.(type) {
	case *pyast.FunctionDef:
		for _, d := range s.DecoratorList {
			v.expr(d)
		}
		v.args(s.Args)
		if s.Returns != nil {
			v.expr(s.Returns)
		}
		v.bind(s.Name)
		fs := newScope("function", v.cur, s)
		fs.setParams(v.mangleAll(paramNames(s.Args)))
		inner := &scoper{cur: fs, private: v.private}
		inner.stmts(s.Body)
	case *pyast.ClassDef:
		for _, d := range s.DecoratorList {
			v.expr(d)
		}
		for _, b := range s.Bases {
			v.expr(b)
		}
		for _, k := range s.Keywords {
			v.expr(k.Value)
		}
		v.bind(s.Name)
		cs := newScope("class", v.cur, s)
		inner := &scoper{cur: cs, private: s.Name}
		inner.stmts(s.Body)
	case *pyast.Return:
		v.expr(s.Value)
	case *pyast.Delete:
		for _, t := range s.Targets {
			v.target(t)
		}
	case *pyast.Assign:
		v.expr(s.Value)
		for _, t := range s.Targets {
			v.target(t)
		}
	case *pyast.AugAssign:
		v.expr(s.Value)
		v.target(s.Target)
		if n, ok := s.Target.(*pyast.Name); ok {
			v.cur.used[v.m(n.Id)] = true
		}
	case *pyast.AnnAssign:
		v.expr(s.Value)
		if v.cur.kind != "function" {
			v.expr(s.Annotation)
		}
		if s.Value != nil || !isName(s.Target) || v.cur.kind == "function" {
			v.target(s.Target)
		} else {
			v.target(s.Target)
		}
	case *pyast.For:
		v.expr(s.Iter)
		v.target(s.Target)
		v.stmts(s.Body)
		v.stmts(s.OrElse)
	case *pyast.While:
		v.expr(s.Test)
		v.stmts(s.Body)
		v.stmts(s.OrElse)
	case *pyast.If:
		v.expr(s.Test)
		v.stmts(s.Body)
		v.stmts(s.OrElse)
	case *pyast.With:
		for _, it := range s.Items {
			v.expr(it.ContextExpr)
			if it.OptionalVars != nil {
				v.target(it.OptionalVars)
			}
		}
		v.stmts(s.Body)
	case *pyast.Match:
		v.expr(s.Subject)
		for _, c := range s.Cases {
			v.pattern(c.Pattern)
			v.expr(c.Guard)
			v.stmts(c.Body)
		}
	case *pyast.Raise:
		v.expr(s.Exc)
		v.expr(s.Cause)
	case *pyast.Try:
		v.stmts(s.Body)
		for _, h := range s.Handlers {
			v.expr(h.Type)
			if h.Name != "" {
				v.bind(h.Name)
			}
			v.stmts(h.Body)
		}
		v.stmts(s.OrElse)
		v.stmts(s.FinalBody)
	case *pyast.Assert:
		v.expr(s.Test)
		v.expr(s.Msg)
	case *pyast.Import:
		for _, a := range s.Names {
			if a.AsName != "" {
				v.bind(a.AsName)
			} else {
				v.bind(firstPart(a.Name))
			}
		}
	case *pyast.ImportFrom:
		for _, a := range s.Names {
			if a.Name == "*" {
				continue
			}
			if a.AsName != "" {
				v.bind(a.AsName)
			} else {
				v.bind(a.Name)
			}
		}
	case *pyast.Global:
		// CPython's symtable also marks the name global in the module's
		// own table (st_global): the module body then stores and loads
		// it in the globals dict even when exec gives separate locals.
		root := v.cur
		for root.parent != nil {
			root = root.parent
		}
		for _, n := range s.Names {
			v.cur.globals[v.m(n)] = true
			if root.kind == "module" {
				root.globals[v.m(n)] = true
			}
		}
	case *pyast.Nonlocal:
		for _, n := range s.Names {
			v.cur.nonlocal[v.m(n)] = true
		}
	case *pyast.ExprStmt:
		v.expr(s.Value)
	}
}

func isName(e pyast.Expr) bool { _, ok := e.(*pyast.Name); return ok }

func firstPart(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			return s[:i]
		}
	}
	return s
}

func paramNames(a *pyast.Arguments) []string {
	var out []string
	for _, x := range a.PosOnlyArgs {
		out = append(out, x.Arg)
	}
	for _, x := range a.Args {
		out = append(out, x.Arg)
	}
	for _, x := range a.KwOnlyArgs {
		out = append(out, x.Arg)
	}
	if a.VarArg != nil {
		out = append(out, a.VarArg.Arg)
	}
	if a.KwArg != nil {
		out = append(out, a.KwArg.Arg)
	}
	return out
}

func (v *scoper) mangleAll(ns []string) []string {
	for i, n := range ns {
		ns[i] = v.m(n)
	}
	return ns
}

func (v *scoper) args(a *pyast.Arguments) {
	for _, d := range a.Defaults {
		v.expr(d)
	}
	for _, d := range a.KwDefaults {
		v.expr(d)
	}
	for _, x := range append(append(append([]*pyast.Arg{}, a.PosOnlyArgs...), a.Args...), a.KwOnlyArgs...) {
		v.expr(x.Annotation)
	}
	if a.VarArg != nil {
		v.expr(a.VarArg.Annotation)
	}
	if a.KwArg != nil {
		v.expr(a.KwArg.Annotation)
	}
}

func (v *scoper) pattern(p pyast.Pattern) {
	switch x := p.(type) {
	case *pyast.MatchValue:
		v.expr(x.Value)
	case *pyast.MatchSequence:
		for _, q := range x.Patterns {
			v.pattern(q)
		}
	case *pyast.MatchMapping:
		for _, k := range x.Keys {
			v.expr(k)
		}
		for _, q := range x.Patterns {
			v.pattern(q)
		}
		if x.Rest != "" {
			v.bind(x.Rest)
		}
	case *pyast.MatchClass:
		v.expr(x.Cls)
		for _, q := range x.Patterns {
			v.pattern(q)
		}
		for _, q := range x.KwdPatterns {
			v.pattern(q)
		}
	case *pyast.MatchStar:
		if x.Name != "" {
			v.bind(x.Name)
		}
	case *pyast.MatchAs:
		if x.Pattern != nil {
			v.pattern(x.Pattern)
		}
		if x.Name != "" {
			v.bind(x.Name)
		}
	case *pyast.MatchOr:
		for _, q := range x.Patterns {
			v.pattern(q)
		}
	}
}

// comprehension scopes are functions (as in CPython 3.11) whose first
// iterable is evaluated in the enclosing scope.
func (v *scoper) comp(node any, gens []*pyast.Comprehension, elts ...pyast.Expr) {
	v.expr(gens[0].Iter)
	cs := newScope("function", v.cur, node)
	cs.setParams([]string{".0"})
	inner := &scoper{cur: cs, private: v.private}
	for i, g := range gens {
		if i > 0 {
			inner.expr(g.Iter)
		}
		inner.target(g.Target)
		for _, c := range g.Ifs {
			inner.expr(c)
		}
	}
	for _, e := range elts {
		inner.expr(e)
	}
	if _, ok := node.(*pyast.GeneratorExp); ok {
		cs.isGen = true
	}
}

func (v *scoper) expr(e pyast.Expr) {
	if e == nil {
		return
	}
	switch x := e.(type) {
	case *pyast.Name:
		if x.Ctx == pyast.Load {
			id := v.m(x.Id)
			v.cur.note(id)
			v.cur.used[id] = true
			if x.Id == "super" && v.cur.kind == "function" {
				v.cur.used["__class__"] = true
			}
		} else {
			v.bind(x.Id)
		}
	case *pyast.BoolOp:
		for _, y := range x.Values {
			v.expr(y)
		}
	case *pyast.NamedExpr:
		v.expr(x.Value)
		// The target binds in the nearest enclosing non-comprehension scope.
		s := v.cur
		id := v.m(x.Target.Id)
		for s.kind == "function" && isCompNode(s.node) && s.parent != nil {
			s.nonlocal[id] = true
			s = s.parent
		}
		s.assigned[id] = true
	case *pyast.BinOp:
		v.expr(x.Left)
		v.expr(x.Right)
	case *pyast.UnaryOp:
		v.expr(x.Operand)
	case *pyast.Lambda:
		v.args(x.Args)
		fs := newScope("function", v.cur, x)
		fs.setParams(v.mangleAll(paramNames(x.Args)))
		(&scoper{cur: fs, private: v.private}).expr(x.Body)
	case *pyast.IfExp:
		v.expr(x.Test)
		v.expr(x.Body)
		v.expr(x.OrElse)
	case *pyast.Dict:
		for i := range x.Values {
			v.expr(x.Keys[i])
			v.expr(x.Values[i])
		}
	case *pyast.Set:
		for _, y := range x.Elts {
			v.expr(y)
		}
	case *pyast.ListComp:
		v.comp(x, x.Generators, x.Elt)
	case *pyast.SetComp:
		v.comp(x, x.Generators, x.Elt)
	case *pyast.DictComp:
		v.comp(x, x.Generators, x.Key, x.Value)
	case *pyast.GeneratorExp:
		v.comp(x, x.Generators, x.Elt)
	case *pyast.Await:
		v.cur.isGen = true
		v.expr(x.Value)
	case *pyast.Yield:
		v.cur.isGen = true
		v.expr(x.Value)
	case *pyast.YieldFrom:
		v.cur.isGen = true
		v.expr(x.Value)
	case *pyast.Compare:
		v.expr(x.Left)
		for _, y := range x.Comparators {
			v.expr(y)
		}
	case *pyast.Call:
		v.expr(x.Func)
		for _, y := range x.Args {
			v.expr(y)
		}
		for _, k := range x.Keywords {
			v.expr(k.Value)
		}
	case *pyast.FormattedValue:
		v.expr(x.Value)
		v.expr(x.FormatSpec)
	case *pyast.JoinedStr:
		for _, y := range x.Values {
			v.expr(y)
		}
	case *pyast.Attribute:
		v.expr(x.Value)
	case *pyast.Subscript:
		v.expr(x.Value)
		v.expr(x.Slice)
	case *pyast.Starred:
		if x.Ctx == pyast.Load {
			v.expr(x.Value)
		} else {
			v.target(x.Value)
		}
	case *pyast.List:
		for _, y := range x.Elts {
			if x.Ctx == pyast.Load {
				v.expr(y)
			} else {
				v.target(y)
			}
		}
	case *pyast.Tuple:
		for _, y := range x.Elts {
			if x.Ctx == pyast.Load {
				v.expr(y)
			} else {
				v.target(y)
			}
		}
	case *pyast.Slice:
		v.expr(x.Lower)
		v.expr(x.Upper)
		v.expr(x.Step)
	}
}

func isCompNode(n any) bool {
	switch n.(type) {
	case *pyast.ListComp, *pyast.SetComp, *pyast.DictComp, *pyast.GeneratorExp:
		return true
	}
	return false
}
