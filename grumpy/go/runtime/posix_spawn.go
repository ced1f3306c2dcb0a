package runtime

import (
	"strings"
	"syscall"
)

// os.spawnv/spawnve/spawnvp/spawnvpe and the P_* modes. CPython builds them
// in os.py on fork()+exec*(); a Go program cannot fork and go on running
// Python code in the child, so posix provides them natively (as CPython's
// posix does on Windows) on syscall.ForkExec, keeping the fork-based
// semantics: anything that would have failed in the child (a bad argv
// entry, a bad environment, an exec error) makes the child exit with 127.
// os.py then defines spawnl/spawnle/spawnlp/spawnlpe on top of these.

const (
	posixPWait   = 0
	posixPNoWait = 1
)

func posixSpawnFuncs(d *Dict) {
	d.SetStr("P_WAIT", MakeInt(posixPWait))
	d.SetStr("P_NOWAIT", MakeInt(posixPNoWait))
	d.SetStr("P_NOWAITO", MakeInt(posixPNoWait))
	def := func(name string, withEnv, search bool) {
		params := []string{"mode", "file", "args"}
		if withEnv {
			params = append(params, "env")
		}
		posixFunc(d, name, params, func(t *Thread, a []Object) (Object, *BaseException) {
			var env Object
			if withEnv {
				env = a[3]
			}
			return posixSpawn(t, a[0], a[1], a[2], env, search)
		})
	}
	def("spawnv", false, false)
	def("spawnve", true, false)
	def("spawnvp", false, true)
	def("spawnvpe", true, true)
}

// posixSpawn is os.py's _spawnvef: mode P_NOWAIT returns the child's pid,
// any other mode waits and returns its exit code (-signal when killed).
func posixSpawn(t *Thread, mode, file, args, env Object, search bool) (Object, *BaseException) {
	if at := TypeOf(args); !at.IsSubtype(TupleType) && !at.IsSubtype(ListType) {
		return nil, NewError(TypeErrorType, "argv must be a tuple or a list")
	}
	items, exc := ToSlice(t, args)
	if exc != nil {
		return nil, exc
	}
	empty := len(items) == 0
	if !empty {
		b, exc := IsTrue(t, items[0])
		if exc != nil {
			return nil, exc
		}
		empty = !b
	}
	if empty {
		return nil, NewError(ValueErrorType, "argv first element cannot be empty")
	}
	// From here on, CPython's errors happen in the forked child: exit 127.
	pid := -1
	if argv, envList, paths, ok := spawnPrepare(t, file, items, env, search); ok {
		// A child running this binary runs as an interpreter (sys_executable.go).
		attr := &syscall.ProcAttr{Env: childEnv(envList, paths), Files: []uintptr{0, 1, 2}}
		var firstErr error
		for _, p := range paths {
			r, err := syscall.ForkExec(p, argv, attr)
			if err == nil {
				pid = r
				break
			}
			if firstErr == nil && err != syscall.ENOENT && err != syscall.ENOTDIR {
				firstErr = err
			}
		}
	}
	if pid < 0 {
		// The child that could not exec: a process exiting with 127.
		r, err := syscall.ForkExec("/bin/sh", []string{"sh", "-c", "exit 127"},
			&syscall.ProcAttr{Env: []string{}, Files: []uintptr{0, 1, 2}})
		if err != nil {
			return nil, osErrorFromErr(err, nil)
		}
		pid = r
	}
	if eq, exc := Eq(t, mode, MakeInt(posixPNoWait)); exc != nil {
		return nil, exc
	} else if b, exc := IsTrue(t, eq); exc != nil {
		return nil, exc
	} else if b {
		return MakeInt(int64(pid)), nil
	}
	for {
		_, st, exc := waitPid(t, pid, 0)
		if exc != nil {
			return nil, exc
		}
		ws := syscall.WaitStatus(uint32(st))
		if uint32(ws)&0xff == 0x7f { // stopped
			continue
		}
		if ws.Signaled() {
			return MakeInt(-int64(ws.Signal())), nil
		}
		return MakeInt(int64(ws.ExitStatus())), nil
	}
}

// spawnPrepare converts what the child would have converted: the program
// (with the candidate paths of a $PATH search), argv and the environment.
// ok false means the child would have failed before exec.
func spawnPrepare(t *Thread, file Object, items []Object, env Object, search bool) (argv, envList, paths []string, ok bool) {
	fp, exc := pathOf(t, "", "path", file, false, false)
	if exc != nil {
		return nil, nil, nil, false
	}
	argv = make([]string, len(items))
	for i, it := range items {
		p, exc := pathOf(t, "", "args", it, false, false)
		if exc != nil {
			return nil, nil, nil, false
		}
		argv[i] = p.path
	}
	pathVar, havePath := "", false
	if env == nil {
		envList = syscall.Environ()
		pathVar, havePath = syscall.Getenv("PATH")
	} else {
		keys, exc := CallMethod(t, env, InternStr("keys"), nil, nil)
		if exc != nil {
			return nil, nil, nil, false
		}
		ks, exc := ToSlice(t, keys)
		if exc != nil {
			return nil, nil, nil, false
		}
		envList = []string{}
		for _, k := range ks {
			v, exc := GetItem(t, env, k)
			if exc != nil {
				return nil, nil, nil, false
			}
			kp, exc := envArg(t, k, "key")
			if exc != nil {
				return nil, nil, nil, false
			}
			vp, exc := envArg(t, v, "value")
			if exc != nil {
				return nil, nil, nil, false
			}
			if kp == "" || strings.IndexByte(kp, '=') >= 0 || strings.IndexByte(kp, 0) >= 0 || strings.IndexByte(vp, 0) >= 0 {
				return nil, nil, nil, false
			}
			if kp == "PATH" {
				pathVar, havePath = vp, true
			}
			envList = append(envList, kp+"="+vp)
		}
	}
	if !search || strings.IndexByte(fp.path, '/') >= 0 {
		return argv, envList, []string{fp.path}, true
	}
	if !havePath {
		pathVar = "/bin:/usr/bin" // os.defpath
	}
	for _, dir := range strings.Split(pathVar, ":") {
		if dir == "" {
			paths = append(paths, fp.path)
		} else {
			paths = append(paths, dir+"/"+fp.path)
		}
	}
	return argv, envList, paths, true
}
