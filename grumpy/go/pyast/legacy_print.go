package pyast

// Python 2's print and exec statements get CPython's hint instead of a
// bare "invalid syntax" (its invalid_legacy_expression rule): a name print
// or exec not followed by '(' but by an expression.

// legacyPrint raises "Missing parentheses in call to 'print'. Did you mean
// print(...)?" spanning the name and the expression after it, when the
// token before the current one is such a name; otherwise it returns.
func (p *parser) legacyPrint() {
	if p.i == 0 || p.isOp("(") {
		return
	}
	name := p.toks[p.i-1]
	if name.Kind != NAME || (name.Text != "print" && name.Text != "exec") {
		return
	}
	if p.i >= 2 {
		if prev := p.toks[p.i-2]; prev.Kind == OP && prev.Text == "." {
			return
		}
	}
	end, ok := p.tryEnd(func() { p.starExpressions() })
	if !ok {
		return
	}
	panic(parseError{&SyntaxError{
		Msg:      "Missing parentheses in call to '" + name.Text + "'. Did you mean " + name.Text + "(...)?",
		Filename: p.filename, Line: name.Line, Col: name.Col + 1,
		EndLine: end.EndLine, EndCol: end.EndCol + 1, Text: p.lineText(name.Line)}})
}

// tryEnd runs a parse step and reports the last token it consumed, leaving
// the position where it was; ok is false when the step fails to parse.
func (p *parser) tryEnd(step func()) (end Token, ok bool) {
	save := p.i
	defer func() {
		if r := recover(); r != nil {
			if _, isParse := r.(parseError); !isParse {
				panic(r)
			}
			ok = false
		}
		p.i = save
	}()
	step()
	if p.i == save {
		return Token{}, false
	}
	return p.toks[p.i-1], true
}
