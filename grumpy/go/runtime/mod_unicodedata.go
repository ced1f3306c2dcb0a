package runtime

import (
	"bytes"
	"compress/flate"
	"encoding/base64"
	"encoding/binary"
	"io"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// The unicodedata module over tables generated from CPython's own
// unicodedata (mod_unicodedata_tables.go, by grumpy/go/gen/gen_unicodedata.py):
// properties, numeric values, decompositions, names (with the algorithmic
// CJK/Hangul/... ranges, aliases and named sequences for lookup), the
// normalization forms, and the ucd_3_2_0 object (Unicode 3.2.0, for
// stringprep/idna) as differences from the current version.

func init() {
	RegisterModule(&ModuleSpec{Name: "unicodedata", Native: initUnicodedata})
}

type ucdRecord struct {
	cat, bidi, ccc, mirrored, eaw uint8
}

type ucdNumeric struct {
	decimal, digit int8
	numeric        string // "" when none
}

type ucdOld struct {
	start, end uint32
	rec        uint16
	flags      uint8 // 1 numeric differs, 2 decomposition differs, 4 unassigned in 3.2.0
	num        ucdNumeric
	decomp     string
}

type ucdAlgo struct {
	start, end uint32
	prefix     string
}

type ucdTables struct {
	records  []ucdRecord
	shift    uint
	index1   []uint16
	index2   []uint16
	numeric  map[rune]ucdNumeric
	decomp   map[rune]string
	excl     map[rune]bool
	algo     []ucdAlgo
	names    map[rune]string
	byName   map[string]rune // upper-cased explicit names and aliases
	seqs     map[string][]rune
	old      []ucdOld
	oldNFD   map[rune][]rune // 3.2.0 normalization corrections
	compose  map[uint64]rune
}

var (
	ucdOnce sync.Once
	ucd     *ucdTables
)

type blobReader struct {
	b   []byte
	pos int
}

func (r *blobReader) u8() uint8 { v := r.b[r.pos]; r.pos++; return v }
func (r *blobReader) u16() uint16 {
	v := binary.LittleEndian.Uint16(r.b[r.pos:])
	r.pos += 2
	return v
}
func (r *blobReader) u32() uint32 {
	v := binary.LittleEndian.Uint32(r.b[r.pos:])
	r.pos += 4
	return v
}
func (r *blobReader) uvar() uint64 {
	v, n := binary.Uvarint(r.b[r.pos:])
	r.pos += n
	return v
}
func (r *blobReader) str() string {
	n := int(r.uvar())
	s := string(r.b[r.pos : r.pos+n])
	r.pos += n
	return s
}

func loadUCD() *ucdTables {
	ucdOnce.Do(func() {
		comp, err := base64.StdEncoding.DecodeString(strings.ReplaceAll(ucdBlob, "\n", ""))
		if err != nil {
			panic("unicodedata tables: " + err.Error())
		}
		raw, err := io.ReadAll(flate.NewReader(bytes.NewReader(comp)))
		if err != nil {
			panic("unicodedata tables: " + err.Error())
		}
		r := &blobReader{b: raw}
		u := &ucdTables{}
		n := int(r.u32())
		u.records = make([]ucdRecord, n)
		for i := range u.records {
			u.records[i] = ucdRecord{r.u8(), r.u8(), r.u8(), r.u8(), r.u8()}
		}
		u.shift = uint(r.u32())
		u.index1 = make([]uint16, r.u32())
		for i := range u.index1 {
			u.index1[i] = r.u16()
		}
		u.index2 = make([]uint16, r.u32())
		for i := range u.index2 {
			u.index2[i] = r.u16()
		}
		n = int(r.u32())
		u.numeric = make(map[rune]ucdNumeric, n)
		cp := rune(0)
		for i := 0; i < n; i++ {
			cp += rune(r.uvar())
			u.numeric[cp] = ucdNumeric{int8(r.u8()), int8(r.u8()), r.str()}
		}
		n = int(r.u32())
		u.decomp = make(map[rune]string, n)
		cp = 0
		for i := 0; i < n; i++ {
			cp += rune(r.uvar())
			u.decomp[cp] = r.str()
		}
		n = int(r.u32())
		u.excl = make(map[rune]bool, n)
		for i := 0; i < n; i++ {
			u.excl[rune(r.u32())] = true
		}
		n = int(r.u32())
		u.algo = make([]ucdAlgo, n)
		for i := range u.algo {
			u.algo[i] = ucdAlgo{r.u32(), r.u32(), r.str()}
		}
		n = int(r.u32())
		u.names = make(map[rune]string, n)
		u.byName = make(map[string]rune, n)
		cp = 0
		for i := 0; i < n; i++ {
			cp += rune(r.uvar())
			name := r.str()
			u.names[cp] = name
			u.byName[name] = cp
		}
		n = int(r.u32())
		for i := 0; i < n; i++ {
			c := rune(r.u32())
			name := r.str()
			if _, ok := u.byName[name]; !ok {
				u.byName[name] = c | ucdAliasFlag
			}
		}
		n = int(r.u32())
		u.seqs = make(map[string][]rune, n)
		for i := 0; i < n; i++ {
			name := r.str()
			k := int(r.u8())
			cps := make([]rune, k)
			for j := range cps {
				cps[j] = rune(r.u32())
			}
			u.seqs[name] = cps
		}
		n = int(r.u32())
		u.old = make([]ucdOld, n)
		for i := range u.old {
			o := ucdOld{start: r.u32(), end: r.u32(), rec: r.u16(), flags: r.u8()}
			if o.flags&1 != 0 {
				o.num = ucdNumeric{int8(r.u8()), int8(r.u8()), r.str()}
			}
			if o.flags&2 != 0 {
				o.decomp = r.str()
			}
			u.old[i] = o
		}
		n = int(r.u32())
		u.oldNFD = make(map[rune][]rune, n)
		for i := 0; i < n; i++ {
			c := rune(r.u32())
			k := int(r.u8())
			cps := make([]rune, k)
			for j := range cps {
				cps[j] = rune(r.u32())
			}
			u.oldNFD[c] = cps
		}
		u.compose = map[uint64]rune{}
		for c, d := range u.decomp {
			if strings.HasPrefix(d, "<") || u.excl[c] {
				continue
			}
			parts := strings.Fields(d)
			if len(parts) != 2 {
				continue
			}
			a, _ := strconv.ParseUint(parts[0], 16, 32)
			b, _ := strconv.ParseUint(parts[1], 16, 32)
			u.compose[a<<21|b] = c
		}
		ucd = u
	})
	return ucd
}

const ucdAliasFlag = 1 << 24

func (u *ucdTables) record(c rune) ucdRecord {
	if c < 0 || c >= 0x110000 {
		return u.records[0]
	}
	blk := u.index1[c>>u.shift]
	return u.records[u.index2[int(blk)<<u.shift+int(c&(1<<u.shift-1))]]
}

// oldAt returns the Unicode 3.2.0 difference record covering c, if any.
func (u *ucdTables) oldAt(c rune) *ucdOld {
	i := sort.Search(len(u.old), func(i int) bool { return u.old[i].end >= uint32(c) })
	if i < len(u.old) && u.old[i].start <= uint32(c) {
		return &u.old[i]
	}
	return nil
}

// ucdDB is one database version: the current one, or 3.2.0 (old).
type ucdDB struct {
	old bool
}

func (d ucdDB) record(c rune) ucdRecord {
	u := loadUCD()
	if d.old {
		if o := u.oldAt(c); o != nil {
			return u.records[o.rec]
		}
	}
	return u.record(c)
}

func (d ucdDB) unassignedOld(c rune) bool {
	if !d.old {
		return false
	}
	o := loadUCD().oldAt(c)
	return o != nil && o.flags&4 != 0
}

func (d ucdDB) numeric(c rune) (ucdNumeric, bool) {
	u := loadUCD()
	if d.old {
		if o := u.oldAt(c); o != nil && o.flags&1 != 0 {
			return o.num, o.num.decimal >= 0 || o.num.digit >= 0 || o.num.numeric != ""
		}
	}
	n, ok := u.numeric[c]
	return n, ok
}

func (d ucdDB) decomposition(c rune) string {
	u := loadUCD()
	if d.old {
		if o := u.oldAt(c); o != nil {
			if o.flags&4 != 0 {
				return ""
			}
			if o.flags&2 != 0 {
				return o.decomp
			}
		}
	}
	return u.decomp[c]
}

const (
	hangulSBase  = 0xAC00
	hangulLBase  = 0x1100
	hangulVBase  = 0x1161
	hangulTBase  = 0x11A7
	hangulLCount = 19
	hangulVCount = 21
	hangulTCount = 28
	hangulNCount = hangulVCount * hangulTCount
	hangulSCount = hangulLCount * hangulNCount
)

var (
	jamoL = []string{"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"}
	jamoV = []string{"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"}
	jamoT = []string{"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"}
)

func (d ucdDB) name(c rune) (string, bool) {
	if d.unassignedOld(c) {
		return "", false
	}
	if c >= hangulSBase && c < hangulSBase+hangulSCount {
		s := int(c - hangulSBase)
		return "HANGUL SYLLABLE " + jamoL[s/hangulNCount] + jamoV[s%hangulNCount/hangulTCount] + jamoT[s%hangulTCount], true
	}
	u := loadUCD()
	for _, a := range u.algo {
		if uint32(c) >= a.start && uint32(c) <= a.end {
			return a.prefix + strings.ToUpper(strconv.FormatInt(int64(c), 16)), true
		}
	}
	n, ok := u.names[c]
	return n, ok
}

var (
	hangulNamesOnce sync.Once
	hangulNames     map[string]rune
)

// lookup resolves a character name (case-insensitively, as CPython does
// for table names), an alias or a named sequence.
func (d ucdDB) lookup(name string) ([]rune, bool) {
	if strings.HasPrefix(name, "HANGUL SYLLABLE ") {
		hangulNamesOnce.Do(func() {
			hangulNames = make(map[string]rune, hangulSCount)
			for s := rune(0); s < hangulSCount; s++ {
				n, _ := ucdDB{}.name(hangulSBase + s)
				hangulNames[n] = hangulSBase + s
			}
		})
		if c, ok := hangulNames[name]; ok {
			return []rune{c}, true
		}
		return nil, false
	}
	u := loadUCD()
	for _, a := range u.algo {
		if strings.HasPrefix(name, a.prefix) {
			hex := name[len(a.prefix):]
			if len(hex) < 4 || len(hex) > 5 {
				return nil, false
			}
			v, err := strconv.ParseUint(hex, 16, 32)
			if err != nil || strings.ToUpper(hex) != hex {
				return nil, false
			}
			for _, b := range u.algo {
				if b.prefix == a.prefix && uint32(v) >= b.start && uint32(v) <= b.end {
					if _, ok := d.name(rune(v)); !ok {
						return nil, false
					}
					return []rune{rune(v)}, true
				}
			}
			return nil, false
		}
	}
	up := strings.ToUpper(name)
	if c, ok := u.byName[up]; ok {
		if c&ucdAliasFlag != 0 {
			if d.old {
				return nil, false
			}
			c &^= ucdAliasFlag
		}
		if d.unassignedOld(c) {
			return nil, false
		}
		return []rune{c}, true
	}
	if seq, ok := u.seqs[up]; ok && !d.old {
		return seq, true
	}
	return nil, false
}

// ---------------------------------------------------------------------------
// Normalization

// ccc is the combining class normalization uses: the current one for
// both versions, as in CPython.
func (d ucdDB) ccc(c rune) uint8 { return loadUCD().record(c).ccc }

func (d ucdDB) decompose(c rune, compat bool, out []rune) []rune {
	if c >= hangulSBase && c < hangulSBase+hangulSCount {
		s := c - hangulSBase
		out = append(out, hangulLBase+s/hangulNCount, hangulVBase+s%hangulNCount/hangulTCount)
		if t := s % hangulTCount; t != 0 {
			out = append(out, hangulTBase+t)
		}
		return out
	}
	if d.old {
		if corr, ok := loadUCD().oldNFD[c]; ok {
			return append(out, corr...)
		}
	}
	dec := d.decomposition(c)
	if dec == "" {
		return append(out, c)
	}
	if dec[0] == '<' {
		if !compat {
			return append(out, c)
		}
		dec = dec[strings.IndexByte(dec, '>')+1:]
	}
	for _, f := range strings.Fields(dec) {
		v, _ := strconv.ParseUint(f, 16, 32)
		out = d.decompose(rune(v), compat, out)
	}
	return out
}

func (d ucdDB) nfd(s []rune, compat bool) []rune {
	out := make([]rune, 0, len(s))
	for _, c := range s {
		out = d.decompose(c, compat, out)
	}
	// canonical ordering: stable sort of each run of non-starters
	for i := 0; i < len(out); {
		if d.ccc(out[i]) == 0 {
			i++
			continue
		}
		j := i
		for j < len(out) && d.ccc(out[j]) != 0 {
			j++
		}
		run := out[i:j]
		sort.SliceStable(run, func(a, b int) bool { return d.ccc(run[a]) < d.ccc(run[b]) })
		i = j
	}
	return out
}

func (d ucdDB) composePair(a, b rune) (rune, bool) {
	if a >= hangulLBase && a < hangulLBase+hangulLCount && b >= hangulVBase && b < hangulVBase+hangulVCount {
		return hangulSBase + ((a-hangulLBase)*hangulVCount+(b-hangulVBase))*hangulTCount, true
	}
	if a >= hangulSBase && a < hangulSBase+hangulSCount && (a-hangulSBase)%hangulTCount == 0 && b > hangulTBase && b < hangulTBase+hangulTCount {
		return a + (b - hangulTBase), true
	}
	c, ok := loadUCD().compose[uint64(a)<<21|uint64(b)]
	return c, ok
}

func (d ucdDB) nfc(s []rune, compat bool) []rune {
	out := d.nfd(s, compat)
	if len(out) == 0 {
		return out
	}
	starterPos := 0
	starter := out[0]
	lastClass := int(d.ccc(starter))
	if lastClass != 0 {
		lastClass = 256
	}
	w := 1
	for i := 1; i < len(out); i++ {
		ch := out[i]
		cc := int(d.ccc(ch))
		if comp, ok := d.composePair(starter, ch); ok && (lastClass < cc || lastClass == 0) {
			out[starterPos] = comp
			starter = comp
			continue
		}
		if cc == 0 {
			starterPos = w
			starter = ch
		}
		lastClass = cc
		out[w] = ch
		w++
	}
	return out[:w]
}

func (d ucdDB) normalize(form string, s []rune) ([]rune, bool) {
	switch form {
	case "NFC":
		return d.nfc(s, false), true
	case "NFKC":
		return d.nfc(s, true), true
	case "NFD":
		return d.nfd(s, false), true
	case "NFKD":
		return d.nfd(s, true), true
	}
	return nil, false
}

// ---------------------------------------------------------------------------
// Module

var ucdType = newNativeType("UCD", "unicodedata", nil, "")

type ucdObj struct{ db ucdDB }

func (*ucdObj) Type() *Type { return ucdType }

// ucdChar is the "unicode character" argument converter.
func ucdChar(fname string, multi bool, o Object) (rune, *BaseException) {
	s, ok := strArgOf(o)
	if ok {
		rs := s.Runes()
		if len(rs) == 1 {
			return rs[0], nil
		}
	}
	what := TypeOf(o).name
	if multi {
		return 0, Errorf(TypeErrorType, "%s() argument 1 must be a unicode character, not %s", fname, what)
	}
	return 0, Errorf(TypeErrorType, "%s() argument must be a unicode character, not %s", fname, what)
}

type ucdFunc func(t *Thread, db ucdDB, args []Object, kw []*Str) (Object, *BaseException)

func ucdOneChar(name string, fn func(db ucdDB, c rune) Object) ucdFunc {
	return func(t *Thread, db ucdDB, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("unicodedata."+name, args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		c, exc := ucdChar(name, false, args[0])
		if exc != nil {
			return nil, exc
		}
		return fn(db, c), nil
	}
}

func ucdWithDefault(name, errMsg string, fn func(db ucdDB, c rune) (Object, bool)) ucdFunc {
	return func(t *Thread, db ucdDB, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := unpackArgs(name, args, kw, 1, 2); exc != nil {
			return nil, exc
		}
		c, exc := ucdChar(name, true, args[0])
		if exc != nil {
			return nil, exc
		}
		if v, ok := fn(db, c); ok {
			return v, nil
		}
		if len(args) > 1 {
			return args[1], nil
		}
		return nil, NewError(ValueErrorType, errMsg)
	}
}

func ucdFunctions() map[string]ucdFunc {
	return map[string]ucdFunc{
		"category": ucdOneChar("category", func(db ucdDB, c rune) Object {
			return NewStr(ucdCategories[db.record(c).cat])
		}),
		"bidirectional": ucdOneChar("bidirectional", func(db ucdDB, c rune) Object {
			return NewStr(ucdBidiNames[db.record(c).bidi])
		}),
		"combining": ucdOneChar("combining", func(db ucdDB, c rune) Object {
			return MakeInt(int64(db.record(c).ccc))
		}),
		"mirrored": ucdOneChar("mirrored", func(db ucdDB, c rune) Object {
			return MakeInt(int64(db.record(c).mirrored))
		}),
		"east_asian_width": ucdOneChar("east_asian_width", func(db ucdDB, c rune) Object {
			return NewStr(ucdEAWNames[db.record(c).eaw])
		}),
		"decomposition": ucdOneChar("decomposition", func(db ucdDB, c rune) Object {
			return NewStr(db.decomposition(c))
		}),
		"decimal": ucdWithDefault("decimal", "not a decimal", func(db ucdDB, c rune) (Object, bool) {
			n, ok := db.numeric(c)
			if !ok || n.decimal < 0 {
				return nil, false
			}
			return MakeInt(int64(n.decimal)), true
		}),
		"digit": ucdWithDefault("digit", "not a digit", func(db ucdDB, c rune) (Object, bool) {
			n, ok := db.numeric(c)
			if !ok || n.digit < 0 {
				return nil, false
			}
			return MakeInt(int64(n.digit)), true
		}),
		"numeric": ucdWithDefault("numeric", "not a numeric character", func(db ucdDB, c rune) (Object, bool) {
			n, ok := db.numeric(c)
			if !ok || n.numeric == "" {
				return nil, false
			}
			f, err := strconv.ParseFloat(n.numeric, 64)
			if err != nil {
				return nil, false
			}
			return Float(f), true
		}),
		"name": ucdWithDefault("name", "no such name", func(db ucdDB, c rune) (Object, bool) {
			n, ok := db.name(c)
			if !ok {
				return nil, false
			}
			return NewStr(n), true
		}),
		"lookup": func(t *Thread, db ucdDB, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := ArgCount("unicodedata.lookup", args, kw, 1, 1); exc != nil {
				return nil, exc
			}
			var name string
			if s, ok := strArgOf(args[0]); ok {
				name = s.s
			} else {
				b, exc := bytesArg(t, args[0])
				if exc != nil {
					return nil, exc
				}
				name = string(b)
			}
			if len(name) > 256 {
				return nil, NewError(KeyErrorType, "name too long")
			}
			rs, ok := db.lookup(name)
			if !ok {
				return nil, NewError(KeyErrorType, "undefined character name '"+name+"'")
			}
			return NewStrFromRunes(rs), nil
		},
		"normalize": func(t *Thread, db ucdDB, args []Object, kw []*Str) (Object, *BaseException) {
			form, s, exc := ucdFormArgs("normalize", args, kw)
			if exc != nil {
				return nil, exc
			}
			r, ok := db.normalize(form.s, s.Runes())
			if !ok {
				return nil, NewError(ValueErrorType, "invalid normalization form")
			}
			return NewStrFromRunes(r), nil
		},
		"is_normalized": func(t *Thread, db ucdDB, args []Object, kw []*Str) (Object, *BaseException) {
			form, s, exc := ucdFormArgs("is_normalized", args, kw)
			if exc != nil {
				return nil, exc
			}
			rs := s.Runes()
			r, ok := db.normalize(form.s, rs)
			if !ok {
				return nil, NewError(ValueErrorType, "invalid normalization form")
			}
			if len(r) != len(rs) {
				return False, nil
			}
			for i := range r {
				if r[i] != rs[i] {
					return False, nil
				}
			}
			return True, nil
		},
	}
}

func ucdFormArgs(fname string, args []Object, kw []*Str) (*Str, *Str, *BaseException) {
	if exc := unpackArgs(fname, args, kw, 2, 2); exc != nil {
		return nil, nil, exc
	}
	form, ok := strArgOf(args[0])
	if !ok {
		return nil, nil, Errorf(TypeErrorType, "%s() argument 1 must be str, not %s", fname, TypeOf(args[0]).name)
	}
	s, ok := strArgOf(args[1])
	if !ok {
		return nil, nil, Errorf(TypeErrorType, "%s() argument 2 must be str, not %s", fname, TypeOf(args[1]).name)
	}
	return form, s, nil
}

func init() {
	noNewInstances(ucdType)
	for name, fn := range ucdFunctions() {
		fn := fn
		DefMethod(ucdType, name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			o, ok := args[0].(*ucdObj)
			if !ok {
				return nil, Errorf(TypeErrorType, "descriptor for 'unicodedata.UCD' objects doesn't apply to a '%s' object", TypeOf(args[0]).name)
			}
			return fn(t, o.db, args[1:], kw)
		})
	}
	defMember(ucdType, "unidata_version", func(t *Thread, o Object) (Object, *BaseException) {
		if o.(*ucdObj).db.old {
			return NewStr("3.2.0"), nil
		}
		return NewStr(ucdVersion), nil
	})
}

func initUnicodedata(t *Thread, m *Module) *BaseException {
	m.dict.SetStr("__doc__", NewStr("This module provides access to the Unicode Character Database which\ndefines character properties for all Unicode characters. The data in\nthis database is based on the UnicodeData.txt file version\n"+ucdVersion+" which is publicly available from ftp://ftp.unicode.org/.\n\nThe module uses the same names and symbols as defined by the\nUnicodeData File Format "+ucdVersion+"."))
	m.dict.SetStr("unidata_version", NewStr(ucdVersion))
	m.dict.SetStr("UCD", ucdType)
	m.dict.SetStr("ucd_3_2_0", &ucdObj{db: ucdDB{old: true}})
	for name, fn := range ucdFunctions() {
		fn := fn
		nativeFunc(m, name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			return fn(t, ucdDB{}, args, kw)
		})
	}
	return nil
}
