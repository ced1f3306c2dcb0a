package pyast

import "strings"

// failFString raises an f-string SyntaxError where CPython 3.11 reports it:
// at the token after the string literals being concatenated (the parser's
// lookahead when it decodes them), not at the f-string itself.
func (p *parser) failFString(msg string) {
	j := p.i
	for j < len(p.toks) && p.toks[j].Kind == STRING {
		j++
	}
	if j >= len(p.toks) {
		j = len(p.toks) - 1
	}
	p.failAt(p.toks[j], msg)
}

// failFStringExpr raises the SyntaxError of an f-string replacement field's
// expression as CPython 3.11 does: the columns and text are those of the
// parenthesized expression source it parsed ("(a b)"), the line is the
// source line the expression is on.
func (p *parser) failFStringExpr(t Token, body string, exprStart int, err *SyntaxError) {
	line := t.Line + strings.Count(body[:exprStart], "\n") + err.Line - 1
	endLine := line + err.EndLine - err.Line
	text := err.Text
	panic(parseError{&SyntaxError{Kind: err.Kind, Msg: "f-string: " + err.Msg, Filename: p.filename,
		Line: line, Col: err.Col, EndLine: endLine, EndCol: err.EndCol, Text: text}})
}
