package runtime

import (
	"math"
	"strings"
	"unsafe"
)

// The methods of str. Each takes the receiver as args[0] (a str or an
// instance of a str subclass) and works on the UTF-8/WTF-8 text, with ASCII
// fast paths; code-point positions are converted to byte offsets only where
// the text is not ASCII.

type strMethodFn func(t *Thread, s *Str, args []Object, kw []*Str) (Object, *BaseException)

// defStrMethod registers a str method that receives its unwrapped receiver.
func defStrMethod(name string, fn strMethodFn) {
	b := &Builtin{name: name, method: true, owner: StrType, fn: func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) == 0 {
			return nil, Errorf(TypeErrorType, "unbound method str.%s() needs an argument", name)
		}
		s, ok := strArg(args[0])
		if !ok {
			return nil, Errorf(TypeErrorType, "descriptor '%s' for 'str' objects doesn't apply to a '%s' object", name, TypeOf(args[0]).name)
		}
		return fn(t, s, args[1:], kw)
	}}
	// Method sites call s.m() on an exact str without an argument slice.
	b.fastSelf = func(t *Thread, self Object) (Object, *BaseException) {
		return fn(t, self.(*Str), nil, nil)
	}
	StrType.dict.SetStr(name, b)
}

// strOperand returns the str an operator's other side holds, for dunders
// that answer NotImplemented to anything else.
func strOperand(o Object) (*Str, bool) { return strArg(o) }

func strMust(o Object) (*Str, *BaseException) {
	s, ok := strArg(o)
	if !ok {
		return nil, Errorf(TypeErrorType, "must be str, not %s", TypeOf(o).name)
	}
	return s, nil
}

func init() {
	DefStatic(StrType, "__new__", strTypeNew)
	defStrDunders()
	defStrSearch()
	defStrSplit()
	defStrCase()
	defStrPredicates()
	defStrPadding()
	defStrMisc()
}

// strTypeNew is str.__new__(cls, object="", encoding="utf-8", errors="strict").
func strTypeNew(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
	if len(args) == 0 {
		return nil, NewError(TypeErrorType, "str.__new__(): not enough arguments")
	}
	cls, ok := args[0].(*Type)
	if !ok {
		return nil, Errorf(TypeErrorType, "str.__new__(X): X is not a type object (%s)", TypeOf(args[0]).name)
	}
	if cls == StrType && len(args) == 2 && len(kw) == 0 {
		return strKeep(t, args[1])
	}
	if !cls.IsSubtype(StrType) {
		return nil, Errorf(TypeErrorType, "str.__new__(%s): %s is not a subtype of str", cls.name, cls.name)
	}
	var a [3]Object
	if exc := seqArgsKw("str", args[1:], kw, []string{"object", "encoding", "errors"}, a[:]); exc != nil {
		return nil, exc
	}
	var v *Str
	if a[1] == nil && a[2] == nil {
		if a[0] == nil {
			v = emptyStr
		} else {
			r, exc := strKeep(t, a[0])
			if exc != nil {
				return nil, exc
			}
			if cls == StrType {
				return r, nil
			}
			v, _ = strArg(r)
		}
	} else {
		encoding, errors := "utf-8", "strict"
		if a[1] != nil {
			e, ok := a[1].(*Str)
			if !ok {
				return nil, Errorf(TypeErrorType, "str() argument 'encoding' must be str, not %s", TypeOf(a[1]).name)
			}
			encoding = e.s
		}
		if a[2] != nil {
			e, ok := a[2].(*Str)
			if !ok {
				return nil, Errorf(TypeErrorType, "str() argument 'errors' must be str, not %s", TypeOf(a[2]).name)
			}
			errors = e.s
		}
		var data []byte
		if a[0] != nil {
			if _, isStr := strArg(a[0]); isStr {
				return nil, NewError(TypeErrorType, "decoding str is not supported")
			}
			b, ok := bytesLike(a[0])
			if !ok {
				return nil, Errorf(TypeErrorType, "decoding to str: need a bytes-like object, %s found", TypeOf(a[0]).name)
			}
			data = b
		}
		s, exc := textDecode(t, data, encoding, errors)
		if exc != nil {
			return nil, exc
		}
		v = s
	}
	if cls == StrType {
		return v, nil
	}
	in := NewInstance(cls)
	in.base = v
	return in, nil
}

func defStrDunders() {
	defStrMethod("__len__", func(t *Thread, s *Str, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := seqDunderArgs(args, kw, 0); exc != nil {
			return nil, exc
		}
		return MakeInt(int64(s.Len())), nil
	})
	defStrMethod("__getitem__", func(t *Thread, s *Str, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := seqDunderArgs(args, kw, 1); exc != nil {
			return nil, exc
		}
		return strGetItem(t, s, args[0])
	})
	defStrMethod("__contains__", func(t *Thread, s *Str, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := seqDunderArgs(args, kw, 1); exc != nil {
			return nil, exc
		}
		sub, ok := strArg(args[0])
		if !ok {
			return nil, Errorf(TypeErrorType, "'in <string>' requires string as left operand, not %s", TypeOf(args[0]).name)
		}
		return Bool(containsStr(s.s, sub.s)), nil
	})
	defStrMethod("__iter__", func(t *Thread, s *Str, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := seqDunderArgs(args, kw, 0); exc != nil {
			return nil, exc
		}
		return &seqIter{seq: s}, nil
	})
	defStrMethod("__add__", func(t *Thread, s *Str, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := seqDunderArgs(args, kw, 1); exc != nil {
			return nil, exc
		}
		o, ok := strOperand(args[0])
		if !ok {
			if !userReflected(args[0], OpAdd) {
				return nil, Errorf(TypeErrorType, "can only concatenate str (not \"%s\") to str", TypeOf(args[0]).name)
			}
			return NotImplemented, nil
		}
		return strConcat(s, o), nil
	})
	repeat := func(t *Thread, s *Str, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := seqDunderArgs(args, kw, 1); exc != nil {
			return nil, exc
		}
		if !seqHasIndex(args[0]) {
			_, exc := repeatNotInt(args[0])
			return nil, exc
		}
		n, exc := seqSsizeArg(t, args[0])
		if exc != nil {
			if exc.IsInstanceOf(OverflowErrorType) {
				return nil, NewError(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
			}
			return nil, exc
		}
		return strRepeat(s, n)
	}
	defStrMethod("__mul__", repeat)
	defStrMethod("__rmul__", repeat)
	defStrMethod("__mod__", func(t *Thread, s *Str, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := seqDunderArgs(args, kw, 1); exc != nil {
			return nil, exc
		}
		return strPercent(t, s, args[0])
	})
	defStrMethod("__rmod__", func(t *Thread, s *Str, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := seqDunderArgs(args, kw, 1); exc != nil {
			return nil, exc
		}
		return NotImplemented, nil
	})
	for op := CmpLT; op <= CmpGE; op++ {
		op := op
		defStrMethod(cmpNames[op].s, func(t *Thread, s *Str, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := seqDunderArgs(args, kw, 1); exc != nil {
				return nil, exc
			}
			o, ok := strOperand(args[0])
			if !ok {
				return NotImplemented, nil
			}
			if op == CmpEQ || op == CmpNE {
				return Bool((s.s == o.s) == (op == CmpEQ)), nil
			}
			return Bool(cmpResult(op, strCompare(s, o))), nil
		})
	}
	defStrMethod("__hash__", func(t *Thread, s *Str, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := seqDunderArgs(args, kw, 0); exc != nil {
			return nil, exc
		}
		return MakeInt(s.Hash()), nil
	})
	defStrMethod("__repr__", func(t *Thread, s *Str, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := seqDunderArgs(args, kw, 0); exc != nil {
			return nil, exc
		}
		return NewStr(quoteStr(s.s)), nil
	})
	defStrMethod("__str__", func(t *Thread, s *Str, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := seqDunderArgs(args, kw, 0); exc != nil {
			return nil, exc
		}
		return s, nil
	})
	DefMethod(StrType, "__format__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) == 0 {
			return nil, NewError(TypeErrorType, "unbound method str.__format__() needs an argument")
		}
		s, ok := strArg(args[0])
		if !ok {
			return nil, Errorf(TypeErrorType, "descriptor '__format__' for 'str' objects doesn't apply to a '%s' object", TypeOf(args[0]).name)
		}
		if exc := seqArgsOne("str.__format__", args[1:], kw); exc != nil {
			return nil, exc
		}
		spec, ok := strArg(args[1])
		if !ok {
			return nil, Errorf(TypeErrorType, "__format__() argument must be str, not %s", TypeOf(args[1]).name)
		}
		if spec.s == "" {
			if _, exact := args[0].(*Str); exact {
				return s, nil
			}
			return ToStr(t, args[0])
		}
		return strFormatSpecTyped(s, spec.s, TypeOf(args[0]).name)
	})
	defStrMethod("__getnewargs__", func(t *Thread, s *Str, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := seqArgsNone("str.__getnewargs__", args, kw); exc != nil {
			return nil, exc
		}
		return NewTuple(newStrA(s.s, s.asciiBits())), nil
	})
	defStrMethod("__sizeof__", func(t *Thread, s *Str, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := seqArgsNone("str.__sizeof__", args, kw); exc != nil {
			return nil, exc
		}
		if s.isASCII() {
			return MakeInt(int64(49 + len(s.s))), nil
		}
		maxc := rune(0)
		for _, r := range s.Runes() {
			maxc = max(maxc, r)
		}
		n := int64(s.Len())
		switch {
		case maxc < 0x100:
			return MakeInt(73 + n), nil
		case maxc < 0x10000:
			return MakeInt(74 + 2*n), nil
		}
		return MakeInt(76 + 4*n), nil
	})
}

// seqDunderArgs checks a slot wrapper's argument count ("expected 1 argument, got 0").
func seqDunderArgs(args []Object, kw []*Str, n int) *BaseException {
	if len(kw) > 0 {
		return Errorf(TypeErrorType, "wrapper takes no keyword arguments")
	}
	if len(args) != n {
		return Errorf(TypeErrorType, "expected %d argument%s, got %d", n, plural(n), len(args))
	}
	return nil
}

// userReflected reports whether o's class defines the reflected method of
// op in Python (so a sequence operator should answer NotImplemented and let
// it run, instead of raising its own TypeError at once).
func userReflected(o Object, op BinOp) bool {
	_, builtin := TypeOf(o).lookup(binOps[op].rname).(*Builtin)
	return !builtin && TypeOf(o).lookup(binOps[op].rname) != nil
}

func seqHasIndex(o Object) bool {
	switch v := o.(type) {
	case Int, *BigInt, Bool:
		return true
	case *Instance:
		if _, ok := asIntStrict(v.base); ok {
			return true
		}
	}
	return TypeOf(o).lookup(strIndex) != nil
}

func strRepeat(s *Str, n int) (Object, *BaseException) {
	if n <= 0 || len(s.s) == 0 {
		return emptyStr, nil
	}
	if n == 1 {
		return s, nil
	}
	if s.Len() > math.MaxInt64/n {
		return nil, NewError(OverflowErrorType, "repeated string is too long")
	}
	if len(s.s) > maxSeqBytes/n {
		return nil, seqMemoryError()
	}
	return newStrA(strings.Repeat(s.s, n), s.asciiBits()), nil
}

// ---- searching ----

// strFind is the search behind find/rfind/index/rindex: the code-point index
// of sub in s[start:end], or -1.
func strFind(s, sub *Str, start, end int, reverse bool) int {
	if end-start < sub.Len() {
		return -1
	}
	bs, be := s.byteOffset(start), s.byteOffset(end)
	var i int
	if reverse {
		i = strings.LastIndex(s.s[bs:be], sub.s)
	} else {
		i = strings.Index(s.s[bs:be], sub.s)
	}
	if i < 0 {
		return -1
	}
	if s.isASCII() {
		return start + i
	}
	return start + wtf8Count(s.s[bs:bs+i])
}

func defStrSearch() {
	find := func(name string, reverse, raise bool) {
		qual := "str." + name // once, not per call
		defStrMethod(name, func(t *Thread, s *Str, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := seqArgsTuple(name, qual, args, kw, 1, 3); exc != nil {
				return nil, exc
			}
			sub, exc := strMust(args[0])
			if exc != nil {
				return nil, exc
			}
			start, end, exc := seqSliceArgs(t, args[1:], s.Len())
			if exc != nil {
				return nil, exc
			}
			i := strFind(s, sub, start, end, reverse)
			if i < 0 && raise {
				return nil, NewError(ValueErrorType, "substring not found")
			}
			return MakeInt(int64(i)), nil
		})
	}
	find("find", false, false)
	find("rfind", true, false)
	find("index", false, true)
	find("rindex", true, true)
	defStrMethod("count", func(t *Thread, s *Str, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := seqArgsTuple("count", "str.count", args, kw, 1, 3); exc != nil {
			return nil, exc
		}
		sub, exc := strMust(args[0])
		if exc != nil {
			return nil, exc
		}
		start, end, exc := seqSliceArgs(t, args[1:], s.Len())
		if exc != nil {
			return nil, exc
		}
		if end < start {
			return MakeInt(0), nil
		}
		if len(sub.s) == 0 {
			return MakeInt(int64(end - start + 1)), nil
		}
		bs, be := s.byteOffset(start), s.byteOffset(end)
		return MakeInt(int64(strings.Count(s.s[bs:be], sub.s))), nil
	})
	affix := func(name string, suffix bool) {
		qual := "str." + name // once, not per call
		defStrMethod(name, func(t *Thread, s *Str, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := seqArgsTuple(name, qual, args, kw, 1, 3); exc != nil {
				return nil, exc
			}
			start, end, exc := seqSliceArgs(t, args[1:], s.Len())
			if exc != nil {
				return nil, exc
			}
			match := func(sub *Str) bool {
				if end-start < sub.Len() || start > end {
					return false
				}
				bs, be := s.byteOffset(start), s.byteOffset(end)
				if suffix {
					return strings.HasSuffix(s.s[bs:be], sub.s)
				}
				return strings.HasPrefix(s.s[bs:be], sub.s)
			}
			if tup, ok := args[0].(*Tuple); ok {
				for _, it := range tup.items {
					sub, ok := strArg(it)
					if !ok {
						return nil, Errorf(TypeErrorType, "tuple for %s must only contain str, not %s", name, TypeOf(it).name)
					}
					if match(sub) {
						return True, nil
					}
				}
				return False, nil
			}
			sub, ok := strArg(args[0])
			if !ok {
				return nil, Errorf(TypeErrorType, "%s first arg must be str or a tuple of str, not %s", name, TypeOf(args[0]).name)
			}
			return Bool(match(sub)), nil
		})
	}
	affix("startswith", false)
	affix("endswith", true)
	defStrMethod("replace", func(t *Thread, s *Str, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := seqArgsPos("replace", "str.replace", args, kw, 2, 3); exc != nil {
			return nil, exc
		}
		old, ok := strArg(args[0])
		if !ok {
			return nil, Errorf(TypeErrorType, "replace() argument 1 must be str, not %s", TypeOf(args[0]).name)
		}
		nw, ok := strArg(args[1])
		if !ok {
			return nil, Errorf(TypeErrorType, "replace() argument 2 must be str, not %s", TypeOf(args[1]).name)
		}
		count := -1
		if len(args) > 2 {
			n, exc := seqSsizeArg(t, args[2])
			if exc != nil {
				return nil, exc
			}
			count = n
		}
		return strReplace(s, old, nw, count)
	})
	defStrMethod("partition", func(t *Thread, s *Str, args []Object, kw []*Str) (Object, *BaseException) {
		return strPartition(s, "str.partition", args, kw, false)
	})
	defStrMethod("rpartition", func(t *Thread, s *Str, args []Object, kw []*Str) (Object, *BaseException) {
		return strPartition(s, "str.rpartition", args, kw, true)
	})
	prefix := func(name string, suffix bool) {
		qual := "str." + name // once, not per call
		defStrMethod(name, func(t *Thread, s *Str, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := seqArgsOne(qual, args, kw); exc != nil {
				return nil, exc
			}
			p, ok := strArg(args[0])
			if !ok {
				return nil, Errorf(TypeErrorType, "%s() argument must be str, not %s", name, TypeOf(args[0]).name)
			}
			if suffix {
				if len(p.s) > 0 && strings.HasSuffix(s.s, p.s) {
					return strSub(s, s.s[:len(s.s)-len(p.s)]), nil
				}
			} else if len(p.s) > 0 && strings.HasPrefix(s.s, p.s) {
				return strSub(s, s.s[len(p.s):]), nil
			}
			return s, nil
		})
	}
	prefix("removeprefix", false)
	prefix("removesuffix", true)
}

func strReplace(s, old, nw *Str, count int) (Object, *BaseException) {
	if count == 0 || (len(old.s) > 0 && !strings.Contains(s.s, old.s)) {
		return s, nil
	}
	if len(old.s) == 0 {
		// Insert nw before every code point and at the end, count times.
		n := s.Len() + 1
		if count >= 0 && count < n {
			n = count
		}
		if len(nw.s) > 0 && n > maxSeqBytes/len(nw.s) {
			return nil, seqMemoryError()
		}
		var b strings.Builder
		b.Grow(len(s.s) + n*len(nw.s))
		i := 0
		for k := 0; k < n; k++ {
			b.WriteString(nw.s)
			if i < len(s.s) {
				_, sz := wtf8At(s.s, i)
				b.WriteString(s.s[i : i+sz])
				i += sz
			}
		}
		b.WriteString(s.s[i:])
		return strFromParts(b.String(), s, nw), nil
	}
	return strFromParts(strings.Replace(s.s, old.s, nw.s, count), s, nw), nil
}

// strFromParts makes a str of text assembled from pieces of a and b,
// skipping the ASCII scan when both are ASCII.
func strFromParts(text string, a, b *Str) *Str {
	if a.isASCII() && b.isASCII() && len(text) > 1 {
		return newStrA(text, strASCII)
	}
	return NewStr(text)
}

func strPartition(s *Str, qual string, args []Object, kw []*Str, reverse bool) (Object, *BaseException) {
	if exc := seqArgsOne(qual, args, kw); exc != nil {
		return nil, exc
	}
	sep, exc := strMust(args[0])
	if exc != nil {
		return nil, exc
	}
	if len(sep.s) == 0 {
		return nil, NewError(ValueErrorType, "empty separator")
	}
	var i int
	if reverse {
		i = strings.LastIndex(s.s, sep.s)
	} else {
		i = strings.Index(s.s, sep.s)
	}
	if i < 0 {
		if reverse {
			return NewTuple(emptyStr, emptyStr, s), nil
		}
		return NewTuple(s, emptyStr, emptyStr), nil
	}
	return NewTuple(strSub(s, s.s[:i]), args[0], strSub(s, s.s[i+len(sep.s):])), nil
}

// ---- splitting and joining ----

func defStrSplit() {
	split := func(name string, reverse bool) {
		defStrMethod(name, func(t *Thread, s *Str, args []Object, kw []*Str) (Object, *BaseException) {
			var a [2]Object
			if exc := seqArgsKw(name, args, kw, []string{"sep", "maxsplit"}, a[:]); exc != nil {
				return nil, exc
			}
			maxsplit := -1
			if a[1] != nil {
				n, exc := seqSsizeArg(t, a[1])
				if exc != nil {
					return nil, exc
				}
				maxsplit = n
			}
			if maxsplit < 0 {
				maxsplit = -1
			}
			if a[0] == nil || a[0] == None {
				if reverse {
					return strRSplitSpace(s, maxsplit), nil
				}
				return strSplitSpace(s, maxsplit), nil
			}
			sep, ok := strArg(a[0])
			if !ok {
				return nil, Errorf(TypeErrorType, "must be str or None, not %s", TypeOf(a[0]).name)
			}
			if len(sep.s) == 0 {
				return nil, NewError(ValueErrorType, "empty separator")
			}
			if reverse {
				return strRSplitSep(s, sep.s, maxsplit), nil
			}
			return strSplitSep(s, sep.s, maxsplit), nil
		})
	}
	split("split", false)
	split("rsplit", true)
	defStrMethod("splitlines", func(t *Thread, s *Str, args []Object, kw []*Str) (Object, *BaseException) {
		var a [1]Object
		if exc := seqArgsKw("splitlines", args, kw, []string{"keepends"}, a[:]); exc != nil {
			return nil, exc
		}
		keep := false
		if a[0] != nil {
			b, exc := seqBoolIntArg(t, a[0])
			if exc != nil {
				return nil, exc
			}
			keep = b
		}
		return strSplitLines(s, keep), nil
	})
	defStrMethod("join", func(t *Thread, s *Str, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := seqArgsOne("str.join", args, kw); exc != nil {
			return nil, exc
		}
		return strJoin(t, s, args[0])
	})
}

// seqBoolIntArg reads a parameter Argument Clinic declares as `int(c_default=0)`
// or bool: any int (floats rejected).
func seqBoolIntArg(t *Thread, o Object) (bool, *BaseException) {
	i, exc := Index(t, o)
	if exc != nil {
		return false, exc
	}
	return intSign(i) != 0, nil
}

func strSplitSep(s *Str, sep string, maxsplit int) *List {
	n := maxsplit + 1
	if maxsplit < 0 {
		n = -1
	}
	// Count first and cut in place: no intermediate []string.
	c := strings.Count(s.s, sep) + 1
	if n >= 0 && c > n {
		c = n
	}
	items := make([]Object, c)
	rest := s.s
	for i := 0; i < c-1; i++ {
		j := strings.Index(rest, sep)
		items[i] = strSub(s, rest[:j])
		rest = rest[j+len(sep):]
	}
	items[c-1] = strSub(s, rest)
	return NewList(items...)
}

func strRSplitSep(s *Str, sep string, maxsplit int) *List {
	var items []Object
	rest := s.s
	for maxsplit != 0 {
		i := strings.LastIndex(rest, sep)
		if i < 0 {
			break
		}
		items = append(items, strSub(s, rest[i+len(sep):]))
		rest = rest[:i]
		if maxsplit > 0 {
			maxsplit--
		}
	}
	items = append(items, strSub(s, rest))
	strReverseItems(items)
	return NewList(items...)
}

func strReverseItems(items []Object) {
	for i, j := 0, len(items)-1; i < j; i, j = i+1, j-1 {
		items[i], items[j] = items[j], items[i]
	}
}

// strSpaceAt reports whether a whitespace code point starts at byte i and its size.
func strSpaceAt(s string, i int) (bool, int) {
	c := s[i]
	if c < 0x80 {
		return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f), 1
	}
	r, n := wtf8At(s, i)
	return uIsSpace(r), n
}

func strSplitSpace(s *Str, maxsplit int) *List {
	var items []Object
	str := s.s
	if maxsplit < 0 && s.isASCII() {
		// Size the result exactly: count the words first.
		n, in := 0, false
		for i := 0; i < len(str); i++ {
			c := str[i]
			sp := c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f)
			if !sp && !in {
				n++
			}
			in = !sp
		}
		items = make([]Object, 0, n)
	}
	i, n := 0, len(str)
	for {
		for i < n {
			sp, sz := strSpaceAt(str, i)
			if !sp {
				break
			}
			i += sz
		}
		if i >= n {
			break
		}
		if maxsplit == 0 {
			// The remainder, with trailing whitespace kept.
			items = append(items, strSub(s, str[i:]))
			break
		}
		j := i
		for j < n {
			sp, sz := strSpaceAt(str, j)
			if sp {
				break
			}
			j += sz
		}
		items = append(items, strSub(s, str[i:j]))
		if maxsplit > 0 {
			maxsplit--
		}
		i = j
	}
	return NewList(items...)
}

func strSpaceBefore(s string, i int) (bool, int) {
	c := s[i-1]
	if c < 0x80 {
		return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f), 1
	}
	r, n := wtf8Before(s, i)
	return uIsSpace(r), n
}

func strRSplitSpace(s *Str, maxsplit int) *List {
	var items []Object
	str := s.s
	j := len(str)
	for {
		for j > 0 {
			sp, sz := strSpaceBefore(str, j)
			if !sp {
				break
			}
			j -= sz
		}
		if j <= 0 {
			break
		}
		if maxsplit == 0 {
			items = append(items, strSub(s, str[:j]))
			break
		}
		i := j
		for i > 0 {
			sp, sz := strSpaceBefore(str, i)
			if sp {
				break
			}
			i -= sz
		}
		items = append(items, strSub(s, str[i:j]))
		if maxsplit > 0 {
			maxsplit--
		}
		j = i
	}
	strReverseItems(items)
	return NewList(items...)
}

// strLineBreakAt reports the size of a line break starting at byte i (0: none).
func strLineBreakAt(s string, i int) int {
	switch c := s[i]; c {
	case '\n', '\v', '\f', 0x1c, 0x1d, 0x1e:
		return 1
	case '\r':
		if i+1 < len(s) && s[i+1] == '\n' {
			return 2
		}
		return 1
	case 0xC2:
		if i+1 < len(s) && s[i+1] == 0x85 {
			return 2
		}
	case 0xE2:
		if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xA8 || s[i+2] == 0xA9) {
			return 3
		}
	}
	return 0
}

func strSplitLines(s *Str, keep bool) *List {
	var items []Object
	str := s.s
	start := 0
	for i := 0; i < len(str); {
		n := strLineBreakAt(str, i)
		if n == 0 {
			i++
			continue
		}
		end := i
		if keep {
			end = i + n
		}
		items = append(items, strSub(s, str[start:end]))
		i += n
		start = i
	}
	if start < len(str) {
		items = append(items, strSub(s, str[start:]))
	}
	return NewList(items...)
}

func strJoin(t *Thread, sep *Str, iterable Object) (Object, *BaseException) {
	var items []Object
	switch v := iterable.(type) {
	case *Tuple:
		items = v.items
	case *List:
		items = v.Snapshot()
	default:
		it, exc := Iter(t, iterable)
		if exc != nil {
			if exc.IsInstanceOf(TypeErrorType) {
				return nil, NewError(TypeErrorType, "can only join an iterable")
			}
			return nil, exc
		}
		for {
			x, exc := Next(t, it)
			if exc != nil {
				return nil, exc
			}
			if x == nil {
				break
			}
			items = append(items, x)
		}
	}
	switch len(items) {
	case 0:
		return emptyStr, nil
	case 1:
		if s, ok := items[0].(*Str); ok {
			return s, nil
		}
	}
	total := len(sep.s) * (len(items) - 1)
	ascii := sep.isASCII()
	for i, x := range items {
		s, ok := x.(*Str)
		if !ok {
			s, ok = strArg(x)
		}
		if !ok {
			return nil, Errorf(TypeErrorType, "sequence item %d: expected str instance, %s found", i, TypeOf(x).name)
		}
		total += len(s.s)
		if !s.isASCII() {
			ascii = false
		}
	}
	if total > maxSeqBytes {
		return nil, seqMemoryError()
	}
	buf := make([]byte, 0, total)
	for i, x := range items {
		if i > 0 {
			buf = append(buf, sep.s...)
		}
		s, ok := x.(*Str)
		if !ok {
			s, _ = strArg(x)
		}
		buf = append(buf, s.s...)
	}
	// buf is never written again: the str takes it without a copy.
	return newStrA(unsafe.String(unsafe.SliceData(buf), len(buf)), asciiBit(ascii)), nil
}

// ---- case mapping ----

// strMapRunes builds a str by mapping each code point through f (which
// appends the mapping of rs[i]).
func strMapRunes(s *Str, f func(out []rune, rs []rune, i int) []rune) *Str {
	rs := s.Runes()
	out := make([]rune, 0, len(rs)+4)
	for i := range rs {
		out = f(out, rs, i)
	}
	return NewStrFromRunes(out)
}

func strASCIIMap(s *Str, f func(c byte, prevCased bool) byte) *Str {
	b := make([]byte, len(s.s))
	prev := false
	changed := false
	for i := 0; i < len(s.s); i++ {
		c := s.s[i]
		b[i] = f(c, prev)
		if b[i] != c {
			changed = true
		}
		prev = c|0x20 >= 'a' && c|0x20 <= 'z'
	}
	if !changed {
		return s
	}
	return newStrA(string(b), strASCII)
}

// strASCIIShift is upper() and lower() of an ASCII str: the letters in
// lo..hi moved by delta, in a loop without strASCIIMap's call per byte (3x
// faster on long strings); s itself when nothing changes.
func strASCIIShift(s *Str, lo, hi byte, delta int) *Str {
	if delta == 32 || delta == -32 {
		return strASCIIFlipCase(s, lo, hi)
	}
	i := 0
	for i < len(s.s) && (s.s[i] < lo || s.s[i] > hi) {
		i++
	}
	if i == len(s.s) {
		return s
	}
	b := make([]byte, len(s.s))
	copy(b, s.s[:i])
	for ; i < len(s.s); i++ {
		c := s.s[i]
		if c >= lo && c <= hi {
			c = byte(int(c) + delta)
		}
		b[i] = c
	}
	return newStrA(unsafe.String(unsafe.SliceData(b), len(b)), strASCII)
}

func byteUpper(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - 32
	}
	return c
}

func byteLower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 32
	}
	return c
}

func strUpper(s *Str) *Str {
	if s.isASCII() {
		return strASCIIShift(s, 'a', 'z', -32)
	}
	return strMapRunes(s, func(out, rs []rune, i int) []rune { return uAppendUpper(out, rs[i]) })
}

func strLower(s *Str) *Str {
	if s.isASCII() {
		return strASCIIShift(s, 'A', 'Z', 32)
	}
	return strMapRunes(s, uAppendLower)
}

func defStrCase() {
	simple := func(name string, f func(s *Str) *Str) {
		qual := "str." + name // once, not per call
		defStrMethod(name, func(t *Thread, s *Str, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := seqArgsNone(qual, args, kw); exc != nil {
				return nil, exc
			}
			return f(s), nil
		})
	}
	simple("upper", strUpper)
	simple("lower", strLower)
	simple("casefold", func(s *Str) *Str {
		if s.isASCII() {
			return strLower(s)
		}
		return strMapRunes(s, func(out, rs []rune, i int) []rune { return uAppendFold(out, rs[i]) })
	})
	simple("swapcase", func(s *Str) *Str {
		if s.isASCII() {
			return strASCIIMap(s, func(c byte, _ bool) byte {
				if c >= 'a' && c <= 'z' {
					return c - 32
				}
				return byteLower(c)
			})
		}
		return strMapRunes(s, func(out, rs []rune, i int) []rune {
			r := rs[i]
			if uIsUpper(r) {
				return uAppendLower(out, rs, i)
			}
			if uIsLower(r) {
				return uAppendUpper(out, r)
			}
			return append(out, r)
		})
	})
	simple("title", func(s *Str) *Str {
		if s.isASCII() {
			return strASCIIMap(s, func(c byte, prev bool) byte {
				if prev {
					return byteLower(c)
				}
				return byteUpper(c)
			})
		}
		prev := false
		return strMapRunes(s, func(out, rs []rune, i int) []rune {
			r := rs[i]
			if prev {
				out = uAppendLower(out, rs, i)
			} else {
				out = uAppendTitle(out, r)
			}
			prev = uIsCased(r)
			return out
		})
	})
	simple("capitalize", func(s *Str) *Str {
		if len(s.s) == 0 {
			return s
		}
		if s.isASCII() {
			return strASCIIMap(s, func(c byte, _ bool) byte { return byteLower(c) }).capFirstASCII()
		}
		return strMapRunes(s, func(out, rs []rune, i int) []rune {
			if i == 0 {
				return uAppendTitle(out, rs[0])
			}
			return uAppendLower(out, rs, i)
		})
	})
}

func (s *Str) capFirstASCII() *Str {
	c := s.s[0]
	if c < 'a' || c > 'z' {
		return s
	}
	return newStrA(string(c-32)+s.s[1:], strASCII)
}

// ---- predicates ----

func defStrPredicates() {
	pred := func(name string, empty bool, f func(s *Str) bool) {
		qual := "str." + name // once, not per call
		defStrMethod(name, func(t *Thread, s *Str, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := seqArgsNone(qual, args, kw); exc != nil {
				return nil, exc
			}
			if len(s.s) == 0 {
				return Bool(empty), nil
			}
			return Bool(f(s)), nil
		})
	}
	all := func(f func(r rune) bool) func(s *Str) bool {
		return func(s *Str) bool {
			for i := 0; i < len(s.s); {
				r, n := wtf8At(s.s, i)
				if !f(r) {
					return false
				}
				i += n
			}
			return true
		}
	}
	pred("isalpha", false, all(uIsAlpha))
	pred("isdecimal", false, all(uIsDecimal))
	pred("isdigit", false, all(uIsDigit))
	pred("isnumeric", false, all(uIsNumeric))
	pred("isalnum", false, all(uIsAlnum))
	pred("isspace", false, all(uIsSpace))
	pred("isprintable", true, all(uIsPrintable))
	pred("isascii", true, func(s *Str) bool { return s.isASCII() })
	pred("isidentifier", false, strIsIdentifier)
	pred("isupper", false, func(s *Str) bool {
		cased := false
		for i := 0; i < len(s.s); {
			r, n := wtf8At(s.s, i)
			if uIsLower(r) || uIsTitle(r) {
				return false
			}
			if !cased && uIsUpper(r) {
				cased = true
			}
			i += n
		}
		return cased
	})
	pred("islower", false, func(s *Str) bool {
		cased := false
		for i := 0; i < len(s.s); {
			r, n := wtf8At(s.s, i)
			if uIsUpper(r) || uIsTitle(r) {
				return false
			}
			if !cased && uIsLower(r) {
				cased = true
			}
			i += n
		}
		return cased
	})
	pred("istitle", false, func(s *Str) bool {
		cased, prev := false, false
		for i := 0; i < len(s.s); {
			r, n := wtf8At(s.s, i)
			switch {
			case uIsUpper(r) || uIsTitle(r):
				if prev {
					return false
				}
				prev, cased = true, true
			case uIsLower(r):
				if !prev {
					return false
				}
				prev, cased = true, true
			default:
				prev = false
			}
			i += n
		}
		return cased
	})
}

func strIsIdentifier(s *Str) bool {
	for i := 0; i < len(s.s); {
		r, n := wtf8At(s.s, i)
		if i == 0 {
			if !uIsXIDStart(r) {
				return false
			}
		} else if !uIsXIDContinue(r) {
			return false
		}
		i += n
	}
	return len(s.s) > 0
}

// ---- padding and stripping ----

func strFillCharArg(o Object) (string, *BaseException) {
	f, ok := strArg(o)
	if !ok {
		return "", Errorf(TypeErrorType, "The fill character must be a unicode character, not %s", TypeOf(o).name)
	}
	if f.Len() != 1 {
		return "", NewError(TypeErrorType, "The fill character must be exactly one character long")
	}
	return f.s, nil
}

// strPadded returns s with left and right copies of fill around it.
func strPadded(s *Str, left, right int, fill string) (*Str, *BaseException) {
	if left < 0 {
		left = 0
	}
	if right < 0 {
		right = 0
	}
	if left == 0 && right == 0 {
		return s, nil
	}
	if left+right > maxSeqBytes/len(fill) {
		return nil, seqMemoryError()
	}
	var b strings.Builder
	b.Grow((left+right)*len(fill) + len(s.s))
	for i := 0; i < left; i++ {
		b.WriteString(fill)
	}
	b.WriteString(s.s)
	for i := 0; i < right; i++ {
		b.WriteString(fill)
	}
	return newStrA(b.String(), asciiBit(s.isASCII() && len(fill) == 1)), nil
}

func defStrPadding() {
	just := func(name string) {
		qual := "str." + name // once, not per call
		defStrMethod(name, func(t *Thread, s *Str, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := seqArgsPos(name, qual, args, kw, 1, 2); exc != nil {
				return nil, exc
			}
			width, exc := seqSsizeArg(t, args[0])
			if exc != nil {
				return nil, exc
			}
			fill := " "
			if len(args) > 1 {
				if fill, exc = strFillCharArg(args[1]); exc != nil {
					return nil, exc
				}
			}
			n := s.Len()
			if width <= n {
				return s, nil
			}
			marg := width - n
			switch name {
			case "ljust":
				return strPadded(s, 0, marg, fill)
			case "rjust":
				return strPadded(s, marg, 0, fill)
			}
			left := marg/2 + (marg & width & 1)
			return strPadded(s, left, marg-left, fill)
		})
	}
	just("center")
	just("ljust")
	just("rjust")
	defStrMethod("zfill", func(t *Thread, s *Str, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := seqArgsOne("str.zfill", args, kw); exc != nil {
			return nil, exc
		}
		width, exc := seqSsizeArg(t, args[0])
		if exc != nil {
			return nil, exc
		}
		n := s.Len()
		if width <= n {
			return s, nil
		}
		r, exc := strPadded(s, width-n, 0, "0")
		if exc != nil {
			return nil, exc
		}
		if len(s.s) > 0 && (s.s[0] == '+' || s.s[0] == '-') {
			b := []byte(r.s)
			b[0], b[width-n] = s.s[0], '0'
			r = newStrA(string(b), r.asciiBits())
		}
		return r, nil
	})
	strip := func(name string, left, right bool) {
		qual := "str." + name // once, not per call
		defStrMethod(name, func(t *Thread, s *Str, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := seqArgsPos(name, qual, args, kw, 0, 1); exc != nil {
				return nil, exc
			}
			if len(args) == 0 || args[0] == None {
				return strStripSpace(s, left, right), nil
			}
			chars, ok := strArg(args[0])
			if !ok {
				return nil, Errorf(TypeErrorType, "%s arg must be None or str", name)
			}
			return strStripChars(s, chars, left, right), nil
		})
	}
	strip("strip", true, true)
	strip("lstrip", true, false)
	strip("rstrip", false, true)
	defStrMethod("expandtabs", func(t *Thread, s *Str, args []Object, kw []*Str) (Object, *BaseException) {
		var a [1]Object
		if exc := seqArgsKw("expandtabs", args, kw, []string{"tabsize"}, a[:]); exc != nil {
			return nil, exc
		}
		tabsize := 8
		if a[0] != nil {
			n, exc := seqSsizeArg(t, a[0])
			if exc != nil {
				return nil, exc
			}
			if n > 1<<31-1 || n < -1<<31 {
				return nil, NewError(OverflowErrorType, "Python int too large to convert to C int")
			}
			tabsize = n
		}
		return strExpandTabs(s, tabsize)
	})
}

func strStripSpace(s *Str, left, right bool) *Str {
	i, j := 0, len(s.s)
	if left {
		for i < j {
			sp, n := strSpaceAt(s.s, i)
			if !sp {
				break
			}
			i += n
		}
	}
	if right {
		for j > i {
			sp, n := strSpaceBefore(s.s, j)
			if !sp {
				break
			}
			j -= n
		}
	}
	return strSub(s, s.s[i:j])
}

func strStripChars(s, chars *Str, left, right bool) *Str {
	if s.isASCII() && chars.isASCII() {
		return strStripASCII(s, chars.s, left, right)
	}
	var set []rune
	if !chars.isASCII() {
		set = chars.Runes()
	}
	in := func(r rune) bool {
		if set == nil {
			return r < 0x80 && strings.IndexByte(chars.s, byte(r)) >= 0
		}
		for _, c := range set {
			if c == r {
				return true
			}
		}
		return false
	}
	i, j := 0, len(s.s)
	if left {
		for i < j {
			r, n := wtf8At(s.s, i)
			if !in(r) {
				break
			}
			i += n
		}
	}
	if right {
		for j > i {
			r, n := wtf8Before(s.s, j)
			if !in(r) {
				break
			}
			j -= n
		}
	}
	return strSub(s, s.s[i:j])
}

// strStripASCII is strip(chars) when both are ASCII: bytes are code points.
func strStripASCII(s *Str, chars string, left, right bool) *Str {
	i, j := 0, len(s.s)
	if len(chars) == 1 {
		c := chars[0]
		for left && i < j && s.s[i] == c {
			i++
		}
		for right && j > i && s.s[j-1] == c {
			j--
		}
		return strSub(s, s.s[i:j])
	}
	if left {
		for i < j && strings.IndexByte(chars, s.s[i]) >= 0 {
			i++
		}
	}
	if right {
		for j > i && strings.IndexByte(chars, s.s[j-1]) >= 0 {
			j--
		}
	}
	return strSub(s, s.s[i:j])
}

func strExpandTabs(s *Str, tabsize int) (Object, *BaseException) {
	if strings.IndexByte(s.s, '\t') < 0 {
		return s, nil
	}
	var b strings.Builder
	col := 0
	for i := 0; i < len(s.s); {
		c := s.s[i]
		switch {
		case c == '\t':
			if tabsize > 0 {
				n := tabsize - col%tabsize
				if b.Len()+n > maxSeqBytes {
					return nil, seqMemoryError()
				}
				col += n
				for k := 0; k < n; k++ {
					b.WriteByte(' ')
				}
			}
			i++
		case c == '\n' || c == '\r':
			b.WriteByte(c)
			col = 0
			i++
		default:
			_, n := wtf8At(s.s, i)
			b.WriteString(s.s[i : i+n])
			col++
			i += n
		}
	}
	return newStrA(b.String(), s.asciiBits()), nil
}

// ---- translate, encode, format ----

func defStrMisc() {
	defStrMethod("translate", func(t *Thread, s *Str, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := seqArgsOne("str.translate", args, kw); exc != nil {
			return nil, exc
		}
		return strTranslate(t, s, args[0])
	})
	StrType.dict.SetStr("maketrans", &StaticMethod{fn: &Builtin{name: "maketrans", fn: strMaketrans, owner: StrType}})
	defStrMethod("encode", func(t *Thread, s *Str, args []Object, kw []*Str) (Object, *BaseException) {
		var a [2]Object
		if exc := seqArgsKw("encode", args, kw, []string{"encoding", "errors"}, a[:]); exc != nil {
			return nil, exc
		}
		encoding, errors, exc := textCodecArgs("encode", a[0], a[1])
		if exc != nil {
			return nil, exc
		}
		b, exc := textEncode(t, s, encoding, errors)
		if exc != nil {
			return nil, exc
		}
		return NewBytes(b), nil
	})
	defStrMethod("format", func(t *Thread, s *Str, args []Object, kw []*Str) (Object, *BaseException) {
		npos := len(args) - len(kw)
		var kwargs Object
		if len(kw) > 0 {
			d := NewDict()
			for i, k := range kw {
				d.SetItemStr(k, args[npos+i])
			}
			kwargs = d
		}
		return strFormatCall(t, s, args[:npos], kwargs, false)
	})
	defStrMethod("format_map", func(t *Thread, s *Str, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := seqArgsOne("str.format_map", args, kw); exc != nil {
			return nil, exc
		}
		return strFormatCall(t, s, nil, args[0], true)
	})
}

// textCodecArgs validates encode()/decode()'s encoding and errors arguments.
func textCodecArgs(fname string, enc, errs Object) (string, string, *BaseException) {
	encoding, errors := "utf-8", "strict"
	if enc != nil {
		e, ok := strArg(enc)
		if !ok {
			return "", "", Errorf(TypeErrorType, "%s() argument 'encoding' must be str, not %s", fname, TypeOf(enc).name)
		}
		encoding = e.s
	}
	if errs != nil {
		e, ok := strArg(errs)
		if !ok {
			return "", "", Errorf(TypeErrorType, "%s() argument 'errors' must be str, not %s", fname, TypeOf(errs).name)
		}
		errors = e.s
	}
	return encoding, errors, nil
}

func strTranslate(t *Thread, s *Str, table Object) (Object, *BaseException) {
	rs := s.Runes()
	out := make([]rune, 0, len(rs))
	cache := map[rune]Object{}
	for _, r := range rs {
		v, seen := cache[r]
		if !seen {
			var exc *BaseException
			v, exc = GetItem(t, table, MakeInt(int64(r)))
			if exc != nil {
				if !exc.IsInstanceOf(LookupErrorType) {
					return nil, exc
				}
				v = nil
			}
			cache[r] = v
		}
		switch m := v.(type) {
		case nil:
			out = append(out, r)
		case *noneObj:
		case Int, *BigInt, Bool:
			n, _ := IntValue(m)
			if _, big := m.(*BigInt); big || n < 0 || n > 0x10ffff {
				return nil, NewError(ValueErrorType, "character mapping must be in range(0x110000)")
			}
			out = append(out, rune(n))
		default:
			if ms, ok := strArg(m); ok {
				out = append(out, ms.Runes()...)
				continue
			}
			if n, ok := asInt(m); ok {
				v, _ := IntValue(n)
				if v < 0 || v > 0x10ffff {
					return nil, NewError(ValueErrorType, "character mapping must be in range(0x110000)")
				}
				out = append(out, rune(v))
				continue
			}
			return nil, NewError(TypeErrorType, "character mapping must return integer, None or str")
		}
	}
	return NewStrFromRunes(out), nil
}

func strMaketrans(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
	if exc := seqArgsPos("maketrans", "str.maketrans", args, kw, 1, 3); exc != nil {
		return nil, exc
	}
	d := NewDict()
	if len(args) == 1 {
		src, ok := args[0].(*Dict)
		if !ok {
			return nil, NewError(TypeErrorType, "if you give only one argument to maketrans it must be a dict")
		}
		keys, vals := src.Items()
		for i, k := range keys {
			switch kv := k.(type) {
			case Int, *BigInt, Bool:
				if exc := d.SetItem(t, k, vals[i]); exc != nil {
					return nil, exc
				}
			default:
				ks, ok := strArg(kv)
				if !ok {
					return nil, NewError(TypeErrorType, "keys in translate table must be strings or integers")
				}
				if ks.Len() != 1 {
					return nil, NewError(ValueErrorType, "string keys in translate table must be of length 1")
				}
				if exc := d.SetItem(t, MakeInt(int64(ks.Runes()[0])), vals[i]); exc != nil {
					return nil, exc
				}
			}
		}
		return d, nil
	}
	y, ok := strArg(args[1])
	if !ok {
		return nil, Errorf(TypeErrorType, "maketrans() argument 2 must be str, not %s", TypeOf(args[1]).name)
	}
	var z *Str
	if len(args) > 2 {
		if z, ok = strArg(args[2]); !ok {
			return nil, Errorf(TypeErrorType, "maketrans() argument 3 must be str, not %s", TypeOf(args[2]).name)
		}
	}
	x, ok := strArg(args[0])
	if !ok {
		return nil, NewError(TypeErrorType, "first maketrans argument must be a string if there is a second argument")
	}
	xr, yr := x.Runes(), y.Runes()
	if len(xr) != len(yr) {
		return nil, NewError(ValueErrorType, "the first two maketrans arguments must have equal length")
	}
	for i := range xr {
		if exc := d.SetItem(t, MakeInt(int64(xr[i])), MakeInt(int64(yr[i]))); exc != nil {
			return nil, exc
		}
	}
	if z != nil {
		for _, r := range z.Runes() {
			if exc := d.SetItem(t, MakeInt(int64(r)), None); exc != nil {
				return nil, exc
			}
		}
	}
	return d, nil
}
