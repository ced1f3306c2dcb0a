package runtime

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// printf-style formatting: str % args and bytes % args, one engine for both
// (the format text is scanned as bytes; '%' never occurs inside a UTF-8
// sequence).

type pctFormatter struct {
	t       *Thread
	isBytes bool
	format  string
	args    []Object
	argIdx  int
	argLen  int // -1: a single non-tuple argument
	dict    Object
	out     []byte
	ascii   bool // str output known to be ASCII so far
}

// strPercent is str.__mod__.
func strPercent(t *Thread, s *Str, args Object) (Object, *BaseException) {
	f := &pctFormatter{t: t, format: s.s, ascii: s.isASCII()}
	if exc := f.run(args); exc != nil {
		return nil, exc
	}
	return ownedStr(f.out, asciiBit(f.ascii)), nil
}

// bytesPercent is bytes.__mod__ / bytearray.__mod__.
func bytesPercent(t *Thread, b []byte, args Object) ([]byte, *BaseException) {
	f := &pctFormatter{t: t, format: string(b), isBytes: true}
	if exc := f.run(args); exc != nil {
		return nil, exc
	}
	return f.out, nil
}

func (f *pctFormatter) nextArg() (Object, *BaseException) {
	if f.argLen < 0 {
		if f.argIdx == -2 {
			f.argIdx = -1
			return f.args[0], nil
		}
	} else if f.argIdx < f.argLen {
		v := f.args[f.argIdx]
		f.argIdx++
		return v, nil
	}
	return nil, NewError(TypeErrorType, "not enough arguments for format string")
}

func (f *pctFormatter) isMapping(args Object) bool {
	switch args.(type) {
	case *Tuple, *Str:
		return false
	case *Bytes, *ByteArray:
		if f.isBytes {
			return false
		}
	}
	if _, ok := strArg(args); ok {
		return false
	}
	if tt := TypeOf(args); tt.IsSubtype(TupleType) {
		return false
	}
	return TypeOf(args).lookup(strGetitem) != nil
}

func (f *pctFormatter) run(args Object) *BaseException {
	if tup, ok := args.(*Tuple); ok {
		f.args, f.argLen = tup.items, len(tup.items)
	} else if in, ok := args.(*Instance); ok && in.typ.IsSubtype(TupleType) {
		tup, _ := in.base.(*Tuple)
		if tup != nil {
			f.args, f.argLen = tup.items, len(tup.items)
		}
	} else {
		f.args, f.argLen, f.argIdx = []Object{args}, -1, -2
	}
	if f.isMapping(args) {
		f.dict = args
	}
	format := f.format
	f.out = make([]byte, 0, len(format)+16)
	for i := 0; i < len(format); {
		j := strings.IndexByte(format[i:], '%')
		if j < 0 {
			f.out = append(f.out, format[i:]...)
			break
		}
		f.out = append(f.out, format[i:i+j]...)
		i += j + 1
		next, exc := f.spec(i)
		if exc != nil {
			return exc
		}
		i = next
	}
	if f.argIdx < f.argLen && f.dict == nil {
		if f.isBytes {
			return NewError(TypeErrorType, "not all arguments converted during bytes formatting")
		}
		return NewError(TypeErrorType, "not all arguments converted during string formatting")
	}
	return nil
}

// position is the index CPython reports for format[i] (code points for str).
func (f *pctFormatter) position(i int) int {
	if f.isBytes {
		return i
	}
	return wtf8Count(f.format[:i])
}

type pctSpec struct {
	minus, plus, space, alt, zero bool
	width, prec                   int // -1: not given
	conv                          byte
}

// spec formats one conversion starting just after its '%'; it returns the
// index after the conversion character.
func (f *pctFormatter) spec(i int) (int, *BaseException) {
	format := f.format
	n := len(format)
	if i < n && format[i] == '%' {
		f.out = append(f.out, '%')
		return i + 1, nil
	}
	var v Object
	if i < n && format[i] == '(' {
		if f.dict == nil {
			return 0, NewError(TypeErrorType, "format requires a mapping")
		}
		depth := 1
		j := i + 1
		for j < n && depth > 0 {
			switch format[j] {
			case '(':
				depth++
			case ')':
				depth--
			}
			j++
		}
		if depth > 0 {
			return 0, NewError(ValueErrorType, "incomplete format key")
		}
		keyText := format[i+1 : j-1]
		var key Object
		if f.isBytes {
			key = NewBytes([]byte(keyText))
		} else {
			key = NewStr(keyText)
		}
		val, exc := GetItem(f.t, f.dict, key)
		if exc != nil {
			return 0, exc
		}
		v = val
		f.args, f.argLen, f.argIdx = nil, -1, -1
		i = j
	}
	sp := pctSpec{width: -1, prec: -1}
flags:
	for i < n {
		switch format[i] {
		case '-':
			sp.minus = true
		case '+':
			sp.plus = true
		case ' ':
			sp.space = true
		case '#':
			sp.alt = true
		case '0':
			sp.zero = true
		default:
			break flags
		}
		i++
	}
	readNum := func(what string) (int, *BaseException) {
		num := 0
		for i < n && format[i] >= '0' && format[i] <= '9' {
			if num > (math.MaxInt64-9)/10 {
				return 0, Errorf(ValueErrorType, "%s too big", what)
			}
			num = num*10 + int(format[i]-'0')
			i++
		}
		if num > math.MaxInt32 {
			return 0, Errorf(ValueErrorType, "%s too big", what)
		}
		return num, nil
	}
	starArg := func() (int, *BaseException) {
		a, exc := f.nextArg()
		if exc != nil {
			return 0, exc
		}
		if _, ok := asInt(a); !ok {
			return 0, NewError(TypeErrorType, "* wants int")
		}
		w, ok := IntValue(a)
		if !ok || w > math.MaxInt32 || w < -math.MaxInt32 {
			return 0, NewError(OverflowErrorType, "Python int too large to convert to C ssize_t")
		}
		return int(w), nil
	}
	if i < n && format[i] == '*' {
		w, exc := starArg()
		if exc != nil {
			return 0, exc
		}
		if w < 0 {
			sp.minus = true
			w = -w
		}
		sp.width = w
		i++
	} else if i < n && format[i] >= '0' && format[i] <= '9' {
		w, exc := readNum("width")
		if exc != nil {
			return 0, exc
		}
		sp.width = w
	}
	if i < n && format[i] == '.' {
		i++
		if i < n && format[i] == '*' {
			p, exc := starArg()
			if exc != nil {
				return 0, exc
			}
			if p < 0 {
				p = 0
			}
			sp.prec = p
			i++
		} else {
			p, exc := readNum("precision")
			if exc != nil {
				return 0, exc
			}
			sp.prec = p
		}
	}
	for i < n && (format[i] == 'h' || format[i] == 'l' || format[i] == 'L') {
		i++
	}
	if i >= n {
		return 0, NewError(ValueErrorType, "incomplete format")
	}
	sp.conv = format[i]
	if v == nil {
		a, exc := f.nextArg()
		if exc != nil {
			return 0, exc
		}
		v = a
	}
	if exc := f.convert(&sp, v, i); exc != nil {
		return 0, exc
	}
	if f.isBytes || sp.conv < 0x80 {
		return i + 1, nil
	}
	_, size := wtf8At(format, i)
	return i + size, nil
}

func (f *pctFormatter) unsupported(i int) *BaseException {
	c, _ := wtf8At(f.format, i)
	if f.isBytes {
		c = rune(f.format[i])
	}
	shown := c
	if c > 127 {
		shown = '?'
	}
	return Errorf(ValueErrorType, "unsupported format character '%c' (0x%x) at index %d", shown, c, f.position(i))
}

func (f *pctFormatter) convert(sp *pctSpec, v Object, i int) *BaseException {
	switch sp.conv {
	case 's', 'r', 'a', 'b':
		if sp.conv == 's' && !f.isBytes && sp.width < 0 && sp.prec < 0 {
			if str, ok := v.(*Str); ok {
				f.out = append(f.out, str.s...)
				if !str.isASCII() {
					f.ascii = false
				}
				return nil
			}
		}
		var text string
		switch {
		case sp.conv == 'b' && !f.isBytes:
			return f.unsupported(i)
		case f.isBytes && (sp.conv == 's' || sp.conv == 'b'):
			b, exc := pctBytesArg(f.t, v)
			if exc != nil {
				return exc
			}
			text = string(b)
		case sp.conv == 's':
			s, exc := ToStr(f.t, v)
			if exc != nil {
				return exc
			}
			text = s.s
		case sp.conv == 'r' && !f.isBytes:
			s, exc := Repr(f.t, v)
			if exc != nil {
				return exc
			}
			text = s.s
		default:
			s, exc := Ascii(f.t, v)
			if exc != nil {
				return exc
			}
			text = s.s
		}
		if sp.prec >= 0 {
			text = f.truncate(text, sp.prec)
		}
		f.pad(text, sp, false)
		return nil
	case 'c':
		text, exc := f.char(v)
		if exc != nil {
			return exc
		}
		f.pad(text, sp, false)
		return nil
	case 'd', 'i', 'u', 'o', 'x', 'X':
		return f.integer(sp, v)
	case 'e', 'E', 'f', 'F', 'g', 'G':
		x, ok, exc := pctFloatValue(f.t, v)
		if exc != nil {
			return exc
		}
		if !ok {
			if f.isBytes {
				return Errorf(TypeErrorType, "float argument required, not %s", TypeOf(v).name)
			}
			return Errorf(TypeErrorType, "must be real number, not %s", TypeOf(v).name)
		}
		prec := sp.prec
		if prec < 0 {
			prec = 6
		}
		s := doubleToString(x, sp.conv, prec, sp.plus, false, sp.alt, false)
		if sp.space && s[0] != '-' && s[0] != '+' {
			s = " " + s
		}
		f.pad(s, sp, true)
		return nil
	}
	return f.unsupported(i)
}

// truncate keeps the first n code points (bytes for bytes formatting).
func (f *pctFormatter) truncate(text string, n int) string {
	if f.isBytes {
		if n < len(text) {
			return text[:n]
		}
		return text
	}
	k := 0
	for b := 0; b < len(text); b++ {
		if text[b]&0xC0 != 0x80 {
			if k == n {
				return text[:b]
			}
			k++
		}
	}
	return text
}

// pad appends text padded to the width; numeric text gets zero padding after
// its sign and 0x/0o prefix when the 0 flag is given.
func (f *pctFormatter) pad(text string, sp *pctSpec, numeric bool) {
	n := len(text)
	if !f.isBytes {
		n = wtf8Count(text)
		if f.ascii && n != len(text) {
			f.ascii = false
		}
	}
	if sp.width <= n {
		f.out = append(f.out, text...)
		return
	}
	fill := sp.width - n
	switch {
	case sp.minus:
		f.out = append(f.out, text...)
		f.out = seqAppendRepeat(f.out, ' ', fill)
	case sp.zero && numeric:
		k := 0
		if k < len(text) && (text[k] == '-' || text[k] == '+' || text[k] == ' ') {
			k++
		}
		if k+1 < len(text) && text[k] == '0' && (text[k+1] == 'x' || text[k+1] == 'X' || text[k+1] == 'o') {
			k += 2
		}
		f.out = append(f.out, text[:k]...)
		f.out = seqAppendRepeat(f.out, '0', fill)
		f.out = append(f.out, text[k:]...)
	default:
		f.out = seqAppendRepeat(f.out, ' ', fill)
		f.out = append(f.out, text...)
	}
}

func seqAppendRepeat(b []byte, c byte, n int) []byte {
	for i := 0; i < n; i++ {
		b = append(b, c)
	}
	return b
}

func (f *pctFormatter) char(v Object) (string, *BaseException) {
	if f.isBytes {
		if b, ok := bytesLike(v); ok {
			if len(b) == 1 {
				return string(b), nil
			}
			return "", NewError(TypeErrorType, "%c requires an integer in range(256) or a single byte")
		}
		if !seqHasIndex(v) {
			return "", NewError(TypeErrorType, "%c requires an integer in range(256) or a single byte")
		}
		i, exc := Index(f.t, v)
		if exc != nil {
			return "", exc
		}
		n, ok := i.(Int)
		if !ok || n < 0 || n > 255 {
			return "", NewError(OverflowErrorType, "%c arg not in range(256)")
		}
		return string([]byte{byte(n)}), nil
	}
	if s, ok := strArg(v); ok {
		if s.Len() != 1 {
			return "", NewError(TypeErrorType, "%c requires int or char")
		}
		return s.s, nil
	}
	if !seqHasIndex(v) {
		return "", NewError(TypeErrorType, "%c requires int or char")
	}
	i, exc := Index(f.t, v)
	if exc != nil {
		return "", exc
	}
	n, ok := i.(Int)
	if !ok || n < 0 || n > 0x10ffff {
		return "", NewError(OverflowErrorType, "%c arg not in range(0x110000)")
	}
	return string(appendRune(nil, rune(n))), nil
}

// integer formats %d %i %u %o %x %X.
func (f *pctFormatter) integer(sp *pctSpec, v Object) *BaseException {
	iv, exc := pctIntArg(f.t, v, sp.conv)
	if exc != nil {
		return exc
	}
	base := 10
	switch sp.conv {
	case 'o':
		base = 8
	case 'x', 'X':
		base = 16
	}
	if x, ok := iv.(Int); ok && base != 16 && sp.width < 0 && sp.prec < 0 && !sp.plus && !sp.space && !sp.alt {
		f.out = strconv.AppendInt(f.out, int64(x), base)
		return nil
	}
	var digits string
	neg := intSign(iv) < 0
	if x, ok := iv.(Int); ok {
		u := uint64(x)
		if neg {
			u = uint64(-x)
		}
		digits = strconv.FormatUint(u, base)
	} else {
		digits = new(big.Int).Abs(toBig(iv)).Text(base)
	}
	if sp.conv == 'X' {
		digits = strings.ToUpper(digits)
	}
	if sp.prec > len(digits) {
		digits = strings.Repeat("0", sp.prec-len(digits)) + digits
	}
	prefix := ""
	if sp.alt {
		switch sp.conv {
		case 'o':
			prefix = "0o"
		case 'x':
			prefix = "0x"
		case 'X':
			prefix = "0X"
		}
	}
	sign := ""
	switch {
	case neg:
		sign = "-"
	case sp.plus:
		sign = "+"
	case sp.space:
		sign = " "
	}
	f.pad(sign+prefix+digits, sp, true)
	return nil
}

func pctIntArg(t *Thread, v Object, conv byte) (Object, *BaseException) {
	if i, ok := asInt(v); ok {
		return i, nil
	}
	wrong := func() *BaseException {
		if conv == 'o' || conv == 'x' || conv == 'X' {
			return Errorf(TypeErrorType, "%%%c format: an integer is required, not %s", conv, TypeOf(v).name)
		}
		return Errorf(TypeErrorType, "%%%c format: a real number is required, not %s", conv, TypeOf(v).name)
	}
	if conv == 'o' || conv == 'x' || conv == 'X' {
		if TypeOf(v).lookup(strIndex) == nil {
			return nil, wrong()
		}
		return Index(t, v)
	}
	if fl, ok := v.(Float); ok {
		return pctFloatToInt(float64(fl))
	}
	if r, found, exc := callDunder(t, v, InternStr("__int__")); found {
		if exc != nil {
			return nil, exc
		}
		if i, ok := asInt(r); ok {
			return i, nil
		}
		return nil, Errorf(TypeErrorType, "__int__ returned non-int (type %s)", TypeOf(r).name)
	}
	if TypeOf(v).lookup(strIndex) != nil {
		return Index(t, v)
	}
	if in, ok := v.(*Instance); ok {
		if fl, ok := in.base.(Float); ok {
			return pctFloatToInt(float64(fl))
		}
	}
	return nil, wrong()
}

func pctFloatToInt(x float64) (Object, *BaseException) {
	if math.IsInf(x, 0) {
		return nil, NewError(OverflowErrorType, "cannot convert float infinity to integer")
	}
	if math.IsNaN(x) {
		return nil, NewError(ValueErrorType, "cannot convert float NaN to integer")
	}
	x = math.Trunc(x)
	if x >= -9.2e18 && x <= 9.2e18 {
		return MakeInt(int64(x)), nil
	}
	b, _ := new(big.Float).SetFloat64(x).Int(nil)
	return NewBigInt(b), nil
}

func pctFloatArg(t *Thread, v Object) (float64, *BaseException) {
	x, ok, exc := pctFloatValue(t, v)
	if exc == nil && !ok {
		exc = Errorf(TypeErrorType, "must be real number, not %s", TypeOf(v).name)
	}
	return x, exc
}

// pctFloatValue converts v for a float conversion; ok is false when v has
// no float value at all.
func pctFloatValue(t *Thread, v Object) (float64, bool, *BaseException) {
	switch x := v.(type) {
	case Float:
		return float64(x), true, nil
	case Int, *BigInt, Bool:
		i, _ := asInt(x)
		f, exc := intToFloat(i)
		return f, true, exc
	case *Instance:
		switch b := x.base.(type) {
		case Float:
			return float64(b), true, nil
		case Int, *BigInt, Bool:
			i, _ := asInt(b)
			f, exc := intToFloat(i)
			return f, true, exc
		}
	}
	if r, found, exc := callDunder(t, v, InternStr("__float__")); found {
		if exc != nil {
			return 0, true, exc
		}
		if fl, ok := r.(Float); ok {
			return float64(fl), true, nil
		}
		return 0, true, Errorf(TypeErrorType, "%s.__float__ returned non-float (type %s)", TypeOf(v).name, TypeOf(r).name)
	}
	if TypeOf(v).lookup(strIndex) != nil {
		i, exc := Index(t, v)
		if exc != nil {
			return 0, true, exc
		}
		f, exc := intToFloat(i)
		return f, true, exc
	}
	return 0, false, nil
}

// pctBytesArg is %s / %b in bytes formatting: a buffer or __bytes__.
func pctBytesArg(t *Thread, v Object) ([]byte, *BaseException) {
	if b, ok := bytesLike(v); ok {
		return b, nil
	}
	if r, found, exc := callDunder(t, v, InternStr("__bytes__")); found {
		if exc != nil {
			return nil, exc
		}
		b, ok := r.(*Bytes)
		if !ok {
			return nil, Errorf(TypeErrorType, "__bytes__ returned non-bytes (type %s)", TypeOf(r).name)
		}
		return b.b, nil
	}
	return nil, Errorf(TypeErrorType, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", TypeOf(v).name)
}
