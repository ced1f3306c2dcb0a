package runtime

import (
	"strings"
)

// str.format / str.format_map (the replacement-field grammar of
// Objects/stringlib/unicode_format.h) and str.__format__ (the standard
// format spec applied to strings).

const (
	fmtAutoInit = iota
	fmtAutoAuto
	fmtAutoManual
)

type strFormatter struct {
	t        *Thread
	args     []Object
	kwargs   Object // *Dict for format(), any mapping for format_map(), or nil
	isMap    bool
	autoMode int
	autoNext int
}

// strFormatCall is str.format(*args, **kwargs) and str.format_map(mapping).
func strFormatCall(t *Thread, s *Str, args []Object, kwargs Object, isMap bool) (Object, *BaseException) {
	f := &strFormatter{t: t, args: args, kwargs: kwargs, isMap: isMap}
	out, exc := f.build(s.s, 2)
	if exc != nil {
		return nil, exc
	}
	return NewStr(out), nil
}

func (f *strFormatter) build(s string, depth int) (string, *BaseException) {
	if depth <= 0 {
		return "", NewError(ValueErrorType, "Max string recursion exceeded")
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	i, n := 0, len(s)
	for i < n {
		// Literal text up to the next brace.
		j := i
		for j < n && s[j] != '{' && s[j] != '}' {
			j++
		}
		b.WriteString(s[i:j])
		if j >= n {
			break
		}
		c := s[j]
		atEnd := j+1 >= n
		if c == '}' {
			if atEnd || s[j+1] != '}' {
				return "", NewError(ValueErrorType, "Single '}' encountered in format string")
			}
			b.WriteByte('}')
			i = j + 2
			continue
		}
		if atEnd {
			return "", NewError(ValueErrorType, "Single '{' encountered in format string")
		}
		if s[j+1] == '{' {
			b.WriteByte('{')
			i = j + 2
			continue
		}
		next, exc := f.field(&b, s, j+1, depth)
		if exc != nil {
			return "", exc
		}
		i = next
	}
	return b.String(), nil
}

// field parses and renders one replacement field starting after its '{';
// it returns the index after the closing '}'.
func (f *strFormatter) field(b *strings.Builder, s string, i, depth int) (int, *BaseException) {
	n := len(s)
	start := i
	var c byte
	for i < n {
		c = s[i]
		i++
		switch c {
		case '{':
			return 0, NewError(ValueErrorType, "unexpected '{' in field name")
		case '[':
			for i < n && s[i] != ']' {
				i++
			}
			continue
		case '}', ':', '!':
		default:
			continue
		}
		break
	}
	nameEnd := i - 1
	if i >= n && c != '}' && c != ':' && c != '!' {
		return 0, NewError(ValueErrorType, "expected '}' before end of string")
	}
	if c != '}' && c != ':' && c != '!' {
		return 0, NewError(ValueErrorType, "expected '}' before end of string")
	}
	name := s[start:nameEnd]
	var conv rune
	spec := ""
	expand := false
	if c == '!' || c == ':' {
		if c == '!' {
			if i >= n {
				return 0, NewError(ValueErrorType, "end of string while looking for conversion specifier")
			}
			var size int
			conv, size = wtf8At(s, i)
			i += size
			if i < n {
				c2 := s[i]
				i++
				if c2 == '}' {
					goto render
				}
				if c2 != ':' {
					return 0, NewError(ValueErrorType, "expected ':' after conversion specifier")
				}
			}
		}
		specStart := i
		count := 1
		for i < n {
			ch := s[i]
			i++
			if ch == '{' {
				expand = true
				count++
			} else if ch == '}' {
				count--
				if count == 0 {
					spec = s[specStart : i-1]
					goto render
				}
			}
		}
		return 0, NewError(ValueErrorType, "unmatched '{' in format spec")
	}
render:
	obj, exc := f.getField(name)
	if exc != nil {
		return 0, exc
	}
	switch conv {
	case 0:
	case 'r':
		if obj, exc = Repr(f.t, obj); exc != nil {
			return 0, exc
		}
	case 's':
		if obj, exc = ToStr(f.t, obj); exc != nil {
			return 0, exc
		}
	case 'a':
		if obj, exc = Ascii(f.t, obj); exc != nil {
			return 0, exc
		}
	default:
		if conv > 32 && conv < 127 {
			return 0, Errorf(ValueErrorType, "Unknown conversion specifier %c", conv)
		}
		return 0, Errorf(ValueErrorType, "Unknown conversion specifier \\x%x", conv)
	}
	if expand {
		if spec, exc = f.build(spec, depth-1); exc != nil {
			return 0, exc
		}
	}
	r, exc := Format(f.t, obj, NewStr(spec))
	if exc != nil {
		return 0, exc
	}
	b.WriteString(r.(*Str).s)
	return i, nil
}

// strFmtInteger is get_integer: the value of an all-decimal-digits name, or -1.
func strFmtInteger(s string) (int, *BaseException) {
	if len(s) == 0 {
		return -1, nil
	}
	v := 0
	for i := 0; i < len(s); {
		r, size := wtf8At(s, i)
		d := -1
		if r >= '0' && r <= '9' {
			d = int(r - '0')
		} else if r >= 0x80 && uIsDecimal(r) {
			d = uDecimalValue(r)
		}
		if d < 0 {
			return -1, nil
		}
		if v > (1<<62)/10 {
			return -1, NewError(ValueErrorType, "Too many decimal digits in format string")
		}
		v = v*10 + d
		i += size
	}
	return v, nil
}

// uDecimalValue is the digit value of a Unicode decimal (category Nd)
// code point: decimals come in contiguous runs of ten starting at zero.
func uDecimalValue(r rune) int {
	run := r
	for run > 0 && uIsDecimal(run-1) {
		run--
	}
	return int(r-run) % 10
}

func (f *strFormatter) getField(name string) (Object, *BaseException) {
	// The first part runs to the first '.' or '['.
	k := 0
	for k < len(name) && name[k] != '.' && name[k] != '[' {
		k++
	}
	first, rest := name[:k], name[k:]
	idx, exc := strFmtInteger(first)
	if exc != nil {
		return nil, exc
	}
	empty := first == ""
	if empty || idx >= 0 {
		if f.autoMode == fmtAutoInit {
			if empty {
				f.autoMode = fmtAutoAuto
			} else {
				f.autoMode = fmtAutoManual
			}
		}
		if f.autoMode == fmtAutoManual && empty {
			return nil, NewError(ValueErrorType, "cannot switch from manual field specification to automatic field numbering")
		}
		if f.autoMode == fmtAutoAuto && !empty {
			return nil, NewError(ValueErrorType, "cannot switch from automatic field numbering to manual field specification")
		}
		if empty {
			idx = f.autoNext
			f.autoNext++
		}
	}
	var obj Object
	if idx >= 0 {
		if f.isMap {
			return nil, NewError(ValueErrorType, "Format string contains positional fields")
		}
		if idx >= len(f.args) {
			return nil, Errorf(IndexErrorType, "Replacement index %d out of range for positional args tuple", idx)
		}
		obj = f.args[idx]
	} else {
		key := NewStr(first)
		if f.kwargs == nil {
			return nil, keyError(key)
		}
		v, exc := GetItem(f.t, f.kwargs, key)
		if exc != nil {
			return nil, exc
		}
		obj = v
	}
	for i := 0; i < len(rest); {
		c := rest[i]
		i++
		var part string
		switch c {
		case '.':
			j := i
			for j < len(rest) && rest[j] != '.' && rest[j] != '[' {
				j++
			}
			part = rest[i:j]
			i = j
			if part == "" {
				return nil, NewError(ValueErrorType, "Empty attribute in format string")
			}
			v, exc := GetAttr(f.t, obj, NewStr(part))
			if exc != nil {
				return nil, exc
			}
			obj = v
		case '[':
			j := i
			for j < len(rest) && rest[j] != ']' {
				j++
			}
			if j >= len(rest) {
				return nil, NewError(ValueErrorType, "Missing ']' in format string")
			}
			part = rest[i:j]
			i = j + 1
			if part == "" {
				return nil, NewError(ValueErrorType, "Empty attribute in format string")
			}
			n, exc := strFmtInteger(part)
			if exc != nil {
				return nil, exc
			}
			var key Object
			if n >= 0 {
				key = MakeInt(int64(n))
			} else {
				key = NewStr(part)
			}
			v, exc := GetItem(f.t, obj, key)
			if exc != nil {
				return nil, exc
			}
			obj = v
		default:
			return nil, NewError(ValueErrorType, "Only '.' or '[' may follow ']' in format field specifier")
		}
	}
	return obj, nil
}

// ---- str.__format__ ----

type strSpec struct {
	fill       rune
	align      byte
	sign       byte
	noNeg0     bool
	alt        bool
	width      int
	grouping   byte
	prec       int
	typ        rune
	fillGiven  bool
	alignGiven bool
}

func strSpecAlign(r rune) bool { return r == '<' || r == '>' || r == '^' || r == '=' }

// parseStrSpec parses a standard format spec with str's defaults.
func parseStrSpec(spec string, typeName string) (*strSpec, *BaseException) {
	sp := &strSpec{fill: ' ', align: '<', width: -1, prec: -1, typ: 's'}
	rs := decodeWTF8(spec)
	pos, end := 0, len(rs)
	if end-pos >= 2 && strSpecAlign(rs[pos+1]) {
		sp.fill, sp.align = rs[pos], byte(rs[pos+1])
		sp.fillGiven, sp.alignGiven = true, true
		pos += 2
	} else if end-pos >= 1 && strSpecAlign(rs[pos]) {
		sp.align = byte(rs[pos])
		sp.alignGiven = true
		pos++
	}
	if pos < end && (rs[pos] == '+' || rs[pos] == '-' || rs[pos] == ' ') {
		sp.sign = byte(rs[pos])
		pos++
	}
	if pos < end && rs[pos] == 'z' {
		sp.noNeg0 = true
		pos++
	}
	if pos < end && rs[pos] == '#' {
		sp.alt = true
		pos++
	}
	if !sp.fillGiven && pos < end && rs[pos] == '0' {
		sp.fill = '0'
		pos++
	}
	readInt := func() (int, int, *BaseException) {
		v, consumed := 0, 0
		for pos < end && uIsDecimal(rs[pos]) {
			d := int(rs[pos] - '0')
			if rs[pos] >= 0x80 {
				d = uDecimalValue(rs[pos])
			}
			if v > (1<<62)/10 {
				return 0, 0, NewError(ValueErrorType, "Too many decimal digits in format string")
			}
			v = v*10 + d
			pos++
			consumed++
		}
		return v, consumed, nil
	}
	w, consumed, exc := readInt()
	if exc != nil {
		return nil, exc
	}
	if consumed > 0 {
		sp.width = w
	}
	if pos < end && rs[pos] == ',' {
		sp.grouping = ','
		pos++
	}
	if pos < end && rs[pos] == '_' {
		if sp.grouping != 0 {
			return nil, NewError(ValueErrorType, "Cannot specify both ',' and '_'.")
		}
		sp.grouping = '_'
		pos++
	}
	if pos < end && rs[pos] == ',' && sp.grouping == '_' {
		return nil, NewError(ValueErrorType, "Cannot specify both ',' and '_'.")
	}
	if pos < end && rs[pos] == '.' {
		pos++
		p, consumed, exc := readInt()
		if exc != nil {
			return nil, exc
		}
		if consumed == 0 {
			return nil, NewError(ValueErrorType, "Format specifier missing precision")
		}
		sp.prec = p
	}
	if end-pos > 1 {
		return nil, Errorf(ValueErrorType, "Invalid format specifier '%s' for object of type '%s'", spec, typeName)
	}
	if end-pos == 1 {
		sp.typ = rs[pos]
	}
	if sp.grouping != 0 {
		switch sp.typ {
		case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0, 'b', 'o', 'x', 'X':
		default:
			if sp.typ > 32 && sp.typ < 128 {
				return nil, Errorf(ValueErrorType, "Cannot specify '%c' with '%c'.", sp.grouping, sp.typ)
			}
			return nil, Errorf(ValueErrorType, "Cannot specify '%c' with '\\x%x'.", sp.grouping, sp.typ)
		}
	}
	return sp, nil
}

// strFormatSpec is str.__format__(spec).
func strFormatSpec(s *Str, spec string) (Object, *BaseException) {
	return strFormatSpecTyped(s, spec, "str")
}

func strFormatSpecTyped(s *Str, spec string, typeName string) (Object, *BaseException) {
	if spec == "" {
		return s, nil
	}
	sp, exc := parseStrSpec(spec, typeName)
	if exc != nil {
		return nil, exc
	}
	if sp.typ != 's' {
		if sp.typ > 32 && sp.typ < 128 {
			return nil, Errorf(ValueErrorType, "Unknown format code '%c' for object of type '%s'", sp.typ, typeName)
		}
		return nil, Errorf(ValueErrorType, "Unknown format code '\\x%x' for object of type '%s'", sp.typ, typeName)
	}
	switch {
	case sp.sign == ' ':
		return nil, NewError(ValueErrorType, "Space not allowed in string format specifier")
	case sp.sign != 0:
		return nil, NewError(ValueErrorType, "Sign not allowed in string format specifier")
	case sp.noNeg0:
		return nil, NewError(ValueErrorType, "Negative zero coercion (z) not allowed in string format specifier")
	case sp.alt:
		return nil, NewError(ValueErrorType, "Alternate form (#) not allowed in string format specifier")
	case sp.align == '=':
		return nil, NewError(ValueErrorType, "'=' alignment not allowed in string format specifier")
	}
	text := s.s
	n := s.Len()
	if sp.prec >= 0 && n > sp.prec {
		text = s.s[:s.byteOffset(sp.prec)]
		n = sp.prec
	}
	if sp.width <= n {
		if len(text) == len(s.s) {
			return s, nil
		}
		return strSub(s, text), nil
	}
	total := sp.width - n
	left := 0
	switch sp.align {
	case '>':
		left = total
	case '^':
		left = total / 2
	}
	fill := string(appendRune(nil, sp.fill))
	if total > maxSeqBytes/len(fill) {
		return nil, seqMemoryError()
	}
	var b strings.Builder
	b.Grow(len(text) + total*len(fill))
	b.WriteString(strings.Repeat(fill, left))
	b.WriteString(text)
	b.WriteString(strings.Repeat(fill, total-left))
	return NewStr(b.String()), nil
}
