package runtime

import (
	"os"
	"testing"
)

func TestPathOf(t *testing.T) {
	th := NewThread()
	p, exc := pathOf(th, "stat", "path", NewStr("/tmp"), true, false)
	if exc != nil || p.path != "/tmp" || p.isBytes {
		t.Errorf("str path: %+v %v", p, exc)
	}
	p, exc = pathOf(th, "stat", "path", NewBytes([]byte("/tmp")), true, false)
	if exc != nil || !p.isBytes {
		t.Errorf("bytes path: %+v %v", p, exc)
	}
	p, exc = pathOf(th, "stat", "path", MakeInt(3), true, false)
	if exc != nil || p.fd != 3 {
		t.Errorf("fd path: %+v %v", p, exc)
	}
	_, exc = pathOf(th, "stat", "path", Float(1.5), true, false)
	if exc == nil || exc.Args().Items()[0].(*Str).Value() != "stat: path should be string, bytes, os.PathLike or integer, not float" {
		t.Errorf("float path: %v", exc)
	}
	_, exc = pathOf(th, "stat", "path", NewStr("a\x00b"), false, false)
	if exc == nil || !exc.IsInstanceOf(ValueErrorType) {
		t.Error("embedded NUL accepted")
	}
}

func TestReadDirAndStat(t *testing.T) {
	th := NewThread()
	dir := t.TempDir()
	os.WriteFile(dir+"/f", []byte("abc"), 0o644)
	os.Mkdir(dir+"/d", 0o755)
	ents, exc := readDirEntries(th, &pathArg{path: dir, fd: -1})
	if exc != nil || len(ents) != 2 {
		t.Fatalf("readDirEntries: %v %v", ents, exc)
	}
	st, exc := posixStat(th, "stat", NewStr(dir+"/f"), None, True, true)
	if exc != nil {
		t.Fatal(exc)
	}
	tup := st.(*Instance).base.(*Tuple)
	if tup.items[6] != MakeInt(3) || len(tup.items) != 10 {
		t.Errorf("stat size: %v", tup.items[6])
	}
	if _, exc := posixStat(th, "stat", NewStr(dir+"/nope"), None, True, true); exc == nil || !exc.IsInstanceOf(FileNotFoundErrorType) {
		t.Error("missing file: want FileNotFoundError")
	}
}
