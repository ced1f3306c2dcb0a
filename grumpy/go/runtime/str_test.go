package runtime

import (
	"bytes"
	"testing"
)

func callStrMethod(t *testing.T, th *Thread, s Object, name string, args ...Object) (Object, *BaseException) {
	t.Helper()
	return CallMethod(th, s, NewStr(name), args, nil)
}

func excText(e *BaseException) string {
	if e == nil {
		return ""
	}
	msg := ""
	if e.args != nil && len(e.args.items) > 0 {
		if s, ok := e.args.items[0].(*Str); ok {
			msg = s.s
		}
	}
	return e.typ.name + ": " + msg
}

func TestQuoteStr(t *testing.T) {
	cases := []struct{ in, want string }{
		{"abc", `'abc'`},
		{"it's", `"it's"`},
		{`say "hi"`, `'say "hi"'`},
		{`both ' and "`, `'both \' and "'`},
		{"tab\tnl\ncr\rbs\\", `'tab\tnl\ncr\rbs\\'`},
		{"\x00\x1f\x7f", `'\x00\x1f\x7f'`},
		{"é日😀", "'é日😀'"},
		{"\u200b\u00a0\u00ad", `'\u200b\xa0\xad'`},
		{"\u0080", `'\x80'`},
		{encodeWTF8([]rune{0xd800}), `'\ud800'`},
	}
	for _, c := range cases {
		if got := quoteStr(c.in); got != c.want {
			t.Errorf("quoteStr(%q) = %s, want %s", c.in, got, c.want)
		}
	}
}

func TestStrCaseMethods(t *testing.T) {
	th := NewThread()
	cases := []struct{ in, method, want string }{
		{"Hello World", "upper", "HELLO WORLD"},
		{"Hello World", "lower", "hello world"},
		{"hello wORLD", "title", "Hello World"},
		{"hELLO", "capitalize", "Hello"},
		{"HeLLo", "swapcase", "hEllO"},
		{"straße", "upper", "STRASSE"},
		{"ß", "casefold", "ss"},
		{"ß", "title", "Ss"},
		{"ΑΣ", "lower", "ας"},
		{"ΑΣΑ", "lower", "ασα"},
		{"Σ", "lower", "σ"},
		{"ǆemal", "capitalize", "ǅemal"},
		{"ﬁ", "upper", "FI"},
		{"they're", "title", "They'Re"},
	}
	for _, c := range cases {
		r, exc := callStrMethod(t, th, NewStr(c.in), c.method)
		if exc != nil {
			t.Fatalf("%q.%s(): %s", c.in, c.method, excText(exc))
		}
		if got := r.(*Str).s; got != c.want {
			t.Errorf("%q.%s() = %q, want %q", c.in, c.method, got, c.want)
		}
	}
}

func TestStrPredicates(t *testing.T) {
	th := NewThread()
	cases := []struct {
		in, method string
		want       bool
	}{
		{"abc", "isalpha", true}, {"ab1", "isalpha", false}, {"", "isalpha", false},
		{"²", "isdigit", true}, {"²", "isdecimal", false}, {"½", "isnumeric", true}, {"三", "isnumeric", true},
		{"\u3000\u0085", "isspace", true}, {"\u200b", "isspace", false},
		{"Hello World", "istitle", true}, {"HEllo", "istitle", false},
		{"ABC1", "isupper", true}, {"abc", "islower", true}, {"123", "isupper", false},
		{"_x1", "isidentifier", true}, {"1x", "isidentifier", false}, {"héllo", "isidentifier", true},
		{"", "isprintable", true}, {"a\n", "isprintable", false}, {"", "isascii", true}, {"é", "isascii", false},
	}
	for _, c := range cases {
		r, exc := callStrMethod(t, th, NewStr(c.in), c.method)
		if exc != nil {
			t.Fatalf("%q.%s(): %s", c.in, c.method, excText(exc))
		}
		if got := bool(r.(Bool)); got != c.want {
			t.Errorf("%q.%s() = %v, want %v", c.in, c.method, got, c.want)
		}
	}
}

func TestStrSearchAndSplit(t *testing.T) {
	th := NewThread()
	s := NewStr("héllo wörld")
	cases := []struct {
		method string
		args   []Object
		want   string // repr of the result
	}{
		{"find", []Object{NewStr("ö")}, "7"},
		{"find", []Object{NewStr("l"), MakeInt(4)}, "9"},
		{"find", []Object{NewStr("l"), MakeInt(3)}, "3"},
		{"rfind", []Object{NewStr("l")}, "9"},
		{"count", []Object{NewStr("l")}, "3"},
		{"count", []Object{NewStr("")}, "12"},
		{"find", []Object{NewStr(""), MakeInt(12)}, "-1"},
		{"startswith", []Object{NewStr("wö"), MakeInt(6)}, "True"},
		{"endswith", []Object{NewStr("héllo"), MakeInt(0), MakeInt(5)}, "True"},
		{"replace", []Object{NewStr("l"), NewStr("L"), MakeInt(2)}, `'héLLo wörld'`},
		{"center", []Object{MakeInt(15), NewStr("*")}, `'**héllo wörld**'`},
		{"zfill", []Object{MakeInt(13)}, `'00héllo wörld'`},
	}
	for _, c := range cases {
		r, exc := callStrMethod(t, th, s, c.method, c.args...)
		if exc != nil {
			t.Fatalf("%s: %s", c.method, excText(exc))
		}
		rs, exc := Repr(th, r)
		if exc != nil {
			t.Fatal(excText(exc))
		}
		if rs.s != c.want {
			t.Errorf("%s%v = %s, want %s", c.method, c.args, rs.s, c.want)
		}
	}
	splits := []struct {
		got  *List
		want []string
	}{
		{strSplitSpace(NewStr("  a b\u3000c  "), -1), []string{"a", "b", "c"}},
		{strSplitSpace(NewStr("  a b c  "), 1), []string{"a", "b c  "}},
		{strRSplitSpace(NewStr("  a b c  "), 1), []string{"  a b", "c"}},
		{strSplitSep(NewStr("a,b,,c"), ",", -1), []string{"a", "b", "", "c"}},
		{strRSplitSep(NewStr("a,b,c"), ",", 1), []string{"a,b", "c"}},
		{strSplitLines(NewStr("a\nb\r\nc\u2028d"), false), []string{"a", "b", "c", "d"}},
		{strSplitLines(NewStr("a\r\nb\n"), true), []string{"a\r\n", "b\n"}},
	}
	for i, c := range splits {
		items := c.got.Snapshot()
		if len(items) != len(c.want) {
			t.Errorf("split case %d: got %d items, want %d", i, len(items), len(c.want))
			continue
		}
		for j, it := range items {
			if it.(*Str).s != c.want[j] {
				t.Errorf("split case %d item %d: got %q want %q", i, j, it.(*Str).s, c.want[j])
			}
		}
	}
}

func TestStrPercent(t *testing.T) {
	th := NewThread()
	cases := []struct {
		format string
		args   Object
		want   string
	}{
		{"%s-%d", NewTuple(NewStr("a"), MakeInt(5)), "a-5"},
		{"[%5d][%-5d][%05d][%+d]", NewTuple(MakeInt(42), MakeInt(42), MakeInt(42), MakeInt(42)), "[   42][42   ][00042][+42]"},
		{"%x %X %#x %#o", NewTuple(MakeInt(255), MakeInt(255), MakeInt(255), MakeInt(8)), "ff FF 0xff 0o10"},
		{"%#08x", MakeInt(255), "0x0000ff"},
		{"%.5d", MakeInt(-3), "-00003"},
		{"%.2f|%e|%g", NewTuple(Float(3.14159), Float(1234.5), Float(1e-5)), "3.14|1.234500e+03|1e-05"},
		{"%05f", Float(posInf()), "00inf"},
		{"%c%c", NewTuple(MakeInt(233), NewStr("x")), "éx"},
		{"%.2s|%5s", NewTuple(NewStr("héllo"), NewStr("é")), "hé|    é"},
		{"100%%", NewTuple(), "100%"},
		{"%d", Float(-3.7), "-3"},
	}
	for _, c := range cases {
		r, exc := strPercent(th, NewStr(c.format), c.args)
		if exc != nil {
			t.Fatalf("%q: %s", c.format, excText(exc))
		}
		if got := r.(*Str).s; got != c.want {
			t.Errorf("%q %% ... = %q, want %q", c.format, got, c.want)
		}
	}
	errs := []struct {
		format string
		args   Object
		want   string
	}{
		{"%s", NewTuple(MakeInt(1), MakeInt(2)), "TypeError: not all arguments converted during string formatting"},
		{"%s %s", NewTuple(MakeInt(1)), "TypeError: not enough arguments for format string"},
		{"%d", NewStr("3"), "TypeError: %d format: a real number is required, not str"},
		{"%x", Float(3), "TypeError: %x format: an integer is required, not float"},
		{"%y", MakeInt(1), "ValueError: unsupported format character 'y' (0x79) at index 1"},
		{"abc%", NewTuple(), "ValueError: incomplete format"},
		{"%(a)s", MakeInt(1), "TypeError: format requires a mapping"},
		{"%c", MakeInt(0x110000), "OverflowError: %c arg not in range(0x110000)"},
		{"%f", NewStr("a"), "TypeError: must be real number, not str"},
	}
	for _, c := range errs {
		_, exc := strPercent(th, NewStr(c.format), c.args)
		if got := excText(exc); got != c.want {
			t.Errorf("%q: got error %q, want %q", c.format, got, c.want)
		}
	}
}

func posInf() float64 {
	var z float64
	return 1 / z
}

func TestStrFormatMethod(t *testing.T) {
	th := NewThread()
	kw := NewDict()
	kw.SetStr("name", NewStr("Al"))
	cases := []struct {
		format string
		args   []Object
		want   string
	}{
		{"{} + {}", []Object{MakeInt(1), MakeInt(2)}, "1 + 2"},
		{"{1}{0}{1}", []Object{NewStr("a"), NewStr("b")}, "bab"},
		{"{name}!", nil, "Al!"},
		{"{{x}} {0!r}", []Object{NewStr("é")}, "{x} 'é'"},
		{"[{:>6}] [{:*^7}] [{:.2}]", []Object{NewStr("ab"), NewStr("ab"), NewStr("abc")}, "[    ab] [**ab***] [ab]"},
		{"[{:{}}]", []Object{NewStr("ab"), MakeInt(4)}, "[ab  ]"},
		{"{0[1]}", []Object{NewTuple(MakeInt(5), MakeInt(6))}, "6"},
	}
	for _, c := range cases {
		r, exc := strFormatCall(th, NewStr(c.format), c.args, kw, false)
		if exc != nil {
			t.Fatalf("%q: %s", c.format, excText(exc))
		}
		if got := r.(*Str).s; got != c.want {
			t.Errorf("%q.format = %q, want %q", c.format, got, c.want)
		}
	}
	errs := []struct{ format, want string }{
		{"a}b", "ValueError: Single '}' encountered in format string"},
		{"a{", "ValueError: Single '{' encountered in format string"},
		{"{}{0}", "ValueError: cannot switch from automatic field numbering to manual field specification"},
		{"{0}{}", "ValueError: cannot switch from manual field specification to automatic field numbering"},
		{"{5}", "IndexError: Replacement index 5 out of range for positional args tuple"},
		{"{0!x}", "ValueError: Unknown conversion specifier x"},
		{"{:{:{}}}", "ValueError: Max string recursion exceeded"},
		{"{0:d}", "ValueError: Unknown format code 'd' for object of type 'str'"},
	}
	for _, c := range errs {
		_, exc := strFormatCall(th, NewStr(c.format), []Object{NewStr("a"), NewStr("b"), NewStr("c")}, nil, false)
		if got := excText(exc); got != c.want {
			t.Errorf("%q: got %q, want %q", c.format, got, c.want)
		}
	}
}

func TestStrFormatSpec(t *testing.T) {
	cases := []struct{ spec, want string }{
		{"", "abc"}, {">6", "   abc"}, {"<6", "abc   "}, {"^7", "  abc  "}, {"*^8", "**abc***"},
		{".2", "ab"}, {"05", "abc00"}, {"0>5", "00abc"}, {"é>5", "ééabc"}, {"s", "abc"},
	}
	for _, c := range cases {
		r, exc := strFormatSpec(NewStr("abc"), c.spec)
		if exc != nil {
			t.Fatalf("%q: %s", c.spec, excText(exc))
		}
		if got := r.(*Str).s; got != c.want {
			t.Errorf("format('abc', %q) = %q, want %q", c.spec, got, c.want)
		}
	}
	errs := []struct{ spec, want string }{
		{"d", "ValueError: Unknown format code 'd' for object of type 'str'"},
		{"+", "ValueError: Sign not allowed in string format specifier"},
		{" ", "ValueError: Space not allowed in string format specifier"},
		{"#", "ValueError: Alternate form (#) not allowed in string format specifier"},
		{"=5", "ValueError: '=' alignment not allowed in string format specifier"},
		{",", "ValueError: Cannot specify ',' with 's'."},
		{".", "ValueError: Format specifier missing precision"},
		{"xx", "ValueError: Invalid format specifier 'xx' for object of type 'str'"},
	}
	for _, c := range errs {
		_, exc := strFormatSpec(NewStr("abc"), c.spec)
		if got := excText(exc); got != c.want {
			t.Errorf("%q: got %q, want %q", c.spec, got, c.want)
		}
	}
}

func TestCodecs(t *testing.T) {
	th := NewThread()
	u := NewStr("aé€😀")
	enc := []struct {
		encoding, errors string
		want             []byte
	}{
		{"utf-8", "strict", []byte("aé€😀")},
		{"utf-16-le", "strict", []byte{'a', 0, 0xe9, 0, 0xac, 0x20, 0x3d, 0xd8, 0x00, 0xde}},
		{"UTF-16BE", "strict", []byte{0, 'a', 0, 0xe9, 0x20, 0xac, 0xd8, 0x3d, 0xde, 0x00}},
		{"ascii", "replace", []byte("a???")},
		{"ascii", "ignore", []byte("a")},
		{"ascii", "backslashreplace", []byte(`a\xe9\u20ac\U0001f600`)},
		{"latin-1", "xmlcharrefreplace", []byte("a\xe9&#8364;&#128512;")},
		{"cp1252", "replace", []byte("a\xe9\x80?")},
	}
	for _, c := range enc {
		got, exc := textEncode(th, u, c.encoding, c.errors)
		if exc != nil {
			t.Fatalf("%s/%s: %s", c.encoding, c.errors, excText(exc))
		}
		if !bytes.Equal(got, c.want) {
			t.Errorf("encode(%s, %s) = %q, want %q", c.encoding, c.errors, got, c.want)
		}
		if c.errors == "strict" {
			back, exc := textDecode(th, got, c.encoding, "strict")
			if exc != nil || back.s != u.s {
				t.Errorf("round trip %s failed: %v %s", c.encoding, back, excText(exc))
			}
		}
	}
	dec := []struct {
		in               []byte
		encoding, errors string
		want             string
	}{
		{[]byte("a\xff\xe2\x82b"), "utf-8", "replace", "a\uFFFD\uFFFDb"},
		{[]byte("a\xffb"), "utf-8", "ignore", "ab"},
		{[]byte("a\xffb"), "utf-8", "backslashreplace", `a\xffb`},
		{[]byte("\xed\xa0\x80"), "utf-8", "replace", "\uFFFD\uFFFD\uFFFD"},
		{[]byte{0xff, 0xfe, 'a', 0}, "utf-16", "strict", "a"},
		{[]byte("\xe9"), "latin-1", "strict", "é"},
	}
	for _, c := range dec {
		got, exc := textDecode(th, c.in, c.encoding, c.errors)
		if exc != nil {
			t.Fatalf("decode %q: %s", c.in, excText(exc))
		}
		if got.s != c.want {
			t.Errorf("decode(%q, %s, %s) = %q, want %q", c.in, c.encoding, c.errors, got.s, c.want)
		}
	}
	// surrogateescape round-trips undecodable bytes.
	raw := []byte("a\xff\xfeb")
	s, exc := textDecode(th, raw, "utf-8", "surrogateescape")
	if exc != nil {
		t.Fatal(excText(exc))
	}
	back, exc := textEncode(th, s, "utf-8", "surrogateescape")
	if exc != nil || !bytes.Equal(back, raw) {
		t.Errorf("surrogateescape round trip: %q %s", back, excText(exc))
	}
	if _, exc := textEncode(th, NewStr("x"), "nope", "strict"); excText(exc) != "LookupError: unknown encoding: nope" {
		t.Errorf("unknown encoding: %s", excText(exc))
	}
	if _, exc := textEncode(th, NewStr("é"), "ascii", "foo"); excText(exc) != "LookupError: unknown error handler name 'foo'" {
		t.Errorf("unknown handler: %s", excText(exc))
	}
	_, exc = textEncode(th, NewStr("éé"), "ascii", "strict")
	if exc == nil || exc.typ != UnicodeEncodeErrorType {
		t.Fatalf("want UnicodeEncodeError, got %s", excText(exc))
	}
	if a := exc.args.items; len(a) != 5 || a[2].(Int) != 0 || a[3].(Int) != 2 {
		t.Errorf("UnicodeEncodeError args = %v", a)
	}
}

func TestBytesHelpers(t *testing.T) {
	th := NewThread()
	if got := bytesRepr("b", []byte("a'\"\x00\xff\\")); got != `b'a\'"\x00\xff\\'` {
		t.Errorf("bytesRepr = %s", got)
	}
	h, exc := bytesHex(th, []byte("abcdef"), NewStr(":"), MakeInt(-2))
	if exc != nil || h.(*Str).s != "6162:6364:6566" {
		t.Errorf("hex = %v %s", h, excText(exc))
	}
	h, _ = bytesHex(th, []byte("abcde"), NewStr("-"), MakeInt(2))
	if h.(*Str).s != "61-6263-6465" {
		t.Errorf("hex2 = %v", h)
	}
	b, exc := bytesFromHex(" de ad\nbe ef ")
	if exc != nil || !bytes.Equal(b, []byte{0xde, 0xad, 0xbe, 0xef}) {
		t.Errorf("fromhex = %x %s", b, excText(exc))
	}
	if _, exc := bytesFromHex("0g"); excText(exc) != "ValueError: non-hexadecimal number found in fromhex() arg at position 1" {
		t.Errorf("fromhex error: %s", excText(exc))
	}
	out, exc := bytesPercent(th, []byte("%s|%5d|%c"), NewTuple(NewBytes([]byte("x")), MakeInt(7), MakeInt(65)))
	if exc != nil || string(out) != "x|    7|A" {
		t.Errorf("bytes %% = %q %s", out, excText(exc))
	}
	parts := bytesSplitSpace([]byte("  a b  c "), 1, true)
	if len(parts) != 2 || string(parts[0]) != "  a b" || string(parts[1]) != "c" {
		t.Errorf("rsplit = %q", parts)
	}
}

func TestUnicodeTables(t *testing.T) {
	cases := []struct {
		r    rune
		f    func(rune) bool
		want bool
	}{
		{'a', uIsAlpha, true}, {'日', uIsAlpha, true}, {'1', uIsAlpha, false},
		{'٣', uIsDecimal, true}, {'²', uIsDecimal, false}, {'²', uIsDigit, true},
		{'½', uIsNumeric, true}, {0x3000, uIsSpace, true}, {0x200b, uIsSpace, false},
		{'ǅ', uIsTitle, true}, {'ǅ', uIsUpper, false}, {'ª', uIsLower, true},
		{0xad, uIsPrintable, false}, {0xa0, uIsPrintable, false}, {'é', uIsPrintable, true},
		{'·', uIsXIDContinue, true}, {'·', uIsXIDStart, false},
	}
	for _, c := range cases {
		if got := c.f(c.r); got != c.want {
			t.Errorf("predicate(%U) = %v, want %v", c.r, got, c.want)
		}
	}
	if d := uDecimalValue('٣'); d != 3 {
		t.Errorf("uDecimalValue = %d", d)
	}
}

func TestStrConcatInPlaceSharing(t *testing.T) {
	// Build a chain with a growable buffer, then extend the same prefix
	// from several goroutines: every result must keep its own suffix.
	base := NewStr("")
	for i := 0; i < 20; i++ {
		base = strConcat(base, NewStr("abcd"))
	}
	if base.buf == nil {
		t.Fatal("expected a growable buffer after chained concatenation")
	}
	const workers = 8
	results := make([]*Str, workers)
	done := make(chan int)
	for w := 0; w < workers; w++ {
		go func(w int) {
			r := base
			for k := 0; k < 50; k++ {
				r = strConcat(r, NewStr(string(rune('A'+w))))
			}
			results[w] = r
			done <- w
		}(w)
	}
	for w := 0; w < workers; w++ {
		<-done
	}
	prefix := base.s
	for w, r := range results {
		want := prefix + string(bytes.Repeat([]byte{byte('A' + w)}, 50))
		if r.s != want {
			t.Errorf("worker %d: got %q", w, r.s[len(prefix):])
		}
	}
	if base.s != prefix || len(base.s) != 80 {
		t.Errorf("base changed: %q", base.s)
	}
}

func TestByteArrayConcurrentAppend(t *testing.T) {
	th := NewThread()
	a := NewByteArray(nil)
	done := make(chan bool)
	for w := 0; w < 4; w++ {
		go func() {
			t2 := NewThread()
			for k := 0; k < 200; k++ {
				if _, exc := CallMethod(t2, a, NewStr("append"), []Object{MakeInt(7)}, nil); exc != nil {
					t.Error(excText(exc))
				}
			}
			done <- true
		}()
	}
	for w := 0; w < 4; w++ {
		<-done
	}
	n, exc := Len(th, a)
	if exc != nil || n != 800 {
		t.Errorf("len = %d %s", n, excText(exc))
	}
}
