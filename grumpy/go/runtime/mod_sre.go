package runtime

// The _sre module: re.Pattern, re.Match and the scanner, over the matcher in
// sre_engine.go. re/_compiler.py (compiled from CPython's own Lib) produces
// the code; this file is CPython 3.11's Modules/_sre/sre.c's Python-facing
// half: argument handling, match objects, findall/split/sub, and the calls
// back into re._subx / re._expand for replacement templates.

import (
	"sync"
)

func init() {
	RegisterModule(&ModuleSpec{Name: "_sre", Native: initSre})
}

var (
	srePatternType = sreType("Pattern", "re", "Compiled regular expression object.")
	sreMatchType   = sreType("Match", "re", "The result of re.match() and re.search().\nMatch objects always have a boolean value of True.")
	sreScannerType = sreType("SRE_Scanner", "_sre", "")
)

func sreType(name, module, doc string) *Type {
	return finalType(newNativeType(name, module, nil, doc).solidType())
}

// srePattern is a compiled regular expression (PatternObject).
type srePattern struct {
	code       []uint32
	pattern    Object // str, bytes or None
	flags      int
	groups     int
	groupindex *Dict  // nil when the pattern has no named groups
	indexgroup *Tuple // nil likewise
	isbytes    int    // -1: pattern is None
}

// Type implements Object.
func (*srePattern) Type() *Type { return srePatternType }

// sreMatch is a match result (MatchObject).
type sreMatch struct {
	pattern   *srePattern
	string    Object
	subj      *sreSubject
	marks     []int // 2*(groups+1) positions, -1 for groups that did not match
	pos       int
	endpos    int
	lastindex int
	mu        sync.Mutex
	regs      Object
}

// Type implements Object.
func (*sreMatch) Type() *Type { return sreMatchType }

// sreScanner is what Pattern.scanner returns (and what finditer drives).
type sreScanner struct {
	mu      sync.Mutex
	pattern *srePattern
	st      *sreState
	subj    *sreSubject
	done    bool
	view    Object // a view of a mutable subject while the scanner lives (mod_sre_buffer.go)
}

// Type implements Object.
func (*sreScanner) Type() *Type { return sreScannerType }

// sreSubject is a string being matched: its code points, and how to cut
// slices of it of the right type.
type sreSubject struct {
	obj     Object
	runes   []rune
	isBytes bool
	s       *Str   // str subjects (the builtin value of a subclass instance)
	exact   bool   // obj is exactly a str / bytes object
	b       []byte // bytes-like subjects
	bobj    *Bytes
}

// sreGetString is sre's getstring: a str or an object with the buffer
// interface.
func sreGetString(t *Thread, o Object) (*sreSubject, *BaseException) {
	v := Unwrap(o)
	switch x := v.(type) {
	case *Str:
		_, isInst := o.(*Instance)
		return &sreSubject{obj: o, runes: x.Runes(), s: x, exact: !isInst}, nil
	case *Bytes:
		_, isInst := o.(*Instance)
		return sreBytesSubject(o, x, !isInst), nil
	}
	if sreIsBufferType(TypeOf(v)) {
		b, exc := Call(t, BytesType, []Object{o}, nil)
		if exc != nil {
			return nil, exc
		}
		if bb, ok := b.(*Bytes); ok {
			return sreBytesSubject(o, bb, false), nil
		}
	}
	return nil, Errorf(TypeErrorType, "expected string or bytes-like object, got '%s'", TypeOf(o).name)
}

// sreIsBufferType reports whether instances of typ export the buffer
// interface (besides bytes): bytes() then copies their contents.
func sreIsBufferType(typ *Type) bool {
	for _, m := range typ.mro {
		if m == ArrayType || m == PickleBufferType {
			return true
		}
		if m.builtin {
			switch m.name {
			case "bytearray", "memoryview", "mmap", "mmap.mmap":
				return true
			}
		}
	}
	return false
}

func sreBytesSubject(o Object, b *Bytes, exact bool) *sreSubject {
	rs := make([]rune, len(b.b))
	for i, c := range b.b {
		rs[i] = rune(c)
	}
	sub := &sreSubject{obj: o, runes: rs, isBytes: true, b: b.b, exact: exact}
	if exact {
		sub.bobj = b
	}
	return sub
}

// slice is getslice: subject[i:j] as str or bytes.
func (sub *sreSubject) slice(i, j int) Object {
	if sub.isBytes {
		if sub.bobj != nil && i == 0 && j == len(sub.b) {
			return sub.bobj
		}
		return NewBytes(append([]byte(nil), sub.b[i:j]...))
	}
	if sub.exact && i == 0 && j == len(sub.runes) {
		return sub.s
	}
	return sub.s.substr(i, j)
}

func (sub *sreSubject) empty() Object {
	if sub.isBytes {
		return NewBytes(nil)
	}
	return NewStr("")
}

// sreParseArgs is ParseArgs with argument clinic's message for an unknown
// keyword.
func sreParseArgs(fname string, args []Object, kw []*Str, params []string, out ...*Object) *BaseException {
	for _, k := range kw {
		found := false
		for _, p := range params {
			if len(p) > 0 && p[len(p)-1] == '?' {
				p = p[:len(p)-1]
			}
			if p == k.s {
				found = true
				break
			}
		}
		if !found {
			return Errorf(TypeErrorType, "'%s' is an invalid keyword argument for %s()", k.s, fname)
		}
	}
	return ParseArgs(fname, args, kw, params, out...)
}

// sreSsize converts a Py_ssize_t argument.
func sreSsize(t *Thread, o Object) (int, *BaseException) {
	v, exc := Index(t, o)
	if exc != nil {
		return 0, exc
	}
	switch n := v.(type) {
	case Int:
		return int(n), nil
	case Bool:
		if n {
			return 1, nil
		}
		return 0, nil
	}
	return 0, NewError(OverflowErrorType, "Python int too large to convert to C ssize_t")
}

// sreInt converts a C int argument.
func sreInt(t *Thread, o Object) (int, *BaseException) {
	n, exc := sreSsize(t, o)
	if exc != nil {
		if exc.IsInstanceOf(OverflowErrorType) {
			return 0, NewError(OverflowErrorType, "Python int too large to convert to C int")
		}
		return 0, exc
	}
	if n > 1<<31-1 || n < -(1<<31) {
		return 0, NewError(OverflowErrorType, "Python int too large to convert to C int")
	}
	return n, nil
}

const sreMaxSsize = 1<<63 - 1

// newState is state_init.
func (p *srePattern) newState(t *Thread, str Object, pos, endpos int) (*sreState, *sreSubject, *BaseException) {
	sub, exc := sreGetString(t, str)
	if exc != nil {
		return nil, nil, exc
	}
	if sub.isBytes && p.isbytes == 0 {
		return nil, nil, NewError(TypeErrorType, "cannot use a string pattern on a bytes-like object")
	}
	if !sub.isBytes && p.isbytes > 0 {
		return nil, nil, NewError(TypeErrorType, "cannot use a bytes pattern on a string-like object")
	}
	st := newSreState(p.code, p.groups, sub.runes, pos, endpos)
	st.interrupted = func() bool {
		if e := CheckSignals(t); e != nil {
			st.pendingExc = e
			return true
		}
		return false
	}
	return st, sub, nil
}

// sreStatusError turns a negative engine status into the exception sre raises.
func sreStatusError(st *sreState, status int) *BaseException {
	if status == sreErrorInterrupted && st.pendingExc != nil {
		return st.pendingExc
	}
	return NewError(RuntimeErrorType, "internal error in regular expression engine")
}

// newMatch is pattern_new_match for a successful status.
func (p *srePattern) newMatch(st *sreState, sub *sreSubject) (*sreMatch, *BaseException) {
	m := &sreMatch{pattern: p, string: sub.obj, subj: sub, pos: st.pos, endpos: st.endpos, lastindex: st.lastindex}
	m.marks = make([]int, 2*(p.groups+1))
	m.marks[0], m.marks[1] = st.start, st.ptr
	for i, j := 0, 0; i < p.groups; i, j = i+1, j+2 {
		if j+1 <= st.lastmark && st.marks[j] >= 0 && st.marks[j+1] >= 0 {
			m.marks[j+2], m.marks[j+3] = st.marks[j], st.marks[j+1]
			if m.marks[j+2] > m.marks[j+3] {
				return nil, NewError(SystemErrorType, "The span of capturing group is wrong, please report a bug for the re module.")
			}
		} else {
			m.marks[j+2], m.marks[j+3] = -1, -1
		}
	}
	return m, nil
}

// matchResult finishes pattern.match/search/fullmatch.
func (p *srePattern) matchResult(st *sreState, sub *sreSubject, status int) (Object, *BaseException) {
	if status > 0 {
		return p.newMatch(st, sub)
	}
	if status == 0 {
		return None, nil
	}
	return nil, sreStatusError(st, status)
}

// stateGetSlice is state_getslice: group index (1-based) of the current
// state, None (or empty when empty is set) when it did not match.
func (st *sreState) getSlice(sub *sreSubject, index int, empty bool) (Object, *BaseException) {
	idx := (index - 1) * 2
	if idx >= st.lastmark || st.marks[idx] < 0 || st.marks[idx+1] < 0 {
		if empty {
			return sub.empty(), nil
		}
		return None, nil
	}
	i, j := st.marks[idx], st.marks[idx+1]
	if i > j {
		return nil, NewError(SystemErrorType, "The span of capturing group is wrong, please report a bug for the re module.")
	}
	return sub.slice(i, j), nil
}

func sreSelfPattern(args []Object, name string) (*srePattern, *BaseException) {
	if len(args) > 0 {
		if p, ok := args[0].(*srePattern); ok {
			return p, nil
		}
		return nil, Errorf(TypeErrorType, "descriptor '%s' for 're.Pattern' objects doesn't apply to a '%s' object", name, TypeOf(args[0]).name)
	}
	return nil, Errorf(TypeErrorType, "descriptor '%s' of 're.Pattern' object needs an argument", name)
}

func sreSelfMatch(args []Object, name string) (*sreMatch, *BaseException) {
	if len(args) > 0 {
		if m, ok := args[0].(*sreMatch); ok {
			return m, nil
		}
		return nil, Errorf(TypeErrorType, "descriptor '%s' for 're.Match' objects doesn't apply to a '%s' object", name, TypeOf(args[0]).name)
	}
	return nil, Errorf(TypeErrorType, "descriptor '%s' of 're.Match' object needs an argument", name)
}

// sreStringPosArgs parses (string, pos=0, endpos=sys.maxsize).
func sreStringPosArgs(t *Thread, fname string, args []Object, kw []*Str) (Object, int, int, *BaseException) {
	var str, pos, endpos Object
	if exc := sreParseArgs(fname, args, kw, []string{"string", "pos?", "endpos?"}, &str, &pos, &endpos); exc != nil {
		return nil, 0, 0, exc
	}
	p, e := 0, sreMaxSsize
	var exc *BaseException
	if pos != nil {
		if p, exc = sreSsize(t, pos); exc != nil {
			return nil, 0, 0, exc
		}
	}
	if endpos != nil {
		if e, exc = sreSsize(t, endpos); exc != nil {
			return nil, 0, 0, exc
		}
	}
	return str, p, e, nil
}

func (p *srePattern) doMatch(t *Thread, fname string, args []Object, kw []*Str) (Object, *BaseException) {
	str, pos, endpos, exc := sreStringPosArgs(t, fname, args, kw)
	if exc != nil {
		return nil, exc
	}
	st, sub, exc := p.newState(t, str, pos, endpos)
	if exc != nil {
		return nil, exc
	}
	var status int
	switch fname {
	case "match":
		status = st.doMatch(false)
	case "fullmatch":
		status = st.doMatch(true)
	default:
		st.ptr = st.start
		status = st.search()
	}
	return p.matchResult(st, sub, status)
}

func (p *srePattern) findall(t *Thread, str Object, pos, endpos int) (Object, *BaseException) {
	st, sub, exc := p.newState(t, str, pos, endpos)
	if exc != nil {
		return nil, exc
	}
	var out []Object
	for st.start <= st.end {
		st.reset()
		st.ptr = st.start
		status := st.search()
		if status <= 0 {
			if status == 0 {
				break
			}
			return nil, sreStatusError(st, status)
		}
		var item Object
		switch p.groups {
		case 0:
			item = sub.slice(st.start, st.ptr)
		case 1:
			if item, exc = st.getSlice(sub, 1, true); exc != nil {
				return nil, exc
			}
		default:
			items := make([]Object, p.groups)
			for i := range items {
				if items[i], exc = st.getSlice(sub, i+1, true); exc != nil {
					return nil, exc
				}
			}
			item = NewTuple(items...)
		}
		out = append(out, item)
		st.mustAdvance = st.ptr == st.start
		st.start = st.ptr
	}
	return NewList(out...), nil
}

func (p *srePattern) split(t *Thread, str Object, maxsplit int) (Object, *BaseException) {
	st, sub, exc := p.newState(t, str, 0, sreMaxSsize)
	if exc != nil {
		return nil, exc
	}
	var out []Object
	n := 0
	last := st.start
	for maxsplit == 0 || n < maxsplit {
		st.reset()
		st.ptr = st.start
		status := st.search()
		if status <= 0 {
			if status == 0 {
				break
			}
			return nil, sreStatusError(st, status)
		}
		out = append(out, sub.slice(last, st.start))
		for i := 0; i < p.groups; i++ {
			item, exc := st.getSlice(sub, i+1, false)
			if exc != nil {
				return nil, exc
			}
			out = append(out, item)
		}
		n++
		st.mustAdvance = st.ptr == st.start
		st.start = st.ptr
		last = st.start
	}
	out = append(out, sub.slice(last, st.endpos))
	return NewList(out...), nil
}

// sreCallRe calls re.<name>(args...) (the Python half of sub and expand).
func sreCallRe(t *Thread, name string, args ...Object) (Object, *BaseException) {
	re, exc := ImportModule(t, "re")
	if exc != nil {
		return nil, exc
	}
	f, exc := GetAttr(t, re, NewStr(name))
	if exc != nil {
		return nil, exc
	}
	return Call(t, f, args, nil)
}

// sreIsLiteral reports whether a replacement is a str or bytes-like object
// without backslashes (sub then inserts it as it is).
func sreIsLiteral(t *Thread, repl Object) bool {
	switch v := Unwrap(repl).(type) {
	case *Str:
		for i := 0; i < len(v.s); i++ {
			if v.s[i] == '\\' {
				return false
			}
		}
		return true
	case *Bytes:
		for _, c := range v.b {
			if c == '\\' {
				return false
			}
		}
		return true
	}
	if sreIsBufferType(TypeOf(repl)) {
		sub, exc := sreGetString(t, repl)
		if exc != nil {
			return false
		}
		for _, c := range sub.b {
			if c == '\\' {
				return false
			}
		}
		return true
	}
	return false
}

func (p *srePattern) subx(t *Thread, repl, str Object, count int, subn bool) (Object, *BaseException) {
	filter := repl
	callable := Callable(repl)
	if !callable {
		if !sreIsLiteral(t, repl) {
			f, exc := sreCallRe(t, "_subx", p, repl)
			if exc != nil {
				return nil, exc
			}
			filter = f
			callable = Callable(f)
		}
	}
	st, sub, exc := p.newState(t, str, 0, sreMaxSsize)
	if exc != nil {
		return nil, exc
	}
	var list []Object
	n, i := 0, 0
	for count == 0 || n < count {
		st.reset()
		st.ptr = st.start
		status := st.search()
		if status <= 0 {
			if status == 0 {
				break
			}
			return nil, sreStatusError(st, status)
		}
		b, e := st.start, st.ptr
		if i < b {
			list = append(list, sub.slice(i, b))
		}
		var item Object
		if callable {
			m, exc := p.newMatch(st, sub)
			if exc != nil {
				return nil, exc
			}
			if item, exc = Call1(t, filter, m); exc != nil {
				return nil, exc
			}
		} else {
			item = filter
		}
		if item != None {
			list = append(list, item)
		}
		i = e
		n++
		st.mustAdvance = st.ptr == st.start
		st.start = st.ptr
	}
	if i < st.endpos {
		list = append(list, sub.slice(i, st.endpos))
	}
	var result Object
	if len(list) == 0 {
		result = sub.empty()
	} else if sub.isBytes {
		result, exc = sreJoinBytes(t, list)
	} else {
		result, exc = sreJoinStr(list)
	}
	if exc != nil {
		return nil, exc
	}
	if subn {
		return NewTuple(result, MakeInt(int64(n))), nil
	}
	return result, nil
}

// sreJoinStr is PyUnicode_Join with an empty separator.
func sreJoinStr(items []Object) (Object, *BaseException) {
	if len(items) == 1 {
		if s, ok := items[0].(*Str); ok {
			return s, nil
		}
	}
	n := 0
	strs := make([]*Str, len(items))
	for i, it := range items {
		s, ok := Unwrap(it).(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "sequence item %d: expected str instance, %s found", i, TypeOf(it).name)
		}
		strs[i] = s
		n += len(s.s)
	}
	buf := make([]byte, 0, n)
	for _, s := range strs {
		buf = append(buf, s.s...)
	}
	return NewStr(string(buf)), nil
}

// sreJoinBytes is _PyBytes_Join with an empty separator.
func sreJoinBytes(t *Thread, items []Object) (Object, *BaseException) {
	var buf []byte
	for i, it := range items {
		switch v := Unwrap(it).(type) {
		case *Bytes:
			buf = append(buf, v.b...)
			continue
		}
		if sreIsBufferType(TypeOf(it)) {
			sub, exc := sreGetString(t, it)
			if exc != nil {
				return nil, exc
			}
			buf = append(buf, sub.b...)
			continue
		}
		return nil, Errorf(TypeErrorType, "sequence item %d: expected a bytes-like object, %s found", i, TypeOf(it).name)
	}
	return NewBytes(buf), nil
}

func (p *srePattern) scanner(t *Thread, str Object, pos, endpos int) (*sreScanner, *BaseException) {
	st, sub, exc := p.newState(t, str, pos, endpos)
	if exc != nil {
		return nil, exc
	}
	return &sreScanner{pattern: p, st: st, subj: sub, view: sreHoldBuffer(t, sub)}, nil
}

// next runs the scanner's next match or search.
func (sc *sreScanner) next(t *Thread, search bool) (Object, *BaseException) {
	if !sc.mu.TryLock() {
		return nil, NewError(ValueErrorType, "regular expression scanner already executing")
	}
	defer sc.mu.Unlock()
	if sc.done {
		return None, nil
	}
	st := sc.st
	st.reset()
	st.ptr = st.start
	// The state's signal hook belongs to the thread that made the scanner.
	st.interrupted = func() bool {
		if e := CheckSignals(t); e != nil {
			st.pendingExc = e
			return true
		}
		return false
	}
	var status int
	if search {
		status = st.search()
	} else {
		status = st.match(0, true)
	}
	if status < 0 {
		return nil, sreStatusError(st, status)
	}
	var m Object = None
	if status > 0 {
		mm, exc := sc.pattern.newMatch(st, sc.subj)
		if exc != nil {
			return nil, exc
		}
		m = mm
		st.mustAdvance = st.ptr == st.start
		st.start = st.ptr
	} else {
		sc.done = true
	}
	return m, nil
}

// --- Match ------------------------------------------------------------------

// getIndex is match_getindex.
func (m *sreMatch) getIndex(t *Thread, index Object) (int, *BaseException) {
	i := -1
	if _, ok := asIntStrict(index); ok || TypeOf(index).lookup(strIndex) != nil {
		v, exc := Index(t, index)
		if exc != nil {
			return 0, exc
		}
		switch n := v.(type) {
		case Int:
			i = int(n)
		case Bool:
			if n {
				i = 1
			} else {
				i = 0
			}
		case *BigInt:
			if n.v.Sign() < 0 {
				i = -1
			} else {
				i = sreMaxSsize
			}
		}
	} else if m.pattern.groupindex != nil {
		v, exc := m.pattern.groupindex.GetItem(t, index)
		if exc != nil {
			return 0, exc
		}
		if v != nil {
			if n, ok := asIntStrict(Unwrap(v)); ok {
				if iv, ok := n.(Int); ok {
					i = int(iv)
				}
			}
		}
	}
	if i < 0 || i > m.pattern.groups {
		return 0, NewError(IndexErrorType, "no such group")
	}
	return i, nil
}

// sliceByIndex is match_getslice_by_index.
func (m *sreMatch) sliceByIndex(index int, def Object) Object {
	index *= 2
	if m.string == None || m.marks[index] < 0 {
		return def
	}
	if r, ok := m.subj.reread(m.marks[index], m.marks[index+1]); ok {
		return r // mod_sre_buffer.go
	}
	n := len(m.subj.runes)
	i, j := min(m.marks[index], n), min(m.marks[index+1], n)
	return m.subj.slice(i, j)
}

func (m *sreMatch) getSlice(t *Thread, index, def Object) (Object, *BaseException) {
	i, exc := m.getIndex(t, index)
	if exc != nil {
		return nil, exc
	}
	return m.sliceByIndex(i, def), nil
}

func (m *sreMatch) group(t *Thread, args []Object) (Object, *BaseException) {
	switch len(args) {
	case 0:
		return m.sliceByIndex(0, None), nil
	case 1:
		return m.getSlice(t, args[0], None)
	}
	out := make([]Object, len(args))
	for i, a := range args {
		v, exc := m.getSlice(t, a, None)
		if exc != nil {
			return nil, exc
		}
		out[i] = v
	}
	return NewTuple(out...), nil
}

func (m *sreMatch) regsTuple() Object {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.regs == nil {
		items := make([]Object, m.pattern.groups+1)
		for i := range items {
			items[i] = NewTuple(MakeInt(int64(m.marks[2*i])), MakeInt(int64(m.marks[2*i+1])))
		}
		m.regs = NewTuple(items...)
	}
	return m.regs
}

// sreTruncRepr is %.<n>R: repr cut to n code points.
func sreTruncRepr(t *Thread, o Object, n int) (string, *BaseException) {
	r, exc := Repr(t, o)
	if exc != nil {
		return "", exc
	}
	if r.Len() <= n {
		return r.s, nil
	}
	return r.substr(0, n).s, nil
}

var sreFlagNames = []struct {
	name string
	bit  int
}{
	{"re.IGNORECASE", 2}, {"re.LOCALE", 4}, {"re.MULTILINE", 8}, {"re.DOTALL", 16},
	{"re.UNICODE", 32}, {"re.VERBOSE", 64}, {"re.DEBUG", 128}, {"re.ASCII", 256},
}

func (p *srePattern) repr(t *Thread) (Object, *BaseException) {
	flags := p.flags
	if p.isbytes == 0 && flags&(4|32|256) == 32 {
		flags &^= 32
	}
	var names []string
	for _, f := range sreFlagNames {
		if flags&f.bit != 0 {
			names = append(names, f.name)
			flags &^= f.bit
		}
	}
	if flags != 0 {
		names = append(names, sprintf("0x%x", uint32(flags)))
	}
	pr, exc := sreTruncRepr(t, p.pattern, 200)
	if exc != nil {
		return nil, exc
	}
	if len(names) == 0 {
		return NewStr("re.compile(" + pr + ")"), nil
	}
	s := ""
	for i, n := range names {
		if i > 0 {
			s += "|"
		}
		s += n
	}
	return NewStr("re.compile(" + pr + ", " + s + ")"), nil
}

func (p *srePattern) equal(t *Thread, q *srePattern) (bool, *BaseException) {
	if p == q {
		return true, nil
	}
	if p.flags != q.flags || p.isbytes != q.isbytes || len(p.code) != len(q.code) {
		return false, nil
	}
	for i := range p.code {
		if p.code[i] != q.code[i] {
			return false, nil
		}
	}
	r, exc := Eq(t, p.pattern, q.pattern)
	if exc != nil {
		return false, exc
	}
	return IsTrue(t, r)
}

func (p *srePattern) hash(t *Thread) (int64, *BaseException) {
	h, exc := Hash(t, p.pattern)
	if exc != nil {
		return 0, exc
	}
	// FNV-1a over the code words stands in for Py_HashBuffer.
	var h2 uint64 = 14695981039346656037
	for _, c := range p.code {
		h2 ^= uint64(c)
		h2 *= 1099511628211
	}
	h ^= int64(h2)
	h ^= int64(p.flags)
	h ^= int64(p.isbytes)
	h ^= int64(len(p.code))
	if h == -1 {
		h = -2
	}
	return h, nil
}

// --- module functions ----------------------------------------------------------

func sreCompile(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
	var pattern, flagsO, codeO, groupsO, giO, igO Object
	if exc := sreParseArgs("compile", args, kw, []string{"pattern", "flags", "code", "groups", "groupindex", "indexgroup"},
		&pattern, &flagsO, &codeO, &groupsO, &giO, &igO); exc != nil {
		return nil, exc
	}
	flags, exc := sreInt(t, flagsO)
	if exc != nil {
		return nil, exc
	}
	codeL, ok := codeO.(*List)
	if !ok {
		return nil, Errorf(TypeErrorType, "compile() argument 'code' must be list, not %s", TypeOf(codeO).name)
	}
	groups, exc := sreSsize(t, groupsO)
	if exc != nil {
		return nil, exc
	}
	gi, ok := giO.(*Dict)
	if !ok {
		return nil, Errorf(TypeErrorType, "compile() argument 'groupindex' must be dict, not %s", TypeOf(giO).name)
	}
	ig, ok := Unwrap(igO).(*Tuple)
	if !ok {
		return nil, Errorf(TypeErrorType, "compile() argument 'indexgroup' must be tuple, not %s", TypeOf(igO).name)
	}
	items := codeL.Snapshot()
	code := make([]uint32, len(items))
	for i, it := range items {
		v, ok := asIntStrict(Unwrap(it))
		if !ok {
			r, exc := Index(t, it)
			if exc != nil {
				return nil, exc
			}
			v = r
		}
		switch n := v.(type) {
		case Int:
			if n < 0 {
				return nil, NewError(OverflowErrorType, "can't convert negative value to unsigned int")
			}
			if n > 1<<32-1 {
				return nil, NewError(OverflowErrorType, "regular expression code size limit exceeded")
			}
			code[i] = uint32(n)
		case Bool:
			if n {
				code[i] = 1
			}
		default:
			if b, ok := v.(*BigInt); ok && b.v.Sign() < 0 {
				return nil, NewError(OverflowErrorType, "can't convert negative value to unsigned int")
			}
			return nil, NewError(OverflowErrorType, "Python int too large to convert to C unsigned long")
		}
	}
	p := &srePattern{code: code, pattern: pattern, flags: flags, groups: groups}
	if pattern == None {
		p.isbytes = -1
	} else {
		sub, exc := sreGetString(t, pattern)
		if exc != nil {
			return nil, exc
		}
		if sub.isBytes {
			p.isbytes = 1
		}
	}
	if gi.Len() > 0 {
		p.groupindex = gi
		if ig.Len() > 0 {
			p.indexgroup = ig
		}
	}
	if !sreValidate(code, groups) {
		return nil, NewError(RuntimeErrorType, "invalid SRE code")
	}
	return p, nil
}

func sreCharArg(t *Thread, fname string, args []Object, kw []*Str) (uint32, *BaseException) {
	if exc := ArgCount(fname, args, kw, 1, 1); exc != nil {
		return 0, exc
	}
	n, exc := sreInt(t, args[0])
	if exc != nil {
		return 0, exc
	}
	return uint32(n), nil
}

func initSre(t *Thread, m *Module) *BaseException {
	d := m.dict
	d.SetStr("MAGIC", MakeInt(sreMagic))
	d.SetStr("CODESIZE", MakeInt(sreCodeSize))
	d.SetStr("MAXREPEAT", MakeInt(sreMaxRepeat))
	d.SetStr("MAXGROUPS", MakeInt(sreMaxGroups))
	d.SetStr("copyright", NewStr(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "))
	def := func(name string, fn BuiltinFn) {
		b := NewBuiltin(name, fn)
		b.module = "_sre"
		d.SetStr(name, b)
	}
	def("compile", sreCompile)
	def("getcodesize", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("getcodesize", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		return MakeInt(sreCodeSize), nil
	})
	def("ascii_iscased", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		ch, exc := sreCharArg(t, "ascii_iscased", args, kw)
		if exc != nil {
			return nil, exc
		}
		return Bool(ch < 128 && sreLowerASCII(ch) != sreUpperASCII(ch)), nil
	})
	def("unicode_iscased", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		ch, exc := sreCharArg(t, "unicode_iscased", args, kw)
		if exc != nil {
			return nil, exc
		}
		return Bool(ch != sreLowerUnicode(ch) || ch != sreUpperUnicode(ch)), nil
	})
	def("ascii_tolower", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		ch, exc := sreCharArg(t, "ascii_tolower", args, kw)
		if exc != nil {
			return nil, exc
		}
		return MakeInt(int64(sreLowerASCII(ch))), nil
	})
	def("unicode_tolower", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		ch, exc := sreCharArg(t, "unicode_tolower", args, kw)
		if exc != nil {
			return nil, exc
		}
		return MakeInt(int64(sreLowerUnicode(ch))), nil
	})
	return nil
}

// --- type methods ----------------------------------------------------------------

func init() {
	noNew := func(name string) BuiltinFn {
		return func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			return nil, Errorf(TypeErrorType, "cannot create '%s' instances", name)
		}
	}
	DefStatic(srePatternType, "__new__", noNew("re.Pattern"))
	DefStatic(sreMatchType, "__new__", noNew("re.Match"))
	DefStatic(sreScannerType, "__new__", noNew("_sre.SRE_Scanner"))
	classGetitem := func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) != 2 {
			return nil, Errorf(TypeErrorType, "__class_getitem__() takes exactly one argument (%d given)", len(args)-1)
		}
		return NewGenericAlias(args[0], args[1]), nil
	}
	DefClassMethod(srePatternType, "__class_getitem__", classGetitem)
	DefClassMethod(sreMatchType, "__class_getitem__", classGetitem)

	// Pattern
	for _, name := range []string{"match", "fullmatch", "search"} {
		name := name
		DefMethod(srePatternType, name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			p, exc := sreSelfPattern(args, name)
			if exc != nil {
				return nil, exc
			}
			return p.doMatch(t, name, args[1:], kw)
		})
	}
	DefMethod(srePatternType, "findall", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		p, exc := sreSelfPattern(args, "findall")
		if exc != nil {
			return nil, exc
		}
		str, pos, endpos, exc := sreStringPosArgs(t, "findall", args[1:], kw)
		if exc != nil {
			return nil, exc
		}
		return p.findall(t, str, pos, endpos)
	})
	DefMethod(srePatternType, "finditer", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		p, exc := sreSelfPattern(args, "finditer")
		if exc != nil {
			return nil, exc
		}
		str, pos, endpos, exc := sreStringPosArgs(t, "finditer", args[1:], kw)
		if exc != nil {
			return nil, exc
		}
		sc, exc := p.scanner(t, str, pos, endpos)
		if exc != nil {
			return nil, exc
		}
		search, exc := GetAttr(t, sc, NewStr("search"))
		if exc != nil {
			return nil, exc
		}
		return &callIter{fn: search, sentinel: None}, nil
	})
	DefMethod(srePatternType, "scanner", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		p, exc := sreSelfPattern(args, "scanner")
		if exc != nil {
			return nil, exc
		}
		str, pos, endpos, exc := sreStringPosArgs(t, "scanner", args[1:], kw)
		if exc != nil {
			return nil, exc
		}
		return p.scanner(t, str, pos, endpos)
	})
	DefMethod(srePatternType, "split", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		p, exc := sreSelfPattern(args, "split")
		if exc != nil {
			return nil, exc
		}
		var str, maxsplitO Object
		if exc := sreParseArgs("split", args[1:], kw, []string{"string", "maxsplit?"}, &str, &maxsplitO); exc != nil {
			return nil, exc
		}
		maxsplit := 0
		if maxsplitO != nil {
			if maxsplit, exc = sreSsize(t, maxsplitO); exc != nil {
				return nil, exc
			}
		}
		return p.split(t, str, maxsplit)
	})
	for _, name := range []string{"sub", "subn"} {
		name := name
		DefMethod(srePatternType, name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			p, exc := sreSelfPattern(args, name)
			if exc != nil {
				return nil, exc
			}
			var repl, str, countO Object
			if exc := sreParseArgs(name, args[1:], kw, []string{"repl", "string", "count?"}, &repl, &str, &countO); exc != nil {
				return nil, exc
			}
			count := 0
			if countO != nil {
				if count, exc = sreSsize(t, countO); exc != nil {
					return nil, exc
				}
			}
			return p.subx(t, repl, str, count, name == "subn")
		})
	}
	DefMethod(srePatternType, "__copy__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("__copy__", args[1:], kw, 0, 0); exc != nil {
			return nil, exc
		}
		return args[0], nil
	})
	DefMethod(srePatternType, "__deepcopy__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("__deepcopy__", args[1:], kw, 1, 1); exc != nil {
			return nil, exc
		}
		return args[0], nil
	})
	DefMethod(srePatternType, "__repr__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		p, exc := sreSelfPattern(args, "__repr__")
		if exc != nil {
			return nil, exc
		}
		return p.repr(t)
	})
	DefMethod(srePatternType, "__hash__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		p, exc := sreSelfPattern(args, "__hash__")
		if exc != nil {
			return nil, exc
		}
		h, exc := p.hash(t)
		if exc != nil {
			return nil, exc
		}
		return MakeInt(h), nil
	})
	for _, name := range []string{"__eq__", "__ne__"} {
		ne := name == "__ne__"
		DefMethod(srePatternType, name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if len(args) != 2 {
				return nil, Errorf(TypeErrorType, "expected 1 argument, got %d", len(args)-1)
			}
			p, ok1 := args[0].(*srePattern)
			q, ok2 := args[1].(*srePattern)
			if !ok1 || !ok2 {
				return NotImplemented, nil
			}
			eq, exc := p.equal(t, q)
			if exc != nil {
				return nil, exc
			}
			return Bool(eq != ne), nil
		})
	}
	for _, name := range []string{"__lt__", "__le__", "__gt__", "__ge__"} {
		DefMethod(srePatternType, name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			return NotImplemented, nil
		})
	}
	defMember(srePatternType, "pattern", func(t *Thread, o Object) (Object, *BaseException) {
		return o.(*srePattern).pattern, nil
	})
	defMember(srePatternType, "flags", func(t *Thread, o Object) (Object, *BaseException) {
		return MakeInt(int64(o.(*srePattern).flags)), nil
	})
	defMember(srePatternType, "groups", func(t *Thread, o Object) (Object, *BaseException) {
		return MakeInt(int64(o.(*srePattern).groups)), nil
	})
	defGetSet(srePatternType, "groupindex", func(t *Thread, o Object) (Object, *BaseException) {
		p := o.(*srePattern)
		if p.groupindex == nil {
			return NewDict(), nil
		}
		return NewMappingProxy(p.groupindex), nil
	}, nil)

	// Match
	DefMethod(sreMatchType, "group", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		m, exc := sreSelfMatch(args, "group")
		if exc != nil {
			return nil, exc
		}
		if exc := NoKwargs("group", kw); exc != nil {
			return nil, exc
		}
		return m.group(t, args[1:])
	})
	DefMethod(sreMatchType, "__getitem__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		m, exc := sreSelfMatch(args, "__getitem__")
		if exc != nil {
			return nil, exc
		}
		if exc := ArgCount("__getitem__", args[1:], kw, 1, 1); exc != nil {
			return nil, exc
		}
		return m.getSlice(t, args[1], None)
	})
	for _, name := range []string{"groups", "groupdict"} {
		name := name
		DefMethod(sreMatchType, name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			m, exc := sreSelfMatch(args, name)
			if exc != nil {
				return nil, exc
			}
			var def Object = None
			if exc := sreParseArgs(name, args[1:], kw, []string{"default?"}, &def); exc != nil {
				return nil, exc
			}
			if name == "groups" {
				out := make([]Object, m.pattern.groups)
				for i := range out {
					out[i] = m.sliceByIndex(i+1, def)
				}
				return NewTuple(out...), nil
			}
			result := NewDict()
			if m.pattern.groupindex == nil {
				return result, nil
			}
			keys := m.pattern.groupindex.Keys()
			for _, k := range keys {
				v, exc := m.getSlice(t, k, def)
				if exc != nil {
					return nil, exc
				}
				if exc := result.SetItem(t, k, v); exc != nil {
					return nil, exc
				}
			}
			return result, nil
		})
	}
	for _, name := range []string{"start", "end", "span"} {
		name := name
		DefMethod(sreMatchType, name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			m, exc := sreSelfMatch(args, name)
			if exc != nil {
				return nil, exc
			}
			if exc := ArgCount(name, args[1:], kw, 0, 1); exc != nil {
				return nil, exc
			}
			i := 0
			if len(args) == 2 {
				if i, exc = m.getIndex(t, args[1]); exc != nil {
					return nil, exc
				}
			}
			switch name {
			case "start":
				return MakeInt(int64(m.marks[2*i])), nil
			case "end":
				return MakeInt(int64(m.marks[2*i+1])), nil
			}
			return NewTuple(MakeInt(int64(m.marks[2*i])), MakeInt(int64(m.marks[2*i+1]))), nil
		})
	}
	DefMethod(sreMatchType, "expand", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		m, exc := sreSelfMatch(args, "expand")
		if exc != nil {
			return nil, exc
		}
		var template Object
		if exc := sreParseArgs("expand", args[1:], kw, []string{"template"}, &template); exc != nil {
			return nil, exc
		}
		return sreCallRe(t, "_expand", m.pattern, m, template)
	})
	DefMethod(sreMatchType, "__copy__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("__copy__", args[1:], kw, 0, 0); exc != nil {
			return nil, exc
		}
		return args[0], nil
	})
	DefMethod(sreMatchType, "__deepcopy__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("__deepcopy__", args[1:], kw, 1, 1); exc != nil {
			return nil, exc
		}
		return args[0], nil
	})
	DefMethod(sreMatchType, "__repr__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		m, exc := sreSelfMatch(args, "__repr__")
		if exc != nil {
			return nil, exc
		}
		g, exc := sreTruncRepr(t, m.sliceByIndex(0, None), 50)
		if exc != nil {
			return nil, exc
		}
		return NewStr(sprintf("<re.Match object; span=(%d, %d), match=%s>", m.marks[0], m.marks[1], g)), nil
	})
	defMember(sreMatchType, "string", func(t *Thread, o Object) (Object, *BaseException) {
		return o.(*sreMatch).string, nil
	})
	defMember(sreMatchType, "re", func(t *Thread, o Object) (Object, *BaseException) {
		return o.(*sreMatch).pattern, nil
	})
	defMember(sreMatchType, "pos", func(t *Thread, o Object) (Object, *BaseException) {
		return MakeInt(int64(o.(*sreMatch).pos)), nil
	})
	defMember(sreMatchType, "endpos", func(t *Thread, o Object) (Object, *BaseException) {
		return MakeInt(int64(o.(*sreMatch).endpos)), nil
	})
	defGetSet(sreMatchType, "lastindex", func(t *Thread, o Object) (Object, *BaseException) {
		m := o.(*sreMatch)
		if m.lastindex >= 0 {
			return MakeInt(int64(m.lastindex)), nil
		}
		return None, nil
	}, nil)
	defGetSet(sreMatchType, "lastgroup", func(t *Thread, o Object) (Object, *BaseException) {
		m := o.(*sreMatch)
		if ig := m.pattern.indexgroup; ig != nil && m.lastindex >= 0 && m.lastindex < len(ig.items) {
			return ig.items[m.lastindex], nil
		}
		return None, nil
	}, nil)
	defGetSet(sreMatchType, "regs", func(t *Thread, o Object) (Object, *BaseException) {
		return o.(*sreMatch).regsTuple(), nil
	}, nil)

	// Scanner
	for _, name := range []string{"match", "search"} {
		search := name == "search"
		name := name
		DefMethod(sreScannerType, name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if len(args) == 0 {
				return nil, Errorf(TypeErrorType, "descriptor '%s' of '_sre.SRE_Scanner' object needs an argument", name)
			}
			sc, ok := args[0].(*sreScanner)
			if !ok {
				return nil, Errorf(TypeErrorType, "descriptor '%s' for '_sre.SRE_Scanner' objects doesn't apply to a '%s' object", name, TypeOf(args[0]).name)
			}
			if exc := ArgCount(name, args[1:], kw, 0, 0); exc != nil {
				return nil, exc
			}
			return sc.next(t, search)
		})
	}
	defMember(sreScannerType, "pattern", func(t *Thread, o Object) (Object, *BaseException) {
		return o.(*sreScanner).pattern, nil
	})
}
