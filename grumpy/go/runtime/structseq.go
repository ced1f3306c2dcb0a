package runtime

import "strings"

// Struct sequences (sys.flags, sys.float_info, ...): tuples whose items are
// also named attributes, and types.SimpleNamespace (sys.implementation).

// NewStructSeqType makes a named-tuple-like builtin type module.name with
// the given fields.
func NewStructSeqType(module, name string, fields []string) *Type {
	typ := finalType(newBuiltinType(name, TupleType))
	typ.module = module
	for i, f := range fields {
		i := i
		defMember(typ, f, func(t *Thread, o Object) (Object, *BaseException) {
			if tup, ok := Unwrap(o).(*Tuple); ok && i < len(tup.items) {
				return tup.items[i], nil
			}
			return None, nil
		})
	}
	names := append([]string(nil), fields...)
	DefMethod(typ, "__repr__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		tup, _ := Unwrap(args[0]).(*Tuple)
		var b strings.Builder
		b.WriteString(module + "." + name + "(")
		if tup != nil {
			for i, f := range names {
				if i >= len(tup.items) {
					break
				}
				if i > 0 {
					b.WriteString(", ")
				}
				r, exc := Repr(t, tup.items[i])
				if exc != nil {
					return nil, exc
				}
				b.WriteString(f + "=" + r.s)
			}
		}
		b.WriteString(")")
		return NewStr(b.String()), nil
	})
	DefMethod(typ, "__reduce__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return NewTuple(TypeOf(args[0]), NewTuple(Unwrap(args[0]))), nil
	})
	typ.dict.SetStr("__match_args__", strTuple(fields))
	typ.dict.SetStr("n_fields", MakeInt(int64(len(fields))))
	typ.dict.SetStr("n_sequence_fields", MakeInt(int64(len(fields))))
	typ.dict.SetStr("n_unnamed_fields", MakeInt(0))
	typ.dict.SetStr("_fields", strTuple(fields))
	return typ
}

// structSeqArgs parses the arguments of a struct sequence constructor
// (CPython's structseq_new: `sequence`, optional `dict`) for the type named
// full ("time.struct_time"), which takes minN to maxN items. dict is nil
// when not given.
func structSeqArgs(t *Thread, full string, args []Object, kw []*Str, minN, maxN int) ([]Object, *Dict, *BaseException) {
	var seq, dict Object
	if exc := clinicArgs("structseq", args, kw, []string{"sequence", "dict?"}, &seq, &dict); exc != nil {
		return nil, nil, exc
	}
	if !isIterable(seq) {
		return nil, nil, NewError(TypeErrorType, "constructor requires a sequence")
	}
	items, exc := ToSlice(t, seq)
	if exc != nil {
		return nil, nil, exc
	}
	var d *Dict
	if dict != nil {
		dd, ok := dict.(*Dict)
		if !ok {
			return nil, nil, Errorf(TypeErrorType, "%s() takes a dict as second arg, if any", full)
		}
		d = dd
	}
	n := len(items)
	if n < minN || n > maxN {
		switch {
		case minN == maxN:
			return nil, nil, Errorf(TypeErrorType, "%s() takes a %d-sequence (%d-sequence given)", full, minN, n)
		case n < minN:
			return nil, nil, Errorf(TypeErrorType, "%s() takes an at least %d-sequence (%d-sequence given)", full, minN, n)
		}
		return nil, nil, Errorf(TypeErrorType, "%s() takes an at most %d-sequence (%d-sequence given)", full, maxN, n)
	}
	return items, d, nil
}

// NewStructSeq makes an instance of a struct sequence type.
func NewStructSeq(typ *Type, vals ...Object) Object {
	return &Instance{typ: typ, base: NewTuple(vals...)}
}

// SimpleNamespaceType is types.SimpleNamespace.
// Its messages name it by its tp_name, "types.SimpleNamespace".
var SimpleNamespaceType = newNativeType("SimpleNamespace", "types", nil,
	"A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)")

// NewNamespace makes a SimpleNamespace with the given attributes.
func NewNamespace(d *Dict) *Instance {
	return &Instance{typ: SimpleNamespaceType, dict: d}
}

func init() {
	S := SimpleNamespaceType
	S.module = "types"
	S.hasDict = true
	DefStatic(S, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		typ := args[0].(*Type)
		return &Instance{typ: typ, dict: NewDict()}, nil
	})
	DefMethod(S, "__init__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if !TypeOf(args[0]).IsSubtype(S) {
			return nil, Errorf(TypeErrorType, "descriptor '__init__' requires a '%s' object but received a '%s'", S.name, TypeOf(args[0]).name)
		}
		n := len(args) - len(kw)
		if n > 1 {
			return nil, Errorf(TypeErrorType, "no positional arguments expected")
		}
		d := dictOf(args[0])
		for i, k := range kw {
			d.SetItemStr(k, args[n+i])
		}
		return None, nil
	})
	DefMethod(S, "__repr__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		name := "namespace"
		if TypeOf(args[0]) != SimpleNamespaceType {
			name = TypeOf(args[0]).name
		}
		if !reprEnter(t, args[0]) {
			return NewStr(name + "(...)"), nil
		}
		defer reprLeave(t, args[0])
		d := dictOf(args[0])
		var b strings.Builder
		b.WriteString(name + "(")
		if d != nil {
			keys, vals := d.Items()
			first := true
			for i, k := range keys {
				ks, ok := k.(*Str)
				if !ok {
					continue
				}
				if !first {
					b.WriteString(", ")
				}
				first = false
				r, exc := Repr(t, vals[i])
				if exc != nil {
					return nil, exc
				}
				b.WriteString(ks.s + "=" + r.s)
			}
		}
		b.WriteString(")")
		return NewStr(b.String()), nil
	})
	DefMethod(S, "__eq__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if !TypeOf(args[1]).IsSubtype(SimpleNamespaceType) || !TypeOf(args[0]).IsSubtype(SimpleNamespaceType) {
			return NotImplemented, nil
		}
		return Eq(t, dictOf(args[0]), dictOf(args[1]))
	})
	S.dict.SetStr("__hash__", None)
}
