package pyast

// ParseInteractiveW parses compile(..., "single") source: one statement
// (a compound statement, or one line of simple statements), as CPython's
// interactive rule. What follows it is CPython's error: "invalid syntax"
// at the next token after a compound statement, "multiple statements
// found while compiling a single statement" at the end of the first line
// after simple ones.
func ParseInteractiveW(src, filename string, warn WarnFunc) (*Module, *SyntaxError) {
	p, err := newParser(src, filename)
	if err != nil {
		return nil, p.earlyWarnings(warn, err)
	}
	p.warn = warn
	var body []Stmt
	err = p.catch(func() {
		p.tokenizerWarnings()
		for p.tok().Kind == NEWLINE {
			p.i++
		}
		if p.tok().Kind == ENDMARKER {
			// No statement: CPython's error at line 1 (line 0 for
			// empty source), offset 0.
			line, text := 0, ""
			if src != "" {
				line, text = 1, p.lineText(1)
			}
			panic(parseError{&SyntaxError{Msg: "invalid syntax", Filename: p.filename,
				Line: line, EndLine: line, Text: text}})
		}
		body = p.statement()
		end := p.toks[p.i-1]
		for p.tok().Kind == NEWLINE {
			p.i++
		}
		if p.tok().Kind == ENDMARKER {
			return
		}
		if isCompound(body[0]) {
			p.fail("invalid syntax")
		}
		panic(parseError{&SyntaxError{Msg: "multiple statements found while compiling a single statement",
			Filename: p.filename, Line: end.Line, Col: end.Col + 1, EndLine: end.Line, EndCol: end.Col + 1,
			Text: p.lineText(end.Line)}})
	})
	if err != nil {
		return nil, err
	}
	return &Module{Body: body}, nil
}

func isCompound(s Stmt) bool {
	switch s.(type) {
	case *FunctionDef, *ClassDef, *If, *For, *While, *With, *Try, *Match:
		return true
	}
	return false
}
