package interp

import (
	"bytes"
	"regexp"
	"strings"
	"unicode/utf8"

	rt "grumpy/runtime"
)

// Source given to exec, eval and compile as bytes is decoded as CPython's
// tokenizer decodes a file (PEP 263, PEP 3120): a UTF-8 byte-order mark is
// dropped, a coding declaration in a comment on line 1 (or on line 2 after
// a comment or blank line 1) names the codec, and UTF-8 is the default.

var codingCookie = regexp.MustCompile(`^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`)

var utf8BOM = []byte{0xef, 0xbb, 0xbf}

// decodeSource returns the text of a bytes source, or the error CPython
// raises for it: SyntaxError for a bad declaration; for undecodable bytes
// the codec's UnicodeDecodeError from exec and eval, a SyntaxError
// "(unicode error) ..." from compile.
func decodeSource(t *rt.Thread, b []byte, filename string, compiling bool) (string, *rt.BaseException) {
	bom := bytes.HasPrefix(b, utf8BOM)
	if bom {
		b = b[len(utf8BOM):]
	}
	enc := sourceCoding(b)
	if enc != "" && normalCodingName(enc) != "utf-8" && bom {
		return "", sourceSyntaxError(t, "encoding problem: "+normalCodingName(enc)+" with BOM", filename, 0)
	}
	if enc == "" {
		if utf8.Valid(b) {
			return string(b), nil
		}
		enc = "utf-8"
	}
	r, e := rt.CodecsDecode(t, rt.NewBytes(b), enc, "strict")
	if e != nil {
		if e.IsInstanceOf(rt.LookupErrorType) {
			return "", sourceSyntaxError(t, "unknown encoding: "+enc, filename, 0)
		}
		if e.IsInstanceOf(rt.UnicodeDecodeErrorType) {
			return "", sourceDecodeError(t, e, b, filename, compiling || bytes.HasPrefix(b, utf8BOM[:1]))
		}
		return "", e
	}
	s, ok := r.(*rt.Str)
	if !ok {
		return "", sourceSyntaxError(t, "unknown encoding: "+enc, filename, 0)
	}
	return s.Value(), nil
}

// sourceDecodeError reports undecodable source bytes as the tokenizer
// does: the decode error of the input from the bad byte on, raised as is
// (exec, eval) or as SyntaxError "(unicode error) ..." at its line
// (compile, and a truncated byte-order mark anywhere).
func sourceDecodeError(t *rt.Thread, e *rt.BaseException, b []byte, filename string, asSyntax bool) *rt.BaseException {
	start := 0
	if v, e2 := rt.GetAttr(t, e, rt.NewStr("start")); e2 == nil {
		if n, ok := v.(rt.Int); ok && n >= 0 && int(n) <= len(b) {
			start = int(n)
		}
	}
	if start > 0 {
		if _, e2 := rt.CodecsDecode(t, rt.NewBytes(b[start:]), "utf-8", "strict"); e2 != nil && e2.IsInstanceOf(rt.UnicodeDecodeErrorType) {
			e = e2
		}
	}
	if !asSyntax {
		return e
	}
	msg, e2 := rt.ToStr(t, e)
	if e2 != nil {
		return e2
	}
	line := 1 + bytes.Count(b[:start], []byte{'\n'})
	return sourceSyntaxError(t, "(unicode error) "+msg.Value(), filename, line)
}

// sourceCoding finds the coding declaration of the first two lines.
func sourceCoding(b []byte) string {
	for i := 0; i < 2 && len(b) > 0; i++ {
		line := b
		if n := bytes.IndexByte(b, '\n'); n >= 0 {
			line, b = b[:n], b[n+1:]
		} else {
			b = nil
		}
		if m := codingCookie.FindSubmatch(line); m != nil {
			return string(m[1])
		}
		// Line 2 counts only after a blank or comment-only line 1.
		trimmed := bytes.TrimLeft(line, " \t\f\r")
		if len(trimmed) > 0 && trimmed[0] != '#' {
			break
		}
	}
	return ""
}

// normalCodingName is the tokenizer's get_normal_name: the spellings of
// UTF-8 and Latin-1 it recognises, others unchanged.
func normalCodingName(s string) string {
	l := strings.ToLower(strings.ReplaceAll(s, "_", "-"))
	if len(l) > 12 {
		l = l[:12]
	}
	switch {
	case l == "utf-8" || strings.HasPrefix(l, "utf-8-"):
		return "utf-8"
	case l == "latin-1" || l == "iso-8859-1" || l == "iso-latin-1" ||
		strings.HasPrefix(l, "latin-1-") || strings.HasPrefix(l, "iso-8859-1-") || strings.HasPrefix(l, "iso-latin-1-"):
		return "iso-8859-1"
	}
	return s
}

func sourceSyntaxError(t *rt.Thread, msg, filename string, line int) *rt.BaseException {
	details := rt.NewTuple(rt.NewStr(filename), rt.MakeInt(int64(line)), rt.MakeInt(-1), rt.None)
	r, e := rt.Call2(t, rt.SyntaxErrorType, rt.NewStr(msg), details)
	if e != nil {
		return e
	}
	return r.(*rt.BaseException)
}
