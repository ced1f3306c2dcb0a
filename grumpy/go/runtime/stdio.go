package runtime

import (
	"bufio"
	"io"
	"os"
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
	closed  bool
	fd      int
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
	s := &StdStream{name: name, f: f, fd: fd}
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
	return s
}

// WriteString writes text.
func (s *StdStream) WriteString(str string) *BaseException {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return NewError(ValueErrorType, "I/O operation on closed file.")
	}
	if s.w == nil {
		return NewError(UnsupportedOperationType(), "not writable")
	}
	s.w.WriteString(wtf8ToUTF8(str))
	if s.lineBuf {
		for i := len(str) - 1; i >= 0; i-- {
			if str[i] == '\n' {
				s.w.Flush()
				break
			}
		}
	}
	return nil
}

// wtf8ToUTF8 replaces encoded lone surrogates (which CPython would refuse to
// encode with 'strict') by '?' so output stays valid UTF-8.
func wtf8ToUTF8(s string) string {
	for i := 0; i+2 < len(s); i++ {
		if s[i] == 0xED && s[i+1] >= 0xA0 {
			b := []byte(s)
			for j := 0; j+2 < len(b); j++ {
				if b[j] == 0xED && b[j+1] >= 0xA0 {
					b[j], b[j+1], b[j+2] = '?', 0, 0
				}
			}
			out := b[:0]
			for _, c := range b {
				if c != 0 {
					out = append(out, c)
				}
			}
			return string(out)
		}
	}
	return s
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
}
