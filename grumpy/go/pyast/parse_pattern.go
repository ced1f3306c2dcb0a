package pyast

// The match statement. `match` and `case` are soft keywords: a line that
// does not parse as a match statement is parsed as an expression statement.

func (p *parser) tryMatch() Stmt {
	save := p.i
	start := p.tok()
	// Cheap look-ahead: `match` followed by something that can start a
	// subject, and a ':' NEWLINE INDENT 'case' somewhere after.
	next := p.peekTok(1)
	if next.Kind == NEWLINE || (next.Kind == OP && (next.Text == "=" || next.Text == "." || next.Text == "(" && false)) {
		return nil
	}
	var subject Expr
	err := p.catch(func() {
		p.i++
		subject = p.starExpressionsNamed()
		p.expectOp(":")
		if p.tok().Kind != NEWLINE || p.peekTok(1).Kind != INDENT || p.peekTok(2).Text != "case" {
			p.fail("not a match")
		}
	})
	if err != nil {
		p.i = save
		return nil
	}
	p.i += 2 // NEWLINE INDENT
	m := &Match{Subject: subject}
	for p.isKw("case") {
		p.i++
		c := &MatchCase{Pattern: p.patterns()}
		if p.acceptKw("if") {
			c.Guard = p.namedExpression()
		}
		c.Body = p.block()
		m.Cases = append(m.Cases, c)
		for p.tok().Kind == NEWLINE {
			p.i++
		}
	}
	if p.tok().Kind == DEDENT {
		p.i++
	}
	m.Pos = p.endPos(posOf(start))
	return m
}

func (p *parser) starExpressionsNamed() Expr {
	pos := posOf(p.tok())
	first := p.starExpression()
	if !p.isOp(",") {
		return first
	}
	elts := []Expr{first}
	for p.acceptOp(",") {
		if p.isOp(":") {
			break
		}
		elts = append(elts, p.starExpression())
	}
	return &Tuple{Pos: p.endPos(pos), Elts: elts}
}

// patterns is the top level of a case: an open sequence pattern or one pattern.
func (p *parser) patterns() Pattern {
	pos := posOf(p.tok())
	first := p.asPattern()
	if !p.isOp(",") {
		return first
	}
	pats := []Pattern{first}
	for p.acceptOp(",") {
		if p.isOp(":") || p.isKw("if") {
			break
		}
		pats = append(pats, p.asPattern())
	}
	return &MatchSequence{Pos: p.endPos(pos), Patterns: pats}
}

func (p *parser) asPattern() Pattern {
	pos := posOf(p.tok())
	if p.isOp("*") {
		p.i++
		name := p.name()
		if name == "_" {
			name = ""
		}
		return &MatchStar{Pos: p.endPos(pos), Name: name}
	}
	pat := p.orPattern()
	if p.acceptKw("as") {
		name := p.name()
		if name == "_" {
			p.fail("cannot use '_' as a target")
		}
		return &MatchAs{Pos: p.endPos(pos), Pattern: pat, Name: name}
	}
	return pat
}

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

func (p *parser) closedPattern() Pattern {
	t := p.tok()
	pos := posOf(t)
	switch {
	case t.Kind == NUMBER || t.Kind == STRING || (t.Kind == OP && t.Text == "-"):
		v := p.sum()
		return &MatchValue{Pos: p.endPos(pos), Value: v}
	case t.Kind == NAME && (t.Text == "None" || t.Text == "True" || t.Text == "False"):
		p.i++
		var v any
		switch t.Text {
		case "True":
			v = true
		case "False":
			v = false
		}
		return &MatchSingleton{Pos: p.endPos(pos), Value: v}
	case t.Kind == NAME:
		name := p.name()
		var e Expr = &Name{Pos: p.endPos(pos), Id: name}
		dotted := false
		for p.acceptOp(".") {
			dotted = true
			e = &Attribute{Pos: p.endPos(pos), Value: e, Attr: p.name()}
		}
		if p.isOp("(") {
			return p.classPattern(pos, e)
		}
		if dotted {
			return &MatchValue{Pos: p.endPos(pos), Value: e}
		}
		if name == "_" {
			return &MatchAs{Pos: p.endPos(pos)}
		}
		return &MatchAs{Pos: p.endPos(pos), Name: name}
	case t.Kind == OP && (t.Text == "(" || t.Text == "["):
		closeTok := ")"
		if t.Text == "[" {
			closeTok = "]"
		}
		p.i++
		var pats []Pattern
		comma := false
		for !p.isOp(closeTok) {
			pats = append(pats, p.asPattern())
			if !p.acceptOp(",") {
				break
			}
			comma = true
		}
		p.expectOp(closeTok)
		if t.Text == "(" && len(pats) == 1 && !comma {
			return pats[0]
		}
		return &MatchSequence{Pos: p.endPos(pos), Patterns: pats}
	case t.Kind == OP && t.Text == "{":
		p.i++
		m := &MatchMapping{}
		for !p.isOp("}") {
			if p.acceptOp("**") {
				m.Rest = p.name()
			} else {
				var key Expr
				kt := p.tok()
				if kt.Kind == NAME && kt.Text != "None" && kt.Text != "True" && kt.Text != "False" {
					key = p.primary()
				} else if kt.Kind == NAME {
					key = p.atom()
				} else {
					key = p.sum()
				}
				p.expectOp(":")
				m.Keys = append(m.Keys, key)
				m.Patterns = append(m.Patterns, p.asPattern())
			}
			if !p.acceptOp(",") {
				break
			}
		}
		p.expectOp("}")
		m.Pos = p.endPos(pos)
		return m
	}
	p.fail("invalid syntax")
	return nil
}

func (p *parser) classPattern(pos Pos, cls Expr) Pattern {
	p.expectOp("(")
	c := &MatchClass{Cls: cls}
	for !p.isOp(")") {
		t := p.tok()
		if t.Kind == NAME && p.peekTok(1).Kind == OP && p.peekTok(1).Text == "=" {
			p.i += 2
			c.KwdAttrs = append(c.KwdAttrs, t.Text)
			c.KwdPatterns = append(c.KwdPatterns, p.asPattern())
		} else {
			if len(c.KwdAttrs) > 0 {
				p.fail("positional patterns follow keyword patterns")
			}
			c.Patterns = append(c.Patterns, p.asPattern())
		}
		if !p.acceptOp(",") {
			break
		}
	}
	p.expectOp(")")
	c.Pos = p.endPos(pos)
	return c
}
