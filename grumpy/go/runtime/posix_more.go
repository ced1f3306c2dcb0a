package runtime

import (
	"crypto/rand"
	goruntime "runtime"
	"strings"
	"syscall"
	"unsafe"
)

// Less common posix functions: exec, ids, priorities, pathconf, mknod,
// sendfile.

func init() { posixExtra = posixMoreFuncs }

func posixMoreFuncs(d *Dict) {
	execFn := func(name string, withEnv bool) {
		params := []string{"path", "argv", "/"}
		if withEnv {
			params = []string{"path", "argv", "env"}
		}
		posixFunc(d, name, params, func(t *Thread, a []Object) (Object, *BaseException) {
			p, exc := pathOf(t, name, "path", a[0], withEnv, false)
			if exc != nil {
				return nil, exc
			}
			switch a[1].(type) {
			case *Tuple, *List:
			default:
				if withEnv {
					return nil, NewError(TypeErrorType, "execve: argv must be a tuple or list")
				}
				return nil, NewError(TypeErrorType, "execv() arg 2 must be a tuple or list")
			}
			argv, exc := bytesListArg(t, a[1])
			if exc != nil {
				return nil, exc
			}
			if len(argv) == 0 {
				if withEnv {
					return nil, NewError(ValueErrorType, "execve: argv must not be empty")
				}
				return nil, NewError(ValueErrorType, "execv() arg 2 must not be empty")
			}
			if argv[0] == "" {
				if withEnv {
					return nil, NewError(ValueErrorType, "execve: argv first element cannot be empty")
				}
				return nil, NewError(ValueErrorType, "execv() arg 2 first element cannot be empty")
			}
			env := syscall.Environ()
			if withEnv {
				keys, exc := CallMethod(t, a[2], InternStr("keys"), nil, nil)
				if exc != nil {
					return nil, NewError(TypeErrorType, "execve: environment must be a mapping object")
				}
				ks, exc := ToSlice(t, keys)
				if exc != nil {
					return nil, exc
				}
				env = env[:0:0]
				for _, k := range ks {
					v, exc := GetItem(t, a[2], k)
					if exc != nil {
						return nil, exc
					}
					kp, exc := envArg(t, k, "key")
					if exc != nil {
						return nil, exc
					}
					vp, exc := envArg(t, v, "value")
					if exc != nil {
						return nil, exc
					}
					if strings.IndexByte(kp, 0) >= 0 || strings.IndexByte(vp, 0) >= 0 {
						return nil, NewError(ValueErrorType, "embedded null byte")
					}
					if kp == "" || strings.IndexByte(kp[1:], '=') >= 0 {
						return nil, NewError(ValueErrorType, "illegal environment variable name")
					}
					env = append(env, kp+"="+vp)
				}
			}
			runAtExitForExec(t)
			FlushStdStreams()
			goruntime.LockOSThread()
			path := p.path
			if p.fd >= 0 {
				path = sprintf("/proc/self/fd/%d", p.fd)
			}
			err := syscall.Exec(path, argv, env)
			goruntime.UnlockOSThread()
			return nil, osErrorFromErr(err, p.errObj())
		})
	}
	execFn("execv", false)
	execFn("execve", true)
	posixFunc(d, "mknod", []string{"path", "mode?", "device?", "$", "dir_fd?"}, func(t *Thread, a []Object) (Object, *BaseException) {
		p, exc := pathOf(t, "mknod", "path", a[0], false, false)
		if exc != nil {
			return nil, exc
		}
		mode, exc := optInt(t, a[1], 0o600)
		if exc != nil {
			return nil, exc
		}
		dev, exc := optInt(t, a[2], 0)
		if exc != nil {
			return nil, exc
		}
		dfd, exc := dirFDArg(t, a[3])
		if exc != nil {
			return nil, exc
		}
		if err := syscall.Mknodat(dfd, p.path, uint32(mode), int(dev)); err != nil {
			return nil, osErrorFromErr(err, p.errObj())
		}
		return None, nil
	})
	pcNames := map[string]int64{"PC_LINK_MAX": 0, "PC_MAX_CANON": 1, "PC_MAX_INPUT": 2, "PC_NAME_MAX": 3, "PC_PATH_MAX": 4,
		"PC_PIPE_BUF": 5, "PC_CHOWN_RESTRICTED": 6, "PC_NO_TRUNC": 7, "PC_VDISABLE": 8, "PC_FILESIZEBITS": 13}
	pcd := NewDict()
	for k, v := range pcNames {
		pcd.SetStr(k, MakeInt(v))
	}
	d.SetStr("pathconf_names", pcd)
	pathconf := func(t *Thread, name Object) (int64, *BaseException) {
		if s, ok := strArgOf(name); ok {
			v, ok := pcNames[s.s]
			if !ok {
				return 0, NewError(ValueErrorType, "unrecognized configuration name")
			}
			return v, nil
		}
		return ioIntArg(t, name)
	}
	pcValue := func(code int64) Object {
		switch code {
		case 0:
			return MakeInt(65000)
		case 1, 2:
			return MakeInt(255)
		case 3:
			return MakeInt(255)
		case 4:
			return MakeInt(4096)
		case 5:
			return MakeInt(4096)
		case 6, 7:
			return MakeInt(1)
		case 8:
			return MakeInt(0)
		case 13:
			return MakeInt(64)
		}
		return MakeInt(-1)
	}
	posixFunc(d, "pathconf", []string{"path", "name"}, func(t *Thread, a []Object) (Object, *BaseException) {
		p, exc := pathOf(t, "pathconf", "path", a[0], true, false)
		if exc != nil {
			return nil, exc
		}
		code, exc := pathconf(t, a[1])
		if exc != nil {
			return nil, exc
		}
		var st syscall.Stat_t
		if p.fd >= 0 {
			if err := syscall.Fstat(p.fd, &st); err != nil {
				return nil, osErrorFromErr(err, nil)
			}
		} else if err := syscall.Stat(p.path, &st); err != nil {
			return nil, osErrorFromErr(err, p.errObj())
		}
		return pcValue(code), nil
	})
	posixFunc(d, "fpathconf", []string{"fd", "name", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
		fd, exc := fdArg(t, a[0])
		if exc != nil {
			return nil, exc
		}
		code, exc := pathconf(t, a[1])
		if exc != nil {
			return nil, exc
		}
		var st syscall.Stat_t
		if err := syscall.Fstat(fd, &st); err != nil {
			return nil, osErrorFromErr(err, nil)
		}
		return pcValue(code), nil
	})
	csNames := map[string]int64{"CS_PATH": 0, "CS_GNU_LIBC_VERSION": 2, "CS_GNU_LIBPTHREAD_VERSION": 3}
	csd := NewDict()
	for k, v := range csNames {
		csd.SetStr(k, MakeInt(v))
	}
	d.SetStr("confstr_names", csd)
	posixFunc(d, "confstr", []string{"name", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
		var code int64
		if s, ok := strArgOf(a[0]); ok {
			v, ok := csNames[s.s]
			if !ok {
				return nil, NewError(ValueErrorType, "unrecognized configuration name")
			}
			code = v
		} else {
			c, exc := ioIntArg(t, a[0])
			if exc != nil {
				return nil, exc
			}
			code = c
		}
		switch code {
		case 0:
			return NewStr("/bin:/usr/bin"), nil
		case 2:
			return NewStr("glibc 2.36"), nil
		case 3:
			return NewStr("NPTL 2.36"), nil
		}
		return nil, NewOSError(int(syscall.EINVAL), nil)
	})
	posixFunc(d, "chroot", []string{"path"}, func(t *Thread, a []Object) (Object, *BaseException) {
		p, exc := pathOf(t, "chroot", "path", a[0], false, false)
		if exc != nil {
			return nil, exc
		}
		if err := syscall.Chroot(p.path); err != nil {
			return nil, osErrorFromErr(err, p.errObj())
		}
		return None, nil
	})
	posixFunc(d, "ctermid", nil, func(t *Thread, a []Object) (Object, *BaseException) {
		return NewStr("/dev/tty"), nil
	})
	posixFunc(d, "getpriority", []string{"which", "who"}, func(t *Thread, a []Object) (Object, *BaseException) {
		which, exc := ioIntArg(t, a[0])
		if exc != nil {
			return nil, exc
		}
		who, exc := ioIntArg(t, a[1])
		if exc != nil {
			return nil, exc
		}
		r, err := syscall.Getpriority(int(which), int(who))
		if err != nil {
			return nil, osErrorFromErr(err, nil)
		}
		return MakeInt(int64(20 - r)), nil
	})
	posixFunc(d, "setpriority", []string{"which", "who", "priority"}, func(t *Thread, a []Object) (Object, *BaseException) {
		vals := make([]int64, 3)
		for i := range vals {
			v, exc := ioIntArg(t, a[i])
			if exc != nil {
				return nil, exc
			}
			vals[i] = v
		}
		if err := syscall.Setpriority(int(vals[0]), int(vals[1]), int(vals[2])); err != nil {
			return nil, osErrorFromErr(err, nil)
		}
		return None, nil
	})
	posixFunc(d, "nice", []string{"increment", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
		inc, exc := ioIntArg(t, a[0])
		if exc != nil {
			return nil, exc
		}
		cur, err := syscall.Getpriority(syscall.PRIO_PROCESS, 0)
		if err != nil {
			return nil, osErrorFromErr(err, nil)
		}
		nv := 20 - cur + int(inc)
		if err := syscall.Setpriority(syscall.PRIO_PROCESS, 0, nv); err != nil {
			return nil, osErrorFromErr(err, nil)
		}
		return MakeInt(int64(nv)), nil
	})
	setID := func(name string, nr uintptr, nargs int) {
		params := []string{"id", "/"}
		if nargs == 2 {
			params = []string{"a", "b", "/"}
		} else if nargs == 3 {
			params = []string{"a", "b", "c", "/"}
		}
		posixFunc(d, name, params, func(t *Thread, a []Object) (Object, *BaseException) {
			var vals [3]uintptr
			kind := "uid"
			if name[len(name)-3:] == "gid" {
				kind = "gid"
			}
			for i := 0; i < nargs; i++ {
				v, exc := idArg(t, a[i], kind)
				if exc != nil {
					return nil, exc
				}
				vals[i] = v
			}
			// AllThreadsSyscall applies the change to every thread, as the C
			// library's wrappers do.
			if _, _, e := syscall.AllThreadsSyscall(nr, vals[0], vals[1], vals[2]); e != 0 {
				return nil, NewOSError(int(e), nil)
			}
			return None, nil
		})
	}
	setID("setuid", syscall.SYS_SETUID, 1)
	setID("setgid", syscall.SYS_SETGID, 1)
	setID("setreuid", syscall.SYS_SETREUID, 2)
	setID("setregid", syscall.SYS_SETREGID, 2)
	setID("setresuid", syscall.SYS_SETRESUID, 3)
	setID("setresgid", syscall.SYS_SETRESGID, 3)
	posixFunc(d, "seteuid", []string{"euid", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
		v, exc := idArg(t, a[0], "uid")
		if exc != nil {
			return nil, exc
		}
		if _, _, e := syscall.AllThreadsSyscall(syscall.SYS_SETRESUID, ^uintptr(0), v, ^uintptr(0)); e != 0 {
			return nil, NewOSError(int(e), nil)
		}
		return None, nil
	})
	posixFunc(d, "setegid", []string{"egid", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
		v, exc := idArg(t, a[0], "gid")
		if exc != nil {
			return nil, exc
		}
		if _, _, e := syscall.AllThreadsSyscall(syscall.SYS_SETRESGID, ^uintptr(0), v, ^uintptr(0)); e != 0 {
			return nil, NewOSError(int(e), nil)
		}
		return None, nil
	})
	getres := func(name string, nr uintptr) {
		posixFunc(d, name, nil, func(t *Thread, a []Object) (Object, *BaseException) {
			var r, e, s uint32
			if _, _, errno := syscall.RawSyscall(nr, uintptr(unsafe.Pointer(&r)), uintptr(unsafe.Pointer(&e)), uintptr(unsafe.Pointer(&s))); errno != 0 {
				return nil, NewOSError(int(errno), nil)
			}
			return NewTuple(MakeInt(int64(r)), MakeInt(int64(e)), MakeInt(int64(s))), nil
		})
	}
	getres("getresuid", syscall.SYS_GETRESUID)
	getres("getresgid", syscall.SYS_GETRESGID)
	posixFunc(d, "sched_yield", nil, func(t *Thread, a []Object) (Object, *BaseException) {
		goruntime.Gosched()
		return None, nil
	})
	posixFunc(d, "getrandom", []string{"size", "flags?"}, func(t *Thread, a []Object) (Object, *BaseException) {
		n, exc := ioIntArg(t, a[0])
		if exc != nil {
			return nil, exc
		}
		if n < 0 {
			return nil, NewOSError(int(syscall.EINVAL), nil)
		}
		b := make([]byte, n)
		rand.Read(b)
		return NewBytes(b), nil
	})
	posixFunc(d, "posix_fadvise", []string{"fd", "offset", "length", "advice", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
		if _, exc := fdArg(t, a[0]); exc != nil {
			return nil, exc
		}
		return None, nil
	})
	posixFunc(d, "posix_fallocate", []string{"fd", "offset", "length", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
		fd, exc := fdArg(t, a[0])
		if exc != nil {
			return nil, exc
		}
		off, exc := ioIntArg(t, a[1])
		if exc != nil {
			return nil, exc
		}
		n, exc := ioIntArg(t, a[2])
		if exc != nil {
			return nil, exc
		}
		if err := syscall.Fallocate(fd, 0, off, n); err != nil {
			return nil, osErrorFromErr(err, nil)
		}
		return None, nil
	})
	posixFunc(d, "sendfile", []string{"out_fd", "in_fd", "offset", "count"}, func(t *Thread, a []Object) (Object, *BaseException) {
		out, exc := fdArg(t, a[0])
		if exc != nil {
			return nil, exc
		}
		in, exc := fdArg(t, a[1])
		if exc != nil {
			return nil, exc
		}
		count, exc := ioIntArg(t, a[3])
		if exc != nil {
			return nil, exc
		}
		var offp *int64
		if a[2] != None {
			off, exc := ioIntArg(t, a[2])
			if exc != nil {
				return nil, exc
			}
			offp = &off
		}
		flushStdFor(out)
		n, err := syscall.Sendfile(out, in, offp, int(count))
		if err != nil {
			return nil, osErrorFromErr(err, nil)
		}
		return MakeInt(int64(n)), nil
	})
	posixFunc(d, "setgroups", []string{"groups", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
		items, exc := ToSlice(t, a[0])
		if exc != nil {
			return nil, exc
		}
		gs := make([]int, len(items))
		for i, it := range items {
			v, exc := ioIntArg(t, it)
			if exc != nil {
				return nil, exc
			}
			gs[i] = int(v)
		}
		if err := syscall.Setgroups(gs); err != nil {
			return nil, osErrorFromErr(err, nil)
		}
		return None, nil
	})
}

// runAtExitForExec: exec replaces the process without running atexit
// handlers (as CPython), but unclosed files are flushed as the C library
// would flush stdio.
func runAtExitForExec(t *Thread) { flushDirtyFiles(t) }
