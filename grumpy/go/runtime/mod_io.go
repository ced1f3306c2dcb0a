package runtime

// The _io module: the abstract bases (_IOBase, _RawIOBase,
// _BufferedIOBase, _TextIOBase), open(), text_encoding() and open_code().
// The concrete classes live in io_fileio.go, io_buffered.go, io_text.go and
// io_memory.go.

// ioDefaultBufferSize is io.DEFAULT_BUFFER_SIZE.
const ioDefaultBufferSize = 8192

var (
	IOBaseType         = newIOType("_IOBase", ObjectType)
	RawIOBaseType      = newIOType("_RawIOBase", IOBaseType)
	BufferedIOBaseType = newIOType("_BufferedIOBase", IOBaseType)
	TextIOBaseType     = newIOType("_TextIOBase", IOBaseType)
)

func init() {
	RegisterModule(&ModuleSpec{Name: "_io", Native: initIO})
	initIOBase()
	DefMethod(BufferedRWPairType, "__getstate__", ioCannotPickle)
	DefMethod(TextIOWrapperType, "__getstate__", ioCannotPickle)
	// CPython's _io module is named "io": its functions say so.
	ioOpenBuiltin.module = "io"
}

func initIO(t *Thread, m *Module) *BaseException {
	d := m.dict
	d.SetStr("DEFAULT_BUFFER_SIZE", MakeInt(ioDefaultBufferSize))
	uo := UnsupportedOperationType()
	// io.py does `UnsupportedOperation.__module__ = "io"`: a heap type in CPython.
	uo.builtin = false
	d.SetStr("UnsupportedOperation", uo)
	d.SetStr("BlockingIOError", BlockingIOErrorType)
	for _, typ := range []*Type{IOBaseType, RawIOBaseType, BufferedIOBaseType, TextIOBaseType, FileIOType,
		BytesIOType, StringIOType, BufferedReaderType, BufferedWriterType, BufferedRandomType,
		BufferedRWPairType, TextIOWrapperType, IncrementalNewlineDecoderType} {
		d.SetStr(typ.name, typ)
	}
	d.SetStr("open", ioOpenBuiltin)
	d.SetStr("open_code", ioFunc("open_code", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		var path Object
		if exc := ParseArgs("open_code", args, kw, []string{"path"}, &path); exc != nil {
			return nil, exc
		}
		if _, ok := strArgOf(path); !ok {
			return nil, Errorf(TypeErrorType, "open_code() argument 'path' must be str, not %s", TypeOf(path).name)
		}
		return ioOpen(t, path, "rb", -1, None, None, None, true, None)
	}))
	d.SetStr("text_encoding", ioFunc("text_encoding", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ioArgs("text_encoding", args, kw, 1, 2); exc != nil {
			return nil, exc
		}
		if args[0] != None {
			return args[0], nil
		}
		if flagWarnDefaultEncoding.Load() {
			level := int64(2)
			if len(args) > 1 {
				l, exc := ioIntArg(t, args[1])
				if exc != nil {
					return nil, exc
				}
				level = l
			}
			if exc := warnCategory(t, EncodingWarningType, "'encoding' argument not specified", int(level)); exc != nil {
				return nil, exc
			}
		}
		if flagUTF8Mode.Load() {
			return NewStr("utf-8"), nil
		}
		return NewStr("locale"), nil
	}))
	return nil
}

// ioFunc makes a function of the _io module.
func ioFunc(name string, fn BuiltinFn) *Builtin {
	b := NewBuiltin(name, fn)
	b.module = "io"
	return b
}

// ioCannotPickle is the __getstate__ of the io objects that wrap an OS
// resource: pickling and copying them is refused.
func ioCannotPickle(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
	if len(args) == 0 {
		return nil, NewError(TypeErrorType, "__getstate__() needs an argument")
	}
	return nil, Errorf(TypeErrorType, "cannot pickle '%s' object", ioTypeName(args[0]))
}

// ioCheckClosed is _IOBase._checkClosed through the (overridable) closed attribute.
func ioCheckClosed(t *Thread, self Object) *BaseException {
	closed, exc := ioGetBool(t, self, ioStrClosed)
	if exc != nil {
		return exc
	}
	if closed {
		return NewError(ValueErrorType, "I/O operation on closed file.")
	}
	return nil
}

func ioUnsupported(msg string) *BaseException {
	return NewError(UnsupportedOperationType(), msg)
}

func iobaseIsClosed(self Object) bool {
	if d := dictOf(self); d != nil {
		if v := d.getStr(ioStrIOBaseClsd); v != nil {
			b, _ := IsTrue(nil, v)
			return b
		}
	}
	return false
}

// iobaseReadline is _IOBase.readline: peek() when the object has it,
// otherwise read(1) until a newline.
func iobaseReadline(t *Thread, self Object, limit int) (Object, *BaseException) {
	peek, exc := GetAttr(t, self, ioStrPeek)
	hasPeek := exc == nil
	if exc != nil && !exc.IsInstanceOf(AttributeErrorType) {
		return nil, exc
	}
	var out []byte
	for limit < 0 || len(out) < limit {
		nreadahead := 1
		if hasPeek {
			r, exc := Call1(t, peek, MakeInt(1))
			if exc != nil {
				return nil, exc
			}
			b, ok, exc := bytesOf(t, r)
			if exc != nil {
				return nil, exc
			}
			if !ok {
				return nil, Errorf(OSErrorType, "peek() should have returned a bytes object, not '%s'", TypeOf(r).name)
			}
			if len(b) > 0 {
				n := 0
				for n < len(b) && (limit < 0 || n < limit-len(out)) {
					n++
					if b[n-1] == '\n' {
						break
					}
				}
				nreadahead = n
			}
		}
		r, exc := Call1(t, mustAttr(t, self, ioStrRead), MakeInt(int64(nreadahead)))
		if exc != nil {
			return nil, exc
		}
		if r == None {
			break
		}
		b, ok, exc := bytesOf(t, r)
		if exc != nil {
			return nil, exc
		}
		if !ok {
			return nil, Errorf(OSErrorType, "read() should have returned a bytes object, not '%s'", TypeOf(r).name)
		}
		if len(b) == 0 {
			break
		}
		out = append(out, b...)
		if out[len(out)-1] == '\n' {
			break
		}
	}
	return NewBytes(out), nil
}

func mustAttr(t *Thread, o Object, name *Str) Object {
	v, exc := GetAttr(t, o, name)
	if exc != nil {
		return NewBuiltin(name.s, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			return nil, exc
		})
	}
	return v
}

// iobaseReadlines is _IOBase.readlines(hint) over the iterator protocol.
func iobaseReadlines(t *Thread, self Object, hint int) (Object, *BaseException) {
	out := NewList()
	if hint <= 0 {
		exc := ForEach(t, self, func(line Object) (bool, *BaseException) {
			out.Append(line)
			return true, nil
		})
		return out, exc
	}
	total := 0
	exc := ForEach(t, self, func(line Object) (bool, *BaseException) {
		out.Append(line)
		n, exc := Len(t, line)
		if exc != nil {
			return false, exc
		}
		total += n
		return total < hint, nil
	})
	return out, exc
}

func initIOBase() {
	B := IOBaseType
	B.dict.SetStr("__doc__", NewStr("The abstract base class for all I/O classes."))
	RawIOBaseType.dict.SetStr("__doc__", NewStr("Base class for raw binary I/O."))
	BufferedIOBaseType.dict.SetStr("__doc__", NewStr("Base class for buffered IO objects."))
	TextIOBaseType.dict.SetStr("__doc__", NewStr("Base class for text I/O."))
	unsupported := func(name string) {
		DefMethod(B, name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			return nil, ioUnsupported(name)
		})
	}
	unsupported("seek")
	unsupported("truncate")
	unsupported("fileno")
	DefMethod(B, "tell", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return CallMethod(t, args[0], ioStrSeek, []Object{MakeInt(0), MakeInt(1)}, nil)
	})
	for _, name := range []string{"seekable", "readable", "writable"} {
		DefMethod(B, name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			return False, nil
		})
	}
	DefMethod(B, "isatty", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ioCheckClosed(t, args[0]); exc != nil {
			return nil, exc
		}
		return False, nil
	})
	DefMethod(B, "flush", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ioCheckClosed(t, args[0]); exc != nil {
			return nil, exc
		}
		return None, nil
	})
	DefMethod(B, "close", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		self := args[0]
		closed, exc := ioGetBool(t, self, ioStrClosed)
		if exc != nil {
			return nil, exc
		}
		if closed {
			return None, nil
		}
		_, fexc := CallMethod(t, self, ioStrFlush, nil, nil)
		if d := dictOf(self); d != nil {
			d.SetItemStr(ioStrIOBaseClsd, True)
		}
		if fexc != nil {
			return nil, fexc
		}
		return None, nil
	})
	defGetSet(B, "closed", func(t *Thread, o Object) (Object, *BaseException) {
		return Bool(iobaseIsClosed(o)), nil
	}, nil)
	DefMethod(B, "_checkClosed", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return None, ioCheckClosed(t, args[0])
	})
	check := func(name, attr, msg string) {
		DefMethod(B, name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			ok, exc := ioCallBool(t, args[0], InternStr(attr))
			if exc != nil {
				return nil, exc
			}
			if !ok {
				return nil, ioUnsupported(msg)
			}
			return True, nil
		})
	}
	check("_checkSeekable", "seekable", "File or stream is not seekable.")
	check("_checkReadable", "readable", "File or stream is not readable.")
	check("_checkWritable", "writable", "File or stream is not writable.")
	DefMethod(B, "__enter__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ioCheckClosed(t, args[0]); exc != nil {
			return nil, exc
		}
		return args[0], nil
	})
	DefMethod(B, "__exit__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return CallMethod(t, args[0], ioStrClose, nil, nil)
	})
	DefMethod(B, "__iter__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ioCheckClosed(t, args[0]); exc != nil {
			return nil, exc
		}
		return args[0], nil
	})
	DefMethod(B, "__next__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		line, exc := CallMethod(t, args[0], ioStrReadline, nil, nil)
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
	DefMethod(B, "readline", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ioArgs("readline", args[1:], kw, 0, 1); exc != nil {
			return nil, exc
		}
		limit, exc := ioSizeArg(t, ioOptArg(args, 1, None))
		if exc != nil {
			return nil, exc
		}
		return iobaseReadline(t, args[0], limit)
	})
	DefMethod(B, "readlines", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ioArgs("readlines", args[1:], kw, 0, 1); exc != nil {
			return nil, exc
		}
		hint, exc := ioSizeArg(t, ioOptArg(args, 1, None))
		if exc != nil {
			return nil, exc
		}
		return iobaseReadlines(t, args[0], hint)
	})
	DefMethod(B, "writelines", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ioArgs("writelines", args[1:], kw, 1, 1); exc != nil {
			return nil, exc
		}
		self := args[0]
		if exc := ioCheckClosed(t, self); exc != nil {
			return nil, exc
		}
		return None, ForEach(t, args[1], func(line Object) (bool, *BaseException) {
			_, exc := CallMethod(t, self, ioStrWrite, []Object{line}, nil)
			return exc == nil, exc
		})
	})
	defIOBaseDel(B) // io_iobase_del.go

	R := RawIOBaseType
	DefMethod(R, "read", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ioArgs("read", args[1:], kw, 0, 1); exc != nil {
			return nil, exc
		}
		n, exc := ioSizeArg(t, ioOptArg(args, 1, None))
		if exc != nil {
			return nil, exc
		}
		self := args[0]
		if n < 0 {
			return CallMethod(t, self, ioStrReadall, nil, nil)
		}
		buf, exc := newByteArrayObj(t, n)
		if exc != nil {
			return nil, exc
		}
		r, exc := CallMethod(t, self, ioStrReadinto, []Object{buf}, nil)
		if exc != nil || r == None {
			return r, exc
		}
		got, exc := ioIntArg(t, r)
		if exc != nil {
			return nil, exc
		}
		if got < 0 || int(got) > n {
			return nil, Errorf(ValueErrorType, "readinto returned %d outside buffer size %d", got, n)
		}
		data, _, exc := bytesOf(t, buf)
		if exc != nil {
			return nil, exc
		}
		return NewBytes(append([]byte(nil), data[:got]...)), nil
	})
	DefMethod(R, "readall", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		var out []byte
		for {
			r, exc := CallMethod(t, args[0], ioStrRead, []Object{MakeInt(ioDefaultBufferSize)}, nil)
			if exc != nil {
				return nil, exc
			}
			if r == None {
				if out == nil {
					return None, nil
				}
				break
			}
			b, ok, exc := bytesOf(t, r)
			if exc != nil {
				return nil, exc
			}
			if !ok {
				return nil, NewError(TypeErrorType, "read() should return bytes")
			}
			if len(b) == 0 {
				break
			}
			out = append(out, b...)
		}
		return NewBytes(out), nil
	})
	for _, name := range []string{"readinto", "write"} {
		DefMethod(R, name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			return nil, NewException(NotImplementedErrorType)
		})
	}

	BB := BufferedIOBaseType
	for _, name := range []string{"read", "read1", "write", "detach"} {
		name := name
		DefMethod(BB, name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			return nil, ioUnsupported(name)
		})
	}
	readinto := func(name string, reader *Str) {
		DefMethod(BB, name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := ioArgs(name, args[1:], kw, 1, 1); exc != nil {
				return nil, exc
			}
			n, exc := writableLen(t, args[1])
			if exc != nil {
				return nil, exc
			}
			r, exc := CallMethod(t, args[0], reader, []Object{MakeInt(int64(n))}, nil)
			if exc != nil {
				return nil, exc
			}
			data, ok, exc := bytesOf(t, r)
			if exc != nil {
				return nil, exc
			}
			if !ok {
				return nil, NewError(TypeErrorType, "read() should return bytes")
			}
			if len(data) > n {
				return nil, Errorf(ValueErrorType, "read() returned too much data: %d bytes requested, %d returned", n, len(data))
			}
			if exc := fillBuffer(t, args[1], data); exc != nil {
				return nil, exc
			}
			return MakeInt(int64(len(data))), nil
		})
	}
	readinto("readinto", ioStrRead)
	readinto("readinto1", ioStrRead1)

	TB := TextIOBaseType
	for _, name := range []string{"read", "readline", "write", "detach"} {
		name := name
		DefMethod(TB, name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			return nil, ioUnsupported(name)
		})
	}
	for _, name := range []string{"encoding", "newlines", "errors"} {
		defGetSet(TB, name, func(t *Thread, o Object) (Object, *BaseException) { return None, nil }, nil)
	}
}

// ---- open() ----

var ioOpenBuiltin = NewBuiltin("open", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
	var file, mode, buffering, encoding, errors, newline, closefd, opener Object = nil, NewStr("r"), MakeInt(-1), None, None, None, True, None
	if exc := ParseArgs("open", args, kw, []string{"file", "mode?", "buffering?", "encoding?", "errors?", "newline?", "closefd?", "opener?"},
		&file, &mode, &buffering, &encoding, &errors, &newline, &closefd, &opener); exc != nil {
		return nil, exc
	}
	ms, ok := strArgOf(mode)
	if !ok {
		return nil, Errorf(TypeErrorType, "open() argument 'mode' must be str, not %s", TypeOf(mode).name)
	}
	buf, exc := ioIntArg(t, buffering)
	if exc != nil {
		return nil, exc
	}
	for _, p := range []struct {
		name string
		v    Object
	}{{"encoding", encoding}, {"errors", errors}, {"newline", newline}} {
		if p.v != None {
			if _, ok := strArgOf(p.v); !ok {
				return nil, Errorf(TypeErrorType, "open() argument '%s' must be str or None, not %s", p.name, TypeOf(p.v).name)
			}
		}
	}
	cfd, exc := IsTrue(t, closefd)
	if exc != nil {
		return nil, exc
	}
	return ioOpen(t, file, ms.s, int(buf), encoding, errors, newline, cfd, opener)
})

// ioOpen is io.open.
func ioOpen(t *Thread, file Object, mode string, buffering int, encoding, errors, newline Object, closefd bool, opener Object) (Object, *BaseException) {
	switch Unwrap(file).(type) {
	case *Str, *Bytes, Int, Bool:
	default:
		p, exc := osFspath(t, file)
		if exc != nil {
			return nil, exc
		}
		file = p
	}
	var creating, reading, writing, appending, updating, text, binary bool
	seen := map[rune]bool{}
	for _, c := range mode {
		if seen[c] {
			return nil, Errorf(ValueErrorType, "invalid mode: '%s'", mode)
		}
		seen[c] = true
		switch c {
		case 'x':
			creating = true
		case 'r':
			reading = true
		case 'w':
			writing = true
		case 'a':
			appending = true
		case '+':
			updating = true
		case 't':
			text = true
		case 'b':
			binary = true
		default:
			return nil, Errorf(ValueErrorType, "invalid mode: '%s'", mode)
		}
	}
	rawmode := ""
	if creating {
		rawmode += "x"
	}
	if reading {
		rawmode += "r"
	}
	if writing {
		rawmode += "w"
	}
	if appending {
		rawmode += "a"
	}
	if updating {
		rawmode += "+"
	}
	if text && binary {
		return nil, NewError(ValueErrorType, "can't have text and binary mode at once")
	}
	n := 0
	for _, b := range []bool{creating, reading, writing, appending} {
		if b {
			n++
		}
	}
	if n > 1 {
		return nil, NewError(ValueErrorType, "must have exactly one of create/read/write/append mode")
	}
	if binary && encoding != None {
		return nil, NewError(ValueErrorType, "binary mode doesn't take an encoding argument")
	}
	if binary && errors != None {
		return nil, NewError(ValueErrorType, "binary mode doesn't take an errors argument")
	}
	if binary && newline != None {
		return nil, NewError(ValueErrorType, "binary mode doesn't take a newline argument")
	}
	if binary && buffering == 1 {
		ioWarn(t, RuntimeWarningType, "line buffering (buffering=1) isn't supported in binary mode, the default buffer size will be used")
	}
	// A bad newline value is TextIOWrapper's error, after the file is
	// opened (a missing file reports FileNotFoundError first).
	if ps, ok := Unwrap(file).(*Str); ok {
		flushUnreachableFiles(t, ps.s)
	}
	raw, exc := Call(t, FileIOType, []Object{file, NewStr(rawmode), Bool(closefd), opener}, []*Str{InternStr("closefd"), InternStr("opener")})
	if exc != nil {
		return nil, exc
	}
	result := raw
	fail := func(exc *BaseException) (Object, *BaseException) {
		if _, e := CallMethod(t, result, ioStrClose, nil, nil); e != nil {
			_ = e
		}
		return nil, exc
	}
	lineBuffering := false
	if buffering == 1 || buffering < 0 {
		isatty := false
		if fio, ok := raw.(*Instance).base.(*fileIO); ok {
			isatty = fio.isatty()
		}
		if buffering == 1 || isatty {
			buffering = -1
			lineBuffering = true
		}
	}
	if buffering < 0 {
		buffering = ioDefaultBufferSize
		if fio, ok := raw.(*Instance).base.(*fileIO); ok && fio.blksize > 1 {
			buffering = int(fio.blksize)
		}
	}
	if buffering == 0 {
		if binary {
			return raw, nil
		}
		return fail(NewError(ValueErrorType, "can't have unbuffered text I/O"))
	}
	var bufType *Type
	switch {
	case updating:
		bufType = BufferedRandomType
	case creating || writing || appending:
		bufType = BufferedWriterType
	default:
		bufType = BufferedReaderType
	}
	buffer, exc := Call(t, bufType, []Object{raw, MakeInt(int64(buffering))}, nil)
	if exc != nil {
		return fail(exc)
	}
	result = buffer
	if binary {
		return buffer, nil
	}
	wrapper, exc := Call(t, TextIOWrapperType, []Object{buffer, encoding, errors, newline, Bool(lineBuffering)}, nil)
	if exc != nil {
		return fail(exc)
	}
	result = wrapper
	if exc := SetAttr(t, wrapper, ioStrMode, NewStr(mode)); exc != nil {
		return fail(exc)
	}
	return wrapper, nil
}

// ioWarn issues a warning through the warnings module when it is available.
func ioWarn(t *Thread, category *Type, msg string) {
	w, exc := ImportModule(t, "warnings")
	if exc != nil {
		return
	}
	if f, exc := GetAttr(t, w, InternStr("warn")); exc == nil {
		Call(t, f, []Object{NewStr(msg), category, MakeInt(2)}, nil)
	}
}
