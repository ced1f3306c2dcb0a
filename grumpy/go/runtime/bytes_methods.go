package runtime

import (
	"bytes"
	"math"
)

// The methods bytes and bytearray share, registered on both types. Each
// works on a snapshot of the receiver's bytes and builds results of the
// receiver's kind.

type bytesKind struct {
	typ  *Type
	name string
}

var (
	kindBytes     = &bytesKind{BytesType, "bytes"}
	kindByteArray = &bytesKind{ByteArrayType, "bytearray"}
)

// self returns the receiver's contents.
func (k *bytesKind) self(o Object) ([]byte, bool) {
	if k.typ == BytesType {
		switch v := o.(type) {
		case *Bytes:
			return v.b, true
		case *Instance:
			if b, ok := v.base.(*Bytes); ok {
				return b.b, true
			}
		}
		return nil, false
	}
	if ba, ok := o.(*ByteArray); ok {
		return ba.Snapshot(), true
	}
	return nil, false
}

// mk makes a result of this kind owning b.
func (k *bytesKind) mk(b []byte) Object {
	if k.typ == BytesType {
		return NewBytes(b)
	}
	return NewByteArray(b)
}

// same returns a result equal to the receiver: the receiver itself for an
// exact bytes, otherwise a fresh object.
func (k *bytesKind) same(self Object, data []byte) Object {
	if b, ok := self.(*Bytes); ok {
		return b
	}
	return k.mk(append([]byte(nil), data...))
}

type bytesMethodFn func(t *Thread, self Object, data []byte, args []Object, kw []*Str) (Object, *BaseException)

func (k *bytesKind) def(name string, fn bytesMethodFn) {
	DefMethod(k.typ, name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) == 0 {
			return nil, Errorf(TypeErrorType, "unbound method %s.%s() needs an argument", k.name, name)
		}
		data, ok := k.self(args[0])
		if !ok {
			return nil, Errorf(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, k.name, TypeOf(args[0]).name)
		}
		return fn(t, args[0], data, args[1:], kw)
	})
}

func bytesNeedLike(o Object) ([]byte, *BaseException) {
	b, ok := bytesLike(o)
	if !ok {
		return nil, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", TypeOf(o).name)
	}
	return b, nil
}

// bytesNeedleArg is the sub argument of find/count/index: bytes-like or an int.
func bytesNeedleArg(t *Thread, o Object) ([]byte, *BaseException) {
	if b, ok := bytesLike(o); ok {
		return b, nil
	}
	if !seqHasIndex(o) {
		return nil, Errorf(TypeErrorType, "argument should be integer or bytes-like object, not '%s'", TypeOf(o).name)
	}
	c, exc := bytesItemValue(t, o, "byte must be in range(0, 256)")
	if exc != nil {
		return nil, exc
	}
	return []byte{c}, nil
}

func bytesIsSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

func init() {
	DefStatic(BytesType, "__new__", bytesNew)
	for _, k := range []*bytesKind{kindBytes, kindByteArray} {
		k.defDunders()
		k.defSearch()
		k.defSplit()
		k.defTransform()
		k.defPredicates()
	}
	kindBytes.def("__hash__", func(t *Thread, self Object, data []byte, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := seqDunderArgs(args, kw, 0); exc != nil {
			return nil, exc
		}
		if b, ok := self.(*Bytes); ok {
			return MakeInt(b.Hash()), nil
		}
		return MakeInt(NewBytes(data).Hash()), nil
	})
	kindBytes.def("__getnewargs__", func(t *Thread, self Object, data []byte, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := seqArgsNone("bytes.__getnewargs__", args, kw); exc != nil {
			return nil, exc
		}
		return NewTuple(kindBytes.same(self, data)), nil
	})
	kindBytes.def("__bytes__", func(t *Thread, self Object, data []byte, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := seqArgsNone("bytes.__bytes__", args, kw); exc != nil {
			return nil, exc
		}
		return kindBytes.same(self, data), nil
	})
}

func (k *bytesKind) defDunders() {
	k.def("__len__", func(t *Thread, self Object, data []byte, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := seqDunderArgs(args, kw, 0); exc != nil {
			return nil, exc
		}
		return MakeInt(int64(len(data))), nil
	})
	k.def("__getitem__", func(t *Thread, self Object, data []byte, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := seqDunderArgs(args, kw, 1); exc != nil {
			return nil, exc
		}
		return bytesGetItem(t, data, args[0], k.name, k.mk)
	})
	k.def("__contains__", func(t *Thread, self Object, data []byte, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := seqDunderArgs(args, kw, 1); exc != nil {
			return nil, exc
		}
		b, exc := bytesContains(t, data, args[0])
		return Bool(b), exc
	})
	k.def("__iter__", func(t *Thread, self Object, data []byte, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := seqDunderArgs(args, kw, 0); exc != nil {
			return nil, exc
		}
		if ba, ok := self.(*ByteArray); ok {
			return &bytesIter{src: ba}, nil
		}
		if b, ok := self.(*Bytes); ok {
			return &bytesIter{src: b}, nil
		}
		return &bytesIter{src: NewBytes(data)}, nil
	})
	k.def("__add__", func(t *Thread, self Object, data []byte, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := seqDunderArgs(args, kw, 1); exc != nil {
			return nil, exc
		}
		other, ok := bytesLike(args[0])
		if !ok {
			if userReflected(args[0], OpAdd) {
				return NotImplemented, nil
			}
			return nil, Errorf(TypeErrorType, "can't concat %s to %s", TypeOf(args[0]).name, TypeOf(self).name)
		}
		if len(data)+len(other) > maxSeqBytes {
			return nil, seqMemoryError()
		}
		out := make([]byte, 0, len(data)+len(other))
		return k.mk(append(append(out, data...), other...)), nil
	})
	repeat := func(t *Thread, self Object, data []byte, args []Object, kw []*Str) (Object, *BaseException) {
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
		if n > 0 && len(data) > math.MaxInt64/n {
			return nil, NewError(OverflowErrorType, "repeated bytes are too long")
		}
		if n == 1 {
			return k.same(self, data), nil
		}
		out, exc := bytesRepeat(data, n)
		if exc != nil {
			return nil, exc
		}
		return k.mk(out), nil
	}
	k.def("__mul__", repeat)
	k.def("__rmul__", repeat)
	k.def("__mod__", func(t *Thread, self Object, data []byte, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := seqDunderArgs(args, kw, 1); exc != nil {
			return nil, exc
		}
		out, exc := bytesPercent(t, data, args[0])
		if exc != nil {
			return nil, exc
		}
		return k.mk(out), nil
	})
	k.def("__rmod__", func(t *Thread, self Object, data []byte, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := seqDunderArgs(args, kw, 1); exc != nil {
			return nil, exc
		}
		return NotImplemented, nil
	})
	for op := CmpLT; op <= CmpGE; op++ {
		op := op
		k.def(cmpNames[op].s, func(t *Thread, self Object, data []byte, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := seqDunderArgs(args, kw, 1); exc != nil {
				return nil, exc
			}
			if _, isStr := strArg(args[0]); isStr {
				return NotImplemented, nil
			}
			if k.typ == BytesType && !bytesCmpOperand(args[0]) {
				// bytes compares only with bytes (bytearray's reflected
				// method handles the other buffers).
				return NotImplemented, nil
			}
			other, ok := bytesLike(args[0])
			if !ok {
				return NotImplemented, nil
			}
			return Bool(cmpResult(op, bytes.Compare(data, other))), nil
		})
	}
	reprFn := func(t *Thread, self Object, data []byte, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := seqDunderArgs(args, kw, 0); exc != nil {
			return nil, exc
		}
		if k.typ == BytesType {
			return NewStr(bytesRepr("b", data)), nil
		}
		return NewStr(TypeOf(self).name + "(" + byteArrayRepr(data) + ")"), nil
	}
	k.def("__repr__", reprFn)
	k.def("__str__", reprFn)
	k.def("decode", func(t *Thread, self Object, data []byte, args []Object, kw []*Str) (Object, *BaseException) {
		var a [2]Object
		if exc := seqArgsKw("decode", args, kw, []string{"encoding", "errors"}, a[:]); exc != nil {
			return nil, exc
		}
		encoding, errors, exc := textCodecArgs("decode", a[0], a[1])
		if exc != nil {
			return nil, exc
		}
		return textDecode(t, data, encoding, errors)
	})
	k.def("hex", func(t *Thread, self Object, data []byte, args []Object, kw []*Str) (Object, *BaseException) {
		var a [2]Object
		if exc := seqArgsKw("hex", args, kw, []string{"sep", "bytes_per_sep"}, a[:]); exc != nil {
			return nil, exc
		}
		return bytesHex(t, data, a[0], a[1])
	})
	DefClassMethod(k.typ, "fromhex", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := seqArgsOne("fromhex", args[1:], kw); exc != nil {
			return nil, exc
		}
		s, ok := strArg(args[1])
		if !ok {
			return nil, Errorf(TypeErrorType, "fromhex() argument must be str, not %s", TypeOf(args[1]).name)
		}
		b, exc := bytesFromHex(s.s)
		if exc != nil {
			return nil, exc
		}
		cls, _ := args[0].(*Type)
		if cls == nil || cls == k.typ {
			return k.mk(b), nil
		}
		return Call1(t, cls, k.mk(b))
	})
	k.typ.dict.SetStr("maketrans", &StaticMethod{fn: &Builtin{name: "maketrans", owner: k.typ, fn: func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := seqArgsPos("maketrans", k.name+".maketrans", args, kw, 2, 2); exc != nil {
			return nil, exc
		}
		from, exc := bytesNeedLike(args[0])
		if exc != nil {
			return nil, exc
		}
		to, exc := bytesNeedLike(args[1])
		if exc != nil {
			return nil, exc
		}
		if len(from) != len(to) {
			return nil, NewError(ValueErrorType, "maketrans arguments must have same length")
		}
		table := make([]byte, 256)
		for i := range table {
			table[i] = byte(i)
		}
		for i, c := range from {
			table[c] = to[i]
		}
		return NewBytes(table), nil
	}}})
}

func bytesHex(t *Thread, data []byte, sepArg, perArg Object) (Object, *BaseException) {
	const digits = "0123456789abcdef"
	sep, hasSep := byte(0), false
	if sepArg != nil {
		hasSep = true
		var sb []byte
		if s, ok := strArg(sepArg); ok {
			if s.Len() != 1 {
				return nil, NewError(ValueErrorType, "sep must be length 1.")
			}
			if !s.isASCII() {
				return nil, NewError(ValueErrorType, "sep must be ASCII.")
			}
			sb = []byte(s.s)
		} else if b, ok := bytesLike(sepArg); ok {
			if len(b) != 1 {
				return nil, NewError(ValueErrorType, "sep must be length 1.")
			}
			sb = b
		} else {
			if _, exc := Len(t, sepArg); exc != nil {
				return nil, exc
			}
			return nil, NewError(TypeErrorType, "sep must be str or bytes.")
		}
		if sb[0] >= 0x80 {
			return nil, NewError(ValueErrorType, "sep must be ASCII.")
		}
		sep = sb[0]
	}
	per := 1
	if perArg != nil {
		n, exc := seqSsizeArg(t, perArg)
		if exc != nil {
			return nil, exc
		}
		per = n
	}
	out := make([]byte, 0, len(data)*3)
	absPer := per
	if absPer < 0 {
		absPer = -absPer
	}
	for i, c := range data {
		if hasSep && i > 0 && absPer > 0 {
			var boundary bool
			if per > 0 {
				boundary = (len(data)-i)%absPer == 0
			} else {
				boundary = i%absPer == 0
			}
			if boundary {
				out = append(out, sep)
			}
		}
		out = append(out, digits[c>>4], digits[c&15])
	}
	return newStrA(string(out), strASCII), nil
}

func bytesHexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

func bytesFromHex(s string) ([]byte, *BaseException) {
	var out []byte
	for i := 0; i < len(s); {
		if bytesIsSpace(s[i]) {
			i++
			continue
		}
		hi := bytesHexVal(s[i])
		if hi < 0 {
			return nil, Errorf(ValueErrorType, "non-hexadecimal number found in fromhex() arg at position %d", wtf8Count(s[:i]))
		}
		if i+1 >= len(s) || bytesHexVal(s[i+1]) < 0 {
			return nil, Errorf(ValueErrorType, "non-hexadecimal number found in fromhex() arg at position %d", wtf8Count(s[:i+1]))
		}
		out = append(out, byte(hi<<4|bytesHexVal(s[i+1])))
		i += 2
	}
	return out, nil
}

func (k *bytesKind) defSearch() {
	find := func(name string, reverse, raise bool) {
		k.def(name, func(t *Thread, self Object, data []byte, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := seqArgsTuple(name, k.name+"."+name, args, kw, 1, 3); exc != nil {
				return nil, exc
			}
			sub, exc := bytesNeedleArg(t, args[0])
			if exc != nil {
				return nil, exc
			}
			start, end, exc := seqSliceArgs(t, args[1:], len(data))
			if exc != nil {
				return nil, exc
			}
			i := -1
			if end-start >= len(sub) {
				if reverse {
					i = bytes.LastIndex(data[start:end], sub)
				} else {
					i = bytes.Index(data[start:end], sub)
				}
				if i >= 0 {
					i += start
				}
			}
			if i < 0 && raise {
				return nil, NewError(ValueErrorType, "subsection not found")
			}
			return MakeInt(int64(i)), nil
		})
	}
	find("find", false, false)
	find("rfind", true, false)
	find("index", false, true)
	find("rindex", true, true)
	k.def("count", func(t *Thread, self Object, data []byte, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := seqArgsTuple("count", k.name+".count", args, kw, 1, 3); exc != nil {
			return nil, exc
		}
		sub, exc := bytesNeedleArg(t, args[0])
		if exc != nil {
			return nil, exc
		}
		start, end, exc := seqSliceArgs(t, args[1:], len(data))
		if exc != nil {
			return nil, exc
		}
		if end < start {
			return MakeInt(0), nil
		}
		if len(sub) == 0 {
			return MakeInt(int64(end - start + 1)), nil
		}
		return MakeInt(int64(bytes.Count(data[start:end], sub))), nil
	})
	affix := func(name string, suffix bool) {
		k.def(name, func(t *Thread, self Object, data []byte, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := seqArgsTuple(name, k.name+"."+name, args, kw, 1, 3); exc != nil {
				return nil, exc
			}
			start, end, exc := seqSliceArgs(t, args[1:], len(data))
			if exc != nil {
				return nil, exc
			}
			match := func(sub []byte) bool {
				if start > end || end-start < len(sub) {
					return false
				}
				if suffix {
					return bytes.HasSuffix(data[start:end], sub)
				}
				return bytes.HasPrefix(data[start:end], sub)
			}
			if tup, ok := args[0].(*Tuple); ok {
				for _, it := range tup.items {
					sub, exc := bytesNeedLike(it)
					if exc != nil {
						return nil, exc
					}
					if match(sub) {
						return True, nil
					}
				}
				return False, nil
			}
			sub, ok := bytesLike(args[0])
			if !ok {
				return nil, Errorf(TypeErrorType, "%s first arg must be bytes or a tuple of bytes, not %s", name, TypeOf(args[0]).name)
			}
			return Bool(match(sub)), nil
		})
	}
	affix("startswith", false)
	affix("endswith", true)
	k.def("replace", func(t *Thread, self Object, data []byte, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := seqArgsPos("replace", k.name+".replace", args, kw, 2, 3); exc != nil {
			return nil, exc
		}
		old, exc := bytesNeedLike(args[0])
		if exc != nil {
			return nil, exc
		}
		nw, exc := bytesNeedLike(args[1])
		if exc != nil {
			return nil, exc
		}
		count := -1
		if len(args) > 2 {
			if count, exc = seqSsizeArg(t, args[2]); exc != nil {
				return nil, exc
			}
		}
		if count < 0 {
			count = -1
		}
		if len(old) == 0 && count != 0 {
			n := len(data) + 1
			if count >= 0 && count < n {
				n = count
			}
			if len(nw) > 0 && n > maxSeqBytes/len(nw) {
				return nil, seqMemoryError()
			}
		}
		return k.mk(bytes.Replace(data, old, nw, count)), nil
	})
	part := func(name string, reverse bool) {
		k.def(name, func(t *Thread, self Object, data []byte, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := seqArgsOne(k.name+"."+name, args, kw); exc != nil {
				return nil, exc
			}
			sep, exc := bytesNeedLike(args[0])
			if exc != nil {
				return nil, exc
			}
			if len(sep) == 0 {
				return nil, NewError(ValueErrorType, "empty separator")
			}
			var i int
			if reverse {
				i = bytes.LastIndex(data, sep)
			} else {
				i = bytes.Index(data, sep)
			}
			cp := func(b []byte) Object { return k.mk(append([]byte(nil), b...)) }
			if i < 0 {
				if reverse {
					return NewTuple(k.mk(nil), k.mk(nil), k.same(self, data)), nil
				}
				return NewTuple(k.same(self, data), k.mk(nil), k.mk(nil)), nil
			}
			var mid Object
			if k.typ == BytesType {
				if b, ok := args[0].(*Bytes); ok {
					mid = b
				}
			}
			if mid == nil {
				mid = cp(sep)
			}
			return NewTuple(cp(data[:i]), mid, cp(data[i+len(sep):])), nil
		})
	}
	part("partition", false)
	part("rpartition", true)
	affixRemove := func(name string, suffix bool) {
		k.def(name, func(t *Thread, self Object, data []byte, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := seqArgsOne(k.name+"."+name, args, kw); exc != nil {
				return nil, exc
			}
			p, exc := bytesNeedLike(args[0])
			if exc != nil {
				return nil, exc
			}
			if len(p) > 0 {
				if suffix && bytes.HasSuffix(data, p) {
					return k.mk(append([]byte(nil), data[:len(data)-len(p)]...)), nil
				}
				if !suffix && bytes.HasPrefix(data, p) {
					return k.mk(append([]byte(nil), data[len(p):]...)), nil
				}
			}
			return k.same(self, data), nil
		})
	}
	affixRemove("removeprefix", false)
	affixRemove("removesuffix", true)
}

func (k *bytesKind) defSplit() {
	cp := func(b []byte) Object { return k.mk(append([]byte(nil), b...)) }
	split := func(name string, reverse bool) {
		k.def(name, func(t *Thread, self Object, data []byte, args []Object, kw []*Str) (Object, *BaseException) {
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
				if n >= 0 {
					maxsplit = n
				}
			}
			var parts [][]byte
			if a[0] == nil || a[0] == None {
				parts = bytesSplitSpace(data, maxsplit, reverse)
			} else {
				sep, exc := bytesNeedLike(a[0])
				if exc != nil {
					return nil, exc
				}
				if len(sep) == 0 {
					return nil, NewError(ValueErrorType, "empty separator")
				}
				parts = bytesSplitSep(data, sep, maxsplit, reverse)
			}
			items := make([]Object, len(parts))
			for i, p := range parts {
				items[i] = cp(p)
			}
			return NewList(items...), nil
		})
	}
	split("split", false)
	split("rsplit", true)
	k.def("splitlines", func(t *Thread, self Object, data []byte, args []Object, kw []*Str) (Object, *BaseException) {
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
		var items []Object
		start := 0
		for i := 0; i < len(data); {
			c := data[i]
			if c != '\n' && c != '\r' {
				i++
				continue
			}
			n := 1
			if c == '\r' && i+1 < len(data) && data[i+1] == '\n' {
				n = 2
			}
			end := i
			if keep {
				end = i + n
			}
			items = append(items, cp(data[start:end]))
			i += n
			start = i
		}
		if start < len(data) {
			items = append(items, cp(data[start:]))
		}
		return NewList(items...), nil
	})
	k.def("join", func(t *Thread, self Object, data []byte, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := seqArgsOne(k.name+".join", args, kw); exc != nil {
			return nil, exc
		}
		if _, ok := args[0].(*Tuple); !ok {
			if _, exc := Iter(t, args[0]); exc != nil {
				if exc.IsInstanceOf(TypeErrorType) {
					return nil, NewError(TypeErrorType, "can only join an iterable")
				}
				return nil, exc
			}
		}
		items, exc := ToSlice(t, args[0])
		if exc != nil {
			return nil, exc
		}
		var out []byte
		for i, it := range items {
			b, ok := bytesLike(it)
			if !ok {
				return nil, Errorf(TypeErrorType, "sequence item %d: expected a bytes-like object, %s found", i, TypeOf(it).name)
			}
			if i > 0 {
				out = append(out, data...)
			}
			out = append(out, b...)
			if len(out) > maxSeqBytes {
				return nil, seqMemoryError()
			}
		}
		return k.mk(out), nil
	})
	strip := func(name string, left, right bool) {
		k.def(name, func(t *Thread, self Object, data []byte, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := seqArgsPos(name, k.name+"."+name, args, kw, 0, 1); exc != nil {
				return nil, exc
			}
			in := bytesIsSpace
			if len(args) > 0 && args[0] != None {
				chars, exc := bytesNeedLike(args[0])
				if exc != nil {
					return nil, exc
				}
				in = func(c byte) bool { return bytes.IndexByte(chars, c) >= 0 }
			}
			i, j := 0, len(data)
			if left {
				for i < j && in(data[i]) {
					i++
				}
			}
			if right {
				for j > i && in(data[j-1]) {
					j--
				}
			}
			if i == 0 && j == len(data) {
				return k.same(self, data), nil
			}
			return cp(data[i:j]), nil
		})
	}
	strip("strip", true, true)
	strip("lstrip", true, false)
	strip("rstrip", false, true)
}

func bytesSplitSpace(data []byte, maxsplit int, reverse bool) [][]byte {
	var parts [][]byte
	if !reverse {
		i, n := 0, len(data)
		for {
			for i < n && bytesIsSpace(data[i]) {
				i++
			}
			if i >= n {
				break
			}
			if maxsplit == 0 {
				parts = append(parts, data[i:])
				break
			}
			j := i
			for j < n && !bytesIsSpace(data[j]) {
				j++
			}
			parts = append(parts, data[i:j])
			if maxsplit > 0 {
				maxsplit--
			}
			i = j
		}
		return parts
	}
	j := len(data)
	for {
		for j > 0 && bytesIsSpace(data[j-1]) {
			j--
		}
		if j <= 0 {
			break
		}
		if maxsplit == 0 {
			parts = append(parts, data[:j])
			break
		}
		i := j
		for i > 0 && !bytesIsSpace(data[i-1]) {
			i--
		}
		parts = append(parts, data[i:j])
		if maxsplit > 0 {
			maxsplit--
		}
		j = i
	}
	for a, b := 0, len(parts)-1; a < b; a, b = a+1, b-1 {
		parts[a], parts[b] = parts[b], parts[a]
	}
	return parts
}

func bytesSplitSep(data, sep []byte, maxsplit int, reverse bool) [][]byte {
	if !reverse {
		n := maxsplit + 1
		if maxsplit < 0 {
			n = -1
		}
		return bytes.SplitN(data, sep, n)
	}
	var parts [][]byte
	rest := data
	for maxsplit != 0 {
		i := bytes.LastIndex(rest, sep)
		if i < 0 {
			break
		}
		parts = append(parts, rest[i+len(sep):])
		rest = rest[:i]
		if maxsplit > 0 {
			maxsplit--
		}
	}
	parts = append(parts, rest)
	for a, b := 0, len(parts)-1; a < b; a, b = a+1, b-1 {
		parts[a], parts[b] = parts[b], parts[a]
	}
	return parts
}

func (k *bytesKind) defTransform() {
	mapper := func(name string, f func(data []byte) []byte) {
		k.def(name, func(t *Thread, self Object, data []byte, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := seqArgsNone(k.name+"."+name, args, kw); exc != nil {
				return nil, exc
			}
			return k.mk(f(data)), nil
		})
	}
	mapper("upper", func(d []byte) []byte {
		out := make([]byte, len(d))
		for i, c := range d {
			out[i] = byteUpper(c)
		}
		return out
	})
	mapper("lower", func(d []byte) []byte {
		out := make([]byte, len(d))
		for i, c := range d {
			out[i] = byteLower(c)
		}
		return out
	})
	mapper("swapcase", func(d []byte) []byte {
		out := make([]byte, len(d))
		for i, c := range d {
			if c >= 'a' && c <= 'z' {
				out[i] = c - 32
			} else {
				out[i] = byteLower(c)
			}
		}
		return out
	})
	mapper("title", func(d []byte) []byte {
		out := make([]byte, len(d))
		prev := false
		for i, c := range d {
			if prev {
				out[i] = byteLower(c)
			} else {
				out[i] = byteUpper(c)
			}
			prev = c|0x20 >= 'a' && c|0x20 <= 'z'
		}
		return out
	})
	mapper("capitalize", func(d []byte) []byte {
		out := make([]byte, len(d))
		for i, c := range d {
			if i == 0 {
				out[i] = byteUpper(c)
			} else {
				out[i] = byteLower(c)
			}
		}
		return out
	})
	if k.typ == ByteArrayType {
		k.def("__alloc__", func(t *Thread, self Object, data []byte, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := seqArgsNone("bytearray.__alloc__", args, kw); exc != nil {
				return nil, exc
			}
			return MakeInt(int64(len(data) + 1)), nil
		})
	}
	fillArg := func(name string, o Object) (byte, *BaseException) {
		b, ok := bytesLike(o)
		if !ok || len(b) != 1 {
			return 0, Errorf(TypeErrorType, "%s() argument 2 must be a byte string of length 1, not %s", name, TypeOf(o).name)
		}
		return b[0], nil
	}
	just := func(name string) {
		k.def(name, func(t *Thread, self Object, data []byte, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := seqArgsPos(name, k.name+"."+name, args, kw, 1, 2); exc != nil {
				return nil, exc
			}
			width, exc := seqSsizeArg(t, args[0])
			if exc != nil {
				return nil, exc
			}
			fill := byte(' ')
			if len(args) > 1 {
				if fill, exc = fillArg(name, args[1]); exc != nil {
					return nil, exc
				}
			}
			n := len(data)
			if width <= n {
				return k.same(self, data), nil
			}
			if width > maxSeqBytes {
				return nil, seqMemoryError()
			}
			marg := width - n
			left := 0
			switch name {
			case "rjust":
				left = marg
			case "center":
				left = marg/2 + (marg & width & 1)
			}
			out := make([]byte, 0, width)
			out = seqAppendRepeat(out, fill, left)
			out = append(out, data...)
			out = seqAppendRepeat(out, fill, marg-left)
			return k.mk(out), nil
		})
	}
	just("center")
	just("ljust")
	just("rjust")
	k.def("zfill", func(t *Thread, self Object, data []byte, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := seqArgsOne(k.name+".zfill", args, kw); exc != nil {
			return nil, exc
		}
		width, exc := seqSsizeArg(t, args[0])
		if exc != nil {
			return nil, exc
		}
		n := len(data)
		if width <= n {
			return k.same(self, data), nil
		}
		if width > maxSeqBytes {
			return nil, seqMemoryError()
		}
		out := make([]byte, 0, width)
		out = seqAppendRepeat(out, '0', width-n)
		out = append(out, data...)
		if n > 0 && (data[0] == '+' || data[0] == '-') {
			out[0], out[width-n] = data[0], '0'
		}
		return k.mk(out), nil
	})
	k.def("expandtabs", func(t *Thread, self Object, data []byte, args []Object, kw []*Str) (Object, *BaseException) {
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
			tabsize = n
		}
		var out []byte
		col := 0
		for _, c := range data {
			switch c {
			case '\t':
				if tabsize > 0 {
					n := tabsize - col%tabsize
					if len(out)+n > maxSeqBytes {
						return nil, seqMemoryError()
					}
					col += n
					out = seqAppendRepeat(out, ' ', n)
				}
			case '\n', '\r':
				out = append(out, c)
				col = 0
			default:
				out = append(out, c)
				col++
			}
		}
		return k.mk(out), nil
	})
	k.def("translate", func(t *Thread, self Object, data []byte, args []Object, kw []*Str) (Object, *BaseException) {
		npos := len(args) - len(kw)
		if npos < 1 {
			return nil, Errorf(TypeErrorType, "translate() takes at least 1 positional argument (%d given)", npos)
		}
		var a [2]Object
		if exc := seqArgsKw("translate", args, kw, []string{"table", "delete"}, a[:]); exc != nil {
			return nil, exc
		}
		var table []byte
		if a[0] != None {
			tb, exc := bytesNeedLike(a[0])
			if exc != nil {
				return nil, exc
			}
			if len(tb) != 256 {
				return nil, NewError(ValueErrorType, "translation table must be 256 characters long")
			}
			table = tb
		}
		var del []byte
		if a[1] != nil {
			d, exc := bytesNeedLike(a[1])
			if exc != nil {
				return nil, exc
			}
			del = d
		}
		out := make([]byte, 0, len(data))
		for _, c := range data {
			if del != nil && bytes.IndexByte(del, c) >= 0 {
				continue
			}
			if table != nil {
				c = table[c]
			}
			out = append(out, c)
		}
		return k.mk(out), nil
	})
}

func (k *bytesKind) defPredicates() {
	pred := func(name string, empty bool, f func(d []byte) bool) {
		k.def(name, func(t *Thread, self Object, data []byte, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := seqArgsNone(k.name+"."+name, args, kw); exc != nil {
				return nil, exc
			}
			if len(data) == 0 {
				return Bool(empty), nil
			}
			return Bool(f(data)), nil
		})
	}
	all := func(f func(c byte) bool) func(d []byte) bool {
		return func(d []byte) bool {
			for _, c := range d {
				if !f(c) {
					return false
				}
			}
			return true
		}
	}
	isAlpha := func(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
	isDigit := func(c byte) bool { return c >= '0' && c <= '9' }
	pred("isalpha", false, all(isAlpha))
	pred("isdigit", false, all(isDigit))
	pred("isalnum", false, all(func(c byte) bool { return isAlpha(c) || isDigit(c) }))
	pred("isspace", false, all(bytesIsSpace))
	pred("isascii", true, all(func(c byte) bool { return c < 0x80 }))
	pred("isupper", false, func(d []byte) bool {
		cased := false
		for _, c := range d {
			if c >= 'a' && c <= 'z' {
				return false
			}
			if c >= 'A' && c <= 'Z' {
				cased = true
			}
		}
		return cased
	})
	pred("islower", false, func(d []byte) bool {
		cased := false
		for _, c := range d {
			if c >= 'A' && c <= 'Z' {
				return false
			}
			if c >= 'a' && c <= 'z' {
				cased = true
			}
		}
		return cased
	})
	pred("istitle", false, func(d []byte) bool {
		cased, prev := false, false
		for _, c := range d {
			switch {
			case c >= 'A' && c <= 'Z':
				if prev {
					return false
				}
				prev, cased = true, true
			case c >= 'a' && c <= 'z':
				if !prev {
					return false
				}
				prev, cased = true, true
			default:
				prev = false
			}
		}
		return cased
	})
}

// bytesCmpOperand reports an operand bytes' comparisons accept: bytes
// (subclasses included) and bytearray, whose result it matches.
func bytesCmpOperand(o Object) bool {
	switch v := o.(type) {
	case *Bytes, *ByteArray:
		return true
	case *Instance:
		_, ok := v.base.(*Bytes)
		return ok
	}
	return false
}
