package runtime

import (
	"os"
	"strings"
	"sync"
)

// The _locale module for the C/POSIX locales (and C.UTF-8, which CPython
// selects for LC_CTYPE at start-up): setlocale, localeconv, nl_langinfo,
// getencoding and the gettext stubs. Other locale names raise
// locale.Error("unsupported locale setting").

var LocaleErrorType = func() *Type {
	t := newExcType("Error", ExceptionType)
	t.module = "locale"
	return t
}()

var (
	localeMu sync.Mutex
	// localeCats holds LC_CTYPE..LC_MESSAGES (0-5) and, at 6, the glibc
	// categories only LC_ALL sets (LC_PAPER, LC_NAME, ...).
	localeCats = [7]string{"C", "C", "C", "C", "C", "C", "C"}
)

var localeCatNames = []string{"LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES"}
var localeExtraNames = []string{"LC_PAPER", "LC_NAME", "LC_ADDRESS", "LC_TELEPHONE", "LC_MEASUREMENT", "LC_IDENTIFICATION"}

func init() {
	RegisterModule(&ModuleSpec{Name: "_locale", Native: initLocale})
	// CPython sets LC_CTYPE from the environment at start-up, coercing the
	// plain C locale to C.UTF-8 (PEP 538).
	if n, ok := localeFromEnv(0); ok && n != "C" && n != "POSIX" {
		localeCats[0] = n
	} else {
		localeCats[0] = "C.UTF-8"
	}
}

// canonicalLocale reports whether this runtime supports a locale name.
func canonicalLocale(name string) (string, bool) {
	switch name {
	case "C", "POSIX":
		return "C", true
	case "C.UTF-8", "C.utf8", "C.UTF8", "C.utf-8":
		return name, true
	}
	return "", false
}

func localeFromEnv(cat int) (string, bool) {
	vars := []string{"LC_ALL"}
	if cat >= 0 && cat < len(localeCatNames) {
		vars = append(vars, localeCatNames[cat])
	}
	vars = append(vars, "LANG")
	for _, v := range vars {
		if s := os.Getenv(v); s != "" {
			return canonicalLocale(s)
		}
	}
	return "C", true
}

func localeQueryAll() string {
	same := true
	for _, c := range localeCats[1:] {
		if c != localeCats[0] {
			same = false
		}
	}
	if same {
		return localeCats[0]
	}
	var parts []string
	for i, n := range localeCatNames {
		parts = append(parts, n+"="+localeCats[i])
	}
	for _, n := range localeExtraNames {
		parts = append(parts, n+"="+localeCats[6])
	}
	return strings.Join(parts, ";")
}

func localeIsUTF8() bool {
	localeMu.Lock()
	defer localeMu.Unlock()
	c := localeCats[0]
	return c != "C" && c != "POSIX"
}

var langinfo = map[int64]string{
	65536: ".", 65537: "", 131112: "%a %b %e %H:%M:%S %Y", 131113: "%m/%d/%y", 131114: "%H:%M:%S",
	131115: "%I:%M:%S %p", 131110: "AM", 131111: "PM", 327680: "^[yY]", 327681: "^[nN]", 262159: "-",
	131116: "", 131118: "", 131119: "", 131120: "", 131121: "", 131180: "%a %b %e %H:%M:%S %Z %Y",
}

var (
	localeDays   = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
	localeMonths = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September",
		"October", "November", "December"}
)

func initLocale(t *Thread, m *Module) *BaseException {
	d := m.dict
	d.SetStr("Error", LocaleErrorType)
	for i, n := range localeCatNames {
		d.SetStr(n, MakeInt(int64(i)))
	}
	d.SetStr("LC_ALL", MakeInt(6))
	d.SetStr("CHAR_MAX", MakeInt(127))
	consts := map[string]int64{"CODESET": 14, "RADIXCHAR": 65536, "THOUSEP": 65537, "D_T_FMT": 131112, "D_FMT": 131113,
		"T_FMT": 131114, "T_FMT_AMPM": 131115, "AM_STR": 131110, "PM_STR": 131111, "YESEXPR": 327680, "NOEXPR": 327681,
		"CRNCYSTR": 262159, "ERA": 131116, "ERA_D_FMT": 131118, "ALT_DIGITS": 131119, "ERA_D_T_FMT": 131120,
		"ERA_T_FMT": 131121, "_DATE_FMT": 131180}
	for i := 0; i < 7; i++ {
		consts[sprintf("DAY_%d", i+1)] = 131079 + int64(i)
		consts[sprintf("ABDAY_%d", i+1)] = 131072 + int64(i)
		langinfo[131079+int64(i)] = localeDays[i]
		langinfo[131072+int64(i)] = localeDays[i][:3]
	}
	for i := 0; i < 12; i++ {
		consts[sprintf("MON_%d", i+1)] = 131098 + int64(i)
		consts[sprintf("ABMON_%d", i+1)] = 131086 + int64(i)
		langinfo[131098+int64(i)] = localeMonths[i]
		langinfo[131086+int64(i)] = localeMonths[i][:3]
	}
	for k, v := range consts {
		d.SetStr(k, MakeInt(v))
	}
	def := func(name string, params []string, fn func(t *Thread, a []Object) (Object, *BaseException)) {
		posixFunc(d, name, params, fn)
		d.GetStr(name).(*Builtin).module = "_locale"
	}
	def("setlocale", []string{"category", "locale?", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
		cat, exc := ioIntArg(t, a[0])
		if exc != nil {
			return nil, exc
		}
		localeMu.Lock()
		defer localeMu.Unlock()
		if a[1] == nil || a[1] == None {
			switch {
			case cat == 6:
				return NewStr(localeQueryAll()), nil
			case cat >= 0 && cat < 6:
				return NewStr(localeCats[cat]), nil
			}
			return nil, NewError(LocaleErrorType, "locale query failed")
		}
		s, ok := strArgOf(a[1])
		if !ok {
			return nil, Errorf(TypeErrorType, "setlocale() argument 2 must be str or None, not %s", TypeOf(a[1]).name)
		}
		if cat < 0 || cat > 6 {
			return nil, NewError(LocaleErrorType, "unsupported locale setting")
		}
		name, ok := canonicalLocale(s.s)
		if cat == 6 && !ok && strings.Contains(s.s, "=") {
			cats, ok := localeParseComposite(s.s) // mod_locale_composite.go
			if !ok {
				return nil, NewError(LocaleErrorType, "unsupported locale setting")
			}
			localeCats = cats
			return NewStr(localeQueryAll()), nil
		}
		if s.s == "" {
			name, ok = localeFromEnv(int(cat))
			if cat == 6 && ok {
				// Each category may come from its own variable.
				for i := 0; i < 6; i++ {
					n, ok2 := localeFromEnv(i)
					if !ok2 {
						return nil, NewError(LocaleErrorType, "unsupported locale setting")
					}
					localeCats[i] = n
				}
				localeCats[6] = name
				return NewStr(localeQueryAll()), nil
			}
		}
		if !ok {
			return nil, NewError(LocaleErrorType, "unsupported locale setting")
		}
		if cat == 6 {
			for i := range localeCats {
				localeCats[i] = name
			}
			return NewStr(localeQueryAll()), nil
		}
		localeCats[cat] = name
		return NewStr(name), nil
	})
	def("localeconv", nil, func(t *Thread, a []Object) (Object, *BaseException) {
		r := NewDict()
		for _, k := range []string{"int_curr_symbol", "currency_symbol", "mon_decimal_point", "mon_thousands_sep"} {
			r.SetStr(k, NewStr(""))
		}
		r.SetStr("mon_grouping", NewList())
		r.SetStr("positive_sign", NewStr(""))
		r.SetStr("negative_sign", NewStr(""))
		for _, k := range []string{"int_frac_digits", "frac_digits", "p_cs_precedes", "p_sep_by_space", "n_cs_precedes",
			"n_sep_by_space", "p_sign_posn", "n_sign_posn"} {
			r.SetStr(k, MakeInt(127))
		}
		r.SetStr("decimal_point", NewStr("."))
		r.SetStr("thousands_sep", NewStr(""))
		r.SetStr("grouping", NewList())
		return r, nil
	})
	def("nl_langinfo", []string{"key", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
		k, exc := ioIntArg(t, a[0])
		if exc != nil {
			return nil, exc
		}
		if k == 14 {
			if localeIsUTF8() {
				return NewStr("UTF-8"), nil
			}
			return NewStr("ANSI_X3.4-1968"), nil
		}
		if s, ok := langinfo[k]; ok {
			return NewStr(s), nil
		}
		return nil, NewError(ValueErrorType, "unsupported langinfo constant")
	})
	def("getencoding", nil, func(t *Thread, a []Object) (Object, *BaseException) {
		if localeIsUTF8() {
			return NewStr("UTF-8"), nil
		}
		return NewStr("ANSI_X3.4-1968"), nil
	})
	def("strcoll", []string{"os1", "os2", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
		x, ok1 := strArgOf(a[0])
		y, ok2 := strArgOf(a[1])
		if !ok1 || !ok2 {
			bad, n := a[0], 1
			if ok1 {
				bad, n = a[1], 2
			}
			return nil, Errorf(TypeErrorType, "strcoll() argument %d must be str, not %s", n, TypeOf(bad).name)
		}
		if strings.IndexByte(x.s, 0) >= 0 || strings.IndexByte(y.s, 0) >= 0 {
			return nil, NewError(ValueErrorType, "embedded null character")
		}
		xr, yr := x.Runes(), y.Runes()
		for i := 0; i < len(xr) && i < len(yr); i++ {
			if xr[i] != yr[i] {
				if xr[i] < yr[i] {
					return MakeInt(-1), nil
				}
				return MakeInt(1), nil
			}
		}
		switch {
		case len(xr) < len(yr):
			return MakeInt(-1), nil
		case len(xr) > len(yr):
			return MakeInt(1), nil
		}
		return MakeInt(0), nil
	})
	def("strxfrm", []string{"string", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
		s, ok := strArgOf(a[0])
		if !ok {
			return nil, Errorf(TypeErrorType, "strxfrm() argument must be str, not %s", TypeOf(a[0]).name)
		}
		if strings.IndexByte(s.s, 0) >= 0 {
			return nil, NewError(ValueErrorType, "embedded null character")
		}
		return s, nil
	})
	def("gettext", []string{"msg", "/"}, func(t *Thread, a []Object) (Object, *BaseException) { return a[0], nil })
	def("dgettext", []string{"domain", "msg", "/"}, func(t *Thread, a []Object) (Object, *BaseException) { return a[1], nil })
	def("dcgettext", []string{"domain", "msg", "category", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
		return a[1], nil
	})
	def("textdomain", []string{"domain", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
		if a[0] == None {
			return NewStr("messages"), nil
		}
		return a[0], nil
	})
	def("bindtextdomain", []string{"domain", "dir", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
		if a[1] == None {
			return NewStr("/usr/share/locale"), nil
		}
		return a[1], nil
	})
	def("bind_textdomain_codeset", []string{"domain", "codeset", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
		return a[1], nil
	})
	return nil
}
