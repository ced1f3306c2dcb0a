package pyast

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// TokKind is a token's kind.
type TokKind int

// Token kinds, as Python's tokenize module names them.
const (
	ENDMARKER TokKind = iota
	NAME
	NUMBER
	STRING
	OP
	NEWLINE
	INDENT
	DEDENT
)

// Token is one lexical token; Text is its source text.
type Token struct {
	Kind      TokKind
	Text      string
	Line, Col int // start (col in code points, 0-based)
	EndLine   int
	EndCol    int
}

// tokenizer turns source text into tokens, tracking indentation and
// bracket depth (newlines inside brackets are not NEWLINE tokens).
type tokenizer struct {
	src         []rune
	pos         int
	line        int
	lineStart   int
	indents     []int
	depth       int
	brackets    []rune
	bracketPos  []Token
	toks        []Token
	atLineStart bool
	filename    string
	// cont marks the lines that continue the previous physical line (a
	// backslash continuation or a string spanning lines): CPython's error
	// text starts at the first line of such a run.
	cont map[int]bool
	err  *SyntaxError
	// warnings are SyntaxWarnings found while tokenizing (Text: message).
	warnings []Token
	// pending is an unclosed bracket at end of input: reported only if
	// the parser gets that far (CPython reports earlier syntax errors first).
	pending *SyntaxError
}

func isIdentStart(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Other_ID_Start, r) || unicode.Is(unicode.Nl, r)
}

func isIdentChar(r rune) bool {
	return isIdentStart(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) ||
		unicode.Is(unicode.Nd, r) || unicode.Is(unicode.Pc, r) || unicode.Is(unicode.Other_ID_Continue, r)
}

var operators = []string{
	"**=", "//=", ">>=", "<<=", "...", "->", ":=",
	"**", "//", ">>", "<<", "<=", ">=", "==", "!=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=",
	"+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">", "(", ")", "[", "]", "{", "}", ",", ":", ".", ";", "=",
}

// Tokenize splits src into tokens, or returns a *SyntaxError. pending is
// an error found at end of input (an unclosed bracket), which the parser
// reports only if it reaches the end without an earlier error.
func Tokenize(src, filename string) (toks []Token, err, pending *SyntaxError) {
	src = strings.ReplaceAll(src, "\r\n", "\n")
	src = strings.ReplaceAll(src, "\r", "\n")
	tz := tokenize(src, filename)
	if tz.err != nil {
		return nil, tz.err, nil
	}
	return tz.toks, nil, tz.pending
}

func tokenize(src, filename string) *tokenizer {
	src = strings.ReplaceAll(src, "\r\n", "\n")
	src = strings.ReplaceAll(src, "\r", "\n")
	tz := &tokenizer{src: []rune(src), line: 1, indents: []int{0}, atLineStart: true, filename: filename, cont: map[int]bool{}}
	tz.err = tz.run()
	return tz
}

// textFrom is the error text of line: the line, preceded by the lines it
// continues.
func textFrom(lines []string, cont map[int]bool, line int) string {
	if line < 1 || line > len(lines) {
		return ""
	}
	first := line
	for first > 1 && cont[first] {
		first--
	}
	return strings.Join(lines[first-1:line], "\n")
}

func (tz *tokenizer) col() int { return tz.pos - tz.lineStart }

func (tz *tokenizer) errAt(msg string, line, col int) *SyntaxError {
	return &SyntaxError{Msg: msg, Filename: tz.filename, Line: line, Col: col + 1, Text: tz.lineText(line)}
}

// errTok is an error the tokenizer itself raises: CPython gives it an
// empty range (end = start) and the line's text without its newline.
func (tz *tokenizer) errTok(msg string, line, col int) *SyntaxError {
	e := tz.errAt(msg, line, col)
	e.EndLine, e.EndCol, e.NoNewline = line, col+1, true
	return e
}

func (tz *tokenizer) lineText(line int) string {
	return textFrom(strings.Split(string(tz.src), "\n"), tz.cont, line)
}

func (tz *tokenizer) emit(kind TokKind, text string, line, col int) {
	tz.toks = append(tz.toks, Token{Kind: kind, Text: text, Line: line, Col: col, EndLine: tz.line, EndCol: tz.col()})
}

func (tz *tokenizer) peek(off int) rune {
	if tz.pos+off < len(tz.src) {
		return tz.src[tz.pos+off]
	}
	return 0
}

func (tz *tokenizer) run() *SyntaxError {
	for {
		if tz.atLineStart && tz.depth == 0 {
			done, err := tz.indentation()
			if err != nil {
				return err
			}
			if done {
				break
			}
		}
		if tz.pos >= len(tz.src) {
			break
		}
		c := tz.src[tz.pos]
		switch {
		case c == '\n':
			if tz.depth == 0 && len(tz.toks) > 0 && tz.toks[len(tz.toks)-1].Kind != NEWLINE {
				tz.emit(NEWLINE, "\n", tz.line, tz.col())
			}
			tz.pos++
			tz.line++
			tz.lineStart = tz.pos
			tz.atLineStart = true
			continue
		case c == ' ' || c == '\t' || c == '\f':
			tz.pos++
			continue
		case c == '#':
			for tz.pos < len(tz.src) && tz.src[tz.pos] != '\n' {
				tz.pos++
			}
			continue
		case c == '\\':
			// CPython's offsets here are one past the backslash (1-based).
			line, col := tz.line, tz.col()+1
			if tz.peek(1) == '\n' || tz.pos+1 >= len(tz.src) {
				if tz.pos+2 >= len(tz.src) {
					e := tz.errAt("unexpected EOF while parsing", line, col)
					e.EndLine, e.EndCol = line, -1
					return e
				}
				tz.pos += 2
				tz.line++
				tz.cont[tz.line] = true
				tz.lineStart = tz.pos
				continue
			}
			e := tz.errAt("unexpected character after line continuation character", line, col)
			e.EndLine, e.EndCol = line, 0
			return e
		}
		tz.atLineStart = false
		if err := tz.token(); err != nil {
			return err
		}
	}
	if tz.depth > 0 {
		b := tz.bracketPos[len(tz.bracketPos)-1]
		tz.pending = tz.errAt("'"+b.Text+"' was never closed", b.Line, b.Col)
		tz.pending.EndLine, tz.pending.EndCol = b.Line, 0
	}
	if len(tz.toks) > 0 && tz.toks[len(tz.toks)-1].Kind != NEWLINE {
		tz.emit(NEWLINE, "", tz.line, tz.col())
	}
	for len(tz.indents) > 1 {
		tz.indents = tz.indents[:len(tz.indents)-1]
		tz.emit(DEDENT, "", tz.line, 0)
	}
	tz.emit(ENDMARKER, "", tz.line, 0)
	return nil
}

// indentation measures a logical line's indent and emits INDENT/DEDENT;
// blank and comment-only lines are skipped. done reports end of input.
func (tz *tokenizer) indentation() (bool, *SyntaxError) {
	for {
		width := 0
		contWidth := 0 // the indent before the first backslash continuation
		start := tz.pos
		for tz.pos < len(tz.src) {
			c := tz.src[tz.pos]
			if c == ' ' {
				width++
			} else if c == '\t' {
				width = (width/8 + 1) * 8
			} else if c == '\f' {
				width = 0
			} else if c == '\\' && tz.peek(1) == '\n' {
				if tz.pos+2 >= len(tz.src) {
					e := tz.errAt("unexpected EOF while parsing", tz.line, tz.col()+1)
					e.EndLine, e.EndCol = tz.line, -1
					return false, e
				}
				// Indentation is not split over physical lines: the first
				// backslash decides the level (CPython's cont_line_col).
				if contWidth == 0 {
					contWidth = width
				}
				tz.pos += 2
				tz.line++
				tz.cont[tz.line] = true
				tz.lineStart = tz.pos
				continue
			} else {
				break
			}
			tz.pos++
		}
		if contWidth != 0 {
			width = contWidth
		}
		if tz.pos >= len(tz.src) {
			return true, nil
		}
		c := tz.src[tz.pos]
		if c == '\n' || c == '#' || (c == '\\' && tz.peek(1) == '\n') {
			if c == '#' {
				for tz.pos < len(tz.src) && tz.src[tz.pos] != '\n' {
					tz.pos++
				}
			}
			if tz.pos < len(tz.src) && tz.src[tz.pos] == '\\' {
				tz.pos++
			}
			if tz.pos < len(tz.src) {
				tz.pos++
				tz.line++
				tz.lineStart = tz.pos
				continue
			}
			return true, nil
		}
		_ = start
		tz.atLineStart = false
		cur := tz.indents[len(tz.indents)-1]
		if width > cur {
			if len(tz.toks) == 0 {
				// CPython: offset is the indentation's length in
				// characters, end_offset -1.
				e := tz.errAt("unexpected indent", tz.line, tz.col()-1)
				e.Kind, e.EndLine, e.EndCol = "IndentationError", tz.line, -1
				return false, e
			}
			tz.indents = append(tz.indents, width)
			tz.emit(INDENT, "", tz.line, 0)
		} else {
			for width < tz.indents[len(tz.indents)-1] {
				tz.indents = tz.indents[:len(tz.indents)-1]
				tz.emit(DEDENT, "", tz.line, tz.col())
			}
			if width != tz.indents[len(tz.indents)-1] {
				// CPython: offset is the line's length with its newline.
				e := tz.errAt("unindent does not match any outer indentation level", tz.line, 0)
				e.Kind, e.Col, e.EndLine, e.EndCol = "IndentationError", utf8.RuneCountInString(e.Text)+1, tz.line, -1
				return false, e
			}
		}
		return false, nil
	}
}

func (tz *tokenizer) token() *SyntaxError {
	line, col := tz.line, tz.col()
	c := tz.src[tz.pos]
	// Strings, with any prefix.
	if c == '"' || c == '\'' || isIdentStart(c) {
		j := tz.pos
		for j < len(tz.src) && j-tz.pos < 3 && strings.ContainsRune("rRbBuUfF", tz.src[j]) {
			j++
		}
		if j < len(tz.src) && (tz.src[j] == '"' || tz.src[j] == '\'') && validPrefix(string(tz.src[tz.pos:j])) {
			return tz.str(j, line, col)
		}
	}
	if !unicode.IsPrint(c) {
		return tz.errTok("invalid non-printable character U+"+strings.ToUpper(hex4(c)), line, col)
	}
	if isIdentStart(c) || c >= 0x80 && !unicode.IsSpace(c) {
		start := tz.pos
		for tz.pos < len(tz.src) && (isIdentChar(tz.src[tz.pos]) || tz.src[tz.pos] >= 0x80 && !unicode.IsSpace(tz.src[tz.pos]) && !unicode.IsPunct(tz.src[tz.pos])) {
			if r := tz.src[tz.pos]; !isIdentChar(r) && (unicode.In(r, unicode.Sm, unicode.Sc) || !unicode.IsPrint(r)) {
				if tz.pos == start {
					return tz.errAt(sprintfInvalidChar(r), line, col)
				}
				break
			}
			tz.pos++
		}
		if tz.pos == start {
			return tz.errAt(sprintfInvalidChar(c), line, col)
		}
		tz.emit(NAME, normalizeIdent(string(tz.src[start:tz.pos])), line, col)
		return nil
	}
	if unicode.IsDigit(c) || (c == '.' && unicode.IsDigit(tz.peek(1))) {
		return tz.number(line, col)
	}
	for _, op := range operators {
		if tz.hasPrefix(op) {
			tz.pos += utf8.RuneCountInString(op)
			switch op {
			case "(", "[", "{":
				tz.depth++
				tz.brackets = append(tz.brackets, rune(op[0]))
				tz.bracketPos = append(tz.bracketPos, Token{Text: op, Line: line, Col: col})
			case ")", "]", "}":
				if tz.depth == 0 {
					return tz.errTok("unmatched '"+op+"'", line, col)
				}
				open := tz.brackets[len(tz.brackets)-1]
				want := map[rune]string{'(': ")", '[': "]", '{': "}"}[open]
				if want != op {
					b := tz.bracketPos[len(tz.bracketPos)-1]
					msg := "closing parenthesis '" + op + "' does not match opening parenthesis '" + string(open) + "'"
					if b.Line != line {
						msg += " on line " + itoa(b.Line)
					}
					return tz.errTok(msg, line, col)
				}
				tz.depth--
				tz.brackets = tz.brackets[:len(tz.brackets)-1]
				tz.bracketPos = tz.bracketPos[:len(tz.bracketPos)-1]
			}
			tz.emit(OP, op, line, col)
			return nil
		}
	}
	if c == '!' {
		tz.pos++
		tz.emit(OP, "!", line, col)
		return nil
	}
	return tz.errAt(sprintfInvalidChar(c), line, col)
}

func sprintfInvalidChar(c rune) string {
	if c == '$' || c == '?' || c == '`' {
		return "invalid syntax"
	}
	return "invalid character '" + string(c) + "' (U+" + strings.ToUpper(hex4(c)) + ")"
}

func hex4(c rune) string {
	const digits = "0123456789abcdef"
	s := ""
	for v := c; v > 0; v >>= 4 {
		s = string(digits[v&15]) + s
	}
	for len(s) < 4 {
		s = "0" + s
	}
	return s
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	s := ""
	for n > 0 {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	if neg {
		s = "-" + s
	}
	return s
}

func (tz *tokenizer) hasPrefix(op string) bool {
	i := tz.pos
	for _, r := range op {
		if i >= len(tz.src) || tz.src[i] != r {
			return false
		}
		i++
	}
	return true
}

func validPrefix(p string) bool {
	switch strings.ToLower(p) {
	case "", "r", "u", "b", "br", "rb", "f", "fr", "rf":
		return true
	}
	return false
}

func (tz *tokenizer) str(quoteAt int, line, col int) *SyntaxError {
	start := tz.pos
	q := tz.src[quoteAt]
	triple := quoteAt+2 < len(tz.src) && tz.src[quoteAt+1] == q && tz.src[quoteAt+2] == q
	tz.pos = quoteAt + 1
	if triple {
		tz.pos = quoteAt + 3
	}
	for {
		if tz.pos >= len(tz.src) {
			if triple {
				return tz.errTok("unterminated triple-quoted string literal (detected at line "+itoa(tz.line)+")", line, col)
			}
			return tz.errTok("unterminated string literal (detected at line "+itoa(line)+")", line, col)
		}
		c := tz.src[tz.pos]
		if c == '\\' {
			tz.pos += 2
			if tz.pos-1 < len(tz.src) && tz.src[tz.pos-1] == '\n' {
				tz.line++
				tz.cont[tz.line] = true
				tz.lineStart = tz.pos
			}
			continue
		}
		if c == '\n' {
			if !triple {
				return tz.errTok("unterminated string literal (detected at line "+itoa(line)+")", line, col)
			}
			tz.pos++
			tz.line++
			tz.cont[tz.line] = true
			tz.lineStart = tz.pos
			continue
		}
		if c == q {
			if !triple {
				tz.pos++
				break
			}
			if tz.pos+2 < len(tz.src)+0 && tz.pos+2 <= len(tz.src)-1 && tz.src[tz.pos+1] == q && tz.src[tz.pos+2] == q {
				tz.pos += 3
				break
			}
		}
		tz.pos++
	}
	tz.emit(STRING, string(tz.src[start:tz.pos]), line, col)
	return nil
}

func (tz *tokenizer) number(line, col int) *SyntaxError {
	start := tz.pos
	at := func(k int) rune {
		if k < len(tz.src) {
			return tz.src[k]
		}
		return 0
	}
	isDec := func(r rune) bool { return r >= '0' && r <= '9' }
	fail := func(msg string) *SyntaxError { return tz.errAt(msg, tz.line, tz.col()) }
	// digits consumes digits of base (with single underscores between);
	// ok is false for a '_' not followed by a digit.
	digits := func(valid func(rune) bool) (n int, ok bool) {
		for {
			for valid(at(tz.pos)) {
				tz.pos++
				n++
			}
			if at(tz.pos) != '_' {
				return n, true
			}
			tz.pos++
			if !valid(at(tz.pos)) {
				return n, false
			}
		}
	}
	emit := func() *SyntaxError {
		tz.emit(NUMBER, string(tz.src[start:tz.pos]), line, col)
		return nil
	}
	if at(tz.pos) == '0' && strings.ContainsRune("xXoObB", at(tz.pos+1)) {
		kind, valid := "hexadecimal", func(r rune) bool { return strings.ContainsRune("0123456789abcdefABCDEF", r) && r != 0 }
		switch at(tz.pos + 1) {
		case 'o', 'O':
			kind, valid = "octal", func(r rune) bool { return r >= '0' && r <= '7' }
		case 'b', 'B':
			kind, valid = "binary", func(r rune) bool { return r == '0' || r == '1' }
		}
		tz.pos += 2
		if at(tz.pos) == '_' {
			tz.pos++
		}
		n, ok := digits(valid)
		if !ok || n == 0 {
			if kind != "hexadecimal" && isDec(at(tz.pos)) {
				return fail("invalid digit '" + string(at(tz.pos)) + "' in " + kind + " literal")
			}
			return fail("invalid " + kind + " literal")
		}
		if kind != "hexadecimal" && isDec(at(tz.pos)) {
			return fail("invalid digit '" + string(at(tz.pos)) + "' in " + kind + " literal")
		}
		if err := tz.endOfNumber(kind); err != nil {
			return err
		}
		return emit()
	}
	leadingZero := at(tz.pos) == '0'
	if at(tz.pos) != '.' {
		if _, ok := digits(isDec); !ok {
			return fail("invalid decimal literal")
		}
	}
	isInt := true
	if at(tz.pos) == '.' {
		isInt = false
		tz.pos++
		if isDec(at(tz.pos)) {
			if _, ok := digits(isDec); !ok {
				return fail("invalid decimal literal")
			}
		}
	}
	if r := at(tz.pos); r == 'e' || r == 'E' {
		save := tz.pos
		tz.pos++
		if at(tz.pos) == '+' || at(tz.pos) == '-' {
			tz.pos++
			if !isDec(at(tz.pos)) {
				return fail("invalid decimal literal")
			}
		} else if !isDec(at(tz.pos)) {
			tz.pos = save
			if err := tz.endOfNumber("decimal"); err != nil {
				return err
			}
			if leadingZero && isInt && strings.Trim(string(tz.src[start:tz.pos]), "0_") != "" {
				return tz.errAt("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", line, col)
			}
			return emit()
		}
		isInt = false
		if _, ok := digits(isDec); !ok {
			return fail("invalid decimal literal")
		}
	}
	if r := at(tz.pos); r == 'j' || r == 'J' {
		tz.pos++
		if err := tz.endOfNumber("imaginary"); err != nil {
			return err
		}
		return emit()
	}
	if leadingZero && isInt && strings.Trim(string(tz.src[start:tz.pos]), "0_") != "" {
		return tz.errAt("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", line, col)
	}
	if err := tz.endOfNumber("decimal"); err != nil {
		return err
	}
	return emit()
}

// endOfNumber is CPython's verify_end_of_number: a number directly
// followed by a keyword that can follow one ("1if x else y") gets a
// SyntaxWarning; by another identifier character, an error.
func (tz *tokenizer) endOfNumber(kind string) *SyntaxError {
	c := tz.peek(0)
	rest := func(s string) bool { return tz.hasPrefix(string(c) + s) }
	r := false
	switch c {
	case 'a':
		r = rest("nd")
	case 'e':
		r = rest("lse")
	case 'f':
		r = rest("or")
	case 'i':
		c2 := tz.peek(1)
		r = c2 == 'f' || c2 == 'n' || c2 == 's'
	case 'o':
		r = rest("r")
	case 'n':
		r = rest("ot")
	}
	if r {
		tz.warnings = append(tz.warnings, Token{Text: "invalid " + kind + " literal", Line: tz.line, Col: tz.col(), EndLine: tz.line, EndCol: tz.col()})
		return nil
	}
	if c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
		return tz.errAt("invalid "+kind+" literal", tz.line, tz.col())
	}
	return nil
}
