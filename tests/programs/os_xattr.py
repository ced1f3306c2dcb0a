import errno, os, tempfile

d = tempfile.mkdtemp()
fn = os.path.join(d, "f")
open(fn, "w").close()
print(os.XATTR_CREATE, os.XATTR_REPLACE, os.XATTR_SIZE_MAX)

def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
        print(label, sorted(r) if isinstance(r, list) else r)
    except OSError as e:
        print(label, type(e).__name__, e.errno == errno.ENODATA, e.filename == fn or e.filename == os.path.join(d, "nope") or e.filename)
    except Exception as e:
        print(label, type(e).__name__, e)

show("get missing", os.getxattr, fn, "user.test")
show("list empty", os.listxattr, fn)
show("set", os.setxattr, fn, "user.test", b"")
show("get empty", os.getxattr, fn, b"user.test")
show("replace", os.setxattr, fn, "user.test", b"hello", os.XATTR_REPLACE)
show("get", os.getxattr, fn, "user.test")
show("create existing", os.setxattr, fn, "user.test", b"bye", os.XATTR_CREATE)
show("replace missing", os.setxattr, fn, "user.test2", b"bye", os.XATTR_REPLACE)
show("create", os.setxattr, fn, b"user.test2", bytearray(b"foo"), os.XATTR_CREATE)
show("list", os.listxattr, fn)
show("list bytes path", os.listxattr, fn.encode())
show("remove", os.removexattr, fn, "user.test")
show("remove missing", os.removexattr, fn, "user.test")
show("big", os.setxattr, fn, "user.big", b"a" * 1024)
print(len(os.getxattr(fn, "user.big")))
for i in range(60):
    os.setxattr(fn, "user.many%d" % i, b"x")
print(len(os.listxattr(fn)))
with open(fn, "rb") as f:
    show("fd get", os.getxattr, f.fileno(), "user.test2")
    os.setxattr(f.fileno(), "user.fd", b"1")
    show("fd list has", lambda p: "user.fd" in os.listxattr(p), f.fileno())
    show("fd nofollow", os.getxattr, f.fileno(), "user.fd", follow_symlinks=False)
show("nofollow", os.getxattr, fn, "user.fd", follow_symlinks=False)
show("no file", os.getxattr, os.path.join(d, "nope"), "user.a")
show("bad attr", os.getxattr, fn, 5)
show("bad value", os.setxattr, fn, "user.t", "str")
show("bad path", os.listxattr, 3.5)
show("bad fd", os.getxattr, 999, "user.a")
cwd = os.getcwd()
os.chdir(d)
show("list none", lambda: isinstance(os.listxattr(), list))
os.chdir(cwd)
os.remove(fn)
os.rmdir(d)
