package runtime

// Bool is True or False; bool is a subclass of int.
type Bool bool

// NoneType is the type of None, NotImplementedType of NotImplemented, ellipsis of Ellipsis.
type (
	noneObj           struct{}
	notImplementedObj struct{}
	ellipsisObj       struct{}
)

var (
	// BoolType is `bool`.
	BoolType = finalType(newBuiltinType("bool", IntType))
	// NoneTypeType is `type(None)`.
	NoneTypeType = finalType(newBuiltinType("NoneType", ObjectType))
	// NotImplementedTypeType is `type(NotImplemented)`.
	NotImplementedTypeType = finalType(newBuiltinType("NotImplementedType", ObjectType))
	// EllipsisType is `type(...)`.
	EllipsisType = finalType(newBuiltinType("ellipsis", ObjectType))

	// None is the None singleton.
	None Object = &noneObj{}
	// NotImplemented is the NotImplemented singleton.
	NotImplemented Object = &notImplementedObj{}
	// Ellipsis is the Ellipsis singleton.
	Ellipsis Object = &ellipsisObj{}
	// True and False are the bool singletons.
	True  Object = Bool(true)
	False Object = Bool(false)
)

func finalType(t *Type) *Type { t.final = true; return t }

// Type implements Object.
func (Bool) Type() *Type { return BoolType }

// Type implements Object.
func (*noneObj) Type() *Type { return NoneTypeType }

// Type implements Object.
func (*notImplementedObj) Type() *Type { return NotImplementedTypeType }

// Type implements Object.
func (*ellipsisObj) Type() *Type { return EllipsisType }

// NewBool returns True or False.
func NewBool(b bool) Object {
	if b {
		return True
	}
	return False
}
