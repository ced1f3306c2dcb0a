package pyast

import (
	"fmt"
	"math/big"
	"reflect"
	"strconv"
	"strings"
)

// Dump renders a tree in a canonical text form, field by field (positions
// left out), for comparing with CPython's ast (see dump_test.go).
func Dump(n any) string {
	var b strings.Builder
	dump(&b, reflect.ValueOf(n))
	return b.String()
}

func dump(b *strings.Builder, v reflect.Value) {
	if !v.IsValid() {
		b.WriteString("None")
		return
	}
	switch v.Kind() {
	case reflect.Interface, reflect.Pointer:
		if v.IsNil() {
			b.WriteString("None")
			return
		}
		if v.Kind() == reflect.Pointer {
			if bi, ok := v.Interface().(*big.Int); ok {
				b.WriteString(bi.String())
				return
			}
		}
		dump(b, v.Elem())
	case reflect.Struct:
		t := v.Type()
		name := t.Name()
		switch name {
		case "ExprStmt":
			name = "Expr"
		case "EllipsisValue":
			b.WriteString("Ellipsis")
			return
		}
		b.WriteString(name + "(")
		first := true
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if f.Name == "Pos" || f.Name == "Ctx" || f.Name == "Kind" {
				continue
			}
			if !first {
				b.WriteString(", ")
			}
			first = false
			b.WriteString(strings.ToLower(f.Name) + "=")
			dump(b, v.Field(i))
		}
		b.WriteString(")")
	case reflect.Slice:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			b.WriteString(bytesRepr(v.Bytes()))
			return
		}
		b.WriteString("[")
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				b.WriteString(", ")
			}
			dump(b, v.Index(i))
		}
		b.WriteString("]")
	case reflect.String:
		b.WriteString(jsonQuote([]rune(v.String())))
	case reflect.Bool:
		if v.Bool() {
			b.WriteString("True")
		} else {
			b.WriteString("False")
		}
	case reflect.Int, reflect.Int64, reflect.Int32:
		if v.Type().Name() == "rune" || v.Type().Kind() == reflect.Int32 {
			if v.Int() == 0 {
				b.WriteString("-1")
			} else {
				b.WriteString(strconv.Itoa(int(v.Int())))
			}
			return
		}
		b.WriteString(strconv.FormatInt(v.Int(), 10))
	case reflect.Float64:
		f := strconv.FormatFloat(v.Float(), 'g', -1, 64)
		if !strings.ContainsAny(f, ".eIN") {
			f += ".0"
		}
		b.WriteString(f)
	case reflect.Complex128:
		b.WriteString(fmt.Sprintf("%gj", imag(v.Complex())))
	default:
		b.WriteString(fmt.Sprint(v.Interface()))
	}
}

func bytesRepr(bs []byte) string {
	rs := make([]rune, len(bs))
	for i, c := range bs {
		rs[i] = rune(c)
	}
	return "b" + jsonQuote(rs)
}

// jsonQuote quotes as Python's json.dumps(s, ensure_ascii=False).
func jsonQuote(rs []rune) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range rs {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		default:
			if r < 0x20 {
				b.WriteString(fmt.Sprintf(`\u%04x`, r))
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}
