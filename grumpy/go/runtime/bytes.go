package runtime

// Bytes is an immutable byte string.
type Bytes struct {
	b    []byte
	hash int64
}

// BytesType is `bytes`.
var BytesType = newBuiltinType("bytes", ObjectType).solidType()

// Type implements Object.
func (*Bytes) Type() *Type { return BytesType }

// NewBytes makes a bytes object owning b.
func NewBytes(b []byte) *Bytes { return &Bytes{b: b} }

// Value returns the bytes; callers must not modify them.
func (b *Bytes) Value() []byte { return b.b }

// bytesRepr is CPython's repr of bytes.
func bytesRepr(prefix string, b []byte) string {
	quote := byte('\'')
	hasSingle, hasDouble := false, false
	for _, c := range b {
		if c == '\'' {
			hasSingle = true
		} else if c == '"' {
			hasDouble = true
		}
	}
	if hasSingle && !hasDouble {
		quote = '"'
	}
	out := []byte(prefix)
	out = append(out, quote)
	for _, c := range b {
		switch {
		case c == quote || c == '\\':
			out = append(out, '\\', c)
		case c == '\n':
			out = append(out, '\\', 'n')
		case c == '\r':
			out = append(out, '\\', 'r')
		case c == '\t':
			out = append(out, '\\', 't')
		case c < 0x20 || c >= 0x7f:
			out = append(out, sprintf(`\x%02x`, c)...)
		default:
			out = append(out, c)
		}
	}
	return string(append(out, quote))
}
