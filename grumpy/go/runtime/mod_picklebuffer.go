package runtime

import "sync"

// pickle.PickleBuffer (PEP 574), which pickle.py imports from `_pickle`.
//
// Grumpy has no C pickle accelerator: the native module `_pickle` holds
// PickleBuffer alone, so pickle.py keeps its pure-Python Pickler (its
// `from _pickle import Pickler, ...` fails) while offering PickleBuffer and
// protocol 5's out-of-band buffers. When a build asks for grumpy/lib's
// _pickle stand-in (`-I _pickle`, test_pickle), that module replaces this
// one and takes PickleBuffer from `_picklebuffer`, the same module under a
// second name.

func init() {
	RegisterModule(&ModuleSpec{Name: "_pickle", Native: initPickleBufferMod})
	RegisterModule(&ModuleSpec{Name: "_picklebuffer", Native: initPickleBufferMod})
}

// PickleBuffer wraps a buffer export of another object: memoryview(pb)
// views that object, raw() views its bytes as a flat 'B' buffer.
type PickleBuffer struct {
	mu   sync.Mutex
	view *MemoryView // the export it holds; nil once released
}

// PickleBufferType is pickle.PickleBuffer.
var PickleBufferType = finalType(newNativeType("PickleBuffer", "pickle", nil, "Wrapper for potentially out-of-band buffers"))

// Type implements Object.
func (*PickleBuffer) Type() *Type { return PickleBufferType }

func initPickleBufferMod(t *Thread, m *Module) *BaseException {
	m.dict.SetStr("PickleBuffer", PickleBufferType)
	return nil
}

func pickleBufferReleased() *BaseException {
	return NewError(ValueErrorType, "operation forbidden on released PickleBuffer object")
}

// held returns the view the buffer holds, or the error of a released one.
func (pb *PickleBuffer) held() (*MemoryView, *BaseException) {
	pb.mu.Lock()
	v := pb.view
	pb.mu.Unlock()
	if v == nil {
		return nil, pickleBufferReleased()
	}
	return v, nil
}

// exportView is memoryview(pb): a new view of the wrapped object, with
// its format and shape.
func (pb *PickleBuffer) exportView(t *Thread) (*MemoryView, *BaseException) {
	v, exc := pb.held()
	if exc != nil {
		return nil, exc
	}
	return newMemoryView(t, v)
}

// bufferBytes implements bufferExporter (bytes(pb), bytearray(pb), ...);
// a released buffer has no bytes.
func (pb *PickleBuffer) bufferBytes() []byte {
	v, exc := pb.held()
	if exc != nil {
		return nil
	}
	return append([]byte(nil), v.data()...)
}

func init() {
	typ := PickleBufferType
	DefStatic(typ, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		n := len(args) - 1 - len(kw)
		if len(kw) > 0 && n < 1 {
			return nil, NewError(TypeErrorType, "PickleBuffer() takes exactly 1 positional argument (0 given)")
		}
		if len(args)-1 > 1 {
			return nil, Errorf(TypeErrorType, "PickleBuffer() takes at most 1 argument (%d given)", len(args)-1)
		}
		if n < 1 {
			return nil, NewError(TypeErrorType, "PickleBuffer() takes exactly 1 positional argument (0 given)")
		}
		base := args[1]
		v, exc := newMemoryView(t, base)
		if exc != nil {
			if exc.Type() == TypeErrorType {
				return nil, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", TypeOf(base).name)
			}
			return nil, exc
		}
		return &PickleBuffer{view: v}, nil
	})
	// Like CPython's C types without pickling support (object.__reduce_ex__
	// refuses them): pickle.py saves a PickleBuffer by its own dispatch.
	DefMethod(typ, "__reduce_ex__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return nil, Errorf(TypeErrorType, "cannot pickle '%s' object", TypeOf(args[0]).name)
	})
	defNativeMethod(typ, "raw", func(t *Thread, pb *PickleBuffer, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("PickleBuffer.raw", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		v, exc := pb.held()
		if exc != nil {
			return nil, exc
		}
		if v.noncontig {
			return nil, NewError(BufferErrorType, "cannot extract raw buffer from non-contiguous buffer")
		}
		r, exc := newMemoryView(t, v)
		if exc != nil {
			return nil, exc
		}
		r.format, r.itemsize, r.dims = 'B', 1, nil
		return r, nil
	})
	defNativeMethod(typ, "release", func(t *Thread, pb *PickleBuffer, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ArgCount("PickleBuffer.release", args, kw, 0, 0); exc != nil {
			return nil, exc
		}
		pb.mu.Lock()
		v := pb.view
		pb.view = nil
		pb.mu.Unlock()
		if v != nil {
			v.released.Store(true)
		}
		return None, nil
	})
}
