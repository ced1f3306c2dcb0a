package runtime

import (
	"sync"
	"sync/atomic"
)

// BaseException is every Python exception instance, builtin or user-defined
// (a user subclass keeps this layout with its own type in the header).
// Runtime functions return it as their last result; nil means success.
type BaseException struct {
	header
	args            *Tuple
	tb              []TracebackEntry // innermost first
	cause           *BaseException
	context         *BaseException
	suppressContext bool
	// fields holds the builtin subclasses' extra attributes (StopIteration.value,
	// OSError.errno, ...) by name; guarded by excMu. They are exposed through
	// getset descriptors on the types, not through __dict__.
	fields map[string]Object
	tbObj  atomic.Pointer[Traceback]
	// tbExits[i] is the Line frame tb[i] had when the exception left it
	// (tb_exitline.go).
	tbExits []tbExit
}

// excMu guards BaseException.fields (exception attributes are rarely touched,
// so one lock for all of them is enough).
var excMu sync.Mutex

// Field returns a builtin exception attribute (errno, name, value, ...) or
// nil when it was never set.
func (e *BaseException) Field(name string) Object {
	excMu.Lock()
	v := e.fields[name]
	excMu.Unlock()
	return v
}

// SetField sets a builtin exception attribute (NameError.name, ...).
func (e *BaseException) SetField(name string, v Object) {
	excMu.Lock()
	if e.fields == nil {
		e.fields = make(map[string]Object, 4)
	}
	e.fields[name] = v
	excMu.Unlock()
}

// TracebackEntry is one frame the exception passed through.
type TracebackEntry struct {
	Code    *Code
	Line    int
	Globals *Dict
	// frame is the arena frame (to read the live line of a frame that is
	// still running, as tb_frame.f_lineno does).
	frame *Frame
	// locals is the frame's locals provider (tb_frame.f_locals), if any.
	locals func() Object
}

// Type implements Object.
func (e *BaseException) Type() *Type { return e.typ }

// Args returns e.args.
func (e *BaseException) Args() *Tuple { return e.args }

// Cause returns __cause__ (nil when None).
func (e *BaseException) Cause() *BaseException { return e.cause }

// Context returns __context__ (nil when None).
func (e *BaseException) Context() *BaseException { return e.context }

// Traceback returns the entries recorded so far, innermost first.
func (e *BaseException) Traceback() []TracebackEntry { return e.tb }

// AddTraceback records that e propagated through frame f at its current line.
func (e *BaseException) AddTraceback(f *Frame) *BaseException {
	e.pushTraceback(TracebackEntry{f.code, f.Line, f.globals, f, f.locals})
	return e
}

// NewException makes an exception of typ with args (no __init__ run).
func NewException(typ *Type, args ...Object) *BaseException {
	e := &BaseException{args: NewTuple(args...)}
	e.typ = typ
	if typ.hasDict || !typ.builtin {
		e.dict = NewDict()
	}
	return e
}

// NewError makes an exception of typ with one str argument.
func NewError(typ *Type, msg string) *BaseException {
	return NewException(typ, NewStr(msg))
}

// Errorf is NewError with formatting.
func Errorf(typ *Type, format string, a ...any) *BaseException {
	return NewError(typ, sprintf(format, a...))
}

// IsInstanceOf reports whether e is an instance of typ.
func (e *BaseException) IsInstanceOf(typ *Type) bool { return e.typ.IsSubtype(typ) }

// Builtin exception hierarchy, as CPython 3.11's.
var (
	BaseExceptionType             = newExcType("BaseException", nil)
	SystemExitType                = newExcType("SystemExit", BaseExceptionType)
	KeyboardInterruptType         = newExcType("KeyboardInterrupt", BaseExceptionType)
	GeneratorExitType             = newExcType("GeneratorExit", BaseExceptionType)
	BaseExceptionGroupType        = newExcType("BaseExceptionGroup", BaseExceptionType)
	ExceptionType                 = newExcType("Exception", BaseExceptionType)
	ExceptionGroupType            = newExcType2("ExceptionGroup", BaseExceptionGroupType, ExceptionType)
	StopIterationType             = newExcType("StopIteration", ExceptionType)
	StopAsyncIterationType        = newExcType("StopAsyncIteration", ExceptionType)
	ArithmeticErrorType           = newExcType("ArithmeticError", ExceptionType)
	FloatingPointErrorType        = newExcType("FloatingPointError", ArithmeticErrorType)
	OverflowErrorType             = newExcType("OverflowError", ArithmeticErrorType)
	ZeroDivisionErrorType         = newExcType("ZeroDivisionError", ArithmeticErrorType)
	AssertionErrorType            = newExcType("AssertionError", ExceptionType)
	AttributeErrorType            = newExcType("AttributeError", ExceptionType)
	BufferErrorType               = newExcType("BufferError", ExceptionType)
	EOFErrorType                  = newExcType("EOFError", ExceptionType)
	ImportErrorType               = newExcType("ImportError", ExceptionType)
	ModuleNotFoundErrorType       = newExcType("ModuleNotFoundError", ImportErrorType)
	LookupErrorType               = newExcType("LookupError", ExceptionType)
	IndexErrorType                = newExcType("IndexError", LookupErrorType)
	KeyErrorType                  = newExcType("KeyError", LookupErrorType)
	MemoryErrorType               = newExcType("MemoryError", ExceptionType)
	NameErrorType                 = newExcType("NameError", ExceptionType)
	UnboundLocalErrorType         = newExcType("UnboundLocalError", NameErrorType)
	OSErrorType                   = newExcType("OSError", ExceptionType)
	BlockingIOErrorType           = newExcType("BlockingIOError", OSErrorType)
	ChildProcessErrorType         = newExcType("ChildProcessError", OSErrorType)
	ConnectionErrorType           = newExcType("ConnectionError", OSErrorType)
	BrokenPipeErrorType           = newExcType("BrokenPipeError", ConnectionErrorType)
	ConnectionAbortedErrorType    = newExcType("ConnectionAbortedError", ConnectionErrorType)
	ConnectionRefusedErrorType    = newExcType("ConnectionRefusedError", ConnectionErrorType)
	ConnectionResetErrorType      = newExcType("ConnectionResetError", ConnectionErrorType)
	FileExistsErrorType           = newExcType("FileExistsError", OSErrorType)
	FileNotFoundErrorType         = newExcType("FileNotFoundError", OSErrorType)
	InterruptedErrorType          = newExcType("InterruptedError", OSErrorType)
	IsADirectoryErrorType         = newExcType("IsADirectoryError", OSErrorType)
	NotADirectoryErrorType        = newExcType("NotADirectoryError", OSErrorType)
	PermissionErrorType           = newExcType("PermissionError", OSErrorType)
	ProcessLookupErrorType        = newExcType("ProcessLookupError", OSErrorType)
	TimeoutErrorType              = newExcType("TimeoutError", OSErrorType)
	ReferenceErrorType            = newExcType("ReferenceError", ExceptionType)
	RuntimeErrorType              = newExcType("RuntimeError", ExceptionType)
	NotImplementedErrorType       = newExcType("NotImplementedError", RuntimeErrorType)
	RecursionErrorType            = newExcType("RecursionError", RuntimeErrorType)
	SyntaxErrorType               = newExcType("SyntaxError", ExceptionType)
	IndentationErrorType          = newExcType("IndentationError", SyntaxErrorType)
	TabErrorType                  = newExcType("TabError", IndentationErrorType)
	SystemErrorType               = newExcType("SystemError", ExceptionType)
	TypeErrorType                 = newExcType("TypeError", ExceptionType)
	ValueErrorType                = newExcType("ValueError", ExceptionType)
	UnicodeErrorType              = newExcType("UnicodeError", ValueErrorType)
	UnicodeDecodeErrorType        = newExcType("UnicodeDecodeError", UnicodeErrorType)
	UnicodeEncodeErrorType        = newExcType("UnicodeEncodeError", UnicodeErrorType)
	UnicodeTranslateErrorType     = newExcType("UnicodeTranslateError", UnicodeErrorType)
	WarningType                   = newExcType("Warning", ExceptionType)
	BytesWarningType              = newExcType("BytesWarning", WarningType)
	DeprecationWarningType        = newExcType("DeprecationWarning", WarningType)
	EncodingWarningType           = newExcType("EncodingWarning", WarningType)
	FutureWarningType             = newExcType("FutureWarning", WarningType)
	ImportWarningType             = newExcType("ImportWarning", WarningType)
	PendingDeprecationWarningType = newExcType("PendingDeprecationWarning", WarningType)
	ResourceWarningType           = newExcType("ResourceWarning", WarningType)
	RuntimeWarningType            = newExcType("RuntimeWarning", WarningType)
	SyntaxWarningType             = newExcType("SyntaxWarning", WarningType)
	UnicodeWarningType            = newExcType("UnicodeWarning", WarningType)
	UserWarningType               = newExcType("UserWarning", WarningType)
)

func newExcType(name string, base *Type) *Type {
	if base == nil {
		base = ObjectType
		t := newBuiltinType(name, base)
		t.solid = t
		t.hasDict = true
		return t
	}
	t := newBuiltinType(name, base)
	t.hasDict = true
	return t
}

func newExcType2(name string, base1, base2 *Type) *Type {
	t := newExcType(name, base1)
	t.bases = []*Type{base1, base2}
	mro, _ := computeMRO(t, t.bases)
	t.mro = mro
	base2.subclasses.add(t)
	return t
}

// ExceptionTypes lists the builtin exception classes for the builtins module.
func ExceptionTypes() []*Type {
	return []*Type{BaseExceptionType, SystemExitType, KeyboardInterruptType, GeneratorExitType,
		BaseExceptionGroupType, ExceptionType, ExceptionGroupType, StopIterationType, StopAsyncIterationType,
		ArithmeticErrorType, FloatingPointErrorType, OverflowErrorType, ZeroDivisionErrorType,
		AssertionErrorType, AttributeErrorType, BufferErrorType, EOFErrorType, ImportErrorType,
		ModuleNotFoundErrorType, LookupErrorType, IndexErrorType, KeyErrorType, MemoryErrorType,
		NameErrorType, UnboundLocalErrorType, OSErrorType, BlockingIOErrorType, ChildProcessErrorType,
		ConnectionErrorType, BrokenPipeErrorType, ConnectionAbortedErrorType, ConnectionRefusedErrorType,
		ConnectionResetErrorType, FileExistsErrorType, FileNotFoundErrorType, InterruptedErrorType,
		IsADirectoryErrorType, NotADirectoryErrorType, PermissionErrorType, ProcessLookupErrorType,
		TimeoutErrorType, ReferenceErrorType, RuntimeErrorType, NotImplementedErrorType,
		RecursionErrorType, SyntaxErrorType, IndentationErrorType, TabErrorType, SystemErrorType,
		TypeErrorType, ValueErrorType, UnicodeErrorType, UnicodeDecodeErrorType, UnicodeEncodeErrorType,
		UnicodeTranslateErrorType, WarningType, BytesWarningType, DeprecationWarningType,
		EncodingWarningType, FutureWarningType, ImportWarningType, PendingDeprecationWarningType,
		ResourceWarningType, RuntimeWarningType, SyntaxWarningType, UnicodeWarningType, UserWarningType}
}
