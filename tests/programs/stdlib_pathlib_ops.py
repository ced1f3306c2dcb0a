# pathlib: PurePath algebra and Path operations in a temp dir.
import pathlib, tempfile, os
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

p = PurePosixPath("/usr/lib/python3.11/site.tar.gz")
print(p, repr(p), p.parts, p.parent, p.name, p.suffix, p.suffixes, p.stem, p.anchor, p.root, p.drive)
print(list(map(str, p.parents)), p.parents[0], p.parents[-1], len(p.parents))
print(p.with_name("x.py"), p.with_suffix(".bz2"), p.with_suffix(""), p.with_stem("other"))
print(p.relative_to("/usr"), p.is_relative_to("/usr"), p.is_relative_to("/etc"), p.is_absolute())
print(p.match("*.gz"), p.match("lib/*/*.gz"), p.match("/usr/*"), PurePosixPath("a/b.py").match("*.py"))
print(PurePosixPath("a") / "b" / "c", "x" / PurePosixPath("y"), PurePosixPath("a").joinpath("b", "c"), PurePosixPath("a", "/b", "c"))
print(PurePosixPath("a//b/./c/.."), PurePosixPath(""), PurePosixPath("."), PurePosixPath("//a"), PurePosixPath("///a"))
print(PurePosixPath("a") == PurePosixPath("a/"), PurePosixPath("a") < PurePosixPath("b"), hash(PurePosixPath("a")) == hash(PurePosixPath("a")))
print(sorted([PurePosixPath("b"), PurePosixPath("a/c"), PurePosixPath("a")]))
print(PurePosixPath("a/b").as_posix(), bytes(PurePosixPath("a/b")), os.fspath(PurePosixPath("q")), PurePosixPath("/a/b").as_uri())
w = PureWindowsPath("C:\\Users\\me\\file.TXT")
print(w, w.parts, w.drive, w.root, w.anchor, w.name, w.suffix, w.as_posix(), w.parent)
print(PureWindowsPath("c:/a") == PureWindowsPath("C:\\A"))
for bad in [lambda: p.relative_to("/etc"), lambda: p.with_suffix("gz"), lambda: PurePosixPath("/").with_name("x"),
            lambda: p.with_name(""), lambda: PurePosixPath("a") < PureWindowsPath("a"), lambda: PurePosixPath(1),
            lambda: PurePosixPath("a") / 1, lambda: p.parents[10], lambda: PurePosixPath("a").relative_to("")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(type(PurePath("a")).__name__, type(Path("a")).__name__)

base = Path(tempfile.mkdtemp())
try:
    d = base / "sub"
    d.mkdir()
    (d / "deep" / "er").mkdir(parents=True)
    d.mkdir(exist_ok=True)
    try:
        d.mkdir()
    except FileExistsError as e:
        print(type(e).__name__, e.errno, Path(e.filename).name)
    try:
        (base / "x" / "y").mkdir()
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, Path(e.filename).name)
    f = d / "notes.txt"
    print(f.write_text("line one\nline two\n"), f.read_text().splitlines())
    print((d / "data.bin").write_bytes(b"\x01\x02\x03"), (d / "data.bin").read_bytes())
    (d / "deep" / "x.py").write_text("print(1)")
    (d / "deep" / "er" / "y.py").write_text("")
    (d / "deep" / "er" / "z.txt").write_text("")
    print(sorted(x.name for x in d.iterdir()))
    print(sorted(str(x.relative_to(base)) for x in d.glob("*.txt")))
    print(sorted(str(x.relative_to(d)) for x in d.rglob("*.py")))
    print(sorted(str(x.relative_to(d)) for x in d.glob("**/*.txt")))
    print(sorted(str(x.relative_to(d)) for x in d.glob("deep/*")))
    print(f.exists(), f.is_file(), f.is_dir(), d.is_dir(), (d / "nope").exists(), f.stat().st_size, f.suffix)
    with f.open() as fh:
        print(fh.readline().strip())
    with f.open("a") as fh:
        fh.write("three\n")
    print(len(f.read_text().splitlines()))
    g = f.rename(d / "renamed.txt")
    print(g.name, f.exists(), g.exists(), type(g).__name__)
    h = g.replace(d / "final.txt")
    print(h.name, g.exists())
    (d / "t").touch()
    (d / "t").touch()
    print((d / "t").stat().st_size)
    try:
        (d / "t").touch(exist_ok=False)
    except FileExistsError as e:
        print(type(e).__name__, e.errno)
    (d / "t").unlink()
    (d / "t").unlink(missing_ok=True)
    try:
        (d / "t").unlink()
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror, Path(e.filename).name)
    try:
        (d / "nope.txt").read_text()
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, Path(e.filename).name)
    try:
        d.rmdir()
    except OSError as e:
        print(type(e).__name__, e.errno)
    (d / "deep" / "er" / "y.py").unlink()
    (d / "deep" / "er" / "z.txt").unlink()
    (d / "deep" / "er").rmdir()
    print(sorted(p.name for p in (d / "deep").iterdir()))
    ln = d / "ln"
    ln.symlink_to(h)
    print(ln.is_symlink(), ln.resolve() == h.resolve(), ln.readlink() == h, ln.lstat().st_size != 0)
    print(Path(".").resolve() == Path.cwd(), Path("~").expanduser() == Path.home(), Path("a/b").absolute() == Path.cwd() / "a" / "b")
    print(h.samefile(str(h)), h.with_suffix(".md").name, h.owner() != "", oct(h.stat().st_mode & 0o777) != "")
    h.chmod(0o640)
    print(oct(h.stat().st_mode & 0o777))
    print(Path(base, "sub") == d, str(Path("/")), Path("a") / "b" == Path("a/b"))
finally:
    import shutil
    shutil.rmtree(base)
print(base.exists())
