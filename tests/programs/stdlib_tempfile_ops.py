# tempfile: TemporaryDirectory, NamedTemporaryFile, TemporaryFile, mkstemp, mkdtemp, SpooledTemporaryFile.
import tempfile, os, io

print(isinstance(tempfile.gettempdir(), str), os.path.isdir(tempfile.gettempdir()), isinstance(tempfile.gettempdirb(), bytes))
print(tempfile.gettempprefix(), tempfile.TMP_MAX > 0, tempfile.template)
with tempfile.TemporaryDirectory(prefix="grumpy_", suffix="_t") as d:
    print(os.path.isdir(d), os.path.basename(d).startswith("grumpy_"), d.endswith("_t"))
    fd, path = tempfile.mkstemp(suffix=".dat", prefix="mk", dir=d)
    print(type(fd).__name__, os.path.dirname(path) == d, os.path.basename(path).startswith("mk"), path.endswith(".dat"))
    os.write(fd, b"mkstemp data")
    os.close(fd)
    print(open(path, "rb").read(), oct(os.stat(path).st_mode & 0o777))
    fd2, path2 = tempfile.mkstemp(dir=d, text=True)
    os.close(fd2)
    print(len(os.path.basename(path2)), path2 != path)
    sub = tempfile.mkdtemp(dir=d, prefix="dd")
    print(os.path.isdir(sub), os.path.basename(sub)[:2], oct(os.stat(sub).st_mode & 0o777))
    with tempfile.NamedTemporaryFile("w+", dir=d, suffix=".txt", delete=True) as nt:
        print(type(nt).__name__, nt.name.endswith(".txt"), os.path.exists(nt.name), nt.mode)
        nt.write("named\n")
        nt.flush()
        nt.seek(0)
        print(repr(nt.read()), open(nt.name).read() == "named\n")
        name = nt.name
    print(os.path.exists(name))
    nt = tempfile.NamedTemporaryFile(dir=d, delete=False)
    nt.write(b"keep")
    nt.close()
    print(os.path.exists(nt.name), open(nt.name, "rb").read())
    os.unlink(nt.name)
    with tempfile.TemporaryFile(dir=d) as tf:
        tf.write(b"anonymous")
        tf.seek(0)
        print(tf.read(), sorted(x for x in os.listdir(d) if not x.startswith(("mk", "tmp", "dd"))))
    with tempfile.TemporaryFile("w+", encoding="utf-8") as tf:
        tf.write("text \u00e9")
        tf.seek(0)
        print(ascii(tf.read()))
    print(sorted(os.path.basename(p)[:2] for p in os.listdir(d)))
    td2 = tempfile.TemporaryDirectory(dir=d)
    print(os.path.isdir(td2.name), repr(td2).startswith("<TemporaryDirectory "))
    open(os.path.join(td2.name, "inner"), "w").close()
    td2.cleanup()
    print(os.path.exists(td2.name))
    td2.cleanup()
print(os.path.exists(d))

sp = tempfile.SpooledTemporaryFile(max_size=10, mode="w+b")
sp.write(b"12345")
print(sp._rolled, sp.tell(), isinstance(sp._file, io.BytesIO))
sp.write(b"67890abc")
print(sp._rolled, sp.tell())
sp.seek(0)
print(sp.read(), sp.closed)
sp.close()
print(sp.closed)
with tempfile.SpooledTemporaryFile(max_size=100, mode="w+") as sp:
    sp.write("hello\nworld\n")
    sp.seek(0)
    print(sp.readline(), sp.readlines(), sp._rolled, sp.mode)
    sp.rollover()
    print(sp._rolled)
    sp.seek(0)
    print(repr(sp.read()))
for bad in [lambda: tempfile.mkstemp(dir="/nonexistent/xyz"), lambda: tempfile.mkdtemp(dir="/nonexistent/xyz"),
            lambda: tempfile.NamedTemporaryFile(mode="q"), lambda: tempfile.mkstemp(suffix=b"x", prefix="p")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, str(e).split("/tmp")[0])
