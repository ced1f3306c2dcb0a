package runtime

import (
	"bytes"
	"strings"
	"sync"
)

// ---- IncrementalNewlineDecoder ----

const (
	seenLF   = 1
	seenCR   = 2
	seenCRLF = 4
)

// nlDecoder is the state of IncrementalNewlineDecoder: it wraps an optional
// decoder and translates (or just records) \r, \n and \r\n.
type nlDecoder struct {
	mu        sync.Mutex
	decoder   Object // nil or None: input is already str
	translate bool
	pendingCR bool
	seennl    int
	ok        bool
}

// IncrementalNewlineDecoderType is _io.IncrementalNewlineDecoder.
var IncrementalNewlineDecoderType = newIOType("IncrementalNewlineDecoder", ObjectType)

// Type implements Object.
func (*nlDecoder) Type() *Type { return IncrementalNewlineDecoderType }

// process applies pending-CR handling, newline recording and translation to
// already decoded text.
func (d *nlDecoder) process(out string, final bool) string {
	if d.pendingCR && (out != "" || final) {
		out = "\r" + out
		d.pendingCR = false
	}
	if !final && strings.HasSuffix(out, "\r") {
		out = out[:len(out)-1]
		d.pendingCR = true
	}
	d.seennl |= scanNewlines(out)
	if d.translate && strings.IndexByte(out, '\r') >= 0 {
		out = translateNewlines(out)
	}
	return out
}

// scanNewlines reports which newline kinds occur in s.
func scanNewlines(s string) int {
	seen := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n':
			seen |= seenLF
		case '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				seen |= seenCRLF
				i++
			} else {
				seen |= seenCR
			}
		}
	}
	return seen
}

// translateNewlines turns \r\n and \r into \n.
func translateNewlines(s string) string {
	if strings.IndexByte(s, '\r') < 0 {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\r' {
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
			c = '\n'
		}
		b = append(b, c)
	}
	return string(b)
}

func newlinesObj(seen int) Object {
	switch seen {
	case 0:
		return None
	case seenLF:
		return NewStr("\n")
	case seenCR:
		return NewStr("\r")
	case seenCRLF:
		return NewStr("\r\n")
	case seenCR | seenLF:
		return NewTuple(NewStr("\r"), NewStr("\n"))
	case seenLF | seenCRLF:
		return NewTuple(NewStr("\n"), NewStr("\r\n"))
	case seenCR | seenCRLF:
		return NewTuple(NewStr("\r"), NewStr("\r\n"))
	}
	return NewTuple(NewStr("\r"), NewStr("\n"), NewStr("\r\n"))
}

func (d *nlDecoder) decode(t *Thread, input Object, final bool) (Object, *BaseException) {
	var out string
	if d.decoder != nil && d.decoder != None {
		r, exc := CallMethod(t, d.decoder, ioStrDecode, []Object{input, Bool(final)}, []*Str{InternStr("final")})
		if exc != nil {
			return nil, exc
		}
		s, ok := strArgOf(r)
		if !ok {
			return nil, Errorf(TypeErrorType, "decoder should return a string result, not '%s'", TypeOf(r).name)
		}
		out = s.s
	} else {
		s, ok := strArgOf(input)
		if !ok {
			return nil, Errorf(TypeErrorType, "decoder should return a string result, not '%s'", TypeOf(input).name)
		}
		out = s.s
	}
	d.mu.Lock()
	out = d.process(out, final)
	d.mu.Unlock()
	return NewStr(out), nil
}

func initNLDecoder() {
	D := IncrementalNewlineDecoderType
	D.dict.SetStr("__doc__", NewStr("Codec used when reading a file in universal newlines mode.\n\nIt wraps another incremental decoder, translating \\r\\n and \\r into \\n.\nIt also records the types of newlines encountered.  When used with\ntranslate=False, it ensures that the newline sequence is returned in\none piece. When used with decoder=None, it expects unicode strings as\ndecode input and translates newlines without first invoking an external\ndecoder."))
	DefStatic(D, "__new__", ioNewFn(D, func() Object { return &nlDecoder{} }))
	defIO(D, "__init__", func(t *Thread, d *nlDecoder, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		var decoder, translate, errors Object = nil, nil, NewStr("strict")
		if exc := ParseArgs("IncrementalNewlineDecoder", args, kw, []string{"decoder", "translate", "errors?"}, &decoder, &translate, &errors); exc != nil {
			return nil, exc
		}
		tr, exc := IsTrue(t, translate)
		if exc != nil {
			return nil, exc
		}
		d.decoder, d.translate, d.pendingCR, d.seennl, d.ok = decoder, tr, false, 0, true
		if d.decoder == None {
			d.decoder = nil
		}
		return None, nil
	})
	check := func(d *nlDecoder) *BaseException {
		if !d.ok {
			return NewError(ValueErrorType, "IncrementalNewlineDecoder.__init__() not called")
		}
		return nil
	}
	defIO(D, "decode", func(t *Thread, d *nlDecoder, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := check(d); exc != nil {
			return nil, exc
		}
		var input, final Object = nil, False
		if exc := ParseArgs("decode", args, kw, []string{"input", "final?"}, &input, &final); exc != nil {
			return nil, exc
		}
		f, exc := IsTrue(t, final)
		if exc != nil {
			return nil, exc
		}
		return d.decode(t, input, f)
	})
	defIO(D, "getstate", func(t *Thread, d *nlDecoder, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := check(d); exc != nil {
			return nil, exc
		}
		var buf Object = NewBytes(nil)
		var flag int64
		if d.decoder != nil {
			st, exc := CallMethod(t, d.decoder, ioStrGetstate, nil, nil)
			if exc != nil {
				return nil, exc
			}
			tup, ok := st.(*Tuple)
			if !ok || len(tup.items) != 2 {
				return nil, NewError(TypeErrorType, "illegal decoder state")
			}
			buf = tup.items[0]
			f, exc := ioIntArg(t, tup.items[1])
			if exc != nil {
				return nil, exc
			}
			flag = f
		}
		flag <<= 1
		if d.pendingCR {
			flag |= 1
		}
		return NewTuple(buf, MakeInt(flag)), nil
	})
	defIO(D, "setstate", func(t *Thread, d *nlDecoder, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := check(d); exc != nil {
			return nil, exc
		}
		if exc := ioArgs("setstate", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		tup, ok := args[0].(*Tuple)
		if !ok {
			return nil, NewError(TypeErrorType, "state argument must be a tuple")
		}
		if len(tup.items) != 2 {
			return nil, NewError(TypeErrorType, "state argument must be a tuple of 2 items")
		}
		flag, exc := ioIntArg(t, tup.items[1])
		if exc != nil {
			return nil, exc
		}
		d.pendingCR = flag&1 != 0
		if d.decoder != nil {
			return CallMethod(t, d.decoder, ioStrSetstate, []Object{NewTuple(tup.items[0], MakeInt(flag>>1))}, nil)
		}
		return None, nil
	})
	defIO(D, "reset", func(t *Thread, d *nlDecoder, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := check(d); exc != nil {
			return nil, exc
		}
		d.seennl, d.pendingCR = 0, false
		if d.decoder != nil {
			return CallMethod(t, d.decoder, ioStrReset, nil, nil)
		}
		return None, nil
	})
	defIOGet(D, "newlines", func(t *Thread, d *nlDecoder, self Object) (Object, *BaseException) {
		if exc := check(d); exc != nil {
			return nil, exc
		}
		return newlinesObj(d.seennl), nil
	}, nil)
}

// ---- StringIO ----

// stringIO is the state of _io.StringIO. While only appends happen the
// text accumulates as WTF-8; the first random access realises it as code
// points.
type stringIO struct {
	mu             sync.Mutex
	acc            []byte
	accN           int
	accMode        bool
	buf            []rune
	pos            int
	ok             bool
	closed         bool
	readuniversal  bool
	readtranslate  bool
	readnl         string
	writenl        string
	dec            *nlDecoder
}

// StringIOType is _io.StringIO.
var StringIOType = newIOType("StringIO", TextIOBaseType)

// Type implements Object.
func (*stringIO) Type() *Type { return StringIOType }

func (s *stringIO) length() int {
	if s.accMode {
		return s.accN
	}
	return len(s.buf)
}

func (s *stringIO) realize() {
	if s.accMode {
		s.buf = decodeWTF8(string(s.acc))
		s.acc, s.accN, s.accMode = nil, 0, false
	}
}

func (s *stringIO) check() *BaseException {
	if !s.ok {
		return NewError(ValueErrorType, "I/O operation on uninitialized object")
	}
	if s.closed {
		return NewError(ValueErrorType, "I/O operation on closed file")
	}
	return nil
}

func (s *stringIO) value() string {
	if s.accMode {
		return string(s.acc)
	}
	return encodeWTF8(s.buf)
}

// writeText stores already-translated text at the current position.
func (s *stringIO) writeText(text string) {
	if text == "" {
		return
	}
	if s.accMode && s.pos == s.accN {
		s.acc = append(s.acc, text...)
		n := runeCountWTF8(text)
		s.accN += n
		s.pos += n
		return
	}
	s.realize()
	rs := decodeWTF8(text)
	if s.pos > len(s.buf) {
		s.buf = append(s.buf, make([]rune, s.pos-len(s.buf))...)
	}
	end := s.pos + len(rs)
	if end > len(s.buf) {
		s.buf = append(s.buf, make([]rune, end-len(s.buf))...)
	}
	copy(s.buf[s.pos:], rs)
	s.pos = end
}

func (s *stringIO) write(text string) {
	if s.dec != nil {
		text = s.dec.process(text, true)
	}
	if s.writenl != "" && s.writenl != "\n" && strings.IndexByte(text, '\n') >= 0 {
		text = strings.ReplaceAll(text, "\n", s.writenl)
	}
	s.writeText(text)
}

func (s *stringIO) read(n int) string {
	s.realize()
	if s.pos >= len(s.buf) {
		return ""
	}
	end := len(s.buf)
	if n >= 0 && s.pos+n < end {
		end = s.pos + n
	}
	out := encodeWTF8(s.buf[s.pos:end])
	s.pos = end
	return out
}

func (s *stringIO) readline(limit int) string {
	s.realize()
	if s.pos >= len(s.buf) {
		return ""
	}
	start := s.pos
	rs := s.buf[start:]
	if limit >= 0 && limit < len(rs) {
		rs = rs[:limit]
	}
	end := len(rs)
	switch {
	case s.readtranslate:
		for i, r := range rs {
			if r == '\n' {
				end = i + 1
				break
			}
		}
	case s.readuniversal:
		for i, r := range rs {
			if r == '\n' {
				end = i + 1
				break
			}
			if r == '\r' {
				if i+1 < len(rs) && rs[i+1] == '\n' {
					end = i + 2
				} else {
					end = i + 1
				}
				break
			}
		}
	default:
		nl := []rune(s.readnl)
		for i := range rs {
			if i+len(nl) <= len(rs) && string(rs[i:i+len(nl)]) == s.readnl {
				end = i + len(nl)
				break
			}
		}
	}
	s.pos = start + end
	return encodeWTF8(rs[:end])
}

func stringIOInit(t *Thread, s *stringIO, args []Object, kw []*Str) (Object, *BaseException) {
	var value, newline Object = None, NewStr("\n")
	if exc := ParseArgs("StringIO", args, kw, []string{"initial_value?", "newline?"}, &value, &newline); exc != nil {
		return nil, exc
	}
	nl := ""
	hasNL := false
	if newline != None {
		ns, ok := strArgOf(newline)
		if !ok {
			return nil, Errorf(TypeErrorType, "newline must be str or None, not %s", TypeOf(newline).name)
		}
		switch ns.s {
		case "", "\n", "\r", "\r\n":
		default:
			r, _ := Repr(t, ns)
			return nil, Errorf(ValueErrorType, "illegal newline value: %s", r.s)
		}
		nl, hasNL = ns.s, true
	}
	var init *Str
	if value != None {
		v, ok := strArgOf(value)
		if !ok {
			return nil, Errorf(TypeErrorType, "initial_value must be str or None, not %s", TypeOf(value).name)
		}
		init = v
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.ok = false
	s.readuniversal = !hasNL || nl == ""
	s.readtranslate = !hasNL
	s.readnl, s.writenl = "", ""
	if hasNL && nl != "" {
		s.readnl = nl
		s.writenl = nl
	}
	s.dec = nil
	if s.readuniversal {
		s.dec = &nlDecoder{translate: s.readtranslate, ok: true}
	}
	s.acc, s.accN, s.accMode, s.buf, s.pos = nil, 0, true, nil, 0
	s.closed = false
	if init != nil && init.s != "" {
		s.write(init.s)
		s.pos = 0
		s.realize()
	}
	s.ok = true
	return None, nil
}

func initStringIO() {
	S := StringIOType
	S.dict.SetStr("__doc__", NewStr("Text I/O implementation using an in-memory buffer.\n\nThe initial_value argument sets the value of object.  The newline\nargument is like the one of TextIOWrapper's constructor."))
	DefStatic(S, "__new__", ioNewFn(S, func() Object { return &stringIO{accMode: true} }))
	defIO(S, "__init__", func(t *Thread, s *stringIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		return stringIOInit(t, s, args, kw)
	})
	def := func(name string, minN, maxN int, fn func(t *Thread, s *stringIO, self Object, args []Object) (Object, *BaseException)) {
		defIO(S, name, func(t *Thread, s *stringIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := ioArgs(name, args, kw, minN, maxN); exc != nil {
				return nil, exc
			}
			s.mu.Lock()
			defer s.mu.Unlock()
			if exc := s.check(); exc != nil {
				return nil, exc
			}
			return fn(t, s, self, args)
		})
	}
	def("getvalue", 0, 0, func(t *Thread, s *stringIO, self Object, args []Object) (Object, *BaseException) {
		return NewStr(s.value()), nil
	})
	def("read", 0, 1, func(t *Thread, s *stringIO, self Object, args []Object) (Object, *BaseException) {
		n, exc := ioSizeArg(t, ioOptArg(args, 0, None))
		if exc != nil {
			return nil, exc
		}
		if n < 0 && s.accMode && s.pos == 0 {
			v := string(s.acc)
			s.realize()
			s.pos = len(s.buf)
			return NewStr(v), nil
		}
		return NewStr(s.read(n)), nil
	})
	def("readline", 0, 1, func(t *Thread, s *stringIO, self Object, args []Object) (Object, *BaseException) {
		n, exc := ioSizeArg(t, ioOptArg(args, 0, None))
		if exc != nil {
			return nil, exc
		}
		return NewStr(s.readline(n)), nil
	})
	defIO(S, "write", func(t *Thread, s *stringIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ioArgs("write", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		str, ok := strArgOf(args[0])
		if !ok {
			return nil, Errorf(TypeErrorType, "string argument expected, got '%s'", TypeOf(args[0]).name)
		}
		s.mu.Lock()
		defer s.mu.Unlock()
		if exc := s.check(); exc != nil {
			return nil, exc
		}
		s.write(str.s)
		return MakeInt(int64(str.Len())), nil
	})
	def("tell", 0, 0, func(t *Thread, s *stringIO, self Object, args []Object) (Object, *BaseException) {
		return MakeInt(int64(s.pos)), nil
	})
	def("seek", 1, 2, func(t *Thread, s *stringIO, self Object, args []Object) (Object, *BaseException) {
		pos, exc := ioIntArg(t, args[0])
		if exc != nil {
			return nil, exc
		}
		whence := int64(0)
		if len(args) > 1 {
			if whence, exc = ioIntArg(t, args[1]); exc != nil {
				return nil, exc
			}
		}
		switch {
		case whence != 0 && whence != 1 && whence != 2:
			return nil, Errorf(ValueErrorType, "Invalid whence (%d, should be 0, 1 or 2)", whence)
		case pos < 0 && whence == 0:
			return nil, Errorf(ValueErrorType, "Negative seek position %d", pos)
		case whence != 0 && pos != 0:
			return nil, NewError(OSErrorType, "Can't do nonzero cur-relative seeks")
		}
		switch whence {
		case 1:
			pos = int64(s.pos)
		case 2:
			pos = int64(s.length())
		}
		if int(pos) != s.length() || !s.accMode {
			s.realize()
		}
		s.pos = int(pos)
		return MakeInt(pos), nil
	})
	def("truncate", 0, 1, func(t *Thread, s *stringIO, self Object, args []Object) (Object, *BaseException) {
		size := int64(s.pos)
		if len(args) > 0 && args[0] != None {
			n, exc := ioIntArg(t, args[0])
			if exc != nil {
				return nil, exc
			}
			if n < 0 {
				return nil, Errorf(ValueErrorType, "Negative size value %d", n)
			}
			size = n
		}
		if int(size) < s.length() {
			s.realize()
			s.buf = s.buf[:size]
		}
		return MakeInt(size), nil
	})
	for _, name := range []string{"readable", "writable", "seekable"} {
		def(name, 0, 0, func(t *Thread, s *stringIO, self Object, args []Object) (Object, *BaseException) {
			return True, nil
		})
	}
	defIO(S, "close", func(t *Thread, s *stringIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		s.mu.Lock()
		s.closed = true
		s.acc, s.buf = nil, nil
		s.accN = 0
		s.mu.Unlock()
		return None, nil
	})
	defIOGet(S, "closed", func(t *Thread, s *stringIO, self Object) (Object, *BaseException) {
		if !s.ok {
			return nil, NewError(ValueErrorType, "I/O operation on uninitialized object")
		}
		return Bool(s.closed), nil
	}, nil)
	defIOGet(S, "line_buffering", func(t *Thread, s *stringIO, self Object) (Object, *BaseException) {
		if exc := s.check(); exc != nil {
			return nil, exc
		}
		return False, nil
	}, nil)
	defIOGet(S, "newlines", func(t *Thread, s *stringIO, self Object) (Object, *BaseException) {
		if exc := s.check(); exc != nil {
			return nil, exc
		}
		if s.dec == nil {
			return None, nil
		}
		return newlinesObj(s.dec.seennl), nil
	}, nil)
	defIO(S, "__next__", func(t *Thread, s *stringIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		var line Object
		if TypeOf(self) == StringIOType {
			s.mu.Lock()
			if exc := s.check(); exc != nil {
				s.mu.Unlock()
				return nil, exc
			}
			l := s.readline(-1)
			s.mu.Unlock()
			if l == "" {
				return nil, NewException(StopIterationType)
			}
			return NewStr(l), nil
		}
		line, exc := CallMethod(t, self, ioStrReadline, nil, nil)
		if exc != nil {
			return nil, exc
		}
		ls, ok := strArgOf(line)
		if !ok {
			return nil, Errorf(OSErrorType, "readline() should have returned a str object, not '%s'", TypeOf(line).name)
		}
		if ls.s == "" {
			return nil, NewException(StopIterationType)
		}
		return line, nil
	})
	def("__getstate__", 0, 0, func(t *Thread, s *stringIO, self Object, args []Object) (Object, *BaseException) {
		var nl Object = None
		if !s.readtranslate {
			nl = NewStr(s.readnl)
		}
		var d Object = None
		if dd := dictOf(self); dd != nil && dd.Len() > 0 {
			d = dd.Copy()
		}
		return NewTuple(NewStr(s.value()), nl, MakeInt(int64(s.pos)), d), nil
	})
	defIO(S, "__setstate__", func(t *Thread, s *stringIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ioArgs("__setstate__", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		tup, ok := args[0].(*Tuple)
		if !ok || len(tup.items) < 4 {
			return nil, Errorf(TypeErrorType, "%s.__setstate__ argument should be 4-tuple, got %s", ioTypeName(self), TypeOf(args[0]).name)
		}
		if _, exc := stringIOInit(t, s, []Object{None, tup.items[1]}, nil); exc != nil {
			return nil, exc
		}
		v, _ := strArgOf(tup.items[0])
		s.mu.Lock()
		if v != nil {
			s.realize()
			s.buf = append([]rune(nil), v.Runes()...)
		}
		p, exc := ioIntArg(t, tup.items[2])
		if exc != nil {
			s.mu.Unlock()
			return nil, exc
		}
		s.pos = int(p)
		s.mu.Unlock()
		if d, ok := tup.items[3].(*Dict); ok {
			if dd := dictOf(self); dd != nil {
				keys, vals := d.Items()
				for i, k := range keys {
					dd.SetItem(t, k, vals[i])
				}
			}
		}
		return None, nil
	})
}

// ---- BytesIO ----

// bytesIO is the state of _io.BytesIO.
type bytesIO struct {
	mu     sync.Mutex
	buf    []byte
	pos    int
	closed bool
	ok     bool
	// exports are the live memoryviews getbuffer() made (io_bytesio_exports.go).
	exports viewExports
}

// BytesIOType is _io.BytesIO.
var BytesIOType = newIOType("BytesIO", BufferedIOBaseType)

// Type implements Object.
func (*bytesIO) Type() *Type { return BytesIOType }

func (b *bytesIO) check() *BaseException {
	if b.closed {
		return NewError(ValueErrorType, "I/O operation on closed file.")
	}
	return nil
}

func (b *bytesIO) read(n int) []byte {
	if b.pos >= len(b.buf) {
		return []byte{}
	}
	end := len(b.buf)
	if n >= 0 && b.pos+n < end {
		end = b.pos + n
	}
	out := append([]byte(nil), b.buf[b.pos:end]...)
	b.pos = end
	return out
}

func (b *bytesIO) readline(limit int) []byte {
	if b.pos >= len(b.buf) {
		return []byte{}
	}
	rest := b.buf[b.pos:]
	if limit >= 0 && limit < len(rest) {
		rest = rest[:limit]
	}
	end := len(rest)
	if i := bytes.IndexByte(rest, '\n'); i >= 0 {
		end = i + 1
	}
	out := append([]byte(nil), rest[:end]...)
	b.pos += end
	return out
}

func (b *bytesIO) write(data []byte) {
	if len(data) == 0 {
		return
	}
	end := b.pos + len(data)
	if end > len(b.buf) {
		if end > cap(b.buf) {
			nb := make([]byte, len(b.buf), max(end, 2*cap(b.buf)))
			copy(nb, b.buf)
			b.buf = nb
		}
		old := len(b.buf)
		b.buf = b.buf[:end]
		if b.pos > old {
			clear(b.buf[old:b.pos])
		}
	}
	copy(b.buf[b.pos:], data)
	b.pos = end
}

func initBytesIO() {
	B := BytesIOType
	B.dict.SetStr("__doc__", NewStr("Buffered I/O implementation using an in-memory bytes buffer."))
	DefStatic(B, "__new__", ioNewFn(B, func() Object { return &bytesIO{ok: true} }))
	defIO(B, "__init__", func(t *Thread, b *bytesIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		var initial Object = None
		if exc := ParseArgs("BytesIO", args, kw, []string{"initial_bytes?"}, &initial); exc != nil {
			return nil, exc
		}
		var data []byte
		if initial != None {
			d, exc := bytesArg(t, initial)
			if exc != nil {
				return nil, exc
			}
			data = d
		}
		b.mu.Lock()
		b.buf = append([]byte(nil), data...)
		b.pos = 0
		b.closed = false
		b.ok = true
		b.mu.Unlock()
		return None, nil
	})
	def := func(name string, minN, maxN int, fn func(t *Thread, b *bytesIO, self Object, args []Object) (Object, *BaseException)) {
		defIO(B, name, func(t *Thread, b *bytesIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := ioArgs(name, args, kw, minN, maxN); exc != nil {
				return nil, exc
			}
			b.mu.Lock()
			defer b.mu.Unlock()
			if exc := b.check(); exc != nil {
				return nil, exc
			}
			return fn(t, b, self, args)
		})
	}
	def("getvalue", 0, 0, func(t *Thread, b *bytesIO, self Object, args []Object) (Object, *BaseException) {
		return NewBytes(append([]byte(nil), b.buf...)), nil
	})
	def("getbuffer", 0, 0, func(t *Thread, b *bytesIO, self Object, args []Object) (Object, *BaseException) {
		return b.exportView(), nil
	})
	for _, name := range []string{"read", "read1"} {
		def(name, 0, 1, func(t *Thread, b *bytesIO, self Object, args []Object) (Object, *BaseException) {
			n, exc := ioSizeArg(t, ioOptArg(args, 0, None))
			if exc != nil {
				return nil, exc
			}
			return NewBytes(b.read(n)), nil
		})
	}
	def("readline", 0, 1, func(t *Thread, b *bytesIO, self Object, args []Object) (Object, *BaseException) {
		n, exc := ioSizeArg(t, ioOptArg(args, 0, None))
		if exc != nil {
			return nil, exc
		}
		return NewBytes(b.readline(n)), nil
	})
	def("readlines", 0, 1, func(t *Thread, b *bytesIO, self Object, args []Object) (Object, *BaseException) {
		hint, exc := ioSizeArg(t, ioOptArg(args, 0, None))
		if exc != nil {
			return nil, exc
		}
		out := NewList()
		total := 0
		for {
			line := b.readline(-1)
			if len(line) == 0 {
				break
			}
			out.Append(NewBytes(line))
			total += len(line)
			if hint > 0 && total >= hint {
				break
			}
		}
		return out, nil
	})
	defIO(B, "readinto", func(t *Thread, b *bytesIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ioArgs("readinto", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		n, exc := writableLen(t, args[0])
		if exc != nil {
			return nil, exc
		}
		b.mu.Lock()
		if exc := b.check(); exc != nil {
			b.mu.Unlock()
			return nil, exc
		}
		data := b.read(n)
		b.mu.Unlock()
		if exc := fillBuffer(t, args[0], data); exc != nil {
			return nil, exc
		}
		return MakeInt(int64(len(data))), nil
	})
	defIO(B, "write", func(t *Thread, b *bytesIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ioArgs("write", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		b.mu.Lock()
		closed := b.closed
		b.mu.Unlock()
		if closed {
			return nil, NewError(ValueErrorType, "I/O operation on closed file.")
		}
		data, exc := bytesArg(t, args[0])
		if exc != nil {
			return nil, exc
		}
		b.mu.Lock()
		defer b.mu.Unlock()
		if exc := b.check(); exc != nil {
			return nil, exc
		}
		if exc := b.checkExports(); exc != nil {
			return nil, exc
		}
		b.write(data)
		return MakeInt(int64(len(data))), nil
	})
	defIO(B, "writelines", func(t *Thread, b *bytesIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ioArgs("writelines", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		if b.closed {
			return nil, NewError(ValueErrorType, "I/O operation on closed file.")
		}
		return None, ForEach(t, args[0], func(line Object) (bool, *BaseException) {
			data, exc := bytesArg(t, line)
			if exc != nil {
				return false, exc
			}
			b.mu.Lock()
			defer b.mu.Unlock()
			if exc := b.check(); exc != nil {
				return false, exc
			}
			if exc := b.checkExports(); exc != nil {
				return false, exc
			}
			b.write(data)
			return true, nil
		})
	})
	def("tell", 0, 0, func(t *Thread, b *bytesIO, self Object, args []Object) (Object, *BaseException) {
		return MakeInt(int64(b.pos)), nil
	})
	def("seek", 1, 2, func(t *Thread, b *bytesIO, self Object, args []Object) (Object, *BaseException) {
		pos, exc := ioIntArg(t, args[0])
		if exc != nil {
			return nil, exc
		}
		whence := int64(0)
		if len(args) > 1 {
			if whence, exc = ioIntArg(t, args[1]); exc != nil {
				return nil, exc
			}
		}
		switch whence {
		case 0:
			if pos < 0 {
				return nil, Errorf(ValueErrorType, "negative seek value %d", pos)
			}
		case 1:
			pos += int64(b.pos)
		case 2:
			pos += int64(len(b.buf))
		default:
			return nil, Errorf(ValueErrorType, "invalid whence (%d, should be 0, 1 or 2)", whence)
		}
		if pos < 0 {
			pos = 0
		}
		b.pos = int(pos)
		return MakeInt(pos), nil
	})
	def("truncate", 0, 1, func(t *Thread, b *bytesIO, self Object, args []Object) (Object, *BaseException) {
		if exc := b.checkExports(); exc != nil {
			return nil, exc
		}
		size := int64(b.pos)
		if len(args) > 0 && args[0] != None {
			n, exc := ioIntArg(t, args[0])
			if exc != nil {
				return nil, exc
			}
			if n < 0 {
				return nil, Errorf(ValueErrorType, "negative size value %d", n)
			}
			size = n
		}
		if int(size) < len(b.buf) {
			b.buf = b.buf[:size]
		}
		return MakeInt(size), nil
	})
	for _, name := range []string{"readable", "writable", "seekable"} {
		def(name, 0, 0, func(t *Thread, b *bytesIO, self Object, args []Object) (Object, *BaseException) {
			return True, nil
		})
	}
	def("isatty", 0, 0, func(t *Thread, b *bytesIO, self Object, args []Object) (Object, *BaseException) {
		return False, nil
	})
	def("flush", 0, 0, func(t *Thread, b *bytesIO, self Object, args []Object) (Object, *BaseException) {
		return None, nil
	})
	defIO(B, "close", func(t *Thread, b *bytesIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		b.mu.Lock()
		if exc := b.checkExports(); exc != nil {
			b.mu.Unlock()
			return nil, exc
		}
		b.closed = true
		b.buf = nil
		b.mu.Unlock()
		return None, nil
	})
	defIOGet(B, "closed", func(t *Thread, b *bytesIO, self Object) (Object, *BaseException) {
		return Bool(b.closed), nil
	}, nil)
	def("__iter__", 0, 0, func(t *Thread, b *bytesIO, self Object, args []Object) (Object, *BaseException) {
		return self, nil
	})
	defIO(B, "__next__", func(t *Thread, b *bytesIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if TypeOf(self) == BytesIOType {
			b.mu.Lock()
			if exc := b.check(); exc != nil {
				b.mu.Unlock()
				return nil, exc
			}
			line := b.readline(-1)
			b.mu.Unlock()
			if len(line) == 0 {
				return nil, NewException(StopIterationType)
			}
			return NewBytes(line), nil
		}
		line, exc := CallMethod(t, self, ioStrReadline, nil, nil)
		if exc != nil {
			return nil, exc
		}
		n, exc := Len(t, line)
		if exc != nil {
			return nil, exc
		}
		if n == 0 {
			return nil, NewException(StopIterationType)
		}
		return line, nil
	})
	def("__getstate__", 0, 0, func(t *Thread, b *bytesIO, self Object, args []Object) (Object, *BaseException) {
		var d Object = None
		if dd := dictOf(self); dd != nil && dd.Len() > 0 {
			d = dd.Copy()
		}
		return NewTuple(NewBytes(append([]byte(nil), b.buf...)), MakeInt(int64(b.pos)), d), nil
	})
	defIO(B, "__setstate__", func(t *Thread, b *bytesIO, self Object, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ioArgs("__setstate__", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		tup, ok := args[0].(*Tuple)
		if !ok || len(tup.items) < 3 {
			return nil, Errorf(TypeErrorType, "%s.__setstate__ argument should be 3-tuple, got %s", ioTypeName(self), TypeOf(args[0]).name)
		}
		data, exc := bytesArg(t, tup.items[0])
		if exc != nil {
			return nil, exc
		}
		p, exc := ioIntArg(t, tup.items[1])
		if exc != nil {
			return nil, exc
		}
		b.mu.Lock()
		if exc := b.checkExports(); exc != nil {
			b.mu.Unlock()
			return nil, exc
		}
		b.buf = append([]byte(nil), data...)
		b.pos = int(p)
		b.mu.Unlock()
		if d, ok := tup.items[2].(*Dict); ok {
			if dd := dictOf(self); dd != nil {
				keys, vals := d.Items()
				for i, k := range keys {
					dd.SetItem(t, k, vals[i])
				}
			}
		}
		return None, nil
	})
}

func init() {
	initNLDecoder()
	initStringIO()
	initBytesIO()
}
