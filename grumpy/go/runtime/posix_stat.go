package runtime

import (
	"math/big"
	"sync"
	"syscall"
	"unsafe"
)

// stat(), directory listing through getdents(2) (readdir order, with the
// inode and d_type CPython's DirEntry uses), os.DirEntry and the scandir
// iterator.

func posixStat(t *Thread, fname string, pathObj, dirFD, follow Object, allowFD bool) (Object, *BaseException) {
	p, exc := pathOf(t, fname, "path", pathObj, allowFD, false)
	if exc != nil {
		return nil, exc
	}
	if p.fd < 0 {
		flushUnreachableFiles(t, p.path)
	}
	dfd, exc := dirFDArg(t, dirFD)
	if exc != nil {
		return nil, exc
	}
	f, exc := optBool(t, follow, true)
	if exc != nil {
		return nil, exc
	}
	var st syscall.Stat_t
	var err error
	for {
		if p.fd >= 0 {
			err = syscall.Fstat(p.fd, &st)
		} else {
			flags := 0
			if !f {
				flags = atSymlinkNofollow
			}
			err = sysFstatat(dfd, p.path, &st, flags)
		}
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		return nil, osErrorFromErr(err, p.errObj())
	}
	return statResult(&st), nil
}

type dirEnt struct {
	name  string
	ino   uint64
	dtype uint8
}

const (
	dtUnknown = 0
	dtDir     = 4
	dtReg     = 8
	dtLnk     = 10
)

// readDirFD lists an open directory descriptor (excluding . and ..).
func readDirFD(fd int) ([]dirEnt, error) {
	var out []dirEnt
	buf := make([]byte, 32*1024)
	for {
		n, err := syscall.Getdents(fd, buf)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, err
		}
		if n <= 0 {
			return out, nil
		}
		for off := 0; off < n; {
			// struct linux_dirent64 { u64 ino; s64 off; u16 reclen; u8 type; char name[]; }
			ino := *(*uint64)(unsafe.Pointer(&buf[off]))
			reclen := int(*(*uint16)(unsafe.Pointer(&buf[off+16])))
			typ := buf[off+18]
			nameb := buf[off+19 : off+reclen]
			l := 0
			for l < len(nameb) && nameb[l] != 0 {
				l++
			}
			name := string(nameb[:l])
			off += reclen
			if name == "." || name == ".." {
				continue
			}
			out = append(out, dirEnt{name: name, ino: ino, dtype: typ})
		}
	}
}

func readDirEntries(t *Thread, p *pathArg) ([]dirEnt, *BaseException) {
	var fd int
	var err error
	if p.fd >= 0 {
		// Listing through a descriptor must not move or close the caller's.
		fd, err = syscall.Openat(p.fd, ".", syscall.O_RDONLY|syscall.O_DIRECTORY|syscall.O_CLOEXEC, 0)
	} else {
		for {
			fd, err = syscall.Open(p.path, syscall.O_RDONLY|syscall.O_DIRECTORY|syscall.O_CLOEXEC, 0)
			if err != syscall.EINTR {
				break
			}
		}
	}
	if err != nil {
		return nil, osErrorFromErr(err, p.errObj())
	}
	defer syscall.Close(fd)
	ents, err := readDirFD(fd)
	if err != nil {
		return nil, osErrorFromErr(err, p.errObj())
	}
	return ents, nil
}

// ---- DirEntry ----

type dirEntry struct {
	mu      sync.Mutex
	name    Object
	path    Object
	pathS   string
	dirFD   int // >= 0 when scandir was given a descriptor
	nameS   string
	ino     uint64
	dtype   uint8
	stat    Object
	lstat   Object
	isBytes bool
}

// DirEntryType is posix.DirEntry.
var DirEntryType = finalType(newBuiltinType("DirEntry", ObjectType))

// Type implements Object.
func (*dirEntry) Type() *Type { return DirEntryType }

func (e *dirEntry) doStat(t *Thread, follow bool) (Object, *BaseException) {
	e.mu.Lock()
	cached := e.lstat
	if follow {
		cached = e.stat
	}
	e.mu.Unlock()
	if cached != nil {
		return cached, nil
	}
	if follow {
		isLink, exc := e.isSymlink(t)
		if exc != nil {
			return nil, exc
		}
		if !isLink {
			return e.doStat(t, false)
		}
	}
	var st syscall.Stat_t
	var err error
	flags := 0
	if !follow {
		flags = atSymlinkNofollow
	}
	if e.dirFD >= 0 {
		err = sysFstatat(e.dirFD, e.nameS, &st, flags)
	} else {
		err = sysFstatat(atFDCWD, e.pathS, &st, flags)
	}
	if err != nil {
		return nil, osErrorFromErr(err, e.path)
	}
	r := statResult(&st)
	e.mu.Lock()
	if follow {
		e.stat = r
	} else {
		e.lstat = r
	}
	e.mu.Unlock()
	return r, nil
}

func statMode(o Object) uint32 {
	if in, ok := o.(*Instance); ok {
		if tup, ok := in.base.(*Tuple); ok && len(tup.items) > 0 {
			if m, ok := tup.items[0].(Int); ok {
				return uint32(m)
			}
		}
	}
	return 0
}

func (e *dirEntry) isSymlink(t *Thread) (bool, *BaseException) {
	if e.dtype != dtUnknown {
		return e.dtype == dtLnk, nil
	}
	st, exc := e.doStat(t, false)
	if exc != nil {
		return false, exc
	}
	return statMode(st)&syscall.S_IFMT == syscall.S_IFLNK, nil
}

func (e *dirEntry) testMode(t *Thread, follow bool, mode uint32) (bool, *BaseException) {
	if e.dtype != dtUnknown && !(follow && e.dtype == dtLnk) {
		switch mode {
		case syscall.S_IFDIR:
			return e.dtype == dtDir, nil
		case syscall.S_IFREG:
			return e.dtype == dtReg, nil
		}
	}
	st, exc := e.doStat(t, follow)
	if exc != nil {
		if exc.IsInstanceOf(FileNotFoundErrorType) {
			return false, nil
		}
		return false, exc
	}
	return statMode(st)&syscall.S_IFMT == mode, nil
}

func initDirEntry() {
	D := DirEntryType
	D.module = "posix"
	DefStatic(D, "__new__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return nil, NewError(TypeErrorType, "cannot create 'posix.DirEntry' instances")
	})
	self := func(o Object) *dirEntry { e, _ := o.(*dirEntry); return e }
	defMember(D, "name", func(t *Thread, o Object) (Object, *BaseException) { return self(o).name, nil })
	defMember(D, "path", func(t *Thread, o Object) (Object, *BaseException) { return self(o).path, nil })
	followArg := func(name string, args []Object, kw []*Str) (bool, *BaseException) {
		var follow Object = True
		if exc := ParseArgs(name, args, kw, []string{"$", "follow_symlinks?"}, &follow); exc != nil {
			return false, exc
		}
		return IsTrue(nil, follow)
	}
	DefMethod(D, "is_dir", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		f, exc := followArg("is_dir", args[1:], kw)
		if exc != nil {
			return nil, exc
		}
		r, exc := self(args[0]).testMode(t, f, syscall.S_IFDIR)
		return Bool(r), exc
	})
	DefMethod(D, "is_file", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		f, exc := followArg("is_file", args[1:], kw)
		if exc != nil {
			return nil, exc
		}
		r, exc := self(args[0]).testMode(t, f, syscall.S_IFREG)
		return Bool(r), exc
	})
	DefMethod(D, "is_symlink", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		if exc := ioArgs("is_symlink", args[1:], kw, 0, 0); exc != nil {
			return nil, exc
		}
		r, exc := self(args[0]).isSymlink(t)
		if exc != nil && exc.IsInstanceOf(FileNotFoundErrorType) {
			return False, nil
		}
		return Bool(r), exc
	})
	DefMethod(D, "stat", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		f, exc := followArg("stat", args[1:], kw)
		if exc != nil {
			return nil, exc
		}
		return self(args[0]).doStat(t, f)
	})
	DefMethod(D, "inode", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		e := self(args[0])
		if int64(e.ino) < 0 {
			return NewBigInt(new(big.Int).SetUint64(e.ino)), nil
		}
		return MakeInt(int64(e.ino)), nil
	})
	DefMethod(D, "__fspath__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return self(args[0]).path, nil
	})
	DefMethod(D, "__repr__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		r, exc := Repr(t, self(args[0]).name)
		if exc != nil {
			return nil, exc
		}
		return NewStr("<DirEntry " + r.s + ">"), nil
	})
	DefClassMethod(D, "__class_getitem__", classGetItem)
}

// ---- scandir iterator ----

type scandirIter struct {
	mu     sync.Mutex
	p      *pathArg
	fd     int
	ents   []dirEnt
	i      int
	closed bool
}

// ScandirIteratorType is posix.ScandirIterator.
var ScandirIteratorType = finalType(newBuiltinType("ScandirIterator", ObjectType))

// Type implements Object.
func (*scandirIter) Type() *Type { return ScandirIteratorType }

func newScandirIterator(t *Thread, p *pathArg) (Object, *BaseException) {
	it := &scandirIter{p: p, fd: -1}
	var fd int
	var err error
	if p.fd >= 0 {
		fd, err = syscall.Openat(p.fd, ".", syscall.O_RDONLY|syscall.O_DIRECTORY|syscall.O_CLOEXEC, 0)
	} else {
		fd, err = syscall.Open(p.path, syscall.O_RDONLY|syscall.O_DIRECTORY|syscall.O_CLOEXEC, 0)
	}
	if err != nil {
		return nil, osErrorFromErr(err, p.errObj())
	}
	ents, err := readDirFD(fd)
	syscall.Close(fd)
	if err != nil {
		return nil, osErrorFromErr(err, p.errObj())
	}
	it.ents = ents
	return it, nil
}

func (it *scandirIter) next(t *Thread) (Object, *BaseException) {
	it.mu.Lock()
	defer it.mu.Unlock()
	if it.closed || it.i >= len(it.ents) {
		it.closed = true
		return nil, nil
	}
	e := it.ents[it.i]
	it.i++
	p := it.p
	de := &dirEntry{nameS: e.name, ino: e.ino, dtype: e.dtype, dirFD: -1, isBytes: p.isBytes}
	if p.fd >= 0 {
		de.dirFD = p.fd
		de.pathS = e.name
	} else {
		join := p.path
		switch {
		case p.none:
			join = "./" + e.name
		case join == "" || join[len(join)-1] == '/':
			join += e.name
		default:
			join += "/" + e.name
		}
		de.pathS = join
		if p.none {
			de.pathS = "./" + e.name
		}
	}
	de.name = p.result(e.name)
	if p.fd >= 0 {
		de.path = de.name
	} else {
		de.path = p.result(de.pathS)
	}
	return de, nil
}

func initScandirIter() {
	S := ScandirIteratorType
	S.module = "posix"
	defIterMethods(S)
	self := func(o Object) *scandirIter { it, _ := o.(*scandirIter); return it }
	DefMethod(S, "close", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		it := self(args[0])
		it.mu.Lock()
		it.closed = true
		it.mu.Unlock()
		return None, nil
	})
	DefMethod(S, "__enter__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		return args[0], nil
	})
	DefMethod(S, "__exit__", func(t *Thread, args []Object, kw []*Str) (Object, *BaseException) {
		it := self(args[0])
		it.mu.Lock()
		it.closed = true
		it.mu.Unlock()
		return False, nil
	})
	defNoopDel(S)
}

func init() {
	initDirEntry()
	initScandirIter()
}
