package runtime

import (
	"strings"
	"sync"
)

// The _csv module behind csv.py: Dialect, reader, writer, the dialect
// registry and field_size_limit, with the state machine and quoting rules
// of CPython 3.11's _csv.c.

func init() {
	RegisterModule(&ModuleSpec{Name: "_csv", Native: initCsv})
}

const (
	csvQuoteMinimal = iota
	csvQuoteAll
	csvQuoteNonnumeric
	csvQuoteNone
)

// csvNotSet marks an unset quotechar/escapechar (no character matches it).
const csvNotSet rune = -1

var (
	CsvErrorType = func() *Type {
		t := newExcType("Error", ExceptionType)
		t.module = "_csv"
		return t
	}()
	csvDialectType = newNativeType("Dialect", "_csv", nil, "CSV dialect\n\nThe Dialect type records CSV parsing and generation options.\n").solidType()
	csvReaderType  = newNativeType("reader", "_csv", nil, "CSV reader\n\nReader objects are responsible for reading and parsing tabular data\nin CSV format.\n").solidType()
	csvWriterType  = newNativeType("writer", "_csv", nil, "CSV writer\n\nWriter objects are responsible for generating tabular data\nin CSV format from sequence input.\n").solidType()

	csvMu         sync.Mutex
	csvDialects   = NewDict()
	csvFieldLimit = 128 * 1024
)

// CsvDialect is _csv.Dialect.
type CsvDialect struct {
	delimiter        rune
	quotechar        rune
	escapechar       rune
	lineterminator   string
	quoting          int
	doublequote      bool
	skipinitialspace bool
	strict           bool
}

// Type implements Object.
func (*CsvDialect) Type() *Type { return csvDialectType }

var csvDialectAttrs = []string{"delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting", "skipinitialspace", "strict"}

func charObj(c rune) Object {
	if c == csvNotSet {
		return None
	}
	return NewStrFromRunes([]rune{c})
}

// newCsvDialect is Dialect(dialect, **kwargs): a registered name or an
// object whose attributes supply defaults, overridden by the keywords.
func newCsvDialect(t *Thread, cls *Type, dialect Object, kwNames []string, kwVals []Object) (Object, *BaseException) {
	if s, ok := strArgOf(dialect); ok {
		d, exc := csvGetDialect(s)
		if exc != nil {
			return nil, exc
		}
		dialect = d
	}
	if dialect != nil && len(kwNames) == 0 && cls == csvDialectType {
		if d, ok := dialect.(*CsvDialect); ok {
			return d, nil
		}
	}
	vals := map[string]Object{}
	if dialect != nil {
		for _, name := range csvDialectAttrs {
			v, exc := GetAttr(t, dialect, NewStr(name))
			if exc != nil {
				if exc.IsInstanceOf(AttributeErrorType) {
					continue
				}
				return nil, exc
			}
			vals[name] = v
		}
	}
	for i, name := range kwNames {
		vals[name] = kwVals[i]
	}
	d := &CsvDialect{}
	setChar := func(name string, target *rune, dflt rune, orNone bool) *BaseException {
		src, ok := vals[name]
		if !ok {
			*target = dflt
			return nil
		}
		*target = csvNotSet
		if orNone && src == None {
			return nil
		}
		s, ok := strArgOf(src)
		if !ok {
			if orNone {
				return Errorf(TypeErrorType, "\"%s\" must be string or None, not %s", name, TypeOf(src).name)
			}
			return Errorf(TypeErrorType, "\"%s\" must be string, not %s", name, TypeOf(src).name)
		}
		rs := s.Runes()
		if len(rs) != 1 {
			return Errorf(TypeErrorType, "\"%s\" must be a 1-character string", name)
		}
		*target = rs[0]
		return nil
	}
	setBool := func(name string, target *bool, dflt bool) *BaseException {
		src, ok := vals[name]
		if !ok {
			*target = dflt
			return nil
		}
		b, exc := IsTrue(t, src)
		*target = b
		return exc
	}
	if exc := setChar("delimiter", &d.delimiter, ',', false); exc != nil {
		return nil, exc
	}
	if exc := setBool("doublequote", &d.doublequote, true); exc != nil {
		return nil, exc
	}
	if exc := setChar("escapechar", &d.escapechar, csvNotSet, true); exc != nil {
		return nil, exc
	}
	hasLT := true
	if src, ok := vals["lineterminator"]; !ok {
		d.lineterminator = "\r\n"
	} else if src == None {
		hasLT = false
	} else if s, ok := strArgOf(src); ok {
		d.lineterminator = s.s
	} else {
		return nil, NewError(TypeErrorType, "\"lineterminator\" must be a string")
	}
	if exc := setChar("quotechar", &d.quotechar, '"', true); exc != nil {
		return nil, exc
	}
	quotingSet := false
	if src, ok := vals["quoting"]; ok {
		quotingSet = true
		i, isInt := asInt(src)
		if !isInt {
			return nil, NewError(TypeErrorType, "\"quoting\" must be an integer")
		}
		n, small := i.(Int)
		if !small || n < 0 || n > csvQuoteNone {
			return nil, NewError(TypeErrorType, "bad \"quoting\" value")
		}
		d.quoting = int(n)
	}
	if exc := setBool("skipinitialspace", &d.skipinitialspace, false); exc != nil {
		return nil, exc
	}
	if exc := setBool("strict", &d.strict, false); exc != nil {
		return nil, exc
	}
	if d.delimiter == csvNotSet {
		return nil, NewError(TypeErrorType, "\"delimiter\" must be a 1-character string")
	}
	if qc, ok := vals["quotechar"]; ok && qc == None && !quotingSet {
		d.quoting = csvQuoteNone
	}
	if d.quoting != csvQuoteNone && d.quotechar == csvNotSet {
		return nil, NewError(TypeErrorType, "quotechar must be set if quoting enabled")
	}
	if !hasLT {
		return nil, NewError(TypeErrorType, "lineterminator must be set")
	}
	return nativeWrap(cls, csvDialectType, d), nil
}

func csvGetDialect(name Object) (Object, *BaseException) {
	csvMu.Lock()
	d := csvDialects.getStr(mustStr(name))
	csvMu.Unlock()
	if d == nil {
		return nil, NewError(CsvErrorType, "unknown dialect")
	}
	return d, nil
}

func mustStr(o Object) *Str {
	s, _ := strArgOf(o)
	return s
}

// csvDialectArgs splits the keyword arguments of reader/writer/Dialect.
func csvDialectFromArgs(t *Thread, dialect Object, args []Object, kw []*Str) (*CsvDialect, *BaseException) {
	names := make([]string, 0, len(kw))
	var vals []Object
	kwv := args[len(args)-len(kw):]
	for i, k := range kw {
		if k.s == "dialect" {
			if dialect != nil {
				return nil, NewError(TypeErrorType, "argument for reader() given by name ('dialect') and position (2)")
			}
			dialect = kwv[i]
			continue
		}
		ok := false
		for _, a := range csvDialectAttrs {
			if a == k.s {
				ok = true
			}
		}
		if !ok {
			return nil, Errorf(TypeErrorType, "'%s' is an invalid keyword argument for this function", k.s)
		}
		names = append(names, k.s)
		vals = append(vals, kwv[i])
	}
	d, exc := newCsvDialect(t, csvDialectType, dialect, names, vals)
	if exc != nil {
		return nil, exc
	}
	return Unwrap(d).(*CsvDialect), nil
}

// ---------------------------------------------------------------------------
// reader

const (
	csvStartRecord = iota
	csvStartField
	csvEscapedChar
	csvInField
	csvInQuotedField
	csvEscapeInQuotedField
	csvQuoteInQuotedField
	csvEatCRNL
	csvAfterEscapedCRNL
)

// csvEOL is the end-of-line pseudo character fed after each input line.
const csvEOL rune = -2

// CsvReader is a _csv.reader object.
type CsvReader struct {
	mu           sync.Mutex
	input        Object
	dialect      *CsvDialect
	dialectObj   Object
	state        int
	fields       []Object
	field        []rune
	numericField bool
	lineNum      int
	t            *Thread
	limit        int // field_size_limit() when the current row started
}

// Type implements Object.
func (*CsvReader) Type() *Type { return csvReaderType }

func (r *CsvReader) saveField() *BaseException {
	s := NewStrFromRunes(r.field)
	r.field = r.field[:0]
	var v Object = s
	if r.numericField {
		r.numericField = false
		f, exc := Call(r.t, FloatType, []Object{s}, nil)
		if exc != nil {
			return exc
		}
		v = f
	}
	r.fields = append(r.fields, v)
	return nil
}

func (r *CsvReader) addChar(c rune) *BaseException {
	if len(r.field) >= r.limit {
		return Errorf(CsvErrorType, "field larger than field limit (%d)", r.limit)
	}
	r.field = append(r.field, c)
	return nil
}

func (r *CsvReader) processChar(c rune) *BaseException {
	d := r.dialect
	isNL := c == '\n' || c == '\r'
	switch r.state {
	case csvStartRecord:
		if c == csvEOL {
			return nil
		}
		if isNL {
			r.state = csvEatCRNL
			return nil
		}
		r.state = csvStartField
		fallthrough
	case csvStartField:
		switch {
		case isNL || c == csvEOL:
			if exc := r.saveField(); exc != nil {
				return exc
			}
			if c == csvEOL {
				r.state = csvStartRecord
			} else {
				r.state = csvEatCRNL
			}
		case c == d.quotechar && d.quoting != csvQuoteNone:
			r.state = csvInQuotedField
		case c == d.escapechar:
			r.state = csvEscapedChar
		case c == ' ' && d.skipinitialspace:
		case c == d.delimiter:
			return r.saveField()
		default:
			if d.quoting == csvQuoteNonnumeric {
				r.numericField = true
			}
			if exc := r.addChar(c); exc != nil {
				return exc
			}
			r.state = csvInField
		}
	case csvEscapedChar:
		if isNL {
			if exc := r.addChar(c); exc != nil {
				return exc
			}
			r.state = csvAfterEscapedCRNL
			return nil
		}
		if c == csvEOL {
			c = '\n'
		}
		if exc := r.addChar(c); exc != nil {
			return exc
		}
		r.state = csvInField
	case csvAfterEscapedCRNL, csvInField:
		if r.state == csvAfterEscapedCRNL && c == csvEOL {
			return nil
		}
		switch {
		case isNL || c == csvEOL:
			if exc := r.saveField(); exc != nil {
				return exc
			}
			if c == csvEOL {
				r.state = csvStartRecord
			} else {
				r.state = csvEatCRNL
			}
		case c == d.escapechar:
			r.state = csvEscapedChar
		case c == d.delimiter:
			if exc := r.saveField(); exc != nil {
				return exc
			}
			r.state = csvStartField
		default:
			if exc := r.addChar(c); exc != nil {
				return exc
			}
			r.state = csvInField
		}
	case csvInQuotedField:
		switch {
		case c == csvEOL:
		case c == d.escapechar:
			r.state = csvEscapeInQuotedField
		case c == d.quotechar && d.quoting != csvQuoteNone:
			if d.doublequote {
				r.state = csvQuoteInQuotedField
			} else {
				r.state = csvInField
			}
		default:
			return r.addChar(c)
		}
	case csvEscapeInQuotedField:
		if c == csvEOL {
			c = '\n'
		}
		if exc := r.addChar(c); exc != nil {
			return exc
		}
		r.state = csvInQuotedField
	case csvQuoteInQuotedField:
		switch {
		case d.quoting != csvQuoteNone && c == d.quotechar:
			if exc := r.addChar(c); exc != nil {
				return exc
			}
			r.state = csvInQuotedField
		case c == d.delimiter:
			if exc := r.saveField(); exc != nil {
				return exc
			}
			r.state = csvStartField
		case isNL || c == csvEOL:
			if exc := r.saveField(); exc != nil {
				return exc
			}
			if c == csvEOL {
				r.state = csvStartRecord
			} else {
				r.state = csvEatCRNL
			}
		case !d.strict:
			if exc := r.addChar(c); exc != nil {
				return exc
			}
			r.state = csvInField
		default:
			return Errorf(CsvErrorType, "'%c' expected after '%c'", d.delimiter, d.quotechar)
		}
	case csvEatCRNL:
		switch {
		case isNL:
		case c == csvEOL:
			r.state = csvStartRecord
		default:
			return NewError(CsvErrorType, "new-line character seen in unquoted field - do you need to open the file in universal-newline mode?")
		}
	}
	return nil
}

func (r *CsvReader) next(t *Thread) (Object, *BaseException) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.t = t
	defer func() { r.t = nil }()
	csvMu.Lock()
	r.limit = csvFieldLimit
	csvMu.Unlock()
	r.fields = nil
	r.field = r.field[:0]
	r.state = csvStartRecord
	r.numericField = false
	for {
		line, exc := Next(t, r.input)
		if exc != nil {
			if exc.IsInstanceOf(StopIterationType) {
				line = nil
			} else {
				return nil, exc
			}
		}
		if line == nil {
			if len(r.field) != 0 || r.state == csvInQuotedField {
				if r.dialect.strict {
					return nil, NewError(CsvErrorType, "unexpected end of data")
				}
				if exc := r.saveField(); exc != nil {
					return nil, exc
				}
				break
			}
			return nil, nil
		}
		s, ok := strArgOf(line)
		if !ok {
			return nil, Errorf(CsvErrorType, "iterator should return strings, not %s (the file should be opened in text mode)", TypeOf(line).name)
		}
		r.lineNum++
		for _, c := range s.Runes() {
			if exc := r.processChar(c); exc != nil {
				return nil, exc
			}
		}
		if exc := r.processChar(csvEOL); exc != nil {
			return nil, exc
		}
		if r.state == csvStartRecord {
			break
		}
	}
	fields := r.fields
	r.fields = nil
	if fields == nil {
		fields = []Object{}
	}
	return NewList(fields...), nil
}

// ---------------------------------------------------------------------------
// writer

// CsvWriter is a _csv.writer object.
type CsvWriter struct {
	mu         sync.Mutex
	write      Object
	dialect    *CsvDialect
	dialectObj Object
}

// Type implements Object.
func (*CsvWriter) Type() *Type { return csvWriterType }

// appendField is join_append_data: the field with its delimiter, quoting
// and escapes; quoted says whether quoting is forced.
func (w *CsvWriter) appendField(rec *[]rune, first bool, field []rune, quoted bool) *BaseException {
	d := w.dialect
	var body []rune
	for _, c := range field {
		wantEscape := false
		if c == d.delimiter || c == d.escapechar || c == d.quotechar || strings.ContainsRune(d.lineterminator, c) {
			if d.quoting == csvQuoteNone {
				wantEscape = true
			} else {
				if c == d.quotechar {
					if d.doublequote {
						body = append(body, d.quotechar)
					} else {
						wantEscape = true
					}
				} else if c == d.escapechar {
					wantEscape = true
				}
				if !wantEscape {
					quoted = true
				}
			}
			if wantEscape {
				if d.escapechar == csvNotSet {
					return NewError(CsvErrorType, "need to escape, but no escapechar set")
				}
				body = append(body, d.escapechar)
			}
		}
		body = append(body, c)
	}
	if !first {
		*rec = append(*rec, d.delimiter)
	}
	if quoted {
		*rec = append(*rec, d.quotechar)
	}
	*rec = append(*rec, body...)
	if quoted {
		*rec = append(*rec, d.quotechar)
	}
	return nil
}

// csvIsNumber is PyNumber_Check.
func csvIsNumber(o Object) bool {
	switch Unwrap(o).(type) {
	case Int, *BigInt, Float, Bool, Complex:
		return true
	}
	typ := TypeOf(o)
	return typ.lookup(strIndex) != nil || typ.lookup(strMathFloat) != nil || typ.LookupStr("__int__") != nil || typ.LookupStr("__complex__") != nil
}

func (w *CsvWriter) writerow(t *Thread, seq Object) (Object, *BaseException) {
	it, exc := Iter(t, seq)
	if exc != nil {
		if exc.IsInstanceOf(TypeErrorType) {
			return nil, Errorf(CsvErrorType, "iterable expected, not %s", TypeOf(seq).name)
		}
		return nil, exc
	}
	d := w.dialect
	var rec []rune
	n := 0
	for {
		field, exc := Next(t, it)
		if exc != nil {
			if exc.IsInstanceOf(StopIterationType) {
				break
			}
			return nil, exc
		}
		if field == nil {
			break
		}
		quoted := false
		switch d.quoting {
		case csvQuoteNonnumeric:
			quoted = !csvIsNumber(field)
		case csvQuoteAll:
			quoted = true
		}
		var text []rune
		if s, ok := strArgOf(field); ok {
			text = s.Runes()
		} else if field != None {
			s, exc := ToStr(t, field)
			if exc != nil {
				return nil, exc
			}
			text = s.Runes()
		}
		if exc := w.appendField(&rec, n == 0, text, quoted); exc != nil {
			return nil, exc
		}
		n++
	}
	if n > 0 && len(rec) == 0 {
		if d.quoting == csvQuoteNone {
			return nil, NewError(CsvErrorType, "single empty field record must be quoted")
		}
		if exc := w.appendField(&rec, true, nil, true); exc != nil {
			return nil, exc
		}
	}
	line := NewStr(string(runesToStr(rec)) + d.lineterminator)
	return Call(t, w.write, []Object{line}, nil)
}

func runesToStr(rs []rune) string { return NewStrFromRunes(rs).s }

// ---------------------------------------------------------------------------
// module

func initCsv(t *Thread, m *Module) *BaseException {
	m.dict.SetStr("__doc__", NewStr("CSV parsing and writing.\n"))
	m.dict.SetStr("__version__", NewStr("1.0"))
	m.dict.SetStr("Error", CsvErrorType)
	m.dict.SetStr("Dialect", csvDialectType)
	m.dict.SetStr("QUOTE_MINIMAL", MakeInt(csvQuoteMinimal))
	m.dict.SetStr("QUOTE_ALL", MakeInt(csvQuoteAll))
	m.dict.SetStr("QUOTE_NONNUMERIC", MakeInt(csvQuoteNonnumeric))
	m.dict.SetStr("QUOTE_NONE", MakeInt(csvQuoteNone))
	m.dict.SetStr("_dialects", csvDialects)
	nativeFunc(m, "reader", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		pos := args[:len(args)-len(kw)]
		if len(pos) < 1 || len(pos) > 2 {
			if len(pos) < 1 {
				return nil, Errorf(TypeErrorType, "expected at least 1 argument, got %d", len(pos))
			}
			return nil, Errorf(TypeErrorType, "expected at most 2 arguments, got %d", len(pos))
		}
		it, exc := Iter(t, pos[0])
		if exc != nil {
			return nil, exc
		}
		var dialect Object
		if len(pos) > 1 {
			dialect = pos[1]
		}
		d, exc := csvDialectFromArgs(t, dialect, args, kw)
		if exc != nil {
			return nil, exc
		}
		return &CsvReader{input: it, dialect: d, dialectObj: d}, nil
	})
	nativeFunc(m, "writer", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		pos := args[:len(args)-len(kw)]
		if len(pos) < 1 || len(pos) > 2 {
			if len(pos) < 1 {
				return nil, Errorf(TypeErrorType, "expected at least 1 argument, got %d", len(pos))
			}
			return nil, Errorf(TypeErrorType, "expected at most 2 arguments, got %d", len(pos))
		}
		write, exc := GetAttr(t, pos[0], InternStr("write"))
		if exc != nil || !isCallable(write) {
			if exc != nil && !exc.IsInstanceOf(AttributeErrorType) {
				return nil, exc
			}
			return nil, NewError(TypeErrorType, "argument 1 must have a \"write\" method")
		}
		var dialect Object
		if len(pos) > 1 {
			dialect = pos[1]
		}
		d, exc := csvDialectFromArgs(t, dialect, args, kw)
		if exc != nil {
			return nil, exc
		}
		return &CsvWriter{write: write, dialect: d, dialectObj: d}, nil
	})
	nativeFunc(m, "register_dialect", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		pos := args[:len(args)-len(kw)]
		if len(pos) < 1 || len(pos) > 2 {
			if len(pos) < 1 {
				return nil, Errorf(TypeErrorType, "register_dialect expected at least 1 argument, got %d", len(pos))
			}
			return nil, Errorf(TypeErrorType, "register_dialect expected at most 2 arguments, got %d", len(pos))
		}
		name, ok := strArgOf(pos[0])
		if !ok {
			return nil, NewError(TypeErrorType, "dialect name must be a string")
		}
		var dialect Object
		if len(pos) > 1 {
			dialect = pos[1]
		}
		d, exc := csvDialectFromArgs(t, dialect, args, kw)
		if exc != nil {
			return nil, exc
		}
		csvMu.Lock()
		csvDialects.SetItemStr(name, d)
		csvMu.Unlock()
		return None, nil
	})
	nativeFunc(m, "unregister_dialect", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		var name Object
		if exc := clinicArgs("unregister_dialect", args, kw, []string{"name"}, &name); exc != nil {
			return nil, exc
		}
		s, ok := strArgOf(name)
		csvMu.Lock()
		defer csvMu.Unlock()
		if !ok || !csvDialects.delStr(s) {
			return nil, NewError(CsvErrorType, "unknown dialect")
		}
		return None, nil
	})
	nativeFunc(m, "get_dialect", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		var name Object
		if exc := clinicArgs("get_dialect", args, kw, []string{"name"}, &name); exc != nil {
			return nil, exc
		}
		if _, ok := strArgOf(name); !ok {
			return nil, NewError(CsvErrorType, "unknown dialect")
		}
		return csvGetDialect(name)
	})
	nativeFunc(m, "list_dialects", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("list_dialects", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		csvMu.Lock()
		keys, _ := csvDialects.Items()
		csvMu.Unlock()
		return NewList(keys...), nil
	})
	nativeFunc(m, "field_size_limit", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		var limit Object
		if len(args)-len(kw) > 1 {
			return nil, Errorf(TypeErrorType, "field_size_limit() takes at most 1 argument (%d given)", len(args)-len(kw))
		}
		if exc := clinicArgs("field_size_limit", args, kw, []string{"new_limit?"}, &limit); exc != nil {
			return nil, exc
		}
		csvMu.Lock()
		old := csvFieldLimit
		csvMu.Unlock()
		if limit != nil {
			i, ok := asInt(limit)
			if !ok {
				return nil, NewError(TypeErrorType, "limit must be an integer")
			}
			n, ok := i.(Int)
			if !ok {
				return nil, NewError(OverflowErrorType, "Python int too large to convert to C long")
			}
			csvMu.Lock()
			csvFieldLimit = int(n)
			csvMu.Unlock()
		}
		return MakeInt(int64(old)), nil
	})
	return nil
}

func isCallable(o Object) bool {
	switch o.(type) {
	case *Function, *Builtin, *Method, *Type:
		return true
	}
	return TypeOf(o).lookup(strCall) != nil
}

func init() {
	DefStatic(csvDialectType, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		cls, exc := nativeNewArgs(args, csvDialectType)
		if exc != nil {
			return nil, exc
		}
		args = args[1:]
		pos := args[:len(args)-len(kw)]
		var dialect Object
		names := make([]string, 0, len(kw))
		var vals []Object
		if len(pos) > 1 {
			return nil, Errorf(TypeErrorType, "Dialect() takes at most 1 positional argument (%d given)", len(pos))
		}
		if len(pos) == 1 {
			dialect = pos[0]
		}
		for i, k := range kw {
			v := args[len(pos)+i]
			if k.s == "dialect" {
				if dialect != nil {
					return nil, NewError(TypeErrorType, "argument for Dialect() given by name ('dialect') and position (1)")
				}
				dialect = v
				continue
			}
			ok := false
			for _, a := range csvDialectAttrs {
				if a == k.s {
					ok = true
				}
			}
			if !ok {
				return nil, Errorf(TypeErrorType, "'%s' is an invalid keyword argument for this function", k.s)
			}
			names = append(names, k.s)
			vals = append(vals, v)
		}
		return newCsvDialect(t, cls, dialect, names, vals)
	})
	dself := func(o Object) *CsvDialect { return Unwrap(o).(*CsvDialect) }
	getters := map[string]func(d *CsvDialect) Object{
		"delimiter":        func(d *CsvDialect) Object { return charObj(d.delimiter) },
		"quotechar":        func(d *CsvDialect) Object { return charObj(d.quotechar) },
		"escapechar":       func(d *CsvDialect) Object { return charObj(d.escapechar) },
		"lineterminator":   func(d *CsvDialect) Object { return NewStr(d.lineterminator) },
		"quoting":          func(d *CsvDialect) Object { return MakeInt(int64(d.quoting)) },
		"doublequote":      func(d *CsvDialect) Object { return Bool(d.doublequote) },
		"skipinitialspace": func(d *CsvDialect) Object { return Bool(d.skipinitialspace) },
		"strict":           func(d *CsvDialect) Object { return Bool(d.strict) },
	}
	for name, g := range getters {
		g := g
		defGetSet(csvDialectType, name, func(t *Thread, o Object) (Object, *BaseException) {
			return g(dself(o)), nil
		}, nil)
	}
	DefMethod(csvDialectType, "__reduce_ex__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return nil, Errorf(TypeErrorType, "cannot pickle '%s' object", TypeOf(args[0]).name)
	})

	noNewInstances(csvReaderType)
	noNewInstances(csvWriterType)
	defNativeIter(csvReaderType)
	defMember(csvReaderType, "dialect", func(t *Thread, o Object) (Object, *BaseException) {
		return o.(*CsvReader).dialectObj, nil
	})
	defMember(csvReaderType, "line_num", func(t *Thread, o Object) (Object, *BaseException) {
		r := o.(*CsvReader)
		r.mu.Lock()
		defer r.mu.Unlock()
		return MakeInt(int64(r.lineNum)), nil
	})
	defMember(csvWriterType, "dialect", func(t *Thread, o Object) (Object, *BaseException) {
		return o.(*CsvWriter).dialectObj, nil
	})
	defNativeMethod(csvWriterType, "writerow", func(t *Thread, w *CsvWriter, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("writerow", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		return w.writerow(t, args[0])
	})
	defNativeMethod(csvWriterType, "writerows", func(t *Thread, w *CsvWriter, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("writerows", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		exc := ForEach(t, args[0], func(row Object) (bool, *BaseException) {
			_, exc := w.writerow(t, row)
			return exc == nil, exc
		})
		if exc != nil {
			return nil, exc
		}
		return None, nil
	})
}
