package runtime

import (
	"math"
	"strconv"
)

// _json.make_scanner (the type _json.Scanner) and _json.make_encoder (the
// type _json.Encoder): the C scanner and one-shot encoder json uses when
// they exist, with their behaviour: RecursionError "while decoding a JSON
// array from a unicode string" / "while encoding a JSON object", the C
// encoder's "Out of range float values are not JSON compliant" (no repr),
// and its call returning a list holding the whole text.

var (
	jsonScannerType = newNativeType("Scanner", "_json", nil, "JSON scanner object").solidType()
	jsonEncoderType = newNativeType("Encoder", "_json", nil, "Encoder(markers, default, encoder, indent, key_separator, item_separator, sort_keys, skipkeys, allow_nan)").solidType()
	// The module's encode_basestring(_ascii), called directly when given
	// as the encoder (CPython's fast_encode).
	jsonEncodeASCIIFn, jsonEncodeFn *Builtin
)

type jsonScanner struct {
	strict                                                                bool
	strictObj, objectHook, pairsHook, parseFloat, parseInt, parseConstant Object
}

func (*jsonScanner) Type() *Type { return jsonScannerType }

type jsonEncoder struct {
	markers, dflt, encoder, indent Object
	keySep, itemSep                *Str
	sortKeys, skipKeys, allowNaN   bool
}

func (*jsonEncoder) Type() *Type { return jsonEncoderType }

func init() {
	DefStatic(jsonScannerType, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		var ctx Object
		if exc := ParseArgs("make_scanner", args[1:], kw, []string{"context"}, &ctx); exc != nil {
			return nil, exc
		}
		s := &jsonScanner{}
		var exc *BaseException
		if s.strictObj, exc = GetAttr(t, ctx, InternStr("strict")); exc != nil {
			return nil, exc
		}
		if s.strict, exc = IsTrue(t, s.strictObj); exc != nil {
			return nil, exc
		}
		for _, f := range []struct {
			name string
			dst  *Object
		}{{"object_hook", &s.objectHook}, {"object_pairs_hook", &s.pairsHook}, {"parse_float", &s.parseFloat},
			{"parse_int", &s.parseInt}, {"parse_constant", &s.parseConstant}} {
			if *f.dst, exc = GetAttr(t, ctx, InternStr(f.name)); exc != nil {
				return nil, exc
			}
		}
		return s, nil
	})
	defNativeMethod(jsonScannerType, "__call__", func(t *Thread, s *jsonScanner, args []Object, kw []*Str) (Object, *BaseException) {
		var str, idxObj Object
		if exc := ParseArgs("scan_once", args, kw, []string{"string", "idx"}, &str, &idxObj); exc != nil {
			return nil, exc
		}
		idx, exc := indexArg(t, idxObj)
		if exc != nil {
			return nil, exc
		}
		doc, ok := strArgOf(str)
		if !ok {
			return nil, Errorf(TypeErrorType, "first argument must be a string, not %s", TypeOf(str).name)
		}
		sc := &jsonScan{s: s, doc: doc, buf: doc.Runes()}
		v, end, exc := sc.scanOnce(t, idx)
		if exc != nil {
			return nil, exc
		}
		return NewTuple(v, MakeInt(int64(end))), nil
	})
	for _, f := range []struct {
		name string
		get  func(s *jsonScanner) Object
	}{{"strict", func(s *jsonScanner) Object { return s.strictObj }}, {"object_hook", func(s *jsonScanner) Object { return s.objectHook }},
		{"object_pairs_hook", func(s *jsonScanner) Object { return s.pairsHook }}, {"parse_float", func(s *jsonScanner) Object { return s.parseFloat }},
		{"parse_int", func(s *jsonScanner) Object { return s.parseInt }}, {"parse_constant", func(s *jsonScanner) Object { return s.parseConstant }}} {
		get := f.get
		defMember(jsonScannerType, f.name, func(t *Thread, o Object) (Object, *BaseException) { return get(o.(*jsonScanner)), nil })
	}

	DefStatic(jsonEncoderType, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		var markers, dflt, encoder, indent, keySep, itemSep, sortKeys, skipKeys, allowNaN Object
		if exc := ParseArgs("make_encoder", args[1:], kw, []string{"markers", "default", "encoder", "indent", "key_separator",
			"item_separator", "sort_keys", "skipkeys", "allow_nan"}, &markers, &dflt, &encoder, &indent, &keySep, &itemSep,
			&sortKeys, &skipKeys, &allowNaN); exc != nil {
			return nil, exc
		}
		e := &jsonEncoder{markers: markers, dflt: dflt, encoder: encoder, indent: indent}
		if _, ok := markers.(*Dict); !ok && markers != None {
			return nil, Errorf(TypeErrorType, "make_encoder() argument 1 must be dict or None, not %s", TypeOf(markers).name)
		}
		var ok bool
		if e.keySep, ok = strArgOf(keySep); !ok {
			return nil, Errorf(TypeErrorType, "make_encoder() argument 5 must be str, not %s", TypeOf(keySep).name)
		}
		if e.itemSep, ok = strArgOf(itemSep); !ok {
			return nil, Errorf(TypeErrorType, "make_encoder() argument 6 must be str, not %s", TypeOf(itemSep).name)
		}
		var exc *BaseException
		for _, f := range []struct {
			o   Object
			dst *bool
		}{{sortKeys, &e.sortKeys}, {skipKeys, &e.skipKeys}, {allowNaN, &e.allowNaN}} {
			if *f.dst, exc = IsTrue(t, f.o); exc != nil {
				return nil, exc
			}
		}
		return e, nil
	})
	defNativeMethod(jsonEncoderType, "__call__", func(t *Thread, e *jsonEncoder, args []Object, kw []*Str) (Object, *BaseException) {
		var obj, level Object
		if exc := ParseArgs("_iterencode", args, kw, []string{"obj", "_current_indent_level"}, &obj, &level); exc != nil {
			return nil, exc
		}
		if _, exc := indexArg(t, level); exc != nil {
			return nil, exc
		}
		var b []byte
		b, exc := e.encode(t, b, obj)
		if exc != nil {
			return nil, exc
		}
		return NewList(NewStr(string(b))), nil
	})
	for _, f := range []struct {
		name string
		get  func(e *jsonEncoder) Object
	}{{"markers", func(e *jsonEncoder) Object { return e.markers }}, {"default", func(e *jsonEncoder) Object { return e.dflt }},
		{"encoder", func(e *jsonEncoder) Object { return e.encoder }}, {"indent", func(e *jsonEncoder) Object { return e.indent }},
		{"key_separator", func(e *jsonEncoder) Object { return e.keySep }}, {"item_separator", func(e *jsonEncoder) Object { return e.itemSep }},
		{"sort_keys", func(e *jsonEncoder) Object { return NewBool(e.sortKeys) }}, {"skipkeys", func(e *jsonEncoder) Object { return NewBool(e.skipKeys) }}} {
		get := f.get
		defMember(jsonEncoderType, f.name, func(t *Thread, o Object) (Object, *BaseException) { return get(o.(*jsonEncoder)), nil })
	}
}

// jsonScan is one scan_once call over one document.
type jsonScan struct {
	s    *jsonScanner
	doc  *Str
	buf  []rune
	memo map[string]*Str // the call's object keys: equal keys share one str
}

func jsonStop(idx int) *BaseException { return stopIteration(MakeInt(int64(idx))) }

func jsonIsWS(c rune) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func (sc *jsonScan) skipWS(idx int) int {
	for idx < len(sc.buf) && jsonIsWS(sc.buf[idx]) {
		idx++
	}
	return idx
}

func (sc *jsonScan) hasWord(idx int, w string) bool {
	if idx+len(w) > len(sc.buf) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if sc.buf[idx+i] != rune(w[i]) {
			return false
		}
	}
	return true
}

// scanOnce is scan_once_unicode: the value starting at idx and the index
// after it; StopIteration(idx) where no value starts.
func (sc *jsonScan) scanOnce(t *Thread, idx int) (Object, int, *BaseException) {
	if idx < 0 {
		return nil, 0, NewError(ValueErrorType, "idx cannot be negative")
	}
	if idx >= len(sc.buf) {
		return nil, 0, jsonStop(idx)
	}
	switch sc.buf[idx] {
	case '"':
		s, end, exc := jsonScanRunes(t, sc.doc, sc.buf, idx+1, sc.s.strict)
		if exc != nil {
			return nil, 0, exc
		}
		return s, end, nil
	case '{':
		if exc := t.Enter(" while decoding a JSON object from a unicode string"); exc != nil {
			return nil, 0, exc
		}
		v, end, exc := sc.object(t, idx+1)
		t.Leave()
		return v, end, exc
	case '[':
		if exc := t.Enter(" while decoding a JSON array from a unicode string"); exc != nil {
			return nil, 0, exc
		}
		v, end, exc := sc.array(t, idx+1)
		t.Leave()
		return v, end, exc
	case 'n':
		if sc.hasWord(idx, "null") {
			return None, idx + 4, nil
		}
	case 't':
		if sc.hasWord(idx, "true") {
			return True, idx + 4, nil
		}
	case 'f':
		if sc.hasWord(idx, "false") {
			return False, idx + 5, nil
		}
	case 'N':
		if sc.hasWord(idx, "NaN") {
			return sc.constant(t, "NaN", idx)
		}
	case 'I':
		if sc.hasWord(idx, "Infinity") {
			return sc.constant(t, "Infinity", idx)
		}
	case '-':
		if sc.hasWord(idx, "-Infinity") {
			return sc.constant(t, "-Infinity", idx)
		}
	}
	return sc.number(t, idx)
}

func (sc *jsonScan) constant(t *Thread, name string, idx int) (Object, int, *BaseException) {
	v, exc := Call1(t, sc.s.parseConstant, InternStr(name))
	if exc != nil {
		return nil, 0, exc
	}
	return v, idx + len(name), nil
}

func (sc *jsonScan) object(t *Thread, idx int) (Object, int, *BaseException) {
	buf := sc.buf
	pairsHook := sc.s.pairsHook != None
	var pairs []Object
	var d *Dict
	if !pairsHook {
		d = NewDict()
	}
	idx = sc.skipWS(idx)
	if idx >= len(buf) || buf[idx] != '}' {
		for {
			if idx >= len(buf) || buf[idx] != '"' {
				return nil, 0, jsonError(t, "Expecting property name enclosed in double quotes", sc.doc, idx)
			}
			key, next, exc := jsonScanRunes(t, sc.doc, buf, idx+1, sc.s.strict)
			if exc != nil {
				return nil, 0, exc
			}
			if k, ok := sc.memo[key.s]; ok {
				key = k
			} else {
				if sc.memo == nil {
					sc.memo = map[string]*Str{}
				}
				sc.memo[key.s] = key
			}
			idx = sc.skipWS(next)
			if idx >= len(buf) || buf[idx] != ':' {
				return nil, 0, jsonError(t, "Expecting ':' delimiter", sc.doc, idx)
			}
			idx = sc.skipWS(idx + 1)
			val, next, exc := sc.scanOnce(t, idx)
			if exc != nil {
				return nil, 0, exc
			}
			if pairsHook {
				pairs = append(pairs, NewTuple(key, val))
			} else if exc := d.SetItem(t, key, val); exc != nil {
				return nil, 0, exc
			}
			idx = sc.skipWS(next)
			if idx < len(buf) && buf[idx] == '}' {
				break
			}
			if idx >= len(buf) || buf[idx] != ',' {
				return nil, 0, jsonError(t, "Expecting ',' delimiter", sc.doc, idx)
			}
			idx = sc.skipWS(idx + 1)
		}
	}
	if pairsHook {
		v, exc := Call1(t, sc.s.pairsHook, NewList(pairs...))
		return v, idx + 1, exc
	}
	if sc.s.objectHook != None {
		v, exc := Call1(t, sc.s.objectHook, d)
		return v, idx + 1, exc
	}
	return d, idx + 1, nil
}

func (sc *jsonScan) array(t *Thread, idx int) (Object, int, *BaseException) {
	buf := sc.buf
	var items []Object
	idx = sc.skipWS(idx)
	if idx >= len(buf) || buf[idx] != ']' {
		for {
			val, next, exc := sc.scanOnce(t, idx)
			if exc != nil {
				return nil, 0, exc
			}
			items = append(items, val)
			idx = sc.skipWS(next)
			if idx < len(buf) && buf[idx] == ']' {
				break
			}
			if idx >= len(buf) || buf[idx] != ',' {
				return nil, 0, jsonError(t, "Expecting ',' delimiter", sc.doc, idx)
			}
			idx = sc.skipWS(idx + 1)
		}
	}
	return NewList(items...), idx + 1, nil
}

func jsonDigit(buf []rune, i int) bool { return i < len(buf) && buf[i] >= '0' && buf[i] <= '9' }

// number is _match_number_unicode.
func (sc *jsonScan) number(t *Thread, start int) (Object, int, *BaseException) {
	buf := sc.buf
	idx := start
	if buf[idx] == '-' {
		idx++
		if idx >= len(buf) {
			return nil, 0, jsonStop(start)
		}
	}
	switch c := buf[idx]; {
	case c >= '1' && c <= '9':
		idx++
		for jsonDigit(buf, idx) {
			idx++
		}
	case c == '0':
		idx++
	default:
		return nil, 0, jsonStop(start)
	}
	isFloat := false
	if idx+1 < len(buf) && buf[idx] == '.' && jsonDigit(buf, idx+1) {
		isFloat = true
		idx += 2
		for jsonDigit(buf, idx) {
			idx++
		}
	}
	if idx+1 < len(buf) && (buf[idx] == 'e' || buf[idx] == 'E') {
		eStart := idx
		idx++
		if idx+1 < len(buf) && (buf[idx] == '-' || buf[idx] == '+') {
			idx++
		}
		for jsonDigit(buf, idx) {
			idx++
		}
		if jsonDigit(buf, idx-1) {
			isFloat = true
		} else {
			idx = eStart
		}
	}
	text := string(buf[start:idx])
	var custom Object
	if isFloat && sc.s.parseFloat != FloatType {
		custom = sc.s.parseFloat
	} else if !isFloat && sc.s.parseInt != IntType {
		custom = sc.s.parseInt
	}
	if custom != nil {
		v, exc := Call1(t, custom, NewStr(text))
		return v, idx, exc
	}
	if isFloat {
		f, _ := strconv.ParseFloat(text, 64)
		return Float(f), idx, nil
	}
	if len(text) <= 18 {
		n, _ := strconv.ParseInt(text, 10, 64)
		return MakeInt(n), idx, nil
	}
	v, exc := Call1(t, IntType, NewStr(text))
	return v, idx, exc
}

// encode is encoder_listencode_obj.
func (e *jsonEncoder) encode(t *Thread, b []byte, obj Object) ([]byte, *BaseException) {
	switch obj {
	case None:
		return append(b, "null"...), nil
	case True:
		return append(b, "true"...), nil
	case False:
		return append(b, "false"...), nil
	}
	typ := TypeOf(obj)
	switch {
	case typ.IsSubtype(StrType):
		return e.encodeString(t, b, obj)
	case typ.IsSubtype(IntType):
		s, exc := intReprObj(Unwrap(obj))
		if exc != nil {
			return nil, exc
		}
		return append(b, s.s...), nil
	case typ.IsSubtype(FloatType):
		s, exc := e.float(Unwrap(obj))
		if exc != nil {
			return nil, exc
		}
		return append(b, s...), nil
	case typ.IsSubtype(ListType) || typ.IsSubtype(TupleType):
		if exc := t.Enter(" while encoding a JSON object"); exc != nil {
			return nil, exc
		}
		b, exc := e.list(t, b, obj)
		t.Leave()
		return b, exc
	case typ.IsSubtype(DictType):
		if exc := t.Enter(" while encoding a JSON object"); exc != nil {
			return nil, exc
		}
		b, exc := e.dict(t, b, obj)
		t.Leave()
		return b, exc
	}
	ident, exc := e.mark(t, obj)
	if exc != nil {
		return nil, exc
	}
	v, exc := Call1(t, e.dflt, obj)
	if exc != nil {
		return nil, exc
	}
	if exc := t.Enter(" while encoding a JSON object"); exc != nil {
		return nil, exc
	}
	b, exc = e.encode(t, b, v)
	t.Leave()
	if exc != nil {
		return nil, exc
	}
	return b, e.unmark(t, ident)
}

// mark records obj in markers (a circular reference is a ValueError);
// ident is nil when markers is None.
func (e *jsonEncoder) mark(t *Thread, obj Object) (Object, *BaseException) {
	m, ok := e.markers.(*Dict)
	if !ok {
		return nil, nil
	}
	ident := ID(obj)
	if has, exc := Contains(t, m, ident); exc != nil {
		return nil, exc
	} else if has {
		return nil, NewError(ValueErrorType, "Circular reference detected")
	}
	return ident, m.SetItem(t, ident, obj)
}

func (e *jsonEncoder) unmark(t *Thread, ident Object) *BaseException {
	if ident == nil {
		return nil
	}
	_, exc := e.markers.(*Dict).DelItem(t, ident)
	return exc
}

func (e *jsonEncoder) float(o Object) (string, *BaseException) {
	f := float64(o.(Float))
	if math.IsNaN(f) || math.IsInf(f, 0) {
		if !e.allowNaN {
			return "", NewError(ValueErrorType, "Out of range float values are not JSON compliant")
		}
		switch {
		case f > 0:
			return "Infinity", nil
		case f < 0:
			return "-Infinity", nil
		}
		return "NaN", nil
	}
	return floatRepr(f), nil
}

func (e *jsonEncoder) encodeString(t *Thread, b []byte, obj Object) ([]byte, *BaseException) {
	if e.encoder == Object(jsonEncodeASCIIFn) || e.encoder == Object(jsonEncodeFn) {
		s, _ := strArgOf(obj)
		return append(b, jsonEncode(s.Runes(), e.encoder == Object(jsonEncodeASCIIFn))...), nil
	}
	v, exc := Call1(t, e.encoder, obj)
	if exc != nil {
		return nil, exc
	}
	s, ok := strArgOf(v)
	if !ok {
		return nil, Errorf(TypeErrorType, "encoder() must return a string, not %s", TypeOf(v).name)
	}
	return append(b, s.s...), nil
}

func (e *jsonEncoder) list(t *Thread, b []byte, seq Object) ([]byte, *BaseException) {
	// A list is read live (default() may shrink it), as PySequence_Fast.
	l, isList := seq.(*List)
	var tup []Object
	if !isList {
		tup = Unwrap(seq).(*Tuple).Items()
	}
	size := func() int {
		if isList {
			return l.Len()
		}
		return len(tup)
	}
	if size() == 0 {
		return append(b, "[]"...), nil
	}
	ident, exc := e.mark(t, seq)
	if exc != nil {
		return nil, exc
	}
	b = append(b, '[')
	for i := 0; i < size(); i++ {
		if i > 0 {
			b = append(b, e.itemSep.s...)
		}
		var v Object
		if isList {
			if v = l.At(i); v == nil {
				break
			}
		} else {
			v = tup[i]
		}
		if b, exc = e.encode(t, b, v); exc != nil {
			return nil, exc
		}
	}
	if exc := e.unmark(t, ident); exc != nil {
		return nil, exc
	}
	return append(b, ']'), nil
}

func (e *jsonEncoder) dict(t *Thread, b []byte, obj Object) ([]byte, *BaseException) {
	d := obj.(*Dict)
	if d.Len() == 0 {
		return append(b, "{}"...), nil
	}
	ident, exc := e.mark(t, obj)
	if exc != nil {
		return nil, exc
	}
	b = append(b, '{')
	// PyMapping_Items: a dict's items, or list(o.items()) for a subclass.
	var items []Object
	if TypeOf(obj) == DictType {
		keys, values := d.Items()
		items = make([]Object, len(keys))
		for i := range keys {
			items[i] = NewTuple(keys[i], values[i])
		}
	} else {
		it, exc := CallMethod(t, obj, InternStr("items"), nil, nil)
		if exc != nil {
			return nil, exc
		}
		if items, exc = ToSlice(t, it); exc != nil {
			return nil, exc
		}
	}
	if e.sortKeys {
		l, exc := Sorted(t, NewList(items...), nil, false)
		if exc != nil {
			return nil, exc
		}
		items = l.Snapshot()
	}
	first := true
	for _, item := range items {
		tup, ok := Unwrap(item).(*Tuple)
		if !ok || tup.Len() != 2 {
			return nil, NewError(ValueErrorType, "items must return 2-tuples")
		}
		key, value := tup.Items()[0], tup.Items()[1]
		var kstr Object
		ktyp := TypeOf(key)
		switch {
		case ktyp.IsSubtype(StrType):
			kstr = key
		case ktyp.IsSubtype(FloatType):
			s, exc := e.float(Unwrap(key))
			if exc != nil {
				return nil, exc
			}
			kstr = NewStr(s)
		case key == True:
			kstr = NewStr("true")
		case key == False:
			kstr = NewStr("false")
		case key == None:
			kstr = NewStr("null")
		case ktyp.IsSubtype(IntType):
			s, exc := intReprObj(Unwrap(key))
			if exc != nil {
				return nil, exc
			}
			kstr = s
		case e.skipKeys:
			continue
		default:
			return nil, Errorf(TypeErrorType, "keys must be str, int, float, bool or None, not %s", ktyp.name)
		}
		if !first {
			b = append(b, e.itemSep.s...)
		}
		first = false
		if b, exc = e.encodeString(t, b, kstr); exc != nil {
			return nil, exc
		}
		b = append(b, e.keySep.s...)
		if b, exc = e.encode(t, b, value); exc != nil {
			return nil, exc
		}
	}
	if exc := e.unmark(t, ident); exc != nil {
		return nil, exc
	}
	return append(b, '}'), nil
}
