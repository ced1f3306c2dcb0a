package runtime

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The format-spec mini-language for int, float and complex, written after
// CPython's Python/formatter_unicode.c and Python/pystrtod.c (behaviour, not
// code): parse the spec, produce the digits, then lay out sign, prefix,
// padding, grouping, decimal point and remainder.

// numSpec is a parsed format spec.
type numSpec struct {
	fill      rune
	align     byte // '<' '>' '^' '='
	sign      byte // 0, '+', '-', ' '
	noNeg0    bool
	alt       bool
	width     int  // -1: none
	thousands byte // 0, ',', '_', '4' (underscore every four digits)
	precision int  // -1: none
	typ       rune // 0: none
}

func isAlignRune(r rune) bool { return r == '<' || r == '>' || r == '^' || r == '=' }

// parseNumSpec is parse_internal_render_format_spec.
func parseNumSpec(spec string, typeName string, defType rune, defAlign byte) (*numSpec, *BaseException) {
	sp := &numSpec{fill: ' ', align: defAlign, width: -1, precision: -1, typ: defType}
	rs := []rune(spec)
	pos, end := 0, len(rs)
	fillSpecified, alignSpecified := false, false
	if end-pos >= 2 && isAlignRune(rs[pos+1]) {
		sp.align = byte(rs[pos+1])
		sp.fill = rs[pos]
		fillSpecified, alignSpecified = true, true
		pos += 2
	} else if end-pos >= 1 && isAlignRune(rs[pos]) {
		sp.align = byte(rs[pos])
		alignSpecified = true
		pos++
	}
	if end-pos >= 1 && (rs[pos] == '+' || rs[pos] == '-' || rs[pos] == ' ') {
		sp.sign = byte(rs[pos])
		pos++
	}
	if end-pos >= 1 && rs[pos] == 'z' {
		sp.noNeg0 = true
		pos++
	}
	if end-pos >= 1 && rs[pos] == '#' {
		sp.alt = true
		pos++
	}
	if !fillSpecified && end-pos >= 1 && rs[pos] == '0' {
		sp.fill = '0'
		if !alignSpecified && defAlign == '>' {
			sp.align = '='
		}
		pos++
	}
	n, consumed, exc := specInteger(rs, &pos)
	if exc != nil {
		return nil, exc
	}
	if consumed > 0 {
		sp.width = n
	}
	if end-pos > 0 && rs[pos] == ',' {
		sp.thousands = ','
		pos++
	}
	if end-pos > 0 && rs[pos] == '_' {
		if sp.thousands != 0 {
			return nil, NewError(ValueErrorType, "Cannot specify both ',' and '_'.")
		}
		sp.thousands = '_'
		pos++
	}
	if end-pos > 0 && rs[pos] == ',' && sp.thousands == '_' {
		return nil, NewError(ValueErrorType, "Cannot specify both ',' and '_'.")
	}
	if end-pos > 0 && rs[pos] == '.' {
		pos++
		n, consumed, exc := specInteger(rs, &pos)
		if exc != nil {
			return nil, exc
		}
		if consumed == 0 {
			return nil, NewError(ValueErrorType, "Format specifier missing precision")
		}
		sp.precision = n
	}
	if end-pos > 1 {
		return nil, Errorf(ValueErrorType, "Invalid format specifier '%s' for object of type '%s'", spec, typeName)
	}
	if end-pos == 1 {
		sp.typ = rs[pos]
	}
	if sp.thousands != 0 {
		switch sp.typ {
		case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
		case 'b', 'o', 'x', 'X':
			if sp.thousands == '_' {
				sp.thousands = '4'
				break
			}
			fallthrough
		default:
			if sp.typ > 32 && sp.typ < 128 {
				return nil, Errorf(ValueErrorType, "Cannot specify '%c' with '%c'.", sp.thousands, sp.typ)
			}
			return nil, Errorf(ValueErrorType, "Cannot specify '%c' with '\\x%x'.", sp.thousands, sp.typ)
		}
	}
	return sp, nil
}

// specInteger reads a run of decimal digits (Unicode decimals allowed, as CPython).
func specInteger(rs []rune, pos *int) (int, int, *BaseException) {
	const maxSsize = math.MaxInt64
	n, consumed := 0, 0
	for *pos < len(rs) {
		d := decimalValue(rs[*pos])
		if d < 0 {
			break
		}
		if n > (maxSsize-d)/10 {
			return 0, 0, NewError(ValueErrorType, "Too many decimal digits in format string")
		}
		n = n*10 + d
		*pos++
		consumed++
	}
	return n, consumed, nil
}

// decimalValue is Py_UNICODE_TODECIMAL: the value of a decimal digit (any
// script), or -1.
func decimalValue(r rune) int {
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	if r < 128 || !unicode.Is(unicode.Nd, r) {
		return -1
	}
	// Decimal digits come in contiguous runs of ten starting at a zero.
	z := r
	for unicode.Is(unicode.Nd, z-1) && r-z < 9 {
		z--
	}
	return int(r-z) % 10
}

func unknownFormatCode(typ rune, typeName string) *BaseException {
	if typ > 32 && typ < 128 {
		return Errorf(ValueErrorType, "Unknown format code '%c' for object of type '%s'", typ, typeName)
	}
	return Errorf(ValueErrorType, "Unknown format code '\\x%x' for object of type '%s'", typ, typeName)
}

// groupDigits inserts separators into digits, zero-padding on the left up to
// minWidth characters (CPython's _PyUnicode_InsertThousandsGrouping).
func groupDigits(digits string, minWidth int, sep string, group int) string {
	if group == 0 {
		// No separators: only the zero padding up to minWidth.
		if len(digits) >= minWidth {
			return digits
		}
		return strings.Repeat("0", minWidth-len(digits)) + digits
	}
	remaining := len(digits)
	var parts []string // right to left
	useSep := false
	broken := false
	emit := func(l int) {
		nZeros := max(0, l-remaining)
		nChars := max(0, min(remaining, l))
		if useSep {
			parts = append(parts, sep)
		}
		parts = append(parts, digits[remaining-nChars:remaining])
		if nZeros > 0 {
			parts = append(parts, strings.Repeat("0", nZeros))
		}
		remaining -= nChars
	}
	if group > 0 {
		for {
			l := min(group, max(remaining, minWidth, 1))
			emit(l)
			useSep = true
			minWidth -= l
			if remaining <= 0 && minWidth <= 0 {
				broken = true
				break
			}
			minWidth -= len(sep)
		}
	}
	if !broken {
		emit(max(remaining, minWidth, 1))
	}
	var b strings.Builder
	for i := len(parts) - 1; i >= 0; i-- {
		b.WriteString(parts[i])
	}
	return b.String()
}

// layoutNumber is calc_number_widths + fill_number: it assembles
// <lpad><sign><prefix><spad><grouped digits><decimal><remainder><rpad>.
func layoutNumber(sp *numSpec, signChar byte, prefix, digits string, hasDecimal bool, remainder string, locale byte) string {
	var sign byte
	switch sp.sign {
	case '+':
		sign = '+'
		if signChar == '-' {
			sign = '-'
		}
	case ' ':
		sign = ' '
		if signChar == '-' {
			sign = '-'
		}
	default:
		if signChar == '-' {
			sign = '-'
		}
	}
	nSign := 0
	if sign != 0 {
		nSign = 1
	}
	nDecimal := 0
	if hasDecimal {
		nDecimal = 1
	}
	nNonDigit := nSign + len(prefix) + nDecimal + utf8.RuneCountInString(remainder)
	minWidth := 0
	if sp.fill == '0' && sp.align == '=' {
		minWidth = sp.width - nNonDigit
	}
	sep, group := "", 0
	switch locale {
	case ',':
		sep, group = ",", 3
	case '_':
		sep, group = "_", 3
	case '4':
		sep, group = "_", 4
	}
	grouped := ""
	if len(digits) > 0 {
		grouped = groupDigits(digits, minWidth, sep, group)
	}
	var lpad, spad, rpad int
	if n := sp.width - (nNonDigit + len(grouped)); n > 0 {
		switch sp.align {
		case '<':
			rpad = n
		case '^':
			lpad = n / 2
			rpad = n - lpad
		case '=':
			spad = n
		default:
			lpad = n
		}
	}
	var b strings.Builder
	fill := string(sp.fill)
	b.WriteString(strings.Repeat(fill, lpad))
	if sign != 0 {
		b.WriteByte(sign)
	}
	b.WriteString(prefix)
	b.WriteString(strings.Repeat(fill, spad))
	b.WriteString(grouped)
	if hasDecimal {
		b.WriteByte('.')
	}
	b.WriteString(remainder)
	b.WriteString(strings.Repeat(fill, rpad))
	return b.String()
}

// floatDigits returns the decimal digits of |x| without leading or trailing
// zeros ("0" for zero) and the decimal point position, as _Py_dg_dtoa in mode
// 0 (shortest, code 'r'), 2 (prec significant digits, code 'e') or 3 (prec
// digits after the point, code 'f'). Ties round half to even on the exact
// binary value, as dtoa.
func floatDigits(x float64, code byte, prec int) (string, int) {
	ax := math.Abs(x)
	var digits string
	var decpt int
	switch code {
	case 'f':
		s := strconv.FormatFloat(ax, 'f', prec, 64)
		ip, fp, _ := strings.Cut(s, ".")
		digits = ip + fp
		decpt = len(ip)
		i := 0
		for i < len(digits) && digits[i] == '0' {
			i++
		}
		digits = digits[i:]
		decpt -= i
	default:
		p := -1
		if code == 'e' {
			p = prec - 1
		}
		s := strconv.FormatFloat(ax, 'e', p, 64)
		mant, expS, _ := strings.Cut(s, "e")
		exp, _ := strconv.Atoi(expS)
		digits = strings.Replace(mant, ".", "", 1)
		decpt = exp + 1
	}
	digits = strings.TrimRight(digits, "0")
	if digits == "" {
		return "0", 1
	}
	return digits, decpt
}

// doubleToString is PyOS_double_to_string: code is one of e E f F g G r,
// with CPython's flags for a forced sign, ".0" for integral values, the
// alternate form and negative-zero coercion.
func doubleToString(x float64, code byte, prec int, addSign, addDot0, alt, noNeg0 bool) string {
	upper := false
	switch code {
	case 'E', 'F', 'G':
		upper = true
		code += 'a' - 'A'
	}
	var mode byte
	switch code {
	case 'r':
		mode = 'r'
	case 'e':
		mode = 'e'
		prec++
	case 'f':
		mode = 'f'
	case 'g':
		mode = 'e'
		if prec == 0 {
			prec = 1
		}
	}
	var b strings.Builder
	if math.IsInf(x, 0) || math.IsNaN(x) {
		if math.IsInf(x, -1) {
			b.WriteByte('-')
		} else if addSign {
			b.WriteByte('+')
		}
		s := "inf"
		if math.IsNaN(x) {
			s = "nan"
		}
		if upper {
			s = strings.ToUpper(s)
		}
		b.WriteString(s)
		return b.String()
	}
	digits, decpt := floatDigits(x, mode, prec)
	neg := math.Signbit(x)
	if noNeg0 && neg && digits == "0" {
		neg = false
	}
	digitsLen := len(digits)
	vEnd := digitsLen
	useExp := false
	switch code {
	case 'e':
		useExp = true
		vEnd = prec
	case 'f':
		vEnd = decpt + prec
	case 'g':
		lim := prec
		if addDot0 {
			lim = prec - 1
		}
		if decpt <= -4 || decpt > lim {
			useExp = true
		}
		if alt {
			vEnd = prec
		}
	case 'r':
		if decpt <= -4 || decpt > 16 {
			useExp = true
		}
	}
	exp := 0
	if useExp {
		exp = decpt - 1
		decpt = 1
	}
	vStart := 0
	if decpt <= 0 {
		vStart = decpt - 1
	}
	if !useExp && addDot0 {
		vEnd = max(vEnd, decpt+1)
	} else {
		vEnd = max(vEnd, decpt)
	}
	if neg {
		b.WriteByte('-')
	} else if addSign {
		b.WriteByte('+')
	}
	zeros := func(n int) {
		for ; n > 0; n-- {
			b.WriteByte('0')
		}
	}
	if decpt <= 0 {
		zeros(decpt - vStart)
		b.WriteByte('.')
		zeros(-decpt)
	} else {
		zeros(-vStart)
	}
	if 0 < decpt && decpt <= digitsLen {
		b.WriteString(digits[:decpt])
		b.WriteByte('.')
		b.WriteString(digits[decpt:])
	} else {
		b.WriteString(digits)
	}
	if digitsLen < decpt {
		zeros(decpt - digitsLen)
		b.WriteByte('.')
		zeros(vEnd - decpt)
	} else {
		zeros(vEnd - digitsLen)
	}
	s := b.String()
	if strings.HasSuffix(s, ".") && !alt {
		s = s[:len(s)-1]
	}
	if useExp {
		e := byte('e')
		if upper {
			e = 'E'
		}
		es := "+"
		if exp < 0 {
			es, exp = "-", -exp
		}
		d := strconv.Itoa(exp)
		if len(d) < 2 {
			d = "0" + d
		}
		s += string(e) + es + d
	}
	return s
}

// splitNumber is parse_number: leading digits, then whether a '.' follows,
// then the rest.
func splitNumber(s string) (digits string, hasDecimal bool, remainder string) {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	digits = s[:i]
	if i < len(s) && s[i] == '.' {
		return digits, true, s[i+1:]
	}
	return digits, false, s[i:]
}

// formatFloatSpec is format_float_internal.
func formatFloatSpec(x float64, sp *numSpec) (string, *BaseException) {
	prec := sp.precision
	defPrec := 6
	typ := sp.typ
	addDot0 := false
	if typ == 0 {
		addDot0 = true
		typ = 'r'
		defPrec = 0
	}
	if typ == 'n' {
		typ = 'g'
	}
	addPct := false
	if typ == '%' {
		typ = 'f'
		x *= 100
		addPct = true
	}
	if prec > math.MaxInt32 {
		return "", NewError(ValueErrorType, "precision too big")
	}
	if prec < 0 {
		prec = defPrec
	} else if typ == 'r' {
		typ = 'g'
	}
	buf := doubleToString(x, byte(typ), prec, false, addDot0, sp.alt, sp.noNeg0)
	if addPct {
		buf += "%"
	}
	var signChar byte
	if buf[0] == '-' {
		signChar = '-'
		buf = buf[1:]
	}
	if sp.sign != '+' && sp.sign != ' ' && sp.width == -1 && sp.typ != 'n' && sp.thousands == 0 {
		if signChar != 0 {
			return "-" + buf, nil
		}
		return buf, nil
	}
	digits, hasDec, rem := splitNumber(buf)
	locale := sp.thousands
	if sp.typ == 'n' {
		locale = 0
	}
	return layoutNumber(sp, signChar, "", digits, hasDec, rem, locale), nil
}

// formatFloat is float.__format__.
func formatFloat(x float64, spec string, typeName string) (string, *BaseException) {
	sp, exc := parseNumSpec(spec, typeName, 0, '>')
	if exc != nil {
		return "", exc
	}
	switch sp.typ {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
		return formatFloatSpec(x, sp)
	}
	return "", unknownFormatCode(sp.typ, typeName)
}

// formatInt is int.__format__ for a non-empty spec.
func formatInt(v Object, spec string, typeName string) (string, *BaseException) {
	if x, ok := v.(Int); ok {
		if s, ok := formatIntSimple(int64(x), spec); ok {
			return s, nil
		}
	}
	sp, exc := parseNumSpec(spec, typeName, 'd', '>')
	if exc != nil {
		return "", exc
	}
	switch sp.typ {
	case 'b', 'c', 'd', 'o', 'x', 'X', 'n':
		return formatIntSpec(v, sp)
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		f, exc := intToFloat(v)
		if exc != nil {
			return "", exc
		}
		return formatFloatSpec(f, sp)
	}
	return "", unknownFormatCode(sp.typ, typeName)
}

// formatIntSpec is format_long_internal.
func formatIntSpec(v Object, sp *numSpec) (string, *BaseException) {
	if sp.precision != -1 {
		return "", NewError(ValueErrorType, "Precision not allowed in integer format specifier")
	}
	if sp.noNeg0 {
		return "", NewError(ValueErrorType, "Negative zero coercion (z) not allowed in integer format specifier")
	}
	var signChar byte
	prefix, digits, rem := "", "", ""
	if sp.typ == 'c' {
		if sp.sign != 0 {
			return "", NewError(ValueErrorType, "Sign not allowed with integer format specifier 'c'")
		}
		if sp.alt {
			return "", NewError(ValueErrorType, "Alternate form (#) not allowed with integer format specifier 'c'")
		}
		x, ok := v.(Int)
		if !ok {
			return "", NewError(OverflowErrorType, "Python int too large to convert to C long")
		}
		if x < 0 || x > 0x10ffff {
			return "", NewError(OverflowErrorType, "%c arg not in range(0x110000)")
		}
		rem = encodeWTF8([]rune{rune(x)})
	} else {
		base := 10
		switch sp.typ {
		case 'b':
			base, prefix = 2, "0b"
		case 'o':
			base, prefix = 8, "0o"
		case 'x':
			base, prefix = 16, "0x"
		case 'X':
			base, prefix = 16, "0X"
		}
		if !sp.alt {
			prefix = ""
		}
		if intSign(v) < 0 {
			signChar = '-'
			v = intNeg(v)
		}
		if base == 10 {
			s, exc := intDecimal(v)
			if exc != nil {
				return "", exc
			}
			digits = s
		} else {
			digits = intFormatBase(v, base)
		}
		if sp.typ == 'X' {
			digits = strings.ToUpper(digits)
		}
	}
	locale := sp.thousands
	if sp.typ == 'n' {
		locale = 0
	}
	return layoutNumber(sp, signChar, prefix, digits, false, rem, locale), nil
}

// formatComplex is complex.__format__ (format_complex_internal).
func formatComplex(c complex128, spec string, typeName string) (string, *BaseException) {
	if spec == "" {
		return complexRepr(c), nil
	}
	sp, exc := parseNumSpec(spec, typeName, 0, '>')
	if exc != nil {
		return "", exc
	}
	switch sp.typ {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n':
	default:
		return "", unknownFormatCode(sp.typ, typeName)
	}
	if sp.fill == '0' {
		return "", NewError(ValueErrorType, "Zero padding is not allowed in complex format specifier")
	}
	if sp.align == '=' {
		return "", NewError(ValueErrorType, "'=' alignment flag is not allowed in complex format specifier")
	}
	re, im := real(c), imag(c)
	typ := sp.typ
	prec := sp.precision
	defPrec := 6
	skipRe, parens := false, false
	if typ == 0 {
		typ = 'r'
		defPrec = 0
		if re == 0 && !math.Signbit(re) {
			skipRe = true
		} else {
			parens = true
		}
	}
	if typ == 'n' {
		typ = 'g'
	}
	if prec > math.MaxInt32 {
		return "", NewError(ValueErrorType, "precision too big")
	}
	if prec < 0 {
		prec = defPrec
	} else if typ == 'r' {
		typ = 'g'
	}
	reBuf := doubleToString(re, byte(typ), prec, false, false, sp.alt, sp.noNeg0)
	imBuf := doubleToString(im, byte(typ), prec, false, false, sp.alt, sp.noNeg0)
	locale := sp.thousands
	if sp.typ == 'n' {
		locale = 0
	}
	tmp := *sp
	tmp.fill = 0
	tmp.align = '<'
	tmp.width = -1
	part := func(buf string, s *numSpec) string {
		var signChar byte
		if buf[0] == '-' {
			signChar = '-'
			buf = buf[1:]
		}
		d, hasDec, rem := splitNumber(buf)
		return layoutNumber(s, signChar, "", d, hasDec, rem, locale)
	}
	reS := part(reBuf, &tmp)
	if !skipRe {
		tmp.sign = '+'
	}
	imS := part(imBuf, &tmp)
	if skipRe {
		reS = ""
	}
	body := reS + imS + "j"
	if parens {
		body = "(" + body + ")"
	}
	n := sp.width - utf8.RuneCountInString(body)
	if n <= 0 {
		return body, nil
	}
	var lpad, rpad int
	switch sp.align {
	case '<':
		rpad = n
	case '^':
		lpad = n / 2
		rpad = n - lpad
	default:
		lpad = n
	}
	fill := string(sp.fill)
	return strings.Repeat(fill, lpad) + body + strings.Repeat(fill, rpad), nil
}

// formatIntSimple handles the specs f-strings use most — an optional '0'
// flag, a width and a type among d x X o b — without the general parser;
// ok is false for anything else.
func formatIntSimple(x int64, spec string) (string, bool) {
	i := 0
	zero := false
	if i < len(spec) && spec[i] == '0' {
		zero = true
		i++
	}
	width := 0
	for i < len(spec) && spec[i] >= '0' && spec[i] <= '9' {
		width = width*10 + int(spec[i]-'0')
		if width > 1000 {
			return "", false
		}
		i++
	}
	base := 10
	upper := false
	if i < len(spec) {
		switch spec[i] {
		case 'd':
		case 'x':
			base = 16
		case 'X':
			base, upper = 16, true
		case 'o':
			base = 8
		case 'b':
			base = 2
		default:
			return "", false
		}
		i++
	}
	if i != len(spec) || x == math.MinInt64 {
		return "", false
	}
	neg := x < 0
	if neg {
		x = -x
	}
	digits := strconv.FormatInt(x, base)
	if upper {
		digits = strings.ToUpper(digits)
	}
	n := len(digits)
	if neg {
		n++
	}
	if n >= width {
		if neg {
			return "-" + digits, true
		}
		return digits, true
	}
	var b strings.Builder
	b.Grow(width)
	if zero {
		if neg {
			b.WriteByte('-')
		}
		b.WriteString(strings.Repeat("0", width-n))
	} else {
		b.WriteString(strings.Repeat(" ", width-n))
		if neg {
			b.WriteByte('-')
		}
	}
	b.WriteString(digits)
	return b.String(), true
}
