package runtime

// _testinternalcapi: CPython's module for testing interpreter internals.
// test.support imports it to ask how the interpreter is configured, and an
// interpreter without it gets whole test modules skipped at import
// (test_traceback's @requires_debug_ranges() class decorators raise
// SkipTest from has_no_debug_ranges() when the import fails). Grumpy
// defines only what it can answer truthfully:
//
//   - get_config(): the configuration keys Grumpy has. code_debug_ranges
//     is false: code objects carry line numbers but no column ranges
//     (co_positions() gives None columns), as CPython under
//     -X no_debug_ranges, so the tests that need ranges skip.
//   - get_recursion_depth(): the caller's depth in frames, what
//     test.support computes itself without this module.
//
// Everything else (SIZEOF_PYGC_HEAD, set_config, the codec and path
// helpers) is CPython's C internals and is absent.

func init() {
	RegisterModule(&ModuleSpec{Name: "_testinternalcapi", Native: initTestInternalCAPI})
}

func initTestInternalCAPI(t *Thread, m *Module) *BaseException {
	nativeFunc(m, "get_config", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("_testinternalcapi.get_config", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		d := NewDict()
		d.SetStr("code_debug_ranges", MakeInt(0))
		d.SetStr("dev_mode", MakeInt(b2i(flagDevMode.Load())))
		d.SetStr("utf8_mode", MakeInt(b2i(flagUTF8Mode.Load())))
		d.SetStr("warn_default_encoding", MakeInt(b2i(flagWarnDefaultEncoding.Load())))
		sd := SysModule.dict
		for _, k := range []string{"argv", "orig_argv", "warnoptions"} {
			if l, ok := sd.GetStr(k).(*List); ok {
				d.SetStr(k, NewList(l.Snapshot()...))
			}
		}
		if v := sd.GetStr("executable"); v != nil {
			d.SetStr("executable", v)
		}
		return d, nil
	})
	nativeFunc(m, "get_recursion_depth", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("_testinternalcapi.get_recursion_depth", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		n := 0
		for f := t.CurrentFrame(); f != nil; f = f.back {
			n++
		}
		return MakeInt(int64(n)), nil
	})
	return nil
}
