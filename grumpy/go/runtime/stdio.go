package runtime

import (
	"bufio"
	"io"
	"os"
	"strings"
	"sync"
)

// StdStream is sys.stdin/stdout/stderr before the io module is involved: a
// text stream over a file descriptor, block-buffered when not a terminal
// (as CPython's), line-buffered on a terminal, unbuffered for stderr
// (CPython's stderr is line-buffered; flushing per write keeps the ordering
// with stdout that users see on a terminal).
type StdStream struct {
	mu      sync.Mutex
	name    string
	f       *os.File
	w       *bufio.Writer
	r       *bufio.Reader
	lineBuf bool
	// unbuffered flushes every write: CPython's stdout and stderr under
	// PYTHONUNBUFFERED have no buffer layer, which a process killed before
	// exit (a multiprocessing worker) relies on. writeThrough is the text
	// layer's flag that reconfigure() sets; it alone flushes nothing, as
	// CPython's buffered layer still holds the bytes.
	unbuffered, writeThrough bool
	closed                   bool
	fd      int
	errors  string // the encoding error handler (utf-8 is the encoding)
}

// StdStreamType is the type of the standard streams.
var StdStreamType = finalType(newBuiltinType("TextIOWrapper", ObjectType))

// Type implements Object.
func (*StdStream) Type() *Type { return StdStreamType }

var (
	// Stdout is the process's sys.stdout at start.
	Stdout = newStdStream("<stdout>", os.Stdout, 1)
	// Stderr is sys.stderr at start.
	Stderr = newStdStream("<stderr>", os.Stderr, 2)
	// Stdin is sys.stdin at start.
	Stdin = newStdStream("<stdin>", os.Stdin, 0)
)

func newStdStream(name string, f *os.File, fd int) *StdStream {
	s := &StdStream{name: name, f: f, fd: fd, errors: stdioErrors(fd)}
	if fd == 0 {
		s.r = bufio.NewReader(f)
		return s
	}
	s.w = bufio.NewWriterSize(f, 8192)
	if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
		s.lineBuf = true
	}
	if fd == 2 {
		s.lineBuf = true
	}
	s.unbuffered = os.Getenv("PYTHONUNBUFFERED") != ""
	s.writeThrough = s.unbuffered
	return s
}

// WriteString writes text.
func (s *StdStream) WriteString(str string) *BaseException {
	return s.write(str, stdHasSurrogate(str))
}

// stdHasSurrogate reports whether WTF-8 text holds an encoded lone
// surrogate (ED A0..BF ..).
func stdHasSurrogate(str string) bool {
	for {
		i := strings.IndexByte(str, 0xED)
		if i < 0 || i+1 >= len(str) {
			return false
		}
		if str[i+1] >= 0xA0 {
			return true
		}
		str = str[i+1:]
	}
}

// write writes text; sur says whether it holds lone surrogates.
func (s *StdStream) write(str string, sur bool) *BaseException {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return NewError(ValueErrorType, "I/O operation on closed file.")
	}
	if s.w == nil {
		return NewError(UnsupportedOperationType(), "not writable")
	}
	if sur {
		// Lone surrogates go through the utf-8 codec with the stream's
		// error handler: 'strict' raises UnicodeEncodeError (nothing of
		// this write is output), 'surrogateescape' restores the bytes.
		errors := s.errors
		s.mu.Unlock()
		b, exc := encodeUTF8(NewThread(), NewStr(str), errors)
		s.mu.Lock()
		if exc != nil {
			return exc
		}
		if s.closed {
			return NewError(ValueErrorType, "I/O operation on closed file.")
		}
		s.w.Write(b)
	} else {
		s.w.WriteString(str)
	}
	if s.unbuffered {
		s.w.Flush()
	} else if s.lineBuf {
		for i := len(str) - 1; i >= 0; i-- {
			if str[i] == '\n' {
				s.w.Flush()
				break
			}
		}
	}
	return nil
}

// stdioErrors is CPython's error handler for the standard streams:
// backslashreplace for stderr; for stdin and stdout the errors part of
// PYTHONIOENCODING, else surrogateescape in UTF-8 mode or under the C/POSIX
// locale or a locale CPython coerces it to (C.UTF-8, C.utf8, UTF-8), else
// strict. (Grumpy's streams always use UTF-8.)
func stdioErrors(fd int) string {
	if fd == 2 {
		return "backslashreplace"
	}
	if v := os.Getenv("PYTHONIOENCODING"); v != "" {
		if _, e, ok := strings.Cut(v, ":"); ok && e != "" {
			return e
		}
	}
	if v := os.Getenv("PYTHONUTF8"); v == "1" {
		return "surrogateescape"
	}
	loc := "C"
	for _, v := range []string{"LC_ALL", "LC_CTYPE", "LANG"} {
		if x := os.Getenv(v); x != "" {
			loc = x
			break
		}
	}
	switch loc {
	case "C", "POSIX", "C.UTF-8", "C.utf8", "UTF-8":
		return "surrogateescape"
	}
	return "strict"
}

// StdPrint is print() to a standard stream: the pieces (each str(arg), the
// separators and end) are written in order as CPython's separate write()
// calls, so an argument whose __str__ raises, or that cannot be encoded,
// fails after the preceding pieces were written. Pieces are batched into
// one write when nothing can fail.
func StdPrint(t *Thread, s *StdStream, args []Object, sep, end string) *BaseException {
	buf := make([]byte, 0, 64)
	add := func(p string) *BaseException {
		if !stdHasSurrogate(p) {
			buf = append(buf, p...)
			return nil
		}
		if len(buf) > 0 {
			if exc := s.write(string(buf), false); exc != nil {
				return exc
			}
			buf = buf[:0]
		}
		return s.write(p, true)
	}
	for i, a := range args {
		if i > 0 {
			if exc := add(sep); exc != nil {
				return exc
			}
		}
		str, exc := ToStr(t, a)
		if exc != nil {
			if len(buf) > 0 {
				s.write(string(buf), false)
			}
			return exc
		}
		if exc := add(str.s); exc != nil {
			return exc
		}
	}
	if exc := add(end); exc != nil {
		return exc
	}
	if len(buf) == 0 {
		return nil
	}
	return s.write(string(buf), false)
}

// Errors is the stream's encoding error handler name.
func (s *StdStream) Errors() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.errors
}

// stdReconfigure is TextIOWrapper.reconfigure for the standard streams:
// the encoding stays UTF-8 (other encodings are refused), errors and
// line_buffering take effect for later writes.
func stdReconfigure(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
	s, ok := args[0].(*StdStream)
	if !ok {
		return nil, Errorf(AttributeErrorType, "'%s' object has no attribute 'reconfigure'", TypeOf(args[0]).name)
	}
	if len(args)-1 > len(kw) {
		return nil, NewError(TypeErrorType, "reconfigure() takes no positional arguments")
	}
	var encoding, errors, newline, lineBuffering, writeThrough Object = None, None, None, None, None
	if exc := ParseArgs("reconfigure", args[1:], kw, []string{"$", "encoding?", "errors?", "newline?", "line_buffering?", "write_through?"},
		&encoding, &errors, &newline, &lineBuffering, &writeThrough); exc != nil {
		return nil, exc
	}
	errName := ""
	if encoding != None {
		e, ok := encoding.(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "reconfigure() argument 'encoding' must be str or None, not %s", TypeOf(encoding).name)
		}
		switch strings.ReplaceAll(strings.ToLower(e.s), "_", "-") {
		case "utf-8", "utf8", "u8", "utf", "cp65001":
		default:
			if _, exc := CodecLookup(t, e.s); exc != nil {
				return nil, exc
			}
			return nil, Errorf(NotImplementedErrorType, "reconfigure: Grumpy's standard streams only support UTF-8, not %s", e.s)
		}
		errName = "strict"
	}
	if errors != None {
		e, ok := errors.(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "reconfigure() argument 'errors' must be str or None, not %s", TypeOf(errors).name)
		}
		errName = e.s
	}
	if newline != None {
		if _, ok := newline.(*Str); !ok {
			return nil, Errorf(TypeErrorType, "reconfigure() argument 'newline' must be str or None, not %s", TypeOf(newline).name)
		}
	}
	var lb, setLB, wt bool
	if lineBuffering != None {
		b, exc := cLongFlag(t, lineBuffering)
		if exc != nil {
			return nil, exc
		}
		lb, setLB = b, true
	}
	if writeThrough != None {
		b, exc := cLongFlag(t, writeThrough)
		if exc != nil {
			return nil, exc
		}
		wt = b
	}
	s.Flush()
	s.mu.Lock()
	if errName != "" {
		s.errors = errName
	}
	if setLB && s.fd != 2 {
		s.lineBuf = lb
	}
	if writeThrough != None {
		s.writeThrough = wt
	}
	s.mu.Unlock()
	return None, nil
}

// Flush flushes buffered output.
func (s *StdStream) Flush() {
	s.mu.Lock()
	if s.w != nil {
		s.w.Flush()
	}
	s.mu.Unlock()
}

// ReadLine reads one line including its newline ("" at EOF).
func (s *StdStream) ReadLine() (string, *BaseException) {
	if s.r == nil {
		return "", NewError(UnsupportedOperationType(), "not readable")
	}
	Stdout.Flush()
	s.mu.Lock()
	defer s.mu.Unlock()
	line, err := s.r.ReadString('\n')
	if err != nil && err != io.EOF {
		return "", NewError(OSErrorType, err.Error())
	}
	return line, nil
}

// ReadAll reads to EOF.
func (s *StdStream) ReadAll() (string, *BaseException) {
	if s.r == nil {
		return "", NewError(UnsupportedOperationType(), "not readable")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	b, err := io.ReadAll(s.r)
	if err != nil {
		return "", NewError(OSErrorType, err.Error())
	}
	return string(b), nil
}

var unsupportedOp *Type

// UnsupportedOperationType is io.UnsupportedOperation.
func UnsupportedOperationType() *Type {
	if unsupportedOp == nil {
		unsupportedOp = newExcType2("UnsupportedOperation", OSErrorType, ValueErrorType)
		unsupportedOp.module = "io"
	}
	return unsupportedOp
}

// FlushStdStreams flushes stdout and stderr at exit.
func FlushStdStreams() {
	flushOpenFiles()
	Stdout.Flush()
	Stderr.Flush()
}

func init() {
	StdStreamType.module = "_io"
	initFileObjTypes()
	DefMethod(StdStreamType, "reconfigure", stdReconfigure)
}
