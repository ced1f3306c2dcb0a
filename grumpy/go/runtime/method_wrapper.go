package runtime

// wrapper_descriptor and method-wrapper: the types of the dunder methods
// CPython implements as type slots (object.__init__, int.__lt__, ...) and of
// those bound to an instance (object().__str__). Grumpy's builtin methods are
// all *Builtin; the slot flag (set by DefMethod from the name) picks the type.

var (
	// WrapperDescriptorType is `wrapper_descriptor`.
	WrapperDescriptorType = finalType(newBuiltinType("wrapper_descriptor", ObjectType))
	// MethodWrapperType is `method-wrapper`.
	MethodWrapperType = finalType(newBuiltinType("method-wrapper", ObjectType))
)

// slotWrapperNames are the dunders CPython's slotdefs expose as wrappers
// (a literal: DefMethod runs in init functions of files sorted before this).
var slotWrapperNames = map[string]bool{
	"__repr__": true, "__str__": true, "__hash__": true, "__call__": true, "__getattribute__": true,
	"__setattr__": true, "__delattr__": true, "__lt__": true, "__le__": true, "__eq__": true,
	"__ne__": true, "__gt__": true, "__ge__": true, "__iter__": true, "__next__": true,
	"__get__": true, "__set__": true, "__delete__": true, "__init__": true, "__del__": true,
	"__await__": true, "__aiter__": true, "__anext__": true, "__len__": true, "__getitem__": true,
	"__setitem__": true, "__delitem__": true, "__contains__": true, "__add__": true, "__radd__": true,
	"__sub__": true, "__rsub__": true, "__mul__": true, "__rmul__": true, "__mod__": true,
	"__rmod__": true, "__divmod__": true, "__rdivmod__": true, "__pow__": true, "__rpow__": true,
	"__neg__": true, "__pos__": true, "__abs__": true, "__bool__": true, "__invert__": true,
	"__lshift__": true, "__rlshift__": true, "__rshift__": true, "__rrshift__": true, "__and__": true,
	"__rand__": true, "__xor__": true, "__rxor__": true, "__or__": true, "__ror__": true,
	"__int__": true, "__float__": true, "__index__": true, "__iadd__": true, "__isub__": true,
	"__imul__": true, "__imod__": true, "__ipow__": true, "__ilshift__": true, "__irshift__": true,
	"__iand__": true, "__ixor__": true, "__ior__": true, "__floordiv__": true, "__rfloordiv__": true,
	"__truediv__": true, "__rtruediv__": true, "__ifloordiv__": true, "__itruediv__": true,
	"__matmul__": true, "__rmatmul__": true, "__imatmul__": true,
}

// isSlotWrapperName reports whether typ.name is a slot wrapper in CPython
// (list/dict __getitem__ and dict/set __contains__ are plain methods there).
func isSlotWrapperName(typ *Type, name string) bool {
	if !slotWrapperNames[name] {
		return false
	}
	switch name {
	case "__getitem__":
		return typ != ListType && typ != DictType
	case "__contains__":
		return typ != DictType && typ != SetType && typ != FrozenSetType
	}
	return true
}

func slotOwnerName(b *Builtin) string {
	if b.owner != nil {
		return b.owner.name
	}
	return "?"
}

func slotQualname(b *Builtin) string {
	if b.owner != nil {
		return b.owner.qualname + "." + b.name
	}
	return b.name
}

func init() {
	WD := WrapperDescriptorType
	defGetSet(WD, "__name__", func(t *Thread, o Object) (Object, *BaseException) {
		return NewStr(o.(*Builtin).name), nil
	}, nil)
	defGetSet(WD, "__qualname__", func(t *Thread, o Object) (Object, *BaseException) {
		return NewStr(slotQualname(o.(*Builtin))), nil
	}, nil)
	defMember(WD, "__objclass__", func(t *Thread, o Object) (Object, *BaseException) {
		if ow := o.(*Builtin).owner; ow != nil {
			return ow, nil
		}
		return None, nil
	})
	defGetSet(WD, "__doc__", func(t *Thread, o Object) (Object, *BaseException) {
		return builtinDoc(o.(*Builtin)), nil
	}, nil)
	defGetSet(WD, "__text_signature__", func(t *Thread, o Object) (Object, *BaseException) {
		return slotTextSignatureObj(o.(*Builtin).name), nil
	}, nil)
	DefMethod(WD, "__repr__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		b := args[0].(*Builtin)
		return NewStr("<slot wrapper '" + b.name + "' of '" + slotOwnerName(b) + "' objects>"), nil
	})
	DefMethod(WD, "__get__", builtinDescrGet)
	DefMethod(WD, "__call__", builtinDescrCall)
	DefMethod(WD, "__reduce__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		b := args[0].(*Builtin)
		var owner Object = None
		if b.owner != nil {
			owner = b.owner
		}
		return NewTuple(Builtins.GetStr("getattr"), NewTuple(owner, NewStr(b.name))), nil
	})

	MW := MethodWrapperType
	mwFn := func(o Object) *Builtin { return o.(*Method).Fn.(*Builtin) }
	defGetSet(MW, "__name__", func(t *Thread, o Object) (Object, *BaseException) {
		return NewStr(mwFn(o).name), nil
	}, nil)
	defGetSet(MW, "__qualname__", func(t *Thread, o Object) (Object, *BaseException) {
		return NewStr(slotQualname(mwFn(o))), nil
	}, nil)
	defMember(MW, "__self__", func(t *Thread, o Object) (Object, *BaseException) {
		return o.(*Method).Self, nil
	})
	defGetSet(MW, "__objclass__", func(t *Thread, o Object) (Object, *BaseException) {
		if ow := mwFn(o).owner; ow != nil {
			return ow, nil
		}
		return None, nil
	}, nil)
	defGetSet(MW, "__doc__", func(t *Thread, o Object) (Object, *BaseException) {
		return builtinDoc(mwFn(o)), nil
	}, nil)
	defGetSet(MW, "__text_signature__", func(t *Thread, o Object) (Object, *BaseException) {
		return slotTextSignatureObj(mwFn(o).name), nil
	}, nil)
	DefMethod(MW, "__repr__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		m := args[0].(*Method)
		return NewStr(sprintf("<method-wrapper '%s' of %s object at %#x>", mwFn(m).name, TypeOf(m.Self).name, addrOf(m.Self))), nil
	})
	DefMethod(MW, "__call__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return Call(t, args[0], args[1:], kw)
	})
	DefMethod(MW, "__eq__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		a := args[0].(*Method)
		b, ok := args[1].(*Method)
		if !ok || b.Type() != MethodWrapperType {
			return NotImplemented, nil
		}
		return Bool(Is(a.Self, b.Self) && a.Fn == b.Fn), nil
	})
	DefMethod(MW, "__hash__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		m := args[0].(*Method)
		return MakeInt(int64(addrOf(m.Self)>>4) ^ int64(addrOf(m.Fn)>>4)), nil
	})
	DefMethod(MW, "__reduce__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		m := args[0].(*Method)
		return NewTuple(Builtins.GetStr("getattr"), NewTuple(m.Self, NewStr(mwFn(m).name))), nil
	})
}
