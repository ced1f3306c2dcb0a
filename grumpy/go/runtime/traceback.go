package runtime

import (
	"os"
	"strings"
	"sync"
	"unicode/utf8"
)

// Position locates one instruction in the source, as an entry of
// code.co_positions(): 1-based lines and 0-based UTF-8 byte columns (-1:
// unknown). Left and Right bound the secondary range that CPython's
// traceback printer marks inside a one-line binary operation or subscript
// (character offsets in the line, -1 when there is none); the compiler
// computes them, as CPython does when printing, from the source text.
type Position struct {
	Line, EndLine, Col, EndCol, Left, Right int32
}

// position decodes a frame's Line: a plain line number, or -(k+1) for
// entry k of code's position table.
func position(code *Code, raw int) (int, *Position) {
	if raw >= 0 {
		return raw, nil
	}
	if code != nil {
		if k := -raw - 1; k < len(code.Positions) {
			p := &code.Positions[k]
			return int(p.Line), p
		}
	}
	return 0, nil
}

// lineOf is the line number of a frame's Line value.
func lineOf(code *Code, raw int) int {
	n, _ := position(code, raw)
	return n
}

// lasti is the tb_lasti/f_lasti CPython-compatible value of a frame's Line:
// twice the index into co_positions(), or -1 when the position is unknown
// (traceback.py then falls back to the line number).
func lasti(raw int) int {
	if raw < 0 {
		return 2 * (-raw - 1)
	}
	return -1
}

// Lineno is the frame's current line number.
func (f *Frame) Lineno() int { return lineOf(f.code, f.Line) }

// lineno is the entry's line number.
func (en *TracebackEntry) lineno() int { return lineOf(en.Code, en.Line) }

// Propagate is the error path of generated code: it records the frame the
// exception is passing through and, for an exception raised implicitly
// inside an except block, its __context__.
func Propagate(t *Thread, e *BaseException, f *Frame) *BaseException {
	// Only where it is raised (no frame recorded yet): one propagating out
	// of a call into an except block does not take that block's exception
	// (its __context__ may have been cleared on purpose).
	if e.context == nil && len(e.tb) == 0 {
		if h := t.Handled(); h != nil && h != e {
			withContext(t, e)
		}
	}
	e.pushTraceback(TracebackEntry{f.code, f.Line, f.globals, f, f.locals})
	return e
}

// pushTraceback records one more (outer) frame the exception passed
// through. A __traceback__ object already made stays valid: the new entry
// is put in front of it (as CPython's PyTraceBack_Here), so the objects
// seen before keep their identity (exception groups' split() shares them).
func (e *BaseException) pushTraceback(en TracebackEntry) {
	e.noteExit(en.frame)
	e.tb = append(e.tb, en)
	tb := e.tbObj.Load()
	if tb == nil {
		return
	}
	fo := &FrameObject{code: en.Code, lineno: en.Line, globals: en.Globals, live: en.frame, locals: en.locals}
	if tb.frame != nil && tb.frame.back == nil && !tb.frame.hasBack {
		tb.frame.back = fo
	}
	e.tbObj.Store(&Traceback{entry: en, next: tb, frame: fo})
}

// Traceback is a traceback object (tb_frame, tb_lineno, tb_next).
type Traceback struct {
	entry TracebackEntry
	next  *Traceback
	frame *FrameObject
	// made: built by types.TracebackType(...) with these tb_lasti/tb_lineno.
	made          bool
	lasti, lineno int
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
	// e.tb is innermost first; each frame's f_back is the next outer one.
	var next *Traceback
	var inner *FrameObject
	for i, en := range e.tb {
		fo := &FrameObject{code: en.Code, lineno: en.Line, globals: en.Globals, live: en.frame, locals: en.locals}
		fo.lineno = e.exitLine(i, fo.lineno)
		if inner != nil {
			inner.back = fo
		}
		inner = fo
		next = &Traceback{entry: en, next: next, frame: fo}
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
	return strings.TrimSpace(sourceLine(file, n))
}

// sourceLine returns line n of file without its line ending, or "".
func sourceLine(file string, n int) string {
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
		return strings.TrimSuffix(lines[n-1], "\r")
	}
	return ""
}

func isTbSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\f' }

// byteToChar converts a UTF-8 byte offset in line to a character offset.
func byteToChar(line string, off int) int {
	if off > len(line) {
		off = len(line)
	}
	if off < 0 {
		off = 0
	}
	return utf8.RuneCountInString(line[:off])
}

// caretLine is the marker line CPython 3.11's traceback printer writes
// under line (the whole source line, its indentation included) for an
// instruction at p, without the 4-space margin; ok is false when CPython
// prints none (the marked range covers the whole stripped line).
func caretLine(line string, p *Position) (string, bool) {
	if p == nil || p.Line <= 0 || p.EndLine <= 0 || p.Col < 0 || p.EndCol < 0 {
		return "", false
	}
	indent := 0
	for indent < len(line) && isTbSpace(line[indent]) {
		indent++
	}
	n := utf8.RuneCountInString(line)
	start, end := byteToChar(line, int(p.Col)), byteToChar(line, int(p.EndCol))
	left, right := -1, -1
	if p.Line == p.EndLine {
		left, right = int(p.Left), int(p.Right)
	} else {
		// Up to the last non-blank character of the first line. CPython
		// scans the UTF-8 bytes from the character count, which we keep.
		i := n - 1
		for i >= 0 && i < len(line) && isTbSpace(line[i]) {
			i--
		}
		end = i + 1
	}
	secondary := left != -1 || right != -1
	if end-start == n-indent && !secondary {
		return "", false
	}
	var b strings.Builder
	for off := indent + 1; off <= end; off++ {
		switch {
		case off <= start:
			b.WriteByte(' ')
		case secondary && left < off && off <= right:
			b.WriteByte('^')
		case secondary:
			b.WriteByte('~')
		default:
			b.WriteByte('^')
		}
	}
	return b.String(), true
}

// setTracebackObject is `e.__traceback__ = tb` / with_traceback(tb).
func (e *BaseException) setTracebackObject(v Object) *BaseException {
	if v == None {
		e.tb = nil
		e.tbObj.Store(nil)
		return nil
	}
	tb, ok := v.(*Traceback)
	if !ok {
		return NewError(TypeErrorType, "__traceback__ must be a traceback or None")
	}
	var entries []TracebackEntry
	for x := tb; x != nil; x = x.next {
		entries = append(entries, x.entry)
	}
	// e.tb is innermost first.
	for i, j := 0, len(entries)-1; i < j; i, j = i+1, j-1 {
		entries[i], entries[j] = entries[j], entries[i]
	}
	e.tb = entries
	e.tbObj.Store(tb)
	return nil
}

func init() {
	defGetSet(TracebackType, "tb_next", func(t *Thread, o Object) (Object, *BaseException) {
		if n := o.(*Traceback).next; n != nil {
			return n, nil
		}
		return None, nil
	}, func(t *Thread, o, v Object) *BaseException {
		tb := o.(*Traceback)
		if v == nil {
			return NewError(TypeErrorType, "can't delete tb_next attribute")
		}
		if v == None {
			tb.next = nil
			return nil
		}
		n, ok := v.(*Traceback)
		if !ok {
			return Errorf(TypeErrorType, "expected traceback object or None, got '%s'", TypeOf(v).name)
		}
		for c := n; c != nil; c = c.next {
			if c == tb {
				return NewError(ValueErrorType, "traceback loop detected")
			}
		}
		tb.next = n
		return nil
	})
	defMember(TracebackType, "tb_lineno", func(t *Thread, o Object) (Object, *BaseException) {
		if tb := o.(*Traceback); tb.made {
			return MakeInt(int64(tb.lineno)), nil
		}
		return MakeInt(int64(o.(*Traceback).entry.lineno())), nil
	})
	defMember(TracebackType, "tb_lasti", func(t *Thread, o Object) (Object, *BaseException) {
		if tb := o.(*Traceback); tb.made {
			return MakeInt(int64(tb.lasti)), nil
		}
		return MakeInt(int64(lasti(o.(*Traceback).entry.Line))), nil
	})
	DefMethod(CodeType, "co_positions", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("co_positions", args[1:], kw, 0, 0); exc != nil {
			return nil, exc
		}
		c := args[0].(*Code)
		opt := func(v int32) Object {
			if v < 0 {
				return None
			}
			return MakeInt(int64(v))
		}
		items := make([]Object, len(c.Positions))
		for i := range c.Positions {
			p := &c.Positions[i]
			items[i] = NewTuple(opt(p.Line), opt(p.EndLine), opt(p.Col), opt(p.EndCol))
		}
		return Iter(t, NewTuple(items...))
	})
	defMember(TracebackType, "tb_frame", func(t *Thread, o Object) (Object, *BaseException) {
		tb := o.(*Traceback)
		if tb.frame != nil {
			return tb.frame, nil
		}
		en := tb.entry
		return &FrameObject{code: en.Code, lineno: en.Line, globals: en.Globals, locals: en.locals}, nil
	})
}

// FormatException renders e (and its chain) as CPython's default excepthook.
func FormatException(t *Thread, e *BaseException) string {
	var b strings.Builder
	ctx := &tbContext{b: &b, seen: map[*BaseException]bool{}}
	ctx.format(t, e)
	return b.String()
}

// tbContext carries the state of printing nested exception groups: the
// indentation depth and whether a closing rule is pending.
type tbContext struct {
	b         *strings.Builder
	seen      map[*BaseException]bool
	depth     int
	needClose bool
}

const (
	tbMaxGroupWidth = 15
	tbMaxGroupDepth = 10
)

func (c *tbContext) indent() string { return strings.Repeat(" ", 2*c.depth) }

// emit writes text with the current group margin before every line.
func (c *tbContext) emit(text string, margin byte) {
	if text == "" {
		return
	}
	prefix := c.indent()
	if c.depth > 0 {
		if margin == 0 {
			margin = '|'
		}
		prefix += string(margin) + " "
	}
	lines := strings.SplitAfter(text, "\n")
	for _, l := range lines {
		if l == "" {
			continue
		}
		c.b.WriteString(prefix)
		c.b.WriteString(l)
	}
}

func (c *tbContext) format(t *Thread, e *BaseException) {
	// Collect the chain, outermost (most recent) first.
	type link struct {
		msg string
		exc *BaseException
	}
	var chain []link
	msg := ""
	for x := e; x != nil; {
		c.seen[x] = true
		chain = append(chain, link{msg, x})
		var next *BaseException
		msg = ""
		if x.cause != nil {
			if !c.seen[x.cause] {
				next = x.cause
				msg = "\nThe above exception was the direct cause of the following exception:\n\n"
			}
		} else if x.context != nil && !x.suppressContext && !c.seen[x.context] {
			next = x.context
			msg = "\nDuring handling of the above exception, another exception occurred:\n\n"
		}
		x = next
	}
	for i := len(chain) - 1; i >= 0; i-- {
		x := chain[i].exc
		subs, isGroup := x.fieldOrNone("exceptions").(*Tuple)
		isGroup = isGroup && x.IsInstanceOf(BaseExceptionGroupType)
		switch {
		case !isGroup:
			if len(x.tb) > 0 {
				c.emit("Traceback (most recent call last):\n", 0)
				c.emit(formatEntries(x.tb), 0)
			}
			c.emit(FormatExceptionOnly(t, x), 0)
		case c.depth > tbMaxGroupDepth:
			c.emit(sprintf("... (max_group_depth is %d)\n", tbMaxGroupDepth), 0)
		default:
			top := c.depth == 0
			if top {
				c.depth++
			}
			if len(x.tb) > 0 {
				margin := byte(0)
				if top {
					margin = '+'
				}
				c.emit("Exception Group Traceback (most recent call last):\n", margin)
				c.emit(formatEntries(x.tb), 0)
			}
			c.emit(FormatExceptionOnly(t, x), 0)
			n := len(subs.items)
			if n > tbMaxGroupWidth {
				n = tbMaxGroupWidth + 1
			}
			c.needClose = false
			for j := 0; j < n; j++ {
				last := j == n-1
				if last {
					c.needClose = true
				}
				truncated := j >= tbMaxGroupWidth
				title := sprintf("%d", j+1)
				if truncated {
					title = "..."
				}
				lead := "  "
				if j == 0 {
					lead = "+-"
				}
				c.b.WriteString(c.indent() + lead + "+---------------- " + title + " ----------------\n")
				c.depth++
				if !truncated {
					if se, ok := subs.items[j].(*BaseException); ok {
						c.format(t, se)
					}
				} else {
					rem := len(subs.items) - tbMaxGroupWidth
					c.emit(sprintf("and %d more exception%s\n", rem, plural(rem)), 0)
				}
				if last && c.needClose {
					c.b.WriteString(c.indent() + "+------------------------------------\n")
					c.needClose = false
				}
				c.depth--
			}
			if top {
				c.depth = 0
			}
		}
		if chain[i].msg != "" {
			c.emit(chain[i].msg, 0)
		}
	}
}

func formatEntries(tb []TracebackEntry) string {
	var b strings.Builder
	lastFile, lastName, lastLine, count := "", "", -1, 0
	flush := func() {
		if count > 3 {
			n := count - 3
			b.WriteString(sprintf("  [Previous line repeated %d more time%s]\n", n, plural(n)))
		}
	}
	for i := len(tb) - 1; i >= 0; i-- {
		en := tb[i]
		line, pos := position(en.Code, en.Line)
		if en.Code.Filename != lastFile || line != lastLine || en.Code.Name != lastName {
			flush()
			lastFile, lastName, lastLine, count = en.Code.Filename, en.Code.Name, line, 0
		}
		count++
		if count > 3 {
			continue
		}
		b.WriteString(sprintf("  File \"%s\", line %d, in %s\n", en.Code.Filename, line, en.Code.Name))
		src := sourceLine(en.Code.Filename, line)
		if stripped := strings.TrimLeft(src, " \t\f"); stripped != "" {
			b.WriteString("    " + stripped + "\n")
			if carets, ok := caretLine(src, pos); ok {
				b.WriteString("    " + carets + "\n")
			}
		}
	}
	flush()
	return b.String()
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// excTypeName is the qualified name the traceback prints for e's class.
func excTypeName(typ *Type) string {
	name := typ.qualname
	if typ.module != "builtins" && typ.module != "" && typ.module != "__main__" {
		name = typ.module + "." + name
	}
	return name
}

// FormatExceptionOnly is the last line, "Type: message", preceded by the
// location lines of a SyntaxError and followed by the exception's notes.
func FormatExceptionOnly(t *Thread, e *BaseException) string {
	name := excTypeName(e.typ)
	var out strings.Builder
	if e.typ.IsSubtype(SyntaxErrorType) {
		out.WriteString(formatSyntaxError(t, e, name))
	} else {
		msg := ""
		if s, exc := ToStr(t, e); exc != nil {
			msg = "<exception str() failed>"
		} else {
			msg = s.s
		}
		out.WriteString(name)
		if msg != "" {
			out.WriteString(": " + msg)
		}
		if sug := offerSuggestion(t, e); sug != "" {
			out.WriteString(". Did you mean: '" + sug + "'?")
		}
		out.WriteString("\n")
	}
	if e.dict != nil {
		if notes := e.dict.GetStr("__notes__"); notes != nil {
			if !isSequence(notes) || isStrObj(notes) {
				r, exc := Repr(t, notes)
				if exc != nil {
					out.WriteString("<__notes__ repr() failed>\n")
				} else {
					out.WriteString(r.s + "\n")
				}
			} else if items, exc := ToSlice(t, notes); exc == nil {
				for _, n := range items {
					if ns, ok := n.(*Str); ok {
						out.WriteString(ns.s + "\n")
					} else if r, exc := ToStr(t, n); exc == nil {
						out.WriteString(r.s + "\n")
					} else {
						out.WriteString("<note str() failed>\n")
					}
				}
			}
		}
	}
	return out.String()
}

func isStrObj(o Object) bool {
	_, ok := Unwrap(o).(*Str)
	return ok
}

func formatSyntaxError(t *Thread, e *BaseException, stype string) string {
	var b strings.Builder
	suffix := ""
	filename := e.fieldOrNone("filename")
	lineno := e.fieldOrNone("lineno")
	if lineno != None {
		fn := "<string>"
		if s, ok := filename.(*Str); ok && s.s != "" {
			fn = s.s
		}
		ls, _ := ToStr(t, lineno)
		lstr := ""
		if ls != nil {
			lstr = ls.s
		}
		b.WriteString("  File \"" + fn + "\", line " + lstr + "\n")
	} else if filename != None {
		if s, exc := ToStr(t, filename); exc == nil {
			suffix = " (" + s.s + ")"
		}
	}
	if text, ok := e.fieldOrNone("text").(*Str); ok {
		rtext := strings.TrimRight(text.s, "\n")
		ltext := strings.TrimLeft(rtext, " \n\f")
		spaces := len([]rune(rtext)) - len([]rune(ltext))
		b.WriteString("    " + ltext + "\n")
		if off, ok := e.fieldOrNone("offset").(Int); ok {
			offset := int(off)
			end := offset
			if eo, ok := e.fieldOrNone("end_offset").(Int); ok && eo != 0 {
				end = int(eo)
			}
			if offset == end || end == -1 {
				end = offset + 1
			}
			col, endCol := offset-1-spaces, end-1-spaces
			if col >= 0 {
				lr := []rune(ltext)
				var sp strings.Builder
				for i := 0; i < col && i < len(lr); i++ {
					if lr[i] == ' ' || lr[i] == '\t' || lr[i] == '\f' {
						sp.WriteRune(lr[i])
					} else {
						sp.WriteByte(' ')
					}
				}
				for i := len(lr); i < col; i++ {
					sp.WriteByte(' ')
				}
				if endCol > col {
					b.WriteString("    " + sp.String() + strings.Repeat("^", endCol-col) + "\n")
				} else {
					b.WriteString("    " + sp.String() + "\n")
				}
			}
		}
	}
	msg := "<no detail available>"
	if m := e.fieldOrNone("msg"); m != None {
		if s, exc := ToStr(t, m); exc == nil && s.s != "" {
			msg = s.s
		}
	}
	b.WriteString(stype + ": " + msg + suffix + "\n")
	return b.String()
}

// Name suggestions for uncaught NameError/AttributeError ("Did you mean"),
// as CPython 3.11's Python/suggestions.c: a Levenshtein distance where a
// case change costs 1 and any other edit 2.
const (
	sugMaxCandidates = 750
	sugMaxString     = 40
	sugMoveCost      = 2
	sugCaseCost      = 1
)

func sugSubstCost(a, b byte) int {
	if a&31 != b&31 {
		return sugMoveCost
	}
	if a == b {
		return 0
	}
	if 'A' <= a && a <= 'Z' {
		a += 'a' - 'A'
	}
	if 'A' <= b && b <= 'Z' {
		b += 'a' - 'A'
	}
	if a == b {
		return sugCaseCost
	}
	return sugMoveCost
}

func sugDistance(a, b string, maxCost int) int {
	if a == b {
		return 0
	}
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if len(a) == 0 || len(b) == 0 {
		return (len(a) + len(b)) * sugMoveCost
	}
	if len(a) > sugMaxString || len(b) > sugMaxString {
		return maxCost + 1
	}
	if len(b) < len(a) {
		a, b = b, a
	}
	if (len(b)-len(a))*sugMoveCost > maxCost {
		return maxCost + 1
	}
	buf := make([]int, len(a))
	tmp := sugMoveCost
	for i := range buf {
		buf[i] = tmp
		tmp += sugMoveCost
	}
	result := 0
	for bi := 0; bi < len(b); bi++ {
		code := b[bi]
		distance := bi * sugMoveCost
		result = distance
		minimum := int(^uint(0) >> 1)
		for i := 0; i < len(a); i++ {
			substitute := distance + sugSubstCost(code, a[i])
			distance = buf[i]
			insertDelete := min(result, distance) + sugMoveCost
			result = min(insertDelete, substitute)
			buf[i] = result
			if result < minimum {
				minimum = result
			}
		}
		if minimum > maxCost {
			return maxCost + 1
		}
	}
	return result
}

func sugBest(names []string, name string) string {
	if len(names) >= sugMaxCandidates {
		return ""
	}
	best, bestDist := "", int(^uint(0)>>1)
	for _, item := range names {
		if item == name {
			continue
		}
		maxDist := (len(name) + len(item) + 3) * sugMoveCost / 6
		maxDist = min(maxDist, bestDist-1)
		d := sugDistance(name, item, maxDist)
		if d > maxDist {
			continue
		}
		if best == "" || d < bestDist {
			best, bestDist = item, d
		}
	}
	return best
}

func sugStrNames(items []Object) []string {
	out := make([]string, 0, len(items))
	for _, it := range items {
		if s, ok := it.(*Str); ok {
			out = append(out, s.s)
		}
	}
	return out
}

// offerSuggestion returns the name CPython would suggest for e, or "".
func offerSuggestion(t *Thread, e *BaseException) string {
	// CPython offers suggestions for these exact types only, not for
	// subclasses such as UnboundLocalError.
	switch {
	case e.typ == AttributeErrorType:
		name, ok := e.fieldOrNone("name").(*Str)
		obj := e.Field("obj")
		if v := e.fieldOrNone("obj"); obj == nil && v != None {
			obj = v
		}
		if !ok || obj == nil {
			return ""
		}
		d, exc := Dir(t, obj)
		if exc != nil {
			return ""
		}
		items, exc := ToSlice(t, d)
		if exc != nil {
			return ""
		}
		return sugBest(sugStrNames(items), name.s)
	case e.typ == NameErrorType:
		name, ok := e.fieldOrNone("name").(*Str)
		if !ok || len(e.tb) == 0 {
			return ""
		}
		en := e.tb[0] // innermost frame
		if en.Code != nil {
			if s := sugBest(en.Code.varnames(), name.s); s != "" {
				return s
			}
		}
		if en.Globals != nil {
			if s := sugBest(sugStrNames(en.Globals.Keys()), name.s); s != "" {
				return s
			}
		}
		return sugBest(sugStrNames(Builtins.Keys()), name.s)
	}
	return ""
}

// MethodCallPos is the position generated code records for an exception
// from a fused method call o.name(...): attrPos when the lookup of name
// failed (an AttributeError for name raised in this frame, not in a
// callee), as CPython locates LOAD_METHOD, else callPos (CALL).
func MethodCallPos(e *BaseException, name *Str, attrPos, callPos int) int {
	if len(e.tb) == 0 && e.IsInstanceOf(AttributeErrorType) {
		if n, ok := e.fieldOrNone("name").(*Str); ok && n.s == name.s {
			return attrPos
		}
	}
	return callPos
}
