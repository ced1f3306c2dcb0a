package runtime

import (
	"os"
	"syscall"
)

// Process functions of the posix module and the _posixsubprocess module
// (subprocess.Popen's fork_exec, implemented with syscall.ForkExec: Go
// cannot run arbitrary code in a forked child).

func posixProcFuncs(d *Dict) {
	ids := map[string]func() int{
		"getpid": syscall.Getpid, "getppid": syscall.Getppid, "getuid": syscall.Getuid, "geteuid": syscall.Geteuid,
		"getgid": syscall.Getgid, "getegid": syscall.Getegid, "getpgrp": syscall.Getpgrp,
	}
	for name, fn := range ids {
		fn := fn
		posixFunc(d, name, nil, func(t *Thread, a []Object) (Object, *BaseException) {
			return MakeInt(int64(fn())), nil
		})
	}
	posixFunc(d, "getgroups", nil, func(t *Thread, a []Object) (Object, *BaseException) {
		gs, err := syscall.Getgroups()
		if err != nil {
			return nil, osErrorFromErr(err, nil)
		}
		out := make([]Object, len(gs))
		for i, g := range gs {
			out[i] = MakeInt(int64(g))
		}
		return NewList(out...), nil
	})
	posixFunc(d, "getlogin", nil, func(t *Thread, a []Object) (Object, *BaseException) {
		if u := os.Getenv("LOGNAME"); u != "" {
			return NewStr(u), nil
		}
		return nil, NewOSError(int(syscall.ENXIO), nil)
	})
	posixFunc(d, "getpgid", []string{"pid"}, func(t *Thread, a []Object) (Object, *BaseException) {
		pid, exc := ioIntArg(t, a[0])
		if exc != nil {
			return nil, exc
		}
		r, err := syscall.Getpgid(int(pid))
		if err != nil {
			return nil, osErrorFromErr(err, nil)
		}
		return MakeInt(int64(r)), nil
	})
	posixFunc(d, "getsid", []string{"pid"}, func(t *Thread, a []Object) (Object, *BaseException) {
		pid, exc := ioIntArg(t, a[0])
		if exc != nil {
			return nil, exc
		}
		r, _, e := syscall.RawSyscall(syscall.SYS_GETSID, uintptr(pid), 0, 0)
		if e != 0 {
			return nil, NewOSError(int(e), nil)
		}
		return MakeInt(int64(r)), nil
	})
	posixFunc(d, "setsid", nil, func(t *Thread, a []Object) (Object, *BaseException) {
		if _, err := syscall.Setsid(); err != nil {
			return nil, osErrorFromErr(err, nil)
		}
		return None, nil
	})
	posixFunc(d, "setpgid", []string{"pid", "pgrp"}, func(t *Thread, a []Object) (Object, *BaseException) {
		pid, exc := ioIntArg(t, a[0])
		if exc != nil {
			return nil, exc
		}
		pg, exc := ioIntArg(t, a[1])
		if exc != nil {
			return nil, exc
		}
		if err := syscall.Setpgid(int(pid), int(pg)); err != nil {
			return nil, osErrorFromErr(err, nil)
		}
		return None, nil
	})
	posixFunc(d, "kill", []string{"pid", "signal"}, func(t *Thread, a []Object) (Object, *BaseException) {
		pid, exc := ioIntArg(t, a[0])
		if exc != nil {
			return nil, exc
		}
		sig, exc := ioIntArg(t, a[1])
		if exc != nil {
			return nil, exc
		}
		if err := syscall.Kill(int(pid), syscall.Signal(sig)); err != nil {
			return nil, osErrorFromErr(err, nil)
		}
		if int(pid) == syscall.Getpid() || pid == 0 || pid == -1 {
			return None, signalsAfterSelfKill(t, int(sig))
		}
		return None, nil
	})
	posixFunc(d, "killpg", []string{"pgid", "signal"}, func(t *Thread, a []Object) (Object, *BaseException) {
		pg, exc := ioIntArg(t, a[0])
		if exc != nil {
			return nil, exc
		}
		sig, exc := ioIntArg(t, a[1])
		if exc != nil {
			return nil, exc
		}
		if err := syscall.Kill(-int(pg), syscall.Signal(sig)); err != nil {
			return nil, osErrorFromErr(err, nil)
		}
		return None, nil
	})
	posixFunc(d, "waitpid", []string{"pid", "options"}, func(t *Thread, a []Object) (Object, *BaseException) {
		pid, exc := ioIntArg(t, a[0])
		if exc != nil {
			return nil, exc
		}
		opts, exc := ioIntArg(t, a[1])
		if exc != nil {
			return nil, exc
		}
		r, st, exc := waitPid(t, int(pid), int(opts))
		if exc != nil {
			return nil, exc
		}
		return NewTuple(MakeInt(int64(r)), MakeInt(int64(st))), nil
	})
	posixFunc(d, "wait", nil, func(t *Thread, a []Object) (Object, *BaseException) {
		r, st, exc := waitPid(t, -1, 0)
		if exc != nil {
			return nil, exc
		}
		return NewTuple(MakeInt(int64(r)), MakeInt(int64(st))), nil
	})
	wmacro := func(name string, fn func(ws syscall.WaitStatus) Object) {
		posixFunc(d, name, []string{"status"}, func(t *Thread, a []Object) (Object, *BaseException) {
			st, exc := ioIntArg(t, a[0])
			if exc != nil {
				return nil, exc
			}
			return fn(syscall.WaitStatus(uint32(st))), nil
		})
	}
	wmacro("WIFEXITED", func(ws syscall.WaitStatus) Object { return Bool(ws.Exited()) })
	wmacro("WEXITSTATUS", func(ws syscall.WaitStatus) Object { return MakeInt(int64((uint32(ws) >> 8) & 0xff)) })
	wmacro("WIFSIGNALED", func(ws syscall.WaitStatus) Object { return Bool(ws.Signaled()) })
	wmacro("WTERMSIG", func(ws syscall.WaitStatus) Object { return MakeInt(int64(uint32(ws) & 0x7f)) })
	wmacro("WIFSTOPPED", func(ws syscall.WaitStatus) Object { return Bool(uint32(ws)&0xff == 0x7f) })
	wmacro("WSTOPSIG", func(ws syscall.WaitStatus) Object { return MakeInt(int64((uint32(ws) >> 8) & 0xff)) })
	wmacro("WIFCONTINUED", func(ws syscall.WaitStatus) Object { return Bool(uint32(ws) == 0xffff) })
	wmacro("WCOREDUMP", func(ws syscall.WaitStatus) Object { return Bool(uint32(ws)&0x80 != 0) })
	posixFunc(d, "waitstatus_to_exitcode", []string{"status"}, func(t *Thread, a []Object) (Object, *BaseException) {
		st, exc := ioIntArg(t, a[0])
		if exc != nil {
			return nil, exc
		}
		ws := syscall.WaitStatus(uint32(st))
		switch {
		case ws.Exited():
			return MakeInt(int64(ws.ExitStatus())), nil
		case ws.Signaled():
			return MakeInt(-int64(ws.Signal())), nil
		case uint32(ws)&0xff == 0x7f:
			return nil, Errorf(ValueErrorType, "process stopped by delivery of signal %d", (uint32(ws)>>8)&0xff)
		}
		return nil, Errorf(ValueErrorType, "invalid wait status: %d", st)
	})
	posixFunc(d, "_exit", []string{"status"}, func(t *Thread, a []Object) (Object, *BaseException) {
		st, exc := ioIntArg(t, a[0])
		if exc != nil {
			return nil, exc
		}
		os.Exit(int(st))
		return None, nil
	})
	posixFunc(d, "abort", nil, func(t *Thread, a []Object) (Object, *BaseException) {
		FlushStdStreams()
		syscall.Kill(syscall.Getpid(), syscall.SIGABRT)
		os.Exit(134)
		return None, nil
	})
	posixFunc(d, "system", []string{"command"}, func(t *Thread, a []Object) (Object, *BaseException) {
		cmd, exc := envArg(t, a[0], "command")
		if exc != nil {
			return nil, exc
		}
		FlushStdStreams()
		flushUnreachableFiles(t, "")
		pid, err := syscall.ForkExec("/bin/sh", []string{"sh", "-c", cmd}, &syscall.ProcAttr{
			Env: syscall.Environ(), Files: []uintptr{0, 1, 2}})
		if err != nil {
			return MakeInt(127 << 8), nil
		}
		_, st, exc := waitPid(t, pid, 0)
		if exc != nil {
			return nil, exc
		}
		return MakeInt(int64(st)), nil
	})
}

// waitPid is waitpid(2) with EINTR retried.
func waitPid(t *Thread, pid, opts int) (int, int, *BaseException) {
	for {
		var ws syscall.WaitStatus
		r, err := syscall.Wait4(pid, &ws, opts, nil)
		if err == syscall.EINTR {
			if exc := CheckSignals(t); exc != nil {
				return 0, 0, exc
			}
			continue
		}
		if err != nil {
			return 0, 0, osErrorFromErr(err, nil)
		}
		return r, int(uint32(ws)), nil
	}
}

// ---- _posixsubprocess ----

func init() {
	RegisterModule(&ModuleSpec{Name: "_posixsubprocess", Native: initPosixSubprocess})
}

func bytesListArg(t *Thread, o Object) ([]string, *BaseException) {
	items, exc := ToSlice(t, o)
	if exc != nil {
		return nil, exc
	}
	out := make([]string, len(items))
	for i, it := range items {
		p, exc := pathOf(t, "", "args", it, false, false)
		if exc != nil {
			return nil, exc
		}
		out[i] = p.path
	}
	return out, nil
}

func initPosixSubprocess(t *Thread, m *Module) *BaseException {
	b := NewBuiltin("fork_exec", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if len(kw) > 0 {
			return nil, NewError(TypeErrorType, "fork_exec() takes no keyword arguments")
		}
		if len(args) < 21 {
			return nil, Errorf(TypeErrorType, "fork_exec() takes exactly 22 arguments (%d given)", len(args))
		}
		argv, exc := bytesListArg(t, args[0])
		if exc != nil {
			return nil, exc
		}
		execs, exc := bytesListArg(t, args[1])
		if exc != nil {
			return nil, exc
		}
		keep, exc := ToSlice(t, args[3])
		if exc != nil {
			return nil, exc
		}
		cwdObj := args[4]
		var env []string
		if args[5] != None {
			env, exc = bytesListArg(t, args[5])
			if exc != nil {
				return nil, exc
			}
		} else {
			env = syscall.Environ()
		}
		env = childEnv(env, execs) // sys_executable.go
		fdv := make([]int, 6)
		for i := 0; i < 6; i++ {
			n, exc := ioIntArg(t, args[6+i])
			if exc != nil {
				return nil, exc
			}
			fdv[i] = int(n)
		}
		p2cread, c2pwrite, errwrite := fdv[0], fdv[3], fdv[5]
		startNewSession, exc := IsTrue(t, args[15])
		if exc != nil {
			return nil, exc
		}
		pgroup := int64(-1)
		if args[16] != None {
			if pgroup, exc = ioIntArg(t, args[16]); exc != nil {
				return nil, exc
			}
		}
		var cred *syscall.Credential
		if args[17] != None || args[19] != None || args[18] != None {
			cred = &syscall.Credential{Uid: uint32(syscall.Getuid()), Gid: uint32(syscall.Getgid()), NoSetGroups: true}
			if args[17] != None {
				g, exc := ioIntArg(t, args[17])
				if exc != nil {
					return nil, exc
				}
				cred.Gid = uint32(g)
			}
			if args[18] != None {
				gs, exc := ToSlice(t, args[18])
				if exc != nil {
					return nil, exc
				}
				cred.NoSetGroups = false
				for _, g := range gs {
					n, exc := ioIntArg(t, g)
					if exc != nil {
						return nil, exc
					}
					cred.Groups = append(cred.Groups, uint32(n))
				}
			}
			if args[19] != None {
				u, exc := ioIntArg(t, args[19])
				if exc != nil {
					return nil, exc
				}
				cred.Uid = uint32(u)
			}
		}
		umask := int64(-1)
		if n, ok := IntValue(args[20]); ok {
			umask = n
		}
		if len(args) > 21 && args[21] != None {
			return nil, NewError(RuntimeErrorType, "preexec_fn is not supported by this runtime")
		}
		// Child descriptors: 0, 1, 2 from the pipes (or the parent's own),
		// then the descriptors to keep at their own numbers.
		files := []uintptr{0, 1, 2}
		for i, fd := range []int{p2cread, c2pwrite, errwrite} {
			if fd >= 0 {
				files[i] = uintptr(fd)
			}
		}
		errpipeWrite, _ := IntValue(args[13])
		for _, k := range keep {
			n, exc := ioIntArg(t, k)
			if exc != nil {
				return nil, exc
			}
			if n == errpipeWrite {
				// exec(2) closes it in a real child; this one never holds it.
				continue
			}
			for int(n) >= len(files) {
				files = append(files, ^uintptr(0))
			}
			files[n] = uintptr(n)
		}
		attr := &syscall.ProcAttr{Env: env, Files: files, Sys: &syscall.SysProcAttr{Setsid: startNewSession, Credential: cred}}
		if pgroup >= 0 {
			attr.Sys.Setpgid = true
			attr.Sys.Pgid = int(pgroup)
		}
		errpipeW, _ := IntValue(args[13])
		// Failures are reported as the child of a real fork would: through
		// the error pipe ("OSError:<hex errno>:[noexec]"), so subprocess
		// raises with its own choice of filename. The returned pid then names
		// no child of ours (waitpid fails with ECHILD, which subprocess
		// ignores).
		childFailed := func(errno syscall.Errno, noexec bool) (Object, *BaseException) {
			msg := sprintf("OSError:%x:", int(errno))
			if noexec {
				msg += "noexec"
			}
			if errpipeW >= 0 {
				syscall.Write(int(errpipeW), []byte(msg))
			}
			return MakeInt(0x7ffffff0), nil
		}
		if cwdObj != None {
			p, exc := pathOf(t, "", "cwd", cwdObj, false, false)
			if exc != nil {
				return nil, exc
			}
			var st syscall.Stat_t
			if err := syscall.Stat(p.path, &st); err != nil {
				return childFailed(err.(syscall.Errno), true)
			}
			if st.Mode&syscall.S_IFMT != syscall.S_IFDIR {
				return childFailed(syscall.ENOTDIR, true)
			}
			attr.Dir = p.path
		}
		FlushStdStreams()
		flushUnreachableFiles(t, "")
		if umask >= 0 {
			old := syscall.Umask(int(umask))
			defer syscall.Umask(old)
		}
		var lastErr error = syscall.ENOENT
		var savedErr error
		for _, exe := range execs {
			var st syscall.Stat_t
			if err := syscall.Stat(exe, &st); err != nil {
				if err != syscall.ENOENT && err != syscall.ENOTDIR && savedErr == nil {
					savedErr = err
				}
				lastErr = err
				continue
			}
			pid, err := syscall.ForkExec(exe, argv, attr)
			if err == nil {
				return MakeInt(int64(pid)), nil
			}
			if err != syscall.ENOENT && err != syscall.ENOTDIR && savedErr == nil {
				savedErr = err
			}
			lastErr = err
		}
		if savedErr != nil {
			lastErr = savedErr
		}
		if en, ok := lastErr.(syscall.Errno); ok {
			return childFailed(en, false)
		}
		return nil, osErrorFromErr(lastErr, None)
	})
	b.module = "_posixsubprocess"
	m.dict.SetStr("fork_exec", b)
	return nil
}

// signalsAfterSelfKill gives a signal sent to this process a chance to be
// handled before kill() returns, as CPython does.
var signalsAfterSelfKill = func(t *Thread, sig int) *BaseException { return nil }
