package runtime

// _io._IOBase.__del__ (CPython's iobase_finalize): an object that is not
// closed yet is closed, after `_finalizing = True` is set on it so that
// close() can tell. Errors are silenced (CPython reports them only in
// development mode). Like the no-op __del__ it replaces, it does not arm the
// subclasses that inherit it (finalize.go's noopDels): it runs when a
// subclass's own __del__ calls super().__del__(), or when called explicitly.

var ioStrFinalizing = InternStr("_finalizing")

func defIOBaseDel(typ *Type) {
	DefMethod(typ, "__del__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("__del__", args[1:], kw, 0, 0); exc != nil {
			return nil, exc
		}
		iobaseFinalize(t, args[0])
		return None, nil
	})
	noopDels[typ.dict.GetStr("__del__")] = true
}

func iobaseFinalize(t *Thread, self Object) {
	closedObj, exc := GetAttr(t, self, ioStrClosed)
	if exc != nil {
		return // unusable object: leave it alone
	}
	closed, exc := IsTrue(t, closedObj)
	if exc != nil || closed {
		return
	}
	_ = SetAttr(t, self, ioStrFinalizing, True)
	_, _ = CallMethod(t, self, ioStrClose, nil, nil)
}
