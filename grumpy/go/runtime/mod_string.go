package runtime

import "sync"

// The _string module: the format-string parsers behind string.Formatter,
// following CPython's MarkupIterator and FieldNameIterator (errors surface
// when the iterator reaches them).

func init() {
	RegisterModule(&ModuleSpec{Name: "_string", Native: initStringMod})
}

var (
	formatterIterType = newNativeType("formatteriterator", "builtins", nil, "").solidType()
	fieldNameIterType = newNativeType("fieldnameiterator", "builtins", nil, "").solidType()
)

func init() {
	defNativeIter(formatterIterType)
	defNativeIter(fieldNameIterType)
}

type formatterIter struct {
	mu  sync.Mutex
	s   []rune
	pos int
}

func (*formatterIter) Type() *Type { return formatterIterType }

type fieldNameIter struct {
	mu  sync.Mutex
	s   []rune
	pos int
}

func (*fieldNameIter) Type() *Type { return fieldNameIterType }

func runeStr(rs []rune) *Str { return NewStrFromRunes(rs) }

// parseFormatField is parse_field: the field name, the conversion (0 when
// absent) and the format spec, after the opening brace.
func (it *formatterIter) parseField() (name []rune, conv rune, spec []rune, exc *BaseException) {
	s := it.s
	start := it.pos
	var c rune
	for it.pos < len(s) {
		c = s[it.pos]
		it.pos++
		if c == '{' {
			return nil, 0, nil, NewError(ValueErrorType, "unexpected '{' in field name")
		}
		if c == '[' {
			for it.pos < len(s) && s[it.pos] != ']' {
				it.pos++
			}
			continue
		}
		if c == '}' || c == ':' || c == '!' {
			break
		}
	}
	name = s[start : it.pos-1]
	if c == '!' || c == ':' {
		if c == '!' {
			if it.pos >= len(s) {
				return nil, 0, nil, NewError(ValueErrorType, "end of string while looking for conversion specifier")
			}
			conv = s[it.pos]
			it.pos++
			if it.pos < len(s) {
				c2 := s[it.pos]
				it.pos++
				if c2 == '}' {
					return name, conv, []rune{}, nil
				}
				if c2 != ':' {
					return nil, 0, nil, NewError(ValueErrorType, "expected ':' after conversion specifier")
				}
			}
		}
		specStart := it.pos
		count := 1
		for it.pos < len(s) {
			c2 := s[it.pos]
			it.pos++
			switch c2 {
			case '{':
				count++
			case '}':
				count--
				if count == 0 {
					return name, conv, s[specStart : it.pos-1], nil
				}
			}
		}
		return nil, 0, nil, NewError(ValueErrorType, "unmatched '{' in format spec")
	}
	if c != '}' {
		return nil, 0, nil, NewError(ValueErrorType, "expected '}' before end of string")
	}
	return name, 0, []rune{}, nil
}

func (it *formatterIter) next(t *Thread) (Object, *BaseException) {
	it.mu.Lock()
	defer it.mu.Unlock()
	s := it.s
	if it.pos >= len(s) {
		return nil, nil
	}
	start := it.pos
	var c rune
	markup := false
	for it.pos < len(s) {
		c = s[it.pos]
		it.pos++
		if c == '{' || c == '}' {
			markup = true
			break
		}
	}
	atEnd := it.pos >= len(s)
	n := it.pos - start
	if c == '}' && markup && (atEnd || s[it.pos] != '}') {
		return nil, NewError(ValueErrorType, "Single '}' encountered in format string")
	}
	if atEnd && markup && c == '{' {
		return nil, NewError(ValueErrorType, "Single '{' encountered in format string")
	}
	if !atEnd && markup {
		if s[it.pos] == c {
			it.pos++
			markup = false
		} else {
			n--
		}
	}
	literal := runeStr(s[start : start+n])
	if !markup {
		return NewTuple(literal, None, None, None), nil
	}
	name, conv, spec, exc := it.parseField()
	if exc != nil {
		return nil, exc
	}
	var convObj Object = None
	if conv != 0 {
		convObj = runeStr([]rune{conv})
	}
	return NewTuple(literal, runeStr(name), runeStr(spec), convObj), nil
}

// formatInteger is get_integer: the value of an all-digit string, or -1.
func formatInteger(rs []rune) (int, *BaseException) {
	if len(rs) == 0 {
		return -1, nil
	}
	n := 0
	for _, r := range rs {
		d, ok := decimalDigit(r)
		if !ok {
			return -1, nil
		}
		if n > (int(^uint(0)>>1)-d)/10 {
			return -1, NewError(ValueErrorType, "Too many decimal digits in format string")
		}
		n = n*10 + d
	}
	return n, nil
}

// decimalDigit is Py_UNICODE_TODECIMAL for the digits format strings use.
func decimalDigit(r rune) (int, bool) {
	if r >= '0' && r <= '9' {
		return int(r - '0'), true
	}
	if v, ok := unicodeDecimalValue(r); ok {
		return v, true
	}
	return 0, false
}

// unicodeDecimalValue covers the other Unicode decimal digit blocks (Nd):
// each block is ten consecutive code points starting at a zero.
func unicodeDecimalValue(r rune) (int, bool) {
	for _, z := range unicodeDigitZeros {
		if r >= z && r < z+10 {
			return int(r - z), true
		}
	}
	return 0, false
}

var unicodeDigitZeros = []rune{0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
	0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0,
	0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10}

func formatNameObj(rs []rune) (Object, *BaseException) {
	i, exc := formatInteger(rs)
	if exc != nil {
		return nil, exc
	}
	if i >= 0 {
		return MakeInt(int64(i)), nil
	}
	return runeStr(rs), nil
}

func (it *fieldNameIter) next(t *Thread) (Object, *BaseException) {
	it.mu.Lock()
	defer it.mu.Unlock()
	s := it.s
	if it.pos >= len(s) {
		return nil, nil
	}
	c := s[it.pos]
	it.pos++
	var isAttr bool
	var name []rune
	switch c {
	case '.':
		isAttr = true
		start := it.pos
		for it.pos < len(s) && s[it.pos] != '.' && s[it.pos] != '[' {
			it.pos++
		}
		name = s[start:it.pos]
	case '[':
		start := it.pos
		for it.pos < len(s) && s[it.pos] != ']' {
			it.pos++
		}
		if it.pos >= len(s) {
			return nil, NewError(ValueErrorType, "Missing ']' in format string")
		}
		name = s[start:it.pos]
		it.pos++
	default:
		return nil, NewError(ValueErrorType, "Only '.' or '[' may follow ']' in format field specifier")
	}
	if len(name) == 0 {
		return nil, NewError(ValueErrorType, "Empty attribute in format string")
	}
	if isAttr {
		return NewTuple(True, runeStr(name)), nil
	}
	key, exc := formatNameObj(name)
	if exc != nil {
		return nil, exc
	}
	return NewTuple(False, key), nil
}

func stringModArg(fname string, args []Object, kw []*Str) (*Str, *BaseException) {
	if exc := methArgs(fname, fname, args, kw, 1, 1); exc != nil {
		return nil, exc
	}
	s, ok := args[0].(*Str)
	if !ok {
		if in, isInst := args[0].(*Instance); isInst {
			if bs, ok := in.base.(*Str); ok {
				return bs, nil
			}
		}
		return nil, Errorf(TypeErrorType, "expected str, got %s", TypeOf(args[0]).name)
	}
	return s, nil
}

func initStringMod(t *Thread, m *Module) *BaseException {
	m.dict.SetStr("__doc__", NewStr("string helper module"))
	m.dict.delStr(InternStr("__builtins__"))
	nativeFunc(m, "formatter_parser", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		s, exc := stringModArg("formatter_parser", args, kw)
		if exc != nil {
			return nil, exc
		}
		return &formatterIter{s: s.Runes()}, nil
	})
	nativeFunc(m, "formatter_field_name_split", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		s, exc := stringModArg("formatter_field_name_split", args, kw)
		if exc != nil {
			return nil, exc
		}
		rs := s.Runes()
		i := 0
		for i < len(rs) && rs[i] != '.' && rs[i] != '[' {
			i++
		}
		first, exc := formatNameObj(rs[:i])
		if exc != nil {
			return nil, exc
		}
		return NewTuple(first, &fieldNameIter{s: rs[i:]}), nil
	})
	return nil
}
