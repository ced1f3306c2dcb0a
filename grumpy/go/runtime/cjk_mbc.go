package runtime

import (
	"math/big"
	"strconv"
	"sync"
)

// _multibytecodec: MultibyteCodec (what _codecs_xx.getcodec returns) and
// the incremental and stream classes the encodings.* CJK modules derive
// from, with CPython's semantics: error handlers resolved per error,
// pending input across calls (at most 2 characters / 8 bytes), getstate
// and setstate as CPython's integers over the codec's 8-byte state.

const (
	cjkMaxEncPending = 2
	cjkMaxDecPending = 8
)

type cjkTypeSet struct {
	codec, incEnc, incDec, reader, writer *Type
}

var (
	cjkTypesOnce sync.Once
	cjkTypesV    *cjkTypeSet
)

type cjkCodecObj struct {
	codec *cjkCodec
}

func (*cjkCodecObj) Type() *Type { return cjkTypesGet().codec }

// cjkEncCtx is the state of an incremental encoder or stream writer.
type cjkEncCtx struct {
	mu      sync.Mutex
	codec   *cjkCodec
	state   cjkState
	pending []rune
	errors  string
	stream  Object
}

// cjkDecCtx is the state of an incremental decoder or stream reader.
type cjkDecCtx struct {
	mu      sync.Mutex
	codec   *cjkCodec
	state   cjkState
	pending []byte
	errors  string
	stream  Object
}

func (*cjkEncCtx) Type() *Type { return cjkTypesGet().incEnc }
func (*cjkDecCtx) Type() *Type { return cjkTypesGet().incDec }

func (c *cjkCodec) initEnc(st *cjkState) {
	*st = cjkState{}
	if c.encInit != nil {
		c.encInit(st)
	}
}

func (c *cjkCodec) initDec(st *cjkState) {
	*st = cjkState{}
	if c.decInit != nil {
		c.decInit(st)
	}
}

// cjkEncodeRun is CPython's multibytecodec_encode: flush encodes what
// waits for a following character; reset returns the state to its initial
// shift at the end. It returns the bytes and how many characters were
// consumed.
func cjkEncodeRun(t *Thread, c *cjkCodec, st *cjkState, s *Str, rs []rune, errors string, flush, reset bool) ([]byte, int, *BaseException) {
	out := make([]byte, 0, len(rs)*2+4)
	pos := 0
	for pos < len(rs) {
		var r int
		pos, out, r = c.encode(st, rs, pos, out, flush)
		if r == 0 || r == cjkTooFew && !flush {
			break
		}
		var exc *BaseException
		if pos, out, exc = cjkEncodeError(t, c, st, s, rs, pos, out, r, errors); exc != nil {
			return nil, 0, exc
		}
		if r == cjkTooFew {
			break
		}
	}
	if reset && c.encReset != nil {
		out = c.encReset(st, out)
	}
	return out, pos, nil
}

func cjkErrorCallback(t *Thread, errors string, exc *BaseException) (Object, *BaseException) {
	h, e := lookupErrHandler(errors)
	if e != nil {
		return nil, e
	}
	if h.custom != nil {
		return Call1(t, h.custom, exc)
	}
	return builtinErrorCallback(t, h.name, exc)
}

func cjkEncodeError(t *Thread, c *cjkCodec, st *cjkState, s *Str, rs []rune, pos int, out []byte, r int, errors string) (int, []byte, *BaseException) {
	reason, esize := "illegal multibyte sequence", r
	if r == cjkTooFew {
		reason, esize = "incomplete multibyte sequence", len(rs)-pos
	}
	switch errors {
	case "", "strict":
		return 0, nil, NewUnicodeEncodeError(c.name, s, pos, pos+esize, reason)
	case "ignore":
		return pos + esize, out, nil
	case "replace":
		var rr int
		if _, out, rr = c.encode(st, []rune{'?'}, 0, out, true); rr != 0 {
			return 0, nil, NewUnicodeEncodeError(c.name, s, pos, pos+esize, reason)
		}
		return pos + esize, out, nil
	}
	h, exc := lookupErrHandler(errors)
	if exc != nil {
		return 0, nil, exc
	}
	if h.custom == nil && h.name != "surrogatepass" {
		// The builtin handlers, computed here as their callbacks would.
		end := pos + esize
		var rep []byte
		switch h.name {
		case "strict":
			return 0, nil, NewUnicodeEncodeError(c.name, s, pos, end, reason)
		case "ignore":
			return end, out, nil
		case "replace":
			return cjkEncodeError(t, c, st, s, rs, pos, out, r, "replace")
		case "surrogateescape":
			// CPython's handler escapes the leading run of U+DC80..U+DCFF.
			k := pos
			for k < end && rs[k] >= 0xDC80 && rs[k] <= 0xDCFF {
				out = append(out, byte(rs[k]-0xDC00))
				k++
			}
			if k == pos {
				return 0, nil, NewUnicodeEncodeError(c.name, s, pos, end, reason)
			}
			return k, out, nil
		}
		for _, ch := range rs[pos:end] {
			switch h.name {
			case "backslashreplace":
				rep = append(rep, backslashEsc(ch)...)
			case "xmlcharrefreplace":
				rep = append(rep, "&#"+strconv.Itoa(int(ch))+";"...)
			case "namereplace":
				if name := unicodeCharName(ch); name != "" {
					rep = append(rep, `\N{`+name+`}`...)
				} else {
					rep = append(rep, backslashEsc(ch)...)
				}
			}
		}
		rs2 := []rune(string(rep))
		b, _, exc := cjkEncodeRun(t, c, st, NewStr(string(rep)), rs2, "strict", true, false)
		if exc != nil {
			return 0, nil, exc
		}
		return end, append(out, b...), nil
	}
	res, exc := cjkErrorCallback(t, errors, NewUnicodeEncodeError(c.name, s, pos, pos+esize, reason))
	if exc != nil {
		return 0, nil, exc
	}
	tup, ok := res.(*Tuple)
	var np int64
	overflow := false
	if ok && len(tup.items) == 2 {
		np, overflow, ok = cjkNewPos(tup.items[1])
	} else {
		ok = false
	}
	if !ok {
		return 0, nil, NewError(TypeErrorType, "encoding error handler must return (str, int) tuple")
	}
	switch rep := Unwrap(tup.items[0]).(type) {
	case *Str:
		b, _, exc := cjkEncodeRun(t, c, st, rep, rep.Runes(), "strict", true, false)
		if exc != nil {
			return 0, nil, exc
		}
		out = append(out, b...)
	case *Bytes:
		out = append(out, rep.b...)
	default:
		return 0, nil, NewError(TypeErrorType, "encoding error handler must return (str, int) tuple")
	}
	if np < 0 && !overflow {
		np += int64(len(rs))
	}
	if np < 0 || np > int64(len(rs)) {
		return 0, nil, Errorf(IndexErrorType, "position %d from error handler out of bounds", np)
	}
	return int(np), out, nil
}

// cjkDecodeRun decodes data; unless final, an incomplete sequence at the
// end is left (its start returned) for the next call. Once final, an
// incomplete tail goes to the error handler, after which a one-shot decode
// goes on from where the handler says and an incremental one stops.
func cjkDecodeRun(t *Thread, c *cjkCodec, st *cjkState, data []byte, errors string, final bool) ([]byte, int, *BaseException) {
	return cjkDecodeRunMode(t, c, st, data, errors, final, false)
}

func cjkDecodeRunMode(t *Thread, c *cjkCodec, st *cjkState, data []byte, errors string, final, oneShot bool) ([]byte, int, *BaseException) {
	out := make([]byte, 0, len(data)*3/2)
	pos := 0
	for pos < len(data) {
		var r int
		pos, out, r = c.decode(st, data, pos, out)
		if r == 0 || r == cjkTooFew && !final {
			break
		}
		var exc *BaseException
		if pos, out, exc = cjkDecodeError(t, c, data, pos, out, r, errors); exc != nil {
			return nil, 0, exc
		}
		if r == cjkTooFew && !oneShot {
			break
		}
	}
	return out, pos, nil
}

func cjkDecodeError(t *Thread, c *cjkCodec, data []byte, pos int, out []byte, r int, errors string) (int, []byte, *BaseException) {
	reason, esize := "illegal multibyte sequence", r
	if r == cjkTooFew {
		reason, esize = "incomplete multibyte sequence", len(data)-pos
	}
	switch errors {
	case "", "strict":
		return 0, nil, NewUnicodeDecodeError(c.name, data, pos, pos+esize, reason)
	case "ignore":
		return pos + esize, out, nil
	case "replace":
		return pos + esize, append(out, "\uFFFD"...), nil
	}
	h, exc := lookupErrHandler(errors)
	if exc != nil {
		return 0, nil, exc
	}
	if h.custom == nil {
		// The builtin handlers, computed here as their callbacks would.
		end := pos + esize
		switch h.name {
		case "strict":
			return 0, nil, NewUnicodeDecodeError(c.name, data, pos, end, reason)
		case "ignore":
			return end, out, nil
		case "replace":
			return end, append(out, "\uFFFD"...), nil
		case "backslashreplace":
			for _, b := range data[pos:end] {
				out = append(out, '\\', 'x', hexDigitsLower[b>>4], hexDigitsLower[b&15])
			}
			return end, out, nil
		case "surrogateescape":
			// CPython's handler escapes up to four leading non-ASCII bytes.
			k := pos
			for k < end && k < pos+4 && data[k] >= 0x80 {
				out = appendRune(out, 0xDC00+rune(data[k]))
				k++
			}
			if k == pos {
				return 0, nil, NewUnicodeDecodeError(c.name, data, pos, end, reason)
			}
			return k, out, nil
		}
	}
	res, exc := cjkErrorCallback(t, errors, NewUnicodeDecodeError(c.name, data, pos, pos+esize, reason))
	if exc != nil {
		return 0, nil, exc
	}
	tup, ok := res.(*Tuple)
	var np int64
	var rep *Str
	overflow := false
	if ok && len(tup.items) == 2 {
		if rep, ok = Unwrap(tup.items[0]).(*Str); ok {
			np, overflow, ok = cjkNewPos(tup.items[1])
		}
	} else {
		ok = false
	}
	if !ok {
		return 0, nil, NewError(TypeErrorType, "decoding error handler must return (str, int) tuple")
	}
	out = append(out, rep.s...)
	if np < 0 && !overflow {
		np += int64(len(data))
	}
	if np < 0 || np > int64(len(data)) {
		return 0, nil, Errorf(IndexErrorType, "position %d from error handler out of bounds", np)
	}
	return int(np), out, nil
}

// cjkNewPos reads the position an error handler returned: an int too
// large for a C ssize_t is -1 (CPython's failed conversion), out of bounds.
func cjkNewPos(o Object) (int64, bool, bool) {
	if !cjkIsInt(o) {
		return 0, false, false
	}
	if n, ok := IntValue(Unwrap(o)); ok {
		return n, false, true
	}
	return -1, true, true
}

// cjkErrorsArg is an errors argument that may be None (strict).
func cjkErrorsArg(o Object, fname string) (string, *BaseException) {
	if o == nil || o == None {
		return "strict", nil
	}
	s, ok := Unwrap(o).(*Str)
	if !ok {
		return "", Errorf(TypeErrorType, "%s() argument 'errors' must be str or None, not %s", fname, TypeOf(o).name)
	}
	return s.s, nil
}

// cjkStrInput is CPython's conversion of a non-str input with str().
func cjkStrInput(t *Thread, o Object) (*Str, *BaseException) {
	if s, ok := Unwrap(o).(*Str); ok {
		return s, nil
	}
	s, exc := ToStr(t, o)
	if exc != nil {
		return nil, exc
	}
	return s, nil
}

func cjkCodecSelf(o Object, name string) (*cjkCodec, *BaseException) {
	if c, ok := o.(*cjkCodecObj); ok {
		return c.codec, nil
	}
	return nil, Errorf(TypeErrorType, "descriptor '%s' for '_multibytecodec.MultibyteCodec' objects doesn't apply to a '%s' object", name, TypeOf(o).name)
}

// cjkClassCodec reads the codec class attribute of an incremental or
// stream class.
func cjkClassCodec(t *Thread, cls *Type) (*cjkCodec, *BaseException) {
	o, exc := GetAttr(t, cls, NewStr("codec"))
	if exc != nil {
		return nil, exc
	}
	c, ok := o.(*cjkCodecObj)
	if !ok {
		return nil, NewError(TypeErrorType, "codec is unexpected type")
	}
	return c.codec, nil
}

func cjkEncSelf(o Object) *cjkEncCtx {
	if in, ok := o.(*Instance); ok {
		if c, ok := in.base.(*cjkEncCtx); ok {
			return c
		}
	}
	return nil
}

func cjkDecSelf(o Object) *cjkDecCtx {
	if in, ok := o.(*Instance); ok {
		if c, ok := in.base.(*cjkDecCtx); ok {
			return c
		}
	}
	return nil
}

func cjkBadSelf(name, typ string, o Object) *BaseException {
	return Errorf(TypeErrorType, "descriptor '%s' for '_multibytecodec.%s' objects doesn't apply to a '%s' object", name, typ, TypeOf(o).name)
}

// encodeStateful is CPython's encoder_encode_stateful.
func (e *cjkEncCtx) encodeStateful(t *Thread, in Object, final bool) (Object, *BaseException) {
	s, exc := cjkStrInput(t, in)
	if exc != nil {
		return nil, exc
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	rs := s.Runes()
	if len(e.pending) > 0 {
		rs = append(append([]rune(nil), e.pending...), rs...)
		s = NewStr(string(runesToWTF8(rs)))
	}
	// The pending characters stay when encoding fails (CPython keeps them).
	out, n, exc := cjkEncodeRun(t, e.codec, &e.state, s, rs, e.errors, final, final)
	if exc != nil {
		return nil, exc
	}
	e.pending = nil
	if n < len(rs) {
		if len(rs)-n > cjkMaxEncPending {
			return nil, NewError(UnicodeErrorType, "pending buffer overflow")
		}
		e.pending = append([]rune(nil), rs[n:]...)
	}
	return NewBytes(out), nil
}

func runesToWTF8(rs []rune) []byte {
	var b []byte
	for _, r := range rs {
		b = appendRune(b, r)
	}
	return b
}

// decodeStateful decodes pending + data, keeping an incomplete tail.
func (d *cjkDecCtx) decodeStateful(t *Thread, data []byte, final bool) (string, *BaseException) {
	if len(d.pending) > 0 {
		data = append(append([]byte(nil), d.pending...), data...)
	}
	// The pending bytes stay when decoding fails (CPython keeps them).
	out, n, exc := cjkDecodeRun(t, d.codec, &d.state, data, d.errors, final)
	if exc != nil {
		return "", exc
	}
	d.pending = nil
	if n < len(data) {
		if len(data)-n > cjkMaxDecPending {
			return "", NewError(UnicodeErrorType, "pending buffer overflow")
		}
		d.pending = append([]byte(nil), data[n:]...)
	}
	return string(out), nil
}

// cjkUintBytes converts a non-negative int to n little-endian bytes.
func cjkUintBytes(o Object, n int) ([]byte, *BaseException) {
	b := toBig(Unwrap(o))
	if b.Sign() < 0 {
		return nil, NewError(OverflowErrorType, "can't convert negative int to unsigned")
	}
	be := b.Bytes()
	if len(be) > n {
		return nil, NewError(OverflowErrorType, "int too big to convert")
	}
	out := make([]byte, n)
	for i, c := range be {
		out[len(be)-1-i] = c
	}
	return out, nil
}

func cjkIntFromLE(b []byte) Object {
	be := make([]byte, len(b))
	for i, c := range b {
		be[len(b)-1-i] = c
	}
	return NewBigInt(new(big.Int).SetBytes(be))
}

func cjkIsInt(o Object) bool {
	switch o.(type) {
	case Int, *BigInt:
		return true
	}
	return TypeOf(o).IsSubtype(IntType)
}

func cjkErrorsGetSet(typ *Type, enc bool) {
	get := func(t *Thread, o Object) (Object, *BaseException) {
		if enc {
			if e := cjkEncSelf(o); e != nil {
				return NewStr(e.errors), nil
			}
		} else if d := cjkDecSelf(o); d != nil {
			return NewStr(d.errors), nil
		}
		return nil, cjkBadSelf("errors", typ.name, o)
	}
	set := func(t *Thread, o, v Object) *BaseException {
		if v == nil {
			return NewError(AttributeErrorType, "cannot delete attribute")
		}
		s, ok := Unwrap(v).(*Str)
		if !ok {
			return NewError(TypeErrorType, "errors must be a string")
		}
		if enc {
			if e := cjkEncSelf(o); e != nil {
				e.mu.Lock()
				e.errors = s.s
				e.mu.Unlock()
				return nil
			}
		} else if d := cjkDecSelf(o); d != nil {
			d.mu.Lock()
			d.errors = s.s
			d.mu.Unlock()
			return nil
		}
		return cjkBadSelf("errors", typ.name, o)
	}
	defGetSet(typ, "errors", get, set)
}

// cjkNew is the __new__ of the incremental and stream classes: the class's
// codec attribute, an optional stream, and errors (a str).
func cjkNew(def *Type, stream bool, mk func(c *cjkCodec, stream Object, errors string) Object) BuiltinFn {
	fname := def.name
	switch def.name {
	case "MultibyteIncrementalEncoder":
		fname = "IncrementalEncoder"
	case "MultibyteIncrementalDecoder":
		fname = "IncrementalDecoder"
	case "MultibyteStreamReader":
		fname = "StreamReader"
	case "MultibyteStreamWriter":
		fname = "StreamWriter"
	}
	return func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) == 0 {
			return nil, Errorf(TypeErrorType, "%s.__new__(): not enough arguments", def.name)
		}
		cls, ok := args[0].(*Type)
		if !ok || !cls.IsSubtype(def) {
			return nil, Errorf(TypeErrorType, "%s.__new__(X): X is not a subtype of %s", def.name, def.name)
		}
		var st, errs Object
		var exc *BaseException
		if stream {
			exc = ParseArgs(fname, args[1:], kw, []string{"stream", "errors?"}, &st, &errs)
		} else {
			exc = ParseArgs(fname, args[1:], kw, []string{"errors?"}, &errs)
		}
		if exc != nil {
			return nil, exc
		}
		errors := "strict"
		if errs != nil {
			s, ok := Unwrap(errs).(*Str)
			if !ok {
				n := 1
				if stream {
					n = 2
				}
				return nil, Errorf(TypeErrorType, "%s() argument %d must be str, not %s", fname, n, cjkTypeName(errs))
			}
			errors = s.s
		}
		c, exc := cjkClassCodec(t, cls)
		if exc != nil {
			return nil, exc
		}
		return ioNewInstance(cls, mk(c, st, errors)), nil
	}
}

func cjkTypeName(o Object) string {
	if o == None {
		return "None"
	}
	return TypeOf(o).name
}

func cjkTypesGet() *cjkTypeSet {
	cjkTypesOnce.Do(cjkMakeTypes)
	return cjkTypesV
}

func cjkMakeTypes() {
	mk := func(name string) *Type {
		typ := newBuiltinType(name, ObjectType)
		typ.module = "_multibytecodec"
		return typ
	}
	ts := &cjkTypeSet{codec: finalType(mk("MultibyteCodec")), incEnc: mk("MultibyteIncrementalEncoder"),
		incDec: mk("MultibyteIncrementalDecoder"), reader: mk("MultibyteStreamReader"), writer: mk("MultibyteStreamWriter")}
	cjkTypesV = ts
	noInit := func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) { return None, nil }

	// MultibyteCodec
	DefMethod(ts.codec, "encode", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		c, exc := cjkCodecSelf(args[0], "encode")
		if exc != nil {
			return nil, exc
		}
		var in, errs Object = nil, None
		if exc := ParseArgs("encode", args[1:], kw, []string{"input", "errors?"}, &in, &errs); exc != nil {
			return nil, exc
		}
		errors, exc := cjkErrorsArg(errs, "encode")
		if exc != nil {
			return nil, exc
		}
		s, exc := cjkStrInput(t, in)
		if exc != nil {
			return nil, exc
		}
		var st cjkState
		c.initEnc(&st)
		rs := s.Runes()
		out, _, exc := cjkEncodeRun(t, c, &st, s, rs, errors, true, true)
		if exc != nil {
			return nil, exc
		}
		return NewTuple(NewBytes(out), MakeInt(int64(len(rs)))), nil
	})
	DefMethod(ts.codec, "decode", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		c, exc := cjkCodecSelf(args[0], "decode")
		if exc != nil {
			return nil, exc
		}
		var in, errs Object = nil, None
		if exc := ParseArgs("decode", args[1:], kw, []string{"input", "errors?"}, &in, &errs); exc != nil {
			return nil, exc
		}
		errors, exc := cjkErrorsArg(errs, "decode")
		if exc != nil {
			return nil, exc
		}
		data, exc := bytesArg(t, in)
		if exc != nil {
			return nil, exc
		}
		data = append([]byte(nil), data...)
		var st cjkState
		c.initDec(&st)
		out, _, exc := cjkDecodeRunMode(t, c, &st, data, errors, true, true)
		if exc != nil {
			return nil, exc
		}
		return NewTuple(NewStr(string(out)), MakeInt(int64(len(data)))), nil
	})

	// MultibyteIncrementalEncoder
	E := ts.incEnc
	DefStatic(E, "__new__", cjkNew(E, false, func(c *cjkCodec, _ Object, errors string) Object {
		e := &cjkEncCtx{codec: c, errors: errors}
		c.initEnc(&e.state)
		return e
	}))
	DefMethod(E, "__init__", noInit)
	cjkErrorsGetSet(E, true)
	DefMethod(E, "encode", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		e := cjkEncSelf(args[0])
		if e == nil {
			return nil, cjkBadSelf("encode", E.name, args[0])
		}
		var in, fin Object = nil, False
		if exc := ParseArgs("encode", args[1:], kw, []string{"input", "final?"}, &in, &fin); exc != nil {
			return nil, exc
		}
		final, exc := IsTrue(t, fin)
		if exc != nil {
			return nil, exc
		}
		return e.encodeStateful(t, in, final)
	})
	DefMethod(E, "reset", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		e := cjkEncSelf(args[0])
		if e == nil {
			return nil, cjkBadSelf("reset", E.name, args[0])
		}
		if exc := ArgCount("reset", args[1:], kw, 0, 0); exc != nil {
			return nil, exc
		}
		e.mu.Lock()
		if e.codec.encReset != nil {
			e.codec.encReset(&e.state, nil)
		}
		e.pending = nil
		e.mu.Unlock()
		return None, nil
	})
	DefMethod(E, "getstate", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		e := cjkEncSelf(args[0])
		if e == nil {
			return nil, cjkBadSelf("getstate", E.name, args[0])
		}
		if exc := ArgCount("getstate", args[1:], kw, 0, 0); exc != nil {
			return nil, exc
		}
		e.mu.Lock()
		defer e.mu.Unlock()
		p := runesToWTF8(e.pending)
		if len(p) > cjkMaxEncPending*4 {
			return nil, NewError(UnicodeErrorType, "pending buffer too large")
		}
		b := append([]byte{byte(len(p))}, p...)
		b = append(b, e.state[:]...)
		return cjkIntFromLE(b), nil
	})
	DefMethod(E, "setstate", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		e := cjkEncSelf(args[0])
		if e == nil {
			return nil, cjkBadSelf("setstate", E.name, args[0])
		}
		var st Object
		if exc := ParseArgs("setstate", args[1:], kw, []string{"state", "/"}, &st); exc != nil {
			return nil, exc
		}
		if !cjkIsInt(st) {
			return nil, Errorf(TypeErrorType, "setstate() argument must be int, not %s", cjkTypeName(st))
		}
		b, exc := cjkUintBytes(st, 1+cjkMaxEncPending*4+8)
		if exc != nil {
			return nil, exc
		}
		if int(b[0]) > cjkMaxEncPending*4 {
			return nil, NewError(UnicodeErrorType, "pending buffer too large")
		}
		p, _, exc := decodeUTF8(t, b[1:1+b[0]], "strict", true)
		if exc != nil {
			return nil, exc
		}
		e.mu.Lock()
		e.pending = NewStr(p).Runes()
		copy(e.state[:], b[1+b[0]:])
		e.mu.Unlock()
		return None, nil
	})

	// MultibyteIncrementalDecoder
	D := ts.incDec
	DefStatic(D, "__new__", cjkNew(D, false, func(c *cjkCodec, _ Object, errors string) Object {
		d := &cjkDecCtx{codec: c, errors: errors}
		c.initDec(&d.state)
		return d
	}))
	DefMethod(D, "__init__", noInit)
	cjkErrorsGetSet(D, false)
	DefMethod(D, "decode", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		d := cjkDecSelf(args[0])
		if d == nil {
			return nil, cjkBadSelf("decode", D.name, args[0])
		}
		var in, fin Object = nil, False
		if exc := ParseArgs("decode", args[1:], kw, []string{"input", "final?"}, &in, &fin); exc != nil {
			return nil, exc
		}
		data, exc := bytesArg(t, in)
		if exc != nil {
			return nil, exc
		}
		final, exc := IsTrue(t, fin)
		if exc != nil {
			return nil, exc
		}
		d.mu.Lock()
		defer d.mu.Unlock()
		s, exc := d.decodeStateful(t, append([]byte(nil), data...), final)
		if exc != nil {
			return nil, exc
		}
		return NewStr(s), nil
	})
	DefMethod(D, "reset", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		d := cjkDecSelf(args[0])
		if d == nil {
			return nil, cjkBadSelf("reset", D.name, args[0])
		}
		if exc := ArgCount("reset", args[1:], kw, 0, 0); exc != nil {
			return nil, exc
		}
		d.mu.Lock()
		d.codec.initDec(&d.state)
		d.pending = nil
		d.mu.Unlock()
		return None, nil
	})
	DefMethod(D, "getstate", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		d := cjkDecSelf(args[0])
		if d == nil {
			return nil, cjkBadSelf("getstate", D.name, args[0])
		}
		if exc := ArgCount("getstate", args[1:], kw, 0, 0); exc != nil {
			return nil, exc
		}
		d.mu.Lock()
		defer d.mu.Unlock()
		return NewTuple(NewBytes(append([]byte(nil), d.pending...)), cjkIntFromLE(d.state[:])), nil
	})
	DefMethod(D, "setstate", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		d := cjkDecSelf(args[0])
		if d == nil {
			return nil, cjkBadSelf("setstate", D.name, args[0])
		}
		var st Object
		if exc := ParseArgs("setstate", args[1:], kw, []string{"state", "/"}, &st); exc != nil {
			return nil, exc
		}
		tup, ok := st.(*Tuple)
		if !ok {
			return nil, Errorf(TypeErrorType, "setstate() argument must be tuple, not %s", cjkTypeName(st))
		}
		var buf *Bytes
		if len(tup.items) == 2 {
			buf, _ = Unwrap(tup.items[0]).(*Bytes)
		}
		if buf == nil || !cjkIsInt(tup.items[1]) {
			return nil, NewError(TypeErrorType, "setstate(): illegal state argument")
		}
		b, exc := cjkUintBytes(tup.items[1], 8)
		if exc != nil {
			return nil, exc
		}
		if len(buf.b) > cjkMaxDecPending {
			return nil, NewError(UnicodeErrorType, "pending buffer too large")
		}
		d.mu.Lock()
		d.pending = append([]byte(nil), buf.b...)
		copy(d.state[:], b)
		d.mu.Unlock()
		return None, nil
	})

	// MultibyteStreamReader
	R := ts.reader
	DefStatic(R, "__new__", cjkNew(R, true, func(c *cjkCodec, stream Object, errors string) Object {
		d := &cjkDecCtx{codec: c, errors: errors, stream: stream}
		c.initDec(&d.state)
		return d
	}))
	DefMethod(R, "__init__", noInit)
	cjkErrorsGetSet(R, false)
	defMember(R, "stream", func(t *Thread, o Object) (Object, *BaseException) {
		if d := cjkDecSelf(o); d != nil {
			return d.stream, nil
		}
		return nil, cjkBadSelf("stream", R.name, o)
	})
	readFn := func(name, method string, lines bool) {
		DefMethod(R, name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			d := cjkDecSelf(args[0])
			if d == nil {
				return nil, cjkBadSelf(name, R.name, args[0])
			}
			var so Object = None
			if exc := ParseArgs(name, args[1:], kw, []string{"size?", "/"}, &so); exc != nil {
				return nil, exc
			}
			size := int64(-1)
			if so != None {
				if !cjkIsInt(so) {
					return nil, NewError(TypeErrorType, "arg 1 must be an integer")
				}
				n, ok := IntValue(so)
				if !ok {
					return nil, NewError(OverflowErrorType, "Python int too large to convert to C ssize_t")
				}
				if n < 0 {
					n = -1
				}
				size = n
			}
			s, exc := d.iread(t, method, size)
			if exc != nil {
				return nil, exc
			}
			if lines {
				return strSplitLines(NewStr(s), true), nil
			}
			return NewStr(s), nil
		})
	}
	readFn("read", "read", false)
	readFn("readline", "readline", false)
	readFn("readlines", "read", true)
	DefMethod(R, "reset", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		d := cjkDecSelf(args[0])
		if d == nil {
			return nil, cjkBadSelf("reset", R.name, args[0])
		}
		d.mu.Lock()
		d.codec.initDec(&d.state)
		d.pending = nil
		d.mu.Unlock()
		return None, nil
	})

	// MultibyteStreamWriter
	W := ts.writer
	DefStatic(W, "__new__", cjkNew(W, true, func(c *cjkCodec, stream Object, errors string) Object {
		e := &cjkEncCtx{codec: c, errors: errors, stream: stream}
		c.initEnc(&e.state)
		return e
	}))
	DefMethod(W, "__init__", noInit)
	cjkErrorsGetSet(W, true)
	defMember(W, "stream", func(t *Thread, o Object) (Object, *BaseException) {
		if e := cjkEncSelf(o); e != nil {
			return e.stream, nil
		}
		return nil, cjkBadSelf("stream", W.name, o)
	})
	write := func(t *Thread, e *cjkEncCtx, s Object) *BaseException {
		b, exc := e.encodeStateful(t, s, false)
		if exc != nil {
			return exc
		}
		_, exc = CallMethod(t, e.stream, ioStrWrite, []Object{b}, nil)
		return exc
	}
	DefMethod(W, "write", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		e := cjkEncSelf(args[0])
		if e == nil {
			return nil, cjkBadSelf("write", W.name, args[0])
		}
		var s Object
		if exc := ParseArgs("write", args[1:], kw, []string{"strobj", "/"}, &s); exc != nil {
			return nil, exc
		}
		return None, write(t, e, s)
	})
	DefMethod(W, "writelines", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		e := cjkEncSelf(args[0])
		if e == nil {
			return nil, cjkBadSelf("writelines", W.name, args[0])
		}
		var lines Object
		if exc := ParseArgs("writelines", args[1:], kw, []string{"lines", "/"}, &lines); exc != nil {
			return nil, exc
		}
		n, exc := Len(t, lines)
		if exc != nil {
			return nil, exc
		}
		for i := 0; i < n; i++ {
			item, exc := GetItem(t, lines, MakeInt(int64(i)))
			if exc != nil {
				return nil, exc
			}
			if exc := write(t, e, item); exc != nil {
				return nil, exc
			}
		}
		return None, nil
	})
	DefMethod(W, "reset", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		e := cjkEncSelf(args[0])
		if e == nil {
			return nil, cjkBadSelf("reset", W.name, args[0])
		}
		e.mu.Lock()
		if e.pending == nil {
			e.mu.Unlock()
			return None, nil
		}
		rs := e.pending
		e.pending = nil
		out, _, exc := cjkEncodeRun(t, e.codec, &e.state, NewStr(string(runesToWTF8(rs))), rs, e.errors, true, true)
		e.mu.Unlock()
		if exc != nil {
			return nil, exc
		}
		if len(out) > 0 {
			if _, exc := CallMethod(t, e.stream, ioStrWrite, []Object{NewBytes(out)}, nil); exc != nil {
				return nil, exc
			}
		}
		return None, nil
	})
}

// iread is CPython's mbstreamreader_iread: read from the stream with
// method until some text decodes (or the stream ends).
func (d *cjkDecCtx) iread(t *Thread, method string, size int64) (string, *BaseException) {
	if size == 0 {
		return "", nil
	}
	var result []byte
	for {
		var res Object
		var exc *BaseException
		if size < 0 {
			res, exc = CallMethod(t, d.stream, NewStr(method), nil, nil)
		} else {
			res, exc = CallMethod(t, d.stream, NewStr(method), []Object{MakeInt(size)}, nil)
		}
		if exc != nil {
			return "", exc
		}
		b, ok := Unwrap(res).(*Bytes)
		if !ok {
			return "", Errorf(TypeErrorType, "stream function returned a non-bytes object (%s)", TypeOf(res).name)
		}
		eof := len(b.b) == 0
		d.mu.Lock()
		data := append(append([]byte(nil), d.pending...), b.b...)
		d.pending = nil
		rsize := len(data)
		final := eof || size < 0
		out, n, exc := cjkDecodeRun(t, d.codec, &d.state, data, d.errors, final)
		if exc == nil && n < len(data) {
			if len(data)-n > cjkMaxDecPending {
				exc = NewError(UnicodeErrorType, "pending buffer overflow")
			} else {
				d.pending = append([]byte(nil), data[n:]...)
			}
		}
		d.mu.Unlock()
		if exc != nil {
			return "", exc
		}
		result = append(result, out...)
		if rsize == 0 || size < 0 || eof || len(result) > 0 {
			break
		}
		size = 1
	}
	return string(result), nil
}
