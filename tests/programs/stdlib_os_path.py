# os.path: pure string functions and file-system queries.
import os, os.path as op, tempfile

for args in [("a", "b", "c"), ("/a", "b"), ("a", "/b"), ("a/", "b"), ("", "x"), ("a", ""), ("/",), (b"a", b"b")]:
    print(args, op.join(*args))
try:
    op.join("a", b"b")
except TypeError as e:
    print(type(e).__name__, e)
try:
    op.join(1, "a")
except TypeError as e:
    print(type(e).__name__, e)
for p in ["/a/b/c.txt", "a/b/", "c.txt", "/", "", "//x", "a/b.tar.gz", ".bashrc", "a/.b.c", "..", "a..b", b"/x/y.z"]:
    print(repr(p), op.split(p), op.splitext(p), op.basename(p), op.dirname(p), op.isabs(p))
for p in ["a//b", "a/./b", "a/../b", "/../a", "../../a/b/..", "", ".", "//a", "///a", "a/b/../../..", "/a/b/", b"x/../y"]:
    print(repr(p), repr(op.normpath(p)))
print(op.splitdrive("/a/b"), op.normcase("A/B"))
print(op.commonprefix(["/usr/lib", "/usr/local", "/usr/li"]), op.commonprefix([]))
print(op.commonpath(["/usr/lib", "/usr/local/x"]), op.commonpath(["a/b", "a/c"]), op.commonpath(["/a"]))
for bad in [[], ["/a", "b"], ["a", b"b"]]:
    try:
        op.commonpath(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(op.relpath("/a/b/c", "/a"), op.relpath("/a", "/a/b/c"), op.relpath("/x/y", "/x/y"), op.relpath("/a/b", "/c/d"))
try:
    op.relpath("")
except ValueError as e:
    print(type(e).__name__, e)
print(op.abspath("/a/../b"), op.abspath("x") == op.join(os.getcwd(), "x"), op.isabs(op.abspath(".")))
os.environ["HOME"] = "/home/tester"
print(op.expanduser("~"), op.expanduser("~/x"), op.expanduser("x~"), op.expanduser("~root/y").endswith("/y"))
os.environ["GRUMPY_V"] = "val"
print(op.expandvars("$GRUMPY_V/${GRUMPY_V}/$NOPE_GRUMPY/x$"), op.expandvars("plain"))
d = tempfile.mkdtemp()
try:
    f = op.join(d, "file.txt")
    with open(f, "w") as fh:
        fh.write("12345")
    sub = op.join(d, "sub")
    os.mkdir(sub)
    for p in [f, sub, op.join(d, "none"), d + "/file.txt/x"]:
        print(op.basename(p), op.exists(p), op.isfile(p), op.isdir(p), op.islink(p), op.lexists(p))
    print(op.getsize(f), type(op.getmtime(f)).__name__, op.samefile(f, op.join(sub, "..", "file.txt")))
    for fn in [op.getsize, op.getmtime, op.getatime]:
        try:
            fn(op.join(d, "none"))
        except OSError as e:
            print(type(e).__name__, e.errno, e.strerror, op.basename(e.filename))
    print(op.realpath(op.join(sub, "..", "file.txt")) == op.realpath(f))
    os.symlink(f, op.join(d, "ln"))
    print(op.islink(op.join(d, "ln")), op.realpath(op.join(d, "ln")) == op.realpath(f))
    os.symlink(op.join(d, "none"), op.join(d, "dangling"))
    print(op.exists(op.join(d, "dangling")), op.lexists(op.join(d, "dangling")))
    print(op.ismount("/"), op.ismount(d))
finally:
    import shutil
    shutil.rmtree(d)
print(op.exists(d), op.exists(""), op.isdir(""), op.exists(1) if False else "")
print(op.sep, op.curdir, op.pardir, op.supports_unicode_filenames)
