package runtime

import (
	"math"
	"os"
	goruntime "runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// The time module. Clocks come from Go's time package (wall clock) and
// getrusage (process time); calendar conversions from Go's time zones;
// strftime reimplements glibc's in the C locale (flags - _ 0 ^ #, widths,
// E/O modifiers) so output matches CPython on Linux; strptime is a native
// version of _strptime's common directives.

func init() {
	RegisterModule(&ModuleSpec{Name: "time", Native: initTimeModule})
}

var (
	// StructTimeType is time.struct_time.
	StructTimeType = NewStructSeqType("time", "struct_time",
		[]string{"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"})

	tmMonoBase = time.Now()

	tmLocMu sync.Mutex
	tmLoc   = time.Local
	// timezone, altzone, daylight, tzname as last computed by tzset.
	tmTzname [2]string
)

func timeLocation() *time.Location {
	tmLocMu.Lock()
	l := tmLoc
	tmLocMu.Unlock()
	return l
}

var (
	tmDayNames    = [7]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
	tmMonthNames  = [12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	tmDefaultFmt  = "%a %b %d %H:%M:%S %Y"
	tmStructItems = 11
)

func init() {
	S := StructTimeType
	S.dict.SetStr("n_fields", MakeInt(11))
	S.dict.SetStr("n_sequence_fields", MakeInt(9))
	S.dict.SetStr("n_unnamed_fields", MakeInt(0))
	S.dict.SetStr("__doc__", NewStr("The time value as returned by gmtime(), localtime(), and strptime(), and\n accepted by asctime(), mktime() and strftime().  May be considered as a\n sequence of 9 integers.\n\n Note that several fields' values are not the same as those defined by\n the C language standard for struct tm.  For example, the value of the\n field tm_year is the actual year, not year - 1900.  See individual\n fields' descriptions for details."))
	for i, name := range []string{"tm_zone", "tm_gmtoff"} {
		i := i
		defMember(S, name, func(t *Thread, o Object) (Object, *BaseException) {
			if in, ok := o.(*Instance); ok && len(in.slots) == 2 {
				return in.slots[i], nil
			}
			return None, nil
		})
	}
	DefStatic(S, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		items, dict, exc := structSeqArgs(t, "time.struct_time", args[1:], kw, 9, 11)
		if exc != nil {
			return nil, exc
		}
		extra := []Object{None, None}
		copy(extra, items[9:])
		for i, name := range []string{"tm_zone", "tm_gmtoff"} {
			if dict != nil && 9+i >= len(items) {
				if v := dict.GetStr(name); v != nil {
					extra[i] = v
				}
			}
		}
		return &Instance{typ: StructTimeType, base: NewTuple(items[:9]...), slots: extra}, nil
	})
	DefMethod(S, "__reduce__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		in, ok := args[0].(*Instance)
		if !ok {
			return nil, NewError(TypeErrorType, "expected struct_time")
		}
		d := NewDict()
		if len(in.slots) == 2 {
			d.SetStr("tm_zone", in.slots[0])
			d.SetStr("tm_gmtoff", in.slots[1])
		}
		return NewTuple(StructTimeType, NewTuple(in.base, d)), nil
	})
}

// tmFields is a broken-down time as C's struct tm, but with Python's
// conventions where noted.
type tmFields struct {
	year, mon, mday, hour, min, sec int // mon 1-12, year full
	wday                            int // Monday == 0
	yday                            int // 1-366
	isdst                           int
	zone                            Object // str or None
	gmtoff                          Object // int or None
}

func (f *tmFields) object() Object {
	vals := []Object{MakeInt(int64(f.year)), MakeInt(int64(f.mon)), MakeInt(int64(f.mday)), MakeInt(int64(f.hour)),
		MakeInt(int64(f.min)), MakeInt(int64(f.sec)), MakeInt(int64(f.wday)), MakeInt(int64(f.yday)), MakeInt(int64(f.isdst))}
	zone, off := f.zone, f.gmtoff
	if zone == nil {
		zone = None
	}
	if off == nil {
		off = None
	}
	return &Instance{typ: StructTimeType, base: NewTuple(vals...), slots: []Object{zone, off}}
}

func tmFromTime(tm time.Time, gm bool) *tmFields {
	y, mo, d := tm.Date()
	h, mi, s := tm.Clock()
	f := &tmFields{year: y, mon: int(mo), mday: d, hour: h, min: mi, sec: s,
		wday: (int(tm.Weekday()) + 6) % 7, yday: tm.YearDay()}
	if gm {
		f.zone, f.gmtoff = NewStr("GMT"), MakeInt(0)
		return f
	}
	name, off := tm.Zone()
	if tm.IsDST() {
		f.isdst = 1
	}
	f.zone, f.gmtoff = NewStr(name), MakeInt(int64(off))
	return f
}

// timeSeconds converts a timestamp argument to whole seconds, rounding
// floats toward -inf (_PyTime_ObjectToTime_t with ROUND_FLOOR).
func timeSeconds(t *Thread, o Object) (int64, *BaseException) {
	if f, ok := Unwrap(o).(Float); ok {
		x := float64(f)
		if math.IsNaN(x) {
			return 0, NewError(ValueErrorType, "Invalid value NaN (not a number)")
		}
		x = math.Floor(x)
		if !(x >= -9223372036854775808.0 && x < 9223372036854775808.0) {
			return 0, NewError(OverflowErrorType, "timestamp out of range for platform time_t")
		}
		return int64(x), nil
	}
	i, exc := Index(t, o)
	if exc != nil {
		return 0, exc
	}
	v, ok := i.(Int)
	if !ok {
		return 0, NewError(OverflowErrorType, "timestamp out of range for platform time_t")
	}
	return int64(v), nil
}

func timeConvert(t *Thread, args []Object, kw []*Str, name string, gm bool) (Object, *BaseException) {
	if exc := unpackArgs(name, args, kw, 0, 1); exc != nil {
		return nil, exc
	}
	var tm time.Time
	if len(args) == 0 || args[0] == None {
		tm = time.Now()
	} else {
		secs, exc := timeSeconds(t, args[0])
		if exc != nil {
			return nil, exc
		}
		// glibc refuses years that do not fit struct tm's int.
		if secs > 67767976233316800 || secs < -67768040609740800 {
			return nil, NewOSError(75, nil)
		}
		tm = time.Unix(secs, 0)
	}
	if gm {
		tm = tm.UTC()
	} else {
		tm = tm.In(timeLocation())
	}
	return tmFromTime(tm, gm).object(), nil
}

// timeTmArg parses a time tuple or struct_time as CPython's gettmarg:
// exactly 9 ints (err names the caller in the count error).
func timeTmArg(t *Thread, o Object, err string) (*tmFields, *BaseException) {
	tup, ok := Unwrap(o).(*Tuple)
	if !ok {
		return nil, NewError(TypeErrorType, "Tuple or struct_time argument required")
	}
	if len(tup.items) != 9 {
		return nil, NewError(TypeErrorType, err)
	}
	var v [9]int
	for i, it := range tup.items {
		if _, isFloat := Unwrap(it).(Float); isFloat {
			return nil, NewError(TypeErrorType, "'float' object cannot be interpreted as an integer")
		}
		n, exc := Index(t, it)
		if exc != nil {
			return nil, exc
		}
		x, ok := n.(Int)
		if !ok || x > math.MaxInt32 || x < math.MinInt32 {
			if intSign(n) > 0 {
				return nil, NewError(OverflowErrorType, "signed integer is greater than maximum")
			}
			return nil, NewError(OverflowErrorType, "signed integer is less than minimum")
		}
		v[i] = int(x)
	}
	f := &tmFields{year: v[0], mon: v[1], mday: v[2], hour: v[3], min: v[4], sec: v[5], wday: v[6], yday: v[7], isdst: v[8]}
	if in, ok := o.(*Instance); ok && in.typ == StructTimeType && len(in.slots) == 2 {
		if in.slots[0] != None {
			f.zone = in.slots[0]
		}
		if in.slots[1] != None {
			f.gmtoff = in.slots[1]
		}
	}
	return f, nil
}

// timeCheckTm is CPython's checktm after gettmarg's conversions, done on
// Python's conventions: it normalises zero month/day/yday and rejects the
// other out-of-range values.
func timeCheckTm(f *tmFields) *BaseException {
	// C's tm_wday is (wday + 1) % 7, with C's sign-preserving remainder.
	cw := (f.wday + 1) % 7
	switch {
	case f.mon == 0:
		f.mon = 1
	case f.mon < 0 || f.mon > 12:
		return NewError(ValueErrorType, "month out of range")
	}
	switch {
	case f.mday == 0:
		f.mday = 1
	case f.mday < 0 || f.mday > 31:
		return NewError(ValueErrorType, "day of month out of range")
	}
	if f.hour < 0 || f.hour > 23 {
		return NewError(ValueErrorType, "hour out of range")
	}
	if f.min < 0 || f.min > 59 {
		return NewError(ValueErrorType, "minute out of range")
	}
	if f.sec < 0 || f.sec > 61 {
		return NewError(ValueErrorType, "seconds out of range")
	}
	if cw < 0 {
		return NewError(ValueErrorType, "day of week out of range")
	}
	f.wday = (cw + 6) % 7
	switch {
	case f.yday == 0:
		f.yday = 1
	case f.yday < 0 || f.yday > 366:
		return NewError(ValueErrorType, "day of year out of range")
	}
	return nil
}

// cwday is the C weekday (Sunday == 0).
func (f *tmFields) cwday() int { return (f.wday + 1) % 7 }

func timeAsctime(f *tmFields) string {
	return sprintf("%s %s%3d %02d:%02d:%02d %d", tmDayNames[f.cwday()][:3], tmMonthNames[f.mon-1][:3], f.mday, f.hour, f.min, f.sec, f.year)
}

// timeMktime is C's mktime on f in the current zone.
func timeMktime(f *tmFields) (int64, bool) {
	loc := timeLocation()
	tm := time.Date(f.year, time.Month(f.mon), f.mday, f.hour, f.min, f.sec, 0, loc)
	if f.isdst >= 0 && tm.IsDST() != (f.isdst > 0) {
		// A DST flag that disagrees with the zone shifts by the DST offset,
		// as glibc does.
		// With no such time nearby, glibc assumes a one-hour DST offset.
		_, off := tm.Zone()
		shift := -3600
		if f.isdst == 0 {
			shift = 3600
		}
		for _, m := range []int{6, -6, 3, -3} {
			other := tm.AddDate(0, m, 0)
			if other.IsDST() == (f.isdst > 0) {
				_, off2 := other.Zone()
				shift = off - off2
				break
			}
		}
		tm = tm.Add(time.Duration(shift) * time.Second)
	}
	return tm.Unix(), true
}

// ---------------------------------------------------------------------------
// strftime (glibc, C locale)

func tmIsLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// tmISOWeekDays is the number of days from the first day of the ISO week
// year containing yday (0-based) to yday.
func tmISOWeekDays(yday, wday int) int {
	const bigEnough = 378 // a multiple of 7 keeping the dividend positive
	return yday - (yday-wday+4+bigEnough)%7 + 3
}

func timeStrftime(format string, f *tmFields) string {
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' {
			b.WriteByte(c)
			continue
		}
		start := i
		pad := byte(0)
		upcase, swapcase := false, false
		j := i + 1
	flags:
		for ; j < len(format); j++ {
			switch format[j] {
			case '_', '-', '0', '+':
				pad = format[j]
			case '^':
				upcase = true
			case '#':
				swapcase = true
			default:
				break flags
			}
		}
		width := -1
		if j < len(format) && format[j] >= '0' && format[j] <= '9' {
			width = 0
			for j < len(format) && format[j] >= '0' && format[j] <= '9' {
				if width < 1<<20 {
					width = width*10 + int(format[j]-'0')
				}
				j++
			}
		}
		modifier := byte(0)
		if j < len(format) && (format[j] == 'E' || format[j] == 'O') {
			modifier = format[j]
			j++
		}
		if j >= len(format) {
			b.WriteString(format[start:])
			break
		}
		conv := format[j]
		i = j
		out, numeric, ok := timeConv(conv, modifier, f)
		if !ok {
			b.WriteString(format[start : j+1])
			continue
		}
		if numeric != nil {
			out = tmNumber(numeric.digits, numeric.value, pad, width, numeric.spacePad)
			b.WriteString(out)
			continue
		}
		if upcase {
			out = strings.ToUpper(out)
		} else if swapcase {
			switch conv {
			case 'p', 'Z':
				out = strings.ToLower(out)
			case 'a', 'A', 'b', 'B', 'h':
				out = strings.ToUpper(out)
			}
		}
		if width > len(out) {
			padc := " "
			if pad == '0' || pad == '+' {
				padc = "0"
			}
			out = strings.Repeat(padc, width-len(out)) + out
		}
		b.WriteString(out)
	}
	return b.String()
}

type tmNum struct {
	digits   int
	value    int64
	spacePad bool
}

func tmNumber(digits int, v int64, pad byte, width int, spacePad bool) string {
	neg := v < 0
	if neg {
		v = -v
	}
	s := strconv.FormatInt(v, 10)
	if spacePad && pad == 0 {
		pad = '_'
	}
	if pad != '-' {
		n := digits
		if neg {
			n--
		}
		if len(s) < n {
			if pad == '_' {
				s = strings.Repeat(" ", n-len(s)) + s
				if neg {
					// The sign goes just before the digits.
					k := strings.LastIndexByte(s, ' ')
					s = s[:k] + "-" + s[k+1:]
					neg = false
				}
			} else {
				s = strings.Repeat("0", n-len(s)) + s
			}
		}
	}
	if neg {
		s = "-" + s
	}
	if width > len(s) {
		if pad == '_' || pad == '-' {
			s = strings.Repeat(" ", width-len(s)) + s
		} else if len(s) > 0 && s[0] == '-' {
			s = "-" + strings.Repeat("0", width-len(s)) + s[1:]
		} else {
			s = strings.Repeat("0", width-len(s)) + s
		}
	}
	return s
}

// timeConv expands one conversion: text, or a number to pad.
func timeConv(conv, modifier byte, f *tmFields) (string, *tmNum, bool) {
	num := func(d int, v int) (string, *tmNum, bool) { return "", &tmNum{digits: d, value: int64(v)}, true }
	spaced := func(d int, v int) (string, *tmNum, bool) {
		return "", &tmNum{digits: d, value: int64(v), spacePad: true}, true
	}
	if modifier == 'E' && !strings.ContainsRune("cCxXyY", rune(conv)) {
		return "", nil, false
	}
	if modifier == 'O' && !strings.ContainsRune("deHIklmMSuUVwWy", rune(conv)) {
		return "", nil, false
	}
	cw := f.cwday()
	yday0 := f.yday - 1
	hour12 := f.hour % 12
	if hour12 == 0 {
		hour12 = 12
	}
	switch conv {
	case '%':
		return "%", nil, true
	case 'a':
		return tmDayNames[cw][:3], nil, true
	case 'A':
		return tmDayNames[cw], nil, true
	case 'b', 'h':
		return tmMonthNames[(f.mon+11)%12][:3], nil, true
	case 'B':
		return tmMonthNames[(f.mon+11)%12], nil, true
	case 'c':
		return timeStrftime("%a %b %e %H:%M:%S %Y", f), nil, true
	case 'C':
		c := f.year / 100
		if f.year%100 < 0 {
			c--
		}
		return num(1, c)
	case 'd':
		return num(2, f.mday)
	case 'D':
		return timeStrftime("%m/%d/%y", f), nil, true
	case 'e':
		return spaced(2, f.mday)
	case 'F':
		return timeStrftime("%Y-%m-%d", f), nil, true
	case 'H':
		return num(2, f.hour)
	case 'I':
		return num(2, hour12)
	case 'k':
		return spaced(2, f.hour)
	case 'l':
		return spaced(2, hour12)
	case 'j':
		return num(3, f.yday)
	case 'm':
		return num(2, f.mon)
	case 'M':
		return num(2, f.min)
	case 'n':
		return "\n", nil, true
	case 't':
		return "\t", nil, true
	case 'p':
		if f.hour >= 12 {
			return "PM", nil, true
		}
		return "AM", nil, true
	case 'P':
		if f.hour >= 12 {
			return "pm", nil, true
		}
		return "am", nil, true
	case 'r':
		return timeStrftime("%I:%M:%S %p", f), nil, true
	case 'R':
		return timeStrftime("%H:%M", f), nil, true
	case 's':
		secs, _ := timeMktime(f)
		return "", &tmNum{digits: 1, value: secs}, true
	case 'S':
		return num(2, f.sec)
	case 'T', 'X':
		return timeStrftime("%H:%M:%S", f), nil, true
	case 'x':
		return timeStrftime("%m/%d/%y", f), nil, true
	case 'u':
		return num(1, (cw+6)%7+1)
	case 'w':
		return num(1, cw)
	case 'U':
		return num(2, (yday0-cw+7)/7)
	case 'W':
		return num(2, (yday0-(cw-1+7)%7+7)/7)
	case 'V', 'g', 'G':
		year := f.year
		days := tmISOWeekDays(yday0, cw)
		if days < 0 {
			// This ISO week belongs to the previous year.
			year--
			ylen := 365
			if tmIsLeap(year) {
				ylen = 366
			}
			days = tmISOWeekDays(yday0+ylen, cw)
		} else {
			ylen := 365
			if tmIsLeap(year) {
				ylen = 366
			}
			if d := tmISOWeekDays(yday0-ylen, cw); d >= 0 {
				year++
				days = d
			}
		}
		switch conv {
		case 'g':
			return num(2, ((year%100)+100)%100)
		case 'G':
			return num(1, year)
		}
		return num(2, days/7+1)
	case 'y':
		return num(2, ((f.year%100)+100)%100)
	case 'Y':
		return num(1, f.year)
	case 'z':
		if f.isdst < 0 {
			return "", nil, true
		}
		off := int64(0)
		if f.gmtoff != nil {
			off, _ = IntValue(f.gmtoff)
		}
		sign := byte('+')
		if off < 0 {
			sign = '-'
			off = -off
		}
		off /= 60
		return string(sign) + sprintf("%02d%02d", off/60, off%60), nil, true
	case 'Z':
		zone := ""
		if s, ok := f.zone.(*Str); ok {
			zone = s.s
		}
		if zone == "" && f.isdst >= 0 {
			zone = tmTzname[0]
			if f.isdst != 0 {
				zone = tmTzname[1]
			}
		}
		return zone, nil, true
	}
	return "", nil, false
}

// ---------------------------------------------------------------------------
// strptime (the common directives of _strptime)

type tmParsed struct {
	year, month, day, hour, min, sec, frac int
	yearSet, monthSet, daySet              bool
	hour12                                 bool
	ampm                                   int // -1 none, 0 am, 1 pm
	julian, weekday                        int // -1 when not given
	weekOfYear, weekStart                  int // %U (6) or %W (0)
	isdst                                  int
	tzname                                 Object
	gmtoff                                 Object
	isoYear, isoWeek                       int
}

type tmDirective struct {
	conv byte
	lit  string // literal text when conv == 0; " " for whitespace
}

func strptimeCompile(format string) ([]tmDirective, *BaseException) {
	var out []tmDirective
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c == '%' {
			if i+1 >= len(format) {
				return nil, Errorf(ValueErrorType, "stray %% in format '%s'", format)
			}
			d := format[i+1]
			if !strings.ContainsRune("dfHIGjmMpSUWwuVyYzAaBbhcxXZ%", rune(d)) {
				return nil, Errorf(ValueErrorType, "'%c' is a bad directive in format '%s'", d, format)
			}
			i++
			switch d {
			case 'c':
				sub, _ := strptimeCompile(tmDefaultFmtC)
				out = append(out, sub...)
			case 'x':
				sub, _ := strptimeCompile("%m/%d/%y")
				out = append(out, sub...)
			case 'X':
				sub, _ := strptimeCompile("%H:%M:%S")
				out = append(out, sub...)
			case '%':
				out = append(out, tmDirective{lit: "%"})
			default:
				out = append(out, tmDirective{conv: d})
			}
			continue
		}
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' {
			for i+1 < len(format) && strings.IndexByte(" \t\n\r\f\v", format[i+1]) >= 0 {
				i++
			}
			out = append(out, tmDirective{lit: " "})
			continue
		}
		out = append(out, tmDirective{lit: string(c)})
	}
	return out, nil
}

const tmDefaultFmtC = "%a %b %d %H:%M:%S %Y"

// tmDigitAlts lists the lengths (in the order a regular expression's
// alternation tries them) of the numeric field at s[i:].
func tmDigitAlts(s string, i int, maxLen int, ok func(v, n int) bool) [][2]int {
	var alts [][2]int
	for n := maxLen; n >= 1; n-- {
		if i+n > len(s) {
			continue
		}
		v := 0
		good := true
		for k := 0; k < n; k++ {
			c := s[i+k]
			if c < '0' || c > '9' {
				good = false
				break
			}
			v = v*10 + int(c-'0')
		}
		if good && ok(v, n) {
			alts = append(alts, [2]int{n, v})
		}
	}
	return alts
}

func tmNameAlts(s string, i int, names []string) [][2]int {
	var alts [][2]int
	low := strings.ToLower(s[i:])
	// Longest names first, as _strptime sorts them.
	type cand struct{ n, v int }
	var cs []cand
	for v, name := range names {
		if name != "" && strings.HasPrefix(low, strings.ToLower(name)) {
			cs = append(cs, cand{len(name), v})
		}
	}
	for a := 0; a < len(cs); a++ {
		for b := a + 1; b < len(cs); b++ {
			if cs[b].n > cs[a].n {
				cs[a], cs[b] = cs[b], cs[a]
			}
		}
	}
	for _, c := range cs {
		alts = append(alts, [2]int{c.n, c.v})
	}
	return alts
}

func strptimeMatch(s string, i int, ds []tmDirective, p *tmParsed) (int, bool) {
	if len(ds) == 0 {
		return i, true
	}
	d := ds[0]
	if d.conv == 0 {
		if d.lit == " " {
			j := i
			for j < len(s) && strings.IndexByte(" \t\n\r\f\v", s[j]) >= 0 {
				j++
			}
			if j == i {
				return 0, false
			}
			return strptimeMatch(s, j, ds[1:], p)
		}
		if i+len(d.lit) <= len(s) && strings.EqualFold(s[i:i+len(d.lit)], d.lit) {
			return strptimeMatch(s, i+len(d.lit), ds[1:], p)
		}
		return 0, false
	}
	var alts [][2]int
	between := func(lo, hi int) func(v, n int) bool {
		return func(v, n int) bool { return v >= lo && v <= hi }
	}
	switch d.conv {
	case 'd':
		alts = tmDigitAlts(s, i, 2, func(v, n int) bool { return v >= 1 && v <= 31 })
		if i+1 < len(s) && s[i] == ' ' && s[i+1] >= '1' && s[i+1] <= '9' {
			alts = append(alts, [2]int{2, int(s[i+1] - '0')})
		}
	case 'H':
		alts = tmDigitAlts(s, i, 2, between(0, 23))
	case 'I':
		alts = tmDigitAlts(s, i, 2, between(1, 12))
	case 'M':
		alts = tmDigitAlts(s, i, 2, between(0, 59))
	case 'S':
		alts = tmDigitAlts(s, i, 2, between(0, 61))
	case 'm':
		alts = tmDigitAlts(s, i, 2, between(1, 12))
	case 'j':
		alts = tmDigitAlts(s, i, 3, between(1, 366))
	case 'y':
		alts = tmDigitAlts(s, i, 2, func(v, n int) bool { return n == 2 })
	case 'Y', 'G':
		alts = tmDigitAlts(s, i, 4, func(v, n int) bool { return n == 4 })
	case 'f':
		alts = tmDigitAlts(s, i, 6, func(v, n int) bool { return true })
	case 'U', 'V', 'W':
		alts = tmDigitAlts(s, i, 2, between(0, 53))
	case 'w':
		alts = tmDigitAlts(s, i, 1, between(0, 6))
	case 'u':
		alts = tmDigitAlts(s, i, 1, between(1, 7))
	case 'p':
		alts = tmNameAlts(s, i, []string{"am", "pm"})
	case 'a':
		names := make([]string, 7)
		for k := range names {
			names[k] = tmDayNames[(k+1)%7][:3]
		}
		alts = tmNameAlts(s, i, names)
	case 'A':
		names := make([]string, 7)
		for k := range names {
			names[k] = tmDayNames[(k+1)%7]
		}
		alts = tmNameAlts(s, i, names)
	case 'b', 'h':
		names := make([]string, 12)
		for k := range names {
			names[k] = tmMonthNames[k][:3]
		}
		alts = tmNameAlts(s, i, names)
	case 'B':
		alts = tmNameAlts(s, i, tmMonthNames[:])
	case 'Z':
		names := []string{"utc", "gmt", tmTzname[0], tmTzname[1]}
		alts = tmNameAlts(s, i, names)
	case 'z':
		if i < len(s) && s[i] == 'Z' {
			alts = [][2]int{{1, 0}}
			break
		}
		if n, off, ok := tmParseOffset(s[i:]); ok {
			alts = [][2]int{{n, off}}
		}
	}
	for _, a := range alts {
		save := *p
		tmAssign(p, d.conv, a[1], s[i:i+a[0]])
		if end, ok := strptimeMatch(s, i+a[0], ds[1:], p); ok {
			return end, true
		}
		*p = save
	}
	return 0, false
}

// tmParseOffset parses %z: +HHMM, +HH:MM, optionally with seconds and
// fractions; returns the length and the offset in seconds.
func tmParseOffset(s string) (int, int, bool) {
	if len(s) < 5 || (s[0] != '+' && s[0] != '-') {
		return 0, 0, false
	}
	digits := func(k int) (int, bool) {
		if k+2 > len(s) || s[k] < '0' || s[k] > '9' || s[k+1] < '0' || s[k+1] > '9' {
			return 0, false
		}
		return int(s[k]-'0')*10 + int(s[k+1]-'0'), true
	}
	hh, ok := digits(1)
	if !ok {
		return 0, 0, false
	}
	k := 3
	colon := k < len(s) && s[k] == ':'
	if colon {
		k++
	}
	mm, ok := digits(k)
	if !ok || mm > 59 {
		return 0, 0, false
	}
	k += 2
	ss := 0
	kk := k
	if colon && kk < len(s) && s[kk] == ':' {
		kk++
	}
	if v, ok := digits(kk); ok && v <= 59 && (!colon || kk > k) {
		ss = v
		k = kk + 2
	}
	off := hh*3600 + mm*60 + ss
	if s[0] == '-' {
		off = -off
	}
	return k, off, true
}

func tmAssign(p *tmParsed, conv byte, v int, text string) {
	switch conv {
	case 'd':
		p.day, p.daySet = v, true
	case 'H':
		p.hour, p.hour12 = v, false
	case 'I':
		p.hour, p.hour12 = v, true
	case 'M':
		p.min = v
	case 'S':
		p.sec = v
	case 'm':
		p.month, p.monthSet = v, true
	case 'b', 'h', 'B':
		p.month, p.monthSet = v+1, true
	case 'j':
		p.julian = v
	case 'y':
		if v <= 68 {
			v += 2000
		} else {
			v += 1900
		}
		p.year, p.yearSet = v, true
	case 'Y':
		p.year, p.yearSet = v, true
	case 'G':
		p.isoYear = v
	case 'V':
		p.isoWeek = v
	case 'f':
		for n := len(text); n < 6; n++ {
			v *= 10
		}
		p.frac = v
	case 'U':
		p.weekOfYear, p.weekStart = v, 6
	case 'W':
		p.weekOfYear, p.weekStart = v, 0
	case 'w':
		p.weekday = (v + 6) % 7
	case 'u':
		p.weekday = v - 1
	case 'a', 'A':
		p.weekday = v
	case 'p':
		p.ampm = v
	case 'Z':
		low := strings.ToLower(text)
		p.tzname = NewStr(text)
		switch {
		case low == "utc" || low == "gmt":
			p.isdst = 0
		case tmTzname[0] != tmTzname[1] && low == strings.ToLower(tmTzname[1]):
			p.isdst = 1
		case low == strings.ToLower(tmTzname[0]):
			p.isdst = 0
		}
	case 'z':
		p.gmtoff = MakeInt(int64(v))
	}
}

func tmDaysInMonth(y, m int) int {
	switch m {
	case 2:
		if tmIsLeap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

func timeStrptime(t *Thread, s, format string) (Object, *BaseException) {
	ds, exc := strptimeCompile(format)
	if exc != nil {
		return nil, exc
	}
	p := tmParsed{year: 1900, month: 1, day: 1, ampm: -1, julian: -1, weekday: -1, weekOfYear: -1, isdst: -1, tzname: None, gmtoff: None}
	end, ok := strptimeMatch(s, 0, ds, &p)
	if !ok {
		r1, _ := Repr(t, NewStr(s))
		r2, _ := Repr(t, NewStr(format))
		return nil, Errorf(ValueErrorType, "time data %s does not match format %s", r1.s, r2.s)
	}
	if end != len(s) {
		return nil, Errorf(ValueErrorType, "unconverted data remains: %s", s[end:])
	}
	if p.hour12 && p.ampm >= 0 {
		if p.ampm == 0 && p.hour == 12 {
			p.hour = 0
		} else if p.ampm == 1 && p.hour != 12 {
			p.hour += 12
		}
	}
	leapYearFix := false
	if !p.yearSet && p.monthSet && p.month == 2 && p.daySet && p.day == 29 {
		p.year = 1904 // a leap year, fixed up below
		leapYearFix = true
	}
	if p.julian < 0 && p.weekday >= 0 && p.weekOfYear >= 0 {
		// Day of the year from the week number and weekday.
		first := int(time.Date(p.year, 1, 1, 0, 0, 0, 0, time.UTC).Weekday()+6) % 7
		weekStart0 := p.weekStart == 0
		var firstWeekDay, dayOfWeek int
		if weekStart0 {
			firstWeekDay, dayOfWeek = first, p.weekday
		} else {
			firstWeekDay, dayOfWeek = (first+1)%7, (p.weekday+1)%7
		}
		weekZeroLen := 7 - firstWeekDay
		if p.weekOfYear == 0 {
			p.julian = 1 + dayOfWeek - firstWeekDay
		} else {
			p.julian = weekZeroLen + 7*(p.weekOfYear-1) + 1 + dayOfWeek
		}
		if p.julian <= 0 {
			p.year--
			p.julian += 365
			if tmIsLeap(p.year) {
				p.julian++
			}
		}
	}
	var date time.Time
	if p.julian >= 0 {
		date = time.Date(p.year, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, p.julian-1)
		p.year = date.Year()
		p.month = int(date.Month())
		p.day = date.Day()
	} else {
		if p.day > tmDaysInMonth(p.year, p.month) {
			return nil, NewError(ValueErrorType, "day is out of range for month")
		}
		date = time.Date(p.year, time.Month(p.month), p.day, 0, 0, 0, 0, time.UTC)
		p.julian = date.YearDay()
	}
	if p.weekday < 0 {
		p.weekday = (int(date.Weekday()) + 6) % 7
	}
	if leapYearFix {
		p.year = 1900
	}
	f := &tmFields{year: p.year, mon: p.month, mday: p.day, hour: p.hour, min: p.min, sec: p.sec,
		wday: p.weekday, yday: p.julian, isdst: p.isdst, zone: p.tzname, gmtoff: p.gmtoff}
	return f.object(), nil
}

// ---------------------------------------------------------------------------
// clocks and the module

func timeProcessNanos() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

func timeMonoNanos() int64 { return int64(time.Since(tmMonoBase)) + int64(time.Second) }

func nsToFloat(ns int64) Object { return Float(float64(ns) / 1e9) }

// timeSleep waits secs seconds; the main thread wakes for SIGINT.
func timeSleep(t *Thread, o Object) *BaseException {
	var secs float64
	if f, ok := Unwrap(o).(Float); ok {
		secs = float64(f)
		if math.IsNaN(secs) {
			return NewError(ValueErrorType, "Invalid value NaN (not a number)")
		}
		if math.Abs(secs*1e9) >= 9223372036854775808.0 {
			return NewError(OverflowErrorType, "timestamp out of range for platform time_t")
		}
	} else {
		i, exc := Index(t, o)
		if exc != nil {
			return exc
		}
		v, ok := i.(Int)
		if !ok || v > math.MaxInt64/1000000000 || v < math.MinInt64/1000000000 {
			return NewError(OverflowErrorType, "timestamp too large to convert to C _PyTime_t")
		}
		secs = float64(v)
	}
	if secs < 0 {
		return NewError(ValueErrorType, "sleep length must be non-negative")
	}
	d := time.Duration(math.Ceil(secs * 1e9))
	if d <= 0 {
		goruntime.Gosched()
		return nil
	}
	if t.ident != 0 {
		time.Sleep(d)
		return nil
	}
	_, exc := threadWait(t, d, func(done, tick <-chan time.Time) (bool, bool) {
		select {
		case <-done:
			return true, true
		case <-tick:
			return false, false
		}
	})
	return exc
}

// timeTzset recomputes timezone, altzone, daylight and tzname from the
// zone as CPython's init_timezone: sample January and July of this year.
func timeTzset(d *Dict) {
	loc := timeLocation()
	now := time.Now()
	const year = int64((365*24 + 6) * 3600)
	t0 := (now.Unix() / year) * year
	jan := time.Unix(t0, 0).In(loc)
	jul := time.Unix(t0+year/2, 0).In(loc)
	janName, janOff := jan.Zone()
	julName, julOff := jul.Zone()
	janzone, julzone := -janOff, -julOff
	daylight := janzone != julzone
	if janzone < julzone {
		// Southern hemisphere: DST in January.
		d.SetStr("timezone", MakeInt(int64(julzone)))
		d.SetStr("altzone", MakeInt(int64(janzone)))
		tmTzname = [2]string{julName, janName}
	} else {
		d.SetStr("timezone", MakeInt(int64(janzone)))
		d.SetStr("altzone", MakeInt(int64(julzone)))
		tmTzname = [2]string{janName, julName}
	}
	if daylight {
		d.SetStr("daylight", MakeInt(1))
	} else {
		d.SetStr("daylight", MakeInt(0))
	}
	d.SetStr("tzname", NewTuple(NewStr(tmTzname[0]), NewStr(tmTzname[1])))
}

func timeLoadTZ() {
	tz, ok := os.LookupEnv("TZ")
	var loc *time.Location
	switch {
	case !ok:
		if data, err := os.ReadFile("/etc/localtime"); err == nil {
			loc, _ = time.LoadLocationFromTZData("Local", data)
		}
		if loc == nil {
			loc = time.UTC
		}
	case tz == "" || tz == "UTC" || tz == ":UTC":
		loc = time.UTC
	default:
		var err error
		loc, err = time.LoadLocation(strings.TrimPrefix(tz, ":"))
		if err != nil {
			if loc = posixTZLocation(tz); loc == nil {
				loc = time.UTC
			}
		}
	}
	tmLocMu.Lock()
	tmLoc = loc
	tmLocMu.Unlock()
}

func initTimeModule(t *Thread, m *Module) *BaseException {
	d := m.dict
	d.SetStr("__doc__", NewStr("This module provides various functions to manipulate time values."))
	d.SetStr("struct_time", StructTimeType)
	d.SetStr("_STRUCT_TM_ITEMS", MakeInt(int64(tmStructItems)))
	for name, v := range map[string]int64{"CLOCK_REALTIME": 0, "CLOCK_MONOTONIC": 1, "CLOCK_PROCESS_CPUTIME_ID": 2,
		"CLOCK_THREAD_CPUTIME_ID": 3, "CLOCK_MONOTONIC_RAW": 4, "CLOCK_BOOTTIME": 7, "CLOCK_TAI": 11} {
		d.SetStr(name, MakeInt(v))
	}
	timeTzset(d)
	noArgs := func(name string, f func() Object) {
		nativeFunc(m, name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := ArgCount(name, args, kw, 0, 0); exc != nil {
				return nil, exc
			}
			return f(), nil
		})
	}
	noArgs("time", func() Object { return nsToFloat(time.Now().UnixNano()) })
	noArgs("time_ns", func() Object { return MakeInt(time.Now().UnixNano()) })
	noArgs("monotonic", func() Object { return nsToFloat(timeMonoNanos()) })
	noArgs("monotonic_ns", func() Object { return MakeInt(timeMonoNanos()) })
	noArgs("perf_counter", func() Object { return nsToFloat(timeMonoNanos()) })
	noArgs("perf_counter_ns", func() Object { return MakeInt(timeMonoNanos()) })
	noArgs("process_time", func() Object { return nsToFloat(timeProcessNanos()) })
	noArgs("process_time_ns", func() Object { return MakeInt(timeProcessNanos()) })
	noArgs("thread_time", func() Object { return nsToFloat(timeProcessNanos()) })
	noArgs("thread_time_ns", func() Object { return MakeInt(timeProcessNanos()) })
	clock := func(t *Thread, args []Object, kw []*Str, name string) (int64, *BaseException) {
		if exc := ArgCount(name, args, kw, 1, 1); exc != nil {
			return 0, exc
		}
		id, exc := Index(t, args[0])
		if exc != nil {
			return 0, exc
		}
		v, _ := IntValue(id)
		switch v {
		case 0, 11:
			return time.Now().UnixNano(), nil
		case 1, 4, 7:
			return timeMonoNanos(), nil
		case 2, 3:
			return timeProcessNanos(), nil
		}
		return 0, NewOSError(22, nil)
	}
	nativeFunc(m, "clock_gettime", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		ns, exc := clock(t, args, kw, "clock_gettime")
		if exc != nil {
			return nil, exc
		}
		return nsToFloat(ns), nil
	})
	nativeFunc(m, "clock_gettime_ns", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		ns, exc := clock(t, args, kw, "clock_gettime_ns")
		if exc != nil {
			return nil, exc
		}
		return MakeInt(ns), nil
	})
	nativeFunc(m, "clock_getres", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if _, exc := clock(t, args, kw, "clock_getres"); exc != nil {
			return nil, exc
		}
		return Float(1e-09), nil
	})
	nativeFunc(m, "sleep", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("sleep", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		return None, timeSleep(t, args[0])
	})
	nativeFunc(m, "gmtime", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return timeConvert(t, args, kw, "gmtime", true)
	})
	nativeFunc(m, "localtime", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return timeConvert(t, args, kw, "localtime", false)
	})
	nowTm := func() *tmFields { return tmFromTime(time.Now().In(timeLocation()), false) }
	nativeFunc(m, "mktime", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("mktime", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		f, exc := timeTmArg(t, args[0], "mktime(): illegal time tuple argument")
		if exc != nil {
			return nil, exc
		}
		secs, ok := timeMktime(f)
		if !ok {
			return nil, NewError(OverflowErrorType, "mktime argument out of range")
		}
		return Float(float64(secs)), nil
	})
	nativeFunc(m, "asctime", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := unpackArgs("asctime", args, kw, 0, 1); exc != nil {
			return nil, exc
		}
		var f *tmFields
		if len(args) == 0 {
			f = nowTm()
		} else {
			var exc *BaseException
			if f, exc = timeTmArg(t, args[0], "asctime(): illegal time tuple argument"); exc != nil {
				return nil, exc
			}
			if exc := timeCheckTm(f); exc != nil {
				return nil, exc
			}
		}
		return NewStr(timeAsctime(f)), nil
	})
	nativeFunc(m, "ctime", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		st, exc := timeConvert(t, args, kw, "ctime", false)
		if exc != nil {
			return nil, exc
		}
		f, exc := timeTmArg(t, st, "")
		if exc != nil {
			return nil, exc
		}
		return NewStr(timeAsctime(f)), nil
	})
	nativeFunc(m, "strftime", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := unpackArgs("strftime", args, kw, 1, 2); exc != nil {
			return nil, exc
		}
		fs, ok := args[0].(*Str)
		if !ok {
			if in, isInst := args[0].(*Instance); isInst {
				fs, ok = in.base.(*Str)
			}
			if !ok {
				return nil, Errorf(TypeErrorType, "strftime() argument 1 must be str, not %s", TypeOf(args[0]).name)
			}
		}
		var f *tmFields
		if len(args) == 1 {
			f = nowTm()
		} else {
			var exc *BaseException
			if f, exc = timeTmArg(t, args[1], "strftime(): illegal time tuple argument"); exc != nil {
				return nil, exc
			}
			if exc := timeCheckTm(f); exc != nil {
				return nil, exc
			}
		}
		if f.isdst < -1 {
			f.isdst = -1
		} else if f.isdst > 1 {
			f.isdst = 1
		}
		return NewStr(timeStrftime(fs.s, f)), nil
	})
	nativeFunc(m, "strptime", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := unpackArgs("strptime", args, kw, 1, 2); exc != nil {
			return nil, exc
		}
		s, ok := Unwrap(args[0]).(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "strptime() argument 0 must be str, not %s", TypeOf(args[0]).name)
		}
		format := tmDefaultFmt
		if len(args) == 2 {
			fs, ok := Unwrap(args[1]).(*Str)
			if !ok {
				return nil, Errorf(TypeErrorType, "strptime() argument 1 must be str, not %s", TypeOf(args[1]).name)
			}
			format = fs.s
		}
		return timeStrptime(t, s.s, format)
	})
	nativeFunc(m, "tzset", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("tzset", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		timeLoadTZ()
		timeTzset(m.dict)
		return None, nil
	})
	nativeFunc(m, "get_clock_info", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("get_clock_info", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		name, ok := Unwrap(args[0]).(*Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "get_clock_info() argument 1 must be str, not %s", TypeOf(args[0]).name)
		}
		impl, mono, adj := "", true, false
		switch name.s {
		case "time":
			impl, mono, adj = "clock_gettime(CLOCK_REALTIME)", false, true
		case "monotonic", "perf_counter":
			impl = "clock_gettime(CLOCK_MONOTONIC)"
		case "process_time":
			impl = "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)"
		case "thread_time":
			impl = "clock_gettime(CLOCK_THREAD_CPUTIME_ID)"
		default:
			return nil, NewError(ValueErrorType, "unknown clock")
		}
		nd := NewDict()
		nd.SetStr("implementation", NewStr(impl))
		nd.SetStr("monotonic", Bool(mono))
		nd.SetStr("adjustable", Bool(adj))
		nd.SetStr("resolution", Float(1e-09))
		return NewNamespace(nd), nil
	})
	return nil
}
