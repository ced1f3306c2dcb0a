package pyast

// The match statement. `match` and `case` are soft keywords: a line that
// does not parse as a match statement is parsed as an expression statement.
// The pattern grammar follows CPython's (Grammar/python.gram) rule by rule:
// a construct it does not derive fails with "invalid syntax" at the token
// where the derivation stops, as CPython's PEG parser reports.

// tryMatch parses a match statement, or returns nil when the line is not
// one (then colonMissing says the subject was followed by the line's end:
// CPython's "expected ':'" if the line is no expression statement either).
func (p *parser) tryMatch() (s Stmt, colonMissing bool) {
	save := p.i
	start := p.tok()
	next := p.peekTok(1)
	if next.Kind == NEWLINE || (next.Kind == OP && (next.Text == "=" || next.Text == ".")) {
		return nil, false
	}
	var subject Expr
	err := p.catch(func() {
		p.i++
		subject = p.subjectExpr()
		if p.tok().Kind == NEWLINE {
			colonMissing = true
		}
		if !p.isOp(":") || p.peekTok(1).Kind != NEWLINE {
			p.fail("not a match")
		}
	})
	if err != nil {
		p.i = save
		return nil, colonMissing
	}
	p.i += 2 // ':' NEWLINE
	if p.tok().Kind != INDENT {
		p.failIndent("expected an indented block after 'match' statement on line " + itoa(start.Line))
	}
	if p.peekTok(1).Text != "case" || p.peekTok(1).Kind != NAME {
		p.i++
		p.fail("invalid syntax")
	}
	p.i++
	m := &Match{Subject: subject}
	for p.isKw("case") {
		caseTok := p.tok()
		p.i++
		c := &MatchCase{Pattern: p.patterns()}
		if p.acceptKw("if") {
			c.Guard = p.namedExpression()
		}
		if p.tok().Kind == NEWLINE {
			p.fail("expected ':'")
		}
		if !p.isOp(":") {
			p.fail("invalid syntax")
		}
		if p.peekTok(1).Kind == NEWLINE && p.peekTok(2).Kind != INDENT {
			p.i += 2
			p.failIndent("expected an indented block after 'case' statement on line " + itoa(caseTok.Line))
		}
		c.Body = p.block()
		m.Cases = append(m.Cases, c)
		for p.tok().Kind == NEWLINE {
			p.i++
		}
	}
	if p.tok().Kind == DEDENT {
		p.i++
	} else if p.tok().Kind != ENDMARKER {
		p.fail("invalid syntax")
	}
	m.Pos = p.endPos(posOf(start))
	return m, false
}

// failIndent raises an IndentationError at the current token.
func (p *parser) failIndent(msg string) {
	t := p.tok()
	e := &SyntaxError{Kind: "IndentationError", Msg: msg, Filename: p.filename,
		Line: t.Line, Col: t.Col + 1, EndLine: t.EndLine, EndCol: t.EndCol + 1, Text: p.lineText(t.Line)}
	panic(parseError{e})
}

// failRange raises a SyntaxError spanning from..to.
func (p *parser) failRange(from, to Pos, msg string) {
	panic(parseError{&SyntaxError{Msg: msg, Filename: p.filename, Line: from.Line, Col: from.Col + 1,
		EndLine: to.EndLine, EndCol: to.EndCol + 1, Text: p.lineText(from.Line)}})
}

// subjectExpr: star_named_expression ',' star_named_expressions? | named_expression.
func (p *parser) subjectExpr() Expr {
	pos := posOf(p.tok())
	var first Expr
	if p.isOp("*") {
		first = p.starExpression()
		if !p.isOp(",") {
			p.fail("invalid syntax")
		}
	} else {
		first = p.namedExpression()
	}
	if !p.isOp(",") {
		return first
	}
	elts := []Expr{first}
	for p.acceptOp(",") {
		if p.isOp(":") || p.tok().Kind == NEWLINE {
			break
		}
		if p.isOp("*") {
			elts = append(elts, p.starExpression())
		} else {
			elts = append(elts, p.namedExpression())
		}
	}
	return &Tuple{Pos: p.endPos(pos), Elts: elts}
}

// patterns: open_sequence_pattern | pattern.
func (p *parser) patterns() Pattern {
	pos := posOf(p.tok())
	first := p.maybeStarPattern()
	if !p.isOp(",") {
		if _, star := first.(*MatchStar); star {
			p.fail("invalid syntax")
		}
		return first
	}
	pats := []Pattern{first}
	for p.acceptOp(",") {
		if p.isOp(":") || p.isKw("if") || p.tok().Kind == NEWLINE {
			break
		}
		pats = append(pats, p.maybeStarPattern())
	}
	return &MatchSequence{Pos: p.endPos(pos), Patterns: pats}
}

// maybeStarPattern: star_pattern | pattern.
func (p *parser) maybeStarPattern() Pattern {
	if !p.isOp("*") {
		return p.pattern()
	}
	pos := posOf(p.tok())
	p.i++
	name := p.captureTarget(true)
	return &MatchStar{Pos: p.endPos(pos), Name: name}
}

// captureTarget: pattern_capture_target (NAME, not followed by '.', '('
// or '='); "_" too (as "" for a wildcard) when wildcard is set.
func (p *parser) captureTarget(wildcard bool) string {
	t := p.tok()
	if t.Kind != NAME || keywords[t.Text] || (t.Text == "_" && !wildcard) {
		p.fail("invalid syntax")
	}
	p.i++
	if t.Text == "_" {
		return ""
	}
	if p.isOp(".") || p.isOp("(") || p.isOp("=") {
		p.fail("invalid syntax")
	}
	return t.Text
}

// pattern: as_pattern | or_pattern.
func (p *parser) pattern() Pattern {
	pos := posOf(p.tok())
	pat := p.orPattern()
	if !p.acceptKw("as") {
		return pat
	}
	t := p.tok()
	if t.Kind == NAME && t.Text == "_" {
		p.fail("cannot use '_' as a target")
	}
	if t.Kind != NAME || keywords[t.Text] {
		// invalid_as_pattern: 'as' !NAME expression.
		if err := p.catch(func() {
			save := p.i
			e := p.expression()
			p.i = save
			p.failRange(e.Position(), e.Position(), "invalid pattern target")
		}); err != nil && err.Msg == "invalid pattern target" {
			panic(parseError{err})
		}
		p.fail("invalid syntax")
	}
	name := p.captureTarget(false)
	return &MatchAs{Pos: p.endPos(pos), Pattern: pat, Name: name}
}

// orPattern: '|'.closed_pattern+.
func (p *parser) orPattern() Pattern {
	pos := posOf(p.tok())
	first := p.closedPattern()
	if !p.isOp("|") {
		return first
	}
	pats := []Pattern{first}
	for p.acceptOp("|") {
		pats = append(pats, p.closedPattern())
	}
	return &MatchOr{Pos: p.endPos(pos), Patterns: pats}
}

// literalExpr: signed_number !('+'|'-') | complex_number | strings |
// None | True | False; nil when the current token starts none of them.
func (p *parser) literalExpr() Expr {
	t := p.tok()
	pos := posOf(t)
	switch {
	case t.Kind == STRING:
		return p.strings()
	case t.Kind == NAME && (t.Text == "None" || t.Text == "True" || t.Text == "False"):
		return p.atom()
	case t.Kind == NUMBER || (t.Kind == OP && t.Text == "-"):
	default:
		return nil
	}
	neg := p.acceptOp("-")
	numTok := p.tok()
	if numTok.Kind != NUMBER {
		p.fail("invalid syntax")
	}
	var left Expr = p.atom()
	if neg {
		left = &UnaryOp{Pos: p.endPos(pos), Op: "-", Operand: left}
	}
	if !p.isOp("+") && !p.isOp("-") {
		return left
	}
	if _, imag := left.(*UnaryOp); imag {
		if _, c := left.(*UnaryOp).Operand.(*Constant).Value.(complex128); c {
			p.failAt(numTok, "real number required in complex literal")
		}
	} else if _, c := left.(*Constant).Value.(complex128); c {
		p.failAt(numTok, "real number required in complex literal")
	}
	op := p.tok().Text
	p.i++
	imTok := p.tok()
	if imTok.Kind != NUMBER {
		p.fail("invalid syntax")
	}
	right := p.atom()
	if _, c := right.(*Constant).Value.(complex128); !c {
		p.failAt(imTok, "imaginary number required in complex literal")
	}
	return &BinOp{Pos: p.endPos(pos), Left: left, Op: op, Right: right}
}

// nameOrAttr: NAME ('.' NAME)*.
func (p *parser) nameOrAttr() (Expr, bool) {
	pos := posOf(p.tok())
	id := p.name()
	var e Expr = &Name{Pos: p.endPos(pos), Id: id}
	dotted := false
	for p.acceptOp(".") {
		dotted = true
		attr := p.name()
		e = &Attribute{Pos: p.endPos(pos), Value: e, Attr: attr}
	}
	return e, dotted
}

func (p *parser) closedPattern() Pattern {
	t := p.tok()
	pos := posOf(t)
	if lit := p.literalExpr(); lit != nil {
		if c, ok := lit.(*Constant); ok && t.Kind == NAME {
			return &MatchSingleton{Pos: c.Pos, Value: c.Value}
		}
		return &MatchValue{Pos: p.endPos(pos), Value: lit}
	}
	switch {
	case t.Kind == NAME && !keywords[t.Text]:
		if t.Text == "_" { // wildcard_pattern comes before value and class patterns
			p.i++
			return &MatchAs{Pos: p.endPos(pos)}
		}
		e, dotted := p.nameOrAttr()
		if p.isOp("(") {
			return p.classPattern(pos, e)
		}
		if p.isOp("=") {
			p.fail("invalid syntax")
		}
		if dotted {
			return &MatchValue{Pos: p.endPos(pos), Value: e}
		}
		return &MatchAs{Pos: p.endPos(pos), Name: e.(*Name).Id}
	case t.Kind == OP && (t.Text == "(" || t.Text == "["):
		closeTok := ")"
		if t.Text == "[" {
			closeTok = "]"
		}
		p.i++
		if p.acceptOp(closeTok) {
			return &MatchSequence{Pos: p.endPos(pos)}
		}
		first := p.maybeStarPattern()
		pats := []Pattern{first}
		if !p.isOp(",") {
			_, star := first.(*MatchStar)
			if t.Text == "(" && star {
				p.fail("invalid syntax")
			}
			p.expectClose(closeTok)
			if t.Text == "(" {
				return first
			}
			return &MatchSequence{Pos: p.endPos(pos), Patterns: pats}
		}
		for p.acceptOp(",") {
			if p.isOp(closeTok) {
				break
			}
			pats = append(pats, p.maybeStarPattern())
		}
		p.expectClose(closeTok)
		return &MatchSequence{Pos: p.endPos(pos), Patterns: pats}
	case t.Kind == OP && t.Text == "{":
		p.i++
		m := &MatchMapping{}
		for !p.isOp("}") {
			if p.acceptOp("**") {
				m.Rest = p.captureTarget(false)
				p.acceptOp(",")
				break
			}
			key := p.literalExpr()
			if key == nil {
				e, dotted := p.nameOrAttr()
				if !dotted {
					p.fail("invalid syntax")
				}
				key = e
			}
			p.expectOpSyntax(":")
			m.Keys = append(m.Keys, key)
			m.Patterns = append(m.Patterns, p.pattern())
			if !p.acceptOp(",") {
				break
			}
		}
		p.expectClose("}")
		m.Pos = p.endPos(pos)
		return m
	}
	p.fail("invalid syntax")
	return nil
}

// expectClose consumes a closing bracket, else fails with "invalid syntax".
func (p *parser) expectClose(s string) { p.expectOpSyntax(s) }

func (p *parser) expectOpSyntax(s string) {
	if !p.isOp(s) {
		p.fail("invalid syntax")
	}
	p.i++
}

// isKeywordPattern: NAME '=' starts a keyword pattern.
func (p *parser) isKeywordPattern() bool {
	t := p.tok()
	n := p.peekTok(1)
	return t.Kind == NAME && !keywords[t.Text] && n.Kind == OP && n.Text == "="
}

func (p *parser) classPattern(pos Pos, cls Expr) Pattern {
	p.expectOp("(")
	c := &MatchClass{Cls: cls}
	for !p.isOp(")") {
		if p.isKeywordPattern() {
			t := p.tok()
			p.i += 2
			c.KwdAttrs = append(c.KwdAttrs, t.Text)
			c.KwdPatterns = append(c.KwdPatterns, p.pattern())
		} else {
			pat := p.pattern()
			if len(c.KwdAttrs) > 0 {
				// invalid_class_argument_pattern: the positional
				// patterns that follow keyword patterns, all of them.
				last := pat
				for p.isOp(",") {
					save := p.i
					p.i++
					if p.isOp(")") || p.isKeywordPattern() {
						p.i = save
						break
					}
					var next Pattern
					if p.catch(func() { next = p.pattern() }) != nil {
						p.i = save
						break
					}
					last = next
				}
				p.failRange(pat.Position(), last.Position(), "positional patterns follow keyword patterns")
			}
			c.Patterns = append(c.Patterns, pat)
		}
		if !p.acceptOp(",") {
			break
		}
	}
	p.expectClose(")")
	c.Pos = p.endPos(pos)
	return c
}
