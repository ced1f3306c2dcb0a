# os: stat family, listdir/scandir/walk, mkdir/makedirs/removedirs, remove/rename/replace,
# getcwd/chdir, environ/getenv/putenv, urandom, fspath, error messages with filenames.
import os, stat, tempfile

base = tempfile.mkdtemp()
old = os.getcwd()
try:
    os.chdir(base)
    print(os.getcwd() == os.path.realpath(base))
    os.mkdir("d1")
    os.makedirs("d1/a/b/c")
    os.makedirs("d1/a/b/c", exist_ok=True)
    for fn in [lambda: os.mkdir("d1"), lambda: os.makedirs("d1/a"), lambda: os.rmdir("d1"), lambda: os.rmdir("nope"),
               lambda: os.remove("nope.txt"), lambda: os.listdir("nope"), lambda: os.stat("nope"), lambda: os.rename("nope", "x"),
               lambda: os.chdir("nope"), lambda: os.unlink("d1"), lambda: os.scandir("nope"), lambda: os.open("nope", os.O_RDONLY)]:
        try:
            fn()
        except OSError as e:
            print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2, "|", e)
    with open("d1/f.txt", "w") as f:
        f.write("hello world")
    with open("d1/a/g.bin", "wb") as f:
        f.write(b"\x00" * 100)
    st = os.stat("d1/f.txt")
    print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), st[stat.ST_SIZE], type(st.st_mtime).__name__, type(st.st_mtime_ns).__name__)
    print(stat.S_ISDIR(os.stat("d1").st_mode), os.lstat("d1/f.txt").st_size, len(tuple(st)))
    os.chmod("d1/f.txt", 0o600)
    print(oct(stat.S_IMODE(os.stat("d1/f.txt").st_mode)), stat.filemode(os.stat("d1/f.txt").st_mode))
    os.utime("d1/f.txt", (1000000000, 1200000000))
    st = os.stat("d1/f.txt")
    print(st.st_atime, st.st_mtime, st.st_mtime_ns)
    os.utime("d1/f.txt", ns=(5, 1500000000123456789))
    print(os.stat("d1/f.txt").st_mtime_ns)
    print(sorted(os.listdir("d1")), sorted(os.listdir(b"d1")))
    with os.scandir("d1") as it:
        ents = sorted(it, key=lambda e: e.name)
    for e in ents:
        print(e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(), e.stat().st_size if e.is_file() else "-", os.fspath(e))
    for root, dirs, files in os.walk("d1"):
        dirs.sort()
        print(root, dirs, sorted(files))
    for root, dirs, files in os.walk("d1", topdown=False):
        print(root, sorted(dirs), sorted(files))
    print(list(os.walk("nope")))
    os.symlink("f.txt", "d1/link")
    print(os.readlink("d1/link"), os.path.islink("d1/link"), os.stat("d1/link").st_size, stat.S_ISLNK(os.lstat("d1/link").st_mode))
    os.rename("d1/f.txt", "d1/h.txt")
    print(sorted(os.listdir("d1")), os.path.exists("d1/link"))
    with open("d1/i.txt", "w") as f:
        f.write("i")
    os.replace("d1/i.txt", "d1/h.txt")
    print(open("d1/h.txt").read())
    try:
        os.rename("d1/h.txt", "d1/a")
    except OSError as e:
        print(type(e).__name__, e.errno, e)
    os.remove("d1/link")
    os.unlink("d1/h.txt")
    os.remove("d1/a/g.bin")
    os.removedirs("d1/a/b/c")
    print(os.path.exists("d1"), os.listdir("."))
    fd = os.open("raw.bin", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    print(os.write(fd, b"abcdef"), os.lseek(fd, 0, os.SEEK_CUR))
    os.close(fd)
    fd = os.open("raw.bin", os.O_RDONLY)
    print(os.read(fd, 3), os.fstat(fd).st_size, os.lseek(fd, 1, os.SEEK_SET), os.read(fd, 100), os.read(fd, 10))
    os.close(fd)
    try:
        os.close(fd)
    except OSError as e:
        print(type(e).__name__, e)
    os.truncate("raw.bin", 2)
    print(os.path.getsize("raw.bin"), os.access("raw.bin", os.R_OK), os.access("nope", os.F_OK))
    os.remove("raw.bin")
finally:
    os.chdir(old)
    os.rmdir(base)
print(os.path.exists(base))

os.environ["GRUMPY_FS_T"] = "v1"
print(os.environ["GRUMPY_FS_T"], os.getenv("GRUMPY_FS_T"), os.getenv("GRUMPY_FS_NONE"), os.getenv("GRUMPY_FS_NONE", "dflt"))
print("GRUMPY_FS_T" in os.environ, os.environ.get("GRUMPY_FS_T"), os.environb[b"GRUMPY_FS_T"])
os.environ.setdefault("GRUMPY_FS_T", "other")
print(os.environ.pop("GRUMPY_FS_T"), "GRUMPY_FS_T" in os.environ)
try:
    os.environ["GRUMPY_FS_NONE"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    os.environ["X"] = 1
except TypeError as e:
    print(type(e).__name__, e)
os.putenv("GRUMPY_FS_P", "p")
print(os.getenv("GRUMPY_FS_P"))
print(type(os.environ).__name__, isinstance(os.environ.copy(), dict))
print(type(os.getpid()).__name__, os.getpid() > 0, os.getppid() > 0)
print(len(os.urandom(16)), type(os.urandom(0)).__name__, os.urandom(0))
try:
    os.urandom(-1)
except ValueError as e:
    print(type(e).__name__, e)
class P:
    def __fspath__(self):
        return "/some/path"
print(os.fspath("a"), os.fspath(b"b"), os.fspath(P()))
for bad in [1, None, P]:
    try:
        os.fspath(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(os.sep, repr(os.linesep), os.curdir, os.pardir, os.extsep, os.pathsep, os.altsep, os.devnull, os.name)
print(os.fsencode("abc"), os.fsdecode(b"abc"), os.cpu_count() >= 1, os.strerror(2))
print(os.get_terminal_size.__name__, callable(os.getlogin))
print(sorted(os.sched_getaffinity(0)) != [] if hasattr(os, "sched_getaffinity") else True)
print(os.path.join("a", P()) if False else os.path.join("a", "b"))
