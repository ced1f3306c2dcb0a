package runtime

// codecWrapError is CPython's wrap_codec_error (_PyErr_TrySetFromCause):
// an exception a codec function raised is replaced by one of the same type
// whose message names the operation and the codec, with the original as
// __cause__, when that can be done safely: the type keeps BaseException's
// __new__ and __init__ and adds no slots, and the instance has at most one
// str argument and no attributes. Otherwise exc is returned unchanged.
func codecWrapError(t *Thread, exc *BaseException, operation, encoding string) *BaseException {
	typ := TypeOf(exc)
	if typ.lookup(strInit) != BaseExceptionType.dict.getStr(strInit) ||
		typ.lookup(strNew) != BaseExceptionType.dict.getStr(strNew) || typ.nslots > 0 {
		return exc
	}
	if args := exc.args; args != nil {
		if n := len(args.items); n > 1 {
			return exc
		} else if n == 1 {
			if s, ok := args.items[0].(*Str); !ok || s == nil {
				return exc
			}
		}
	}
	if exc.dict != nil && exc.dict.Len() > 0 {
		return exc
	}
	s, e := ToStr(t, exc)
	if e != nil {
		return exc
	}
	msg := operation + " with '" + encoding + "' codec failed (" + typ.name + ": " + s.s + ")"
	r, e := Call(t, typ, []Object{NewStr(msg)}, nil)
	if e != nil {
		return exc
	}
	w, ok := r.(*BaseException)
	if !ok {
		return exc
	}
	w.cause = exc
	w.suppressContext = true
	return w
}
