package runtime

import "strings"

// Codec lookups of the charmap codecs built into the runtime
// (codecs_tables.go) when no search function knows the name: a program
// only bundles the encodings.* modules it names, so a codec looked up by a
// computed name (bytes(s, enc) in a library) would otherwise be unknown.
// The CodecInfo has the stateless encode and decode functions; the
// incremental and stream classes are left out (None).

// nativeCharmapCodecInfo returns codecs.CodecInfo for a built-in charmap,
// or ok=false.
func nativeCharmapCodecInfo(t *Thread, encoding string) (Object, bool, *BaseException) {
	cm, ok := nativeCharmapName(encoding)
	if !ok {
		return nil, false, nil
	}
	mod, exc := ImportModule(t, "codecs")
	if exc != nil {
		return nil, false, nil
	}
	ci, exc := GetAttr(t, mod, InternStr("CodecInfo"))
	if exc != nil {
		return nil, false, nil
	}
	enc := NewBuiltin("encode", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		var in, errs Object = nil, None
		if exc := ParseArgs("encode", args, kw, []string{"input", "errors?"}, &in, &errs); exc != nil {
			return nil, exc
		}
		s, exc := codecStrArg(in, "charmap_encode")
		if exc != nil {
			return nil, exc
		}
		errors, exc := codecErrorsArg(errs, "charmap_encode")
		if exc != nil {
			return nil, exc
		}
		b, exc := encodeWithTable(t, s, errors, charmapEncodeMap(cm))
		if exc != nil {
			return nil, exc
		}
		return NewTuple(NewBytes(b), MakeInt(int64(s.Len()))), nil
	})
	dec := NewBuiltin("decode", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		var in, errs Object = nil, None
		if exc := ParseArgs("decode", args, kw, []string{"input", "errors?"}, &in, &errs); exc != nil {
			return nil, exc
		}
		data, exc := bytesArg(t, in)
		if exc != nil {
			return nil, exc
		}
		errors, exc := codecErrorsArg(errs, "charmap_decode")
		if exc != nil {
			return nil, exc
		}
		s, exc := decodeCharmap(t, data, errors, charmapDecodeTable(cm))
		if exc != nil {
			return nil, exc
		}
		return NewTuple(NewStr(s), MakeInt(int64(len(data)))), nil
	})
	info, exc := Call(t, ci, []Object{NewStr(strings.ReplaceAll(cm, "_", "-")), enc, dec},
		[]*Str{InternStr("name"), InternStr("encode"), InternStr("decode")})
	if exc != nil {
		return nil, false, exc
	}
	return info, true, nil
}
