package runtime

import (
	"reflect"
	"sync"
)

// Object is every Python value. The interface is deliberately tiny: the
// protocol entry points (GetAttr, Call, Add, Compare, ...) are standalone
// functions that hold the fast path for builtin Go types and CPython's full
// dunder protocol in one place (see doc.go).
type Object interface {
	Type() *Type
}

// header is embedded by the Go structs whose Python types may be subclassed
// in place (object, list, dict, set, BaseException, type): a user subclass's
// instance is the same Go struct with typ pointing at the subclass and an
// attribute dict.
type header struct {
	typ  *Type
	dict *Dict
}

func (h *header) instType(def *Type) *Type {
	if h.typ != nil {
		return h.typ
	}
	return def
}

// Instance is an instance of a user class whose solid base is object, or of a
// subclass of an immutable builtin value type (int, float, str, tuple, bytes,
// frozenset), in which case base holds the underlying builtin value.
type Instance struct {
	typ   *Type
	dict  *Dict
	base  Object
	slots []Object
	mu    sync.Mutex // guards slots
}

// Type implements Object.
func (o *Instance) Type() *Type { return o.typ }

// NewInstance allocates an instance of typ with an empty attribute dict.
func NewInstance(typ *Type) *Instance {
	if typ.hasDict && typ.nslots == 0 {
		if n := typ.attrHint.Load(); n > 0 && n <= 10 {
			return newInstanceWithDict(typ, n)
		}
	}
	o := &Instance{typ: typ}
	if typ.hasDict {
		o.dict = NewDict()
	}
	if typ.nslots > 0 {
		o.slots = make([]Object, typ.nslots)
	}
	return o
}

// Unwrap returns the builtin value an instance of a builtin subclass wraps,
// or o itself.
func Unwrap(o Object) Object {
	if i, ok := o.(*Instance); ok && i.base != nil {
		return i.base
	}
	return o
}

// dictOf returns the attribute dict of o, or nil when it has none.
func dictOf(o Object) *Dict {
	switch v := o.(type) {
	case *Instance:
		return v.dict
	case *Type:
		return v.dict
	case *Module:
		return v.dict
	case *Function:
		return v.getDict()
	case *BaseException:
		return v.dict
	case *List:
		return v.hdr.dict
	case *Dict:
		return v.hdr.dict
	case *Set:
		return v.hdr.dict
	case *ByteArray:
		return v.hdr.dict
	case *Property:
		return v.hdr.dict
	case *StaticMethod, *ClassMethod:
		return descrDict(v)
	case *asyncFuture:
		return v.getDict()
	case *asyncTask:
		return v.getDict()
	}
	return nil
}

// ObjectType is the root of every class hierarchy.
var ObjectType = newBuiltinType("object", nil)

// Is reports Python identity (`a is b`).
func Is(a, b Object) bool {
	if sameWords(a, b) {
		return true
	}
	if !sameType(a, b) {
		return false
	}
	switch x := a.(type) {
	case Float:
		// Floats are Go values; a NaN's identity is its box (float_identity.go).
		_ = x
		return floatIs(a, b)
	}
	return a == b
}

// ID returns a stable identity number for o.
func ID(o Object) Object {
	switch v := o.(type) {
	case Int:
		return Int(int64(v)*2 + 1)
	case Bool:
		if v {
			return Int(3)
		}
		return Int(1)
	case Float:
		return Int(int64(floatBits(v)) | 1)
	}
	return Int(int64(addrOf(o)))
}

func addrOf(o Object) uintptr {
	v := reflect.ValueOf(o)
	if v.Kind() == reflect.Pointer {
		return v.Pointer()
	}
	return 0
}
