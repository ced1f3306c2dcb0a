package runtime

import "strings"

// Struct sequences with hidden fields (os.stat_result, os.statvfs_result,
// posix.uname_result, posix.times_result, os.terminal_size): a tuple of
// the first nseq values whose fields are also attributes, plus attributes
// beyond the tuple (kept in the instance's slots).

type seqSpec struct {
	module, name string
	fields       []string // all attribute names, tuple fields first ("" for unnamed)
	nseq         int
	reprNames    []string
}

var seqSpecs = map[*Type]*seqSpec{}

// newSeqType makes a struct-sequence type. fields lists every field in
// order; "" marks an unnamed tuple field. reprNames are the names repr()
// prints for the tuple fields (CPython's quirk for stat_result).
func newSeqType(module, name string, fields []string, nseq int, doc string) *Type {
	typ := finalType(newBuiltinType(name, TupleType))
	typ.module = module
	typ.nslots = len(fields) - nseq
	spec := &seqSpec{module: module, name: name, fields: fields, nseq: nseq}
	named := []string{}
	for _, f := range fields {
		if f != "" {
			named = append(named, f)
		}
	}
	spec.reprNames = named[:min(nseq, len(named))]
	seqSpecs[typ] = spec
	unnamed := 0
	for i, f := range fields {
		if f == "" {
			unnamed++
			continue
		}
		i := i
		defMember(typ, f, func(t *Thread, o Object) (Object, *BaseException) {
			in, ok := o.(*Instance)
			if !ok {
				return None, nil
			}
			if i < nseq {
				if tup, ok := in.base.(*Tuple); ok && i < len(tup.items) {
					return tup.items[i], nil
				}
				return None, nil
			}
			if i-nseq < len(in.slots) && in.slots[i-nseq] != nil {
				return in.slots[i-nseq], nil
			}
			return None, nil
		})
	}
	typ.dict.SetStr("n_fields", Int(len(fields)))
	typ.dict.SetStr("n_sequence_fields", Int(nseq))
	typ.dict.SetStr("n_unnamed_fields", Int(unnamed))
	ma := make([]Object, 0, nseq)
	for _, f := range fields[:nseq] {
		if f != "" {
			ma = append(ma, NewStr(f))
		}
	}
	typ.dict.SetStr("__match_args__", NewTuple(ma...))
	if doc != "" {
		typ.dict.SetStr("__doc__", NewStr(doc))
	}
	DefStatic(typ, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		cls, ok := args[0].(*Type)
		if !ok || !cls.IsSubtype(typ) {
			return nil, Errorf(TypeErrorType, "%s.__new__(X): X is not a subtype of %s", typ.name, typ.name)
		}
		var seq, dict Object = nil, None
		if exc := ParseArgs(name, args[1:], kw, []string{"sequence", "dict?"}, &seq, &dict); exc != nil {
			return nil, exc
		}
		items, exc := ToSlice(t, seq)
		if exc != nil {
			return nil, exc
		}
		full := module + "." + name
		n := len(items)
		switch {
		case n < nseq:
			if nseq == len(fields) {
				return nil, Errorf(TypeErrorType, "%s() takes a %d-sequence (%d-sequence given)", full, nseq, n)
			}
			return nil, Errorf(TypeErrorType, "%s() takes an at least %d-sequence (%d-sequence given)", full, nseq, n)
		case n > len(fields):
			if nseq == len(fields) {
				return nil, Errorf(TypeErrorType, "%s() takes a %d-sequence (%d-sequence given)", full, nseq, n)
			}
			return nil, Errorf(TypeErrorType, "%s() takes an at most %d-sequence (%d-sequence given)", full, len(fields), n)
		}
		vals := make([]Object, len(fields))
		copy(vals, items)
		for i := n; i < len(fields); i++ {
			vals[i] = None
			if d, ok := dict.(*Dict); ok && fields[i] != "" {
				if v := d.GetStr(fields[i]); v != nil {
					vals[i] = v
				}
			}
		}
		in := makeSeq(typ, vals)
		in.typ = cls
		return in, nil
	})
	DefMethod(typ, "__repr__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		in, _ := args[0].(*Instance)
		var b strings.Builder
		b.WriteString(module + "." + name + "(")
		if in != nil {
			tup, _ := in.base.(*Tuple)
			for i := 0; tup != nil && i < len(tup.items) && i < len(spec.reprNames); i++ {
				if i > 0 {
					b.WriteString(", ")
				}
				r, exc := Repr(t, tup.items[i])
				if exc != nil {
					return nil, exc
				}
				b.WriteString(spec.reprNames[i] + "=" + r.s)
			}
		}
		b.WriteString(")")
		return NewStr(b.String()), nil
	})
	DefMethod(typ, "__reduce__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		in, _ := args[0].(*Instance)
		d := NewDict()
		for i := nseq; i < len(fields); i++ {
			if in != nil && i-nseq < len(in.slots) && in.slots[i-nseq] != nil {
				d.SetStr(fields[i], in.slots[i-nseq])
			}
		}
		return NewTuple(TypeOf(args[0]), NewTuple(Unwrap(args[0]), d)), nil
	})
	return typ
}

// makeSeq builds an instance from all field values.
func makeSeq(typ *Type, vals []Object) *Instance {
	spec := seqSpecs[typ]
	in := &Instance{typ: typ, base: NewTuple(append([]Object(nil), vals[:spec.nseq]...)...)}
	if n := len(spec.fields) - spec.nseq; n > 0 {
		in.slots = make([]Object, n)
		copy(in.slots, vals[spec.nseq:])
	}
	return in
}
