package runtime

import (
	"math/big"
	"sync"
	"unsafe"
)

// _ctypes_data: the memory under Grumpy's data-only _ctypes
// (grumpy/lib/_ctypes.py). Every ctypes instance is an instance of a
// subclass of CData, whose Go struct is a byte window of some storage: its
// own zeroed bytes, or the bytes of the object it was made from
// (from_buffer over a bytearray, an mmap, a memoryview of one, another
// ctypes object), shared, as in CPython. The window is a buffer:
// memoryview(obj), bytes(obj), struct.pack_into(fmt, obj, ...) and
// f.readinto(obj) read and write it in place.
//
// Addresses (addressof, memmove, memset, string_at) are the real
// addresses of the bytes: storage is never moved, and, as in CPython, an
// address that is not one gives a crash.

func init() {
	RegisterModule(&ModuleSpec{Name: "_ctypes_data", Native: initCtypesData})
}

// cdataMem is a ctypes object's own storage.
type cdataMem struct {
	mu sync.Mutex
	b  []byte
}

func (c *cdataMem) lockBuf() []byte { c.mu.Lock(); return c.b }
func (c *cdataMem) unlockBuf()      { c.mu.Unlock() }

// CDataType is _ctypes_data.CData, the base of _ctypes._CData.
var CDataType = newNativeType("CData", "_ctypes_data", nil, "").solidType()

// CData is the byte window [off, off+size) of src.
type CData struct {
	mu      sync.Mutex // guards the fields (not the bytes)
	src     mvBuffer
	keep    Object // the object whose bytes src is (kept alive)
	off     int
	size    int
	ro      bool
	fmtName string
}

// Type implements Object.
func (*CData) Type() *Type { return CDataType }

func (c *CData) window() (mvBuffer, int, int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.src, c.off, c.size
}

// lockBuf implements mvBuffer: the window's bytes (clipped to the
// storage's current length).
func (c *CData) lockBuf() []byte {
	src, off, size := c.window()
	b := src.lockBuf()
	end := min(off+size, len(b))
	return b[min(off, end):end]
}

func (c *CData) unlockBuf() {
	src, _, _ := c.window()
	src.unlockBuf()
}

func (c *CData) readOnlyBuf() bool { c.mu.Lock(); defer c.mu.Unlock(); return c.ro }

// bufferBytes implements bufferExporter: a copy of the window.
func (c *CData) bufferBytes() []byte {
	b := c.lockBuf()
	defer c.unlockBuf()
	return append([]byte(nil), b...)
}

// exportView is memoryview(obj): a byte view of the window whose format
// is the ctypes format string.
func (c *CData) exportView(t *Thread) (*MemoryView, *BaseException) {
	src, off, size := c.window()
	c.mu.Lock()
	ro, name := c.ro, c.fmtName
	c.mu.Unlock()
	return mvTrack(&MemoryView{obj: c, ba: src, start: off, stop: off + size, format: 'B', itemsize: 1, ro: ro, fmtName: name}), nil
}

// address is the address of the window's first byte (0 when empty).
func (c *CData) address() uintptr {
	b := c.lockBuf()
	defer c.unlockBuf()
	if cap(b) == 0 {
		return 0
	}
	return uintptr(unsafe.Pointer(unsafe.SliceData(b[:1])))
}

// cdataSource is the storage, window start and writability of a buffer
// object that from_buffer may share.
func cdataSource(o Object) (src mvBuffer, off, n int, ro, ok bool) {
	if in, isInst := o.(*Instance); isInst && in.base != nil {
		o = in.base
	}
	switch v := o.(type) {
	case *ByteArray:
		b := v.lockBuf()
		n = len(b)
		v.unlockBuf()
		return v, 0, n, false, true
	case *Array:
		b := v.lockBuf()
		n = len(b)
		v.unlockBuf()
		return v, 0, n, false, true
	case *Mmap:
		b := v.lockBuf()
		n = len(b)
		v.unlockBuf()
		return v, 0, n, v.readOnlyBuf(), b != nil
	case *Bytes:
		return nil, 0, len(v.b), true, true
	case *CData:
		s, o2, size := v.window()
		return s, o2, size, v.readOnlyBuf(), true
	case *MemoryView:
		if v.released.Load() || v.ba == nil || v.noncontig {
			return nil, 0, 0, true, v.ba != nil && !v.released.Load()
		}
		return v.ba, v.start, len(v.data()), v.ro, true
	}
	return nil, 0, 0, true, false
}

func cdataSelf(args []Object, name string) (*CData, *BaseException) {
	return nativeSelf[*CData](args, CDataType, name)
}

// cdataPtr reinterprets an address (vet-clean: no uintptr arithmetic on
// a converted pointer).
func cdataPtr(addr uintptr) unsafe.Pointer { return *(*unsafe.Pointer)(unsafe.Pointer(&addr)) }

// cdataUint boxes an address.
func cdataUint(u uint64) Object {
	if u > 1<<62 {
		return NewBigInt(new(big.Int).SetUint64(u))
	}
	return MakeInt(int64(u))
}

func cdataAddrArg(t *Thread, o Object) (uintptr, *BaseException) {
	if o == None {
		return 0, nil
	}
	i, exc := Index(t, o)
	if exc != nil {
		return 0, exc
	}
	switch v := i.(type) {
	case Int:
		return uintptr(v), nil
	case *BigInt:
		return uintptr(v.v.Uint64()), nil
	}
	return 0, nil
}

func init() {
	T := CDataType
	DefStatic(T, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		cls, exc := nativeNewArgs(args, CDataType)
		if exc != nil {
			return nil, exc
		}
		return nativeWrap(cls, CDataType, &CData{src: &cdataMem{}}), nil
	})
	// _b_init(size): fresh zeroed storage of size bytes.
	DefMethod(T, "_b_init", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		c, exc := cdataSelf(args, "_b_init")
		if exc != nil {
			return nil, exc
		}
		if exc := unpackArgs("_b_init", args[1:], kw, 1, 1); exc != nil {
			return nil, exc
		}
		n, exc := indexArg(t, args[1])
		if exc != nil {
			return nil, exc
		}
		c.mu.Lock()
		c.src, c.keep, c.off, c.size, c.ro = &cdataMem{b: make([]byte, n)}, nil, 0, n, false
		c.mu.Unlock()
		return None, nil
	})
	// _b_share(source, offset, size, writable): share size bytes of a
	// buffer object at offset; returns the source's length in bytes, or
	// -1 when it is not a buffer, -2 when it is read-only and writable
	// was asked (nothing is shared then), -3 when it is too short.
	DefMethod(T, "_b_share", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		c, exc := cdataSelf(args, "_b_share")
		if exc != nil {
			return nil, exc
		}
		if exc := unpackArgs("_b_share", args[1:], kw, 4, 4); exc != nil {
			return nil, exc
		}
		off, exc := indexArg(t, args[2])
		if exc != nil {
			return nil, exc
		}
		size, exc := indexArg(t, args[3])
		if exc != nil {
			return nil, exc
		}
		writable, exc := IsTrue(t, args[4])
		if exc != nil {
			return nil, exc
		}
		src, start, n, ro, ok := cdataSource(args[1])
		switch {
		case !ok:
			return MakeInt(-1), nil
		case src == nil || (writable && ro):
			return MakeInt(-2), nil
		case off < 0 || size < 0 || off+size > n:
			return MakeInt(-3), nil
		}
		c.mu.Lock()
		c.src, c.keep, c.off, c.size, c.ro = src, args[1], start+off, size, ro
		c.mu.Unlock()
		return MakeInt(int64(n)), nil
	})
	DefMethod(T, "_b_read", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		c, exc := cdataSelf(args, "_b_read")
		if exc != nil {
			return nil, exc
		}
		if exc := unpackArgs("_b_read", args[1:], kw, 2, 2); exc != nil {
			return nil, exc
		}
		off, exc := indexArg(t, args[1])
		if exc != nil {
			return nil, exc
		}
		n, exc := indexArg(t, args[2])
		if exc != nil {
			return nil, exc
		}
		b := c.lockBuf()
		defer c.unlockBuf()
		if off < 0 || n < 0 || off+n > len(b) {
			return nil, NewError(ValueErrorType, "ctypes: access out of range")
		}
		return NewBytes(append([]byte(nil), b[off:off+n]...)), nil
	})
	DefMethod(T, "_b_write", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		c, exc := cdataSelf(args, "_b_write")
		if exc != nil {
			return nil, exc
		}
		if exc := unpackArgs("_b_write", args[1:], kw, 2, 2); exc != nil {
			return nil, exc
		}
		off, exc := indexArg(t, args[1])
		if exc != nil {
			return nil, exc
		}
		data, ok := bytesLike(args[2])
		if !ok {
			return nil, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", TypeOf(args[2]).name)
		}
		b := c.lockBuf()
		defer c.unlockBuf()
		if off < 0 || off+len(data) > len(b) {
			return nil, NewError(ValueErrorType, "ctypes: access out of range")
		}
		copy(b[off:], data)
		return None, nil
	})
	DefMethod(T, "_b_size", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		c, exc := cdataSelf(args, "_b_size")
		if exc != nil {
			return nil, exc
		}
		_, _, size := c.window()
		return MakeInt(int64(size)), nil
	})
	DefMethod(T, "_b_address", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		c, exc := cdataSelf(args, "_b_address")
		if exc != nil {
			return nil, exc
		}
		return cdataUint(uint64(c.address())), nil
	})
	DefMethod(T, "_b_format", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		c, exc := cdataSelf(args, "_b_format")
		if exc != nil {
			return nil, exc
		}
		if len(args) != 2 {
			return nil, NewError(TypeErrorType, "_b_format expects one argument")
		}
		s, ok := args[1].(*Str)
		if !ok {
			return nil, NewError(TypeErrorType, "_b_format expects a str")
		}
		c.mu.Lock()
		c.fmtName = s.s
		c.mu.Unlock()
		return None, nil
	})
	// _b_resize(n): grow the object's own storage to n bytes (True), or
	// False when it shares another object's bytes.
	DefMethod(T, "_b_resize", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		c, exc := cdataSelf(args, "_b_resize")
		if exc != nil {
			return nil, exc
		}
		if len(args) != 2 {
			return nil, NewError(TypeErrorType, "_b_resize expects one argument")
		}
		n, exc := indexArg(t, args[1])
		if exc != nil {
			return nil, exc
		}
		c.mu.Lock()
		defer c.mu.Unlock()
		mem, ok := c.src.(*cdataMem)
		if !ok {
			return False, nil
		}
		mem.mu.Lock()
		if n > len(mem.b) {
			nb := make([]byte, n)
			copy(nb, mem.b)
			mem.b = nb
		}
		mem.mu.Unlock()
		c.size = n
		return True, nil
	})
}

func initCtypesData(t *Thread, m *Module) *BaseException {
	m.dict.SetStr("CData", CDataType)
	addrs := func(t *Thread, args []Object, n int) ([]uintptr, *BaseException) {
		out := make([]uintptr, n)
		for i := range out {
			a, exc := cdataAddrArg(t, args[i])
			if exc != nil {
				return nil, exc
			}
			out[i] = a
		}
		return out, nil
	}
	// memmove(dst, src, n) and memset(dst, c, n) on addresses; they return dst.
	nativeFunc(m, "memmove", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := unpackArgs("memmove", args, kw, 3, 3); exc != nil {
			return nil, exc
		}
		a, exc := addrs(t, args, 3)
		if exc != nil {
			return nil, exc
		}
		if a[2] > 0 {
			dst := unsafe.Slice((*byte)(cdataPtr(a[0])), a[2])
			src := unsafe.Slice((*byte)(cdataPtr(a[1])), a[2])
			copy(dst, src)
		}
		return cdataUint(uint64(a[0])), nil
	})
	nativeFunc(m, "memset", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := unpackArgs("memset", args, kw, 3, 3); exc != nil {
			return nil, exc
		}
		a, exc := addrs(t, args, 3)
		if exc != nil {
			return nil, exc
		}
		if a[2] > 0 {
			dst := unsafe.Slice((*byte)(cdataPtr(a[0])), a[2])
			for i := range dst {
				dst[i] = byte(a[1])
			}
		}
		return cdataUint(uint64(a[0])), nil
	})
	// string_at(addr, n): n bytes at addr, or up to the first NUL when n < 0.
	nativeFunc(m, "string_at", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := unpackArgs("string_at", args, kw, 2, 2); exc != nil {
			return nil, exc
		}
		addr, exc := cdataAddrArg(t, args[0])
		if exc != nil {
			return nil, exc
		}
		n, exc := indexArg(t, args[1])
		if exc != nil {
			return nil, exc
		}
		if n < 0 {
			n = 0
			for *(*byte)(cdataPtr(addr + uintptr(n))) != 0 {
				n++
			}
		}
		if n == 0 {
			return NewBytes(nil), nil
		}
		return NewBytes(append([]byte(nil), unsafe.Slice((*byte)(cdataPtr(addr)), n)...)), nil
	})
	return nil
}
