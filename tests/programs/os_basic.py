# os: files and directories, stat, scandir/walk, environ, fds, errors
# (deterministic parts only; everything lives under a temporary directory).
import io  # noqa: F401 (os.fdopen imports io lazily; the build only follows module-level imports)
import os
import stat

d = "/tmp/grumpy_os_basic_%d" % os.getpid()


def t(f):
    try:
        r = f()
        print("OK", repr(r))
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, rel(e.filename), rel(e.filename2))
    except Exception as e:
        print(type(e).__name__, e)


def rel(p):
    return p.replace(d, "<d>") if isinstance(p, str) else p


print(os.name, os.sep, os.curdir, os.pardir, os.extsep, os.altsep, os.pathsep, repr(os.linesep), os.devnull)
os.makedirs(d + "/a/b/c")
os.makedirs(d + "/a/b", exist_ok=True)
t(lambda: os.makedirs(d + "/a/b"))
with open(d + "/a/f.txt", "w") as f:
    f.write("hello")
with open(d + "/a/b/g.bin", "wb") as f:
    f.write(b"\x00" * 100)
print(sorted(os.listdir(d + "/a")), sorted(os.listdir((d + "/a").encode())))
st = os.stat(d + "/a/f.txt")
print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), type(st.st_mtime).__name__, type(st.st_mtime_ns).__name__, len(st), st[6],
      st.st_mtime_ns // 10**9 == st[8], st.st_nlink, st.st_uid == os.getuid())
print(type(st).__name__, st.n_sequence_fields, st.n_fields, os.stat_result.__module__)
print(stat.S_ISDIR(os.stat(d + "/a").st_mode), stat.filemode(os.stat(d + "/a/b").st_mode)[0])
os.chmod(d + "/a/f.txt", 0o640)
print(oct(stat.S_IMODE(os.stat(d + "/a/f.txt").st_mode)), os.access(d + "/a/f.txt", os.R_OK), os.access(d + "/nope", os.F_OK))
os.utime(d + "/a/f.txt", (1000000000, 1500000000))
st = os.stat(d + "/a/f.txt")
print(st.st_atime, st.st_mtime, st.st_mtime_ns)
os.utime(d + "/a/f.txt", ns=(1, 2500000000))
print(os.stat(d + "/a/f.txt").st_mtime_ns, os.stat(d + "/a/f.txt").st_atime_ns)
os.symlink(d + "/a/f.txt", d + "/link")
print(rel(os.readlink(d + "/link")), os.path.islink(d + "/link"), stat.S_ISLNK(os.lstat(d + "/link").st_mode), os.stat(d + "/link").st_size)
os.link(d + "/a/f.txt", d + "/hard")
print(os.stat(d + "/hard").st_nlink, os.path.samefile(d + "/hard", d + "/a/f.txt"))

with os.scandir(d + "/a") as it:
    for e in sorted(it, key=lambda e: e.name):
        print(e.name, rel(e.path), e.is_dir(), e.is_file(), e.is_symlink(), e.stat().st_size if e.is_file() else "-", e.inode() == os.stat(e.path).st_ino, repr(e))
for e in os.scandir(d):
    if e.name == "link":
        print(e.is_symlink(), e.is_file(), e.is_file(follow_symlinks=False), e.stat(follow_symlinks=False).st_size != 5)
for root, dirs, files in os.walk(d):
    dirs.sort()
    print(rel(root), dirs, sorted(files))
print([rel(x[0]) for x in os.walk(d, topdown=False)])
for root, dirs, files, rootfd in os.fwalk(d + "/a"):
    dirs.sort()
    print(rel(root), dirs, sorted(files), rootfd > 2)

os.rename(d + "/a/f.txt", d + "/a/renamed.txt")
os.replace(d + "/a/renamed.txt", d + "/a/replaced.txt")
print(sorted(os.listdir(d + "/a")))
t(lambda: os.rename(d + "/nope", d + "/x"))
t(lambda: os.stat(d + "/nope"))
t(lambda: os.lstat(d + "/nope"))
t(lambda: os.mkdir(d))
t(lambda: os.rmdir(d + "/a"))
t(lambda: os.remove(d + "/a"))
t(lambda: os.listdir(d + "/a/replaced.txt"))
t(lambda: os.open(d + "/nope", os.O_RDONLY))
t(lambda: os.stat(1.5))
t(lambda: os.listdir(1.5))
t(lambda: os.stat("a\0b"))
t(lambda: os.chdir(d + "/nope"))
t(lambda: os.readlink(d + "/a"))
t(lambda: os.close(99999))
t(lambda: os.read(99999, 1))
t(lambda: os.fstat(99999))
t(lambda: os.utime(d, 5))
t(lambda: os.utime(d, (1, 2), ns=(1, 2)))
t(lambda: os.waitpid(-1, os.WNOHANG))
t(lambda: os.kill(2**22 + 12345, 0))
t(lambda: os.rename(d + "/a", 5))
t(lambda: os.symlink(d + "/a", d + "/a"))
t(lambda: os.urandom(-1))

cwd = os.getcwd()
os.chdir(d + "/a")
print(rel(os.getcwd()), sorted(os.listdir()), sorted(os.listdir(".")), rel(os.path.abspath("b")), [e.path for e in os.scandir() if e.name == "b"])
os.chdir(cwd)
print(os.getcwd() == cwd, os.getcwdb() == cwd.encode())

os.environ["GRUMPY_OS_BASIC"] = "v1"
print(os.environ["GRUMPY_OS_BASIC"], os.getenv("GRUMPY_OS_BASIC"), os.environb[b"GRUMPY_OS_BASIC"], "GRUMPY_OS_BASIC" in os.environ)
os.environ.setdefault("GRUMPY_OS_BASIC", "v2")
print(os.environ.pop("GRUMPY_OS_BASIC"), os.getenv("GRUMPY_OS_BASIC", "gone"), os.environ.get("GRUMPY_OS_BASIC"))
t(lambda: os.environ["GRUMPY_OS_MISSING"])
t(lambda: os.putenv("a=b", "c"))
t(lambda: os.putenv("", "c"))

fd = os.open(d + "/raw", os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o600)
print(os.write(fd, b"abcdef"), os.lseek(fd, 0, os.SEEK_SET), os.read(fd, 2), os.lseek(fd, 0, os.SEEK_CUR), os.lseek(fd, -1, os.SEEK_END), os.read(fd, 10))
print(os.get_inheritable(fd), os.get_blocking(fd), os.isatty(fd), stat.S_ISREG(os.fstat(fd).st_mode), os.fstat(fd).st_size)
os.set_inheritable(fd, True)
print(os.get_inheritable(fd))
os.set_blocking(fd, False)
print(os.get_blocking(fd))
os.ftruncate(fd, 3)
os.fsync(fd)
fd2 = os.dup(fd)
print(os.get_inheritable(fd2), os.lseek(fd2, 0, 0), os.read(fd2, 100))
os.close(fd2)
os.close(fd)
os.truncate(d + "/raw", 1)
print(os.path.getsize(d + "/raw"), os.pread(os.open(d + "/raw", os.O_RDONLY), 5, 0))
r, w = os.pipe()
print(os.get_inheritable(r), os.write(w, b"through a pipe"), os.read(r, 7), os.read(r, 100))
os.dup2(r, w + 10)
print(os.read(w + 10, 1) if False else "dup2 ok", os.get_inheritable(w + 10))
for x in (r, w, w + 10):
    os.close(x)
f = os.fdopen(os.open(d + "/raw", os.O_RDONLY), "rb")
print(f.read(), type(f).__name__)
f.close()

print(os.fspath("p"), os.fspath(b"p"), os.fsencode("\xe9"), ascii(os.fsdecode(b"\xff")), os.fsencode(os.fsdecode(b"\xff")))


class P:
    def __fspath__(self):
        return d + "/a"


print(sorted(os.listdir(P())), os.path.isdir(P()), rel(os.fspath(P())))
t(lambda: os.fspath(1))
print(os.strerror(2), os.strerror(13), os.strerror(99999))
print(os.WEXITSTATUS(256), os.WIFEXITED(256), os.WIFSIGNALED(9), os.WTERMSIG(9), os.WIFSTOPPED(0x137f), os.WSTOPSIG(0x137f),
      os.waitstatus_to_exitcode(256), os.waitstatus_to_exitcode(9))
t(lambda: os.waitstatus_to_exitcode(0x7f))
print(type(os.getpid()).__name__, os.getpid() > 0, os.getppid() > 0, os.cpu_count() > 0, os.uname().sysname, len(os.uname()))
print(len(os.urandom(16)), os.umask(0o22) >= 0, type(os.times()).__name__, len(os.times()))
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.F_OK, os.R_OK, os.W_OK, os.X_OK, os.WNOHANG)
print(os.error is OSError, os.stat in os.supports_fd, os.stat in os.supports_follow_symlinks, os.supports_bytes_environ)
os.removedirs(d + "/a/b/c") if False else None
os.renames(d + "/a/b/g.bin", d + "/moved/deeper/g.bin")
print(os.path.exists(d + "/moved/deeper/g.bin"), os.path.exists(d + "/a/b"))


def rmtree(p):
    for root, dirs, files in os.walk(p, topdown=False):
        for f in files:
            os.remove(os.path.join(root, f))
        for x in dirs:
            full = os.path.join(root, x)
            if os.path.islink(full):
                os.remove(full)
            else:
                os.rmdir(full)
    os.rmdir(p)


rmtree(d)
print(os.path.exists(d))
