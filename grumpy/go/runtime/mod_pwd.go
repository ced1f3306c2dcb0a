package runtime

import (
	"os"
	"strconv"
	"strings"
)

// The pwd and grp modules: the password and group databases, read from
// /etc/passwd and /etc/group (what glibc's "files" source holds).

var (
	pwdStructType = NewStructSeqType("pwd", "struct_passwd",
		[]string{"pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell"})
	grpStructType = NewStructSeqType("grp", "struct_group",
		[]string{"gr_name", "gr_passwd", "gr_gid", "gr_mem"})
)

func init() {
	RegisterModule(&ModuleSpec{Name: "pwd", Native: initPwd})
	RegisterModule(&ModuleSpec{Name: "grp", Native: initGrp})
}

// dbEntries returns the colon-separated records of path with at least n
// fields whose id field (index 2) is a number.
func dbEntries(path string, n int) [][]string {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	var out [][]string
	for _, line := range strings.Split(string(data), "\n") {
		if line == "" || line[0] == '#' || line[0] == '+' || line[0] == '-' {
			continue
		}
		f := strings.Split(line, ":")
		if len(f) < n {
			continue
		}
		if _, err := strconv.ParseUint(f[2], 10, 32); err != nil {
			continue
		}
		out = append(out, f[:n])
	}
	return out
}

func dbID(s string) Object {
	v, _ := strconv.ParseUint(s, 10, 32)
	return MakeInt(int64(v))
}

func pwdEntry(f []string) Object {
	return NewStructSeq(pwdStructType, NewStr(f[0]), NewStr(f[1]), dbID(f[2]), dbID(f[3]), NewStr(f[4]), NewStr(f[5]), NewStr(f[6]))
}

func grpEntry(f []string) Object {
	mem := NewList()
	if f[3] != "" {
		for _, m := range strings.Split(f[3], ",") {
			mem.Append(NewStr(m))
		}
	}
	return NewStructSeq(grpStructType, NewStr(f[0]), NewStr(f[1]), dbID(f[2]), mem)
}

// dbNameArg is the str name argument of getpwnam/getgrnam.
func dbNameArg(fname string, o Object) (string, *BaseException) {
	s, ok := o.(*Str)
	if !ok {
		if in, ok2 := o.(*Instance); ok2 {
			s, ok = in.base.(*Str)
		}
	}
	if !ok {
		return "", Errorf(TypeErrorType, "%s() argument must be str, not %s", fname, TypeOf(o).name)
	}
	if strings.IndexByte(s.s, 0) >= 0 {
		return "", NewError(ValueErrorType, "embedded null byte")
	}
	return s.s, nil
}

// dbIDLookup implements getpwuid/getgrgid.
func dbIDLookup(t *Thread, fname, kind, path string, n int, o Object, mk func([]string) Object) (Object, *BaseException) {
	if !hasIndex(o) {
		return nil, Errorf(TypeErrorType, "%s should be integer, not %s", kind, TypeOf(o).name)
	}
	i, exc := Index(t, o)
	if exc != nil {
		return nil, exc
	}
	v, ok := i.(Int)
	if !ok || v < -1 || v > 0xFFFFFFFF {
		return nil, NewException(KeyErrorType, NewStr(fname+"(): "+kind+" not found"))
	}
	want := uint64(v)
	if v == -1 {
		want = 0xFFFFFFFF
	}
	for _, f := range dbEntries(path, n) {
		if id, _ := strconv.ParseUint(f[2], 10, 32); id == want {
			return mk(f), nil
		}
	}
	r, exc := Repr(t, i)
	if exc != nil {
		return nil, exc
	}
	return nil, NewException(KeyErrorType, NewStr(fname+"(): "+kind+" not found: "+r.s))
}

func dbNameLookup(t *Thread, fname, path string, n int, o Object, mk func([]string) Object) (Object, *BaseException) {
	name, exc := dbNameArg(fname, o)
	if exc != nil {
		return nil, exc
	}
	for _, f := range dbEntries(path, n) {
		if f[0] == name {
			return mk(f), nil
		}
	}
	r, exc := Repr(t, o)
	if exc != nil {
		return nil, exc
	}
	return nil, NewException(KeyErrorType, NewStr(fname+"(): name not found: "+r.s))
}

func dbAll(path string, n int, mk func([]string) Object) Object {
	out := NewList()
	for _, f := range dbEntries(path, n) {
		out.Append(mk(f))
	}
	return out
}

func initPwd(t *Thread, m *Module) *BaseException {
	d := m.dict
	d.SetStr("__doc__", NewStr("This module provides access to the Unix password database.\nIt is available on all Unix versions.\n\nPassword database entries are reported as 7-tuples containing the following\nitems from the password database (see `<pwd.h>'), in order:\npw_name, pw_passwd, pw_uid, pw_gid, pw_gecos, pw_dir, pw_shell.\nThe uid and gid items are integers, all others are strings. An\nexception is raised if the entry asked for cannot be found."))
	d.SetStr("struct_passwd", pwdStructType)
	fn := func(name string, params []string, f func(t *Thread, a []Object) (Object, *BaseException)) {
		posixFunc(d, name, params, f)
		d.GetStr(name).(*Builtin).module = "pwd"
	}
	fn("getpwuid", []string{"uidobj", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
		return dbIDLookup(t, "getpwuid", "uid", "/etc/passwd", 7, a[0], pwdEntry)
	})
	fn("getpwnam", []string{"name", "/"}, func(t *Thread, a []Object) (Object, *BaseException) {
		return dbNameLookup(t, "getpwnam", "/etc/passwd", 7, a[0], pwdEntry)
	})
	fn("getpwall", nil, func(t *Thread, a []Object) (Object, *BaseException) {
		return dbAll("/etc/passwd", 7, pwdEntry), nil
	})
	return nil
}

func initGrp(t *Thread, m *Module) *BaseException {
	d := m.dict
	d.SetStr("__doc__", NewStr("Access to the Unix group database.\n\nGroup entries are reported as 4-tuples containing the following fields\nfrom the group database, in order:\n\n  gr_name   - name of the group\n  gr_passwd - group password (encrypted); often empty\n  gr_gid    - numeric ID of the group\n  gr_mem    - list of members\n\nThe gid is an integer, name and password are strings.  (Note that most\nusers are not explicitly listed as members of the groups they are in\naccording to the password database.  Check both databases to get\ncomplete membership information.)"))
	d.SetStr("struct_group", grpStructType)
	fn := func(name string, params []string, f func(t *Thread, a []Object) (Object, *BaseException)) {
		posixFunc(d, name, params, f)
		d.GetStr(name).(*Builtin).module = "grp"
	}
	fn("getgrgid", []string{"id"}, func(t *Thread, a []Object) (Object, *BaseException) {
		return dbIDLookup(t, "getgrgid", "gid", "/etc/group", 4, a[0], grpEntry)
	})
	fn("getgrnam", []string{"name"}, func(t *Thread, a []Object) (Object, *BaseException) {
		return dbNameLookup(t, "getgrnam", "/etc/group", 4, a[0], grpEntry)
	})
	fn("getgrall", nil, func(t *Thread, a []Object) (Object, *BaseException) {
		return dbAll("/etc/group", 4, grpEntry), nil
	})
	return nil
}
