package runtime

import "unicode/utf8"

// Argument checking shared by the str, bytes and bytearray methods, with the
// exact messages CPython's different argument parsers produce.

// strArg returns the str o holds: a str or an instance of a str subclass.
func strArg(o Object) (*Str, bool) {
	switch v := o.(type) {
	case *Str:
		return v, true
	case *Instance:
		if s, ok := v.base.(*Str); ok {
			return s, true
		}
	}
	return nil, false
}

// maxSeqBytes bounds the size of strings and bytes we try to build; beyond
// it CPython would raise MemoryError too, and Go would abort.
const maxSeqBytes = 1 << 34

func seqMemoryError() *BaseException { return NewException(MemoryErrorType) }

// seqArgsNone: METH_NOARGS ("str.upper() takes no arguments (1 given)").
func seqArgsNone(qual string, args []Object, kw []*Str) *BaseException {
	if len(kw) > 0 {
		return Errorf(TypeErrorType, "%s() takes no keyword arguments", qual)
	}
	if len(args) != 0 {
		return Errorf(TypeErrorType, "%s() takes no arguments (%d given)", qual, len(args))
	}
	return nil
}

// seqArgsOne: METH_O ("str.join() takes exactly one argument (0 given)").
func seqArgsOne(qual string, args []Object, kw []*Str) *BaseException {
	if len(kw) > 0 {
		return Errorf(TypeErrorType, "%s() takes no keyword arguments", qual)
	}
	if len(args) != 1 {
		return Errorf(TypeErrorType, "%s() takes exactly one argument (%d given)", qual, len(args))
	}
	return nil
}

// seqArgsPos: Argument Clinic positional-only parameters
// ("center expected at least 1 argument, got 0").
func seqArgsPos(name, qual string, args []Object, kw []*Str, minN, maxN int) *BaseException {
	if len(kw) > 0 {
		return Errorf(TypeErrorType, "%s() takes no keyword arguments", qual)
	}
	n := len(args)
	if minN == maxN && n != minN {
		return Errorf(TypeErrorType, "%s expected %d argument%s, got %d", name, minN, plural(minN), n)
	}
	if n < minN {
		return Errorf(TypeErrorType, "%s expected at least %d argument%s, got %d", name, minN, plural(minN), n)
	}
	if n > maxN {
		return Errorf(TypeErrorType, "%s expected at most %d argument%s, got %d", name, maxN, plural(maxN), n)
	}
	return nil
}

// seqArgsTuple: PyArg_ParseTuple style ("find() takes at least 1 argument (0 given)").
func seqArgsTuple(name, qual string, args []Object, kw []*Str, minN, maxN int) *BaseException {
	if len(kw) > 0 {
		return Errorf(TypeErrorType, "%s() takes no keyword arguments", qual)
	}
	n := len(args)
	if n < minN {
		return Errorf(TypeErrorType, "%s() takes at least %d argument%s (%d given)", name, minN, plural(minN), n)
	}
	if n > maxN {
		return Errorf(TypeErrorType, "%s() takes at most %d argument%s (%d given)", name, maxN, plural(maxN), n)
	}
	return nil
}

// seqArgsKw binds keyword-capable parameters (Argument Clinic style) into out,
// leaving nil for those not given. Names ending in "!" are required.
func seqArgsKw(fname string, args []Object, kw []*Str, names []string, out []Object) *BaseException {
	npos := len(args) - len(kw)
	if npos > len(names) {
		return Errorf(TypeErrorType, "%s() takes at most %d argument%s (%d given)", fname, len(names), plural(len(names)), npos)
	}
	copy(out, args[:npos])
	for i, k := range kw {
		found := false
		for j, n := range names {
			if len(n) > 0 && n[len(n)-1] == '!' {
				n = n[:len(n)-1]
			}
			if n == k.s {
				if j < npos {
					return Errorf(TypeErrorType, "argument for %s() given by name ('%s') and position (%d)", fname, n, j+1)
				}
				out[j] = args[npos+i]
				found = true
				break
			}
		}
		if !found {
			return Errorf(TypeErrorType, "'%s' is an invalid keyword argument for %s()", k.s, fname)
		}
	}
	for j, n := range names {
		if len(n) > 0 && n[len(n)-1] == '!' && out[j] == nil {
			return Errorf(TypeErrorType, "%s() missing required argument '%s' (pos %d)", fname, n[:len(n)-1], j+1)
		}
	}
	return nil
}

// seqSsizeArg converts an __index__-able argument to a Go int with CPython's
// OverflowError for values beyond Py_ssize_t.
func seqSsizeArg(t *Thread, o Object) (int, *BaseException) {
	i, exc := Index(t, o)
	if exc != nil {
		return 0, exc
	}
	n, ok := i.(Int)
	if !ok {
		return 0, NewError(OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	return int(n), nil
}

// seqSliceArgs reads the optional start/end arguments of find/count/startswith
// and normalises them against n as CPython's ADJUST_INDICES.
func seqSliceArgs(t *Thread, args []Object, n int) (int, int, *BaseException) {
	start, end := 0, n
	if len(args) > 0 && args[0] != None {
		v, exc := sliceIndex(t, args[0])
		if exc != nil {
			return 0, 0, exc
		}
		start = v
	}
	if len(args) > 1 && args[1] != None {
		v, exc := sliceIndex(t, args[1])
		if exc != nil {
			return 0, 0, exc
		}
		end = v
	}
	if end > n {
		end = n
	} else if end < 0 {
		end += n
		if end < 0 {
			end = 0
		}
	}
	if start < 0 {
		start += n
		if start < 0 {
			start = 0
		}
	}
	return start, end, nil
}

// WTF-8 helpers: str text is UTF-8 with lone surrogates as 3-byte sequences.

// wtf8At decodes the code point starting at byte i.
func wtf8At(s string, i int) (rune, int) {
	c := s[i]
	if c < 0x80 {
		return rune(c), 1
	}
	if c == 0xED && i+2 < len(s) && s[i+1] >= 0xA0 && s[i+1] <= 0xBF {
		return 0xD000 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s[i:])
}

// wtf8Before decodes the code point ending at byte i.
func wtf8Before(s string, i int) (rune, int) {
	j := i - 1
	for j > 0 && s[j]&0xC0 == 0x80 {
		j--
	}
	r, _ := wtf8At(s, j)
	return r, i - j
}

// wtf8Count counts the code points of WTF-8 text.
func wtf8Count(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

// byteOffset returns the byte offset of code point i of s.
func (s *Str) byteOffset(i int) int {
	if s.isASCII() || i <= 0 {
		return i
	}
	n, start := 0, 0
	if len(s.s) > 2*strOffsetStride {
		d := s.decoded()
		if i >= len(d.runes) {
			return len(s.s)
		}
		if k := i / strOffsetStride; k < len(d.offs) {
			n, start = k*strOffsetStride, int(d.offs[k])
		}
	}
	for b := start; b < len(s.s); b++ {
		if s.s[b]&0xC0 != 0x80 {
			if n == i {
				return b
			}
			n++
		}
	}
	return len(s.s)
}

// strSub makes a str of part of parent's text, skipping the ASCII scan when
// the parent is known to be ASCII.
func strSub(parent *Str, sub string) *Str {
	if len(sub) == len(parent.s) && sub == parent.s {
		return parent
	}
	if parent.isASCII() && len(sub) > 1 {
		return newStrA(sub, strASCII)
	}
	return NewStr(sub)
}

// strOfRune makes a one-code-point str.
func strOfRune(r rune) *Str {
	if r < 0x80 && r >= 0 {
		return charStrs[r]
	}
	if r < 0x100 {
		return strLatin1Chars[r-0x80]
	}
	return newStrA(string(appendRune(nil, r)), strNonASCII)
}

var strLatin1Chars [128]*Str

func init() {
	for i := range strLatin1Chars {
		strLatin1Chars[i] = newStrA(string(rune(0x80+i)), strNonASCII)
	}
}
