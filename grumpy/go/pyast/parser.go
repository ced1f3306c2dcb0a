package pyast

import "strings"

// parser is a recursive-descent parser over the token list.
type parser struct {
	toks     []Token
	i        int
	filename string
	src      string
	pending  *SyntaxError
	warn     WarnFunc
	cont     map[int]bool
	lines    []string
	// tokWarnings are the tokenizer's SyntaxWarnings, issued when the
	// parse starts.
	tokWarnings []Token
	// bareGenFor is the 'for' (or 'async') token of the unparenthesized
	// generator argument callArgs last read, if any (classDef).
	bareGenFor *Token
}

// WarnFunc receives a warning of category ("DeprecationWarning" from the
// parser for an invalid escape sequence, "SyntaxWarning" from Check) at
// line. It reports whether the warning was turned into an error (the
// parse then fails with a SyntaxError of the same message), or an
// exception to abort with (abort, passed back in SyntaxError.Abort).
type WarnFunc func(category, msg string, line int) (asError bool, abort any)

// earlyWarnings issues the invalid-escape warnings of the string tokens
// read before a tokenizer error err, and returns the error to report.
func (p *parser) earlyWarnings(warn WarnFunc, err *SyntaxError) *SyntaxError {
	if p == nil || warn == nil {
		return err
	}
	p.warn = warn
	if e := p.catch(func() {
		for _, t := range p.toks {
			if t.Kind != STRING {
				continue
			}
			prefix, body, _ := splitString(t.Text)
			lp := strings.ToLower(prefix)
			if strings.Contains(lp, "f") || strings.Contains(lp, "r") {
				continue
			}
			if _, derr, inv := decodeEscapesW(body, false, strings.Contains(lp, "b")); derr == "" && inv != "" {
				p.warnAt(t, inv)
			}
		}
	}); e != nil {
		return e
	}
	return err
}

// tokenizerWarnings issues the tokenizer's warnings.
func (p *parser) tokenizerWarnings() {
	for _, w := range p.tokWarnings {
		p.warnCat("SyntaxWarning", w, w.Text)
	}
}

// warnAt emits a DeprecationWarning about token t.
func (p *parser) warnAt(t Token, msg string) { p.warnCat("DeprecationWarning", t, msg) }

func (p *parser) warnCat(category string, t Token, msg string) {
	if p.warn == nil {
		return
	}
	asError, abort := p.warn(category, msg, t.Line)
	if abort != nil {
		panic(parseError{&SyntaxError{Msg: msg, Abort: abort}})
	}
	if asError {
		p.failAt(t, msg)
	}
}

// Mode selects what is parsed.
type Mode int

// Parse modes, as compile()'s.
const (
	ModeExec Mode = iota
	ModeEval
	ModeSingle
)

// ParseModule parses a whole module (exec mode).
func ParseModule(src, filename string) (*Module, *SyntaxError) {
	return ParseModuleW(src, filename, nil)
}

// ParseModuleW is ParseModule reporting warnings to warn.
func ParseModuleW(src, filename string, warn WarnFunc) (*Module, *SyntaxError) {
	p, err := newParser(src, filename)
	if err != nil {
		return nil, p.earlyWarnings(warn, err)
	}
	p.warn = warn
	var body []Stmt
	err = p.catch(func() {
		p.tokenizerWarnings()
		for p.tok().Kind != ENDMARKER {
			if p.tok().Kind == NEWLINE {
				p.i++
				continue
			}
			body = append(body, p.statement()...)
		}
	})
	if err != nil {
		return nil, p.unclosedFirst(err)
	}
	return &Module{Body: body}, nil
}

// ParseExpression parses an eval-mode expression (leading whitespace allowed).
func ParseExpression(src, filename string) (*Expression, *SyntaxError) {
	return ParseExpressionW(src, filename, nil)
}

// ParseExpressionW is ParseExpression reporting warnings to warn.
func ParseExpressionW(src, filename string, warn WarnFunc) (_ *Expression, err *SyntaxError) {
	src = strings.TrimLeft(src, " \t")
	p, err := newParser(src, filename)
	if err != nil {
		return nil, p.earlyWarnings(warn, err)
	}
	p.warn = warn
	var e Expr
	defer func() {
		// eval's source gets no newline appended: neither does the text
		// of an error on its last line.
		if err != nil && err.Line >= strings.Count(src, "\n")+1 && !strings.HasSuffix(src, "\n") {
			err.NoNewline = true
		}
	}()
	err = p.catch(func() {
		p.tokenizerWarnings()
		for p.tok().Kind == NEWLINE {
			p.i++
		}
		e = p.starExpressions()
		for p.tok().Kind == NEWLINE {
			p.i++
		}
		if p.tok().Kind != ENDMARKER {
			p.fail("invalid syntax")
		}
	})
	if err != nil {
		return nil, err
	}
	return &Expression{Body: e}, nil
}

func newParser(src, filename string) (*parser, *SyntaxError) {
	tz := tokenize(src, filename)
	if tz.err != nil {
		// The tokens read before the error still travel: CPython's
		// lazy tokenizer has parsed (and warned about) their strings.
		return &parser{toks: tz.toks, filename: filename, src: src}, tz.err
	}
	return &parser{toks: tz.toks, filename: filename, src: src, pending: tz.pending, cont: tz.cont, tokWarnings: tz.warnings}, nil
}

type parseError struct{ err *SyntaxError }

func (p *parser) catch(f func()) (err *SyntaxError) {
	defer func() {
		if r := recover(); r != nil {
			if pe, ok := r.(parseError); ok {
				err = pe.err
				// An error at the very end is really the unclosed bracket.
				if p.pending != nil && p.i >= len(p.toks)-3 && err.Abort == nil {
					err = p.pending
				}
				return
			}
			panic(r)
		}
	}()
	f()
	if p.pending != nil && p.i >= len(p.toks)-1 {
		return p.pending
	}
	return nil
}

// unclosedFirst: a parser error on a line after a bracket that is never
// closed is reported as that bracket (CPython's
// _PyPegen_tokenize_full_source_to_check_for_errors).
func (p *parser) unclosedFirst(err *SyntaxError) *SyntaxError {
	if p.pending != nil && err.Abort == nil && err != p.pending &&
		(p.pending.Line < err.Line || err.Msg == "invalid syntax. Perhaps you forgot a comma?") {
		return p.pending
	}
	return err
}

func (p *parser) tok() Token { return p.toks[p.i] }

func (p *parser) peekTok(n int) Token {
	if p.i+n < len(p.toks) {
		return p.toks[p.i+n]
	}
	return p.toks[len(p.toks)-1]
}

func (p *parser) lineText(line int) string {
	if p.lines == nil {
		p.lines = strings.Split(strings.ReplaceAll(strings.ReplaceAll(p.src, "\r\n", "\n"), "\r", "\n"), "\n")
	}
	return textFrom(p.lines, p.cont, line)
}

func (p *parser) failAt(t Token, msg string) {
	panic(parseError{&SyntaxError{Msg: msg, Filename: p.filename, Line: t.Line, Col: t.Col + 1,
		EndLine: t.EndLine, EndCol: t.EndCol + 1, Text: p.lineText(t.Line)}})
}

func (p *parser) fail(msg string) { p.failAt(p.tok(), msg) }

func (p *parser) isOp(s string) bool { t := p.tok(); return t.Kind == OP && t.Text == s }

func (p *parser) isKw(s string) bool { t := p.tok(); return t.Kind == NAME && t.Text == s }

func (p *parser) acceptOp(s string) bool {
	if p.isOp(s) {
		p.i++
		return true
	}
	return false
}

func (p *parser) acceptKw(s string) bool {
	if p.isKw(s) {
		p.i++
		return true
	}
	return false
}

func (p *parser) expectOp(s string) Token {
	if !p.isOp(s) {
		if s == ":" {
			p.fail("expected ':'")
		}
		p.fail("invalid syntax")
	}
	t := p.tok()
	p.i++
	return t
}

func (p *parser) expectKw(s string) {
	if !p.isKw(s) {
		p.fail("invalid syntax")
	}
	p.i++
}

var keywords = map[string]bool{
	"False": true, "None": true, "True": true, "and": true, "as": true, "assert": true, "async": true,
	"await": true, "break": true, "class": true, "continue": true, "def": true, "del": true, "elif": true,
	"else": true, "except": true, "finally": true, "for": true, "from": true, "global": true, "if": true,
	"import": true, "in": true, "is": true, "lambda": true, "nonlocal": true, "not": true, "or": true,
	"pass": true, "raise": true, "return": true, "try": true, "while": true, "with": true, "yield": true,
}

func (p *parser) name() string {
	t := p.tok()
	if t.Kind != NAME || keywords[t.Text] {
		p.fail("invalid syntax")
	}
	p.i++
	return t.Text
}

func posOf(t Token) Pos { return Pos{Line: t.Line, Col: t.Col, EndLine: t.EndLine, EndCol: t.EndCol} }

func (p *parser) endPos(pos Pos) Pos {
	j := p.i - 1
	for j > 0 && (p.toks[j].Kind == NEWLINE || p.toks[j].Kind == INDENT || p.toks[j].Kind == DEDENT) {
		j--
	}
	prev := p.toks[j]
	pos.EndLine, pos.EndCol = prev.EndLine, prev.EndCol
	return pos
}

// statement parses one logical line's statements or a compound statement.
func (p *parser) statement() []Stmt {
	t := p.tok()
	if t.Kind == NAME {
		switch t.Text {
		case "if":
			return []Stmt{p.ifStmt()}
		case "while":
			return []Stmt{p.whileStmt()}
		case "for":
			return []Stmt{p.forStmt(false, t)}
		case "try":
			return []Stmt{p.tryStmt()}
		case "with":
			return []Stmt{p.withStmt(false, t)}
		case "def":
			return []Stmt{p.funcDef(nil, false, t)}
		case "class":
			return []Stmt{p.classDef(nil)}
		case "async":
			n := p.peekTok(1)
			p.i++
			switch n.Text {
			case "def":
				return []Stmt{p.funcDef(nil, true, t)}
			case "for":
				return []Stmt{p.forStmt(true, t)}
			case "with":
				return []Stmt{p.withStmt(true, t)}
			}
			p.fail("invalid syntax")
		case "match":
			s, colonMissing := p.tryMatch()
			if s != nil {
				return []Stmt{s}
			}
			if colonMissing {
				// Not an expression statement either: CPython's
				// invalid_match_stmt.
				save := p.i
				var out []Stmt
				if p.catch(func() { out = p.simpleStmts() }) == nil {
					return out
				}
				p.i = save
				for p.tok().Kind != NEWLINE {
					p.i++
				}
				p.fail("expected ':'")
			}
		}
	}
	if t.Kind == OP && t.Text == "@" {
		return []Stmt{p.decorated()}
	}
	if t.Kind == INDENT {
		e := &SyntaxError{Kind: "IndentationError", Msg: "unexpected indent", Filename: p.filename, Line: t.Line, Col: t.EndCol,
			EndLine: t.Line, EndCol: -1, Text: p.lineText(t.Line)}
		panic(parseError{e})
	}
	return p.simpleStmts()
}

func (p *parser) simpleStmts() []Stmt {
	var out []Stmt
	for {
		out = append(out, p.simpleStmt())
		if p.acceptOp(";") {
			if p.tok().Kind == NEWLINE {
				break
			}
			continue
		}
		break
	}
	if p.tok().Kind != NEWLINE {
		p.legacyPrint()
		p.fail("invalid syntax")
	}
	p.i++
	return out
}

// softBlock is block() after a header whose ':' CPython's grammar does not
// force (class, if, elif, while, for, with, except E): a missing ':' is
// "expected ':'" only at the end of the line, else "invalid syntax".
func (p *parser) softBlock() []Stmt {
	if !p.isOp(":") && p.tok().Kind != NEWLINE {
		p.fail("invalid syntax")
	}
	return p.block()
}

func (p *parser) block() []Stmt {
	p.expectOp(":")
	if p.tok().Kind != NEWLINE {
		return p.simpleStmts()
	}
	p.i++
	if p.tok().Kind != INDENT {
		prev := p.toks[p.i-2]
		e := &SyntaxError{Kind: "IndentationError", Msg: "expected an indented block after " + blockWhat(p, prev), Filename: p.filename,
			Line: p.tok().Line, Col: p.tok().Col + 1, Text: p.lineText(p.tok().Line)}
		if t := p.tok(); t.Kind != ENDMARKER {
			e.EndLine, e.EndCol = t.EndLine, t.EndCol+1
		} else {
			// At the end of the source CPython points past the last line.
			l := p.toks[p.i-1].Line
			e.Line, e.Text = l, p.lineText(l)
			e.Col, e.EndLine, e.EndCol = len([]rune(e.Text))+1, l, -1
		}
		panic(parseError{e})
	}
	p.i++
	var body []Stmt
	for p.tok().Kind != DEDENT && p.tok().Kind != ENDMARKER {
		if p.tok().Kind == NEWLINE {
			p.i++
			continue
		}
		body = append(body, p.statement()...)
	}
	if p.tok().Kind == DEDENT {
		p.i++
	}
	return body
}

func blockWhat(p *parser, colon Token) string {
	// Find the statement keyword that opened the block: the first token
	// of the colon's logical line (past decorators' lines, "async").
	j := p.i - 2
	for j >= 0 {
		t := p.toks[j]
		if t.Kind == NEWLINE || t.Kind == INDENT || t.Kind == DEDENT {
			break
		}
		j--
	}
	k := p.toks[j+1]
	if k.Kind == NAME && k.Text == "async" && j+2 < len(p.toks) {
		k = p.toks[j+2]
	}
	switch k.Text {
	case "def":
		return "function definition on line " + itoa(k.Line)
	case "class":
		return "class definition on line " + itoa(k.Line)
	case "if", "elif", "while", "for", "with", "try", "else", "finally", "case", "match":
		return "'" + k.Text + "' statement on line " + itoa(k.Line)
	case "except":
		if n := p.toks[j+2]; n.Kind == OP && n.Text == "*" {
			return "'except*' statement on line " + itoa(k.Line)
		}
		return "'except' statement on line " + itoa(k.Line)
	}
	return "statement on line " + itoa(colon.Line)
}

func (p *parser) simpleStmt() Stmt {
	t := p.tok()
	pos := posOf(t)
	if t.Kind == NAME {
		switch t.Text {
		case "pass":
			p.i++
			return &Pass{p.endPos(pos)}
		case "break":
			p.i++
			return &Break{p.endPos(pos)}
		case "continue":
			p.i++
			return &Continue{p.endPos(pos)}
		case "return":
			p.i++
			var v Expr
			if !p.atStmtEnd() {
				v = p.starExpressions()
			}
			return &Return{p.endPos(pos), v}
		case "raise":
			p.i++
			r := &Raise{}
			if !p.atStmtEnd() {
				r.Exc = p.expression()
				if p.acceptKw("from") {
					r.Cause = p.expression()
				}
			}
			r.Pos = p.endPos(pos)
			return r
		case "global", "nonlocal":
			p.i++
			names := []string{p.name()}
			for p.acceptOp(",") {
				names = append(names, p.name())
			}
			if t.Text == "global" {
				return &Global{p.endPos(pos), names}
			}
			return &Nonlocal{p.endPos(pos), names}
		case "del":
			p.i++
			var targets []Expr
			for {
				if t := p.tok(); t.Kind == OP && t.Text == "*" {
					// `del *x`: CPython's "cannot delete starred".
					p.i++
					v := p.bitOr()
					setCtx(p, &Starred{Pos: p.endPos(posOf(t)), Value: v}, Del)
				}
				e := p.bitOr()
				setCtx(p, e, Del)
				targets = append(targets, e)
				if !p.acceptOp(",") || p.atStmtEnd() {
					break
				}
			}
			return &Delete{p.endPos(pos), targets}
		case "assert":
			p.i++
			a := &Assert{Test: p.expression()}
			if p.acceptOp(",") {
				a.Msg = p.expression()
			}
			a.Pos = p.endPos(pos)
			return a
		case "import":
			return p.importStmt()
		case "from":
			return p.fromImport()
		}
	}
	return p.exprStmt()
}

func (p *parser) atStmtEnd() bool {
	t := p.tok()
	return t.Kind == NEWLINE || t.Kind == ENDMARKER || (t.Kind == OP && t.Text == ";")
}

func (p *parser) exprStmt() Stmt {
	start := p.tok()
	pos := posOf(start)
	var first Expr
	if p.isKw("yield") {
		first = p.yieldExpr()
	} else {
		first = p.starExpressions()
	}
	if p.isOp(":") {
		// Annotated assignment.
		p.i++
		simple := false
		if n, ok := first.(*Name); ok && !(start.Kind == OP && start.Text == "(") {
			simple = true
			_ = n
		}
		switch first.(type) {
		case *Name, *Attribute, *Subscript:
		case *Tuple:
			p.failAt(tokAt(p, first), "only single target (not tuple) can be annotated")
		case *List:
			p.failAt(tokAt(p, first), "only single target (not list) can be annotated")
		default:
			p.failAt(start, "illegal target for annotation")
		}
		setCtx(p, first, Store)
		ann := p.expression()
		a := &AnnAssign{Target: first, Annotation: ann, Simple: simple}
		if p.acceptOp("=") {
			if p.isKw("yield") {
				a.Value = p.yieldExpr()
			} else {
				a.Value = p.starExpressions()
			}
		}
		a.Pos = p.endPos(pos)
		return a
	}
	if t := p.tok(); t.Kind == OP && strings.HasSuffix(t.Text, "=") && t.Text != "=" && t.Text != "==" && t.Text != "<=" && t.Text != ">=" && t.Text != "!=" {
		p.i++
		switch first.(type) {
		case *Name, *Attribute, *Subscript:
		default:
			p.failAt(tokAt(p, first), "'"+exprDesc(first)+"' is an illegal expression for augmented assignment")
		}
		setCtx(p, first, Store)
		var v Expr
		if p.isKw("yield") {
			v = p.yieldExpr()
		} else {
			v = p.starExpressions()
		}
		return &AugAssign{p.endPos(pos), first, strings.TrimSuffix(t.Text, "="), v}
	}
	if p.isOp("=") {
		targets := []Expr{first}
		var value Expr
		for p.acceptOp("=") {
			// CPython's invalid_assignment reports a bad target before
			// a syntax error in what follows.
			if err := p.catch(func() {
				if p.isKw("yield") {
					value = p.yieldExpr()
				} else {
					value = p.starExpressions()
				}
			}); err != nil {
				for _, tg := range targets {
					checkAssignTarget(p, tg, false)
				}
				panic(parseError{err})
			}
			if p.isOp("=") {
				targets = append(targets, value)
			}
		}
		// invalid_named_expression's "Maybe you meant '=='" applies to a
		// single '=' whose value is a bitwise_or not followed by '='.
		maybe := false
		if len(targets) == 1 {
			v := value
			if tu, ok := v.(*Tuple); ok && len(tu.Elts) > 0 && !p.inParens(tu) {
				v = tu.Elts[0]
			}
			maybe = isBitwiseOr(v)
		}
		for _, tg := range targets {
			checkAssignTarget(p, tg, maybe)
			setCtx(p, tg, Store)
		}
		return &Assign{p.endPos(pos), targets, value}
	}
	return &ExprStmt{p.endPos(pos), first}
}

// exprDesc names an expression in error messages (CPython's
// _PyPegen_get_expr_name).
func exprDesc(e Expr) string {
	switch v := e.(type) {
	case *Attribute:
		return "attribute"
	case *Subscript:
		return "subscript"
	case *Starred:
		return "starred"
	case *Name:
		return "name"
	case *List:
		return "list"
	case *Tuple:
		return "tuple"
	case *Lambda:
		return "lambda"
	case *Call:
		return "function call"
	case *BinOp, *UnaryOp, *BoolOp:
		return "expression"
	case *GeneratorExp:
		return "generator expression"
	case *Yield, *YieldFrom:
		return "yield expression"
	case *Await:
		return "await expression"
	case *ListComp:
		return "list comprehension"
	case *SetComp:
		return "set comprehension"
	case *DictComp:
		return "dict comprehension"
	case *Dict:
		return "dict literal"
	case *Set:
		return "set display"
	case *JoinedStr, *FormattedValue:
		return "f-string expression"
	case *Constant:
		switch x := v.Value.(type) {
		case nil:
			return "None"
		case bool:
			if x {
				return "True"
			}
			return "False"
		case EllipsisValue:
			return "ellipsis"
		}
		return "literal"
	case *Compare:
		return "comparison"
	case *IfExp:
		return "conditional expression"
	case *NamedExpr:
		return "named expression"
	}
	return "expression"
}

func checkAssignTarget(p *parser, e Expr, maybe bool) {
	switch v := e.(type) {
	case *Name, *Attribute, *Subscript:
	case *Starred:
		checkAssignTarget(p, v.Value, false)
	case *Tuple:
		inner := maybe && !p.inParens(v)
		for _, x := range v.Elts {
			checkAssignTarget(p, x, inner)
		}
	case *List:
		for _, x := range v.Elts {
			checkAssignTarget(p, x, false)
		}
	case *Yield, *YieldFrom:
		p.failAt(tokAt(p, e), "assignment to yield expression not possible")
	default:
		d := exprDesc(e)
		if maybe && isBitwiseOr(e) && d != "None" && d != "True" && d != "False" {
			if _, gen := e.(*GeneratorExp); !gen {
				p.failAt(tokAt(p, e), "cannot assign to "+d+" here. Maybe you meant '==' instead of '='?")
			}
		}
		p.failAt(tokAt(p, e), "cannot assign to "+d)
	}
}

// isBitwiseOr: the expression is a bitwise_or in CPython's grammar (no
// lambda, conditional, comparison, not/and/or, walrus, star or yield).
func isBitwiseOr(e Expr) bool {
	switch v := e.(type) {
	case *Lambda, *IfExp, *Compare, *BoolOp, *NamedExpr, *Starred, *Yield, *YieldFrom:
		return false
	case *UnaryOp:
		return v.Op != "not"
	}
	return true
}

// inParens reports whether a tuple was written in parentheses.
func (p *parser) inParens(e Expr) bool {
	pos := e.Position()
	var first, last Token
	for _, t := range p.toks {
		if t.Line == pos.Line && t.Col == pos.Col && first.Text == "" {
			first = t
		}
		if t.EndLine == pos.EndLine && t.EndCol == pos.EndCol {
			last = t
		}
	}
	return first.Kind == OP && first.Text == "(" && last.Kind == OP && last.Text == ")"
}

func tokAt(p *parser, e Expr) Token {
	pos := e.Position()
	return Token{Line: pos.Line, Col: pos.Col, EndLine: pos.EndLine, EndCol: pos.EndCol}
}

// setCtx marks an expression used as an assignment or del target.
func setCtx(p *parser, e Expr, ctx ExprContext) {
	switch v := e.(type) {
	case *Name:
		v.Ctx = ctx
	case *Attribute:
		v.Ctx = ctx
	case *Subscript:
		v.Ctx = ctx
	case *Starred:
		if ctx == Del {
			p.failAt(tokAt(p, e), "cannot delete starred")
		}
		v.Ctx = ctx
		setCtx(p, v.Value, ctx)
	case *Tuple:
		v.Ctx = ctx
		for _, x := range v.Elts {
			setCtx(p, x, ctx)
		}
	case *List:
		v.Ctx = ctx
		for _, x := range v.Elts {
			setCtx(p, x, ctx)
		}
	default:
		if ctx == Del {
			p.failAt(tokAt(p, e), "cannot delete "+exprDesc(e))
		}
	}
}

func (p *parser) importStmt() Stmt {
	pos := posOf(p.tok())
	p.i++
	var names []*Alias
	for {
		apos := posOf(p.tok())
		n := p.dottedName()
		a := &Alias{Name: n}
		if p.acceptKw("as") {
			a.AsName = p.name()
		}
		a.Pos = p.endPos(apos)
		names = append(names, a)
		if !p.acceptOp(",") {
			break
		}
	}
	return &Import{p.endPos(pos), names}
}

func (p *parser) dottedName() string {
	n := p.name()
	for p.acceptOp(".") {
		n += "." + p.name()
	}
	return n
}

func (p *parser) fromImport() Stmt {
	pos := posOf(p.tok())
	p.i++
	level := 0
	for {
		if p.acceptOp(".") {
			level++
		} else if p.acceptOp("...") {
			level += 3
		} else {
			break
		}
	}
	mod := ""
	if !p.isKw("import") {
		mod = p.dottedName()
	}
	p.expectKw("import")
	var names []*Alias
	if p.acceptOp("*") {
		names = []*Alias{{Pos: posOf(p.toks[p.i-1]), Name: "*"}}
	} else {
		paren := p.acceptOp("(")
		for {
			apos := posOf(p.tok())
			a := &Alias{Name: p.name()}
			if p.acceptKw("as") {
				a.AsName = p.name()
			}
			a.Pos = p.endPos(apos)
			names = append(names, a)
			if !p.acceptOp(",") {
				break
			}
			if paren && p.isOp(")") {
				break
			}
			if !paren && p.atStmtEnd() {
				p.fail("trailing comma not allowed without surrounding parentheses")
			}
		}
		if paren {
			p.expectOp(")")
		}
	}
	return &ImportFrom{p.endPos(pos), mod, names, level}
}

func (p *parser) ifStmt() Stmt {
	pos := posOf(p.tok())
	p.i++
	s := &If{Test: p.namedExpression()}
	p.invalidNamedEq(s.Test)
	s.Body = p.softBlock()
	if p.isKw("elif") {
		s.OrElse = []Stmt{p.ifStmt()}
	} else if p.acceptKw("else") {
		s.OrElse = p.block()
	}
	s.Pos = p.endPos(pos)
	return s
}

func (p *parser) whileStmt() Stmt {
	pos := posOf(p.tok())
	p.i++
	s := &While{Test: p.namedExpression()}
	p.invalidNamedEq(s.Test)
	s.Body = p.softBlock()
	if p.acceptKw("else") {
		s.OrElse = p.block()
	}
	s.Pos = p.endPos(pos)
	return s
}

func (p *parser) forStmt(async bool, start Token) Stmt {
	p.i++
	s := &For{IsAsync: async}
	s.Target = p.targetList()
	checkAssignTarget(p, s.Target, false)
	setCtx(p, s.Target, Store)
	p.expectKw("in")
	s.Iter = p.starExpressions()
	s.Body = p.softBlock()
	if p.acceptKw("else") {
		s.OrElse = p.block()
	}
	s.Pos = p.endPos(posOf(start))
	return s
}

// targetList parses for-loop / comprehension targets (no `in` operator).
func (p *parser) targetList() Expr {
	pos := posOf(p.tok())
	var elts []Expr
	trailing := false
	for {
		var e Expr
		if p.isOp("*") {
			spos := posOf(p.tok())
			p.i++
			e = &Starred{Value: p.bitOr()}
			e.(*Starred).Pos = p.endPos(spos)
		} else {
			e = p.bitOr()
		}
		elts = append(elts, e)
		if !p.acceptOp(",") {
			trailing = false
			break
		}
		trailing = true
		if p.isKw("in") || p.isOp("=") {
			break
		}
	}
	if len(elts) == 1 && !trailing {
		return elts[0]
	}
	return &Tuple{Pos: p.endPos(pos), Elts: elts}
}

func (p *parser) tryStmt() Stmt {
	pos := posOf(p.tok())
	p.i++
	s := &Try{Body: p.block()}
	for p.isKw("except") {
		hpos := posOf(p.tok())
		p.i++
		star := p.acceptOp("*")
		if len(s.Handlers) > 0 && star != s.Star {
			p.failAt(Token{Line: hpos.Line, Col: hpos.Col, EndLine: p.toks[p.i-1].EndLine, EndCol: p.toks[p.i-1].EndCol},
				"cannot have both 'except' and 'except*' on the same 'try'")
		}
		if star {
			s.Star = true
		}
		h := &ExceptHandler{}
		if p.tok().Kind == NEWLINE {
			p.fail("expected ':'")
		}
		if !p.isOp(":") {
			h.Type = p.expression()
			if p.isOp(",") {
				p.fail("multiple exception types must be parenthesized")
			}
			if p.acceptKw("as") {
				h.Name = p.name()
			}
		} else if star {
			p.fail("expected one or more exception types")
		}
		h.Body = p.softBlock()
		h.Pos = p.endPos(hpos)
		s.Handlers = append(s.Handlers, h)
	}
	if p.acceptKw("else") {
		if len(s.Handlers) == 0 {
			p.fail("invalid syntax")
		}
		s.OrElse = p.block()
	}
	if p.acceptKw("finally") {
		s.FinalBody = p.block()
	}
	if len(s.Handlers) == 0 && s.FinalBody == nil {
		p.fail("expected 'except' or 'finally' block")
	}
	s.Pos = p.endPos(pos)
	return s
}

func (p *parser) withStmt(async bool, start Token) Stmt {
	p.i++
	s := &With{IsAsync: async}
	// Parenthesized with-items: `with (a as b, c):`.
	if p.isOp("(") {
		save := p.i
		ok := p.catch(func() {
			p.i++
			for !p.isOp(")") {
				s.Items = append(s.Items, p.withItem())
				if !p.acceptOp(",") {
					break
				}
			}
			p.expectOp(")")
			if !p.isOp(":") {
				p.fail("invalid syntax")
			}
		})
		if ok != nil && ok.Abort != nil {
			panic(parseError{ok})
		}
		if ok != nil {
			p.i = save
			s.Items = nil
		}
	}
	if s.Items == nil {
		for {
			s.Items = append(s.Items, p.withItem())
			if !p.acceptOp(",") {
				break
			}
		}
	}
	s.Body = p.softBlock()
	s.Pos = p.endPos(posOf(start))
	return s
}

func (p *parser) withItem() *WithItem {
	it := &WithItem{ContextExpr: p.expression()}
	if p.acceptKw("as") {
		it.OptionalVars = p.targetAtom()
		if p.isOp(",") || p.isOp(")") || p.isOp(":") {
			checkAssignTarget(p, it.OptionalVars, false)
		}
		setCtx(p, it.OptionalVars, Store)
	}
	return it
}

// targetAtom is a single assignment target (name, attribute, subscript,
// or parenthesized/bracketed target list).
func (p *parser) targetAtom() Expr {
	return p.primary()
}

func (p *parser) decorated() Stmt {
	var decos []Expr
	for p.isOp("@") {
		p.i++
		decos = append(decos, p.namedExpression())
		if p.tok().Kind != NEWLINE {
			p.fail("invalid syntax")
		}
		p.i++
	}
	t := p.tok()
	switch {
	case p.isKw("def"):
		return p.funcDef(decos, false, t)
	case p.isKw("async") && p.peekTok(1).Text == "def":
		p.i++
		return p.funcDef(decos, true, t)
	case p.isKw("class"):
		return p.classDef(decos)
	}
	p.fail("invalid syntax")
	return nil
}

func (p *parser) funcDef(decos []Expr, async bool, start Token) Stmt {
	p.expectKw("def")
	f := &FunctionDef{DecoratorList: decos, IsAsync: async}
	f.Name = p.name()
	if !p.isOp("(") {
		p.fail("expected '('")
	}
	p.i++
	f.Args = p.parameters(")", true)
	p.expectOp(")")
	if p.acceptOp("->") {
		f.Returns = p.expression()
	}
	f.Body = p.block()
	f.Pos = p.endPos(posOf(start))
	return f
}

// parameters parses a def's or lambda's parameter list up to close.
func (p *parser) parameters(close string, annotations bool) *Arguments {
	a := &Arguments{}
	var plain []*Arg
	var defaults []Expr
	seenSlash, seenStar := false, false
	// Duplicate names are the symbol table's error (check.go).
	addName := func(Token, string) {}
	param := func(vararg ...bool) *Arg {
		t := p.tok()
		arg := &Arg{Arg: p.name()}
		addName(t, arg.Arg)
		if annotations && p.acceptOp(":") {
			if len(vararg) > 0 && p.isOp("*") {
				// PEP 646: `*args: *Ts`.
				spos := posOf(p.tok())
				p.i++
				st := &Starred{Value: p.expression()}
				st.Pos = p.endPos(spos)
				arg.Annotation = st
			} else {
				arg.Annotation = p.expression()
			}
		}
		arg.Pos = p.endPos(posOf(t))
		return arg
	}
	for !p.isOp(close) {
		switch {
		case p.isOp("/"):
			switch {
			case len(plain) == 0 && !seenSlash && !seenStar:
				p.fail("at least one argument must precede /")
			case seenSlash:
				p.fail("/ may appear only once")
			case seenStar:
				p.fail("/ must be ahead of *")
			}
			p.i++
			if p.isOp("*") {
				p.fail("expected comma between / and *")
			}
			seenSlash = true
			a.PosOnlyArgs = plain
			plain = nil
		case p.isOp("**"):
			p.i++
			a.KwArg = param()
			if p.isOp("=") {
				p.fail("var-keyword argument cannot have default value")
			}
			p.acceptOp(",")
			if !p.isOp(close) {
				p.fail("arguments cannot follow var-keyword argument")
			}
			continue
		case p.isOp("*"):
			if seenStar {
				p.fail("* argument may appear only once")
			}
			starTok := p.tok()
			p.i++
			seenStar = true
			if !p.isOp(",") && !p.isOp(close) {
				a.VarArg = param(true)
				if p.isOp("=") {
					p.fail("var-positional argument cannot have default value")
				}
			} else if p.isOp(close) || (p.isOp(",") && p.peekTok(1).Kind == OP && (p.peekTok(1).Text == close || p.peekTok(1).Text == "**")) {
				if close == ":" {
					// invalid_lambda_star_etc has no known location: the
					// last token read.
					p.acceptOp(",")
					p.fail("named arguments must follow bare *")
				}
				p.failAt(starTok, "named arguments must follow bare *")
			}
		case p.isOp("(") && !seenStar && !seenSlash && len(defaults) == 0:
			// invalid_parameters: param_no_default* '(' ... (else "invalid syntax").
			if close == ":" {
				p.fail("Lambda expression parameters cannot be parenthesized")
			}
			p.fail("Function parameters cannot be parenthesized")
		default:
			arg := param()
			var def Expr
			if p.isOp("=") {
				if n := p.peekTok(1); n.Kind == OP && (n.Text == "," || n.Text == close) {
					p.fail("expected default value expression")
				}
				p.i++
				def = p.expression()
			}
			if seenStar {
				a.KwOnlyArgs = append(a.KwOnlyArgs, arg)
				a.KwDefaults = append(a.KwDefaults, def)
			} else {
				plain = append(plain, arg)
				if def != nil {
					defaults = append(defaults, def)
				} else if len(defaults) > 0 {
					p.failAt(Token{Line: arg.Pos.Line, Col: arg.Pos.Col, EndLine: arg.Pos.Line,
						EndCol: arg.Pos.Col + len([]rune(arg.Arg))}, "non-default argument follows default argument")
				}
			}
		}
		if !p.acceptOp(",") {
			break
		}
	}
	a.Args = plain
	a.Defaults = defaults
	return a
}

func (p *parser) classDef(decos []Expr) Stmt {
	start := p.tok()
	p.expectKw("class")
	c := &ClassDef{DecoratorList: decos, Name: p.name()}
	if p.acceptOp("(") {
		p.bareGenFor = nil
		args, kws := p.callArgs()
		if p.bareGenFor != nil && len(args) == 1 && len(kws) == 0 {
			// A class's arguments are no call's: `class C(x for x in y)`
			// is no generator argument (CPython's grammar).
			p.failAt(*p.bareGenFor, "invalid syntax")
		}
		c.Bases, c.Keywords = args, kws
	}
	c.Body = p.softBlock()
	c.Pos = p.endPos(posOf(start))
	return c
}
