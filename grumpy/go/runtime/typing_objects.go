package runtime

import "sync/atomic"

// UnionType is `X | Y` of types (types.UnionType).
type UnionType struct{ args []Object }

// GenericAlias is `list[int]` (types.GenericAlias); see typing_alias.go.
type GenericAlias struct {
	origin  Object
	args    *Tuple
	starred bool                  // *tuple[int]
	params  atomic.Pointer[Tuple] // __parameters__, computed on first use
}

// MappingProxy is a read-only view of a mapping (a class's __dict__):
// every operation reads the mapping itself, so the view is live. d is the
// exact dict the runtime's own proxies wrap (nil otherwise), m any other
// mapping (see mappingproxy.go).
type MappingProxy struct {
	d *Dict
	m Object
}

var (
	// UnionTypeType is types.UnionType.
	UnionTypeType = finalType(newBuiltinType("UnionType", ObjectType))
	// GenericAliasType is types.GenericAlias.
	GenericAliasType = newBuiltinType("GenericAlias", ObjectType).solidType()
	// MappingProxyType is types.MappingProxyType.
	MappingProxyType = finalType(newBuiltinType("mappingproxy", ObjectType))
)

// Type implements Object.
func (*UnionType) Type() *Type { return UnionTypeType }

// Type implements Object.
func (*GenericAlias) Type() *Type { return GenericAliasType }

// Type implements Object.
func (*MappingProxy) Type() *Type { return MappingProxyType }

// NewMappingProxy wraps d read-only.
func NewMappingProxy(d *Dict) *MappingProxy { return &MappingProxy{d: d} }

// NewGenericAlias makes origin[args].
func NewGenericAlias(origin Object, args Object) *GenericAlias {
	tup, ok := args.(*Tuple)
	if !ok {
		tup = NewTuple(args)
	}
	return &GenericAlias{origin: origin, args: tup}
}

// unionOf is `a | b` for unionable operands (None, classes, generic
// aliases, unions; NotImplemented otherwise): the flattened arguments
// without duplicates, or the single remaining argument (int | int is int).
func unionOf(a, b Object) Object {
	if !isUnionable(a) || !isUnionable(b) {
		return NotImplemented
	}
	var args []Object
	add := func(o Object) {
		if u, ok := Unwrap(o).(*UnionType); ok {
			for _, x := range u.args {
				add1(&args, x)
			}
			return
		}
		if o == None {
			o = NoneTypeType
		}
		add1(&args, o)
	}
	add(a)
	add(b)
	if len(args) == 1 {
		return args[0]
	}
	return &UnionType{args: args}
}

func add1(args *[]Object, o Object) {
	for _, x := range *args {
		if typingSame(x, o) {
			return
		}
	}
	*args = append(*args, o)
}

// typingSame is union deduplication's test: identity, or equal generic
// aliases (same origin, same arguments by the same rule).
func typingSame(a, b Object) bool {
	if a == b {
		return true
	}
	x, ok1 := gaSelf(a)
	y, ok2 := gaSelf(b)
	if !ok1 || !ok2 || x.origin != y.origin || x.starred != y.starred || len(x.args.items) != len(y.args.items) {
		return false
	}
	for i := range x.args.items {
		if !typingSame(x.args.items[i], y.args.items[i]) {
			return false
		}
	}
	return true
}

func init() {
	DefStatic(MappingProxyType, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		var m Object
		if exc := ParseArgs("mappingproxy", args[1:], kw, []string{"mapping"}, &m); exc != nil {
			return nil, exc
		}
		return newMappingProxyOf(m)
	})
}
