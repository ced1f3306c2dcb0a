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
		s, err := decodeEscapes(body, raw, b)
		if err != "" {
			p.failAt(t, err)
		}
		buf.WriteString(s)
	}
	if mixed {
		p.failAt(first, "cannot mix bytes and nonbytes literals")
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

// decodeEscapes interprets backslash escapes. Str results are WTF-8 (so
// "\ud800" survives); bytes results hold one byte per char.
func decodeEscapes(body string, raw, isBytes bool) (string, string) {
	if isBytes {
		for _, r := range body {
			if r >= 0x80 {
				return "", "bytes can only contain ASCII literal characters"
			}
		}
	}
	if raw || !strings.Contains(body, "\\") {
		return body, ""
	}
	var out []byte
	for i := 0; i < len(body); {
		c := body[i]
		if c != '\\' || i+1 >= len(body) {
			out = append(out, c)
			i++
			continue
		}
		e := body[i+1]
		i += 2
		switch e {
		case '\n':
		case '\\':
			out = append(out, '\\')
		case '\'':
			out = append(out, '\'')
		case '"':
			out = append(out, '"')
		case 'a':
			out = append(out, 7)
		case 'b':
			out = append(out, 8)
		case 'f':
			out = append(out, 12)
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'v':
			out = append(out, 11)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(e - '0')
			for k := 0; k < 2 && i < len(body) && body[i] >= '0' && body[i] <= '7'; k++ {
				v = v*8 + int(body[i]-'0')
				i++
			}
			out = appendCode(out, rune(v), isBytes)
		case 'x':
			if i+2 > len(body) {
				return "", "(unicode error) 'unicodeescape' codec can't decode bytes: truncated \\xXX escape"
			}
			v, err := strconv.ParseUint(body[i:i+2], 16, 32)
			if err != nil {
				if isBytes {
					return "", "(value error) invalid \\x escape at position " + itoa(i-2)
				}
				return "", "(unicode error) 'unicodeescape' codec can't decode bytes in position " + itoa(i-2) + "-" + itoa(i-1) + ": truncated \\xXX escape"
			}
			i += 2
			out = appendCode(out, rune(v), isBytes)
		case 'u', 'U', 'N':
			if isBytes {
				out = append(out, '\\', e)
				continue
			}
			if e == 'N' {
				return "", "(unicode error) \\N{...} escapes are not supported by Grumpy's run-time parser"
			}
			n := 4
			if e == 'U' {
				n = 8
			}
			if i+n > len(body) {
				return "", "(unicode error) 'unicodeescape' codec can't decode bytes: truncated \\" + string(e) + " escape"
			}
			v, err := strconv.ParseUint(body[i:i+n], 16, 32)
			if err != nil || v > 0x10ffff {
				return "", "(unicode error) 'unicodeescape' codec can't decode bytes: truncated \\" + string(e) + " escape"
			}
			i += n
			out = appendCode(out, rune(v), false)
		default:
			out = append(out, '\\', e)
		}
	}
	return string(out), ""
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

// fstring parses the body of an f-string into Constant and FormattedValue parts.
func (p *parser) fstring(t Token, body string, raw bool) []Expr {
	var parts []Expr
	var lit strings.Builder
	pos := posOf(t)
	flushLit := func() {
		if lit.Len() > 0 {
			s, err := decodeEscapes(lit.String(), raw, false)
			if err != "" {
				p.failAt(t, err)
			}
			parts = append(parts, &Constant{Pos: pos, Value: s})
			lit.Reset()
		}
	}
	for i := 0; i < len(body); {
		c := body[i]
		switch c {
		case '{':
			if i+1 < len(body) && body[i+1] == '{' {
				lit.WriteByte('{')
				i += 2
				continue
			}
			flushLit()
			fv, n := p.fstringField(t, body[i+1:], raw)
			parts = append(parts, fv...)
			i += n + 1
		case '}':
			if i+1 < len(body) && body[i+1] == '}' {
				lit.WriteByte('}')
				i += 2
				continue
			}
			p.failAt(t, "f-string: single '}' is not allowed")
		default:
			lit.WriteByte(c)
			i++
		}
	}
	flushLit()
	return parts
}

// fstringField parses `expr[=][!conv][:spec]}` and returns the parts and
// the number of bytes consumed (through the closing brace).
func (p *parser) fstringField(t Token, s string, raw bool) ([]Expr, int) {
	depth := 0
	var quote byte
	end := -1
	for i := 0; i < len(s) && end < 0; i++ {
		c := s[i]
		if quote != 0 {
			if c == quote {
				quote = 0
			}
			continue
		}
		switch c {
		case '\'', '"':
			quote = c
		case '(', '[', '{':
			depth++
		case ')', ']':
			depth--
		case '}':
			if depth == 0 {
				end = i
			} else {
				depth--
			}
		case '!':
			if depth == 0 && i+1 < len(s) && s[i+1] != '=' {
				end = i
			}
		case ':':
			if depth == 0 {
				end = i
			}
		case '=':
			if depth == 0 && i+1 < len(s) && s[i+1] != '=' && (i == 0 || !strings.ContainsRune("=!<>", rune(s[i-1]))) {
				end = i
			}
		}
	}
	if end < 0 {
		p.failAt(t, "f-string: expecting '}'")
	}
	exprSrc := s[:end]
	if strings.TrimSpace(exprSrc) == "" {
		p.failAt(t, "f-string: empty expression not allowed")
	}
	sub, err := ParseExpression("("+exprSrc+")", p.filename)
	if err != nil {
		p.failAt(t, "f-string: "+err.Msg)
	}
	var parts []Expr
	fv := &FormattedValue{Pos: posOf(t), Value: sub.Body}
	i := end
	if s[i] == '=' {
		parts = append(parts, &Constant{Pos: posOf(t), Value: exprSrc + "="})
		i++
		fv.Conversion = 'r'
	}
	if i < len(s) && s[i] == '!' {
		if i+1 >= len(s) || !strings.ContainsRune("sra", rune(s[i+1])) {
			p.failAt(t, "f-string: invalid conversion character: expected 's', 'r', or 'a'")
		}
		fv.Conversion = rune(s[i+1])
		i += 2
	}
	if i < len(s) && s[i] == ':' {
		// The spec runs to the matching '}' and may hold nested fields.
		depth := 0
		j := i + 1
		for ; j < len(s); j++ {
			if s[j] == '{' {
				depth++
			} else if s[j] == '}' {
				if depth == 0 {
					break
				}
				depth--
			}
		}
		if j >= len(s) {
			p.failAt(t, "f-string: expecting '}'")
		}
		specParts := p.fstring(t, s[i+1:j], raw)
		fv.FormatSpec = &JoinedStr{Pos: posOf(t), Values: specParts}
		if fv.Conversion == 'r' && parts != nil {
			fv.Conversion = 0
		}
		i = j
	}
	if i >= len(s) || s[i] != '}' {
		p.failAt(t, "f-string: expecting '}'")
	}
	parts = append(parts, fv)
	return parts, i + 1
}
