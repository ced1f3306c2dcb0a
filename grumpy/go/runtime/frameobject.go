package runtime

// FrameObject is a Python-visible snapshot of an activation (sys._getframe,
// traceback.tb_frame). Frames proper live in a per-thread arena and are
// reused, so the object copies what it shows when it is made.
type FrameObject struct {
	code    *Code
	lineno  int
	globals *Dict
	back    *FrameObject
	hasBack bool
	// live is the arena frame this snapshot was taken from; while it is
	// still on the thread's stack, f_lineno reads its current line.
	live *Frame
}

// FrameType is `frame`.
var FrameType = finalType(newBuiltinType("frame", ObjectType))

// Type implements Object.
func (*FrameObject) Type() *Type { return FrameType }

// snapshotFrames copies the chain of frames starting at f.
func snapshotFrames(f *Frame) *FrameObject {
	var first, prev *FrameObject
	for ; f != nil; f = f.back {
		fo := &FrameObject{code: f.code, lineno: f.Line, globals: f.globals, hasBack: true, live: f}
		if prev != nil {
			prev.back = fo
		} else {
			first = fo
		}
		prev = fo
	}
	return first
}

func init() {
	defGetSet(FrameType, "f_code", func(t *Thread, o Object) (Object, *BaseException) {
		if c := o.(*FrameObject).code; c != nil {
			return c, nil
		}
		return None, nil
	}, nil)
	defGetSet(FrameType, "f_lineno", func(t *Thread, o Object) (Object, *BaseException) {
		fo := o.(*FrameObject)
		if fo.live != nil {
			for f := t.CurrentFrame(); f != nil; f = f.back {
				if f == fo.live {
					if f.code == fo.code {
						return MakeInt(int64(f.Line)), nil
					}
					break
				}
			}
		}
		return MakeInt(int64(fo.lineno)), nil
	}, nil)
	defGetSet(FrameType, "f_lasti", func(t *Thread, o Object) (Object, *BaseException) {
		return MakeInt(0), nil
	}, nil)
	defGetSet(FrameType, "f_back", func(t *Thread, o Object) (Object, *BaseException) {
		if b := o.(*FrameObject).back; b != nil {
			return b, nil
		}
		return None, nil
	}, nil)
	defGetSet(FrameType, "f_globals", func(t *Thread, o Object) (Object, *BaseException) {
		if g := o.(*FrameObject).globals; g != nil {
			return g, nil
		}
		return NewDict(), nil
	}, nil)
	defGetSet(FrameType, "f_locals", func(t *Thread, o Object) (Object, *BaseException) {
		fo := o.(*FrameObject)
		if fo.code != nil && fo.code.Name == "<module>" && fo.globals != nil {
			return fo.globals, nil
		}
		return NewDict(), nil
	}, nil)
	defGetSet(FrameType, "f_builtins", func(t *Thread, o Object) (Object, *BaseException) {
		return Builtins, nil
	}, nil)
	defGetSet(FrameType, "f_trace", func(t *Thread, o Object) (Object, *BaseException) {
		return None, nil
	}, func(t *Thread, o, v Object) *BaseException { return nil })
	DefMethod(FrameType, "clear", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return None, nil
	})
	DefMethod(FrameType, "__repr__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		fo := args[0].(*FrameObject)
		file, name := "", ""
		if fo.code != nil {
			file, name = fo.code.Filename, fo.code.Name
		}
		return NewStr(sprintf("<frame at %#x, file '%s', line %d, code %s>", addrOf(fo), file, fo.lineno, name)), nil
	})
}
