package runtime

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// A Grumpy binary started by its own program through a shell or a script.
//
// fork_exec marks a child that runs the binary itself (sys_executable.go),
// but a program may also run sys.executable through /bin/sh: a script that
// does `exec "$EXE" -c CODE` (test_subprocess's test_args_string), or
// `Popen(f'"{sys.executable}" -c ...', shell=True)`. The shell runs the
// binary without the mark, and it used to run as the program again (which
// started the same child again, and so on). Such a binary is, as under
// CPython, the interpreter: its parent is the same binary (the shell or the
// script exec'd it), or a shell whose parent is.

// shellNames are the shells looked through.
var shellNames = map[string]bool{"sh": true, "bash": true, "dash": true, "zsh": true, "ksh": true, "busybox": true}

// procExe is the executable of process pid ("" when unknown).
func procExe(pid int) string {
	p, err := os.Readlink("/proc/" + strconv.Itoa(pid) + "/exe")
	if err != nil {
		return ""
	}
	return strings.TrimSuffix(p, " (deleted)")
}

// procParent is the parent pid of process pid (0 when unknown).
func procParent(pid int) int {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return 0
	}
	s := string(b)
	// pid (comm) state ppid ...: comm may hold spaces and parentheses.
	i := strings.LastIndexByte(s, ')')
	if i < 0 {
		return 0
	}
	f := strings.Fields(s[i+1:])
	if len(f) < 2 {
		return 0
	}
	n, _ := strconv.Atoi(f[1])
	return n
}

// startedBySelfThroughShell reports whether this process's parent runs the
// same binary, or is a shell whose parent does.
func startedBySelfThroughShell() bool {
	self := selfExecutable()
	if self == "" {
		return false
	}
	pid := os.Getppid()
	for depth := 0; depth < 2 && pid > 1; depth++ {
		exe := procExe(pid)
		if exe == "" {
			return false
		}
		if r, err := filepath.EvalSymlinks(exe); err == nil {
			exe = r
		}
		if exe == self {
			return true
		}
		if !shellNames[filepath.Base(exe)] {
			return false
		}
		pid = procParent(pid)
	}
	return false
}
