package runtime

import (
	goruntime "runtime"
	"strings"
	"syscall"
	"unsafe"
)

// Extended attributes (Linux): os.getxattr, setxattr, removexattr,
// listxattr and the XATTR_* constants. A path may be an open file
// descriptor (the f*xattr calls) and follow_symlinks=False uses the l*xattr
// calls, as CPython's posix module does.

const xattrSizeMax = 65536

func posixXattrFuncs(d *Dict) {
	d.SetStr("XATTR_CREATE", MakeInt(1))
	d.SetStr("XATTR_REPLACE", MakeInt(2))
	d.SetStr("XATTR_SIZE_MAX", MakeInt(xattrSizeMax))
	// The syscall numbers per variant: path, no-follow path, fd.
	type nums struct{ path, link, fd uintptr }
	// pick returns the call's number and first argument; the byte strings
	// passed by address live in pins until the call returns.
	pick := func(n nums, p *pathArg, follow bool, pins *[][]byte) (uintptr, uintptr) {
		if p.fd >= 0 {
			return n.fd, uintptr(p.fd)
		}
		b := append([]byte(p.path), 0)
		*pins = append(*pins, b)
		if follow {
			return n.path, uintptr(unsafe.Pointer(&b[0]))
		}
		return n.link, uintptr(unsafe.Pointer(&b[0]))
	}
	args := func(t *Thread, fname string, a []Object, withAttr bool, allowNone bool) (*pathArg, string, bool, *BaseException) {
		p, exc := pathOf(t, fname, "path", a[0], true, allowNone)
		if exc != nil {
			return nil, "", false, exc
		}
		attr := ""
		if withAttr {
			ap, exc := pathOf(t, fname, "attribute", a[1], false, false)
			if exc != nil {
				return nil, "", false, exc
			}
			attr = ap.path
		}
		follow, exc := optBool(t, a[len(a)-1], true)
		if exc != nil {
			return nil, "", false, exc
		}
		if !follow && p.fd >= 0 {
			return nil, "", false, Errorf(ValueErrorType, "%s: cannot use fd and follow_symlinks together", fname)
		}
		return p, attr, follow, nil
	}
	cstr := func(s string, pins *[][]byte) uintptr {
		b := append([]byte(s), 0)
		*pins = append(*pins, b)
		return uintptr(unsafe.Pointer(&b[0]))
	}
	posixFunc(d, "getxattr", []string{"path", "attribute", "$", "follow_symlinks?"}, func(t *Thread, a []Object) (Object, *BaseException) {
		p, attr, follow, exc := args(t, "getxattr", a, true, false)
		if exc != nil {
			return nil, exc
		}
		var pins [][]byte
		trap, target := pick(nums{syscall.SYS_GETXATTR, syscall.SYS_LGETXATTR, syscall.SYS_FGETXATTR}, p, follow, &pins)
		defer goruntime.KeepAlive(&pins)
		name := cstr(attr, &pins)
		for size := 128; ; size *= 2 {
			if size > xattrSizeMax {
				size = xattrSizeMax
			}
			buf := make([]byte, size)
			n, _, e := syscall.Syscall6(trap, target, name, uintptr(unsafe.Pointer(&buf[0])), uintptr(size), 0, 0)
			if e == syscall.ERANGE && size < xattrSizeMax {
				continue
			}
			if e != 0 {
				return nil, osErrorFromErr(e, p.errObj())
			}
			return NewBytes(buf[:n]), nil
		}
	})
	posixFunc(d, "setxattr", []string{"path", "attribute", "value", "flags?", "$", "follow_symlinks?"}, func(t *Thread, a []Object) (Object, *BaseException) {
		p, attr, follow, exc := args(t, "setxattr", a, true, false)
		if exc != nil {
			return nil, exc
		}
		val, ok := bytesLike(Unwrap(a[2]))
		if !ok {
			return nil, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", TypeOf(a[2]).name)
		}
		flags, exc := optInt(t, a[3], 0)
		if exc != nil {
			return nil, exc
		}
		var pins [][]byte
		trap, target := pick(nums{syscall.SYS_SETXATTR, syscall.SYS_LSETXATTR, syscall.SYS_FSETXATTR}, p, follow, &pins)
		defer goruntime.KeepAlive(&pins)
		var vp uintptr
		if len(val) > 0 {
			vp = uintptr(unsafe.Pointer(&val[0]))
		}
		if _, _, e := syscall.Syscall6(trap, target, cstr(attr, &pins), vp, uintptr(len(val)), uintptr(flags), 0); e != 0 {
			return nil, osErrorFromErr(e, p.errObj())
		}
		return None, nil
	})
	posixFunc(d, "removexattr", []string{"path", "attribute", "$", "follow_symlinks?"}, func(t *Thread, a []Object) (Object, *BaseException) {
		p, attr, follow, exc := args(t, "removexattr", a, true, false)
		if exc != nil {
			return nil, exc
		}
		var pins [][]byte
		trap, target := pick(nums{syscall.SYS_REMOVEXATTR, syscall.SYS_LREMOVEXATTR, syscall.SYS_FREMOVEXATTR}, p, follow, &pins)
		defer goruntime.KeepAlive(&pins)
		if _, _, e := syscall.Syscall(trap, target, cstr(attr, &pins), 0); e != 0 {
			return nil, osErrorFromErr(e, p.errObj())
		}
		return None, nil
	})
	posixFunc(d, "listxattr", []string{"path?", "$", "follow_symlinks?"}, func(t *Thread, a []Object) (Object, *BaseException) {
		p, _, follow, exc := args(t, "listxattr", a, false, true)
		if exc != nil {
			return nil, exc
		}
		var pins [][]byte
		trap, target := pick(nums{syscall.SYS_LISTXATTR, syscall.SYS_LLISTXATTR, syscall.SYS_FLISTXATTR}, p, follow, &pins)
		defer goruntime.KeepAlive(&pins)
		for size := 256; ; size *= 2 {
			if size > xattrSizeMax {
				size = xattrSizeMax
			}
			buf := make([]byte, size)
			n, _, e := syscall.Syscall(trap, target, uintptr(unsafe.Pointer(&buf[0])), uintptr(size))
			if e == syscall.ERANGE && size < xattrSizeMax {
				continue
			}
			if e != 0 {
				return nil, osErrorFromErr(e, p.errObj())
			}
			out := []Object{}
			for _, s := range strings.Split(string(buf[:n]), "\x00") {
				if s != "" {
					out = append(out, decodeFS([]byte(s)))
				}
			}
			return NewList(out...), nil
		}
	})
}
