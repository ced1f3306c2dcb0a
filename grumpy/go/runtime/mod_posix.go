package runtime

import (
	"crypto/rand"
	"math"
	"math/big"
	"os"
	goruntime "runtime"
	"strings"
	"syscall"
	"time"
)

// The posix module (what os.py builds on): file system calls through Go's
// syscall package, os.environ's source dict, process information, and the
// constants os.py and its users expect.

func init() {
	RegisterModule(&ModuleSpec{Name: "posix", Native: initPosix})
}

// posixFunc registers a module function whose parameters are bound by name
// (params as ParseArgs takes them); unfilled optional parameters are nil.
func posixFunc(d *Dict, name string, params []string, fn func(t *Thread, a []Object) (Object, *BaseException)) {
	n := 0
	for _, p := range params {
		if p != "$" && p != "/" {
			n++
		}
	}
	b := NewBuiltin(name, func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		vals := make([]Object, n)
		ptrs := make([]*Object, n)
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if exc := ParseArgs(name, args, kw, params, ptrs...); exc != nil {
			return nil, exc
		}
		return fn(t, vals)
	})
	b.module = "posix"
	d.SetStr(name, b)
}

func optInt(t *Thread, o Object, def int64) (int64, *BaseException) {
	if o == nil || o == None {
		return def, nil
	}
	return ioIntArg(t, o)
}

func optBool(t *Thread, o Object, def bool) (bool, *BaseException) {
	if o == nil {
		return def, nil
	}
	return IsTrue(t, o)
}

func noneOr(o Object) bool { return o == nil || o == None }

// posixEnviron builds posix.environ: a dict of bytes to bytes.
func posixEnviron() *Dict {
	d := NewDict()
	for _, kv := range syscall.Environ() {
		i := strings.IndexByte(kv, '=')
		if i <= 0 {
			continue
		}
		k := NewBytes([]byte(kv[:i]))
		if v, _ := d.GetItem(nil, k); v != nil {
			continue
		}
		d.SetItem(nil, k, NewBytes([]byte(kv[i+1:])))
	}
	return d
}

func envArg(t *Thread, o Object, what string) (string, *BaseException) {
	switch v := Unwrap(o).(type) {
	case *Str:
		b, exc := encodeFS(t, v)
		if exc != nil {
			return "", exc
		}
		return string(b), nil
	case *Bytes:
		return string(v.b), nil
	}
	p, exc := pathOf(t, "", "", o, false, false)
	if exc != nil {
		return "", Errorf(TypeErrorType, "expected str, bytes or os.PathLike object, not %s", TypeOf(o).name)
	}
	return p.path, nil
}

func cString(b []int8) string {
	out := make([]byte, 0, len(b))
	for _, c := range b {
		if c == 0 {
			break
		}
		out = append(out, byte(c))
	}
	return string(out)
}

var (
	statResultType = newSeqType("os", "stat_result", []string{"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
		"", "", "", "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev"}, 10,
		"stat_result: Result from stat, fstat, or lstat.")
	statvfsResultType = newSeqType("os", "statvfs_result", []string{"f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files",
		"f_ffree", "f_favail", "f_flag", "f_namemax", "f_fsid"}, 10, "statvfs_result: Result from statvfs or fstatvfs.")
	unameResultType = newSeqType("posix", "uname_result", []string{"sysname", "nodename", "release", "version", "machine"}, 5,
		"uname_result: Result from os.uname().")
	timesResultType = newSeqType("posix", "times_result", []string{"user", "system", "children_user", "children_system", "elapsed"}, 5,
		"times_result: Result from os.times().")
	terminalSizeType = newSeqType("os", "terminal_size", []string{"columns", "lines"}, 2,
		"A tuple of (columns, lines) for holding terminal window size")
)

func statResult(st *syscall.Stat_t) Object {
	ts := func(sec, nsec int64) (Object, Object, Object) {
		return MakeInt(sec), Float(float64(sec) + float64(nsec)*1e-9), intAdd(intMul(MakeInt(sec), MakeInt(1000000000)), MakeInt(nsec))
	}
	ai, af, an := ts(int64(st.Atim.Sec), int64(st.Atim.Nsec))
	mi, mf, mn := ts(int64(st.Mtim.Sec), int64(st.Mtim.Nsec))
	ci, cf, cn := ts(int64(st.Ctim.Sec), int64(st.Ctim.Nsec))
	ino := Object(MakeInt(int64(st.Ino)))
	if int64(st.Ino) < 0 {
		ino = NewBigInt(new(big.Int).SetUint64(uint64(st.Ino)))
	}
	return makeSeq(statResultType, []Object{MakeInt(int64(st.Mode)), ino, MakeInt(int64(st.Dev)), MakeInt(int64(st.Nlink)),
		MakeInt(int64(st.Uid)), MakeInt(int64(st.Gid)), MakeInt(int64(st.Size)), ai, mi, ci, af, mf, cf, an, mn, cn,
		MakeInt(int64(st.Blksize)), MakeInt(int64(st.Blocks)), MakeInt(int64(st.Rdev))})
}

var posixHaveFunctions = []string{"HAVE_FACCESSAT", "HAVE_FEXECVE", "HAVE_MKNODAT", "HAVE_MKFIFOAT", "HAVE_FPATHCONF", "HAVE_FCHDIR", "HAVE_FCHMOD", "HAVE_FCHMODAT", "HAVE_FCHOWN",
	"HAVE_FCHOWNAT", "HAVE_FDOPENDIR", "HAVE_FSTATAT", "HAVE_FSTATVFS", "HAVE_FTRUNCATE", "HAVE_FUTIMENS",
	"HAVE_LINKAT", "HAVE_LCHOWN", "HAVE_LSTAT", "HAVE_MKDIRAT", "HAVE_OPENAT", "HAVE_READLINKAT", "HAVE_RENAMEAT",
	"HAVE_SYMLINKAT", "HAVE_UNLINKAT", "HAVE_UTIMENSAT"}

func initPosix(t *Thread, m *Module) *BaseException {
	d := m.dict
	d.SetStr("__doc__", NewStr("This module provides access to operating system functionality that is\nstandardized by the C Standard and the POSIX standard (a thinly\ndisguised Unix interface).  Refer to the library manual and\ncorresponding Unix manual entries for more information on calls."))
	d.SetStr("error", OSErrorType)
	d.SetStr("environ", posixEnviron())
	have := make([]Object, len(posixHaveFunctions))
	for i, s := range posixHaveFunctions {
		have[i] = NewStr(s)
	}
	d.SetStr("_have_functions", NewList(have...))
	d.SetStr("stat_result", statResultType)
	d.SetStr("statvfs_result", statvfsResultType)
	d.SetStr("uname_result", unameResultType)
	d.SetStr("times_result", timesResultType)
	d.SetStr("terminal_size", terminalSizeType)
	d.SetStr("DirEntry", DirEntryType)
	posixConstants(d)
	posixFileFuncs(t, d)
	posixFDFuncs(d)
	posixProcFuncs(d)
	posixSpawnFuncs(d)
	posixXattrFuncs(d)
	posixLinuxFuncs(d)
	posixVecFuncs(d)
	if posixExtra != nil {
		posixExtra(d)
	}
	return nil
}

// posixExtra adds the less common functions (posix_more.go).
var posixExtra func(d *Dict)

func posixConstants(d *Dict) {
	ints := map[string]int64{
		"F_OK": 0, "R_OK": 4, "W_OK": 2, "X_OK": 1,
		"O_RDONLY": syscall.O_RDONLY, "O_WRONLY": syscall.O_WRONLY, "O_RDWR": syscall.O_RDWR, "O_APPEND": syscall.O_APPEND,
		"O_CREAT": syscall.O_CREAT, "O_EXCL": syscall.O_EXCL, "O_TRUNC": syscall.O_TRUNC, "O_NONBLOCK": syscall.O_NONBLOCK,
		"O_NDELAY": syscall.O_NDELAY, "O_SYNC": syscall.O_SYNC, "O_DSYNC": syscall.O_DSYNC, "O_RSYNC": syscall.O_RSYNC,
		"O_NOCTTY": syscall.O_NOCTTY, "O_CLOEXEC": syscall.O_CLOEXEC, "O_DIRECTORY": syscall.O_DIRECTORY,
		"O_NOFOLLOW": syscall.O_NOFOLLOW, "O_ACCMODE": syscall.O_ACCMODE, "O_ASYNC": syscall.O_ASYNC,
		"O_DIRECT": syscall.O_DIRECT, "O_LARGEFILE": syscall.O_LARGEFILE, "O_NOATIME": syscall.O_NOATIME,
		"O_FSYNC": syscall.O_FSYNC, "O_PATH": 0x200000, "O_TMPFILE": 0x410000,
		"SEEK_SET": 0, "SEEK_CUR": 1, "SEEK_END": 2, "SEEK_DATA": 3, "SEEK_HOLE": 4,
		"WNOHANG": syscall.WNOHANG, "WUNTRACED": syscall.WUNTRACED, "WCONTINUED": syscall.WCONTINUED,
		"WEXITED": 4, "WSTOPPED": 2, "WNOWAIT": 0x1000000,
		"P_PID": 1, "P_PGID": 2, "P_ALL": 0, "P_PIDFD": 3,
		"CLD_EXITED": 1, "CLD_KILLED": 2, "CLD_DUMPED": 3, "CLD_TRAPPED": 4, "CLD_STOPPED": 5, "CLD_CONTINUED": 6,
		"EX_OK": 0, "EX_USAGE": 64, "EX_DATAERR": 65, "EX_NOINPUT": 66, "EX_NOUSER": 67, "EX_NOHOST": 68,
		"EX_UNAVAILABLE": 69, "EX_SOFTWARE": 70, "EX_OSERR": 71, "EX_OSFILE": 72, "EX_CANTCREAT": 73, "EX_IOERR": 74,
		"EX_TEMPFAIL": 75, "EX_PROTOCOL": 76, "EX_NOPERM": 77, "EX_CONFIG": 78,
		"F_LOCK": 1, "F_TLOCK": 2, "F_ULOCK": 0, "F_TEST": 3,
		"PRIO_PROCESS": 0, "PRIO_PGRP": 1, "PRIO_USER": 2,
		"RTLD_LAZY": 1, "RTLD_NOW": 2, "RTLD_GLOBAL": 0x100, "RTLD_LOCAL": 0, "RTLD_NODELETE": 0x1000,
		"RTLD_NOLOAD": 4, "RTLD_DEEPBIND": 8,
		"SCHED_OTHER": 0, "SCHED_FIFO": 1, "SCHED_RR": 2, "SCHED_BATCH": 3, "SCHED_IDLE": 5, "SCHED_RESET_ON_FORK": 0x40000000,
		"ST_RDONLY": 1, "ST_NOSUID": 2, "ST_NODEV": 4, "ST_NOEXEC": 8, "ST_SYNCHRONOUS": 16, "ST_MANDLOCK": 64,
		"ST_WRITE": 128, "ST_APPEND": 256, "ST_NOATIME": 1024, "ST_NODIRATIME": 2048, "ST_RELATIME": 4096,
		"NGROUPS_MAX": 65536, "TMP_MAX": 238328,
		"POSIX_FADV_NORMAL": 0, "POSIX_FADV_RANDOM": 1, "POSIX_FADV_SEQUENTIAL": 2, "POSIX_FADV_WILLNEED": 3,
		"POSIX_FADV_DONTNEED": 4, "POSIX_FADV_NOREUSE": 5,
		"GRND_NONBLOCK": 1, "GRND_RANDOM": 2, "P_WAIT": 0, "P_NOWAIT": 1, "P_NOWAITO": 1,
	}
	for k, v := range ints {
		d.SetStr(k, MakeInt(v))
	}
}

func posixFileFuncs(t *Thread, d *Dict) {
	posixFunc(d, "stat", []string{"path", "$", "dir_fd?", "follow_symlinks?"}, func(t *Thread, a []Object) (Object, *BaseException) {
		return posixStat(t, "stat", a[0], a[1], a[2], true)
	})
	posixFunc(d, "lstat", []string{"path", "$", "dir_fd?"}, func(t *Thread, a []Object) (Object, *BaseException) {
		return posixStat(t, "lstat", a[0], a[1], False, false)
	})
	posixFunc(d, "fstat", []string{"fd"}, func(t *Thread, a []Object) (Object, *BaseException) {
		fd, exc := fdArg(t, a[0])
		if exc != nil {
			return nil, exc
		}
		var st syscall.Stat_t
		if exc := eintrRetry(t, func() error { return syscall.Fstat(fd, &st) }); exc != nil {
			return nil, exc
		}
		return statResult(&st), nil
	})
	posixFunc(d, "getcwd", nil, func(t *Thread, a []Object) (Object, *BaseException) {
		s, err := syscall.Getwd()
		if err != nil {
			return nil, osErrorFromErr(err, nil)
		}
		return decodeFS([]byte(s)), nil
	})
	posixFunc(d, "getcwdb", nil, func(t *Thread, a []Object) (Object, *BaseException) {
		s, err := syscall.Getwd()
		if err != nil {
			return nil, osErrorFromErr(err, nil)
		}
		return NewBytes([]byte(s)), nil
	})
	posixFunc(d, "chdir", []string{"path"}, func(t *Thread, a []Object) (Object, *BaseException) {
		p, exc := pathOf(t, "chdir", "path", a[0], true, false)
		if exc != nil {
			return nil, exc
		}
		var err error
		if p.fd >= 0 {
			err = syscall.Fchdir(p.fd)
		} else {
			err = syscall.Chdir(p.path)
		}
		if err != nil {
			return nil, osErrorFromErr(err, p.errObj())
		}
		return None, nil
	})
	posixFunc(d, "fchdir", []string{"fd"}, func(t *Thread, a []Object) (Object, *BaseException) {
		fd, exc := fdArg(t, a[0])
		if exc != nil {
			return nil, exc
		}
		if err := syscall.Fchdir(fd); err != nil {
			return nil, osErrorFromErr(err, nil)
		}
		return None, nil
	})
	posixFunc(d, "mkdir", []string{"path", "mode?", "$", "dir_fd?"}, func(t *Thread, a []Object) (Object, *BaseException) {
		p, exc := pathOf(t, "mkdir", "path", a[0], false, false)
		if exc != nil {
			return nil, exc
		}
		mode, exc := optInt(t, a[1], 0o777)
		if exc != nil {
			return nil, exc
		}
		dfd, exc := dirFDArg(t, a[2])
		if exc != nil {
			return nil, exc
		}
		if err := syscall.Mkdirat(dfd, p.path, uint32(mode)); err != nil {
			return nil, osErrorFromErr(err, p.errObj())
		}
		return None, nil
	})
	posixFunc(d, "rmdir", []string{"path", "$", "dir_fd?"}, func(t *Thread, a []Object) (Object, *BaseException) {
		p, exc := pathOf(t, "rmdir", "path", a[0], false, false)
		if exc != nil {
			return nil, exc
		}
		dfd, exc := dirFDArg(t, a[1])
		if exc != nil {
			return nil, exc
		}
		if err := sysUnlinkat(dfd, p.path, atRemoveDir); err != nil {
			return nil, osErrorFromErr(err, p.errObj())
		}
		return None, nil
	})
	for _, name := range []string{"remove", "unlink"} {
		name := name
		posixFunc(d, name, []string{"path", "$", "dir_fd?"}, func(t *Thread, a []Object) (Object, *BaseException) {
			p, exc := pathOf(t, name, "path", a[0], false, false)
			if exc != nil {
				return nil, exc
			}
			dfd, exc := dirFDArg(t, a[1])
			if exc != nil {
				return nil, exc
			}
			if err := sysUnlinkat(dfd, p.path, 0); err != nil {
				return nil, osErrorFromErr(err, p.errObj())
			}
			return None, nil
		})
	}
	for _, name := range []string{"rename", "replace"} {
		name := name
		posixFunc(d, name, []string{"src", "dst", "$", "src_dir_fd?", "dst_dir_fd?"}, func(t *Thread, a []Object) (Object, *BaseException) {
			src, exc := pathOf(t, name, "src", a[0], false, false)
			if exc != nil {
				return nil, exc
			}
			dst, exc := pathOf(t, name, "dst", a[1], false, false)
			if exc != nil {
				return nil, exc
			}
			// (CPython requires src and dst of the same type on Windows only.)
			sfd, exc := dirFDArg(t, a[2])
			if exc != nil {
				return nil, exc
			}
			dfd, exc := dirFDArg(t, a[3])
			if exc != nil {
				return nil, exc
			}
			if err := syscall.Renameat(sfd, src.path, dfd, dst.path); err != nil {
				return nil, osErrorFromErr2(err, src.errObj(), dst.errObj())
			}
			return None, nil
		})
	}
	posixFunc(d, "listdir", []string{"path?"}, func(t *Thread, a []Object) (Object, *BaseException) {
		p, exc := pathOf(t, "listdir", "path", a[0], true, true)
		if exc != nil {
			return nil, exc
		}
		ents, exc := readDirEntries(t, p)
		if exc != nil {
			return nil, exc
		}
		out := make([]Object, len(ents))
		for i, e := range ents {
			out[i] = p.result(e.name)
		}
		return NewList(out...), nil
	})
	posixFunc(d, "scandir", []string{"path?"}, func(t *Thread, a []Object) (Object, *BaseException) {
		p, exc := pathOf(t, "scandir", "path", a[0], true, true)
		if exc != nil {
			return nil, exc
		}
		return newScandirIterator(t, p)
	})
	posixFunc(d, "access", []string{"path", "mode", "$", "dir_fd?", "effective_ids?", "follow_symlinks?"}, func(t *Thread, a []Object) (Object, *BaseException) {
		p, exc := pathOf(t, "access", "path", a[0], false, false)
		if exc != nil {
			return nil, exc
		}
		mode, exc := ioIntArg(t, a[1])
		if exc != nil {
			return nil, exc
		}
		dfd, exc := dirFDArg(t, a[2])
		if exc != nil {
			return nil, exc
		}
		flags := 0
		if b, exc := optBool(t, a[3], false); exc != nil {
			return nil, exc
		} else if b {
			flags |= atEaccess
		}
		if b, exc := optBool(t, a[4], true); exc != nil {
			return nil, exc
		} else if !b {
			flags |= atSymlinkNofollow
		}
		err := syscall.Faccessat(dfd, p.path, uint32(mode), flags)
		return Bool(err == nil), nil
	})
	posixFunc(d, "chmod", []string{"path", "mode", "$", "dir_fd?", "follow_symlinks?"}, func(t *Thread, a []Object) (Object, *BaseException) {
		p, exc := pathOf(t, "chmod", "path", a[0], true, false)
		if exc != nil {
			return nil, exc
		}
		mode, exc := ioIntArg(t, a[1])
		if exc != nil {
			return nil, exc
		}
		dfd, exc := dirFDArg(t, a[2])
		if exc != nil {
			return nil, exc
		}
		follow, exc := optBool(t, a[3], true)
		if exc != nil {
			return nil, exc
		}
		var err error
		switch {
		case p.fd >= 0:
			err = syscall.Fchmod(p.fd, uint32(mode))
		case !follow:
			var st syscall.Stat_t
			if err = sysFstatat(dfd, p.path, &st, atSymlinkNofollow); err == nil {
				if st.Mode&syscall.S_IFMT == syscall.S_IFLNK {
					err = syscall.EOPNOTSUPP
				} else {
					err = syscall.Fchmodat(dfd, p.path, uint32(mode), 0)
				}
			}
		default:
			err = syscall.Fchmodat(dfd, p.path, uint32(mode), 0)
		}
		if err != nil {
			return nil, osErrorFromErr(err, p.errObj())
		}
		return None, nil
	})
	posixFunc(d, "fchmod", []string{"fd", "mode"}, func(t *Thread, a []Object) (Object, *BaseException) {
		fd, exc := fdArg(t, a[0])
		if exc != nil {
			return nil, exc
		}
		mode, exc := ioIntArg(t, a[1])
		if exc != nil {
			return nil, exc
		}
		if err := syscall.Fchmod(fd, uint32(mode)); err != nil {
			return nil, osErrorFromErr(err, nil)
		}
		return None, nil
	})
	posixFunc(d, "lchmod", []string{"path", "mode"}, func(t *Thread, a []Object) (Object, *BaseException) {
		return nil, NewError(NotImplementedErrorType, "lchmod unavailable on this platform")
	})
	d.delStr(InternStr("lchmod"))
	chown := func(name string, follow bool) {
		posixFunc(d, name, []string{"path", "uid", "gid", "$", "dir_fd?", "follow_symlinks?"}, func(t *Thread, a []Object) (Object, *BaseException) {
			p, exc := pathOf(t, name, "path", a[0], name == "chown", false)
			if exc != nil {
				return nil, exc
			}
			uid, exc := ioIntArg(t, a[1])
			if exc != nil {
				return nil, exc
			}
			gid, exc := ioIntArg(t, a[2])
			if exc != nil {
				return nil, exc
			}
			dfd, exc := dirFDArg(t, a[3])
			if exc != nil {
				return nil, exc
			}
			f, exc := optBool(t, a[4], follow)
			if exc != nil {
				return nil, exc
			}
			var err error
			if p.fd >= 0 {
				err = syscall.Fchown(p.fd, int(uid), int(gid))
			} else {
				flags := 0
				if !f {
					flags = atSymlinkNofollow
				}
				err = syscall.Fchownat(dfd, p.path, int(uid), int(gid), flags)
			}
			if err != nil {
				return nil, osErrorFromErr(err, p.errObj())
			}
			return None, nil
		})
	}
	chown("chown", true)
	chown("lchown", false)
	posixFunc(d, "fchown", []string{"fd", "uid", "gid"}, func(t *Thread, a []Object) (Object, *BaseException) {
		fd, exc := fdArg(t, a[0])
		if exc != nil {
			return nil, exc
		}
		uid, exc := ioIntArg(t, a[1])
		if exc != nil {
			return nil, exc
		}
		gid, exc := ioIntArg(t, a[2])
		if exc != nil {
			return nil, exc
		}
		if err := syscall.Fchown(fd, int(uid), int(gid)); err != nil {
			return nil, osErrorFromErr(err, nil)
		}
		return None, nil
	})
	posixFunc(d, "utime", []string{"path", "times?", "$", "ns?", "dir_fd?", "follow_symlinks?"}, func(t *Thread, a []Object) (Object, *BaseException) {
		p, exc := pathOf(t, "utime", "path", a[0], true, false)
		if exc != nil {
			return nil, exc
		}
		var ts [2]syscall.Timespec
		const utimeNow = (1 << 30) - 1
		times, ns := a[1], a[2]
		switch {
		case !noneOr(times) && ns != nil:
			return nil, NewError(ValueErrorType, "utime: you may specify either 'times' or 'ns' but not both")
		case !noneOr(times):
			tup, ok := times.(*Tuple)
			if !ok || len(tup.items) != 2 {
				return nil, NewError(TypeErrorType, "utime: 'times' must be either a tuple of two ints or None")
			}
			for i, v := range tup.items {
				sec, nsec, exc := timeToSecNsec(t, v)
				if exc != nil {
					return nil, exc
				}
				ts[i] = syscall.Timespec{Sec: sec, Nsec: nsec}
			}
		case ns != nil:
			tup, ok := ns.(*Tuple)
			if !ok || len(tup.items) != 2 {
				return nil, NewError(TypeErrorType, "utime: 'ns' must be a tuple of two ints")
			}
			for i, v := range tup.items {
				if _, ok := asIntStrict(Unwrap(v)); !ok {
					return nil, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeOf(v).name)
				}
				q, r, exc := intFloorDivMod(Unwrap(v), MakeInt(1000000000))
				if exc != nil {
					return nil, exc
				}
				qs, _ := IntValue(q)
				rs, _ := IntValue(r)
				ts[i] = syscall.Timespec{Sec: qs, Nsec: rs}
			}
		default:
			ts[0].Nsec, ts[1].Nsec = utimeNow, utimeNow
		}
		dfd, exc := dirFDArg(t, a[3])
		if exc != nil {
			return nil, exc
		}
		follow, exc := optBool(t, a[4], true)
		if exc != nil {
			return nil, exc
		}
		var err error
		if p.fd >= 0 {
			err = sysUtimensat(p.fd, "", &ts, 0)
		} else {
			flags := 0
			if !follow {
				flags = atSymlinkNofollow
			}
			err = sysUtimensat(dfd, p.path, &ts, flags)
		}
		if err != nil {
			return nil, osErrorFromErr(err, p.errObj())
		}
		return None, nil
	})
	posixFunc(d, "symlink", []string{"src", "dst", "target_is_directory?", "$", "dir_fd?"}, func(t *Thread, a []Object) (Object, *BaseException) {
		src, exc := pathOf(t, "symlink", "src", a[0], false, false)
		if exc != nil {
			return nil, exc
		}
		dst, exc := pathOf(t, "symlink", "dst", a[1], false, false)
		if exc != nil {
			return nil, exc
		}
		dfd, exc := dirFDArg(t, a[3])
		if exc != nil {
			return nil, exc
		}
		if err := sysSymlinkat(src.path, dfd, dst.path); err != nil {
			return nil, osErrorFromErr2(err, src.errObj(), dst.errObj())
		}
		return None, nil
	})
	posixFunc(d, "readlink", []string{"path", "$", "dir_fd?"}, func(t *Thread, a []Object) (Object, *BaseException) {
		p, exc := pathOf(t, "readlink", "path", a[0], false, false)
		if exc != nil {
			return nil, exc
		}
		dfd, exc := dirFDArg(t, a[1])
		if exc != nil {
			return nil, exc
		}
		s, err := sysReadlinkat(dfd, p.path)
		if err != nil {
			return nil, osErrorFromErr(err, p.errObj())
		}
		return p.result(s), nil
	})
	posixFunc(d, "link", []string{"src", "dst", "$", "src_dir_fd?", "dst_dir_fd?", "follow_symlinks?"}, func(t *Thread, a []Object) (Object, *BaseException) {
		src, exc := pathOf(t, "link", "src", a[0], false, false)
		if exc != nil {
			return nil, exc
		}
		dst, exc := pathOf(t, "link", "dst", a[1], false, false)
		if exc != nil {
			return nil, exc
		}
		sfd, exc := dirFDArg(t, a[2])
		if exc != nil {
			return nil, exc
		}
		dfd, exc := dirFDArg(t, a[3])
		if exc != nil {
			return nil, exc
		}
		follow, exc := optBool(t, a[4], true)
		if exc != nil {
			return nil, exc
		}
		flags := 0
		if follow {
			flags = atSymlinkFollow
		}
		if err := sysLinkat(sfd, src.path, dfd, dst.path, flags); err != nil {
			return nil, osErrorFromErr2(err, src.errObj(), dst.errObj())
		}
		return None, nil
	})
	posixFunc(d, "truncate", []string{"path", "length"}, func(t *Thread, a []Object) (Object, *BaseException) {
		p, exc := pathOf(t, "truncate", "path", a[0], true, false)
		if exc != nil {
			return nil, exc
		}
		n, exc := ioIntArg(t, a[1])
		if exc != nil {
			return nil, exc
		}
		var err error
		if p.fd >= 0 {
			err = syscall.Ftruncate(p.fd, n)
		} else {
			err = syscall.Truncate(p.path, n)
		}
		if err != nil {
			return nil, osErrorFromErr(err, p.errObj())
		}
		return None, nil
	})
	posixFunc(d, "mkfifo", []string{"path", "mode?", "$", "dir_fd?"}, func(t *Thread, a []Object) (Object, *BaseException) {
		p, exc := pathOf(t, "mkfifo", "path", a[0], false, false)
		if exc != nil {
			return nil, exc
		}
		mode, exc := optInt(t, a[1], 0o666)
		if exc != nil {
			return nil, exc
		}
		dfd, exc := dirFDArg(t, a[2])
		if exc != nil {
			return nil, exc
		}
		if err := syscall.Mknodat(dfd, p.path, uint32(mode)|syscall.S_IFIFO, 0); err != nil {
			return nil, osErrorFromErr(err, p.errObj())
		}
		return None, nil
	})
	posixFunc(d, "statvfs", []string{"path"}, func(t *Thread, a []Object) (Object, *BaseException) {
		p, exc := pathOf(t, "statvfs", "path", a[0], true, false)
		if exc != nil {
			return nil, exc
		}
		var st syscall.Statfs_t
		var err error
		if p.fd >= 0 {
			err = syscall.Fstatfs(p.fd, &st)
		} else {
			err = syscall.Statfs(p.path, &st)
		}
		if err != nil {
			return nil, osErrorFromErr(err, p.errObj())
		}
		fsid := int64(uint32(st.Fsid.X__val[0])) | int64(uint32(st.Fsid.X__val[1]))<<32
		return makeSeq(statvfsResultType, []Object{MakeInt(int64(st.Bsize)), MakeInt(int64(st.Frsize)), MakeInt(int64(st.Blocks)),
			MakeInt(int64(st.Bfree)), MakeInt(int64(st.Bavail)), MakeInt(int64(st.Files)), MakeInt(int64(st.Ffree)),
			MakeInt(int64(st.Ffree)), MakeInt(int64(st.Flags)), MakeInt(int64(st.Namelen)), MakeInt(fsid)}), nil
	})
	d.SetStr("fstatvfs", NewBuiltin("fstatvfs", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ioArgs("fstatvfs", args, kw, 1, 1); exc != nil {
			return nil, exc
		}
		if _, exc := fdArg(t, args[0]); exc != nil {
			return nil, exc
		}
		return Call(t, d.GetStr("statvfs"), args, nil)
	}))
	posixFunc(d, "fspath", []string{"path"}, func(t *Thread, a []Object) (Object, *BaseException) {
		return osFspath(t, a[0])
	})
	posixFunc(d, "umask", []string{"mask"}, func(t *Thread, a []Object) (Object, *BaseException) {
		m, exc := ioIntArg(t, a[0])
		if exc != nil {
			return nil, exc
		}
		return MakeInt(int64(syscall.Umask(int(m)))), nil
	})
	posixFunc(d, "sync", nil, func(t *Thread, a []Object) (Object, *BaseException) {
		syscall.Sync()
		return None, nil
	})
	posixFunc(d, "major", []string{"device"}, func(t *Thread, a []Object) (Object, *BaseException) {
		dev, exc := ioIntArg(t, a[0])
		if exc != nil {
			return nil, exc
		}
		u := uint64(dev)
		return MakeInt(int64((u>>8)&0xfff | (u>>32)&^0xfff)), nil
	})
	posixFunc(d, "minor", []string{"device"}, func(t *Thread, a []Object) (Object, *BaseException) {
		dev, exc := ioIntArg(t, a[0])
		if exc != nil {
			return nil, exc
		}
		u := uint64(dev)
		return MakeInt(int64(u&0xff | (u>>12)&^0xff)), nil
	})
	posixFunc(d, "makedev", []string{"major", "minor"}, func(t *Thread, a []Object) (Object, *BaseException) {
		ma, exc := ioIntArg(t, a[0])
		if exc != nil {
			return nil, exc
		}
		mi, exc := ioIntArg(t, a[1])
		if exc != nil {
			return nil, exc
		}
		M, m := uint64(ma), uint64(mi)
		return MakeInt(int64((M&0xfff)<<8 | (M&^0xfff)<<32 | m&0xff | (m&^0xff)<<12)), nil
	})
	posixFunc(d, "strerror", []string{"code"}, func(t *Thread, a []Object) (Object, *BaseException) {
		n, exc := ioIntArg(t, a[0])
		if exc != nil {
			return nil, exc
		}
		return NewStr(Strerror(int(n))), nil
	})
	posixFunc(d, "urandom", []string{"size"}, func(t *Thread, a []Object) (Object, *BaseException) {
		n, exc := ioIntArg(t, a[0])
		if exc != nil {
			return nil, exc
		}
		if n < 0 {
			return nil, NewError(ValueErrorType, "negative argument not allowed")
		}
		b := make([]byte, n)
		if _, err := rand.Read(b); err != nil {
			return nil, osErrorFromErr(err, nil)
		}
		return NewBytes(b), nil
	})
	posixFunc(d, "putenv", []string{"name", "value"}, func(t *Thread, a []Object) (Object, *BaseException) {
		k, exc := envArg(t, a[0], "name")
		if exc != nil {
			return nil, exc
		}
		v, exc := envArg(t, a[1], "value")
		if exc != nil {
			return nil, exc
		}
		if strings.IndexByte(k, 0) >= 0 || strings.IndexByte(v, 0) >= 0 {
			return nil, NewError(ValueErrorType, "embedded null byte")
		}
		if k == "" {
			return nil, NewOSError(int(syscall.EINVAL), nil)
		}
		if strings.IndexByte(k, '=') >= 0 {
			return nil, NewError(ValueErrorType, "illegal environment variable name")
		}
		if err := syscall.Setenv(k, v); err != nil {
			return nil, osErrorFromErr(err, nil)
		}
		return None, nil
	})
	posixFunc(d, "unsetenv", []string{"name"}, func(t *Thread, a []Object) (Object, *BaseException) {
		k, exc := envArg(t, a[0], "name")
		if exc != nil {
			return nil, exc
		}
		if strings.IndexByte(k, 0) >= 0 {
			return nil, NewError(ValueErrorType, "embedded null byte")
		}
		if k == "" || strings.IndexByte(k, '=') >= 0 {
			return nil, NewOSError(int(syscall.EINVAL), nil)
		}
		if err := syscall.Unsetenv(k); err != nil {
			return nil, osErrorFromErr(err, nil)
		}
		return None, nil
	})
	posixFunc(d, "uname", nil, func(t *Thread, a []Object) (Object, *BaseException) {
		var u syscall.Utsname
		if err := syscall.Uname(&u); err != nil {
			return nil, osErrorFromErr(err, nil)
		}
		return makeSeq(unameResultType, []Object{NewStr(utsField(u.Sysname[:])), NewStr(utsField(u.Nodename[:])),
			NewStr(utsField(u.Release[:])), NewStr(utsField(u.Version[:])), NewStr(utsField(u.Machine[:]))}), nil
	})
	posixFunc(d, "cpu_count", nil, func(t *Thread, a []Object) (Object, *BaseException) {
		return MakeInt(int64(goruntime.NumCPU())), nil
	})
	posixFunc(d, "sched_getaffinity", []string{"pid"}, func(t *Thread, a []Object) (Object, *BaseException) {
		s := NewSet()
		for i := 0; i < goruntime.NumCPU(); i++ {
			s.Add(t, MakeInt(int64(i)))
		}
		return s, nil
	})
	posixFunc(d, "getloadavg", nil, func(t *Thread, a []Object) (Object, *BaseException) {
		data, err := os.ReadFile("/proc/loadavg")
		if err != nil {
			return nil, NewError(OSErrorType, "Load averages are unobtainable")
		}
		f := strings.Fields(string(data))
		if len(f) < 3 {
			return nil, NewError(OSErrorType, "Load averages are unobtainable")
		}
		vals := make([]Object, 3)
		for i := 0; i < 3; i++ {
			v, exc := floatFromString(f[i])
			if exc != nil {
				return nil, exc
			}
			vals[i] = v
		}
		return NewTuple(vals...), nil
	})
	posixFunc(d, "times", nil, func(t *Thread, a []Object) (Object, *BaseException) {
		var tms syscall.Tms
		ticks, err := syscall.Times(&tms)
		if err != nil {
			return nil, osErrorFromErr(err, nil)
		}
		const hz = 100.0
		return makeSeq(timesResultType, []Object{Float(float64(tms.Utime) / hz), Float(float64(tms.Stime) / hz),
			Float(float64(tms.Cutime) / hz), Float(float64(tms.Cstime) / hz), Float(float64(ticks) / hz)}), nil
	})
	posixFunc(d, "register_at_fork", []string{"$", "before?", "after_in_child?", "after_in_parent?"}, func(t *Thread, a []Object) (Object, *BaseException) {
		if a[0] == nil && a[1] == nil && a[2] == nil {
			return nil, NewError(TypeErrorType, "At least one argument is required.")
		}
		for i, n := range []string{"before", "after_in_child", "after_in_parent"} {
			if a[i] != nil && !Callable(a[i]) {
				return nil, Errorf(TypeErrorType, "'%s' must be callable, not %s", n, TypeOf(a[i]).name)
			}
		}
		return None, nil
	})
	posixFunc(d, "device_encoding", []string{"fd"}, func(t *Thread, a []Object) (Object, *BaseException) {
		fd, exc := fdArg(t, a[0])
		if exc != nil {
			return nil, exc
		}
		if fdIsatty(fd) {
			return NewStr("UTF-8"), nil
		}
		return None, nil
	})
	sysconf := map[string]int64{"SC_ARG_MAX": 0, "SC_CHILD_MAX": 1, "SC_CLK_TCK": 2, "SC_NGROUPS_MAX": 3, "SC_OPEN_MAX": 4,
		"SC_PAGESIZE": 30, "SC_PAGE_SIZE": 30, "SC_NPROCESSORS_CONF": 83, "SC_NPROCESSORS_ONLN": 84, "SC_PHYS_PAGES": 85}
	names := NewDict()
	for k, v := range sysconf {
		names.SetStr(k, MakeInt(v))
	}
	d.SetStr("sysconf_names", names)
	posixFunc(d, "sysconf", []string{"name"}, func(t *Thread, a []Object) (Object, *BaseException) {
		var code int64
		if s, ok := strArgOf(a[0]); ok {
			v, ok := sysconf[s.s]
			if !ok {
				return nil, NewError(ValueErrorType, "unrecognized configuration name")
			}
			code = v
		} else {
			c, exc := ioIntArg(t, a[0])
			if exc != nil {
				return nil, Errorf(TypeErrorType, "configuration names must be strings or integers")
			}
			code = c
		}
		switch code {
		case 0:
			return MakeInt(2097152), nil
		case 1:
			var rl syscall.Rlimit
			syscall.Getrlimit(6, &rl)
			return MakeInt(int64(rl.Cur)), nil
		case 2:
			return MakeInt(100), nil
		case 3:
			return MakeInt(65536), nil
		case 4:
			var rl syscall.Rlimit
			syscall.Getrlimit(syscall.RLIMIT_NOFILE, &rl)
			return MakeInt(int64(rl.Cur)), nil
		case 30:
			return MakeInt(int64(syscall.Getpagesize())), nil
		case 83, 84:
			return MakeInt(int64(goruntime.NumCPU())), nil
		case 85:
			var si syscall.Sysinfo_t
			if syscall.Sysinfo(&si) == nil {
				return MakeInt(int64(si.Totalram) * int64(si.Unit) / int64(syscall.Getpagesize())), nil
			}
		}
		return nil, NewOSError(int(syscall.EINVAL), nil)
	})
}

func utsField(b []int8) string { return cString(b) }

// timeToSecNsec splits a timestamp (int or float seconds) as utime needs.
func timeToSecNsec(t *Thread, v Object) (int64, int64, *BaseException) {
	switch x := Unwrap(v).(type) {
	case Float:
		// CPython's _PyTime_ObjectToTimespec with _PyTime_ROUND_FLOOR.
		f := float64(x)
		if math.IsNaN(f) {
			return 0, 0, NewError(ValueErrorType, "Invalid value NaN (not a number)")
		}
		ip, fp := math.Modf(f)
		fp = math.Floor(fp * 1e9)
		if fp >= 1e9 {
			fp -= 1e9
			ip++
		} else if fp < 0 {
			fp += 1e9
			ip--
		}
		if !(ip >= -9223372036854775808.0 && ip < 9223372036854775808.0) {
			return 0, 0, NewError(OverflowErrorType, "timestamp out of range for platform time_t")
		}
		return int64(ip), int64(fp), nil
	}
	n, exc := ioIntArg(t, v)
	if exc != nil {
		return 0, 0, exc
	}
	return n, 0, nil
}

func floatFromString(s string) (Object, *BaseException) {
	var f float64
	var frac float64 = 0
	var div float64 = 1
	seenDot := false
	for _, c := range s {
		switch {
		case c == '.':
			seenDot = true
		case c >= '0' && c <= '9':
			if seenDot {
				div *= 10
				frac += float64(c-'0') / div
			} else {
				f = f*10 + float64(c-'0')
			}
		}
	}
	return Float(f + frac), nil
}

var _ = time.Now
