package runtime

import (
	"os"
	"strings"
	"sync"
)

// Propagate is the error path of generated code: it records the frame the
// exception is passing through and, for an exception raised implicitly
// inside an except block, its __context__.
func Propagate(t *Thread, e *BaseException, f *Frame) *BaseException {
	if e.context == nil {
		if h := t.Handled(); h != nil && h != e {
			withContext(t, e)
		}
	}
	e.tb = append(e.tb, TracebackEntry{f.code, f.Line, f.globals})
	e.tbObj.Store(nil)
	return e
}

// Traceback is a traceback object (tb_frame, tb_lineno, tb_next).
type Traceback struct {
	entry TracebackEntry
	next  *Traceback
}

// TracebackType is `traceback`.
var TracebackType = finalType(newBuiltinType("traceback", ObjectType))

// Type implements Object.
func (*Traceback) Type() *Type { return TracebackType }

// TracebackObject returns e.__traceback__ built from the recorded entries.
func (e *BaseException) TracebackObject() Object {
	if len(e.tb) == 0 {
		return None
	}
	if tb := e.tbObj.Load(); tb != nil {
		return tb
	}
	var next *Traceback
	for _, en := range e.tb {
		next = &Traceback{entry: en, next: next}
	}
	e.tbObj.Store(next)
	return next
}

var (
	sourceMu    sync.Mutex
	sourceCache = map[string][]string{}
)

// SourceLine returns line n of file, as linecache does, or "".
func SourceLine(file string, n int) string {
	sourceMu.Lock()
	lines, ok := sourceCache[file]
	if !ok {
		if data, err := os.ReadFile(file); err == nil {
			lines = strings.Split(string(data), "\n")
		}
		sourceCache[file] = lines
	}
	sourceMu.Unlock()
	if n >= 1 && n <= len(lines) {
		return strings.TrimSpace(strings.TrimRight(lines[n-1], "\r"))
	}
	return ""
}

// FormatException renders e (and its chain) as CPython's default excepthook.
func FormatException(t *Thread, e *BaseException) string {
	var b strings.Builder
	formatChain(t, &b, e, map[*BaseException]bool{})
	return b.String()
}

func formatChain(t *Thread, b *strings.Builder, e *BaseException, seen map[*BaseException]bool) {
	seen[e] = true
	if e.cause != nil && !seen[e.cause] {
		formatChain(t, b, e.cause, seen)
		b.WriteString("\nThe above exception was the direct cause of the following exception:\n\n")
	} else if e.context != nil && !e.suppressContext && !seen[e.context] {
		formatChain(t, b, e.context, seen)
		b.WriteString("\nDuring handling of the above exception, another exception occurred:\n\n")
	}
	if len(e.tb) > 0 {
		b.WriteString("Traceback (most recent call last):\n")
		formatEntries(b, e.tb)
	}
	b.WriteString(FormatExceptionOnly(t, e))
}

func formatEntries(b *strings.Builder, tb []TracebackEntry) {
	last, repeat := "", 0
	flush := func() {
		if repeat > 3 {
			b.WriteString(sprintf("  [Previous line repeated %d more time%s]\n", repeat-3, plural(repeat-3)))
		}
	}
	for i := len(tb) - 1; i >= 0; i-- {
		en := tb[i]
		line := sprintf("  File \"%s\", line %d, in %s\n", en.Code.Filename, en.Line, en.Code.Name)
		if src := SourceLine(en.Code.Filename, en.Line); src != "" {
			line += "    " + src + "\n"
		}
		if line == last {
			repeat++
			if repeat > 3 {
				continue
			}
		} else {
			flush()
			last, repeat = line, 1
		}
		b.WriteString(line)
	}
	flush()
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// FormatExceptionOnly is the last line: "Type: message".
func FormatExceptionOnly(t *Thread, e *BaseException) string {
	typ := e.typ
	name := typ.qualname
	if typ.module != "builtins" && typ.module != "" && typ.module != "__main__" {
		name = typ.module + "." + name
	}
	s, exc := ToStr(t, e)
	msg := ""
	if exc != nil {
		msg = "<exception str() failed>"
	} else {
		msg = s.s
	}
	out := name
	if msg != "" {
		out += ": " + msg
	}
	out += "\n"
	if notes := e.dict.GetStr("__notes__"); notes != nil {
		if items, exc := ToSlice(t, notes); exc == nil {
			for _, n := range items {
				if ns, ok := n.(*Str); ok {
					out += ns.s + "\n"
				}
			}
		}
	}
	return out
}
