package runtime

import (
	"hash/crc32"
)

// The binascii module: hex, base64, uuencode, quoted-printable and the
// CRC functions, with CPython's error behaviour.

var (
	BinasciiErrorType = func() *Type {
		t := newExcType("Error", ValueErrorType)
		t.module = "binascii"
		return t
	}()
	BinasciiIncompleteType = func() *Type {
		t := newExcType("Incomplete", ExceptionType)
		t.module = "binascii"
		return t
	}()
)

func binErr(msg string) *BaseException { return NewError(BinasciiErrorType, msg) }

// asciiDataArg accepts bytes-like objects or ASCII-only str (the a2b_*
// functions' argument converter).
func asciiDataArg(t *Thread, o Object) ([]byte, *BaseException) {
	if s, ok := strArgOf(o); ok {
		if !s.isASCII() {
			return nil, NewError(ValueErrorType, "string argument should contain only ASCII characters")
		}
		return []byte(s.s), nil
	}
	if exc := mvCheckContiguous(o); exc != nil {
		return nil, exc
	}
	b, ok, exc := bytesOf(t, o)
	if exc != nil {
		return nil, exc
	}
	if !ok {
		return nil, Errorf(TypeErrorType, "argument should be bytes, buffer or ASCII string, not '%s'", TypeOf(o).name)
	}
	return b, nil
}

// hexWithSep is _Py_strhex with a separator every perSep bytes (counted
// from the right when positive, from the left when negative).
func hexWithSep(t *Thread, data []byte, sepO, perSepO Object) ([]byte, *BaseException) {
	var sep byte
	hasSep := false
	if sepO != nil && sepO != None {
		var sb []byte
		if s, ok := strArgOf(sepO); ok {
			if s.Len() != 1 {
				return nil, NewError(ValueErrorType, "sep must be length 1.")
			}
			if !s.isASCII() {
				return nil, NewError(ValueErrorType, "sep must be ASCII.")
			}
			sb = []byte(s.s)
		} else {
			b, ok, exc := bytesOf(t, sepO)
			if exc != nil {
				return nil, exc
			}
			if !ok {
				return nil, NewError(TypeErrorType, "sep must be str or bytes.")
			}
			if len(b) != 1 {
				return nil, NewError(ValueErrorType, "sep must be length 1.")
			}
			sb = b
		}
		sep, hasSep = sb[0], true
	}
	per := int64(1)
	if perSepO != nil {
		n, exc := ioIntArg(t, perSepO)
		if exc != nil {
			return nil, exc
		}
		per = n
	}
	out := make([]byte, 0, len(data)*3)
	if !hasSep || per == 0 || len(data) == 0 {
		for _, c := range data {
			out = append(out, hexDigitsLower[c>>4], hexDigitsLower[c&15])
		}
		return out, nil
	}
	group := per
	if group < 0 {
		group = -group
	}
	n := int64(len(data))
	for i := int64(0); i < n; i++ {
		if i > 0 {
			var boundary bool
			if per > 0 {
				boundary = (n-i)%group == 0
			} else {
				boundary = i%group == 0
			}
			if boundary {
				out = append(out, sep)
			}
		}
		c := data[i]
		out = append(out, hexDigitsLower[c>>4], hexDigitsLower[c&15])
	}
	return out, nil
}

func unhex(data []byte) ([]byte, *BaseException) {
	if len(data)%2 != 0 {
		return nil, binErr("Odd-length string")
	}
	out := make([]byte, len(data)/2)
	for i := range out {
		hi, lo := hexVal(data[2*i]), hexVal(data[2*i+1])
		if hi < 0 || lo < 0 {
			return nil, binErr("Non-hexadecimal digit found")
		}
		out[i] = byte(hi<<4 | lo)
	}
	return out, nil
}

const b64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

var b64Table = func() [256]byte {
	var tb [256]byte
	for i := range tb {
		tb[i] = 0xff
	}
	for i := 0; i < 64; i++ {
		tb[b64Alphabet[i]] = byte(i)
	}
	return tb
}()

func b2aBase64(data []byte, newline bool) []byte {
	out := make([]byte, 0, (len(data)+2)/3*4+1)
	for i := 0; i < len(data); i += 3 {
		var v uint32
		n := min(3, len(data)-i)
		for k := 0; k < 3; k++ {
			v <<= 8
			if k < n {
				v |= uint32(data[i+k])
			}
		}
		out = append(out, b64Alphabet[v>>18&63], b64Alphabet[v>>12&63])
		if n > 1 {
			out = append(out, b64Alphabet[v>>6&63])
		} else {
			out = append(out, '=')
		}
		if n > 2 {
			out = append(out, b64Alphabet[v&63])
		} else {
			out = append(out, '=')
		}
	}
	if newline {
		out = append(out, '\n')
	}
	return out
}

func a2bBase64(data []byte, strict bool) ([]byte, *BaseException) {
	out := make([]byte, 0, len(data)*3/4)
	quadPos, pads := 0, 0
	var left byte
	paddingStarted := false
	if strict && len(data) > 0 && data[0] == '=' {
		return nil, binErr("Leading padding not allowed")
	}
	for i := 0; i < len(data); i++ {
		c := data[i]
		if c == '=' {
			paddingStarted = true
			if strict && quadPos == 0 {
				return nil, binErr("Excess padding not allowed")
			}
			if quadPos >= 2 {
				pads++
				if quadPos+pads >= 4 {
					if strict && i+1 < len(data) {
						return nil, binErr("Excess data after padding")
					}
					return out, nil
				}
			}
			continue
		}
		v := b64Table[c]
		if v >= 64 {
			if strict {
				return nil, binErr("Only base64 data is allowed")
			}
			continue
		}
		if strict && paddingStarted {
			return nil, binErr("Discontinuous padding not allowed")
		}
		pads = 0
		switch quadPos {
		case 0:
			quadPos, left = 1, v
		case 1:
			quadPos = 2
			out = append(out, left<<2|v>>4)
			left = v & 0x0f
		case 2:
			quadPos = 3
			out = append(out, left<<4|v>>2)
			left = v & 0x03
		case 3:
			quadPos = 0
			out = append(out, left<<6|v)
			left = 0
		}
	}
	switch quadPos {
	case 0:
		return out, nil
	case 1:
		return nil, binErr(sprintf("Invalid base64-encoded string: number of data characters (%d) cannot be 1 more than a multiple of 4", len(out)/3*4+1))
	}
	return nil, binErr("Incorrect padding")
}

func b2aUU(data []byte, backtick bool) ([]byte, *BaseException) {
	if len(data) > 45 {
		return nil, binErr("At most 45 bytes at once")
	}
	enc := func(v byte) byte {
		if backtick && v == 0 {
			return '`'
		}
		return ' ' + v
	}
	out := []byte{enc(byte(len(data)) & 0x3f)}
	for i := 0; i < len(data); i += 3 {
		var v uint32
		for k := 0; k < 3; k++ {
			v <<= 8
			if i+k < len(data) {
				v |= uint32(data[i+k])
			}
		}
		out = append(out, enc(byte(v>>18&63)), enc(byte(v>>12&63)), enc(byte(v>>6&63)), enc(byte(v&63)))
	}
	return append(out, '\n'), nil
}

func a2bUU(data []byte) ([]byte, *BaseException) {
	var first byte
	if len(data) > 0 {
		first = data[0]
		data = data[1:]
	}
	binLen := int((first - ' ') & 0x3f)
	out := make([]byte, 0, binLen)
	var left uint32
	bits := 0
	i := 0
	for binLen > 0 {
		var c byte
		if i < len(data) {
			c = data[i]
		}
		if i >= len(data) || c == '\n' || c == '\r' {
			c = 0
		} else {
			if c < ' ' || c > ' '+64 {
				return nil, binErr("Illegal char")
			}
			c = (c - ' ') & 0x3f
		}
		i++
		left = left<<6 | uint32(c)
		bits += 6
		if bits >= 8 {
			bits -= 8
			out = append(out, byte(left>>uint(bits)))
			left &= (1 << uint(bits)) - 1
			binLen--
		}
	}
	for ; i < len(data); i++ {
		c := data[i]
		if c != ' ' && c != ' '+64 && c != '\n' && c != '\r' {
			return nil, binErr("Trailing garbage")
		}
	}
	return out, nil
}

var crcHqxTable = func() [256]uint16 {
	var tb [256]uint16
	for i := 0; i < 256; i++ {
		c := uint16(i) << 8
		for k := 0; k < 8; k++ {
			if c&0x8000 != 0 {
				c = c<<1 ^ 0x1021
			} else {
				c <<= 1
			}
		}
		tb[i] = c
	}
	return tb
}()

func crcHqx(data []byte, crc uint16) uint16 {
	for _, b := range data {
		crc = crc<<8 ^ crcHqxTable[byte(crc>>8)^b]
	}
	return crc
}

// ---- quoted-printable ----

func a2bQP(data []byte, header bool) []byte {
	out := make([]byte, 0, len(data))
	n := len(data)
	for i := 0; i < n; {
		c := data[i]
		switch {
		case c == '=':
			i++
			if i >= n {
				return out
			}
			if data[i] == '\n' || data[i] == '\r' {
				// Soft line break.
				if data[i] != '\n' {
					for i < n && data[i] != '\n' {
						i++
					}
				}
				if i < n {
					i++
				}
				continue
			}
			if data[i] == '=' {
				out = append(out, '=')
				i++
				continue
			}
			if i+1 < n && hexVal(data[i]) >= 0 && hexVal(data[i+1]) >= 0 {
				out = append(out, byte(hexVal(data[i])<<4|hexVal(data[i+1])))
				i += 2
				continue
			}
			out = append(out, '=')
		case header && c == '_':
			out = append(out, ' ')
			i++
		default:
			out = append(out, c)
			i++
		}
	}
	return out
}

func b2aQP(data []byte, quotetabs, istext, header bool) []byte {
	const maxLine = 76
	crlf := false
	if i := indexByte(data, '\n'); i > 0 && data[i-1] == '\r' {
		crlf = true
	}
	hexU := "0123456789ABCDEF"
	out := make([]byte, 0, len(data)*2)
	lineLen := 0
	n := len(data)
	needQuote := func(i int) bool {
		c := data[i]
		return c > 126 || c == '=' || (header && c == '_') ||
			(c == '.' && lineLen == 0 && (i+1 == n || data[i+1] == '\n' || data[i+1] == '\r' || data[i+1] == 0)) ||
			(!istext && (c == '\r' || c == '\n')) ||
			((c == '\t' || c == ' ') && i+1 == n) ||
			(c < 33 && c != '\r' && c != '\n' && (quotetabs || (c != '\t' && c != ' ')))
	}
	softBreak := func() {
		out = append(out, '=')
		if crlf {
			out = append(out, '\r')
		}
		out = append(out, '\n')
		lineLen = 0
	}
	for i := 0; i < n; {
		c := data[i]
		if needQuote(i) {
			if lineLen+3 >= maxLine {
				softBreak()
			}
			out = append(out, '=', hexU[c>>4], hexU[c&15])
			lineLen += 3
			i++
			continue
		}
		if istext && (c == '\n' || (i+1 < n && c == '\r' && data[i+1] == '\n')) {
			// Protect trailing whitespace before a line break.
			if m := len(out); lineLen > 0 && m > 0 && (out[m-1] == ' ' || out[m-1] == '\t') {
				ch := out[m-1]
				out = append(out[:m-1], '=', hexU[ch>>4], hexU[ch&15])
			}
			if crlf {
				out = append(out, '\r')
			}
			out = append(out, '\n')
			lineLen = 0
			if c == '\r' {
				i += 2
			} else {
				i++
			}
			continue
		}
		if i+1 != n && data[i+1] != '\n' && lineLen+1 >= maxLine {
			softBreak()
		}
		if header && c == ' ' {
			out = append(out, '_')
		} else {
			out = append(out, c)
		}
		lineLen++
		i++
	}
	return out
}

func indexByte(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}

func init() {
	RegisterModule(&ModuleSpec{Name: "binascii", Native: initBinascii})
}

func initBinascii(t *Thread, m *Module) *BaseException {
	d := m.dict
	d.SetStr("Error", BinasciiErrorType)
	d.SetStr("Incomplete", BinasciiIncompleteType)
	def := func(name string, params []string, fn func(t *Thread, a []Object) (Object, *BaseException)) {
		posixFunc(d, name, params, fn)
		d.GetStr(name).(*Builtin).module = "binascii"
	}
	for _, name := range []string{"hexlify", "b2a_hex"} {
		def(name, []string{"data", "sep?", "bytes_per_sep?"}, func(t *Thread, a []Object) (Object, *BaseException) {
			data, exc := binasciiBytes(t, a[0])
			if exc != nil {
				return nil, exc
			}
			out, exc := hexWithSep(t, data, a[1], a[2])
			if exc != nil {
				return nil, exc
			}
			return NewBytes(out), nil
		})
	}
	for _, name := range []string{"unhexlify", "a2b_hex"} {
		def(name, []string{"hexstr", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
			data, exc := asciiDataArg(t, a[0])
			if exc != nil {
				return nil, exc
			}
			out, exc := unhex(data)
			if exc != nil {
				return nil, exc
			}
			return NewBytes(out), nil
		})
	}
	def("b2a_base64", []string{"data", "/", "$", "newline?"}, func(t *Thread, a []Object) (Object, *BaseException) {
		data, exc := binasciiBytes(t, a[0])
		if exc != nil {
			return nil, exc
		}
		nl, exc := optBool(t, a[1], true)
		if exc != nil {
			return nil, exc
		}
		return NewBytes(b2aBase64(data, nl)), nil
	})
	def("a2b_base64", []string{"data", "/", "$", "strict_mode?"}, func(t *Thread, a []Object) (Object, *BaseException) {
		data, exc := asciiDataArg(t, a[0])
		if exc != nil {
			return nil, exc
		}
		strict, exc := optBool(t, a[1], false)
		if exc != nil {
			return nil, exc
		}
		out, exc := a2bBase64(data, strict)
		if exc != nil {
			return nil, exc
		}
		return NewBytes(out), nil
	})
	def("b2a_uu", []string{"data", "/", "$", "backtick?"}, func(t *Thread, a []Object) (Object, *BaseException) {
		data, exc := binasciiBytes(t, a[0])
		if exc != nil {
			return nil, exc
		}
		bt, exc := optBool(t, a[1], false)
		if exc != nil {
			return nil, exc
		}
		out, exc := b2aUU(data, bt)
		if exc != nil {
			return nil, exc
		}
		return NewBytes(out), nil
	})
	def("a2b_uu", []string{"data", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
		data, exc := asciiDataArg(t, a[0])
		if exc != nil {
			return nil, exc
		}
		out, exc := a2bUU(data)
		if exc != nil {
			return nil, exc
		}
		return NewBytes(out), nil
	})
	def("crc32", []string{"data", "crc?", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
		data, exc := binasciiBytes(t, a[0])
		if exc != nil {
			return nil, exc
		}
		var crc uint32
		if a[1] != nil {
			v, exc := structInt(t, a[1])
			if exc != nil {
				return nil, exc
			}
			crc = uint32(v.Uint64() & 0xffffffff)
			if v.Sign() < 0 {
				crc = uint32(v.Int64())
			}
		}
		return MakeInt(int64(crc32.Update(crc, crc32.IEEETable, data))), nil
	})
	def("crc_hqx", []string{"data", "crc", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
		data, exc := binasciiBytes(t, a[0])
		if exc != nil {
			return nil, exc
		}
		v, exc := ioIntArg(t, a[1])
		if exc != nil {
			return nil, exc
		}
		return MakeInt(int64(crcHqx(data, uint16(v)))), nil
	})
	def("b2a_qp", []string{"data", "quotetabs?", "istext?", "header?"}, func(t *Thread, a []Object) (Object, *BaseException) {
		data, exc := binasciiBytes(t, a[0])
		if exc != nil {
			return nil, exc
		}
		qt, exc := optBool(t, a[1], false)
		if exc != nil {
			return nil, exc
		}
		it, exc := optBool(t, a[2], true)
		if exc != nil {
			return nil, exc
		}
		hd, exc := optBool(t, a[3], false)
		if exc != nil {
			return nil, exc
		}
		return NewBytes(b2aQP(data, qt, it, hd)), nil
	})
	def("a2b_qp", []string{"data", "header?"}, func(t *Thread, a []Object) (Object, *BaseException) {
		data, exc := asciiDataArg(t, a[0])
		if exc != nil {
			return nil, exc
		}
		hd, exc := optBool(t, a[1], false)
		if exc != nil {
			return nil, exc
		}
		return NewBytes(a2bQP(data, hd)), nil
	})
	return nil
}

// binasciiBytes is a bytes-like argument (PyBUF_SIMPLE: C-contiguous).
func binasciiBytes(t *Thread, o Object) ([]byte, *BaseException) {
	if exc := mvCheckContiguous(o); exc != nil {
		return nil, exc
	}
	return bytesArg(t, o)
}
