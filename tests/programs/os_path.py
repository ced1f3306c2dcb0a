# os.path (posixpath): pure path manipulation and the stat-based queries.
import os
import os.path as op

d = "/tmp/grumpy_os_path_%d" % os.getpid()
os.mkdir(d)
with open(d + "/file.txt", "w") as f:
    f.write("12345")
os.symlink(d + "/file.txt", d + "/ln")
os.symlink(d + "/missing", d + "/dangling")

for p in ["/a/b/c.txt", "a/b/", "/", "", ".hidden", "a.tar.gz", "//x//y", "noext", "/a/.b.c"]:
    print(repr(p), op.split(p), op.splitext(p), op.basename(p), op.dirname(p), op.isabs(p), op.normpath(p) if p else "-")
print(op.join("a", "b"), op.join("/a", "/b", "c"), op.join("a", ""), op.join("", "b"), op.join(b"x", b"y"))
print(op.normpath("a/./b/../../c"), op.normpath("/../a//b/"), op.normpath("./"), op.normpath("//a"), op.normpath("///a"))
print(op.abspath("/x/../y"), op.relpath("/a/b/c", "/a/x"), op.relpath("/a", "/a"), op.commonpath(["/a/b/c", "/a/b/d"]), op.commonprefix(["abc", "abd"]))
print(op.splitdrive("/a/b"), op.normcase("/A/B"), op.expanduser("~root/x") in ("/root/x", "~root/x"))
print(op.sep, op.curdir, op.pardir, op.extsep, op.pathsep, op.defpath)
print(op.exists(d + "/file.txt"), op.exists(d + "/nope"), op.lexists(d + "/dangling"), op.exists(d + "/dangling"))
print(op.isfile(d + "/file.txt"), op.isfile(d), op.isdir(d), op.isdir(d + "/file.txt"), op.islink(d + "/ln"), op.islink(d + "/file.txt"))
print(op.getsize(d + "/file.txt"), op.getmtime(d + "/file.txt") > 0, type(op.getatime(d)).__name__, op.getctime(d) > 0)
print(op.samefile(d + "/ln", d + "/file.txt"), op.ismount("/"), op.ismount(d), op.realpath(d + "/ln") == op.realpath(d + "/file.txt"))
print(op.realpath(d + "/./x/../file.txt") == op.realpath(d) + "/file.txt", op.isabs(op.realpath(".")))
try:
    op.getsize(d + "/nope")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
try:
    op.join("a", 1)
except TypeError as e:
    print("TypeError", e)
try:
    op.join("a", b"b")
except TypeError as e:
    print("TypeError", e)
for x in ("dangling", "ln", "file.txt"):
    os.remove(d + "/" + x)
os.rmdir(d)
print(op.exists(d))
