package runtime

import "sync"

// sys.stdout.buffer and friends: the standard streams are the runtime's
// StdStream objects (stdio.go); their binary layer is a FileIO on the same
// descriptor (CPython's layout under PYTHONUNBUFFERED, which the test
// harness uses). FileIO writes flush the text stream first, so output stays
// in order.

var (
	stdBufferMu sync.Mutex
	stdBuffers  = map[*StdStream]Object{}
)

func stdStreamBuffer(t *Thread, s *StdStream) (Object, *BaseException) {
	stdBufferMu.Lock()
	defer stdBufferMu.Unlock()
	if b, ok := stdBuffers[s]; ok {
		return b, nil
	}
	mode := "wb"
	if s.fd == 0 {
		mode = "rb"
	}
	raw, exc := Call(t, FileIOType, []Object{MakeInt(int64(s.fd)), NewStr(mode), False}, []*Str{InternStr("closefd")})
	if exc != nil {
		return nil, exc
	}
	if d := dictOf(raw); d != nil {
		d.SetItemStr(ioStrName, NewStr(s.name))
	}
	var b Object = raw
	if s.fd == 0 {
		if b, exc = Call(t, BufferedReaderType, []Object{raw}, nil); exc != nil {
			return nil, exc
		}
	}
	stdBuffers[s] = b
	return b, nil
}

func init() {
	if StdStreamType.dict.GetStr("buffer") == nil {
		defGetSet(StdStreamType, "buffer", func(t *Thread, o Object) (Object, *BaseException) {
			s, ok := o.(*StdStream)
			if !ok {
				return nil, NewError(AttributeErrorType, "buffer")
			}
			return stdStreamBuffer(t, s)
		}, nil)
	}
}
