package runtime

// The DeprecationWarnings CPython 3.11 issues from its number conversions:
// a conversion dunder (__int__, __index__, __float__, __complex__) that
// returns an instance of a strict subclass of the expected type (the value
// is then used as the exact type), int() delegating to __trunc__, and
// NotImplemented in a boolean context.

// warnCategory issues warnings.warn(msg, category, level); an error only
// when the warning filters turn the warning into one.
// (Called through warnCategoryFn, set in init, so that package
// initialization does not loop through ImportModule.)
func warnCategory(t *Thread, category *Type, msg string, level int) *BaseException {
	return warnCategoryFn(t, category, msg, level)
}

var warnCategoryFn func(t *Thread, category *Type, msg string, level int) *BaseException

func warnCategoryImpl(t *Thread, category *Type, msg string, level int) *BaseException {
	w, exc := ImportModule(t, "warnings")
	if exc != nil {
		return nil
	}
	f, exc := GetAttr(t, w, InternStr("warn"))
	if exc != nil {
		return exc
	}
	_, exc = Call(t, f, []Object{NewStr(msg), category, MakeInt(int64(level))}, nil)
	return exc
}

// warnStrictSubclass warns that what (e.g. "__int__", "F.__float__")
// returned an instance of res's type, a strict subclass of base.
func warnStrictSubclass(t *Thread, what string, res Object, base string) *BaseException {
	return warnCategory(t, DeprecationWarningType, sprintf("%s returned non-%s (type %s).  "+
		"The ability to return an instance of a strict subclass of %s is deprecated, "+
		"and may be removed in a future version of Python.", what, base, TypeOf(res).name, base), 1)
}

func init() {
	warnCategoryFn = warnCategoryImpl
	DefMethod(NotImplementedTypeType, "__bool__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("__bool__", args[1:], kw, 0, 0); exc != nil {
			return nil, exc
		}
		if exc := warnCategory(t, DeprecationWarningType, "NotImplemented should not be used in a boolean context", 1); exc != nil {
			return nil, exc
		}
		return True, nil
	})
}
