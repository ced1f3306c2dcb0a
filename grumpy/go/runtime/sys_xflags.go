package runtime

import (
	"os"
	"strings"
	"sync/atomic"
)

// The interpreter options that change the io and codec machinery: -X dev
// (PYTHONDEVMODE), -X utf8[=0|1] (PYTHONUTF8) and -X warn_default_encoding
// (PYTHONWARNDEFAULTENCODING), reflected in sys.flags.

var (
	flagDevMode             atomic.Bool
	flagUTF8Mode            atomic.Bool
	flagWarnDefaultEncoding atomic.Bool
)

// sys.flags indexes (flagsType in sys.go).
const (
	sysFlagDevMode             = 13
	sysFlagUTF8Mode            = 14
	sysFlagWarnDefaultEncoding = 15
)

// applyRuntimeFlags reads the environment and the -X options of an
// interpreter invocation (environment first: -X wins) and updates sys.flags.
func applyRuntimeFlags(xopts []string) {
	if os.Getenv("PYTHONDEVMODE") != "" {
		flagDevMode.Store(true)
	}
	if v := os.Getenv("PYTHONUTF8"); v == "1" {
		flagUTF8Mode.Store(true)
	} else if v == "0" {
		flagUTF8Mode.Store(false)
	}
	if os.Getenv("PYTHONWARNDEFAULTENCODING") != "" {
		flagWarnDefaultEncoding.Store(true)
	}
	for _, x := range xopts {
		k, v, hasV := strings.Cut(x, "=")
		switch k {
		case "dev":
			flagDevMode.Store(true)
		case "utf8":
			flagUTF8Mode.Store(!hasV || v != "0")
		case "warn_default_encoding":
			flagWarnDefaultEncoding.Store(true)
		}
	}
	old, ok := SysModule.dict.GetStr("flags").(*Instance)
	if !ok {
		return
	}
	tup, ok := old.base.(*Tuple)
	if !ok || len(tup.items) <= sysFlagWarnDefaultEncoding {
		return
	}
	vals := append([]Object(nil), tup.items...)
	vals[sysFlagDevMode] = Bool(flagDevMode.Load())
	vals[sysFlagUTF8Mode] = MakeInt(b2i(flagUTF8Mode.Load()))
	vals[sysFlagWarnDefaultEncoding] = MakeInt(b2i(flagWarnDefaultEncoding.Load()))
	SysModule.dict.SetStr("flags", NewStructSeq(old.typ, vals...))
}

func b2i(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

// devCheckEncodingErrors is CPython's unicode_check_encoding_errors: in
// development mode, str.encode and bytes.decode look the codec and the
// error handler up even when they would not be used.
func devCheckEncodingErrors(t *Thread, encoding, errors string) *BaseException {
	if !flagDevMode.Load() {
		return nil
	}
	if encoding != "" && encoding != "utf-8" {
		if _, exc := CodecLookup(t, encoding); exc != nil {
			return exc
		}
	}
	return devCheckErrors(errors)
}

// devCheckErrors looks an error handler name up in development mode.
func devCheckErrors(errors string) *BaseException {
	if !flagDevMode.Load() || errors == "" || errors == "strict" || errors == "surrogateescape" {
		return nil
	}
	if textKnownErrorHandler(errors) {
		return nil
	}
	errHandlersMu.Lock()
	h := errHandlers[errors]
	errHandlersMu.Unlock()
	if h == nil {
		return textUnknownErrorHandler(errors)
	}
	return nil
}
