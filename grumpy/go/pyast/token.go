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
	Kind       TokKind
	Text       string
	Line, Col  int // start (col in code points, 0-based)
	EndLine    int
	EndCol     int
}

// tokenizer turns source text into tokens, tracking indentation and
// bracket depth (newlines inside brackets are not NEWLINE tokens).
type tokenizer struct {
	src     []rune
	pos     int
	line    int
	lineStart int
	indents []int
	depth   int
	brackets []rune
	bracketPos []Token
	toks    []Token
	atLineStart bool
	filename string
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
	tz := &tokenizer{src: []rune(src), line: 1, indents: []int{0}, atLineStart: true, filename: filename}
	if err := tz.run(); err != nil {
		return nil, err, nil
	}
	return tz.toks, nil, tz.pending
}

func (tz *tokenizer) col() int { return tz.pos - tz.lineStart }

func (tz *tokenizer) errAt(msg string, line, col int) *SyntaxError {
	return &SyntaxError{Msg: msg, Filename: tz.filename, Line: line, Col: col + 1, Text: tz.lineText(line)}
}

func (tz *tokenizer) lineText(line int) string {
	lines := strings.Split(string(tz.src), "\n")
	if line >= 1 && line <= len(lines) {
		return lines[line-1]
	}
	return ""
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
			if tz.peek(1) == '\n' {
				tz.pos += 2
				tz.line++
				tz.lineStart = tz.pos
				continue
			}
			return tz.errAt("unexpected character after line continuation character", tz.line, tz.col())
		}
		tz.atLineStart = false
		if err := tz.token(); err != nil {
			return err
		}
	}
	if tz.depth > 0 {
		b := tz.bracketPos[len(tz.bracketPos)-1]
		tz.pending = tz.errAt("'"+b.Text+"' was never closed", b.Line, b.Col)
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
		start := tz.pos
		for tz.pos < len(tz.src) {
			c := tz.src[tz.pos]
			if c == ' ' {
				width++
			} else if c == '\t' {
				width = (width/8 + 1) * 8
			} else if c == '\f' {
				width = 0
			} else {
				break
			}
			tz.pos++
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
				return false, tz.errAt("unexpected indent", tz.line, width)
			}
			tz.indents = append(tz.indents, width)
			tz.emit(INDENT, "", tz.line, 0)
		} else {
			for width < tz.indents[len(tz.indents)-1] {
				tz.indents = tz.indents[:len(tz.indents)-1]
				tz.emit(DEDENT, "", tz.line, tz.col())
			}
			if width != tz.indents[len(tz.indents)-1] {
				e := tz.errAt("unindent does not match any outer indentation level", tz.line, tz.col())
				e.Kind = "IndentationError"
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
	if isIdentStart(c) || c >= 0x80 && !unicode.IsSpace(c) {
		start := tz.pos
		for tz.pos < len(tz.src) && (isIdentChar(tz.src[tz.pos]) || tz.src[tz.pos] >= 0x80 && !unicode.IsSpace(tz.src[tz.pos]) && !unicode.IsPunct(tz.src[tz.pos])) {
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
					return tz.errAt("unmatched '"+op+"'", line, col)
				}
				open := tz.brackets[len(tz.brackets)-1]
				want := map[rune]string{'(': ")", '[': "]", '{': "}"}[open]
				if want != op {
					b := tz.bracketPos[len(tz.bracketPos)-1]
					msg := "closing parenthesis '" + op + "' does not match opening parenthesis '" + string(open) + "'"
					if b.Line != line {
						msg += " on line " + itoa(b.Line)
					}
					return tz.errAt(msg, line, col)
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
				return tz.errAt("unterminated triple-quoted string literal (detected at line "+itoa(tz.line)+")", line, col)
			}
			return tz.errAt("unterminated string literal (detected at line "+itoa(line)+")", line, col)
		}
		c := tz.src[tz.pos]
		if c == '\\' {
			tz.pos += 2
			if tz.pos-1 < len(tz.src) && tz.src[tz.pos-1] == '\n' {
				tz.line++
				tz.lineStart = tz.pos
			}
			continue
		}
		if c == '\n' {
			if !triple {
				return tz.errAt("unterminated string literal (detected at line "+itoa(line)+")", line, col)
			}
			tz.pos++
			tz.line++
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
	isDigit := func(r rune, base int) bool {
		switch base {
		case 16:
			return strings.ContainsRune("0123456789abcdefABCDEF", r)
		case 8:
			return r >= '0' && r <= '7'
		case 2:
			return r == '0' || r == '1'
		}
		return r >= '0' && r <= '9'
	}
	digits := func(base int) {
		for tz.pos < len(tz.src) {
			r := tz.src[tz.pos]
			if isDigit(r, base) || (r == '_' && tz.pos+1 < len(tz.src) && isDigit(tz.src[tz.pos+1], base)) {
				tz.pos++
				continue
			}
			break
		}
	}
	if tz.src[tz.pos] == '0' && tz.pos+1 < len(tz.src) && strings.ContainsRune("xXoObB", tz.src[tz.pos+1]) {
		base := map[rune]int{'x': 16, 'X': 16, 'o': 8, 'O': 8, 'b': 2, 'B': 2}[tz.src[tz.pos+1]]
		tz.pos += 2
		if tz.pos < len(tz.src) && tz.src[tz.pos] == '_' {
			tz.pos++
		}
		digits(base)
	} else {
		digits(10)
		if tz.pos < len(tz.src) && tz.src[tz.pos] == '.' {
			tz.pos++
			digits(10)
		}
		if tz.pos < len(tz.src) && (tz.src[tz.pos] == 'e' || tz.src[tz.pos] == 'E') {
			save := tz.pos
			tz.pos++
			if tz.pos < len(tz.src) && (tz.src[tz.pos] == '+' || tz.src[tz.pos] == '-') {
				tz.pos++
			}
			if tz.pos < len(tz.src) && unicode.IsDigit(tz.src[tz.pos]) {
				digits(10)
			} else {
				tz.pos = save
			}
		}
		if tz.pos < len(tz.src) && (tz.src[tz.pos] == 'j' || tz.src[tz.pos] == 'J') {
			tz.pos++
		}
	}
	if tz.pos < len(tz.src) && isIdentChar(tz.src[tz.pos]) {
		return tz.errAt("invalid decimal literal", line, col)
	}
	tz.emit(NUMBER, string(tz.src[start:tz.pos]), line, col)
	return nil
}
