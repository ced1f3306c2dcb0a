package pyast

// Expressions, by precedence from lowest to highest.

// starExpressions is `a, *b, c` (a tuple when there is a comma).
// Its items are CPython's star_expression: no unparenthesized walrus.
func (p *parser) starExpressions() Expr {
	pos := posOf(p.tok())
	first := p.starExpressionNoWalrus()
	if !p.isOp(",") {
		return first
	}
	elts := []Expr{first}
	for p.acceptOp(",") {
		if p.exprEnd() {
			break
		}
		elts = append(elts, p.starExpressionNoWalrus())
	}
	return &Tuple{Pos: p.endPos(pos), Elts: elts}
}

// exprEnd reports whether no further expression can start here.
func (p *parser) exprEnd() bool {
	t := p.tok()
	switch t.Kind {
	case NEWLINE, ENDMARKER, INDENT, DEDENT:
		return true
	case OP:
		switch t.Text {
		case ")", "]", "}", "=", ":", ";", "+=", "-=", "*=", "/=", "//=", "%=", "**=", ">>=", "<<=", "&=", "|=", "^=", "@=":
			return true
		}
	case NAME:
		switch t.Text {
		case "in", "for", "if", "else", "from", "as", "async":
			return true
		}
	}
	return false
}

func (p *parser) starExpression() Expr {
	if p.isOp("*") {
		pos := posOf(p.tok())
		p.i++
		v := p.bitOr()
		return &Starred{Pos: p.endPos(pos), Value: v}
	}
	e := p.namedExpression()
	p.invalidNamedEq(e)
	return e
}

// invalidNamedEq is CPython's invalid_named_expression for an '=' after
// a named expression's place ("[x=1]", "if x = 1:").
func (p *parser) invalidNamedEq(a Expr) {
	if !p.isOp("=") {
		return
	}
	save := p.i
	p.i++
	var b Expr
	if p.catch(func() { b = p.bitOr() }) != nil || b == nil || p.isOp("=") || p.isOp(":=") {
		p.i = save
		return
	}
	if _, ok := a.(*Name); ok {
		p.failRange(a.Position(), b.Position(), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
	}
	switch a.(type) {
	case *List, *Tuple, *GeneratorExp:
		p.i = save
		return
	}
	if d := exprDesc(a); isBitwiseOr(a) && d != "True" && d != "False" && d != "None" {
		p.failAt(tokAt(p, a), "cannot assign to "+d+" here. Maybe you meant '==' instead of '='?")
	}
	p.i = save
}

// starExpressionNoWalrus is star_expression: '*' bitwise_or | expression;
// a ':=' after a name is "invalid syntax" there (after anything else,
// CPython's invalid_named_expression message).
func (p *parser) starExpressionNoWalrus() Expr {
	if p.isOp("*") {
		return p.starExpression()
	}
	e := p.expression()
	if p.isOp(":=") {
		if _, ok := e.(*Name); ok {
			p.fail("invalid syntax")
		}
		p.failAt(tokAt(p, e), "cannot use assignment expressions with "+exprDesc(e))
	}
	return e
}

// namedExpression is `name := value` or an expression.
func (p *parser) namedExpression() Expr {
	t := p.tok()
	if t.Kind == NAME && !keywords[t.Text] && p.peekTok(1).Kind == OP && p.peekTok(1).Text == ":=" {
		p.i += 2
		v := p.expression()
		return &NamedExpr{Pos: p.endPos(posOf(t)), Target: &Name{Pos: posOf(t), Id: t.Text, Ctx: Store}, Value: v}
	}
	e := p.expression()
	if p.isOp(":=") {
		p.failAt(tokAt(p, e), "cannot use assignment expressions with "+exprDesc(e))
	}
	return e
}

// expression is a conditional expression or a lambda.
func (p *parser) expression() Expr {
	if p.isKw("lambda") {
		return p.lambda()
	}
	pos := posOf(p.tok())
	body := p.disjunction()
	if p.isKw("if") {
		p.i++
		test := p.disjunction()
		if !p.acceptKw("else") {
			if p.isOp(":") {
				p.fail("invalid syntax")
			}
			p.failRange(body.Position(), test.Position(), "expected 'else' after 'if' expression")
		}
		orelse := p.expression()
		return &IfExp{Pos: p.endPos(pos), Test: test, Body: body, OrElse: orelse}
	}
	return body
}

func (p *parser) lambda() Expr {
	pos := posOf(p.tok())
	p.i++
	args := p.parameters(":", false)
	if !p.isOp(":") {
		p.fail("invalid syntax")
	}
	p.i++
	body := p.expression()
	return &Lambda{Pos: p.endPos(pos), Args: args, Body: body}
}

func (p *parser) disjunction() Expr {
	pos := posOf(p.tok())
	e := p.conjunction()
	if !p.isKw("or") {
		return e
	}
	vals := []Expr{e}
	for p.acceptKw("or") {
		vals = append(vals, p.conjunction())
	}
	return &BoolOp{Pos: p.endPos(pos), Op: "or", Values: vals}
}

func (p *parser) conjunction() Expr {
	pos := posOf(p.tok())
	e := p.inversion()
	if !p.isKw("and") {
		return e
	}
	vals := []Expr{e}
	for p.acceptKw("and") {
		vals = append(vals, p.inversion())
	}
	return &BoolOp{Pos: p.endPos(pos), Op: "and", Values: vals}
}

func (p *parser) inversion() Expr {
	if p.isKw("not") {
		pos := posOf(p.tok())
		p.i++
		v := p.inversion()
		return &UnaryOp{Pos: p.endPos(pos), Op: "not", Operand: v}
	}
	return p.comparison()
}

func (p *parser) compOp() string {
	t := p.tok()
	if t.Kind == OP {
		switch t.Text {
		case "<", "<=", "==", "!=", ">", ">=":
			p.i++
			return t.Text
		}
	}
	if t.Kind == NAME {
		switch t.Text {
		case "in":
			p.i++
			return "in"
		case "not":
			if p.peekTok(1).Text == "in" {
				p.i += 2
				return "not in"
			}
		case "is":
			p.i++
			if p.acceptKw("not") {
				return "is not"
			}
			return "is"
		}
	}
	return ""
}

func (p *parser) comparison() Expr {
	pos := posOf(p.tok())
	e := p.bitOr()
	var ops []string
	var comps []Expr
	for {
		op := p.compOp()
		if op == "" {
			break
		}
		ops = append(ops, op)
		comps = append(comps, p.bitOr())
	}
	if ops == nil {
		return e
	}
	return &Compare{Pos: p.endPos(pos), Left: e, Ops: ops, Comparators: comps}
}

func (p *parser) binLevel(next func() Expr, ops ...string) Expr {
	pos := posOf(p.tok())
	e := next()
	for {
		t := p.tok()
		matched := ""
		if t.Kind == OP {
			for _, o := range ops {
				if t.Text == o {
					matched = o
				}
			}
		}
		if matched == "" {
			return e
		}
		p.i++
		r := next()
		e = &BinOp{Pos: p.endPos(pos), Left: e, Op: matched, Right: r}
	}
}

func (p *parser) bitOr() Expr  { return p.binLevel(p.bitXor, "|") }
func (p *parser) bitXor() Expr { return p.binLevel(p.bitAnd, "^") }
func (p *parser) bitAnd() Expr { return p.binLevel(p.shift, "&") }
func (p *parser) shift() Expr  { return p.binLevel(p.sum, "<<", ">>") }
func (p *parser) sum() Expr    { return p.binLevel(p.term, "+", "-") }
func (p *parser) term() Expr   { return p.binLevel(p.factor, "*", "/", "//", "%", "@") }

func (p *parser) factor() Expr {
	t := p.tok()
	if t.Kind == OP && (t.Text == "+" || t.Text == "-" || t.Text == "~") {
		p.i++
		v := p.factor()
		return &UnaryOp{Pos: p.endPos(posOf(t)), Op: t.Text, Operand: v}
	}
	return p.power()
}

func (p *parser) power() Expr {
	pos := posOf(p.tok())
	e := p.awaitPrimary()
	if p.acceptOp("**") {
		r := p.factor()
		return &BinOp{Pos: p.endPos(pos), Left: e, Op: "**", Right: r}
	}
	return e
}

func (p *parser) awaitPrimary() Expr {
	if p.isKw("await") {
		pos := posOf(p.tok())
		p.i++
		v := p.primary()
		return &Await{Pos: p.endPos(pos), Value: v}
	}
	return p.primary()
}

// primary is an atom followed by calls, subscripts and attributes.
func (p *parser) primary() Expr {
	pos := posOf(p.tok())
	e := p.atom()
	for {
		switch {
		case p.isOp("."):
			p.i++
			name := p.name()
			e = &Attribute{Pos: p.endPos(pos), Value: e, Attr: name}
		case p.isOp("("):
			p.i++
			args, kws := p.callArgs()
			e = &Call{Pos: p.endPos(pos), Func: e, Args: args, Keywords: kws}
		case p.isOp("["):
			p.i++
			sl := p.slices()
			p.expectOp("]")
			e = &Subscript{Pos: p.endPos(pos), Value: e, Slice: sl}
		default:
			return e
		}
	}
}

// callArgs parses arguments after "(" through ")".
func (p *parser) callArgs() ([]Expr, []*Keyword) {
	var args []Expr
	var kws []*Keyword
	lateErr := ""
	var bareGen Expr // an unparenthesized generator argument
	var bareFor *Token
	// (Set last: a nested call's arguments do not count.)
	defer func() { p.bareGenFor = bareFor }()
	for !p.isOp(")") {
		t := p.tok()
		switch {
		case p.isOp("**"):
			p.i++
			v := p.expression()
			kws = append(kws, &Keyword{Pos: p.endPos(posOf(t)), Value: v})
		case p.isOp("*"):
			for _, k := range kws {
				if k.Arg == "" {
					p.fail("iterable argument unpacking follows keyword argument unpacking")
				}
			}
			p.i++
			v := p.expression()
			args = append(args, &Starred{Pos: p.endPos(posOf(t)), Value: v})
		case t.Kind == NAME && !keywords[t.Text] && p.peekTok(1).Kind == OP && p.peekTok(1).Text == "=":
			eq := p.peekTok(1)
			p.i += 2
			v := p.expression()
			if p.isKw("for") || (p.isKw("async") && p.peekTok(1).Text == "for") {
				p.failRange(posOf(t), posOf(eq), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
			}
			kws = append(kws, &Keyword{Pos: p.endPos(posOf(t)), Arg: t.Text, Value: v})
		default:
			e := p.namedExpression()
			if p.isKw("for") || p.isKw("async") {
				forTok := p.tok()
				bareFor = &forTok
				gens := p.comprehensionClauses()
				e = &GeneratorExp{Pos: p.endPos(posOf(t)), Elt: e, Generators: gens}
				bareGen = e
				if len(args) > 0 || len(kws) > 0 {
					p.failAt(tokAt(p, e), "Generator expression must be parenthesized")
				}
			} else if p.isOp("=") {
				// CPython's invalid_kwarg: the range is the expression to '='.
				if c, ok := e.(*Constant); ok && t.Kind == NAME {
					p.failRange(c.Pos, posOf(p.tok()), "cannot assign to "+t.Text)
				}
				p.failRange(e.Position(), posOf(p.tok()), `expression cannot contain assignment, perhaps you meant "=="?`)
			} else if !p.isOp(",") && !p.isOp(")") {
				p.forgotComma(e)
			}
			if len(kws) > 0 && lateErr == "" {
				// CPython reports this once the whole argument list is
				// read, at the last token it fetched.
				lateErr = "positional argument follows keyword argument"
				for _, k := range kws {
					if k.Arg == "" {
						lateErr = "positional argument follows keyword argument unpacking"
					}
				}
			}
			args = append(args, e)
		}
		if !p.acceptOp(",") {
			break
		}
		if bareGen != nil {
			p.failAt(tokAt(p, bareGen), "Generator expression must be parenthesized")
		}
	}
	if lateErr != "" && p.isOp(")") {
		p.fail(lateErr)
	}
	p.expectOp(")")
	return args, kws
}

func (p *parser) slices() Expr {
	pos := posOf(p.tok())
	first := p.slice()
	if !p.isOp(",") {
		if _, ok := first.(*Starred); ok {
			// `a[*b]` subscripts with a one-item tuple (PEP 646).
			return &Tuple{Pos: p.endPos(pos), Elts: []Expr{first}}
		}
		return first
	}
	elts := []Expr{first}
	for p.acceptOp(",") {
		if p.isOp("]") {
			break
		}
		elts = append(elts, p.slice())
	}
	return &Tuple{Pos: p.endPos(pos), Elts: elts}
}

func (p *parser) slice() Expr {
	pos := posOf(p.tok())
	if p.isOp("*") {
		return p.starExpression()
	}
	var lower Expr
	if !p.isOp(":") {
		lower = p.namedExpression()
		if !p.isOp(":") {
			return lower
		}
	}
	p.expectOp(":")
	s := &Slice{Lower: lower}
	if !p.isOp(":") && !p.isOp("]") && !p.isOp(",") {
		s.Upper = p.expression()
	}
	if p.acceptOp(":") {
		if !p.isOp("]") && !p.isOp(",") {
			s.Step = p.expression()
		}
	}
	s.Pos = p.endPos(pos)
	return s
}

func (p *parser) atom() Expr {
	t := p.tok()
	pos := posOf(t)
	switch t.Kind {
	case NAME:
		switch t.Text {
		case "None":
			p.i++
			return &Constant{Pos: p.endPos(pos), Value: nil}
		case "True":
			p.i++
			return &Constant{Pos: p.endPos(pos), Value: true}
		case "False":
			p.i++
			return &Constant{Pos: p.endPos(pos), Value: false}
		}
		if keywords[t.Text] {
			p.fail("invalid syntax")
		}
		p.i++
		return &Name{Pos: p.endPos(pos), Id: t.Text}
	case NUMBER:
		p.i++
		v, err := parseNumber(t.Text)
		if err != "" {
			p.failAt(t, err)
		}
		return &Constant{Pos: p.endPos(pos), Value: v}
	case STRING:
		return p.strings()
	case OP:
		switch t.Text {
		case "(":
			return p.parenthesized()
		case "[":
			return p.listDisplay()
		case "{":
			return p.dictOrSet()
		case "...":
			p.i++
			return &Constant{Pos: p.endPos(pos), Value: EllipsisValue{}}
		}
	}
	if t.Kind == INDENT {
		p.fail("unexpected indent")
	}
	if t.Kind == NEWLINE || t.Kind == ENDMARKER {
		p.fail("invalid syntax")
	}
	p.fail("invalid syntax")
	return nil
}

func (p *parser) yieldExpr() Expr {
	pos := posOf(p.tok())
	p.i++
	if p.acceptKw("from") {
		v := p.expression()
		return &YieldFrom{Pos: p.endPos(pos), Value: v}
	}
	var v Expr
	if !p.exprEnd() {
		v = p.starExpressions()
	}
	return &Yield{Pos: p.endPos(pos), Value: v}
}

func (p *parser) parenthesized() Expr {
	pos := posOf(p.tok())
	p.i++
	if p.acceptOp(")") {
		return &Tuple{Pos: p.endPos(pos)}
	}
	if p.isKw("yield") {
		e := p.yieldExpr()
		p.expectOp(")")
		return e
	}
	if p.isOp("**") {
		p.fail("cannot use double starred expression here")
	}
	first := p.starExpression()
	p.starredComp(first)
	if p.isKw("for") || p.isKw("async") {
		gens := p.comprehensionClauses()
		p.expectOp(")")
		return &GeneratorExp{Pos: p.endPos(pos), Elt: first, Generators: gens}
	}
	if p.acceptOp(")") {
		if _, ok := first.(*Starred); ok {
			p.failAt(tokAt(p, first), "cannot use starred expression here")
		}
		return first
	}
	if !p.isOp(",") {
		p.forgotComma(first)
	}
	elts := []Expr{first}
	for p.acceptOp(",") {
		if p.isOp(")") {
			break
		}
		elts = append(elts, p.starExpression())
	}
	p.closeWith(")", elts[len(elts)-1])
	return &Tuple{Pos: p.endPos(pos), Elts: elts}
}

func (p *parser) listDisplay() Expr {
	pos := posOf(p.tok())
	p.i++
	if p.acceptOp("]") {
		return &List{Pos: p.endPos(pos)}
	}
	first := p.starExpression()
	p.starredComp(first)
	if p.isKw("for") || p.isKw("async") {
		gens := p.comprehensionClauses()
		p.expectOp("]")
		return &ListComp{Pos: p.endPos(pos), Elt: first, Generators: gens}
	}
	elts := []Expr{first}
	for p.acceptOp(",") {
		if p.isOp("]") {
			break
		}
		p.forgotParens(first, nil)
		elts = append(elts, p.starExpression())
	}
	p.forgotParens(first, elts[len(elts)-1])
	p.closeWith("]", elts[len(elts)-1])
	return &List{Pos: p.endPos(pos), Elts: elts}
}

func (p *parser) dictOrSet() Expr {
	pos := posOf(p.tok())
	p.i++
	if p.acceptOp("}") {
		return &Dict{Pos: p.endPos(pos)}
	}
	if p.isOp("**") {
		p.i++
		return p.dictRest(pos, nil, p.bitOr())
	}
	first := p.starExpression()
	p.starredComp(first)
	if p.acceptOp(":") {
		v := p.dictValue()
		if p.isKw("for") || p.isKw("async") {
			gens := p.comprehensionClauses()
			p.expectOp("}")
			return &DictComp{Pos: p.endPos(pos), Key: first, Value: v, Generators: gens}
		}
		return p.dictRest(pos, first, v)
	}
	if p.isKw("for") || p.isKw("async") {
		gens := p.comprehensionClauses()
		p.expectOp("}")
		return &SetComp{Pos: p.endPos(pos), Elt: first, Generators: gens}
	}
	elts := []Expr{first}
	for p.acceptOp(",") {
		if p.isOp("}") {
			break
		}
		p.forgotParens(first, nil)
		elts = append(elts, p.starExpression())
	}
	p.forgotParens(first, elts[len(elts)-1])
	p.closeWith("}", elts[len(elts)-1])
	return &Set{Pos: p.endPos(pos), Elts: elts}
}

// dictValue is the value after a dictionary key's ':'.
func (p *parser) dictValue() Expr {
	if p.isOp("}") || p.isOp(",") {
		p.failAt(p.toks[p.i-1], "expression expected after dictionary key and ':'")
	}
	if p.isOp("*") {
		p.fail("cannot use a starred expression in a dictionary value")
	}
	return p.expression()
}

// closeWith expects the token that closes a display's item; two
// expressions side by side there are CPython's "Perhaps you forgot a
// comma?" (invalid_expression, inside brackets).
func (p *parser) closeWith(s string, last Expr) {
	if !p.isOp(s) && last != nil {
		p.forgotComma(last)
	}
	p.expectOp(s)
}

func (p *parser) forgotComma(a Expr) {
	t := p.tok()
	switch t.Kind {
	case NAME:
		if keywords[t.Text] && t.Text != "None" && t.Text != "True" && t.Text != "False" && t.Text != "lambda" && t.Text != "not" && t.Text != "await" {
			return
		}
	case NUMBER, STRING:
	case OP:
		switch t.Text {
		case "(", "[", "{", "-", "+", "~", "...":
		default:
			return
		}
	default:
		return
	}
	switch v := a.(type) {
	case *IfExp, *Lambda, *NamedExpr, *Starred, *Yield, *YieldFrom, *GeneratorExp:
		return
	case *Name:
		if t.Kind == STRING || v.Id == "print" || v.Id == "exec" || v.Id == "match" || v.Id == "case" || v.Id == "_" {
			return
		}
	}
	save := p.i
	var b Expr
	if p.catch(func() { b = p.expression() }) != nil || b == nil {
		p.i = save
		return
	}
	p.failRange(a.Position(), b.Position(), "invalid syntax. Perhaps you forgot a comma?")
}

// starredComp: "[*a for ...]" (CPython's invalid_comprehension).
func (p *parser) starredComp(first Expr) {
	if _, ok := first.(*Starred); ok && (p.isKw("for") || (p.isKw("async") && p.peekTok(1).Text == "for")) {
		p.failRange(first.Position(), first.Position(), "iterable unpacking cannot be used in comprehension")
	}
}

// forgotParens is CPython's invalid_comprehension: a display's items
// followed by a for clause, "[a, b for ...]" or "[a, for ...]".
func (p *parser) forgotParens(first, last Expr) {
	if !p.isKw("for") && !(p.isKw("async") && p.peekTok(1).Text == "for") {
		return
	}
	end := posOf(p.toks[p.i-1])
	if last != nil {
		end = last.Position()
	}
	p.failRange(first.Position(), end, "did you forget parentheses around the comprehension target?")
}

func (p *parser) dictRest(pos Pos, k, v Expr) Expr {
	d := &Dict{Keys: []Expr{k}, Values: []Expr{v}}
	for p.acceptOp(",") {
		if p.isOp("}") {
			break
		}
		if p.acceptOp("**") {
			d.Keys = append(d.Keys, nil)
			d.Values = append(d.Values, p.bitOr())
			continue
		}
		key := p.expression()
		if p.isOp(",") || p.isOp("}") {
			p.failAt(tokAt(p, key), "':' expected after dictionary key")
		}
		p.closeWith(":", key)
		d.Keys = append(d.Keys, key)
		d.Values = append(d.Values, p.dictValue())
	}
	p.closeWith("}", d.Values[len(d.Values)-1])
	d.Pos = p.endPos(pos)
	return d
}

func (p *parser) comprehensionClauses() []*Comprehension {
	var gens []*Comprehension
	for p.isKw("for") || (p.isKw("async") && p.peekTok(1).Text == "for") {
		c := &Comprehension{}
		if p.acceptKw("async") {
			c.IsAsync = true
		}
		p.expectKw("for")
		c.Target = p.targetList()
		setCtx(p, c.Target, Store)
		p.expectKw("in")
		c.Iter = p.disjunction()
		for p.isKw("if") {
			p.i++
			c.Ifs = append(c.Ifs, p.disjunction())
		}
		gens = append(gens, c)
	}
	return gens
}
