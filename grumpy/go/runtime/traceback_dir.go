package runtime

// traceback.__dir__ lists only the four tb_ attributes, as CPython's
// tb_dir does (dir(tb) sorts them).
func init() {
	DefMethod(TracebackType, "__dir__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("__dir__", args[1:], kw, 0, 0); exc != nil {
			return nil, exc
		}
		return NewList(NewStr("tb_frame"), NewStr("tb_next"), NewStr("tb_lasti"), NewStr("tb_lineno")), nil
	})
}
