package pyast

// SyntaxError is a parse error with CPython's fields.
type SyntaxError struct {
	Kind     string // "SyntaxError" (default), "IndentationError", "TabError"
	Msg      string
	Filename string
	Line     int
	Col      int // 1-based offset, as SyntaxError.offset
	EndLine  int
	EndCol   int
	Text     string
	// Abort, when set, is not a syntax error: the exception a warning
	// callback raised, to propagate instead.
	Abort any
	// NoText: the error has no source text (text None), as CPython's
	// compiler errors.
	NoText bool
	// NoNewline: Text is the source's last line, which had no newline
	// (eval mode does not add one).
	NoNewline bool
	// EndZero: the end position is line 0, offset 0 (an error for empty
	// source), not missing.
	EndZero bool
}

func (e *SyntaxError) Error() string { return e.Msg }

// KindName is the exception class name.
func (e *SyntaxError) KindName() string {
	if e.Kind == "" {
		return "SyntaxError"
	}
	return e.Kind
}

// normalizeIdent would apply NFKC as CPython does; the Go standard library
// has no normalization tables, so identifiers are taken as written (ASCII
// and already-normalized identifiers, the overwhelming case, are unaffected).
func normalizeIdent(s string) string { return s }
