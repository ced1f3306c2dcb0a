package pyast

import (
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// parseNumber turns a NUMBER token into int64, *big.Int, float64 or complex128.
func parseNumber(text string) (any, string) {
	s := strings.ReplaceAll(text, "_", "")
	low := strings.ToLower(s)
	if strings.HasSuffix(low, "j") {
		f, err := strconv.ParseFloat(s[:len(s)-1], 64)
		if err != nil && !isRangeErr(err) {
			return nil, "invalid imaginary literal"
		}
		return complex(0, f), ""
	}
	base := 10
	digits := s
	switch {
	case strings.HasPrefix(low, "0x"):
		base, digits = 16, s[2:]
	case strings.HasPrefix(low, "0o"):
		base, digits = 8, s[2:]
	case strings.HasPrefix(low, "0b"):
		base, digits = 2, s[2:]
	}
	if base == 10 && strings.ContainsAny(low, ".e") {
		f, err := strconv.ParseFloat(s, 64)
		if err != nil && !isRangeErr(err) {
			return nil, "invalid decimal literal"
		}
		return f, ""
	}
	if base == 10 && len(digits) > 1 && digits[0] == '0' && strings.Trim(digits, "0") != "" {
		return nil, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"
	}
	if v, err := strconv.ParseInt(digits, base, 64); err == nil {
		return v, ""
	}
	b, ok := new(big.Int).SetString(digits, base)
	if !ok {
		return nil, "invalid decimal literal"
	}
	return b, ""
}

func isRangeErr(err error) bool {
	ne, ok := err.(*strconv.NumError)
	return ok && ne.Err == strconv.ErrRange
}

// strings parses one or more adjacent string literals (implicit
// concatenation), producing a Constant (str or bytes) or a JoinedStr.
func (p *parser) strings() Expr {
	first := p.tok()
	pos := posOf(first)
	var parts []Expr
	var buf strings.Builder
	isBytes, isF, mixed := false, false, false
	lateErr := ""
	n := 0
	flush := func() {
		if buf.Len() > 0 {
			parts = append(parts, &Constant{Pos: pos, Value: buf.String()})
			buf.Reset()
		}
	}
	for p.tok().Kind == STRING {
		t := p.tok()
		p.i++
		prefix, body, err := splitString(t.Text)
		if err != "" {
			p.failAt(t, err)
		}
		lp := strings.ToLower(prefix)
		b := strings.Contains(lp, "b")
		if n > 0 && b != isBytes {
			mixed = true
		}
		isBytes = b
		n++
		raw := strings.Contains(lp, "r")
		if strings.Contains(lp, "f") {
			isF = true
			vals := p.fstring(t, body, raw)
			for _, v := range vals {
				if c, ok := v.(*Constant); ok {
					buf.WriteString(c.Value.(string))
				} else {
					flush()
					parts = append(parts, v)
				}
			}
			continue
		}
		s, err, inv := decodeEscapesW(body, raw, b)
		if err != "" {
			if strings.HasPrefix(err, "bytes can only") {
				p.failAt(t, err)
			}
			if lateErr == "" {
				lateErr = err
			}
			continue
		}
		if inv != "" && lateErr == "" {
			p.warnAt(t, inv)
		}
		buf.WriteString(s)
	}
	// CPython reports these once the whole group is read, at the token
	// after it.
	if lateErr != "" {
		p.fail(lateErr)
	}
	if mixed {
		p.fail("cannot mix bytes and nonbytes literals")
	}
	pos = p.endPos(pos)
	if isBytes {
		return &Constant{Pos: pos, Value: []byte(buf.String())}
	}
	if !isF {
		return &Constant{Pos: pos, Value: buf.String()}
	}
	flush()
	for _, pt := range parts {
		if c, ok := pt.(*Constant); ok {
			c.Pos = pos
		}
	}
	return &JoinedStr{Pos: pos, Values: parts}
}

// splitString separates a literal's prefix from its body (without quotes).
func splitString(text string) (string, string, string) {
	i := 0
	for i < len(text) && text[i] != '"' && text[i] != '\'' {
		i++
	}
	prefix, rest := text[:i], text[i:]
	if len(rest) >= 6 && (strings.HasPrefix(rest, `"""`) || strings.HasPrefix(rest, `'''`)) {
		return prefix, rest[3 : len(rest)-3], ""
	}
	return prefix, rest[1 : len(rest)-1], ""
}

// LookupName resolves a \N{...} character name; the runtime installs its
// Unicode name table here (nil: every name is unknown).
var LookupName func(name string) (rune, bool)

// decodeEscapes interprets backslash escapes. Str results are WTF-8 (so
// "\ud800" survives); bytes results hold one byte per char. A decoding
// error is returned as CPython's message; invalid is the message of the
// first invalid escape sequence, which CPython warns about.
func decodeEscapes(body string, raw, isBytes bool) (string, string) {
	s, err, _ := decodeEscapesW(body, raw, isBytes)
	return s, err
}

func decodeEscapesW(body string, raw, isBytes bool) (out string, errMsg, invalid string) {
	if isBytes {
		for _, r := range body {
			if r >= 0x80 {
				return "", "bytes can only contain ASCII literal characters", ""
			}
		}
	}
	if raw || !strings.Contains(body, "\\") {
		return body, "", ""
	}
	// CPython decodes str literals after rewriting each non-ASCII
	// character as a 10-byte \UXXXXXXXX escape (and a backslash before
	// one as \u005c): error positions count in that text.
	var pos []int // pos[i]: position of body[i] in CPython's text
	if !isBytes {
		pos = make([]int, len(body)+1)
		q := 0
		for i := 0; i < len(body); {
			r, n := utf8.DecodeRuneInString(body[i:])
			if body[i] == '\\' && i+1 < len(body) && body[i+1] >= 0x80 {
				pos[i] = q
				q += 6
				i++
				continue
			}
			for k := 0; k < n; k++ {
				pos[i+k] = q
			}
			if r >= 0x80 || n > 1 {
				q += 10
			} else {
				q++
			}
			i += n
		}
		pos[len(body)] = q
	}
	fail := func(start, end int, msg string) (string, string, string) {
		return "", "(unicode error) 'unicodeescape' codec can't decode bytes in position " + itoa(pos[start]) + "-" + itoa(pos[end]-1) + ": " + msg, ""
	}
	var b []byte
	for i := 0; i < len(body); {
		c := body[i]
		if c != '\\' || i+1 >= len(body) {
			b = append(b, c)
			i++
			continue
		}
		start := i
		e := body[i+1]
		i += 2
		switch e {
		case '\n':
		case '\\':
			b = append(b, '\\')
		case '\'':
			b = append(b, '\'')
		case '"':
			b = append(b, '"')
		case 'a':
			b = append(b, 7)
		case 'b':
			b = append(b, 8)
		case 'f':
			b = append(b, 12)
		case 'n':
			b = append(b, '\n')
		case 'r':
			b = append(b, '\r')
		case 't':
			b = append(b, '\t')
		case 'v':
			b = append(b, 11)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(e - '0')
			for k := 0; k < 2 && i < len(body) && body[i] >= '0' && body[i] <= '7'; k++ {
				v = v*8 + int(body[i]-'0')
				i++
			}
			if v > 0o377 && invalid == "" {
				invalid = "invalid octal escape sequence '" + body[start:i] + "'"
			}
			if isBytes {
				b = append(b, byte(v))
			} else {
				b = appendCode(b, rune(v), false)
			}
		case 'x', 'u', 'U':
			if isBytes && e != 'x' {
				if invalid == "" {
					invalid = "invalid escape sequence '\\" + string(e) + "'"
				}
				b = append(b, '\\', e)
				continue
			}
			n := map[byte]int{'x': 2, 'u': 4, 'U': 8}[e]
			v := rune(0)
			for k := 0; k < n; k++ {
				if i >= len(body) || hexVal(body[i]) < 0 {
					if isBytes {
						return "", "(value error) invalid \\x escape at position " + itoa(start), ""
					}
					return fail(start, i, map[byte]string{'x': "truncated \\xXX escape", 'u': "truncated \\uXXXX escape",
						'U': "truncated \\UXXXXXXXX escape"}[e])
				}
				v = v<<4 | rune(hexVal(body[i]))
				i++
			}
			if v > 0x10ffff {
				return fail(start, i, "illegal Unicode character")
			}
			b = appendCode(b, v, isBytes)
		case 'N':
			if isBytes {
				if invalid == "" {
					invalid = "invalid escape sequence '\\N'"
				}
				b = append(b, '\\', e)
				continue
			}
			msg := "malformed \\N character escape"
			if i < len(body) && body[i] == '{' {
				j := i + 1
				for j < len(body) && body[j] != '}' {
					j++
				}
				if j >= len(body) {
					return fail(start, j, msg)
				}
				if j == i+1 {
					return fail(start, j, msg)
				}
				name := body[i+1 : j]
				if LookupName != nil {
					if r, ok := LookupName(name); ok {
						b = appendCode(b, r, false)
						i = j + 1
						continue
					}
				}
				return fail(start, j+1, "unknown Unicode character name")
			}
			return fail(start, i, msg)
		default:
			if invalid == "" && e < 0x80 {
				invalid = "invalid escape sequence '\\" + string(e) + "'"
			}
			b = append(b, '\\', e)
		}
	}
	return string(b), "", invalid
}

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

func appendCode(out []byte, r rune, isBytes bool) []byte {
	if isBytes {
		return append(out, byte(r))
	}
	if r >= 0xD800 && r <= 0xDFFF {
		return append(out, 0xED, byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(out, r)
}

// fstring parses the body of an f-string into Constant and FormattedValue
// parts, as CPython 3.11's string_parser.c does.
func (p *parser) fstring(t Token, body string, raw bool) []Expr {
	parts, _ := p.fstringParse(t, body, 0, raw, 0)
	return parts
}

// fstringParse parses s[i:] at nesting level lvl (0: the f-string, 1: a
// format spec, which ends at its closing '}'), returning the parts and
// where it stopped.
func (p *parser) fstringParse(t Token, s string, i int, raw bool, lvl int) ([]Expr, int) {
	var parts []Expr
	var lit strings.Builder
	pos := posOf(t)
	flush := func() {
		if lit.Len() == 0 {
			return
		}
		v, err, inv := decodeEscapesW(lit.String(), raw, false)
		if err != "" {
			p.failAt(t, err)
		}
		if inv != "" {
			p.warnAt(t, inv)
		}
		parts = append(parts, &Constant{Pos: pos, Value: v})
		lit.Reset()
	}
	for i < len(s) {
		ch := s[i]
		i++
		if !raw && ch == '\\' && i < len(s) {
			ch2 := s[i]
			i++
			if ch2 == 'N' {
				// \N{NAME}: its braces do not start a field.
				lit.WriteString("\\N")
				if i < len(s) {
					c3 := s[i]
					i++
					lit.WriteByte(c3)
					if c3 == '{' {
						for i < len(s) {
							c := s[i]
							i++
							lit.WriteByte(c)
							if c == '}' {
								break
							}
						}
					}
				}
				continue
			}
			if ch2 != '{' {
				lit.WriteByte('\\')
				lit.WriteByte(ch2)
				continue
			}
			// \{ : the backslash stays, the brace opens a field.
			p.warnAt(t, "invalid escape sequence '\\{'")
			lit.WriteByte('\\')
			ch = '{'
		}
		if ch == '{' || ch == '}' {
			if lvl == 0 {
				if i < len(s) && s[i] == ch {
					lit.WriteByte(ch)
					i++
					continue
				}
				if ch == '}' {
					p.failFString("f-string: single '}' is not allowed")
				}
			}
			if ch == '}' {
				flush()
				return parts, i - 1
			}
			flush()
			fv, n := p.fstringExpr(t, s, i, raw, lvl)
			parts = append(parts, fv...)
			i = n
			continue
		}
		lit.WriteByte(ch)
	}
	flush()
	return parts, i
}

// fstringExpr parses a replacement field `expr[=][!conv][:spec]}` whose
// expression starts at s[i] (after the '{'); it returns the parts (the
// "expr=" text and the FormattedValue) and the index after the '}'.
func (p *parser) fstringExpr(t Token, s string, i int, raw bool, lvl int) ([]Expr, int) {
	if lvl >= 2 {
		p.failFString("f-string: expressions nested too deeply")
	}
	exprStart := i
	var quote byte
	triple := false
	var stack []byte
loop:
	for ; i < len(s); i++ {
		ch := s[i]
		if ch == '\\' {
			p.failAt(t, "f-string expression part cannot include a backslash")
		}
		if quote != 0 {
			if ch == quote {
				if triple {
					if i+2 < len(s) && s[i+1] == ch && s[i+2] == ch {
						i += 2
						quote, triple = 0, false
					}
				} else {
					quote = 0
				}
			}
			continue
		}
		switch {
		case ch == '\'' || ch == '"':
			if i+2 < len(s) && s[i+1] == ch && s[i+2] == ch {
				triple = true
				i += 2
			}
			quote = ch
		case ch == '[' || ch == '{' || ch == '(':
			if len(stack) >= 200 {
				p.failFString("f-string: too many nested parenthesis")
			}
			stack = append(stack, ch)
		case ch == '#':
			p.failAt(t, "f-string expression part cannot include '#'")
		case len(stack) == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<'):
			if i+1 < len(s) {
				next := s[i+1]
				if (ch == '!' || ch == '=' || ch == '<' || ch == '>') && next == '=' {
					i++
					continue
				}
			}
			if ch == '>' || ch == '<' {
				continue
			}
			break loop
		case ch == ']' || ch == '}' || ch == ')':
			if len(stack) == 0 {
				p.failFString("f-string: unmatched '"+string(ch)+"'")
			}
			open := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if !(open == '(' && ch == ')' || open == '[' && ch == ']' || open == '{' && ch == '}') {
				p.failFString("f-string: closing parenthesis '"+string(ch)+"' does not match opening parenthesis '"+string(open)+"'")
			}
		}
	}
	exprEnd := i
	if quote != 0 {
		p.failFString("f-string: unterminated string")
	}
	if len(stack) > 0 {
		p.failFString("f-string: unmatched '"+string(stack[len(stack)-1])+"'")
	}
	if i >= len(s) {
		p.failFString("f-string: expecting '}'")
	}
	exprSrc := s[exprStart:exprEnd]
	if strings.Trim(exprSrc, " \t\n\f\r") == "" {
		if c := s[exprEnd]; c == '!' || c == ':' || c == '=' {
			p.failFString("f-string: expression required before '"+string(c)+"'")
		}
		p.failFString("f-string: empty expression not allowed")
	}
	sub, err := ParseExpressionW("("+exprSrc+")", p.filename, p.warn)
	if err != nil && err.Abort != nil {
		panic(parseError{err})
	}
	if err != nil {
		if strings.HasPrefix(err.Msg, "invalid non-printable character") {
			p.failAt(t, err.Msg)
		}
		p.failFStringExpr(t, s, exprStart, err)
	}
	var parts []Expr
	fv := &FormattedValue{Pos: posOf(t), Value: sub.Body}
	exprText := false
	if s[i] == '=' {
		i++
		for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\f' || s[i] == '\r' || s[i] == '\v') {
			i++
		}
		if i >= len(s) {
			p.failFString("f-string: expecting '}'")
		}
		parts = append(parts, &Constant{Pos: posOf(t), Value: s[exprStart:i]})
		exprText = true
	}
	conv := rune(-1)
	if s[i] == '!' {
		i++
		if i >= len(s) {
			p.failFString("f-string: expecting '}'")
		}
		conv = rune(s[i])
		i++
		if conv != 's' && conv != 'r' && conv != 'a' {
			p.failFString("f-string: invalid conversion character: expected 's', 'r', or 'a'")
		}
	}
	if i < len(s) && s[i] == ':' {
		i++
		if i >= len(s) {
			p.failFString("f-string: expecting '}'")
		}
		specParts, n := p.fstringParse(t, s, i, raw, lvl+1)
		fv.FormatSpec = &JoinedStr{Pos: posOf(t), Values: specParts}
		i = n
	}
	if i >= len(s) || s[i] != '}' {
		p.failFString("f-string: expecting '}'")
	}
	i++
	if exprText && fv.FormatSpec == nil && conv == -1 {
		conv = 'r'
	}
	if conv > 0 {
		fv.Conversion = conv
	}
	parts = append(parts, fv)
	return parts, i
}
