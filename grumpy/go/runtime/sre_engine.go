package runtime

// The regular expression matcher behind the _sre module. It executes the
// code that CPython 3.11's re/_compiler.py produces, with the semantics of
// CPython's sre engine (Modules/_sre/sre_lib.h): a backtracking machine whose
// match contexts live on an explicit stack (so deep patterns never grow the Go
// stack), saving and restoring capture marks exactly where sre does, so the
// groups a match reports are the ones CPython reports.
//
// Subjects are code points: a str's runes, or a bytes object widened to one
// rune per byte. Positions are indices into that slice; -1 stands for sre's
// NULL mark.

// Opcodes (re._constants.OPCODES).
const (
	sreOpFailure             = 0
	sreOpSuccess             = 1
	sreOpAny                 = 2
	sreOpAnyAll              = 3
	sreOpAssert              = 4
	sreOpAssertNot           = 5
	sreOpAt                  = 6
	sreOpBranch              = 7
	sreOpCategory            = 8
	sreOpCharset             = 9
	sreOpBigCharset          = 10
	sreOpGroupref            = 11
	sreOpGrouprefExists      = 12
	sreOpIn                  = 13
	sreOpInfo                = 14
	sreOpJump                = 15
	sreOpLiteral             = 16
	sreOpMark                = 17
	sreOpMaxUntil            = 18
	sreOpMinUntil            = 19
	sreOpNotLiteral          = 20
	sreOpNegate              = 21
	sreOpRange               = 22
	sreOpRepeat              = 23
	sreOpRepeatOne           = 24
	sreOpSubpattern          = 25
	sreOpMinRepeatOne        = 26
	sreOpAtomicGroup         = 27
	sreOpPossessiveRepeat    = 28
	sreOpPossessiveRepeatOne = 29
	sreOpGrouprefIgnore      = 30
	sreOpInIgnore            = 31
	sreOpLiteralIgnore       = 32
	sreOpNotLiteralIgnore    = 33
	sreOpGrouprefLocIgnore   = 34
	sreOpInLocIgnore         = 35
	sreOpLiteralLocIgnore    = 36
	sreOpNotLiteralLocIgnore = 37
	sreOpGrouprefUniIgnore   = 38
	sreOpInUniIgnore         = 39
	sreOpLiteralUniIgnore    = 40
	sreOpNotLiteralUniIgnore = 41
	sreOpRangeUniIgnore      = 42
)

// AT codes.
const (
	sreAtBeginning       = 0
	sreAtBeginningLine   = 1
	sreAtBeginningString = 2
	sreAtBoundary        = 3
	sreAtNonBoundary     = 4
	sreAtEnd             = 5
	sreAtEndLine         = 6
	sreAtEndString       = 7
	sreAtLocBoundary     = 8
	sreAtLocNonBoundary  = 9
	sreAtUniBoundary     = 10
	sreAtUniNonBoundary  = 11
)

// Character categories.
const (
	sreCatDigit           = 0
	sreCatNotDigit        = 1
	sreCatSpace           = 2
	sreCatNotSpace        = 3
	sreCatWord            = 4
	sreCatNotWord         = 5
	sreCatLinebreak       = 6
	sreCatNotLinebreak    = 7
	sreCatLocWord         = 8
	sreCatLocNotWord      = 9
	sreCatUniDigit        = 10
	sreCatUniNotDigit     = 11
	sreCatUniSpace        = 12
	sreCatUniNotSpace     = 13
	sreCatUniWord         = 14
	sreCatUniNotWord      = 15
	sreCatUniLinebreak    = 16
	sreCatUniNotLinebreak = 17
)

// INFO block flags.
const (
	sreInfoPrefix  = 1
	sreInfoLiteral = 2
	sreInfoCharset = 4
)

const (
	sreMagic     = 20220615
	sreCodeSize  = 4
	sreMaxRepeat = 1<<32 - 1
	sreMaxGroups = 1<<30 - 1
)

// Engine error statuses (negative results of match/search).
const (
	sreErrorIllegal     = -1
	sreErrorState       = -2
	sreErrorInterrupted = -10
)

// --- character predicates -------------------------------------------------

func sreIsDigit(ch uint32) bool { return ch >= '0' && ch <= '9' }

func sreIsSpace(ch uint32) bool { return ch == ' ' || (ch >= '\t' && ch <= '\r') }

func sreIsWord(ch uint32) bool {
	return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_'
}

// The locale is assumed to be a UTF-8 (or C) one, where the single bytes
// above 127 are neither letters nor digits and have no case.
func sreLocIsWord(ch uint32) bool { return ch < 128 && sreIsWord(ch) }

func sreLowerASCII(ch uint32) uint32 {
	if ch >= 'A' && ch <= 'Z' {
		return ch + 32
	}
	return ch
}

func sreUpperASCII(ch uint32) uint32 {
	if ch >= 'a' && ch <= 'z' {
		return ch - 32
	}
	return ch
}

func sreLowerLocale(ch uint32) uint32 { return sreLowerASCII(ch) }
func sreUpperLocale(ch uint32) uint32 { return sreUpperASCII(ch) }

// sreLowerUnicode is Py_UNICODE_TOLOWER: the simple lowercase mapping (the
// first code point of the full mapping where that is longer).
func sreLowerUnicode(ch uint32) uint32 {
	if ch < 0x80 {
		return sreLowerASCII(ch)
	}
	if ch > 0x10ffff {
		return ch
	}
	r := rune(ch)
	if m, ok := uniCaseLowerMulti[r]; ok {
		return uint32(m[0])
	}
	return uint32(caseLookup(uniCaseLower, r))
}

// sreUpperUnicode is Py_UNICODE_TOUPPER.
func sreUpperUnicode(ch uint32) uint32 {
	if ch < 0x80 {
		return sreUpperASCII(ch)
	}
	if ch > 0x10ffff {
		return ch
	}
	r := rune(ch)
	if m, ok := uniCaseUpperMulti[r]; ok {
		return uint32(m[0])
	}
	return uint32(caseLookup(uniCaseUpper, r))
}

func sreUniIsWord(ch uint32) bool {
	if ch < 0x80 {
		return sreIsWord(ch)
	}
	return ch <= 0x10ffff && uIsAlnum(rune(ch))
}

func sreCategory(cat uint32, ch uint32) bool {
	switch cat {
	case sreCatDigit:
		return sreIsDigit(ch)
	case sreCatNotDigit:
		return !sreIsDigit(ch)
	case sreCatSpace:
		return sreIsSpace(ch)
	case sreCatNotSpace:
		return !sreIsSpace(ch)
	case sreCatWord:
		return sreIsWord(ch)
	case sreCatNotWord:
		return !sreIsWord(ch)
	case sreCatLinebreak:
		return ch == '\n'
	case sreCatNotLinebreak:
		return ch != '\n'
	case sreCatLocWord:
		return sreLocIsWord(ch)
	case sreCatLocNotWord:
		return !sreLocIsWord(ch)
	case sreCatUniDigit:
		return ch <= 0x10ffff && uIsDecimal(rune(ch))
	case sreCatUniNotDigit:
		return !(ch <= 0x10ffff && uIsDecimal(rune(ch)))
	case sreCatUniSpace:
		return uIsSpace(rune(ch))
	case sreCatUniNotSpace:
		return !uIsSpace(rune(ch))
	case sreCatUniWord:
		return sreUniIsWord(ch)
	case sreCatUniNotWord:
		return !sreUniIsWord(ch)
	case sreCatUniLinebreak:
		return uIsLinebreak(rune(ch))
	case sreCatUniNotLinebreak:
		return !uIsLinebreak(rune(ch))
	}
	return false
}

func sreCharLocIgnore(pattern, ch uint32) bool {
	return ch == pattern || sreLowerLocale(ch) == pattern || sreUpperLocale(ch) == pattern
}

// --- engine state -----------------------------------------------------------

// sreRepeat is the context of one REPEAT ... MAX_UNTIL/MIN_UNTIL loop.
type sreRepeat struct {
	count   int
	pc      int // index of the REPEAT's <skip> word
	lastPtr int // zero-width match protection (-1: none)
	prev    int // enclosing repeat (index into sreState.reps, -1: none)
}

// Jump kinds: what a suspended context was doing when it started a child.
const (
	sreJumpNone = iota
	sreJumpMaxUntil1
	sreJumpMaxUntil2
	sreJumpMaxUntil3
	sreJumpMinUntil1
	sreJumpMinUntil2
	sreJumpMinUntil3
	sreJumpRepeat
	sreJumpRepeatOne1
	sreJumpRepeatOne2
	sreJumpMinRepeatOne
	sreJumpBranch
	sreJumpAssert
	sreJumpAssertNot
	sreJumpPossRepeat1
	sreJumpPossRepeat2
	sreJumpAtomicGroup
)

// sreCtx is one match context (sre's SRE(match_context)).
type sreCtx struct {
	pc, ptr   int
	count     int
	chr       uint32
	rep       int // index into sreState.reps
	lastmark  int
	lastindex int
	savedLast int // the repeat's lastPtr saved around a child
	mbase     int // height of the mark stack when this context started
	toplevel  bool
	jump      uint8
}

// sreState is SRE_STATE: one search over one subject.
type sreState struct {
	code []uint32
	str  []rune
	// start is where the current match attempt began; end is endpos.
	start, end  int
	pos, endpos int
	ptr         int
	marks       []int
	lastmark    int
	lastindex   int
	repeat      int // innermost active repeat (index into reps, -1: none)
	// reps holds the active repeat contexts; they nest, so it is a stack.
	reps        []sreRepeat
	matchAll    bool
	mustAdvance bool
	mstack      []int
	frames      []sreCtx
	sigcount    uint32
	// interrupted, when set, is polled every few thousand steps; returning
	// true aborts the match with sreErrorInterrupted.
	interrupted func() bool
	// pendingExc is the exception the interrupt hook picked up.
	pendingExc *BaseException
}

// newSreState prepares a search of str[pos:endpos] (clamped as sre does).
func newSreState(code []uint32, groups int, str []rune, pos, endpos int) *sreState {
	n := len(str)
	if pos < 0 {
		pos = 0
	} else if pos > n {
		pos = n
	}
	if endpos < 0 {
		endpos = 0
	} else if endpos > n {
		endpos = n
	}
	s := &sreState{code: code, str: str, start: pos, end: endpos, pos: pos, endpos: endpos}
	s.marks = make([]int, 2*groups+2)
	s.lastmark, s.lastindex = -1, -1
	s.repeat = -1
	return s
}

// reset prepares for another match attempt (state_reset).
func (s *sreState) reset() {
	s.lastmark, s.lastindex = -1, -1
	s.repeat = -1
	s.reps = s.reps[:0]
	s.mstack = s.mstack[:0]
	s.frames = s.frames[:0]
}

func (s *sreState) markPush(lastmark int) {
	if lastmark >= 0 {
		s.mstack = append(s.mstack, s.marks[:lastmark+1]...)
	}
}

func (s *sreState) markPop(lastmark int) {
	if lastmark >= 0 {
		n := lastmark + 1
		top := len(s.mstack) - n
		copy(s.marks[:n], s.mstack[top:])
		s.mstack = s.mstack[:top]
	}
}

func (s *sreState) markPopKeep(lastmark int) {
	if lastmark >= 0 {
		n := lastmark + 1
		copy(s.marks[:n], s.mstack[len(s.mstack)-n:])
	}
}

func (s *sreState) markPopDiscard(lastmark int) {
	if lastmark >= 0 {
		s.mstack = s.mstack[:len(s.mstack)-(lastmark+1)]
	}
}

// at checks an AT assertion at position ptr.
func (s *sreState) at(ptr int, at uint32) bool {
	str, end := s.str, s.end
	switch at {
	case sreAtBeginning, sreAtBeginningString:
		return ptr == 0
	case sreAtBeginningLine:
		return ptr == 0 || str[ptr-1] == '\n'
	case sreAtEnd:
		return (end-ptr == 1 && str[ptr] == '\n') || ptr == end
	case sreAtEndLine:
		// (ptr can lie past end when pos > endpos; sre then reads the
		// string's terminating NUL)
		return ptr == end || (ptr < len(str) && str[ptr] == '\n')
	case sreAtEndString:
		return ptr == end
	}
	var word func(uint32) bool
	negate := false
	switch at {
	case sreAtBoundary:
		word = sreIsWord
	case sreAtNonBoundary:
		word, negate = sreIsWord, true
	case sreAtLocBoundary:
		word = sreLocIsWord
	case sreAtLocNonBoundary:
		word, negate = sreLocIsWord, true
	case sreAtUniBoundary:
		word = sreUniIsWord
	case sreAtUniNonBoundary:
		word, negate = sreUniIsWord, true
	default:
		return false
	}
	if end == 0 {
		return false
	}
	thatp := ptr > 0 && word(uint32(str[ptr-1]))
	thisp := ptr < end && word(uint32(str[ptr]))
	if negate {
		return thisp == thatp
	}
	return thisp != thatp
}

// charset tests ch against the set starting at code[pc].
func (s *sreState) charset(pc int, ch uint32) bool {
	code := s.code
	ok := true
	for {
		op := code[pc]
		pc++
		switch op {
		case sreOpFailure:
			return !ok
		case sreOpLiteral:
			if ch == code[pc] {
				return ok
			}
			pc++
		case sreOpCategory:
			if sreCategory(code[pc], ch) {
				return ok
			}
			pc++
		case sreOpCharset:
			if ch < 256 && code[pc+int(ch>>5)]&(1<<(ch&31)) != 0 {
				return ok
			}
			pc += 8
		case sreOpRange:
			if code[pc] <= ch && ch <= code[pc+1] {
				return ok
			}
			pc += 2
		case sreOpRangeUniIgnore:
			if code[pc] <= ch && ch <= code[pc+1] {
				return ok
			}
			if u := sreUpperUnicode(ch); code[pc] <= u && u <= code[pc+1] {
				return ok
			}
			pc += 2
		case sreOpNegate:
			ok = !ok
		case sreOpBigCharset:
			count := int(code[pc])
			pc++
			if ch < 0x10000 {
				// The 256 block indices are bytes packed little-endian
				// into 64 code words.
				hi := ch >> 8
				block := int(code[pc+int(hi>>2)]>>(8*(hi&3))) & 0xff
				w := code[pc+64+block*8+int((ch&255)>>5)]
				if w&(1<<(ch&31)) != 0 {
					return ok
				}
			}
			pc += 64 + count*8
		default:
			return false
		}
	}
}

func (s *sreState) charsetLocIgnore(pc int, ch uint32) bool {
	lo := sreLowerLocale(ch)
	if s.charset(pc, lo) {
		return true
	}
	up := sreUpperLocale(ch)
	return up != lo && s.charset(pc, up)
}

func sreSingleCharOp(op uint32) bool {
	switch op {
	case sreOpIn, sreOpAny, sreOpAnyAll, sreOpLiteral, sreOpNotLiteral, sreOpLiteralIgnore,
		sreOpNotLiteralIgnore, sreOpLiteralUniIgnore, sreOpNotLiteralUniIgnore, sreOpLiteralLocIgnore,
		sreOpNotLiteralLocIgnore, sreOpInIgnore, sreOpInUniIgnore, sreOpInLocIgnore, sreOpCategory:
		return true
	}
	return false
}

// matchOne tests a single-character operation at code[pc] (the opcode)
// against ch; ok is false for operations that are not single-character.
func (s *sreState) matchOne(pc int, ch uint32) (matched, ok bool) {
	code := s.code
	switch code[pc] {
	case sreOpIn:
		return s.charset(pc+2, ch), true
	case sreOpAny:
		return ch != '\n', true
	case sreOpAnyAll:
		return true, true
	case sreOpLiteral:
		return ch == code[pc+1], true
	case sreOpNotLiteral:
		return ch != code[pc+1], true
	case sreOpLiteralIgnore:
		return sreLowerASCII(ch) == code[pc+1], true
	case sreOpNotLiteralIgnore:
		return sreLowerASCII(ch) != code[pc+1], true
	case sreOpLiteralUniIgnore:
		return sreLowerUnicode(ch) == code[pc+1], true
	case sreOpNotLiteralUniIgnore:
		return sreLowerUnicode(ch) != code[pc+1], true
	case sreOpLiteralLocIgnore:
		return sreCharLocIgnore(code[pc+1], ch), true
	case sreOpNotLiteralLocIgnore:
		return !sreCharLocIgnore(code[pc+1], ch), true
	case sreOpInIgnore:
		return s.charset(pc+2, sreLowerASCII(ch)), true
	case sreOpInUniIgnore:
		return s.charset(pc+2, sreLowerUnicode(ch)), true
	case sreOpInLocIgnore:
		return s.charsetLocIgnore(pc+2, ch), true
	case sreOpCategory:
		return sreCategory(code[pc+1], ch), true
	}
	return false, false
}

// count counts how many times the single-character item at code[pc]
// matches from s.ptr on, at most maxcount times (SRE(count)).
func (s *sreState) count(pc int, maxcount uint32) int {
	ptr := s.ptr
	end := s.end
	if maxcount != sreMaxRepeat && int(maxcount) < end-ptr {
		end = ptr + int(maxcount)
	}
	str := s.str
	code := s.code
	switch code[pc] {
	case sreOpAnyAll:
		return end - ptr
	case sreOpAny:
		i := ptr
		for i < end && str[i] != '\n' {
			i++
		}
		return i - ptr
	case sreOpLiteral:
		c := rune(code[pc+1])
		i := ptr
		for i < end && str[i] == c {
			i++
		}
		return i - ptr
	case sreOpNotLiteral:
		c := rune(code[pc+1])
		i := ptr
		for i < end && str[i] != c {
			i++
		}
		return i - ptr
	case sreOpIn:
		i := ptr
		for i < end && s.charset(pc+2, uint32(str[i])) {
			i++
		}
		return i - ptr
	}
	if sreSingleCharOp(code[pc]) {
		i := ptr
		for i < end {
			if m, _ := s.matchOne(pc, uint32(str[i])); !m {
				break
			}
			i++
		}
		return i - ptr
	}
	// A general single-width subpattern: run it repeatedly.
	for s.ptr < end {
		r := s.match(pc, false)
		if r < 0 {
			return r
		}
		if r == 0 {
			break
		}
	}
	return s.ptr - ptr
}

// pushCtx starts a new context on the stack. Contexts hold no pointers and
// every field an operation reads it sets first, so slots are reused as they
// are.
func (s *sreState) pushCtx(toplevel bool, jump uint8) *sreCtx {
	n := len(s.frames)
	if n < cap(s.frames) {
		s.frames = s.frames[:n+1]
	} else {
		s.frames = append(s.frames, sreCtx{})
	}
	c := &s.frames[n]
	c.toplevel, c.jump, c.mbase = toplevel, jump, len(s.mstack)
	return c
}

// match runs the pattern at code[pattern] from s.ptr (SRE(match)). It
// returns 1 on success (s.ptr is then the end of the match), 0 on failure,
// or a negative error status.
func (s *sreState) match(pattern int, toplevel bool) int {
	var (
		code    = s.code
		str     = s.str
		end     = s.end
		base    = len(s.frames)
		ret     int
		ptr     int
		pc      = pattern
		ctx     *sreCtx
		jump    uint8
		nextpc  int
		nexttop bool
		njump   uint8
	)
	ctx = s.pushCtx(toplevel, sreJumpNone)

entrance:
	ptr = s.ptr
	if code[pc] == sreOpInfo {
		// <INFO> <1=skip> <2=flags> <3=min> ...
		// (sre compares as unsigned: a start past end is never rejected here)
		if code[pc+3] != 0 && end-ptr >= 0 && end-ptr < int(code[pc+3]) {
			goto failure
		}
		pc += int(code[pc+1]) + 1
	}

dispatch:
	for {
		s.sigcount++
		if s.sigcount&0xfff == 0 && s.interrupted != nil && s.interrupted() {
			ret = sreErrorInterrupted
			goto exit
		}
		op := code[pc]
		pc++
		switch op {
		case sreOpMark:
			i := int(code[pc])
			if i&1 != 0 {
				s.lastindex = i/2 + 1
			}
			if i > s.lastmark {
				for j := s.lastmark + 1; j < i; j++ {
					s.marks[j] = -1
				}
				s.lastmark = i
			}
			s.marks[i] = ptr
			pc++

		case sreOpLiteral:
			if ptr >= end || uint32(str[ptr]) != code[pc] {
				goto failure
			}
			pc++
			ptr++

		case sreOpNotLiteral:
			if ptr >= end || uint32(str[ptr]) == code[pc] {
				goto failure
			}
			pc++
			ptr++

		case sreOpSuccess:
			if ctx.toplevel && ((s.matchAll && ptr != s.end) || (s.mustAdvance && ptr == s.start)) {
				goto failure
			}
			s.ptr = ptr
			goto success

		case sreOpAt:
			if !s.at(ptr, code[pc]) {
				goto failure
			}
			pc++

		case sreOpCategory:
			if ptr >= end || !sreCategory(code[pc], uint32(str[ptr])) {
				goto failure
			}
			pc++
			ptr++

		case sreOpAny:
			if ptr >= end || str[ptr] == '\n' {
				goto failure
			}
			ptr++

		case sreOpAnyAll:
			if ptr >= end {
				goto failure
			}
			ptr++

		case sreOpIn:
			if ptr >= end || !s.charset(pc+1, uint32(str[ptr])) {
				goto failure
			}
			pc += int(code[pc])
			ptr++

		case sreOpLiteralIgnore:
			if ptr >= end || sreLowerASCII(uint32(str[ptr])) != code[pc] {
				goto failure
			}
			pc++
			ptr++

		case sreOpLiteralUniIgnore:
			if ptr >= end || sreLowerUnicode(uint32(str[ptr])) != code[pc] {
				goto failure
			}
			pc++
			ptr++

		case sreOpLiteralLocIgnore:
			if ptr >= end || !sreCharLocIgnore(code[pc], uint32(str[ptr])) {
				goto failure
			}
			pc++
			ptr++

		case sreOpNotLiteralIgnore:
			if ptr >= end || sreLowerASCII(uint32(str[ptr])) == code[pc] {
				goto failure
			}
			pc++
			ptr++

		case sreOpNotLiteralUniIgnore:
			if ptr >= end || sreLowerUnicode(uint32(str[ptr])) == code[pc] {
				goto failure
			}
			pc++
			ptr++

		case sreOpNotLiteralLocIgnore:
			if ptr >= end || sreCharLocIgnore(code[pc], uint32(str[ptr])) {
				goto failure
			}
			pc++
			ptr++

		case sreOpInIgnore:
			if ptr >= end || !s.charset(pc+1, sreLowerASCII(uint32(str[ptr]))) {
				goto failure
			}
			pc += int(code[pc])
			ptr++

		case sreOpInUniIgnore:
			if ptr >= end || !s.charset(pc+1, sreLowerUnicode(uint32(str[ptr]))) {
				goto failure
			}
			pc += int(code[pc])
			ptr++

		case sreOpInLocIgnore:
			if ptr >= end || !s.charsetLocIgnore(pc+1, uint32(str[ptr])) {
				goto failure
			}
			pc += int(code[pc])
			ptr++

		case sreOpJump, sreOpInfo:
			pc += int(code[pc])

		case sreOpBranch:
			// <BRANCH> <0=skip> code <JUMP> ... <NULL>
			ctx.lastmark, ctx.lastindex = s.lastmark, s.lastindex
			if s.repeat >= 0 {
				s.markPush(ctx.lastmark)
			}
			goto branchLoop

		case sreOpRepeatOne:
			// <REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
			if int(code[pc+1]) > end-ptr {
				goto failure
			}
			s.ptr = ptr
			ret = s.count(pc+3, code[pc+2])
			ctx = &s.frames[len(s.frames)-1]
			if ret < 0 {
				goto exit
			}
			ctx.count = ret
			ptr += ret
			if ctx.count < int(code[pc+1]) {
				goto failure
			}
			if code[pc+int(code[pc])] == sreOpSuccess && ptr == s.end &&
				!(ctx.toplevel && s.mustAdvance && ptr == s.start) {
				s.ptr = ptr
				goto success
			}
			ctx.lastmark, ctx.lastindex = s.lastmark, s.lastindex
			if s.repeat >= 0 {
				s.markPush(ctx.lastmark)
			}
			if code[pc+int(code[pc])] == sreOpLiteral {
				ctx.chr = code[pc+int(code[pc])+1]
				goto repeatOne1Loop
			}
			goto repeatOne2Loop

		case sreOpMinRepeatOne:
			// <MIN_REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
			if int(code[pc+1]) > end-ptr {
				goto failure
			}
			s.ptr = ptr
			if code[pc+1] == 0 {
				ctx.count = 0
			} else {
				ret = s.count(pc+3, code[pc+1])
				ctx = &s.frames[len(s.frames)-1]
				if ret < 0 {
					goto exit
				}
				if ret < int(code[pc+1]) {
					goto failure
				}
				ctx.count = ret
				ptr += ret
			}
			if code[pc+int(code[pc])] == sreOpSuccess &&
				!(ctx.toplevel && ((s.matchAll && ptr != s.end) || (s.mustAdvance && ptr == s.start))) {
				s.ptr = ptr
				goto success
			}
			ctx.lastmark, ctx.lastindex = s.lastmark, s.lastindex
			if s.repeat >= 0 {
				s.markPush(ctx.lastmark)
			}
			goto minRepeatOneLoop

		case sreOpPossessiveRepeatOne:
			if ptr+int(code[pc+1]) > end {
				goto failure
			}
			s.ptr = ptr
			ret = s.count(pc+3, code[pc+2])
			ctx = &s.frames[len(s.frames)-1]
			if ret < 0 {
				goto exit
			}
			ctx.count = ret
			ptr += ret
			if ctx.count < int(code[pc+1]) {
				goto failure
			}
			pc += int(code[pc])
			if code[pc] == sreOpSuccess && ptr == s.end &&
				!(ctx.toplevel && s.mustAdvance && ptr == s.start) {
				s.ptr = ptr
				goto success
			}

		case sreOpRepeat:
			// <REPEAT> <skip> <1=min> <2=max> item <UNTIL> tail
			ctx.rep = len(s.reps)
			s.reps = append(s.reps, sreRepeat{count: -1, pc: pc, lastPtr: -1, prev: s.repeat})
			s.repeat = ctx.rep
			s.ptr = ptr
			njump, nextpc, nexttop = sreJumpRepeat, pc+int(code[pc]), ctx.toplevel
			goto call

		case sreOpMaxUntil:
			ctx.rep = s.repeat
			if ctx.rep < 0 {
				ret = sreErrorState
				goto exit
			}
			s.ptr = ptr
			ctx.count = s.reps[ctx.rep].count + 1
			if ctx.count < int(code[s.reps[ctx.rep].pc+1]) {
				// not enough matches
				s.reps[ctx.rep].count = ctx.count
				njump, nextpc, nexttop = sreJumpMaxUntil1, s.reps[ctx.rep].pc+3, ctx.toplevel
				goto call
			}
			goto maxUntil2

		case sreOpMinUntil:
			ctx.rep = s.repeat
			if ctx.rep < 0 {
				ret = sreErrorState
				goto exit
			}
			s.ptr = ptr
			ctx.count = s.reps[ctx.rep].count + 1
			if ctx.count < int(code[s.reps[ctx.rep].pc+1]) {
				s.reps[ctx.rep].count = ctx.count
				njump, nextpc, nexttop = sreJumpMinUntil1, s.reps[ctx.rep].pc+3, ctx.toplevel
				goto call
			}
			// see if the tail matches
			s.repeat = s.reps[ctx.rep].prev
			ctx.lastmark, ctx.lastindex = s.lastmark, s.lastindex
			if s.repeat >= 0 {
				s.markPush(ctx.lastmark)
			}
			njump, nextpc, nexttop = sreJumpMinUntil2, pc, ctx.toplevel
			goto call

		case sreOpPossessiveRepeat:
			// <POSSESSIVE_REPEAT> <skip> <1=min> <2=max> pattern <SUCCESS> tail
			s.ptr = ptr
			ctx.count = 0
			goto possLoop1

		case sreOpAtomicGroup:
			// <ATOMIC_GROUP> <skip> pattern <SUCCESS> tail
			s.ptr = ptr
			njump, nextpc, nexttop = sreJumpAtomicGroup, pc+1, false
			goto call

		case sreOpGroupref, sreOpGrouprefIgnore, sreOpGrouprefUniIgnore, sreOpGrouprefLocIgnore:
			groupref := int(code[pc]) * 2
			if groupref >= s.lastmark {
				goto failure
			}
			p, e := s.marks[groupref], s.marks[groupref+1]
			if p < 0 || e < 0 || e < p {
				goto failure
			}
			for ; p < e; p++ {
				if ptr >= end {
					goto failure
				}
				a, b := uint32(str[ptr]), uint32(str[p])
				switch op {
				case sreOpGrouprefIgnore:
					a, b = sreLowerASCII(a), sreLowerASCII(b)
				case sreOpGrouprefUniIgnore:
					a, b = sreLowerUnicode(a), sreLowerUnicode(b)
				case sreOpGrouprefLocIgnore:
					a, b = sreLowerLocale(a), sreLowerLocale(b)
				}
				if a != b {
					goto failure
				}
				ptr++
			}
			pc++

		case sreOpGrouprefExists:
			// <GROUPREF_EXISTS> <group> <skip> codeyes <JUMP> codeno ...
			groupref := int(code[pc]) * 2
			if groupref >= s.lastmark {
				pc += int(code[pc+1])
				continue
			}
			if p, e := s.marks[groupref], s.marks[groupref+1]; p < 0 || e < 0 || e < p {
				pc += int(code[pc+1])
				continue
			}
			pc += 2

		case sreOpAssert:
			// <ASSERT> <skip> <back> <pattern>
			if ptr < int(code[pc+1]) {
				goto failure
			}
			s.ptr = ptr - int(code[pc+1])
			njump, nextpc, nexttop = sreJumpAssert, pc+2, false
			goto call

		case sreOpAssertNot:
			if ptr >= int(code[pc+1]) {
				s.ptr = ptr - int(code[pc+1])
				ctx.lastmark, ctx.lastindex = s.lastmark, s.lastindex
				if s.repeat >= 0 {
					s.markPush(ctx.lastmark)
				}
				njump, nextpc, nexttop = sreJumpAssertNot, pc+2, false
				goto call
			}
			pc += int(code[pc])

		case sreOpFailure:
			goto failure

		default:
			ret = sreErrorIllegal
			goto exit
		}
	}

	// --- BRANCH -----------------------------------------------------------
branchLoop:
	for ; code[pc] != 0; pc += int(code[pc]) {
		if code[pc+1] == sreOpLiteral && (ptr >= end || uint32(str[ptr]) != code[pc+2]) {
			continue
		}
		if code[pc+1] == sreOpIn && (ptr >= end || !s.charset(pc+3, uint32(str[ptr]))) {
			continue
		}
		s.ptr = ptr
		njump, nextpc, nexttop = sreJumpBranch, pc+1, ctx.toplevel
		goto call
	}
	if s.repeat >= 0 {
		s.markPopDiscard(ctx.lastmark)
	}
	goto failure

jumpBranch:
	if ret != 0 {
		if s.repeat >= 0 {
			s.markPopDiscard(ctx.lastmark)
		}
		if ret < 0 {
			goto exit
		}
		goto success
	}
	if s.repeat >= 0 {
		s.markPopKeep(ctx.lastmark)
	}
	s.lastmark, s.lastindex = ctx.lastmark, ctx.lastindex
	pc += int(code[pc])
	goto branchLoop

	// --- REPEAT_ONE ---------------------------------------------------------
repeatOne1Loop:
	// the tail starts with a literal: skip positions where it cannot match
	for ctx.count >= int(code[pc+1]) && (ptr >= end || uint32(str[ptr]) != ctx.chr) {
		ptr--
		ctx.count--
	}
	if ctx.count < int(code[pc+1]) {
		if s.repeat >= 0 {
			s.markPopDiscard(ctx.lastmark)
		}
		goto failure
	}
	s.ptr = ptr
	njump, nextpc, nexttop = sreJumpRepeatOne1, pc+int(code[pc]), ctx.toplevel
	goto call

jumpRepeatOne1:
	if ret != 0 {
		if s.repeat >= 0 {
			s.markPopDiscard(ctx.lastmark)
		}
		if ret < 0 {
			goto exit
		}
		goto success
	}
	if s.repeat >= 0 {
		s.markPopKeep(ctx.lastmark)
	}
	s.lastmark, s.lastindex = ctx.lastmark, ctx.lastindex
	ptr--
	ctx.count--
	goto repeatOne1Loop

repeatOne2Loop:
	if ctx.count < int(code[pc+1]) {
		if s.repeat >= 0 {
			s.markPopDiscard(ctx.lastmark)
		}
		goto failure
	}
	s.ptr = ptr
	njump, nextpc, nexttop = sreJumpRepeatOne2, pc+int(code[pc]), ctx.toplevel
	goto call

jumpRepeatOne2:
	if ret != 0 {
		if s.repeat >= 0 {
			s.markPopDiscard(ctx.lastmark)
		}
		if ret < 0 {
			goto exit
		}
		goto success
	}
	if s.repeat >= 0 {
		s.markPopKeep(ctx.lastmark)
	}
	s.lastmark, s.lastindex = ctx.lastmark, ctx.lastindex
	ptr--
	ctx.count--
	goto repeatOne2Loop

	// --- MIN_REPEAT_ONE -----------------------------------------------------
minRepeatOneLoop:
	if code[pc+2] != sreMaxRepeat && ctx.count > int(code[pc+2]) {
		if s.repeat >= 0 {
			s.markPopDiscard(ctx.lastmark)
		}
		goto failure
	}
	s.ptr = ptr
	njump, nextpc, nexttop = sreJumpMinRepeatOne, pc+int(code[pc]), ctx.toplevel
	goto call

jumpMinRepeatOne:
	if ret != 0 {
		if s.repeat >= 0 {
			s.markPopDiscard(ctx.lastmark)
		}
		if ret < 0 {
			goto exit
		}
		goto success
	}
	if s.repeat >= 0 {
		s.markPopKeep(ctx.lastmark)
	}
	s.lastmark, s.lastindex = ctx.lastmark, ctx.lastindex
	s.ptr = ptr
	ret = s.count(pc+3, 1)
	ctx = &s.frames[len(s.frames)-1]
	if ret < 0 {
		goto exit
	}
	if ret == 0 {
		if s.repeat >= 0 {
			s.markPopDiscard(ctx.lastmark)
		}
		goto failure
	}
	ptr++
	ctx.count++
	goto minRepeatOneLoop

	// --- REPEAT -------------------------------------------------------------
jumpRepeat:
	s.repeat = s.reps[ctx.rep].prev
	s.reps = s.reps[:ctx.rep]
	if ret != 0 {
		if ret < 0 {
			goto exit
		}
		goto success
	}
	goto failure

	// --- MAX_UNTIL ----------------------------------------------------------
jumpMaxUntil1:
	if ret != 0 {
		if ret < 0 {
			goto exit
		}
		goto success
	}
	s.reps[ctx.rep].count = ctx.count - 1
	s.ptr = ptr
	goto failure

maxUntil2:
	if (ctx.count < int(code[s.reps[ctx.rep].pc+2]) || code[s.reps[ctx.rep].pc+2] == sreMaxRepeat) && s.ptr != s.reps[ctx.rep].lastPtr {
		// we may have enough matches, but if we can match another item, do so
		s.reps[ctx.rep].count = ctx.count
		ctx.lastmark, ctx.lastindex = s.lastmark, s.lastindex
		s.markPush(ctx.lastmark)
		ctx.savedLast = s.reps[ctx.rep].lastPtr
		s.reps[ctx.rep].lastPtr = s.ptr
		njump, nextpc, nexttop = sreJumpMaxUntil2, s.reps[ctx.rep].pc+3, ctx.toplevel
		goto call
	}
	goto maxUntilTail

jumpMaxUntil2:
	s.reps[ctx.rep].lastPtr = ctx.savedLast
	if ret != 0 {
		s.markPopDiscard(ctx.lastmark)
		if ret < 0 {
			goto exit
		}
		goto success
	}
	s.markPop(ctx.lastmark)
	s.lastmark, s.lastindex = ctx.lastmark, ctx.lastindex
	s.reps[ctx.rep].count = ctx.count - 1
	s.ptr = ptr

maxUntilTail:
	// cannot match more repeated items here; make sure the tail matches
	s.repeat = s.reps[ctx.rep].prev
	njump, nextpc, nexttop = sreJumpMaxUntil3, pc, ctx.toplevel
	goto call

jumpMaxUntil3:
	s.repeat = ctx.rep
	if ret != 0 {
		if ret < 0 {
			goto exit
		}
		goto success
	}
	s.ptr = ptr
	goto failure

	// --- MIN_UNTIL ----------------------------------------------------------
jumpMinUntil1:
	if ret != 0 {
		if ret < 0 {
			goto exit
		}
		goto success
	}
	s.reps[ctx.rep].count = ctx.count - 1
	s.ptr = ptr
	goto failure

jumpMinUntil2:
	{
		repeatOfTail := s.repeat
		s.repeat = ctx.rep
		if ret != 0 {
			if repeatOfTail >= 0 {
				s.markPopDiscard(ctx.lastmark)
			}
			if ret < 0 {
				goto exit
			}
			goto success
		}
		if repeatOfTail >= 0 {
			s.markPop(ctx.lastmark)
		}
	}
	s.lastmark, s.lastindex = ctx.lastmark, ctx.lastindex
	s.ptr = ptr
	if (code[s.reps[ctx.rep].pc+2] != sreMaxRepeat && ctx.count >= int(code[s.reps[ctx.rep].pc+2])) || s.ptr == s.reps[ctx.rep].lastPtr {
		goto failure
	}
	s.reps[ctx.rep].count = ctx.count
	ctx.savedLast = s.reps[ctx.rep].lastPtr
	s.reps[ctx.rep].lastPtr = s.ptr
	njump, nextpc, nexttop = sreJumpMinUntil3, s.reps[ctx.rep].pc+3, ctx.toplevel
	goto call

jumpMinUntil3:
	s.reps[ctx.rep].lastPtr = ctx.savedLast
	if ret != 0 {
		if ret < 0 {
			goto exit
		}
		goto success
	}
	s.reps[ctx.rep].count = ctx.count - 1
	s.ptr = ptr
	goto failure

	// --- POSSESSIVE_REPEAT --------------------------------------------------
possLoop1:
	if ctx.count < int(code[pc+1]) {
		njump, nextpc, nexttop = sreJumpPossRepeat1, pc+3, false
		goto call
	}
	ptr = -1
	goto possLoop2

jumpPossRepeat1:
	if ret != 0 {
		if ret < 0 {
			goto exit
		}
		ctx.count++
		goto possLoop1
	}
	s.ptr = ptr
	goto failure

possLoop2:
	if (ctx.count < int(code[pc+2]) || code[pc+2] == sreMaxRepeat) && s.ptr != ptr {
		ctx.lastmark, ctx.lastindex = s.lastmark, s.lastindex
		s.markPush(ctx.lastmark)
		ptr = s.ptr
		njump, nextpc, nexttop = sreJumpPossRepeat2, pc+3, false
		goto call
	}
	goto possTail

jumpPossRepeat2:
	if ret != 0 {
		s.markPopDiscard(ctx.lastmark)
		if ret < 0 {
			goto exit
		}
		ctx.count++
		goto possLoop2
	}
	s.markPop(ctx.lastmark)
	s.lastmark, s.lastindex = ctx.lastmark, ctx.lastindex
	s.ptr = ptr

possTail:
	pc += int(code[pc]) + 1
	ptr = s.ptr
	goto dispatch

	// --- ATOMIC_GROUP -------------------------------------------------------
jumpAtomicGroup:
	if ret < 0 {
		goto exit
	}
	if ret == 0 {
		s.ptr = ptr
		goto failure
	}
	pc += int(code[pc])
	ptr = s.ptr
	goto dispatch

	// --- ASSERT / ASSERT_NOT ------------------------------------------------
jumpAssert:
	if ret <= 0 {
		goto exit
	}
	pc += int(code[pc])
	goto dispatch

jumpAssertNot:
	if ret != 0 {
		if s.repeat >= 0 {
			s.markPopDiscard(ctx.lastmark)
		}
		if ret < 0 {
			goto exit
		}
		goto failure
	}
	if s.repeat >= 0 {
		s.markPop(ctx.lastmark)
	}
	s.lastmark, s.lastindex = ctx.lastmark, ctx.lastindex
	pc += int(code[pc])
	goto dispatch

	// --- context switching --------------------------------------------------
call:
	// Suspend the current context and start a child at nextpc; the child's
	// result comes back in ret at the label for njump.
	ctx.pc, ctx.ptr = pc, ptr
	ctx = s.pushCtx(nexttop, njump)
	pc = nextpc
	goto entrance

success:
	ret = 1
	goto exit

failure:
	ret = 0

exit:
	jump = ctx.jump
	s.mstack = s.mstack[:ctx.mbase]
	s.frames = s.frames[:len(s.frames)-1]
	if len(s.frames) == base {
		return ret
	}
	ctx = &s.frames[len(s.frames)-1]
	pc, ptr = ctx.pc, ctx.ptr
	switch jump {
	case sreJumpMaxUntil1:
		goto jumpMaxUntil1
	case sreJumpMaxUntil2:
		goto jumpMaxUntil2
	case sreJumpMaxUntil3:
		goto jumpMaxUntil3
	case sreJumpMinUntil1:
		goto jumpMinUntil1
	case sreJumpMinUntil2:
		goto jumpMinUntil2
	case sreJumpMinUntil3:
		goto jumpMinUntil3
	case sreJumpRepeat:
		goto jumpRepeat
	case sreJumpRepeatOne1:
		goto jumpRepeatOne1
	case sreJumpRepeatOne2:
		goto jumpRepeatOne2
	case sreJumpMinRepeatOne:
		goto jumpMinRepeatOne
	case sreJumpBranch:
		goto jumpBranch
	case sreJumpAssert:
		goto jumpAssert
	case sreJumpAssertNot:
		goto jumpAssertNot
	case sreJumpPossRepeat1:
		goto jumpPossRepeat1
	case sreJumpPossRepeat2:
		goto jumpPossRepeat2
	case sreJumpAtomicGroup:
		goto jumpAtomicGroup
	}
	return ret
}

// search finds the first match at or after s.start (SRE(search)); on
// success s.start and s.ptr delimit it.
func (s *sreState) search() int {
	code := s.code
	str := s.str
	ptr := s.start
	end := s.end
	if ptr > end {
		return 0
	}
	pc := 0
	var flags uint32
	prefixLen, prefixSkip := 0, 0
	prefix, overlap, charset := -1, -1, -1
	if code[0] == sreOpInfo {
		// <INFO> <1=skip> <2=flags> <3=min> <4=max> <5=prefix info>
		flags = code[2]
		if code[3] != 0 && end-ptr < int(code[3]) {
			return 0
		}
		if code[3] > 1 {
			// leave at least one character so the literal search works
			end -= int(code[3]) - 1
			if end <= ptr {
				end = ptr
			}
		}
		if flags&sreInfoPrefix != 0 {
			// <length> <skip> <prefix data> <overlap data>
			prefixLen = int(code[5])
			prefixSkip = int(code[6])
			prefix = 7
			overlap = prefix + prefixLen - 1
		} else if flags&sreInfoCharset != 0 {
			charset = 5
		}
		pc = 1 + int(code[1])
	}

	if prefixLen == 1 {
		c := rune(code[prefix])
		end = s.end
		s.mustAdvance = false
		for ptr < end {
			for str[ptr] != c {
				ptr++
				if ptr >= end {
					return 0
				}
			}
			s.start = ptr
			s.ptr = ptr + prefixSkip
			if flags&sreInfoLiteral != 0 {
				return 1
			}
			if st := s.match(pc+2*prefixSkip, false); st != 0 {
				return st
			}
			ptr++
			s.lastmark, s.lastindex = -1, -1
		}
		return 0
	}

	if prefixLen > 1 {
		end = s.end
		if prefixLen > end-ptr {
			return 0
		}
		for ptr < end {
			c := rune(code[prefix])
			for {
				ch := str[ptr]
				ptr++
				if ch == c {
					break
				}
				if ptr >= end {
					return 0
				}
			}
			if ptr >= end {
				return 0
			}
			i := 1
			s.mustAdvance = false
			for {
				if uint32(str[ptr]) == code[prefix+i] {
					i++
					if i != prefixLen {
						ptr++
						if ptr >= end {
							return 0
						}
						continue
					}
					// found a potential match
					s.start = ptr - (prefixLen - 1)
					s.ptr = ptr - (prefixLen - prefixSkip - 1)
					if flags&sreInfoLiteral != 0 {
						return 1
					}
					if st := s.match(pc+2*prefixSkip, false); st != 0 {
						return st
					}
					ptr++
					if ptr >= end {
						return 0
					}
					s.lastmark, s.lastindex = -1, -1
				}
				i = int(code[overlap+i])
				if i == 0 {
					break
				}
			}
		}
		return 0
	}

	status := 0
	if charset >= 0 {
		end = s.end
		s.mustAdvance = false
		for {
			for ptr < end && !s.charset(charset, uint32(str[ptr])) {
				ptr++
			}
			if ptr >= end {
				return 0
			}
			s.start = ptr
			s.ptr = ptr
			status = s.match(pc, false)
			if status != 0 {
				break
			}
			ptr++
			s.lastmark, s.lastindex = -1, -1
		}
		return status
	}

	// general case
	s.start, s.ptr = ptr, ptr
	status = s.match(pc, true)
	s.mustAdvance = false
	if status == 0 && code[pc] == sreOpAt && (code[pc+1] == sreAtBeginning || code[pc+1] == sreAtBeginningString) {
		s.start, s.ptr = end, end
		return 0
	}
	for status == 0 && ptr < end {
		ptr++
		s.lastmark, s.lastindex = -1, -1
		s.start, s.ptr = ptr, ptr
		status = s.match(pc, false)
	}
	return status
}

// doMatch runs an anchored match from s.start (pattern.match/fullmatch).
func (s *sreState) doMatch(matchAll bool) int {
	s.ptr = s.start
	s.matchAll = matchAll
	r := s.match(0, true)
	s.matchAll = false
	return r
}

// --- code validation ----------------------------------------------------------

// sreValidate checks that code is well formed (the structure re._compiler
// emits, every skip in bounds), so the matcher never indexes outside it; it
// reports false where CPython raises RuntimeError("invalid SRE code").
func sreValidate(code []uint32, groups int) bool {
	if groups < 0 || groups > sreMaxGroups || len(code) == 0 || code[len(code)-1] != sreOpSuccess {
		return false
	}
	return sreValidateInner(code, 0, len(code)-1, groups) == 0
}

func sreValidateCharset(code []uint32, pc, end int) bool {
	for pc < end {
		op := code[pc]
		pc++
		switch op {
		case sreOpNegate:
		case sreOpLiteral:
			if pc >= end {
				return false
			}
			pc++
		case sreOpRange, sreOpRangeUniIgnore:
			if pc+2 > end {
				return false
			}
			pc += 2
		case sreOpCharset:
			if 8 > end-pc {
				return false
			}
			pc += 8
		case sreOpBigCharset:
			if pc >= end {
				return false
			}
			n := code[pc]
			pc++
			if 64 > end-pc {
				return false
			}
			for i := 0; i < 256; i++ {
				if (code[pc+i/4]>>(8*(i%4)))&0xff >= n {
					return false
				}
			}
			pc += 64
			if uint64(n)*8 > uint64(end-pc) {
				return false
			}
			pc += int(n) * 8
		case sreOpCategory:
			if pc >= end || code[pc] > sreCatUniNotLinebreak {
				return false
			}
			pc++
		default:
			return false
		}
	}
	return true
}

// sreValidateInner checks code[pc:end]: 0 when valid, -1 when not, 1 when
// the block ends with a JUMP (the 'then' part of GROUPREF_EXISTS).
func sreValidateInner(code []uint32, pc, end, groups int) int {
	if pc > end {
		return -1
	}
	// skip reads a skip word at pc and checks that pc+skip-adj stays within end.
	skipAt := func(pc, adj int) (int, bool) {
		if pc >= end {
			return 0, false
		}
		sk := int(code[pc])
		if sk-adj > end-pc {
			return 0, false
		}
		return sk, true
	}
	for pc < end {
		op := code[pc]
		pc++
		switch op {
		case sreOpMark:
			if pc >= end || uint64(code[pc]) > 2*uint64(groups)+1 {
				return -1
			}
			pc++
		case sreOpLiteral, sreOpNotLiteral, sreOpLiteralIgnore, sreOpNotLiteralIgnore,
			sreOpLiteralUniIgnore, sreOpNotLiteralUniIgnore, sreOpLiteralLocIgnore, sreOpNotLiteralLocIgnore:
			if pc >= end {
				return -1
			}
			pc++
		case sreOpSuccess, sreOpFailure, sreOpAny, sreOpAnyAll:
		case sreOpAt:
			if pc >= end || code[pc] > sreAtUniNonBoundary {
				return -1
			}
			pc++
		case sreOpIn, sreOpInIgnore, sreOpInUniIgnore, sreOpInLocIgnore:
			sk, ok := skipAt(pc, 0)
			if !ok || sk < 2 {
				return -1
			}
			pc++
			if !sreValidateCharset(code, pc, pc+sk-2) || code[pc+sk-2] != sreOpFailure {
				return -1
			}
			pc += sk - 1
		case sreOpInfo:
			sk, ok := skipAt(pc, 0)
			if !ok || sk < 1 {
				return -1
			}
			pc++
			newpc := pc + sk - 1
			if pc+3 > newpc {
				return -1
			}
			flags := code[pc]
			pc += 3
			if flags&^(sreInfoPrefix|sreInfoLiteral|sreInfoCharset) != 0 ||
				(flags&sreInfoPrefix != 0 && flags&sreInfoCharset != 0) ||
				(flags&sreInfoLiteral != 0 && flags&sreInfoPrefix == 0) {
				return -1
			}
			if flags&sreInfoPrefix != 0 {
				if pc+2 > newpc {
					return -1
				}
				plen := int(code[pc])
				pc += 2
				if plen < 0 || plen > newpc-pc {
					return -1
				}
				pc += plen
				if plen > newpc-pc {
					return -1
				}
				for i := 0; i < plen; i++ {
					if int(code[pc+i]) >= plen {
						return -1
					}
				}
				pc += plen
			}
			if flags&sreInfoCharset != 0 {
				if newpc-1 < pc || !sreValidateCharset(code, pc, newpc-1) || code[newpc-1] != sreOpFailure {
					return -1
				}
				pc = newpc
			} else if pc != newpc {
				return -1
			}
		case sreOpBranch:
			target := -1
			for {
				sk, ok := skipAt(pc, 0)
				if !ok {
					return -1
				}
				pc++
				if sk == 0 {
					break
				}
				if sk < 3 || sreValidateInner(code, pc, pc+sk-3, groups) != 0 {
					return -1
				}
				pc += sk - 3
				if pc >= end || code[pc] != sreOpJump {
					return -1
				}
				pc++
				sk, ok = skipAt(pc, 0)
				if !ok {
					return -1
				}
				pc++
				if target < 0 {
					target = pc + sk - 1
				} else if pc+sk-1 != target {
					return -1
				}
			}
			if pc != target {
				return -1
			}
		case sreOpRepeatOne, sreOpMinRepeatOne, sreOpPossessiveRepeatOne:
			sk, ok := skipAt(pc, 0)
			if !ok || sk < 4 || pc+3 > end {
				return -1
			}
			pc++
			mn, mx := code[pc], code[pc+1]
			pc += 2
			if mn > mx || sreValidateInner(code, pc, pc+sk-4, groups) != 0 {
				return -1
			}
			pc += sk - 4
			if pc >= end || code[pc] != sreOpSuccess {
				return -1
			}
			pc++
		case sreOpRepeat, sreOpPossessiveRepeat:
			sk, ok := skipAt(pc, 0)
			if !ok || sk < 3 || pc+3 > end {
				return -1
			}
			pc++
			mn, mx := code[pc], code[pc+1]
			pc += 2
			if mn > mx || sreValidateInner(code, pc, pc+sk-3, groups) != 0 {
				return -1
			}
			pc += sk - 3
			if pc >= end {
				return -1
			}
			o := code[pc]
			pc++
			if op == sreOpPossessiveRepeat {
				if o != sreOpSuccess {
					return -1
				}
			} else if o != sreOpMaxUntil && o != sreOpMinUntil {
				return -1
			}
		case sreOpAtomicGroup:
			sk, ok := skipAt(pc, 0)
			if !ok || sk < 2 {
				return -1
			}
			pc++
			if sreValidateInner(code, pc, pc+sk-2, groups) != 0 {
				return -1
			}
			pc += sk - 2
			if pc >= end || code[pc] != sreOpSuccess {
				return -1
			}
			pc++
		case sreOpGroupref, sreOpGrouprefIgnore, sreOpGrouprefUniIgnore, sreOpGrouprefLocIgnore:
			if pc >= end || int64(code[pc]) >= int64(groups) {
				return -1
			}
			pc++
		case sreOpGrouprefExists:
			if pc >= end || int64(code[pc]) >= int64(groups) {
				return -1
			}
			pc++
			sk, ok := skipAt(pc, 1)
			if !ok || sk < 2 {
				return -1
			}
			// the skip counts from the group argument
			base := pc - 1
			rc := sreValidateInner(code, base+2, base+sk, groups)
			if rc == 1 {
				pc = base + sk - 1
				sk2, ok := skipAt(pc, 0)
				if !ok || sk2 < 1 {
					return -1
				}
				pc++
				rc = sreValidateInner(code, pc, pc+sk2-1, groups)
				if rc != 0 {
					return -1
				}
				pc += sk2 - 1
			} else if rc != 0 {
				return -1
			} else {
				pc = base + sk
			}
		case sreOpAssert, sreOpAssertNot:
			sk, ok := skipAt(pc, 0)
			if !ok || sk < 3 || pc+2 > end {
				return -1
			}
			// <skip> <back> pattern <SUCCESS>
			if sreValidateInner(code, pc+2, pc+sk-1, groups) != 0 {
				return -1
			}
			pc += sk - 1
			if pc >= end || code[pc] != sreOpSuccess {
				return -1
			}
			pc++
		case sreOpJump:
			if pc+1 != end {
				return -1
			}
			return 1
		default:
			return -1
		}
	}
	return 0
}
