package runtime

import (
	"bytes"
	"fmt"
	"os"
	"sync"
	"syscall"
	"unsafe"
)

// The mmap module, as CPython builds it on Linux: mmap.mmap maps a file
// (or anonymous memory, fileno -1) with syscall.Mmap. The object is a
// mutable buffer (memoryview(m), bytes(m), struct.pack_into, readinto,
// ctypes' from_buffer): views share the mapped bytes, and while one is
// alive the map can be neither closed nor resized (BufferError), as in
// CPython. multiprocessing's heap maps a file in /dev/shm whose descriptor
// a spawned child receives, so both processes see the same pages.

func init() {
	RegisterModule(&ModuleSpec{Name: "mmap", Native: initMmap})
}

// mmap access modes.
const (
	mmapAccessDefault = 0
	mmapAccessRead    = 1
	mmapAccessWrite   = 2
	mmapAccessCopy    = 3
)

var mmapAccessNames = [...]string{"ACCESS_DEFAULT", "ACCESS_READ", "ACCESS_WRITE", "ACCESS_COPY"}

// MmapType is mmap.mmap.
var MmapType = newNativeType("mmap", "mmap", nil, "").solidType()

// Mmap is an mmap.mmap object. mu guards data, pos and fd; data is nil
// once the map is closed.
type Mmap struct {
	mu      sync.Mutex
	data    []byte
	pos     int
	offset  int64
	fd      int
	access  int
	flags   int
	prot    int
	exports viewExports
}

// Type implements Object.
func (*Mmap) Type() *Type { return MmapType }

func (m *Mmap) lockBuf() []byte { m.mu.Lock(); return m.data }
func (m *Mmap) unlockBuf()      { m.mu.Unlock() }

// bufferBytes implements bufferExporter (bytes(m), b"" + m, ...): a copy.
func (m *Mmap) bufferBytes() []byte {
	m.mu.Lock()
	defer m.mu.Unlock()
	return append([]byte(nil), m.data...)
}

// readOnlyBuf reports a map whose bytes may not be written (ACCESS_READ).
func (m *Mmap) readOnlyBuf() bool { return m.access == mmapAccessRead }

// addExport registers a memoryview of the map.
func (m *Mmap) addExport(v *MemoryView) {
	m.mu.Lock()
	m.exports.add(v)
	m.mu.Unlock()
}

// exportView is memoryview(m).
func (m *Mmap) exportView(t *Thread) (*MemoryView, *BaseException) {
	m.mu.Lock()
	closed := m.data == nil
	m.mu.Unlock()
	if closed {
		return nil, mmapClosed()
	}
	return mvTrack(&MemoryView{obj: m, ba: m, stop: -1, format: 'B', itemsize: 1, ro: m.readOnlyBuf()}), nil
}

func mmapClosed() *BaseException { return NewError(ValueErrorType, "mmap closed or invalid") }

func mmapReadonly() *BaseException {
	return NewError(TypeErrorType, "mmap can't modify a readonly memory map.")
}

// mmapArgs checks a PyArg_ParseTuple argument count ("read() takes at most
// 1 argument (2 given)").
func mmapArgs(fname string, args []Object, kw []*Str, minN, maxN int) *BaseException {
	if len(kw) > 0 {
		return Errorf(TypeErrorType, "%s() takes no keyword arguments", fname)
	}
	n := len(args)
	if n >= minN && n <= maxN {
		return nil
	}
	what, want := "exactly", minN
	if minN != maxN {
		if n < minN {
			what = "at least"
		} else {
			what, want = "at most", maxN
		}
	}
	return Errorf(TypeErrorType, "%s() takes %s %d argument%s (%d given)", fname, what, want, plural(want), n)
}

// mmapBuf is a bytes-like argument ("a bytes-like object is required").
func mmapBuf(o Object) ([]byte, *BaseException) {
	if b, ok := bytesLike(o); ok {
		return b, nil
	}
	return nil, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", TypeOf(o).name)
}

// mmapSys runs a memory syscall over data[off:off+n].
func mmapSys(trap uintptr, data []byte, off, n int, arg uintptr) error {
	if len(data) == 0 {
		return nil
	}
	base := uintptr(unsafe.Pointer(&data[0]))
	if _, _, e := syscall.Syscall(trap, base+uintptr(off), uintptr(n), arg); e != 0 {
		return e
	}
	return nil
}

func newMmap(t *Thread, cls *Type, args []Object, kw []*Str) (Object, *BaseException) {
	names := []string{"fileno", "length", "flags", "prot", "access", "offset"}
	vals := make([]Object, len(names))
	pos := len(args) - len(kw)
	if pos > len(names) {
		return nil, Errorf(TypeErrorType, "function takes at most %d arguments (%d given)", len(names), len(args))
	}
	copy(vals, args[:pos])
	for i, k := range kw {
		found := false
		for j, n := range names {
			if n == k.s {
				if vals[j] != nil {
					return nil, Errorf(TypeErrorType, "argument for function given by name ('%s') and position (%d)", n, j+1)
				}
				vals[j] = args[pos+i]
				found = true
			}
		}
		if !found {
			return nil, Errorf(TypeErrorType, "'%s' is an invalid keyword argument for this function", k.s)
		}
	}
	for i := 0; i < 2; i++ {
		if vals[i] == nil {
			return nil, Errorf(TypeErrorType, "function missing required argument '%s' (pos %d)", names[i], i+1)
		}
	}
	ints := []int{0, 0, syscall.MAP_SHARED, syscall.PROT_READ | syscall.PROT_WRITE, mmapAccessDefault, 0}
	for i, v := range vals {
		if v == nil {
			continue
		}
		n, exc := indexArg(t, v)
		if exc != nil {
			return nil, exc
		}
		ints[i] = n
	}
	fd, length, flags, prot, access, offset := ints[0], ints[1], ints[2], ints[3], ints[4], ints[5]
	if length < 0 {
		return nil, NewError(OverflowErrorType, "memory mapped length must be positive")
	}
	if offset < 0 {
		return nil, NewError(OverflowErrorType, "memory mapped offset must be positive")
	}
	if access != mmapAccessDefault && (flags != syscall.MAP_SHARED || prot != syscall.PROT_READ|syscall.PROT_WRITE) {
		return nil, NewError(ValueErrorType, "mmap can't specify both access and flags, prot.")
	}
	switch access {
	case mmapAccessRead:
		flags, prot = syscall.MAP_SHARED, syscall.PROT_READ
	case mmapAccessWrite:
		flags, prot = syscall.MAP_SHARED, syscall.PROT_READ|syscall.PROT_WRITE
	case mmapAccessCopy:
		flags, prot = syscall.MAP_PRIVATE, syscall.PROT_READ|syscall.PROT_WRITE
	case mmapAccessDefault:
		if prot&syscall.PROT_READ != 0 && prot&syscall.PROT_WRITE != 0 {
			// stays ACCESS_DEFAULT
		} else if prot&syscall.PROT_WRITE != 0 {
			access = mmapAccessWrite
		} else {
			access = mmapAccessRead
		}
	default:
		return nil, NewError(ValueErrorType, "mmap invalid access parameter.")
	}
	if fd != -1 {
		var st syscall.Stat_t
		if err := syscall.Fstat(fd, &st); err == nil && st.Mode&syscall.S_IFMT == syscall.S_IFREG {
			size := st.Size
			if length == 0 {
				if size == 0 {
					return nil, NewError(ValueErrorType, "cannot mmap an empty file")
				}
				if int64(offset) >= size {
					return nil, NewError(ValueErrorType, "mmap offset is greater than file size")
				}
				length = int(size - int64(offset))
			} else if int64(offset) > size || size-int64(offset) < int64(length) {
				return nil, NewError(ValueErrorType, "mmap length is greater than file size")
			}
		}
	}
	m := &Mmap{fd: -1, access: access, flags: flags, prot: prot, offset: int64(offset)}
	if fd == -1 {
		flags |= syscall.MAP_ANONYMOUS
	} else {
		nfd, err := syscall.Dup(fd)
		if err != nil {
			return nil, osErrorFromErr(err, nil)
		}
		syscall.CloseOnExec(nfd)
		m.fd = nfd
	}
	data, err := syscall.Mmap(fd, int64(offset), length, prot, flags)
	if err != nil {
		if m.fd >= 0 {
			syscall.Close(m.fd)
		}
		return nil, osErrorFromErr(err, nil)
	}
	m.data = data
	return nativeWrap(cls, MmapType, m), nil
}

// mmapSelf runs fn with the receiver locked and open.
func defMmapMethod(name string, fn func(t *Thread, m *Mmap, args []Object, kw []*Str) (Object, *BaseException)) {
	defNativeMethod(MmapType, name, func(t *Thread, m *Mmap, args []Object, kw []*Str) (Object, *BaseException) {
		args = mmapSettleArgs(t, args)
		m.mu.Lock()
		if m.data == nil {
			m.mu.Unlock()
			return nil, mmapClosed()
		}
		defer m.mu.Unlock()
		return fn(t, m, args, kw)
	})
}

// mmapSettleArgs runs, before the map is locked, the Python code its
// arguments may call: __index__ of index-like objects (slice bounds
// included) and the bytes of buffer objects (a view of the map itself,
// whose read would lock it again). Failures are left for the method to
// report.
func mmapSettleArgs(t *Thread, args []Object) []Object {
	var out []Object
	set := func(i int, v Object) {
		if out == nil {
			out = append([]Object(nil), args...)
		}
		out[i] = v
	}
	index := func(o Object) Object {
		if o == nil || o == None {
			return o
		}
		if _, ok := asInt(o); ok || TypeOf(o).lookup(strIndex) == nil {
			return o
		}
		if v, exc := Index(t, o); exc == nil {
			return v
		}
		return o
	}
	for i, a := range args {
		switch v := a.(type) {
		case *Bytes, *Str:
		case *Slice:
			if s := (&Slice{Start: index(v.Start), Stop: index(v.Stop), Step: index(v.Step)}); s.Start != v.Start || s.Stop != v.Stop || s.Step != v.Step {
				set(i, s)
			}
		default:
			if b, ok := bytesLike(a); ok {
				set(i, NewBytes(b))
			} else if r := index(a); r != a {
				set(i, r)
			}
		}
	}
	if out == nil {
		return args
	}
	return out
}

// unmapLocked unmaps the data and closes the descriptor (m.mu held).
func (m *Mmap) unmapLocked() {
	if m.fd >= 0 {
		syscall.Close(m.fd)
		m.fd = -1
	}
	if m.data != nil {
		syscall.Munmap(m.data)
		m.data = nil
	}
}

// mmapIndexAt converts an item index (PyNumber_AsSsize_t with IndexError).
func mmapIndexAt(t *Thread, key Object, n int) (int, *BaseException) {
	i, exc := Index(t, key)
	if exc != nil {
		return 0, exc
	}
	v, ok := i.(Int)
	if !ok {
		return 0, Errorf(IndexErrorType, "cannot fit '%s' into an index-sized integer", TypeOf(key).name)
	}
	idx := int(v)
	if idx < 0 {
		idx += n
	}
	if idx < 0 || idx >= n {
		return 0, NewError(IndexErrorType, "mmap index out of range")
	}
	return idx, nil
}

// mmapIter iterates a map's bytes as one-byte bytes objects (sq_item).
type mmapIter struct {
	mu sync.Mutex
	m  *Mmap
	i  int
}

var mmapIterType = finalType(newBuiltinType("iterator", ObjectType))

func (*mmapIter) Type() *Type { return mmapIterType }

func (it *mmapIter) next(t *Thread) (Object, *BaseException) {
	it.mu.Lock()
	defer it.mu.Unlock()
	if it.m == nil {
		return nil, nil
	}
	m := it.m
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.data == nil {
		return nil, mmapClosed()
	}
	if it.i >= len(m.data) {
		it.m = nil
		return nil, nil
	}
	b := m.data[it.i]
	it.i++
	return NewBytes([]byte{b}), nil
}

func init() {
	defNativeIter(mmapIterType)
	T := MmapType
	DefStatic(T, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		cls, exc := nativeNewArgs(args, MmapType)
		if exc != nil {
			return nil, exc
		}
		return newMmap(t, cls, args[1:], kw)
	})
	defNativeMethod(T, "close", func(t *Thread, m *Mmap, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := noArgsMethod("close", args, kw); exc != nil {
			return nil, exc
		}
		m.mu.Lock()
		defer m.mu.Unlock()
		if m.exports.alive() {
			return nil, NewError(BufferErrorType, "cannot close exported pointers exist")
		}
		m.unmapLocked()
		return None, nil
	})
	defGetSet(T, "closed", func(t *Thread, o Object) (Object, *BaseException) {
		m, ok := Unwrap(o).(*Mmap)
		if !ok {
			return nil, Errorf(TypeErrorType, "descriptor 'closed' for 'mmap.mmap' objects doesn't apply to a '%s' object", TypeOf(o).name)
		}
		m.mu.Lock()
		defer m.mu.Unlock()
		return Bool(m.data == nil), nil
	}, nil)
	DefMethod(T, "__repr__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		m, exc := nativeSelf[*Mmap](args, MmapType, "__repr__")
		if exc != nil {
			return nil, exc
		}
		name := TypeOf(args[0]).name
		m.mu.Lock()
		defer m.mu.Unlock()
		if m.data == nil {
			return NewStr(fmt.Sprintf("<%s closed=True>", name)), nil
		}
		return NewStr(fmt.Sprintf("<%s closed=False, access=%s, length=%d, pos=%d, offset=%d>",
			name, mmapAccessNames[m.access], len(m.data), m.pos, m.offset)), nil
	})
	DefMethod(T, "__enter__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		m, exc := nativeSelf[*Mmap](args, MmapType, "__enter__")
		if exc != nil {
			return nil, exc
		}
		if exc := noArgsMethod("__enter__", args[1:], kw); exc != nil {
			return nil, exc
		}
		m.mu.Lock()
		defer m.mu.Unlock()
		if m.data == nil {
			return nil, mmapClosed()
		}
		return args[0], nil
	})
	DefMethod(T, "__exit__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if _, exc := nativeSelf[*Mmap](args, MmapType, "__exit__"); exc != nil {
			return nil, exc
		}
		return CallMethod(t, args[0], InternStr("close"), nil, nil)
	})
	defMmapMethod("__len__", func(t *Thread, m *Mmap, args []Object, kw []*Str) (Object, *BaseException) {
		return MakeInt(int64(len(m.data))), nil
	})
	DefMethod(T, "__iter__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		m, exc := nativeSelf[*Mmap](args, MmapType, "__iter__")
		if exc != nil {
			return nil, exc
		}
		return &mmapIter{m: m}, nil
	})
	defNativeMethod(T, "__reduce_ex__", func(t *Thread, m *Mmap, args []Object, kw []*Str) (Object, *BaseException) {
		return nil, Errorf(TypeErrorType, "cannot pickle '%s' object", MmapType.name)
	})
	defMmapMethod("__getitem__", func(t *Thread, m *Mmap, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) != 1 {
			return nil, Errorf(TypeErrorType, "expected 1 argument, got %d", len(args))
		}
		key := args[0]
		if s, ok := key.(*Slice); ok {
			start, stop, step, exc := s.Indices(t, len(m.data))
			if exc != nil {
				return nil, exc
			}
			n := sliceLen(start, stop, step)
			if step == 1 {
				return NewBytes(append([]byte(nil), m.data[start:start+n]...)), nil
			}
			out := make([]byte, n)
			for i := range out {
				out[i] = m.data[start+i*step]
			}
			return NewBytes(out), nil
		}
		if !hasIndex(key) {
			return nil, NewError(TypeErrorType, "mmap indices must be integers")
		}
		i, exc := mmapIndexAt(t, key, len(m.data))
		if exc != nil {
			return nil, exc
		}
		return MakeInt(int64(m.data[i])), nil
	})
	setItem := func(t *Thread, m *Mmap, key, val Object) *BaseException {
		if m.access == mmapAccessRead {
			return mmapReadonly()
		}
		if s, ok := key.(*Slice); ok {
			if val == nil {
				return NewError(TypeErrorType, "mmap object doesn't support slice deletion")
			}
			start, stop, step, exc := s.Indices(t, len(m.data))
			if exc != nil {
				return exc
			}
			src, exc := mmapBuf(val)
			if exc != nil {
				return exc
			}
			n := sliceLen(start, stop, step)
			if len(src) != n {
				return NewError(IndexErrorType, "mmap slice assignment is wrong size")
			}
			for i := 0; i < n; i++ {
				m.data[start+i*step] = src[i]
			}
			return nil
		}
		if !hasIndex(key) {
			return NewError(TypeErrorType, "mmap indices must be integer")
		}
		i, exc := mmapIndexAt(t, key, len(m.data))
		if exc != nil {
			return exc
		}
		if val == nil {
			return NewError(TypeErrorType, "mmap doesn't support item deletion")
		}
		if !hasIndex(val) {
			return NewError(TypeErrorType, "mmap item value must be an int")
		}
		v, exc := Index(t, val)
		if exc != nil {
			return exc
		}
		n, ok := v.(Int)
		if !ok || n < 0 || n > 255 {
			return NewError(ValueErrorType, "mmap item value must be in range(0, 256)")
		}
		m.data[i] = byte(n)
		return nil
	}
	defMmapMethod("__setitem__", func(t *Thread, m *Mmap, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) != 2 {
			return nil, Errorf(TypeErrorType, "expected 2 arguments, got %d", len(args))
		}
		return None, setItem(t, m, args[0], args[1])
	})
	defMmapMethod("__delitem__", func(t *Thread, m *Mmap, args []Object, kw []*Str) (Object, *BaseException) {
		if len(args) != 1 {
			return nil, Errorf(TypeErrorType, "expected 1 argument, got %d", len(args))
		}
		return None, setItem(t, m, args[0], nil)
	})
	defMmapMethod("read_byte", func(t *Thread, m *Mmap, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := noArgsMethod("read_byte", args, kw); exc != nil {
			return nil, exc
		}
		if m.pos >= len(m.data) {
			return nil, NewError(ValueErrorType, "read byte out of range")
		}
		b := m.data[m.pos]
		m.pos++
		return MakeInt(int64(b)), nil
	})
	defMmapMethod("readline", func(t *Thread, m *Mmap, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := noArgsMethod("readline", args, kw); exc != nil {
			return nil, exc
		}
		rest := m.data[min(m.pos, len(m.data)):]
		n := len(rest)
		if i := bytes.IndexByte(rest, '\n'); i >= 0 {
			n = i + 1
		}
		m.pos += n
		return NewBytes(append([]byte(nil), rest[:n]...)), nil
	})
	defMmapMethod("read", func(t *Thread, m *Mmap, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := mmapArgs("read", args, kw, 0, 1); exc != nil {
			return nil, exc
		}
		avail := max(len(m.data)-m.pos, 0)
		n := avail
		if len(args) == 1 && args[0] != None {
			if !hasIndex(args[0]) {
				return nil, Errorf(TypeErrorType, "argument should be integer or None, not '%s'", TypeOf(args[0]).name)
			}
			k, exc := indexArg(t, args[0])
			if exc != nil {
				return nil, exc
			}
			if k >= 0 && k < avail {
				n = k
			}
		}
		out := append([]byte(nil), m.data[m.pos:m.pos+n]...)
		m.pos += n
		return NewBytes(out), nil
	})
	find := func(name string, reverse bool) {
		defMmapMethod(name, func(t *Thread, m *Mmap, args []Object, kw []*Str) (Object, *BaseException) {
			if exc := mmapArgs(name, args, kw, 1, 3); exc != nil {
				return nil, exc
			}
			sub, exc := mmapBuf(args[0])
			if exc != nil {
				return nil, exc
			}
			size := len(m.data)
			start, end := m.pos, size
			if len(args) > 1 {
				if start, exc = indexArg(t, args[1]); exc != nil {
					return nil, exc
				}
			}
			if len(args) > 2 {
				if end, exc = indexArg(t, args[2]); exc != nil {
					return nil, exc
				}
			}
			clamp := func(i int) int {
				if i < 0 {
					i += size
				}
				return min(max(i, 0), size)
			}
			start, end = clamp(start), clamp(end)
			if end < start {
				return MakeInt(-1), nil
			}
			var i int
			if reverse {
				i = bytes.LastIndex(m.data[start:end], sub)
			} else {
				i = bytes.Index(m.data[start:end], sub)
			}
			if i < 0 {
				return MakeInt(-1), nil
			}
			return MakeInt(int64(start + i)), nil
		})
	}
	find("find", false)
	find("rfind", true)
	defMmapMethod("write", func(t *Thread, m *Mmap, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := mmapArgs("write", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		src, exc := mmapBuf(args[0])
		if exc != nil {
			return nil, exc
		}
		if m.access == mmapAccessRead {
			return nil, mmapReadonly()
		}
		if m.pos > len(m.data) || len(m.data)-m.pos < len(src) {
			return nil, NewError(ValueErrorType, "data out of range")
		}
		copy(m.data[m.pos:], src)
		m.pos += len(src)
		return MakeInt(int64(len(src))), nil
	})
	defMmapMethod("write_byte", func(t *Thread, m *Mmap, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := mmapArgs("write_byte", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		v, exc := indexArg(t, args[0])
		if exc != nil {
			return nil, exc
		}
		if v < 0 {
			return nil, NewError(OverflowErrorType, "unsigned byte integer is less than minimum")
		}
		if v > 255 {
			return nil, NewError(OverflowErrorType, "unsigned byte integer is greater than maximum")
		}
		if m.access == mmapAccessRead {
			return nil, mmapReadonly()
		}
		if m.pos >= len(m.data) {
			return nil, NewError(ValueErrorType, "write byte out of range")
		}
		m.data[m.pos] = byte(v)
		m.pos++
		return None, nil
	})
	defMmapMethod("size", func(t *Thread, m *Mmap, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := noArgsMethod("size", args, kw); exc != nil {
			return nil, exc
		}
		var st syscall.Stat_t
		if err := syscall.Fstat(m.fd, &st); err != nil {
			return nil, osErrorFromErr(err, nil)
		}
		return MakeInt(st.Size), nil
	})
	defMmapMethod("tell", func(t *Thread, m *Mmap, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := noArgsMethod("tell", args, kw); exc != nil {
			return nil, exc
		}
		return MakeInt(int64(m.pos)), nil
	})
	defMmapMethod("seek", func(t *Thread, m *Mmap, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := mmapArgs("seek", args, kw, 1, 2); exc != nil {
			return nil, exc
		}
		dist, exc := indexArg(t, args[0])
		if exc != nil {
			return nil, exc
		}
		how := 0
		if len(args) > 1 {
			if how, exc = indexArg(t, args[1]); exc != nil {
				return nil, exc
			}
		}
		var where int
		switch how {
		case 0:
			where = dist
		case 1:
			where = m.pos + dist
		case 2:
			where = len(m.data) + dist
		default:
			return nil, NewError(ValueErrorType, "unknown seek type")
		}
		if where < 0 || where > len(m.data) {
			return nil, NewError(ValueErrorType, "seek out of range")
		}
		m.pos = where
		return None, nil
	})
	defMmapMethod("move", func(t *Thread, m *Mmap, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := mmapArgs("move", args, kw, 3, 3); exc != nil {
			return nil, exc
		}
		var v [3]int
		for i := range v {
			n, exc := indexArg(t, args[i])
			if exc != nil {
				return nil, exc
			}
			v[i] = n
		}
		if m.access == mmapAccessRead {
			return nil, mmapReadonly()
		}
		dest, src, cnt := v[0], v[1], v[2]
		size := len(m.data)
		if dest < 0 || src < 0 || cnt < 0 || size-dest < cnt || size-src < cnt {
			return nil, NewError(ValueErrorType, "source, destination, or count out of range")
		}
		copy(m.data[dest:dest+cnt], m.data[src:src+cnt])
		return None, nil
	})
	defMmapMethod("flush", func(t *Thread, m *Mmap, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := mmapArgs("flush", args, kw, 0, 2); exc != nil {
			return nil, exc
		}
		offset, size := 0, len(m.data)
		var exc *BaseException
		if len(args) > 0 {
			if offset, exc = indexArg(t, args[0]); exc != nil {
				return nil, exc
			}
		}
		if len(args) > 1 {
			if size, exc = indexArg(t, args[1]); exc != nil {
				return nil, exc
			}
		}
		if size < 0 || offset < 0 || len(m.data)-offset < size {
			return nil, NewError(ValueErrorType, "flush values out of range")
		}
		if size == 0 || m.access == mmapAccessRead || m.access == mmapAccessCopy {
			return None, nil
		}
		if err := mmapSys(syscall.SYS_MSYNC, m.data, offset, size, syscall.MS_SYNC); err != nil {
			return nil, osErrorFromErr(err, nil)
		}
		return None, nil
	})
	defMmapMethod("madvise", func(t *Thread, m *Mmap, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := mmapArgs("madvise", args, kw, 1, 3); exc != nil {
			return nil, exc
		}
		option, exc := indexArg(t, args[0])
		if exc != nil {
			return nil, exc
		}
		size := len(m.data)
		start := 0
		if len(args) > 1 {
			if start, exc = indexArg(t, args[1]); exc != nil {
				return nil, exc
			}
		}
		length := size - start
		if len(args) > 2 {
			if length, exc = indexArg(t, args[2]); exc != nil {
				return nil, exc
			}
		}
		if start < 0 || start >= size {
			return nil, NewError(ValueErrorType, "madvise start out of bounds")
		}
		if length < 0 {
			return nil, NewError(ValueErrorType, "madvise length invalid")
		}
		if int(^uint(0)>>1)-start < length {
			return nil, NewError(OverflowErrorType, "madvise length too large")
		}
		if start+length > size {
			length = size - start
		}
		if err := mmapSys(syscall.SYS_MADVISE, m.data, start, length, uintptr(option)); err != nil {
			return nil, osErrorFromErr(err, nil)
		}
		return None, nil
	})
	defMmapMethod("resize", func(t *Thread, m *Mmap, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := mmapArgs("resize", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		newSize, exc := indexArg(t, args[0])
		if exc != nil {
			return nil, exc
		}
		if m.access != mmapAccessWrite && m.access != mmapAccessDefault {
			return nil, NewError(TypeErrorType, "mmap can't resize a readonly or copy-on-write memory map.")
		}
		if m.exports.alive() {
			return nil, NewError(BufferErrorType, "mmap can't resize with extant buffers exported.")
		}
		if newSize < 0 || int(^uint(0)>>1)-newSize < int(m.offset) {
			return nil, NewError(ValueErrorType, "new size out of range")
		}
		if m.fd >= 0 {
			if err := syscall.Ftruncate(m.fd, m.offset+int64(newSize)); err != nil {
				return nil, osErrorFromErr(err, nil)
			}
		}
		// mremap(MREMAP_MAYMOVE): a fresh mapping of the new size (the
		// file's pages, or anonymous memory the old bytes are copied to).
		fd, flags := m.fd, m.flags
		if fd < 0 {
			flags |= syscall.MAP_ANONYMOUS
		}
		data, err := syscall.Mmap(fd, m.offset, newSize, m.prot, flags)
		if err != nil {
			return nil, osErrorFromErr(err, nil)
		}
		if fd < 0 {
			copy(data, m.data)
		}
		syscall.Munmap(m.data)
		m.data = data
		if m.pos > newSize {
			m.pos = newSize
		}
		return None, nil
	})
}

// noArgsMethod is a METH_NOARGS check ("mmap.tell() takes no arguments (1 given)").
func noArgsMethod(name string, args []Object, kw []*Str) *BaseException {
	if len(args) > 0 || len(kw) > 0 {
		return Errorf(TypeErrorType, "%s.%s() takes no arguments (%d given)", shortTypeName(MmapType), name, len(args))
	}
	return nil
}

func initMmap(t *Thread, m *Module) *BaseException {
	d := m.dict
	d.SetStr("mmap", MmapType)
	d.SetStr("error", OSErrorType)
	page := int64(os.Getpagesize())
	for _, c := range []struct {
		name string
		v    int64
	}{
		{"ACCESS_DEFAULT", mmapAccessDefault}, {"ACCESS_READ", mmapAccessRead},
		{"ACCESS_WRITE", mmapAccessWrite}, {"ACCESS_COPY", mmapAccessCopy},
		{"PAGESIZE", page}, {"ALLOCATIONGRANULARITY", page},
		{"MAP_SHARED", syscall.MAP_SHARED}, {"MAP_PRIVATE", syscall.MAP_PRIVATE},
		{"MAP_ANON", syscall.MAP_ANONYMOUS}, {"MAP_ANONYMOUS", syscall.MAP_ANONYMOUS},
		{"MAP_DENYWRITE", syscall.MAP_DENYWRITE}, {"MAP_EXECUTABLE", syscall.MAP_EXECUTABLE},
		{"MAP_POPULATE", syscall.MAP_POPULATE}, {"MAP_STACK", syscall.MAP_STACK},
		{"PROT_READ", syscall.PROT_READ}, {"PROT_WRITE", syscall.PROT_WRITE}, {"PROT_EXEC", syscall.PROT_EXEC},
		{"MADV_NORMAL", 0}, {"MADV_RANDOM", 1}, {"MADV_SEQUENTIAL", 2}, {"MADV_WILLNEED", 3},
		{"MADV_DONTNEED", 4}, {"MADV_FREE", 8}, {"MADV_REMOVE", 9}, {"MADV_DONTFORK", 10},
		{"MADV_DOFORK", 11}, {"MADV_MERGEABLE", 12}, {"MADV_UNMERGEABLE", 13},
		{"MADV_HUGEPAGE", 14}, {"MADV_NOHUGEPAGE", 15}, {"MADV_DONTDUMP", 16},
		{"MADV_DODUMP", 17}, {"MADV_HWPOISON", 100},
	} {
		d.SetStr(c.name, MakeInt(c.v))
	}
	return nil
}
