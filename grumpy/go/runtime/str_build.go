package runtime

import "unsafe"

// joinStrParts concatenates the parts of an f-string (each an exact str:
// constants and FormatValue results). One part is the result itself (a
// constant format spec such as the "04d" of f"{i:04d}" is a one-part
// f-string evaluated on every formatting); otherwise the text is copied
// once into a buffer of the exact size, and the ASCII flag comes from the
// parts' flags instead of a scan of the result.
func joinStrParts(parts []Object) *Str {
	switch len(parts) {
	case 0:
		return emptyStr
	case 1:
		return parts[0].(*Str)
	}
	n := 0
	ascii := int8(strASCII)
	for _, p := range parts {
		s := p.(*Str)
		n += len(s.s)
		if s.ascii != strASCII {
			ascii = strNonASCII
		}
	}
	if n <= 1 {
		for _, p := range parts {
			if s := p.(*Str); len(s.s) > 0 {
				return s
			}
		}
		return emptyStr
	}
	b := make([]byte, 0, n)
	for _, p := range parts {
		b = append(b, p.(*Str).s...)
	}
	return newStrA(unsafe.String(&b[0], n), ascii)
}

// ownedStr makes a str whose text is b, taking ownership of b (the caller
// never writes to it again): no copy. A one-byte ASCII result is the shared
// one-character str, as NewStr gives.
func ownedStr(b []byte, ascii int8) *Str {
	switch len(b) {
	case 0:
		return emptyStr
	case 1:
		if b[0] < 128 {
			return charStrs[b[0]]
		}
	}
	return newStrA(unsafe.String(&b[0], len(b)), ascii)
}
