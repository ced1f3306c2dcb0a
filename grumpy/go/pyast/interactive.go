package pyast

import "strings"

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
			panic(parseError{noStatement(src, p.filename)})
		}
		body = p.statement()
		end := p.toks[p.i-1]
		if isCompound(body[0]) {
			if e := compoundAtEOF(p.toks, p.i, src, p.filename); e != nil {
				panic(parseError{e})
			}
		}
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
		// The source's last line has no newline: neither has an error's text.
		if !strings.HasSuffix(src, "\n") && err.Line >= strings.Count(src, "\n")+1 {
			err.NoNewline = true
		}
		return nil, err
	}
	return &Module{Body: body}, nil
}

// noStatement is CPython's error for interactive source without a
// statement: "invalid syntax" at offset 0 of the source's last line (line
// 0 for empty source), whose text is the raw line; a last line of only
// blanks without a newline is an "unexpected indent", and a trailing
// backslash continuation an unexpected EOF.
func noStatement(src, filename string) *SyntaxError {
	lines := strings.SplitAfter(src, "\n")
	if src == "" {
		return &SyntaxError{Msg: "invalid syntax", Filename: filename, EndZero: true, NoNewline: true}
	}
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	n := len(lines)
	last := lines[n-1]
	e := &SyntaxError{Msg: "invalid syntax", Filename: filename, Line: n, EndLine: n,
		Text: strings.TrimSuffix(last, "\n"), NoNewline: !strings.HasSuffix(last, "\n")}
	body := strings.TrimRight(last, "\r\n")
	switch {
	case e.NoNewline && body != "" && strings.Trim(body, " \t\f") == "":
		e.Kind, e.Msg, e.Col, e.EndCol = "IndentationError", "unexpected indent", len(body), -1
	case strings.HasSuffix(body, "\\"):
		e.Msg, e.Col, e.EndCol = "unexpected EOF while parsing", len(body)+1, -1
	}
	return e
}

// compoundAtEOF is CPython's error for a compound statement at the end
// of interactive source without a final newline: when its last block is
// inline (`if x: pass`: no DEDENT closes it) and ends the source, or when
// a last line of blanks follows it, "invalid syntax" at offset 0 of the
// last line ("unexpected indent" for blanks deeper than the last
// statement's line).
func compoundAtEOF(toks []Token, i int, src, filename string) *SyntaxError {
	if strings.HasSuffix(src, "\n") || strings.HasSuffix(src, "\r") {
		return nil
	}
	last := -1
	for j := i - 1; j >= 0; j-- {
		if k := toks[j].Kind; k != NEWLINE && k != DEDENT && k != INDENT {
			last = j
			break
		}
	}
	if last < 0 {
		return nil
	}
	lines := strings.Split(src, "\n")
	tail := lines[len(lines)-1]
	if tail != "" && strings.Trim(tail, " \t\f") == "" {
		e := noStatement(src, filename)
		if l := toks[last].Line; l >= 1 && l <= len(lines) {
			ln := lines[l-1]
			if len(tail) <= len(ln)-len(strings.TrimLeft(ln, " \t\f")) {
				e.Kind, e.Msg, e.Col, e.EndCol = "", "invalid syntax", 0, 0
			}
		}
		return e
	}
	for j := last + 1; j < len(toks) && toks[j].Kind != ENDMARKER; j++ {
		if toks[j].Kind == DEDENT {
			return nil
		}
	}
	if toks[last].Line == len(lines) {
		return noStatement(src, filename)
	}
	return nil
}

func isCompound(s Stmt) bool {
	switch s.(type) {
	case *FunctionDef, *ClassDef, *If, *For, *While, *With, *Try, *Match:
		return true
	}
	return false
}
